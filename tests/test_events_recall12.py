"""Kinds of event missed on held-out and development texts (recall12): a blow struck at someone or a
building broken into, a crowd marching on a building, study at an institution, qualifying or training as a professional, a post lost, someone
caught, held on a charge or stopped by a patrol (in first-person narration too), a coast or a river reached, a return told by a noun with its traveller, a name no stage labelled after a preposition of place, and a listed verb the tagger left
unlemmatised ("retook"); with the same words where they tell no such event. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from historiograph import annotate
from historiograph.events.confidence import THRESHOLD


def _confident(text: str) -> list:
    return [e for e in annotate(text).events if e.confidence >= THRESHOLD]


@pytest.mark.parametrize("etype, text", [
    ("attack", "In 1741 the outlaw Mads Kvale struck at the garrison of Rorvik."),
    ("attack", "In 1742 the strikers broke into the prison at Hamar."),
    ("attack", "In May 1743 the weavers marched on the town hall of Skien."),
    ("education", "The lawyer Tore Berg studied at Uppsala from 1744 to 1748."),
    ("education", "He qualified as a surgeon in 1745."),
    ("education", "She trained as a midwife at Trondheim in 1746."),
    ("movement", "In 1762 we reached the coast."),
    ("movement", "In 1747 the deacon Jon Ask sailed from Hull."),
    ("education", "The chemist Per Lund studied at Abo from 1760 to 1763."),
    ("dismissal", "In 1749 the bailiff Nils Hauge lost his office."),
    ("arrest", "In 1750 the forger Jens Tvedt was caught near Arendal."),
    ("arrest", "In 1751 the pamphleteer Ole Sunde was held on a charge of treason."),
    ("invasion", "In 1752 the insurgents retook the town of Vardal."),
    ("invasion", "In 1753 the rebels retook the fort."),  # "retook" tagged a base form (VB), left unlemmatised
    ("arrest", "On 2 June 1756 we were stopped at the bridge by the militia."),
    ("arrest", "In 1757 a patrol stopped the poacher Ivar Dahl near Lom."),
    ("arrest", "In 1758 I was caught by the constables at Lillehammer."),
    ("arrest", "In 1761 I was caught by the sentries at Roros."),  # "In 1761" a year the tagger left unlabelled
    ("movement", "Eva Holt sailed to Cadiz in 1753. On her return to Bergen in 1754 she married."),
])
def test_the_kind_is_told(etype, text):
    assert etype in [e.type for e in _confident(text)]


@pytest.mark.parametrize("text", [
    "The bell struck at noon.",
    "He studied at length the diaries of his uncle.",
    "The pilgrim lost his purse in the crowd.",
    "The apple was caught by the girl.",
    "The return on the loan was poor.",
    "The return of Alsace to French rule angered the merchant Lars Hauge.",
    "The choir broke into song.",
    "The tide reached the shore at noon.",
    "In 1759 the crew qualified as the fastest in the fleet.",
    "His remark qualified as an insult.",
    "We were stopped by the snow at Dovre.",
    "The sentries stopped the cart at the gate.",
    "Retake the fort, the colonel told the insurgents of Vardal.",
    "In 1755 the shepherds of Voss were caught in a storm.",
])
def test_no_such_event(text):
    assert _confident(text) == []

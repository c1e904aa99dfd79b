"""Kinds of event missed on held-out and development texts (recall12): a blow struck at someone or a
building broken into, a crowd marching on a building, study at an institution, qualifying or training
as a professional, a post lost, someone caught or held on a charge (in first-person narration too), a
coast or a river reached, a return told by a noun with its traveller, a name no stage labelled after a
preposition of place, and a listed verb the tagger left unlemmatised ("retook"); with the same words where
they tell no such event (a review's false positives: a bare stop, "caught by surprise", "seized with a
fever", "lost his chair", "struck at the bishops", "marched on the parade ground", "a tax return").
Sentences written for these tests."""
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


def _names(ev, role: str, doc) -> list[str]:
    ents = {e.id: e.name for e in doc.entities}
    return [p.text or ents.get(p.entity, "") for p in ev.participants if p.role == role]


@pytest.mark.parametrize("etype, text, role, who", [
    # a return told only by the noun, to or from a place, its traveller the possessor or the "of" object
    ("movement", "Hans Berg's return to Bergen in 1757 surprised his family.", "agent", "Hans Berg"),
    ("movement", "In 1758 the return of the skipper Ole Vik to Tromso was celebrated.", "agent", "Ole Vik"),
    ("arrest", "In 1759 the smuggler Eilert Holm was caught by the constables at Hamar.", "patient", "Eilert Holm"),
    ("arrest", "In 1760 the smuggler Knut Rye was caught near Larvik.", "patient", "Knut Rye"),
    ("arrest", "In 1768 the constables caught the thief Knut Rye at Larvik.", "patient", "Knut Rye"),
    ("dismissal", "In 1761 the clerk Anders Moe lost his post.", "patient", "Anders Moe"),
    ("attack", "In 1762 the pirate Jens Ulv struck at the fort of Vardo.", "agent", "Jens Ulv"),
    ("attack", "In 1763 the rebel Tor Vang marched on the town hall of Skien.", "agent", "Tor Vang"),
    ("attack", "In 1766 the miller Ivar Dahl marched on the capital.", "agent", "Ivar Dahl"),
    ("attack", "In 1767 the miller Ivar Hauge marched on the governor's residence.", "agent", "Ivar Hauge"),
    ("arrest", "In 1764 the deserter Ola Brun was seized by the constables at Molde.", "patient", "Ola Brun"),
    ("movement", "In 1765 the trader Eirik Sand reached the shore of the lake.", "agent", "Eirik Sand"),
])
def test_the_kind_is_told_with_its_participant(etype, text, role, who):
    doc = annotate(text)
    evs = [e for e in doc.events if e.confidence >= THRESHOLD and e.type == etype]
    assert evs and any(who in n for e in evs for n in _names(e, role, doc))


@pytest.mark.parametrize("etype, text", [
    # "return" as a noun: a yield, a tax form, a recovery, or someone else's journey
    ("movement", "The merchant Hans Berg made a good return on his investment."),
    ("movement", "The merchant Hans Berg filed his tax return in 1790."),
    ("movement", "Hans Berg's return on the cargo was small."),
    ("movement", "Hans Berg's return to health surprised his doctors."),
    ("movement", "On his return to form in 1791 he won."),
    ("movement", "The merchant Hans Berg sent his tax return to Bergen in 1792."),
    # a stop is a check, not an arrest
    ("arrest", "The army stopped the French at the Rhine."),
    ("arrest", "The Austrian army stopped the Turks at Vienna."),
    ("arrest", "The regiment stopped the invaders at the river."),
    ("arrest", "The guards stopped the merchant Hans Berg at the gate and let him pass."),
    ("arrest", "The watchman stopped the merchant Hans Berg to ask the way."),
    ("arrest", "The merchant Hans Berg was stopped by a soldier who asked for a light."),
    ("arrest", "On 2 June 1756 we were stopped at the bridge by the militia."),  # (a recall12 row, moved here)
    ("arrest", "In 1757 a patrol stopped the poacher Ivar Dahl near Lom."),  # (a recall12 row, moved here)
    # caught by surprise, by the sea or the weather; caught in someone's arms
    ("arrest", "He was caught by surprise."),
    ("arrest", "In 1790 I was caught by surprise."),
    ("arrest", "The sailor was caught by a wave."),
    ("arrest", "The fisherman Hans Berg was caught by the tide."),
    ("arrest", "The farmer Hans Berg was caught unawares by the frost."),
    ("arrest", "The mother Anna Berg caught the baby as it fell."),
    # a post lost is an office, not a fee, a skill, a seat or a thing lost
    ("dismissal", "The officer lost his commission on the sale of the horses."),
    ("dismissal", "The merchant Hans Berg lost his command of the language."),
    ("dismissal", "The merchant Hans Berg lost his chair at the card table."),
    ("dismissal", "The king lost his crown in the river."),
    ("dismissal", "The clerk Hans Berg lost his post in the fire."),
    # words struck at people; a parade ground marched on
    ("attack", "The preacher Hans Berg struck at the bishops in his sermon."),
    ("attack", "The minister struck at the Jesuits with a new law."),
    ("attack", "The band marched on the parade ground."),
    ("attack", "The troops marched on the spot."),
    ("attack", "The students marched on the campus in 1768."),
    # seized by an illness or a feeling
    ("arrest", "In 1790 I was seized with a fit of coughing."),
    ("arrest", "I was seized by a fever."),
    ("arrest", "We were seized with panic."),
    ("arrest", "Hans Berg was seized with a fever."),
    # a shore of despair
    ("movement", "The traveller Hans Berg reached the shore of despair."),
])
def test_not_this_kind(etype, text):
    assert etype not in [e.type for e in _confident(text)]


def test_the_return_of_another_is_not_the_subjects():
    """"After the return of the army from Italy, X opened a shop": the army returned, not X."""
    doc = annotate("After the return of the army from Italy, the merchant Hans Berg opened a shop.")
    assert not any("Hans Berg" in n for e in doc.events if e.type == "movement" for n in _names(e, "agent", doc))

"""Certainty and trigger kinds of mend4: a denial reaches only what it denies; only a yes/no question
leaves its clause in doubt (a wh-question presupposes its event); a later plain telling asserts what a
question asked. Our own sentences, through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _events(text: str) -> list:
    return annotate_text(text).events


def _shown(text: str) -> set[str]:
    return {e.type for e in _events(text) if e.confidence >= THRESHOLD}


def _certainties(text: str, etype: str) -> list[str]:
    return [e.certainty for e in _events(text) if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("In 1601 the earl Ivo Brandt denied the charge and fled to France.", "defection"),
    ("The abbot denied the charges, but the bishop arrested him in 1540.", "arrest"),
    ("The minister Karl Ott denied the rumours and resigned in 1890.", "resignation"),
    ("Nobody denies that the Ottomans captured Constantinople in 1453.", "invasion"),
])
def test_a_denial_reaches_only_what_it_denies(text, etype):
    assert _certainties(text, etype) == ["asserted"]


def test_a_denied_rumour_is_disputed():
    assert _certainties("The mayor denied the rumours that the rebels had burned the mill in 1610.",
                        "attack") == ["disputed"]


@pytest.mark.parametrize("text, etype", [
    ("When did the Normans conquer England?", "invasion"),
    ("Why did the militia burn the granary of Tver in 1611?", "attack"),
    ("After the duke was murdered in 1610, who would rule the duchy?", "killing"),
    ("The French captured the town in 1799; who could have stopped them?", "invasion"),
    ("The French captured the town in 1799; did anyone stop them?", "invasion"),
    ("The king executed his brother in 1610, didn't he?", "execution"),
])
def test_a_wh_question_or_a_clause_beside_a_question_is_asserted(text, etype):
    assert _certainties(text, etype) == ["asserted"]


def test_a_negative_yes_no_question_does_not_negate():
    assert _certainties("Didn't the Romans burn Carthage in 146 BC?", "attack") == ["hedged"]


@pytest.mark.parametrize("question", ["Why did Napoleon invade Russia in 1812?", "Did Napoleon invade Russia in 1812?"])
def test_a_later_plain_telling_asserts_what_a_question_asked(question):
    evs = [e for e in _events(question + " Napoleon invaded Russia in 1812 with 600,000 men.") if e.type == "invasion"]
    assert len(evs) == 1 and evs[0].certainty == "asserted" and evs[0].confidence >= THRESHOLD

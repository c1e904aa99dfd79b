"""Certainty and recall kinds of events8: questions ask, they do not assert; a condition told by an
inverted auxiliary ("Had he arrived ...") is no event; a release of a common-noun person ("released
the prisoners") is one; a WordNet-typed founding needs something founded ("launched a campaign" is no
founding); a gerund with an "of" object tells its verb's act ("the storming of the fort by the rebels").
Our own sentences, through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _events(text: str) -> list:
    return annotate_text(text).events


def _shown(text: str) -> set[str]:
    return {e.type for e in _events(text) if e.confidence >= THRESHOLD}


@pytest.mark.parametrize("text, etype", [
    ("Did the militia burn the granary of Tver in 1611?", "attack"),
    ("Did the duke Anton Weiss really imprison his nephew in 1612?", "arrest"),
    ("Was the abbot Piet Claes really murdered by his monks in 1613?", "killing"),
])
def test_a_question_does_not_assert_its_event(text, etype):
    found = [e for e in _events(text) if e.type == etype]
    assert found and all(e.certainty != "asserted" for e in found)


def test_a_statement_beside_a_question_is_asserted():
    evs = [e for e in _events("In 1614 the bishop Jan Vos arrested the printer Hugo Laan.") if e.type == "arrest"]
    assert evs and evs[0].certainty == "asserted"


@pytest.mark.parametrize("text", [
    "Had the admiral Carl Ruyter sailed in May 1615, he would have reached Bergen.",
    "Were the garrison to surrender, the town would be spared.",
])
def test_an_inverted_condition_tells_no_event(text):
    assert not _shown(text)


@pytest.mark.parametrize("text", [
    "In 1616 the sheriff released the prisoners.",
    "In 1617 the new governor freed the hostages held in the castle.",
])
def test_a_release_of_people_named_by_a_common_noun(text):
    assert "release" in _shown(text)


@pytest.mark.parametrize("text", [
    "In 1618 the printer released a pamphlet on the war.",
    "In 1619 the miller freed the wheel of the mill.",
])
def test_a_release_of_a_thing_is_no_release(text):
    assert "release" not in _shown(text)


@pytest.mark.parametrize("text", [
    "In 1620 the bishop launched a campaign against the heretics.",
    "In 1621 the council launched an inquiry into the fire.",
])
def test_launching_an_act_is_no_founding(text):
    assert "founding" not in _shown(text)


@pytest.mark.parametrize("text, etype", [
    ("The storming of the fort by the rebels in 1622 ended the revolt.", "attack"),
    ("The freeing of the captives in 1623 was celebrated in Lisbon.", "release"),
])
def test_a_gerund_with_an_of_object_tells_its_verbs_act(text, etype):
    assert etype in _shown(text)


@pytest.mark.parametrize("text", [
    "The burning of coal warmed the houses of the town in 1624.",
    "The sinking of the brig Maria in 1625 drowned nine men.",  # a wreck, not an attack
])
def test_a_gerund_that_tells_no_attack(text):
    assert "attack" not in _shown(text)


@pytest.mark.parametrize("text, etype", [
    ("In 1626 the sergeant Hugo Brant denied shooting the tax collector Jan Smit.", None),
    ("In 1627 the governor Piet Roos denied that he had ordered the arrest of the printer.", "arrest"),
])
def test_a_denied_act_is_not_asserted(text, etype):
    evs = [e for e in _events(text) if e.type != "statement" and (etype is None or e.type == etype)]
    assert all(e.certainty != "asserted" for e in evs)
    assert "statement" in _shown(text)  # the denial itself is told as fact


@pytest.mark.parametrize("text, etype", [
    ("In 1628 the consul Abel Frost accused the pastor Ivo Lenz of having urged the farmers to refuse the tithe.",
     "appeal"),
    ("In 1629 the weaver Tom Pike was arrested on suspicion of murdering the bailiff Saul Hart.", "killing"),
    ("In 1638 the envoy Piet Hals accused the abbot Jan Roos of hiding the grain and of having urged the farmers"
     " to refuse the tithe.", "appeal"),  # the second of two coordinated complements
])
def test_what_an_accusation_says_was_done_is_reported(text, etype):
    evs = [e for e in _events(text) if e.type == etype]
    assert evs and all(e.certainty == "reported" for e in evs)
    assert "accusation" in _shown(text) or "arrest" in _shown(text)  # the accusation or arrest itself is told


def test_charged_with_a_deed_is_an_accusation_and_charging_lines_an_attack():
    assert "accusation" in _shown("In 1630 the sheriff charged the miller Lars Holm with hiding the grain.")
    assert "attack" not in _shown("In 1630 the sheriff charged the miller Lars Holm with hiding the grain.")
    assert "attack" in _shown("In 1631 the dragoons charged the enemy lines at Lutzen.")


def test_the_burning_of_a_building_is_an_attack_and_of_a_ship_only_with_someone_who_did_it():
    assert "attack" in _shown("The burning of the town hall of Ghent in 1632 was the work of the guilds.")
    assert "attack" not in _shown("The burning of the brig Johanna in 1633 was never explained.")


def test_begging_someone_is_an_appeal_and_begging_for_bread_is_not():
    assert "appeal" in _shown("In 1634 the widow Greta Lind implored the bishop to spare her son.")
    assert "appeal" not in _shown("In 1635 the old soldier begged for bread at the gate of the abbey.")


def test_setting_a_building_alight_is_an_attack():
    assert "attack" in _shown("In 1636 the mercenaries set the granary alight.")
    assert "attack" not in _shown("In 1637 the sexton set the old lantern alight.")


def test_a_negated_verb_of_knowing_over_an_event_noun_does_not_negate_the_event():
    evs = [e for e in _events("The sacking of the abbey of Cluny by the Huguenots in 1562 was never forgotten.")
           if e.type == "attack"]
    assert evs and all(e.certainty == "hedged" for e in evs)
    evs = [e for e in _events("No raid on the harbour was noticed by the watch in 1563.") if e.type == "attack"]
    assert all(e.certainty == "negated" for e in evs)

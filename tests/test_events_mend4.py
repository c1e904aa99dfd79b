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
    # (conflicts10: a negative question is the asker's rhetorical claim: reported, neither negated nor asserted)
    assert _certainties("Didn't the Romans burn Carthage in 146 BC?", "attack") == ["reported"]


@pytest.mark.parametrize("question", ["Why did Napoleon invade Russia in 1812?", "Did Napoleon invade Russia in 1812?"])
def test_a_later_plain_telling_asserts_what_a_question_asked(question):
    evs = [e for e in _events(question + " Napoleon invaded Russia in 1812 with 600,000 men.") if e.type == "invasion"]
    assert len(evs) == 1 and evs[0].certainty == "asserted" and evs[0].confidence >= THRESHOLD


@pytest.mark.parametrize("text", [
    "In 1840 lightning set the church alight.",
    "In 1666 a baker's oven set the city alight.",
    "In 1871 the cow set the barn alight.",
    "In 1880 her letters set Paris alight with gossip.",
    "In 1700 the monk set himself alight.",
])
def test_setting_alight_is_an_attack_only_by_someone(text):
    assert "attack" not in _shown(text)


def test_setting_alight_with_words_between():
    assert "attack" in _shown("In 1640 the rebels set the farmer's barn alight.")


@pytest.mark.parametrize("text, etype", [
    ("The sacking of the minister in 1890 surprised the court.", "attack"),
    ("The creating of the duke in 1700 pleased the court.", "founding"),
])
def test_a_gerund_of_a_common_noun_for_a_rule_that_needs_a_named_object(text, etype):
    assert etype not in _shown(text)


def test_a_gerund_of_a_named_object():
    assert "attack" in _shown("The sacking of Rome in 1527 shocked Europe.")


@pytest.mark.parametrize("text", [
    "In 1700 the mayor charged the commission with investigating the fire.",
    "In 1700 the council charged the architect with building a new bridge.",
    "In 1700 the king charged the duke with raising an army.",
    "The merchant charged ten shillings in 1700.",
    "In 1700 the king charged him with the task of rebuilding the walls.",
])
def test_a_charge_of_a_task_or_a_price_is_no_accusation_or_attack(text):
    assert not _shown(text) & {"accusation", "attack"}


def test_a_charge_of_a_crime_told_by_a_gerund():
    assert "accusation" in _shown("In 1700 the sheriff charged the clerk with stealing the silver.")


@pytest.mark.parametrize("text", [
    "In 1700 his uncle freed him from debt.",
    "In 1215 the king released the barons from their oath.",
    "The company released the workers in 1930.",
])
def test_a_release_from_no_captivity(text):
    assert "release" not in _shown(text)


@pytest.mark.parametrize("text", [
    "In 1618 the governor released the printer Hugo Laan from prison.",
    "In 1619 the governor released him from custody.",
    "In 1813 the governor released the captain of the brig.",
])
def test_a_release_from_captivity_or_by_one_who_holds(text):
    assert "release" in _shown(text)


@pytest.mark.parametrize("text, etype", [
    ("The pamphlet blamed the Catholics for the burning of London in 1666.", "attack"),
    ("The court charged him with the murder of the bailiff Saul Hart in 1721.", "killing"),
])
def test_a_definite_deed_blamed_on_someone_happened(text, etype):
    assert _certainties(text, etype) == ["asserted"]


@pytest.mark.parametrize("text", [
    "In 1700 the duke accused his brother of poisoning their father.",
    "In 1700 the duke accused his brother Karl of poisoning their father.",
])
def test_a_deed_told_by_a_gerund_of_an_accusation_is_reported(text):
    assert _certainties(text, "killing") == ["reported"]


@pytest.mark.parametrize("text, etype, certainty", [
    ("The burning of the town hall in 1632 was never punished.", "attack", "asserted"),
    ("The massacre of 1572 was never avenged.", "killing", "asserted"),
    ("The massacre of 1572 was never proved.", "killing", "hedged"),
    ("The attack of 1572 never took place.", "attack", "negated"),
])
def test_a_negated_verb_over_an_event_noun(text, etype, certainty):
    assert _certainties(text, etype) == [certainty]


def test_a_negated_condition_without_if_tells_the_act():
    assert _certainties("The city would have fallen had the relief army not arrived in 1683.", "movement") \
        == ["asserted"]


def test_a_condition_without_if_inside_the_main_clause_tells_nothing():
    assert "movement" not in _shown("In 1805 the fleet, had it sailed, would have been destroyed.")


@pytest.mark.parametrize("text", [
    "In 1700 he set up the table.",
    "In 1700 he established that the river flowed north.",
    "In 1700 he founded his hopes on the new king.",
    "In 1701 he founded his claim on an old charter.",
])
def test_no_founding_without_something_founded(text):
    assert "founding" not in _shown(text)


def test_the_shooting_of_a_thing_is_no_attack():
    assert "attack" not in _shown("The shooting of the film began in 1962.")
    assert "attack" in _shown("The shooting of the prisoners in 1943 shocked the town.")


def test_founding_an_institution_in_a_cleft():
    assert "founding" in _shown("It was the widow Mary Hale who founded the orphanage in 1880.")

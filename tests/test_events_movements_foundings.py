"""Events told with plain verbs the lexicon holds only in a frame (events7): going to or from a place
named by a common noun ("landed on the island", "came in from the coast", "set out from X"); people
taken somewhere or brought back under guard; institutions opened, started or closed; successors
chosen; suspensions from a post. Each with its negatives. Our own sentences, through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _types(text: str) -> set[str]:
    return {e.type for e in annotate_text(text).events if e.confidence >= THRESHOLD}


@pytest.mark.parametrize("text", [
    "In June 1790 the botanist Carl Mohr landed on the island of Tanna.",
    "In 1791 the herders came down from the hills with their flocks.",
    "In March 1792 the sisters went out to the coast.",
    "On 4 May 1793 the caravan set out from Kano.",
    "In 1794 the sick sailors were taken to the hospital at Leith.",
])
def test_going_to_or_from_a_common_place_is_a_movement(text):
    assert "movement" in _types(text)


def test_brought_back_under_guard_is_an_arrest():
    assert "arrest" in _types("In 1795 the runaway clerk Ned Pike was brought back under guard.")


@pytest.mark.parametrize("text", [
    "In 1796 the widow went on to say that the well was dry.",
    "The harvest of 1797 brought about a rise in the price of bread.",
    "In 1798 the corporal carried out the order.",
    "In 1799 the war came to an end.",
    "In 1800 the boys went to school for the first time.",
])
def test_idioms_of_going_are_no_movement(text):
    assert "movement" not in _types(text)


@pytest.mark.parametrize("text", [
    "In 1801 the Moravians opened a school at Nain.",
    "In 1802 the printer Hans Kolb started a newspaper in Basel.",
])
def test_opening_or_starting_an_institution_is_a_founding(text):
    assert "founding" in _types(text)


@pytest.mark.parametrize("text", [
    "In 1803 the steward opened a letter from the bishop.",
    "In 1804 the sexton opened the door of the chapel.",
    "In 1805 the boys started a fire in the barn.",
])
def test_opening_a_thing_is_no_founding(text):
    assert "founding" not in _types(text)


def test_a_shop_closed_is_a_dissolution():
    assert "dissolution" in _types("The bakery shop was closed in 1806.")


def test_chosen_to_succeed_is_an_election_not_a_decision():
    types = _types("In 1807 the deacon Paul Ott was chosen to succeed the abbot.")
    assert "election" in types and "decision" not in types


def test_suspended_from_a_post_is_a_dismissal():
    assert "dismissal" in _types("In 1808 the collector Abel Rund was suspended from his office.")


def test_hung_from_a_beam_is_no_dismissal():
    assert "dismissal" not in _types("In 1809 the lantern was suspended from a beam.")


@pytest.mark.parametrize("text", [
    "In 1810 the ice came down from the mountains.",
    "In 1811 the tidings came from the coast.",
])
def test_nothing_going_is_no_movement(text):
    assert "movement" not in _types(text)


def test_a_return_told_by_its_end_state():
    assert "movement" in _types("The surgeon Amos Tell was back at the garrison by June 1812.")


@pytest.mark.parametrize("text", [
    "In 1813 the clerk was back at work.",
    "In 1814 the old chief was back in power.",
])
def test_back_in_a_state_is_no_return(text):
    assert "movement" not in _types(text)


def test_following_a_river_to_a_place():
    assert "movement" in _types("In 1815 the traders followed the river to the lake.")


def test_a_named_person_taking_over_an_institution_takes_charge():
    assert "assignment" in _types("In 1816 the Reverend Jacob Wirt took over the mission at Lindi.")


def test_a_crowd_taking_over_a_church_takes_no_office():
    assert "assignment" not in _types("In 1817 the rioters took over the church.")


def test_shops_closed_together_are_no_dissolution():
    assert "dissolution" not in _types("In 1818 the shops were closed.")


@pytest.mark.parametrize("text", [
    "In 1819 the couple started a family in Leeds.",
    "In 1820 the farmer opened the barn to the soldiers.",
])
def test_starting_a_family_or_opening_a_barn_is_no_founding(text):
    assert "founding" not in _types(text)

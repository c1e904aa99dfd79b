"""False conflicts a review found (invented sentences): two people who meet twice a decade apart, and
one landing told at a region and at a beach within it."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.corpus import build_corpus


def _kinds(a: str, b: str) -> list[str]:
    return [c.kind for c in build_corpus([annotate_text(a, source="a.txt"),
                                          annotate_text(b, source="b.txt")]).conflicts]


def test_two_people_who_met_a_decade_apart_met_twice():
    assert _kinds("In 1843 Edwin Larkspur met Josiah Penhallow.",
                  "In 1853 Edwin Larkspur met Josiah Penhallow.") == []


def test_an_army_landing_at_a_town_and_at_a_cove_is_no_place_conflict():
    assert _kinds("On 3 May 1917 the Second Corps of Vellmark landed at Gallipoli.",
                  "On 3 May 1917 the Second Corps of Vellmark landed at Harrow Cove.") == []


def test_one_person_landing_at_two_towns_near_each_other_is_no_place_conflict():
    assert "place_conflict" not in _kinds("On 9 July 1702 Admiral Rupert Quayle landed at Dover.",
                                          "Rupert Quayle landed at Folkestone on 9 July 1702.")


def test_one_person_landing_at_two_far_towns_on_one_day_is_a_place_conflict():
    assert "place_conflict" in _kinds("On 9 July 1702 Admiral Rupert Quayle landed at Dover.",
                                      "Rupert Quayle landed at Plymouth on 9 July 1702.")

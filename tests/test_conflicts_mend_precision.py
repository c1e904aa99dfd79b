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

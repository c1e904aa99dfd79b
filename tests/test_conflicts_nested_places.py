"""A once-only event placed in a town by one text and in a region by another is one place at two
scales, not a place conflict, unless the town lies in another country (checks/regions.may_lie_in).
Invented texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus

TEXTS = {
    "town.txt": "Tobias Wrenfield died at Stoughton on 3 March 1891.",
    "state.txt": "Tobias Wrenfield died in Wisconsin on 3 March 1891.",
    "lyon.txt": "Tobias Wrenfield died in Lyon on 3 March 1891.",
    "germany.txt": "Tobias Wrenfield died in Germany on 3 March 1891.",
    "marseille.txt": "Tobias Wrenfield died in Marseille on 3 March 1891.",
}


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in TEXTS.items()}


def _place_conflicts(docs, *names):
    tables = build_corpus([docs[n] for n in names])
    return [c for c in tables.conflicts if c.kind == "place_conflict"]


def test_a_town_and_its_region_are_no_conflict(docs):
    assert _place_conflicts(docs, "town.txt", "state.txt") == []


def test_a_town_and_another_country_conflict(docs):
    assert len(_place_conflicts(docs, "lyon.txt", "germany.txt")) == 1


def test_two_towns_conflict(docs):
    assert len(_place_conflicts(docs, "lyon.txt", "marseille.txt")) == 1

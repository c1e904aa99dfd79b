"""Counts written in words ("twenty-three", "nearly five hundred") are read whole, and two texts'
counts of one event conflict only beyond their stated approximations (events/numbers.py,
checks/rules.number_conflicts). Invented texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from historiograph.events.numbers import number_run, value_of
from historiograph.nlp import load_model


@pytest.mark.parametrize("text, word, value, whole", [
    ("Nineteen men were drowned.", "Nineteen", 19, "Nineteen"),
    ("Twenty-three sailors were killed.", "three", 23, "Twenty-three"),
    ("Nearly five hundred soldiers marched out.", "hundred", 500, "five hundred"),
    ("Some two thousand five hundred people were deported.", "hundred", 2500, "two thousand five hundred"),
    ("Three hundred and twenty men died.", "twenty", 320, "Three hundred and twenty"),
    ("In 1937 twenty men died.", "twenty", 20, "twenty"),
    ("Five or six men died.", "six", 6, "six"),
    ("About 2 million people left.", "million", 2000000, "2 million"),
])
def test_a_number_in_words_is_read_whole(text, word, value, whole):
    doc = load_model()(text)
    tok = next(t for t in doc if t.text == word)
    lo, hi = number_run(tok)
    assert value_of(tok) == value and doc[lo:hi + 1].text == whole


ABOUT = "On 2 June 1745 about 340 soldiers attacked Fort Dunmere."
NEARLY = "Nearly five hundred soldiers attacked Fort Dunmere on 2 June 1745."
SOME = "Some 350 soldiers attacked Fort Dunmere on 2 June 1745."


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in
            {"about.txt": ABOUT, "nearly.txt": NEARLY, "some.txt": SOME}.items()}


def test_counts_that_cannot_overlap_conflict_with_both_texts_words(docs):
    (c,) = build_corpus([docs["about.txt"], docs["nearly.txt"]]).conflicts
    assert c.kind == "number_conflict"
    assert sorted(v["display"] for v in c.values) == ["Nearly five hundred", "about 340"]
    assert {e.source: e.text for e in c.evidence} == {"about.txt": "about 340", "nearly.txt": "Nearly five hundred"}


def test_approximate_counts_that_may_overlap_do_not_conflict(docs):
    assert not build_corpus([docs["about.txt"], docs["some.txt"]]).conflicts

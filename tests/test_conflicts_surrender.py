"""One surrender told by two texts, one naming the commander and the other his garrison, is one
timeline entry whose counts are compared; approximate counts tolerate a share of the figure
(checks/records.post_of, checks/told_twice, checks/rules.number_range). Invented texts written for
these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus

TEXTS = {
    "commander.txt": "Colonel Hendrik Maas surrendered Kestelburg on 9 October 1624. About 340 men marched out.",
    "garrison.txt": "On 9 October 1624 the garrison of Kestelburg surrendered. Nearly five hundred soldiers "
                    "marched out.",
    "some.txt": "On 9 October 1624 the garrison of Kestelburg surrendered. Some 360 soldiers marched out.",
    "later.txt": "On 19 October 1624 the garrison of Kestelburg surrendered. Nearly five hundred soldiers "
                 "marched out.",
    "elsewhere.txt": "On 9 October 1624 the garrison of Dornwald surrendered. Nearly five hundred soldiers "
                     "marched out.",
}


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in TEXTS.items()}


def _surrenders(tables):
    return [t for t in tables.timeline if t.type == "surrender"]


def test_the_commander_and_his_garrison_surrendering_on_one_day_are_one_event(docs):
    tables = build_corpus([docs["commander.txt"], docs["garrison.txt"]])
    (entry,) = _surrenders(tables)
    assert {s.source for s in entry.sources} == {"commander.txt", "garrison.txt"}
    (c,) = tables.conflicts
    assert c.kind == "number_conflict"
    assert {e.source: e.text for e in c.evidence} == {"commander.txt": "About 340",
                                                      "garrison.txt": "Nearly five hundred"}


def test_approximate_counts_a_few_percent_apart_do_not_conflict(docs):
    tables = build_corpus([docs["commander.txt"], docs["some.txt"]])
    assert len(_surrenders(tables)) == 1
    assert not tables.conflicts


@pytest.mark.parametrize("other", ["later.txt", "elsewhere.txt"])
def test_a_garrison_surrendering_another_day_or_another_town_is_another_event(docs, other):
    tables = build_corpus([docs["commander.txt"], docs[other]])
    assert len(_surrenders(tables)) == 2
    assert not tables.conflicts

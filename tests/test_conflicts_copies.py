"""Copies of one text (the same annotations under new names) are compared once in the same-event join
(checks/rules._join_block): the clusters are those all pairs give, and the comparisons made do not
grow with the number of copies. Invented texts written for these tests."""
from __future__ import annotations

import dataclasses

import pytest

from historiograph import annotate_text
from historiograph.checks import rules
from historiograph.corpus import build_corpus

TEXTS = {
    "a.txt": "On 3 May 1702 Colonel Anselm Corvey attacked Valdrenne with about 3,000 men. Corvey was "
             "arrested in Lyon on 9 June 1703.",
    "b.txt": "On 3 May 1702 Corvey attacked Valdrenne with some 5,000 men. In 1705 Corvey travelled to "
             "Lyon.",
}


@pytest.fixture(scope="module")
def docs():
    return [annotate_text(t, source=s) for s, t in TEXTS.items()]


def _copies(docs, n):
    out = []
    for k in range(n):
        for ad in docs:
            doc = dataclasses.replace(ad.document, source=f"copy{k}/{ad.document.source}")
            out.append(dataclasses.replace(ad, document=doc))
    return out


def _calls(monkeypatch, corpus):
    count = {"n": 0}
    real = rules.same_event

    def counted(*args, **kw):
        count["n"] += 1
        return real(*args, **kw)

    monkeypatch.setattr(rules, "same_event", counted)
    tables = build_corpus(corpus)
    monkeypatch.setattr(rules, "same_event", real)
    return count["n"], tables


def test_copies_are_compared_once_and_give_one_conflict(docs, monkeypatch):
    few, small = _calls(monkeypatch, _copies(docs, 3))
    many, large = _calls(monkeypatch, _copies(docs, 30))
    assert [c.kind for c in small.conflicts] == [c.kind for c in large.conflicts]
    assert "number_conflict" in [c.kind for c in large.conflicts]
    (num,) = [c for c in large.conflicts if c.kind == "number_conflict"]
    assert sum(len(v["accounts"]) for v in num.values) == 60  # every copy's account, on two sides
    assert many <= 2 * few  # ten times the copies: not ten (or a hundred) times the comparisons

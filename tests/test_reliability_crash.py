"""Regression: a figure whose noun is not a unit, told in two documents, must not crash the corpus stage."""
from __future__ import annotations

import historiograph
from historiograph.corpus import build_corpus


def test_two_documents_with_the_same_unitless_figure_build_a_corpus():
    text = "In 1937 Stalin deported 200,000 kulaks from the Far East.\n"
    docs = []
    for source in ("first.txt", "second.txt"):
        ad = historiograph.annotate(text)
        ad.document.source = source
        docs.append(ad)
    assert any(n.get("of") for ad in docs for e in ad.events for n in e.numbers), "the figure is read"
    tables = build_corpus(docs)  # raised NameError (_noun) before
    assert tables.timeline

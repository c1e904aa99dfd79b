"""Tellings the timeline joins into one entry are checked as one event (conflicts10): a count, the length
of a sentence or a place they disagree on is a conflict about that entry, even where the conflicts
step's own grouping would not have compared them; agreeing paraphrases give none. Our own texts."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.checks.counts import described_count
from historiograph.corpus import build_corpus


def _conflicts(a: str, b: str) -> list:
    tables = build_corpus([annotate_text(a, source="a.txt"), annotate_text(b, source="b.txt")])
    return [c for c in tables.conflicts if c.kind != "narrative_date"], tables.timeline


@pytest.mark.parametrize("a, b, kind, words", [
    ("In May 1852 forty families left the village of Drumkeel for Boston.",
     "In May 1852 seventy families left the village of Drumkeel for Boston.", "number_conflict", ["forty", "seventy"]),
    ("Colm Sheedy was tried at Sligo on 12 April 1866 for assault.",
     "Colm Sheedy was tried at Kilkenny on 12 April 1866 for assault.", "place_conflict", ["Sligo", "Kilkenny"]),
    ("Ifor Bevan was tried at Cork in July 1839. He was sentenced to three months' imprisonment.",
     "Ifor Bevan was tried at Cork in July 1839 and sentenced to two years in prison.",
     "number_conflict", ["three months", "two years"]),
    ("Ifor Bevan was tried at Cork in July 1839 and sentenced to three months.",
     "In July 1839 Ifor Bevan was tried at Cork and sentenced to ten weeks.", "number_conflict",
     ["three months", "ten weeks"]),  # (two units, further apart than one is of the other)
])
def test_a_joined_entry_whose_tellings_disagree_carries_the_conflict(a, b, kind, words):
    found, timeline = _conflicts(a, b)
    hit = [c for c in found if c.kind == kind and all(
        any(w.lower() in str(v["display"]).lower() for v in c.values) for w in words)]
    assert len(hit) == 1 and len(found) == 1, [c.message for c in found]
    entry = next(t for t in timeline if t.id == hit[0].entry)
    assert {s for s, _ in entry.members} == {"a.txt", "b.txt"}


@pytest.mark.parametrize("a, b", [
    ("In May 1852 families left the village of Drumkeel for Boston.",
     "Seventy families left the village of Drumkeel for Boston in May 1852."),
    ("In April 1866 the tenant Colm Sheedy was tried at Sligo for assault.",
     "Colm Sheedy was tried in Ireland in April 1866 for assault."),
    ("In 1866 the tenant Colm Sheedy was arrested at Sligo.",
     "Colm Sheedy was arrested at Kilkenny in 1866."),
    ("In July 1839 Ifor Bevan was tried at Cork and sentenced to a year's imprisonment.",
     "Bevan was tried at Cork in July 1839 and sentenced to twelve months."),
    ("In March 1839 about 300 weavers were arrested at Lyon.",
     "Some 320 weavers were arrested at Lyon in March 1839."),
    # a sentence served before, told in a relative clause or a past perfect: not this trial's (mend5)
    ("The weaver Tom Kerr, who had already served a term of two years for theft, was tried at Galway in March 1874.",
     "The weaver Tom Kerr was tried at Galway in March 1874 and sentenced to a year."),
    ("The weaver Tom Kerr, who had already been sentenced to two years for theft, was tried at Galway in March 1874.",
     "The weaver Tom Kerr was tried at Galway in March 1874 and sentenced to a year."),
    # one length in two units
    ("Ifor Bevan was tried at Cork in July 1839 and sentenced to six months.",
     "In July 1839 Ifor Bevan was tried at Cork and sentenced to 26 weeks."),
    ("Ifor Bevan was tried at Cork in July 1839 and sentenced to three months.",
     "In July 1839 Ifor Bevan was tried at Cork and sentenced to thirteen weeks."),
    # two hearings in one month: a committal before the magistrates, the trial at the assizes
    ("In March 1874 the weaver Tom Kerr was tried before the magistrates at Tralee and returned for trial.",
     "In March 1874 the weaver Tom Kerr was tried at Limerick and acquitted."),
])
def test_agreeing_or_undecidable_tellings_give_no_conflict(a, b):
    found, _ = _conflicts(a, b)
    assert not found, [c.message for c in found]


@pytest.mark.parametrize("text, want", [
    ("some sixty families", (60, "sixty", "some")),
    ("about 60 families", (60, "60", "about")),
    ("two hundred and fifty weavers", (250, "two hundred and fifty", None)),
    ("eighty-five families", (85, "eighty-five", None)),
    ("the families", None),
    ("forty of the crew", None),
    ("1916 rebels", None),
])
def test_the_count_that_opens_a_description(text, want):
    got = described_count(text)
    assert (got and got[:3]) == want or got == want

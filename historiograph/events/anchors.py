"""Yearless dates anchored to the wrong year.

The time stage gives "29 July" the year last mentioned before it. When that year belongs to an aside
("the map attached to the protocol of 1886", "the defeat of 1904", "the Pact signed on 13 April 1941
was still in force"), the date is almost surely in the year the narrative is in, not the aside's. The
events stage cannot fix the timex (the time stage owns it), but it does not trust such a date: it marks
the event's time inherited and takes the year of the last foreground date instead.
"""
from __future__ import annotations

import bisect
import re

from .context import DatedTimex, DocIndex

_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_BACKGROUND_CLAUSES = frozenset({"relcl", "acl"})


def _has_year(dt: DatedTimex) -> bool:
    return bool(_YEAR.search(dt.timex.text))


def backgrounded(dt: DatedTimex) -> bool:
    """A date that qualifies a thing rather than sets the narrative's time: "the protocol of 1886",
    "the Pact signed ... on 13 April 1941", a date in brackets."""
    h = dt.head
    p = h.head if h.head != h else None
    if h.dep_ == "pobj" and p is not None and p.lower_ == "of" and p.head.pos_ in ("NOUN", "PROPN"):
        return True
    if h.dep_ in ("nummod", "compound", "poss") and h.head.pos_ in ("NOUN", "PROPN") and not h.head.ent_type_:
        return True
    cur = h
    for _ in range(8):  # the nearest clause above the date
        if cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.dep_ in _BACKGROUND_CLAUSES
    doc = h.doc
    i = dt.timex.start
    before = doc.text[max(0, i - 40):i]
    return before.rfind("(") > before.rfind(")")


def suspect(dt: DatedTimex, idx: DocIndex) -> str | None:
    """The value with a better year when ``dt`` took its year from a backgrounded date; else None."""
    if dt.timex.anchor != "narrative" or _has_year(dt):
        return None
    m = re.match(r"^(\d{4})(.*)$", dt.timex.value or "")
    if not m:
        return None
    i = bisect.bisect_left(idx.dated_ends, dt.timex.end) - 1
    source = None
    while i >= 0:
        cand = idx.dated[i]
        if cand.timex.start < dt.timex.start and _has_year(cand) and cand.timex.value.startswith(m[1]):
            source = cand
            break
        i -= 1
    if source is None or not backgrounded(source):
        return None
    j = i - 1
    while j >= 0:
        cand = idx.dated[j]
        y = _YEAR.search(cand.timex.text)
        if y and not backgrounded(cand) and cand.timex.value[:4] != m[1]:
            return cand.timex.value[:4] + m[2]
        j -= 1
    return None

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

from ..time.asides import past_perfect, reported, verb_of
from .context import DatedTimex, DocIndex, qualifies_a_thing

_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_BACKGROUND_CLAUSES = frozenset({"relcl", "acl"})
_COUNTED = re.compile(r"\b(?:later|earlier|afterwards?|after|before|following|next|previous|that|same|this)\b", re.I)


def _has_year(dt: DatedTimex) -> bool:
    return bool(_YEAR.search(dt.timex.text))


def backgrounded(dt: DatedTimex) -> bool:
    """A date that qualifies a thing rather than sets the narrative's time: "the protocol of 1886",
    "the Pact signed ... on 13 April 1941", a date in brackets."""
    if qualifies_a_thing(dt):
        return True
    h = dt.head
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


def _years(idx: DocIndex) -> list[tuple[int, int]]:
    """(index in idx.dated, year) of the body dates that state their year."""
    cached = getattr(idx, "_explicit_years", None)
    if cached is None:
        cached = []
        for i, d in enumerate(idx.dated):
            y = _YEAR.search(d.timex.text)
            if y and d.timex.value[:4] == y[1]:
                cached.append((i, int(y[1])))
        idx._explicit_years = cached
    return cached


def _aside(i: int, year: int, idx: DocIndex) -> bool:
    """The date ``idx.dated[i]`` is an aside: backgrounded, or a year stated once, away from the years
    before and after it ("... The Neutrality Pact signed on 13 April 1941 was still in force" in a
    passage on 1945)."""
    if backgrounded(idx.dated[i]):
        return True
    years = _years(idx)
    if sum(1 for _, y in years if y == year) > 1:
        return False
    before = [y for j, y in years if j < i]
    after = [y for j, y in years if j > i]
    return bool(before and after) and abs(before[-1] - year) >= 3 and abs(after[0] - year) >= 3


def suspect(dt: DatedTimex, idx: DocIndex) -> str | None:
    """The value with a better year when ``dt`` took its year from an aside; else None."""
    if dt.timex.anchor != "narrative" or _has_year(dt):
        return None
    m = re.match(r"^(\d{4})(-.*)$", dt.timex.value or "")
    if not m:
        return None
    year = int(m[1])
    years = _years(idx)
    # "that autumn" after "three years later" is in the year the story has reached, which the time stage
    # counted (asides and stretches such as "over the next year" are left out there): no last stated year
    # is a better guess for it
    k = bisect.bisect_left([j for j, _ in years], idx.dated.index(dt)) - 1
    while k >= 0 and years[k][1] != year:
        k -= 1
    if k < 0 or not _aside(years[k][0], year, idx):
        return None
    for j, y in reversed(years[:k]):
        if y != year and not _aside(j, y, idx):
            return f"{y}{m[2]}"
    return None


def story_time(idx: DocIndex, offset: int, reach: int = 1) -> DatedTimex | None:
    """The time the narrative has reached at ``offset`` (idx.narrative_time), passing over dates told
    beside the story in the same paragraph: a report told later ("the secretary later wrote in 1952
    that ..."), a date in a clause that describes a noun ("X, who was elected in 1944, denied ...": in its own
    sentence, or told in the past perfect), a note line of a book, a past-perfect flashback to before the story's time ("its colonel
    had served in Egypt in 1898"). None when nothing before them in the paragraph (or in the ``reach``
    paragraphs ending with its own) is the story's."""
    i = bisect.bisect_right(idx.narrative_ends, offset) - 1  # (idx.narrative_time, reaching further back)
    para = bisect.bisect_right(idx.paragraphs, offset) - 1
    lo = idx.paragraphs[max(0, para - reach + 1)] if para >= 0 else 0
    while i >= 0:
        cur = idx.narrative_dated[i]
        if cur.timex.start < lo:
            return None
        earlier = idx.narrative_dated[i - 1] if i > 0 else None
        if not _beside(cur, earlier, idx, offset):
            return cur
        i -= 1
    return None


def _beside(dt: DatedTimex, earlier: DatedTimex | None, idx: DocIndex, offset: int) -> bool:
    if any(a <= dt.timex.start < b for a, b in idx.note_lines):
        return True
    verb = verb_of(idx.doc, dt.timex.start, dt.timex.end)
    if backgrounded(dt) and (dt.timex.end <= offset < dt.head.sent.end_char or (
            verb is not None and past_perfect(verb))):
        return True  # "Marsh, who had been elected clerk in 1944, denied ...": the clause describes Marsh
    if verb is None:
        return False
    if reported(verb):
        return True
    return past_perfect(verb) and earlier is not None and dt.bounds[1] < earlier.bounds[0]


def counted_across_paragraphs(dt: DatedTimex, idx: DocIndex) -> bool:
    """A date the time stage counted from the story's time ("Two years later", "that winter") when no
    date of its own paragraph states a year before it: its antecedent lies in an earlier paragraph,
    and the value is an inference to mark as such rather than a date the text states."""
    if dt.timex.anchor != "narrative" or _has_year(dt) or not (dt.timex.anchored or _COUNTED.search(dt.timex.text)):
        return False  # "13 July" states its day; only its year is the story's
    para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, dt.timex.start) - 1]
    i = idx.dated.index(dt)
    return not any(_has_year(d) for d in idx.dated[:i] if d.timex.start >= para)

"""The date a heading gives the records under it: a sitting's minutes, a chronicle's year.

Minutes are written under the sitting's heading ("Meeting of the Town Council, 4 March 1881", "Sitting of
Tuesday, 12th April 1864"): what the clerk records in the past ("The council resolved ...", "Mr X resigned")
was done at that sitting, on its day. Annals and timelines put the year on a line of its own ("1854",
"1854.", "In the year 1854") or at the head of a line ("1854 – The mill burned."): every event told under
it is of that year. Either date is an inference (marked inherited); the caller keeps an event's own date,
and gives this one only to a clause in the simple past.

A heading's stretch ends at the next heading, at a section's heading ("Chapter Two", "== Later life ==", a
title on a line of its own), or at the first date of the story beyond the heading's day or year ("In 1862
Hale emigrated"): past it the story keeps its own clock. A heading here is a line of its own before prose; a
title that merely names a year ("Report on the Harbour Works, 1902") is neither (its first word is no
sitting's noun: data/events/timing.json "sitting_nouns"), nor is a table of contents (dotted leaders, page
numbers).
"""
from __future__ import annotations

import bisect
import calendar
import functools
import re

from . import dates
from .lexicon import timing_cues

# Possessive quantifiers: a line of spaces must not make these match in polynomial time.
_MARK = r"(?:#{1,6}[ \t]++)?+(?:\*\*|__|\*|_)?+[ \t]*+"
_ERA = r"(?:[ \t]*+(?:A\.?D\.?|B\.?C\.?(?:E\.?)?|C\.?E\.?))?+"
_YEAR_LINE = re.compile(_MARK + r"(?P<lead>[A-Za-z][A-Za-z \t]{1,40}?[ \t])?(?P<y>\d{3,4})" + _ERA
                        + r"[ \t]*+[.:]?+[ \t]*+(?:\*\*|__|\*|_)?+", re.I)
# a timeline's line: "1854 – The mill burned.", "- 1791: The king was arrested."
_YEAR_ITEM = re.compile(r"(?:[-*•][ \t]++)?+(?:\*\*|__)?+(?P<y>\d{3,4})" + _ERA + r"(?:\*\*|__)?+[ \t]*+(?:–|—|-|:)"
                        r"[ \t]++(?=[A-Z“\"])")
_PAGE = re.compile(r"[ \t]*+[0-9]++$|[ \t]++[ivxlc]++$", re.I)


def _toc_line(line: str) -> bool:
    """A table of contents' line: a page's number after dotted leaders or an ellipsis ("The siege of
    Rome ......... 40", "Preface … vii"). Read from the line's end (no search over its length)."""
    m = _PAGE.search(line, max(0, len(line) - 12))
    if m is None or m.start() == 0:
        return False
    before = line[:m.start()]
    return before.rstrip(" \t").replace(" ", "").endswith(("...", "…"))


_MAX_SITTING_LINE = 90
_WEEKDAYS = frozenset(calendar.day_name)  # (a set: `calendar.day_name` formats each name per lookup)


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    d = timing_cues()
    return {"nouns": frozenset(d["sitting_nouns"]), "qualifiers": frozenset(d["sitting_qualifiers"]),
            "links": frozenset(d["sitting_links"]), "titles": frozenset(d["sitting_title_nouns"]),
            "year_leads": frozenset(d["year_line_leads"]),
            "sections": tuple(d["section_words"]), "record": frozenset(d["day_line_record_words"])}


def _year_line(line: str):
    """A year on a line of its own ("1854", "## 1854.", "In the year of our Lord 1612:", "Anno 1612"), or None."""
    m = _YEAR_LINE.fullmatch(line)
    if m is None:
        return None
    lead = " ".join((m["lead"] or "").lower().split())
    return m if not lead or lead in _words()["year_leads"] else None


class _Lines:
    """The text's lines: (start, end) without the line break (a CR too) and the stripped text."""

    def __init__(self, text: str):
        self.spans: list[tuple[int, int, str]] = []
        pos = 0
        for raw in text.split("\n"):
            body = raw.rstrip("\r \t")
            lead = len(body) - len(body.lstrip(" \t"))
            self.spans.append((pos + lead, pos + len(body), body.strip()))
            pos += len(raw) + 1

    def blank(self, i: int) -> bool:
        return i < 0 or i >= len(self.spans) or not self.spans[i][2]

    def next_text(self, i: int) -> tuple[int, str]:
        """The next non-empty line after line i: (its index, its text), or (-1, "")."""
        for j in range(i + 1, min(len(self.spans), i + 40)):
            if self.spans[j][2]:
                return j, self.spans[j][2]
        return -1, ""


def _toc_blocks(lines: _Lines) -> set[int]:
    """Lines in a block (between blank lines) with a table of contents' line: none of them heads anything."""
    out, block, toc = set(), [], False
    for i, (_, _, s) in enumerate([*lines.spans, (0, 0, "")]):
        if s:
            block.append(i)
            toc = toc or bool(_toc_line(s))
            continue
        if toc:
            out.update(block)
        block, toc = [], False
    return out


def _section_break(lines: _Lines, i: int) -> bool:
    """Does line i head a new section ("Chapter Two", "== Later life ==", "# Exile", a short title standing
    alone between blank lines)? What a heading above dated does not reach past it."""
    s = lines.spans[i][2]
    if not s:
        return False
    if s[0] in "#=" or any(re.match(w + r"\b", s, re.I) for w in _words()["sections"]):
        return True
    if not (lines.blank(i - 1) and lines.blank(i + 1)) or len(s) > 80 or s[-1] in ".!?;,:\"”'’)":
        return False
    words = re.findall(r"[A-Za-z]+", s)
    return 0 < len(words) <= 10 and s[0].isupper() and all(w[0].isupper() for w in words if len(w) > 3)


def _prose(lines: _Lines, i: int) -> bool:
    """Is the next non-empty line after line i prose (a sentence with a word in lower case), not another heading
    or a table of contents' line?"""
    _, nxt = lines.next_text(i)
    return bool(re.search(r"[a-z]{2,}", nxt)) and not _year_line(nxt) and not _toc_line(nxt)


class _Timexes:
    """The time stage's timexes in order of start, to find those on a line without scanning them all."""

    def __init__(self, timexes):
        self.items = sorted(timexes, key=lambda t: t.start)
        self.starts = [t.start for t in self.items]

    def within(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                yield self.items[i]
            i += 1


def _year_timex(tx: _Timexes, start: int, end: int):
    """The time stage's year in text[start:end] (a DATE whose value is a year, BC ones too), or None."""
    return next((t for t in tx.within(start, end) if t.type == "DATE" and re.fullmatch(r"(?:BC)?\d{4}", t.value or "")),
                None)


def _sitting(text: str, tx: _Timexes, ls: int, le: int):
    """A sitting's heading on text[ls:le]: a sitting's noun first ("Meeting", "Special Sitting", "Minutes") and
    then "of" or a comma ("Meeting of the Vestry, 2 October", "Vestry, 2 October 1850"), a date with its day on
    the line, nothing after the date but a full stop. Its timex, or None. A title is none: "Conference on ...",
    a journal's "Proceedings of ...", a court's name ("Court of Appeal")."""
    line = text[ls:le]
    if len(line) > _MAX_SITTING_LINE:
        return None
    words = list(re.finditer(r"[A-Za-z]+", line[:40]))
    w = _words()
    k = 0
    while k < len(words) - 1 and words[k][0].lower() in w["qualifiers"]:
        k += 1
    if not words or words[k][0].lower() not in w["nouns"] or not words[k][0][0].isupper():
        return None
    after = words[k + 1][0].lower() if k + 1 < len(words) else ""
    if after not in w["links"] and not line[words[k].end():].startswith(","):
        return None  # "Meeting of ...", "Vestry, 2 October": not "Meeting the Governor, ...", "Conference on ..."
    if words[k][0].lower() in w["titles"] and not any(x in _WEEKDAYS for x in re.findall(r"[A-Za-z]+", line)):
        return None  # a journal's "Proceedings of the Royal Society, 12 May 1880"; a sitting names its weekday
    days = [t for t in tx.within(ls, le) if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value or "")]
    if len(days) != 1 or line[days[0].end - ls:].strip(" \t.:*_—–-"):
        return None
    return days[0]


def _day_line(text: str, tx: _Timexes, ls: int, le: int):
    """A day's heading alone on its line, its weekday named ("Tuesday, 16th October, 1849.", "Thursday, 5 June
    1930"): a court's or a house's sitting of that day, whose record follows. Its timex, or None. Nothing but the
    weekday and the date stands on the line (a caption, a dateline with a place, a date in a sentence: none)."""
    line = text[ls:le]
    if len(line) > _MAX_SITTING_LINE or not any(x in _WEEKDAYS for x in re.findall(r"[A-Za-z]+", line)):
        return None
    days = [t for t in tx.within(ls, le) if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value or "")]
    if len(days) != 1:
        return None
    rest = line[:days[0].start - ls] + " " + line[days[0].end - ls:]
    words = re.findall(r"[A-Za-z]+", rest)
    if any(w not in _WEEKDAYS for w in words) or rest.strip(" \t.,:*_#—–-" + "".join(words)):
        return None
    return days[0]


# a sentence's end: not a title's or an initial's stop ("Mr. Dwyer", "Mrs. Roche", "J. Dwyer")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z]\.)(?<!\bMrs\.)(?<=[.!?])\s+(?=[A-Z\"“])")


def _tells_a_sitting(lines: _Lines, i: int) -> bool:
    """The first sentence under line i tells a sitting or a court (data/events/timing.json
    "day_line_record_words": "The House met ...", "The prisoner was charged ...", "X, sworn")."""
    _, nxt = lines.next_text(i)
    first = _SENTENCE_END.split(nxt, maxsplit=1)[0]
    return any(w.lower() in _words()["record"] for w in re.findall(r"[A-Za-z]+", first))


def _aside(dt) -> bool:
    """A date told beside the story's step (a past perfect, a relative clause): it does not end a heading's
    stretch ("The abbot had been dismissed in 1690")."""
    cur = dt.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            if cur.dep_ == "relcl" or any(c.dep_ == "aux" and c.lower_ == "had" for c in cur.children):
                return True
            if cur.dep_ != "conj":
                return False
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _story_leaves(idx, t, start: int, end: int) -> int:
    """Where in text[start:end] the story first gives a date of another day or year than the heading's timex
    ``t`` (its offset), else ``end``."""
    own = dates.bounds(t.value)
    i = bisect.bisect_left(idx.narrative_ends, start + 1)
    for d in idx.narrative_dated[i:]:
        if d.timex.start >= end:
            break
        if d.timex.start >= start and not (own and own[0] <= d.bounds[0] and d.bounds[1] <= own[1]) and not _aside(d):
            return d.timex.start
    return end


def scopes(idx) -> tuple[list[int], list[tuple[int, int, dict]]]:
    """The starts and the (start, end, time) of each stretch of text a heading dates, in order (DocIndex
    caches it: idx.heading_scopes)."""
    text = idx.text
    lines = _Lines(text)
    tx = _Timexes(idx.ad.timexes)
    toc = _toc_blocks(lines)
    from .entry_dates import entry_headings  # (entry_dates reads the DocIndex that imports this module)

    entries = {h[0] for h in entry_headings(idx)}
    days = []  # (index in heads, line) of each day's heading alone
    heads, breaks = [], []  # heads: (line start, line end, scope end or None for "to the next heading", timex, kind)
    for i, (ls, le, s) in enumerate(lines.spans):
        if not s:
            continue
        if i in toc:
            breaks.append(ls)
            continue
        year = _year_line(s)
        if year is not None:
            if (len(year["y"]) == 4 or re.search(r"[A-Za-z]", s)) and _prose(lines, i):
                t = _year_timex(tx, ls, le)  # ("212" alone is a page's number; "In the year 212" a year)
                if t is not None:
                    heads.append((ls, le, None, t, "year"))
            continue
        item = _YEAR_ITEM.match(s)
        if item is not None:
            t = _year_timex(tx, ls, ls + item.end())
            if t is not None:
                heads.append((ls, ls + item.end(), le, t, "item"))
            continue
        if lines.blank(i - 1) and _prose(lines, i):
            t = _sitting(text, tx, ls, le)
            if t is None:  # a day's heading alone, not a letter's or a diary's (``entry_dates``: theirs)
                t = _day_line(text, tx, ls, le)
                if t is not None and t.start in entries:
                    t = None
                if t is not None:
                    days.append((len(heads), i))
            if t is not None:
                heads.append((ls, le, None, t, "sitting"))
                continue
        if _section_break(lines, i):
            breaks.append(ls)
    if len(days) == 1 and not _tells_a_sitting(lines, days[0][1]):
        breaks.append(heads.pop(days[0][0])[0])  # one day's line over a memoir's "I was born at ...": no record
    ends = sorted([h[0] for h in heads if h[4] != "item"] + breaks)
    spans = []
    for ls, le, end, t, kind in heads:
        if end is None:  # to the next heading (not a timeline's line) or section, or the story's own next date
            k = bisect.bisect_right(ends, ls)
            end = ends[k] if k < len(ends) else len(text)
        if kind != "item":
            end = _story_leaves(idx, t, le, end)
        time = {"value": t.value, "mod": None, "inherited": True, "heading": kind,
                "timex": {"start": t.start, "end": t.end}}
        spans.append((le, end, time))
    return [s for s, _, _ in spans], spans


def heading_time(idx, offset: int) -> dict | None:
    """The time of the heading whose stretch ``offset`` lies in (a copy), or None."""
    starts, spans = idx.heading_scopes
    k = bisect.bisect_right(starts, offset) - 1
    while k >= 0:
        start, end, time = spans[k]
        if start <= offset < end:
            return {**time, "timex": dict(time["timex"])}
        if time["heading"] != "item":
            return None
        k -= 1  # a timeline's line inside a year's stretch: the year heading above may still hold
    return None

"""The date a heading gives the records under it: a sitting's minutes, a chronicle's year.

Minutes are written under the sitting's heading ("Meeting of the Town Council, 4 March 1881", "Sitting of
Tuesday, 12th April 1864"): what the clerk records in the past ("The council resolved ...", "Mr X resigned")
was done at that sitting, on its day. Annals and timelines put the year on a line of its own ("1854",
"1854.", "In the year 1854") or at the head of a line ("1854 – The mill burned."): every event told under
it, until the next such heading, is of that year. Either date is an inference (marked inherited); the
caller keeps an event's own date, and gives this one only to a clause in the simple past.

A heading here is a line of its own before prose; a title that merely names a year ("Report on the Harbour
Works, 1902") is neither (its first word is no sitting's noun: data/events/timing.json "sitting_nouns").
"""
from __future__ import annotations

import bisect
import functools
import re

from .. import datafiles
from .context import DocIndex

_MARK = r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__|\*|_)?[ \t]*"
_ERA = r"(?:[ \t]*(?:A\.?D\.?|B\.?C\.?(?:E\.?)?|C\.?E\.?))?"
# "1854", "1854.", "## 1854", "In the year 1854", "In the year of our Lord 1612:", "Anno 1612"
_YEAR_LINE = re.compile(_MARK + r"(?:In[ \t]+the[ \t]+year[ \t]+(?:of[ \t]+(?:our[ \t]+Lord[ \t]+)?)?|Anno[ \t]+"
                        r"(?:Domini[ \t]+)?)?(?P<y>\d{3,4})" + _ERA + r"[ \t]*[.:]?[ \t]*(?:\*\*|__|\*|_)?[ \t]*$",
                        re.I)
# a timeline's line: "1854 – The mill burned.", "- 1791: The king was arrested."
_YEAR_ITEM = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?P<y>\d{3,4})" + _ERA + r"(?:\*\*|__)?[ \t]*(?:–|—|-|:)[ \t]+"
                        r"(?=[A-Z“\"])")
_MAX_SITTING_LINE = 90


@functools.lru_cache(maxsize=1)
def _sitting_words() -> tuple[frozenset[str], frozenset[str]]:
    d = datafiles.load_json("events", "timing.json")
    return frozenset(d["sitting_nouns"]), frozenset(d["sitting_qualifiers"])


def _year_timex(idx: DocIndex, start: int, end: int):
    """The time stage's year in text[start:end] (a DATE whose value is a year, BC ones too), or None."""
    for t in idx.ad.timexes:
        if start <= t.start and t.end <= end and t.type == "DATE" and re.fullmatch(r"(?:BC)?\d{4}", t.value or ""):
            return t
    return None


def _sitting(idx: DocIndex, ls: int, le: int):
    """A sitting's heading on text[ls:le]: a sitting's noun first ("Meeting", "Special Sitting", "Minutes"), a
    date with its day on the line, nothing after the date but a full stop. Its timex, or None."""
    line = idx.text[ls:le]
    if len(line.strip()) > _MAX_SITTING_LINE:
        return None
    words = re.findall(r"[A-Za-z]+", line[:40])
    nouns, qualifiers = _sitting_words()
    k = 0
    while k < len(words) - 1 and words[k].lower() in qualifiers:
        k += 1
    if not words or words[k].lower() not in nouns or not words[k][0].isupper():
        return None
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if after not in ("of", "at", "in", "held", "on") and not re.match(r"[A-Za-z]+[ \t]*,", line[line.find(words[k]):]):
        return None  # "Meeting of ...", "Sitting held at ...", "Vestry, 2 October": not "Meeting the Governor, ..."
    days = [t for t in idx.ad.timexes if ls <= t.start and t.end <= le and t.type == "DATE"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value or "")]
    if len(days) != 1 or line[days[0].end - ls:].strip(" \t.:*_—–-"):
        return None
    return days[0]


def _prose_follows(text: str, le: int) -> bool:
    """Is the next non-empty line prose (a sentence with a word in lower case), not another heading?"""
    nxt = text[le:le + 400].lstrip("\n \t").split("\n", 1)[0]
    return bool(re.search(r"[a-z]{2,}", nxt)) and not _YEAR_LINE.fullmatch(nxt)


def scopes(idx: DocIndex) -> list[tuple[int, int, dict]]:
    """(start, end, time) of each stretch of text a heading dates, in order (computed once per document)."""
    cached = getattr(idx, "_heading_scopes", None)
    if cached is not None:
        return cached
    text = idx.text
    heads = []  # (line start, line end, scope end or None for "to the next heading", timex, kind)
    for m in re.finditer(r"[^\n]+", text):
        ls, le = m.start(), m.end()
        if ls and text[ls - 1] != "\n":
            continue
        year = _YEAR_LINE.fullmatch(m.group(0))
        if year and (len(year["y"]) == 4 or re.search(r"[A-Za-z]", m.group(0))) and _prose_follows(text, le):
            t = _year_timex(idx, ls, le)  # ("212" alone is a page's number; "In the year 212" a year)
            if t is not None:
                heads.append((ls, le, None, t, "year"))
            continue
        item = _YEAR_ITEM.match(m.group(0))
        if item is not None:
            t = _year_timex(idx, ls, ls + item.end())
            if t is not None:
                heads.append((ls, ls + item.end(), le, t, "item"))
            continue
        if _prose_follows(text, le) and (ls == 0 or text[max(0, ls - 2):ls] == "\n\n" or ls <= 1):
            t = _sitting(idx, ls, le)
            if t is not None:
                heads.append((ls, le, None, t, "sitting"))
    out = []
    for i, (ls, le, end, t, kind) in enumerate(heads):
        if end is None:  # to the next heading of its kind (a timeline's line ends a year heading's stretch too)
            later = [h[0] for h in heads[i + 1:] if h[4] == kind or kind == "year" and h[4] == "item"]
            end = later[0] if later else len(text)
        time = {"value": t.value, "mod": None, "inherited": True, "heading": kind,
                "timex": {"start": t.start, "end": t.end}}
        out.append((le, end, time))
    idx._heading_scopes = out
    return out


def heading_time(idx: DocIndex, offset: int) -> dict | None:
    """The time of the heading whose stretch ``offset`` lies in (a copy), or None."""
    spans = scopes(idx)
    k = bisect.bisect_right([s for s, _, _ in spans], offset) - 1
    while k >= 0:
        start, end, time = spans[k]
        if start <= offset < end:
            return {**time, "timex": dict(time["timex"])}
        if time["heading"] != "item":
            return None
        k -= 1  # a timeline's line inside a year's stretch: the year heading above may still hold
    return None

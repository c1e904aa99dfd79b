"""Dated entries: the headings of a diary, a letter, a ship's log, each the reference time of its entry.

A text made of dated entries ("12 March 1799." / "Tuesday, 14th." / "Addis Ababa, 3 May 1907" /
"Oct. 5th" on a line of its own, or opening a paragraph and closed by a full stop) tells its
"yesterday", "this morning", "on Tuesday last" and "last year" from the day the entry was written,
not from the last date its story told: each heading is a document date (DCT) for the text up to the
next heading. A heading without a year takes the previous heading's (the next year when the months go
backwards: a diary crossing New Year); a weekday and a day alone ("Tuesday, 14th.") the previous
heading's month (the next month when the days go backwards). The heading's date is metadata of its
entry, like a news report's dateline: it dates no event.

Only line shapes are read here; tag() (time/__init__.py) resolves what a heading leaves open and hands
each entry's day to the Resolver (anchoring.py).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .calendar import DAY_VALUE, fmt, valid
from .lexicon import lexicon


@dataclass(frozen=True)
class Heading:
    start: int  # the heading's date (and weekday), in the text
    end: int
    value: str | None  # its day (YYYY-MM-DD) when the heading or the headings before it tell it all
    month_day: tuple[int, int] | None  # (month, day) told by the heading itself; None for "Tuesday, 14th."
    day: int | None  # the day of the month told by "Tuesday, 14th." (month and year from the heading before)
    weekday: int | None = None  # the day of the week the heading names (1 = Monday): "Paris, Monday, 3 May 1830"


# a letter's place before its date: "Addis Ababa, ", "Fort Edward, "
_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|du|da|el|al|on|upon|of))" r"{0,3},[ \t]+){1,2}")
# ("St. Helier, Jersey, ": a town and its region)
# nothing after the date on its line but a full stop, a colon, a dash or markup
_ALONE = re.compile(r"(?:\*\*|\*|__|_)?[ \t]*[.:]?(?:—|–|--)?[ \t]*(?:\*\*|\*|__|_)?[ \t]*$")
_MARKUP = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|\*|__|_)?")  # "## 12 March 1799", "**Oct. 5th**"
_WEEKDAY_AFTER = re.compile(r"[ \t]*,?[ \t]*\(?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)?", re.I)
_SALUTATION = re.compile(r"[ \t]*(?:My[ \t]+)?(?:Dear|Dearest|Sir|Madam|Gentlemen)\b")
# "12 March 1799. Wind fair ...", "June 3rd, 1851.—We left ...": a heading opening its paragraph
_INLINE = re.compile(r"(?:\*\*|\*|__|_)?\.(?:\*\*|\*|__|_)?(?:[ \t]+|[ \t]*(?:—|–|--)[ \t]*)(?=[A-Z“\"])")
# ("**June 3, 1849.** We left ...": the heading in bold)
_DAY_ONLY = re.compile(r"(?:the[ \t]+)?(?P<day>[123]?\d)(?:st|nd|rd|th|d)\b", re.I)
_GAP = re.compile(r"[ \t]*,?[ \t]*(?:the[ \t]+)?$")
_MAX_LINE = 60
# A news report's dateline opening a paragraph: a place in capitals (an agency in brackets), a comma,
# the date, a dash: "HOBART, Friday 9 March 1962 — ", "LONDON, March 9 (Reuters) - ".
# Its parts, shared with events/writer.datelines: the place opening the line, an agency in brackets.
DATELINE_PLACE = r"^[ \t]*[A-Z][A-Z.'’ -]{1,40}"
DATELINE_AGENCY = r"\([^)\n]{1,40}\)"
NEWS_DATELINE = re.compile(
    DATELINE_PLACE + r"(?:[ \t]" + DATELINE_AGENCY + r")?,[ \t]+(?P<date>[^\n—–(]{6,45}?)[ \t]*"
    r"(?:" + DATELINE_AGENCY + r"[ \t]*)?(?:—|–|--|-)[ \t]", re.M)
# entries are written by someone at their date: a first person, or a day counted from the writing
# ("yesterday", "this morning"); an encyclopedia's dated section lines have neither
_WRITER = re.compile(r"\b(?:[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]esterday|[Tt]o-?night|[Ll]ast night"
                     r"|[Tt]his (?:morning|forenoon|afternoon|evening|day))\b"
                     r"|(?:^|[.!?;:,][ \t]+|\n[ \t]*|\b(?:and|but|that|as|so) )I (?=[a-z])")  # "I remain", not "World War I"


def headings(text: str, find) -> list[Heading]:
    """The entry headings of ``text``, in order: none unless the text reads as made of entries (two
    headings or more, or a letter's one, a place and a date on a line of its own: "Harar, 20 May 1907").
    A lone date line is left to the document's date (a blog post's "Wednesday, January 2, 2019" dates
    the post, and its essay about 1884 counts its weekdays from the story's time); so is a text with no
    writer in it. A report's dateline is always one, and so is a letter's date line with its greeting under it
    ("Sir," / "Dear Anne,": the greeting shows a letter, whoever its writer names). ``find`` is time.find (passed in: no import cycle)."""
    out: list[Heading] = []
    own_lines = 0
    placed = 0
    greeted = 0
    datelines = 0
    for m in re.finditer(r"[^\n]+", text):
        ls, le = m.start(), m.end()
        if not _opens(text, ls):
            continue
        got = _dateline(text, ls, find) or _heading(text, ls, min(le, ls + _MAX_LINE + 80), le, find)
        if got is None:
            continue
        heading, on_own_line = got
        if heading.month_day is None and not out:
            heading = _first_day(text, ls, heading, find)
            if heading is None:
                continue  # "Tuesday, 14th." needs a heading before it, or a month named above, to give it a month
        greets = bool(on_own_line and _greets(text, le))
        placed += bool(on_own_line and (text[ls:heading.start].rstrip().endswith(",") or greets))
        greeted += greets
        datelines += on_own_line is None
        own_lines += on_own_line is True
        out.append(heading)
    if not datelines and not greeted and (len(out) < 2 and not placed or not _WRITER.search(text, out[0].end if out else 0)):
        if not (own_lines == len(out) and _a_log(text, out)):
            return []
    return _years(out)


_LOG_ENTRY = 400  # characters: a log's or a journal's day is a few short lines
_LOG_WORDS = 12  # words in a log's sentence, on average at most


def _a_log(text: str, heads: list[Heading]) -> bool:
    """A log with no first person ("18 March 1902." / "Light airs. The schooner was attacked."): two
    or more day headings, each on a line of its own, nothing above the first but a title, every entry
    short, its sentences terse, and the days going forward. An encyclopedia's dated section lines are years, or head long sections of long
    sentences, and fail one of these."""
    if len(heads) < 2 or any(h.month_day is None and h.day is None for h in heads):
        return False
    above = [ln.strip() for ln in text[:text.rfind("\n", 0, heads[0].start) + 1].split("\n") if ln.strip()]
    if len(above) > 1 or any(ln.endswith((".", "!", "?")) for ln in above):
        return False  # a log opens at its first day, or under a title line; an article tells its story first
    ends = [h.start for h in heads[1:]] + [len(text.rstrip())]
    if any(e - h.end > _LOG_ENTRY for h, e in zip(heads, ends)):
        return False
    sentences = [s.split() for h, e in zip(heads, ends) for s in re.split(r"[.!?;]", text[h.end:e]) if s.strip()]
    if not sentences or sum(map(len, sentences)) > _LOG_WORDS * len(sentences):
        return False  # a log's lines are terse ("Light airs.", "The brig was attacked."); an article's are not
    days = [h.month_day or (None, h.day) for h in heads]
    return all(b[0] is None or a[0] is None or b >= a for a, b in zip(days, days[1:]))


def _first_day(text: str, ls: int, h: Heading, find) -> Heading | None:
    """A first heading with a day alone ("Thursday, 2nd.") under a line naming the month ("Journal kept in June
    1842"): that month's day, when a weekday it names falls on it."""
    lines = [ln for ln in text[max(0, ls - 300):ls].split("\n") if ln.strip()]
    if not lines:
        return None
    months = [p.spec.value for p in find(lines[-1]) if p.spec.anchor == "none"
              and re.fullmatch(r"\d{4}-\d\d", p.spec.value or "")]
    if len(months) != 1:
        return None
    y, mo, d = int(months[0][:4]), int(months[0][5:7]), h.day
    if d is None or not valid(y, mo, d):
        return None
    wd = re.match(r"[A-Za-z]+", text[h.start:h.end])
    named = lexicon()["weekdays"].get(wd.group(0).lower()) if wd else None
    if named is not None and datetime.date(y, mo, d).isoweekday() != named:
        return None
    return Heading(h.start, h.end, fmt(y, mo, d), (mo, d), None, named)


def dateline(m: re.Match, find) -> Heading | None:
    """The date of a report's dateline (a NEWS_DATELINE match), as a heading of its own kind: one full
    date ("HOBART, Friday 9 March 1962 — "), or a month and day taking the story's year ("LUSAKA, Oct.
    14 (Reuters) — ": ``value`` None). One reader for the entries here and time.news_dateline (the DCT)."""
    parts = find(m.group("date"))
    if len(parts) != 1:
        return None
    sp, s = parts[0].spec, m.start("date")
    told = None if sp.anchor == "year" and sp.tod else _told_day(sp)
    return Heading(s + parts[0].start, s + parts[0].end, *told, None, _weekday_named(m.group("date"))) if told else None


def _told_day(sp) -> tuple[str | None, tuple[int, int]] | None:
    """A heading's day as (value, (month, day)): a full date ("9 March 1962"), or a month and day whose
    year the headings before it tell ("Oct. 14": value None); None for any other timex."""
    if sp.anchor == "none" and DAY_VALUE.match(sp.value or ""):
        return sp.value, (int(sp.value[5:7]), int(sp.value[8:10]))
    if sp.anchor == "year" and sp.month and sp.day:
        return None, (sp.month, sp.day)
    return None


def _dateline(text: str, ls: int, find) -> tuple[Heading, None] | None:
    """A dateline opening the line at ``ls``, as headings() takes it (None: not on a line of its own)."""
    m = NEWS_DATELINE.match(text, ls)
    heading = dateline(m, find) if m else None
    return (heading, None) if heading else None


def _greets(text: str, le: int) -> bool:
    """Does a letter's salutation ("Dear Sir,", "My dear Kate,") follow within the next two lines?"""
    for line in text[le:le + 300].lstrip("\n").split("\n")[:3]:
        if line.strip():
            return bool(_SALUTATION.match(line))
    return False


def _opens(text: str, ls: int) -> bool:
    """May a heading stand at ``ls``: a paragraph's start, or a line after a finished sentence?"""
    return _paragraph_start(text, ls) or bool(re.search(r"[.!?:\"”)][ \t]*\n[ \t]*$", text[max(0, ls - 8):ls]))


def _heading(text: str, ls: int, limit: int, le: int, find) -> tuple[Heading, bool] | None:
    pos = _MARKUP.match(text, ls, le).end()
    place = _PLACE.match(text, pos, limit)
    named = None
    if place and not _a_weekday(place.group(0).split(",")[0].strip()):
        named = _weekday_named(place.group(0))  # ("Lille, Thursday, 6 May 1830")
        pos = place.end()  # "Addis Ababa, 3 May 1907": the heading is the date
    line = text[pos:le]
    if not _STARTS.match(line) or not _DIGIT.search(line, 0, _MAX_LINE) \
            or len(line) > _MAX_LINE + 20 and not _ENDS_INLINE.match(line):
        return None  # a heading tells its day, and ends its line or its first sentence: most lines leave at once
    parts = [p for p in find(line[:_MAX_LINE + 20]) if p.start < _MAX_LINE]
    if not parts or parts[0].start != 0:
        m = _DAY_ONLY.match(line)  # "14th." alone: the day of the month of the heading before
        if not m or not _ALONE.match(line, m.end()) or not 1 <= int(m.group("day")) <= 31:
            return None
        return Heading(pos, pos + m.end(), None, None, int(m.group("day")), named), True
    wd, date = None, None
    first = parts[0].spec
    if first.weekday is not None and first.month is None and first.anchor == "year" and not first.tod:
        wd = parts[0]
        named = first.weekday
        rest = parts[1:]
        if rest and _GAP.match(line, wd.end, rest[0].start) and rest[0].start - wd.end <= 6:
            date = rest[0]
    else:
        date = parts[0]
    if date is not None:
        told = _told_day(date.spec)
        if told is None:
            return None
        (value, md), day, end = told, None, date.end
    elif wd is not None:  # "Tuesday, 14th."
        m = _DAY_ONLY.match(line, wd.end + len(_GAP_LEAD.match(line, wd.end).group(0)))
        if not m or not 1 <= int(m.group("day")) <= 31:
            return None
        value, md, day, end = None, None, int(m.group("day")), m.end()
    else:
        return None
    trailing = _WEEKDAY_AFTER.match(line, end)  # "12 March 1799, Tuesday."
    if trailing and _ALONE.match(line, trailing.end()):
        end = trailing.end()
        named = _weekday_named(trailing.group(0))
    if _ALONE.match(line, end):
        on_own_line = True  # a line of its own: wherever _opens allows
    elif not text[ls:pos].strip(" \t*_") and _INLINE.match(line, end) and _paragraph_start(text, ls):
        on_own_line = False
    else:
        return None
    if len(line[:end]) > _MAX_LINE:
        return None
    return Heading(pos, pos + end, value, md, day, named), on_own_line


_DIGIT = re.compile(r"\d")
_STARTS = re.compile(r"(?:\d|the[ \t]+\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                     r"[a-z]*\.?[ \t,])", re.I)  # a day, a month or a weekday opens every heading
# ("1 December. — They ...": a day and its month before the stop)
_ENDS_INLINE = re.compile(r"[^\n]{0,60}?(?:\d(?:st|nd|rd|th|d)?|\d[ \t]+[A-Z][a-z]{2,8})(?:\*\*|\*|__|_)?\."
                          r"(?:\*\*|\*|__|_)?[ \t]*(?:—|–|--)?[ \t]*[A-Z“\"]")
_GAP_LEAD = re.compile(r"[ \t]*,?[ \t]*")


def _paragraph_start(text: str, ls: int) -> bool:
    window = text[max(0, ls - 80):ls]
    return (ls <= 80 and not window.strip()) or bool(re.search(r"\n[ \t]*\n[ \t]*$", window))


def _a_weekday(word: str) -> bool:
    return word.lower() in lexicon()["weekdays"]


_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)


def _weekday_named(part: str) -> int | None:
    """The day of the week a heading's part names in full ("Thursday, ", "Friday 9 March 1962"), 1 = Monday."""
    m = _WEEKDAY_WORD.search(part)
    return lexicon()["weekdays"].get(m.group(0).lower()) if m else None


def diaries(text: str, heads: list[Heading]) -> list[bool]:
    """Per heading: is it a diary's or a log's day (no place, no greeting), not a letter's or a report's?
    A journal's days may name the camp ("Fort Kearny, June 3rd." ... "June 5th."): with no greeting under
    any heading and some headings with no place, a place before the date is a diary's, not a letter's."""
    lines = []
    for h in heads:
        ls = text.rfind("\n", 0, h.start) + 1
        le = text.find("\n", h.end)
        lines.append((text[ls:h.start].strip(" \t#*_"), _greets(text, len(text) if le < 0 else le)))
    journal = not any(g for _, g in lines) and not all(lead for lead, _ in lines) and not NEWS_DATELINE.search(text)
    return [not (greets or (bool(lead) and not journal)) for lead, greets in lines]


def _years(heads: list[Heading]) -> list[Heading]:
    """Fill in what each heading leaves to the one before: the year, and the month of a day alone."""
    out = []
    prev: tuple[int, int, int] | None = None  # (year, month, day) of the heading before
    for h in heads:
        if h.value is not None:
            y, mo, d = int(h.value[:4]), int(h.value[5:7]), int(h.value[8:10])
            value = h.value
        elif prev is None:
            out.append(h)  # its year comes from the story (tag() resolves it)
            continue
        else:
            py, pm, pd = prev
            if h.month_day is not None:
                mo, d = h.month_day
                y = py + 1 if (mo, d) < (pm, pd) and mo < pm else py
            else:
                d = h.day
                mo, y = (pm, py) if d >= pd else ((pm % 12) + 1, py + (pm == 12))
            value = fmt(y, mo, d)
            if not valid(y, mo, d):
                out.append(Heading(h.start, h.end, None, h.month_day, h.day, h.weekday))
                continue
        prev = (y, mo, d)
        out.append(Heading(h.start, h.end, value, h.month_day, h.day, h.weekday))
    return out


_LINE_HEAD = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|\*|__|_)?(?:[^\n,.!?;]{1,45}(?:[ \t]\([^)\n]{1,40}\))?,[ \t]+)?")


def heading_at(text: str, start: int) -> bool:
    """Does a date at ``start`` stand where an entry heading does: first on its line, after no more than
    a place ("Addis Ababa, ", "HOBART, ") or markup? (A date the time stage flagged bibliographic there
    is a heading or a dateline, not a reference's date.)"""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_HEAD.fullmatch(text, line, start) is not None

"""Document metadata read from the text itself.

A blog post scraped to text usually opens with a dated line ("Wednesday, January 2, 2019") and a
"TITLE by AUTHOR" line; an extract says what it is quoted from ("An extract quoted from “NORTH KOREA”
BY BRUCE CUMINGS p. 118"). Only the first lines are read: a date deep in the text is narrative.
"""
from __future__ import annotations

import re

from ..model import Metadata, QuotedFrom

HEAD_LINES = 6

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
_DATE_LINE = [
    re.compile(rf"^(?:{_WEEKDAY})?{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(rf"^(?:{_WEEKDAY})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+(?P<year>\d{{4}})$", re.I),
    re.compile(r"^(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})$"),
    re.compile(rf"^{_MON}\s+(?P<year>\d{{4}})$", re.I),
]
_NAME = r"[A-ZА-ЯЁ][\w.'’\-]*(?:\s+(?:[A-ZА-ЯЁ][\w.'’\-]*|de|van|von|der|la|le|du|da|di|al|bin)){0,4}"
_BY_LINE = re.compile(rf"^(?P<title>\S.*?\S)\s+by\s+(?P<author>{_NAME})\s*$")
_BY_ONLY = re.compile(rf"^(?:(?i:posted|written)\s+)?(?i:by)\s+(?P<author>{_NAME})(?:\s+(?:in|on|at)\s+.*)?$")
# "Sofia Brandt — 9 August 2022", "Anna Petrova, 12 May 2021": a byline with its date
_NAME_DATE = re.compile(rf"^(?P<author>{_NAME})\s*(?:[—–|,]|-{{1,2}})\s*(?P<date>.+)$")
_MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
_QUOTED = re.compile(
    r"(?:an?\s+)?(?:extract|excerpt|passage)\s+(?:quoted\s+|taken\s+)?from\s+"
    r"[“\"‘'«]?(?P<title>[^”\"’»\n]+?)[”\"’»]?,?\s+by\s+(?P<author>[^\n,]+?)"
    r"(?:,?\s+(?:p|pp|page|pages)\.?\s*(?P<page>\d+(?:\s*[–-]\s*\d+)?))?\s*[.)]?\s*$",
    re.I | re.M)
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "from", "with"}


def date_line_span(text: str) -> tuple[int, int] | None:
    """Offsets of the header line that gave the document its date, or None: its date is metadata
    (the document's own date), never a date of the story."""
    pos = 0
    seen = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            if seen > 3:
                return None
            seen += 1
            if parse_date_line(_strip_md(line)):
                start = pos + raw.index(line[0])
                return start, start + len(line)
        pos += len(raw)
    return None


def extract_metadata(text: str) -> Metadata:
    meta = Metadata()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:HEAD_LINES]
    for i, line in enumerate(lines):
        line = _strip_md(line)
        if meta.published is None and i <= 3 and (date := parse_date_line(line)):
            meta.published = date
            meta.author = meta.author or dateline_author(line)
            continue
        if meta.title is None and (m := _MD_TITLE.match(lines[i])):
            meta.title = _strip_md(m["title"])
            continue
        if _QUOTED.search(line):
            continue
        if meta.author is None and (m := _BY_LINE.match(line)) and len(m["title"]) < 200:
            meta.title = meta.title or m["title"]
            meta.author = m["author"].strip()
            continue
        if meta.author is None and (m := _BY_ONLY.match(line)):
            meta.author = m["author"].strip()
            continue
        if meta.author is None and (m := _NAME_DATE.match(line)) and (date := parse_date_line(m["date"])):
            meta.author = m["author"].strip()
            meta.published = meta.published or date
            continue
        if meta.title is None and i <= 1 and looks_like_title(line):
            meta.title = line
    head = "\n".join(text.splitlines()[:HEAD_LINES * 3])
    if m := _QUOTED.search(head):
        meta.quoted_from = QuotedFrom(
            title=normal_case(m["title"].strip()), author=normal_case(m["author"].strip()),
            page=re.sub(r"\s+", "", m["page"]) if m["page"] else None)
    return meta


# "Published 12 March 2015", "Posted on: May 3, 2019", "Last updated 4 June 2020": a dateline's label
_DATE_LABEL = re.compile(
    r"^(?:(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|written|dated|date)"
    r"(?:\s+(?:on|in))?\s*[:\-–—]?\s+)", re.I)


# "Posted 3 August 2021 by Colin Aird": a labelled dateline that ends with its byline
_TRAILING_BY = re.compile(rf"\s+by\s+(?P<author>{_NAME})\s*$")


def dateline_author(line: str) -> str | None:
    """The author a labelled dateline names after its date ("Posted 3 August 2021 by Colin Aird")."""
    line = _strip_md(line)
    m = _TRAILING_BY.search(line)
    return m["author"].strip() if m and _DATE_LABEL.match(line) and parse_date_line(line) else None


def parse_date_line(line: str) -> str | None:
    """ISO date of a line that is only a date, maybe labelled ("Wednesday, January 2, 2019",
    "Published 12 March 2015" -> "2015-03-12", "Posted 3 August 2021 by Colin Aird")."""
    line = line.strip().strip("*_").strip()
    labelled = _DATE_LABEL.sub("", line, count=1)
    line = _TRAILING_BY.sub("", labelled) if labelled != line else labelled
    for pattern in _DATE_LINE:
        m = pattern.match(line)
        if not m:
            continue
        mon = m["mon"]
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon.lower())
        year = int(m["year"])
        if not month or not 1 <= month <= 12 or not 1000 <= year <= 2999:
            return None
        day = m.groupdict().get("day")
        if day is None:
            return f"{year:04d}-{month:02d}"
        if not 1 <= int(day) <= 31:
            return None
        return f"{year:04d}-{month:02d}-{int(day):02d}"
    return None


def normal_case(s: str) -> str:
    """Title-case a string written in capitals ("NORTH KOREA" -> "North Korea"); leave others alone."""
    letters = [c for c in s if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return s
    words = s.lower().split()
    return " ".join(w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def looks_like_title(line: str) -> bool:
    """A short opening line in headline style: no sentence punctuation at its end, mostly capitalised."""
    words = line.split()
    if not 2 <= len(words) <= 16 or len(line) > 120 or line[-1] in ".:;,!?\"”":
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    return bool(content) and sum(w[:1].isupper() for w in content) / len(content) >= 0.6


def _strip_md(s: str) -> str:
    return s.strip().strip("*_#").strip()

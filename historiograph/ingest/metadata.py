"""Document metadata read from the text itself.

A blog post scraped to text usually opens with a dated line ("Wednesday, January 2, 2019") and a
"TITLE by AUTHOR" line; an extract says what it is quoted from ("An extract quoted from “NORTH KOREA”
BY BRUCE CUMINGS p. 118", "From: Ann Lee, *Salt Roads* (1998), pp. 12–30"); an encyclopedia article
opens with its title ("= Title =", "# Title", a plain line over fact lines: ``facts``); a memoir names its
writer ("The Memoirs of Ann Lee"), who is then the author of a text told in the first person. Only the
first lines are read: a date deep in the text is narrative.
"""
from __future__ import annotations

import functools
import itertools
import re

from .. import datafiles
from ..model import Metadata, QuotedFrom
from .facts import _LEAD, _URL, head

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
_BY_LINE = re.compile(rf"^(?P<title>\S.*?\S),?\s+by\s+(?P<author>{_NAME})(?:\s*\([^()]*\)|,\s+(?:late|formerly|sometime|once)\b.*)?\s*$")
_BY_ONLY = re.compile(rf"^(?:(?i:posted|written|narrated|told)\s+)?(?i:by)\s+(?P<author>{_NAME})"
                      r"(?:\s+(?:in|on|at)\s+.*|\s*\([^()]*\)|,\s+(?:late|formerly|sometime|once)\b.*)?$")
# "Author: Ann Lee", "Written by: Ann Lee"
_AUTHOR_LABEL = re.compile(rf"^(?i:author|written\s+by|by|narrator)\s*:\s*(?P<author>{_NAME})\s*$")
# "Sofia Brandt — 9 August 2022", "Anna Petrova, 12 May 2021": a byline with its date
_NAME_DATE = re.compile(rf"^(?P<author>{_NAME})\s*(?:[—–|,]|-{{1,2}})\s*(?P<date>.+)$")
_MD_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
# A header that says what the text is quoted from: "An extract quoted from “NORTH KOREA” BY BRUCE CUMINGS
# p. 118", "From: Ann Lee, *Salt Roads* (Harbour Press, 1998), pp. 12–30", "Excerpted from Salt Roads by
# Ann Lee", "Source: Ann Lee, Salt Roads (1998), ch. 2", "From the memoirs of Ann Lee"
_EXTRACT_IN = re.compile(
    r"(?<![\w])(?:(?:an?\s+|this\s+)?(?:extract|excerpt|passage|selection|chapter)s?\s+(?:(?:is\s+|was\s+)?(?:quoted|"
    r"taken|reprinted|reproduced|adapted)\s+)?|(?:excerpted|extracted|quoted|taken|reprinted|reproduced|adapted)\s+)"
    r"from\b\s*:?\s*", re.I)
_FROM_IN = re.compile(r"^(?:(?:source|quoted\s+from|from)\s*:|from\s)\s*", re.I)
_QUOTE_MARKS = "“”\"‘’'«»*_"
_WORK_BY = re.compile(
    r"^(?:the\s+)?(?P<title>.+?)[,.]?\s+(?i:by)\s+(?P<author>[^\n,(;]+?)(?=\s*(?:[,(;]|\b(?:p|pp|page|pages)\.?\s*\d|$))")
_PAGE = re.compile(r"\b(?:p|pp|page|pages)\.?\s*(?P<page>\d+(?:\s*[–-]\s*\d+)?)", re.I)
_GENRE_OF = re.compile(r"^(?:the\s+|a\s+)?(?P<genre>[a-z]+(?:\s+[a-z]+)?)\s+of\s+", re.I)
_SENTENCE_END = re.compile(r"\w{3}[.!?][”\"’)]?$")  # a full stop after a word, not after an initial or "Jr."
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "from", "with"}


def date_line_span(text: str) -> tuple[int, int] | None:
    """Offsets of the header line that gave the document its date, or None: its date is metadata
    (the document's own date), never a date of the story."""
    pos = 0
    seen = 0
    article = head(text)
    facts = {f.start for f in article.facts} if article else set()
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            if seen > 3:
                return None
            seen += 1
            if pos not in facts and parse_date_line(_strip_md(line)):
                start = pos + raw.index(line[0])
                return start, start + len(line)
        pos += len(raw)
    return None


def extract_metadata(text: str) -> Metadata:
    meta = Metadata()
    article = head(text)
    facts = {(f.start, f.end) for f in article.facts} if article else set()
    if article and (article.marked or article.facts):
        meta.title = text[article.title[2]:article.title[3]].strip()
    numbered = [(m.start(), m.end()) for m in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), HEAD_LINES * 3)]
    lines = [(text[s:e].strip(), (s, e) in facts) for s, e in numbered][:HEAD_LINES]
    for i, (raw, is_fact) in enumerate(lines):
        line = _strip_md(raw)
        if is_fact:
            continue  # "Date: 14 July 1789" under an article's title is a fact of the article
        if meta.published is None and i <= 3 and (date := parse_date_line(line)):
            meta.published = date
            meta.author = meta.author or dateline_author(line)
            continue
        if meta.title is None and (m := _MD_TITLE.match(raw)):
            meta.title = _strip_md(m["title"])
            continue
        if quoted_from(raw) or _LEAD.match(raw):
            continue
        if meta.author is None and (m := _AUTHOR_LABEL.match(line)):
            meta.author = person(m["author"])
            continue
        if meta.author is None and (m := _BY_LINE.match(line)) and len(m["title"]) < 200 \
                and not _SENTENCE_END.search(line):
            meta.title = meta.title or m["title"]
            meta.author = m["author"].strip()
            continue
        if meta.author is None and (m := _BY_ONLY.match(line)):
            meta.author = person(m["author"])
            continue
        if meta.author is None and (m := _NAME_DATE.match(line)) and (date := parse_date_line(m["date"])):
            if not place_name(m["author"].strip()) and not numbered_heading(m["author"], text):
                meta.author = m["author"].strip()  # a letter's "Paris, 3 May 1871" is where, not who
            meta.published = meta.published or date
            continue
        if meta.title is None and i <= 1 and looks_like_title(line):
            meta.title = line
    for s, e in numbered:
        if qf := quoted_from(text[s:e]):
            meta.quoted_from = qf
            break
    if meta.author is None and first_person(text):  # a memoir: its writer is the "I" of the text
        meta.author = genre_author([text[s:e] for s, e in numbered[:HEAD_LINES]]) or (
            meta.quoted_from.author if meta.quoted_from else None)
    return meta


def place_name(name: str) -> bool:
    """A place the gazetteer knows, of one word or with no given name in it ("Paris", "New Orleans"; not
    "Sofia Brandt"): a dateline's place, never an author."""
    from ..entities.places import is_known_place
    from ..events.gender import given_name
    words = name.split()
    return is_known_place(name) and (len(words) == 1 or given_name(words[0]) is None)


def numbered_heading(name: str, text: str) -> bool:
    """A collection's numbered letter heading read as a name ("IV. Paris", "XII. Kowno" of "IV. Paris, 10
    December 1834"): a Roman numeral with its full stop, then a place. A numeral's letters are initials too
    ("M. Dupont, 3 May 1871", "I. Petrov" above sections "I. Introduction"), so it is a numeral only with a
    letter's shape: a place the gazetteer knows after it, a salutation under its line ("Dear Sir,"), or a
    sibling heading of its shape (another numeral, a name, a date: "II. Brody, 9 May 1849"). After one
    letter (an initial's shape) the place must be a city, not a town that is a surname too."""
    from ..numerals import regnal_number
    from ..time.entries import _greets

    name = name.strip()
    numeral, _, rest = name.partition(". ")
    if not rest or not regnal_number(numeral):
        return False
    if place_name(rest.strip()) and (len(numeral) > 1 or _city(rest.strip())):
        return True  # ("C. Marlow": an initial before a name that a small town bears too)
    for m in _NUMBERED_LINE.finditer(text):
        if m["numeral"] == numeral and m["rest"].strip() == rest.strip() and _greets(text, m.end()):
            return True  # (its own line, a greeting under it)
        if m["numeral"] != numeral and parse_date_line(m["date"]):
            return True
    return False


def _city(name: str) -> bool:
    from ..entities.places import is_known_place

    return is_known_place(name, _CITY)


_CITY = 100_000  # people: a place whose name is no one's surname, for all a heading tells
# a numbered heading's line: "II. Brody, 9 May 1849"
_NUMBERED_LINE = re.compile(r"(?m)^[ \t#*_]*(?P<numeral>[IVXLCDM]+)\.[ \t]+(?P<rest>[^,\n]{1,40}),[ \t]*(?P<date>[^\n]{6,40})$")


def is_byline(line: str) -> bool:
    """A header line that names the author: "TITLE by AUTHOR", "by AUTHOR", "Author: AUTHOR", "Posted 3 May
    2020 by AUTHOR". A sentence that holds "by" ("The town was besieged by Austrian troops.¹", "Alden was
    succeeded by Karl Brenner.") is none."""
    line = _strip_md(line)
    if _SENTENCE_END.search(line):
        return False
    return bool(len(line) < 200 and (_BY_LINE.match(line) or _BY_ONLY.match(line) or _AUTHOR_LABEL.match(line)
                                     or dateline_author(line)))


def labelled_author(line: str) -> str | None:
    """The author a line names with no title before it ("by AUTHOR", "Posted by AUTHOR", "Author:
    AUTHOR"), without rank; None for other lines."""
    m = _BY_ONLY.match(line) or _AUTHOR_LABEL.match(line)
    return person(m["author"]) if m else None


def writer(meta: Metadata) -> str | None:
    """Who wrote the words of the text: its author, or the author of the work it is quoted from (a memoir's
    narrator, when the text says "I")."""
    return meta.author or (meta.quoted_from.author if meta.quoted_from else None)


def quoted_from(line: str) -> QuotedFrom | None:
    """The work a header line says the text is quoted from, or None. The part after the lead-in is read as
    "TITLE by AUTHOR", "the memoirs of AUTHOR" or, failing those, as a reference ("Ann Lee, *Salt Roads*
    (1998), pp. 12–30") by the reference parser. After a bare "From" or a label ("From:", "Source:") a
    work needs both its title and its author, so that "From Dusk to Dawn", an e-mail's "From: Ann Lee"
    or a "Source: https://..." line is no work."""
    line = _strip_md(line)
    m = _EXTRACT_IN.search(line, 0, 60)
    strict = m is None or m.start() > 20
    if strict:
        m = _FROM_IN.match(line)
    if m is None or _URL.search(line):
        return None
    rest = line[m.end():].strip().rstrip(".").strip()
    page = _PAGE.search(rest)
    page_text = page["page"] if page else None
    genre = _GENRE_OF.match(rest)
    if genre and genre["genre"].lower() in _first_person_genres():  # "the memoirs of Ann Lee"
        name = re.match(_NAME, rest[genre.end():])
        return _quoted(None, name.group(0), page_text, False) if name else None
    title = author = None
    if w := _WORK_BY.match(rest.strip(_QUOTE_MARKS + " ")):
        title, author = w["title"], w["author"].strip()
        if not re.fullmatch(r"[A-ZА-ЯЁ][\w.'’\-]*(?:\s+[\w.'’\-]+){0,5}", author):
            title = author = None
    if title is None:
        from ..sources.csl import parse as parse_reference

        csl = parse_reference(rest)
        first = (csl.get("author") or [{}])[0]
        author = " ".join(x for x in (first.get("given"), first.get("family")) if x) or None
        title = csl.get("title")
        if author and not re.fullmatch(_NAME, author):
            author = None
        page_text = page_text or csl.get("page")
    return _quoted(title, author, page_text, strict)


def _quoted(title: str | None, author: str | None, page: str | None, strict: bool) -> QuotedFrom | None:
    if title:  # "“Salt Roads” (1998)," -> "Salt Roads"
        title = re.sub(r"(?:\s*\([^()]*\))+\s*[,.]?\s*$", "", title.strip()).strip(_QUOTE_MARKS + " ,.").strip() or None
    if not title and not author or (strict and not (title and author)):
        return None
    return QuotedFrom(title=normal_case(title) if title else None, author=person(normal_case(author)) if author else None,
                      page=re.sub(r"\s+", "", page) if page else None)


def person(name: str) -> str:
    """A name without the rank or honorific before it ("Sergeant Thomas Whitfield" -> "Thomas Whitfield")."""
    from ..entities.lexicon import titles

    ranks = {t.casefold().rstrip(".") for t in titles()}
    words = name.strip().split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in ranks:
        words.pop(0)
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _first_person_genres() -> frozenset[str]:
    return frozenset(datafiles.lines("sources", "first_person_genres.txt"))


_FIRST_PERSON = re.compile(r"\b(?:I|my|me|myself)\b")


def first_person(text: str) -> bool:
    """A text told in the first person singular: "I", "my", "me" at least once in 200 words (of its first
    20,000 characters)."""
    sample = text[:20_000]
    words = len(sample.split())
    return bool(words) and len(_FIRST_PERSON.findall(sample)) * 200 >= words


def genre_author(head_lines: list[str]) -> str | None:
    """The author a memoir's header names ("Memoirs of Sergeant Ann Lee", "The Diary of Ann Lee, 1862")."""
    for raw in head_lines:
        line = _strip_md(raw)
        g = _GENRE_OF.match(line)
        if g and g["genre"].lower() in _first_person_genres() and (n := re.match(_NAME, line[g.end():])):
            return person(normal_case(n.group(0)))
    return None


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

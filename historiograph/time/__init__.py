"""The time stage: TIMEX3 tagging and normalisation, anchored in the narrative.

``tag(text, dct, mode)`` finds every temporal expression of a plain text and gives it a TIMEX3
type, value and mod; ``annotate(ad, options)`` is the pipeline stage (``{"timexes": [...]}``).
Patterns and word lists live in historiograph/data/time/; the rules of values and anchoring are
in rules.py and anchoring.py; asides.py tells which dates are asides that leave the story's time
where it is (with the spaCy parse when the pipeline has one). Dates of a reference list are kept but
flagged ``bibliographic``.
"""
from __future__ import annotations

import functools
import re

from ..model import Timex
from .anchoring import Resolver, decide_mode, parse_dct
from .asides import classify
from .bibliographic import Bibliographic
from .calendar import DAY_VALUE, QUARTER_VALUE
from .counted import as_length
from . import entries, prefilter
from .lexicon import lexicon, patterns
from .rules import RULES, Part, Spec, with_mod
from .values import common_value, edtf_fields

__all__ = ["annotate", "tag", "find"]

MODES = ("auto", "news", "narrative")


def annotate(ad, options) -> dict:
    text = ad.masked_text if ad.masked_text is not None else ad.text
    published = getattr(options, "published", None) or ad.document.metadata.published
    dct = published or header_date(text)
    metadata = _header_line(ad.text) if ad.document.metadata.published else None
    if dct is None and (dateline := news_dateline(text)) is not None:
        dct, metadata = dateline  # "HOBART, Friday 9 March 1962 — Police ...": the report's own date
    mode = getattr(options, "time_mode", "auto") or "auto"
    timexes = tag(text, dct=dct, mode=mode, zone_at=ad.zone_at if ad.zones else None, original=ad.text,
                  doc=ad.nlp, metadata=metadata)
    return {"timexes": timexes}


def _header_line(text: str) -> tuple[int, int] | None:
    """The span of the header's date line ("Published 12 March 2015"; not a news dateline: news_dateline)."""
    from ..ingest.metadata import date_line_span

    return date_line_span(text)


def tag(text: str, dct: str | None = None, mode: str = "auto", zone_at=None,
        original: str | None = None, doc=None, metadata: tuple[int, int] | None = None) -> list[Timex]:
    """Every timex of ``text``, in order. ``dct`` is the document date (ISO, any precision);
    ``mode`` is "news", "narrative" or "auto" (decided from how far the text's years are from dct).
    ``doc`` (a spaCy Doc over ``text``, optional) lets the parse tell asides from the story's dates.
    ``metadata``: the span of a header dateline ("Published 12 March 2015"); its date is the document's
    own, flagged ``bibliographic`` like a reference's date, so it neither dates events nor the story."""
    if mode not in MODES:
        raise ValueError(f"time mode must be one of {', '.join(MODES)}, not {mode!r}")
    shown = original if original is not None else text
    parts = find(text)
    parts, heads, kinds_of = _entry_headings(text, parts)
    bib = Bibliographic(text, zone_at)
    flags = [bib(p.start, p.end) or bool(metadata and metadata[0] <= p.start and p.end <= metadata[1])
             for p in parts]
    day = parse_dct(dct)
    if mode == "auto":
        years = [int(p.spec.value[:4]) for p, b in zip(parts, flags)
                 if not b and p.spec.anchor == "none" and p.spec.type == "DATE"
                 and (p.spec.value or "")[:4].isdigit()]
        mode = decide_mode(years, day)
    if mode == "news":
        parts = _timeml_year_ranges(text, parts)
        flags = [bib(p.start, p.end) or bool(metadata and metadata[0] <= p.start and p.end <= metadata[1])
                 for p in parts]
    resolver = Resolver(text, day, mode)
    resolver.ahead = _years_ahead(parts, flags)
    resolver.report = dct is not None and (line := news_dateline(text)) is not None and line[0] == dct
    kinds = classify(text, parts, doc, narrative=mode != "news")
    facts = Resolver(text, day, mode)  # an article's fact lines count among themselves ("Year: 1945 / Date: 20 August")
    facts.ahead = resolver.ahead
    early = {}  # "midday on 11 August": the day is resolved first and the time of day set on it
    out = []
    counted = {}  # index in out -> (end, TIMEX3 duration) of "three days later" (time/counted.py)
    for i, (p, b) in enumerate(zip(parts, flags)):
        r = facts if kinds[i] == "fact" else resolver
        ranged = r.ranged  # is the story's time the end of a stretch ("June 13–15")?
        if i in heads:  # an entry's heading: the day its "yesterday" and "on Tuesday last" count from
            r.at = i
            value, how = resolver.resolve(p.spec, p.start, p.end)
            resolver.enter(value, *kinds_of[i])
            value = heads[i] or value
            out.append(_timex(p, shown, p.spec, value, None, True, how, False))
            continue
        if b:  # a publication date: its own value, and it does not move the story's reference time
            value = p.spec.value if p.spec.anchor == "none" else Resolver(text, None, mode).resolve(
                p.spec, p.start, p.end)[0]
            how = None
        elif i in early:
            value, how = early.pop(i)
        else:
            value = None
            if _day_after(text, parts, flags, i):
                nxt = parts[i + 1]
                early[i + 1] = resolver.resolve(nxt.spec, nxt.start, nxt.end, kinds[i + 1])
                if DAY_VALUE.match(early[i + 1][0][:10]):
                    value, how = f"{early[i + 1][0][:10]}T{p.spec.tod}", early[i + 1][1]  # the day's anchor
            if value is None:
                r.at = i
                value, how = r.resolve(p.spec, p.start, p.end, None if r is facts else kinds[i])
        if i and _SECOND_END.match(text, parts[i - 1].end, p.start) \
                and _FIRST_END.search(text, max(0, parts[i - 1].start - 12), parts[i - 1].start):
            r.ranged = True  # "between June 13 and June 15": the story is somewhere in that stretch
        if p.spec.day_only and (ranged or not DAY_VALUE.match((value or "")[:10])):
            continue  # "he read in the evening" with no day told (or a stretch of days): not one date
        spec = p.spec
        until = None
        approx, r.approx = r.approx and not b, False
        opened, r.open = (r.open if not b else None), None
        if spec.until is not None:  # a range: the end is resolved after the start, and moves the story on
            until = r.resolve(spec.until, p.start, p.end)[0] if not b else spec.until.value
            r.ranged = not b
        elif r.stretch and not b:  # "a month later" after "the spring of 1938": April to June
            value, until = r.stretch
        r.stretch = None
        if spec.mod is None and not (spec.type == "DURATION" and _determined().match(text, p.start)):
            spec = with_mod(spec, _prefix_mod(text, p.start, spec.type))
        if approx and until is not None:  # "a few weeks later": a stretch with soft ends (EDTF ~)
            spec = with_mod(spec, "APPROX")
        if opened:  # "many years later": after the story's time, no upper bound
            spec = with_mod(spec, opened)
        if spec.counted:
            counted[len(out)] = spec.counted
        out.append(_timex(p, shown, spec, value, until, b, how, _uncertain(text, p.start, p.end)))
    out = _appositions(text, parts, out)
    return [as_length(t, *counted[i], shown) if i in counted else t for i, t in enumerate(out)]


def _entry_headings(text: str, parts: list[Part]) -> tuple[list[Part], dict[int, str | None], dict[int, tuple]]:
    """The parts with each entry heading's date as one part (entries.py: "Tuesday, 14th." is told by the
    heading before it), {index of a heading's part: its day, None when the story must give its year},
    and {that index: (the weekday its heading names or None, a diary's heading)}."""
    heads = entries.headings(text, find)
    if not heads:
        return parts, {}, {}
    out: list[Part] = []
    at: dict[int, str | None] = {}
    kinds: dict[int, tuple] = {}
    k = 0
    for h, diary in zip(heads, entries.diaries(text, heads)):
        while k < len(parts) and parts[k].end <= h.start:
            out.append(parts[k])
            k += 1
        inside = []
        while k < len(parts) and parts[k].start < h.end:
            inside.append(parts[k])
            k += 1
        kinds[len(out)] = (h.weekday, diary)
        if h.value is not None:
            at[len(out)] = h.value
            out.append(Part(h.start, h.end, Spec(value=h.value)))
        elif h.month_day is not None and inside:  # a yearless first heading: the story gives the year
            date = inside[-1]
            at[len(out)] = None
            out.append(Part(h.start, h.end, date.spec))
        else:
            out.extend(inside)
    out.extend(parts[k:])
    return out, at, kinds


_YEAR_AND_YEAR = re.compile(r"(\d{4})(\s+and\s+)(\d{4})$")


def _timeml_year_ranges(text: str, parts: list[Part]) -> list[Part]:
    """News is read by TimeML's conventions, where "between 1994 and 1997" is two dates (a TIMEX3 per
    year); narrative keeps it one date known only within those years (EDTF 1994/1997)."""
    out = []
    for p in parts:
        m = _YEAR_AND_YEAR.match(text, p.start, p.end) if p.spec.until is not None else None
        if m and m.end() == p.end:
            out.append(Part(m.start(1), m.end(1), Spec(value=m.group(1))))
            out.append(Part(m.start(3), m.end(3), Spec(value=m.group(3))))
        else:
            out.append(p)
    return out


def _timex(p: Part, shown: str, spec, value: str, until: str | None, bib: bool, how, uncertain: bool) -> Timex:
    """The Timex of a part, with its EDTF value and interval; a range's TIMEX3 value is the smallest
    value holding both ends ("1937–38" is 193, "10–11 August 1938" 1938-08), a night the night's start."""
    if until is not None and until != value:
        tod = value[10:] if spec.tod and len(value) > 10 else ""
        shown_value = value if tod else (common_value(value, until) or value)
        approx = spec.mod == "APPROX"
        near = None if tod or not shown_value[:1].isdigit() or len(shown_value) >= 4 else _near(value, until)
        if near is not None:  # "a fortnight later" than late December 1811: about January 1812, not "the 1810s"
            fields = edtf_fields(value, "APPROX" if approx else None, uncertain, end=until)
            return Timex(start=p.start, end=p.end, text=shown[p.start:p.end], type=spec.type, value=near,
                         mod="APPROX", bibliographic=bib, anchor=how, **fields)
        fields = edtf_fields(value, "APPROX" if approx else None, uncertain, end=until)
        return Timex(start=p.start, end=p.end, text=shown[p.start:p.end], type=spec.type, value=shown_value,
                     mod=spec.mod if shown_value != value or approx else None, bibliographic=bib, anchor=how,
                     **fields)
    fields = edtf_fields(value, spec.mod, uncertain) if spec.type in ("DATE", "TIME") else edtf_fields(None)
    return Timex(start=p.start, end=p.end, text=shown[p.start:p.end], type=spec.type, value=value,
                 mod=spec.mod, bibliographic=bib, anchor=how, **fields)


def _near(first: str, last: str) -> str | None:
    """A short stretch across a year's end (Dec 1811 to Jan 1812) has no TIMEX3 value finer than its
    decade; the month (a stretch of up to three months) or the year (up to two years) of its middle,
    marked APPROX, says more and still holds it. None for a longer stretch."""
    from .values import date_range

    a, b = date_range(first), date_range(last)
    if a is None or b is None:
        return None
    days = (b.end - a.start).days
    mid = a.start + (b.end - a.start) / 2
    if days <= 92:
        return f"{mid.year:04d}-{mid.month:02d}"
    return f"{mid.year:04d}" if days <= 731 else None


_UNCERTAIN_AFTER = re.compile(r"\s?(?:\?|\(\?\)|\[\?\])")


def _uncertain(text: str, start: int, end: int) -> bool:
    """'early 1939?', '1939 (?)': a date its writer marks as uncertain (EDTF '?')."""
    if _UNCERTAIN_AFTER.match(text, end):
        return True
    before = text[max(0, start - 24):start].lower().split()
    return bool(before) and before[-1] in lexicon()["uncertain_before"] or (
        len(before) > 1 and before[-1] in ("in", "on", "c.") and before[-2] in lexicon()["uncertain_before"])


_APPOSITION = re.compile(r"\s*(?:,|\(|—|–)\s*(?:(?:on|in)\s+)?(?:the\s+)?$", re.I)


def _appositions(text: str, parts: list[Part], out: list[Timex]) -> list[Timex]:
    """'two days later, on 10 February 1904': a counted date restated with its year takes that date;
    the stated date is the better evidence (the count may start from the wrong reference time)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        stated = parts[i + 1].spec.anchor == "none" or (  # "the year-ago quarter, the second quarter": a quarter
            parts[i + 1].spec.anchor == "year" and QUARTER_VALUE.match(a.value or "") and QUARTER_VALUE.match(b.value or ""))
        if parts[i].spec.anchor in ("anaphoric", "deictic") and parts[i].spec.type == "DATE" \
                and stated and b.type == "DATE" and len(b.value or "") >= 7 \
                and (b.value or "")[:4].isdigit() and not a.bibliographic and a.value != b.value \
                and _APPOSITION.match(text[a.end:b.start]) and (a.value or "")[:1].isdigit():
            out[i] = Timex(**{**a.__dict__, "value": b.value, "edtf": b.edtf, "earliest": b.earliest,
                              "latest": b.latest})
    return out


def _years_ahead(parts: list[Part], flags: list[bool]) -> list[int | None]:
    """For each part, the year of the next date stated with its year: "On 8 February the fleet
    attacked; ... on 10 February 1904" gives 8 February its year before the story has one."""
    out: list[int | None] = [None] * len(parts)
    nxt = None
    for i in range(len(parts) - 1, -1, -1):
        out[i] = nxt[0] if nxt and nxt[1] - parts[i].end <= _AHEAD else None
        sp = parts[i].spec
        if not flags[i] and sp.anchor == "none" and sp.type == "DATE" and (sp.value or "")[:4].isdigit() \
                and len(sp.value or "") >= 7:
            nxt = (int(sp.value[:4]), parts[i].start)
    return out


_AHEAD = 400  # characters: about two sentences


def _day_after(text: str, parts: list[Part], flags: list[bool], i: int) -> bool:
    """Is part i a time of day told of the day named right after it ("around midday on 11 August
    1938", "at dawn of 9 August")? Then it takes that day, not the one told before it. Midnight is
    left alone: "midnight on 9 August" may open or close the day (T24:00 closes it)."""
    spec = parts[i].spec
    if i + 1 >= len(parts) or flags[i + 1] or not (
            spec.type == "TIME" and spec.tod and spec.tod != "24:00" and spec.unit == "D" and spec.n == 0):
        return False
    nxt = parts[i + 1]
    if nxt.spec.type == "TIME" and _RESTATED.match(text, parts[i].end, nxt.start):
        return True  # "at 4 in the morning (4 a.m. EDT Thursday)": restated with its day
    return nxt.spec.type == "DATE" and bool(_ON_DAY.match(text, parts[i].end, nxt.start)) \
        and (nxt.spec.anchor != "year" or nxt.spec.day is not None or nxt.spec.weekday is not None)


# "at midday on 11 August", "at 10:35 a.m. (0735 GMT) Friday"
_ON_DAY = re.compile(r"\s*(?:\([^()]{1,24}\)\s*(?:(?:on|of)\s+)?|(?:on|of)\s+)(?:the\s+)?$", re.I)
_SECOND_END = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*$", re.I)
_FIRST_END = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_RESTATED = re.compile(r"\s*\(\s*$")


def find(text: str) -> list[Part]:
    """Candidate timexes from every pattern; overlaps go to the longest, then to the earlier pattern."""
    groups = []
    folded = prefilter.fold(text)
    words = prefilter.WordStarts(text, folded)  # where the patterns' first words are
    for pat in patterns():
        if not prefilter.may_match(pat.regex, folded):  # a word every match needs is absent
            continue
        rule = RULES[pat.rule]
        for m in words.finditer(pat.regex):
            if m.end() == m.start():
                continue
            parts = rule(m, text)
            if not parts:
                continue
            if pat.name in ("year", "year_range", "year_pre") and not _plausible_year(text, m):
                continue
            start, end = min(m.start(), *(p.start for p in parts)), max(m.end(), *(p.end for p in parts))
            if pat.rule != "holiday" and _in_a_title(text, start, end):
                continue
            groups.append((start, end, pat.priority, parts))
    groups.sort(key=lambda g: (-(g[1] - g[0]), g[2], g[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, _, parts in groups:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.extend(p for p in parts if p.spec.type != "BLOCK")  # a span that is no timex (rules.py)
    chosen.sort(key=lambda p: p.start)
    return chosen


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Time words written in lower case in running text (units, parts of the day, 'today', 'now')."""
    lx = lexicon()
    return frozenset(w.lower() for key in ("units", "parts_of_day", "deictic_days", "reference_words",
                                           "clock_words") for w in lx[key])


_WORDS = re.compile(r"[A-Za-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“”'`(\[—–-])\s*$")


def _in_a_title(text: str, start: int, end: int) -> bool:
    """'ABC's "This Week"', 'CBS's "60 Minutes"', 'This is VOA Today', 'the film High Noon': a time
    word capitalised inside a sentence is part of a name, not a date."""
    common = _common_words()
    for w in _WORDS.finditer(text, start, end):
        word = w.group(0)
        if not word[:1].isupper() or word.isupper() or word.lower() not in common:
            continue
        if w.start() > start:
            return True  # "This Week", "60 Minutes"
        before = text[max(0, start - 40):start]
        prev = re.search(r"([A-Za-z][\w'’&-]*)(\.?)\s+$", before)
        if prev and prev.group(1)[:1].isupper() and not prev.group(2) \
                and not _SENTENCE_START.search(before[:prev.start()]):
            return True  # "VOA Today", "High Noon": after a capitalised word that opens no sentence
    return False


@functools.lru_cache(maxsize=1)
def _determined():
    """'over the past 20 years': a preposition before a determined span, not a quantity modifier."""
    return re.compile(r"(?:" + "|".join(map(re.escape, lexicon()["determiners"])) + r")\s", re.I)


@functools.lru_cache(maxsize=1)
def _year_context():
    lx = lexicon()
    before = re.compile(r"(?:^|[^\w])(?:" + "|".join(re.escape(w) for w in lx["not_year_before"])
                        + r")\.?\s*:?\s*(?:#\s*)?$", re.I)
    after = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in lx["not_year_after"]) + r")\b", re.I)
    return before, after


def _plausible_year(text: str, m: re.Match) -> bool:
    """A bare 4-digit number is a year unless its neighbours say page, volume, count or money."""
    before, after = _year_context()
    s = m.start("year")
    if before.search(text[max(0, s - 16):s]):
        return False
    if after.match(text[m.end():m.end() + 16]):
        return False
    return True


@functools.lru_cache(maxsize=2)
def _modifiers(kind: str):
    lx = lexicon()
    table = dict(lx["quantity_mods"]) if kind == "DURATION" else {**lx["date_mods"], **lx["signal_mods"]}
    table = {k: v for k, v in table.items() if v}
    rx = re.compile(r"(?:^|[^\w.])(" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in
                                             sorted(table, key=len, reverse=True)) + r")\s+$", re.I)
    return rx, table


def _prefix_mod(text: str, start: int, kind: str) -> str | None:
    """The word before a timex that qualifies it, kept outside the span as TimeBank does:
    'about two weeks' -> APPROX, 'more than a year' -> MORE_THAN, 'before 1938' -> BEFORE."""
    rx, table = _modifiers("DURATION" if kind == "DURATION" else "DATE")
    m = rx.search(text[max(0, start - 24):start])
    return table.get(" ".join(m.group(1).lower().split())) if m else None


def news_dateline(text: str) -> tuple[str, tuple[int, int]] | None:
    """The date of a news report's dateline in its first paragraphs, and the date's span: the day the
    report was written, from which its "yesterday" and "on Wednesday" count (TimeML's document
    date), not the last date its story told."""
    for m in entries.NEWS_DATELINE.finditer(text, 0, min(len(text), 1000)):
        heading = entries.dateline(m, find)
        if heading is not None and heading.value is not None:
            return heading.value, m.span("date")
    return None


def header_date(text: str) -> str | None:
    """The date of a blog post or letter whose first line is only a date ("Wednesday, January 2, 2019")."""
    head = text.lstrip()[:80]
    line = head.split("\n", 1)[0].strip()
    if not line or len(line) > 60:
        return None
    parts = find(line)
    if len(parts) == 1 and parts[0].spec.anchor == "none" and parts[0].end - parts[0].start >= len(line) - 2:
        value = parts[0].spec.value or ""
        if len(value) >= 7 and value[:4].isdigit():
            return value
    return None

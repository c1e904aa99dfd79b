"""What a TIMEX3 value means on the calendar: the first and last day it may name, at its precision.

The one place that knows that "1938" is the whole year, "1945-08" all of August and "193" the 1930s;
the timeline, conflict checks, exports and the reader all draw and compare dates through it.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before",
             "AFTER": "after", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after",
             "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
             "EQUAL_OR_MORE": "at least"}

_SEASONS = {"SP": (3, 5, "spring"), "SU": (6, 8, "summer"), "FA": (9, 11, "autumn"), "AU": (9, 11, "autumn"),
            "WI": (12, 12, "winter")}
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2})(?::(?P<mi>\d{2}))?)?)?)?$")
_PART = re.compile(r"^(?P<y>\d{4})-(?P<p>Q[1-4]|H[12]|W\d{2}|SP|SU|FA|AU|WI)$")


@dataclass(frozen=True)
class DateRange:
    """A TIMEX3 value as the first and last day it may mean, with the precision it was stated in."""

    value: str
    precision: str  # minute hour day month year decade century season quarter half week
    start: date
    end: date
    hour: int | None = None
    minute: int | None = None

    @property
    def iso(self) -> str:
        """The value as ISO 8601 at its own precision (what xsd and TEI @when accept), or ''."""
        if self.precision == "day":
            return self.start.isoformat()  # "1938-08-10TNI" is the day 1938-08-10
        if self.precision in ("month", "year"):
            return self.value
        if self.precision in ("hour", "minute"):
            return f"{self.start.isoformat()}T{self.hour:02d}:{self.minute or 0:02d}:00"
        return ""

    @property
    def xsd_type(self) -> str | None:
        return {"day": "date", "month": "gYearMonth", "year": "gYear", "hour": "dateTime",
                "minute": "dateTime"}.get(self.precision)

    @property
    def display(self) -> str:
        """The date as a reader would write it: "13 June 1938", "June 1938", "1930s", "20th century"."""
        s = self.start
        if self.precision == "decade":
            return f"{s.year}s"
        if self.precision == "century":
            return f"{_ordinal(s.year // 100 + 1)} century"
        if self.precision == "season":
            return f"{_SEASONS[self.value[5:]][2]} {s.year}"
        if self.precision == "quarter":
            return f"{self.value[5:]} {s.year}"
        if self.precision == "half":
            return f"{'first' if self.value.endswith('1') else 'second'} half of {s.year}"
        if self.precision == "week":
            return f"week {self.value[6:].lstrip('0')} of {s.year}"
        if self.precision == "year":
            return str(s.year)
        if self.precision == "month":
            return f"{calendar.month_name[s.month]} {s.year}"
        return f"{s.day} {calendar.month_name[s.month]} {s.year}"

    def span(self) -> dict[str, str]:
        """ISO start and exclusive end, as timeline libraries draw a stretch of time."""
        return {"start": self.start.isoformat(), "end": (self.end + timedelta(days=1)).isoformat(),
                "precision": self.precision}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_range(value: str | None) -> DateRange | None:
    """Parse a TIMEX3 date value ("1938-06-13", "1940-10", "1938", "193", "19", "1938-SU", "1938-Q2")."""
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(?:MO|MI|AF|EV|NI|DT)", v):  # a part of the day: that day
        r = date_range(v[:10])
        return DateRange(v, "day", r.start, r.end) if r else None
    try:
        if re.fullmatch(r"\d{3}", v):
            y = int(v) * 10
            return DateRange(v, "decade", date(max(y, 1), 1, 1), date(y + 9, 12, 31))
        if re.fullmatch(r"\d{2}", v):
            y = int(v) * 100
            return DateRange(v, "century", date(max(y, 1), 1, 1), date(y + 99, 12, 31))
        m = _DATE.match(v)
        if m:
            y = int(m["y"])
            if m["m"] is None:
                return DateRange(v, "year", date(y, 1, 1), date(y, 12, 31)) if y else None
            mo = int(m["m"])
            if m["d"] is None:
                return DateRange(v, "month", date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]))
            day = date(y, mo, int(m["d"]))
            if m["h"] is None:
                return DateRange(v, "day", day, day)
            h, mi = int(m["h"]), (int(m["mi"]) if m["mi"] else None)
            if h > 23 or (mi is not None and mi > 59):
                return DateRange(v[:10], "day", day, day)
            return DateRange(v, "minute" if mi is not None else "hour", day, day, h, mi)
        m = _PART.match(v)
        if m:
            y, p = int(m["y"]), m["p"]
            if p[0] == "Q":
                q = int(p[1])
                a, b, prec = 3 * q - 2, 3 * q, "quarter"
            elif p[0] == "H":
                a, b, prec = (1, 6, "half") if p == "H1" else (7, 12, "half")
            elif p[0] == "W" and p[1:].isdigit():
                start = date.fromisocalendar(y, int(p[1:]), 1)
                return DateRange(v, "week", start, date.fromisocalendar(y, int(p[1:]), 7))
            else:
                a, b, _ = _SEASONS[p]
                prec = "season"
                if p == "WI":  # northern winter: December into the next year's February
                    return DateRange(v, prec, date(y, 12, 1), date(y + 1, 3, 1) - timedelta(days=1))
            return DateRange(v, prec, date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1]))
    except ValueError:  # 1938-02-30, week 54...
        return None
    return None


def common_value(a: str, b: str) -> str | None:
    """The smallest TIMEX3 value that holds both: ("1938-08-10", "1938-08-11") -> "1938-08",
    ("1937", "1938") -> "193", ("1618", "1648") -> "16"; None when none does (or either is no date)."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return None
    lo, hi = min(ra.start, rb.start), max(ra.end, rb.end)
    for cand in (f"{lo:%Y-%m-%d}", f"{lo:%Y-%m}", f"{lo:%Y}", f"{lo:%Y}"[:3], f"{lo:%Y}"[:2]):
        r = date_range(cand)
        if r and r.start <= lo and hi <= r.end:
            return cand
    return None


def vague_stretch(value: str | None, unit: str, sign: int, lo: int, hi: int) -> tuple[str, str] | None:
    """The days a vague count of units from ``value`` may reach ("a few weeks later" than 12 March
    1841, a few being 2 to 5: 26 March to 16 April), as (first, last) TIMEX3 values at the precision
    the count allows: days stay days when ``value`` names a day, weeks become months, years stay years,
    and nothing is finer than ``value`` itself (a few weeks after "1841" is 1841 or 1842). Counted from
    the value's first day to its last, so "a few months after the spring of 1841" holds both ends.
    None when the value is too coarse to count the unit from (weeks after "the 1840s")."""
    r = date_range(value)
    if r is None or sign not in (-1, 1) or r.precision in ("decade", "century"):
        return None
    a, b = (lo, hi) if sign > 0 else (-hi, -lo)
    by_year = unit == "Y" or r.precision == "year"
    try:
        if unit == "M":
            x, y = r.start.year * 12 + r.start.month - 1 + a, r.end.year * 12 + r.end.month - 1 + b
            first, last = f"{x // 12:04d}-{x % 12 + 1:02d}", f"{y // 12:04d}-{y % 12 + 1:02d}"
        elif unit in ("W", "D"):
            days = 7 if unit == "W" else 1
            first_day, last_day = r.start + timedelta(days=a * days), r.end + timedelta(days=b * days)
            if unit == "D" and r.precision == "day":
                return first_day.isoformat(), last_day.isoformat()
            first, last = f"{first_day:%Y-%m}", f"{last_day:%Y-%m}"
        elif unit == "Y":
            first, last = f"{r.start.year + a:04d}", f"{r.end.year + b:04d}"
        else:
            return None
        if by_year:
            first, last = first[:4], last[:4]
        return (first, last) if 0 < int(first[:4]) and int(last[:4]) <= 9999 else None
    except (ValueError, OverflowError):
        return None
    return None


def display_date(value: str | None, mod: str | None = None) -> str:
    """A TIMEX3 value as a reader would write it, precision kept ("August 1945", "late 1930s")."""
    if not value:
        return "undated"
    r = date_range(value)
    shown = r.display if r else value
    if mod in ("START", "MID", "END") and r and r.precision in ("decade", "century", "year", "month"):
        return f"{MOD_WORDS[mod]} {shown}"
    return f"{MOD_WORDS[mod]} {shown}" if mod in MOD_WORDS else shown


def span_of(value: str | None) -> dict[str, Any] | None:
    """{"start", "end" (exclusive), "precision"} for a TIMEX3 date value, or None for durations,
    PRESENT_REF and the like, which name no stretch of the calendar."""
    r = date_range(value)
    return r.span() if r else None


# ---- EDTF: the value as the Library of Congress Extended Date/Time Format, and as an interval ---------
#
# TIMEX3 cannot say "between 1937 and 1938", "c. 1900" or "1939?"; EDTF can, and the `edtf` library
# (pinned in requirements.txt) parses it. The interval is the earliest and latest day the date may
# name: two dates conflict only when their intervals cannot overlap (``overlaps``).

_EDTF_SEASON = {"SP": "21", "SU": "22", "FA": "23", "AU": "23", "WI": "24", "Q1": "33", "Q2": "34",
                "Q3": "35", "Q4": "36", "H1": "40", "H2": "41"}
# EDTF level 2 names the southern hemisphere's seasons apart (29 spring = September-November, 30 summer,
# 31 autumn, 32 winter = June-August); TIMEX3 has one code per season name, so the value stays 1879-WI
_SOUTHERN = {"21": "29", "22": "30", "23": "31", "24": "32"}
_NORTHERN = {v: k for k, v in _SOUTHERN.items()}


def southern_season(edtf: str | None) -> str | None:
    """A northern season's EDTF ('1879-24', winter) as the southern hemisphere's ('1879-32': June to
    August); anything else unchanged."""
    m = re.fullmatch(r"(\d{4})-(2[1-4])", edtf or "")
    return f"{m[1]}-{_SOUTHERN[m[2]]}" if m else edtf
# START / MID / END of a stretch as fractions of it (overlapping, as "early" and "mid" do in use)
_EDGE = {"START": (0.0, 0.4), "MID": (0.3, 0.7), "END": (0.6, 1.0)}


def _edtf_point(value: str) -> str | None:
    """One TIMEX3 value as an EDTF date or interval, precision kept; None when it names no calendar time."""
    v = value.strip()
    if v.startswith("BC"):
        return bc_edtf(v)  # TIMEX3 BC0044 = 44 BC = astronomical year -43 (no year 0)
    if re.fullmatch(r"\d{3}", v):
        return v + "X"
    if re.fullmatch(r"\d{2}", v):
        return v + "XX"
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d)(?::(\d\d))?", v)
    if m:
        return f"{m[1]}T{m[2]}:{m[3] or '00'}:00" if int(m[2]) < 24 else m[1]
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T[A-Z]{2}", v)  # a part of the day: the day
    if m:
        return m[1]
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", v):
        return v if date_range(v) else None
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])", v)
    if m:
        return f"{m[1]}-{_EDTF_SEASON[m[2]]}"
    r = date_range(v.removesuffix("-WE"))
    if r and r.precision == "week":
        if v.endswith("-WE"):
            return f"{r.end - timedelta(days=1)}/{r.end}"
        return f"{r.start}/{r.end}"
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d|XX)(?:-(\d\d|XX))?", v)  # unknown parts: XXXX-06-20, 1938-XX
    if m and "X" in v:
        if m[1] != "XXXX" and m[2] == "XX":
            return m[1]
        return v
    return None


def _edge(value: str, mod: str) -> str | None:
    """'the late 1930s' -> 1936/1939, 'early June 1938' -> 1938-06-01/1938-06-12."""
    r = date_range(value)
    if r is None or r.precision not in ("century", "decade", "year", "month"):
        return None
    a, b = _EDGE[mod]
    if r.precision in ("century", "decade"):
        n = 100 if r.precision == "century" else 10
        y0 = r.start.year - r.start.year % n if r.start.year > 1 else 0
        lo, hi = y0 + round(a * (n - 1)), y0 + round(b * (n - 1))
        return f"{lo:04d}/{hi:04d}"
    if r.precision == "year":
        lo, hi = 1 + round(a * 11), 1 + round(b * 11)
        return f"{r.start.year:04d}-{lo:02d}/{r.start.year:04d}-{hi:02d}"
    last = r.end.day
    lo, hi = 1 + round(a * (last - 1)), 1 + round(b * (last - 1))
    return f"{r.start:%Y-%m}-{lo:02d}/{r.start:%Y-%m}-{hi:02d}"


def _shifted(value: str, days: int) -> str | None:
    """The whole unit of ``value``'s precision just before (-1) or after (+1) it: for strict BEFORE/AFTER."""
    if value.startswith("BC"):
        point = _edtf_point(value)
        lo, hi = bc_interval(point) if point else (None, None)
        if lo is None:
            return None
        day = iso_of(ordinal_of(lo) - 1) if days < 0 else iso_of(ordinal_of(hi) + 1)
        return day[:len(point)] if day else None  # at the value's own precision: "-0042" after 44 BC
    r = date_range(value)
    if r is None:
        return None
    if days < 0:
        d = r.start - timedelta(days=1)
    else:
        d = r.end + timedelta(days=1)
    if r.precision in ("year", "decade", "century"):
        return f"{d.year:04d}"
    if r.precision in ("month", "season", "quarter", "half"):
        return f"{d:%Y-%m}"
    return d.isoformat()


def _qualify(edtf: str, q: str) -> str:
    """Add ~ or ? to each date of an EDTF string; the library accepts it on plain dates only."""
    if not q:
        return edtf
    out = []
    for side in edtf.split("/"):
        if re.fullmatch(r"\d{4}-(2[1-4]|29|3[0-6]|4[01])", side):  # a season cannot carry ~: its months can
            lo, hi = edtf_interval(side) if side[5:] in _NORTHERN else (None, None)
            if lo is None:
                r = date_range(_season_value(side))
                lo, hi = (r.start.isoformat(), r.end.isoformat()) if r else (None, None)
            side = f"{lo[:7]}{q}/{hi[:7]}" if lo and hi else side
        out.append(side + q)
    return "/".join(out)


def _season_value(edtf: str) -> str:
    y, s = edtf.split("-")
    s = _NORTHERN.get(s, s)  # a southern season has the same TIMEX3 name
    return f"{y}-{next(k for k, v in _EDTF_SEASON.items() if v == s and k != 'AU')}"


def edtf_of(value: str | None, mod: str | None = None, uncertain: bool = False,
            end: str | None = None) -> str | None:
    """A TIMEX3 value (and mod; ``end`` for a range "from value to end"; ``uncertain`` for "1939?")
    as EDTF: 1938-06-13, 193X, 1938-21 (spring), [..1938-02] (before March 1938), 1937/1938,
    1900~ (c. 1900), 1939?. None for durations, sets and PRESENT_REF, which name no stretch of the calendar."""
    if not value:
        return None
    q = "?" if uncertain else ""
    if end:
        if mod == "APPROX":
            q = "%" if uncertain else "~"
        a, b = _edtf_point(value), _edtf_point(end)
        if not a or not b:
            return None
        a, b = a.split("/")[0], b.split("/")[-1]
        return _valid(f"{a}{q}/{b}{q}")
    point = _edtf_point(value)
    if point is None:
        return None
    if mod in _EDGE:
        point = _edge(value, mod) or point
    elif mod in ("BEFORE", "ON_OR_BEFORE", "AFTER", "ON_OR_AFTER"):
        shifted = _shifted(value, -1 if mod == "BEFORE" else 1) if mod in ("BEFORE", "AFTER") else None
        if shifted:
            point = shifted  # the whole unit before or after: "[..1938-02]" before the spring of 1938
        elif "/" in point or not (_plain(point) or bc_interval(point)):
            # a week, a season, a quarter: open from its first day (or to its last), one day beyond for a strict mod
            lo, hi = edtf_interval(point)
            side = hi if "BEFORE" in mod else lo
            if side is None:
                return None
            if mod in ("BEFORE", "AFTER"):
                d = date.fromisoformat(lo if mod == "BEFORE" else hi) + timedelta(days=-1 if mod == "BEFORE" else 1)
                side = d.isoformat()
            point = side
        return _valid(f"[..{point}]" if "BEFORE" in mod else f"[{point}..]")
    elif mod == "APPROX":
        q = "%" if uncertain else "~"
    return _valid(_qualify(point, q))


_PLAIN = re.compile(r"^(\d{4}(?:-\d\d(?:-\d\d(?:T\d\d:\d\d:\d\d)?)?)?|\d{3}X|\d{2}XX)$")


def _plain(edtf: str) -> tuple[str, str] | None:
    """The interval of a plain EDTF date ("1938", "1938-06-13", "193X") or an interval of two, read
    by values.date_range: the library takes ~10 ms a parse, too slow for every timex of a corpus."""
    sides = edtf.split("/")
    if len(sides) > 2 or not all(_PLAIN.match(x) for x in sides):
        return None
    rs = [date_range(x[:10].rstrip("X")) for x in sides]
    if not all(rs):
        return None
    return rs[0].start.isoformat(), rs[-1].end.isoformat()


# "[..1938-02]", "[1945-08-09..]": one of a set open on one side, around a plain date the library
# always takes (tests/test_edtf_fast.py checks that against the library)
_OPEN_SIDE = re.compile(r"\[\.\.(\d{4}(?:-\d\d(?:-\d\d)?)?)\]|\[(\d{4}(?:-\d\d(?:-\d\d)?)?)\.\.\]")


# "XXXX-10", "XXXX-08-02": a month or a day of an unknown year, which the library takes (months 01-12, days
# 01-31, any day of any month) and cannot bound; "1989-35": a season, quarter or half of a year, which it
# bounds by its own table of months. tests/test_edtf_fast.py checks both against the library.
_UNKNOWN_YEAR = re.compile(r"XXXX-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?")
_SEASON = re.compile(r"(\d{4})-(2[1-9]|3\d|4[01])")


def _shortcut(edtf: str) -> tuple[str | None, str | None] | None:
    """The library's interval of a value it takes, for the two kinds above without its parse; None for
    any other value (or a season its table lacks)."""
    if _UNKNOWN_YEAR.fullmatch(edtf):
        return None, None
    m = _SEASON.fullmatch(edtf)
    if m is None or m[1] == "0000":
        return None
    from edtf.appsettings import SEASON_L2_MONTHS_RANGE

    months = SEASON_L2_MONTHS_RANGE.get(int(m[2]))
    if not months:
        return None
    year, (first, last) = int(m[1]), months
    end_year = year + 1 if last < first else year
    return (date(year, first, 1).isoformat(),
            date(end_year, last, calendar.monthrange(end_year, last)[1]).isoformat())


@functools.lru_cache(maxsize=4096)
def _parsed(edtf: str):
    """(the EDTF library's parse of the string, None) or (None, the exception it raised): one parse
    (~10 ms) for both _valid and edtf_interval."""
    from edtf import parse_edtf

    try:
        return parse_edtf(edtf), None
    except Exception as exc:  # re-raised by the callers unless they expect it
        return None, exc


@functools.lru_cache(maxsize=4096)
def _valid(edtf: str) -> str | None:
    """The string when the EDTF library parses it, else None (never an EDTF value it would refuse)."""
    if _plain(edtf):
        return edtf
    m = _OPEN_SIDE.fullmatch(edtf)
    if m and date_range(m[1] or m[2]):
        return edtf
    if _shortcut(edtf) is not None:
        return edtf
    from edtf.parser.edtf_exceptions import EDTFParseException

    _, exc = _parsed(edtf)
    if exc is not None:
        if isinstance(exc, (EDTFParseException, ValueError, TypeError)):
            return None
        raise exc
    return edtf


@functools.lru_cache(maxsize=4096)
def edtf_interval(edtf: str | None) -> tuple[str | None, str | None]:
    """(earliest, latest) ISO day an EDTF value may name, as the EDTF library reads it (approximate
    and uncertain dates widened by its fuzz); None on an open side ("[..1938-02]") or when unknown.
    Winter is December to February, as TIMEX3 means it (the library stops at December 31)."""
    if not edtf:
        return None, None
    m = re.fullmatch(r"\[(\.\.)?([^\].]+)(\.\.)?\]", edtf)
    if m:  # one of a set, open on one side: the library cannot bound it, its closed end can
        lo, hi = edtf_interval(m[2])
        return (None, hi) if m[1] else (lo, None)
    plain = _plain(edtf)
    if plain:
        return plain
    bc = bc_interval(edtf)
    if bc:
        return bc
    m = re.fullmatch(r"(-\d{4}|0000)((?:-\d\d){0,2})([~?%])", edtf)
    if m and bc_interval(m[1] + m[2]):  # a BC date "c." or "?": widened as the library widens an AD one
        lo, hi = bc_interval(m[1] + m[2])
        pad = 1  # a year either side
        lo_y, hi_y = int(lo[:-6]) - pad, int(hi[:-6]) + pad
        return (f"{'-' if lo_y < 0 else ''}{abs(lo_y):04d}{lo[-6:]}", f"{'-' if hi_y < 0 else ''}{abs(hi_y):04d}{hi[-6:]}")
    m = re.fullmatch(r"(\d{4})-(24|30)", edtf)
    if m:  # a winter in the north, a summer in the south: December into the next year's February
        r = date_range(f"{m[1]}-WI")
        return r.start.isoformat(), r.end.isoformat()
    known = _shortcut(edtf)
    if known is not None:
        return known
    # the library only now: importing it builds its grammar (~0.15 CPU s), which a document of plain
    # dates never needs
    from edtf import struct_time_to_date
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        e, exc = _parsed(edtf)
        if exc is not None:
            raise exc
        lo, hi = e.lower_fuzzy(), e.upper_fuzzy()
        return struct_time_to_date(lo).isoformat(), struct_time_to_date(hi).isoformat()
    except (EDTFParseException, ValueError, TypeError, OverflowError, AttributeError):
        return None, None


# The one reader of dates before AD 1. A TIMEX3 value "BC0044" is 44 BC; EDTF and ISO write it with its
# astronomical year, "-0043" (1 BC is "0000"); ordinals continue Python's below AD 1 (MIN) by the Gregorian
# calendar's 400-year cycle, so that BC days order and subtract as AD ones do.
BC_ISO = re.compile(r"(-\d{4}|0000)(?:-(\d\d)(?:-(\d\d))?)?")
_CYCLE_DAYS, _CYCLE_YEARS = 146097, 400
_MIN = date(1, 1, 1).toordinal()


def bc_edtf(value: str) -> str | None:
    """A TIMEX3 BC value ("BC0044", "BC0044-03-15") as EDTF ("-0043", "-0043-03-15"), or None."""
    m = re.fullmatch(r"BC(\d{4})((?:-\d\d){0,2})", value.strip())
    if not m or int(m[1]) == 0:
        return None
    point = (f"-{int(m[1]) - 1:04d}" if int(m[1]) > 1 else "0000") + m[2]
    return point if bc_interval(point) else None


def iso_of(ordinal: int) -> str:
    """An ordinal as an ISO day, a BC one with its astronomical year ("-0043-03-15": 15 March 44 BC)."""
    if ordinal >= _MIN:
        return date.fromordinal(ordinal).isoformat()
    k = (_MIN - ordinal) // _CYCLE_DAYS + 1
    d = date.fromordinal(ordinal + k * _CYCLE_DAYS)
    year = d.year - k * _CYCLE_YEARS
    return f"{'-' if year < 0 else ''}{abs(year):04d}-{d.month:02d}-{d.day:02d}"


def ordinal_of(iso: str) -> int:
    """The ordinal of an ISO day, a BC one too ("-0043-03-15"; iso_of's inverse). ValueError if none."""
    m = BC_ISO.fullmatch(iso[:11] if iso.startswith("-") else iso[:10])
    if m is None:
        return date.fromisoformat(iso[:10]).toordinal()
    if not m[3]:
        raise ValueError(iso)
    year = int(m[1])
    k = (-year) // _CYCLE_YEARS + 1
    return date(year + k * _CYCLE_YEARS, int(m[2]), int(m[3])).toordinal() - k * _CYCLE_DAYS




def bc_interval(edtf: str) -> tuple[str, str] | None:
    """The interval of a plain EDTF date before year 1 ("-0043" is 44 BC, "0000" 1 BC): the EDTF library and
    Python's dates stop at year 1, the ISO days with a signed year do not ("-0043-01-01")."""
    m = BC_ISO.fullmatch(edtf)
    if not m:
        return None
    y, mo, d = m[1], m[2], m[3]
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}"
    if mo:
        if not 1 <= int(mo) <= 12:
            return None
        last = calendar.monthrange(int(y) % 400 + 400, int(mo))[1]  # leap years repeat every 400 years
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def edtf_fields(value: str | None, mod: str | None = None, uncertain: bool = False,
                end: str | None = None) -> dict[str, str | None]:
    """{"edtf", "earliest", "latest"} of a TIMEX3 value: what every timex and event time carries.
    An approximate stretch (``end`` with mod APPROX: "a few weeks later", vague_stretch) has soft ends
    in EDTF ("1841-03~/1841-04~") but keeps the stretch's own days as its bounds: the library's fuzz
    (a year either side of a month) would drown the convention that already made it wide."""
    e = edtf_of(value, mod, uncertain, end)
    if end and mod == "APPROX" and e:
        lo, hi = edtf_interval(edtf_of(value, None, False, end))
        return {"edtf": e, "earliest": lo, "latest": hi}
    lo, hi = edtf_interval(e)
    return {"edtf": e, "earliest": lo, "latest": hi}


def interval_key(earliest: str | None, latest: str | None) -> tuple[str, str]:
    """Timeline order of a date by its interval: earliest day first, then the narrower (earlier-ending)
    one; an open or unknown start sorts first, an open end last."""
    return (earliest or "0000-00-00", latest or "9999-12-31")


def overlaps(a: tuple[str | None, str | None] | None, b: tuple[str | None, str | None] | None) -> bool:
    """Can two dates, as (earliest, latest) ISO days, name the same day? An open or unknown side can
    reach anything, so two dates conflict only when their intervals cannot overlap."""
    if not a or not b:
        return True
    (alo, ahi), (blo, bhi) = a, b
    if ahi is not None and blo is not None and ahi < blo:
        return False
    if bhi is not None and alo is not None and bhi < alo:
        return False
    return True


def display_edtf(edtf: str | None, value: str | None = None, mod: str | None = None) -> str:
    """How a reader writes a date that EDTF states: "c. 1900", "1939?", "1937–1938",
    "10–11 August 1938", "before March 1938"; plain dates as display_date writes them."""
    if not edtf:
        return display_date(value, mod)
    if re.fullmatch(r"-\d{4}|0000", edtf):  # a year before Christ: -0043 is 44 BC
        return f"{abs(int(edtf)) + 1} BC"
    q = "?" if "?" in edtf or "%" in edtf else ""
    approx = "~" in edtf or "%" in edtf
    bare = re.sub(r"[~?%]", "", edtf)
    m = re.fullmatch(r"\[(\.\.)?([^\].]+)(\.\.)?\]", bare)
    if m:
        inner = display_date(_timex_of(m[2]))
        return f"{'on or before' if m[1] else 'on or after'} {inner}"
    if "/" in bare:
        a, b = (display_date(_timex_of(x)) for x in bare.split("/"))
        if mod in ("START", "MID", "END") and value:
            shown = display_date(value, mod)
        else:
            shown = _span_words(a, b)
    elif value and mod in MOD_WORDS and mod != "APPROX":
        shown = display_date(value, mod)
    else:
        shown = display_date(_timex_of(bare))
    return f"{'c. ' if approx else ''}{shown}{q}"


def _timex_of(edtf_date: str) -> str:
    """An EDTF date back as a TIMEX3 value: 193X -> 193, 1938-21 -> 1938-SP, 1938-06-13T10:00:00 -> the day."""
    d = edtf_date.split("T")[0]
    if re.fullmatch(r"\d{3}X", d):
        return d[:3]
    if re.fullmatch(r"\d{2}XX", d):
        return d[:2]
    m = re.fullmatch(r"(\d{4})-(2[1-4]|29|3[0-6]|4[01])", d)
    if m:
        return _season_value(d)
    return d


def _span_words(a: str, b: str) -> str:
    """'10 August 1938' and '11 August 1938' -> '10–11 August 1938'; 'September 1937' and 'October
    1937' -> 'September–October 1937'; otherwise 'a – b'."""
    ta, tb = a.split(" "), b.split(" ")
    if len(ta) == len(tb) == 3 and ta[1:] == tb[1:]:
        return f"{ta[0]}–{tb[0]} {ta[1]} {ta[2]}"
    if len(ta) == len(tb) == 2 and ta[1] == tb[1]:
        return f"{ta[0]}–{tb[0]} {ta[1]}"
    if len(ta) == len(tb) == 1:
        return f"{a}–{b}"
    return f"{a} – {b}"


def is_point(edtf: str | None) -> bool:
    """A plain date at one precision (no range, no "c.", no "?", no open end): drawn as a point."""
    return bool(edtf) and bool(_PLAIN.match(edtf))

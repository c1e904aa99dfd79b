"""What a TIMEX3 value means on the calendar: the first and last day it may name, at its precision.

The one place that knows that "1938" is the whole year, "1945-08" all of August and "193" the 1930s;
the timeline, conflict checks, exports and the reader all draw and compare dates through it.
"""
from __future__ import annotations

import calendar
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
        if self.precision in ("day", "month", "year"):
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

"""Calendar arithmetic on partial dates and TIMEX3 value strings.

A reference time is a ``Day`` tuple (year, month, day) whose later parts may be None: "1938" is
(1938, None, None). Shifting keeps the precision the expression asks for ("the following month"
after 13 June 1938 is 1938-07) and degrades gracefully when the reference is coarser.
"""
from __future__ import annotations

import datetime as dt
import re

Day = tuple  # (year, month|None, day|None)

SEASON_ORDER = ["WI", "SP", "SU", "FA"]  # index 0 = winter (Dec-Feb) ... of the year it ends in
_VALUE = re.compile(r"^(\d{4})(?:-(\d\d)|-(Q[1-4]|H[12]|SP|SU|FA|WI))?(?:-(\d\d))?")
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")  # a TIMEX3 value that names one day
QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")  # a TIMEX3 value that names a quarter of a year
_PERIOD_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7, "SP": 4, "SU": 7, "FA": 10, "WI": 1}


def parse_value(value: str | None) -> Day | None:
    """The (year, month, day) a TIMEX3 value or ISO date starts with, or None; a quarter, half or
    season stands for its first month ("1989-Q3" -> (1989, 7, None))."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    y, mo, period, d = m.group(1), m.group(2), m.group(3), m.group(4)
    if period:
        return (int(y), _PERIOD_MONTH[period], None)
    return (int(y), int(mo) if mo else None, int(d) if mo and d else None)


def fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    if y is None:
        out = "XXXX"
    else:
        out = f"{y:04d}"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


def valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def as_date(ref: Day | None) -> dt.date | None:
    if ref and ref[0] and ref[1] and ref[2] and valid(ref[0], ref[1], ref[2]):
        return dt.date(ref[0], ref[1], ref[2])
    return None


def week_value(d: dt.date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def month_season(m: int) -> tuple[int, int]:
    """(season index in SEASON_ORDER, year offset) of a month: December is next year's winter."""
    if m == 12:
        return 0, 1
    return (m % 12) // 3, 0


def shift(ref: Day | None, unit: str, n: int) -> str | None:
    """The value ``n`` units of ``unit`` from ``ref`` (unit: Y M W D Q DE CE WE H), or None if unknown."""
    if not ref or ref[0] is None:
        return None
    y, m, d = ref
    if unit in ("TH", "TM", "TS"):
        unit = "D"
        n = 0 if abs(n) < 1 else n
    if unit == "Y":
        return fmt(y + n)
    if unit == "DE":
        return str(y // 10 + n)
    if unit == "CE":
        return f"{y // 100 + n:02d}"
    if unit == "ML":
        return str(y // 1000 + n)
    if m is None:  # month-level or finer from a year: keep the year we know when n == 0
        return fmt(y) if n == 0 else None
    if unit == "M":
        t = y * 12 + (m - 1) + n
        return fmt(t // 12, t % 12 + 1)
    if unit == "Q":
        t = y * 4 + (m - 1) // 3 + n
        return f"{t // 4:04d}-Q{t % 4 + 1}"
    date = as_date(ref)
    if date is None:
        return fmt(y, m) if n == 0 else None
    if unit in ("D", "FN"):
        days = n * (14 if unit == "FN" else 1)
        return (date + dt.timedelta(days=days)).isoformat()
    if unit in ("W", "WE"):
        v = week_value(date + dt.timedelta(weeks=n))
        return v + "-WE" if unit == "WE" else v
    return None


def weekday_near(ref: Day | None, weekday: int, direction: int) -> str | None:
    """The date of ``weekday`` (1 = Monday) nearest ``ref``: direction -1 on/before, +1 on/after,
    -2 strictly before, +2 strictly after, 0 within the same ISO week."""
    date = as_date(ref)
    if date is None:
        return None
    wd = date.isoweekday()
    if direction == 0:
        return (date + dt.timedelta(days=weekday - wd)).isoformat()
    if direction < 0:
        back = (wd - weekday) % 7
        if direction == -2 and back == 0:
            back = 7
        return (date - dt.timedelta(days=back)).isoformat()
    fwd = (weekday - wd) % 7
    if direction == 2 and fwd == 0:
        fwd = 7
    return (date + dt.timedelta(days=fwd)).isoformat()


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The date of a holiday rule ('12-25', '4:11:4' = 4th Thursday of November, 'easter-2') in a year."""
    try:
        if rule.startswith("easter"):
            return easter(year) + dt.timedelta(days=int(rule[6:] or 0))
        if rule == "election":  # US: the Tuesday after the first Monday of November
            first = dt.date(year, 11, 1)
            monday = first + dt.timedelta(days=(1 - first.isoweekday()) % 7)
            return monday + dt.timedelta(days=1)
        if ":" in rule:
            nth, month, wd = (int(x) for x in rule.split(":"))
            if nth > 0:
                first = dt.date(year, month, 1)
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
            last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
        month, day = (int(x) for x in rule.split("-"))
        return dt.date(year, month, day)
    except ValueError:
        return None

"""TIMEX3 values as intervals of days, so that dates of different precision can be compared.

"1945-08" and "1945-08-09" are compatible (one contains the other); "1937" and "1957" are not.
"193" is the 1930s and, with mod END, the late 1930s.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_PART = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI|Q1|Q2|Q3|Q4|H1|H2)$")
_PARTS = {"WI": (1, 2), "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11),
          "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}

MIN, MAX = date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()


def _ym(y: int, m: int, last: bool) -> int:
    d = calendar.monthrange(y, m)[1] if last else 1
    return date(y, m, d).toordinal()


def bounds(value: str | None, mod: str | None = None) -> tuple[int, int] | None:
    """(first day, last day) as ordinals, or None for values that are not calendar dates."""
    if not value:
        return None
    try:
        lo, hi = _plain_bounds(value)
    except (ValueError, TypeError):
        return None
    if lo is None:
        return None
    span = hi - lo
    if mod in ("START", "EARLY"):
        hi = lo + span * 2 // 5
    elif mod in ("MID",):
        lo, hi = lo + span * 3 // 10, lo + span * 7 // 10
    elif mod in ("END", "LATE"):
        lo = lo + span * 3 // 5
    elif mod in ("BEFORE", "LESS_THAN"):
        lo, hi = MIN, lo
    elif mod == "ON_OR_BEFORE":
        lo = MIN
    elif mod in ("AFTER", "MORE_THAN"):
        lo, hi = hi, MAX
    elif mod == "ON_OR_AFTER":
        hi = MAX
    elif mod == "APPROX":
        pad = max(span // 10, 365 if span >= 365 else 31)
        lo, hi = lo - pad, hi + pad
    return lo, hi


def _plain_bounds(value: str) -> tuple[int | None, int | None]:
    if m := _DAY.match(value):
        d = date(int(m[1]), int(m[2]), int(m[3])).toordinal()
        return d, d
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return _ym(y, mo, False), _ym(y, mo, True)
    if m := _YEAR.match(value):
        y = int(m[1])
        return date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal()
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return date(max(y, 1), 1, 1).toordinal(), date(y + 9, 12, 31).toordinal()
    if m := _CENTURY.match(value):
        y = int(m[1]) * 100
        return date(max(y, 1), 1, 1).toordinal(), date(y + 99, 12, 31).toordinal()
    if m := _WEEK.match(value):
        start = date.fromisocalendar(int(m[1]), int(m[2]), 1).toordinal()
        return start, start + 6
    if m := _PART.match(value):
        y = int(m[1])
        a, b = _PARTS[m[2]]
        return _ym(y, a, False), _ym(y, b, True)
    return None, None


def is_date(value: str | None) -> bool:
    return bounds(value) is not None


def compatible(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """True when the two intervals can denote the same time (they overlap), or either is unknown."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def precision(value: str | None) -> int:
    """Days spanned, smaller is more precise (unknown: very large)."""
    b = bounds(value)
    return (b[1] - b[0]) if b else MAX


def year_of(value: str | None) -> int | None:
    b = bounds(value)
    if not b or b[0] <= MIN or b[1] >= MAX:
        return None
    return date.fromordinal((b[0] + b[1]) // 2).year


def sort_key(value: str | None, mod: str | None = None) -> tuple[int, int]:
    """Oldest first; among equal starts the wider (less precise) first; undated last."""
    b = bounds(value, mod) if value else None
    if not b:
        return (MAX + 1, 0)
    return (b[0], -(b[1] - b[0]))


def gap_years(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Distance between two intervals in years (0 when they overlap)."""
    if compatible(a, b):
        return 0.0
    return (max(a[0], b[0]) - min(a[1], b[1])) / 365.25


def show(value: str | None) -> str:
    """A date as a reader would write it, precision kept: 1945-08 -> "August 1945", 193 -> "the 1930s"."""
    if not value:
        return "undated"
    if m := _DAY.match(value):
        return f"{int(m[3])} {calendar.month_name[int(m[2])]} {m[1]}"
    if m := _MONTH.match(value):
        return f"{calendar.month_name[int(m[2])]} {m[1]}"
    if _DECADE.match(value):
        return f"the {value}0s"
    if _CENTURY.match(value):
        return f"the {int(value) + 1}th century"
    return value

"""TIMEX3 values as intervals of days, so that dates of different precision can be compared.

The calendar meaning of a value is time.values.date_range; this module adds modifiers and comparisons.

"1945-08" and "1945-08-09" are compatible (one contains the other); "1937" and "1957" are not.
"193" is the 1930s and, with mod END, the late 1930s.
"""
from __future__ import annotations

import functools
from datetime import date

from ..time.values import bc_edtf, bc_interval, date_range, display_date, ordinal_of

MIN, MAX = date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()
MIN_BC = -10 ** 8  # the open start of a BC date's "before" (below MIN, read as open as MIN is)


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
        lo, hi = MIN if lo >= MIN else MIN_BC, lo
    elif mod == "ON_OR_BEFORE":
        lo = MIN if lo >= MIN else MIN_BC
    elif mod in ("AFTER", "MORE_THAN"):
        lo, hi = hi, MAX
    elif mod == "ON_OR_AFTER":
        hi = MAX
    elif mod == "APPROX":
        pad = max(span // 10, 365 if span >= 365 else 31)
        lo, hi = lo - pad, hi + pad
    return lo, hi


@functools.lru_cache(maxsize=65536)
def _plain_bounds(value: str) -> tuple[int | None, int | None]:
    if value.startswith("BC"):
        return bc_bounds(value)
    r = date_range(value)
    return (r.start.toordinal(), r.end.toordinal()) if r else (None, None)


def bc_bounds(value: str) -> tuple[int | None, int | None]:
    """A BC date ("BC0044", "BC0044-03-15") as ordinals of the proleptic Gregorian calendar (1 BC is year 0,
    as in EDTF; time/values.py reads it): below MIN, so that code reading MIN as an open start never misreads
    it as a known AD date. (None, None) for what is no BC date."""
    point = bc_edtf(value)
    if point is None:
        return None, None
    lo, hi = bc_interval(point)
    return ordinal_of(lo), ordinal_of(hi)


def open_start(day: int) -> bool:
    """Is ``day`` the open start of a "before" interval (MIN for an AD date, MIN_BC for a BC one), not a known
    day? A BC day lies below MIN and is known."""
    return day == MIN or day <= MIN_BC


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
    """A date as a reader would write it, precision kept: 1945-08 -> "August 1945", 193 -> "1930s"."""
    return display_date(value)

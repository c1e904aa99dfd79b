"""A TIMEX3 value as the stretch of time it names, so that the timeline draws a partial date as a span of
its own precision: "1938" as the whole year, "1945-08" as August, "193" as the 1930s."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Any

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # northern; WI runs into next year

MOD_WORDS = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "BEFORE": "before",
             "AFTER": "after", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after",
             "LESS_THAN": "less than", "MORE_THAN": "more than", "EQUAL_OR_LESS": "at most",
             "EQUAL_OR_MORE": "at least"}


def _month_start(year: int, month: int) -> date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def span_of(value: str | None) -> dict[str, Any] | None:
    """{"start", "end" (exclusive), "precision"} in ISO dates for a TIMEX3 date value, or None when the
    value names no stretch of the calendar (durations, PRESENT_REF, unparseable)."""
    if not value:
        return None
    v = value.strip()
    try:
        if m := _DAY.match(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return _out(d, d + timedelta(days=1), "day")
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            if not 1 <= mo <= 12:
                return None
            return _out(date(y, mo, 1), _month_start(y, mo + 1), "month")
        if m := _YEAR.match(v):
            y = int(m[1])
            return _out(date(max(y, 1), 1, 1), date(y + 1, 1, 1), "year")
        if m := _DECADE.match(v):
            y = int(m[1]) * 10
            return _out(date(max(y, 1), 1, 1), date(y + 10, 1, 1), "decade")
        if m := _CENTURY.match(v):
            y = int(m[1]) * 100
            return _out(date(max(y, 1), 1, 1), date(y + 100, 1, 1), "century")
        if m := _WEEK.match(v):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return _out(start, start + timedelta(days=7), "week")
        if m := _QUARTER.match(v):
            y, q = int(m[1]), int(m[2])
            return _out(date(y, 3 * q - 2, 1), _month_start(y, 3 * q + 1), "quarter")
        if m := _HALF.match(v):
            y, h = int(m[1]), int(m[2])
            return _out(date(y, 6 * h - 5, 1), _month_start(y, 6 * h + 1), "half-year")
        if m := _SEASON.match(v):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            return _out(_month_start(y, a), _month_start(y, b), "season")
    except ValueError:
        return None
    return None


def _out(start: date, end: date, precision: str) -> dict[str, Any]:
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def label_of(value: str | None, mod: str | None = None) -> str:
    """A date for people: "13 June 1938", "June 1938", "1930s", "early 1938"."""
    if not value:
        return "undated"
    span = span_of(value)
    text = value
    if span:
        start = date.fromisoformat(span["start"])
        p = span["precision"]
        if p == "day":
            text = f"{start.day} {calendar.month_name[start.month]} {start.year}"
        elif p == "month":
            text = f"{calendar.month_name[start.month]} {start.year}"
        elif p == "year":
            text = str(start.year) if value.isdigit() else value
        elif p == "decade":
            text = f"{value[:3]}0s"
        elif p == "season":
            text = f"{_SEASON_NAMES[value[-2:]]} {start.year}"
        elif p == "quarter":
            text = f"{value[-2:]} {start.year}"
        elif p == "half-year":
            text = f"{'first' if value.endswith('1') else 'second'} half of {start.year}"
        elif p == "week":
            text = f"week {value[-2:].lstrip('0')} of {value[:4]}"
        elif p == "century":
            text = f"{_ordinal(int(value[:2]) + 1)} century"
    if mod and mod in MOD_WORDS:
        text = f"{MOD_WORDS[mod]} {text}"
    return text

"""Dates of references as CSL date objects ({"date-parts": [[1968, 1]]})."""
from __future__ import annotations

import functools
import re

from .lexicon import months

YEAR = r"(?:1[4-9]\d\d|20[0-4]\d)"


@functools.lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, ...]:
    mon = "|".join(sorted(map(re.escape, months()), key=len, reverse=True))
    return (
        re.compile(rf"(?P<y>{YEAR})-(?P<m>\d\d)(?:-(?P<d>\d\d))?"),
        re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?P<mon>{mon})\.?,?\s+(?P<y>{YEAR})", re.I),
        re.compile(rf"(?P<mon>{mon})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})", re.I),
        re.compile(rf"(?P<mon>{mon})\.?,?\s+(?P<y>{YEAR})", re.I),
        re.compile(rf"(?P<y>{YEAR}),?\s+(?P<mon>{mon})\b\.?(?:\s+(?P<d>\d{{1,2}})\b)?", re.I),
        re.compile(rf"(?P<d>\d{{1,2}})[./](?P<m>\d{{1,2}})[./](?P<y>{YEAR})"),
        re.compile(rf"(?<!\d)(?P<y>{YEAR})(?!\d)"),
    )


def parse_date(text: str) -> dict | None:
    """The first date in ``text`` as CSL, as precise as it is written; None without a year."""
    for rx in _patterns():
        m = rx.search(text)
        if not m:
            continue
        g = m.groupdict()
        parts = [int(g["y"])]
        month = None
        if g.get("mon"):
            month = months().get(g["mon"].lower().rstrip("."))
        elif g.get("m"):
            month = int(g["m"])
        if month and 1 <= month <= 12:
            parts.append(month)
            if g.get("d") and 1 <= int(g["d"]) <= 31:
                parts.append(int(g["d"]))
        return {"date-parts": [parts]}
    return None


def year_of(date: dict | None) -> int | None:
    try:
        return int(date["date-parts"][0][0])
    except (TypeError, KeyError, IndexError, ValueError):
        return None


def iso(date: dict | None) -> str | None:
    """"1999-08-17" / "1968-01" / "1968" for a CSL date."""
    try:
        parts = date["date-parts"][0]
    except (TypeError, KeyError, IndexError):
        return None
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])

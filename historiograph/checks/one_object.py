"""One event of one object told by two documents that disagree on its year or on who did it.

Some events befall a person, an institution or a document once: it is founded, dissolved, executed,
deported, released from one imprisonment (``once_per_object`` of data/corpus/one_event.json). Two
texts that each tell one such event of one named object, dated a year or finer, in years a copying
slip apart (the decade digit: 1661 / 1671, 1937 / 1957; or ten years: 1891 / 1901), agreeing in month and day
and place where both give them, tell one event whose dates conflict (``slip``). Events that one person
does to an institution (its founding, its dissolution: ``one_agent_types``) are one event when two
texts tell them of one named object on dates that overlap, whoever each text names as the agent
(``one_act``): the conflicts step then says when the texts name different people.

"Told once in each text" is what keeps this precise: a text that tells two foundings of one school (a
refounding) or two releases of one man on different dates makes no guess. Matching uses the blocks
the callers already have (a shared participant key), so nothing compares all pairs.
"""
from __future__ import annotations

import functools
import re
from datetime import date

from ..events.dates import compatible
from .records import Record, one_event_data as data
from .told_twice import named

_FATE_SUBJECT = ("disappearance", "death", "defection", "birth")  # the one it befalls is their agent


def subject_keys(r: Record) -> set[str]:
    """The named keys an event befalls: its patients, or its agent for a death or a defection."""
    keys = set(r.roles.get("patient", set()))
    if r.type in _FATE_SUBJECT:
        keys |= r.roles.get("agent", set())
    return named(keys)


def _year(iv: tuple[int, int] | None) -> int | None:
    """The one calendar year an interval lies in, else None (a decade, an open side)."""
    if iv is None:
        return None
    try:
        lo, hi = date.fromordinal(iv[0]), date.fromordinal(iv[1])
    except (ValueError, OverflowError):
        return None
    return lo.year if lo.year == hi.year else None


def year_slip(ya: int, yb: int) -> bool:
    """Two years a copying or printing slip apart: only the decade digit differs (1661 / 1671, 1937 /
    1957), the last two digits are swapped (1886 / 1868), or they are a decade apart (1891 / 1901). Years a few apart (1906 / 1907) are not: one
    object may well be dissolved in each (a parliament), and a text a year off is no slip of the pen."""
    if ya == yb:
        return False
    if abs(ya - yb) in {int(g) for g in data()["slip_year_gaps"]}:
        return True
    if ya // 100 == yb // 100 and ya % 100 // 10 == yb % 10 and ya % 10 == yb % 100 // 10:
        return True  # the last two digits swapped (1886 / 1868)
    return ya // 100 == yb // 100 and ya % 10 == yb % 10


def _shifted(iv: tuple[int, int], year: int) -> tuple[int, int] | None:
    """The interval moved to ``year`` (same months and days), to compare what the two datings say
    besides the year."""
    try:
        lo, hi = date.fromordinal(iv[0]), date.fromordinal(iv[1])
        return date(year, lo.month, lo.day).toordinal(), date(year, hi.month, hi.day).toordinal()
    except ValueError:  # 29 February
        return None


class Objects:
    """Per (document, type, object key) the dated tellings, so that "told once in each text" is a
    look-up."""

    def __init__(self, records):
        self.told: dict[tuple[str, str, str], list[Record]] = {}
        once = set(data()["once_per_object"]) | set(data()["one_agent_types"])
        for r in records:
            if r.type not in once or r.stated is None or r.event.certainty == "negated":
                continue
            for k in subject_keys(r):
                self.told.setdefault((r.source, r.type, k), []).append(r)

    def _alone(self, r: Record, key: str) -> bool:
        return all(o is r or compatible(o.stated, r.stated) for o in self.told.get((r.source, r.type, key), []))

    def _shared(self, a: Record, b: Record) -> set[str]:
        return {k for k in subject_keys(a) & subject_keys(b) if self._alone(a, k) and self._alone(b, k)}

    def slip(self, a: Record, b: Record) -> bool:
        """One event of one object, told once in each of two texts, whose years are a slip apart and
        which agree in everything else they both state (month, day, place)."""
        if a.source == b.source or a.type != b.type or a.type not in data()["once_per_object"]:
            return False
        if a.stated is None or b.stated is None or "negated" in (a.event.certainty, b.event.certainty):
            return False
        if not self.slip_dates(a, b) or (a.place and b.place and a.place != b.place):
            return False
        return bool(self._shared(a, b))

    def one_act(self, a: Record, b: Record) -> bool:
        """One act done to one named object (its founding), told once in each of two texts, on dates
        that fit: one event, whoever each text says did it. (Dates a slip apart and different people
        are two differences: no guess.)"""
        if a.source == b.source or a.type != b.type or a.type not in data()["one_agent_types"]:
            return False
        if a.stated is None or b.stated is None or "negated" in (a.event.certainty, b.event.certainty):
            return False
        if not compatible(a.stated, b.stated):
            return False
        if a.place and b.place and a.place != b.place:
            return False
        return bool({k for k in named(a.roles.get("patient", set()) & b.roles.get("patient", set()))
                     if self._alone(a, k) and self._alone(b, k)})

    @staticmethod
    def slip_dates(a: Record, b: Record) -> bool:
        ya, yb = _year(a.stated), _year(b.stated)
        if ya is None or yb is None or not year_slip(ya, yb):
            return False
        moved = _shifted(a.stated, yb)
        return moved is not None and compatible(moved, b.stated)


def one_agent_type(etype: str) -> bool:
    return etype in data()["one_agent_types"]


@functools.lru_cache(maxsize=4096)
def _word(name: str) -> re.Pattern | None:
    """The last word of a name (a family name), as a whole word."""
    words = re.findall(r"\w+", name)
    return re.compile(rf"\b{re.escape(words[-1])}\b") if words and len(words[-1]) > 2 else None


def named_in_sentence(r: Record, key: str) -> bool:
    """The text names this participant in the event's own sentence (not only through "he" or "its
    founder", which may be resolved to the wrong person)."""
    rx = _word(r.names.get(key, ""))
    s = r.event.sentence
    return rx is not None and rx.search(r.text, s["start"], s["end"]) is not None


def mentions(r: Record, name: str) -> bool:
    """r's text names this person anywhere (a text that names both founders may tell them as partners)."""
    rx = _word(name)
    return rx is not None and rx.search(r.text) is not None

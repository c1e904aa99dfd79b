"""Lengths counted from the story's time ("three days later", "a fortnight afterwards", "two weeks
before"): one timex that is both TimeML's and the reader's.

TimeML (TempEval-3, and the project's own gold) annotates "three days later" as the DURATION "three
days" (P3D) with "later" as its signal, not as a date; a reader of a narrative wants the day it leads
to. The timex keeps TimeML's extent, type and value, and carries the date in ``anchored`` (with its
EDTF interval in edtf/earliest/latest), which events and the timeline use (``dated``)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Timex

# mods a length and the date it leads to share; "many years later" (the date AFTER the story's time,
# no upper bound) stays a date: as a length it would lose the only thing it says
_SHARED_MODS = frozenset({None, "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"})


def as_length(t: Timex, end: int, duration: str, shown: str) -> Timex:
    """The counted timex ``t`` as TimeML's length (its span up to ``end``), the date it named kept in
    ``anchored``; ``t`` unchanged when its mod is no length's or it is a publication date."""
    if t.bibliographic or t.type != "DATE" or t.mod not in _SHARED_MODS or not t.start < end <= t.end:
        return t
    date = t.value if (t.value or "")[:1].isdigit() else None  # FUTURE_REF/PAST_REF: no day to lead to
    return replace(t, end=end, text=shown[t.start:end], type="DURATION", value=duration, anchored=date,
                   **({} if date else {"edtf": None, "earliest": None, "latest": None}))


def dated(t: Timex) -> Timex:
    """The timex as the date it names, for the stages that date events: a counted length gives the
    date it leads to (a DATE of that value); every other timex is itself."""
    if t.anchored and t.type == "DURATION":
        return replace(t, type="DATE", value=t.anchored)
    return t

"""Kinds of TIMEX3 value error, for bench/timex_eval.py --kinds: what construction went wrong, not which
sentence. A kind is decided from the gold and system values and the words of the expression."""
from __future__ import annotations

import re

_REL = re.compile(r"\b(ago|later|earlier|before|after|last|next|previous|following|past|coming|this|that|"
                  r"same|yesterday|tomorrow|today|recent)\b", re.I)
_WD = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _gran(v: str | None) -> str:
    if not v:
        return "none"
    if v.startswith("P"):
        return "duration"
    if v.endswith("_REF"):
        return "ref"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", v):
        return "time"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "day"
    if re.fullmatch(r"\d{4}-W\d\d(-WE)?", v):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "month"
    if re.fullmatch(r"\d{4}-(Q\d|H\d|SP|SU|FA|WI)", v):
        return "period"
    if re.fullmatch(r"\d{4}", v):
        return "year"
    if re.fullmatch(r"\d{2,3}", v):
        return "decade/century"
    if "X" in v:
        return "unknown-field"
    return "other"


def error_kind(g: dict, s, dct: str | None, ctx: str) -> str:
    gv, sv, words = g.get("value") or "", s.value or "", s.text.lower()
    gt = g.get("type")
    if gt == "SET" or s.type == "SET":
        return "SET"
    if gt == "DURATION" or s.type == "DURATION" or gv.startswith("P") or sv.startswith("P"):
        if gv.startswith("P") and sv.startswith("P"):
            return "duration length"
        return "duration vs date"
    gg, sg = _gran(gv), _gran(sv)
    if "ref" in (gg, sg):
        return "PAST/PRESENT/FUTURE_REF"
    if gg != sg:
        if gv and sv and (gv.startswith(sv) or sv.startswith(gv)):
            return "granularity"
        return "granularity+anchor"
    if dct and sv[:len(dct)] and dct.startswith(sv) and not gv.startswith(sv):
        return "document date used"
    if _WD.search(words):
        return "weekday direction"
    if _REL.search(words) or re.search(r"\b(a|an|one|two|three|\d+)\s+\w+\s+(ago|later|earlier)", words):
        return "relative offset"
    if gv[:4] != sv[:4] and gv[4:] == sv[4:]:
        return "year of yearless date"
    return "other"

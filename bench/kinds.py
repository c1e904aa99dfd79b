"""Kinds of TIMEX3 error, for bench/timex_eval.py --kinds: what construction went wrong, not which
sentence. A kind is decided from the words of the expression (and, for a value error, from how the
gold and system values differ), so the table says which rules to work on and what each costs."""
from __future__ import annotations

import re

_WD = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
_TOD = re.compile(r"\b(morning|afternoon|evening|night|tonight|noon|midnight|dawn|dusk|a\.m\.|p\.m\.|\d+:\d\d)", re.I)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{1,2}\b)?", re.I)
_YEAR = re.compile(r"\b(1\d{3}|20\d\d)\b|'\d\d\b")
_DECADE = re.compile(r"\d0s\b|\bcentury\b|\bdecade\b(?!s)", re.I)
_QUARTER = re.compile(r"\b(quarter|fiscal|period|half|year-ago|year-earlier|nine months)\b", re.I)
_REF = re.compile(r"^(the\s+)?(now|current(ly)?|recent(ly)?|soon|future|past|present|previously|earlier|"
                  r"once|already|yet|then|today's|nowadays|lately|formerly|the time|times?)$", re.I)
_COUNTED = re.compile(r"\b(ago|later|earlier|before|after|since|hence)\b", re.I)
_RELWORD = re.compile(r"\b(last|this|next|previous|following|past|coming|same|that|the|yesterday|tomorrow|"
                      r"today|tonight|year-end|year end|weekend)\b", re.I)
_SET = re.compile(r"\b(each|every|daily|weekly|monthly|annual(ly)?|yearly|quarterly|per|a (day|week|month|year))\b", re.I)
_DUR = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some)\b.*"
                  r"\b(second|minute|hour|day|week|month|year|decade|centur)", re.I)


def construction(words: str, value: str | None = None, typ: str | None = None) -> str:
    """The construction an expression is: one of the rows of the table."""
    w = " ".join(words.split())
    v = value or ""
    if _WD.search(w):
        return "weekday ('Friday', 'Friday night')"
    if _REF.match(w) or v.endswith("_REF"):
        return "now / recent / future (_REF)"
    if _QUARTER.search(w) or re.search(r"-Q\d|-QX|-H\d", v):
        return "quarter / fiscal / period"
    if _COUNTED.search(w) and not typ == "SET":
        return "counted offset ('two days later')"
    if typ == "SET" or _SET.search(w):
        return "set ('every week', 'daily')"
    if typ == "DURATION" or v.startswith("P"):
        return "duration ('three years', 'decades')"
    if _DECADE.search(w):
        return "decade / century"
    if _TOD.search(w):
        return "clock / part of day"
    if _YEAR.search(w):
        return "explicit year ('1968', 'May 3, 1998')"
    if _MONTH.search(w):
        return "month/day without year ('Jan. 6')"
    if _RELWORD.search(w):
        return "relative ('last year', 'this week')"
    if _DUR.search(w):
        return "duration ('three years', 'decades')"
    return "other"


_OFF_STANDARD = re.compile(r"-W\d$|\d{4}(?:-\d\d)?-XX(?:-XX)?$|^P[\dX]*[ECL]$|T\d\d$")


def _weekday(value: str) -> str:
    import datetime

    return ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")[datetime.date.fromisoformat(value[:10]).weekday()]


def value_error(g: dict, s, dct: str | None) -> str:
    """How a matched pair's values differ: granularity (one is a prefix of the other, or a part of
    the day added/missing), duration vs point, or a wrong point (anchor, direction, year)."""
    gv, sv = g.get("value") or "", s.value or ""
    if _OFF_STANDARD.search(gv) and not _OFF_STANDARD.search(sv):
        return "gold off-standard"  # 2000-W7, 1968-XX, P1E, T24: no rule should produce these
    if gv.endswith("-WXX") and re.search(r"-W\d\d$", sv):
        return "gold week unnumbered"  # 1989-WXX for 'last week': the week is known from the DCT
    wd = _WD.search(s.text or "")
    if wd and re.match(r"\d{4}-\d\d-\d\d", gv) and _weekday(gv) != wd.group(1).lower():
        return "gold not that weekday"  # 'Wednesday' = 1999-02-09, a Tuesday
    if gv.startswith("P") != sv.startswith("P"):
        return "duration vs point"
    if gv.endswith("_REF") != sv.endswith("_REF"):
        return "_REF vs value"
    if gv.startswith(sv) or sv.startswith(gv) or gv[:10] == sv[:10] and len(gv) >= 10 and len(sv) >= 10 \
            or gv.replace("-XX", "") == sv or sv.replace("-XX", "") == gv:
        return "granularity"
    if dct and sv and dct.startswith(sv) and not gv.startswith(sv):
        return "document date used"
    if wd and _week_apart(gv, sv):
        return "a week apart"  # the same weekday 7 days off: the other side of the DCT, or a gold counted from another day
    return "wrong value"


def _week_apart(a: str, b: str) -> bool:
    import datetime

    if not (re.match(r"\d{4}-\d\d-\d\d", a) and re.match(r"\d{4}-\d\d-\d\d", b)):
        return False
    return abs((datetime.date.fromisoformat(a[:10]) - datetime.date.fromisoformat(b[:10])).days) == 7


def error_kind(g: dict, s, dct: str | None, ctx: str) -> str:
    """Kept for callers of the old table: construction and how the values differ."""
    return f"{construction(s.text, s.value, s.type)}: {value_error(g, s, dct)}"

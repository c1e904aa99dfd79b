"""From a pattern match to what the expression means, before any anchoring.

Each rule turns one regex match into one or more ``Part``s (a span and its ``Spec``); coordinated
dates ("13 and 14 June 1938", "1938–39") give several parts. A ``Spec`` is an unresolved TIMEX3:
either a finished value, or fields (month, day, weekday, season...) that still need a year, or a
shift of some units from a reference time ("the following year", "a month later").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from .calendar import fmt, holiday_date, valid
from .lexicon import lexicon, lookups, norm

TIME_UNITS = {"TH": "H", "TM": "M", "TS": "S"}
SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60),
           "TM": ("TS", 60)}
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th|d)$", re.I)  # "2d", "23d": older print


@dataclass(frozen=True)
class Spec:
    type: str = "DATE"
    value: str | None = None  # final value when no anchor is needed
    mod: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 1 = Monday
    season: str | None = None  # SP SU FA WI
    quarter: int | None = None
    tod: str | None = None  # MO AF EV NI, or HH:MM
    unit: str | None = None  # a shift: Y M W D Q DE CE WE, or SEASON / MONTH / WEEKDAY with their field
    n: int | None = None  # how many units (signed); None = an unknown number ("years ago")
    sign: int = 0
    anchor: str = "none"  # none | year (needs a year) | deictic (speaker's now) | anaphoric (last date told)
    #                       | clock (a bare clock time: the day told last, else the speaker's day)
    present: bool = False  # "today", "now": PRESENT_REF when there is no document date to stand for it
    holiday: str | None = None  # a rule from lexicon "holidays": "12-25", "4:11:4", "easter-2"
    keep: bool = False  # a year shift that keeps the reference's quarter ("the year-ago quarter")
    loose: bool = False  # "the week" (not "that week"): in news, the report's date may stand for a coarse story date
    day_only: bool = False  # "in the evening": a timex only when the story has a day for it
    until: "Spec | None" = None  # a range ("1937–38", "between 1937 and 1938", "10–11 August"): where it ends
    vague: tuple[int, int | None] | None = None  # a vague count of a shift ("a few weeks later"): units at least/most
    # a length counted from the story's time ("three days later"): where the length ends (before its
    # signal word) and its TIMEX3 duration value, which TimeML gives the timex (time/counted.py)
    counted: tuple[int, str] | None = None
    ordinal: bool = False  # "on the 16th" after a report's dateline: a day of its month (Resolver._ordinal_day)


@dataclass(frozen=True)
class Part:
    start: int
    end: int
    spec: Spec


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _relative(rel: str, default: str = "deictic") -> tuple[int, str]:
    """(n, anchor) of a relative word ("next": 1, "last": -1, "this": 0), one lookup for every rule with
    a "rel" group; a word the lexicon lacks counts 0 from ``default``."""
    return lookups()["relative_words"].get(norm(rel), (0, default))


def month_of(word: str) -> int | None:
    return lookups()["months"].get(word.lower().rstrip("."))


def day_of(word: str) -> int:
    return int(_ORD_SUFFIX.sub("", word))


def parse_number(s: str | None) -> float | None:
    """'three' -> 3, 'twenty four' -> 24, 'a hundred' -> 100, '1,500' -> 1500, '2 1/2' -> 2.5."""
    if not s:
        return None
    s = norm(s)
    half = 0.0
    for tail in (" and a half", " 1/2"):
        if s.endswith(tail):
            s, half = s[: -len(tail)].strip(), 0.5
    if s in ("a couple of", "couple of", "a pair of", "a couple"):
        return 2 + half
    if s[:1].isdigit():
        try:
            return float(s.replace(",", "")) + half
        except ValueError:
            return None
    words = lookups()["number_words"]
    toks = [t for t in s.split() if t != "and"]
    if toks[:2] in (["half", "a"], ["half", "an"]):
        return 0.5
    if len(toks) > 1 and toks[0] in ("a", "an") and words.get(toks[1], 0) < 100:
        toks = toks[1:]  # "a five-hour" (never produced by the pattern, but cheap to be safe)
    total = cur = 0.0
    for t in toks:
        v = words.get(t)
        if v is None:
            return None
        if v == 100:
            cur = max(cur, 1) * 100
        elif v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif v == 12 and t == "dozen":
            cur = max(cur, 1) * 12
        else:
            cur += v
    return total + cur + half


def duration_value(num: float | None, unit: str) -> str:
    """ISO 8601 duration: (3, 'Y') -> P3Y, (1, 'DE') -> P10Y, (5.5, 'TH') -> PT5H30M, (None, 'Y') -> PXY."""
    if unit == "DE":
        unit, num = "Y", (None if num is None else num * 10)
        if num is None:
            return "PXDE"
    elif unit == "CE":
        unit, num = "Y", (None if num is None else num * 100)
        if num is None:
            return "PXCE"
    elif unit == "ML":
        unit, num = "Y", (None if num is None else num * 1000)
    elif unit == "FN":
        unit, num = "W", (None if num is None else num * 2)
    elif unit == "WE":
        unit, num = "D", (None if num is None else num * 2)
    if num is None:
        return ("PT" if unit in TIME_UNITS else "P") + "X" + TIME_UNITS.get(unit, unit)
    whole = int(num)
    frac = num - whole
    parts = [(whole, unit)] if whole else []
    if frac and unit in SMALLER:
        small, k = SMALLER[unit]
        parts.append((round(frac * k), small))
    elif frac:
        return "P" + f"{num:g}" + unit
    if not parts:
        parts = [(0, unit)]
    date_part = "".join(f"{n}{u}" for n, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{n}{TIME_UNITS[u]}" for n, u in parts if u in TIME_UNITS)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _edge_mod(m: re.Match) -> str | None:
    lk = lookups()
    if _g(m, "edgep"):
        phrase = norm(m.group("edgep"))
        phrase = re.sub(r"^the |\bthe$", "", phrase).strip()
        return lk["edge_phrases"].get(phrase)
    if _g(m, "edge"):
        return lk["edge_words"].get(norm(m.group("edge")))
    if _g(m, "dmod"):
        return lk["date_mods"].get(norm(m.group("dmod")))
    return None


def _year(m: re.Match, name: str = "year") -> int | None:
    y = _g(m, name)
    if y is None and name == "year" and _g(m, "yw"):
        return spelled_year(m.group("yw"))  # "January nineteen ninety-seven"
    return int(y) if y and y.isdigit() and len(y) == 4 else None


def spelled_year(s: str) -> int | None:
    """'nineteen ninety-four' -> 1994, 'eighteen hundred' -> 1800, 'two thousand and one' -> 2001."""
    words = norm(s).split()
    nums = lookups()["number_words"]
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        year = 2000 + (int(parse_number(" ".join(rest)) or 0) if rest else 0)
    else:
        hi = nums.get(words[0])
        if hi is None or len(words) < 2:
            return None
        lo = 0 if words[1] == "hundred" else int(parse_number(" ".join(words[1:])) or 0)
        year = int(hi) * 100 + lo
    return year if 1000 <= year <= 2099 else None


# ---- rules: (match, text) -> list[Part] ---------------------------------------------------------

def r_date(m: re.Match, text: str) -> list[Part]:
    year = _year(m)
    if _g(m, "mnum") is None and _g(m, "month") is None:  # a year alone
        return [Part(m.start(), m.end(), Spec(value=fmt(year), mod=_edge_mod(m)))] if year else []
    month = int(m.group("mnum")) if _g(m, "mnum") else month_of(m.group("month"))
    day = day_of(m.group("day")) if _g(m, "day") else None
    if month is None:
        return []
    if day is not None and not valid(year or 2000, month, day):
        return []
    if day is None and year is None and not _month_alone_ok(m, text):
        return []
    mod = _edge_mod(m)
    if year is not None:
        return [Part(m.start(), m.end(), Spec(value=fmt(year, month, day), mod=mod))]
    return [Part(m.start(), m.end(), Spec(month=month, day=day, mod=mod, anchor="year"))]


def _month_alone_ok(m: re.Match, text: str) -> bool:
    """'May' and 'March' alone are months only after a temporal cue ('in May', 'last March'). Not as a
    capitalised modifier ('the March referendum'): as often a march ('The March continues'), a name's
    ('the May government', 'the May deal', 'the March letters') or a set phrase ('a May pole', 'the
    May queen'), and one sentence cannot tell a premier's deal from the month's."""
    word = m.group("month").lower()
    if _g(m, "edge") or _g(m, "edgep"):
        return True
    from .lexicon import lexicon
    if word not in lexicon()["months_alone_need_cue"]:
        return True
    before = text[max(0, m.start() - 20):m.start()].split()
    return bool(before) and before[-1].lower().strip(",") in set(lexicon()["month_cues"])


def r_slash(m: re.Match, text: str) -> list[Part]:
    a, b = int(m.group("n1")), int(m.group("n2"))
    y = m.group("year")
    year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > 30 else 2000 + int(y))
    month, day = (b, a) if a > 12 else (a, b)  # US order unless the first cannot be a month
    if not (1 <= month <= 12) or not valid(year, month, day):
        return []
    return [Part(m.start(), m.end(), Spec(value=fmt(year, month, day)))]


_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|through|until|till)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_NIGHT = re.compile(r"\b(?:the\s+)?(?P<tod>night|evening|morning)\s+of\s+(?:the\s+)?$", re.I)


def _is_range(m: re.Match, text: str, first: str) -> bool:
    """'10–11 August', '1937 to 1938', 'between 1937 and 1938': one stretch of time, not two dates
    ("13 and 14 June" stays two, as TimeML has it)."""
    sep = text[m.end(first):m.start(first + "2")]
    return bool(_RANGE_SEP.match(sep) or _BETWEEN.search(text, max(0, m.start() - 20), m.start()))


def _range_part(m: re.Match, text: str, a: Spec, b: Spec) -> list[Part]:
    """One part from the first date to the second; "the night of 10–11 August" takes in its night."""
    start = m.start()
    night = _NIGHT.search(text, max(0, start - 24), start)
    if night and a.day is not None or night and a.value and len(a.value) == 10:
        start = night.start()
        a = replace(a, type="TIME", tod=lookups()["parts_of_day"][night["tod"].lower()])
    return [Part(start, m.end(), replace(a, until=b))]


def r_coord_days(m: re.Match, text: str) -> list[Part]:
    month, year = month_of(m.group("month")), _year(m)
    d1, d2 = day_of(m.group("day")), day_of(m.group("day2"))
    if not (valid(year, month, d1) and valid(year, month, d2)):
        return []
    if _is_range(m, text, "day") and d1 < d2:
        return _range_part(m, text, Spec(value=fmt(year, month, d1)), Spec(value=fmt(year, month, d2)))
    return [Part(m.start("day"), m.end("day"), Spec(value=fmt(year, month, d1))),
            Part(m.start("day2"), m.end(), Spec(value=fmt(year, month, d2)))]


def r_coord_months(m: re.Match, text: str) -> list[Part]:
    m1, m2, year = month_of(m.group("month")), month_of(m.group("month2")), _year(m)
    if _is_range(m, text, "month") and m1 < m2:
        return _range_part(m, text, Spec(value=fmt(year, m1)), Spec(value=fmt(year, m2)))
    return [Part(m.start("month"), m.end("month"), Spec(value=fmt(year, m1))),
            Part(m.start("month2"), m.end(), Spec(value=fmt(year, m2)))]


def r_year_range(m: re.Match, text: str) -> list[Part]:
    y1, y2s = int(m.group("year")), m.group("year2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not y1 < y2 <= y1 + 200:
        return []
    if _BETWEEN.search(text, max(0, m.start() - 20), m.start()):
        # "between 1937 and 1938": one date known only within those years. "1574–1632" stays two
        # dates, as TimeML and our gold have it: the ends of a life or a reign are each a date.
        return [Part(m.start(), m.end(), Spec(value=fmt(y1), until=Spec(value=fmt(y2))))]
    return [Part(m.start("year"), m.end("year"), Spec(value=fmt(y1))),
            Part(m.start("year2"), m.end("year2"), Spec(value=fmt(y2)))]



def r_year_words(m: re.Match, text: str) -> list[Part]:
    words = norm(m.group("yw")).split()
    year = spelled_year(m.group("yw"))
    if year is None:
        return []
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    tens = len(words) > 1 and words[1] in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    if not tens and not m.group(0).lower().startswith("the year") and not (before and before[-1] in (
            "in", "of", "since", "until", "by", "from", "to", "and", "early", "late", "fiscal")):
        return []
    return [Part(m.start(), m.end(), Spec(value=fmt(year)))]


def r_decade(m: re.Match, text: str) -> list[Part]:
    mod = _edge_mod(m)
    if _g(m, "decade"):
        d = int(m.group("decade"))
        value = str(d // 10) if d % 10 == 0 and d < 200 else str(d)  # "the 1800s": the century
        if len(value) == 2:
            value = f"{d // 10:02d}"
    elif _g(m, "dshort"):
        value = "19" + m.group("dshort")
    else:
        value = "19" + str(lookups()["decade_words"][norm(m.group("dword"))])
    start = m.start()
    return [Part(start, m.end(), Spec(value=value, mod=mod))]


def r_century(m: re.Match, text: str) -> list[Part]:
    c = m.group("cent")
    n = lookups()["ordinals"].get(norm(c)) if not c[0].isdigit() else int(_ORD_SUFFIX.sub("", c))
    if not n or n > 21:
        return []
    return [Part(m.start(), m.end(), Spec(value=f"{n - 1:02d}", mod=_edge_mod(m)))]


def r_season(m: re.Match, text: str) -> list[Part]:
    season = lookups()["seasons"][m.group("season").lower()]
    mod = _edge_mod(m) or (lookups()["edge_words"].get(norm(m.group("edgeb"))) if _g(m, "edgeb") else None)
    year = _year(m)
    if year is not None:
        return [Part(m.start(), m.end(), Spec(value=f"{year:04d}-{season}", mod=mod))]
    rel = _g(m, "rel")
    if rel is None:
        return [Part(m.start(), m.end(), Spec(season=season, mod=mod, anchor="year"))]
    if m.group("season").lower() == "fall" and norm(rel) == "the" and not re.match(
            r"\s*(?:[.,;:)]|$)", text[m.end():m.end() + 3]):
        return []  # "the fall of Singapore": a defeat, not autumn
    n, kind = _relative(rel, "anaphoric")
    return [Part(m.start(), m.end(), Spec(season=season, unit="SEASON", n=n, anchor=kind, mod=mod))]


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def r_quarter(m: re.Match, text: str) -> list[Part]:
    q = int(m.group("qnum")[1]) if _g(m, "qnum") else _QORD[m.group("qord").lower()]
    return _of_a_year(m, lambda year: f"{year:04d}-Q{q}", "QUARTER", quarter=q)


def _of_a_year(m: re.Match, value, unit: str, **field) -> list[Part]:
    """A part of a year ("the third quarter", "Easter"): of the year told ("of 1938": ``value(year)``),
    of the one a relative word counts ("next Easter"), else of the year the story or report is in.
    ``field``: the Spec field that names the part (quarter=3, holiday=rule)."""
    year = _year(m)
    if year is not None:
        return [Part(m.start(), m.end(), Spec(value=value(year)))]
    rel = _g(m, "rel")
    if rel:
        n, kind = _relative(rel)
        return [Part(m.start(), m.end(), Spec(unit=unit, n=n, anchor=kind, **field))]
    return [Part(m.start(), m.end(), Spec(anchor="year", **field))]


def r_half(m: re.Match, text: str) -> list[Part]:
    h = 1 if m.group("hord").lower() in ("first", "1st") else 2  # second, last, latter ("first two quarters")
    return [Part(m.start(), m.end(), Spec(value=f"{_year(m):04d}-H{h}"))]


_RUNIT = {"year": "Y", "month": "M", "week": "W", "weekend": "WE", "decade": "DE", "century": "CE",
          "quarter": "Q", "day": "D", "period": "Q"}  # "the latest period" of a report is its quarter


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|to)\s+([A-Z][a-z]{2,8})\.?\s+\d{1,2}\b")


def r_rel(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    rel = norm(m.group("rel"))
    n, kind = _relative(rel, "anaphoric" if rel == "the" else "deictic")
    word = m.group("runit")
    low = word.lower()
    edge = _g(m, "edge")
    mod = lk["edge_words"].get(norm(edge)) if edge and norm(edge) not in ("earlier", "later") else None
    if _g(m, "edgep"):
        mod = _edge_mod(m)
    if _g(m, "orso"):
        mod = mod or "APPROX"  # "the next year or so"
    if _g(m, "month") and low == "year":  # "June last year"
        return [Part(m.start(), m.end(), Spec(unit="Y", n=n, anchor=kind, month=month_of(m.group("month"))))]
    if rel == "the" and low == "year" and re.match(r"\s+(?:ended|ending|to|through)\b", text[m.end():m.end() + 10]):
        # "for the year ended Sept. 30": a length of time, not a date; TimeBank reads "the quarter
        # ended Sept. 30" as the quarter itself (1989-Q3), so that stays a date
        return [Part(m.start(), m.end(), Spec(type="DURATION", value="P1Y"))]
    if rel == "the" and low == "quarter" and not mod:
        end = _ENDED.match(text, m.end())
        month = month_of(end.group(1)) if end else None
        if month and month > 1:
            # "the quarter ended Sept. 30": the three months up to that day, so the calendar quarter
            # of the month before it (July 31 -> May-July -> Q2)
            # (unless the report has already named its own, fiscal, quarter)
            return [Part(m.start(), m.end(), Spec(unit="Q", n=0, anchor="anaphoric", quarter=(month - 2) // 3 + 1))]
    if rel in ("past", "the past") and low in ("decade", "century") and not mod:
        # "over the past decade": the ten years up to now, a length (P10Y), not the decade before
        # this one ("the last decade" may be either, and stays the 1980s)
        return [Part(m.start(), m.end(), Spec(type="DURATION", value="P10Y" if low == "decade" else "P100Y"))]
    if low in _RUNIT:
        spec = Spec(unit=_RUNIT[low], n=n, anchor=kind, mod=mod, loose=rel == "the")
    elif low in lk["parts_of_day"]:
        tod = lk["parts_of_day"][low]
        if low == "night" and rel == "last":
            spec = Spec(type="TIME", unit="D", n=-1, anchor=kind, tod=tod)
        else:  # "in the evening" is that day's evening only when the story is at a day
            spec = Spec(type="TIME", unit="D", n=0 if n != 1 else 1, anchor=kind, tod=tod, day_only=rel == "the")
    elif low in lk["seasons"]:
        spec = Spec(season=lk["seasons"][low], unit="SEASON", n=n, anchor=kind, mod=mod)
    elif low in lk["weekdays"]:
        spec = Spec(weekday=lk["weekdays"][low], unit="WEEKDAY", n=n, anchor=kind, mod=mod)
    elif month_of(word):
        spec = Spec(month=month_of(word), unit="MONTH", n=n, anchor=kind, mod=mod)
    else:
        return []
    return [Part(m.start(), m.end(), spec)]


_AFTER_A_DATE = re.compile(r"\d{4}\)?,\s*$|\d{1,2},\s*$")


def r_rel_shift(m: re.Match, text: str) -> list[Part]:
    """'The year before,' / 'the night after.' / 'the summer after that': one unit before or after the
    story's time, a date of its own (1845 after 1846), not the story's year again. When a noun or a
    clause follows ('the year before the war', 'the year after he died') the anchor is that event,
    not the last date told: no date can be given, so the span is blocked (precision first), unless it
    stands in apposition to a date ('in 1861, the year before the war'), which names it."""
    if m.group("tail") is None:
        if _AFTER_A_DATE.search(text, max(0, m.start() - 12), m.start()):
            return []
        return [Part(m.start(), m.end(), Spec(type="BLOCK"))]
    lk = lookups()
    n = -1 if m.group("dir").lower() == "before" else 1
    low = m.group("runit").lower()
    if low in _RUNIT:
        spec = Spec(unit=_RUNIT[low], n=n, anchor="anaphoric")
    elif low in lk["parts_of_day"]:
        spec = Spec(type="TIME", unit="D", n=n, anchor="anaphoric", tod=lk["parts_of_day"][low])
    elif low in lk["seasons"]:
        spec = Spec(season=lk["seasons"][low], unit="SEASON", n=n, anchor="anaphoric")
    else:
        return []
    return [Part(m.start(), m.end(), spec)]


def r_deictic(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    word = norm(m.group("deictic"))
    n = lk["deictic_days"][word]
    tod = lk["parts_of_day"].get(m.group("tod").lower()) if _g(m, "tod") else None
    if word == "tonight":
        tod = "NI"
    edge = _g(m, "edge")
    mod = lk["edge_words"].get(norm(edge)) if edge and norm(edge) in ("early", "late") else None
    return [Part(m.start(), m.end(), Spec(type="TIME" if tod else "DATE", unit="D", n=n, anchor="deictic",
                                          tod=tod, mod=mod, present=(n == 0 and tod is None)))]


def r_weekday(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    wd = lk["weekdays"][m.group("wd").lower()]
    # "Friday evening" is that day's evening (TimeML's …TEV), as TimeBank always writes it; "Friday night"
    # and "Friday morning" stay the day: TimeBank gives the part of day and leaves it out about equally
    # often, and measured on TempEval-3 training the plain day scores better
    pod = m.group("tod").lower() if _g(m, "tod") else None
    tod = lk["parts_of_day"].get(pod) if pod in ("afternoon", "evening") else None
    return [Part(m.start(), m.end(), Spec(type="TIME" if tod else "DATE", weekday=wd, tod=tod, anchor="year"))]


def r_shift(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    unit = lk["units"][norm(m.group("unit"))]
    sign, kind = lk["shift_directions"][norm(m.group("dir"))]
    num = parse_number(_g(m, "num")) if _g(m, "num") else None
    mod = lk["quantity_mods"].get(norm(m.group("qmod"))) if _g(m, "qmod") else None
    if num is not None and num != int(num):
        num = None if num > 1 else num
    vague = lexicon()["vague_counts"].get(norm(_g(m, "num") or "")) if num is None else None
    if vague:  # "a few weeks later": 2 to 5 weeks (lexicon vague_counts), in the unit counted below
        scale = {"DE": 10, "CE": 100, "FN": 14}.get(unit, 1)
        vague = (vague[0] * scale, None if vague[1] is None else vague[1] * scale)  # None: no upper bound
    if unit == "DE":
        unit, num = "Y", None if num is None else num * 10
    elif unit == "CE":
        unit, num = "Y", None if num is None else num * 100
    elif unit == "FN":
        unit, num = "D", None if num is None else num * 14
    n = None if num is None else sign * int(round(num))
    if _g(m, "orso") and not mod:
        mod = "APPROX"  # "a week or so ago"
    counted = None
    if kind == "anaphoric" and not (unit == "Y" and n == -1 and norm(m.group("dir")) == "earlier"):
        # "three days later": TimeML's timex is the length ("three days", P3D), "later" its signal; "a year
        # earlier" is the year-ago period of a report ("up from $2 million a year earlier"), a date
        counted = (m.end("orso") if _g(m, "orso") else m.end("unit"), duration_value(num, unit))
    return [Part(m.start(), m.end(), Spec(unit=unit, n=n, sign=sign, anchor=kind, mod=mod,
                                          vague=tuple(vague) if vague else None, counted=counted))]


_ONE_DAY_ADVERB = re.compile(r"(?:\b(?:will|would|could|might|may|shall|can|must|should|he|she|they|we|i|you|it)\s+"
                             r"|(?:^|[.!?]\s+|\n\s*))$", re.I)
_UNIT_AFTER = re.compile(r"\s*(?:of|after|before|later|earlier|ago|in|to|for)\b", re.I)


_ONE_OF = frozenset({"the last", "the past", "the next", "the coming"})


def r_duration(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    unit_word = norm(m.group("unit"))
    unit = lk["units"][unit_word]
    vague = _g(m, "vague")
    num = None if vague or not _g(m, "num") else parse_number(m.group("num"))
    raw_num = norm(_g(m, "num") or "")
    if raw_num in ("a", "an", "one") and unit_word in ("second", "quarter") and not _g(m, "span"):
        return []  # "a second attempt", "a quarter of the population"
    if unit == "Q" and raw_num in ("one", "two", "three") and re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return []  # "three-quarters of the vote": a fraction
    if unit_word in ("night", "weekend") and raw_num in ("a", "an"):
        return []
    if unit_word == "minute" and vague and norm(vague) == "the last":
        return []  # "at the last minute", "the last-minute appeal": too late, not a length of time
    if raw_num == "one" and unit_word == "day" and m.group(0).lower() == m.group("num").lower() + " day" \
            and _ONE_DAY_ADVERB.search(text, max(0, m.start() - 24), m.start()) \
            and not _UNIT_AFTER.match(text, m.end()):
        # "Islam will one day be ...", "he one day hoped ...", "One day, the king ...": some day, not a length
        from .tense import clause_tense
        future = clause_tense(text, m.start(), m.end()) in ("future", "modal")
        return [Part(m.start(), m.end(), Spec(type="DATE", value="FUTURE_REF" if future else "PAST_REF"))]
    if not vague and num is None and _g(m, "num"):
        return []
    if vague and norm(vague) in _ONE_OF and not unit_word.endswith("s"):
        num, vague = 1, None  # "in the last hour", "the past minute": one unit back from now, not some
    if num is None and not vague and not _g(m, "num"):  # "for years"
        num = None
    if unit_word.endswith("s") and num is None and not vague and m.group(0).lower().endswith("-long"):
        num = None
    elif m.group(0).lower().endswith("-long") and not _g(m, "num"):
        num = 1
    mod = lk["quantity_mods"].get(norm(m.group("qmod"))) if _g(m, "qmod") else None
    if _g(m, "half") and num is not None:
        num += 0.5  # "a minute and a half"
    orso = norm(_g(m, "orso") or "")
    if _g(m, "num2") or orso in lk["number_words"]:
        pass  # "two to three weeks", "a month or two": TimeBank gives the lower bound (P2W, P1M)
    elif orso:
        mod = mod or {"so": "APPROX", "more": "EQUAL_OR_MORE", "less": "EQUAL_OR_LESS"}[orso]
    ref = lexicon()["vague_reference"].get(norm(vague) + " " + unit_word) if vague and not mod else None
    if ref:  # "in recent years": a vague time in the past, not a length
        return [Part(m.start(), m.end(), Spec(type="DATE", value=ref))]
    start = m.start()
    if not _g(m, "span") and not mod and m.group(0)[:4].lower() == "the " and "-" in m.group(0):
        start += 4  # "the 14-day truce": the timex is the adjective "14-day"
    return [Part(start, m.end(), Spec(type="DURATION", value=duration_value(num, unit), mod=mod))]


_DATE_ORDER = ("Y", "M", "W", "D")
_TIME_ORDER = ("TH", "TM", "TS")


# "for the first time in years", "the worst drought in decades", "had not met in months": a superlative,
# a first or last time, or a negation before "in" makes the bare plural a stretch up to then
_IN_UNITS_CUE = re.compile(r"(?:\b(?:first|last|only)\s+time|\b\w{2,}est\b[^.,;:]{0,40}|\b(?:most|least|worst)\b"
                           r"[^.,;:]{0,40}|\b(?:not|never|no)\b[^.,;:]{0,40}|n['’]t\b[^.,;:]{0,40})\s+in\s+$", re.I)


def r_duration_in(m: re.Match, text: str) -> list[Part]:
    """'(for the first time) in years': a vague length (PXY), only after a cue that makes it one (a
    bare 'in years' elsewhere is rarer and may be a count of something else)."""
    if not _IN_UNITS_CUE.search(text, max(0, m.start() - 60), m.start()):
        return []
    return r_duration(m, text)


def r_duration_compound(m: re.Match, text: str) -> list[Part]:
    """'19 years and 8 months', 'two hours and ten minutes': one length of time (P19Y8M, PT2H10M),
    when the second unit is smaller than the first."""
    units = lookups()["units"]
    u1, u2 = units.get(norm(m.group("unit"))), units.get(norm(m.group("unit2")))
    n1, n2 = parse_number(m.group("num")), parse_number(m.group("num2"))
    order = _DATE_ORDER + _TIME_ORDER
    if u1 not in order or u2 not in order or order.index(u1) >= order.index(u2) or not n1 or not n2 \
            or n1 != int(n1) or n2 != int(n2) or norm(m.group("num2")) in ("a", "an"):
        return []
    parts = {u1: int(n1), u2: int(n2)}
    date_part = "".join(f"{parts[u]}{u}" for u in _DATE_ORDER if u in parts)
    time_part = "".join(f"{parts[u]}{TIME_UNITS[u]}" for u in _TIME_ORDER if u in parts)
    value = "P" + date_part + ("T" + time_part if time_part else "")
    return [Part(m.start(), m.end(), Spec(type="DURATION", value=value))]


def r_clock(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    bare_pod = False  # "mid-afternoon": the middle of a part of the day, as TimeBank writes it (TAF, mod MID)
    if _g(m, "noon"):
        tod = "12:00" if m.group("noon").lower() in ("noon", "midday") else "24:00"
    elif _g(m, "midpod"):
        tod, bare_pod = lk["parts_of_day"][m.group("midpod").lower()], True
    else:
        h = int(m.group("hour"))
        mi = int(m.group("min") or 0)
        ampm = (_g(m, "ampm") or "").lower()
        if _g(m, "pod"):  # "at 4 in the morning", "at 9 at night"
            ampm = "am" if m.group("pod").lower().endswith("morning") else "pm"
            if h > 12:
                return []
        if ampm.startswith("p") and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
        if h > 24:
            return []
        tod = f"{h:02d}:{mi:02d}"
    mod = "MID" if bare_pod else _edge_mod(m)
    if _g(m, "wd"):
        spec = Spec(type="TIME", weekday=lk["weekdays"][m.group("wd").lower()], tod=tod, anchor="year", mod=mod)
    elif _g(m, "month") and valid(_year(m) or 2000, month_of(m.group("month")), day_of(m.group("day"))):
        # "5 p.m. EST Nov. 9": the clock time of that day
        month, day, year = month_of(m.group("month")), day_of(m.group("day")), _year(m)
        spec = (Spec(type="TIME", value=fmt(year, month, day), tod=tod, mod=mod) if year else
                Spec(type="TIME", month=month, day=day, tod=tod, anchor="year", mod=mod))
    elif _g(m, "deictic"):
        spec = Spec(type="TIME", unit="D", n=lk["deictic_days"][norm(m.group("deictic"))], tod=tod,
                    anchor="deictic", mod=mod)
    else:  # a part of the day alone is a timex only when the story is at a day ("in the evening")
        spec = Spec(type="TIME", unit="D", n=0, tod=tod, anchor="clock", mod=mod, day_only=bare_pod)
    return [Part(m.start(), m.end(), spec)]


def r_refword(m: re.Match, text: str) -> list[Part]:
    value = lookups()["reference_words"].get(norm(m.group("refw")))
    if not value:
        return []
    then = _THEN_BEFORE.search(text, max(0, m.start() - 6), m.start())
    if then and value == "PRESENT_REF":  # "the then-current price": current at a past time, not now
        return [Part(then.start(), m.end(), Spec(value="PAST_REF"))]
    return [Part(m.start(), m.end(), Spec(value=value, present=value == "PRESENT_REF"))]


_THEN_BEFORE = re.compile(r"\bthen[- ]$", re.I)


# "daily"/"weekly" as a noun: modifiers between a determiner and the word (names, then at most one
# lower-case word), a name right after it ("the Israeli daily Haaretz", "Cuba's official daily
# Granma"); "the weekly Cabinet meeting" (no modifier) and "the priest held daily Mass" stay frequencies
_PERIODICAL = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|['’]s)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z][\w-]*\s+)?"
                         r"|[a-z][\w-]*\s+)$")
_NAME_AFTER = re.compile(r",?\s+(?:[A-Z][\w'’-]*)")


def r_set(m: re.Match, text: str) -> list[Part]:
    lk = lookups()
    if _g(m, "setw"):
        if _PERIODICAL.search(text, max(0, m.start() - 60), m.start()) and _NAME_AFTER.match(text, m.end()) \
                and m.group("setw").islower():
            return []  # "the Communist Party daily Granma", "the Berlin weekly Die Zeit": a newspaper
        return [Part(m.start(), m.end(), Spec(type="SET", value=lk["set_words"][m.group("setw").lower()]))]
    word = m.group("unit").lower()
    if word in lk["weekdays"]:
        return [Part(m.start(), m.end(), Spec(type="SET", value=f"XXXX-WXX-{lk['weekdays'][word]}"))]
    if word in lk["seasons"]:  # "every summer"
        return [Part(m.start(), m.end(), Spec(type="SET", value=f"XXXX-{lk['seasons'][word]}"))]
    if word not in lk["units"] and month_of(word):  # "each July"
        return [Part(m.start(), m.end(), Spec(type="SET", value=f"XXXX-{month_of(word):02d}"))]
    unit = lk["units"][norm(word)]
    num = parse_number(_g(m, "num")) if _g(m, "num") else 1
    return [Part(m.start(), m.end(), Spec(type="SET", value=duration_value(num, unit)))]


@functools.lru_cache(maxsize=1)
def _rate_context():
    lx = lexicon()
    amount = re.compile(r"(?:\d|%|\b(?:" + "|".join(map(re.escape, lx["rate_amounts"])) + r")\b)\S*"
                        r"(?:\s+(?:of\s+)?[A-Za-z]+){0,2}\s+$", re.I)
    not_before = frozenset(lx["rate_not_after"])
    return amount, not_before


def r_set_rate(m: re.Match, text: str) -> list[Part]:
    """'$1.76 a year', 'twice a week', 'hundreds of interviews a day': a frequency (SET P1Y), not a length."""
    amount, not_before = _rate_context()
    left = text[max(0, m.start() - 40):m.start()]
    words = left.split()
    if not words or words[-1].lower().strip(",") in not_before or not amount.search(left):
        return []
    unit = lookups()["units"][m.group("unit").lower()]
    return [Part(m.start(), m.end(), Spec(type="SET", value=duration_value(1, unit)))]


def r_coord_md(m: re.Match, text: str) -> list[Part]:
    """'April 24 and 25(, 1999)': two dates sharing a month (and maybe a year)."""
    month, year = month_of(m.group("month")), _year(m)
    d1, d2 = day_of(m.group("day")), day_of(m.group("day2"))
    if not (valid(year or 2000, month, d1) and valid(year or 2000, month, d2)) or d2 <= d1:
        return []
    if year is not None:
        specs = [Spec(value=fmt(year, month, d1)), Spec(value=fmt(year, month, d2))]
    else:
        specs = [Spec(month=month, day=d1, anchor="year"), Spec(month=month, day=d2, anchor="year")]
    if _is_range(m, text, "day"):
        return _range_part(m, text, *specs)
    return [Part(m.start(), m.end("day"), specs[0]), Part(m.start("day2"), m.end(), specs[1])]


def r_holiday(m: re.Match, text: str) -> list[Part]:
    """'Easter', 'next Christmas', 'Easter 1916'; 'Easter Week 1916', 'next Christmas week': an ISO week
    (unit WEEKOF, the holiday's rule kept: anchoring picks which week, see Resolver._week_of_day)."""
    rule = lookups()["holidays"].get(" ".join(m.group("holiday").lower().replace("’", "'").split()))
    if not rule:
        return []
    parts = _of_a_year(m, lambda year: _holiday_value(rule, year), "HOLIDAY", holiday=rule)
    if _g(m, "hweek"):
        parts = [Part(p.start, p.end, replace(p.spec, unit="WEEKOF", holiday=rule)) for p in parts]
    return parts


def _holiday_value(rule, year: int) -> str:
    """The holiday's day in ``year`` ("Easter 1916": 1916-04-23), or the year when its rule gives none."""
    day = holiday_date(rule, year)
    return day.isoformat() if day else fmt(year)


def r_year_end(m: re.Match, text: str) -> list[Part]:
    n, kind = _relative(_g(m, "rel") or "this")
    return [Part(m.start(), m.end(), Spec(unit="Y", n=n, anchor=kind, mod="END"))]


def r_year_ago(m: re.Match, text: str) -> list[Part]:
    """'the year-ago quarter', 'year-earlier': the period told last, one year before. 'The year-earlier
    nine months' names its length, as a report's 'the nine months' does: a duration (P9M)."""
    months = _SPAN_MONTHS.search(m.group(0))
    if months:
        return [Part(m.start(), m.end(), Spec(type="DURATION", value=duration_value(parse_number(months.group(1)), "M")))]
    return [Part(m.start(), m.end(), Spec(unit="Y", n=-1, anchor="anaphoric", keep=True))]


_SPAN_MONTHS = re.compile(r"\b(nine|six|three)\s+months$", re.I)


def r_week_of(m: re.Match, text: str) -> list[Part]:
    """'the week of March 6': the week that holds the day (2000-W10)."""
    month = month_of(_g(m, "month") or m.group("dmonth"))
    day, year = day_of(_g(m, "day") or m.group("dday")), _year(m)
    if month is None or not valid(year or 2000, month, day):
        return []
    spec = (Spec(value=fmt(year, month, day), unit="WEEKOF") if year else
            Spec(month=month, day=day, anchor="year", unit="WEEKOF"))
    return [Part(m.start(), m.end(), spec)]


_WEEK_POS = {"first": (1, "START"), "second": (2, None), "third": (3, None), "fourth": (4, None),
             "last": (-1, "END"), "final": (-1, "END")}


def r_week_pos(m: re.Match, text: str) -> list[Part]:
    """'the last week of August 1938', 'the first week of May': seven days of that month, one timex."""
    import calendar as _cal

    month, year = month_of(m.group("month")), _year(m)
    if month is None:
        return []
    nth, mod = _WEEK_POS[m.group("wpos").lower()]
    last = _cal.monthrange(year or 2001, month)[1]
    d1 = last - 6 if nth < 0 else 7 * (nth - 1) + 1
    d2 = min(last, d1 + 6)
    if year is not None:
        a, b = Spec(value=fmt(year, month, d1), mod=mod), Spec(value=fmt(year, month, d2))
    else:
        a, b = Spec(month=month, day=d1, anchor="year", mod=mod), Spec(month=month, day=d2, anchor="year")
    return [Part(m.start(), m.end(), replace(a, until=b))]


def r_year_period(m: re.Match, text: str) -> list[Part]:
    """'the 1988 period', 'the 1989 quarter': the period being reported (1989-Q3), in that year."""
    return [Part(m.start(), m.end(), Spec(year=_year(m), unit="PERIOD", n=0, anchor="anaphoric", keep=True))]


_DAY_IS = re.compile(r"\b(?:it|today|this|that)(?:['’]s|\s+is|\s+(?P<was>was))\s+$", re.I)


def r_day_of(m: re.Match, text: str) -> list[Part]:
    """'It is the eighth day of the strike' is today, 'it was the second day of the siege' the story's
    day. Any other 'the second day of ...' counts from an event the text may never date: left alone."""
    copula = _DAY_IS.search(text, max(0, m.start() - 24), m.start())
    if not copula:
        return []
    if copula.group("was"):
        return [Part(m.start(), m.end(), Spec(unit="D", n=0, anchor="anaphoric"))]
    return [Part(m.start(), m.end(), Spec(unit="D", n=0, anchor="deictic", present=True))]


# ---- dates written the old way ("the 31st day of December, A. D. 1879", "the 3d inst.") ----------

_LAST_LADY_DAY_YEAR = 1751  # Britain and its colonies began the year on 1 January from 1752


def _new_style_year(m: re.Match, year: int | None) -> int | None:
    """'1731/2', '1731/32': a year told both ways between 1 January and 24 March, when the legal year
    (Old Style) still began on Lady Day; the second is the year by modern reckoning. None when the
    digits after the slash are not the next year's."""
    ns = _g(m, "ns")
    if not ns or year is None:
        return year
    if year > _LAST_LADY_DAY_YEAR:
        return None  # "the 1880/81 season" spans two years; it is no dual dating
    return year + 1 if str(year + 1).endswith(ns) else None


def _deed_year(m: re.Match) -> int | None:
    """The year of a date, in figures or in words as deeds write it ("one thousand seven hundred and
    forty-five", "seventeen hundred and six")."""
    if not _g(m, "yw"):
        return _year(m)
    n = parse_number(m.group("yw").replace(",", " "))
    if n is not None and 1000 <= n <= 2099 and n == int(n) and re.search(r"thousand|hundred \w", norm(m.group("yw"))):
        return int(n)
    return spelled_year(m.group("yw"))


def r_old_date(m: re.Match, text: str) -> list[Part]:
    """A date with the marks of older print: a day "of" its month, "A. D.", a dual year."""
    year = _new_style_year(m, _deed_year(m))
    if year is None and _g(m, "yw"):
        return []
    if year is None and _g(m, "year"):
        return []
    if _g(m, "month") is None:  # "1731/2", "1745 O.S.": a year alone
        if not (_g(m, "ns") or _g(m, "style")):
            return []
        if _g(m, "dash"):  # "1745-6": the dual year, or a stretch over both; either way within the two
            return [Part(m.start(), m.end(), Spec(value=fmt(year - 1), until=Spec(value=fmt(year))))]
        return [Part(m.start(), m.end(), Spec(value=fmt(year)))]
    month, day = month_of(m.group("month")), (day_of(m.group("day")) if _g(m, "day") else None)
    if month is None or day is not None and not valid(year or 2000, month, day):
        return []
    if day is None:  # "December, A. D. 1887"
        return [Part(m.start(), m.end(), Spec(value=fmt(year, month)))] if year else []
    if year is not None and not _g(m, "ns") and (_g(m, "style") or "").upper().startswith("O") \
            and (month, day) < (3, 25) and year <= _LAST_LADY_DAY_YEAR:
        # "February 11, 1731 O.S.": the legal year began on 25 March, so the year may be the one
        # modern reckoning calls 1732; without a dual year, say only that it is one of the two
        return [Part(m.start(), m.end(), Spec(value=fmt(year, month, day), until=Spec(value=fmt(year + 1, month, day))))]
    if year is not None:
        return [Part(m.start(), m.end(), Spec(value=fmt(year, month, day)))]
    return [Part(m.start(), m.end(), Spec(month=month, day=day, anchor="year"))]


def r_era(m: re.Match, text: str) -> list[Part]:
    """'A.D. 79', '1066 A.D.', 'in the year of our Lord 1745'; '44 B.C.' is TIMEX3 BC0044."""
    year = _deed_year(m) if _g(m, "yw") else int(m.group("ayear"))
    if not year:
        return []
    if _g(m, "bc"):
        return [Part(m.start(), m.end(), Spec(value=f"BC{year:04d}"))]
    return [Part(m.start(), m.end(), Spec(value=fmt(year)))]


def r_old_rel(m: re.Match, text: str) -> list[Part]:
    """'the 22d of March last', 'June 10th next': that day of the month's last (or next) coming,
    counted from the writing (a letter's or paper's date)."""
    month, day = month_of(m.group("month")), day_of(m.group("day"))
    if month is None or not valid(2000, month, day):
        return []
    n = -1 if m.group("ln").lower() == "last" else 1
    return [Part(m.start(), m.end(), Spec(unit="MONTH", month=month, day=day, n=n, sign=n, anchor="deictic"))]


_MONTH_REL = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}


def r_month_rel(m: re.Match, text: str) -> list[Part]:
    """'the 3d inst.' (this month), 'the 28th ult.' (last month), 'the 5th prox.' (next month): a day
    of a month counted from the month the letter or paper is written in."""
    n = _MONTH_REL[m.group("mrel").lower()]
    return [Part(m.start(), m.end(), Spec(unit="M", n=n, sign=n, day=day_of(m.group("day")), anchor="deictic"))]


def _suffix_fits(n: int, suffix: str) -> bool:
    """'1st', '2nd' or '2d', '3rd' or '3d', '4th': the suffix a day's number takes."""
    last = n % 10 if n // 10 != 1 else 0
    return suffix in {1: ("st",), 2: ("nd", "d"), 3: ("rd", "d")}.get(last, ("th",))


def r_ordinal_day(m: re.Match, text: str) -> list[Part]:
    """'on the 16th' (a day, no month): of the month a report's dateline gives (Resolver._ordinal_day);
    no timex where there is none. 'the 16th Regiment', 'the 16th of the list': the pattern takes none."""
    word = m.group("day").lower()
    n = int(word.rstrip("stndrdh"))
    if not 1 <= n <= 31 or not _suffix_fits(n, word[len(str(n)):]):
        return []
    return [Part(m.start("the"), m.end(), Spec(unit="M", n=0, day=n, anchor="anaphoric", day_only=True,
                                               ordinal=True))]


RULES = {
    "day_of": r_day_of,
    "year_period": r_year_period, "week_of": r_week_of, "week_pos": r_week_pos,
    "year_end": r_year_end, "year_ago": r_year_ago,
    "coord_md": r_coord_md, "holiday": r_holiday,
    "date": r_date, "slash": r_slash, "coord_days": r_coord_days, "coord_months": r_coord_months,
    "year_range": r_year_range, "year_words": r_year_words, "decade": r_decade, "century": r_century,
    "season": r_season, "quarter": r_quarter, "half": r_half, "rel": r_rel, "rel_shift": r_rel_shift,
    "deictic": r_deictic,
    "weekday": r_weekday, "shift": r_shift, "duration": r_duration, "clock": r_clock, "refword": r_refword,
    "set": r_set, "set_rate": r_set_rate, "duration_compound": r_duration_compound, "duration_in": r_duration_in,
    "old_date": r_old_date, "era": r_era, "month_rel": r_month_rel, "old_rel": r_old_rel,
    "ordinal_day": r_ordinal_day,
}


def with_mod(spec: Spec, mod: str | None) -> Spec:
    return replace(spec, mod=mod)

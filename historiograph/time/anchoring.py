"""Anchoring: turning a ``Spec`` into a TIMEX3 value, as HeidelTime does with two reference times.

- news mode: deictic expressions ("yesterday", "last year", "Friday", "Sept. 30") count from the
  document creation time (DCT);
- narrative mode: they count from the last date the text itself mentioned ("13 July" after
  "13 June 1938" is 1938-07-13), and "today"/"now" stay PRESENT_REF.
Anaphoric expressions ("the following year", "a month later", "that summer") count from the last
date mentioned in both modes. ``decide_mode`` picks the mode of a document when asked for "auto".
"The last date mentioned" skips asides (asides.py: "the protocol of 1886", "the Pact signed on 13
April 1941 was still in force", "born in 1900", "only in 1993 did ...") unless they fall in the
story's own year, and a lone bare year far from the passage's year does not give its year to "29 July".
"""
from __future__ import annotations

import functools
import re
from collections import Counter, deque
from dataclasses import replace
from datetime import timedelta
from typing import NamedTuple

from .asides import aside_lexicon
from .calendar import (QUARTER_VALUE, SEASON_ORDER, Day, as_date, fmt, holiday_date, month_season, parse_value,
                       shift, valid, week_value, weekday_near)
from .lexicon import lexicon
from .rules import Spec
from .tense import clause_tense, modal_before

_PERIOD = re.compile(r"^\d{4}-[QH]\d$")
_FAR = 20  # years between a lone reference year and the passage's dominant one that make it an aside
_RECENT = 10  # how many of the last dates told make up "the passage"
_CLAUSE = re.compile(r"[.!?;:]\s|,\s|``|''|[\"“”]|\n")


class TenseCues(NamedTuple):
    """Words right before a timex that tell its side of the writer's time: "as soon as Tuesday" is
    future, "by Wednesday" future unless "had filed reports by Wednesday", "said Friday" past, "since
    March" ("the year ended Jan. 31") behind the writer."""
    future: re.Pattern
    weak_future: re.Pattern  # future unless the clause's verb is past
    past: re.Pattern
    surely_past: re.Pattern


@functools.lru_cache(maxsize=1)
def _tense_cues() -> TenseCues:
    cues = lexicon()["tense_cues"]

    def alt(key: str, tail: str) -> re.Pattern:
        return re.compile(r"\b(?:" + "|".join(cues[key]) + ")" + tail, re.I)

    return TenseCues(alt("future_right_before", r"\s+(?:on\s+)?$"), alt("weak_future_right_before", r"\s+(?:on\s+)?$"),
                     alt("past_right_before", r"\s+(?:on\s+|in\s+)?$"),
                     alt("surely_past_right_before", r"\s+(?:on\s+|in\s+)?$"))


def parse_dct(value: str | None) -> Day | None:
    return parse_value(value)


def decide_mode(years: list[int], dct: Day | None) -> str:
    """News when the text's own years sit near the document date, narrative otherwise."""
    if not dct:
        return "narrative"
    if not years:
        return "news"
    far = sum(1 for y in years if abs(y - dct[0]) > 5)
    return "narrative" if far * 2 > len(years) else "news"


def _tense(text: str, start: int, end: int) -> str:
    """'future', 'past' (the clause's verb says so) or 'unsure' (nothing says: a news report's dates
    are more often behind it). A cue right before the timex first ("as soon as Tuesday"); an end
    point ("until Tuesday", "extended to Nov. 16") is ahead unless told in the past perfect ("had
    filed reports by Wednesday"); otherwise the verb group of the clause (tense.py)."""
    future_before, weak_future_before, past_before, _ = _tense_cues()
    left = text[max(0, start - 40):start]
    if future_before.search(left):
        return "future"
    verb = clause_tense(text, start, end)
    weak = weak_future_before.search(left)
    if weak:
        if weak.group(0).lower().startswith("through") and re.search(r"\bfrom\b", left):
            return "past" if verb in ("past", "pluperfect") else "future"  # a range: "sold from May through July"
        if weak.group(0).lower().startswith("from"):  # a stretch's start: "lasted from March" is behind
            return "past" if verb in ("past", "pluperfect") else "future"
        return "past" if verb == "pluperfect" else "future"
    if verb in ("past", "pluperfect"):
        return "past"
    if past_before.search(left):
        return "unsure"
    if verb == "modal" and modal_before(text, start):
        return "future"  # "would be traveling to Washington Thursday", "may vote Monday": not yet happened
    return "future" if verb == "future" else "unsure"


class Resolver:
    """Resolves specs in text order, keeping the narrative's reference time up to date."""

    def __init__(self, text: str, dct: Day | None, mode: str):
        self.text = text
        self.dct = dct
        self.mode = mode
        self.ref: Day | None = None  # the last date the text mentioned
        self.ref_value: str | None = None  # ... and its value, for its granularity (1989-Q3)
        self.comparison = False  # was the value just resolved a year-ago figure of a report ("a year earlier")?
        self.ref_told: tuple[Day, str] | None = None  # the last date that moved it, and its value ("1998-W10")
        self.ref_period: str | None = None  # the last quarter or half told ("the third quarter")
        self.quarter_told: str | None = None  # the last quarter told at all, a passing one too: "that quarter"
        self.months_told = False  # was a report's span of months ("the nine months") told after it?
        self.told: tuple[int, str] | None = None  # where the part resolved last ends, and its value
        self.recent: deque[int] = deque(maxlen=_RECENT)  # years stated by the last dates that set the story's time
        self.recent_at: deque[int] = deque(maxlen=_RECENT)  # ... and where each was stated
        self.last_in_year: dict[int, Day] = {}  # ... and the last reference time told in each year
        self.ahead: list[int | None] = []  # per part: the year of the next full date stated soon after
        self.at = -1  # the part being resolved
        self.pos = 0  # ... and where it starts
        self.stretch: tuple[str, str] | None = None  # set when a value is a stretch (first, last value)
        self.ref_stretch: tuple[str, str] | None = None  # the exact stretch the story's time was last told as
        self.approx = False  # ... and when that stretch comes from a vague count ("a few weeks later")
        self.open: str | None = None  # AFTER/BEFORE the value: an unbounded vague count ("many years later")
        self.ranged = False  # the reference time is the end of a range ("June 13–15"), not one day told
        self.report = False  # is the document date a report's dateline ("VIENNA, 22 May 1809 —")?
        self.told_ahead = False  # is the part being resolved a "next ..." told in the past ("Next spring we moved")?
        self.entry: Day | None = None  # the day of the dated entry being read (entries.py), its own DCT
        self.entry_weekday: int | None = None  # the weekday the entry's heading names ("Monday, 3 May 1830")
        self.diary = False  # is the entry a diary's day (no place, no greeting), not a letter's?
        self.note: tuple[int, int] | None = None  # an editor's note that left the entry's year ("[He returned in 1848 ...]")
        self.written: Day | None = None  # the last date stated in full, to a month at least: a letter's or paper's date

    def enter(self, value: str | None, weekday: int | None = None, diary: bool = False) -> None:
        """A dated entry begins ("Thursday, 14th."): its day is the reference time of its deictic
        expressions, and the story's time until the entry tells another date. ``weekday``: the heading
        names its day of the week ("Paris, Monday, 3 May 1830"), so that a past "on Monday" may be that day;
        ``diary``: a diary's day, whose past "on Tuesday" written on a Tuesday may be either."""
        day = parse_value(value)
        if day is None or day[2] is None:
            return
        self.entry, self.note, self.entry_weekday, self.diary = day, None, weekday, diary
        if self.mode == "news":
            self.dct = day  # a report's or a log's entry is a document of its own date ("On 2 March": near it)
        self._move(day, stated=True, at=self.pos)
        self.ref_told, self.ref_value, self.ref_stretch, self.ranged = (day, value), value, None, False

    def writers_time(self, kind: str) -> bool:
        """Does a deictic expression of a dated narrative count from the writer's date? "Last year I
        visited the museum" in a blog post of 2014 about 1884 is 2013: a narrative tells the story's
        time with "the previous year"; only a quotation speaks from inside the story. "Next spring we
        moved north" (ahead, told in the past) cannot be the writer's next spring: it is the story's."""
        return kind == "deictic" and self.mode != "news" and self.dct is not None and self.dct[0] is not None \
            and not _quoted(self.text, self.pos) and not self.told_ahead

    def base(self, kind: str, unit: str | None = None, loose: bool = False) -> Day | None:
        if kind == "deictic" and self.entry is not None:
            return self.entry  # "yesterday" in a diary's entry: the day before the entry was written
        if kind == "deictic" and (self.mode == "news" or self.writers_time(kind)):
            return self.dct or self.ref
        if kind == "clock" and self.mode == "news":  # "at 10 p.m.": the day the story is at, if it is at one
            return self.ref if self.ref and self.ref[2] is not None else (self.dct or self.ref)
        if loose and self.mode == "news" and self.dct and self.ref and _coarser(self.ref, unit) \
                and not _coarser(self.dct, unit):
            return self.dct  # "the weekend" after "in 1994": the story's year cannot place it, the report's date can
        if loose and self.mode == "news" and self.dct and self.ref and self.ref[0] is not None \
                and self.dct[0] is not None and self.ref[0] > self.dct[0]:
            return self.dct  # "the full year" after "by 1992": a report's story is not in a later year
        return self.ref or self.dct

    def resolve(self, spec: Spec, start: int, end: int, aside: str | None = None) -> tuple[str, str | None]:
        """(value, anchor used: None for a self-contained value, else 'news' or 'narrative').
        ``aside`` (asides.classify) is the kind of aside the date is: it moves the reference time
        only when it stays within that kind's tolerance of it."""
        self.pos = start
        if self._within_ahead(spec, start, end):
            spec = replace(spec, anchor="deictic")  # counted from the writing, not the story
        self.told_ahead = spec.anchor == "deictic" and self.mode != "news" and (spec.n or spec.sign or 0) > 0 \
            and clause_tense(self.text, start, end) in ("past", "pluperfect")
        if spec.anchor == "none":
            value, how = spec.value or "XXXX", None
            if spec.type == "DATE" and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value):
                self.written = parse_value(value)
            if self.entry is not None and value[:4].isdigit() and abs(int(value[:4]) - self.entry[0]) > 1:
                self.entry = None  # "The party was found in 1801": the story has left the quoted journal
                self.note = _editors_note(self.text, start) or self.note
        elif spec.anchor == "year":
            value, how = self._needs_year(spec, start, end), self._how("year")
        else:
            value, how = self._relative(spec), self._how(spec.anchor)
            if aside == "flashback" and self.mode != "news" and spec.season and spec.n == 0 and self.ref \
                    and _SEASON.match(value) and not _ends_before(value, self.ref):
                value = f"{int(value[:4]) - 1:04d}{value[4:]}"  # "that winter had been ...": the last one before
        if spec.unit == "WEEKOF":
            value = self._week_of_day(spec, value)
        if spec.tod:
            if len(value) == 10 and value[:1].isdigit():
                value = f"{value}T{spec.tod}"
            elif spec.type == "TIME":
                value = f"XXXX-XX-XXT{spec.tod}"
        comparison, self.comparison = self.comparison, False
        if spec.type == "DURATION" and self.mode == "news" and _REPORT_SPAN.match(self.text, start, end):
            self.months_told = True  # "For the nine months, ... a year earlier": that year, not the quarter
        elif _PERIOD.match(value):
            self.months_told = False
        if spec.type in ("DATE", "TIME") and not comparison and not self.writers_time(spec.anchor):
            # a vague count: its first; an exact stretch ("eight days later" than March): its first month
            exact = self.stretch if self.stretch and not self.approx else None
            day = self._day(self.stretch[0] if self.approx and self.stretch else exact[0][:7] if exact else value)
            if day and not self._keeps_story(day, aside, value):
                self._move(day, stated=spec.anchor == "none", at=start)
                self.ref_told = (day, value)
                self.ref_stretch = exact
                if spec.anchor in ("none", "year"):
                    self.ref_value = value
                if _PERIOD.match(value) and not spec.keep and not spec.sign and not self._reporting(self.ref_period):
                    self.ref_period = value
        if spec.type == "DATE" and QUARTER_VALUE.match(value):
            self.quarter_told = value
        self.told = (end, value)
        return value, how

    def _apposed_year(self, start: int) -> int | None:
        """'Last year, in March', 'the year-ago quarter, the second quarter ended Oct. 31': a yearless
        date set off by a comma right after a date with its year narrows or restates it, in that year."""
        if self.told and _APPOSED.fullmatch(self.text, self.told[0], start) and _YEAR_FIRST.match(self.told[1]):
            return int(self.told[1][:4])
        return None

    def _period_end_year(self, start: int) -> int | None:
        """'the second quarter ended Oct. 31' after 'the year-ago quarter': the date that ends a quarter or
        half just told is in that period's year, not the one nearest the document date."""
        if self.told and _PERIOD.match(self.told[1]) and _ENDED.fullmatch(self.text, self.told[0], start):
            return int(self.told[1][:4])
        return None

    def _reporting(self, period: str | None) -> bool:
        """Is ``period`` the quarter a news report is about, the last one ended by its date? Once told,
        other quarters are told in passing ("after a flat second quarter", "a fourth-quarter charge")."""
        return bool(period and self.mode == "news" and self.dct and self.dct[1]
                    and period == shift(self.dct, "Q", -1))

    def _day(self, value: str | None) -> Day | None:
        """The reference time a value sets. In a narrative a winter is the one that begins in December
        of its year (time.values.date_range: "1793-WI" is December 1793 to February 1794), so the story
        that reaches it stands in December, and "3 January" after it is in the next year."""
        day = parse_value(value)
        if day and self.mode != "news" and _WINTER.match(value or ""):
            return (day[0], 12, None)
        return day

    def _keeps_story(self, day: Day, aside: str | None, value: str | None = None) -> bool:
        """Does an aside leave the reference time where it is? Asides in the story's own year (or,
        for some kinds, close enough after it) still move it: "the assault of 6 August" is told.
        A flashback (a date told in the past perfect: "the men had not been paid since the summer")
        leaves it only when the date lies before the story's time; a report told later ("as Hale later
        wrote in 1910", "he used to say that 1919 ...") and a past-perfect flashback are asides of a
        narrative only (news reads its dates by TimeML's rules)."""
        if aside in _NARRATIVE_ONLY and self.mode == "news":
            return False
        if aside in ("note", "fact"):
            return True  # a book's note, an article's fact line: beside the story, before it has a time too
        if aside is None or self.ref is None or day[0] is None or self.ref[0] is None:
            return False
        if aside == "flashback":
            return _ends_before(value, self.ref)
        back, ahead = aside_lexicon()["tolerance"].get(aside, (0, 0))
        gap = day[0] - self.ref[0]
        return not (-back <= gap <= ahead)

    def _move(self, day: Day, stated: bool, at: int = 0) -> None:
        self.ref = day
        self.ranged = False
        if stated:  # only years the text states count towards the passage's year
            self.recent.append(day[0])
            self.recent_at.append(at)
        self.last_in_year[day[0]] = day

    def settled(self, base: Day | None) -> Day | None:
        """The reference time a same-time expression ("29 July", "that autumn") should use: ``base``,
        unless it is a bare year stated once, far from the year the passage keeps returning to (an
        aside the cues missed: "... the protocol of 1886. ... On 29 July"); then that year's last date.
        A full date ("On 3 March 1961") is a jump of the story, never overruled."""
        if self.mode == "news" or base is None or base[0] is None or base[1] is not None \
                or len(self.recent) < 3 or base[0] not in self.recent:
            return base
        counts = Counter(self.recent)
        if counts[base[0]] > 1:
            return base
        top = max(counts.values())
        dominant = next(y for y in reversed(self.recent) if counts[y] == top)
        if top < 2 or abs(dominant - base[0]) <= _FAR or not self._told_in_paragraph(dominant):
            return base
        return self.last_in_year.get(dominant, base)

    def _told_in_paragraph(self, year: int) -> bool:
        """Was ``year`` stated in the paragraph of the last date told? A passage returns to its year
        within a paragraph; a new paragraph that opens with a new year ("In 1880 the mill was sold.
        That winter ...") has moved the story there, however often an earlier paragraph named its year."""
        last = self.recent_at[-1] if self.recent_at else 0
        para = self.text.rfind("\n\n", 0, last)
        return any(y == year and at > para for y, at in zip(self.recent, self.recent_at))

    def _ahead(self) -> Day | None:
        """Before the story has a date, the year of a full date stated just after beats the document's
        own date: an explicit year is what the writer meant."""
        if 0 <= self.at < len(self.ahead) and self.ahead[self.at] is not None:
            return (self.ahead[self.at], None, None)
        return None

    def _week_of_day(self, spec: Spec, value: str) -> str:
        """The ISO week holding the day ``value`` ("the week of March 6", "Christmas week"). A history's
        "Easter Week" is the week after Easter, from Easter Monday (lexicon "holiday_week_from_next_day");
        a news report's is the week up to Easter Sunday, as TempEval-3's gold has it ("as Easter week
        began" written on the Monday before Easter: the ISO week holding the Sunday), so news keeps the
        holiday's own week, as Christmas and Thanksgiving weeks do in both modes."""
        date = as_date(parse_value(value))
        if date and self.mode != "news" and spec.holiday in lexicon()["holiday_week_from_next_day"]:
            date = date + timedelta(days=1)
        return week_value(date) if date else value

    def _holiday(self, spec: Spec, base: Day | None, direction: int) -> str:
        return _holiday_of(spec, base, direction)

    def _coarse_told(self, base: Day | None, spec: Spec) -> tuple[str, str] | None:
        """The value the story's time was told with, when a count of days, weeks or months from it
        can only be a stretch: a season ("a month later" after "the spring of 1938"), or a month or
        week counted in days or weeks ("eight days later" after "in March 1862": 9 March to 8 April).
        Two days or fewer from a month or week stay in it (_coarse_day_shift); a year is too coarse.
        As (first, last): a story told as a stretch ("eight days later" than March) counts from all of it."""
        if spec.unit not in ("M", "W", "D") or not spec.sign or not spec.n or base is not self.ref:
            return None
        if self.ref_value and _SEASON.match(self.ref_value) and self._day(self.ref_value) == base:
            return self.ref_value, self.ref_value
        told = self.ref_told[1] if self.ref_told and self.ref_told[0] == base else None
        if told is None or self.mode == "news":
            return None
        if self.ref_stretch:
            return self.ref_stretch
        if _SEASON.match(told):
            return told, told
        if spec.unit in ("W", "D") and re.fullmatch(r"\d{4}-(?:\d\d|W\d\d)", told) \
                and (spec.unit == "W" or abs(spec.n) > 2):
            return told, told
        return None

    def _from_season(self, spec: Spec, told: tuple[str, str]) -> str:
        """'A month later' after 'the spring of 1938' is some time from April to June: the season's
        (month's, week's) days shifted, as a stretch, and as TIMEX3 the smallest value that holds it."""
        from .values import common_value, date_range

        lo, hi = date_range(told[0]).start, date_range(told[1]).end
        if spec.unit == "M":
            a, b = (lo.year * 12 + lo.month - 1 + spec.n, hi.year * 12 + hi.month - 1 + spec.n)
            first, last = fmt(a // 12, a % 12 + 1), fmt(b // 12, b % 12 + 1)
        else:
            import datetime as _dt
            days = {"W": 7, "D": 1}[spec.unit] * spec.n
            first = (lo + _dt.timedelta(days=days)).isoformat()
            last = (hi + _dt.timedelta(days=days)).isoformat()
        self.stretch = (first, last)
        return common_value(first, last) or first

    def _vague(self, spec: Spec, base) -> str | None:
        """'A few weeks later' in a narrative: not the writer's future but some weeks after the story's
        time, a stretch of the calendar (lexicon vague_counts: a few = 2 to 5), marked approximate; as
        TIMEX3 the smallest value that holds it. An unbounded count ("many years later") is only after
        the story's time (mod AFTER, set by tag()). News keeps TimeML's FUTURE_REF/PAST_REF."""
        from .values import common_value, vague_stretch

        if self.mode == "news" or spec.anchor != "anaphoric" or not spec.vague or base is None \
                or base is not self.ref:
            return None
        told = self.ref_value if self.ref_value and self._day(self.ref_value) == base else fmt(*base)
        if spec.vague[1] is None:  # "many years later": only after the story's time, the story stays there
            self.open = "AFTER" if spec.sign > 0 else "BEFORE"
            return told
        if self.ref_stretch and self.ref_told and self.ref_told[0] == base:  # counted from all of a stretch
            a = vague_stretch(self.ref_stretch[0], spec.unit, spec.sign, *spec.vague)
            b = vague_stretch(self.ref_stretch[1], spec.unit, spec.sign, *spec.vague)
            got = (a[0], b[1]) if a and b else None
        else:
            got = vague_stretch(told, spec.unit, spec.sign, *spec.vague)
        if got is None:
            return None
        self.stretch, self.approx = got, True
        return common_value(*got) or got[0]

    def _how(self, kind: str) -> str:
        if kind == "deictic" and self.entry is not None:
            return "news"  # counted from the entry's own date, as a report's from its date
        if kind == "deictic" and (self.mode == "news" or self.writers_time(kind)) and self.dct:
            return "news"
        if kind == "year" and self.mode == "news" and self.dct:
            return "news"
        return "narrative"

    # --- dates that name no year: "13 July", "Friday", "in summer", "the third quarter" --------

    def _needs_year(self, spec: Spec, start: int, end: int) -> str:
        # (an editor's note after a letter, "[He returned in the spring of 1848. He was captured in May.]":
        # its own year, not the letter's)
        news = self.mode == "news" and self.dct is not None and not (self.note and self.note[0] <= start < self.note[1])
        base = self.dct if news else (self.settled(self.ref) or self._ahead() or self.dct)
        if spec.weekday is not None and self.entry is not None:  # "on Friday" in an entry: the entry's week
            after = _LAST_NEXT.match(self.text, end)  # "on Tuesday last", "Friday next": strictly before, after
            told = _tense(self.text, start, end)
            ahead = (after.group(1).lower() == "next") if after else told == "future"
            # ("On Tuesday I met X" in a letter written on a Tuesday: a past of the Tuesday before, unless the
            # heading named its weekday: "Paris, Monday, 3 May" ... "resigned on Monday" is that day)
            back = told == "past" and not self.entry_weekday and not _THIS.match(self.text, start)
            if back and not after and self.diary and as_date(self.entry).isoweekday() == spec.weekday:
                return f"XXXX-WXX-{spec.weekday}"  # "On Tuesday" in a diary's Tuesday: today, or a week ago
            step = (2 if after or back else 1) * (1 if ahead else -1)
            return weekday_near(self.entry, spec.weekday, step) or f"XXXX-WXX-{spec.weekday}"
        if news and spec.weekday is None and not spec.holiday and self._apposed_year(start) is not None:
            base = (self._apposed_year(start), None, None)
        if spec.weekday is None and not spec.holiday and self._period_end_year(start) is not None:
            base = (self._period_end_year(start), None, None)  # "the second quarter ended Oct. 31": its end
        if spec.holiday:
            ahead = _tense(self.text, start, end) == "future"
            direction = 0 if not news else (1 if ahead else -1)
            day, ref = as_date(parse_value(self._holiday(spec, base, 0))), as_date(base) if base else None
            if spec.unit == "WEEKOF" and day and ref and week_value(day) == week_value(ref):
                direction = 0  # "as Easter week began" written in that week: this one, whatever the tense
            return self._holiday(spec, base, direction)
        if spec.weekday is not None:
            if base is None or as_date(base) is None:
                return f"XXXX-WXX-{spec.weekday}"
            if news:
                direction = 1 if _tense(self.text, start, end) == "future" else -1
            else:
                direction = 1
            return weekday_near(base, spec.weekday, direction) or f"XXXX-WXX-{spec.weekday}"
        year = base[0] if base else None
        if year is not None and base[1] is not None:
            if not news:
                tense = None
            elif _tense_cues().surely_past.search(self.text, max(0, start - 20), start):
                tense = "past"
            else:
                tense = {"future": True, "past": "past", "unsure": False}[_tense(self.text, start, end)]
                if tense is True and clause_tense(self.text, start, end) == "future":
                    tense = "will"  # "will be named commander for a mission in December": never a past one
            year = _closest_year(spec, base, year, tense, story=not news)
        if spec.season:
            return f"{fmt(year)}-{spec.season}"
        if spec.quarter:
            return f"{fmt(year)}-Q{spec.quarter}"
        return fmt(year, spec.month, spec.day) if spec.month else fmt(year)

    def _writing_date(self, base: Day | None) -> Day | None:
        """The date 'the 3d inst.' and 'the 28th ult.' count from: a diary entry's day, a news report's
        date, else the last date stated in full (the letter's heading, the paper's dateline), not the
        story's time, which an earlier 'the 25th ult.' or 'on Sunday' may have moved."""
        if self.entry is not None:
            return self.entry
        if self.mode == "news" and self.dct:
            return self.dct
        return self.written or base

    def _day_of_month_past_or_next(self, spec: Spec, base: Day) -> str:
        """'the 22d of March last' written on 10 March 1862 is 22 March 1861, 'the 2d of March last'
        2 March 1862: the latest such day before the writing (the first after it for 'next')."""
        by, bm, bd = base
        if bm is None:  # told only a year: the writing may be late in it or early in the next
            return fmt(None, spec.month, spec.day)
        here, there = (bm, bd or (1 if spec.n > 0 else 31)), (spec.month, spec.day)
        y = by - (spec.n < 0 and there >= here) + (spec.n > 0 and there <= here)
        return fmt(y, spec.month, spec.day) if valid(y, spec.month, spec.day) else fmt(y, spec.month)

    # --- shifts from a reference time: "last year", "the following month", "two days later" ----

    def _within_ahead(self, spec: Spec, start: int, end: int) -> bool:
        """'He is expected within the week' after a report's dateline: the week ahead of the writing, not
        the story's last week (a clause not in the past; a report with a dateline only)."""
        return spec.unit in ("W", "M") and spec.n == 0 and spec.anchor == "anaphoric" and not spec.ordinal \
            and self.report and _WITHIN.search(self.text, max(0, start - 12), start) is not None \
            and clause_tense(self.text, start, end) not in ("past", "pluperfect")

    def _ordinal_day(self, spec: Spec) -> str:
        """'on the 16th' in a report datelined 22 May 1809: 16 May; 'on the 25th', told in the past, the
        month before (a report tells no later day of its month as done). A report with a dateline only (a
        text read as news by its years, too): else no day (the tag loop then drops it, a ``day_only`` part)."""
        if not self.report or not self.dct or self.dct[1] is None or self.dct[2] is None:
            return "XXXX"
        y, m, d = self.dct
        tense = clause_tense(self.text, self.pos, self.pos + 4)
        if spec.day > d and tense in ("past", "pluperfect"):
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        elif spec.day < d and tense == "future":
            return "XXXX"  # "will arrive on the 16th" written on the 22nd: next month's, or a slip
        return fmt(y, m, spec.day) if valid(y, m, spec.day) else "XXXX"

    def _relative(self, spec: Spec) -> str:
        if spec.ordinal:
            return self._ordinal_day(spec)
        if self.mode != "news" and spec.present and spec.anchor == "deictic" and self.entry is None:
            return "PRESENT_REF"
        base = self.base(spec.anchor, spec.unit, spec.loose)
        if spec.mod == "END" and spec.n == 0 and self.mode == "news" and base is not None and base == self.dct \
                and _tense_cues().surely_past.search(self.text, max(0, self.pos - 20), self.pos):
            spec = replace(spec, n=-1)  # "since year-end", "since the end of the month" in a report: the last end passed
        if spec.unit == "M" and spec.day is not None:
            base = self._writing_date(base)
        if spec.n == 0 and spec.unit != "Y" and base is self.ref:
            base = self.settled(base)  # "that autumn", "the same day": the story's, not an aside's
        fallback = "PRESENT_REF" if (spec.n == 0 or spec.present) else (
            "PAST_REF" if (spec.n or spec.sign) < 0 else "FUTURE_REF")
        if spec.unit == "PERIOD":  # "the 1988 period": the quarter being reported, in that year
            period = self.ref_period or (shift(self.dct, "Q", -1) if self.mode == "news" and self.dct
                                         and self.dct[1] else None)
            return f"{spec.year:04d}{period[4:]}" if period and not self.months_told else fmt(spec.year)
        if spec.n is None:
            return self._vague(spec, base) or ("PAST_REF" if spec.sign < 0 else "FUTURE_REF")
        if base is None:
            if spec.unit == "M" and spec.day:
                return f"XXXX-XX-{spec.day:02d}"  # "the 3d inst." with no date to count the month from
            if spec.unit == "MONTH" and spec.day:
                return fmt(None, spec.month, spec.day)  # "the 22d of March last": which March is unknown
            return fallback
        by, bm, _ = base
        coarse = self._coarse_told(base, spec)
        if coarse is not None:
            return self._from_season(spec, coarse)
        if spec.unit == "MONTH" and spec.day is not None:  # "the 22d of March last", "June 10th next"
            return self._day_of_month_past_or_next(spec, base)
        if spec.unit == "MONTH":
            if bm is None:
                return fmt(by + spec.n, spec.month)
            y = by
            if spec.n < 0 and spec.month >= bm:
                y -= 1
            elif spec.n > 0 and spec.month <= bm:
                y += 1
            return fmt(y, spec.month)
        if spec.unit == "SEASON":
            story = self.mode != "news"
            target = (_STORY_SEASONS if story else SEASON_ORDER).index(spec.season)
            if bm is None:  # "the following winter" after "in 1849": the one beginning that December
                n = 0 if story and spec.season == "WI" and spec.n == 1 else spec.n
                return f"{by + n:04d}-{spec.season}"
            if story and spec.n == 0:  # "that spring": of the story's calendar year; "that winter": the one
                value = f"{by - (spec.season == 'WI' and bm <= 2):04d}-{spec.season}"  # it is in or that begins
                if _THE.match(self.text, self.pos) and _ends_before(value, base):
                    value = f"{int(value[:4]) + 1:04d}-{spec.season}"  # "ended in the spring" after November: the next
                return value
            cur, off = _story_season(bm) if story else month_season(bm)
            y = by + off
            if spec.n < 0 and target >= cur:
                y -= 1
            elif spec.n > 0 and target <= cur:
                y += 1
            return f"{y:04d}-{spec.season}"
        if spec.unit == "WEEKDAY":
            direction = {-1: -2, 0: 0, 1: 2}.get(max(-1, min(1, spec.n)), 0)
            if spec.anchor == "anaphoric" and spec.n == 0:
                direction = 1
            return weekday_near(base, spec.weekday, direction) or f"XXXX-WXX-{spec.weekday}"
        if spec.unit == "HOLIDAY" or spec.holiday and spec.unit == "WEEKOF":  # "next Easter (week)"
            return self._holiday(spec, base, spec.n * 2 or 0)
        if spec.unit == "Q" and spec.n == 0 and spec.anchor == "anaphoric":
            if self.quarter_told and _THAT.match(self.text, self.pos):
                return self.quarter_told  # "that quarter": the one just told, even a passing year-ago one
            if self.ref_period and self.ref_period[5] == "Q":
                return self.ref_period  # "the quarter" after "the third quarter"
            b = self.dct if self.mode == "news" and self.dct else self.ref
            if spec.quarter and b and b[0] is not None:  # "the quarter ended July 31": Q2, the last one so named
                return f"{b[0] - (1 if b[1] and (spec.quarter - 1) * 3 + 1 > b[1] else 0):04d}-Q{spec.quarter}"
            if self.mode == "news" and self.dct and self.dct[1]:
                return shift(self.dct, "Q", -1)  # the quarter a report tells of: the last one ended
        if spec.unit == "Q" and spec.n == 0 and spec.anchor == "deictic" and self._reporting(self.ref_period) \
                and _THIS.match(self.text, self.pos) and _tense(self.text, self.pos, self.pos + 12) != "future":
            return self.ref_period  # "This quarter's loss includes ...": the quarter the report tells, not the one begun
        if spec.unit == "Q" and spec.n == -1 and spec.anchor == "deictic" and self.mode == "news" \
                and self.ref_period and self.ref_period[5] == "Q" and self.dct \
                and abs(int(self.ref_period[:4]) - self.dct[0]) <= 1:
            return self.ref_period  # "the latest quarter" of a report that has told its quarter (a fiscal one too)
        if spec.unit == "QUARTER":
            return f"{by + spec.n:04d}-Q{spec.quarter}"
        n = spec.n
        if spec.unit == "WE" and n == 0 and self.mode == "news" and as_date(base) and as_date(base).isoweekday() <= 2:
            n = -1  # "the weekend" written on a Monday or Tuesday is the one just past
        if spec.unit == "Y" and self.ref_period and (spec.keep or (spec.sign and spec.n in (-1, 1))):
            self.comparison = self.mode == "news"  # a report's figure of a year before: the story stays
            if self.months_told:  # "the nine months ... a year earlier": the year before, not its quarter
                return fmt(int(self.ref_period[:4]) + n)
            return f"{int(self.ref_period[:4]) + n:04d}{self.ref_period[4:]}"  # "a year earlier" than 1989-Q3
        value = shift(base, spec.unit, n)
        if value is None and spec.unit == "D" and n and base is self.ref and self.ref_told \
                and self.ref_told[0] == base:
            value = _coarse_day_shift(self.ref_told[1], n)  # "the next day" after "last week", "in March 1998"
        if value is not None and spec.unit == "Y" and spec.month:
            value = fmt(int(value), spec.month)  # "June last year"
        if value is not None and spec.unit == "M" and spec.day and re.fullmatch(r"\d{4}-\d\d", value) \
                and valid(int(value[:4]), int(value[5:]), spec.day):
            value = fmt(int(value[:4]), int(value[5:]), spec.day)  # "the 28th ult.": that day of last month
        return value if value is not None else fallback


_SEASON = re.compile(r"^\d{4}-(SP|SU|FA|WI)$")
_WITHIN = re.compile(r"\bwithin\s+$", re.I)
_THAT = re.compile(r"that\s", re.I)
_ENDED = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\s+(?:on\s+)?", re.I)
_THIS = re.compile(r"this\s", re.I)
_LAST_NEXT = re.compile(r"\s+(last|next)\b(?!\s+(?:week|month|year)\b)", re.I)
_THE = re.compile(r"the\s+(?!same\b|very\b)", re.I)  # "the spring", not "that spring" or "the same spring"
_APPOSED = re.compile(r"\s*,\s*(?:(?:in|on|during)\s+)?(?:the\s+)?", re.I)
_YEAR_FIRST = re.compile(r"\d{4}")
_REPORT_SPAN = re.compile(r"the\s+(?:first\s+|latest\s+)?(?:nine|six)\s+months$", re.I)


def _editors_note(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the editor's note ``pos`` lies in: a paragraph opened by a bracket ("[He went back to
    Hungary in 1849. He was captured in May.]"), to its closing bracket. A year told in a letter's own
    sentences ("Our uncle fought at Leipzig in 1813.") leaves the letter's later dates in the letter's year."""
    para = text.rfind("\n\n", 0, pos)
    para = 0 if para < 0 else para + 2
    lead = len(text[para:pos]) - len(text[para:pos].lstrip())
    opener = text[para + lead:para + lead + 1]
    if opener not in ("[", "("):
        return None
    close = text.find("]" if opener == "[" else ")", para + lead)
    if 0 <= close < pos:
        return None
    return para, (close if close >= 0 else len(text))


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph ("'Yesterday we lost the bridge,' he wrote")?"""
    para = text.rfind("\n\n", 0, pos) + 1
    before = text[para:pos]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_WINTER = re.compile(r"^\d{4}-WI$")
_NARRATIVE_ONLY = frozenset({"flashback", "report", "note", "fact"})
# a narrative's season-year: spring, summer, autumn, then the winter that begins in its December
_STORY_SEASONS = ["SP", "SU", "FA", "WI"]


def _story_season(month: int) -> tuple[int, int]:
    """(index in _STORY_SEASONS, year offset) of a month in a narrative: January and February belong
    to the winter of the year before (the value date_range reads "1793-WI" as Dec 1793-Feb 1794)."""
    if month <= 2:
        return 3, -1
    return (month - 3) // 3, 0


def _ends_before(value: str | None, ref: Day) -> bool:
    """Does the date ``value`` end before the reference time begins (the summer before 14 November)?"""
    from .values import date_range

    r = date_range(value) if value else None
    if r is None or ref[0] is None:
        return False
    start = (ref[0], ref[1] or 1, ref[2] or 1)
    return (r.end.year, r.end.month, r.end.day) < start


_NEEDS = {"M": 1, "Q": 1, "MONTH": 1, "SEASON": 1, "W": 2, "WE": 2, "D": 2, "WEEKDAY": 2, "TH": 2, "TM": 2,
          "TS": 2}


def _coarser(day: Day, unit: str | None) -> bool:
    """Is a reference time too coarse to count ``unit``s from (a year for "the week")?"""
    need = _NEEDS.get(unit or "", 0)
    return need > 0 and day[need] is None


def _holiday_of(spec: Spec, base: Day | None, direction: int) -> str:
    """A holiday in the base year; direction -1/+1 move it to the nearest one on that side (-2/+2 strictly)."""
    if not base or base[0] is None:
        return "XXXX"
    year = base[0]
    day = holiday_date(spec.holiday, year)
    ref = as_date(base)
    if day is None:
        return fmt(year)
    if ref is not None and direction:
        if direction < 0 and (day > ref or (direction == -2 and day == ref)):
            day = holiday_date(spec.holiday, year - 1) or day
        elif direction > 0 and (day < ref or (direction == 2 and day == ref)):
            day = holiday_date(spec.holiday, year + 1) or day
    return day.isoformat()


def _closest_year(spec: Spec, base: Day, year: int, future: bool | str | None, story: bool = False) -> int:
    """The year of a yearless date: the one that puts it nearest the reference time ("Jan. 2"
    written on 2 Nov 1989 is 1990-01-02, "December" written in February is last December). In news
    the tense tips the balance: a date on the wrong side of the DCT for its clause counts 3 months
    further away, one that is surely past ("since March") is never placed after it, and one in a
    clause told with will/shall (``future == "will"``) never before it. Quarters
    told in the news are those reported: the latest one begun. In a narrative (``story``) a winter
    sits where date_range puts it, from the December of its year ("in the winter" after 30 December
    1884 is 1884-WI)."""
    here = 13.5 if story and spec.season == "WI" and not spec.month else _position(spec)
    if here is None:
        return year
    now = base[1] + (base[2] or 15) / 32
    if spec.quarter and future is not None:
        return year if here <= now + 1 or future in (True, "will") else year - 1
    best = None
    for y in (year - 1, year, year + 1):
        d = y * 12 + here - (year * 12 + now)
        score = abs(d)
        if future == "past" and d > 0.5:
            score += 24
        elif future is False and d > 0:
            score += 3
        elif future == "will" and d < -0.5:
            score += 24
        elif future is True and d < -0.5:
            score += 3
        if best is None or (score, abs(y - year)) < best[:2]:
            best = (score, abs(y - year), y)
    return best[2]


def _position(spec: Spec) -> float | None:
    if spec.month:
        return spec.month + (spec.day / 32 if spec.day else 0.5)
    if spec.season:
        return {"WI": 1, "SP": 4, "SU": 7, "FA": 10}[spec.season]
    if spec.quarter:
        return (spec.quarter - 1) * 3 + 1
    return None


def _coarse_day_shift(ref_value: str, n: int) -> str | None:
    """A few days from a week, month or year told without its day ("the next day" after "last week",
    "two days later" after "in March 1998"): the day cannot be named, but it falls in that same week,
    month or year, so its value is the reference's; the document's date (a FUTURE_REF) would be wrong."""
    if re.fullmatch(r"\d{4}-W\d\d|\d{4}-\d\d", ref_value) and abs(n) <= 2:
        return ref_value
    if re.fullmatch(r"\d{4}", ref_value) and abs(n) <= 7:
        return ref_value
    return None

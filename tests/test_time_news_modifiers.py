"""Kinds of TempEval-3 error worked on in session 11 of issue #12. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from historiograph.time import tag

TUESDAY = "2007-02-13"


def _values(text: str, dct: str | None = TUESDAY, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct=dct, mode=mode)]


@pytest.mark.parametrize("text", [
    "The March on Verlin drew forty thousand walkers.",
    "Donations to the March of Pennies reached a record.",
    "They may vote again next week.",
    "The march ended at the river.",
    "The March ended near the palace gates.",
    "The March sisters moved to Ardley in the spring.",  # a surname
    "Letters from the May family were sold at auction.",
    "Soldiers march through the square each morning.",
    # a capitalised March or May after an article is a march, a name or a set phrase as often as a month:
    # no rule can tell 'the May deal' (a premier's) from 'the May agreement' (the month's) in one sentence
    "The March continues through the capital of Orlesk today.",
    "The March quickly turned violent near the Tarn bridge.",
    "The May government fell in 2019.",
    "The May cabinet resigned after the vote.",
    "The May deal was rejected by the Velmar assembly.",
    "The children danced round a May pole in Hollin.",
    "Alice followed the march hare into the wood.",
    "The May queen was crowned at noon.",
    "The May bug and the May fly swarmed over the May blossom.",
    "The March letters were written by Jo March to her aunt.",
])
@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_a_march_or_a_name_is_no_month(text, mode):
    """No timex overlaps the word, of any extent: 'the May deal' must not become 'May deal' either."""
    words = [m.span() for m in re.finditer(r"\b(?:March|May|march)\b", text)]
    timexes = tag(text, dct="2019-06-03" if mode == "news" else None, mode=mode)
    assert not [(t.text, t.value) for t in timexes for a, b in words if t.start < b and a < t.end]


@pytest.mark.parametrize("text,dct,span,value", [
    # Easter 2011 fell on 24 April: its week is 2011-W16, the week the report is written in
    ("Pilgrims filled the square of Montrel as Easter week began.", "2011-04-18", "Easter week", "2011-W16"),
    ("Shops in Dunmere will close for Christmas week.", "2011-12-01", "Christmas week", "2011-W51"),
    ("Traffic fell sharply during Christmas week.", "2012-01-09", "Christmas week", "2011-W51"),
])
def test_a_holidays_week_is_the_iso_week_holding_it(text, dct, span, value):
    assert (span, value) in _values(text, dct=dct)


@pytest.mark.parametrize("text,dct,mode,span,value", [
    # Easter 1916 fell on 23 April: Easter Week, in a history, is the week from Easter Monday (1916-W17)
    ("The rising in Carrow began during Easter Week 1916.", None, "narrative", "Easter Week 1916", "1916-W17"),
    ("The rising in Carrow began during Easter Week 1916.", "2020-05-04", "news", "Easter Week 1916", "1916-W16"),
    ("In 1916 the rising in Carrow began during Easter Week.", None, "narrative", "Easter Week", "1916-W17"),
    # 25 December 1914 was a Friday of 1914-W52; the holiday's own week in either mode
    ("Trains to Selby were cancelled in the Christmas week of 1914.", "2020-05-04", "news",
     "Christmas week of 1914", "1914-W52"),
    ("Trains to Selby were cancelled in the Christmas week of 1914.", None, "narrative",
     "Christmas week of 1914", "1914-W52"),
    ("Christmas week, 1914, was the coldest in Selby.", None, "narrative", "Christmas week, 1914", "1914-W52"),
])
def test_a_holidays_week_of_a_year_told(text, dct, mode, span, value):
    got = _values(text, dct=dct, mode=mode)
    assert (span, value) in got
    year = re.search(r"\d{4}", span)
    assert not year or year.group() not in [t for t, v in got]  # the year is the week's, no timex of its own


def test_next_christmas_week_is_the_week_of_the_next_christmas():
    # written on 1 March 2011: the next Christmas is 25 December 2011, a Sunday of 2011-W51
    assert _values("Next Christmas week the shops in Dunmere will close.", dct="2011-03-01") \
        == [("Next Christmas week", "2011-W51")]


@pytest.mark.parametrize("text,value", [
    ("The Korlan index has risen 12% since year-end.", "2006"),
    ("Copper prices have doubled since the end of the year, traders in Mendez said.", "2006"),
    ("Deposits at the Fallow bank have fallen since the end of the month.", "2007-09"),
    ("The merger of the two mills should close by year-end.", "2007"),  # no 'since': this year's end
])
def test_since_the_end_of_this_period_is_the_last_end_passed(text, value):
    got = [(t.value, t.mod) for t in tag(text, dct="2007-10-30", mode="news")]
    assert (value, "END") in got


def test_since_the_end_of_a_month_the_story_told_stays_that_month():
    text = "In March the Fallow mill closed, and its workers have not been paid since the end of the month."
    got = [(t.text, t.value) for t in tag(text, dct="2007-10-30", mode="news")]
    assert ("the end of the month", "2007-03") in got

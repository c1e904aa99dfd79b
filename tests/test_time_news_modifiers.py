"""Kinds of TempEval-3 error worked on in session 11 of issue #12. Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph.time import tag

TUESDAY = "2007-02-13"


def _values(text: str, dct: str | None = TUESDAY, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct=dct, mode=mode)]


@pytest.mark.parametrize("text,value", [
    ("The March referendum will decide whether Valdoria joins the union.", "2007-03"),
    ("Under a May agreement with the miners, the Orvane company will raise wages.", "2007-05"),
    ("The May elections in Kestrel County were postponed twice.", "2006-05"),
    ("Officials said the March vote had been peaceful.", "2006-03"),
])
def test_march_or_may_between_a_determiner_and_a_noun_is_the_month(text, value):
    word = "March" if "March" in text else "May"
    assert (word, value) in _values(text)


@pytest.mark.parametrize("text", [
    "The March on Verlin drew forty thousand walkers.",
    "Donations to the March of Pennies reached a record.",
    "They may vote again next week.",
    "The march ended at the river.",
    "The March ended near the palace gates.",
    "The March sisters moved to Ardley in the spring.",  # a surname
    "Letters from the May family were sold at auction.",
    "Soldiers march through the square each morning.",
])
def test_a_march_or_a_name_is_no_month(text):
    assert not [v for w, v in _values(text) if w in ("March", "May", "march")]


@pytest.mark.parametrize("text,dct,span,value", [
    # Easter 2011 fell on 24 April: its week is 2011-W16, the week the report is written in
    ("Pilgrims filled the square of Montrel as Easter week began.", "2011-04-18", "Easter week", "2011-W16"),
    ("Shops in Dunmere will close for Christmas week.", "2011-12-01", "Christmas week", "2011-W51"),
    ("Traffic fell sharply during Christmas week.", "2012-01-09", "Christmas week", "2011-W51"),
])
def test_a_holidays_week_is_the_iso_week_holding_it(text, dct, span, value):
    assert (span, value) in _values(text, dct=dct)


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

"""Kinds of TempEval-3 error worked on in the seventh round of issue #12: a newspaper called "the ...
daily", "it is the eighth day of ..." and "the past decade". Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph.time import tag

THURSDAY = "2003-05-15"


def _values(text: str, dct: str | None = THURSDAY, mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.value, t.type) for t in tag(text, dct=dct, mode=mode)]


@pytest.mark.parametrize("text", [
    "The Communist Party daily Pravda printed the speech in full.",
    "According to the Israeli daily Haaretz, the cabinet met twice.",
    "Portugal's official weekly Expresso ran the story on its front page.",
    "The business daily, Nikkei, reported the merger.",
    "In 1908 the Berlin daily Vossische Zeitung published his letters.",
])
def test_a_periodical_named_the_daily_or_the_weekly_is_no_frequency(text):
    assert all(typ != "SET" for _, _, typ in _values(text))


@pytest.mark.parametrize("text,word", [
    ("The ministers attended the weekly Cabinet meeting.", "weekly"),  # no modifier before it
    ("The old priest held daily Mass in the chapel.", "daily"),  # no determiner before it
    ("The airline plans daily flights to Lisbon.", "daily"),
    ("Traders watched the average daily volume fall.", "daily"),
])
def test_a_frequency_before_a_capital_or_a_noun_stays_a_frequency(text, word):
    assert (word, "P1D" if word == "daily" else "P1W", "SET") in _values(text)


@pytest.mark.parametrize("text,value", [
    ("Today is the tenth day of the strike at the docks.", THURSDAY),
    ("It's the third day of the blockade, and food is short.", THURSDAY),
    ("Police said it is the 12th day of protests since the election.", THURSDAY),
])
def test_an_ordinal_day_said_to_be_today_is_the_document_date(text, value):
    found = [(w, v) for w, v, _ in _values(text) if "day of" not in w and w.endswith("day")]
    assert found and all(v == value for _, v in found)


def test_an_ordinal_day_that_was_is_the_story_day():
    text = "The siege resumed on 4 June 1916. It was the third day of the bombardment."
    assert ("the third day", "1916-06-04", "DATE") in _values(text, dct=None, mode="narrative")


@pytest.mark.parametrize("text", [
    "The second day of the talks ended without agreement.",
    "On the first day of the trial the jury was sworn in.",
    "She arrived on the fourth day since the flood began.",
])
def test_an_ordinal_day_of_an_event_the_text_does_not_date_is_left_alone(text):
    assert not any("day" in w for w, _, _ in _values(text))


@pytest.mark.parametrize("text,value", [
    ("Crime in the city has fallen over the past decade.", "P10Y"),
    ("Few inventions of the past century changed farming as much.", "P100Y"),
])
def test_the_past_decade_is_a_length_up_to_now(text, value):
    assert [(v, typ) for _, v, typ in _values(text)] == [(value, "DURATION")]


def test_the_last_decade_stays_the_decade_before():
    assert _values("Prices rose sharply in the last decade.", dct="1998-02-13")[0][1] == "198"


@pytest.mark.parametrize("text,value", [
    ("The agency will name a commander for a flight in January.", "2004-01"),
    ("The league will hold its next draft in February, officials said.", "2004-02"),
    ("Parliament will debate the bill in May.", "2003-05"),  # the month of the report itself
])
def test_a_month_in_a_clause_told_with_will_is_never_a_past_one(text, value):
    assert _values(text)[0][1] == value


def test_a_month_after_from_in_a_clause_without_will_may_still_be_past():
    assert _values("Sales have fallen from March to a two-year low.")[0][1] == "2003-03"


@pytest.mark.parametrize("text,value", [
    ("The mill is hiring for the first time in years.", "PXY"),
    ("It was the worst flood in decades, the mayor said.", "PXDE"),
    ("The two leaders had not spoken in months.", "PXM"),
    ("Grain prices reached their highest level in weeks.", "PXW"),
])
def test_in_years_after_a_first_time_a_superlative_or_a_negation_is_a_vague_length(text, value):
    assert [(v, typ) for _, v, typ in _values(text)] == [(value, "DURATION")]


@pytest.mark.parametrize("text", [
    "Profits rose in years when oil was cheap.",
    "He was paid in months of credit rather than cash.",
    "Sales were measured in weeks, not days.",
])
def test_a_bare_in_years_without_such_a_cue_is_left_alone(text):
    assert not any(w in ("years", "months", "weeks") for w, _, _ in _values(text))

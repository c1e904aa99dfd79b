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

"""Relative years in narrative prose (issue #12): 'the year before', 'the following year', 'that year',
'two years later' are shifted from the last date the story told, not from the document's date; a
unit before/after followed by an event ('the year after the flood') names no date we can give.

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.time import tag

DCT = "2015-03-12"  # a modern document date: none of the values below may come from it


def _dates(text: str, mode: str = "narrative") -> list[tuple[str, str]]:
    return [(t.text, t.anchored or t.value) for t in tag(text, dct=DCT, mode=mode) if not t.bibliographic]


@pytest.mark.parametrize("text,expected", [
    ("The mill was founded in 1846. The year before, the river had flooded the valley.",
     ("The year before", "1845")),
    ("The mill was founded in 1846; the year after, a second wheel was added.", ("the year after", "1847")),
    ("The mill was founded in 1846. The previous year, the river had flooded the valley.",
     ("The previous year", "1845")),
    ("The mill was founded in 1846. The following year a second wheel was added.",
     ("The following year", "1847")),
    ("The mill was founded in 1846. The next year a second wheel was added.", ("The next year", "1847")),
    ("The mill was founded in 1846. That year the harvest failed.", ("That year", "1846")),
    ("The mill was founded in 1846. Two years later it burned down.", ("Two years", "1848")),
    ("They married in 1901, and the year after that their son was born.", ("the year after", "1902")),
    ("The fleet sailed on 3 June 1794. The night before, a storm broke.", ("The night before", "1794-06-02TNI")),
    ("The treaty was signed in 1648. The summer after, the armies went home.", ("The summer after", "1649-SU")),
    ("The bridge opened in May 1862. The month after, a flood damaged it.", ("The month after", "1862-06")),
])
def test_a_relative_year_counts_from_the_last_date_told(text, expected):
    assert _dates(text)[-1] == expected


def test_the_anchor_is_the_latest_date_told_not_the_first():
    text = "The mill was founded in 1846. In 1850 the owner died. The year before, his son had left."
    assert _dates(text)[-1] == ("The year before", "1849")


@pytest.mark.parametrize("text", [
    "The bridge opened in 1862. The year after the flood, it was rebuilt.",
    "The bridge opened in 1862. The year before he died, the engineer sold his shares.",
])
def test_a_unit_before_an_event_names_no_date(text):
    # the year is counted from the flood or the death, whose dates are not told: no date, not 1862
    assert _dates(text) == [("1862", "1862")]


def test_in_apposition_to_a_date_it_is_that_date():
    assert _dates("They met in 1861, the year before the war.")[-1][1] == "1861"


def test_news_keeps_the_shift_from_the_story():
    got = _dates("Sales fell to $3 million in 1997, down from $4 million the year before.", mode="news")
    assert got[-1] == ("the year before", "1996")


def test_a_fronted_relative_year_dates_its_sentence_event():
    # the parser reads "The following year their son was born" as a noun with a relative clause
    ad = annotate_text("Ana Ruiz married Tomas Vidal in 1895. The following year their first son was born.")
    births = [e for e in ad.events if e.type == "birth"]
    assert births and births[0].time["value"] == "1896" and not births[0].time["inherited"]


def test_the_year_an_event_happened_is_its_date():
    ad = annotate_text("Ana Ruiz moved to Seville in 1902, the year the old king died.")
    deaths = [e for e in ad.events if e.type == "death"]
    assert deaths and deaths[0].time["value"] == "1902"


# ---- a neighbouring sentence's date and other actors ---------------------------------------------

def _times(text: str) -> dict[str, tuple | None]:
    ad = annotate_text(text)
    return {e.trigger["text"]: e.time and (e.time["value"], e.time["inherited"]) for e in ad.events}


def test_a_new_actor_named_in_apposition_does_not_take_the_last_date():
    got = _times("The town was founded in 1790. Its first mayor, Luis Prado, was born in Lima.")
    assert got["founded"] == ("1790", False) and got["born"] is None


def test_an_actor_already_told_may_take_it_marked_inherited():
    got = _times("The town was founded in 1790 by Luis Prado. Its first mayor, Luis Prado, was elected in a storm.")
    assert got["elected"] == ("1790", True)


def test_a_new_actor_in_the_next_sentence_is_left_undated():
    got = _times("In March 1848 Luis Prado was elected governor. The bishop of Cordoba excommunicated the rebels.")
    assert got["elected"] == ("1848-03", False) and got["excommunicated"] is None


def test_a_relative_year_in_the_sentence_beats_carrying():
    got = _times("Luis Prado was elected governor in 1848. Two years later, the Spanish fleet bombarded Callao.")
    assert got["bombarded"] == ("1850", False)

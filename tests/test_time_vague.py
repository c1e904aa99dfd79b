"""Vague counts from the story's time ("a few weeks later", "several years earlier") as approximate
stretches of the calendar in narrative mode; news keeps TimeML's lengths (PXW).

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest
from edtf import parse_edtf

import historiograph
from historiograph.time import tag
from historiograph.time.values import edtf_interval, overlaps, vague_stretch


def _dated(text: str, mode: str = "narrative", **kw):
    """text -> (value, mod, edtf, earliest, latest); a counted length ("a few weeks" of "a few weeks later",
    TimeML's PXW) gives the date it leads to as its value."""
    return {t.text: (t.anchored or t.value, t.mod, t.edtf, t.earliest, t.latest) for t in tag(text, mode=mode, **kw)}


@pytest.mark.parametrize("text,phrase,edtf,lo,hi", [
    # a few = 2 to 5 units; weeks are told at month precision
    ("The mission reached Herat on 12 March 1841. A few weeks later the mission turned back.",
     "A few weeks", "1841-03~/1841-04~", "1841-03-01", "1841-04-30"),
    # several = 3 to 7 units
    ("The mill opened in 1762. Several years later its owner sold it.",
     "Several years", "1765~/1769~", "1765-01-01", "1769-12-31"),
    # some = 2 to 7 units, counted backwards
    ("The treaty was signed in October 1815. Some months earlier the envoys had met at an inn.",
     "Some months", "1815-03~/1815-08~", "1815-03-01", "1815-08-31"),
    # days from a day stay days
    ("The bridge fell on 2 May 1907. A few days later the inquiry began.",
     "A few days", "1907-05-04~/1907-05-07~", "1907-05-04", "1907-05-07"),
    # a season's months are counted from its first and last month
    ("The rains came in the spring of 1690. A few months later the harvest failed.",
     "A few months", "1690-05~/1690-10~", "1690-05-01", "1690-10-31"),
    # weeks after a bare year: no finer than the year
    ("The guild was founded in 1402. A few weeks later it chose a master.",
     "A few weeks", "1402~/1403~", "1402-01-01", "1403-12-31"),
    # decades scale the count
    ("The abbey burned in 1540. A few decades earlier it had been rebuilt.",
     "A few decades", "1490~/1520~", "1490-01-01", "1520-12-31"),
])
def test_vague_count_is_an_approximate_stretch(text, phrase, edtf, lo, hi):
    value, mod, got_edtf, earliest, latest = _dated(text)[phrase]
    assert (got_edtf, earliest, latest, mod) == (edtf, lo, hi, "APPROX")
    assert value[:3].isdigit()  # a TIMEX3 date that holds the stretch, never FUTURE_REF
    parse_edtf(got_edtf)  # the library reads what we write


def test_stretch_moves_the_story_on():
    dated = _dated("The mission reached Herat on 12 March 1841. A few weeks later the mission turned back. "
                   "On 3 June it crossed the river.")
    assert dated["3 June"][0] == "1841-06-03"


def test_unbounded_count_is_only_after_the_story_and_the_writers_time_stays_vague():
    dated = _dated("The mill opened in 1762. Many years later its owner sold it. A few years ago it was restored.")
    assert dated["Many years later"] == ("1762", "AFTER", "[1763..]", "1763-01-01", None)  # 'many': no upper bound
    assert dated["A few years ago"][0] == "PAST_REF"  # counted from the writer, not the story
    dated = _dated("The treaty was signed in October 1815. Many years earlier the envoys had met.")
    assert dated["Many years earlier"][1:] == ("BEFORE", "[..1815-09]", None, "1815-09-30")


def test_news_keeps_timeml_lengths():
    dated = _dated("Talks resumed on March 3. A few weeks later the union walked out. Many years later it closed.",
                   mode="news", dct="1998-03-10")
    assert dated["A few weeks"][:3] == ("PXW", None, None)  # TimeML's length; no date it leads to in news
    assert dated["Many years"][:3] == ("PXY", None, None)


def test_a_stretch_conflicts_only_with_dates_outside_it():
    span = ("1841-03-01", "1841-04-30")
    assert overlaps(span, edtf_interval("1841-04-02"))
    assert not overlaps(span, edtf_interval("1841-07"))
    assert vague_stretch("194", "Y", 1, 2, 5) is None  # too coarse to count from


def test_events_dated_by_a_vague_count_are_approximate_and_inheritors_marked():
    ad = historiograph.annotate(text="On 12 March 1841 the envoy arrived in Kabul. "
                                     "Several years later, the army invaded the valley. "
                                     "The garrison surrendered to the army.")
    invasion = next(e for e in ad.events if e.type == "invasion")
    assert invasion.time["mod"] == "APPROX" and not invasion.time["inherited"]
    assert (invasion.time["edtf"], invasion.time["earliest"], invasion.time["latest"]) == \
        ("1844~/1848~", "1844-01-01", "1848-12-31")
    surrender = next(e for e in ad.events if e.type == "surrender")  # dated by the story's time only
    assert surrender.time["inherited"] and surrender.time["mod"] == "APPROX"
    assert (surrender.time["earliest"], surrender.time["latest"]) == ("1844-01-01", "1848-12-31")

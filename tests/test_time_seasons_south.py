"""Seasons in the southern hemisphere (issue #12): 'the winter of 1879' in a story set in Chile or
Australia is June to August of 1879 (EDTF level 2 season 32), not December to February; the TIMEX3
value stays 1879-WI. Only where the text's places make the hemisphere clear.

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest
from edtf import parse_edtf

from historiograph import annotate_text
from historiograph.time.values import display_edtf, edtf_interval, southern_season


@pytest.mark.parametrize("north,south,lo,hi", [
    ("1879-24", "1879-32", "1879-06-01", "1879-08-31"),  # winter
    ("1879-22", "1879-30", "1879-12-01", "1880-02-29"),  # summer: December into the next year
    ("1879-21", "1879-29", "1879-09-01", "1879-11-30"),  # spring
    ("1879-23", "1879-31", "1879-03-01", "1879-05-31"),  # autumn
])
def test_a_southern_season_is_its_own_months(north, south, lo, hi):
    assert southern_season(north) == south
    parse_edtf(south)  # valid EDTF
    assert edtf_interval(south) == (lo, hi)
    assert display_edtf(south) == display_edtf(north)  # the same words: "winter 1879"


def test_other_values_are_left_alone():
    assert southern_season("1879-06") == "1879-06"
    assert southern_season(None) is None


def _season(text: str):
    ad = annotate_text(text)
    t = next(t for t in ad.timexes if t.value.endswith(("-WI", "-SU", "-SP", "-FA")))
    return t.value, t.edtf, t.earliest, t.latest, ad


def test_a_winter_told_in_chile_is_june_to_august():
    value, edtf, lo, hi, ad = _season("In the winter of 1879 the regiment marched from Santiago to Valparaiso.")
    assert (value, edtf, lo, hi) == ("1879-WI", "1879-32", "1879-06-01", "1879-08-31")
    dated = [e for e in ad.events if e.time and e.time.get("value") == "1879-WI"]
    assert all(e.time["earliest"] == "1879-06-01" for e in dated)  # the event's interval follows


def test_a_winter_told_in_new_england_stays_december_to_february():
    assert _season("In the winter of 1879 the regiment marched from Boston to Albany.")[1:4] == \
        ("1879-24", "1879-12-01", "1880-02-29")


def test_the_seasons_own_sentence_decides_over_the_rest_of_the_text():
    text = "The clipper left Sydney for London. In the winter of 1879 she was refitted at Portsmouth."
    assert _season(text)[1] == "1879-24"


def test_without_any_located_place_nothing_changes():
    assert _season("In the winter of 1879 the old miller wrote his memoirs.")[1] == "1879-24"


def test_tei_dates_a_southern_season_by_its_own_months():
    from historiograph.export.tei import edtf_attrs

    got = edtf_attrs("1879-WI", None, "DATE", {"edtf": "1879-32", "earliest": "1879-06-01", "latest": "1879-08-31"})
    assert (got["notBefore"], got["notAfter"], got["when-custom"]) == ("1879-06", "1879-08", "1879-32")
    assert edtf_attrs("1879-WI", None, "DATE", None)["notBefore"] == "1879-12"  # the northern one unchanged

"""Dates as EDTF and intervals, ranges as one timex, explicit years over anchors, header datelines.

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from edtf import parse_edtf

import historiograph
from historiograph.ingest.metadata import extract_metadata, parse_date_line
from historiograph.model import CorpusTables
from historiograph.time import tag
from historiograph.time.values import display_edtf, edtf_fields, edtf_interval, edtf_of, interval_key, overlaps


def _one(text: str, **kw):
    got = [t for t in tag(text, **kw) if not t.bibliographic]
    return [(t.text, t.anchored or t.value, t.mod, t.edtf, t.earliest, t.latest) for t in got]  # a count: its date


# ---- TIMEX3 -> EDTF -> interval -----------------------------------------------------------------

@pytest.mark.parametrize("value,mod,uncertain,end,edtf,lo,hi", [
    ("1938-06-13", None, False, None, "1938-06-13", "1938-06-13", "1938-06-13"),
    ("193", None, False, None, "193X", "1930-01-01", "1939-12-31"),
    ("1938-SP", None, False, None, "1938-21", "1938-03-01", "1938-05-31"),
    ("1938-WI", None, False, None, "1938-24", "1938-12-01", "1939-02-28"),  # winter runs into February
    ("1938-03", "ON_OR_BEFORE", False, None, "[..1938-03]", None, "1938-03-31"),
    ("1938-SP", "BEFORE", False, None, "[..1938-02]", None, "1938-02-28"),  # before spring: by February
    ("1937", None, False, "1938", "1937/1938", "1937-01-01", "1938-12-31"),
    ("1900", "APPROX", False, None, "1900~", "1899-01-01", "1901-12-31"),
    ("1939", None, True, None, "1939?", "1938-01-01", "1940-12-31"),
    ("193", "END", False, None, "1935/1939", "1935-01-01", "1939-12-31"),
    ("1944-W23", None, False, None, "1944-06-05/1944-06-11", "1944-06-05", "1944-06-11"),
])
def test_timex3_to_edtf_and_interval(value, mod, uncertain, end, edtf, lo, hi):
    assert edtf_fields(value, mod, uncertain, end) == {"edtf": edtf, "earliest": lo, "latest": hi}
    parse_edtf(edtf)  # the library reads what we write


@pytest.mark.parametrize("value", ["P3Y", "PRESENT_REF", "XXXX-WXX-2", None, ""])
def test_no_edtf_for_what_names_no_stretch_of_calendar(value):
    assert edtf_of(value) is None and edtf_interval(None) == (None, None)


def test_intervals_conflict_only_when_they_cannot_overlap():
    late_thirties = edtf_interval(edtf_of("193", "END"))
    assert overlaps(late_thirties, edtf_interval("1938-06-13"))
    assert not overlaps(edtf_interval("1900~"), edtf_interval("1938"))
    assert overlaps(edtf_interval("[..1938-02]"), edtf_interval("1700"))  # open start reaches anything earlier
    assert not overlaps(edtf_interval("[..1938-02]"), edtf_interval("1938-21"))
    assert overlaps(None, edtf_interval("1938"))  # an unknown date conflicts with nothing


def test_timeline_order_by_interval():
    dates = ["1938-06-13", "193X", "1938", "[..1938-02]", "1938-21", "1937/1938"]
    order = sorted(dates, key=lambda e: interval_key(*edtf_interval(e)))
    assert order == ["[..1938-02]", "193X", "1937/1938", "1938", "1938-21", "1938-06-13"]


def test_every_tagged_date_carries_a_parseable_edtf():
    text = ("The estate was built c. 1900, sold in the late 1930s and again before the spring of 1938; "
            "the deed says early 1939? The owners moved on 3 May 1941, two weeks later, and for six months.")
    for t in tag(text, mode="narrative"):
        if t.type in ("DATE", "TIME") or t.anchored:  # "two weeks later": P2W, leading to a date
            assert t.edtf, t
            parse_edtf(t.edtf)
            assert t.earliest is None or t.latest is None or t.earliest <= t.latest
        else:
            assert (t.edtf, t.earliest, t.latest) == (None, None, None)


def test_uncertain_and_approximate_dates():
    got = {t.text: t.edtf for t in tag("The mill burned c. 1850, or possibly in 1851, and was rebuilt in 1860 (?).",
                                       mode="narrative")}
    assert got == {"c. 1850": "1850~", "1851": "1851?", "1860": "1860?"}


# ---- defects, as kinds of construction -------------------------------------------------------------

def test_explicit_year_beats_the_document_date():
    text = ("The garrison was shelled on 4 March. The town surrendered three days later, on 7 March 1871, "
            "and the treaty followed in May.")
    got = _one(text, dct="2021-06-30", mode="auto")
    assert [v for _, v, *_ in got] == ["1871-03-04", "1871-03-07", "1871-03-07", "1871-05"]


def test_a_counted_date_restated_with_its_year_takes_that_date():
    # the count starts from a date of another year; the restatement is the writer's own date
    text = "In 1902 the line was surveyed. The first train ran a year later, on 12 October 1905."
    got = _one(text, mode="narrative")
    assert got[1][:2] == ("a year", "1905-10-12")
    text = "The envoy left on 2 June 1866. He arrived five days later, on 9 June 1866."
    assert [v for _, v, *_ in _one(text, mode="narrative")] == ["1866-06-02", "1866-06-09", "1866-06-09"]


def test_night_of_two_days_is_one_timex():
    got = _one("During the night of 23–24 April 1916 the rebels took the post office.", mode="narrative")
    assert got == [("the night of 23–24 April 1916", "1916-04-23TNI", None, "1916-04-23/1916-04-24",
                    "1916-04-23", "1916-04-24")]


def test_last_week_of_a_month_is_one_timex():
    got = _one("The harvest failed in the last week of September 1921.", mode="narrative")
    assert got == [("the last week of September 1921", "1921-09", "END", "1921-09-24/1921-09-30",
                    "1921-09-24", "1921-09-30")]
    got = _one("In 1921 the rains came. In the first week of May the river rose.", mode="narrative")
    assert got[-1][1:4] == ("1921-05", "START", "1921-05-01/1921-05-07")


def test_between_two_years_and_month_ranges_are_one_timex():
    got = _one("The manuscript was copied between 1611 and 1613 and bound in March–April 1614.", mode="narrative")
    assert [(t, v, e) for t, v, _, e, *_ in got] == [
        ("1611 and 1613", "161", "1611/1613"), ("March–April 1614", "1614", "1614-03/1614-04")]
    got = _one("The fair ran from 12 to 15 August 1851.", mode="narrative")
    assert got == [("12 to 15 August 1851", "1851-08", None, "1851-08-12/1851-08-15", "1851-08-12", "1851-08-15")]


def test_coordinated_days_stay_two_dates():
    got = _one("Votes were cast on 5 and 6 November 1912.", mode="narrative")
    assert [v for _, v, *_ in got] == ["1912-11-05", "1912-11-06"]


def test_a_month_after_a_season_is_a_stretch_not_a_month():
    got = _one("The siege began in the autumn of 1709. A month later the town fell.", mode="narrative")
    assert got[1] == ("A month", "1709", None, "1709-10/1709-12", "1709-10-01", "1709-12-31")


@pytest.mark.parametrize("line,iso", [
    ("Published 12 March 2015", "2015-03-12"), ("Posted on: May 3, 2019", "2019-05-03"),
    ("Last updated 4 June 2020", "2020-06-04"), ("First published in July 2011", "2011-07"),
    ("Published by the author", None),
])
def test_labelled_datelines(line, iso):
    assert parse_date_line(line) == iso


def test_header_dateline_is_metadata_not_an_event_date():
    text = ("The Ice Road\nPublished 12 March 2015\n\n"
            "The convoy left Leningrad on 22 November. It reached the far shore two days later, on "
            "24 November 1941, after the ice had thickened.\n")
    assert extract_metadata(text).published == "2015-03-12"
    ad = historiograph.annotate(text)
    header = [t for t in ad.timexes if t.text == "12 March 2015"]
    assert header and header[0].bibliographic
    assert all(not (e.time or {}).get("value", "").startswith("2015") for e in ad.events)
    values = [t.anchored or t.value for t in ad.timexes if not t.bibliographic]
    assert values == ["1941-11-22", "1941-11-24", "1941-11-24"]
    # annotate --format json: every timex and event time carries edtf, earliest and latest
    data = ad.to_json()
    assert all({"edtf", "earliest", "latest"} <= t.keys() for t in data["timexes"])
    assert all({"edtf", "earliest", "latest"} <= e["time"].keys() for e in data["events"] if e.get("time"))
    json.dumps(data)


# ---- exports ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ranged_doc():
    return historiograph.annotate(
        "On the night of 23–24 April 1916 Irish Volunteers attacked the British garrison in Dublin. "
        "The British Army shelled the building c. 1916. The leaders were executed in May 1916.\n")


def test_timelinejs_display_date_for_ranges(ranged_doc):
    from historiograph.export import timelinejs

    slides = timelinejs.timeline(CorpusTables(), [ranged_doc])["events"]
    ranged = [s for s in slides if s.get("display_date") == "23–24 April 1916"]
    assert ranged, slides
    assert ranged[0]["start_date"] == {"year": 1916, "month": 4, "day": 23}
    assert ranged[0]["end_date"] == {"year": 1916, "month": 4, "day": 24}
    assert all("display_date" not in s for s in slides if s["start_date"] == {"year": 1916, "month": 5})


def test_csv_and_tei_carry_edtf(ranged_doc):
    from historiograph.export import csv_zip, tei

    tables = csv_zip.tables_of(CorpusTables(), [ranged_doc])
    cols, rows = tables["timexes"]
    row = dict(zip(cols, rows[0]))
    assert (row["edtf"], row["earliest"], row["latest"]) == ("1916-04-23/1916-04-24", "1916-04-23", "1916-04-24")
    cols, rows = tables["timeline"]
    assert "edtf" in cols and any(dict(zip(cols, r))["edtf"] == "1916-04-23/1916-04-24" for r in rows)
    assert tei.edtf_attrs("1916-04-23TNI", None, "TIME", {"edtf": "1916-04-23/1916-04-24", "earliest":
                          "1916-04-23", "latest": "1916-04-24"}) == {
        "notBefore": "1916-04-23", "notAfter": "1916-04-24", "when-custom": "1916-04-23/1916-04-24",
        "datingMethod": tei.EDTF_METHOD}
    assert tei.edtf_attrs("1939", None, "DATE", edtf_fields("1939", None, True))["cert"] == "low"
    assert tei.edtf_attrs("1939", None) == {"when": "1939"}


def test_jsonld_types_the_edtf_value():
    from historiograph.export import jsonld

    props = jsonld.date_properties("161", None, edtf_fields("1611", None, False, "1613"))
    assert props["hg:edtf"] == {"@value": "1611/1613", "@type": jsonld.EDTF_TYPE}
    assert props["startDate"]["@value"] == "1611-01-01" and props["endDate"]["@value"] == "1613-12-31"


@pytest.mark.parametrize("edtf,value,mod,shown", [
    ("1900~", "1900", "APPROX", "c. 1900"), ("1939?", "1939", None, "1939?"),
    ("1937/1938", "193", None, "1937–1938"), ("1938-08-10/1938-08-11", "1938-08-10TNI", None, "10–11 August 1938"),
    ("1937-09/1937-10", "1937", None, "September–October 1937"), ("[..1938-02]", "1938-SP", "BEFORE",
                                                                  "on or before February 1938"),
    ("1935/1939", "193", "END", "late 1930s"),
])
def test_display_of_edtf(edtf, value, mod, shown):
    assert display_edtf(edtf, value, mod) == shown


def test_csv_zip_roundtrip_has_columns(ranged_doc):
    from historiograph.export import csv_zip

    blob = csv_zip.export(CorpusTables(), [ranged_doc])
    data = blob if isinstance(blob, bytes) else blob.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        name = next(n for n in z.namelist() if n.startswith("timexes"))
        header = next(csv.reader(io.StringIO(z.read(name).decode("utf-8-sig"))))
    assert {"edtf", "earliest", "latest"} <= set(header)


def test_compound_durations_are_one_length():
    got = [(t.text, t.value) for t in tag("She was held for 11 years and 4 months, then two hours and five minutes "
                                          "before dawn; for 3 years, 2 months passed.", mode="narrative")]
    assert ("11 years and 4 months", "P11Y4M") in got and ("two hours and five minutes", "PT2H5M") in got
    assert ("3 years", "P3Y") in got  # a comma alone does not join two lengths

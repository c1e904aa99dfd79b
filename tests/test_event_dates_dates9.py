"""Event dates on kinds of construction from the dates9 round: a sitting's minutes under its dated heading,
a chronicle's year headings and timeline lines, an undated sentence after a day- or month-dated one (on or
after it), an opening "Born c. YEAR", BC dates with their earliest/latest days. Our own sentences (not those
of bench/date_constructions.py set E)."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.checks.records import dates_of, interval
from historiograph.events.dates import bounds
from historiograph.time.values import iso_of, ordinal_of


def _times(text: str, etype: str) -> list[tuple | None]:
    return [(e.time["value"], e.time.get("mod"), e.time.get("inherited")) if e.time else None
            for e in annotate_text(text).events if e.type == etype]


def test_the_records_of_a_sitting_take_its_day():
    text = ("Special Meeting of the Harbour Board, 17 August 1893\n\nThe chairman opened the meeting. The "
            "pilot John Marsh was dismissed for drunkenness.\n\nSpecial Meeting of the Harbour Board, "
            "24 August 1893\n\nThe secretary resigned.")
    assert _times(text, "dismissal") == [("1893-08-17", None, True)]
    assert _times(text, "resignation") == [("1893-08-24", None, True)]


def test_a_title_with_a_year_is_no_sitting():
    text = "Notes on the Canal Company, 1893\n\nThe engineer Bert Lamb resigned. The works were slow."
    assert _times(text, "resignation") == [None]


def test_a_year_heading_dates_what_is_told_under_it_until_the_next():
    text = ("1640\nThe harvest failed. The bailiff Roger Pym was arrested by the tenants.\n\n"
            "1641.\nThe steward resigned.")
    assert _times(text, "arrest") == [("1640", None, True)]
    assert _times(text, "resignation") == [("1641", None, True)]


def test_a_timeline_line_dates_its_own_line_only():
    text = "1820 – The printer was arrested.\n1822 – The newspaper was founded by the guild."
    assert _times(text, "arrest")[0][0] == "1820"
    assert _times(text, "founding")[0][0] == "1822"


def test_a_past_perfect_under_a_year_heading_keeps_no_year():
    text = "1702\nThe abbey was attacked by raiders. The abbot had been dismissed long before."
    assert _times(text, "dismissal") == [None]


def test_a_sentence_after_a_dated_one_is_on_or_after_it():
    assert _times("She was arrested on 9 May 1886. She was deported.", "deportation") == [
        ("1886-05-09", "ON_OR_AFTER", True)]
    # a year carried keeps the year (the narrative's clock within it)
    assert _times("In 1886 she was arrested. She was deported.", "deportation")[0][:2] == ("1886", None)


def test_a_born_c_opening_dates_the_birth_only():
    assert _times("Born c. 1801 in Leith, the mate Sam Keir was arrested at Riga.", "arrest") == [None]


def test_bc_dates_reach_their_events_with_their_days():
    ev = [e for e in annotate_text("The tribune Gaius Nepos was killed in 121 BC.").events if e.type == "killing"]
    assert ev and ev[0].time["value"] == "BC0121"
    d = dates_of({"value": ev[0].time["value"], "mod": None})
    assert (d["edtf"], d["earliest"], d["latest"]) == ("-0120", "-0120-01-01", "-0120-12-31")
    assert ev[0].time["earliest"] == "-0120-01-01" and ev[0].time["latest"] == "-0120-12-31"


def test_bc_ordinals_order_and_round_trip():
    a, b = bounds("BC0044"), bounds("BC0043")
    assert a[1] < b[0] < 1  # 44 BC before 43 BC, both before AD 1
    assert iso_of(a[0]) == "-0043-01-01" and ordinal_of("-0043-01-01") == a[0]
    lo, hi = interval({"value": "BC0044", "mod": "BEFORE"})
    assert lo < hi  # "before 44 BC": open below, never an inverted interval


def test_a_gerund_heading_or_a_later_step_is_no_sitting_s_day():
    text = "Meeting the Consul, 8 June 1901\n\nI called on him. He was dismissed from his post."
    assert _times(text, "dismissal") == [None]
    text = "Sitting of 9 June 1849\n\nThe hall was attacked by a mob. Years later the clerk Paul Roux was exiled."
    assert _times(text, "attack")[0][0] == "1849-06-09"
    assert _times(text, "deportation") == [None]


def test_a_page_number_is_no_year_heading():
    assert _times("The Forge\n\n214\nThe smith was arrested for debt.", "arrest") == [None]


def test_an_object_pronoun_of_the_man_just_told_carries_the_date_a_new_actor_does_not():
    text = "The smuggler Tom Reed was captured on 9 July 1788. The magistrate released him."
    assert _times(text, "release") == [("1788-07-09", "ON_OR_AFTER", True)]
    text = "The printer Jon Ek was arrested on 3 May 1922. The mayor Carl Lund dismissed his clerk."
    assert _times(text, "dismissal") == [None]


def test_a_present_or_a_now_does_not_go_on_from_the_sentence_before():
    text = "The weaver Lena Holt was arrested in April 1911. Today she is honoured by the town."
    assert _times(text, "award") == [None]
    text = "The weaver Lena Holt was arrested in April 1911. She was honoured by the town."
    assert _times(text, "award") == [("1911-04", "ON_OR_AFTER", True)]

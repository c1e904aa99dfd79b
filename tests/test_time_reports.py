"""Company reports in news (issue #12): a year-before figure compares with the period just told, a
quarter or a span of months, on invented sentences."""
from __future__ import annotations

from historiograph.time import tag


def _values(text, dct="1989-10-26", mode="news"):
    return [(t.text, t.type, t.value) for t in tag(text, dct=dct, mode=mode) if not t.bibliographic]


QUARTER = "Bolt Corp. said third-quarter net rose to $8 million from $6 million a year earlier. "


def test_a_year_earlier_than_the_quarter_is_that_quarter_a_year_before():
    assert _values(QUARTER)[-1] == ("a year earlier", "DATE", "1988-Q3")


def test_a_year_earlier_than_the_nine_months_is_the_year_before():
    text = QUARTER + "For the nine months, Bolt earned $20 million, up from $15 million a year earlier."
    assert _values(text)[-2:] == [("the nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "1988")]
    text = QUARTER + ("In the first nine months, net was $20 million, against a loss in the 1988 period. "
                      "The year-ago results included a charge.")
    assert _values(text)[-2:] == [("the 1988 period", "DATE", "1988"), ("The year-ago", "DATE", "1988")]


def test_a_quarter_told_after_the_nine_months_is_compared_again():
    text = (QUARTER + "For the nine months, net rose 9%. "
            "Fourth-quarter sales will be hurt, the company said, and in the third quarter costs rose 4% "
            "from a year earlier.")
    assert _values(text)[-1] == ("a year earlier", "DATE", "1988-Q3")


def test_the_year_earlier_nine_months_is_a_length():
    text = QUARTER + "Net for the year-earlier nine months included a gain from a sale."
    assert _values(text)[-1] == ("the year-earlier nine months", "DURATION", "P9M")


def test_narrative_is_not_read_as_a_report():
    text = "In 1938 the harvest failed. For the nine months that followed, grain was rationed. A year earlier it had been plentiful."
    got = _values(text, dct=None, mode="narrative")
    assert got[-1] == ("A year earlier", "DATE", "1937")


def test_the_start_of_a_stretch_told_in_the_past_is_behind_the_report():
    assert [v for _, _, v in _values("The strike lasted from March to May.")] == ["1989-03", "1989-05"]
    assert [v for _, _, v in _values("The strike will last from March to May.")] == ["1990-03", "1990-05"]
    assert _values("The fares apply from Nov. 1.")[0][2] == "1989-11-01"


def test_a_yearless_date_set_off_after_a_dated_one_is_in_its_year():
    assert _values("Last year, in March, the firm sold a unit.")[1][2] == "1988-03"
    text = "In the year-ago quarter, the second quarter, the firm lost $1 million."
    assert _values(text)[1] == ("the second quarter", "DATE", "1988-Q2")
    # not across clauses: a record date after a payment date is the report's own
    assert [v for _, _, v in _values("The dividend is payable Jan. 2 to holders of record Dec. 15.")] == [
        "1990-01-02", "1989-12-15"]


# A report's passing quarters (issue #12, TempEval error table: "quarter / fiscal / period")
TOLD = ("Acme Inc. said third-quarter profit fell 10%. The company moved its books to a calendar year in "
        "March. In the comparable year-ago quarter, the second quarter ended Oct. 15, Acme lost $4 million. ")


def test_a_year_ago_quarter_restated_by_an_apposed_quarter_takes_its_value():
    got = _values(TOLD, dct="1989-10-27")
    assert ("the comparable year-ago quarter", "DATE", "1988-Q2") in got
    assert ("the second quarter", "DATE", "1988-Q2") in got


def test_the_date_that_ends_a_quarter_just_told_is_in_that_quarters_year():
    assert ("Oct. 15", "DATE", "1988-10-15") in _values(TOLD, dct="1989-10-27")
    # the report's own quarter still ends near the report
    assert ("Sept. 30", "DATE", "1989-09-30") in _values(
        "Bolt Corp. posted a loss for the third quarter ended Sept. 30.", dct="1989-10-27")


def test_that_quarter_is_the_quarter_just_told_not_the_reported_one():
    text = TOLD + "Results for that quarter included a write-down."
    assert _values(text, dct="1989-10-27")[-1] == ("that quarter", "DATE", "1988-Q2")


def test_this_quarter_in_a_report_of_the_quarter_is_that_quarter():
    text = "Bolt Corp. said its third-quarter loss widened. This quarter's loss includes a charge for a plant."
    assert _values(text, dct="1989-11-01")[-1] == ("This quarter", "DATE", "1989-Q3")
    # told ahead, it is the quarter under way
    text = "Bolt Corp. said its third-quarter loss widened. It will take a charge this quarter."
    assert _values(text, dct="1989-11-01")[-1] == ("this quarter", "DATE", "1989-Q4")
    # with no reported quarter told, the quarter of the report's date
    assert _values("Sales this quarter are strong, the company said.", dct="1989-11-01")[-1][2] == "1989-Q4"

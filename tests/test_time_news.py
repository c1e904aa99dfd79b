"""Constructions of news and narrative dates fixed while working on TempEval-3 value F1 (issue #12),
each on invented sentences."""
from __future__ import annotations

from historiograph.time import tag


def _values(text, dct="1998-03-12", mode="news"):
    return [(t.text, t.anchored or t.value) for t in tag(text, dct=dct, mode=mode) if not t.bibliographic]


def test_weekday_evening_and_afternoon_keep_the_part_of_day():
    got = _values("The minister spoke Tuesday evening and flew home Wednesday afternoon.")
    assert got == [("Tuesday evening", "1998-03-10TEV"), ("Wednesday afternoon", "1998-03-11TAF")]


def test_weekday_morning_and_night_stay_the_day():
    got = _values("The rebels attacked Monday night and withdrew Tuesday morning.")
    assert got == [("Monday night", "1998-03-09"), ("Tuesday morning", "1998-03-10")]


def test_a_few_days_after_a_week_or_month_stays_in_it():
    assert _values("Officials met last week. The next day, they signed the accord.") == [
        ("last week", "1998-W10"), ("The next day", "1998-W10")]
    for mode in ("news", "narrative"):
        assert _values("He reached Lyon in May 1871. Two days later he left for Paris.", mode=mode) == [
            ("May 1871", "1871-05"), ("Two days", "1871-05")]
        assert _values("The siege began in 1683. Three days later the relief army set out.", mode=mode) == [
            ("1683", "1683"), ("Three days", "1683")]


def test_between_two_years_is_two_dates_in_news_and_one_in_narrative():
    text = "Three clinics were attacked between 1991 and 1995."
    assert _values(text) == [("1991", "1991"), ("1995", "1995")]
    (t,) = tag(text, mode="narrative")
    assert (t.text, t.edtf) == ("1991 and 1995", "1991/1995")


def test_bare_clock_time_is_on_the_day_the_story_is_at():
    assert _values("The mayor was attacked on June 3, 1997. He was stabbed at 9 p.m. outside his house.",
                   dct="1997-11-20") == [("June 3, 1997", "1997-06-03"), ("9 p.m.", "1997-06-03T21:00")]
    assert _values("The strike ended today. Workers will return at 7 a.m.", dct="1997-11-20") == [
        ("today", "1997-11-20"), ("7 a.m.", "1997-11-20T07:00")]


def test_a_quarter_told_in_passing_does_not_replace_the_reported_one():
    text = ("Acme Corp. said third-quarter profit rose 12%. After a weak second quarter, sales recovered. "
            "In the year-earlier period, Acme earned $4 million.")
    assert _values(text, dct="1989-10-25") == [
        ("third-quarter", "1989-Q3"), ("second quarter", "1989-Q2"), ("the year-earlier period", "1988-Q3")]


def test_the_latest_quarter_is_the_one_the_report_told():
    text = ("Bolt Inc., whose fiscal year ends Sept. 30, reported fourth-quarter net of $9 million. "
            "Sales in the latest period rose 4%.")
    assert _values(text, dct="1989-11-02")[-1] == ("the latest period", "1989-Q4")
    assert _values("Sales in the latest quarter rose 4%.", dct="1989-11-02") == [("the latest quarter", "1989-Q3")]


def test_figures_of_a_year_before_do_not_move_a_report_to_that_year():
    text = ("Acme said third-quarter profit rose to $9 million from $7 million a year earlier. "
            "Sales had slowed earlier in the year. The chairman expects gains for the full year.")
    assert _values(text, dct="1989-10-26")[-2:] == [("earlier in the year", "1989"), ("the full year", "1989")]


def test_a_target_year_ahead_does_not_move_a_report_to_that_year():
    text = "By 1992 the company intends to double its share. It forecast a loss for the full year."
    assert _values(text, dct="1989-10-26") == [("1992", "1992"), ("the full year", "1989")]


def test_idioms_are_not_dates():
    text = ("It was high noon for the coalition. In the long run the reform pays; in the short run it hurts. "
            "The quarter-to-quarter change was small.")
    assert _values(text) == []
    assert _values("The rally began at noon.") == [("noon", "1998-03-12T12:00")]


def test_an_abbreviation_does_not_end_the_sentence_that_gives_a_date_its_tense():
    text = "In January, a week after the Smith vs. Jones decision, a fire in Mobile, Ala., destroyed the archive."
    assert _values(text, dct="1998-10-25")[0] == ("January", "1998-01")
    text = "In January, two days after a speech by Dr. Kelly, a fire destroyed the archive."
    assert _values(text, dct="1998-10-25")[0] == ("January", "1998-01")

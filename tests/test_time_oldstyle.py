"""Dates written the old way: "June 2d, 1880", "the 31st day of December, A. D. 1879", "44 B.C.",
"the 3d inst." / "ult." / "prox.", Old Style dual years "1731/2".

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest

from historiograph.time import tag
from historiograph.time.values import display_edtf


def _got(text: str, **kw):
    return [(t.text, t.value, t.edtf) for t in tag(text, **kw) if not t.bibliographic]


@pytest.mark.parametrize("text,span,value", [
    ("The grange met June 2d, 1880, at the mill.", "June 2d, 1880", "1880-06-02"),
    ("The ferry was launched May 23d, 1842.", "May 23d, 1842", "1842-05-23"),
    ("The ferry was launched on the 22d of March, 1861.", "the 22d of March, 1861", "1861-03-22"),
    ("A vestry was called for Tuesday, Oct. 3d, 1837.", "Tuesday, Oct. 3d, 1837", "1837-10-03"),
    ("Witness my hand this 31st day of December, A. D. 1879.", "31st day of December, A. D. 1879", "1879-12-31"),
    ("Sealed the 4th day of July, in the year of our Lord 1776.",
     "the 4th day of July, in the year of our Lord 1776", "1776-07-04"),
    ("The chapel was raised in the year of our Lord 1745.", "the year of our Lord 1745", "1745"),
    ("The bell was cast Anno Domini 1612 by a travelling founder.", "Anno Domini 1612", "1612"),
    ("The abbey burned in 1066 A.D. and again later.", "1066 A.D.", "1066"),
    ("The town was sacked in A.D. 410 by raiders.", "A.D. 410", "0410"),
    ("Born 11 February 1731/2 in a farmhouse.", "11 February 1731/2", "1732-02-11"),
    ("Elected in 1749/50 to the assembly.", "1749/50", "1750"),
    ("The court sat in December, A. D., 1887, at the county seat.", "December, A. D., 1887", "1887-12"),
    ("Given the 2d day of May, in the year of our Lord one thousand seven hundred and fifty-nine.",
     "the 2d day of May, in the year of our Lord one thousand seven hundred and fifty-nine", "1759-05-02"),
    ("The mill was granted in the year of our Lord seventeen hundred and six, and sold.",
     "the year of our Lord seventeen hundred and six", "1706"),
    ("The letter was sent Jany. 5th, 1776, from the harbour.", "Jany. 5th, 1776", "1776-01-05"),
    ("Born 11 February 1731-2 in a farmhouse.", "11 February 1731-2", "1732-02-11"),
    ("Sailed on 6th December , 1829 for the islands.", "6th December , 1829", "1829-12-06"),  # spaced comma
])
def test_old_forms_are_one_date(text, span, value):
    got = _got(text)
    assert [(s, v) for s, v, _ in got] == [(span, value)]


def test_second_day_suffix_needs_a_month_and_is_not_a_penny():
    assert _got("The stamp cost 1d. and the paper 2d. in the shop.") == []
    assert [g[:2] for g in _got("On Feb. 3d the schooner sailed.", dct="1851-02-20")] == [("Feb. 3d", "1851-02-03")]


def test_bc_years_are_timex3_bc_and_edtf_negative():
    got = _got("The consul fell in 44 B.C. and the treaty of 201 BC was older.")
    assert got == [("44 B.C.", "BC0044", "-0043"), ("201 BC", "BC0201", "-0200")]
    assert display_edtf("-0043", "BC0044") == "44 BC"


@pytest.mark.parametrize("text,span,value", [
    ("We received yours of the 28th ult. by the mail.", "the 28th ult.", "1862-02-28"),
    ("On the 3d inst. the steamer arrived from the coast.", "the 3d inst.", "1862-03-03"),
    ("The sale will be held on the 5th prox. at noon.", "the 5th prox.", "1862-04-05"),
    ("Your letter of the 14th ultimo came to hand.", "the 14th ultimo", "1862-02-14"),
])
def test_inst_ult_prox_count_from_the_papers_date(text, span, value):
    got = [(s, v) for s, v, _ in _got(text, dct="1862-03-10") if s == span]
    assert got == [(span, value)]


def test_ult_counts_from_a_letters_own_date_in_a_narrative():
    text = ("Fort Hollis, January 9, 1848. My dear brother: I have your letter of the 30th ult. "
            "and thank you for it.")
    got = dict((s, v) for s, v, _ in _got(text, mode="narrative"))
    assert got["the 30th ult."] == "1847-12-30"


def test_inst_without_a_date_to_count_from_keeps_only_the_day():
    assert _got("On the 3d inst. the steamer arrived.")[0][:2] == ("the 3d inst.", "XXXX-XX-03")


def test_old_style_without_a_dual_year_is_one_of_two_years():
    ((span, value, edtf),) = _got("He was born February 11, 1731 O.S. in the colony.")
    assert span == "February 11, 1731 O.S."
    assert edtf == "1731-02-11/1732-02-11"
    ((span, value, edtf),) = _got("She married on 9 June 1731 O.S. at the chapel.")
    assert (span, value) == ("9 June 1731 O.S.", "1731-06-09")


def test_a_slash_that_is_not_the_next_year_is_no_dual_year():
    assert all(v != "1732" for _, v, _ in _got("In 1731/5 the lots were drawn."))
    # after 1751 the year began on 1 January: "1880/81" is a season over two years, not a dual date
    assert all(v != "1881" for _, v, _ in _got("The 1880/81 season was wet."))


def test_old_style_after_1751_keeps_its_year():
    ((span, value, edtf),) = _got("The strike began on February 23, 1917 O.S. in the capital.")
    assert (span, value, edtf) == ("February 23, 1917 O.S.", "1917-02-23", "1917-02-23")


@pytest.mark.parametrize("text,span,value", [
    ("The lodge met on the 22d of March last at the inn.", "the 22d of March last", "1861-03-22"),
    ("The lodge met on the 2d of March last at the inn.", "the 2d of March last", "1862-03-02"),
    ("The lodge will meet on June 10th next at the inn.", "June 10th next", "1862-06-10"),
])
def test_a_day_of_a_month_last_or_next_counts_from_the_writing(text, span, value):
    assert [(s, v) for s, v, _ in _got(text, dct="1862-03-10")] == [(span, value)]


def test_a_month_last_without_a_day_to_count_from_keeps_the_year_open():
    assert [(s, v) for s, v, _ in _got("The lodge met on the 22d of March last.")] == [
        ("the 22d of March last", "XXXX-03-22")]
    # "next" that belongs to other words is no "next": "June 3 next to the mill"
    assert [s for s, _, _ in _got("The stall stood on June 3 next to the mill.", dct="1862-03-10")] == ["June 3"]


def test_a_dashed_dual_year_alone_is_within_both_years():
    ((span, _, edtf),) = _got("The rising of 1745-6 failed.")
    assert (span, edtf) == ("1745-6", "1745/1746")
    assert _got("The floods of 1880-1 were worse.") == []  # after 1751 no dual dating: left alone, as before


def test_inst_counts_from_the_papers_dateline_not_from_an_earlier_ult():
    text = ("THE WEEKLY COURIER. SATURDAY, April 12, 1851.\n\nDIED. On the 28th ult. at Leith, Mr John Doe. "
            "On Sunday last, at Perth, Mrs Roe. On the 2d inst. at Ayr, Mr Poe.")
    got = dict((s, v) for s, v, _ in _got(text))
    assert got["the 28th ult."] == "1851-03-28"
    assert got["the 2d inst."] == "1851-04-02"


def test_a_number_broken_by_a_stop_is_no_day():
    assert all(s != "1th ult." for s, _, _ in _got("On the 2.1th ult. Mr Doe married.", dct="1851-04-12"))

"""'mid-afternoon', 'mid-morning': the middle of a part of the day (TimeBank: TAF with mod MID), a
timex only when the story is at a day. Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from historiograph.time import tag


def _dated(text: str, **kw):
    return {t.text: (t.type, t.value, t.mod) for t in tag(text, **kw)}


@pytest.mark.parametrize("text,phrase,value", [
    ("The ferry left Dover on 4 June 1799 and by mid-afternoon it was out of sight.", "mid-afternoon",
     "1799-06-04TAF"),
    ("By midmorning on 4 June 1799 the ferry had left.", "midmorning", "1799-06-04TMO"),
    ("The ferry left on 4 June 1799. In mid evening it returned.", "mid evening", "1799-06-04TEV"),
])
def test_mid_part_of_day_in_a_narrative(text, phrase, value):
    assert _dated(text, mode="narrative")[phrase] == ("TIME", value, "MID")


def test_mid_part_of_day_without_a_day_is_no_timex():
    assert list(_dated("The ferry left in 1799. By mid-afternoon it was out of sight.", mode="narrative")) == ["1799"]


def test_mid_part_of_day_in_news_takes_its_day():
    got = _dated("The dollar slipped by mid-afternoon yesterday, dealers said.", mode="news", dct="2003-05-14")
    assert got["mid-afternoon yesterday"] == ("TIME", "2003-05-13TAF", "MID")

"""A news report's dateline ("HOBART, Friday 9 March 1962 — ...") is the report's own date: its
"yesterday" and weekdays count from it, not from the last date the story told, and the dateline
dates no event. Our own sentences."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.time import news_dateline

REPORT = """Two Men Held Over Harbour Fire

HOBART, Friday 9 March 1962 — Police have charged two dock workers over the fire that destroyed the Salamanca wool store on 2 March.

The men were arrested yesterday at a boarding house in Battery Point. A spokesman said on Wednesday that the fire had started in the loading bay.
"""


def _values(text):
    return {t.text: (t.value, t.bibliographic) for t in annotate_text(text, source="report.txt").timexes}


def test_yesterday_counts_from_the_dateline_not_the_story():
    got = _values(REPORT)
    assert got["yesterday"][0] == "1962-03-08"
    assert got["Wednesday"][0] == "1962-03-07"
    assert got["Friday 9 March 1962"] == ("1962-03-09", True)  # the report's date, no event's


def test_the_arrest_is_dated_by_yesterday():
    ad = annotate_text(REPORT, source="report.txt")
    (arrest,) = [e for e in ad.events if e.type == "arrest"]
    assert arrest.time["value"] == "1962-03-08"


def test_what_is_a_dateline():
    assert news_dateline("LISBON, 3 May 1911 — The assembly met.")[0] == "1911-05-03"
    assert news_dateline("NEW YORK (AP), June 2, 1950 - Strikers returned.")[0] == "1950-06-02"
    # a place in ordinary case opening a narrative, a date without a year, no dash: no dateline
    assert news_dateline("Paris, 14 July 1789 — the crowd gathered.") is None
    assert news_dateline("LONDON, March 9 (Reuters) - Shares fell.") is None
    assert news_dateline("LISBON, 3 May 1911. The assembly met.") is None

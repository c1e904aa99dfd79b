"""Texts made of dated entries (a diary, letters, a ship's log, a news report): each heading's date is the
reference time of its entry's "yesterday", "this morning", "on Tuesday last", "last year"; a weekday told
in the past is the last one on or before it, one told ahead the next; "that evening", "the next day" count
from the entry's date until the entry tells another; the heading dates no event. Our own sentences."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.time import find, tag
from historiograph.time.entries import headings

DIARY = """The Journal of a Surveyor on the Orange River

12 March 1799.
We left the mission at dawn with eleven oxen. The guide said the ford lay two days to the north.

Thursday, 14th.
Yesterday the wagon broke an axle near the salt pan. This morning the smith mended it, and tonight we camp by the river. On Tuesday last the guide had deserted us; the day before yesterday a new one was hired.

March 17th
Rain all day. The following week we hope to reach the drift. On Friday the oxen strayed and were found at noon.

2 January 1800.
Last year we crossed the river four times. Next month I shall write to the Governor.
"""

# a diary across New Year, headings without a year, one opening its paragraph
DEPOT = """Notes kept at the Kew depot

December 29th, 1841. We unpacked the cases from Canton. Yesterday the porters dropped one.

December 31st. That evening the director dined with us. The following week he sailed.

January 3rd. The frost broke this morning. On Friday the glass house was opened; the next day it was shut again. On 1 January the gardener had resigned, and that evening he left.

Tuesday, 4th. Nothing to report. We shall close the beds on Saturday.
"""

LOG = """Log of the brig Northern Star

Monday 4 October 1852
Fresh breeze from the west. Yesterday the mate reported water in the hold. At four bells this evening we sighted the Lizard.

Oct. 5th
Heavy seas. This morning the foremast was sprung. On Saturday the cook fell sick; the next day he died.

Oct. 6th.
Calm. The captain says we will make Falmouth on Friday.
"""

LETTERS = """Addis Ababa, 3 May 1907

Dear Sir,

Yesterday the envoy arrived from the coast. On Wednesday night a fire burned the customs house. I shall leave for Harar next week.

Yours faithfully,
J. Marsh

Harar, 20 May 1907

Dear Sir,

The road was hard. I arrived here the day before yesterday, and this evening the governor received me. Last week the caravan was attacked.
"""

ONE_LETTER = """London, 3rd May

My dear Kate,

We reached the city yesterday after a slow passage. On Tuesday last the packet lay becalmed off Dover, and on Sunday next I shall call on your aunt. The exhibition opened on 1 May 1851.
"""

REPORT = """Quay Blaze Under Inquiry

WELLINGTON, Tuesday 13 March 1962 — Friday night's fire at the wool store was started by a faulty lamp, the harbour board said. On Sunday a watchman was questioned. The board will meet on Friday to decide on compensation.
"""


def _values(text, **kw):
    return [(t.text, t.value, t.bibliographic) for t in tag(text, **kw)]


def _first(text, word, **kw):
    return next((v, b) for w, v, b in _values(text, **kw) if w == word)


def test_each_heading_is_found_and_takes_its_year_and_month_from_the_one_before():
    got = [(DIARY[h.start:h.end], h.value) for h in headings(DIARY, find)]
    assert got == [("12 March 1799", "1799-03-12"), ("Thursday, 14th", "1799-03-14"),
                   ("March 17th", "1799-03-17"), ("2 January 1800", "1800-01-02")]
    assert [h.value for h in headings(DEPOT, find)] == ["1841-12-29", "1841-12-31", "1842-01-03", "1842-01-04"]
    assert [h.value for h in headings(LOG, find)] == ["1852-10-04", "1852-10-05", "1852-10-06"]


def test_diary_deictics_count_from_their_entry():
    got = _values(DIARY)
    assert ("Yesterday", "1799-03-13", False) in got  # the day before the 14th, not before the 12th
    assert ("This morning", "1799-03-14TMO", False) in got
    assert ("tonight", "1799-03-14TNI", False) in got
    assert ("the day before yesterday", "1799-03-12", False) in got
    assert ("Tuesday", "1799-03-12", False) in got  # "on Tuesday last", written on Thursday 14th
    assert ("Last year", "1799", False) in got and ("Next month", "1800-02", False) in got
    assert all(b for w, v, b in got if w in ("12 March 1799", "Thursday, 14th", "March 17th", "2 January 1800"))


def test_a_weekday_told_in_the_past_is_the_last_one_and_one_told_ahead_the_next():
    assert _first(DIARY, "Friday") == ("1799-03-15", False)  # written Sunday 17th: the Friday before
    assert _first(LOG, "Saturday") == ("1852-10-02", False)  # written Tuesday 5 October
    assert _first(LOG, "Friday") == ("1852-10-08", False)  # "we will make Falmouth on Friday"
    assert _first(ONE_LETTER, "Tuesday") == ("1851-04-29", False)  # "on Tuesday last", from Saturday 3 May
    assert _first(ONE_LETTER, "Sunday") == ("1851-05-04", False)  # "on Sunday next"
    got = _values(REPORT)
    assert ("Friday night", "1962-03-09TNI", False) in got or ("Friday night", "1962-03-09", False) in got
    assert ("Sunday", "1962-03-11", False) in got and ("Friday", "1962-03-16", False) in got


def test_that_evening_and_the_next_day_count_from_the_entry_until_another_date_is_told():
    got = _values(DEPOT)
    assert ("That evening", "1841-12-31TEV", False) in got  # nothing told yet in the entry: its own day
    assert ("Friday", "1841-12-31", False) in got  # written on Monday 3 January 1842
    assert ("the next day", "1842-01-01", False) in got  # after that Friday
    assert ("that evening", "1842-01-01TEV", False) in got  # after "On 1 January"
    assert ("Saturday", "1842-01-08", False) in got  # "We shall close the beds on Saturday"
    assert ("Yesterday", "1841-12-28", False) in got
    # a log's "the next day" after its "On Saturday"
    assert _first(LOG, "the next day") == ("1852-10-03", False)


def test_letters_each_count_from_their_own_date():
    got = _values(LETTERS)
    assert ("Yesterday", "1907-05-02", False) in got
    assert ("Wednesday night", "1907-05-01TNI", False) in got or ("Wednesday night", "1907-05-01", False) in got
    assert ("the day before yesterday", "1907-05-18", False) in got  # the second letter's, not the first's
    assert ("this evening", "1907-05-20TEV", False) in got
    assert ("Last week", "1907-W20", False) in got
    assert _first(ONE_LETTER, "yesterday") == ("1851-05-02", False)  # a yearless heading: the story's year


def test_events_take_the_entries_dates_and_no_event_takes_a_heading():
    ad = annotate_text(LETTERS, source="letters.txt")
    times = {e.type: (e.time or {}).get("value") for e in ad.events}
    assert times.get("attack") == "1907-W20"
    heading_days = {"1907-05-03", "1907-05-20"}
    assert not any((e.time or {}).get("value") in heading_days and (e.time or {}).get("inherited")
                   for e in ad.events)


def test_what_is_not_made_of_entries():
    # an encyclopedia's dated section lines, with no writer in them
    history = ("Siege of the Lower Fort\n\nThe siege lasted a month in 1781.\n\n14 July 1781\n"
               "The garrison refused terms. Today the fort is a museum.\n\n20 July 1781\n"
               "The walls were breached and the commander surrendered.\n")
    assert headings(history, find) == []
    assert _first(history, "Today", mode="narrative") == ("PRESENT_REF", False)
    # a blog post's lone date line dates the post: its essay is no entry
    blog = "Wednesday, January 2, 2019\n\nLast week I read about 1884. On Friday the mill burned.\n"
    assert headings(blog, find) == []
    # a date opening a sentence of running prose is no heading
    prose = "12 March 1799 was a wet day, and we left the mission.\n\n14 March 1799 saw us at the ford.\n"
    assert headings(prose, find) == []


def test_reports_in_one_file_each_count_from_their_dateline():
    two = ("HOBART, Friday 9 March 1962 — Police said yesterday that the fire began in the loading bay.\n\n"
           "HOBART, Tuesday 13 March 1962 — Two dock workers were questioned yesterday. On Saturday the "
           "store's owner had offered a reward.\n")
    got = _values(two)
    assert [v for w, v, b in got if w == "yesterday"] == ["1962-03-08", "1962-03-12"]
    assert ("Saturday", "1962-03-10", False) in got
    assert all(b for w, v, b in got if w.startswith(("Friday 9", "Tuesday 13")))


def test_more_shapes_of_heading():
    log = ("## 12 March 1799, Tuesday.\nWe sighted the cape this morning.\n\n14th.\n"
           "Yesterday the boat was lost.\n\n**March 20th**\nOn Sunday we anchored.\n")
    assert [h.value for h in headings(log, find)] == ["1799-03-12", "1799-03-14", "1799-03-20"]
    got = _values(log)
    assert ("Yesterday", "1799-03-13", False) in got and ("Sunday", "1799-03-17", False) in got
    letter = "4 June 1911\n\nDear Mother,\n\nWe landed yesterday and I start inland tomorrow.\n"
    assert [h.value for h in headings(letter, find)] == ["1911-06-04"]
    assert ("tomorrow", "1911-06-05", False) in _values(letter)


def test_an_entry_s_undated_event_takes_no_date_from_the_entry_before():
    diary = ("Journal of the Relief Column\n\n3 April 1839.\nYesterday the militia arrested two deserters at "
             "the ferry.\n\nFriday, 5th.\nRaiders burned the mill on the creek.\n\nApril 9th\n"
             "The governor arrived on Saturday.\n")
    ad = annotate_text(diary, source="journal.txt")
    times = {e.type: (e.time or {}).get("value") for e in ad.events}
    assert times.get("arrest") == "1839-04-02"
    # not the 2nd, carried over the heading of the 5th: the diary's own day, inferred (events/entry_dates.py)
    assert times.get("attack") == "1839-04-05"
    assert next(e for e in ad.events if e.type == "attack").time["inherited"]
    assert times.get("movement") == "1839-04-06"


def test_a_yearless_date_in_a_later_entry_of_a_report_is_near_that_entry():
    text = ("HOBART, Friday 9 March 1962 — Police said yesterday that the fire began in the loading bay.\n\n"
            "HOBART, Monday 14 January 1963 — The inquest opened yesterday. On 28 December the board had "
            "paid the owners.\n")
    got = _values(text, dct="1962-03-09", mode="news")
    assert ("28 December", "1962-12-28", False) in got
    assert [v for w, v, b in got if w == "yesterday"] == ["1962-03-08", "1963-01-13"]


def test_an_essay_quoting_a_journal_leaves_it_when_it_tells_another_year():
    essay = ("The survey of the upper river\n\nThe surveyor kept a journal of the crossing.\n\n"
             "14 March 1799.\nWe are lost in the reeds. Yesterday the guide fled.\n\n"
             "16 March 1799.\nStill lost; the oxen are failing.\n\n"
             "The party was found by traders in 1805. Today the reed beds are a reserve.\n")
    got = _values(essay, mode="narrative")
    assert ("Yesterday", "1799-03-13", False) in got
    assert ("Today", "PRESENT_REF", False) in got


def test_a_heading_closed_by_a_full_stop_and_a_dash_opens_its_entry():
    text = ("Journal\n\nJune 3rd, 1851.—We left the fort at dawn.\n\n"
            "June 5th.—Yesterday the scouts returned. On Monday we had lost a horse.\n")
    assert [h.value for h in headings(text, find)] == ["1851-06-03", "1851-06-05"]
    got = _values(text)
    assert ("Yesterday", "1851-06-04", False) in got and ("Monday", "1851-06-02", False) in got

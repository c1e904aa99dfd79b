"""Event dates inferred where the text states them plainly but not in the event's clause (issue dates7):
an entry's heading, an article head's "Date:" line, an event named before ("the flood"), a day of the
month alone ("on the 9th"), "in the weeks that followed". Our own sentences; each date marked inherited."""
from __future__ import annotations

from historiograph import annotate
from tests.helpers import one_event


def _when(ev):
    t = ev.time or {}
    return t.get("value"), t.get("mod"), t.get("inherited")


def test_letter_event_is_on_or_before_the_letter():
    text = ("Valletta, 8 October 1802\n\nDear Mother,\n\nThe consul has been arrested by the French. "
            "We are all well.\n\nYour son, James")
    _, ev = one_event(text, "arrest")
    assert _when(ev) == ("1802-10-08", "ON_OR_BEFORE", True)


def test_diary_simple_past_is_the_day_itself():
    text = ("2 April 1811.\nWe rode to the ford. The wind was cold.\n\n3 April 1811.\n"
            "The smugglers were arrested by our escort at the inn.")
    _, ev = one_event(text, "arrest")
    assert _when(ev) == ("1811-04-03", None, True)


def test_letter_present_tense_stays_undated():
    text = ("Valletta, 8 October 1802\n\nDear Mother,\n\nWe will attack the fort tomorrow, I hope.\n\nYour son, James")
    ad = annotate(text)
    assert not any(e.time and e.time.get("mod") == "ON_OR_BEFORE" for e in ad.events)


def test_article_head_date_reaches_the_lead():
    text = ("Battle of Kestrel Ford\n\nDate: 12 May 1703\nLocation: Kestrel Ford\nResult: victory\n\n"
            "The rebels attacked the ford at dawn. The royal garrison surrendered by evening.")
    _, ev = one_event(text, "surrender")
    assert _when(ev)[0] == "1703-05-12" and ev.time["inherited"]


def test_article_head_span_does_not_reach_the_lead():
    text = ("Kestrel War\n\nDate: 1703 – 1706\nLocation: Kestrel\n\n"
            "The garrison surrendered to the rebels.")
    _, ev = one_event(text, "surrender")
    assert ev.time is None


def test_definite_noun_takes_the_earlier_events_date():
    text = ("A flood struck the valley on 9 September 1877. The river rose quickly.\n\n"
            "The farmer Peter Hale drowned in the flood.")
    _, ev = one_event(text, "death")
    assert _when(ev)[0] == "1877-09-09" and ev.time["inherited"]


def test_after_the_earlier_event():
    text = ("The miners went on strike in June 1910. They demanded safer pits.\n\n"
            "The union leader Tom Reed was arrested after the strike.")
    _, ev = one_event(text, "arrest")
    assert _when(ev) == ("1910-06", "ON_OR_AFTER", True)


def test_a_place_noun_is_no_earlier_event():
    text = ("The town was founded in 1650. It grew quickly.\n\nThe merchant Peter Hale died in the town.")
    _, ev = one_event(text, "death")
    assert ev.time is None or ev.time["value"] != "1650"


def test_day_of_month_takes_the_storys_month():
    text = "The fleet left Brest in May 1798. On the 9th the frigates attacked the convoy."
    _, ev = one_event(text, "attack")
    assert _when(ev) == ("1798-05-09", None, True)


def test_day_of_month_before_the_storys_day_is_left():
    text = "The fleet left Brest on 20 May 1798. On the 9th the frigates attacked the convoy."
    _, ev = one_event(text, "attack")
    assert ev.time is None or ev.time["value"] != "1798-05-09"


def test_ordinal_of_a_unit_is_no_day():
    text = "The fleet left Brest in May 1798. The 9th Regiment attacked the convoy."
    _, ev = one_event(text, "attack")
    assert ev.time is None or not ev.time["value"].endswith("-09")


def test_weeks_that_followed_are_after_the_date():
    text = "The armistice was signed on 4 July 1866. In the weeks that followed, the militia attacked the depot."
    _, ev = one_event(text, "attack")
    assert _when(ev) == ("1866-07-04", "AFTER", True)


def test_present_perfect_in_a_letter_is_bounded_by_the_letter_not_the_story():
    text = ("Cork, 9 June 1798\n\nDear Brother,\n\nThe rebels were defeated on Tuesday. The colonel has been "
            "dismissed.\n\nYour brother")
    _, ev = one_event(text, "dismissal")
    assert _when(ev) == ("1798-06-09", "ON_OR_BEFORE", True)


def test_letter_headed_by_town_and_region_counts_from_its_date():
    text = ("Bastia, Corsica, 4 March 1769\n\nMy dear Anne,\n\nThe new mayor was arrested yesterday.\n\nYours, Paul")
    ad, ev = one_event(text, "arrest")
    assert ev.time["value"] == "1769-03-03"


def test_letter_with_a_greeting_and_no_first_person_is_an_entry():
    text = ("Zeila, 11 July 1885\n\nSir,\n\nThe caravan was attacked near the wells.\n\nYour obedient servant")
    _, ev = one_event(text, "attack")
    assert _when(ev) == ("1885-07-11", "ON_OR_BEFORE", True)


def test_an_earlier_event_as_subject_dates_what_it_did():
    text = ("An epidemic broke out in the garrison in March 1760. The surgeons were few.\n\n"
            "The epidemic killed ninety soldiers.")
    _, ev = one_event(text, "death")
    assert _when(ev)[0] == "1760-03" and ev.time["inherited"]


def test_a_dateline_bounds_its_reports_undated_events():
    text = "PERTH, Monday 4 June 1923 — Police arrested two men at the wharf. Both were charged.\n"
    ad = annotate(text)
    arrest = next(e for e in ad.events if e.type == "arrest")
    assert _when(arrest) == ("1923-06-04", "ON_OR_BEFORE", True)


def test_a_fronted_participles_date_is_its_own():
    _, ev = one_event("Qualifying as a surgeon in 1871, Edith Marsh joined the army.", "membership")
    assert _when(ev) == ("1871", "ON_OR_AFTER", True)
    _, ev = one_event("Having sold the farm in 1882, Edith Marsh founded a school.", "founding")
    assert _when(ev) == ("1882", "ON_OR_AFTER", True)


def test_a_main_clauses_own_date_is_untouched_by_a_participle():
    _, ev = one_event("Qualifying as a surgeon in 1871, Edith Marsh joined the army in 1874.", "membership")
    assert _when(ev) == ("1874", None, False)

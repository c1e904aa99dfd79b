"""Event dates on kinds of construction from the dates8 round: life-date brackets, "Born:" lines told again
in prose, past perfects under a diary heading, a ship's log without a first person, a yearless wire
dateline, "in the course of the war". Our own sentences."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _times(text: str, etype: str) -> list[tuple | None]:
    return [(e.time["value"], e.time.get("mod")) if e.time else None
            for e in annotate_text(text).events if e.type == etype]


def test_life_dates_in_brackets_never_date_another_event():
    text = "The surveyor Otto Brandt (1788–1850) founded a trading house in Riga."
    assert _times(text, "founding") == [None]
    text = "The surveyor Otto Brandt (1788–1850) moved to Riga in the early 1820s."
    assert _times(text, "movement")[0][0] == "182"


def test_a_born_line_and_the_prose_birth_are_one_birth():
    text = ("Clara Voss\n\nBorn: 2 February 1795, Kassel\nDied: 9 October 1870, Bonn\n\n"
            "Clara Voss was born at Kassel to a family of weavers. She died at Bonn in her sleep.")
    assert _times(text, "birth") == [("1795-02-02", None)]
    assert _times(text, "death") == [("1870-10-09", None)]


def test_a_dated_prose_birth_stays_beside_the_line():
    text = ("Clara Voss\n\nBorn: 2 February 1795, Kassel\n\n"
            "Clara Voss was born at Kassel in 1796 to a family of weavers.")
    assert sorted(t[0] for t in _times(text, "birth")) == ["1795-02-02", "1796"]


def test_a_past_perfect_under_a_heading_is_before_the_entry_or_on_its_stated_day():
    text = ("9 June 1811.\nWe camped by the lake.\n\n12 June 1811.\nWe came to the village. "
            "The chief had been arrested on the 10th.")
    assert _times(text, "arrest") == [("1811-06-10", None)]
    text = ("9 June 1811.\nWe camped by the lake.\n\n12 June 1811.\nWe came to the village. "
            "The chief had been arrested by the soldiers.")
    assert _times(text, "arrest") == [("1811-06-12", "BEFORE")]


def test_an_entry_tells_no_later_day_of_its_month():
    text = ("9 June 1811.\nWe camped by the lake.\n\n12 June 1811.\nWe came to the village. "
            "The chief was arrested on the 20th.")
    assert _times(text, "arrest") == [None]


def test_a_ships_log_without_a_first_person_is_read_as_entries():
    text = ("7 August 1823.\nSqually weather. The brig was attacked by a privateer.\n\n"
            "8 August 1823.\nCalm. The cook was dismissed for drunkenness.")
    assert _times(text, "dismissal") == [("1823-08-08", None)]


def test_dated_section_lines_with_long_sections_are_not_entries():
    body = ("The merchants of the town petitioned the council for a new quay, and the council, after long "
            "debate among its members about the cost and the tolls that would pay for it, agreed to the plan. ") * 3
    text = f"History of Marlow Quay\n\n4 May 1790\n\n{body}The harbour master was dismissed.\n\n" \
           f"9 June 1791\n\n{body}"
    assert _times(text, "dismissal") != [("1790-05-04", None)]


def test_a_yearless_wire_dateline_counts_weekdays_back():
    text = ("Floods in Malawi, 1989\n\nBLANTYRE, March 9 (Reuters) — Soldiers arrested two officials on "
            "Tuesday, the police said.")
    assert _times(text, "arrest") == [("1989-03-07", None)]


@pytest.mark.parametrize("text, etype, want", [
    ("The rebellion broke out in 1798. It spread fast.\n\nIn the course of the rebellion the magistrate "
     "Henry Cole was killed.", "killing", ("1798", "ON_OR_AFTER")),
    ("The blockade of the port began in June 1812.\n\nAt the height of the blockade the consul was "
     "arrested.", "arrest", ("1812-06", "ON_OR_AFTER")),
    ("The blockade of the port ended in June 1812.\n\nAt the height of the blockade the consul was "
     "arrested.", "arrest", None),
])
def test_a_part_of_a_named_event_takes_its_date(text, etype, want):
    assert _times(text, etype) == [want]


def test_a_following_decade_is_after_the_story_date():
    text = "In 1843 Anne Hart reached the fort. In the following decades she founded a school."
    assert _times(text, "founding") == [("1843", "AFTER")]


def test_short_sections_of_long_sentences_under_day_lines_are_not_a_log():
    text = ("History\n\n2 March 1854\n\nThe regiment attacked the ridge at dawn and lost many men in the first "
            "hours of a battle that its officers had planned for weeks with great care and at vast expense.\n\n"
            "9 March 1854\n\nThe colonel was dismissed from his command after the failure of the second assault, "
            "which had been launched on a narrow front and gained little ground.")
    assert ("1854-03-09", None) not in _times(text, "dismissal")


def test_a_born_line_replaces_an_inferred_date_of_the_prose_birth():
    text = ("Clara Voss\n\nBorn: 2 February 1795, Kassel\n\n"
            "Her father settled in Kassel in 1780. Clara Voss was born there and grew up among weavers.")
    assert _times(text, "birth") == [("1795-02-02", None)]


def test_a_journals_first_day_with_its_camp_dates_its_entry():
    text = ("Journal of the Santa Fe road, 1846\n\nCouncil Grove, May 28th.\nThe guide was dismissed by the "
            "captain. We mended the wagons.\n\nMay 30th.\nRaiders attacked the camp at night.")
    assert _times(text, "dismissal") == [("1846-05-28", None)]
    assert _times(text, "attack") == [("1846-05-30", None)]


def test_a_heading_in_bold_opening_its_paragraph():
    text = ("**April 2, 1863.** The sentry was arrested for sleeping. We drilled all day.\n\n"
            "**April 4.** The rebels attacked the outpost.")
    assert _times(text, "arrest") == [("1863-04-02", None)]


def test_a_part_of_an_event_dated_only_by_its_end_stays_undated():
    text = ("The rebellion was crushed in 1798. It had spread fast.\n\nIn the course of the rebellion the "
            "magistrate Henry Cole was killed.")
    assert _times(text, "killing") == [None]


def test_an_event_nouns_own_date_is_not_bounded_by_the_verb_it_is_subject_of():
    text = "The strike of March 1842 closed the mills.\n\nAt the height of the strike the manager Paul Grey was arrested."
    assert _times(text, "arrest") == [("1842-03", "ON_OR_AFTER")]


def test_a_birth_year_in_brackets_after_a_name_dates_no_other_event():
    assert _times("The surveyor Otto Brandt (born 1788) founded a trading house in Riga.", "founding") == [None]


def test_a_first_heading_with_a_day_alone_takes_the_month_named_above():
    text = ("Diary of the siege, March 1871\n\nWednesday, 1st.\nThe baker was arrested by the guard.\n\n"
            "Friday, 3rd.\nThe mob attacked the town hall.")
    assert _times(text, "arrest") == [("1871-03-01", None)]
    wrong_weekday = text.replace("Wednesday, 1st.", "Monday, 1st.")
    assert _times(wrong_weekday, "arrest") != [("1871-03-01", None)]

"""Event dates that said more than the text (review of this session's dating): a body found dates
the death on or before the finding; a preposition on a noun dates no event; reported speech in a
diary entry; a story's date not taken from a flashback. Our own sentences, whole pipeline."""
from __future__ import annotations

from historiograph import annotate_text


def _times(text: str, etype: str) -> list[dict | None]:
    return [e.time for e in annotate_text(text).events if e.type == etype]


def test_a_body_found_dates_the_death_on_or_before_the_finding():
    times = _times("Tomas Berg left the inn at dusk. His body was found near the weir on 9 June 1887.", "death")
    assert times and all(t is not None and t["value"] == "1887-06-09" and t["mod"] == "ON_OR_BEFORE" for t in times), times


def test_a_day_on_a_noun_dates_no_event():
    text = "On 2 August 1812 the army reached the Niemen. Men from the 9th crossed the river."
    crossed = [e.time for e in annotate_text(text).events if e.trigger["text"] == "crossed"]
    assert crossed and not any(t and t["value"] == "1812-08-09" for t in crossed), crossed


def test_a_day_on_the_clause_verb_still_dates_it():
    text = "On 2 August 1812 the army reached the Niemen. On the 9th the army crossed the river."
    crossed = [e.time for e in annotate_text(text).events if e.trigger["text"] == "crossed"]
    assert crossed and crossed[0]["value"] == "1812-08-09", crossed


def test_a_past_reported_in_a_diary_entry_is_on_or_before_its_day():
    diary = ("Journal of the Relief Column\n\n3 April 1839.\nWe were told at supper that the old bishop died "
             "at Lyons.\n\n5 April 1839.\nRaiders burned the mill on the creek.\n")
    ad = annotate_text(diary)
    died = [e.time for e in ad.events if e.type == "death"]
    assert died and died[0]["value"] == "1839-04-03" and died[0]["mod"] == "ON_OR_BEFORE", died
    burned = [e.time for e in ad.events if e.trigger["text"] == "burned"]
    assert burned and burned[0]["value"] == "1839-04-05" and burned[0]["mod"] is None, burned  # the day's own doing


def test_a_day_of_the_month_takes_the_story_month_not_a_relative_clauses():
    text = ("On 4 June 1832 the weavers seized the town hall. The magistrate, who had been appointed on "
            "9 January 1829, escaped. On the 11th the weavers burned the granary.")
    burned = [e.time for e in annotate_text(text).events if e.trigger["text"] == "burned"]
    assert burned and burned[0] is None or burned[0]["value"] == "1832-06-11", burned
    assert not any(t and t["value"].startswith("1829") for t in burned)

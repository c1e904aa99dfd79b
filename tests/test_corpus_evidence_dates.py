"""A date that dates a source or sits in a remark about the evidence is not the narrative's time
(checks/narrative.py): no narrative_date conflict from it, while a real one stays."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.checks.narrative import dates_a_source
from historiograph.corpus import build_corpus

REMARK = ("The abbey's lands were seized, according to a chronicle of the fifteenth century, by the Bishop of "
          "Carne, who accused the abbot Wilfrid Hale of treason. No document of the 1280s supports the charge, "
          "and the bishop's letters are silent.\n")
STORY = ("During the famine of the 1430s, the Bishop of Carne seized the abbey's lands. In 1290 the bishop "
         "accused the abbot Wilfrid Hale of treason.\n")


def _narrative(text):
    return [c for c in build_corpus([annotate_text(text, source="abbey.txt")]).conflicts
            if c.kind == "narrative_date"]


def test_dates_of_sources_and_evidence_are_not_the_story():
    assert not _narrative(REMARK)


def test_a_date_far_from_its_passage_is_still_flagged():
    (conflict,) = _narrative(STORY)
    assert "1290" in conflict.message


def test_the_construction():
    def at(text, date):
        return dates_a_source(text, text.index(date))
    assert at("a chronicle of the fifteenth century", "fifteenth")
    assert at("No letter from 1290 survives", "1290")
    assert at("an account written in the 1490s", "1490s")
    assert not at("During the famine of the 1430s", "1430s")
    assert not at("the treaty of 1648 ended the war", "1648")


def test_a_life_summary_that_opens_a_sentence_with_a_later_year_moves_on():
    # a catalogue's biographical history: the late 1830s, then "In 1861 ..." (issue conflicts5)
    assert not _narrative("Hemraj Vora came to Mombasa in the late 1830s as a clerk of his uncle's firm. In 1861 "
                          "the governor appointed him collector of customs.\n")


def test_a_later_year_inside_the_sentence_is_still_flagged():
    assert _narrative("During the drought of the late 1830s, the governor seized the wells, and so in 1861 the "
                      "governor expelled the herders.\n")

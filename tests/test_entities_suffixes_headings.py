"""Possessive suffixes, a titled name's end, and a letter's heading line, on invented sentences."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.entities import patterns
from historiograph.entities.spans import strip_possessive
from historiograph.pipeline import Options


def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


@pytest.mark.parametrize("word,bare", [
    ("Hess's", "Hess"), ("Jones's", "Jones"), ("Moss’s", "Moss"), ("Jones'", "Jones"),
    ("Hess", "Hess"), ("Ross", "Ross"), ("Kim Il Sung’s", "Kim Il Sung"), ("s's", "s"),
])
def test_a_possessive_is_a_suffix_not_a_set_of_letters(word, bare):
    assert strip_possessive(word) == bare


def test_a_name_ending_in_s_keeps_its_letters_before_a_possessive():
    # "Mays's" stripped letter by letter was "May", a month, and no name
    assert patterns._name_word_ok("Mays's")
    found = patterns.titled_names("That winter Mr. Mays's horses were sold at auction.")
    assert [("Mays", "PERSON")] == [("That winter Mr. Mays's horses"[c.start:c.end], c.label) for c in found]


def test_gazetteer_keeps_a_final_s_of_a_town():
    text = "The envoy went on to Athens and later to Brussels' great square."
    found = {text[c.start:c.end] for c in patterns.gazetteer_names(text)}
    assert {"Athens", "Brussels"} <= found


def test_a_titled_name_ends_at_its_last_name_word_when_a_tab_follows():
    text = "Colonel Harris\tMonday morning the fort was quiet."
    found = [(text[c.start:c.end], c.label) for c in patterns.titled_names(text)]
    assert found == [("Harris", "PERSON")]
    text = "Captain Anders Holt\tTuesday\twas spent at sea."
    assert [text[c.start:c.end] for c in patterns.titled_names(text)] == ["Anders Holt"]


@pytest.mark.parametrize("text,place", [
    ("Dire Dawa, 3 May 1907\n\nMy dear brother, we arrived at last after a long march.", "Dire Dawa"),
    ("Fort Hollis, June 12th, 1863.\nDear Mother,\nThe regiment left this morning.", "Fort Hollis"),
    ("Ujiji, 14th November 1871\n\nWe rested the whole day.", "Ujiji"),
])
def test_a_place_and_date_heading_line_names_a_place(text, place):
    found = _mentions(text)
    labels = [lab for t, lab in found if t == place]
    assert labels and all(lab in ("GPE", "LOC", "FAC") for lab in labels), found


def test_a_person_in_prose_before_a_date_is_not_made_a_place():
    found = _mentions("The letter was signed by Henry Walton, 3 May 1907, and sent to the consul.")
    assert ("Henry Walton", "PERSON") in found

"""Kinds of names the model mislabels, on invented sentences: a given name of the name dictionary
first and names after it is a person, not a body ("Wendell Willkie" read as an organisation); a place's first head word ("Fort", "Port") before names makes a place of what the
model read as a body; a name broken at a line end before the model's start ("American Newspa¬\nper
Publishers' Association"). Buildings, streets and bodies named the same way stay what they are."""
from __future__ import annotations

import pytest

from historiograph.entities import ner



@pytest.mark.parametrize("span,label,want", [
    ("Wendell Willkie", "ORG", "PERSON"),
    ("ALBERT HINTON", "ORG", "PERSON"),
    ("Charlotte Ingram", "ORG", "PERSON"),
    ("Santa Inez", "GPE", "GPE"),
    ("Leigh Wood", "ORG", "ORG"),             # a place named after someone: "wood" is a kind of land
    ("Newton Park", "ORG", "ORG"),             # the model's place stays one ("moved to Santa Inez")
    ("Albert Hall", "ORG", "ORG"),            # a building's head word
    ("Charlotte Street", "GPE", "GPE"),       # a street's
    ("Victoria Falls", "LOC", "LOC"),         # a common noun
    ("Santa Fe", "ORG", "ORG"),               # a place the gazetteer knows
    ("George Washington University", "ORG", "ORG"),  # four words, a body's head
    ("Albert Hall", "FAC", "FAC"),            # the model saw a building
])
def test_given_name_first_makes_a_person(span, label, want):
    assert ner._given_name_person(span, label) == want


@pytest.mark.parametrize("span,label,want", [
    ("Fort Collins", "ORG", "GPE"),
    ("Port Authority", "ORG", "ORG"),         # a common noun after the head: a body
    ("Fort Wayne Bank", "ORG", "ORG"),        # a body's head word
    ("Cape Bon", "PERSON", "LOC"),
])
def test_place_first_head_word(span, label, want):
    assert ner.kind_from_head(span, label) == want


def test_a_given_name_before_a_place_head_stays_a_place():
    assert ner._given_name_person("Kendall Counties", "GPE") == "GPE"
    assert ner._given_name_person("Marion County", "GPE") == "GPE"


@pytest.mark.parametrize("text,first,label,want", [
    ("a report of the American Newspa¬\nper Publishers’ Association says", "Publishers", "ORG",
     "American Newspa¬\nper Publishers’ Association says"),
    ("taken from the Nebras¬\nka State Journal and", "State", "WORK", "Nebras¬\nka State Journal and"),
    ("He said so. Yesterday Newspa¬\nper Publishers’ Association met", "Publishers", "ORG",
     "Newspa¬\nper Publishers’ Association met"),   # a sentence's first word is not the name's
    ("Rich¬\nard Ballard came", "Ballard", "PERSON", "Ballard came"),  # a person's words before are titles
])
def test_a_name_takes_back_a_capitalised_word_broken_before_it(text, first, label, want):
    assert text[ner._broken_word_before(text, text.index(first), label):] == want

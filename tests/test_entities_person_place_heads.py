"""Kinds of names the model mislabels, on invented sentences: a given name of the name dictionary
first and names after it is a person, not a body or a place ("Wendell Willkie" read as an
organisation); a place's first head word ("Fort", "Port") before names makes a place of what the
model read as a body. Buildings, streets and bodies named the same way stay what they are."""
from __future__ import annotations

import pytest

from historiograph.entities import ner
from historiograph.events.wordnet import reader

pytestmark = pytest.mark.skipif(reader() is None, reason="needs WordNet")


@pytest.mark.parametrize("span,label,want", [
    ("Wendell Willkie", "ORG", "PERSON"),
    ("ALBERT HINTON", "ORG", "PERSON"),
    ("Charlotte Ingram", "GPE", "PERSON"),
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

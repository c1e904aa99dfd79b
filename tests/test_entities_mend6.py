"""Review of the newspaper names (names10) on narrative text: a one-word person who shares a town's
name stays a person unless something says place; a heading or a speaker's label in capitals is no
dateline; names of people made of common words ("Black Kettle", "Spotted Tail") stay people; a
place in a mixed list is no person. Sentences written here."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.pipeline import Options


def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


_PLACES = ("GPE", "LOC", "FAC")


@pytest.mark.parametrize("text,name", [
    ("Bolton later joined the firm of Watt.", "Bolton"),
    ("He studied under Selby for two years.", "Selby"),
    ("The king made Barnes a baronet in 1790.", "Barnes"),
    ("She corresponded with Bolton until her death.", "Bolton"),
    ("Selby soon resigned his commission.", "Selby"),
    ("According to Selby, the battle was lost by noon.", "Selby"),
    ("The house passed to Romsey on his death.", "Romsey"),
    ("He stayed with Selby at Bath.", "Selby"),
    ("He received a letter from Romsey in May.", "Romsey"),
])
def test_a_person_with_a_town_s_name_and_no_sign_of_a_place_stays_a_person(text, name):
    found = _mentions(text)
    assert not [m for m in found if m[0] == name and m[1] in _PLACES], found


@pytest.mark.parametrize("text,town", [
    ("The wool was carried by waggon to a warehouse at Romsey every week.", "Romsey"),
    ("Barley fetched good prices, and Chippenham market was full on Tuesday.", "Chippenham"),
])
def test_a_town_with_a_sign_of_a_place_is_a_place(text, town):
    found = _mentions(text)
    assert (town, "GPE") in found or not [m for m in found if m[0] == town and m[1] != "GPE"], found


@pytest.mark.parametrize("text,name", [
    ("READING.\nHe learned to read at five and to write at six.", "READING"),
    ("WARWICK: Let me speak.\nYORK: Speak on, my lord.", "YORK"),
    ("WARWICK: Let me speak.\nYORK: Speak on, my lord.", "WARWICK"),
])
def test_a_heading_or_a_speaker_in_capitals_is_no_dateline(text, name):
    found = _mentions(text)
    assert not [m for m in found if m[0] == name and m[1] in _PLACES], found


@pytest.mark.parametrize("text,town", [
    ("LONDON.—The Queen held a court at the palace yesterday.", "LONDON"),
    ("BATH.— On Monday the new pump room was opened to the public.", "BATH"),
    ("PARIS, May 4.—The Chamber sat until midnight.", "PARIS"),
    ("CONCORD, Mass., May 4. The farmers met on the green.", "CONCORD"),
    ("YEOVIL: Wednesday, June 9. The fair was well attended by dealers.", "YEOVIL"),
])
def test_a_dateline_in_capitals_with_a_date_or_text_is_a_place(text, town):
    assert (town, "GPE") in _mentions(text)


@pytest.mark.parametrize("text,name", [
    ("Zebulon Pike explored the West in 1806.", "Zebulon Pike"),
    ("Black Kettle was killed at the Washita.", "Black Kettle"),
    ("Spotted Tail was shot by Crow Dog.", "Spotted Tail"),
    ("Black Hawk surrendered at the Bad Axe in 1832.", "Black Hawk"),
    ("Red Cloud signed the treaty at Fort Laramie.", "Red Cloud"),
])
def test_a_person_named_by_common_words_stays_a_person(text, name):
    assert (name, "PERSON") in _mentions(text)


def test_a_place_in_a_list_of_people_and_places_is_no_person():
    found = _mentions("He was sent by Sir John Moore, General Baird, Corunna, and Lisbon in turn.")
    assert ("Corunna", "PERSON") not in found, found

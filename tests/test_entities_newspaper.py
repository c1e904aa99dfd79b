"""Constructions of 19th-century newspapers (HIPE-2022, topres19th), on invented sentences: nouns the
style capitalises ("sold by Private Contract", "by Public Auction") are no organisation's name;
bodies named by such nouns with a head that names a body or an institution stay."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.pipeline import Options


def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


@pytest.mark.parametrize("text,phrase", [
    ("The farm of Upper Cowlease will be sold by Private Contract, unless previously disposed of.", "Private Contract"),
    ("The stock of Mr. Pellow of Kettlewick will be sold by Public Auction at the Swan.", "Public Auction"),
    ("He has a large stock of Drain Pipes and Garden Vases at his yard in Brendale.", "Drain Pipes"),
    ("The Silk Trade is very dull this week, said Mr. Harbottle of Lanchester.", "Silk Trade"),
])
def test_capitalised_common_nouns_are_no_organisation(text, phrase):
    assert not [m for m in _mentions(text) if phrase in m[0] and m[1] == "ORG"]


def test_bodies_named_by_common_nouns_stay():
    found = _mentions("The Harbury Gas Company met on Monday, and the Wessex Agricultural Society dined "
                      "at the Crown. The General Assembly and the Privy Council sat late.")
    for name in ("Harbury Gas Company", "Wessex Agricultural Society", "General Assembly", "Privy Council"):
        assert (name, "ORG") in found, (name, found)


@pytest.mark.parametrize("text,town", [
    ("Wheat sold at fair prices. Chippenham market on Tuesday was thinly attended.", "Chippenham"),
    ("The coach goes through Andover, Ringwood, Romsey and Lymington every day.", "Lymington"),
])
def test_a_town_the_gazetteer_knows_with_no_sign_of_a_person_is_a_place(text, town):
    assert (town, "GPE") in _mentions(text)


def test_a_town_s_name_with_a_title_or_among_people_stays_a_person():
    found = _mentions("Mr. Chippenham and Captain Lymington dined at the Swan with Mr. Hale, Romsey, and Mr. Pellow.")
    for name in ("Chippenham", "Lymington"):
        assert (name, "PERSON") in found, (name, found)
    assert ("Romsey", "GPE") not in found


def test_a_common_noun_after_the_is_no_town_of_another_spelling():
    found = _mentions("The Sale to commence punctually at Two. Catalogues may be had previous to the Sale.")
    assert not [m for m in found if m[0] == "Sale"], found


def test_a_town_s_name_in_a_list_of_titled_people_is_a_person():
    found = _mentions("Among those present were Mr. Pardew, Trelawny, Mrs. Ashcombe, Brooks, Hartley, "
                      "Kendal, Newton, Pardoe, and Miss Wragg.")
    assert ("Kendal", "PERSON") in found and ("Newton", "PERSON") in found, found


def test_places_in_a_list_without_titled_people_stay():
    found = _mentions("The coach calls at Kendal, Newton, Lancaster and Preston, and Mr. Pardew drives it.")
    assert ("Kendal", "GPE") in found and ("Lancaster", "GPE") in found, found


@pytest.mark.parametrize("text,phrase", [
    ("KENTSHIRE. Extraordinary Lunacy Case. A seven days trial was held at Maidwell.", "Lunacy Case"),
    ("The funds were raised by subscription. Melancholy Accident. On Sunday evening a boy drowned.", "Accident"),
    ("On Monday H. M. revenue cruizer Swallow, commanded by Capt. Frane, put to sea.", "H. M."),
])
def test_no_person_without_a_given_name_or_title_ending_in_a_common_noun(text, phrase):
    assert not [m for m in _mentions(text) if phrase in m[0] and m[1] == "PERSON"]


def test_titled_or_given_names_ending_in_a_common_noun_stay_people():
    found = _mentions("Mr. Lawless Case spoke, and John Baker seconded; Widow Welch and Mr. L. agreed.")
    for name in ("Lawless Case", "John Baker"):
        assert (name, "PERSON") in found, (name, found)


@pytest.mark.parametrize("text,town", [
    ("BRIDGWATER. We are requested to correct an error in our last number.", "BRIDGWATER"),
    ("YEOVIL:—WEDNESDAY, June 9. The fair was well attended by dealers.", "YEOVIL"),
])
def test_a_dateline_in_capitals_is_a_place(text, town):
    assert (town, "GPE") in _mentions(text)


def test_a_heading_in_capitals_that_is_a_common_word_is_no_place():
    found = _mentions("SALE.\nNOTICE. The stock will be sold on Monday.")
    assert not [m for m in found if m[1] == "GPE"], found


def test_titles_joined_by_a_hyphen_are_inside_a_hipe_span():
    from historiograph.entities.titles import title_start

    text = "A letter from Lieut.-Col. Pardew and from Major-General Hartop was read."
    for name, titles in (("Pardew", "Lieut.-Col. "), ("Hartop", "Major-General ")):
        a = text.index(name)
        assert text[title_start(text, a):a] == titles


def test_a_common_word_is_no_town_that_only_another_spelling_names():
    found = _mentions("The cows will be sold without reserve. Sale at Eleven o'clock, at Ambridge.")
    assert not [m for m in found if m[0] == "Sale"], found


def test_a_town_of_the_same_spelling_as_a_common_word_stays():
    found = _mentions("Its general was born in York and educated at Harrow.")
    assert ("Harrow", "GPE") in found, found


def test_an_initial_a_diary_keeps_using_is_a_person():
    """A letter or diary writes "R." for someone it names again and again; a newspaper's stray
    initials come once (above), and "R. Holm" is a first initial."""
    diary = ("3 March 1862. — S. came to dinner with his sister and talked of nothing but the canal.\n\n"
             "5 March 1862. — They arrested S. at dawn today. Papa says the police found letters in his desk.\n\n"
             "9 March 1862. — S. released this afternoon. He looks thin.")
    assert sum(1 for name, label in _mentions(diary) if name == "S." and label == "PERSON") >= 2
    assert ("R.", "PERSON") not in _mentions("R. Holm dined with us. R. Holm left at ten.")

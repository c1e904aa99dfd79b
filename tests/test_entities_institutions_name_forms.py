"""Institutions read as places, and the shorter forms of one person's long name, on invented sentences."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.entities import name_forms
from historiograph.entities.institutions import institution_label
from historiograph.entities.names import parse_person
from historiograph.pipeline import Options


def _run(text: str):
    return pipeline.run(ingest.from_text(text), Options(), until="entities")


def _label(text: str, name: str, label: str) -> str:
    start = text.index(name)
    return institution_label(text, start, start + len(name), label)


# ---- institutions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Harwick Mission stood on the hill above the river.", "Harwick Mission"),  # only a body
    ("The Tullamore Company sent its ships to the coast.", "Tullamore Company"),
    ("In 1880 Tobias Wren was made a teacher at the Pellmore Seminary.", "Pellmore Seminary"),
])
def test_a_place_named_by_an_institution_noun_is_an_organisation(text, name):
    assert _label(text, name, "LOC") == "ORG"


@pytest.mark.parametrize("text,name", [
    ("In 1871 Agnes Hollweg became the first directress of the Ravensworth Academy.\n", "Ravensworth Academy"),
    ("In 1902 Silas Pembury was elected a member of the Corrane Academy.", "Corrane Academy"),
    ("Two sisters founded the Dunmere Hospital in 1859.", "Dunmere Hospital"),
    ("The Dunmere Hospital was founded in 1859 by two sisters.", "Dunmere Hospital"),
])
def test_an_institution_that_is_also_a_building_is_an_organisation_in_a_body_frame(text, name):
    assert _label(text, name, "LOC") == "ORG"


@pytest.mark.parametrize("text,name,label", [
    ("The wounded were carried to the Dunmere Hospital.", "Dunmere Hospital", "LOC"),  # the building
    ("Agnes Hollweg walked past the Ravensworth Academy at dusk.", "Ravensworth Academy", "FAC"),
    ("He fled to the Soviet Union in 1938.", "Soviet Union", "GPE"),  # a known place
    ("She lived on Mission Street for years.", "Mission Street", "LOC"),  # no institution head
    ("The walls of the Ravensworth Academy were repainted.", "Ravensworth Academy", "FAC"),  # no person's role
    ("They rode on to Harwick Zyxqal before dark.", "Harwick Zyxqal", "LOC"),  # a word WordNet lacks
    ("The Vendrian Federation sent an envoy.", "Vendrian Federation", "GPE"),  # a state noun
])
def test_a_building_or_a_known_place_keeps_its_label(text, name, label):
    assert _label(text, name, label) == label


def test_the_stage_reads_the_directress_sentence_with_its_newline_as_an_organisation():
    ad = _run("In 1871 Agnes Hollweg became the first directress of the Ravensworth Academy.\n")
    assert ("Ravensworth Academy", "ORG") in [(m.text, m.label) for m in ad.mentions]


# ---- one person's name forms ----------------------------------------------------------------------

def test_the_surnames_of_a_name_with_a_particle_inside_it():
    assert name_forms.surnames(parse_person("Rodrigo Esteban Salvatierra del Pino")) == {"salvatierra", "pino"}
    assert name_forms.surnames(parse_person("Benita Ochoa y Larrea")) == {"ochoa", "larrea"}
    # the given name before "de" is no surname; a father's name after "ibn" is none either
    assert name_forms.surnames(parse_person("Inés de Lorca Vidal")) == {"lorca", "vidal"}
    assert name_forms.surnames(parse_person("Hamid ibn Yusuf Al Tamimi")) == {"tamimi"}


@pytest.mark.parametrize("short,long_,expected", [
    ("Esteban Salvatierra", "Rodrigo Esteban Salvatierra del Pino", True),
    ("Salvatierra del Pino", "Rodrigo Esteban Salvatierra del Pino", True),
    ("Louisa Pryce", "Hannah Louisa Pryce", True),
    ("Mateo Salvatierra", "Rodrigo Esteban Salvatierra del Pino", False),  # another given name
    ("Rodrigo Esteban", "Rodrigo Esteban Salvatierra del Pino", False),  # no surname in it
])
def test_a_shorter_form_is_the_long_names_words_in_order_ending_in_a_surname(short, long_, expected):
    assert name_forms.contained_in(parse_person(short), parse_person(long_)) is expected


def _people(text: str) -> list[set[str]]:
    return [set(e.aliases) for e in _run(text).entities if e.label == "PERSON"]


def test_the_forms_of_one_long_iberian_name_are_one_person():
    people = _people("Rodrigo Esteban Salvatierra del Pino sailed from Cádiz in 1791. Esteban Salvatierra "
                     "reached Manila the next spring, and Salvatierra stayed there until 1802.")
    assert {"Rodrigo Esteban Salvatierra del Pino", "Esteban Salvatierra", "Salvatierra"} in people


def test_a_surname_that_two_people_of_the_document_carry_stays_apart():
    people = _people("Rodrigo Esteban Salvatierra del Pino sailed from Cádiz in 1791 with his brother "
                     "Mateo Salvatierra del Pino. Salvatierra reached Manila the next spring.")
    assert {"Salvatierra"} in people
    assert not any({"Rodrigo Esteban Salvatierra del Pino", "Mateo Salvatierra del Pino"} <= p for p in people)


# ---- unknown places in a list of places -------------------------------------------------------------

def test_a_plural_place_noun_reads_its_singular_from_wordnet():
    from historiograph.entities.place_lists import plural_place_noun

    assert plural_place_noun("Counties") == "GPE"
    assert plural_place_noun("rivers") == "LOC"
    assert plural_place_noun("county") is None and plural_place_noun("letters") is None


def test_the_names_of_a_list_closed_by_a_plural_place_noun_are_places():
    text = "Salt wells remain, as in Harlan, Osgood,\nTrimble, and Kendall Counties. The beds run north."
    labels = dict((m.text, m.label) for m in _run(text).mentions)
    assert all(labels.get(n) == "GPE" for n in ("Harlan", "Osgood", "Trimble")), labels


def test_a_list_with_a_persons_full_name_is_left_to_the_model():
    from historiograph.entities.place_lists import places_in_lists
    from historiograph.entities.spans import MODEL, Cand

    text = "Letters came from Ann Byrd, Osgood and Kendall counties."
    cands = [Cand(text.index(n), text.index(n) + len(n), lab, MODEL, "spacy")
             for n, lab in (("Ann Byrd", "PERSON"), ("Osgood", "PERSON"), ("Kendall", "GPE"))]
    places_in_lists(text, cands, set())
    assert [c.label for c in cands] == ["PERSON", "PERSON", "GPE"]


def _cands(text: str, named: list[tuple[str, str]]):
    from historiograph.entities.spans import MODEL, Cand

    return [Cand(text.index(n), text.index(n) + len(n), lab, MODEL, "spacy") for n, lab in named]


def test_a_name_after_a_place_and_in_is_the_place_that_holds_it():
    from historiograph.entities.place_lists import places_after_place_in

    text = "That evening a fire broke out at Port Selwyn, in Vardala, and burned till midnight."
    cands = _cands(text, [("Port Selwyn", "GPE"), ("Vardala", "PERSON")])
    places_after_place_in(text, cands, set())
    assert cands[1].label == "GPE"
    # the person first: "Ames, in Paris" is a person in a place
    text = "Ames, in Paris, wrote to Corvell, in Tilsey's house."
    cands = _cands(text, [("Ames", "PERSON"), ("Paris", "GPE"), ("Corvell", "PERSON"), ("Tilsey", "PERSON")])
    places_after_place_in(text, cands, set())
    assert [c.label for c in cands] == ["PERSON", "GPE", "PERSON", "PERSON"]

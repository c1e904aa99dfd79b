"""Names and their kinds on invented sentences, by kind of construction: places the model reads as
people (rivers, towns after a verb or preposition of place), people it reads as places ("met
Washington"), titles with names, particles, and words that are not names (groups, role nouns)."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.entities import places
from historiograph.pipeline import Options


def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


def _annotated(text: str):
    return pipeline.run(ingest.from_text(text), Options(), until="entities")


PLACE = {"GPE", "LOC", "FAC"}


def _label(found, name):
    labels = [lab for t, lab in found if t == name]
    assert labels, f"no mention {name!r} in {found}"
    return labels


@pytest.mark.parametrize("text,name", [
    ("In the autumn the column crossed the Danube near a ruined mill.", "Danube"),
    ("Two weeks later the dragoons reached Craiova and rested.", "Craiova"),
    ("The legion marched along the Vistula and besieged Thorn.", "Thorn"),
    ("The rebels fled across the Vltava before dawn.", "Vltava"),
    ("The Khan's riders rode up the Dniester without meeting anyone.", "Dniester"),
    ("Her cousin was sent to Poltava with the baggage.", "Poltava"),
])
def test_places_in_a_frame_of_place_are_places(text, name):
    assert set(_label(_mentions(text), name)) <= PLACE


def test_wordnet_instances_tell_rivers_from_people():
    assert places.wordnet_place("Danube") == "LOC"
    assert places.wordnet_place("Washington") is None  # a person too
    assert "PERSON" in places.wordnet_kinds("Washington")
    assert places.wordnet_people("Cossacks") and not places.wordnet_people("Washington")


def test_a_person_named_like_a_town_stays_a_person_where_the_frame_says_so():
    found = _mentions("The envoy met Washington at the ford. Washington ordered the boats burned.")
    assert _label(found, "Washington") == ["PERSON", "PERSON"]
    found = _mentions("Lincoln reached the depot at noon. Lincoln spoke for two minutes.")
    assert set(_label(found, "Lincoln")) == {"PERSON"}


def test_titles_stay_out_of_the_name_and_title_of_a_land_is_the_name():
    found = _mentions("Count Pavel Ostrov wrote to his steward. The Countess Ostrova stayed in Moscow. "
                      "Captain Duarte de Vasconcelos led the fleet, and Sister Benedetta nursed the sick. "
                      "The Duke of Alba entered Brussels.")
    names = {t for t, lab in found if lab == "PERSON"}
    assert {"Pavel Ostrov", "Ostrova", "Duarte de Vasconcelos", "Benedetta", "Duke of Alba"} <= names
    assert not any(t.startswith(("Count ", "Captain", "Sister")) for t in names)


def test_a_given_name_of_a_land_and_a_regnal_number_are_one_name():
    found = _mentions("Prince Eugene of Savoy took the fortress. His niece married Henry I of France. "
                      "Sultan Mehmed II besieged the city.")
    names = {t for t, lab in found if lab == "PERSON"}
    assert {"Eugene of Savoy", "Henry I of France", "Mehmed II"} <= names
    assert ("Savoy", "PERSON") not in found


def test_titled_and_bare_surname_are_one_entity():
    ad = _annotated("Count Pavel Ostrov sailed for Riga. The Count Ostrov returned in May. "
                    "Count Ostrov was tired, and Ostrov never left his estate again.")
    ids = {m.entity for m in ad.mentions if m.label == "PERSON" and "Ostrov" in m.text}
    assert len(ids) == 1


def test_particles_keep_a_name_whole():
    found = _mentions("Abu Bakr ibn Umar al-Lamtuni founded the town. Johan van Oldenbarnevelt was arrested. "
                      "Wernher von Braun moved west.")
    names = {t for t, lab in found if lab == "PERSON"}
    assert {"Abu Bakr ibn Umar al-Lamtuni", "Johan van Oldenbarnevelt", "Wernher von Braun"} <= names


def test_groups_role_nouns_months_and_weekdays_are_not_people():
    found = _mentions("March was cold. By Thursday the Cossacks had burned the bridges, and the Venetians "
                      "sent envoys. The Khan's horsemen waited. The Sultan's fleet anchored. Sunday passed quietly.")
    people = [t for t, lab in found if lab == "PERSON"]
    assert people == [], found
    assert not any(t in ("March", "Thursday", "Sunday") for t, _ in found)


def test_a_title_or_a_particle_makes_a_person_of_a_place_or_body():
    found = _mentions("The treaty was signed by Baron Holmberg and by Johannes Van Etten, the envoy.")
    assert ("Holmberg", "PERSON") in found and ("Johannes Van Etten", "PERSON") in found
    found = _mentions("General Assembly members met in the hall.")
    assert not [t for t, lab in found if lab == "PERSON"], found


def test_an_unknown_name_that_returns_or_speaks_is_a_person():
    found = _mentions("Sunday, the ninth, Kovacs left the capital. By August, Halloran had returned.")
    assert ("Halloran", "PERSON") in found


def test_headings_of_common_words_are_no_names():
    found = _mentions("Exile and Death\n\nHe died poor in 1821.\n\nAftermath\n\nThe town was rebuilt.")
    assert found == [], found


@pytest.mark.parametrize("text,name", [
    ("She was born in 1840 in the town of Kvarnby, near the coast.", "Kvarnby"),
    ("Along with Count Ulrich von Brandt of Rheinfelden and Sachsen, he led the army.", "Rheinfelden"),
])
def test_a_noun_of_place_or_a_person_of_a_land_makes_a_place(text, name):
    found = _mentions(text)
    labels = [lab for t, lab in found if t == name]
    assert labels and set(labels) <= PLACE, found


def test_french_and_older_renderings_of_russian_names_meet():
    from historiograph.entities.names import skeleton

    assert skeleton("Tchaadaev") == skeleton("Chaadayev")
    assert skeleton("Orloff") == skeleton("Orlov")
    assert skeleton("Djugashvili") == skeleton("Dzhugashvili")
    ad = _annotated("Pyotr Chaadayev wrote the letters. Chaadaev was declared insane. Tchaadaev never recanted.")
    assert len({m.entity for m in ad.mentions if m.label == "PERSON"}) == 1


def test_a_name_in_another_script_in_brackets_is_the_same_person():
    ad = _annotated("Ioannis Kapodistrias (Ιωάννης Καποδίστριας) governed the new state. Kapodistrias was "
                    "murdered in 1831.")
    people = [(m.text, m.entity) for m in ad.mentions if m.label == "PERSON"]
    assert ("Ιωάννης Καποδίστριας", people[0][1]) in people
    assert len({e for _, e in people}) == 1


def test_siege_march_on_and_from_to_give_places():
    found = _mentions("After the siege of Kvarno the army marched on Slatina. The column moved from Lesno to "
                      "Ostrolenka.")
    for name in ("Kvarno", "Slatina", "Lesno", "Ostrolenka"):
        labels = [lab for t, lab in found if t == name]
        assert labels and set(labels) <= PLACE, (name, found)


def test_a_titled_name_ends_at_its_possessive():
    found = _mentions("The offensive shattered General Yamada Otozō's Kwantung Army within days.")
    assert ("Yamada Otozō", "PERSON") in found and ("Kwantung Army", "ORG") in found


def test_sentence_openers_and_feasts_are_not_names():
    found = _mentions("Whereupon Lasko fled to the hills. Liberty was proclaimed on Whitsunday.")
    assert ("Lasko", "PERSON") in found
    assert not any(t in ("Whereupon Lasko", "Whitsunday") for t, _ in found), found
    assert places.wordnet_time("Michaelmas") and not places.wordnet_time("Washington")

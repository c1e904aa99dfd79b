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
    ("HALE’S", "HALE"), ("JONES'", "JONES"),
])
def test_a_possessive_is_a_suffix_not_a_set_of_letters(word, bare):
    assert strip_possessive(word) == bare


def test_a_possessive_in_capitals_is_left_out_of_the_span():
    from historiograph.entities.spans import trim

    text = "The estate of HENRY HALE’S widow was sold."
    a = text.index("HENRY")
    assert text[slice(*trim(text, a, a + len("HENRY HALE’S"), "PERSON"))] == "HENRY HALE"


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
    ("Ujiji, 14th November 1871\n\nWe rested the whole day.\n\nUjiji, 15th November 1871\n\nRain.", "Ujiji"),
])
def test_a_place_and_date_heading_line_names_a_place(text, place):
    found = _mentions(text)
    labels = [lab for t, lab in found if t == place]
    assert labels and all(lab in ("GPE", "LOC", "FAC") for lab in labels), found


def test_a_person_in_prose_before_a_date_is_not_made_a_place():
    found = _mentions("The letter was signed by Henry Walton, 3 May 1907, and sent to the consul.")
    assert ("Henry Walton", "PERSON") in found


# kinds found on historical newspaper text (HIPE): a place's head in lower case, a place noun
# "of" a name, a person the model called an organisation in a list of people

@pytest.mark.parametrize("text,place,label", [
    ("The sheriff of Tolliver county rode out at dawn.", "Tolliver county", "GPE"),
    ("A mill stood on the Otsego river below the ford.", "Otsego river", "LOC"),
])
def test_a_lowercase_place_head_joins_the_name_and_makes_it_a_place(text, place, label):
    assert (place, label) in _mentions(text)


def test_a_lowercase_place_head_on_the_next_line_joins_the_name():
    from historiograph.entities import context
    from historiograph.entities.spans import MODEL, Cand

    text = "The sheriff of Tolliver\ncounty rode out. Ann Byrd\nsaid so."
    cands = [Cand(15, 23, "PERSON", MODEL, "spacy"), Cand(text.index("Ann"), text.index("Ann") + 8, "PERSON", MODEL, "spacy")]
    context.lower_place_heads(text, cands)
    assert [(text[c.start:c.end], c.label) for c in cands] == [("Tolliver\ncounty", "GPE"), ("Ann Byrd", "PERSON")]


def test_a_name_after_a_place_noun_and_of_is_a_place():
    from historiograph.entities import context
    from historiograph.entities.spans import MODEL, Cand

    text = "Land in the county of Tolliver and the island of Brennick was sold to Ann Byrd."
    cands = [Cand(text.index(n), text.index(n) + len(n), "PERSON", MODEL, "spacy") for n in ("Tolliver", "Brennick", "Ann Byrd")]
    context._places_of_a_kind(text, cands)
    assert [c.label for c in cands] == ["GPE", "LOC", "PERSON"]
    found = _mentions("The Duke of Alba entered the town.")
    assert not any(lab in PLACE for t, lab in found if "Alba" in t and t != "Alba")


PLACE = {"GPE", "LOC", "FAC"}


def test_a_place_noun_of_a_known_place_is_a_place_not_a_body():
    from historiograph.entities.ner import kind_from_head

    assert kind_from_head("State of Rhode-Island", "ORG") == "GPE"
    assert kind_from_head("TERRITORY OF DAKOTA", "ORG") == "GPE"
    assert kind_from_head("State of Emergency", "ORG") == "ORG"


def test_hipe_puts_a_capitalised_place_noun_inside_the_span():
    from historiograph.entities.titles import kind_of_start

    text = "He reached the City of Lincoln and later the county of Tolliver."
    assert kind_of_start(text, text.index("Lincoln")) == text.index("City")
    assert kind_of_start(text, text.index("Tolliver")) == text.index("Tolliver")


def test_a_two_word_name_between_people_in_a_list_is_a_person():
    from historiograph.entities import context
    from historiograph.entities.spans import MODEL, Cand

    text = "Present: Ann Byrd, Asa Holt, Jane Cole."
    cands = [Cand(text.index(n), text.index(n) + len(n), lab, MODEL, "spacy")
             for n, lab in (("Ann Byrd", "PERSON"), ("Asa Holt", "ORG"), ("Jane Cole", "PERSON"))]
    context._coordinated_places(text, cands)
    assert [c.label for c in cands] == ["PERSON"] * 3
    text = "Present: Ann Byrd, Royal Navy, Jane Cole."
    cands = [Cand(text.index(n), text.index(n) + len(n), lab, MODEL, "spacy")
             for n, lab in (("Ann Byrd", "PERSON"), ("Royal Navy", "ORG"), ("Jane Cole", "PERSON"))]
    context._coordinated_places(text, cands)
    assert cands[1].label == "ORG"


def test_a_town_broken_at_a_line_end_is_found_unless_the_word_is_common():
    text = "The parcel went from Boston to Roch¬\nester by rail, and the Declaration of Inde¬\npendence was read."
    found = [(text[c.start:c.end], c.label) for c in patterns.broken_places(text)]
    assert found == [("Roch¬\nester", "GPE")]


def test_a_name_the_document_tags_is_found_again_broken_at_a_line_end():
    from historiograph.entities.spans import MODEL, Cand

    text = "Garibaldi landed at dawn. The crowd cheered for Gari¬\nbaldi all day."
    first = [Cand(0, 9, "PERSON", MODEL, "spacy")]
    found = [(text[c.start:c.end], c.label) for c in patterns.broken_known_names(text, first)]
    assert found == [("Gari¬\nbaldi", "PERSON")]


def test_a_common_noun_after_the_is_no_body_unless_the_document_names_the_body_in_full():
    from historiograph.entities import filters
    from historiograph.entities.spans import MODEL, Cand

    text = "The bill went back to the Harbour. The League of Nations met; the League sat."
    legis = Cand(text.index("Harbour"), text.index("Harbour") + 7, "ORG", MODEL, "spacy")
    full = Cand(text.index("League of"), text.index("League of") + 17, "ORG", MODEL, "spacy")
    head = Cand(text.rindex("League"), text.rindex("League") + 6, "ORG", MODEL, "spacy")
    kept = [text[c.start:c.end] for c in filters.apply(text, [legis, full, head])]
    assert kept == ["League of Nations", "League"]


def test_a_verb_read_into_a_persons_name_is_left_out():
    from historiograph.entities import filters
    from historiograph.entities.spans import MODEL, Cand

    text = "Then Ned Jumped his horse and Mr. Hale Is a clever man; Walter Manning and Ann Banks came."
    spans = ("Ned Jumped", "Hale Is", "Walter Manning", "Ann Banks")
    cands = [Cand(text.index(s), text.index(s) + len(s), "PERSON", MODEL, "spacy") for s in spans]
    kept = [text[c.start:c.end] for c in filters.apply(text, cands)]
    assert kept == ["Ned", "Hale", "Walter Manning", "Ann Banks"]


def test_a_titled_name_on_a_line_of_a_printed_column_is_no_heading():
    from historiograph.entities import filters
    from historiograph.entities.spans import MODEL, Cand

    text = "They left for the coast last week.\nJudge Hale was given a\ngold watch by the bar."
    c = Cand(text.index("Hale"), text.index("Hale") + 4, "PERSON", MODEL, "spacy")
    assert [text[k.start:k.end] for k in filters.apply(text, [c])] == ["Hale"]


def test_a_lone_verb_or_a_plural_common_noun_after_the_is_no_person():
    from historiograph.entities import filters
    from historiograph.entities.spans import MODEL, Cand

    text = "Then he\nJumped the fence, thanked the Gentlemen of the jury, and met the Rivers and Rivers."
    spans = [(text.index("Jumped"), 6), (text.index("Gentlemen"), 9), (text.rindex("Rivers"), 6)]
    cands = [Cand(a, a + n, "PERSON", MODEL, "spacy") for a, n in spans]
    assert [text[c.start:c.end] for c in filters.apply(text, cands)] == ["Rivers"]

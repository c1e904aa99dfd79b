"""Common nouns read as names, on invented sentences: a common noun alone read as a place
("the Shrubbery"), a determiner before a common noun read as a person or body ("the Affembly"), and
the long s of old print read by OCR as "f" ("Houfehold"), which hides the common noun from WordNet.
Names that look like common nouns stay: a place in a list of places, a possessor's building."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.entities import filters
from historiograph.pipeline import Options



def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


# a sentence of old print whose long s OCR reads as "f": the evidence that lets "f" be read as "s"
_OLD_PRINT = "It was faid that thofe who fo wifhed might go. "


def test_long_s_readings_only_with_evidence_in_the_document():
    assert filters.long_s_evidence(_OLD_PRINT)
    assert not filters.long_s_evidence("In 1000 his son Leif sailed west with Olaf of the fleet.")


def test_long_s_readings():
    assert "Household" in filters._long_s_readings("Houfehold")
    assert filters._long_s_readings("Bath") == []
    assert all(r[0] == "F" for r in filters._long_s_readings("Fife"))  # the first letter is kept


@pytest.mark.parametrize("word,common", [
    ("Shrubbery", True), ("Physician", True), ("Houfehold", True), ("Artifts", True),
    ("Bath", False), ("Orange", False), ("Wellington", False), ("Potts", False), ("Frankfort", False),
    ("Sheffield", False), ("Highlands", False),
])
def test_common_noun_alone(word, common):
    assert filters.common_noun_alone(word) is common


@pytest.mark.parametrize("text,word", [
    ("The estate is to be sold, together with the Shrubbery and the Lawn, near the town of Taunton.", "Shrubbery"),
    (_OLD_PRINT + "The rooms of the Houfehold were let to a tailor.", "Houfehold"),
    (_OLD_PRINT + "The Affembly refused to amend their Conftitution.", "Affembly"),
    ("The sign of the Shears hung over the door.", "Shears"),
])
def test_common_noun_alone_is_no_name(text, word):
    found = _mentions(text)
    assert not any(t == word for t, _ in found), found


def test_real_places_stay():
    found = _mentions("The estate is to be sold, together with the Shrubbery and the Lawn, near the town of Taunton.")
    assert ("Taunton", "GPE") in found
    found = _mentions("The sheriffs of Presque Isle, Cheboygan, Emmet, and Charlevoix counties met at Petoskey.")
    assert any(t == "Emmet" for t, _ in found), found  # a common word ("emmet", an ant) in a list of places
    found = _mentions("Dinner was served at Luce's Hotel in the evening.")
    assert any("Hotel" in t for t, _ in found), found


def test_a_place_named_by_a_common_word_without_a_determiner_stays():
    found = _mentions("The legion marched along the Vistula and besieged Thorn.")
    assert any(t == "Thorn" for t, _ in found), found


@pytest.mark.parametrize("before", ["a high protective ", "the company's ", "their "])
def test_a_determiner_with_modifiers_or_a_common_possessor_before_a_common_noun(before):
    from historiograph.entities.spans import MODEL, Cand

    text = f"They argued in favour of {before}Physician for the town."
    start = text.index("Physician")
    kept = filters.apply(text, [Cand(start, start + len("Physician"), "ORG", MODEL, "spacy")])
    assert kept == []


def test_a_name_after_a_determiner_stays():
    from historiograph.entities.spans import MODEL, Cand

    text = "They argued in favour of the young Napoleon and the Senate."
    cands = [Cand(text.index(w), text.index(w) + len(w), lab, MODEL, "spacy")
             for w, lab in (("Napoleon", "PERSON"), ("Senate", "ORG"))]
    assert [text[c.start:c.end] for c in filters.apply(text, cands)] == ["Napoleon", "Senate"]


def test_a_building_or_land_after_the_stays_a_place():
    from historiograph.entities.spans import MODEL, Cand

    text = "The meeting was held at the Guildhall, and the fleet lay in the Archipelago."
    cands = [Cand(text.index(w), text.index(w) + len(w), "GPE", MODEL, "spacy") for w in ("Guildhall", "Archipelago")]
    assert [text[c.start:c.end] for c in filters.apply(text, cands)] == ["Guildhall", "Archipelago"]
    text = "The estate is sold with the Shrubbery."
    cands = [Cand(text.index("Shrubbery"), text.index("Shrubbery") + 9, "LOC", MODEL, "spacy")]
    assert filters.apply(text, cands) == []

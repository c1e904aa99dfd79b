"""Names in infobox lines and headings of scraped encyclopedia pages, and the names the model cuts
short in prose; invented text, and the narrative-dev gold (../shared) as a floor."""
from __future__ import annotations

import pytest

import historiograph
from historiograph.entities import infobox

PAGE = """Source: https://example.org/wiki/Siege_of_Vardenholm


= Siege of Vardenholm =

Infobox
- Conflict: Siege of Vardenholm
- Date: 3 March 1702 – 9 May 1702
- Place: Vardenholm, Duchy of Estmark
- Commander1: Otto Brandlinger, Matthias KornfeldtKIA, Doña Inés Carvajal
- Commander2: Emperor Sigismar, Piet van der Hoek (cousin)
- Branch: Army of the Northern League (German), 3rd Grenadier Regiment
- Strength1: 4,000 Grenadiers
- Successor: None (position abolished)

== Background ==

The town was held by Otto Brandlinger for two months. Rudolf Ignaz Kestner was with him. The
garrison surrendered on 9 May.
"""


def _found(text: str) -> dict[str, str]:
    ad = historiograph.annotate(text)
    return {m.text: m.label for m in ad.mentions}


def test_infobox_keys_say_what_the_values_hold():
    assert infobox.key_kind("Commander2") == "PERSON"
    assert infobox.key_kind("Birth Place") == "PLACE"
    assert infobox.key_kind("Term Start3") == "NONE"
    assert infobox.key_kind("Casualties1") == "MODEL"


def test_infobox_values_give_names_with_their_kind_and_bounds():
    found = _found(PAGE)
    for name in ("Otto Brandlinger", "Matthias Kornfeldt", "Inés Carvajal", "Emperor Sigismar", "Piet van der Hoek"):
        assert found.get(name) == "PERSON", (name, found)
    assert found.get("Vardenholm") in ("GPE", "LOC")
    assert found.get("Duchy of Estmark") in ("GPE", "LOC")
    assert found.get("Army of the Northern League") == "ORG"
    assert found.get("3rd Grenadier Regiment") == "ORG"
    # keys, a casualty mark, a courtesy title, notes in brackets and empty slots are never names
    for text in found:
        assert "\n" not in text and "KIA" not in text and not text.startswith("Doña"), text
        assert text not in ("Commander1", "Branch", "Conflict", "None", "Infobox", "Successor"), text
    assert "Siege of Vardenholm" not in found or found["Siege of Vardenholm"] == "EVENT"


def test_names_cut_in_two_by_the_model_are_joined():
    found = _found("Born in a small village, Jaume Ramón Mercader del Río later moved to Paris. "
                   "Nikolai Ivanovich Yezhov was his friend. Peter the Great had built the city. "
                   "Johann Tserclaes, Count of Tilly, led the army of the league.")
    assert found.get("Peter the Great") == "PERSON", found
    assert found.get("Johann Tserclaes, Count of Tilly") == "PERSON", found
    assert found.get("Nikolai Ivanovich Yezhov") == "PERSON", found


@pytest.mark.shared
def test_narrative_dev_mention_f1_floor():
    import sys

    from tests.conftest import REPO

    sys.path.insert(0, str(REPO / "bench"))
    import ner_eval

    assert (ner_eval.NARRATIVE / "gold.json").is_file(), "../shared/data/narrative-dev/gold.json is missing"
    out = ner_eval.narrative(False)
    assert out["whole"][2] >= 0.90, out
    assert out["prose"][2] >= 0.88, out


def test_inverted_reference_names_keep_family_name_first():
    from historiograph.sources.names import parse_names

    for segment, family, given in (("Martin, Terry", "Martin", "Terry"), ("Thomas, Dylan", "Thomas", "Dylan"),
                                   ("Coox, Alvin D.", "Coox", "Alvin D.")):
        names, _ = parse_names(segment)
        assert names and names[0]["family"] == family and names[0]["given"] == given, (segment, names)

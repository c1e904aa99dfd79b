"""The entities stage against a hand reading of the repository's own examples (examples/), and the
behaviours found there on invented sentences: places with Russian endings, surnames used alone,
speakers, numbered units, names in brackets, Cyrillic renderings, Chicago-style notes."""
from __future__ import annotations

import json
import sys
from collections import Counter

import pytest

import historiograph
from historiograph import ingest
from tests.conftest import EXAMPLES, FIXTURES, REPO

sys.path.insert(0, str(REPO / "bench"))
import ner_eval  # noqa: E402

EXAMPLES_GOLD = FIXTURES / "entities" / "examples_gold.json"


@pytest.fixture(scope="module")
def examples_gold() -> dict:
    return json.loads(EXAMPLES_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def examples_annotated(examples_gold):
    return {name: historiograph.annotate(EXAMPLES / name) for name in examples_gold["documents"]}


def test_examples_gold_offsets_index_the_ingested_text(examples_gold):
    for name, doc in examples_gold["documents"].items():
        text = ingest.read(EXAMPLES / name).text
        for m in doc["mentions"] + doc["ignore"]:
            assert text[m["start"]:m["end"]] == m["text"], (name, m)
        for m in doc["mentions"]:
            assert m["entity"] in doc["entities"], (name, m)


def test_examples_mention_f1_floor(examples_annotated, examples_gold):
    per: Counter = Counter()
    tp = fp = fn = 0
    for name, ad in examples_annotated.items():
        a, b, c, _, _ = ner_eval.score_seed_doc(ad.mentions, examples_gold["documents"][name], per)
        tp, fp, fn = tp + a, fp + b, fn + c
    p, r, f = ner_eval.prf(tp, fp, fn)
    assert f >= 0.97, (p, r, f)
    for label in ("PERSON", "ORG", "PLACE", "WORK"):
        assert ner_eval.prf(per[(label, "tp")], per[(label, "fp")], per[(label, "fn")])[2] >= 0.93, label


PLACE = {"GPE", "LOC", "FAC"}


def _labels(text: str) -> dict[str, list[str]]:
    ad = historiograph.annotate(text)
    out: dict[str, list[str]] = {}
    for m in ad.mentions:
        out.setdefault(m.text, []).append(m.label)
    return out


PLACES_AND_PEOPLE = (
    "In the spring the Soviet guards dug in on two ridges, Kamennaya and Berezovskaya. "
    "Colonel Pavel Orlovsky arrived at Kamennaya on 3 May with a rifle company. The Japanese "
    "attacked the crest of Berezovskaya at night. Later Orlovsky was arrested and shot in "
    "Butyrovo prison.\n\n"
    "For Orlovsky, the fighting was the end of a career. Kuznetsov answered the charge in a "
    "letter. Mikhail Kuznetsov was a friend of his."
)


def test_russian_place_endings_after_place_words_are_places():
    labels = _labels(PLACES_AND_PEOPLE)
    assert len(labels["Kamennaya"]) == 2 and set(labels["Kamennaya"]) <= PLACE  # "at Kamennaya", one sense
    assert len(labels["Berezovskaya"]) == 2 and set(labels["Berezovskaya"]) <= PLACE  # "the crest of"
    assert len(labels["Butyrovo"]) == 1 and set(labels["Butyrovo"]) <= PLACE  # "Butyrovo prison"


def test_a_surname_used_alone_later_is_the_person():
    ad = historiograph.annotate(PLACES_AND_PEOPLE)
    orlovsky = [m for m in ad.mentions if m.text == "Orlovsky"]
    assert len(orlovsky) == 2 and all(m.label == "PERSON" for m in orlovsky)  # "For Orlovsky,"
    full = next(m for m in ad.mentions if m.text == "Pavel Orlovsky")
    assert {m.entity for m in orlovsky} == {full.entity}


def test_speaker_and_russian_surname_are_people():
    labels = _labels(PLACES_AND_PEOPLE)
    assert set(labels["Kuznetsov"]) == {"PERSON"}
    assert set(labels["Mikhail Kuznetsov"]) == {"PERSON"}


def test_family_name_first_joins_its_full_name():
    ad = historiograph.annotate(
        "Ambassador Togawa Hideo met the foreign minister in Moscow. Two days later Togawa "
        "cabled Tokyo, and Togawa was recalled in the autumn.")
    full = next(m for m in ad.mentions if m.text == "Togawa Hideo")
    alone = [m for m in ad.mentions if m.text == "Togawa"]
    assert len(alone) == 2 and {m.entity for m in alone} == {full.entity}
    assert all(m.label == "PERSON" for m in alone)


def test_numbered_units_and_known_bodies_are_organisations():
    labels = _labels(
        "The 12th Division of the Korea Army held the line, and the Soviet 5th Army and the 32nd "
        "Guards Rifle Corps attacked. The General Staff in Tokyo and the Japanese General Staff "
        "officers disagreed; the Cheka watched.")
    assert labels["12th Division"] == ["ORG"]
    assert labels["Korea Army"] == ["ORG"]
    assert labels["Soviet 5th Army"] == ["ORG"]
    assert labels["32nd Guards Rifle Corps"] == ["ORG"]
    assert labels["General Staff"] == ["ORG"]
    assert labels["Japanese General Staff"] == ["ORG"]


def test_other_names_in_brackets_and_cyrillic_renderings():
    labels = _labels(
        "The brigade landed at Hamhung (Kankō) and moved on to Voroshilov (today Ussuriysk). "
        "Kim Il Sung commanded a battalion; in Soviet papers he appears as Ким Ир Сен. "
        "Its chief, Vasily Blyukher (Blücher in older books), stayed in Khabarovsk.")
    assert set(labels["Kankō"]) <= PLACE and set(labels["Ussuriysk"]) <= PLACE
    assert labels["Ким Ир Сен"] == ["PERSON"]
    assert labels["Blücher"] == ["PERSON"]


def test_groups_are_not_organisations_and_lakes_are_places():
    labels = _labels(
        "He organised the deportation of the Far Eastern Koreans that autumn. The fighting at "
        "Khasan began weeks later, on the shore of Lake Khasan.")
    assert "ORG" not in labels.get("Far Eastern Koreans", [])
    assert set(labels["Khasan"]) <= PLACE and set(labels["Lake Khasan"]) <= PLACE


CHICAGO = (
    "Notes\n\n"
    "[1] Jane Q. Roe, The Long Winter: A History of the Amur Front, 1941–1945 (Ithaca, NY: Cornell "
    "University Press, 2009).\n"
    "[2] Roe 2009, p. 12.\n"
    "[3] John Doe, \"Spies in the Snow,\" Journal of Cold War Studies 7, no. 2 (2005): 1–30.\n"
    "4. Smith, Anna B. *Border Wars: Manchuria, 1931–1945*. Studies in Asian History No. 3. "
    "London: Frank House, 1999.\n"
    "5. Petrov, Ivan, with Mary Ann Lee. Red Star Rising. Translated by Paul Grey. Boston: "
    "Beacon Press, 2001.\n"
)


def test_chicago_notes_and_bibliography_entries():
    from historiograph.entities import reflines

    got = []
    pos = 0
    for line in CHICAGO.splitlines(keepends=True):
        a, b = pos, pos + len(line.rstrip("\n"))
        pos += len(line)
        if line.strip() and line.strip() != "Notes":
            cands, _ = reflines.read(CHICAGO, a, b)
            got += [(CHICAGO[c.start:c.end], c.label) for c in cands]
    expected = [
        ("Jane Q. Roe", "PERSON"), ("The Long Winter: A History of the Amur Front, 1941–1945", "WORK"),
        ("Ithaca", "GPE"), ("Cornell University Press", "ORG"),
        ("Roe", "PERSON"),
        ("John Doe", "PERSON"), ("Journal of Cold War Studies", "WORK"),
        ("Smith, Anna B.", "PERSON"), ("Border Wars: Manchuria, 1931–1945", "WORK"),
        ("Studies in Asian History", "WORK"), ("London", "GPE"), ("Frank House", "ORG"),
        ("Petrov, Ivan", "PERSON"), ("Mary Ann Lee", "PERSON"), ("Red Star Rising", "WORK"),
        ("Paul Grey", "PERSON"), ("Boston", "GPE"), ("Beacon Press", "ORG"),
    ]
    assert got == expected

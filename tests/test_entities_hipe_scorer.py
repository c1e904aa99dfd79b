"""bench/ner_eval.py counts HIPE-2022 scores as the HIPE scorer does (spans here are token spans)."""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "ner_eval", Path(__file__).resolve().parents[1] / "bench" / "ner_eval.py")
ner_eval = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ner_eval)


def counts(gold, pred):
    res = ner_eval.hipe_score([(gold, pred)])
    return {mode: res[mode][:3] for mode in ("strict", "fuzzy")}


def test_exact_match_counts_in_both_schemes():
    assert counts([(0, 10, "pers")], [(0, 10, "pers")]) == {"strict": (1, 0, 0), "fuzzy": (1, 0, 0)}


def test_short_span_of_the_right_type_is_fuzzy_only():
    # "Capt. Orne" gold, "Orne" predicted: one FP and one FN under strict, a hit under fuzzy
    assert counts([(0, 10, "pers")], [(6, 10, "pers")]) == {"strict": (0, 1, 1), "fuzzy": (1, 0, 0)}


def test_wrong_type_is_wrong_in_both_schemes():
    assert counts([(0, 10, "loc")], [(0, 10, "org")]) == {"strict": (0, 1, 1), "fuzzy": (0, 1, 1)}
    assert counts([(0, 10, "loc")], [(0, 4, "org")]) == {"strict": (0, 1, 1), "fuzzy": (0, 1, 1)}


def test_second_prediction_inside_one_gold_entity_is_spurious():
    # "New | York Harbour" against gold "New York Harbour": the first piece takes the entity
    assert counts([(0, 16, "loc")], [(0, 3, "loc"), (4, 16, "loc")]) == {"strict": (0, 2, 1), "fuzzy": (1, 1, 0)}


@pytest.mark.parametrize("gold,pred,expect", [
    ([(0, 5, "pers"), (20, 25, "loc")], [(0, 5, "pers"), (30, 35, "org")], (1, 1, 1)),
    ([(0, 5, "pers")], [], (0, 0, 1)),
    ([], [(0, 5, "pers")], (0, 1, 0)),
])
def test_missed_and_spurious(gold, pred, expect):
    assert counts(gold, pred)["strict"] == expect


def test_token_snapping_widens_to_whole_tokens():
    tokens = [(0, 5), (6, 18), (19, 23)]  # "Salem Harbour—Friday" style: a name ends inside a token
    assert ner_eval.snap([(0, 13, "loc")], tokens) == [(0, 18, "loc")]


# ---- HIPE's span conventions and OCR newspaper constructions (invented text) ----------------------

from historiograph.entities.titles import postnominal_end, state_end, title_start  # noqa: E402


@pytest.mark.parametrize("text,name,expect", [
    ("He sailed from Dover, Del. on Monday.", "Dover", "Dover, Del."),
    ("Letters from Mobile, Ala., and beyond.", "Mobile", "Mobile, Ala."),
    ("News from Santa Fe, N. M. today.", "Santa Fe", "Santa Fe, N. M."),
    ("A fire at Reno. Nev. last week.", "Reno", "Reno. Nev."),
    ("He went to Troy. In the spring he left.", "Troy", "Troy"),
    ("From Salem, Oregon and Paris, France.", "Salem", "Salem"),
    ("Rome, he said, was far.", "Rome", "Rome"),
])
def test_an_abbreviated_state_joins_its_town(text, name, expect):
    a = text.index(name)
    assert text[a:state_end(text, a + len(name))] == expect


@pytest.mark.parametrize("text,name,expect", [
    ("Signed, JOHN HALE, Treasurer.\n", "JOHN HALE", "JOHN HALE, Treasurer"),
    ("By order, T. Rook, Esq. of Leeds", "T. Rook", "T. Rook, Esq."),
    ("Amos Bell, Sen. and others", "Amos Bell", "Amos Bell, Sen."),
    ("Amos Bell, Hale and Jones came.", "Amos Bell", "Amos Bell"),
    ("Amos Bell, President of the club", "Amos Bell", "Amos Bell"),
])
def test_a_function_after_the_name(text, name, expect):
    a = text.index(name)
    assert text[a:postnominal_end(text, a + len(name))] == expect


def test_titles_joined_by_and():
    text = "the guests were Mr. and Mrs. Ira Pond and Judge and Mrs. Lowe."
    for name, titles in (("Ira", "Mr. and Mrs. "), ("Lowe", "Judge and Mrs. ")):
        a = text.index(name)
        assert text[title_start(text, a):a] == titles


def test_place_broken_at_a_line_end():
    from historiograph.entities.patterns import broken_places

    text = "The crops of Mich¬\nigan and Mis-\nsouri failed; a well-\nknown man and Hal-\nloran came."
    found = [text[c.start:c.end] for c in broken_places(text)]
    assert found == ["Mich¬\nigan", "Mis-\nsouri"]


def test_a_common_word_in_capitals_is_not_a_name():
    from historiograph.entities.filters import common_word

    assert common_word("OBITUARY") and common_word("TRUSTEE")
    assert not common_word("DORSET") and not common_word("NATO") and not common_word("NKVD")


def test_a_name_goes_on_over_a_word_broken_at_the_line_end():
    import historiograph

    text = ("The annual meeting of the society was opened on Tuesday evening by\nthe chairman, who called "
            "upon Solomon Harle-\nston to read the report of the\ntreasurer for the year. The report was\n"
            "adopted and the members went home late\nin the evening after a long debate on the\n"
            "new bridge over the river at the mill.")
    people = [m.text for m in historiograph.annotate(text).mentions if m.label == "PERSON"]
    assert people == ["Solomon Harle-\nston"]

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

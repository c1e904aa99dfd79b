"""Dates measured on gold (issue #12): TempEval-3 training (news, TimeML conventions) and narrative-dev.

The floors are what the rules reach now, so that a change that loses ground fails here; the issue's
goal for TempEval-3 value F1 (0.85) is not reached (bench/timex_eval.py --kinds says where the rest is,
bench/timex_consistency.py how consistently the gold itself treats each kind).
"""
from __future__ import annotations

import io
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from historiograph.time import tag

BENCH = Path(__file__).resolve().parents[1] / "bench"
TEMPEVAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"

pytestmark = pytest.mark.shared


def _timex_eval():
    sys.path.insert(0, str(BENCH))
    try:
        import timex_eval
    finally:
        sys.path.remove(str(BENCH))
    return timex_eval


def _scores(split: str) -> tuple[float, float]:
    """(relaxed extent F1, value F1) of one TempEval-3 split, scored as bench/timex_eval.py does."""
    te = _timex_eval()
    n_gold = n_sys = relaxed = right = 0
    for f in sorted((TEMPEVAL / split).glob("*.tml")):
        text, dct, gold = te.parse_timeml(f)
        system = tag(text, dct=dct, mode="news")
        pairs = te.match(gold, system, strict=False)
        n_gold, n_sys, relaxed = n_gold + len(gold), n_sys + len(system), relaxed + len(pairs)
        right += sum(g.get("value") == s.value for g, s in pairs)
    return te.prf(relaxed, n_sys, n_gold)[2], te.prf(right, n_sys, n_gold)[2]


@pytest.mark.parametrize("split,value_floor", [("TimeBank", 0.857), ("AQUAINT", 0.804)])
def test_tempeval3_training_value_and_extent(split, value_floor):
    relaxed_f1, value_f1 = _scores(split)
    assert relaxed_f1 >= 0.93
    assert value_f1 >= value_floor


def test_narrative_dev_recall_and_value_accuracy():
    te = _timex_eval()
    with redirect_stdout(io.StringIO()):
        recall, accuracy = te.narrative(errors=False)
    assert recall >= 0.969  # the issue asks 0.95; 128/132 now
    assert accuracy >= 0.99  # the issue asks 0.95; 127/128 now

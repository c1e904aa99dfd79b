"""Kinds of construction fixed from the TempEval-3 error table (bench/timex_eval.py --kinds), issue #12.

Every sentence here is written for these tests; none comes from the development or sample texts.
"""
from __future__ import annotations

import pytest

from historiograph.time import tag


def _values(text: str, mode: str = "news", dct: str | None = "2003-05-14"):
    return {t.text: (t.type, t.value) for t in tag(text, mode=mode, dct=dct)}


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_then_current_is_past_not_present(mode):
    got = _values("Shareholders were paid the then-current price. The then current mayor opened the bridge."
                  " Current rents are high.", mode=mode)
    assert got["then-current"] == ("DATE", "PAST_REF")
    assert got["then current"] == ("DATE", "PAST_REF")
    assert got["Current"] == ("DATE", "PRESENT_REF")  # without "then" it is still the writer's present

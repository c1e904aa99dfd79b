"""News constructions found by the TempEval-3 error table (issue #12), each on sentences written for
these tests; none comes from the sample, development or TempEval texts."""
from __future__ import annotations

import pytest

from historiograph.time import tag

WEDNESDAY = "2003-05-14"


def _values(text: str, dct: str = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct=dct, mode="news")]


@pytest.mark.parametrize("text,value", [
    ("Aides said the envoy would travel to Geneva Thursday for the talks.", "2003-05-15"),
    ("The council may vote Monday on the new budget.", "2003-05-19"),
    ("The minister could meet the strikers Friday, an aide said.", "2003-05-16"),
])
def test_a_modal_verb_before_a_weekday_looks_ahead(text, value):
    assert _values(text)[-1][1] == value


@pytest.mark.parametrize("text,value", [
    ("The envoy could have met the rebels Monday, his aides said.", "2003-05-12"),  # a modal perfect looks back
    ("The envoy met the rebels Monday and said talks may resume.", "2003-05-12"),  # another clause's modal
    ("On Monday the governor said the state may cut its budget.", "2003-05-12"),
])
def test_a_modal_of_another_clause_or_a_modal_perfect_does_not(text, value):
    assert [v for w, v in _values(text) if w.endswith("Monday")] == [value]

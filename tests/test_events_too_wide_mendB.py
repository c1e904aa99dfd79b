"""Death and closure rules that fired too wide (review of this session's triggers): survival of
things, heavenly bodies, people lost in a wood, "with all hands" at work, a person gone bankrupt.
Each beside the telling it must keep. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger["text"]) for e in annotate_text(text).events]


@pytest.mark.parametrize("text", [
    "No letters from the expedition survived.",
    "None of the ledgers survived the fire.",
    "Several heavenly bodies were discovered in 1846.",
    "The girl was lost in the forest in 1850.",
    "They fought the flood with all hands on deck in 1850.",
])
def test_no_death_of_things_or_of_the_lost_way(text):
    assert not any(t == "death" for t, _ in _types(text)), _types(text)


@pytest.mark.parametrize("text", [
    "None of the crew survived.",
    "No passengers survived.",
    "Twenty bodies were recovered in 1901.",
    "In 1850 forty men were lost at sea.",
    "In 1850 two sailors were lost overboard.",
    "The ship sank with all hands in 1850.",
])
def test_deaths_still_told(text):
    assert any(t == "death" for t, _ in _types(text)), _types(text)


def test_a_person_gone_bankrupt_dissolves_nothing():
    assert not any(t == "dissolution" for t, _ in _types("In 1880 his uncle went bankrupt."))
    assert ("dissolution", "went bankrupt") in _types("In 1880 the shipping company went bankrupt.")

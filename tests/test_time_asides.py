"""Asides found at sentence level: a short abbreviation's period ("Dr.", "U.S.") does not start a sentence.

Every sentence here is written for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest

from historiograph.time import find, tag
from historiograph.time.asides import classify


@pytest.mark.parametrize("who", ["Dr. Kelly", "the U.S. Army", "Gen. Moore", "Mr. Ito"])
def test_participle_aside_spans_an_abbreviation(who):
    text = f"On 3 May 1902 the envoys met. The treaty signed by {who} in 1841 was still in force. On 9 May they parted."
    assert classify(text, find(text))[1] == "clause"
    assert {t.text: t.value for t in tag(text, mode="narrative")}["9 May"] == "1902-05-09"


def test_a_real_sentence_end_still_ends_the_sentence():
    text = "The envoys met in Rome. The treaty signed in 1841 was still in force."
    assert classify(text, find(text)) == ["clause"]

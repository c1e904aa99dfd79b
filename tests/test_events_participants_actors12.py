"""Who did what, actors12: a subject pronoun after a sentence about a relative ("His father died in 1784. In
1786 he married"), an appositive name after a capitalised title ("The French Resident, X, accused him"), an
army "under" its commander, a part of an army "under" someone, a nominal death's possessor, a fronted
"Married in 1830, he". Our own sentences, invented names."""
from __future__ import annotations

from helpers import one_event as _one, participant_names as _names


def test_a_relatives_death_before_he_leaves_the_events_standing():
    # (the pronoun table once recursed without end on "His father", losing every event of the text)
    ad, ev = _one("Johann Keller was born at Thun in 1760. His father died in 1784. In 1786 he married Anna, the "
                  "daughter of Ulrich Frey, and moved to Bern.", "marriage")
    assert _names(ad, ev, "agent") == {"Johann Keller"}


def test_he_after_a_sentence_about_his_mother_is_the_son():
    ad, ev = _one("Johann Keller was born at Thun in 1760. His mother kept the inn. In 1786 he married Anna, the "
                  "daughter of Ulrich Frey.", "marriage")
    assert _names(ad, ev, "agent") == {"Johann Keller"}


def test_he_after_what_his_father_was_is_the_son():
    ad, ev = _one("Phan Van Tho was born at Hue in 1880. His father was a mandarin. He opened a school at Hue in "
                  "March 1906.", "founding")
    assert _names(ad, ev, "agent") == {"Phan Van Tho"}


def test_he_after_what_his_father_did_is_left_open():
    ad, ev = _one("Otto Brenn was born at Celle in 1790. His father fled to Hamburg in 1806. There he founded a "
                  "printing house in 1810.", "founding")
    assert "Otto Brenn" not in _names(ad, ev, "agent")

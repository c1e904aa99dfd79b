"""Confidence by construction (events/confidence.py): what is told as not having happened, as an
activity that lasted, or only as what could have been, does not stand on the timeline; an order of an
event told as a noun is that event's agent acting, not an appeal of its own."""
from __future__ import annotations

from historiograph import annotate
from historiograph.events import confidence


def _events(text, etype):
    ad = annotate(text)
    return [e for e in ad.events if e.type == etype]


def test_an_activity_that_lasted_falls_below_the_threshold():
    (fight,) = _events("Korean partisans had long fought the Japanese.", "battle")
    assert fight.trigger["durative"] and fight.confidence < confidence.THRESHOLD


def test_a_dated_battle_is_not_durative():
    battles = _events("On 3 May 1799 General Anton Varga fought the Northern Army at Tarvik.", "battle")
    assert battles and not battles[0].trigger["durative"] and battles[0].confidence >= confidence.THRESHOLD


def test_a_negated_event_falls_below_the_threshold():
    feats = {k: False for k in confidence.WEIGHTS}
    feats.update(negated=True, explicit_date=True, not_asserted=True)
    assert confidence.estimate(feats) < confidence.THRESHOLD


def test_what_could_follow_a_purpose_clause_is_no_event():
    assert not _events("The engineers rebuilt the bridge in 1704 so that the army could proceed on its invasion "
                       "of Moravia.", "invasion")


def test_ordering_an_execution_is_the_execution_not_an_appeal():
    text = "In 1937 Colonel Ivan Petrov accused Pavel Orlov of treason and ordered his execution."
    assert not _events(text, "appeal")
    (ex,) = _events(text, "execution")
    assert ex.time["value"] == "1937"

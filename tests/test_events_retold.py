"""A participant-free re-mention of an event told elsewhere in the document is evidence for that event,
not a second event (events/retold.py); where two events could be meant, nothing is merged."""
from __future__ import annotations

from historiograph import annotate


def test_a_summary_mention_becomes_a_second_evidence_span():
    ad = annotate("Many officers fled abroad, and a senior police official defected to Poland in 1936 with secret "
                  "files.\n\nOn 3 May 1936, Ivan Dorov defected from Lithuania by crossing the border into Poland.")
    defections = [e for e in ad.events if e.type == "defection"]
    assert len(defections) == 1
    (ev,) = defections
    assert ev.time["value"] == "1936-05-03"
    assert [r["text"] for r in ev.trigger["retold"]] == ["defected to"]


def test_a_mention_that_could_be_either_of_two_events_stays_apart():
    ad = annotate("The war saw many battles in 1863. On 4 May 1863 General Tom Hardy defeated the Northern Army at "
                  "Cole Hill. On 9 July 1863 General Tom Hardy defeated the Northern Army at Ruskin Ford.")
    battles = [e for e in ad.events if e.type == "battle"]
    assert {e.time["value"] for e in battles if e.time} >= {"1863-05-04", "1863-07-09"}
    assert not any(e.trigger.get("retold") for e in battles)

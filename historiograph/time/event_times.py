"""EDTF and the earliest/latest day on every event's time, after the events stage has chosen it.

The events stage picks an event's date from the timexes (its value and mod); this stage adds what
that date means as an interval, so that the timeline, conflict checks and exports compare intervals.
When the event's time is a timex's own value, the timex's EDTF is taken (it keeps a range such as
"10–11 August 1938" or an uncertain "1939?"); otherwise the value and mod are converted afresh.
"""
from __future__ import annotations

from dataclasses import replace

from .values import edtf_fields


def enrich_event_times(ad, options=None) -> dict:
    """The pipeline stage: ``{"events": [...]}`` with ``edtf``, ``earliest``, ``latest`` in every ``time``."""
    by_span = {(t.start, t.end): t for t in ad.timexes}
    events = []
    for ev in ad.events:
        if not ev.time:
            events.append(ev)
            continue
        time = dict(ev.time)
        span = time.get("timex") or {}
        t = by_span.get((span.get("start"), span.get("end")))
        if t is not None and (t.anchored or t.value) == time.get("value") and t.mod == time.get("mod"):
            fields = {"edtf": t.edtf, "earliest": t.earliest, "latest": t.latest}
        else:
            fields = edtf_fields(time.get("value"), time.get("mod"))
        time.update(fields)
        events.append(replace(ev, time=time))
    return {"events": events}

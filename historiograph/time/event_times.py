"""EDTF and the earliest/latest day on every event's time, after the events stage has chosen it.

The events stage picks an event's date from the timexes (its value and mod); this stage adds what
that date means as an interval, so that the timeline, conflict checks and exports compare intervals.
When the event's time is a timex's own value, the timex's EDTF is taken (it keeps a range such as
"10–11 August 1938" or an uncertain "1939?"); otherwise the value and mod are converted afresh.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .values import edtf_fields, edtf_interval, southern_season

_SEASON_EDTF = re.compile(r"\d{4}-2[1-4]")
SOUTH_SHARE = 0.8  # of the document's located place mentions, for a season with no place in its sentence


def southern_seasons(ad) -> list:
    """The document's timexes with each season read in the hemisphere its places are in: 'the winter of
    1879' in a story told in Chile is June to August (EDTF 1879-32), not December to February. Only
    where the places make it clear: every located place named in the season's sentence lies south of
    the equator, or (none named there) at least 80% of the document's located place mentions do.
    The TIMEX3 value stays 1879-WI; its EDTF and earliest/latest change."""
    if not any(_SEASON_EDTF.fullmatch(t.edtf or "") for t in ad.timexes):
        return ad.timexes
    lat = {e.id: e.place["lat"] for e in ad.entities
           if e.place and isinstance(e.place.get("lat"), (int, float)) and e.place["lat"] != 0}
    located = [(m.start, lat[m.entity] < 0) for m in ad.mentions if m.entity in lat]
    if not located:
        return ad.timexes
    document_south = sum(s for _, s in located) >= SOUTH_SHARE * len(located) and len(located) >= 2
    out = []
    for t in ad.timexes:
        if _SEASON_EDTF.fullmatch(t.edtf or "") and not t.bibliographic:
            sent = next((s for s in ad.sentences if s.start <= t.start < s.end), None)
            near = [south for at, south in located if sent and sent.start <= at < sent.end]
            if near and all(near) or not near and document_south:
                edtf = southern_season(t.edtf)
                lo, hi = edtf_interval(edtf)
                t = replace(t, edtf=edtf, earliest=lo, latest=hi)
        out.append(t)
    return out


def enrich_event_times(ad, options=None) -> dict:
    """The pipeline stage: ``{"events": [...]}`` with ``edtf``, ``earliest``, ``latest`` in every
    ``time``, and the timexes when a season is read in the southern hemisphere."""
    timexes = southern_seasons(ad)
    by_span = {(t.start, t.end): t for t in timexes}
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
    if timexes is ad.timexes:
        return {"events": events}
    return {"events": events, "timexes": timexes}

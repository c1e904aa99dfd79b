"""A second telling of an event already extracted is evidence for it, not a new event.

Texts often sum an event up before or after telling it ("a top officer ... defected to Japan in 1938"
beside "On 13 June 1938, Lyushkov defected ..."). A mention that names no one, whose own date holds the
date of exactly one event of its type told with participants and a date of its own, is that event told
again: it is merged into it as a further evidence span (``trigger["retold"]``). When two events could be
meant, or the mention's date is finer than the event's, nothing is merged (a battle of 1863 is not
every battle of 1863).
"""
from __future__ import annotations

from ..model import Event
from .dates import bounds


def _own_bounds(ev: Event):
    t = ev.time
    if not t or t.get("inherited"):
        return None
    return bounds(t["value"], t.get("mod"))


def merge(events: list[Event]) -> list[Event]:
    """``events`` less the participant-free re-mentions, each added to the event it tells again."""
    dropped: set[int] = set()
    for ev in events:
        if ev.participants or ev.source != "prose":
            continue
        span = _own_bounds(ev)
        if span is None:
            continue
        hosts = []
        for h in events:
            if h is ev or id(h) in dropped or h.type != ev.type or not h.participants or h.source != "prose":
                continue
            hb = _own_bounds(h)
            if hb is not None and span[0] <= hb[0] and hb[1] <= span[1]:
                hosts.append(h)
        if len(hosts) != 1:
            continue
        host = hosts[0]
        host.trigger.setdefault("retold", []).append(
            {"start": ev.trigger["start"], "end": ev.trigger["end"], "text": ev.trigger["text"],
             "sentence": dict(ev.sentence), "citations": list(ev.citations),
             "new_citations": [c for c in ev.citations if c not in host.citations]})
        host.citations.extend(c for c in ev.citations if c not in host.citations)
        host.numbers.extend(n for n in ev.numbers if n not in host.numbers)
        dropped.add(id(ev))
    return [e for e in events if id(e) not in dropped]

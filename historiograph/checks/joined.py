"""Count, place and agent checks on the tellings the timeline joins into one entry.

The conflicts step groups the accounts of one event by its own test (``rules.same_event``), stricter
than the timeline's (``corpus.events``): two texts that try one person on one day, one at Galway and
one at Limerick, or count sixty and eighty-five families leaving one village, are one timeline entry
that shows one text's place or count for both, while the conflicts step never compared them. Here every
entry told by two documents or more is checked as one event: its counts (``rules.number_conflicts``),
its agents (``rules.agent_conflicts``, each two sides told alike by some pair of tellings) and its
places. A place is disputed only where one telling happens at one place (``one_place_types``: a trial,
an arrest; an event that befalls one once, ``once_only``), each side dated to its day (one that befalls
one once: to its month; a committal and a trial may fall in one month at two towns), at two gazetteer
points of one country further apart than a town and its suburb or port (``rules.points_apart``); a
town and its region, a building, a place the gazetteer does not know, or a journey that may pass
through both: no conflict.
"""
from __future__ import annotations

from typing import Callable

from ..entities.places import lookup
from ..events.dates import compatible
from ..events.lexicon import lexicon
from ..model import Conflict
from . import rules
from .records import Record, one_event_data
from .regions import may_lie_in
from .told_twice import named

_MONTH = 31  # days: an act that befalls one once (``once_only``), dated this finely, is that one act


def entry_groups(members: list[list[tuple[str, str]]], records: list[Record]) -> list[list[Record]]:
    """The records of each timeline entry (its ``members``: (source, local event id)) told by two
    documents or more, on dates that all fit one another: an entry that joins datings apart (one people
    deported, counted in both texts, in 1937 and 1938) is the date checks' (``rules``), and may be two
    events (captures of one fort's soldiers in 1812 and 1814)."""
    by_id = {(r.source, r.event.id): r for r in records}
    out = []
    for ms in members:
        group = [by_id[m] for m in map(tuple, ms) if m in by_id]
        if len({r.source for r in group}) < 2:
            continue
        dated = [r.stated for r in group if r.stated is not None]
        if all(compatible(a, b) for i, a in enumerate(dated) for b in dated[i + 1:]):
            out.append(sorted(group, key=lambda r: (r.source, r.event.trigger["start"], r.event.id)))
    return out


def conflicts(groups: list[list[Record]], name_of, is_person: Callable[[str], bool]) -> list[Conflict]:
    out = rules.number_conflicts(groups, name_of)
    for group in groups:
        out += place_conflict(group)
        out += [c for c in rules.agent_conflicts(group, is_person) if _sides_meet(c, group)]
    return out


def _sides_meet(c: Conflict, group: list[Record]) -> bool:
    """Every two sides of an agent conflict have tellings that share a named patient or place themselves,
    not only through a third telling that names no agent."""
    by_id = {(r.source, r.event.id): r for r in group}
    sides = [[by_id[k] for a in v["accounts"] if (k := (a["source"], a.get("event"))) in by_id] for v in c.values]

    def own(r: Record) -> set[str]:
        return named(r.roles.get("patient", set())) | ({r.place} if r.place else set())

    return all(any(own(x) & own(y) for x in xs for y in ys)
               for i, xs in enumerate(sides) for ys in sides[i + 1:])


def place_conflict(group: list[Record]) -> list[Conflict]:
    etype = group[0].type
    if any(r.type != etype for r in group):
        return []
    if etype not in lexicon().once_only and etype not in one_event_data()["one_place_types"]:
        return []
    sides = rules.by_place(group)
    if len(sides) < 2:
        return []
    # a trial or an arrest dated to its month may be two hearings (a committal before the magistrates at
    # A, the assizes at B); told of one day it is one. A death or an execution dated to its month is one.
    finest = _MONTH if etype in lexicon().once_only else 1
    for rs in sides.values():
        if not any(r.stated is not None and r.stated[1] - r.stated[0] < finest for r in rs):
            return []  # (tried at A in March 1881, at B in March 1881: a committal and a trial may both hold)
    names = [rs[0].names.get(p, p) for p, rs in sides.items()]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if may_lie_in(a, b) or may_lie_in(b, a) or not rules.points_apart(a, b):
                return []
            if (lookup(a) or {}).get("country") != (lookup(b) or {}).get("country"):
                return []  # (a name the gazetteer may give to a town of another country)
    return rules.place_sides(group, sides, names)

"""Statements that cannot all be true, across the corpus and within each document.

The rules are those of the checks stage (``historiograph.checks.rules``), run over every event of the
corpus with participants as corpus entities: a death stated in one text makes a later act told in
another an anachronism; two texts dating one event differently make a date conflict. The
narrative-date check is per document.

One conflict per disagreement: the accounts of one event are grouped (``rules.same_event_clusters``)
and each field they differ in (date, number, place, fate, who did it) is one conflict whose sides are the distinct
values, each with every account that gives it; the same conflict found in several documents (copies,
one anachronism told twice) is merged into one. A thousand copies of two disagreeing texts give one
conflict with two sides, not a million pairs. Each conflict names the timeline entry it is about.
"""
from __future__ import annotations

from ..checks import first_holder, joined, people, rules, told_twice
from ..events.confidence import THRESHOLD
from ..model import AnnotatedDocument, Conflict, CorpusEntity, EvidenceSpan, TimelineEntry
from .events import Reading, kind


def find(docs: list[AnnotatedDocument], entities: list[CorpusEntity],
         timeline: list[TimelineEntry], reading: Reading | None = None) -> list[Conflict]:
    """``reading``: the timeline step's (``events.Reading``), else the documents are read here."""
    reading = reading or Reading(docs, entities)
    keys, narrated, documents, holders = (reading.conflict_keys, reading.narrated, set(reading.documents),
                                          reading.holders)
    # only events at or above the default confidence are compared: a doubtful reading is no contradiction
    recs = [r for r in reading.recs if r.event.confidence >= THRESHOLD]
    ce_by_id = {ce.id: ce for ce in entities}

    def figure_of(key: str):
        ce = ce_by_id.get(key)
        if ce is not None:
            if ce.label != "PERSON":
                return None
            return people.lookup([ce.name, *ce.aliases])
        if key.startswith("name:"):
            return people.lookup([key[5:]])
        return None

    spans = rules.lifespans(recs, figure_of)
    found = rules.anachronisms(recs, spans)
    found += narrated
    found += rules.competing_accounts(recs)
    sites = told_twice.Sites(recs, told_twice.site_test(entities, documents), kind, documents)
    name_of = lambda r, local: keys.name_of(keys.key_of(r.source, local))  # noqa: E731
    is_person = lambda key: key in ce_by_id and ce_by_id[key].label == "PERSON"  # noqa: E731
    found += rules.same_event_conflicts(recs, name_of, sites, is_person)
    found += first_holder.conflicts(holders, keys.key_of, keys.name_of)
    entry_of, position = entry_index(timeline), {t.id: i for i, t in enumerate(timeline)}
    found = merge_alike(found, entry_of, position)
    found += unseen(merge_alike(joined.conflicts(joined.entry_groups([t.members for t in timeline], recs), name_of,
                                                 is_person), entry_of, position), found)
    out = rules.dedupe(found)
    out.sort(key=sort_key)
    return out


_ORDER = {"anachronism": 0, "narrative_date": 1, "date_conflict": 2, "number_conflict": 3,
          "place_conflict": 4, "agent_conflict": 5, "competing_accounts": 6, "date_discrepancy": 7}


def sort_key(c: Conflict) -> str:
    """The order conflicts are listed (and numbered) in: by kind, then where their first evidence is;
    one string, kept by the store so that an incremental corpus stage numbers new ones among the old."""
    first = c.evidence[0] if c.evidence else None
    return (f"{_ORDER.get(c.kind, 9)}{first.source if first else ''}\0{first.start if first else 0:010d}"
            f"\0{first.end if first else 0:010d}\0{c.message}")


def unseen(extra: list[Conflict], found: list[Conflict]) -> list[Conflict]:
    """The conflicts of ``extra`` (found on the timeline's entries: ``checks.joined``) that no conflict of
    ``found`` of their kind already reports: none about the same entry, none sharing an account."""
    entries = {(c.kind, c.entry) for c in found if c.entry}
    told = {(c.kind, a["source"], a.get("event")) for c in found for v in c.values for a in v["accounts"]}
    return [c for c in extra if (c.kind, c.entry) not in entries and not any(
        (c.kind, a["source"], a.get("event")) in told for v in c.values for a in v["accounts"])]


def entry_index(timeline: list[TimelineEntry]) -> dict[tuple[str, str], str]:
    """(source, local event id) -> the timeline entry that event is part of."""
    return {(src, local): t.id for t in timeline for src, local in t.members}


def merge_alike(found: list[Conflict], entry_of: dict[tuple[str, str], str],
                position: dict[str, int] | None = None) -> list[Conflict]:
    """Name each conflict's timeline entry (the one most of its accounts belong to; of equals, the first
    in timeline order, which does not depend on how entries are numbered) and merge conflicts of one kind,
    entry and message (one anachronism or narrative date told by several documents): their sides'
    accounts are pooled."""
    position = position or {}
    out: list[Conflict] = []
    by_key: dict[tuple, Conflict] = {}
    for c in found:
        votes: dict[str, int] = {}
        for v in c.values:
            for a in v["accounts"]:
                e = entry_of.get((a["source"], a.get("event")))
                if e:
                    votes[e] = votes.get(e, 0) + 1
        c.entry = min(votes, key=lambda e: (-votes[e], position.get(e, 0), e)) if votes else None
        key = (c.kind, c.entry, c.message) if c.entry else None
        first = by_key.get(key) if key else None
        if first is None:
            out.append(c)
            if key:
                by_key[key] = c
            continue
        for v in c.values:
            same = next((w for w in first.values if w["value"] == v["value"] and w["display"] == v["display"]), None)
            if same is None:
                first.values.append(v)
                first.evidence += [EvidenceSpan(a["source"], a["start"], a["end"], a["text"],
                                                list(a.get("citations", []))) for a in v["accounts"][:1]]
            else:
                seen = {(a["source"], a["start"], a["end"]) for a in same["accounts"]}
                same["accounts"] += [a for a in v["accounts"] if (a["source"], a["start"], a["end"]) not in seen]
    return out

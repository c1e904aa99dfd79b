"""What several export formats share: stable IRIs, entity and event lookups, TIMEX3 dates as ranges.

The corpus tables are the primary source; where a corpus step has produced nothing yet (an empty
entity or timeline table), the documents' own entities and events stand in, so that every export
still says something about a corpus built by a partial pipeline.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from urllib.parse import quote

from ..model import AnnotatedDocument, CorpusEntity, CorpusTables, EvidenceSpan, TimelineEntry

# Vocabulary of the properties schema.org lacks (evidence spans, certainty...). Not resolvable: a URN.
HG = "urn:historiograph:ns#"
SCHEMA = "http://schema.org/"  # what the schema.org JSON-LD context expands terms to
BASE = "urn:historiograph:"

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def iri(kind: str, *parts: str) -> str:
    """A stable IRI for a corpus item: urn:historiograph:<kind>:<part>[:<part>]..."""
    return BASE + kind + "".join(":" + quote(str(p), safe="") for p in parts)


def doc_iri(source: str) -> str:
    return iri("doc", source)


def entity_iri(entity_id: str) -> str:
    return iri("entity", entity_id)


def event_iri(entry_id: str) -> str:
    return iri("event", entry_id)


def work_iri(work_id: str) -> str:
    return iri("work", work_id)


# ---- entities ----------------------------------------------------------------------------------

@dataclass
class EntityIndex:
    """The corpus entities and the way from a document's local entity id to one of them."""

    entities: list[CorpusEntity]
    by_member: dict[tuple[str, str], str]  # (source, local id) -> corpus entity id
    by_id: dict[str, CorpusEntity]

    def of(self, source: str, local_id: str | None) -> str | None:
        return self.by_member.get((source, local_id)) if local_id else None


def entity_index(tables: CorpusTables, docs: list[AnnotatedDocument]) -> EntityIndex:
    entities = list(tables.entities) or _local_entities(docs)
    by_member = {(src, local): e.id for e in entities for src, local in e.members}
    return EntityIndex(entities, by_member, {e.id: e for e in entities})


def _local_entities(docs: list[AnnotatedDocument]) -> list[CorpusEntity]:
    """One corpus entity per document entity (no cross-document resolution available)."""
    out = []
    for d in docs:
        src = d.document.source
        counts: dict[str, int] = {}
        for m in d.mentions:
            if m.entity:
                counts[m.entity] = counts.get(m.entity, 0) + 1
        for e in d.entities:
            out.append(CorpusEntity(id=f"{src}#{e.id}", name=e.name, label=e.label, aliases=list(e.aliases),
                                    documents=[src], mentions=counts.get(e.id, 0), members=[(src, e.id)],
                                    place=e.place))
    return out


def mention_evidence(docs: list[AnnotatedDocument], index: EntityIndex) -> dict[str, list[EvidenceSpan]]:
    """corpus entity id -> the spans of every mention of it."""
    out: dict[str, list[EvidenceSpan]] = {}
    for d in docs:
        src = d.document.source
        for m in d.mentions:
            eid = index.of(src, m.entity)
            if eid:
                out.setdefault(eid, []).append(EvidenceSpan(src, m.start, m.end, d.text[m.start:m.end]))
    return out


def coordinates(place: dict | None) -> tuple[float, float] | None:
    """(lat, lon) of a gazetteer link, or None where it has none (or something unreadable)."""
    try:
        lat, lon = float((place or {})["lat"]), float((place or {})["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


# ---- events ------------------------------------------------------------------------------------

@dataclass
class EventView:
    """A timeline entry with its participants resolved to corpus entities, role by role."""

    entry: TimelineEntry
    roles: dict[str, list[str]]  # role -> corpus entity ids
    place: str | None  # corpus entity id
    entity_ids: list[str]  # every corpus entity taking part (participants and place)
    citations: list[tuple[str, str]]  # (source, reference id)


def events(tables: CorpusTables, docs: list[AnnotatedDocument], index: EntityIndex) -> list[EventView]:
    """The corpus timeline (or, where it is empty, each document event as its own entry)."""
    by_doc = {d.document.source: d for d in docs}
    by_event = {(d.document.source, v.id): v for d in docs for v in d.events}
    entries = list(tables.timeline) or _local_timeline(docs, index)
    views = []
    for t in entries:
        roles: dict[str, list[str]] = {}
        place = None
        cites: list[tuple[str, str]] = []
        for src, local in t.members:
            d, ev = by_doc.get(src), by_event.get((src, local))
            if d is None or ev is None:
                continue
            for p in ev.participants:
                eid = index.of(src, p.entity)
                if eid and eid not in roles.setdefault(p.role, []):
                    roles[p.role].append(eid)
            place = place or index.of(src, ev.place)
            cites += [(src, r) for r in resolve_citations(d, ev.citations)]
        for s in t.sources:
            d = by_doc.get(s.source)
            if d:
                cites += [(s.source, r) for r in resolve_citations(d, s.citations)]
        ids = [e for e in t.entity_ids if e in index.by_id]
        for members in roles.values():
            ids += [e for e in members if e not in ids]
        if place and place not in ids:
            ids.append(place)
        views.append(EventView(t, roles, place, ids, list(dict.fromkeys(cites))))
    return views


def _local_timeline(docs: list[AnnotatedDocument], index: EntityIndex) -> list[TimelineEntry]:
    out = []
    for d in docs:
        src = d.document.source
        for ev in d.events:
            named = [(p.role, d.entity(p.entity).name) for p in ev.participants if d.entity(p.entity)]
            names = [n for _, n in named]
            place = d.entity(ev.place)
            agents = [n for r, n in named if r == "agent"]
            others = [n for r, n in named if r != "agent"]
            summary = " ".join([", ".join(agents), str(ev.trigger.get("text") or ev.type), ", ".join(others)]).strip()
            ids = [i for i in (index.of(src, p.entity) for p in ev.participants) if i]
            out.append(TimelineEntry(
                id=f"{src}#{ev.id}", date=(ev.time or {}).get("value"), type=ev.type, summary=summary,
                participants=names, place=place.name if place else None,
                sources=[EvidenceSpan(src, ev.sentence["start"], ev.sentence["end"],
                                      d.text[ev.sentence["start"]:ev.sentence["end"]], list(ev.citations))],
                mod=(ev.time or {}).get("mod"), certainty=ev.certainty, members=[(src, ev.id)],
                entity_ids=list(dict.fromkeys(ids))))
    return out


def resolve_citations(doc: AnnotatedDocument, cites: list[str]) -> list[str]:
    """Citation strings (reference ids or labels) -> reference ids of the document."""
    ids = {r.id for r in doc.references}
    labels = {r.label: r.id for r in doc.references if r.label}
    out = []
    for c in cites:
        rid = c if c in ids else labels.get(c) or labels.get(str(c).strip("[]()^ "))
        if rid and rid not in out:
            out.append(rid)
    return out


def work_of_reference(tables: CorpusTables) -> dict[tuple[str, str], str]:
    """(source, reference id) -> work id."""
    return {(src, rid): w.id for w in tables.works for src, rid in w.cited_by}


def cooccurrence(views: list[EventView]) -> dict[tuple[str, str], dict]:
    """(entity a, entity b) with a < b -> {"weight", "types", "events"}: entities sharing timeline entries."""
    edges: dict[tuple[str, str], dict] = {}
    for v in views:
        for a, b in combinations(sorted(set(v.entity_ids)), 2):
            e = edges.setdefault((a, b), {"weight": 0, "types": [], "events": []})
            e["weight"] += 1
            if v.entry.type not in e["types"]:
                e["types"].append(v.entry.type)
            e["events"].append(v.entry.id)
    return edges


# ---- dates -------------------------------------------------------------------------------------

_SEASONS = {"SP": (3, 5, "spring"), "SU": (6, 8, "summer"), "FA": (9, 11, "autumn"), "AU": (9, 11, "autumn"),
            "WI": (12, 12, "winter")}
_DATE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2})(?::(?P<mi>\d{2}))?)?)?)?$")
_PART = re.compile(r"^(?P<y>\d{4})-(?P<p>Q[1-4]|H[12]|W\d{2}|SP|SU|FA|AU|WI)$")


@dataclass(frozen=True)
class DateRange:
    """A TIMEX3 value as the first and last day it may mean, with the precision it was stated in."""

    value: str
    precision: str  # minute hour day month year decade century season quarter half week
    start: date
    end: date
    hour: int | None = None
    minute: int | None = None

    @property
    def iso(self) -> str:
        """The value as ISO 8601 at its own precision (what xsd and TEI @when accept), or ''."""
        if self.precision in ("day", "month", "year"):
            return self.value
        if self.precision in ("hour", "minute"):
            return f"{self.start.isoformat()}T{self.hour:02d}:{self.minute or 0:02d}:00"
        return ""

    @property
    def xsd_type(self) -> str | None:
        return {"day": "date", "month": "gYearMonth", "year": "gYear", "hour": "dateTime",
                "minute": "dateTime"}.get(self.precision)

    @property
    def display(self) -> str:
        s = self.start
        if self.precision == "decade":
            return f"{s.year}s"
        if self.precision == "century":
            return f"{s.year}s"
        if self.precision == "season":
            return f"{_SEASONS[self.value[5:]][2]} {s.year}"
        if self.precision in ("quarter", "half", "week"):
            return f"{self.value[5:]} {s.year}"
        if self.precision == "year":
            return str(s.year)
        if self.precision == "month":
            return f"{calendar.month_name[s.month]} {s.year}"
        return f"{s.day} {calendar.month_name[s.month]} {s.year}"


def date_range(value: str | None) -> DateRange | None:
    """Parse a TIMEX3 date value ("1938-06-13", "1940-10", "1938", "193", "19", "1938-SU", "1938-Q2")."""
    if not value:
        return None
    v = value.strip()
    try:
        if re.fullmatch(r"\d{3}", v):
            y = int(v) * 10
            return DateRange(v, "decade", date(max(y, 1), 1, 1), date(y + 9, 12, 31))
        if re.fullmatch(r"\d{2}", v):
            y = int(v) * 100
            return DateRange(v, "century", date(max(y, 1), 1, 1), date(y + 99, 12, 31))
        m = _DATE.match(v)
        if m:
            y = int(m["y"])
            if m["m"] is None:
                return DateRange(v, "year", date(y, 1, 1), date(y, 12, 31)) if y else None
            mo = int(m["m"])
            if m["d"] is None:
                return DateRange(v, "month", date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1]))
            day = date(y, mo, int(m["d"]))
            if m["h"] is None:
                return DateRange(v, "day", day, day)
            h, mi = int(m["h"]), (int(m["mi"]) if m["mi"] else None)
            if h > 23 or (mi is not None and mi > 59):
                return DateRange(v[:10], "day", day, day)
            return DateRange(v, "minute" if mi is not None else "hour", day, day, h, mi)
        m = _PART.match(v)
        if m:
            y, p = int(m["y"]), m["p"]
            if p[0] == "Q":
                q = int(p[1])
                a, b, prec = 3 * q - 2, 3 * q, "quarter"
            elif p[0] == "H":
                a, b, prec = (1, 6, "half") if p == "H1" else (7, 12, "half")
            elif p[0] == "W":
                start = date.fromisocalendar(y, int(p[1:]), 1)
                return DateRange(v, "week", start, date.fromisocalendar(y, int(p[1:]), 7))
            else:
                a, b, _ = _SEASONS[p]
                prec = "season"
            return DateRange(v, prec, date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1]))
    except ValueError:  # 1938-02-30, week 54...
        return None
    return None

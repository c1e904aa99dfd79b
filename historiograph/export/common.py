"""What several export formats share: stable IRIs, entity and event lookups.

The corpus tables are the primary source; where a corpus step has produced nothing yet (an empty
entity or timeline table), the documents' own entities and events stand in, so that every export
still says something about a corpus built by a partial pipeline.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from urllib.parse import quote

from ..model import AnnotatedDocument, CorpusEntity, CorpusTables, EvidenceSpan, TimelineEntry
from ..time.values import DateRange, date_range, edtf_fields  # noqa: F401  (re-exported for the formats)

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

@dataclass(frozen=True)
class Described:
    """A participant no entity stands for: a group or an office the text describes ("the rebels", "the
    governor of Savoy"), or a name no document entity carries. Exports give it as what the text says, in
    its role, never as an entity of its own."""

    role: str
    name: str  # the phrase as the corpus keys it ("the rebels"), or the name
    text: str | None  # the words as written, where the text has them
    kind: str | None  # "group", "office", "kin", "narrator", "document", or None for a bare name
    source: str
    start: int | None = None
    end: int | None = None

    @property
    def label(self) -> str:
        return self.text or self.name

    def key(self) -> str:
        """One node per phrase and document: "the rebels" of two texts may be two risings' rebels."""
        return f"described:{self.source}#{self.name.lower()}"


@dataclass
class EventView:
    """A timeline entry with its participants resolved to corpus entities, role by role."""

    entry: TimelineEntry
    roles: dict[str, list[str]]  # role -> corpus entity ids
    place: str | None  # corpus entity id
    entity_ids: list[str]  # every corpus entity taking part (participants and place)
    citations: list[tuple[str, str]]  # (source, reference id)
    dates: dict[str, str | None] = field(default_factory=dict)  # {"edtf", "earliest", "latest"}
    described: list[Described] = field(default_factory=list)  # participants no entity stands for


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
        described: dict[tuple[str, str, str], Described] = {}
        named = {n.lower(): e for e in t.entity_ids if e in index.by_id
                 for n in [index.by_id[e].name, *index.by_id[e].aliases] if n}
        for src, local in t.members:
            d, ev = by_doc.get(src), by_event.get((src, local))
            if d is None or ev is None:
                continue
            for p in ev.participants:
                eid = index.of(src, p.entity) or (named.get(p.name.lower()) if p.name and not p.kind else None)
                if eid and eid not in roles.setdefault(p.role, []):
                    roles[p.role].append(eid)
                elif not eid and (x := _described(d, p)):
                    described.setdefault((x.role, x.source, x.name.lower()), x)
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
        views.append(EventView(t, {r: ids_ for r, ids_ in roles.items() if ids_}, place, ids,
                               list(dict.fromkeys(cites)), entry_dates(t, [by_event.get(m) for m in t.members]),
                               list(described.values())))
    return views


def _described(d: AnnotatedDocument, p) -> Described | None:
    """A participant of document ``d`` without a corpus entity, as the text describes or names it."""
    ent = d.entity(p.entity) if p.entity else None
    name = p.name or (ent.name if ent else None) or p.text
    if not name:
        return None
    return Described(p.role, name, p.text, p.kind, d.document.source, p.start, p.end)


def described_records(v: EventView) -> list[dict]:
    """The described participants of an event as plain records (JSON, CSV cells)."""
    return [{"role": x.role, "text": x.label, "kind": x.kind, "source": x.source, "start": x.start, "end": x.end}
            for x in v.described]


def entry_dates(t: TimelineEntry, members: list) -> dict[str, str | None]:
    """EDTF and earliest/latest day of a timeline entry: a member event's own (which keeps a range or
    a "?" its timex stated) when it has the entry's date, else the entry's TIMEX3 value converted."""
    for ev in members:
        time = getattr(ev, "time", None) or {}
        if time.get("edtf") and time.get("value") == t.date and time.get("mod") == t.mod:
            return {k: time.get(k) for k in ("edtf", "earliest", "latest")}
    return edtf_fields(t.date, t.mod)


def _local_timeline(docs: list[AnnotatedDocument], index: EntityIndex) -> list[TimelineEntry]:
    out = []
    for d in docs:
        src = d.document.source
        for ev in d.events:
            named = [(p.role, d.entity(p.entity).name if d.entity(p.entity) else p.name or p.text)
                     for p in ev.participants if d.entity(p.entity) or p.name or p.text]
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


def cooccurrence(views: list[EventView], described: bool = False) -> dict[tuple[str, str], dict]:
    """(entity a, entity b) with a < b -> {"weight", "types", "events"}: entities sharing timeline entries;
    with ``described``, the described participants' keys (``Described.key``) take part too."""
    edges: dict[tuple[str, str], dict] = {}
    for v in views:
        nodes = set(v.entity_ids) | ({x.key() for x in v.described} if described else set())
        for a, b in combinations(sorted(nodes), 2):
            e = edges.setdefault((a, b), {"weight": 0, "types": [], "events": []})
            e["weight"] += 1
            if v.entry.type not in e["types"]:
                e["types"].append(v.entry.type)
            e["events"].append(v.entry.id)
    return edges

"""Applying corrections: find each one's place again, change the documents' annotations, then adjust the
corpus stage (entities, timeline, conflicts) between its steps.

Order: corrections apply in file order, each to what the ones before left. A correction that no longer
finds its text is `orphaned`; one whose text is there but whose fact is gone (the event was rejected
since) is `unapplied` with a note; one an undo reverts is `reverted`. Each lands in the report and the
database mirror, none is dropped.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from ..entities.names import slug
from ..model import Conflict, CorpusEntity, TimelineEntry
from ..time.values import edtf_fields
from . import anchors
from .model import Correction, position, quote


@dataclass
class Resolved:
    correction: Correction
    status: str = "applied"  # applied moved orphaned reverted unapplied undo
    start: int | None = None
    end: int | None = None
    with_span: tuple[str, int, int] | None = None
    note: str = ""
    local: str | None = None  # local entity id at the target, once the documents are corrected
    with_local: str | None = None
    doc: str | None = None  # the document it was found in (its source may have been given another path)

    @property
    def source(self) -> str | None:
        return self.doc or (self.correction.target or {}).get("source")

    @property
    def active(self) -> bool:
        return self.status in ("applied", "moved")

    def row(self) -> dict[str, Any]:
        return {**self.correction.to_json(), "status": self.status, "source": self.source, "start": self.start,
                "end": self.end, "note": self.note}


def provenance(c: Correction, old: dict[str, Any] | None = None) -> dict[str, Any]:
    """Who changed a fact; several corrections of one fact are all kept."""
    changes = list((old or {}).get("changes", []))
    changes.append({"correction": c.id, "kind": c.kind, "author": c.author, "time": c.time})
    authors = sorted({ch["author"] for ch in changes})
    return {"by": "person", "authors": authors, "changes": changes}


def resolve(corrections: list[Correction], texts: dict[str, tuple[str, str]]) -> list[Resolved]:
    """Where each correction points now (texts: source -> (text, sha256))."""
    reverted: set[str] = set()
    for c in reversed(corrections):  # a later undo wins: undoing an undo restores
        if c.kind == "undo" and c.id not in reverted:
            reverted.add(c.payload["reverts"])
    out = []
    for c in corrections:
        r = Resolved(c)
        out.append(r)
        if c.kind == "undo":
            r.status = "undo" if c.id not in reverted else "reverted"
            continue
        if c.id in reverted:
            r.status = "reverted"
            continue
        found = _find(c.target, texts)
        if isinstance(found, str):
            r.status, r.note = "orphaned", found
            continue
        found, r.doc = found
        r.start, r.end = found.start, found.end
        r.status = "applied" if found.how == "same" else "moved"
        w = c.payload.get("with")
        if w:
            fw = _find(w, texts)
            if isinstance(fw, str):
                r.status, r.note = "orphaned", "the other place: " + fw
                continue
            fw, wsource = fw
            r.with_span = (wsource, fw.start, fw.end)
            if fw.how != "same":
                r.status = "moved"
    return out


def _find(target: dict[str, Any], texts: dict[str, tuple[str, str]]) -> tuple[anchors.Found, str] | str:
    source = target.get("source")
    q = (quote(target) or {}).get("exact", "")
    if source not in texts:  # built from another folder or with other paths: the same text, or file name
        same = [s for s, (_, sha) in texts.items() if sha and sha == target.get("sha256")]
        named = [s for s in texts if PurePath(s).name == PurePath(source or "").name]
        if len(same) == 1 or len(named) == 1:
            source = (same if len(same) == 1 else named)[0]
            target = {**target, "source": source}
        else:
            return f"document {source} is not in the corpus"
    text, sha = texts[source]
    found = anchors.find(target, text, sha)
    return (found, source) if found is not None else f"{q!r} is no longer in {source}"


# ---- documents ----------------------------------------------------------------------------------

def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _mention_at(data: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    best = max(data["mentions"], key=lambda m: (_overlap(m["start"], m["end"], start, end), -m["start"]),
               default=None)
    return best if best is not None and _overlap(best["start"], best["end"], start, end) > 0 else None


def _event_at(data: dict[str, Any], start: int, end: int) -> dict[str, Any] | None:
    def ov(v: dict[str, Any]) -> int:
        t = v.get("trigger") or {}
        return _overlap(t.get("start", 0), t.get("end", 0), start, end)
    best = max(data["events"], key=ov, default=None)
    return best if best is not None and ov(best) > 0 else None


def _entity(data: dict[str, Any], local_id: str | None) -> dict[str, Any] | None:
    return next((e for e in data["entities"] if e["id"] == local_id), None)


def _new_id(c: Correction) -> str:
    return "x" + c.id  # a person's entity or event: never the id of a machine one ("e3", "v2")


def _participants(data: dict[str, Any], people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """{role, name} as the document's participants: the entity of that name when the document has one."""
    by_name = {}
    for e in data["entities"]:
        for n in [e["name"], *e.get("aliases", [])]:
            by_name.setdefault(n.casefold(), e["id"])
    out = []
    for p in people:
        local = by_name.get(p["name"].strip().casefold())
        out.append({"role": p["role"], "entity": local, "name": None if local else p["name"].strip()})
    return out


def _time(value: str, mod: str | None) -> dict[str, Any]:
    """An event time a person gave, with what it means on the calendar (EDTF, earliest and latest day)."""
    return {"value": value, "mod": mod or None, **edtf_fields(value, mod or None)}


def _sentence_of(data: dict[str, Any], start: int, end: int) -> dict[str, int]:
    for s, e in data.get("sentences", []):
        if s <= start and end <= e:
            return {"start": s, "end": e}
    return {"start": start, "end": end}


def _drop_entity_if_unused(data: dict[str, Any], local_id: str | None) -> None:
    if not local_id or any(m.get("entity") == local_id for m in data["mentions"]):
        return
    data["entities"] = [e for e in data["entities"] if e["id"] != local_id]
    for v in data["events"]:
        v["participants"] = [p for p in v.get("participants", []) if p.get("entity") != local_id]
        if v.get("place") == local_id:
            v["place"] = None


def apply_document(machine: dict[str, Any], resolved: list[Resolved]) -> dict[str, Any]:
    """The corrected annotations of one document (a new dict; `machine` is left as it is). `resolved` are
    the active corrections whose target lies in this document, in file order."""
    data = copy.deepcopy(machine)
    text = data["text"]
    for r in resolved:
        c, p, s, e = r.correction, r.correction.payload, r.start, r.end
        assert s is not None and e is not None
        k = c.kind
        if k in ("merge", "relabel", "rename", "split"):
            m = _mention_at(data, s, e)
            if m is None or not m.get("entity"):
                r.status, r.note = "unapplied", "no name there any more"
                continue
            ent = _entity(data, m["entity"])
            if k == "relabel" and ent is not None:
                ent["label"] = p["label"]
                for mm in data["mentions"]:
                    if mm.get("entity") == ent["id"]:
                        mm["label"] = p["label"]
                ent["provenance"] = provenance(c, ent.get("provenance"))
            elif k == "split":
                old = m["entity"]
                w = r.with_span
                other = _mention_at(data, w[1], w[2]) if w and w[0] == r.source else None
                if other is not None and other.get("entity"):
                    m["entity"] = other["entity"]
                else:
                    new = {"id": _new_id(c), "name": (p.get("name") or m["text"]).strip(),
                           "label": (ent or {}).get("label", m["label"]), "aliases": [m["text"]], "place": None,
                           "refers_to": None, "provenance": provenance(c)}
                    data["entities"].append(new)
                    m["entity"] = new["id"]
                m["provenance"] = provenance(c, m.get("provenance"))
                _drop_entity_if_unused(data, old)
            elif ent is not None:
                ent["provenance"] = provenance(c, ent.get("provenance"))
        elif k == "reject-mention":
            m = _mention_at(data, s, e)
            if m is None:
                r.status, r.note = "unapplied", "no name there any more"
                continue
            data["mentions"].remove(m)
            _drop_entity_if_unused(data, m.get("entity"))
        elif k == "add-mention":
            old = _mention_at(data, s, e)
            if old is not None:
                data["mentions"].remove(old)
            name = (p.get("name") or text[s:e]).strip()
            ent = next((x for x in data["entities"] if x["name"].casefold() == name.casefold()
                        and x["label"] == p["label"]), None)
            if ent is None:
                ent = {"id": _new_id(c), "name": name, "label": p["label"], "aliases": [text[s:e]], "place": None,
                       "refers_to": None, "provenance": provenance(c)}
                data["entities"].append(ent)
            elif text[s:e] not in ent.get("aliases", []):
                ent.setdefault("aliases", []).append(text[s:e])
            data["mentions"].append({"start": s, "end": e, "text": text[s:e], "label": p["label"],
                                     "entity": ent["id"], "zone": old.get("zone", "body") if old else "body",
                                     "provenance": provenance(c)})
            data["mentions"].sort(key=lambda m: (m["start"], m["end"]))
            if old is not None:
                _drop_entity_if_unused(data, old.get("entity"))
        elif k == "add-event":
            v = {"id": _new_id(c), "type": p["type"], "trigger": {"start": s, "end": e, "text": text[s:e]},
                 "sentence": _sentence_of(data, s, e),
                 "participants": _participants(data, p.get("participants") or []),
                 "time": _time(p["value"], p.get("mod")) if p.get("value") else None,
                 "place": None, "citations": [], "attributed_to": None,
                 "certainty": p.get("certainty") or "asserted", "numbers": [], "provenance": provenance(c)}
            data["events"].append(v)
            data["events"].sort(key=lambda v: (v["trigger"]["start"], v["id"]))
        elif k in ("reject-event", "set-type", "set-date", "set-participants", "set-certainty"):
            v = _event_at(data, s, e)
            if v is None:
                r.status, r.note = "unapplied", "no event there any more"
                continue
            if k == "reject-event":
                data["events"].remove(v)
                continue
            if k == "set-type":
                v["type"] = p["type"]
            elif k == "set-date":
                v["time"] = _time(p["value"], p.get("mod"))
            elif k == "set-certainty":
                v["certainty"] = p["certainty"]
            else:
                v["participants"] = _participants(data, p["participants"])
            v["provenance"] = provenance(c, v.get("provenance"))
    return data


# ---- the corpus stage ---------------------------------------------------------------------------

@dataclass
class CorpusCorrections:
    """What `corpus.build_corpus` calls between its steps (entities, timeline, conflicts)."""

    resolved: list[Resolved]
    docs: dict[str, dict[str, Any]]  # source -> corrected annotations
    counts: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for source, d in self.docs.items():
            for m in d["mentions"]:
                if m.get("entity"):
                    counts[(source, m["entity"])] += 1
        self.counts = dict(counts)
        for r in self.resolved:  # the local entities the entity corrections name, in corrected documents
            if r.active and r.correction.kind in ("merge", "split", "relabel", "rename"):
                r.local = self._local_at(r.source, r.start, r.end)
                if r.with_span:
                    r.with_local = self._local_at(*r.with_span)

    def _local_at(self, source: str | None, start: int | None, end: int | None) -> str | None:
        d = self.docs.get(source or "")
        if d is None or start is None or end is None:
            return None
        m = _mention_at(d, start, end)
        return m.get("entity") if m else None

    def entities(self, ents: list[CorpusEntity]) -> list[CorpusEntity]:
        ents = list(ents)
        ids = {e.id for e in ents}

        def holder(source: str, local: str | None) -> CorpusEntity | None:
            return next((e for e in ents if (source, local) in [tuple(m) for m in e.members]), None)

        for r in self.resolved:
            c = r.correction
            if not r.active or c.kind not in ("merge", "split", "relabel", "rename"):
                continue
            a = holder(r.source, r.local) if r.local else None
            if a is None:
                r.status, r.note = "unapplied", "no entity there any more"
                continue
            if c.kind == "merge":
                b = holder(r.with_span[0], r.with_local) if r.with_span and r.with_local else None
                if b is None:
                    r.status, r.note = "unapplied", "no entity at the other place any more"
                    continue
                if b is not a:
                    if (b.mentions, len(b.members)) > (a.mentions, len(a.members)):
                        a, b = b, a  # the better-attested one keeps its id and name (rename changes it)
                    a.members = sorted({*map(tuple, a.members), *map(tuple, b.members)})
                    for n in [b.name, *b.aliases]:
                        if n not in a.aliases:
                            a.aliases.append(n)
                    a.documents = sorted({*a.documents, *b.documents})
                    a.mentions += b.mentions
                    a.place = a.place or b.place
                    ents.remove(b)
                    ids.discard(b.id)
            elif c.kind == "split" and r.with_span and r.with_span[0] == r.source:
                pass  # moved to another entity of its own document: the documents' step did it
            elif c.kind == "split":
                member = (r.source, r.local)
                n = self.counts.get(member, 0)
                target = (holder(r.with_span[0], r.with_local)
                          if r.with_span and r.with_local and r.with_span[0] != r.source else None)
                if target is a:
                    target = None
                in_a = [tuple(m) for m in a.members]
                if member in in_a and (len(in_a) > 1 or target is not None):
                    a.members = [m for m in in_a if m != member]
                    a.mentions = max(0, a.mentions - n)
                    a.documents = sorted({s for s, _ in a.members})
                    if target is None:
                        name = (_entity(self.docs[r.source], r.local) or {}).get("name")
                        target = CorpusEntity(id=_unique("E-" + slug(name or "entity"), ids), name=name or "",
                                              label=a.label, aliases=[name] if name else [], members=[],
                                              mentions=0)
                        ents.append(target)
                        ids.add(target.id)
                    target.members = sorted({*map(tuple, target.members), member})
                    target.mentions += n
                    target.documents = sorted({s for s, _ in target.members})
                    target.provenance = provenance(c, target.provenance)
            elif c.kind == "relabel":
                a.label = c.payload["label"]
            elif c.kind == "rename":
                if a.name not in a.aliases:
                    a.aliases.append(a.name)
                a.name = c.payload["name"].strip()
            a.provenance = provenance(c, a.provenance)
        return ents

    def timeline(self, entries: list[TimelineEntry]) -> list[TimelineEntry]:
        events = {(s, v["id"]): v for s, d in self.docs.items() for v in d["events"]}
        for t in entries:
            for member in t.members:
                prov = (events.get(tuple(member)) or {}).get("provenance")
                if prov:
                    merged = t.provenance or {"by": "person", "authors": [], "changes": []}
                    for ch in prov["changes"]:
                        if ch not in merged["changes"]:
                            merged["changes"].append(ch)
                    merged["authors"] = sorted({ch["author"] for ch in merged["changes"]})
                    t.provenance = merged
        return entries

    def conflicts(self, found: list[Conflict]) -> list[Conflict]:
        found = list(found)
        for r in self.resolved:
            c = r.correction
            if not r.active or c.kind != "conflict":
                continue
            kind = c.payload.get("conflict_kind")
            hits = [x for x in found if (not kind or x.kind == kind) and any(
                ev.source == r.source and _overlap(ev.start, ev.end, r.start, r.end) > 0 for ev in x.evidence)]
            if not hits:
                r.status, r.note = "unapplied", "no such conflict now"
                continue
            for x in hits:
                if c.payload["verdict"] == "not-a-conflict":
                    found.remove(x)
                else:
                    x.provenance = {**provenance(c, x.provenance), "verdict": "confirmed"}
        return found


def _unique(base: str, ids: set[str]) -> str:
    cid, n = base, 2
    while cid in ids:
        cid = f"{base}-{n}"
        n += 1
    return cid


def group_by_source(resolved: list[Resolved]) -> dict[str, list[Resolved]]:
    out: dict[str, list[Resolved]] = defaultdict(list)
    for r in resolved:
        if r.active and r.correction.kind not in ("conflict", "undo"):
            out[r.source].append(r)
    return out


__all__ = ["Resolved", "resolve", "apply_document", "CorpusCorrections", "group_by_source", "position"]

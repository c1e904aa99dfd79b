"""The annotations as W3C Web Annotations (JSON-LD), the model of Recogito and Hypothesis.

One annotation per name, date, footnote marker, event trigger and described participant of an event ("the
rebels", tagged with its kind and its role), each targeting its document with
both a TextQuoteSelector (the exact words with 32 characters of context, which survives edits) and a
TextPositionSelector (the offsets). Bodies tag the kind, describe the value, and identify or link
the corpus entity, event or work by IRI (places also by their GeoNames URI, as Recogito does).
"""
from __future__ import annotations

import json
from typing import Any

from .provenance import creator
from ..model import AnnotatedDocument, CorpusTables
from .common import (doc_iri, entity_index, entity_iri, event_iri, events, iri, resolve_citations, work_iri,
                     work_of_reference)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32


def target(ad: AnnotatedDocument, start: int, end: int) -> dict[str, Any]:
    text = ad.text
    return {"source": doc_iri(ad.document.source), "selector": [
        {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": text[max(0, start - CONTEXT_CHARS):start],
         "suffix": text[end:end + CONTEXT_CHARS]},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]}


def tag(value: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "tagging", "value": value}


def describe(value: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "describing", "value": value}


def link(purpose: str, source: str) -> dict[str, str]:
    return {"type": "SpecificResource", "purpose": purpose, "source": source}


def annotations(tables: CorpusTables, docs: list[AnnotatedDocument]) -> list[dict[str, Any]]:
    index = entity_index(tables, docs)
    entry_of = {member: v.entry.id for v in events(tables, docs, index) for member in v.entry.members}
    work_of = work_of_reference(tables)
    out: list[dict[str, Any]] = []

    def add(ad: AnnotatedDocument, kind: str, n: int | str, motivation: str, body: list, start: int, end: int,
            provenance: dict | None = None) -> None:
        if 0 <= start < end <= len(ad.text):
            out.append({"id": iri("annotation", ad.document.source, kind, str(n)), "type": "Annotation",
                        "motivation": motivation, "creator": creator(provenance), "body": body,
                        "target": target(ad, start, end)})

    for ad in docs:
        src = ad.document.source
        for n, m in enumerate(ad.mentions, 1):
            body = [tag(m.label)]
            eid = index.of(src, m.entity)
            ent = index.by_id.get(eid) if eid else None
            if ent:
                body += [describe(ent.name), link("identifying", entity_iri(ent.id))]
                if (ent.place or {}).get("geonameid"):
                    body.append(link("identifying", f"https://sws.geonames.org/{ent.place['geonameid']}/"))
            add(ad, "mention", n, "identifying" if ent else "tagging", body, m.start, m.end, m.provenance)
        for n, x in enumerate(ad.timexes, 1):
            value = x.value + (f" ({x.mod})" if x.mod else "")
            add(ad, "timex", n, "tagging", [tag(x.type), describe(value)], x.start, x.end)
        refs = {r.id: r for r in ad.references}
        for n, c in enumerate(ad.citations, 1):
            body = []
            r = refs.get(c.reference or "")
            if r:
                body.append(describe(r.text))
                if work_of.get((src, r.id)):
                    body.append(link("linking", work_iri(work_of[(src, r.id)])))
            add(ad, "citation", n, "linking", body or [tag("citation")], c.start, c.end)
        for n, v in enumerate(ad.events, 1):
            parts = [f"{p.role}: {ad.entity(p.entity).name if ad.entity(p.entity) else p.text or p.name or p.entity}"
                     + (f" ({p.kind})" if p.kind and not ad.entity(p.entity) else "") for p in v.participants]
            if v.time and v.time.get("value"):
                parts.append(f"time: {v.time['value']}")
            if ad.entity(v.place):
                parts.append(f"place: {ad.entity(v.place).name}")
            parts.append(f"certainty: {v.certainty}")
            cites = [refs[r].label or r for r in resolve_citations(ad, v.citations)]
            if cites:
                parts.append("citations: " + ", ".join(cites))
            body = [tag(v.type), describe("; ".join(parts))]
            if (src, v.id) in entry_of:
                body.append(link("linking", event_iri(entry_of[(src, v.id)])))
            add(ad, "event", n, "tagging", body, int(v.trigger.get("start", 0)), int(v.trigger.get("end", 0)),
                v.provenance)
            for k, x in enumerate(v.trigger.get("retold") or [], 1):  # the same event told again
                add(ad, "event", f"{n}.{k}", "tagging", [*body, describe("retold")], int(x["start"]), int(x["end"]),
                    v.provenance)
            for k, p in enumerate(v.participants, 1):  # "the rebels": a participant the text only describes
                if not ad.entity(p.entity) and p.kind and p.start is not None and p.end is not None:
                    pbody = [tag(p.kind), describe(f"{p.role} of {v.type}")]
                    if (src, v.id) in entry_of:
                        pbody.append(link("linking", event_iri(entry_of[(src, v.id)])))
                    add(ad, "participant", f"{n}.{k}", "tagging", pbody, p.start, p.end, v.provenance)
    return out


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    items = annotations(tables, docs)
    return json.dumps({
        "@context": CONTEXT,
        "id": iri("annotations"),
        "type": "AnnotationCollection",
        "label": "historiograph annotations",
        "total": len(items),
        "generator": {"type": "Software", "name": "historiograph"},
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }, ensure_ascii=False, indent=1)

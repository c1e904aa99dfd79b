"""The corpus as schema.org JSON-LD: people, organisations, places, events and works, each with the
spans of text that state it (``hg:evidence``), so linked-data tools keep the way back to the sources.

The context is written out in full (no remote ``https://schema.org`` context), so that a JSON-LD
processor reading the file fetches nothing; it expands terms exactly as the schema.org context does.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from . import provenance as prov
from ..model import AnnotatedDocument, CorpusEntity, CorpusTables, EvidenceSpan
from ..time.values import edtf_fields, is_point
from .common import (HG, PLACE_LABELS, SCHEMA, Described, coordinates, date_range, doc_iri, entity_index, entity_iri,
                     event_iri, events, iri, mention_evidence, work_iri, work_of_reference)

XSD = "http://www.w3.org/2001/XMLSchema#"

CONTEXT: dict[str, Any] = {
    "@vocab": SCHEMA,
    "schema": SCHEMA,
    "hg": HG,
    "xsd": XSD,
}

ENTITY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
                "WORK": "CreativeWork", "EVENT": "Event"}

# CSL item types -> schema.org CreativeWork types
CSL_TYPES = {"article-journal": "ScholarlyArticle", "article-newspaper": "NewsArticle",
             "article-magazine": "Article", "article": "Article", "book": "Book", "chapter": "Chapter",
             "webpage": "WebPage", "post-weblog": "BlogPosting", "thesis": "Thesis", "report": "Report",
             "map": "Map", "motion_picture": "Movie", "manuscript": "Manuscript", "dataset": "Dataset"}


def ref(target: str) -> dict[str, str]:
    return {"@id": target}


def typed_date(value: str) -> dict[str, str] | str:
    """An ISO date as a typed literal at its own precision (xsd:date, xsd:gYearMonth, xsd:gYear)."""
    r = date_range(value)
    if r and r.iso and r.xsd_type:
        return {"@value": r.iso, "@type": "xsd:" + r.xsd_type}
    return value


def _bound(precision: str, day) -> str:
    if precision in ("decade", "century"):
        return f"{day.year:04d}"
    if precision in ("season", "quarter", "half"):
        return day.isoformat()[:7]
    return day.isoformat()


EDTF_TYPE = "http://id.loc.gov/datatypes/edtf/EDTF"


def date_properties(value: str | None, mod: str | None = None, dates: dict | None = None) -> dict[str, Any]:
    """startDate (and endDate where the value is a span, as a decade is), plus the TIMEX3 value and
    its EDTF (typed with the Library of Congress datatype) with the earliest and latest day."""
    out: dict[str, Any] = {}
    r = date_range(value)
    dates = dates if dates is not None else edtf_fields(value, mod)
    lo, hi = dates.get("earliest"), dates.get("latest")
    if r and dates.get("edtf") and not is_point(dates["edtf"]) and (lo or hi):
        # a range, "c.", "?", before/after: the days it may name, as far as they are known
        if lo:
            out["startDate"] = typed_date(lo)
        if hi:
            out["endDate"] = typed_date(hi)
    elif r:
        if r.iso:
            out["startDate"] = typed_date(r.iso)
        else:  # decade, century, season...: the span it covers, each end at the precision of the value
            out["startDate"] = typed_date(_bound(r.precision, r.start))
            out["endDate"] = typed_date(_bound(r.precision, r.end))
    if value:
        out["hg:timex"] = value
    if mod:
        out["hg:timexMod"] = mod
    if dates.get("edtf"):
        out["hg:edtf"] = {"@value": dates["edtf"], "@type": EDTF_TYPE}
        out["hg:earliest"] = typed_date(lo) if lo else None
        out["hg:latest"] = typed_date(hi) if hi else None
        out = {k: v for k, v in out.items() if v is not None}
    return out


def evidence(spans: list[EvidenceSpan]) -> list[dict[str, Any]]:
    """The spans that state a fact; one that tells an event again (a summary's re-mention) says so
    (``hg:retold``)."""
    return [{"@type": "hg:Evidence", "hg:source": ref(doc_iri(s.source)), "hg:start": s.start, "hg:end": s.end,
             "hg:text": s.text, **({"hg:retold": True} if s.retold else {})} for s in spans]


def described_node(x: Described) -> dict[str, Any]:
    """A participant no entity stands for, as a blank node: its words, its kind (group, office), where."""
    node: dict[str, Any] = {"@type": "hg:DescribedParticipant", "name": x.label, "hg:role": x.role}
    if x.kind:
        node["hg:kind"] = x.kind
    if x.start is not None and x.end is not None:
        node["hg:evidence"] = evidence([EvidenceSpan(x.source, x.start, x.end, x.text or x.name)])
    return node


def entity_node(e: CorpusEntity, spans: list[EvidenceSpan]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": entity_iri(e.id), "@type": ENTITY_TYPES.get(e.label, "Thing"), "name": e.name,
                            "hg:label": e.label, "hg:mentionCount": e.mentions}
    aliases = [a for a in e.aliases if a != e.name]
    if aliases:
        node["alternateName"] = aliases
    p = e.place or {}
    if e.label in PLACE_LABELS and p:
        if coordinates(p):
            lat, lon = coordinates(p)
            node["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
        if p.get("geonameid"):
            node["sameAs"] = ref(f"https://sws.geonames.org/{p['geonameid']}/")
        if p.get("country"):
            node["hg:country"] = p["country"]
        if p.get("modern_name") and p["modern_name"] != e.name:
            node["hg:modernName"] = p["modern_name"]
        if p.get("period"):
            node["hg:period"] = str(p["period"])
    node["hg:evidence"] = evidence(spans)
    node.update(_provenance(e.provenance))
    return node


def _provenance(p) -> dict[str, Any]:
    """hg:provenance "machine" or "person", and who (hg:changedBy) where a person changed or confirmed it."""
    p = prov.of(p)
    out: dict[str, Any] = {"hg:provenance": p["by"]}
    if p["by"] == "person":
        out["hg:changedBy"] = [{"@type": "Person", "name": a} for a in p.get("authors", [])]
        out["hg:corrections"] = [ch["correction"] for ch in p.get("changes", [])]
        if p.get("verdict"):
            out["hg:verdict"] = p["verdict"]
    return out


def _person(name: dict[str, Any]) -> dict[str, Any]:
    if name.get("literal"):
        return {"@type": "Organization", "name": name["literal"]}
    full = " ".join(x for x in (name.get("given"), name.get("non-dropping-particle"), name.get("family")) if x)
    out = {"@type": "Person", "name": full}
    if name.get("family"):
        out["familyName"] = name["family"]
    if name.get("given"):
        out["givenName"] = name["given"]
    return out


def csl_issued(csl: dict[str, Any]) -> str | None:
    parts = ((csl.get("issued") or {}).get("date-parts") or [[]])[0]
    try:
        nums = [int(x) for x in parts[:3]]
    except (TypeError, ValueError):
        return None
    return "-".join([f"{nums[0]:04d}", *(f"{n:02d}" for n in nums[1:])]) if nums else None


def work_node(work_id: str, csl: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": work_iri(work_id), "@type": CSL_TYPES.get(csl.get("type", ""), "CreativeWork")}
    if csl.get("title"):
        node["name"] = csl["title"]
    for role in ("author", "editor", "translator"):
        if csl.get(role):
            node[role] = [_person(n) for n in csl[role] if isinstance(n, dict)]
    issued = csl_issued(csl)
    if issued:
        node["datePublished"] = typed_date(issued)
    if csl.get("container-title"):
        node["isPartOf"] = {"@type": "Periodical" if "article" in csl.get("type", "") else "CreativeWork",
                            "name": csl["container-title"]}
    if csl.get("publisher"):
        node["publisher"] = {"@type": "Organization", "name": csl["publisher"]}
    for key, prop in (("volume", "hg:volume"), ("issue", "hg:issue"), ("page", "pagination"), ("ISBN", "isbn"),
                      ("ISSN", "issn"), ("URL", "url"), ("publisher-place", "hg:publisherPlace")):
        if csl.get(key):
            node[prop] = str(csl[key])
    if csl.get("DOI"):
        node["sameAs"] = ref("https://doi.org/" + quote(str(csl["DOI"]).strip(), safe="/:;()._-"))
    node["hg:csl"] = json.dumps(csl, ensure_ascii=False, sort_keys=True)
    return node


def document_node(d: AnnotatedDocument, mentioned: list[str], cited: list[str]) -> dict[str, Any]:
    doc, meta = d.document, d.document.metadata
    node: dict[str, Any] = {"@id": doc_iri(doc.source), "@type": "CreativeWork", "name": meta.title or doc.source,
                            "identifier": doc.source, "wordCount": doc.words, "encodingFormat": doc.format}
    if meta.author:
        node["author"] = {"@type": "Person", "name": meta.author}
    if meta.published:
        node["datePublished"] = typed_date(meta.published)
    if doc.sha256:
        node["hg:sha256"] = doc.sha256
    qf = meta.quoted_from
    if qf and (qf.title or qf.author):
        based: dict[str, Any] = {"@type": "CreativeWork"}
        if qf.title:
            based["name"] = qf.title
        if qf.author:
            based["author"] = {"@type": "Person", "name": qf.author}
        if qf.page:
            based["pagination"] = qf.page
        node["isBasedOn"] = based
    if mentioned:
        node["mentions"] = [ref(entity_iri(e)) for e in mentioned]
    if cited:
        node["citation"] = [ref(work_iri(w)) for w in cited]
    return node


def graph(tables: CorpusTables, docs: list[AnnotatedDocument]) -> dict[str, Any]:
    """The JSON-LD document (a dict): one ``@graph`` of documents, entities, works, events, conflicts."""
    index = entity_index(tables, docs)
    spans = mention_evidence(docs, index)
    work_of = work_of_reference(tables)
    nodes: list[dict[str, Any]] = []
    for d in docs:
        src = d.document.source
        mentioned = list(dict.fromkeys(e for e in (index.of(src, m.entity) for m in d.mentions) if e))
        cited = list(dict.fromkeys(w for w in (work_of.get((src, r.id)) for r in d.references) if w))
        nodes.append(document_node(d, mentioned, cited))
    nodes += [entity_node(e, spans.get(e.id, [])) for e in index.entities]
    nodes += [work_node(w.id, w.csl or {}) for w in tables.works]
    for v in events(tables, docs, index):
        t = v.entry
        node: dict[str, Any] = {"@id": event_iri(t.id), "@type": "Event", "name": t.summary or t.type,
                                "hg:eventType": t.type, "hg:certainty": t.certainty}
        node.update(date_properties(t.date, t.mod, v.dates))
        if v.place:
            node["location"] = ref(entity_iri(v.place))
        elif t.place:
            node["location"] = {"@type": "Place", "name": t.place}
        if v.entity_ids:
            node["about"] = [ref(entity_iri(e)) for e in v.entity_ids]
        for role, ids in v.roles.items():
            node["hg:" + role] = [ref(entity_iri(e)) for e in ids]
        for x in v.described:  # "the rebels": a participant the text describes, no entity of its own
            node.setdefault("hg:" + x.role, []).append(described_node(x))
        if t.participants:
            node["hg:participantName"] = list(t.participants)
        works = list(dict.fromkeys(w for w in (work_of.get(c) for c in v.citations) if w))
        if works:
            node["citation"] = [ref(work_iri(w)) for w in works]
        node["hg:evidence"] = evidence(t.sources)
        node.update(_provenance(t.provenance))
        nodes.append(node)
    for i, c in enumerate(tables.conflicts, 1):
        nodes.append({"@id": iri("conflict", str(i)), "@type": "hg:Conflict", "hg:kind": c.kind,
                      "description": c.message, "hg:evidence": evidence(c.evidence), **_provenance(c.provenance)})
    return {"@context": CONTEXT, "@graph": nodes}


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    return json.dumps(graph(tables, docs), ensure_ascii=False, indent=1)

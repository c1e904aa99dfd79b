"""The data of every page of the reader, as plain JSON-ready dicts.

Each function here feeds both the HTML page and its `.json` twin, so the two can never disagree (as in
Datasette). They read the corpus only through `Corpus` methods; nothing here writes.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from ..store import Corpus
from ..time.values import display_date as label_of
from ..time.values import span_of

KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "WORK": "work",
         "NORP": "norp", "EVENT": "event"}
CERTAINTIES = ["asserted", "reported", "hedged", "disputed", "negated"]
UNCERTAIN = {"reported", "hedged", "disputed", "negated"}


def kind_of(label: str | None) -> str:
    """CSS class family of an entity label (places share one colour whatever their NER label)."""
    return KINDS.get(label or "", "other")


# ---- addresses ----------------------------------------------------------------------------------

def document_keys(sources: list[str]) -> dict[str, str]:
    """source -> the short key used in URLs: the file name, or the whole path where names collide."""
    names = Counter(PurePath(s).name for s in sources)
    return {s: (PurePath(s).name if names[PurePath(s).name] == 1 and PurePath(s).name else s) for s in sources}


def resolve_document(sources: list[str], key: str) -> str | None:
    """The source a URL key names: its short key, or the source path itself."""
    keys = document_keys(sources)
    for source, k in keys.items():
        if k == key:
            return source
    return key if key in keys else None


def document_url(key: str, start: int | None = None, end: int | None = None) -> str:
    url = "/documents/" + quote(key, safe="")
    return url if start is None else f"{url}#c{start}-{end}"


def entity_url(entity_id: str) -> str:
    return "/entities/" + quote(entity_id, safe="")


class Addresses:
    """URLs of documents and spans in one corpus (keys computed once per request)."""

    def __init__(self, corpus: Corpus):
        self.keys = document_keys(corpus.sources())

    def key(self, source: str) -> str:
        return self.keys.get(source, source)

    def span(self, source: str, start: int, end: int) -> str:
        return document_url(self.key(source), start, end)

    def evidence(self, s: dict[str, Any] | Any) -> dict[str, Any]:
        d = s if isinstance(s, dict) else {"source": s.source, "start": s.start, "end": s.end, "text": s.text,
                                          "citations": s.citations}
        return {**d, "key": self.key(d["source"]), "url": self.span(d["source"], d["start"], d["end"])}


# ---- scripts of aliases -------------------------------------------------------------------------

_SCRIPT_NAMES = {"LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek", "CJK": "Han", "HIRAGANA": "Kana",
                 "KATAKANA": "Kana", "HANGUL": "Hangul", "ARABIC": "Arabic", "HEBREW": "Hebrew",
                 "DEVANAGARI": "Devanagari", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "THAI": "Thai",
                 "MONGOLIAN": "Mongolian", "TIBETAN": "Tibetan"}


def script_of(name: str) -> str:
    """The writing system most of a name's letters belong to (Latin, Cyrillic, Han, Hangul...)."""
    counts: Counter[str] = Counter()
    for ch in name:
        if ch.isalpha():
            first = unicodedata.name(ch, "OTHER").split()[0]
            counts[_SCRIPT_NAMES.get(first, "Other")] += 1
    return counts.most_common(1)[0][0] if counts else "Other"


def aliases_by_script(names: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if n and n not in out[script_of(n)]:
            out[script_of(n)].append(n)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] != "Latin", kv[0])))


# ---- references (CSL) ---------------------------------------------------------------------------

def _names(value: Any) -> str:
    if isinstance(value, str):
        return value
    out = []
    for n in value or []:
        if isinstance(n, str):
            out.append(n)
        elif isinstance(n, dict):
            out.append(n.get("literal") or ", ".join(x for x in (n.get("family"), n.get("given")) if x))
    return "; ".join(x for x in out if x)


def _date(value: Any) -> str:
    if isinstance(value, dict):
        parts = value.get("date-parts") or []
        if parts and parts[0]:
            return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts[0]) if isinstance(p, int))
        return str(value.get("raw") or value.get("literal") or "")
    return "" if value is None else str(value)


_CSL_FIELDS = [("type", "type"), ("author", "author"), ("editor", "editor"), ("title", "title"),
               ("title_translated", "title (translated)"), ("container-title", "in"), ("collection-title", "series"),
               ("publisher", "publisher"), ("publisher-place", "place"), ("issued", "year"), ("volume", "volume"),
               ("issue", "issue"), ("page", "pages"), ("edition", "edition"), ("language", "language"),
               ("DOI", "DOI"), ("ISBN", "ISBN"), ("ISSN", "ISSN"), ("URL", "URL"), ("accessed", "accessed")]


def csl_fields(csl: dict[str, Any] | None) -> list[dict[str, Any]]:
    """CSL-JSON as labelled fields for display; DOI and http(s) URLs become links (nothing else does)."""
    out = []
    for key, label in _CSL_FIELDS:
        value = (csl or {}).get(key)
        if value in (None, "", []):
            continue
        if key in ("author", "editor"):
            text = _names(value)
        elif key in ("issued", "accessed"):
            text = _date(value)
        else:
            text = value if isinstance(value, str) else str(value)
        href = None
        if key == "DOI":
            href = "https://doi.org/" + quote(text, safe="/:;().-_")
        elif key == "URL" and text.lower().startswith(("http://", "https://")):
            href = text
        if text:
            out.append({"field": key, "label": label, "value": text, "href": href})
    return out


def _reference_views(refs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {r["id"]: r for r in refs}
    views = []
    for r in refs:
        csl = dict(r.get("csl") or {})
        full = by_id.get(r.get("full") or "")
        if full:  # a short citation: show the work it abbreviates, with the short one's own page
            csl = {**(full.get("csl") or {}), **{k: v for k, v in csl.items() if v not in (None, "", [])}}
        in_text = (r.get("end") or 0) > (r.get("start") or 0)
        views.append({**r, "fields": csl_fields(csl), "title": csl.get("title"), "anchor": f"ref-{r['id']}",
                      "target": f"ref-{r['id']}" if in_text else f"list-ref-{r['id']}",
                      "full_label": full.get("label") if full else None})
    return views


# ---- pages --------------------------------------------------------------------------------------

def documents_page(corpus: Corpus) -> dict[str, Any]:
    addr = Addresses(corpus)
    counts = corpus.annotation_counts()
    docs = []
    for d in corpus.documents():
        key = addr.key(d["source"])
        docs.append({**d, "key": key, "url": document_url(key), "counts": counts.get(d["source"], {})})
    return {"documents": docs}


def document_page(corpus: Corpus, key: str) -> dict[str, Any] | None:
    source = resolve_document(corpus.sources(), key)
    data = corpus.annotated_json(source) if source else None
    if data is None:
        return None
    addr = Addresses(corpus)
    emap = corpus.entity_map(source)
    local = {e["id"]: e for e in data.get("entities", [])}
    refs = _reference_views(data.get("references", []))
    ref_by_id = {r["id"]: r for r in refs}
    text = data["text"]

    def entity_ref(local_id: str | None) -> dict[str, Any] | None:
        if not local_id:
            return None
        e = local.get(local_id, {})
        cid = emap.get(local_id)
        return {"entity": local_id, "name": e.get("name", local_id), "label": e.get("label"),
                "corpus_entity": cid, "url": entity_url(cid) if cid else None}

    mentions = [{**m, "corpus_entity": emap.get(m.get("entity") or ""),
                 "url": entity_url(emap[m["entity"]]) if m.get("entity") in emap else None,
                 "kind": kind_of(m.get("label"))} for m in data.get("mentions", [])]
    entities = [{**e, "corpus_entity": emap.get(e["id"]),
                 "url": entity_url(emap[e["id"]]) if e["id"] in emap else None,
                 "kind": kind_of(e.get("label"))} for e in data.get("entities", [])]
    timexes = [{**t, "label": label_of(t.get("value"), t.get("mod"))} for t in data.get("timexes", [])]
    citations = [{**c, "reference_title": (ref_by_id.get(c.get("reference") or "") or {}).get("title")}
                 for c in data.get("citations", [])]

    events = []
    for v in data.get("events", []):
        sent, trig = v.get("sentence") or {}, v.get("trigger") or {}
        time = v.get("time") or {}
        s0, s1 = sent.get("start", trig.get("start", 0)), sent.get("end", trig.get("end", 0))
        events.append({
            **v,
            "anchor": f"ev-{v['id']}",
            "time_label": label_of(time.get("value"), time.get("mod")) if time.get("value") else None,
            "participants": [{**p, **(entity_ref(p.get("entity")) or {})} for p in v.get("participants", [])],
            "place_ref": entity_ref(v.get("place")),
            "attributed_ref": entity_ref(v.get("attributed_to")),
            "citation_refs": [{"id": r, "label": (ref_by_id.get(r) or {}).get("label") or r,
                               "title": (ref_by_id.get(r) or {}).get("title"),
                               "anchor": (ref_by_id.get(r) or {}).get("target", f"ref-{r}")}
                              for r in v.get("citations", [])],
            "evidence": text[s0:s1],
            "url": f"#c{s0}-{s1}",
            "trigger_url": f"#c{trig.get('start')}-{trig.get('end')}" if trig else None,
        })

    told_here = [t for t in corpus.timeline_entries() if any(s.source == source for s in t.sources)]
    conflicts = [c for c in corpus.conflict_list() if any(s.source == source for s in c.evidence)]
    return {
        "source": source, "key": addr.key(source), "url": document_url(addr.key(source)),
        "metadata": data.get("metadata") or {}, "format": data.get("format"), "sha256": data.get("sha256"),
        "text": text, "zones": data.get("zones", []), "sentences": data.get("sentences", []),
        "mentions": mentions, "entities": entities, "timexes": timexes, "citations": citations,
        "references": refs, "events": events, "issues": data.get("issues", []),
        "attributions": data.get("attributions", []),
        "corpus_evidence": [
            {"kind": "timeline", "id": t.id, "summary": t.summary,
             "spans": [[s.start, s.end] for s in t.sources if s.source == source]} for t in told_here] + [
            {"kind": "conflict", "id": None, "summary": c.message,
             "spans": [[s.start, s.end] for s in c.evidence if s.source == source]} for c in conflicts],
    }


def entities_page(corpus: Corpus, label: str | None = None) -> dict[str, Any]:
    ents = corpus.entities()
    labels = sorted(Counter(e["label"] for e in ents).items())
    rows = [{**e, "url": entity_url(e["id"]), "kind": kind_of(e["label"]),
             "scripts": sorted(aliases_by_script([e["name"], *e["aliases"]]))}
            for e in ents if not label or e["label"] == label]
    rows.sort(key=lambda e: (-e["mentions"], e["name"].casefold()))
    return {"label": label, "labels": [{"label": k, "count": n} for k, n in labels], "entities": rows}


def _sentence_of(sentences: list[list[int]], text: str, start: int, end: int) -> tuple[int, int]:
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, start) - 1
    if 0 <= i < len(sentences) and sentences[i][0] <= start and end <= sentences[i][1]:
        return sentences[i][0], sentences[i][1]
    lo = text.rfind("\n", 0, max(0, start - 1))  # no sentence split: the line, at most ~160 characters
    hi = text.find("\n", end)
    lo, hi = max(lo + 1, start - 160), min(hi if hi >= 0 else len(text), end + 160)
    return lo, hi


def entity_page(corpus: Corpus, entity_id: str) -> dict[str, Any] | None:
    tables = corpus.tables()
    ent = next((e for e in tables.entities if e.id == entity_id), None)
    if ent is None:
        return None
    addr = Addresses(corpus)
    titles = {d["source"]: d["title"] for d in corpus.documents()}
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, local_id in ent.members:
        by_source[source].append(local_id)
    documents = []
    for source in sorted(by_source):
        data = corpus.annotated_json(source)
        if data is None:
            continue
        text, locals_ = data["text"], set(by_source[source])
        found = sorted((m["start"], m["end"]) for m in data.get("mentions", []) if m.get("entity") in locals_)
        grouped: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for s, e in found:
            grouped[_sentence_of(data.get("sentences", []), text, s, e)].append((s, e))
        sentences = []
        for (s0, s1), spans in sorted(grouped.items()):
            parts, pos = [], s0
            for s, e in spans:
                if s > pos:
                    parts.append({"text": text[pos:s], "mention": False})
                parts.append({"text": text[max(s, pos):e], "mention": True, "start": s, "end": e,
                              "url": addr.span(source, s, e)})
                pos = max(pos, e)
            if pos < s1:
                parts.append({"text": text[pos:s1], "mention": False})
            sentences.append({"start": s0, "end": s1, "url": addr.span(source, s0, s1), "parts": parts})
        documents.append({"source": source, "key": addr.key(source), "title": titles.get(source),
                          "url": document_url(addr.key(source)), "mentions": len(found), "sentences": sentences,
                          "local_ids": sorted(locals_)})
    events = [_timeline_row(t, addr) for t in tables.timeline if entity_id in t.entity_ids]
    place = _coordinates(ent.place)
    return {"id": ent.id, "name": ent.name, "label": ent.label, "kind": kind_of(ent.label),
            "aliases": ent.aliases, "aliases_by_script": aliases_by_script([ent.name, *ent.aliases]),
            "mentions": ent.mentions, "place": ent.place, "coordinates": place, "provenance": ent.provenance,
            "documents": documents, "events": events}


def _coordinates(place: dict[str, Any] | None) -> dict[str, float] | None:
    if not place:
        return None
    lat = place.get("lat", place.get("latitude"))
    lon = place.get("lon", place.get("lng", place.get("longitude")))
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        return {"lat": lat, "lon": lon}
    return None


def _timeline_row(t: Any, addr: Addresses) -> dict[str, Any]:
    span = span_of(t.date)
    classes = [f"type-{t.type}", f"cert-{t.certainty}"]
    if t.certainty in UNCERTAIN:
        classes.append("uncertain")
    if t.mod:
        classes.append(f"mod-{t.mod.lower()}")
    if span:
        classes.append(f"prec-{span['precision']}")
    return {"id": t.id, "date": t.date, "mod": t.mod, "date_label": label_of(t.date, t.mod), "range": span,
            "type": t.type, "summary": t.summary, "participants": t.participants, "place": t.place,
            "certainty": t.certainty, "entity_ids": t.entity_ids, "classes": classes, "provenance": t.provenance,
            "sources": [addr.evidence(s) for s in t.sources]}


def timeline_page(corpus: Corpus, entity: str | None = None, type: str | None = None) -> dict[str, Any]:
    tables = corpus.tables()
    addr = Addresses(corpus)
    names = {e.id: e.name for e in tables.entities}
    rows = [_timeline_row(t, addr) for t in tables.timeline
            if (not entity or entity in t.entity_ids) and (not type or t.type == type)]
    in_events = Counter(i for t in tables.timeline for i in t.entity_ids)
    return {
        "filters": {"entity": entity or None, "entity_name": names.get(entity or ""), "type": type or None},
        "types": sorted({t.type for t in tables.timeline}),
        "entities": sorted(({"id": i, "name": names.get(i, i), "events": n} for i, n in in_events.items()),
                           key=lambda e: e["name"].casefold()),
        "certainties": CERTAINTIES,
        "events": rows,
        "dated": sum(1 for r in rows if r["range"]),
    }


def graph_page(corpus: Corpus) -> dict[str, Any]:
    tables = corpus.tables()
    ents = {e.id: e for e in tables.entities}
    weight: Counter[tuple[str, str]] = Counter()
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    degree: Counter[str] = Counter()
    for t in tables.timeline:
        ids = sorted({i for i in t.entity_ids if i in ents})
        for i in ids:
            degree[i] += 1
        for a, b in combinations(ids, 2):
            weight[(a, b)] += 1
            shared[(a, b)].append(t.id)
    nodes = [{"id": i, "name": ents[i].name, "label": ents[i].label, "kind": kind_of(ents[i].label),
              "events": degree[i], "url": entity_url(i)} for i in sorted(degree, key=lambda i: ents[i].name)]
    edges = [{"source": a, "target": b, "weight": w, "events": shared[(a, b)],
              "source_name": ents[a].name, "target_name": ents[b].name,
              "source_url": entity_url(a), "target_url": entity_url(b)}
             for (a, b), w in sorted(weight.items())]
    return {"nodes": nodes, "edges": edges, "entities_without_events": len(ents) - len(nodes)}


def map_page(corpus: Corpus) -> dict[str, Any]:
    places, unplaced = [], []
    for e in corpus.entities():
        if kind_of(e["label"]) != "place" and not e.get("place"):
            continue
        coords = _coordinates(e.get("place"))
        row = {"id": e["id"], "name": e["name"], "label": e["label"], "mentions": e["mentions"],
               "documents": len(e["documents"]), "url": entity_url(e["id"]), "place": e.get("place")}
        if coords:
            places.append({**row, **coords})
        else:
            unplaced.append(row)
    places.sort(key=lambda p: -p["mentions"])
    unplaced.sort(key=lambda p: p["name"].casefold())
    return {"places": places, "without_coordinates": unplaced}


def conflicts_page(corpus: Corpus) -> dict[str, Any]:
    addr = Addresses(corpus)
    titles = {d["source"]: d["title"] for d in corpus.documents()}
    out = []
    for c in corpus.conflicts():
        out.append({**c, "evidence": [{**addr.evidence(s), "title": titles.get(s["source"])} for s in c["evidence"]]})
    kinds = Counter(c["kind"] for c in out)
    return {"conflicts": out, "kinds": dict(sorted(kinds.items()))}


def search_page(corpus: Corpus, q: str | None) -> dict[str, Any]:
    q = (q or "").strip()
    if not q:
        return {"q": "", "results": []}
    addr = Addresses(corpus)
    results = []
    for r in corpus.search_marked(q):
        parts, hit = [], False
        for piece in r["snippet"].replace("\x03", "\x02").split("\x02"):
            if piece:
                parts.append({"text": piece, "hit": hit})
            hit = not hit
        if r["kind"] == "document":
            url = document_url(addr.key(r["key"]))
        elif r["kind"] == "entity":
            url = entity_url(r["key"])
        else:
            url = "/timeline#" + quote(f"ev-{r['key']}", safe="")
        results.append({"kind": r["kind"], "key": r["key"], "title": r["title"], "url": url,
                        "snippet": "".join(p["text"] for p in parts), "parts": parts})
    return {"q": q, "results": results}

"""The data of every page of the reader, as plain JSON-ready dicts.

Each function here feeds both the HTML page and its `.json` twin, so the two can never disagree (as in
Datasette). They read the corpus only through `Corpus` methods; nothing here writes.
"""
from __future__ import annotations

import functools

import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import PurePath
from typing import Any
from urllib.parse import quote, urlencode

from ..events.confidence import THRESHOLD
from ..store import Corpus
from ..time.values import display_date
from ..time.values import span_of as _span_of
from .context import Documents, in_context, query_terms, shorten, term_spans

KINDS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "WORK": "work",
         "NORP": "norp", "EVENT": "event"}
CERTAINTIES = ["asserted", "reported", "hedged", "disputed", "negated"]
UNCERTAIN = {"reported", "hedged", "disputed", "negated"}


@functools.lru_cache(maxsize=65536)
def label_of(value: str | None, mod: str | None = None) -> str:
    """How a date reads (time.values.display_date), once per distinct value: a page shows many."""
    return display_date(value, mod)


@functools.lru_cache(maxsize=65536)
def _span(value: str | None) -> tuple | None:
    found = _span_of(value)
    return tuple(found.items()) if found else None


def span_of(value: str | None) -> dict[str, Any] | None:
    """time.values.span_of, once per distinct value (a fresh dict each time)."""
    found = _span(value)
    return dict(found) if found else None


def kind_of(label: str | None) -> str:
    """CSS class family of an entity label (places share one colour whatever their NER label)."""
    return KINDS.get(label or "", "other")


# ---- addresses ----------------------------------------------------------------------------------

def document_keys(sources: list[str]) -> dict[str, str]:
    """source -> the short key used in URLs: the file name, or the whole path where names collide."""
    return dict(_document_keys(tuple(sources)))


@functools.lru_cache(maxsize=8)
def _document_keys(sources: tuple[str, ...]) -> dict[str, str]:
    # (once per set of documents, not once per request: 1,000 paths parse in ~0.1 s)
    base = {s: PurePath(s).name for s in sources}
    names = Counter(base.values())
    return {s: (base[s] if names[base[s]] == 1 and base[s] else s) for s in sources}


def resolve_document(sources: list[str], key: str) -> str | None:
    """The source a URL key names: its short key, or the source path itself."""
    keys = document_keys(sources)
    for source, k in keys.items():
        if k == key:
            return source
    return key if key in keys else None


def document_url(key: str, start: int | None = None, end: int | None = None) -> str:
    url = _document_path(key)
    return url if start is None else f"{url}#c{start}-{end}"


@functools.lru_cache(maxsize=65536)
def _document_path(key: str) -> str:
    # (an entity or timeline page links dozens of spans of the same few documents)
    return "/documents/" + quote(key, safe="")


def event_url(entry_id: str) -> str:
    """An event's place on the whole timeline, which is paged: the reader redirects to the page that
    lists it (/timeline?all=1#ev-ID alone lands on the first page only)."""
    return "/timeline/events/" + quote(entry_id, safe="")


@functools.lru_cache(maxsize=65536)
def entity_url(entity_id: str) -> str:
    # (a document page links each of its names' mentions: the same few entities, dozens of times)
    return "/entities/" + quote(entity_id, safe="")


class Addresses:
    """URLs of documents and spans in one corpus (each source's key looked up once per request, by index)."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.keys: dict[str, str] = {}

    def prefetch(self, sources) -> None:
        self.keys.update(self.corpus.document_keys_for(s for s in sources if s not in self.keys))

    def key(self, source: str) -> str:
        if source not in self.keys:
            self.prefetch([source])
        return self.keys.get(source, source)

    def span(self, source: str, start: int, end: int) -> str:
        return document_url(self.key(source), start, end)

    def evidence(self, s: dict[str, Any] | Any) -> dict[str, Any]:
        d = s if isinstance(s, dict) else {"source": s.source, "start": s.start, "end": s.end, "text": s.text,
                                          "citations": s.citations, "retold": s.retold}
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

def documents_page(corpus: Corpus, offset: int = 0, limit: int | None = None) -> dict[str, Any]:
    addr = Addresses(corpus)
    page = corpus.documents_page(offset, limit)
    addr.prefetch(d["source"] for d in page.rows)
    docs = []
    for d in page.rows:
        key = addr.key(d["source"])
        docs.append({**d, "key": key, "url": document_url(key)})
    return {"documents": docs, "page": page.as_dict()}


def document_page(corpus: Corpus, key: str) -> dict[str, Any] | None:
    source = corpus.resolve_key(key)
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

    return {
        "source": source, "key": addr.key(source), "url": document_url(addr.key(source)),
        "metadata": data.get("metadata") or {}, "format": data.get("format"), "sha256": data.get("sha256"),
        "text": text, "zones": data.get("zones", []), "sentences": data.get("sentences", []),
        "mentions": mentions, "entities": entities, "timexes": timexes, "citations": citations,
        "references": refs, "events": events, "issues": data.get("issues", []),
        "attributions": data.get("attributions", []),
        "corpus_evidence": corpus.evidence_in(source),
    }


def entities_page(corpus: Corpus, label: str | None = None, offset: int = 0,
                  limit: int | None = None) -> dict[str, Any]:
    page = corpus.entities_page(offset, limit, label or None)
    labels = corpus.entity_labels().items()
    rows = [{**e, "url": entity_url(e["id"]), "kind": kind_of(e["label"]),
             "scripts": sorted(aliases_by_script([e["name"], *e["aliases"]]))} for e in page.rows]
    return {"label": label, "labels": [{"label": k, "count": n} for k, n in labels], "entities": rows,
            "page": page.as_dict()}


def _sentence_of(sentences: list[list[int]], text: str, start: int, end: int) -> tuple[int, int]:
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, start) - 1
    if 0 <= i < len(sentences) and sentences[i][0] <= start and end <= sentences[i][1]:
        return sentences[i][0], sentences[i][1]
    lo = text.rfind("\n", 0, max(0, start - 1))  # no sentence split: the line, at most ~160 characters
    hi = text.find("\n", end)
    lo, hi = max(lo + 1, start - 160), min(hi if hi >= 0 else len(text), end + 160)
    return lo, hi


ENTITY_DOCUMENTS = 20  # documents per page of an entity's page (a common name may be in thousands)
ENTITY_EVENTS = 100  # its first timeline entries; the timeline filtered by the entity pages through all


def entity_page(corpus: Corpus, entity_id: str, offset: int = 0, limit: int | None = None) -> dict[str, Any] | None:
    ent = corpus.corpus_entity(entity_id)
    if ent is None:
        return None
    addr = Addresses(corpus)
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, local_id in ent.members:
        by_source[source].append(local_id)
    offset, limit = max(0, offset), max(1, min(limit or ENTITY_DOCUMENTS, 200))
    shown = sorted(by_source)[offset:offset + limit]
    titles = corpus.titles_of(shown)
    addr.prefetch(shown)
    documents = []
    texts_of: dict[str, str] = {}
    for source in shown:
        found_in = corpus.mentions_in(source, by_source[source])
        if found_in is None:
            continue
        text, sentences_of, found = found_in
        texts_of[source] = text
        locals_ = set(by_source[source])
        grouped: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for s, e in found:
            grouped[_sentence_of(sentences_of, text, s, e)].append((s, e))
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
    # the confident entries, as the timeline shows by default; the page links to the rest
    told = corpus.timeline_page(0, ENTITY_EVENTS, entity=entity_id, keep_sources=5, stated_only=True)
    matching, _ = corpus.timeline_counts(entity_id, None)
    events = [_timeline_row(t, addr) for t in told.rows]
    place = _coordinates(ent.place)
    from ..corpus.entities import explain

    names = list(dict.fromkeys([ent.name, *ent.aliases]))
    # what explain() reads of each document (its text, the mentions of these names), by index
    texts = {source: {"text": text, "mentions": corpus.mentions_named(source, names)}
             for source, text in texts_of.items()} if len(names) > 1 else {}
    joined = [{**j, "title": titles.get(j["source"]) if j["source"] else None,
               "url": document_url(addr.key(j["source"])) if j["source"] else None}
              for j in explain(ent, texts)]
    return {"id": ent.id, "name": ent.name, "label": ent.label, "kind": kind_of(ent.label),
            "aliases": ent.aliases, "aliases_by_script": aliases_by_script([ent.name, *ent.aliases]),
            "why_joined": joined,
            "mentions": ent.mentions, "place": ent.place, "coordinates": place, "provenance": ent.provenance,
            "documents": documents, "events": events,
            "page": {"offset": offset, "limit": limit, "total": len(by_source),
                     "next": offset + limit if offset + limit < len(by_source) else None,
                     "prev": max(0, offset - limit) if offset > 0 else None},
            "events_total": told.total, "events_matching": matching,
            "timeline_url": "/timeline?" + urlencode({"all": 1, "entity": ent.id})}


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


def _year(iso: str | None) -> int | None:
    try:
        return int(str(iso)[:4].lstrip("+")) if iso else None
    except ValueError:
        return None


def headline(t: Any) -> str:
    """What an event says in a line: its summary where it names who took part, else the words of its
    evidence ("Statement (proclaimed)" alone tells a reader nothing)."""
    summary = (t.summary or "").strip()
    bare = summary.split("(")[0].strip().casefold()
    if t.participants and bare not in ("", t.type.casefold()):
        return summary
    quote = next((s.text for s in t.sources if s.text), "")
    return shorten(quote, 150) if quote else summary


def confident(t: Any) -> bool:
    """An event shown by default: the events stage's confidence where it gives one, else a date stated
    for the event itself (not borrowed from the narrative)."""
    conf = getattr(t, "confidence", None)
    if isinstance(conf, (int, float)):
        return conf >= THRESHOLD  # as store.paging.SHOWN filters in SQL; an inferred date is shown, marked
    if isinstance(conf, str):
        return conf not in ("low",) and not t.inferred
    return not t.inferred


def _edtf(t: Any) -> dict[str, Any]:
    """EDTF and earliest/latest day of an entry: its own where the dates stage put them on it, else its
    TIMEX3 value converted (time.values.edtf_fields, where this version has it)."""
    own = {k: getattr(t, k, None) for k in ("edtf", "earliest", "latest")}
    if any(own.values()):
        return own
    found = _edtf_of(t.date, t.mod) if t.date else None
    return dict(found) if found else own


@functools.lru_cache(maxsize=65536)
def _edtf_of(date: str, mod: str | None) -> tuple | None:
    """time.values.edtf_fields once per distinct value (it parses with pyparsing: ~1 ms a call)."""
    try:
        from ..time.values import edtf_fields
    except ImportError:
        return None
    try:
        return tuple(edtf_fields(date, mod).items())
    except Exception:  # a value the converter does not know: no soft ends, the span as stated
        return None


def _soft_range(t: Any, span: dict[str, Any] | None) -> dict[str, Any] | None:
    """The stretch an uncertain date's span fades into: earliest/latest where they reach beyond the
    span ("about 1938" may be 1937-1939), an open side ("before 6 August 1938") drawn a little way out."""
    if not span:
        return None
    from datetime import date, timedelta

    fields = _edtf(t)
    lo, hi = fields.get("earliest"), fields.get("latest")
    a, b = date.fromisoformat(span["start"]), date.fromisoformat(span["end"])
    width = max((b - a).days, 30)
    mod = (t.mod or "").upper()
    if lo is None and (hi or mod in ("BEFORE", "ON_OR_BEFORE")):
        lo = (a - timedelta(days=width * 3)).isoformat()
    if hi is None and (lo or mod in ("AFTER", "ON_OR_AFTER")):
        hi = (b + timedelta(days=width * 3)).isoformat()
    if lo is None and hi is None and mod == "APPROX":
        lo, hi = (a - timedelta(days=width)).isoformat(), (b + timedelta(days=width)).isoformat()
    if (lo and lo < span["start"]) or (hi and hi >= span["end"]):
        return {"earliest": min(lo or span["start"], span["start"]),
                "latest": max(hi or span["end"], span["end"]), "edtf": fields.get("edtf")}
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
    soft = _soft_range(t, span)
    if soft:
        classes.append("soft")
    if t.inferred:
        classes.append("inferred")
    return {"id": t.id, "date": t.date, "mod": t.mod, "date_label": label_of(t.date, t.mod), "range": span,
            "soft": soft, "edtf": _edtf(t).get("edtf"), "inferred": t.inferred, "confident": confident(t),
            "confidence": getattr(t, "confidence", None),
            "type": t.type, "summary": t.summary, "headline": headline(t), "participants": t.participants,
            "place": t.place, "certainty": t.certainty, "entity_ids": t.entity_ids, "classes": classes,
            "provenance": getattr(t, "provenance", None),
            "sources": [addr.evidence(s) for s in t.sources]}


TIMELINE_PAGE = 100  # entries per page of the timeline (its chart draws the page it lists)
TIMELINE_SOURCES = 5  # evidence spans shown per entry (an event told by thousands of documents)
TIMELINE_ENTITIES = 200  # entities in the timeline's filter list, those in most events


def timeline_filters(corpus: Corpus) -> dict[str, Any]:
    """The timeline's filter lists, the same on every page of it: its types, and the entities in most
    entries (a count over every entry's entities: 20 ms at 10k documents). The reader reads them once
    per state of the corpus (web's page cache), not once per page."""
    return {"types": corpus.timeline_types(), "entities": corpus.timeline_entities(TIMELINE_ENTITIES)}


def timeline_page(corpus: Corpus, entity: str | None = None, type: str | None = None,
                  show_all: bool = False, offset: int = 0, limit: int | None = None,
                  filters: dict[str, Any] | None = None) -> dict[str, Any]:
    """A page of the timeline (indexed; by default the confident entries, store.paging.SHOWN);
    ``filters``: ``timeline_filters`` of this corpus, if at hand."""
    filters = filters if filters is not None else timeline_filters(corpus)
    addr = Addresses(corpus)
    entity, type = entity or None, type or None
    page = corpus.timeline_page(offset, limit or TIMELINE_PAGE, entity=entity, type=type,
                                keep_sources=TIMELINE_SOURCES, stated_only=not show_all)
    matching, n_confident = corpus.timeline_counts(entity, type)
    addr.prefetch(s.source for t in page.rows for s in t.sources)
    rows = [_timeline_row(t, addr) for t in page.rows]
    listed = list(filters["entities"])
    if entity and all(e["id"] != entity for e in listed):
        named = corpus.entity_names([entity]).get(entity)
        listed.append({"id": entity, "name": named[0] if named else entity,
                       "events": corpus.event_counts([entity]).get(entity, 0)})
    names = {e["id"]: e["name"] for e in listed}
    return {
        "filters": {"entity": entity, "entity_name": names.get(entity or ""), "type": type, "all": show_all},
        "types": filters["types"],
        "entities": sorted(listed, key=lambda e: e["name"].casefold()),
        "certainties": CERTAINTIES,
        "events": rows,
        "matching": matching,
        "confident": n_confident,
        "dated": sum(1 for r in rows if r["range"]),
        "page": page.as_dict(),
    }


GRAPH_NODES = 150  # the entities in most events; a corpus-wide graph of every entity is unreadable anyway
GRAPH_EDGES = 600  # the links with most shared events among them
EDGE_EVENTS = 10  # events listed per link (its weight, types and years count them all)


def _years_of(dates: list[str]) -> list[int]:
    ys = [y for y in (_start_year(d) for d in dates) if y is not None]
    return [min(ys), max(ys)] if ys else []


@functools.lru_cache(maxsize=65536)
def _start_year(date: str | None) -> int | None:
    return _year((span_of(date) or {}).get("start"))


@functools.lru_cache(maxsize=65536)
def _end_year(date: str | None) -> int | None:
    return _year((span_of(date) or {}).get("end"))


def graph_page(corpus: Corpus, focus: str | None = None, nodes: int | None = None) -> dict[str, Any]:
    """Entities linked by the events they share; each link carries its first events (type, date,
    evidence), and its weight, types and events per year over all of them. Bounded: the ``nodes``
    entities in most events, or one entity's neighbourhood (``focus``), and their strongest links."""
    addr = Addresses(corpus)
    n = max(2, min(nodes or GRAPH_NODES, 500))
    counts: dict[str, int]
    if focus:
        near = corpus.neighbours(focus, n - 1)
        counts = corpus.event_counts([focus, *(i for i, _ in near)])
    else:
        counts = dict(corpus.top_event_entities(n))
    ents = corpus.entity_names(counts)
    ids = [i for i in counts if i in ents]
    dates_of: dict[str, list[str]] = defaultdict(list)
    for i, d in corpus.entity_dates(ids):
        dates_of[i].append(d)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, type_, date, k in corpus.shared_entries(ids):
        p = pairs.setdefault((a, b), {"weight": 0, "types": Counter(), "years": Counter()})
        p["weight"] += k
        p["types"][type_] += k
        y = _start_year(date)
        if y is not None:
            p["years"][y] += k
    strongest = sorted(pairs.items(), key=lambda kv: (-kv[1]["weight"], kv[0]))[:GRAPH_EDGES]
    shared = {ab: corpus.entries_shared(ab[0], ab[1], EDGE_EVENTS) for ab, _ in strongest}
    entries = corpus.timeline_by_ids((e for es in shared.values() for e in es), keep_sources=3)
    addr.prefetch(s.source for t in entries.values() for s in t.sources)

    def event(t: Any) -> dict[str, Any]:
        return {"id": t.id, "type": t.type, "date_label": label_of(t.date, t.mod), "inferred": t.inferred,
                "year": _start_year(t.date), "headline": headline(t),
                "certainty": t.certainty, "url": event_url(t.id),
                "evidence": [{"key": addr.key(s.source), "url": addr.span(s.source, s.start, s.end),
                              "text": shorten(s.text, 240)} for s in t.sources[:3]]}

    node_rows = [{"id": i, "name": ents[i][0], "label": ents[i][1], "kind": kind_of(ents[i][1]),
                  "events": counts[i], "years": _years_of(dates_of[i]), "url": entity_url(i)}
                 for i in sorted(ids, key=lambda i: (ents[i][0], i))]
    edges = []
    for (a, b), p in sorted(strongest, key=lambda kv: kv[0]):
        ys = sorted(p["years"])
        edges.append({"source": a, "target": b, "weight": p["weight"],
                      "events": [event(entries[e]) for e in shared[(a, b)] if e in entries],
                      "types": [k for k, _ in p["types"].most_common()],
                      "years": [ys[0], ys[-1]] if ys else [],
                      "year_counts": {str(y): p["years"][y] for y in ys},
                      "source_name": ents[a][0], "target_name": ents[b][0],
                      "source_url": entity_url(a), "target_url": entity_url(b)})
    kinds = Counter(r["kind"] for r in node_rows)
    all_years = [y for r in node_rows for y in r["years"]]
    return {"nodes": node_rows, "edges": edges, "focus": focus if focus in ents else None,
            "entities_without_events": corpus.entities_without_events(),
            "links_total": len(pairs),
            "kinds": [{"kind": k, "count": c} for k, c in sorted(kinds.items())],
            "years": [min(all_years), max(all_years)] if all_years else []}


MAP_PLACES = 200  # places shown, most named first
PLACE_EVENTS = 10  # events listed per place (with how many there are)


def _dates_in(dates: list[str], lo: int, hi: int) -> list[str]:
    out = []
    for d in dates:
        y, y_end = _start_year(d), _end_year(d)
        if y is None or y > hi or (y_end if y_end is not None else y) < lo:
            continue
        out.append(d)
    return out


def map_page(corpus: Corpus, year_from: int | None = None, year_to: int | None = None) -> dict[str, Any]:
    """Places with coordinates, each with its first events; with a period, only the places of events in
    it. A place's historical name is shown with today's where the gazetteer knows it. Bounded: the
    MAP_PLACES places most named, PLACE_EVENTS events each (with how many there are)."""
    period = year_from is not None or year_to is not None
    lo, hi = year_from if year_from is not None else -10**6, year_to if year_to is not None else 10**6
    all_dates = corpus.timeline_dates()
    dates = _dates_in(all_dates, lo, hi) if period else None
    candidates = [e for e in corpus.places_page(MAP_PLACES) if kind_of(e["label"]) == "place" or e.get("place")]
    told = corpus.entries_of([e["id"] for e in candidates], PLACE_EVENTS, dates)
    entries = corpus.timeline_by_ids((i for _, es in told.values() for i in es), keep_sources=1)
    places, unplaced = [], []
    for e in candidates:
        n_events, ids = told.get(e["id"], (0, []))
        if period and not n_events:
            continue
        events = [{"id": t.id, "type": t.type, "date_label": label_of(t.date, t.mod), "inferred": t.inferred,
                   "headline": headline(t),
                   "url": event_url(t.id)}
                  for t in (entries[i] for i in ids if i in entries)]
        coords = _coordinates(e.get("place"))
        modern = (e.get("place") or {}).get("modern_name")
        row = {"id": e["id"], "name": e["name"], "label": e["label"], "mentions": e["mentions"],
               "documents": len(e["documents"]), "url": entity_url(e["id"]), "place": e.get("place"),
               "modern_name": modern if modern and modern.casefold() != e["name"].casefold() else None,
               "anchor": "place-" + quote(e["id"], safe=""), "events": events, "events_total": n_events}
        if coords:
            places.append({**row, **coords})
        else:
            unplaced.append(row)
    places.sort(key=lambda p: (-p["events_total"], -p["mentions"]))
    unplaced.sort(key=lambda p: p["name"].casefold())
    return {"places": places, "without_coordinates": unplaced, "period": {"from": year_from, "to": year_to},
            "years": _years_of(all_dates)}


CONFLICTS_PAGE = 50  # conflicts per page
CONFLICT_SIDES = 12  # statements quoted per conflict (a group of accounts may hold many)


def conflicts_page(corpus: Corpus, offset: int = 0, limit: int | None = None,
                   kind: str | None = None) -> dict[str, Any]:
    """A page of conflicts, grouped by the entity they are about and their kind; each side is its whole
    sentence with the differing value marked, its document and the footnotes the sentence carries."""
    addr = Addresses(corpus)
    docs = Documents(corpus)
    page = corpus.conflict_rows(offset, limit or CONFLICTS_PAGE, kind or None)
    shown = [(c, c["evidence"][:CONFLICT_SIDES]) for c in page.rows]
    sources = {s["source"] for _, ev in shown for s in ev}
    titles = corpus.titles_of(sources)
    addr.prefetch(sources)
    told: dict[str, list[tuple[int, int, list[str]]]] = {}  # source -> (sentence, entities) of its events

    def about(ev: list[dict[str, Any]]) -> str | None:
        counts: Counter[str] = Counter()
        for s in ev:
            if s["source"] not in told:
                told[s["source"]] = corpus.event_sentences_told(s["source"])
            for a, b, ids in told[s["source"]]:
                if a <= s["start"] and s["end"] <= b:
                    counts.update(set(ids))
        ids = [i for i, n in counts.most_common() if n >= min(2, len(ev))]
        names = corpus.entity_names(ids[:20])
        both = [i for i in ids if i in names]
        return names[both[0]][0] if both else None

    out = []
    for c, ev in shown:
        sides = []
        for s in ev:
            ctx = in_context(docs, s["source"], s["start"], s["end"])
            sides.append({**addr.evidence(s), "title": titles.get(s["source"]), "context": ctx,
                          "sentence_url": addr.span(s["source"], ctx["start"], ctx["end"]) if ctx else None})
        number = c.pop("id")
        out.append({**c, "evidence": sides, "evidence_total": len(c["evidence"]), "about": about(ev),
                    "number": number})
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in out:
        groups[(c["about"] or "", c["kind"])].append(c)
    grouped = [{"about": k[0] or None, "kind": k[1], "conflicts": v}
               for k, v in sorted(groups.items(), key=lambda kv: (kv[0][0] == "", kv[0][0].casefold(), kv[0][1]))]
    return {"conflicts": out, "kinds": corpus.conflict_kinds(), "kind": kind or None, "groups": grouped,
            "page": page.as_dict()}


def _search_snippet(corpus: Corpus, r: dict[str, Any], terms: list[str], docs: Documents,
                    entries: dict[str, Any], addr: Addresses) -> tuple[list[dict[str, Any]], str | None]:
    """(parts, url): the sentence where the query's words occur, those words marked, and its address.
    A document is quoted from its first matching sentence, an event from its evidence, an entity from
    its names; FTS5's own snippet (which runs fields together) is the fallback."""
    from .context import parts as cut

    if r["kind"] == "document":
        data = docs.get(r["key"])
        if data:
            text = data["text"]
            hits = term_spans(text, terms)
            if hits:
                ctx = in_context(docs, r["key"], *hits[0], marks=hits)
                if ctx and ctx["end"] - ctx["start"] > 400:  # a long "sentence" (a table, a list): a window
                    a = max(ctx["start"], hits[0][0] - 160)
                    b = min(ctx["end"], hits[0][1] + 200)
                    ctx["parts"] = cut(text, a, b, hits)
                if ctx:
                    return ctx["parts"], addr.span(r["key"], ctx["start"], ctx["end"])
    elif r["kind"] == "event":
        t = entries.get(r["key"])
        if t:
            for s in t.sources:
                hits = term_spans(s.text, terms)
                if hits:
                    return cut(s.text, 0, len(s.text), hits), addr.span(s.source, s.start, s.end)
            # the words are in who took part, not in the sentence: the summary marked, then the sentence
            line = headline(t)
            out = cut(line, 0, len(line), term_spans(line, terms))
            first = next((s for s in t.sources if s.text), None)
            if first and shorten(first.text, 150) != line:
                out.append({"text": " — “" + shorten(first.text, 150) + "”", "hit": False})
            return out, addr.span(first.source, first.start, first.end) if first else None
    elif r["kind"] == "entity":
        found = corpus.entity_names_aliases(r["key"])
        if found:
            names = " · ".join(dict.fromkeys([found[0], *found[1]]))
            return cut(names, 0, len(names), term_spans(names, terms)), None
    out, hit = [], False
    for piece in r["snippet"].replace("\x03", "\x02").split("\x02"):
        if piece:
            out.append({"text": piece, "hit": hit})
        hit = not hit
    return out, None


SEARCH_PAGE = 50


def search_page(corpus: Corpus, q: str | None, offset: int = 0, limit: int | None = None) -> dict[str, Any]:
    """A page of search hits (FTS5, best first), each quoted in its sentence with the words marked. Any
    query text is searched as words (no FTS syntax, control characters dropped)."""
    from ..store import _fts_terms

    q = (q or "").strip()
    if not q:
        return {"q": "", "results": [], "groups": [], "page": None}
    addr = Addresses(corpus)
    docs = Documents(corpus)
    terms = query_terms(q)
    page = corpus.search_page(_fts_terms(q), offset, limit or SEARCH_PAGE)
    entries = corpus.timeline_by_ids((r["key"] for r in page.rows if r["kind"] == "event"), keep_sources=20)
    addr.prefetch([r["key"] for r in page.rows if r["kind"] == "document"]
                  + [s.source for t in entries.values() for s in t.sources])
    results = []
    for r in page.rows:
        if r["kind"] == "document":
            url = document_url(addr.key(r["key"]))
        elif r["kind"] == "entity":
            url = entity_url(r["key"])
        else:
            url = event_url(r["key"])
        parts, at = _search_snippet(corpus, r, terms, docs, entries, addr)
        results.append({"kind": r["kind"], "key": r["key"], "title": r["title"], "url": url, "at": at,
                        "snippet": "".join(p["text"] for p in parts), "parts": parts})
    order = {"document": 0, "entity": 1, "event": 2}
    groups = [{"kind": k, "results": [r for r in results if r["kind"] == k]}
              for k in sorted({r["kind"] for r in results}, key=lambda k: order.get(k, 9))]
    return {"q": q, "results": results, "groups": groups, "page": page.as_dict()}

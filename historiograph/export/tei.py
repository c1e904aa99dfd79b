"""The corpus as TEI P5: a ``teiCorpus`` of one ``TEI`` per document, the text marked up in place.

Names become persName / orgName / placeName / title / name with ``ref`` to the entity lists of the
corpus ``standOff``; dates become ``date`` with ``when`` (an ISO date, year-month or year) or with
``notBefore``/``notAfter`` (a decade, a season); footnote markers become ``ref`` pointing at the
document's ``listBibl``; each event is an ``event`` in the document's ``standOff``. Markup is built
from character offsets: every annotation nests inside one paragraph, and one that would cross
another already placed (or a paragraph end) is left out, so the XML is always well formed, and the
text content of each ``body`` is the document text (characters XML cannot carry become spaces).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache

from .provenance import label as prov_label
from ..model import AnnotatedDocument, CorpusEntity, CorpusTables, Reference
from ..time.values import edtf_fields, is_point
from .common import (PLACE_LABELS, EntityIndex, coordinates, date_range, entity_index, resolve_citations,
                     work_of_reference)

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"

# mention label -> (element, type attribute)
NAME_TAGS = {"PERSON": ("persName", None), "ORG": ("orgName", None), "GPE": ("placeName", "gpe"),
             "LOC": ("placeName", "loc"), "FAC": ("placeName", "fac"), "WORK": ("title", None),
             "NORP": ("name", "group"), "EVENT": ("name", "event")}
CSL_LEVELS = {"article-journal": "a", "article-newspaper": "a", "article-magazine": "a", "article": "a",
              "chapter": "a", "paper-conference": "a", "entry-encyclopedia": "a", "book": "m", "thesis": "m",
              "report": "m"}
XSD_DURATION = re.compile(r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?")
PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
LINE_BREAK = re.compile(r"\n\s*")
# inline annotation kinds in order of precedence: the first placed wins an overlap
RANK = {"citation": 2, "mention": 3, "timex": 4, "trigger": 5}


def t(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


@lru_cache(maxsize=1)
def _xml_unsafe() -> dict[int, str]:
    """Code points XML 1.0 cannot carry -> a space (one for one, so offsets stay)."""
    bad = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]
    return {c: " " for c in bad}


def xml_safe(text: str) -> str:
    return text.translate(_xml_unsafe())


class Ids:
    """Unique xml:id values from arbitrary keys (sources, corpus ids), stable for a given corpus."""

    def __init__(self) -> None:
        self.given: dict[tuple, str] = {}
        self.used: set[str] = set()

    def __call__(self, *key: str) -> str:
        if key not in self.given:
            base = re.sub(r"[^A-Za-z0-9_.-]", "_", "-".join(str(k) for k in key))
            base = base if re.match(r"[A-Za-z_]", base) else "_" + base
            name, n = base, 1
            while name in self.used:
                n += 1
                name = f"{base}-{n}"
            self.used.add(name)
            self.given[key] = name
        return self.given[key]


# ---- dates -------------------------------------------------------------------------------------

def date_attrs(value: str | None, mod: str | None = None, kind: str = "DATE") -> dict[str, str]:
    """TEI dating attributes for a TIMEX3 value: when for ISO dates, notBefore/notAfter for spans."""
    if kind == "DURATION":
        return {"type": "duration", **({"dur": value} if value and XSD_DURATION.fullmatch(value) else {})}
    if kind == "SET":
        return {"type": "set"}
    r = date_range(value)
    if not r:
        return {"type": "reference"} if value else {}
    if r.iso and mod not in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        out = {"when": r.iso}
    else:
        lo, hi = _bound(r, r.start), _bound(r, r.end)
        out = {"notBefore": lo, "notAfter": hi}
        if mod in ("BEFORE", "ON_OR_BEFORE"):
            out = {"notAfter": r.iso or hi}
        elif mod in ("AFTER", "ON_OR_AFTER"):
            out = {"notBefore": r.iso or lo}
    if mod == "APPROX":
        out["cert"] = "medium"
    return out


EDTF_METHOD = "https://www.loc.gov/standards/datetime/"


def edtf_attrs(value: str | None, mod: str | None = None, kind: str = "DATE",
               dates: dict | None = None, anchored: str | None = None) -> dict[str, str]:
    """date_attrs plus, where @when cannot say it all, the EDTF value (``when-custom`` with
    ``datingMethod``): a range ("1937/1938", "10–11 August") is dated by ``notBefore``/``notAfter``,
    its first and last day; "c. 1900" keeps @when with cert medium, "1939?" @when with cert low.
    A counted length ("three days later": ``dur`` P3D) also names the date it leads to (``anchored``):
    that date's attributes join the ``dur``, so the element is dated as the event it dates."""
    if kind == "DURATION" and anchored:
        return {**date_attrs(value, mod, kind), **edtf_attrs(anchored, None, "DATE", dates)}
    out = date_attrs(value, mod, kind)
    if kind not in ("DATE", "TIME"):
        return out
    dates = dates if dates is not None and dates.get("edtf") else edtf_fields(value, mod)
    edtf = dates.get("edtf")
    if not edtf:
        return out
    if re.fullmatch(r"\d{4}-(?:29|3[0-2])", edtf) and dates.get("earliest") and dates.get("latest"):
        # a southern season (EDTF 1879-32: June-August): TIMEX3's 1879-WI would say December-February
        return {**out, "notBefore": dates["earliest"][:7], "notAfter": dates["latest"][:7],
                "when-custom": edtf, "datingMethod": EDTF_METHOD}
    if is_point(edtf):
        return out
    if "?" in edtf or "%" in edtf:
        out["cert"] = "low"
    if "/" in edtf:
        out.pop("when", None)
        lo, hi = dates.get("earliest"), dates.get("latest")
        out.pop("notBefore", None)
        out.pop("notAfter", None)
        if lo:
            out["notBefore"] = lo
        if hi:
            out["notAfter"] = hi
    out["when-custom"] = edtf
    out["datingMethod"] = EDTF_METHOD
    return out


def _bound(r, day) -> str:
    if r.precision in ("decade", "century", "year"):
        return f"{day.year:04d}"
    if r.precision in ("month", "season", "quarter", "half"):
        return day.isoformat()[:7]
    return day.isoformat()


# ---- inline markup from offsets ----------------------------------------------------------------

@dataclass(order=True)
class Span:
    start: int
    end: int
    rank: int
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)


def paragraphs(text: str, start: int, end: int, by_line: bool = False) -> list[tuple[int, int]]:
    """Maximal runs of text between blank lines (or lines) inside [start, end), trimmed of whitespace."""
    out = []
    pos = start
    for m in (LINE_BREAK if by_line else PARA_BREAK).finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def zones_of(ad: AnnotatedDocument) -> list[tuple[int, int, str]]:
    """The document's zones, made to tile the text (gaps are body, overlaps cut)."""
    n = len(ad.text)
    out = []
    pos = 0
    for z in sorted(ad.zones, key=lambda z: (z.start, z.end)):
        a, b = max(z.start, pos), min(z.end, n)
        if a >= b:
            continue
        if a > pos:
            out.append((pos, a, "body"))
        out.append((a, b, z.kind))
        pos = b
    if pos < n or not out:
        out.append((pos, n, "body"))
    return out


def place_inline(structure: list[tuple[int, int]], inline: list[Span]) -> list[Span]:
    """Keep the inline spans that nest: inside one paragraph and crossing no span kept before them."""
    p_starts = [a for a, _ in structure]
    kept: list[tuple[int, int]] = []  # sorted (start, end) of accepted spans
    longest = 0
    out, seen = [], set()
    for s in sorted(inline, key=lambda s: (s.rank, s.start, -s.end)):
        key = (s.start, s.end, s.tag)
        if s.start >= s.end or key in seen:
            continue
        i = bisect_right(p_starts, s.start) - 1
        if i < 0 or s.end > structure[i][1]:
            continue
        lo = bisect_left(kept, (s.start - longest, -1))
        hi = bisect_left(kept, (s.end, -1))
        if any(a < s.start < b < s.end or s.start < a < s.end < b for a, b in kept[lo:hi]):
            continue
        insort(kept, (s.start, s.end))
        longest = max(longest, s.end - s.start)
        seen.add(key)
        out.append(s)
    return out


def build_tree(parent, text: str, spans: list[Span]) -> None:
    """Append ``text`` to ``parent`` with ``spans`` (properly nested) as elements over it."""
    from lxml import etree

    stack = [(parent, len(text))]
    pos = 0

    def flush(upto: int) -> None:
        nonlocal pos
        if upto <= pos:
            return
        chunk = text[pos:upto]
        el = stack[-1][0]
        if len(el):
            el[-1].tail = (el[-1].tail or "") + chunk
        else:
            el.text = (el.text or "") + chunk
        pos = upto

    for s in sorted(spans, key=lambda s: (s.start, -s.end, s.rank)):
        while stack[-1][1] <= s.start and len(stack) > 1:
            flush(stack[-1][1])
            stack.pop()
        flush(s.start)
        el = etree.SubElement(stack[-1][0], t(s.tag), {k: v for k, v in s.attrs.items() if v is not None})
        stack.append((el, s.end))
    while len(stack) > 1:
        flush(stack[-1][1])
        stack.pop()
    flush(len(text))


# ---- the documents -----------------------------------------------------------------------------

def inline_spans(ad: AnnotatedDocument, doc_id: str, ids: Ids, index: EntityIndex, listed: set[str]) -> list[Span]:
    src = ad.document.source
    refs = {r.id for r in ad.references}
    spans = []
    for c in ad.citations:
        attrs = {"type": "citation"}
        if c.reference in refs:
            attrs["target"] = "#" + ids("bibl", doc_id, c.reference)
        spans.append(Span(c.start, c.end, RANK["citation"], "ref", attrs))
    for m in ad.mentions:
        tag, typ = NAME_TAGS.get(m.label, ("name", m.label.lower()))
        attrs = {"type": typ}
        eid = index.of(src, m.entity)
        if eid in listed:
            attrs["ref"] = "#" + ids("ent", eid)
        spans.append(Span(m.start, m.end, RANK["mention"], tag, attrs))
    for x in ad.timexes:
        spans.append(Span(x.start, x.end, RANK["timex"], "date", edtf_attrs(
            x.value, x.mod, x.type, {"edtf": x.edtf, "earliest": x.earliest, "latest": x.latest},
            x.anchored)))
    for v in ad.events:
        a, b = int(v.trigger.get("start", 0)), int(v.trigger.get("end", 0))
        spans.append(Span(a, b, RANK["trigger"], "seg", {"type": "event", "ana": "#" + ids(doc_id, v.id)}))
        for x in v.trigger.get("retold") or []:  # the same event told again: a second pointer to it
            spans.append(Span(int(x["start"]), int(x["end"]), RANK["trigger"], "seg",
                              {"type": "event", "subtype": "retold", "ana": "#" + ids(doc_id, v.id)}))
    return spans


def document_tei(ad: AnnotatedDocument, doc_id: str, ids: Ids, index: EntityIndex, listed: set[str],
                 work_of: dict[tuple[str, str], str]):
    from lxml import etree

    doc, meta = ad.document, ad.document.metadata
    root = etree.Element(t("TEI"), {XML_ID: doc_id})
    header = etree.SubElement(root, t("teiHeader"))
    fdesc = etree.SubElement(header, t("fileDesc"))
    tstmt = etree.SubElement(fdesc, t("titleStmt"))
    _sub(tstmt, "title", meta.title or doc.source)
    if meta.author:
        _sub(tstmt, "author", meta.author)
    pstmt = etree.SubElement(fdesc, t("publicationStmt"))
    _sub(pstmt, "p", "Annotated by historiograph from the source file named below.")
    sdesc = etree.SubElement(fdesc, t("sourceDesc"))
    bibl = etree.SubElement(sdesc, t("bibl"))
    if meta.title:
        _sub(bibl, "title", meta.title)
    if meta.author:
        _sub(bibl, "author", meta.author)
    if meta.published:
        _sub(bibl, "date", meta.published, date_attrs(meta.published))
    _sub(bibl, "idno", doc.source, {"type": "source"})
    if doc.sha256:
        _sub(bibl, "idno", doc.sha256, {"type": "sha256"})
    qf = meta.quoted_from
    if qf and (qf.title or qf.author):
        quoted = etree.SubElement(sdesc, t("bibl"), {"type": "quotedFrom"})
        if qf.title:
            _sub(quoted, "title", qf.title)
        if qf.author:
            _sub(quoted, "author", qf.author)
        if qf.page:
            _sub(quoted, "biblScope", qf.page, {"unit": "page"})

    if ad.events:
        stand = etree.SubElement(root, t("standOff"))
        levents = etree.SubElement(stand, t("listEvent"))
        for v in ad.events:
            _event(levents, ad, v, doc_id, ids, index, listed)

    text_el = etree.SubElement(root, t("text"))
    body = etree.SubElement(text_el, t("body"), {f"{{{XML_NS}}}space": "preserve"})
    text = xml_safe(ad.text)
    structure, spans = [], []
    for a, b, kind in zones_of(ad):
        spans.append(Span(a, b, 0, "div", {"type": kind}))
        for pa, pb in paragraphs(text, a, b, by_line=kind == "references"):  # one entry a line
            structure.append((pa, pb))
            spans.append(Span(pa, pb, 1, "p"))
    spans += place_inline(structure, inline_spans(ad, doc_id, ids, index, listed))
    build_tree(body, text, spans)

    if ad.references:
        back = etree.SubElement(text_el, t("back"))
        div = etree.SubElement(back, t("div"), {"type": "bibliography"})
        lbibl = etree.SubElement(div, t("listBibl"))
        known = {x.id for x in ad.references}
        for r in ad.references:
            _reference(lbibl, r, doc_id, ids, work_of.get((doc.source, r.id)), known)
    return root


def _sub(parent, tag: str, text: str | None, attrs: dict[str, str] | None = None):
    from lxml import etree

    el = etree.SubElement(parent, t(tag), attrs or {})
    if text:
        el.text = xml_safe(str(text))
    return el


def _event(parent, ad: AnnotatedDocument, v, doc_id: str, ids: Ids, index: EntityIndex, listed: set[str]) -> None:
    from lxml import etree

    src = ad.document.source
    time = v.time or {}
    ev = etree.SubElement(parent, t("event"), {XML_ID: ids(doc_id, v.id), "type": v.type,
                                                **edtf_attrs(time.get("value"), time.get("mod"), "DATE", time)})
    _sub(ev, "label", v.trigger.get("text") or v.type)
    desc = etree.SubElement(ev, t("desc"))
    items = [(p.role, p.entity, p) for p in v.participants] + ([("place", v.place, None)] if v.place else [])
    for i, (role, local, p) in enumerate(items):
        ent = ad.entity(local)
        eid = index.of(src, local)
        if ent is None and p is not None and (p.text or p.name):  # "the rebels": described, no entity
            rs = _sub(desc, "rs", p.text or p.name, {"type": role, **({"subtype": p.kind} if p.kind else {})})
        else:
            rs = _sub(desc, "rs", ent.name if ent else local, {"type": role})
        if eid in listed:
            rs.set("ref", "#" + ids("ent", eid))
        rs.tail = "; " if i < len(items) - 1 else None
    _sub(ev, "note", v.certainty, {"type": "certainty"})
    _sub(ev, "note", prov_label(v.provenance), {"type": "provenance"})
    cites = resolve_citations(ad, v.citations)
    if cites:
        note = etree.SubElement(ev, t("note"), {"type": "citations"})
        for rid in cites:
            etree.SubElement(note, t("ptr"), {"target": "#" + ids("bibl", doc_id, rid)})


def _reference(parent, r: Reference, doc_id: str, ids: Ids, work: str | None, known: set[str]) -> None:
    from lxml import etree

    csl = r.csl or {}
    attrs = {XML_ID: ids("bibl", doc_id, r.id)}
    if r.label:
        attrs["n"] = r.label
    if work:
        attrs["corresp"] = "#" + ids("work", work)
    b = etree.SubElement(parent, t("bibl"), attrs)
    _csl_fields(b, csl)
    if r.full and r.full in known:
        etree.SubElement(b, t("ptr"), {"type": "full", "target": "#" + ids("bibl", doc_id, r.full)})
    _sub(b, "note", r.text, {"type": "source-text"})


def _csl_fields(b, csl: dict) -> None:
    for n in csl.get("author", []):
        if isinstance(n, dict):
            name = n.get("literal") or ", ".join(x for x in (n.get("family"), n.get("given")) if x)
            if name:
                _sub(b, "author", name)
    if csl.get("title"):
        _sub(b, "title", csl["title"], {"level": CSL_LEVELS.get(csl.get("type", ""), "m")})
    if csl.get("container-title"):
        level = "j" if str(csl.get("type", "")).startswith("article") else "m"
        _sub(b, "title", csl["container-title"], {"level": level})
    for key, unit in (("volume", "volume"), ("issue", "issue"), ("page", "page")):
        if csl.get(key):
            _sub(b, "biblScope", csl[key], {"unit": unit})
    if csl.get("publisher"):
        _sub(b, "publisher", csl["publisher"])
    if csl.get("publisher-place"):
        _sub(b, "pubPlace", csl["publisher-place"])
    parts = ((csl.get("issued") or {}).get("date-parts") or [[]])[0]
    try:
        issued = "-".join([f"{int(parts[0]):04d}", *(f"{int(p):02d}" for p in parts[1:3])]) if parts else None
    except (TypeError, ValueError):
        issued = None
    if issued:
        _sub(b, "date", issued, date_attrs(issued))
    for key in ("DOI", "ISBN", "ISSN", "URL"):
        if csl.get(key):
            _sub(b, "idno", csl[key], {"type": key})


# ---- the corpus --------------------------------------------------------------------------------

def _entity_lists(parent, entities: list[CorpusEntity], ids: Ids) -> set[str]:
    """Person, organisation and place records (and other named things) with every alias."""
    from lxml import etree

    groups = {"listPerson": [], "listOrg": [], "listPlace": [], "listNym": []}
    for e in entities:
        key = ("listPerson" if e.label in ("PERSON", "NORP") else "listOrg" if e.label == "ORG"
               else "listPlace" if e.label in PLACE_LABELS else "listNym")
        groups[key].append(e)
    listed = set()
    for list_tag, ents in groups.items():
        if not ents:
            continue
        lst = etree.SubElement(parent, t(list_tag))
        for e in ents:
            names = [e.name, *(a for a in e.aliases if a != e.name)]
            attrs = {XML_ID: ids("ent", e.id)}
            if list_tag == "listPerson":
                rec = etree.SubElement(lst, t("personGrp" if e.label == "NORP" else "person"), attrs)
                for n in names:
                    _sub(rec, "persName", n)
            elif list_tag == "listOrg":
                rec = etree.SubElement(lst, t("org"), attrs)
                for n in names:
                    _sub(rec, "orgName", n)
            elif list_tag == "listPlace":
                rec = etree.SubElement(lst, t("place"), {**attrs, "type": e.label.lower()})
                for n in names:
                    _sub(rec, "placeName", n)
                p = e.place or {}
                if coordinates(p):
                    _sub(etree.SubElement(rec, t("location")), "geo", "{} {}".format(*coordinates(p)))
                if p.get("geonameid"):
                    _sub(rec, "idno", f"https://sws.geonames.org/{p['geonameid']}/", {"type": "geonames"})
            else:
                rec = etree.SubElement(lst, t("nym"), {**attrs, "type": e.label.lower()})
                for n in names:
                    _sub(rec, "form", n)
            _sub(rec, "note", prov_label(e.provenance), {"type": "provenance"})
            listed.add(e.id)
    return listed


def corpus_tei(tables: CorpusTables, docs: list[AnnotatedDocument]):
    from lxml import etree

    ids = Ids()
    index = entity_index(tables, docs)
    work_of = work_of_reference(tables)
    root = etree.Element(t("teiCorpus"), nsmap={None: TEI_NS})
    header = etree.SubElement(root, t("teiHeader"))
    fdesc = etree.SubElement(header, t("fileDesc"))
    _sub(etree.SubElement(fdesc, t("titleStmt")), "title", "historiograph corpus")
    _sub(etree.SubElement(fdesc, t("publicationStmt")), "p", "Exported by historiograph.")
    _sub(etree.SubElement(fdesc, t("sourceDesc")), "p",
         f"{len(docs)} documents, annotated with entities, dates, citations and events.")
    listed: set[str] = set()
    if index.entities or tables.works:
        stand = etree.SubElement(root, t("standOff"))
        listed = _entity_lists(stand, index.entities, ids)
        if tables.works:
            lb = etree.SubElement(stand, t("listBibl"), {"type": "works"})
            for w in tables.works:
                _csl_fields(etree.SubElement(lb, t("bibl"), {XML_ID: ids("work", w.id)}), w.csl or {})
    for n, ad in enumerate(docs, 1):
        root.append(document_tei(ad, ids("d", str(n)), ids, index, listed, work_of))
    return root


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> bytes:
    from lxml import etree

    return etree.tostring(corpus_tei(tables, docs), xml_declaration=True, encoding="UTF-8", pretty_print=False)

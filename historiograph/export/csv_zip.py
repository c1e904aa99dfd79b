"""The corpus as a zip of CSV files, one per table, for spreadsheets, R and pandas.

Each file is UTF-8 with a header row; a list in a cell is joined with " | "; a record (CSL, numbers)
is JSON. A participant no entity stands for ("the rebels", "the governor of Savoy") is in the
``described_participants`` column as role:kind:text. ``datapackage.json`` describes the files as a Frictionless Data Package (names and types of
the columns), so tools that know that format load the tables with their types. The archive is
deterministic: the same corpus gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from typing import Any, Iterable

from .provenance import label
from ..model import AnnotatedDocument, CorpusTables, EvidenceSpan
from .common import entity_index, events

SEP = " | "
# A cell a spreadsheet would run as a formula ("=HYPERLINK(...)" in a title): written with a leading
# apostrophe, as OWASP advises. Signed numbers and TIMEX values ("-0044-03-15") stay as they are: they
# can call nothing.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_VALUE = re.compile(r"[+-]?\d[\d.:T-]*")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, tuple)):
        value = SEP.join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_VALUE.fullmatch(value):
        return "'" + value
    return value


EDTF_COLUMNS = ("edtf", "earliest", "latest")


def _spans(spans: Iterable[EvidenceSpan]) -> str:
    return SEP.join(f"{s.source}:{s.start}-{s.end}" for s in spans)


def tables_of(tables: CorpusTables, docs: list[AnnotatedDocument]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """table name -> (columns, rows)."""
    index = entity_index(tables, docs)
    views = events(tables, docs, index)
    timeline = [v.entry for v in views]
    dates = {v.entry.id: v.dates for v in views}
    out: dict[str, tuple[list[str], list[list[Any]]]] = {}

    def add(name: str, columns: str, rows: list[list[Any]]) -> None:
        out[name] = (columns.split(), [[_cell(v) for v in r] for r in rows])

    add("documents", "source title author published words format sha256 quoted_from_title quoted_from_author "
        "quoted_from_page",
        [[d.document.source, m.title, m.author, m.published, d.document.words, d.document.format, d.document.sha256,
          *((m.quoted_from.title, m.quoted_from.author, m.quoted_from.page) if m.quoted_from else ("", "", ""))]
         for d in docs for m in [d.document.metadata]])
    add("mentions", "source start end text label entity corpus_entity zone provenance",
        [[d.document.source, m.start, m.end, m.text, m.label, m.entity, index.of(d.document.source, m.entity), m.zone,
          label(m.provenance)] for d in docs for m in d.mentions])
    add("entities", "id name label aliases documents mentions members lat lon country geonameid modern_name period "
        "provenance",
        [[e.id, e.name, e.label, e.aliases, e.documents, e.mentions, [f"{s}#{i}" for s, i in e.members],
          *((e.place or {}).get(k) for k in ("lat", "lon", "country", "geonameid", "modern_name", "period")),
          label(e.provenance)] for e in index.entities])
    add("timeline", "id date mod edtf earliest latest type summary participants place certainty entity_ids members "
        "sources provenance described_participants",
        [[t.id, t.date, t.mod, *(dates[t.id].get(k) for k in EDTF_COLUMNS), t.type, t.summary, t.participants,
          t.place, t.certainty, t.entity_ids, [f"{s}#{i}" for s, i in t.members], _spans(t.sources),
          label(t.provenance), [_described(x.role, x.kind, x.label) for x in v.described]]
         for v in views for t in [v.entry]])
    add("conflicts", "id kind message evidence provenance",
        [[i, c.kind, c.message, _spans(c.evidence), label(c.provenance)] for i, c in enumerate(tables.conflicts, 1)])
    add("evidence", "table id source start end text citations retold",
        [["timeline", t.id, s.source, s.start, s.end, s.text, s.citations, s.retold] for t in timeline
         for s in t.sources]
        + [["conflicts", i, s.source, s.start, s.end, s.text, s.citations, s.retold]
           for i, c in enumerate(tables.conflicts, 1) for s in c.evidence])
    add("works", "id type title authors issued container_title DOI ISBN cited_by csl",
        [[w.id, (w.csl or {}).get("type"), (w.csl or {}).get("title"), _authors(w.csl or {}),
          _issued(w.csl or {}), (w.csl or {}).get("container-title"), (w.csl or {}).get("DOI"),
          (w.csl or {}).get("ISBN"), [f"{s}#{r}" for s, r in w.cited_by], w.csl or {}] for w in tables.works])
    add("timexes", "source start end text type value mod edtf earliest latest bibliographic anchor",
        [[d.document.source, t.start, t.end, t.text, t.type, t.value, t.mod, t.edtf, t.earliest, t.latest,
          t.bibliographic, t.anchor] for d in docs for t in d.timexes])
    add("citations", "source start end text reference page",
        [[d.document.source, c.start, c.end, c.text, c.reference, c.page] for d in docs for c in d.citations])
    add("references", "source id label text start end full csl",
        [[d.document.source, r.id, r.label, r.text, r.start, r.end, r.full, r.csl] for d in docs for r in d.references])
    add("events", "source id type trigger_start trigger_end trigger_text sentence_start sentence_end time_value "
        "time_mod time_edtf time_earliest time_latest place place_entity participants participant_entities certainty "
        "attributed_to citations numbers provenance described_participants",
        [[d.document.source, v.id, v.type, v.trigger.get("start"), v.trigger.get("end"), v.trigger.get("text"),
          v.sentence.get("start"), v.sentence.get("end"), (v.time or {}).get("value"), (v.time or {}).get("mod"),
          *((v.time or {}).get(k) for k in EDTF_COLUMNS), v.place, index.of(d.document.source, v.place),
          [f"{p.role}:{p.entity or ''}" for p in v.participants],
          [f"{p.role}:{index.of(d.document.source, p.entity) or ''}" for p in v.participants],
          v.certainty, v.attributed_to, v.citations, v.numbers or "", label(v.provenance),
          [_described(p.role, p.kind, p.text or p.name) for p in v.participants if not p.entity and (p.text or p.name)]]
         for d in docs for v in d.events])
    add("issues", "source kind start end message",
        [[d.document.source, i.kind, i.start, i.end, i.message] for d in docs for i in d.issues])
    return out


def _described(role: str, kind: str | None, text: str) -> str:
    """A participant no entity stands for: "agent:group:the rebels" (kind empty for a bare name)."""
    return f"{role}:{kind or ''}:{text}"


def _authors(csl: dict[str, Any]) -> list[str]:
    return [" ".join(x for x in (n.get("given"), n.get("family"), n.get("literal")) if x)
            for n in csl.get("author", []) if isinstance(n, dict)]


def _issued(csl: dict[str, Any]) -> str:
    parts = ((csl.get("issued") or {}).get("date-parts") or [[]])[0]
    return "-".join(str(p) for p in parts)


def _type(values: list[Any]) -> str:
    present = [v for v in values if v != ""]
    if present and all(isinstance(v, int) for v in present):
        return "integer"
    if present and all(isinstance(v, (int, float)) for v in present):
        return "number"
    return "string"


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> bytes:
    buf = io.BytesIO()
    resources = []
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, (columns, rows) in tables_of(tables, docs).items():
            text = io.StringIO()
            w = csv.writer(text, lineterminator="\n")
            w.writerow(columns)
            w.writerows(rows)
            _write(z, f"{name}.csv", text.getvalue())
            fields = [{"name": c, "type": _type([r[i] for r in rows])} for i, c in enumerate(columns)]
            resources.append({"name": name, "path": f"{name}.csv", "format": "csv", "encoding": "utf-8",
                              "schema": {"fields": fields}})
        _write(z, "datapackage.json", json.dumps({"name": "historiograph-corpus", "profile": "tabular-data-package",
                                                  "resources": resources}, indent=1))
    return buf.getvalue()


def _write(z: zipfile.ZipFile, name: str, text: str) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    z.writestr(info, text.encode("utf-8"))

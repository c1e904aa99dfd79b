"""The corpus database (SQLite). Nothing outside this package writes SQL.

Each document is written in one transaction (its old rows replaced), so a build killed at any moment
leaves every document either wholly old or wholly new; the corpus tables are likewise replaced in
one transaction and marked with the set of documents they were computed from.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from ..model import (AnnotatedDocument, Conflict, CorpusEntity, CorpusTables, EvidenceSpan,
                     TimelineEntry, Work)

SCHEMA_VERSION = 1


class SchemaError(RuntimeError):
    pass


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class Corpus:
    """A corpus database: documents with their annotations, and the corpus-level tables."""

    def __init__(self, path: str | Path = "historiograph.db", readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            if not self.path.is_file():
                raise FileNotFoundError(f"{self.path}: no such corpus database")
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            self._migrate()
        else:
            self._check_version()

    # ---- schema --------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._version()
        if version is not None and version != SCHEMA_VERSION:
            raise SchemaError(f"{self.path}: schema version {version}, this historiograph needs "
                              f"{SCHEMA_VERSION}; rebuild the corpus into a new database")
        with self.conn:
            self.conn.executescript(resources.files(__package__).joinpath("schema.sql").read_text())
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def _version(self) -> int | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            return None
        return int(row[0]) if row else None

    def _check_version(self) -> None:
        version = self._version()
        if version != SCHEMA_VERSION:
            raise SchemaError(f"{self.path}: not a historiograph corpus of schema {SCHEMA_VERSION}")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- documents -----------------------------------------------------------------------------
    def known(self) -> dict[str, sqlite3.Row]:
        """source -> row (sha256, size, mtime_ns) of every stored document."""
        rows = self.conn.execute("SELECT source, path, sha256, size, mtime_ns FROM documents")
        return {r["source"]: r for r in rows}

    def touch(self, source: str, size: int, mtime_ns: int) -> None:
        """Record a new mtime for a file whose content did not change."""
        with self.conn:
            self.conn.execute("UPDATE documents SET size=?, mtime_ns=? WHERE source=?", (size, mtime_ns, source))

    def put(self, data: dict[str, Any], path: str, size: int | None = None, mtime_ns: int | None = None) -> None:
        """Write one annotated document (spec JSON) in one transaction, replacing what it had."""
        meta = data["metadata"]
        with self.conn:
            self.conn.execute("DELETE FROM documents WHERE source=?", (data["source"],))
            self.conn.execute("DELETE FROM search WHERE kind='document' AND key=?", (data["source"],))
            cur = self.conn.execute(
                "INSERT INTO documents (source, path, sha256, size, mtime_ns, format, title, author, published,"
                " quoted_from, words, text, annotations, built_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (data["source"], path, data.get("sha256", ""), size, mtime_ns, data.get("format"),
                 meta.get("title"), meta.get("author"), meta.get("published"), _dumps(meta.get("quoted_from")),
                 len(data["text"].split()), data["text"], json.dumps(data, ensure_ascii=False),
                 datetime.now(timezone.utc).isoformat(timespec="seconds")))
            doc_id = cur.lastrowid
            self._put_annotations(doc_id, data)
            self.conn.execute("INSERT INTO search (kind, key, title, body) VALUES ('document', ?, ?, ?)",
                              (data["source"], meta.get("title") or data["source"], data["text"]))

    def _put_annotations(self, doc_id: int, d: dict[str, Any]) -> None:
        ex = self.conn.executemany
        ex("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
           [(doc_id, m["start"], m["end"], m["text"], m["label"], m.get("entity"), m.get("zone")) for m in d["mentions"]])
        ex("INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
           [(doc_id, e["id"], e["name"], e["label"], _dumps(e.get("aliases", [])), _dumps(e.get("place")),
             e.get("refers_to")) for e in d["entities"]])
        ex("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?)",
           [(doc_id, t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod"),
             int(bool(t.get("bibliographic")))) for t in d["timexes"]])
        ex("INSERT INTO citations VALUES (?,?,?,?,?,?)",
           [(doc_id, c["start"], c["end"], c["text"], c.get("reference"), c.get("page")) for c in d["citations"]])
        ex("INSERT INTO refs VALUES (?,?,?,?,?,?,?,?)",
           [(doc_id, r["id"], r.get("label"), r["text"], _dumps(r.get("csl")), r.get("start"), r.get("end"),
             r.get("full")) for r in d["references"]])
        ex("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
           [(doc_id, v["id"], v["type"], v["trigger"]["start"], v["trigger"]["end"], v["sentence"]["start"],
             v["sentence"]["end"], (v.get("time") or {}).get("value"), (v.get("time") or {}).get("mod"),
             v.get("place"), v.get("certainty"), v.get("attributed_to"), _dumps(v)) for v in d["events"]])
        ex("INSERT INTO issues VALUES (?,?,?,?,?)",
           [(doc_id, i["kind"], i["start"], i["end"], i["message"]) for i in d["issues"]])

    def remove(self, sources: Iterable[str]) -> list[str]:
        """Drop documents (and their annotations). Returns the sources actually removed."""
        removed = []
        with self.conn:
            for source in sources:
                cur = self.conn.execute("DELETE FROM documents WHERE source=?", (source,))
                if cur.rowcount:
                    self.conn.execute("DELETE FROM search WHERE kind='document' AND key=?", (source,))
                    removed.append(source)
        return removed

    def sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT source FROM documents ORDER BY source")]

    def annotated(self, source: str) -> AnnotatedDocument | None:
        row = self.conn.execute("SELECT annotations FROM documents WHERE source=?", (source,)).fetchone()
        return AnnotatedDocument.from_json(json.loads(row[0])) if row else None

    def annotated_json(self, source: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT annotations FROM documents WHERE source=?", (source,)).fetchone()
        return json.loads(row[0]) if row else None

    def all_annotated(self) -> list[AnnotatedDocument]:
        rows = self.conn.execute("SELECT annotations FROM documents ORDER BY source")
        return [AnnotatedDocument.from_json(json.loads(r[0])) for r in rows]

    def documents(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, title, author, published, words, sha256, format, quoted_from FROM documents ORDER BY source")
        return [{"source": r["source"], "title": r["title"], "author": r["author"], "published": r["published"],
                 "words": r["words"], "sha256": r["sha256"], "format": r["format"],
                 "quoted_from": _loads(r["quoted_from"])} for r in rows]

    # ---- corpus tables -------------------------------------------------------------------------
    def fingerprint(self) -> str:
        """A hash of the documents the corpus tables should be computed from."""
        h = hashlib.sha256()
        for r in self.conn.execute("SELECT source, sha256, built_at FROM documents ORDER BY source"):
            h.update(f"{r[0]}\0{r[1]}\0{r[2]}\n".encode())
        return h.hexdigest()

    def corpus_is_current(self) -> bool:
        row = self.conn.execute("SELECT value FROM meta WHERE key='corpus_fingerprint'").fetchone()
        return bool(row) and row[0] == self.fingerprint()

    def put_corpus(self, tables: CorpusTables) -> None:
        """Replace every corpus-level table in one transaction."""
        fp = self.fingerprint()
        with self.conn:
            for table in ("corpus_entities", "corpus_entity_members", "timeline", "timeline_members",
                          "conflicts", "works"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("DELETE FROM search WHERE kind IN ('entity', 'event')")
            self.conn.executemany(
                "INSERT INTO corpus_entities VALUES (?,?,?,?,?,?,?)",
                [(e.id, e.name, e.label, _dumps(e.aliases), _dumps(e.documents), e.mentions, _dumps(e.place))
                 for e in tables.entities])
            self.conn.executemany(
                "INSERT INTO corpus_entity_members VALUES (?,?,?)",
                [(e.id, src, local) for e in tables.entities for src, local in e.members])
            self.conn.executemany(
                "INSERT INTO search (kind, key, title, body) VALUES ('entity', ?, ?, ?)",
                [(e.id, e.name, " ".join([e.name, *e.aliases])) for e in tables.entities])
            self.conn.executemany(
                "INSERT INTO timeline VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(t.id, i, t.date, t.mod, t.type, t.summary, _dumps(t.participants), t.place, t.certainty,
                  _dumps([asdict(s) for s in t.sources]), _dumps(t.entity_ids), int(t.inferred))
                 for i, t in enumerate(tables.timeline)])
            self.conn.executemany(
                "INSERT INTO timeline_members VALUES (?,?,?)",
                [(t.id, src, local) for t in tables.timeline for src, local in t.members])
            self.conn.executemany(
                "INSERT INTO search (kind, key, title, body) VALUES ('event', ?, ?, ?)",
                [(t.id, t.summary, " ".join([t.summary, t.type, *t.participants, *(s.text for s in t.sources)]))
                 for t in tables.timeline])
            self.conn.executemany(
                "INSERT INTO conflicts (kind, message, evidence) VALUES (?,?,?)",
                [(c.kind, c.message, _dumps([asdict(s) for s in c.evidence])) for c in tables.conflicts])
            self.conn.executemany(
                "INSERT INTO works VALUES (?,?,?)",
                [(w.id, _dumps(w.csl), _dumps([list(x) for x in w.cited_by])) for w in tables.works])
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('corpus_fingerprint', ?)", (fp,))

    def tables(self) -> CorpusTables:
        """The corpus tables as model objects (for exports and the reader)."""
        return CorpusTables(entities=self.corpus_entities(), timeline=self.timeline_entries(),
                            conflicts=self.conflict_list(), works=self.works())

    def _members(self, table: str, key: str) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for r in self.conn.execute(f"SELECT {key}, source, local_id FROM {table}"):
            out.setdefault(r[0], []).append((r[1], r[2]))
        return out

    def corpus_entities(self) -> list[CorpusEntity]:
        members = self._members("corpus_entity_members", "entity_id")
        return [CorpusEntity(id=r["id"], name=r["name"], label=r["label"], aliases=_loads(r["aliases"]),
                             documents=_loads(r["documents"]), mentions=r["mentions"],
                             members=members.get(r["id"], []), place=_loads(r["place"]))
                for r in self.conn.execute("SELECT * FROM corpus_entities ORDER BY id")]

    def timeline_entries(self) -> list[TimelineEntry]:
        members = self._members("timeline_members", "entry_id")
        return [TimelineEntry(id=r["id"], date=r["date"], type=r["type"], summary=r["summary"],
                              participants=_loads(r["participants"]), place=r["place"],
                              sources=[EvidenceSpan(**s) for s in _loads(r["sources"])], mod=r["mod"],
                              certainty=r["certainty"], members=members.get(r["id"], []),
                              entity_ids=_loads(r["entity_ids"]) or [], inferred=bool(r["inferred"]))
                for r in self.conn.execute("SELECT * FROM timeline ORDER BY position")]

    def conflict_list(self) -> list[Conflict]:
        return [Conflict(kind=r["kind"], message=r["message"],
                         evidence=[EvidenceSpan(**s) for s in _loads(r["evidence"])])
                for r in self.conn.execute("SELECT * FROM conflicts ORDER BY id")]

    def works(self) -> list[Work]:
        return [Work(id=r["id"], csl=_loads(r["csl"]), cited_by=[tuple(x) for x in _loads(r["cited_by"])])
                for r in self.conn.execute("SELECT * FROM works ORDER BY id")]

    # ---- the JSON of the corpus commands (spec) -------------------------------------------------
    def timeline(self) -> list[dict[str, Any]]:
        return [{"id": t.id, "date": t.date, "mod": t.mod, "inferred": t.inferred, "type": t.type,
                 "summary": t.summary, "participants": t.participants, "place": t.place, "certainty": t.certainty,
                 "sources": [{"source": s.source, "start": s.start, "end": s.end, "text": s.text,
                              "citations": s.citations} for s in t.sources]}
                for t in self.timeline_entries()]

    def entities(self) -> list[dict[str, Any]]:
        return [{"id": e.id, "name": e.name, "label": e.label, "aliases": e.aliases, "documents": e.documents,
                 "mentions": e.mentions, "place": e.place} for e in self.corpus_entities()]

    def conflicts(self) -> list[dict[str, Any]]:
        return [{"kind": c.kind, "message": c.message, "evidence": [asdict(s) for s in c.evidence]}
                for c in self.conflict_list()]

    def entity_id_of(self, source: str, local_id: str) -> str | None:
        row = self.conn.execute("SELECT entity_id FROM corpus_entity_members WHERE source=? AND local_id=?",
                                (source, local_id)).fetchone()
        return row[0] if row else None

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search (FTS5) over documents, entities and events; bad syntax is searched as words."""
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT kind, key, title, snippet(search, 3, '[', ']', '…', 12) AS snippet FROM search "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (terms, limit))
        return [dict(r) for r in rows]

    def ask(self, question: str, **llm: Any) -> dict[str, Any]:
        """Answer a question from this corpus's evidence (historiograph.ask; llm_url=... for prose)."""
        from ..ask import ask

        return ask(self, question, **llm)

    # ---- for the reader (historiograph.web) ------------------------------------------------------
    def entity_map(self, source: str) -> dict[str, str]:
        """local entity id -> corpus entity id, for every entity of one document (one query, not one per mention)."""
        rows = self.conn.execute("SELECT local_id, entity_id FROM corpus_entity_members WHERE source=?", (source,))
        return {r[0]: r[1] for r in rows}

    def annotation_counts(self) -> dict[str, dict[str, int]]:
        """source -> how many mentions, timexes, citations, references, events and issues it carries."""
        tables = ("mentions", "timexes", "citations", "refs", "events", "issues")
        cols = ", ".join(f"(SELECT count(*) FROM {t} WHERE {t}.doc_id = d.id) AS {t}" for t in tables)
        rows = self.conn.execute(f"SELECT d.source, {cols} FROM documents d ORDER BY d.source")
        return {r["source"]: {("references" if t == "refs" else t): r[t] for t in tables} for r in rows}

    def search_marked(self, query: str, limit: int = 50, before: str = "\x02",
                      after: str = "\x03") -> list[dict[str, Any]]:
        """As `search`, but the snippet marks hits with control characters that no text contains, so that
        a view can escape the snippet and then mark the hits (brackets are common in historical text)."""
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT kind, key, title, snippet(search, 3, ?, ?, '…', 16) AS snippet FROM search "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (before, after, terms, limit))
        return [dict(r) for r in rows]

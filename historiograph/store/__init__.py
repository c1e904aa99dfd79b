"""The corpus database (SQLite). Nothing outside this package writes SQL.

Each document is written in one transaction (its old rows replaced), so a build killed at any moment
leaves every document either wholly old or wholly new; the corpus tables are likewise replaced in
one transaction and marked with the set of documents they were computed from.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path, PurePath
from typing import Any, Iterable, Iterator
from urllib.parse import quote

from ..model import (AnnotatedDocument, Conflict, CorpusEntity, CorpusTables, EvidenceSpan,
                     TimelineEntry, Work)
from .corrections import CorrectionsStore, _has_column, migrate_to_2
from .paging import Page, PagedQueries, ensure_indexes

__all__ = ["Corpus", "Page", "SchemaError"]

CORPUS_ROWIDS = 1 << 40  # search rows of entities and events; a document's search row is its id
SCHEMA_VERSION = 5  # 5: timeline.confidence; 2: documents.name and the index tables of the reader's paged queries; 3: corrections;
# 4: conflicts as groups, timeline intervals, what the incremental corpus stage keeps
MACHINE = {"by": "machine"}  # the provenance of a fact no person confirmed or changed


def migrate_paging(conn: sqlite3.Connection) -> None:
    """Version 1 -> 2: what the reader's paged queries index. The corpus tables are recomputed by the
    next build."""
    if not _has_column(conn, "documents", "name"):
        conn.execute("ALTER TABLE documents ADD COLUMN name TEXT")
        for (source,) in conn.execute("SELECT source FROM documents").fetchall():
            conn.execute("UPDATE documents SET name=? WHERE source=?", (PurePath(source).name, source))
    conn.execute("DELETE FROM search")  # re-keyed by rowid; corpus rows come with the next build
    conn.execute("INSERT INTO search (rowid, kind, key, title, body) SELECT id, 'document', source,"
                 " coalesce(title, source), text FROM documents")
    conn.execute("DELETE FROM meta WHERE key='corpus_fingerprint'")


def migrate_incremental(conn: sqlite3.Connection) -> None:
    """Version 3 -> 4. Only adds, and can run again: conflicts as groups (the timeline entry, what is
    disputed, each value with its accounts), the timeline's EDTF interval, and what the incremental
    corpus stage keeps (the documents the corpus tables were computed from and their blocking keys, the
    search row of each corpus row, the documents citing each work). The next build recomputes it all."""
    for table, column in (("conflicts", "entry_id"), ("conflicts", "disputed"), ("conflicts", "sides"),
                          ("timeline", "edtf"), ("timeline", "earliest"), ("timeline", "latest"),
                          ("timeline", "search_rowid"), ("corpus_entities", "search_rowid"),
                          ("timeline", "sort_key"), ("conflicts", "sort_key")):
        if not _has_column(conn, table, column):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {'INTEGER' if column == 'search_rowid' else 'TEXT'}")
    conn.execute("CREATE TABLE IF NOT EXISTS corpus_docs (source TEXT PRIMARY KEY, stamp TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS corpus_keys (key TEXT, source TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS ck_key ON corpus_keys(key)")
    conn.execute("CREATE INDEX IF NOT EXISTS ck_source ON corpus_keys(source)")
    conn.execute("CREATE TABLE IF NOT EXISTS work_sources (work_id TEXT, source TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS ws_source ON work_sources(source)")
    conn.execute("CREATE INDEX IF NOT EXISTS conflicts_entry ON conflicts(entry_id)")
    conn.execute("DELETE FROM corpus_docs")
    conn.execute("DELETE FROM meta WHERE key='corpus_fingerprint'")


def migrate_confidence(conn: sqlite3.Connection) -> None:
    """Version 4 -> 5. Only adds, and can run again: each timeline entry's confidence (the highest of
    its events'), so that the reader's default view filters on it in SQL. The next build recomputes."""
    if not _has_column(conn, "timeline", "confidence"):
        conn.execute("ALTER TABLE timeline ADD COLUMN confidence REAL")
    conn.execute("DELETE FROM corpus_docs")
    conn.execute("DELETE FROM meta WHERE key='corpus_fingerprint'")


# version -> the function that brings a database of the version before to it, in one transaction
MIGRATIONS = {2: migrate_paging, 3: migrate_to_2, 4: migrate_incremental, 5: migrate_confidence}


# the rows the incremental corpus stage compares with those it computed (as they are stored)
_TIMELINE_COLUMNS = ("date, mod, type, summary, participants, place, certainty, sources, entity_ids, inferred, "
                     "provenance, edtf, earliest, latest, sort_key, confidence")
_CONFLICT_COLUMNS = "kind, message, evidence, provenance, entry_id, disputed, sides, sort_key"
# what it looks rows up by (created when a corpus is opened for writing)
SPLICE_INDEXES = ("CREATE INDEX IF NOT EXISTS tm_entry ON timeline_members(entry_id)",
                  "CREATE INDEX IF NOT EXISTS cs_conflict ON conflict_sources(conflict_id)",
                  "CREATE INDEX IF NOT EXISTS ws_work ON work_sources(work_id)")


def _entity_row(e: CorpusEntity) -> tuple:
    return (e.id, e.name, e.label, _dumps(e.aliases), _dumps(e.documents), e.mentions, _dumps(e.place),
            _dumps(e.provenance), tuple((s, local) for s, local in e.members))


def _span_row(s: EvidenceSpan) -> dict:
    """An evidence span as stored: ``retold`` only where set, so rows written before it stay equal."""
    row = asdict(s)
    if not row["retold"]:
        del row["retold"]
    return row


def _timeline_row(t: TimelineEntry, sort_key: str) -> tuple:
    return (t.date, t.mod, t.type, t.summary, _dumps(t.participants), t.place, t.certainty,
            _dumps([_span_row(s) for s in t.sources]), _dumps(t.entity_ids), int(t.inferred), _dumps(t.provenance),
            t.edtf, t.earliest, t.latest, sort_key, t.confidence, tuple((s, local) for s, local in t.members))


def _conflict_row(c: Conflict, sort_key: str) -> tuple:
    return (c.kind, c.message, _dumps([_span_row(s) for s in c.evidence]), _dumps(c.provenance), c.entry, c.disputed,
            _dumps(c.values), sort_key)


def _work_row(w: Work) -> tuple:
    return (w.id, _dumps(w.csl), _dumps([list(x) for x in w.cited_by]))


class SchemaError(RuntimeError):
    pass


_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def _fts_terms(query: str) -> str:
    """A user's query as FTS5 phrases: every word quoted (so no FTS syntax), control characters (a NUL,
    the snippet markers) and lone surrogates dropped, length bounded."""
    words = _CONTROL.sub(" ", query[:1000]).split()[:32]
    return " ".join('"' + t.replace('"', '""') + '"' for t in words)


def _chunks(items: list[str], size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class Corpus(PagedQueries, CorrectionsStore):
    """A corpus database: documents with their annotations, and the corpus-level tables."""

    def __init__(self, path: str | Path = "historiograph.db", readonly: bool = False):
        """Open a corpus. Only a historiograph corpus is opened: any other file (not SQLite, truncated,
        someone else's SQLite database) gives a SchemaError of one line and is never modified. Read-only
        opening works in a read-only folder (where SQLite cannot create its -wal/-shm files)."""
        self.path = Path(path)
        self.readonly = readonly
        if readonly:
            if not self.path.is_file():
                raise FileNotFoundError(f"{self.path}: no such corpus database")
            self.conn = self._open_readonly()
        else:
            if self.path.exists() and not self.path.is_file():
                raise SchemaError(f"{self.path}: not a file")
            self.conn = sqlite3.connect(self.path, check_same_thread=False)
            self._closing_on_error(self._prepare_for_writes)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._closing_on_error(self._migrate if not readonly else self._check_version)

    def _prepare_for_writes(self) -> None:
        self._refuse_foreign()  # before any write: a foreign database stays as it was
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")

    def _closing_on_error(self, step) -> None:
        """Run one opening step; on failure close the connection and say in one line what the file is."""
        try:
            step()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise SchemaError(self._not_a_corpus(exc)) from None
        except SchemaError:
            self.conn.close()
            raise

    def _not_a_corpus(self, exc: Exception) -> str:
        return f"{self.path}: not a historiograph corpus ({str(exc) or 'not an SQLite database'}); it was not changed"

    def _open_readonly(self) -> sqlite3.Connection:
        uri = "file:" + quote(str(self.path.resolve()))
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # a WAL database in a folder we cannot write: SQLite cannot make its -shm file; the file
            # is then read as immutable (nobody can be writing it from here either)
            conn.close()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise SchemaError(self._not_a_corpus(exc)) from None
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise SchemaError(self._not_a_corpus(exc)) from None
        return conn

    def _refuse_foreign(self) -> None:
        """A database with tables but no historiograph schema version is someone else's."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and self._version() is None:
            raise SchemaError(f"{self.path}: an SQLite database that is not a historiograph corpus; "
                              "it was not changed (choose another --db)")

    # ---- schema --------------------------------------------------------------------------------
    def _migrate(self) -> None:
        version = self._version()
        if version is not None and (version > SCHEMA_VERSION or (version < SCHEMA_VERSION and
                                                                 (version + 1) not in MIGRATIONS)):
            raise SchemaError(f"{self.path}: schema version {version}, this historiograph needs "
                              f"{SCHEMA_VERSION}; rebuild the corpus into a new database")
        with self.conn:
            self.conn.executescript(resources.files(__package__).joinpath("schema.sql").read_text())
            if version is None:
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '1')")
                version = 1
        for v in range(version + 1, SCHEMA_VERSION + 1):  # each step whole or not at all
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[v](self.conn)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(v),))
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        self.conn.execute("CREATE INDEX IF NOT EXISTS documents_name ON documents(name)")
        ensure_indexes(self.conn)  # the reader's paged queries (store/paging.py)
        with self.conn:
            for sql in SPLICE_INDEXES:
                self.conn.execute(sql)

    def _version(self) -> int | None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            return int(row[0]) if row else None
        except (sqlite3.OperationalError, ValueError, TypeError):
            return None

    def _check_version(self) -> None:
        version = self._version()
        if version != SCHEMA_VERSION:
            hint = "; run `historiograph build` on it once to upgrade it" if version and version < SCHEMA_VERSION else ""
            raise SchemaError(f"{self.path}: not a historiograph corpus of schema {SCHEMA_VERSION}{hint}")

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
            self._delete_document(data["source"])
            cur = self.conn.execute(
                "INSERT INTO documents (source, path, sha256, size, mtime_ns, format, title, author, published,"
                " quoted_from, words, text, annotations, built_at, name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (data["source"], path, data.get("sha256", ""), size, mtime_ns, data.get("format"),
                 meta.get("title"), meta.get("author"), meta.get("published"), _dumps(meta.get("quoted_from")),
                 len(data["text"].split()), data["text"], json.dumps(data, ensure_ascii=False),
                 datetime.now(timezone.utc).isoformat(timespec="seconds"), PurePath(data["source"]).name))
            doc_id = cur.lastrowid
            self._put_annotations(doc_id, data)
            self.conn.execute("INSERT INTO search (rowid, kind, key, title, body) VALUES (?, 'document', ?, ?, ?)",
                              (doc_id, data["source"], meta.get("title") or data["source"], data["text"]))

    def _delete_document(self, source: str) -> bool:
        """Drop one document, its annotations and its search row (by rowid: the document's id, so that
        no write scans the search index; corpus rows live from CORPUS_ROWIDS on)."""
        row = self.conn.execute("SELECT id FROM documents WHERE source=?", (source,)).fetchone()
        if row is None:
            return False
        self.conn.execute("DELETE FROM documents WHERE id=?", (row[0],))
        self.conn.execute("DELETE FROM search WHERE rowid=?", (row[0],))
        return True

    def _put_annotations(self, doc_id: int, d: dict[str, Any]) -> None:
        ex = self.conn.executemany
        ex("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
           [(doc_id, m["start"], m["end"], m["text"], m["label"], m.get("entity"), m.get("zone")) for m in d["mentions"]])
        ex("INSERT INTO entities VALUES (?,?,?,?,?,?,?)",
           [(doc_id, e["id"], e["name"], e["label"], _dumps(e.get("aliases", [])), _dumps(e.get("place")),
             e.get("refers_to")) for e in d["entities"]])
        # a length counted from the story's time ("three days later") is kept as the date it leads to, which
        # is what corpus questions ask of a sentence's dates (time/counted.py)
        ex("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?)",
           [(doc_id, t["start"], t["end"], t["text"], "DATE" if t.get("anchored") else t["type"],
             t.get("anchored") or t["value"], t.get("mod"), int(bool(t.get("bibliographic")))) for t in d["timexes"]])
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
                if self._delete_document(source):
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
        return list(self.stream())

    def stream(self) -> "StoredDocs":
        """The documents for the corpus stage, read again at each of its passes (``StoredDocs``)."""
        return StoredDocs(self.conn)

    def documents(self, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT source, title, author, published, words, sha256, format, quoted_from FROM documents "
            "ORDER BY source LIMIT ? OFFSET ?", (-1 if limit is None else limit, offset))
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

    def put_corpus(self, tables: CorpusTables, keys: dict[str, set[str]] | None = None,
                   stamps: dict[str, str] | None = None) -> None:
        """Replace every corpus-level table in one transaction. ``keys`` (source -> blocking keys) and
        ``stamps`` (source -> what the document was when read) let the next change be incremental
        (``splice_corpus``); without them the next corpus stage is a whole one."""
        fp = self.fingerprint()
        with self.conn:
            for table in ("corpus_entities", "corpus_entity_members", "timeline", "timeline_members",
                          "timeline_entities", "conflicts", "conflict_sources", "works", "work_sources",
                          "corpus_docs", "corpus_keys"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("DELETE FROM search WHERE rowid >= ?", (CORPUS_ROWIDS,))
            self._insert_entities(tables.entities, CORPUS_ROWIDS)
            rowid = CORPUS_ROWIDS + len(tables.entities)
            self._insert_timeline(list(enumerate(tables.timeline)), rowid)
            self._insert_conflicts(list(enumerate(tables.conflicts, 1)))
            self._insert_works(tables.works)
            if keys is not None and stamps is not None:
                # every key anew: the key indexes built once after the rows, not row by row (half the time)
                self.conn.execute("DROP INDEX IF EXISTS ck_key")
                self.conn.execute("DROP INDEX IF EXISTS ck_source")
                self._put_state(keys, stamps)
                self.conn.execute("CREATE INDEX ck_key ON corpus_keys(key)")
                self.conn.execute("CREATE INDEX ck_source ON corpus_keys(source)")
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('corpus_fingerprint', ?)", (fp,))

    def _insert_entities(self, entities: list[CorpusEntity], rowid: int) -> None:
        rows = [(rowid + n, e) for n, e in enumerate(entities)]
        self.conn.executemany(
            "INSERT INTO corpus_entities (id, name, label, aliases, documents, mentions, place, provenance,"
            " search_rowid) VALUES (?,?,?,?,?,?,?,?,?)", [(*_entity_row(e)[:-1], r) for r, e in rows])
        self.conn.executemany(
            "INSERT INTO corpus_entity_members VALUES (?,?,?)",
            [(e.id, src, local) for e in entities for src, local in e.members])
        self.conn.executemany(
            "INSERT INTO search (rowid, kind, key, title, body) VALUES (?, 'entity', ?, ?, ?)",
            [(r, e.id, e.name, " ".join([e.name, *e.aliases])) for r, e in rows])

    def _insert_timeline(self, entries: list[tuple[int, TimelineEntry]], rowid: int) -> None:
        """(position, entry) rows; search rows from ``rowid`` on."""
        from ..corpus.events import order_key

        rows = [(rowid + n, i, t) for n, (i, t) in enumerate(entries)]
        self.conn.executemany(
            f"INSERT INTO timeline (id, position, search_rowid, {_TIMELINE_COLUMNS})"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(t.id, i, r, *_timeline_row(t, order_key(t))[:-1]) for r, i, t in rows])
        self.conn.executemany(
            "INSERT INTO timeline_members VALUES (?,?,?)",
            [(t.id, src, local) for _, t in entries for src, local in t.members])
        self.conn.executemany(
            "INSERT INTO timeline_entities VALUES (?,?,?)",
            [(t.id, eid, i) for i, t in entries for eid in dict.fromkeys(t.entity_ids)])
        self.conn.executemany(
            "INSERT INTO search (rowid, kind, key, title, body) VALUES (?, 'event', ?, ?, ?)",
            [(r, t.id, t.summary, " ".join([t.summary, t.type, *t.participants, *(s.text for s in t.sources)]))
             for r, _, t in rows])

    def _insert_conflicts(self, conflicts: list[tuple[int, Conflict]]) -> None:
        from ..corpus.conflicts import sort_key

        self.conn.executemany(
            f"INSERT INTO conflicts (id, {_CONFLICT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
            [(i, *_conflict_row(c, sort_key(c))) for i, c in conflicts])
        self.conn.executemany(
            "INSERT INTO conflict_sources VALUES (?,?)",
            [(i, src) for i, c in conflicts for src in dict.fromkeys(
                [s.source for s in c.evidence] + [a["source"] for v in c.values for a in v["accounts"]])])

    def _insert_works(self, works: list[Work]) -> None:
        self.conn.executemany("INSERT INTO works VALUES (?,?,?)", [_work_row(w) for w in works])
        self.conn.executemany("INSERT INTO work_sources VALUES (?,?)",
                              [(w.id, src) for w in works for src in dict.fromkeys(s for s, _ in w.cited_by)])

    def _put_state(self, keys: dict[str, set[str]], stamps: dict[str, str]) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO corpus_docs VALUES (?,?)", list(stamps.items()))
        self.conn.executemany("INSERT INTO corpus_keys VALUES (?,?)",
                              [(k, src) for src, ks in keys.items() for k in sorted(ks)])

    # ---- the incremental corpus stage (historiograph.corpus.incremental) ---------------------------
    def document_stamps(self) -> dict[str, str]:
        """source -> what the document is now (its hash and when it was stored)."""
        return {r[0]: f"{r[1]}@{r[2]}" for r in self.conn.execute("SELECT source, sha256, built_at FROM documents")}

    def corpus_stamps(self) -> dict[str, str]:
        """source -> the stamp of each document the corpus tables were computed from ({} when unknown)."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT source, stamp FROM corpus_docs")}

    def _rows_in(self, sql: str, values: Iterable) -> Iterator[tuple]:
        """Rows of ``sql`` whose ``IN ({marks})`` takes ``values``, asked in chunks (SQLite's variable limit)."""
        for chunk in _chunks(sorted(set(values))):
            yield from self.conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    def keys_of(self, sources: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_in("SELECT DISTINCT key FROM corpus_keys WHERE source IN ({marks})", sources)}

    def sources_with(self, keys: Iterable[str]) -> set[str]:
        return {r[0] for r in self._rows_in("SELECT DISTINCT source FROM corpus_keys WHERE key IN ({marks})", keys)}

    def annotated_many(self, sources: Iterable[str]) -> list[AnnotatedDocument]:
        return [AnnotatedDocument.from_json(json.loads(r[0]))
                for r in self._rows_in("SELECT annotations FROM documents WHERE source IN ({marks})", sources)]

    def keys_from(self, prefix: str) -> set[str]:
        """The distinct stored keys that begin with ``prefix`` (a range of the key index)."""
        return {r[0] for r in self.conn.execute("SELECT DISTINCT key FROM corpus_keys WHERE key >= ? AND key < ?",
                                                (prefix, prefix + "\U0010ffff"))}

    def cited(self, sources: Iterable[str]) -> list[AnnotatedDocument]:
        """Only what the bibliography step reads of each document (its references and the book it is an
        extract of), from the ``refs`` table: much less than the whole annotations."""
        from ..model import Document, Metadata, QuotedFrom, Reference

        out = []
        for chunk in _chunks(sorted(set(sources))):
            marks = ",".join("?" * len(chunk))
            docs = self.conn.execute(f"SELECT id, source, quoted_from FROM documents WHERE source IN ({marks})",
                                     chunk).fetchall()
            refs: dict[int, list[Reference]] = {}
            ids = [r[0] for r in docs]
            for r in self.conn.execute(f"SELECT doc_id, id, label, text, csl, start, \"end\", \"full\" FROM refs "
                                       f"WHERE doc_id IN ({','.join('?' * len(ids))}) ORDER BY doc_id, rowid", ids):
                refs.setdefault(r[0], []).append(Reference(r[1], r[2], r[3], _loads(r[4]) or {}, r[5], r[6], r[7]))
            for r in docs:
                qf = _loads(r[2])
                doc = Document(source=r[1], text="", metadata=Metadata(quoted_from=QuotedFrom(**qf) if qf else None))
                out.append(AnnotatedDocument(document=doc, references=refs.get(r[0], [])))
        return out

    def splice_corpus(self, linked: set[str], cited: set[str], tables: CorpusTables, keys: dict[str, set[str]],
                      stamps: dict[str, str], changed: set[str]) -> None:
        """Bring, in one transaction, the corpus rows of the ``linked`` documents (entities, timeline,
        conflicts) and the works of the ``cited`` id roots (``bibliography.id_root``) in line with
        ``tables``, computed from those documents (and those works' citations) alone (whole components:
        no entity, entry or conflict of theirs involves another document, no work another root). A row equal
        to the one computed is left in place; only the rows that differ are deleted and inserted, so
        untouched timeline entries keep their ids (new ones are numbered after the highest); positions and
        conflict numbers follow the whole order. ``keys`` and ``stamps`` replace the stored state of the
        ``changed`` documents."""
        fp = self.fingerprint()
        with self.conn:
            self._sources_table("linked", linked)
            self._splice_entities(tables.entities)
            renamed = self._splice_timeline(tables.timeline)
            for c in tables.conflicts:
                c.entry = renamed.get(c.entry, c.entry)
            self._splice_conflicts(tables.conflicts)
            self._splice_works(tables.works, cited)
            self._sources_table("changed", changed)
            self.conn.execute("DELETE FROM corpus_docs WHERE source IN (SELECT source FROM changed)")
            self.conn.execute("DELETE FROM corpus_keys WHERE source IN (SELECT source FROM changed)")
            self._put_state(keys, stamps)
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('corpus_fingerprint', ?)", (fp,))

    def _sources_table(self, name: str, sources: set[str]) -> None:
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (source TEXT PRIMARY KEY)")
        self.conn.execute(f"DELETE FROM {name}")
        self.conn.executemany(f"INSERT INTO {name} VALUES (?)", [(s,) for s in sources])

    def _next_search_rowid(self) -> int:
        top = self.conn.execute("SELECT max(rowid) FROM search").fetchone()[0] or 0
        return max(CORPUS_ROWIDS, top + 1)

    def _drop(self, table: str, link: str, column: str, ids: list, search: bool = False) -> None:
        """Delete rows by id with their link rows (and search rows)."""
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            if search:
                for (rowid,) in self.conn.execute(f"SELECT search_rowid FROM {table} WHERE id IN ({marks})",
                                                  chunk).fetchall():
                    self.conn.execute("DELETE FROM search WHERE rowid=?", (rowid,))
            self.conn.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)
            self.conn.execute(f"DELETE FROM {link} WHERE {column} IN ({marks})", chunk)

    def _splice_entities(self, entities: list[CorpusEntity]) -> None:
        old: dict[str, tuple] = {}
        members = {}
        for r in self.conn.execute("SELECT entity_id, source, local_id FROM corpus_entity_members WHERE entity_id IN "
                                   "(SELECT entity_id FROM corpus_entity_members WHERE source IN (SELECT source FROM linked))"
                                   " ORDER BY rowid"):
            members.setdefault(r[0], []).append((r[1], r[2]))
        for r in self._rows_in("SELECT id, name, label, aliases, documents, mentions, place, provenance FROM "
                               "corpus_entities WHERE id IN ({marks})", members):
            old[r[0]] = (*tuple(r), tuple(members[r[0]]))
        new = {e.id: _entity_row(e) for e in entities}
        self._drop("corpus_entities", "corpus_entity_members", "entity_id",
                   [i for i in old if new.get(i) != old[i]], search=True)
        self._insert_entities([e for e in entities if old.get(e.id) != new[e.id]], self._next_search_rowid())

    def _splice_timeline(self, entries: list[TimelineEntry]) -> dict[str, str]:
        """Keep the stored entries that equal one computed (their ids too), insert the others among them;
        returns the computed ids -> the stored ones."""
        from ..corpus.events import order_key

        members: dict[str, list] = {}
        for r in self.conn.execute("SELECT entry_id, source, local_id FROM timeline_members WHERE entry_id IN "
                                   "(SELECT entry_id FROM timeline_members WHERE source IN (SELECT source FROM linked))"
                                   " ORDER BY rowid"):
            members.setdefault(r[0], []).append((r[1], r[2]))
        by_row: dict[tuple, list[str]] = {}
        for r in self._rows_in(f"SELECT id, {_TIMELINE_COLUMNS} FROM timeline WHERE id IN ({{marks}})", members):
            by_row.setdefault((*tuple(r)[1:], tuple(members[r[0]])), []).append(r[0])
        renamed: dict[str, str] = {}
        fresh = []
        for t in entries:
            same = by_row.get(_timeline_row(t, order_key(t)))
            if same:
                renamed[t.id] = t.id = same.pop()
            else:
                fresh.append(t)
        gone = [i for ids in by_row.values() for i in ids]
        self._drop("timeline", "timeline_members", "entry_id", gone, search=True)
        for chunk in _chunks(gone):
            self.conn.execute(f"DELETE FROM timeline_entities WHERE entry_id IN ({','.join('?' * len(chunk))})", chunk)
        kept = self.conn.execute("SELECT id, position, sort_key FROM timeline").fetchall()
        top = max((int(r[0][1:]) for r in kept if r[0][1:].isdigit()), default=0)
        for n, t in enumerate(fresh, top + 1):
            renamed[t.id] = t.id = f"t{n}"
        order = sorted([(r[2], 0, r[0]) for r in kept] + [(order_key(t), 1, n) for n, t in enumerate(fresh)])
        old_pos = {r[0]: r[1] for r in kept}
        moved, new_rows = [], []
        for pos, (_, is_new, ref) in enumerate(order):
            if is_new:
                new_rows.append((pos, fresh[ref]))
            elif old_pos[ref] != pos:
                moved.append((pos, ref))
        self.conn.executemany("UPDATE timeline SET position=? WHERE id=?", moved)
        self.conn.executemany("UPDATE timeline_entities SET position=? WHERE entry_id=?", moved)
        self._insert_timeline(new_rows, self._next_search_rowid())
        return renamed

    def _splice_conflicts(self, conflicts: list[Conflict]) -> None:
        from ..corpus.conflicts import sort_key

        by_row: dict[tuple, list[int]] = {}
        for r in self.conn.execute(f"SELECT id, {_CONFLICT_COLUMNS} FROM conflicts WHERE id IN "
                                   "(SELECT conflict_id FROM conflict_sources WHERE source IN (SELECT source FROM linked))"):
            by_row.setdefault(tuple(r)[1:], []).append(r[0])
        fresh = []
        for c in conflicts:
            same = by_row.get(_conflict_row(c, sort_key(c)))
            if same:
                same.pop()
            else:
                fresh.append(c)
        self._drop("conflicts", "conflict_sources", "conflict_id", [i for ids in by_row.values() for i in ids])
        kept = self.conn.execute("SELECT id, sort_key FROM conflicts").fetchall()
        order = sorted([(r[1], 0, r[0]) for r in kept] + [(sort_key(c), 1, n) for n, c in enumerate(fresh)])
        renumber = []
        new_rows = []
        for number, (_, is_new, ref) in enumerate(order, 1):
            if is_new:
                new_rows.append((number, fresh[ref]))
            elif ref != number:
                renumber.append((number, ref))
        if renumber:  # through negative numbers: ids are unique at every step
            self.conn.executemany("UPDATE conflicts SET id=? WHERE id=?", [(-n, ref) for n, ref in renumber])
            self.conn.executemany("UPDATE conflict_sources SET conflict_id=? WHERE conflict_id=?",
                                  [(-n, ref) for n, ref in renumber])
            self.conn.execute("UPDATE conflicts SET id=-id WHERE id < 0")
            self.conn.execute("UPDATE conflict_sources SET conflict_id=-conflict_id WHERE conflict_id < 0")
        self._insert_conflicts(new_rows)

    def _splice_works(self, works: list[Work], roots: set[str]) -> None:
        from ..corpus.bibliography import id_root

        old = {}
        for root in roots:
            for r in self.conn.execute("SELECT id, csl, cited_by FROM works WHERE id >= ? AND id < ?",
                                       (root, root + "\U0010ffff")):
                if id_root(r[0]) == root:
                    old[r[0]] = tuple(r)
        new = {w.id: _work_row(w) for w in works}
        self._drop("works", "work_sources", "work_id", [i for i in old if new.get(i) != old[i]])
        self._insert_works([w for w in works if old.get(w.id) != new[w.id]])

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
                             members=members.get(r["id"], []), place=_loads(r["place"]),
                             provenance=_loads(r["provenance"]))
                for r in self.conn.execute("SELECT * FROM corpus_entities ORDER BY id")]

    def timeline_entries(self, source: str | None = None) -> list[TimelineEntry]:
        """Every timeline entry, or (``source``) those one document tells, without reading the rest."""
        if source is None:
            members = self._members("timeline_members", "entry_id")
            rows = self.conn.execute("SELECT * FROM timeline ORDER BY position")
        else:
            members = {}
            rows = self.conn.execute(
                "SELECT * FROM timeline WHERE id IN (SELECT entry_id FROM timeline_members WHERE source=?) "
                "ORDER BY position", (source,))
        # confidence: 1.0 where a store has none (older, opened read-only; or migrated, not yet rebuilt)
        return [TimelineEntry(id=r["id"], date=r["date"], type=r["type"], summary=r["summary"],
                              participants=_loads(r["participants"]), place=r["place"],
                              sources=[EvidenceSpan(**s) for s in _loads(r["sources"])], mod=r["mod"],
                              certainty=r["certainty"], members=members.get(r["id"], []),
                              entity_ids=_loads(r["entity_ids"]) or [], inferred=bool(r["inferred"]),
                              provenance=_loads(r["provenance"]), edtf=r["edtf"], earliest=r["earliest"],
                              latest=r["latest"],
                              confidence=r["confidence"] if "confidence" in r.keys() and r["confidence"] is not None else 1.0)
                for r in rows]

    def _has_rows(self, table: str) -> bool:
        try:
            return bool(self.conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0])
        except sqlite3.OperationalError:  # an older corpus, opened read-only, without the table
            return False

    def conflict_list(self, source: str | None = None) -> list[Conflict]:
        """Every conflict, or (``source``) those with evidence in one document (filtered in SQLite)."""
        if source is None:
            rows = self.conn.execute("SELECT * FROM conflicts ORDER BY id")
        elif self._has_rows("conflict_sources"):
            rows = self.conn.execute("SELECT * FROM conflicts WHERE id IN (SELECT conflict_id FROM conflict_sources "
                                     "WHERE source=?) ORDER BY id", (source,))
        else:  # a corpus built before conflict_sources existed
            rows = self.conn.execute(
                "SELECT * FROM conflicts WHERE EXISTS (SELECT 1 FROM json_each(conflicts.evidence) "
                "WHERE json_extract(value, '$.source') = ?) ORDER BY id", (source,))
        return [Conflict(kind=r["kind"], message=r["message"],
                         evidence=[EvidenceSpan(**s) for s in _loads(r["evidence"])],
                         provenance=_loads(r["provenance"]), values=_loads(r["sides"]) or [],
                         entry=r["entry_id"], disputed=r["disputed"])
                for r in rows]

    def works(self) -> list[Work]:
        return [Work(id=r["id"], csl=_loads(r["csl"]), cited_by=[tuple(x) for x in _loads(r["cited_by"])])
                for r in self.conn.execute("SELECT * FROM works ORDER BY id")]

    # ---- the JSON of the corpus commands (spec) -------------------------------------------------
    def event_confidence(self) -> dict[tuple[str, str], float]:
        """(source, event id) -> the event's confidence (events/confidence.py; 1.0 for older stores)."""
        return {(r[0], r[1]): (r[2] if r[2] is not None else 1.0) for r in self.conn.execute(
            "SELECT d.source, e.id, json_extract(e.data, '$.confidence') FROM events e "
            "JOIN documents d ON d.id = e.doc_id")}

    def _entry_confidence(self, entry_ids: list[str]) -> dict[str, float]:
        """Timeline entry -> the highest confidence of the events it joins (1.0 for older stores)."""
        out: dict[str, float] = {}
        for i in range(0, len(entry_ids), 500):
            chunk = entry_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    "SELECT tm.entry_id, MAX(COALESCE(json_extract(e.data, '$.confidence'), 1.0)) "
                    "FROM timeline_members tm JOIN documents d ON d.source = tm.source "
                    f"JOIN events e ON e.doc_id = d.id AND e.id = tm.local_id WHERE tm.entry_id IN ({marks}) "
                    "GROUP BY tm.entry_id", chunk):
                out[r[0]] = r[1]
        return out

    # A page of each (offset, limit) is read by index; no limit reads them all.
    def timeline(self, offset: int = 0, limit: int | None = None,
                 min_confidence: float | None = None) -> list[dict[str, Any]]:
        """Timeline rows in order; with ``min_confidence`` only entries that have an event that confident
        (the page is then counted among those, and filtered in SQL: a page of the CLI's default view
        reads that page, not the whole table). The entry's stored confidence, else (a store migrated
        and not yet rebuilt) the highest of its events', as ``_entry_confidence`` gives it."""
        page = (-1 if limit is None else limit, offset)
        if min_confidence is None:
            rows = list(self.conn.execute("SELECT * FROM timeline ORDER BY position LIMIT ? OFFSET ?", page))
        else:
            stored = "t.confidence, " if _has_column(self.conn, "timeline", "confidence") else ""
            rows = list(self.conn.execute(
                f"SELECT * FROM timeline t WHERE COALESCE({stored}(SELECT MAX(COALESCE(json_extract(e.data, "
                "'$.confidence'), 1.0)) FROM timeline_members tm JOIN documents d ON d.source = tm.source "
                "JOIN events e ON e.doc_id = d.id AND e.id = tm.local_id WHERE tm.entry_id = t.id), 1.0) >= ? "
                "ORDER BY t.position LIMIT ? OFFSET ?", (min_confidence, *page)))
        conf = self._entry_confidence([r["id"] for r in rows])
        out = [{"id": r["id"], "date": r["date"], "mod": r["mod"], "edtf": r["edtf"], "earliest": r["earliest"],
                "latest": r["latest"], "inferred": bool(r["inferred"]), "type": r["type"],
                "confidence": conf.get(r["id"], 1.0),
                "summary": r["summary"], "participants": _loads(r["participants"]), "place": r["place"],
                "certainty": r["certainty"],
                "sources": [{"source": s["source"], "start": s["start"], "end": s["end"], "text": s["text"],
                             "citations": s.get("citations", []), **({"retold": True} if s.get("retold") else {})}
                            for s in _loads(r["sources"])],
                "provenance": _loads(r["provenance"]) or MACHINE}
               for r in rows]
        return out

    def entities(self, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM corpus_entities ORDER BY id LIMIT ? OFFSET ?",
                                 (-1 if limit is None else limit, offset))
        return [{"id": r["id"], "name": r["name"], "label": r["label"], "aliases": _loads(r["aliases"]),
                 "documents": _loads(r["documents"]), "mentions": r["mentions"], "place": _loads(r["place"]),
                 "provenance": _loads(r["provenance"]) or MACHINE}
                for r in rows]

    def conflicts(self, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM conflicts ORDER BY id LIMIT ? OFFSET ?",
                                 (-1 if limit is None else limit, offset))
        return [{"kind": r["kind"], "message": r["message"], "evidence": _loads(r["evidence"]),
                 "provenance": _loads(r["provenance"]) or MACHINE, "entry": r["entry_id"],
                 "disputed": r["disputed"], "values": _loads(r["sides"]) or []} for r in rows]

    def entity_id_of(self, source: str, local_id: str) -> str | None:
        row = self.conn.execute("SELECT entity_id FROM corpus_entity_members WHERE source=? AND local_id=?",
                                (source, local_id)).fetchone()
        return row[0] if row else None

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search (FTS5) over documents, entities and events; bad syntax is searched as words."""
        terms = _fts_terms(query)
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
        terms = _fts_terms(query)
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT kind, key, title, snippet(search, 3, ?, ?, '…', 16) AS snippet FROM search "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (before, after, terms, limit))
        return [dict(r) for r in rows]


class StoredDocs:
    """The stored documents in source order, decoded anew at each pass, one row at a time: a corpus stage
    that reads them this way holds one document's whole annotation at a time plus what its steps keep
    (its peak grows with the records the steps build, not with the annotations: 2.2 GiB at 10k documents
    held whole). ``only`` reads a few fields of each (SQLite's JSON functions pick them out), for the
    passes that need no more; the rest are left empty. ``ordered`` tells the steps not to sort them."""

    ordered = True

    def __init__(self, conn: sqlite3.Connection, fields: tuple[str, ...] | None = None):
        self.conn = conn
        self.fields = fields

    def only(self, *fields: str) -> "StoredDocs":
        return StoredDocs(self.conn, tuple(dict.fromkeys(("source", *fields))))

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def __iter__(self) -> Iterator[AnnotatedDocument]:
        if self.fields is None:
            for (raw,) in self.conn.execute("SELECT annotations FROM documents ORDER BY source"):
                yield AnnotatedDocument.from_json(json.loads(raw))
            return
        picks = ", ".join(f"json_extract(annotations, '$.{f}')" for f in self.fields)
        plain = [f in ("source", "text", "format", "sha256") for f in self.fields]
        for row in self.conn.execute(f"SELECT {picks} FROM documents ORDER BY source"):
            data = {f: (v if p or v is None else json.loads(v)) for f, v, p in zip(self.fields, row, plain)}
            data.setdefault("text", "")
            yield AnnotatedDocument.from_json({k: v for k, v in data.items() if v is not None})

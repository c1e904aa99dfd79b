"""The corrections tables: the mirror of the corrections file, and each document's machine annotations
kept beside its corrected ones (``documents.machine``; NULL where no correction touches the document).

Schema version 2 adds them to a version 1 database in one transaction (`MIGRATIONS` in store/__init__).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))


def migrate_to_2(conn: sqlite3.Connection) -> None:
    """Version 1 -> 2: corrections. Only adds (columns, a table), so version 1 data stay as they were."""
    for table, column in (("documents", "machine"), ("corpus_entities", "provenance"),
                          ("timeline", "provenance"), ("conflicts", "provenance")):
        if not _has_column(conn, table, column):
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS corrections (id TEXT PRIMARY KEY, position INTEGER, kind TEXT, author TEXT,"
        " time TEXT, reason TEXT, payload TEXT, target TEXT, status TEXT, source TEXT, start INTEGER,"
        ' "end" INTEGER, note TEXT)')


class CorrectionsStore:
    """Methods of `Corpus` for corrections (mixed in; `self.conn` is the corpus connection)."""

    conn: sqlite3.Connection

    def document_texts(self) -> dict[str, tuple[str, str]]:
        """source -> (text, sha256) of every document."""
        return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT source, text, sha256 FROM documents")}

    def machine_json(self, source: str) -> dict[str, Any] | None:
        """What the machine found in one document, before any correction."""
        row = self.conn.execute("SELECT coalesce(machine, annotations) FROM documents WHERE source=?",
                                (source,)).fetchone()
        return json.loads(row[0]) if row else None

    def corrected_sources(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT source FROM documents WHERE machine IS NOT NULL")]

    def put_corrected(self, source: str, data: dict[str, Any], machine: dict[str, Any] | None) -> None:
        """Replace one document's annotations by corrected ones (machine: what to keep as the machine's;
        None when `data` is the machine's own), in one transaction."""
        with self.conn:
            row = self.conn.execute("SELECT id FROM documents WHERE source=?", (source,)).fetchone()
            if row is None:
                return
            doc_id = row[0]
            for table in ("mentions", "entities", "timexes", "citations", "refs", "events", "issues"):
                self.conn.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
            self.conn.execute("UPDATE documents SET annotations=?, machine=? WHERE id=?",
                              (json.dumps(data, ensure_ascii=False),
                               None if machine is None else json.dumps(machine, ensure_ascii=False), doc_id))
            self._put_annotations(doc_id, data)  # type: ignore[attr-defined]

    def put_corrections(self, rows: Iterable[dict[str, Any]], digest: str) -> None:
        """Mirror the corrections file (with where each correction stands now) in one transaction."""
        with self.conn:
            self.conn.execute("DELETE FROM corrections")
            self.conn.executemany(
                "INSERT INTO corrections VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(r["id"], i, r["kind"], r["author"], r["time"], r["reason"], json.dumps(r["payload"]),
                  json.dumps(r.get("target")), r["status"], r.get("source"), r.get("start"), r.get("end"),
                  r.get("note")) for i, r in enumerate(rows)])
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('corrections_digest', ?)", (digest,))

    def corrections_digest(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key='corrections_digest'").fetchone()
        return row[0] if row else None

    def corrections(self) -> list[dict[str, Any]]:
        """The mirrored corrections, in file order, with status (applied, moved, orphaned, reverted...)."""
        out = []
        for r in self.conn.execute("SELECT * FROM corrections ORDER BY position"):
            d = dict(r)
            d["payload"] = json.loads(d["payload"] or "{}")
            d["target"] = json.loads(d["target"] or "null")
            del d["position"]
            out.append(d)
        return out

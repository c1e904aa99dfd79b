"""The sentence index of `historiograph.ask`: body sentences, their BM25 index and dense vectors.

Rows are added per document, in one transaction, for documents that have none (a changed document gets a
new row id, and the trigger in schema.sql drops the old one's sentences), so a build only embeds what is new.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable

import numpy as np

from . import Corpus

META_KEY = "ask_index"


def has_index(corpus: Corpus) -> bool:
    try:
        corpus.conn.execute("SELECT 1 FROM ask_sentences LIMIT 1").fetchall()
        return True
    except sqlite3.OperationalError:
        return False


def index_model(corpus: Corpus) -> str | None:
    row = corpus.conn.execute("SELECT value FROM meta WHERE key=?", (META_KEY,)).fetchone()
    return row[0] if row else None


def reset(corpus: Corpus, model: str) -> None:
    """Drop every sentence row (the embedding model changed) and record the model now used."""
    with corpus.conn:
        corpus.conn.execute("DELETE FROM ask_fts")
        corpus.conn.execute("DELETE FROM ask_sentences")
        corpus.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (META_KEY, model))


def documents_to_index(corpus: Corpus) -> Iterable[tuple[int, str]]:
    """(doc_id, annotations JSON) of each document that has no sentence rows yet."""
    rows = corpus.conn.execute(
        "SELECT d.id, d.annotations FROM documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM ask_sentences s WHERE s.doc_id = d.id) ORDER BY d.id")
    yield from ((r[0], r[1]) for r in rows)


def put_sentences(corpus: Corpus, doc_id: int, rows: list[tuple[int, int, str]], vectors: np.ndarray) -> None:
    """One document's sentences (start, end, text) and their vectors, in one transaction."""
    vecs = vectors.astype(np.float16)
    with corpus.conn:
        for (start, end, text), v in zip(rows, vecs):
            cur = corpus.conn.execute("INSERT INTO ask_sentences (doc_id, start, \"end\", text, vector) "
                                      "VALUES (?,?,?,?,?)", (doc_id, start, end, text, v.tobytes()))
            corpus.conn.execute("INSERT INTO ask_fts (rowid, text) VALUES (?, ?)", (cur.lastrowid, text))


def load_vectors(corpus: Corpus, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """(sentence ids, matrix float32 [n, dim]) of every indexed sentence."""
    rows = corpus.conn.execute("SELECT id, vector FROM ask_sentences ORDER BY id").fetchall()
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    if not rows:
        return ids, np.zeros((0, dim), dtype=np.float32)
    blob = b"".join(r[1] for r in rows)
    return ids, np.frombuffer(blob, dtype=np.float16).reshape(len(rows), dim).astype(np.float32)


def bm25(corpus: Corpus, terms: list[str], limit: int = 100) -> list[tuple[int, float]]:
    """(sentence id, score) for sentences matching any of `terms` (higher is better)."""
    if not terms:
        return []
    query = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    rows = corpus.conn.execute("SELECT rowid, bm25(ask_fts) FROM ask_fts WHERE ask_fts MATCH ? "
                               "ORDER BY bm25(ask_fts) LIMIT ?", (query, limit))
    return [(r[0], -r[1]) for r in rows]


def term_count(corpus: Corpus, term: str, cap: int) -> int:
    """How many indexed sentences contain the term, counted up to `cap`."""
    try:
        row = corpus.conn.execute("SELECT count(*) FROM (SELECT 1 FROM ask_fts WHERE ask_fts MATCH ? LIMIT ?)",
                                  ('"' + term.replace('"', '""') + '"', cap)).fetchone()
    except sqlite3.OperationalError:
        return 0
    return row[0]


def sentence_count(corpus: Corpus) -> int:
    return corpus.conn.execute("SELECT count(*) FROM ask_sentences").fetchone()[0]


def sentences(corpus: Corpus, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """id -> {source, start, end, text} for the given sentence ids."""
    ids = list(ids)
    out: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = corpus.conn.execute(
            f"SELECT s.id, d.source, s.start, s.\"end\", s.text FROM ask_sentences s JOIN documents d "
            f"ON d.id = s.doc_id WHERE s.id IN ({','.join('?' * len(chunk))})", chunk)
        out.update({r[0]: {"source": r[1], "start": r[2], "end": r[3], "text": r[4]} for r in rows})
    return out


def sentence_ids_of(corpus: Corpus, spans: Iterable[tuple[str, int, int]]) -> dict[tuple[str, int, int], int]:
    """(source, start, end) -> sentence id, for sentences overlapping each span (first one)."""
    out = {}
    for source, start, end in spans:
        row = corpus.conn.execute(
            "SELECT s.id FROM ask_sentences s JOIN documents d ON d.id = s.doc_id WHERE d.source=? "
            "AND s.start < ? AND s.\"end\" > ? ORDER BY s.start LIMIT 1", (source, end, start)).fetchone()
        if row:
            out[(source, start, end)] = row[0]
    return out


def document_notes(corpus: Corpus, source: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(footnote markers [{start, end, text, reference}], reference id -> {text, csl}) of one document."""
    row = corpus.conn.execute("SELECT id FROM documents WHERE source=?", (source,)).fetchone()
    if not row:
        return [], {}
    cits = [dict(r) for r in corpus.conn.execute(
        "SELECT start, \"end\", text, reference FROM citations WHERE doc_id=? ORDER BY start", (row[0],))]
    refs = {r["id"]: {"text": r["text"], "csl": r["csl"]} for r in corpus.conn.execute(
        "SELECT id, text, csl FROM refs WHERE doc_id=?", (row[0],))}
    return cits, refs


def document_meta(corpus: Corpus) -> dict[str, dict[str, Any]]:
    """source -> {title, author} of every document."""
    return {r[0]: {"title": r[1], "author": r[2]} for r in
            corpus.conn.execute("SELECT source, title, author FROM documents")}


def state_key(corpus: Corpus) -> str:
    """A cheap key that changes whenever documents, corpus tables or the sentence index change."""
    row = corpus.conn.execute(
        "SELECT (SELECT count(*) || ':' || ifnull(max(id), 0) FROM documents), "
        "(SELECT value FROM meta WHERE key='corpus_fingerprint'), (SELECT value FROM meta WHERE key=?), "
        "(SELECT ifnull(max(id), 0) FROM ask_sentences)", (META_KEY,)).fetchone()  # rows only ever added
    return "|".join(str(v) for v in row)


def entity_mentions(corpus: Corpus, entity_id: str, sources: list[str]) -> dict[str, list[int]]:
    """source -> start offsets of the mentions of one corpus entity in the given documents."""
    out: dict[str, list[int]] = {s: [] for s in sources}
    for i in range(0, len(sources), 500):
        chunk = sources[i:i + 500]
        rows = corpus.conn.execute(
            "SELECT c.source, m.start FROM corpus_entity_members c JOIN documents d ON d.source = c.source "
            "JOIN mentions m ON m.doc_id = d.id AND m.entity = c.local_id WHERE c.entity_id = ? "
            f"AND c.source IN ({','.join('?' * len(chunk))})", (entity_id, *chunk))
        for source, start in rows:
            out[source].append(start)
    return out


def entity_mentions_in(corpus: Corpus, entity_ids: list[str], source: str, start: int, end: int) -> set[str]:
    """Which of the corpus entities have a mention inside one span of a document."""
    if not entity_ids:
        return set()
    rows = corpus.conn.execute(
        "SELECT DISTINCT c.entity_id FROM corpus_entity_members c JOIN documents d ON d.source = c.source "
        "JOIN mentions m ON m.doc_id = d.id AND m.entity = c.local_id WHERE d.source = ? AND m.start >= ? "
        f"AND m.\"end\" <= ? AND c.entity_id IN ({','.join('?' * len(entity_ids))})", (source, start, end, *entity_ids))
    return {r[0] for r in rows}


def timexes_in(corpus: Corpus, source: str, start: int, end: int) -> list[dict[str, Any]]:
    """The non-bibliographic date expressions inside one span of a document."""
    rows = corpus.conn.execute(
        "SELECT t.start, t.\"end\", t.text, t.type, t.value, t.mod FROM timexes t JOIN documents d ON d.id = t.doc_id "
        "WHERE d.source=? AND t.start >= ? AND t.\"end\" <= ? AND t.bibliographic = 0 ORDER BY t.start",
        (source, start, end))
    return [dict(r) for r in rows]


def mentions_in(corpus: Corpus, source: str, start: int, end: int) -> list[dict[str, Any]]:
    """The entity mentions inside one span of a document, with their corpus entity id."""
    rows = corpus.conn.execute(
        "SELECT m.start, m.\"end\", m.text, m.label, c.entity_id FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "LEFT JOIN corpus_entity_members c ON c.source = d.source AND c.local_id = m.entity "
        "WHERE d.source=? AND m.start >= ? AND m.\"end\" <= ? ORDER BY m.start", (source, start, end))
    return [dict(r) for r in rows]


def has_word(corpus: Corpus, word: str) -> bool:
    """Whether any indexed sentence contains the word (FTS5 term, stemmed)."""
    try:
        row = corpus.conn.execute("SELECT 1 FROM ask_fts WHERE ask_fts MATCH ? LIMIT 1",
                                  ('"' + word.replace('"', '""') + '"',)).fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None


def document_slice(corpus: Corpus, source: str, start: int, end: int) -> str | None:
    """The characters text[start:end] of one document (SQLite's substr counts characters, 1-based)."""
    row = corpus.conn.execute("SELECT substr(text, ?, ?) FROM documents WHERE source=?",
                              (start + 1, max(0, end - start), source)).fetchone()
    return row[0] if row else None


def sentence_bounds(corpus: Corpus, source: str) -> list[tuple[int, int]]:
    """(start, end) of each indexed sentence of one document, in order."""
    return [(r[0], r[1]) for r in corpus.conn.execute(
        "SELECT s.start, s.\"end\" FROM ask_sentences s JOIN documents d ON d.id = s.doc_id WHERE d.source=? "
        "ORDER BY s.start", (source,))]


def triggers_in(corpus: Corpus, source: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(type, start, end) of the trigger of each event of one document whose trigger lies in the span."""
    return [(r[0], r[1], r[2]) for r in corpus.conn.execute(
        "SELECT e.type, e.trigger_start, e.trigger_end FROM events e JOIN documents d ON d.id = e.doc_id "
        "WHERE d.source=? AND e.trigger_start >= ? AND e.trigger_end <= ?", (source, start, end))]


def next_sentence(corpus: Corpus, source: str, end: int) -> dict[str, Any] | None:
    """The indexed sentence that follows offset `end` in one document."""
    row = corpus.conn.execute(
        "SELECT s.start, s.\"end\", s.text FROM ask_sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE d.source=? AND s.start >= ? ORDER BY s.start LIMIT 1", (source, end)).fetchone()
    return {"source": source, "start": row[0], "end": row[1], "text": row[2]} if row else None


def event_roles(corpus: Corpus, source: str, local_id: str) -> list[tuple[str, str | None]]:
    """(role, corpus entity id) of each participant of one document event."""
    row = corpus.conn.execute("SELECT e.data FROM events e JOIN documents d ON d.id = e.doc_id "
                              "WHERE d.source=? AND e.id=?", (source, local_id)).fetchone()
    if not row:
        return []
    local = corpus.entity_map(source)
    return [(p.get("role"), local.get(p.get("entity") or "")) for p in json.loads(row[0]).get("participants", [])]

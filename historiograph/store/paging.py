"""Indexed, paged reads for the reader and the CLI: no request loads a whole corpus table.

Every list comes as ``(rows, total)`` for one page (``offset``, ``limit``); every lookup by document,
entity or kind goes through an index (schema.sql). A mixin of ``Corpus`` so that SQL stays in store/.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from ..model import Conflict, CorpusEntity, EvidenceSpan, TimelineEntry

PAGE = 100  # rows per page of a list, unless asked otherwise
SOURCES_SHOWN = 20  # evidence spans kept per timeline row of a list (an event told by 1,000 documents)


@dataclass
class Page:
    rows: list[Any]
    total: int
    offset: int
    limit: int

    def as_dict(self) -> dict[str, Any]:
        """Where this page lies: what the reader's pager and the JSON twins show."""
        nxt = self.offset + self.limit if self.offset + self.limit < self.total else None
        prev = max(0, self.offset - self.limit) if self.offset > 0 else None
        return {"offset": self.offset, "limit": self.limit, "total": self.total, "next": nxt, "prev": prev}


def _bounds(offset: int | None, limit: int | None) -> tuple[int, int]:
    return max(0, int(offset or 0)), max(1, min(int(limit or PAGE), 1000))


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class PagedQueries:
    conn: Any  # sqlite3.Connection, set by Corpus

    # ---- documents ---------------------------------------------------------------------------
    def document_keys_for(self, sources: Iterable[str]) -> dict[str, str]:
        """source -> its short URL key: the file name where no other document has it, else the source."""
        sources = list(dict.fromkeys(sources))
        out: dict[str, str] = {}
        for chunk in range(0, len(sources), 500):
            part = sources[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT d.source, d.name, (SELECT count(*) FROM documents o WHERE o.name = d.name) AS n "
                f"FROM documents d WHERE d.source IN ({marks})", part).fetchall()
            for source, name, n in rows:
                out[source] = name if name and n == 1 else source
        return {s: out.get(s, s) for s in sources}

    def resolve_key(self, key: str) -> str | None:
        """The source a URL key names: a unique file name, or the source itself."""
        rows = self.conn.execute("SELECT source FROM documents WHERE name=? LIMIT 2", (key,)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        row = self.conn.execute("SELECT source FROM documents WHERE source=?", (key,)).fetchone()
        return row[0] if row else None

    def titles_of(self, sources: Iterable[str]) -> dict[str, str | None]:
        sources = list(dict.fromkeys(sources))
        out: dict[str, str | None] = {}
        for chunk in range(0, len(sources), 500):
            part = sources[chunk:chunk + 500]
            rows = self.conn.execute(f"SELECT source, title FROM documents WHERE source IN ({','.join('?' * len(part))})",
                                     part)
            out.update({r[0]: r[1] for r in rows})
        return out

    def documents_page(self, offset: int | None = 0, limit: int | None = None) -> Page:
        """Documents in source order, with how many annotations of each kind they carry."""
        offset, limit = _bounds(offset, limit)
        tables = ("mentions", "timexes", "citations", "refs", "events", "issues")
        counts = ", ".join(f"(SELECT count(*) FROM {t} WHERE {t}.doc_id = d.id) AS {t}" for t in tables)
        rows = self.conn.execute(
            f"SELECT d.source, d.title, d.author, d.published, d.words, d.sha256, d.format, d.quoted_from, {counts} "
            f"FROM documents d ORDER BY d.source LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        out = [{"source": r["source"], "title": r["title"], "author": r["author"], "published": r["published"],
                "words": r["words"], "sha256": r["sha256"], "format": r["format"],
                "quoted_from": _loads(r["quoted_from"]),
                "counts": {("references" if t == "refs" else t): r[t] for t in tables}} for r in rows]
        total = self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        return Page(out, total, offset, limit)

    # ---- timeline ------------------------------------------------------------------------------
    def _entries(self, rows, keep_sources: int | None = None) -> list[TimelineEntry]:
        out = []
        for r in rows:
            sources = _loads(r["sources"])
            members = [(m[0], m[1]) for m in self.conn.execute(
                "SELECT source, local_id FROM timeline_members WHERE entry_id=?", (r["id"],))] \
                if keep_sources is None else []
            entry = TimelineEntry(
                id=r["id"], date=r["date"], type=r["type"], summary=r["summary"],
                participants=_loads(r["participants"]), place=r["place"],
                sources=[EvidenceSpan(**s) for s in (sources if keep_sources is None else sources[:keep_sources])],
                mod=r["mod"], certainty=r["certainty"], members=members,
                entity_ids=_loads(r["entity_ids"]) or [], inferred=bool(r["inferred"]),
                provenance=_loads(r["provenance"]) if "provenance" in r.keys() else None)
            entry.source_count = len(sources)  # type: ignore[attr-defined]
            out.append(entry)
        return out

    def timeline_page(self, offset: int | None = 0, limit: int | None = None, entity: str | None = None,
                      type: str | None = None, keep_sources: int | None = SOURCES_SHOWN) -> Page:
        """Timeline entries in timeline order, optionally of one entity and/or one type."""
        offset, limit = _bounds(offset, limit)
        src, where, args = _timeline_filter(entity, type)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        rows = self.conn.execute(f"SELECT t.* FROM {src}{cond} ORDER BY t.position LIMIT ? OFFSET ?",
                                 (*args, limit, offset)).fetchall()
        total = self.conn.execute(f"SELECT count(*) FROM {src}{cond}", args).fetchone()[0]
        return Page(self._entries(rows, keep_sources), total, offset, limit)

    def timeline_dated(self, entity: str | None = None, type: str | None = None) -> int:
        src, where, args = _timeline_filter(entity, type)
        where = ["t.date IS NOT NULL", *where]
        return self.conn.execute(f"SELECT count(*) FROM {src} WHERE {' AND '.join(where)}", args).fetchone()[0]

    def timeline_types(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT type FROM timeline ORDER BY type")]

    def timeline_entities(self, limit: int = 200) -> list[dict[str, Any]]:
        """The entities with the most timeline entries (the timeline's filter list)."""
        rows = self.conn.execute(
            "SELECT te.entity_id, count(*) AS n, ce.name FROM timeline_entities te "
            "LEFT JOIN corpus_entities ce ON ce.id = te.entity_id GROUP BY te.entity_id "
            "ORDER BY n DESC LIMIT ?", (limit,))
        return [{"id": r[0], "name": r[2] or r[0], "events": r[1]} for r in rows]

    def timeline_of_source(self, source: str) -> list[TimelineEntry]:
        """The entries one document tells (by index; for its page)."""
        rows = self.conn.execute(
            "SELECT t.* FROM timeline t WHERE t.id IN (SELECT entry_id FROM timeline_members WHERE source=?) "
            "ORDER BY t.position", (source,)).fetchall()
        return self._entries(rows)

    # ---- conflicts -----------------------------------------------------------------------------
    @staticmethod
    def _conflict(r) -> Conflict:
        return Conflict(kind=r["kind"], message=r["message"], evidence=[EvidenceSpan(**s) for s in _loads(r["evidence"])])

    def conflicts_page(self, offset: int | None = 0, limit: int | None = None, kind: str | None = None) -> Page:
        offset, limit = _bounds(offset, limit)
        cond, args = (" WHERE kind = ?", [kind]) if kind else ("", [])
        rows = self.conn.execute(f"SELECT * FROM conflicts{cond} ORDER BY id LIMIT ? OFFSET ?",
                                 (*args, limit, offset)).fetchall()
        total = self.conn.execute(f"SELECT count(*) FROM conflicts{cond}", args).fetchone()[0]
        return Page([self._conflict(r) for r in rows], total, offset, limit)

    def conflict_kinds(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT kind, count(*) FROM conflicts GROUP BY kind ORDER BY kind")}

    def conflicts_of_source(self, source: str) -> list[Conflict]:
        rows = self.conn.execute(
            "SELECT * FROM conflicts WHERE id IN (SELECT conflict_id FROM conflict_sources WHERE source=?) "
            "ORDER BY id", (source,)).fetchall()
        return [self._conflict(r) for r in rows]

    # ---- entities ------------------------------------------------------------------------------
    @staticmethod
    def _entity_dict(r) -> dict[str, Any]:
        return {"id": r["id"], "name": r["name"], "label": r["label"], "aliases": _loads(r["aliases"]),
                "documents": _loads(r["documents"]), "mentions": r["mentions"], "place": _loads(r["place"])}

    def entities_page(self, offset: int | None = 0, limit: int | None = None, label: str | None = None) -> Page:
        """Corpus entities, most mentioned first (then by name), optionally of one label."""
        offset, limit = _bounds(offset, limit)
        cond, args = (" WHERE label = ?", [label]) if label else ("", [])
        rows = self.conn.execute(
            f"SELECT * FROM corpus_entities{cond} ORDER BY mentions DESC, name COLLATE NOCASE LIMIT ? OFFSET ?",
            (*args, limit, offset)).fetchall()
        total = self.conn.execute(f"SELECT count(*) FROM corpus_entities{cond}", args).fetchone()[0]
        return Page([self._entity_dict(r) for r in rows], total, offset, limit)

    def entity_labels(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT label, count(*) FROM corpus_entities GROUP BY label ORDER BY label")}

    def corpus_entity(self, entity_id: str) -> CorpusEntity | None:
        r = self.conn.execute("SELECT * FROM corpus_entities WHERE id=?", (entity_id,)).fetchone()
        if r is None:
            return None
        members = [(m[0], m[1]) for m in self.conn.execute(
            "SELECT source, local_id FROM corpus_entity_members WHERE entity_id=? ORDER BY source, local_id",
            (entity_id,))]
        return CorpusEntity(id=r["id"], name=r["name"], label=r["label"], aliases=_loads(r["aliases"]),
                            documents=_loads(r["documents"]), mentions=r["mentions"], members=members,
                            place=_loads(r["place"]),
                            provenance=_loads(r["provenance"]) if "provenance" in r.keys() else None)

    def mentions_in(self, source: str, local_ids: Iterable[str]) -> tuple[str, list, list[tuple[int, int]]] | None:
        """(text, sentences, mention spans of the given local entities) of one document, read by index
        and without decoding its whole annotation JSON (the entity page shows many documents)."""
        row = self.conn.execute("SELECT id, text, json_extract(annotations, '$.sentences') FROM documents "
                                "WHERE source=?", (source,)).fetchone()
        if row is None:
            return None
        ids = list(local_ids)
        spans = self.conn.execute(
            f"SELECT start, \"end\" FROM mentions WHERE doc_id=? AND entity IN ({','.join('?' * len(ids))}) "
            f"ORDER BY start, \"end\"", (row[0], *ids)).fetchall()
        return row[1], _loads(row[2]) or [], [(a, b) for a, b in spans]

    def places_page(self, limit: int = 500) -> list[dict[str, Any]]:
        """Place entities (or any with a gazetteer place), most mentioned first."""
        rows = self.conn.execute(
            "SELECT * FROM corpus_entities WHERE label IN ('GPE', 'LOC', 'FAC') OR place IS NOT NULL "
            "ORDER BY mentions DESC, name COLLATE NOCASE LIMIT ?", (limit,))
        return [self._entity_dict(r) for r in rows]

    def graph_edges(self, nodes: int = 150) -> tuple[list[dict[str, Any]], list[tuple[str, str, list[str]]], int]:
        """The ``nodes`` entities in most timeline entries, and the entries shared by each pair of them."""
        top = self.conn.execute(
            "SELECT te.entity_id, count(*) AS n, ce.name, ce.label FROM timeline_entities te "
            "JOIN corpus_entities ce ON ce.id = te.entity_id GROUP BY te.entity_id ORDER BY n DESC, ce.name LIMIT ?",
            (nodes,)).fetchall()
        ids = [r[0] for r in top]
        edges: dict[tuple[str, str], list[str]] = {}
        if ids:
            marks = ",".join("?" * len(ids))
            rows = self.conn.execute(
                f"SELECT a.entity_id, b.entity_id, a.entry_id FROM timeline_entities a "
                f"JOIN timeline_entities b ON a.entry_id = b.entry_id AND a.entity_id < b.entity_id "
                f"WHERE a.entity_id IN ({marks}) AND b.entity_id IN ({marks}) ORDER BY a.position", (*ids, *ids))
            for a, b, entry in rows:
                edges.setdefault((a, b), []).append(entry)
        with_events = self.conn.execute("SELECT count(DISTINCT entity_id) FROM timeline_entities").fetchone()[0]
        total = self.conn.execute("SELECT count(*) FROM corpus_entities").fetchone()[0]
        node_rows = [{"id": r[0], "events": r[1], "name": r[2], "label": r[3]} for r in top]
        return node_rows, [(a, b, e) for (a, b), e in sorted(edges.items())], total - with_events


def _timeline_filter(entity: str | None, type: str | None) -> tuple[str, list[str], list[str]]:
    """(FROM clause, WHERE conditions, arguments) of the timeline of one entity and/or one type."""
    src, where, args = "timeline t", [], []
    if entity:
        src = "timeline_entities te JOIN timeline t ON t.id = te.entry_id"
        where.append("te.entity_id = ?")
        args.append(entity)
    if type:
        where.append("t.type = ?")
        args.append(type)
    return src, where, args

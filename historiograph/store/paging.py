"""Indexed, paged reads for the reader and the CLI: no request loads a whole corpus table.

Every list comes as ``(rows, total)`` for one page (``offset``, ``limit``); every lookup by document,
entity or kind goes through an index (schema.sql). A mixin of ``Corpus`` so that SQL stays in store/.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterable

from ..events.confidence import THRESHOLD
from ..model import CorpusEntity, EvidenceSpan, TimelineEntry, Work, quoted_bounds

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


MAX_OFFSET = 2**62  # SQLite's integers are 64-bit: a larger offset (a hand-typed URL) would not bind


def _bounds(offset: int | None, limit: int | None) -> tuple[int, int]:
    return min(max(0, int(offset or 0)), MAX_OFFSET), max(1, min(int(limit or PAGE), 1000))


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


class PagedQueries:
    conn: Any  # sqlite3.Connection, set by Corpus
    # What stays true while the database does not change (URL keys, sentence boundaries), shared by the
    # reader's connections of one state of the database (web/connections.py); None: nothing is kept.
    memo: Any = None

    # ---- documents ---------------------------------------------------------------------------
    def document_keys_for(self, sources: Iterable[str]) -> dict[str, str]:
        """source -> its short URL key: the file name where no other document has it, else the source."""
        sources = list(dict.fromkeys(sources))
        out: dict[str, str] = {}
        memo = self.memo
        if memo is not None:
            for s in sources:
                found = memo.get(("key", s))
                if found is not None:
                    out[s] = found
            todo = [s for s in sources if s not in out]
        else:
            todo = sources
        for chunk in range(0, len(todo), 500):
            part = todo[chunk:chunk + 500]
            marks = ",".join("?" * len(part))
            rows = self.conn.execute(
                f"SELECT d.source, d.name, (SELECT count(*) FROM documents o WHERE o.name = d.name) AS n "
                f"FROM documents d WHERE d.source IN ({marks})", part).fetchall()
            for source, name, n in rows:
                out[source] = name if name and n == 1 else source
                if memo is not None:
                    memo[("key", source)] = out[source]
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
            keys = r.keys()
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
                confidence=r["confidence"] if "confidence" in keys and r["confidence"] is not None else 1.0,
                provenance=_loads(r["provenance"]) if "provenance" in keys else None)
            entry.source_count = r["n_sources"] if "n_sources" in keys else len(sources)  # type: ignore[attr-defined]
            out.append(entry)
        return out

    @staticmethod
    def _entry_columns(keep_sources: int | None) -> tuple[str, tuple]:
        """The columns of a timeline row; with ``keep_sources`` its evidence is cut in SQLite, so that an
        event told by 10,000 documents is not decoded whole to show its first few."""
        if keep_sources is None:
            return "t.*", ()
        return ("t.*, json_array_length(t.sources) AS n_sources, "
                "(SELECT json_group_array(json(value)) FROM (SELECT value FROM json_each(t.sources) LIMIT ?)) AS sources",
                (keep_sources,))

    def timeline_page(self, offset: int | None = 0, limit: int | None = None, entity: str | None = None,
                      type: str | None = None, keep_sources: int | None = SOURCES_SHOWN,
                      stated_only: bool = False) -> Page:
        """Timeline entries in timeline order, optionally of one entity and/or one type; ``stated_only``
        keeps the entries shown by default: confidence at or above the events stage's threshold (an
        inferred date is shown, marked)."""
        offset, limit = _bounds(offset, limit)
        src, where, args = _timeline_filter(entity, type, stated_only)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        cols, cargs = self._entry_columns(keep_sources)
        rows = self.conn.execute(f"SELECT {cols} FROM {src}{cond} ORDER BY t.position LIMIT ? OFFSET ?",
                                 (*cargs, *args, limit, offset)).fetchall()
        total = self.conn.execute(f"SELECT count(*) FROM {src}{cond}", args).fetchone()[0]
        return Page(self._entries(rows, keep_sources), total, offset, limit)

    def timeline_counts(self, entity: str | None = None, type: str | None = None) -> tuple[int, int]:
        """(entries matching the filter, those of them whose date is stated), in one indexed count."""
        src, where, args = _timeline_filter(entity, type)
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        n, stated = self.conn.execute(f"SELECT count(*), total({SHOWN}) FROM {src}{cond}", args).fetchone()
        return n, int(stated)

    def timeline_rank(self, entry_id: str) -> int | None:
        """How many entries come before this one in the whole timeline (which page of it lists the
        entry); None for an id not on it."""
        row = self.conn.execute("SELECT position FROM timeline WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return None
        return self.conn.execute("SELECT count(*) FROM timeline WHERE position < ?", (row[0],)).fetchone()[0]

    def timeline_by_ids(self, ids: Iterable[str], keep_sources: int | None = SOURCES_SHOWN) -> dict[str, TimelineEntry]:
        """Some timeline entries by id (primary key)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, TimelineEntry] = {}
        cols, cargs = self._entry_columns(keep_sources)
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            rows = self.conn.execute(f"SELECT {cols} FROM timeline t WHERE t.id IN ({','.join('?' * len(part))})",
                                     (*cargs, *part)).fetchall()
            out.update({e.id: e for e in self._entries(rows, keep_sources)})
        return out

    def timeline_dates(self) -> list[str]:
        """Every distinct date of the timeline (by index: a few thousand values even for a large corpus)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT date FROM timeline WHERE date IS NOT NULL")]

    def entity_names(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """id -> (name, label) of some corpus entities."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, tuple[str, str | None]] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            out.update({r[0]: (r[1], r[2]) for r in self.conn.execute(
                f"SELECT id, name, label FROM corpus_entities WHERE id IN ({','.join('?' * len(part))})", part)})
        return out

    def entity_names_aliases(self, entity_id: str) -> tuple[str, list[str]] | None:
        r = self.conn.execute("SELECT name, aliases FROM corpus_entities WHERE id=?", (entity_id,)).fetchone()
        return (r[0], _loads(r[1]) or []) if r else None

    def timeline_types(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT type FROM timeline ORDER BY type")]

    def timeline_entities(self, limit: int = 200) -> list[dict[str, Any]]:
        """The entities with the most timeline entries (the timeline's filter list)."""
        rows = self.conn.execute(
            "SELECT te.entity_id, count(*) AS n, ce.name FROM timeline_entities te "
            "LEFT JOIN corpus_entities ce ON ce.id = te.entity_id GROUP BY te.entity_id "
            "ORDER BY n DESC LIMIT ?", (limit,))
        return [{"id": r[0], "name": r[2] or r[0], "events": r[1]} for r in rows]

    def evidence_in(self, source: str) -> list[dict[str, Any]]:
        """The timeline entries and conflicts one document takes part in, each with its spans in that
        document only. A timeline entry's span in a document is the words of its member event's
        sentence there (corpus/events.py builds ``sources`` from the members), read from the events
        table by index: an entry told by thousands of documents is never decoded. Conflicts (few,
        with short evidence lists) are cut in SQLite."""
        rows = self.conn.execute(
            "SELECT t.id, t.summary, e.sentence_start, e.sentence_end FROM timeline_members tm "
            "JOIN timeline t ON t.id = tm.entry_id "
            "LEFT JOIN events e ON e.doc_id = (SELECT id FROM documents WHERE source = ?) AND e.id = tm.local_id "
            "WHERE tm.source = ? ORDER BY t.position, tm.rowid", (source, source))
        out: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, Any]] = {}
        text = None  # read once, when a span needs it: the sentence's words, as EvidenceSpan.quoting cuts them
        for entry, summary, s0, s1 in rows:
            ev = by_id.get(entry)
            if ev is None:
                ev = by_id[entry] = {"kind": "timeline", "id": entry, "summary": summary, "spans": []}
                out.append(ev)
            if s0 is not None:
                if text is None:
                    text = self.conn.execute("SELECT text FROM documents WHERE source = ?", (source,)).fetchone()[0]
                ev["spans"].append(list(quoted_bounds(text, s0, s1)))
        rows = self.conn.execute(
            "SELECT t.message, (SELECT json_group_array(json_array(json_extract(s.value, '$.start'), "
            "json_extract(s.value, '$.end'))) FROM json_each(t.evidence) s "
            "WHERE json_extract(s.value, '$.source') = ?), "
            "(SELECT json_group_array(json_array(json_extract(a.value, '$.start'), json_extract(a.value, '$.end'))) "
            "FROM json_each(t.sides) v, json_each(v.value, '$.accounts') a "
            "WHERE json_extract(a.value, '$.source') = ?) FROM conflicts t "
            "WHERE t.id IN (SELECT conflict_id FROM conflict_sources WHERE source = ?) ORDER BY t.id",
            (source, source, source))
        # (a document whose account of a side is not that side's first, the one the evidence quotes: its accounts)
        out += [{"kind": "conflict", "id": None, "summary": r[0], "spans": _loads(r[1]) or _loads(r[2]) or []}
                for r in rows]
        return out

    # ---- conflicts -----------------------------------------------------------------------------
    def conflict_kinds(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self.conn.execute("SELECT kind, count(*) FROM conflicts GROUP BY kind ORDER BY kind")}

    def conflict_rows(self, offset: int | None = 0, limit: int | None = None, kind: str | None = None) -> Page:
        """Conflicts as dicts with their id (the number a correction names), a page at a time."""
        offset, limit = _bounds(offset, limit)
        cond, args = (" WHERE kind = ?", [kind]) if kind else ("", [])
        rows = self.conn.execute(f"SELECT * FROM conflicts{cond} ORDER BY id LIMIT ? OFFSET ?",
                                 (*args, limit, offset)).fetchall()
        total = self.conn.execute(f"SELECT count(*) FROM conflicts{cond}", args).fetchone()[0]
        out = [{"id": r["id"], "kind": r["kind"], "message": r["message"], "evidence": _loads(r["evidence"]),
                "provenance": (_loads(r["provenance"]) if "provenance" in r.keys() else None) or {"by": "machine"}}
               for r in rows]
        return Page(out, total, offset, limit)

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
        memo = self.memo
        sentences = memo.get(("sentences", source)) if memo is not None else None
        if sentences is None:  # decoding the annotations' sentences costs ~10 times reading the text
            row = self.conn.execute("SELECT id, text, json_extract(annotations, '$.sentences') FROM documents "
                                    "WHERE source=?", (source,)).fetchone()
            if row is None:
                return None
            sentences = _loads(row[2]) or []
            if memo is not None:
                memo[("sentences", source)] = sentences
        else:
            row = self.conn.execute("SELECT id, text FROM documents WHERE source=?", (source,)).fetchone()
            if row is None:
                return None
        ids = list(local_ids)
        spans = self.conn.execute(
            f"SELECT start, \"end\" FROM mentions WHERE doc_id=? AND entity IN ({','.join('?' * len(ids))}) "
            f"ORDER BY start, \"end\"", (row[0], *ids)).fetchall()
        return row[1], sentences, [(a, b) for a, b in spans]

    def mentions_named(self, source: str, names: list[str]) -> list[dict[str, Any]]:
        """The mentions of one document whose text is one of ``names``, in text order."""
        names = names[:500]
        rows = self.conn.execute(
            f"SELECT m.start, m.\"end\", m.text, m.label, m.entity FROM mentions m JOIN documents d ON d.id = m.doc_id "
            f"WHERE d.source = ? AND m.text IN ({','.join('?' * len(names))}) ORDER BY m.start, m.\"end\"",
            (source, *names))
        return [{"start": r[0], "end": r[1], "text": r[2], "label": r[3], "entity": r[4]} for r in rows]

    def places_page(self, limit: int = 500) -> list[dict[str, Any]]:
        """Place entities (or any with a gazetteer place), most mentioned first."""
        rows = self.conn.execute(
            "SELECT * FROM corpus_entities WHERE label IN ('GPE', 'LOC', 'FAC') OR place IS NOT NULL "
            "ORDER BY mentions DESC, name COLLATE NOCASE LIMIT ?", (limit,))
        return [self._entity_dict(r) for r in rows]


    # ---- overview pages: bounded, aggregated in SQLite ---------------------------------------
    def event_sentences_told(self, source: str) -> list[tuple[int, int, list[str]]]:
        """(sentence start, end, corpus entity ids) of each timeline entry one document tells, read from
        the events table by index (an entry's own evidence list may hold thousands of spans)."""
        rows = self.conn.execute(
            "SELECT e.sentence_start, e.sentence_end, t.entity_ids FROM timeline_members tm "
            "JOIN documents d ON d.source = tm.source JOIN events e ON e.doc_id = d.id AND e.id = tm.local_id "
            "JOIN timeline t ON t.id = tm.entry_id WHERE tm.source = ?", (source,))
        return [(a, b, _loads(ids) or []) for a, b, ids in rows]

    def context_of(self, source: str) -> dict[str, Any] | None:
        """What quoting a document in context needs (text, sentences, citations, references), without
        decoding its whole annotation JSON in Python."""
        row = self.conn.execute(
            "SELECT text, json_extract(annotations, '$.sentences', '$.citations', '$.references') FROM documents "
            "WHERE source=?", (source,)).fetchone()
        if row is None:
            return None
        sentences, citations, references = (_loads(row[1]) or [None, None, None])
        return {"text": row[0], "sentences": sentences or [], "citations": citations or [],
                "references": references or []}

    def search_page(self, terms: str, offset: int | None = 0, limit: int | None = 50, before: str = "\x02",
                    after: str = "\x03") -> Page:
        """A page of full-text hits (FTS5, best first) for already-quoted ``terms``; hits marked in the
        snippet with control characters no text contains. A query FTS5 refuses finds nothing."""
        offset, limit = _bounds(offset, limit)
        if not terms:
            return Page([], 0, offset, limit)
        try:
            rows = self.conn.execute(
                "SELECT kind, key, title, snippet(search, 3, ?, ?, '…', 16) AS snippet FROM search "
                "WHERE search MATCH ? ORDER BY rank LIMIT ? OFFSET ?", (before, after, terms, limit, offset)).fetchall()
            total = self.conn.execute("SELECT count(*) FROM search WHERE search MATCH ?", (terms,)).fetchone()[0]
        except sqlite3.OperationalError:
            return Page([], 0, offset, limit)
        return Page([dict(r) for r in rows], total, offset, limit)

    def top_event_entities(self, n: int) -> list[tuple[str, int]]:
        """The ``n`` entities in most timeline entries (an aggregate over the covering index)."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT entity_id, count(*) AS n FROM timeline_entities GROUP BY entity_id ORDER BY n DESC, entity_id "
            "LIMIT ?", (n,))]

    def neighbours(self, entity_id: str, n: int) -> list[tuple[str, int]]:
        """The ``n`` entities sharing most timeline entries with one, and how many each shares."""
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT b.entity_id, count(*) AS n FROM timeline_entities a JOIN timeline_entities b "
            "ON b.entry_id = a.entry_id AND b.entity_id != a.entity_id WHERE a.entity_id = ? "
            "GROUP BY b.entity_id ORDER BY n DESC, b.entity_id LIMIT ?", (entity_id, n))]

    def event_counts(self, ids: list[str]) -> dict[str, int]:
        marks = ",".join("?" * len(ids))
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT entity_id, count(*) FROM timeline_entities WHERE entity_id IN ({marks}) GROUP BY entity_id", ids)}

    def entity_dates(self, ids: list[str]) -> list[tuple[str, str]]:
        """(entity, date) for each distinct date of the timeline entries of some entities."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [(r[0], r[1]) for r in self.conn.execute(
            f"SELECT te.entity_id, t.date FROM timeline_entities te JOIN timeline t ON t.id = te.entry_id "
            f"WHERE te.entity_id IN ({marks}) AND t.date IS NOT NULL GROUP BY te.entity_id, t.date", ids)]

    def shared_entries(self, ids: list[str]) -> list[tuple[str, str, str, str | None, int]]:
        """(entity a, entity b, type, date, how many entries) for each pair of the given entities that
        take part in the same timeline entries: the links of a bounded graph, aggregated in SQLite."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [tuple(r) for r in self.conn.execute(
            f"SELECT a.entity_id, b.entity_id, t.type, t.date, count(*) FROM timeline_entities a "
            f"JOIN timeline_entities b ON b.entry_id = a.entry_id AND a.entity_id < b.entity_id "
            f"JOIN timeline t ON t.id = a.entry_id "
            f"WHERE a.entity_id IN ({marks}) AND b.entity_id IN ({marks}) GROUP BY 1, 2, 3, 4", (*ids, *ids))]

    def entities_without_events(self) -> int:
        with_events = self.conn.execute("SELECT count(DISTINCT entity_id) FROM timeline_entities").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM corpus_entities").fetchone()[0] - with_events

    def entries_shared(self, a: str, b: str, limit: int) -> list[str]:
        """The first ``limit`` timeline entries (in timeline order) that two entities share."""
        return [r[0] for r in self.conn.execute(
            "SELECT x.entry_id FROM timeline_entities x JOIN timeline_entities y ON y.entry_id = x.entry_id "
            "AND y.entity_id = ? WHERE x.entity_id = ? ORDER BY x.position LIMIT ?", (b, a, limit))]

    def entries_of(self, ids: list[str], per_entity: int, dates: list[str] | None = None) -> dict[str, tuple[int, list[str]]]:
        """entity -> (how many timeline entries it takes part in, the first ``per_entity`` of them), for
        some entities; with ``dates`` only the entries of those dates."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        cond, args = "", []
        if dates is not None:  # as bound values: SQLite re-reads a json_each() list for every row
            if not dates:
                return {}
            cond, args = f" AND t.date IN ({','.join('?' * len(dates))})", list(dates)
        rows = self.conn.execute(
            f"SELECT entity_id, entry_id, n FROM (SELECT te.entity_id, te.entry_id, "
            f"row_number() OVER (PARTITION BY te.entity_id ORDER BY te.position) AS rn, "
            f"count(*) OVER (PARTITION BY te.entity_id) AS n FROM timeline_entities te "
            f"JOIN timeline t ON t.id = te.entry_id WHERE te.entity_id IN ({marks}){cond}) WHERE rn <= ?",
            (*ids, *args, per_entity))
        out: dict[str, tuple[int, list[str]]] = {}
        for eid, entry, n in rows:
            out.setdefault(eid, (n, []))[1].append(entry)
        return out

    def works_page(self, offset: int | None = 0, limit: int | None = None) -> Page:
        """Works in bibliography order (first author's family name, year, title), sorted by SQLite."""
        offset, limit = _bounds(offset, limit)
        key = ("lower(coalesce(json_extract(csl, '$.author[0].family'), json_extract(csl, '$.author[0].literal'), "
               "json_extract(csl, '$.editor[0].family'), json_extract(csl, '$.editor[0].literal'), "
               "json_extract(csl, '$.publisher'), json_extract(csl, '$.title'), '')), "
               "coalesce(json_extract(csl, '$.issued.\"date-parts\"[0][0]'), 9999), "
               "lower(coalesce(json_extract(csl, '$.title'), ''))")
        rows = self.conn.execute(f"SELECT id, csl, cited_by FROM works ORDER BY {key}, id LIMIT ? OFFSET ?",
                                 (limit, offset)).fetchall()
        total = self.conn.execute("SELECT count(*) FROM works").fetchone()[0]
        return Page([Work(id=r[0], csl=_loads(r[1]), cited_by=[tuple(x) for x in _loads(r[2])]) for r in rows],
                    total, offset, limit)


# An entry shown by default: an event at or above the confidence threshold, as the CLI's `timeline`
# shows it; a date borrowed from the narrative is shown, marked as inferred (web/views.confident says
# the same for one entry).
SHOWN = f"(COALESCE(t.confidence, 1.0) >= {THRESHOLD})"


def _timeline_filter(entity: str | None, type: str | None,
                     stated_only: bool = False) -> tuple[str, list[str], list[str]]:
    """(FROM clause, WHERE conditions, arguments) of the timeline of one entity and/or one type."""
    src, where, args = "timeline t", [SHOWN] if stated_only else [], []
    if entity:
        src = "timeline_entities te JOIN timeline t ON t.id = te.entry_id"
        where.append("te.entity_id = ?")
        args.append(entity)
    if type:
        where.append("t.type = ?")
        args.append(type)
    return src, where, args


# Indexes the paged queries above need beyond schema.sql; created (idempotently) whenever a corpus is
# opened for writing, so that a read-only reader finds them.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS timeline_stated ON timeline(inferred, position)",
    "CREATE INDEX IF NOT EXISTS timeline_date ON timeline(date)",
    "CREATE INDEX IF NOT EXISTS te_entry_entity ON timeline_entities(entry_id, entity_id)",
    "CREATE INDEX IF NOT EXISTS te_entity_entry ON timeline_entities(entity_id, position, entry_id)",
    "CREATE INDEX IF NOT EXISTS tm_source_entry ON timeline_members(source, entry_id, local_id)",
    # the entries shown by default (SHOWN), counted and paged from the index: read from the table, each
    # entry's confidence lies after its evidence list, and the counts read every row of it (10k documents,
    # 57,659 entries: the whole timeline's counts 24 -> 3.4 ms; one type's 7.0 -> 0.6 ms)
    "CREATE INDEX IF NOT EXISTS timeline_shown ON timeline(position, confidence)",
    "CREATE INDEX IF NOT EXISTS timeline_type_shown ON timeline(type, position, confidence)",
)


def ensure_indexes(conn: sqlite3.Connection) -> None:
    with conn:
        for sql in INDEXES:
            conn.execute(sql)

"""Time to answer a question (offline, no LLM) on a large synthetic corpus.

    python bench/ask_speed.py --source-db corpus.db --docs 10000 [--work /tmp/ask-speed]

The corpus is synthesized from a built one (e.g. examples/ and the sample texts, 10 documents): every
document is copied under new names until there are --docs of them (10 x 1,000 = 10,000), with its
annotations, its sentence index (FTS5 rows and the vectors the build computed) and its timeline entries,
conflicts and entity memberships repeated for each copy, so the timeline and each entity's events grow with
the corpus (1,000 Lyushkovs' worth of events to sift), as the work per question would. What copies cannot
imitate: retrieval ties (a sentence has 1,000 identical twins), so fewer questions find a second sentence
and are answered; the bench prints how many, beside the source corpus's count, and the times of the
answered questions alone. Reports the first question (loading vectors and tables) and the median and 95th
percentile of the questions of bench/ask_questions.json on the warm answerer, as the reader and
`Corpus.ask` in a long-lived process use it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


def synthesize(source_db: Path, db: Path, docs: int) -> None:
    """Copies of the built corpus's documents (annotations, sentence index and vectors included) under new
    names, with their timeline entries, conflicts and entity memberships: plain SQL on a copy of the
    database (a bench fixture, not a code path), so 10,000 documents take minutes, not the hours the
    pipeline would. The copies' sentences carry the vectors the build computed for the originals. Columns
    are read from the schema, so the fixture follows schema changes."""
    import shutil
    import sqlite3

    shutil.copy(source_db, db)
    con = sqlite3.connect(db)
    originals = con.execute("SELECT id, source FROM documents ORDER BY id").fetchall()
    copies = docs // len(originals) - 1
    q = lambda cols: ", ".join(f'"{c}"' for c in cols)  # noqa: E731
    doc_cols = [c for c in _columns(con, "documents") if c not in ("id", "source")]
    per_doc = {t: [c for c in _columns(con, t) if c != "doc_id"] for (t,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'ask_sentences'")
        if "doc_id" in _columns(con, t)}
    tl_cols = _columns(con, "timeline")
    timeline = [dict(zip(tl_cols, r)) for r in con.execute("SELECT * FROM timeline")]
    span = 1 + max((t.get("position") or 0 for t in timeline), default=0)
    tl_members = con.execute("SELECT entry_id, source, local_id FROM timeline_members").fetchall()
    tl_entities = con.execute("SELECT * FROM timeline_entities").fetchall() if "timeline_entities" in {
        r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")} else None
    cf_cols = [c for c in _columns(con, "conflicts") if c != "id"]
    conflicts = [dict(zip(cf_cols, r)) for r in con.execute(f"SELECT {q(cf_cols)} FROM conflicts ORDER BY id")]
    has_cf_sources = "conflict_sources" in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    members = con.execute("SELECT entity_id, source, local_id FROM corpus_entity_members").fetchall()
    with con:
        con.execute("DROP TRIGGER IF EXISTS ask_document_gone")
        for k in range(1, copies + 1):
            prefix = f"synthetic/{k:04d}/"
            for old_id, source in originals:
                cur = con.execute(f"INSERT INTO documents (source, {q(doc_cols)}) SELECT ?, {q(doc_cols)} "
                                  "FROM documents WHERE id=?", (prefix + source, old_id))
                new_id = cur.lastrowid
                for table, cols in per_doc.items():
                    con.execute(f"INSERT INTO {table} (doc_id, {q(cols)}) SELECT ?, {q(cols)} FROM {table} "
                                "WHERE doc_id=?", (new_id, old_id))
                rows = con.execute('SELECT start, "end", text, vector FROM ask_sentences WHERE doc_id=?', (old_id,))
                for start, end, text, vector in rows.fetchall():
                    sid = con.execute('INSERT INTO ask_sentences (doc_id, start, "end", text, vector) VALUES (?,?,?,?,?)',
                                      (new_id, start, end, text, vector)).lastrowid
                    con.execute("INSERT INTO ask_fts (rowid, text) VALUES (?, ?)", (sid, text))

            def moved(js: str) -> str:
                return json.dumps([{**e, "source": prefix + e["source"]} for e in json.loads(js)], ensure_ascii=False)
            rows = []
            for t in timeline:
                row = {**t, "id": f"{t['id']}-{k}", "sources": moved(t["sources"])}
                if "position" in row and row["position"] is not None:
                    row["position"] = row["position"] + k * span
                rows.append([row[c] for c in tl_cols])
            con.executemany(f"INSERT INTO timeline ({q(tl_cols)}) VALUES ({','.join('?' * len(tl_cols))})", rows)
            con.executemany("INSERT INTO timeline_members (entry_id, source, local_id) VALUES (?,?,?)",
                            [(f"{m[0]}-{k}", prefix + m[1], m[2]) for m in tl_members])
            if tl_entities:
                con.executemany(f"INSERT INTO timeline_entities VALUES ({','.join('?' * len(tl_entities[0]))})",
                                [(f"{r[0]}-{k}", *r[1:]) for r in tl_entities])
            for c in conflicts:
                row = {**c, "evidence": moved(c["evidence"])}
                cid = con.execute(f"INSERT INTO conflicts ({q(cf_cols)}) VALUES ({','.join('?' * len(cf_cols))})",
                                  [row[x] for x in cf_cols]).lastrowid
                if has_cf_sources:
                    con.executemany("INSERT INTO conflict_sources (conflict_id, source) VALUES (?, ?)",
                                    [(cid, src) for src in {e["source"] for e in json.loads(row["evidence"])}])
            con.executemany("INSERT INTO corpus_entity_members (entity_id, source, local_id) VALUES (?,?,?)",
                            [(m[0], prefix + m[1], m[2]) for m in members])
        con.execute("UPDATE meta SET value = value || '-synthetic' WHERE key = 'corpus_fingerprint'")
    con.execute("CREATE TRIGGER IF NOT EXISTS ask_document_gone AFTER DELETE ON documents BEGIN "
                "DELETE FROM ask_fts WHERE rowid IN (SELECT id FROM ask_sentences WHERE doc_id = old.id); "
                "DELETE FROM ask_sentences WHERE doc_id = old.id; END")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source-db", type=Path, required=True)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/ask-speed"))
    args = ap.parse_args()
    from historiograph.ask.answer import Answerer
    from historiograph.ask.index import update
    from historiograph.store import Corpus

    args.work.mkdir(parents=True, exist_ok=True)
    db = args.work / f"synthetic-{args.docs}.db"
    if not db.exists():
        t0 = time.perf_counter()
        synthesize(args.source_db, db, args.docs)
        print(f"synthesized {args.docs} documents in {time.perf_counter() - t0:.1f} s")
        with Corpus(db) as corpus:
            t0 = time.perf_counter()
            update(corpus)  # nothing left to embed: the copies carry their vectors
            n = corpus.conn.execute("SELECT count(*) FROM ask_sentences").fetchone()[0]
            print(f"sentence index: {n} sentences ({time.perf_counter() - t0:.1f} s to check)")
    questions = [q["q"] for q in json.loads((REPO / "bench" / "ask_questions.json").read_text())["questions"]]
    corpus = Corpus(db, readonly=True)
    t0 = time.perf_counter()
    answerer = Answerer(corpus)
    answerer.ask(questions[0])
    print(f"first question (loads vectors, timeline, entities): {time.perf_counter() - t0:.2f} s")
    with Corpus(args.source_db, readonly=True) as small:
        before = sum(not Answerer(small).ask(q)["unanswerable"] for q in questions)
    times, cpu, answered, answered_times = [], [], 0, []
    for q in questions:
        t0, c0 = time.perf_counter(), time.process_time()
        result = Answerer(corpus).ask(q)  # a new answerer per question, as a request gets; the cache is per database
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        answered += not result["unanswerable"]
        if not result["unanswerable"]:
            answered_times.append(times[-1])
    n = len(times)
    # the copies tie in retrieval (1,000 identical sentences), so fewer questions find a second sentence
    print(f"{answered} of {n} questions answered here, {before} on the source corpus "
          "(a fast 'does not answer' would flatter the timing)")
    for name, xs in (("wall", times), ("cpu", cpu), ("wall, answered only", answered_times)):
        # cpu: all threads' time (numpy may use several)
        n = len(xs)
        xs = sorted(xs)
        print(f"{args.docs} documents, {n} questions, {name}: median {xs[n // 2] * 1000:.0f} ms, "
              f"p95 {xs[int(n * 0.95)] * 1000:.0f} ms, max {xs[-1] * 1000:.0f} ms")
    for t, q in sorted(zip(times, questions))[-3:]:
        print(f"  {t * 1000:.0f} ms  {q}")


if __name__ == "__main__":
    main()

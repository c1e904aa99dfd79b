"""Time to answer a question (offline, no LLM) on a large synthetic corpus.

    python bench/ask_speed.py --source-db corpus.db --docs 10000 [--work /tmp/ask-speed]

The corpus is synthesized from a built one (e.g. examples/ and the sample texts): every document is copied
under new names until there are --docs of them, with its sentence index, and its timeline entries and
conflicts repeated for each copy (so the timeline grows with the corpus, as it would, rather than merging
the copies into one event). Reports the build of the index, the first question
(loading vectors and tables) and the median and 95th percentile of the questions of bench/ask_questions.json
on the warm answerer, as the reader and `Corpus.ask` in a long-lived process use it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def synthesize(source_db: Path, db: Path, docs: int) -> None:
    """Copies of the built corpus's documents (annotations, sentence index and vectors included) under new
    names, with their timeline entries, conflicts and entity memberships: plain SQL on a copy of the
    database (a bench fixture, not a code path), so 10,000 documents take minutes, not the hours the
    pipeline would. The copies' sentences carry the vectors the build computed for the originals."""
    import shutil
    import sqlite3

    shutil.copy(source_db, db)
    con = sqlite3.connect(db)
    originals = con.execute("SELECT id, source FROM documents ORDER BY id").fetchall()
    copies = docs // len(originals) - 1
    doc_cols = ("path, sha256, size, mtime_ns, format, title, author, published, quoted_from, words, text, "
                "annotations, built_at")
    tables = {"mentions": 'start, "end", text, label, entity, zone', "entities": "id, name, label, aliases, place, refers_to",
              "timexes": 'start, "end", text, type, value, mod, bibliographic',
              "citations": 'start, "end", text, reference, page', "refs": 'id, label, text, csl, start, "end", "full"',
              "events": "id, type, trigger_start, trigger_end, sentence_start, sentence_end, time_value, time_mod, "
                        "place, certainty, attributed_to, data",
              "issues": 'kind, start, "end", message'}
    timeline = con.execute("SELECT * FROM timeline").fetchall()
    tl_members = con.execute("SELECT * FROM timeline_members").fetchall()
    conflicts = con.execute("SELECT kind, message, evidence FROM conflicts").fetchall()
    members = con.execute("SELECT * FROM corpus_entity_members").fetchall()
    with con:
        con.execute("DROP TRIGGER IF EXISTS ask_document_gone")
        for k in range(1, copies + 1):
            prefix = f"synthetic/{k:04d}/"
            for old_id, source in originals:
                cur = con.execute(f"INSERT INTO documents (source, {doc_cols}) SELECT ?, {doc_cols} FROM documents "
                                  "WHERE id=?", (prefix + source, old_id))
                new_id = cur.lastrowid
                for table, cols in tables.items():
                    con.execute(f"INSERT INTO {table} (doc_id, {cols}) SELECT ?, {cols} FROM {table} WHERE doc_id=?",
                                (new_id, old_id))
                rows = con.execute('SELECT start, "end", text, vector FROM ask_sentences WHERE doc_id=?', (old_id,))
                for start, end, text, vector in rows.fetchall():
                    sid = con.execute('INSERT INTO ask_sentences (doc_id, start, "end", text, vector) VALUES (?,?,?,?,?)',
                                      (new_id, start, end, text, vector)).lastrowid
                    con.execute("INSERT INTO ask_fts (rowid, text) VALUES (?, ?)", (sid, text))
            def moved(js: str) -> str:
                return json.dumps([{**e, "source": prefix + e["source"]} for e in json.loads(js)], ensure_ascii=False)
            con.executemany("INSERT INTO timeline VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                            [(f"{t[0]}-{k}", t[1], *t[2:9], moved(t[9]), *t[10:]) for t in timeline])
            con.executemany("INSERT INTO timeline_members VALUES (?,?,?)",
                            [(f"{m[0]}-{k}", prefix + m[1], m[2]) for m in tl_members])
            con.executemany("INSERT INTO conflicts (kind, message, evidence) VALUES (?,?,?)",
                            [(c[0], c[1], moved(c[2])) for c in conflicts])
            con.executemany("INSERT INTO corpus_entity_members VALUES (?,?,?)",
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
    times, cpu = [], []
    for q in questions:
        t0, c0 = time.perf_counter(), time.process_time()
        Answerer(corpus).ask(q)  # a new answerer per question, as a request gets; the cache is per database
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    n = len(times)
    for name, xs in (("wall", times), ("cpu", cpu)):  # cpu: what the question costs on a machine not shared
        xs = sorted(xs)
        print(f"{args.docs} documents, {n} questions, {name}: median {xs[n // 2] * 1000:.0f} ms, "
              f"p95 {xs[int(n * 0.95)] * 1000:.0f} ms, max {xs[-1] * 1000:.0f} ms")
    for t, q in sorted(zip(times, questions))[-3:]:
        print(f"  {t * 1000:.0f} ms  {q}")


if __name__ == "__main__":
    main()

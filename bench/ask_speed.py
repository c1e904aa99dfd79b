"""Time to answer a question (offline, no LLM) on a large synthetic corpus.

    python bench/ask_speed.py --source-db corpus.db --docs 10000 [--work /tmp/ask-speed]

The corpus is synthesized from a built one (e.g. examples/ and the sample texts): every document is stored
again under new names until there are --docs of them, its timeline entries and conflicts repeated for each
copy (so the timeline grows with the corpus, as it would, rather than merging the copies into one event);
then the sentence index is built as `build` builds it. Reports the build of the index, the first question
(loading vectors and tables) and the median and 95th percentile of the questions of bench/ask_questions.json
on the warm answerer, as the reader and `Corpus.ask` in a long-lived process use it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def synthesize(source_db: Path, db: Path, docs: int) -> None:
    from historiograph.model import CorpusTables, EvidenceSpan
    from historiograph.store import Corpus

    with Corpus(source_db, readonly=True) as src:
        originals = [src.annotated_json(s) for s in src.sources()]
        tables = src.tables()
    copies = []
    with Corpus(db) as corpus:
        for i in range(docs):
            data = dict(originals[i % len(originals)])
            copy = f"synthetic/{i:05d}-{Path(data['source']).name}"
            copies.append((data["source"], copy, i))
            corpus.put({**data, "source": copy}, path=copy)
        timeline, conflicts, entities = [], [], tables.entities
        for original, copy, i in copies:
            def moved(spans):
                return [EvidenceSpan(copy, s.start, s.end, s.text, s.citations) for s in spans if s.source == original]
            for t in tables.timeline:
                spans = moved(t.sources)
                if spans:
                    timeline.append(replace(t, id=f"{t.id}-{i}", sources=spans,
                                            members=[(copy, m) for s, m in t.members if s == original]))
            for c in tables.conflicts:
                spans = moved(c.evidence)
                if spans:
                    conflicts.append(replace(c, evidence=spans))
        members = {}
        for e in entities:
            members[e.id] = [(copy, local) for original, copy, _ in copies for s, local in e.members if s == original]
        entities = [replace(e, members=members[e.id], documents=[]) for e in entities]
        corpus.put_corpus(CorpusTables(entities=entities, timeline=timeline, conflicts=conflicts, works=tables.works))


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
            update(corpus)
            n = corpus.conn.execute("SELECT count(*) FROM ask_sentences").fetchone()[0]
            print(f"sentence index: {n} sentences embedded and stored in {time.perf_counter() - t0:.1f} s")
    questions = [q["q"] for q in json.loads((REPO / "bench" / "ask_questions.json").read_text())["questions"]]
    corpus = Corpus(db, readonly=True)
    t0 = time.perf_counter()
    answerer = Answerer(corpus)
    answerer.ask(questions[0])
    print(f"first question (loads vectors, timeline, entities): {time.perf_counter() - t0:.2f} s")
    times = []
    for q in questions:
        t0 = time.perf_counter()
        Answerer(corpus).ask(q)  # a new answerer per question, as a request gets; the cache is per database
        times.append(time.perf_counter() - t0)
    times.sort()
    n = len(times)
    print(f"{args.docs} documents, {n} questions: median {times[n // 2] * 1000:.0f} ms, "
          f"p95 {times[int(n * 0.95)] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    slow = sorted(zip(times, questions))[-3:]
    for t, q in slow:
        print(f"  {t * 1000:.0f} ms  {q}")


if __name__ == "__main__":
    main()

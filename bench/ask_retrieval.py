"""Which retrieval finds the evidence: BM25, WordLlama dense, spaCy en_core_web_md word vectors averaged
per sentence, and the hybrids (reciprocal-rank fusion with BM25).

    python bench/ask_retrieval.py --db corpus.db      # a corpus built from examples/ and ../shared/seeds/

For each answerable question of bench/ask_questions.json: is a sentence of one of its documents that holds
one of its evidence strings among the first k retrieved (recall@k), and at which rank (MRR@40)?
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()
    from historiograph.ask.answer import Answerer
    from historiograph.ask.index import RRF_K
    from historiograph.ask.question import parse
    from historiograph.nlp import load_model
    from historiograph.store import Corpus
    from historiograph.store import sentences as store

    corpus = Corpus(args.db, readonly=True)
    answerer = Answerer(corpus)
    retriever = answerer.retriever
    rows = store.sentences(corpus, [int(i) for i in retriever.ids])
    ids = [int(i) for i in retriever.ids]
    nlp = load_model(None)

    def spacy_vec(text: str) -> np.ndarray:
        toks = [t for t in nlp.tokenizer(text) if t.has_vector and not t.is_punct and not t.is_stop]
        v = np.mean([t.vector for t in toks], axis=0) if toks else np.zeros(nlp.vocab.vectors_length)
        n = np.linalg.norm(v)
        return v / n if n else v

    spacy_matrix = np.stack([spacy_vec(rows[i]["text"]) for i in ids])

    def spacy_dense(query: str, k: int = 100):
        s = spacy_matrix @ spacy_vec(query)
        top = np.argsort(-s)[:k]
        return [(ids[j], float(s[j])) for j in top]

    def fuse(*rankings):
        fused = {}
        for ranking in rankings:
            for rank, (sid, _) in enumerate(ranking):
                fused[sid] = fused.get(sid, 0.0) + 1.0 / (RRF_K + rank)
        return sorted(fused, key=lambda s: -fused[s])

    items = [q for q in json.loads((REPO / "bench" / "ask_questions.json").read_text())["questions"]
             if not q.get("unanswerable")]
    modes = ["bm25", "wordllama", "spacy-md", "bm25+wordllama", "bm25+spacy-md"]
    ranks: dict[str, list[int | None]] = {m: [] for m in modes}
    for item in items:
        q = parse(item["q"], answerer.state.names, lambda w: store.has_word(corpus, w))
        lexical = store.bm25(corpus, answerer.search_terms(q), 100)
        wl = retriever.dense(q.rest, 100)
        sp = spacy_dense(q.rest)
        lists = {"bm25": [s for s, _ in lexical], "wordllama": [s for s, _ in wl], "spacy-md": [s for s, _ in sp],
                 "bm25+wordllama": fuse(lexical, wl), "bm25+spacy-md": fuse(lexical, sp)}
        good = {i for i in ids if Path(rows[i]["source"]).name in item["sources"]
                and any(re.search(re.escape(e), rows[i]["text"], re.I) for e in item["evidence"])}
        for m in modes:
            ranks[m].append(next((r for r, s in enumerate(lists[m][:40]) if s in good), None))
    n = len(items)
    print(f"{n} answerable questions, {len(ids)} sentences")
    print(f"{'retrieval':16} {'R@1':>6} {'R@5':>6} {'R@10':>6} {'R@40':>6} {'MRR@40':>7}")
    for m in modes:
        rs = ranks[m]
        rec = {k: sum(1 for r in rs if r is not None and r < k) / n for k in (1, 5, 10, 40)}
        mrr = sum(1 / (r + 1) for r in rs if r is not None) / n
        print(f"{m:16} {rec[1]:6.2f} {rec[5]:6.2f} {rec[10]:6.2f} {rec[40]:6.2f} {mrr:7.3f}")


if __name__ == "__main__":
    main()

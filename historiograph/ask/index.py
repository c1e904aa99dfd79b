"""Hybrid retrieval over the sentence index: BM25 (SQLite FTS5) fused with dense cosine similarity.

`update` runs at build time and embeds only documents that have no sentences yet. `Retriever` keeps the
corpus's vectors in memory (loaded once per database state) and answers `search` by reciprocal-rank fusion
of the two rankings, so neither score scale has to be calibrated against the other.
"""
from __future__ import annotations

import json
import re
import threading
from typing import Any

import numpy as np

from ..store import Corpus
from ..store import sentences as store
from . import embed

SKIP_ZONES = {"references", "debris", "header"}
MAX_SENTENCE = 1200  # longer "sentences" are layout accidents (tables, lists): cut for embedding only
RRF_K = 60
COMMON_SHARE = 20  # a term in more than 1 in 20 sentences is left out of BM25 (see Retriever.informative)
COMMON_MIN = 2000


def _body_sentences(data: dict[str, Any]) -> list[tuple[int, int, str]]:
    text = data["text"]
    skip = [(z["start"], z["end"]) for z in data.get("zones", []) if z.get("kind") in SKIP_ZONES]
    out = []
    for start, end in data.get("sentences") or _rough_sentences(text):
        if any(s <= start < e for s, e in skip):
            continue
        chunk = text[start:end]
        if len(chunk.split()) < 3:
            continue
        out.append((start, end, chunk))
    return out


def _rough_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans for a document stored without them (full stop, then space and a capital)."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])(?:\[\d+\])*\s+(?=[A-Z\u0400-\u04FF])|\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def update(corpus: Corpus) -> int:
    """Index the sentences of every document not yet indexed; returns how many documents were indexed."""
    if store.index_model(corpus) != embed.MODEL:
        store.reset(corpus, embed.MODEL)
    done = 0
    for doc_id, data_json in list(store.documents_to_index(corpus)):
        rows = _body_sentences(json.loads(data_json))
        store.put_sentences(corpus, doc_id, rows, embed.embed([t[:MAX_SENTENCE] for _, _, t in rows]))
        done += 1
    return done


_WORD = re.compile(r"\w[\w'’-]*", re.UNICODE)


class Retriever:
    """Hybrid search over one corpus database; vectors are cached per database state."""

    _cache: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
    _counts: dict[tuple[str, str], dict[str, int]] = {}
    _lock = threading.Lock()

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        key = (str(corpus.path.resolve()), store.state_key(corpus))
        with self._lock:
            if key not in self._cache:
                for k in [k for k in self._cache if k[0] == key[0]]:
                    del self._cache[k]
                self._cache[key] = store.load_vectors(corpus, embed.DIM)
        self.ids, self.matrix = self._cache[key]
        with self._lock:
            if key not in self._counts:
                self._counts.clear()
                self._counts[key] = {}
        self.counts = self._counts[key]
        self.common = max(COMMON_MIN, len(self.ids) // COMMON_SHARE)

    def informative(self, terms: list[str]) -> list[str]:
        """The terms without those in more than 1/COMMON_SHARE of the sentences: their BM25 weight is near
        nothing, and ranking their matches (every "Soviet" of a large corpus) costs the most. The rarest
        term stays when all are common. Counts are kept per database state."""
        counts = {}
        for t in terms:
            if t not in self.counts:
                self.counts[t] = store.term_count(self.corpus, t, self.common)
            counts[t] = self.counts[t]
        kept = [t for t in terms if counts[t] < self.common]
        return kept or sorted(terms, key=lambda t: counts[t])[:1]

    def dense(self, query: str, limit: int = 100) -> list[tuple[int, float]]:
        if not len(self.ids):
            return []
        q = embed.embed([query])[0]
        scores = self.matrix @ q
        k = min(limit, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[i]), float(scores[i])) for i in top]

    def search(self, query: str, terms: list[str] | None = None, limit: int = 30,
               mode: str = "hybrid") -> list[dict[str, Any]]:
        """Sentences best matching `query`: [{id, source, start, end, text, score, bm25, dense}]."""
        terms = terms if terms is not None else [w for w in _WORD.findall(query.lower()) if len(w) > 2]
        lexical = store.bm25(self.corpus, self.informative(terms), 100) if mode in ("hybrid", "bm25") else []
        dense = self.dense(query, 100) if mode in ("hybrid", "dense") else []
        fused: dict[int, float] = {}
        for ranking in (lexical, dense):
            for rank, (sid, _) in enumerate(ranking):
                fused[sid] = fused.get(sid, 0.0) + 1.0 / (RRF_K + rank)
        best = sorted(fused, key=lambda s: -fused[s])[:limit]
        rows = store.sentences(self.corpus, best)
        lex, den = dict(lexical), dict(dense)
        return [{"id": s, **rows[s], "score": fused[s], "bm25": lex.get(s), "dense": den.get(s)}
                for s in best if s in rows]

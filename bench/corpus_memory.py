"""Peak memory and CPU time of the whole corpus stage over a stored corpus, read whole into memory
("list": ``Corpus.all_annotated``) or streamed from the store at each pass ("stream": ``Corpus.stream``),
and the tables it makes, to compare the two (``--compare A.json B.json``).

    python bench/corpus_memory.py DB {list,stream} [--out tables.json]
    python bench/corpus_memory.py --compare a.json b.json
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def run(db: str, mode: str, out: str | None) -> dict:
    from historiograph.corpus import build_corpus
    from historiograph.store import Corpus
    from scale import _comparable

    with Corpus(db, readonly=True) as c:
        c0 = time.process_time()
        docs = c.all_annotated() if mode == "list" else c.stream()
        load = time.process_time() - c0
        costs: dict[str, float] = {}
        tables = build_corpus(docs, costs=costs)
        del docs
        result = {"mode": mode, "documents": len(c.sources()), "load_s": round(load, 1),
                  **{f"{k}_s": round(v, 1) for k, v in costs.items()},
                  "corpus_s": round(load + sum(costs.values()), 1),
                  "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "entities": len(tables.entities), "timeline": len(tables.timeline),
                  "conflicts": len(tables.conflicts), "works": len(tables.works)}
    if out:
        Path(out).write_text(json.dumps(_comparable(tables), sort_keys=True))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?")
    ap.add_argument("mode", nargs="?", choices=["list", "stream"], default="stream")
    ap.add_argument("--out")
    ap.add_argument("--compare", nargs=2)
    a = ap.parse_args()
    if a.compare:
        x, y = (json.loads(Path(p).read_text()) for p in a.compare)
        bad = [k for k in x if x[k] != y.get(k)]
        print("identical" if not bad else f"differ: {', '.join(bad)}")
        sys.exit(1 if bad else 0)
    print(json.dumps(run(a.db, a.mode, a.out)))


if __name__ == "__main__":
    main()

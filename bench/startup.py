"""Start-up of annotate, part by part, in CPU seconds (median of fresh processes).

What bench/throughput.py counts as start-up (the model and the first document, whose lazily loaded
resources come with it), split: the imports before it, the model, and the first document less the
same document run again (what the first document loaded). Then each resource alone, in the order a
document first needs it, in a process that has loaded the model (later parts exclude earlier ones).

    .venv/bin/python bench/startup.py [--runs 3]

The gazetteer comes from its cache (datafiles.built_once, ~/.cache/historiograph) once one process has
built it; ``HISTORIOGRAPH_CACHE=off`` measures it built. WordNet synsets are read from the data files
held in memory (historiograph/wordnet_lines.py): what the first document loads includes its synsets.
"""
from __future__ import annotations

import argparse
import importlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _clock(parts: dict, name: str, fn):
    c = time.process_time()
    out = fn()
    parts[name] = time.process_time() - c
    return out


def child(mode: str) -> dict:
    sys.path.insert(0, str(REPO))
    parts: dict = {}
    c0 = time.process_time()
    from historiograph import ingest, pipeline
    from historiograph.nlp import load_model

    parts["imports (historiograph, spaCy)"] = time.process_time() - c0
    first = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))[:1] or sorted((REPO / "examples").glob("*.txt"))[:1]
    doc = ingest.read(first[0])
    _clock(parts, "model (load_model)", load_model)
    if mode == "pipeline":
        _clock(parts, "first document", lambda: pipeline.run(doc))
        _clock(parts, "same document again", lambda: pipeline.run(doc))
        parts["loaded by the first document"] = parts["first document"] - parts["same document again"]
        return parts
    from historiograph.entities import places
    from historiograph.events import detector, lexicon, wordnet

    _clock(parts, "stage modules (imports)", pipeline._stages)
    _clock(parts, "gazetteer", places.gazetteer)
    _clock(parts, "city-name index", places._cities_by_name)
    _clock(parts, "nltk import (its WordNet module)", importlib.import_module("historiograph.nltk_import").wordnet_module)
    _clock(parts, "WordNet reader", wordnet.reader)
    _clock(parts, "time patterns (compiled on use)", importlib.import_module("historiograph.time.lexicon").patterns)
    _clock(parts, "edtf import", lambda: importlib.import_module("edtf"))
    _clock(parts, "event lexicon and phrase Matcher", lambda: lexicon.phrase_matcher(load_model().vocab))
    _clock(parts, "event CRF", detector.tagger)
    _clock(parts, "first document (the rest)", lambda: pipeline.run(doc))
    _clock(parts, "same document again", lambda: pipeline.run(doc))
    return parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", choices=("pipeline", "parts"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    # The package's bytecode, as `make install` writes it and bench/throughput.py does: with
    # PYTHONDONTWRITEBYTECODE set and none written, every child would compile every module (~0.3 s).
    import compileall

    compileall.compile_dir(str(REPO / "historiograph"), quiet=1)
    for mode in ("pipeline", "parts"):
        runs = [json.loads(subprocess.run([sys.executable, __file__, "--child", mode], capture_output=True,
                                          text=True, check=True).stdout.splitlines()[-1]) for _ in range(args.runs)]
        print(f"{'as bench/throughput.py counts it' if mode == 'pipeline' else 'resource by resource'} "
              f"(median of {args.runs}):")
        for name in runs[0]:
            print(f"  {name:36} {statistics.median(r[name] for r in runs):6.2f}")
        if mode == "pipeline":
            total = statistics.median(r["model (load_model)"] + r["first document"] for r in runs)
            print(f"  {'start-up as throughput.py times it':36} {total:6.2f}")


if __name__ == "__main__":
    main()

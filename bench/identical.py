"""Is the annotate output byte-identical to a baseline? A guard for exact speed-ups.

Runs ``pipeline.run`` over a fixed text set (../shared/seeds, examples/, the narrative-dev texts and
every 4th TempEval-3 training document, tags removed) and writes each document's annotate JSON (as
``annotate --format json`` prints it) to OUT/NNN.json. With ``--against BASE`` it then compares OUT
with a directory written earlier and lists the documents that differ (exit status 1 when any does).

    .venv/bin/python bench/identical.py /tmp/base                    # before a change
    .venv/bin/python bench/identical.py /tmp/after --against /tmp/base  # after it

``--batched`` runs ``pipeline.run_many`` over batches of 16 documents instead (as ``annotate`` does
with several files): the same output as ``pipeline.run`` is the rule.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from historiograph import ingest, pipeline  # noqa: E402


def documents() -> list:
    docs = []
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    paths += [p for p, err in ingest.iter_files([REPO / "examples"]) if err is None]
    paths += sorted((SHARED / "data" / "narrative-dev" / "texts").glob("*"))
    for p in paths:
        try:
            docs.append(ingest.read(p))
        except ingest.IngestError as exc:
            print(f"skipped {exc}", file=sys.stderr)
    for f in sorted((SHARED / "data" / "tempeval3-train").glob("*/*.tml"))[::4]:
        body = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(encoding="utf-8"), re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else "")).strip() + "\n"
        docs.append(ingest.from_text(text, source=f.name))
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--against", type=Path, help="a directory written earlier by this script")
    ap.add_argument("--batched", action="store_true", help="pipeline.run_many over batches of 16 documents")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs = documents()
    if args.batched:
        results = [ad for n in range(0, len(docs), 16) for ad in pipeline.run_many(docs[n:n + 16])]
    else:
        results = (pipeline.run(d) for d in docs)
    for n, ad in enumerate(results):
        line = json.dumps(ad.to_json(), ensure_ascii=False) + "\n"
        (args.out / f"{n:03d}.json").write_text(line, encoding="utf-8")
    print(f"{len(docs)} documents written to {args.out}")
    if not args.against:
        return 0
    differ = [f"{n:03d} {d.source}" for n, d in enumerate(docs)
              if (args.out / f"{n:03d}.json").read_bytes() != (args.against / f"{n:03d}.json").read_bytes()]
    print(f"{len(differ)} of {len(docs)} differ from {args.against}" + "".join(f"\n  {x}" for x in differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

"""Book-length documents: time and peak memory against length (issue 17).

Builds texts of the sizes asked for by joining the development texts (../shared/data/narrative-dev,
then the TempEval-3 training texts' bodies), paragraphs kept, and annotates each in a fresh child
process with the full pipeline (windowed), so each peak RSS is that document's own. Prints characters,
words, seconds, words/s and peak MiB per size; time should grow in proportion, memory stay flat.

    .venv/bin/python bench/books.py --kb 100 1000 10000
"""
from __future__ import annotations

import argparse
import html
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"


def source_texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((DATA / "narrative-dev" / "texts").glob("*.txt"))]
    for p in sorted((DATA / "tempeval3-train").glob("*/*.tml")):
        body = re.search(r"<TEXT>(.*)</TEXT>", p.read_text(encoding="utf-8"), re.S)
        if body:
            out.append(html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip())
    if not out:
        sys.exit(f"no development texts under {DATA}")
    return out


def book(chars: int) -> str:
    texts, parts, n, i = source_texts(), [], 0, 0
    while n < chars:
        t = texts[i % len(texts)]
        parts.append(t)
        n += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def child(path: str) -> None:
    sys.path.insert(0, str(REPO))
    from historiograph import ingest, pipeline

    text = Path(path).read_text(encoding="utf-8")
    t = time.time()
    ad = pipeline.run(ingest.from_text(text))
    dt = time.time() - t
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"chars": len(text), "words": len(text.split()), "seconds": dt, "cpu": cpu.ru_utime + cpu.ru_stime,
                      "peak_mib": cpu.ru_maxrss / 1024, "mentions": len(ad.mentions), "timexes": len(ad.timexes),
                      "events": len(ad.events), "failed": pipeline.failures(ad)}))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        return child(sys.argv[2])
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", type=int, nargs="+", default=[100, 1000, 10000])
    args = ap.parse_args()
    import tempfile

    for kb in args.kb:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
            fh.write(book(kb * 1000))
        out = subprocess.run([sys.executable, __file__, "--child", fh.name], capture_output=True, text=True)
        Path(fh.name).unlink()
        if out.returncode:
            print(f"{kb} kB: failed\n{out.stderr[-2000:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{kb:>6} kB: {r['words']:>9,} words  {r['seconds']:7.1f} s  {r['words'] / r['seconds']:6.0f} words/s "
              f"(cpu {r['cpu']:.0f} s)  peak {r['peak_mib']:5.0f} MiB  events {r['events']}  failed {r['failed']}",
              flush=True)


if __name__ == "__main__":
    main()

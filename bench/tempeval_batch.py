"""Every TempEval-3 training document (TimeBank + AQUAINT) through `historiograph annotate` in ONE batch.

The body of each .tml file (tags removed) is written as a .txt file; the real command line annotates
them all in one process. Prints how many came out, how many failed (the exit status says so too) and
the failure lines. A bug in a stage must cost one line, never the rest of the batch.

    .venv/bin/python bench/tempeval_batch.py
"""
from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "tempeval3-train"


def main() -> int:
    files = sorted(DATA.glob("*/*.tml"))
    if not files:
        sys.exit(f"no .tml files under {DATA}")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for f in files:
            body = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(encoding="utf-8"), re.S)
            text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else "")).strip() + "\n"
            p = Path(tmp) / (f.stem + ".txt")
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        t = time.time()
        proc = subprocess.run([sys.executable, "-m", "historiograph", "annotate", "--format", "json", *paths],
                              capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
        dt = time.time() - t
    out = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    problems = [ln for ln in proc.stderr.splitlines() if ln.strip() and "Warning" not in ln]
    print(f"{len(files)} documents in one batch: {len(out)} annotated, exit status {proc.returncode}, "
          f"{len(problems)} lines on stderr, {dt:.0f} s")
    for ln in problems[:20]:
        print("  ", ln)
    return 0 if len(out) == len(files) and proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

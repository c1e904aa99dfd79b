"""What corrections cost a build: the corpus stage with none, and with one correction per entity and event of
the example corpus (renames, certainty changes), then re-anchoring them all after every text moved.

    .venv/bin/python bench/corrections_overhead.py [FOLDER]   (default: examples/)
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from historiograph.build import build
from historiograph.corrections import files, make, refresh
from historiograph.corrections.model import Correction
from historiograph.store import Corpus


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main(folder: Path) -> None:
    tmp = Path(tempfile.mkdtemp())
    docs = tmp / "docs"
    shutil.copytree(folder, docs)
    db = tmp / "corpus.db"
    with Corpus(db) as corpus:
        _, t_build = timed(lambda: build(corpus, [docs], jobs=1))
        _, t_none = timed(lambda: refresh(corpus, force=True))
        made: list[Correction] = []
        for e in corpus.entities():
            made.append(make(corpus, "rename", author="bench", entity=e["id"], name=e["name"] + " (checked)"))
        for t in corpus.timeline():
            made.append(make(corpus, "set-certainty", author="bench", event=t["id"], certainty="reported"))
        path = files.path_for(db)
        for c in made:
            files.append(path, c.stamped())
        report, t_with = timed(lambda: refresh(corpus, force=True))
        applied = sum(r.status == "applied" for r in report.resolved)
        for p in docs.rglob("*"):
            if p.is_file() and p.suffix in (".txt", ".md"):
                p.write_text("A line added above, to move every offset.\n\n" + p.read_text(encoding="utf-8"),
                             encoding="utf-8")
        report2, t_moved = timed(lambda: build(corpus, [docs], jobs=1))
        moved = sum(r.status == "moved" for r in report2.corrections.resolved)
        orphaned = len(report2.corrections.orphaned)
    print(f"{folder}: build {t_build:.1f} s; corpus stage without corrections {t_none:.2f} s; "
          f"with {len(made)} corrections {t_with:.2f} s ({applied} applied); "
          f"after every .txt/.md text moved: rebuild {t_moved:.1f} s, {moved} moved, {orphaned} orphaned")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "examples")

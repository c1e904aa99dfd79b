"""A two-document corpus of our own sentences for the corrections tests, built by the real pipeline."""
from __future__ import annotations

import json
from pathlib import Path

NARVIK = """The Narvik Affair

In March 1921 General Ivan Petrov arrived in Narvik with his staff. Petrov signed the treaty with Norway on 12 April 1921.

Anna Lind wrote that Petrov was arrested in Oslo on 3 May 1925. The old soldier Vanya Pietrow died in 1930.
"""
MEMOIR = """Memoirs of a Harbour Master

Ivan Petrov was arrested in Oslo on 9 May 1926. Anna Lind left for Stockholm in 1927.
"""


def write_corpus(folder: Path) -> Path:
    docs = folder / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "narvik.txt").write_text(NARVIK, encoding="utf-8")
    (docs / "memoir.txt").write_text(MEMOIR, encoding="utf-8")
    return docs


def build_db(db: Path, docs: Path):
    """Build (or rebuild) the database from the folder; the BuildReport."""
    from historiograph.build import build
    from historiograph.store import Corpus

    with Corpus(db) as corpus:
        return build(corpus, [docs], jobs=1)


def remove_db(db: Path) -> None:
    for p in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        p.unlink(missing_ok=True)


def snapshot(db: Path) -> str:
    """Everything the corrected corpus says, as one JSON text (for comparing two builds)."""
    from historiograph.store import Corpus

    with Corpus(db, readonly=True) as c:
        docs = {s: c.annotated_json(s) for s in c.sources()}
        for d in docs.values():
            d.pop("metadata", None)
        data = {"entities": c.entities(), "timeline": c.timeline(), "conflicts": c.conflicts(), "docs": docs,
                "corrections": [{k: r[k] for k in ("id", "status", "start", "end", "note")} for r in c.corrections()]}
    return json.dumps(data, sort_keys=True, ensure_ascii=False)

"""The corrections file: JSON Lines beside the database (corpus.db -> corpus.corrections.jsonl).

It is the source of truth, meant for version control: one correction a line, appended, never rewritten
(an undo is a new line). The database only mirrors it, so deleting the database and building again from
the documents and this file gives the same corrected corpus.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .model import Correction, CorrectionError, validate


def path_for(db: str | Path) -> Path:
    db = Path(db)
    return db.with_name((db.stem if db.suffix else db.name) + ".corrections.jsonl")


def read(path: Path) -> tuple[list[Correction], list[str]]:
    """The corrections of the file, and one line per line that is not a valid correction (never dropped
    silently: the caller reports them)."""
    if not path.is_file():
        return [], []
    out: list[Correction] = []
    problems: list[str] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            c = Correction.from_json(json.loads(line))
            validate(c, seen)
            if not c.id or c.id in seen:
                raise CorrectionError(f"missing or repeated id {c.id!r}")
        except (json.JSONDecodeError, CorrectionError, KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path}:{n}: not a valid correction ({exc})")
            continue
        seen.add(c.id)
        out.append(c)
    return out, problems


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes() if path.is_file() else b"").hexdigest()


def append(path: Path, c: Correction) -> None:
    """Add one correction as one line, flushed to disk before returning."""
    line = json.dumps(c.to_json(), ensure_ascii=False, sort_keys=False)
    if "\n" in line:  # json.dumps escapes newlines; this is a guard, not a case
        raise CorrectionError("a correction must fit on one line")
    with open(path, "a", encoding="utf-8") as f:
        if f.tell() > 0:
            with open(path, "rb") as r:  # a file edited by hand may lack its last newline
                r.seek(-1, os.SEEK_END)
                if r.read(1) != b"\n":
                    f.write("\n")
        f.write(line + "\n")
        f.flush()
        os.fsync(f.fileno())

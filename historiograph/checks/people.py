"""Birth and death dates of well-known figures (historiograph/data/people/figures.tsv)."""
from __future__ import annotations

import functools
from anyascii import anyascii

from .. import datafiles


def fold(name: str) -> str:
    return " ".join(anyascii(name).lower().replace("-", " ").replace(".", " ").split())


@functools.lru_cache(maxsize=1)
def figures() -> dict[str, tuple[str, str | None, str | None]]:
    """folded name or alias -> (canonical name, born, died) as TIMEX3 values."""
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for fields in datafiles.rows("people", "figures.tsv"):
        names, born, died = (fields + ["", ""])[:3]
        names_l = [n.strip() for n in names.split(";") if n.strip()]
        rec = (names_l[0], born.strip() or None, died.strip() or None)
        for n in names_l:
            table.setdefault(fold(n), rec)
    return table


def lookup(names: list[str]) -> tuple[str, str | None, str | None] | None:
    """The figure one of these names (an entity's name and aliases) denotes, if any."""
    table = figures()
    for n in names:
        hit = table.get(fold(n))
        if hit is not None:
            return hit
    return None

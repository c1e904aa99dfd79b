"""How the corpus steps read their documents: a list in memory, or the store's ``StoredDocs``, which
decodes them anew at each pass (one at a time) and, through ``only``, only the fields that pass reads."""
from __future__ import annotations

from typing import Any


def only(docs: Any, *fields: str) -> Any:
    """``docs`` limited to the annotation fields one pass reads (besides the source), when they come from
    the store; a list as it is."""
    pick = getattr(docs, "only", None)
    return pick(*fields) if pick is not None else docs


def in_order(docs: Any) -> Any:
    """The documents by source (the store gives them in that order)."""
    return docs if getattr(docs, "ordered", False) else sorted(docs, key=lambda d: d.document.source)

"""The whole corpus as one JSON document: every annotated document (spec JSON) and the corpus tables."""
from __future__ import annotations

import json
from dataclasses import asdict

from .provenance import of


def export(tables, docs) -> str:
    return json.dumps({
        "documents": [d.to_json() for d in docs],
        "entities": [{**asdict(e), "provenance": of(e.provenance)} for e in tables.entities],
        "timeline": [{**asdict(t), "provenance": of(t.provenance)} for t in tables.timeline],
        "conflicts": [{**asdict(c), "provenance": of(c.provenance)} for c in tables.conflicts],
        "works": [asdict(w) for w in tables.works],
    }, ensure_ascii=False, indent=1)

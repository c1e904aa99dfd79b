"""The whole corpus as one JSON document: every annotated document (spec JSON) and the corpus tables."""
from __future__ import annotations

import json
from dataclasses import asdict


def export(tables, docs) -> str:
    return json.dumps({
        "documents": [d.to_json() for d in docs],
        "entities": [asdict(e) for e in tables.entities],
        "timeline": [asdict(t) for t in tables.timeline],
        "conflicts": [asdict(c) for c in tables.conflicts],
        "works": [asdict(w) for w in tables.works],
    }, ensure_ascii=False, indent=1)

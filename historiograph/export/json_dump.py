"""The whole corpus as one JSON document: every annotated document (spec JSON) and the corpus tables.

A timeline entry also lists its ``described_participants``: those no entity stands for ("the rebels",
"the governor of Savoy"), with their role, kind and words (``participants`` has their names only)."""
from __future__ import annotations

import json
from dataclasses import asdict

from .common import described_records, entity_index, events
from .provenance import of


def export(tables, docs) -> str:
    described = {v.entry.id: described_records(v) for v in events(tables, docs, entity_index(tables, docs))}
    return json.dumps({
        "documents": [d.to_json() for d in docs],
        "entities": [{**asdict(e), "provenance": of(e.provenance)} for e in tables.entities],
        "timeline": [{**asdict(t), "provenance": of(t.provenance), "described_participants": described.get(t.id, [])}
                     for t in tables.timeline],
        "conflicts": [{**asdict(c), "provenance": of(c.provenance)} for c in tables.conflicts],
        "works": [asdict(w) for w in tables.works],
    }, ensure_ascii=False, indent=1)

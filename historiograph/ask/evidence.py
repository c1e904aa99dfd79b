"""Citations: a span of a document with the footnote markers of its sentence and their CSL records."""
from __future__ import annotations

import json
from typing import Any

from ..store import Corpus
from ..store import sentences as store

MARKER_SLACK = 40  # markers may follow the sentence's full stop ("...in 1938.[3][4]")


class Citer:
    """Builds citation dicts; each document's notes are read once."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self._notes: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {}

    def notes(self, source: str):
        if source not in self._notes:
            self._notes[source] = store.document_notes(self.corpus, source)
        return self._notes[source]

    def cite(self, source: str, start: int, end: int, text: str) -> dict[str, Any]:
        markers, refs = self.notes(source)
        inside = [m for m in markers if start <= m["start"] < end + MARKER_SLACK]
        kept, reach = [], end
        for m in inside:  # markers inside the sentence, then those that follow it with nothing between
            if m["start"] < end or m["start"] - reach <= 1:
                kept.append(m)
                reach = max(reach, m["end"])
        inside = kept
        records = []
        for m in inside:
            ref = refs.get(m["reference"] or "")
            if ref:
                csl = json.loads(ref["csl"]) if ref["csl"] else None
                records.append({"marker": m["text"], "text": ref["text"], "csl": csl})
        return {"source": source, "start": start, "end": end, "text": text,
                "footnote": "".join(m["text"] for m in inside) or None,
                "reference": records[0]["csl"] if records else None,
                "references": records}

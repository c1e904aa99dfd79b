"""Citations: a span of a document (its exact characters), the footnote markers of its sentence from the
span onwards, and their CSL records.

A marker belongs to the clause it closes: "A says X,[1] while B says Y.[2]" cites [2] for Y, and for X
both [1] and (as the sentence's closing note) [2]; a marker before the span belongs to an earlier clause.
"""
from __future__ import annotations

import bisect
import json
from typing import Any

from ..store import Corpus
from ..store import sentences as store

MARKER_SLACK = 40  # markers may follow the sentence's full stop ("...in 1938.[3][4]")


class Citer:
    """Builds citation dicts; each document's notes and sentence bounds are read once."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self._notes: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {}
        self._bounds: dict[str, list[tuple[int, int]]] = {}

    def notes(self, source: str):
        if source not in self._notes:
            self._notes[source] = store.document_notes(self.corpus, source)
        return self._notes[source]

    def sentence_end(self, source: str, start: int, end: int) -> int:
        """The end of the indexed sentence holding the span's last character (the span's own end when the
        span lies outside the index, e.g. in a heading)."""
        if source not in self._bounds:
            self._bounds[source] = store.sentence_bounds(self.corpus, source)
        bounds = self._bounds[source]
        i = bisect.bisect_right(bounds, (max(start, end - 1), float("inf"))) - 1
        if i >= 0 and bounds[i][0] <= end - 1 < bounds[i][1]:
            return max(end, bounds[i][1])
        return end

    def past_leading_markers(self, source: str, start: int, end: int) -> int:
        """A span that a sentence splitter began with the previous sentence's marker ("[1] On 17 May ...")
        starts after it: that note is the previous sentence's."""
        markers, _ = self.notes(source)
        text = store.document_slice(self.corpus, source, start, end) or ""
        pos = start
        while True:
            pos += len(text[pos - start:]) - len(text[pos - start:].lstrip())
            m = next((m for m in markers if m["start"] == pos and m["end"] < end), None)
            if m is None:
                return pos if pos < end else start
            pos = m["end"]

    def reference_texts(self, source: str, start: int, end: int) -> list[str]:
        """The reference texts of the markers inside the span or right after it (a cheap check, for
        filtering many spans by whose account they are; `cite` reads the whole sentence)."""
        markers, refs = self.notes(source)
        return [refs[m["reference"]]["text"] for m in self.markers(source, start, end, whole_sentence=False)
                if m["reference"] in refs]

    def markers(self, source: str, start: int, end: int, whole_sentence: bool = True) -> list[dict[str, Any]]:
        markers, _ = self.notes(source)
        if not markers:
            return []
        stop = self.sentence_end(source, start, end) if whole_sentence else end
        kept, reach = [], stop
        for m in markers:  # inside the span or later in its sentence, then those right after the sentence
            if m["start"] < start or m["start"] >= stop + MARKER_SLACK:
                continue
            if m["start"] < stop or m["start"] - reach <= 1:
                kept.append(m)
                reach = max(reach, m["end"])
        return kept

    def cite(self, source: str, start: int, end: int, text: str | None = None) -> dict[str, Any]:
        start = self.past_leading_markers(source, start, end)
        exact = store.document_slice(self.corpus, source, start, end)
        inside = self.markers(source, start, end)
        _, refs = self.notes(source)
        records = []
        for m in inside:
            ref = refs.get(m["reference"] or "")
            if ref:
                csl = json.loads(ref["csl"]) if ref["csl"] else None
                records.append({"marker": m["text"], "text": ref["text"], "csl": csl})
        return {"source": source, "start": start, "end": end, "text": exact if exact is not None else text,
                "footnote": "".join(m["text"] for m in inside) or None,
                "reference": records[0]["csl"] if records else None,
                "references": records}

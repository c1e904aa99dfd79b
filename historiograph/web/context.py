"""Evidence in context: the whole sentence around a span, the span marked, and the footnotes it carries.

The overview pages (conflicts, bibliography, search, graph) quote what a source says; a bare "captured"
or "171,781" tells a reader nothing, so each quote is widened to its sentence. Documents are read once
per request (`Documents`), whatever number of spans a page quotes from them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from ..store import Corpus


class Documents:
    """What quoting each document of a page needs (text, sentences, citations, references), read at most
    once per request and without decoding its whole annotation JSON."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self._cache: dict[str, dict[str, Any] | None] = {}

    def get(self, source: str) -> dict[str, Any] | None:
        if source not in self._cache:
            self._cache[source] = self.corpus.context_of(source)
        return self._cache[source]


def sentence_bounds(data: dict[str, Any], start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) holding start..end; without a sentence split, the line around it."""
    text, sentences = data["text"], data.get("sentences") or []
    starts = [s for s, _ in sentences]
    i = bisect_right(starts, start) - 1
    if 0 <= i < len(sentences) and sentences[i][0] <= start:
        j = i
        while j + 1 < len(sentences) and sentences[j][1] < end:
            j += 1
        return sentences[i][0], max(sentences[j][1], end)
    lo = text.rfind("\n", 0, max(0, start - 1))
    hi = text.find("\n", end)
    return max(lo + 1, start - 200), min(hi if hi >= 0 else len(text), end + 200)


def parts(text: str, s0: int, s1: int, marks: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """text[s0:s1] cut into {"text", "hit"} pieces, the marked spans (clipped, merged) as hits."""
    out, pos = [], s0
    for a, b in sorted((max(a, s0), min(b, s1)) for a, b in marks if b > s0 and a < s1):
        if b <= pos:
            continue
        a = max(a, pos)
        if a > pos:
            out.append({"text": text[pos:a], "hit": False})
        out.append({"text": text[a:b], "hit": True})
        pos = b
    if pos < s1:
        out.append({"text": text[pos:s1], "hit": False})
    return [p for p in out if p["text"]]


def footnotes(data: dict[str, Any], s0: int, s1: int) -> list[dict[str, Any]]:
    """The citation markers inside s0..s1 with the reference each points to (its entry's text)."""
    refs = {r["id"]: r for r in data.get("references") or []}
    out = []
    for c in data.get("citations") or []:
        if s0 <= c["start"] < s1:
            ref = refs.get(c.get("reference") or "") or {}
            full = refs.get(ref.get("full") or "") or {}
            out.append({"marker": c["text"], "start": c["start"], "end": c["end"], "reference": ref.get("id"),
                        "text": " ".join((ref.get("text") or "").split()),
                        "full_text": " ".join((full.get("text") or "").split()) or None})
    return out


def in_context(docs: Documents, source: str, start: int, end: int,
               marks: list[tuple[int, int]] | None = None) -> dict[str, Any] | None:
    """The sentence around start..end: {"start", "end", "parts", "footnotes"}, the span marked."""
    data = docs.get(source)
    if data is None:
        return None
    s0, s1 = sentence_bounds(data, start, end)
    text = data["text"]
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    return {"start": s0, "end": s1, "parts": parts(text, s0, s1, marks or [(start, end)]),
            "footnotes": footnotes(data, s0, s1)}


def shorten(text: str, limit: int = 160) -> str:
    """A quote cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def query_terms(q: str) -> list[str]:
    """The words of a search query (what FTS5 matched), without its quotes and operators."""
    return [t for t in re.findall(r"\w+", q or "") if t.upper() not in ("AND", "OR", "NOT", "NEAR")]


def term_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the query's words occur in text, case-insensitively, as whole words or word starts."""
    if not terms:
        return []
    rx = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\w*",
                    re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(text)]

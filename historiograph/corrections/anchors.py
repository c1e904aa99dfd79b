"""Anchors: where in a document a correction points, and finding that place again after the text changed.

An anchor is a W3C Web Annotation target: the document, a TextPositionSelector and a TextQuoteSelector
(exact text, 32 characters of context each side). When the document's text is the one the correction was
made on (same sha256), the offsets hold. Otherwise the quote is searched: first exactly (the occurrence
whose context matches best, then the nearest), then fuzzily (rapidfuzz) for a quote lightly edited.
When it is not found the correction is orphaned: reported, never dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from .model import position, quote

CONTEXT = 32
FUZZY_QUOTE = 90  # partial_ratio of the quote against the text, 0-100
FUZZY_CONTEXT = 60  # and of its context, so that a short quote found by chance elsewhere is not taken


def make(source: str, sha256: str, text: str, start: int, end: int) -> dict[str, Any]:
    """The target of the span text[start:end] of one document."""
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"{source}: span {start}-{end} is outside the text ({len(text)} characters)")
    return {"source": source, "sha256": sha256, "selector": [
        {"type": "TextPositionSelector", "start": start, "end": end},
        {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": text[max(0, start - CONTEXT):start],
         "suffix": text[end:end + CONTEXT]}]}


@dataclass
class Found:
    start: int
    end: int
    how: str  # "same" (offsets hold), "moved" (found by quote), "fuzzy" (found by a close quote)


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> float:
    score = 0.0
    if prefix:
        score += fuzz.ratio(prefix, text[max(0, start - len(prefix)):start])
    if suffix:
        score += fuzz.ratio(suffix, text[end:end + len(suffix)])
    n = bool(prefix) + bool(suffix)
    return score / n if n else 100.0


def find(target: dict[str, Any], text: str, sha256: str | None = None) -> Found | None:
    """Where the target's span lies in `text` now, or None when its text is gone."""
    pos, q = position(target), quote(target)
    if pos is None or q is None:
        return None
    start, end = pos
    exact, prefix, suffix = q.get("exact", ""), q.get("prefix", ""), q.get("suffix", "")
    if text[start:end] == exact and (sha256 == target.get("sha256") or
                                     _context_score(text, start, end, prefix, suffix) >= 100.0):
        return Found(start, end, "same")
    hits = []
    i = text.find(exact)
    while i >= 0 and exact:
        hits.append(i)
        i = text.find(exact, i + 1)
    if hits:
        best = max(hits, key=lambda h: (_context_score(text, h, h + len(exact), prefix, suffix), -abs(h - start)))
        if len(hits) == 1 or _context_score(text, best, best + len(exact), prefix, suffix) >= FUZZY_CONTEXT:
            return Found(best, best + len(exact), "moved" if best != start else "same")
    if len(exact) >= 4:
        al = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_QUOTE)
        if al is not None and al.dest_end > al.dest_start:
            s, e = al.dest_start, al.dest_end
            if _context_score(text, s, e, prefix, suffix) >= FUZZY_CONTEXT:
                return Found(s, e, "fuzzy")
    return None

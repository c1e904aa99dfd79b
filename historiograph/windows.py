"""Long documents in windows: paragraph-aligned pieces, each annotated on its own, merged back.

A book (a memoir, a newspaper year) is cut at blank lines into windows of about `size` characters;
each window runs through every stage as a document of its own, so spaCy never sees more than one
window and no stage's cost can grow faster than a window. The merge shifts every offset by the
window's start, gives each window's local ids a suffix, and joins entities with the same name and
label across windows into one, so a person named in chapter 1 and chapter 9 is one entity.
A window boundary never cuts a paragraph, so no sentence, name or date crosses it; a text without
blank lines is cut at a line end, else after a sentence end, else at a space.
"""
from __future__ import annotations

import re
from typing import Any

from .model import AnnotatedDocument, Document, Issue

_CUTS = [re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’)\]]?\s"), re.compile(r"\s")]
# keys whose string values are a window's local ids (entities, references, events)
_ID_KEYS = {"id", "entity", "refers_to", "reference", "full", "place", "attributed_to", "source", "work"}


def split(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of each window; one window when the text is short."""
    n = len(text)
    if size <= 0 or n <= size:
        return [(0, n)]
    out, start = [], 0
    while n - start > size:
        end = _cut(text, start, start + size)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """The last good place to cut before `limit`, in the second half of the window."""
    lo = start + (limit - start) // 2
    for pattern in _CUTS:
        last = None
        for m in pattern.finditer(text, lo, limit):
            last = m
        if last is not None:
            return last.end()
    return limit


def merge(document: Document, parts: list[tuple[int, dict[str, Any]]], notes: list[Issue]) -> AnnotatedDocument:
    """One AnnotatedDocument over the whole text from the windows' spec JSON (offset, json)."""
    merged: dict[str, Any] = {"source": document.source, "metadata": {}, "text": document.text,
                              "format": document.format, "sha256": document.sha256}
    lists = ("mentions", "entities", "timexes", "citations", "references", "events", "issues", "zones",
             "attributions")
    for key in lists:
        merged[key] = []
    merged["sentences"] = []
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for k, (offset, data) in enumerate(parts):
        ids: dict[str, str] = {}
        for e in data.get("entities", []):
            key = (e["name"], e["label"])
            if key in by_name:
                ids[e["id"]] = by_name[key]["id"]
                seen = by_name[key]["aliases"]
                seen.extend(a for a in e.get("aliases", []) if a not in seen)
            else:
                ids[e["id"]] = e["id"] if k == 0 else f"{e['id']}-w{k}"
        for kind in ("references", "events"):
            for x in data.get(kind, []):
                ids[x["id"]] = x["id"] if k == 0 else f"{x['id']}-w{k}"
        for key in lists:
            for item in data.get(key, []):
                if key == "entities" and (item["name"], item["label"]) in by_name:
                    continue
                moved = _move(item, offset, ids)
                if key == "entities":
                    by_name[(item["name"], item["label"])] = moved
                merged[key].append(moved)
        merged["sentences"].extend([s + offset, e + offset] for s, e in data.get("sentences", []))
    ad = AnnotatedDocument.from_json(merged)
    ad.document = document
    return ad.with_(issues=[*notes, *ad.issues])


def _move(value: Any, offset: int, ids: dict[str, str], key: str | None = None) -> Any:
    if isinstance(value, dict):
        if key == "csl":
            return value
        return {k: (v + offset if k in ("start", "end") and isinstance(v, int) and not isinstance(v, bool)
                    else _move(v, offset, ids, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_move(v, offset, ids, key) for v in value]
    if isinstance(value, str) and key in _ID_KEYS | {"citations"}:
        return ids.get(value, value)
    return value

"""Corrections a historian makes to what the machine found, kept in a file beside the database and applied
on every build (see model.py for the shape, files.py for the file, anchors.py for finding text again,
apply.py for what each kind changes, engine.py for the build step).

Every write, from the CLI, the Python API or the reader, goes through `submit`: it validates the
correction, checks that its anchors quote the text as it is now, appends it to the file and brings the
database in line.
"""
from __future__ import annotations

from typing import Any

from . import anchors, files
from .engine import CorrectionsReport, refresh
from .model import KINDS, Correction, CorrectionError, position, quote, validate

__all__ = ["correct", "Correction", "CorrectionError", "CorrectionsReport", "KINDS", "submit", "refresh", "undo",
           "span_target", "entity_target", "event_target", "conflict_target", "make", "history"]


def _check_quotes(corpus, c: Correction) -> None:
    texts = corpus.document_texts()
    for what, t in (("target", c.target), ("payload.with", c.payload.get("with"))):
        if not t:
            continue
        if t["source"] not in texts:
            raise CorrectionError(f"{what}: no document {t['source']!r} in this corpus")
        text, sha = texts[t["source"]]
        start, end = position(t)
        if end > len(text) or text[start:end] != quote(t)["exact"]:
            raise CorrectionError(f"{what}: the text at {start}-{end} of {t['source']} is not the quote")
        t.setdefault("sha256", sha)


def submit(corpus, c: Correction) -> tuple[Correction, CorrectionsReport]:
    """THE way a correction is made: validate, append to the corrections file, apply. `corpus` is a
    writable `store.Corpus`. Raises CorrectionError (one line) and writes nothing when it cannot be made."""
    path = files.path_for(corpus.path)
    existing, _ = files.read(path)
    c.stamped()
    validate(c, {x.id for x in existing})
    if c.kind != "undo":
        _check_quotes(corpus, c)
    files.append(path, c)
    return c, refresh(corpus, path)


def undo(corpus, correction_id: str, author: str, reason: str = "") -> tuple[Correction, CorrectionsReport]:
    return submit(corpus, Correction("undo", None, {"reverts": correction_id}, author=author, reason=reason))


def history(corpus) -> list[dict[str, Any]]:
    """The corrections with where each stands (applied, moved, orphaned, unapplied, reverted, undo)."""
    return corpus.corrections()


# ---- targets from what a person sees --------------------------------------------------------------

def span_target(corpus, source: str, start: int, end: int) -> dict[str, Any]:
    texts = corpus.document_texts()
    if source not in texts:
        raise CorrectionError(f"no document {source!r} in this corpus")
    text, sha = texts[source]
    try:
        return anchors.make(source, sha, text, start, end)
    except ValueError as exc:
        raise CorrectionError(str(exc)) from None


def entity_target(corpus, entity_id: str) -> dict[str, Any]:
    """A corpus entity, anchored at its first mention (the corpus entity's id may change; its text not)."""
    ent = next((e for e in corpus.corpus_entities() if e.id == entity_id), None)
    if ent is None:
        raise CorrectionError(f"no entity {entity_id!r} in this corpus")
    for source, local in sorted(ent.members):
        data = corpus.annotated_json(source) or {}
        m = next((m for m in data.get("mentions", []) if m.get("entity") == local), None)
        if m is not None:
            return span_target(corpus, source, m["start"], m["end"])
    raise CorrectionError(f"entity {entity_id!r} has no mention to anchor a correction on")


def event_target(corpus, event: str) -> dict[str, Any]:
    """An event: a timeline entry id ("T-…") or "SOURCE#LOCALID", anchored at its trigger."""
    if "#" in event:
        source, local = event.rsplit("#", 1)
    else:
        entry = next((t for t in corpus.timeline_entries() if t.id == event), None)
        if entry is None or not entry.members:
            raise CorrectionError(f"no event {event!r} in this corpus")
        source, local = sorted(entry.members)[0]
    data = corpus.annotated_json(source) or {}
    v = next((v for v in data.get("events", []) if v["id"] == local), None)
    if v is None:
        raise CorrectionError(f"no event {local!r} in {source!r}")
    return span_target(corpus, source, v["trigger"]["start"], v["trigger"]["end"])


def conflict_target(corpus, number: int) -> tuple[dict[str, Any], str]:
    """Conflict number `number` (1-based, as listed) anchored at its first evidence, and its kind."""
    found = corpus.conflict_list()
    if not 1 <= number <= len(found) or not found[number - 1].evidence:
        raise CorrectionError(f"no conflict number {number} (there are {len(found)})")
    c = found[number - 1]
    ev = c.evidence[0]
    return span_target(corpus, ev.source, ev.start, ev.end), c.kind


def make(corpus, kind: str, *, author: str, reason: str = "", entity: str | None = None,
         other: str | None = None, event: str | None = None, conflict: int | None = None,
         source: str | None = None, start: int | None = None, end: int | None = None,
         **payload: Any) -> Correction:
    """A correction of `kind` from what a person names: entity ids, an event, a conflict number or a span."""
    payload = {k: v for k, v in payload.items() if v not in (None, "", [])}
    if kind in ("merge", "split", "relabel", "rename"):
        if source is not None and start is not None and end is not None:
            target = span_target(corpus, source, start, end)  # one mention (split moves just that one)
        elif entity:
            target = entity_target(corpus, entity)
        else:
            raise CorrectionError(f"{kind}: name the entity (or a mention: source, start, end)")
        if other:
            payload["with"] = entity_target(corpus, other)
        elif kind == "merge":
            raise CorrectionError("merge: name the other entity")
    elif kind in ("reject-event", "set-type", "set-date", "set-participants", "set-certainty"):
        if not event:
            raise CorrectionError(f"{kind}: name the event (timeline id or SOURCE#ID)")
        target = event_target(corpus, event)
    elif kind == "conflict":
        if conflict is None:
            raise CorrectionError("conflict: give the conflict's number")
        target, ckind = conflict_target(corpus, conflict)
        payload.setdefault("conflict_kind", ckind)
    elif kind in ("add-event", "add-mention", "reject-mention"):
        if source is None or start is None or end is None:
            raise CorrectionError(f"{kind}: give the document and the span (source, start, end)")
        target = span_target(corpus, source, start, end)
    else:
        raise CorrectionError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    return Correction(kind, target, payload, author=author, reason=reason)


def correct(db: str, kind: str, *, author: str, reason: str = "", **what: Any) -> Correction:
    """The Python API in one call: `correct("corpus.db", "merge", author="Ada", entity="E-a", other="E-b")`.
    Arguments as `make` takes them; the correction is submitted (validated, appended, applied)."""
    from ..store import Corpus

    with Corpus(db) as corpus:
        return submit(corpus, make(corpus, kind, author=author, reason=reason, **what))[0]

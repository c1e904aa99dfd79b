"""A correction: one change a person made to what the machine found, anchored in the text it is about.

A correction is one JSON object (one line of the corrections file): ``id``, ``author``, ``time``,
``reason``, ``kind``, ``payload`` and a ``target`` in the shape of a W3C Web Annotation target: the
document (``source`` and its ``sha256``) and two selectors, a TextPositionSelector (offsets) and a
TextQuoteSelector (the exact text with some context), so that it can be found again when the text moves.
Some kinds point at a second place (``payload.with``: merge this entity with the one named there).
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

# kind -> (needs a target, what the payload must or may carry)
KINDS: dict[str, str] = {
    "merge": "the entity named at target and the one at payload.with are one",
    "split": "the mention at target is another entity: the one at payload.with, or a new one (payload.name)",
    "relabel": "the entity named at target has label payload.label",
    "rename": "the entity named at target is called payload.name",
    "reject-event": "the event whose trigger is at target is not an event",
    "set-type": "the event at target has type payload.type",
    "set-date": "the event at target happened at payload.value (TIMEX3), payload.mod optional",
    "set-participants": "the event at target has participants payload.participants [{role, name}]",
    "set-certainty": "the event at target has certainty payload.certainty",
    "add-event": "the span at target is the trigger of an event of payload.type (value, certainty, participants)",
    "conflict": "the conflict whose evidence is at target is payload.verdict: not-a-conflict or confirmed",
    "add-mention": "the span at target names an entity: payload.label, payload.name (the entity) optional",
    "reject-mention": "the span at target names no entity",
    "undo": "the correction payload.reverts no longer applies",
}
ENTITY_KINDS = {"merge", "split", "relabel", "rename"}
EVENT_KINDS = {"reject-event", "set-type", "set-date", "set-participants", "set-certainty"}
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK", "EVENT")
CERTAINTIES = ("asserted", "reported", "hedged", "disputed", "negated")
ROLES = ("agent", "patient", "recipient", "instrument")
VERDICTS = ("not-a-conflict", "confirmed")
_TIMEX = re.compile(r"^(?:-?\d{1,4}(?:-(?:\d\d|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI)(?:-\d\d)?)?"
                    r"(?:T\d\d(?::\d\d(?::\d\d)?)?)?|\d{1,3}|PRESENT_REF|PAST_REF|FUTURE_REF)$")
_TYPE = re.compile(r"^[a-z][a-z_-]{0,40}$")
_MODS = ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
         "EQUAL_OR_MORE", "START", "MID", "END", "APPROX")


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why, in one line."""


@dataclass
class Correction:
    kind: str
    target: dict[str, Any] | None
    payload: dict[str, Any] = field(default_factory=dict)
    author: str = "anonymous"
    reason: str = ""
    time: str = ""
    id: str = ""

    def to_json(self) -> dict[str, Any]:
        out = {"id": self.id, "author": self.author, "time": self.time, "reason": self.reason, "kind": self.kind,
               "payload": self.payload}
        if self.target is not None:
            out["target"] = self.target
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Correction":
        if not isinstance(data, dict):
            raise CorrectionError("not a JSON object")
        return cls(kind=str(data.get("kind", "")), target=data.get("target"), payload=data.get("payload") or {},
                   author=str(data.get("author") or "anonymous"), reason=str(data.get("reason") or ""),
                   time=str(data.get("time") or ""), id=str(data.get("id") or ""))

    def stamped(self) -> "Correction":
        """With an id and a time, when it has none."""
        if not self.time:
            self.time = datetime.now(timezone.utc).isoformat(timespec="seconds")
        if not self.id:
            self.id = "c-" + secrets.token_hex(6)
        return self


def position(target: dict[str, Any] | None) -> tuple[int, int] | None:
    for s in (target or {}).get("selector", []):
        if s.get("type") == "TextPositionSelector":
            return int(s["start"]), int(s["end"])
    return None


def quote(target: dict[str, Any] | None) -> dict[str, str] | None:
    for s in (target or {}).get("selector", []):
        if s.get("type") == "TextQuoteSelector":
            return s
    return None


def _check_target(t: Any, what: str) -> None:
    if not isinstance(t, dict) or not isinstance(t.get("source"), str) or not t["source"]:
        raise CorrectionError(f"{what} must name a document (source)")
    listed = isinstance(t.get("selector"), list)
    pos = position(t) if listed else None
    q = quote(t) if listed else None
    if pos is None or q is None:
        raise CorrectionError(f"{what} needs a TextPositionSelector and a TextQuoteSelector")
    if not (0 <= pos[0] < pos[1]):
        raise CorrectionError(f"{what}: an empty or reversed span ({pos[0]}-{pos[1]})")
    if not isinstance(q.get("exact"), str) or not q["exact"].strip():
        raise CorrectionError(f"{what}: the quote is empty")


def _participants(value: Any) -> None:
    if not isinstance(value, list):
        raise CorrectionError("participants must be a list of {role, name}")
    for p in value:
        if not isinstance(p, dict) or p.get("role") not in ROLES or not str(p.get("name") or "").strip():
            raise CorrectionError(f"a participant needs a role ({', '.join(ROLES)}) and a name")


def validate(c: Correction, known_ids: set[str] | None = None) -> Correction:
    """Raise CorrectionError unless `c` is a correction that can be made; return it."""
    p = c.payload
    if c.kind not in KINDS:
        raise CorrectionError(f"unknown kind {c.kind!r}; one of {', '.join(KINDS)}")
    if not isinstance(p, dict):
        raise CorrectionError("payload must be an object")
    if not c.author.strip() or len(c.author) > 200 or len(c.reason) > 2000:
        raise CorrectionError("author must be given (at most 200 characters), reason at most 2000")
    if c.kind == "undo":
        if not isinstance(p.get("reverts"), str) or (known_ids is not None and p["reverts"] not in known_ids):
            raise CorrectionError(f"undo: no correction {p.get('reverts')!r} to revert")
        return c
    _check_target(c.target, "target")
    if c.kind == "merge" or (c.kind == "split" and p.get("with") is not None):
        _check_target(p.get("with"), "payload.with")
    if c.kind in ("relabel", "add-mention") and p.get("label") not in LABELS:
        raise CorrectionError(f"label must be one of {', '.join(LABELS)}")
    if c.kind == "rename" and not str(p.get("name") or "").strip():
        raise CorrectionError("rename needs a name")
    if c.kind in ("set-type", "add-event") and not _TYPE.match(str(p.get("type") or "")):
        raise CorrectionError("an event type is a lower-case word (as in spec/events.md)")
    if c.kind == "set-date" or (c.kind == "add-event" and p.get("value")):
        if not _TIMEX.match(str(p.get("value") or "")):
            raise CorrectionError(f"{p.get('value')!r} is not a TIMEX3 value (1921, 1921-05, 1921-05-03)")
        if p.get("mod") not in (None, "", *_MODS):
            raise CorrectionError(f"mod must be one of {', '.join(_MODS)}")
    if c.kind == "set-certainty" or (c.kind == "add-event" and p.get("certainty")):
        if p.get("certainty") not in CERTAINTIES:
            raise CorrectionError(f"certainty must be one of {', '.join(CERTAINTIES)}")
    if c.kind == "set-participants" or (c.kind == "add-event" and p.get("participants")):
        _participants(p.get("participants"))
    if c.kind == "conflict":
        if p.get("verdict") not in VERDICTS:
            raise CorrectionError(f"verdict must be one of {', '.join(VERDICTS)}")
        if p["verdict"] == "not-a-conflict" and not c.reason.strip():
            raise CorrectionError("say why it is not a conflict (reason)")
    return c

"""Who stands behind a fact, for every export: the machine, or the people whose corrections changed or
confirmed it (``provenance`` of the model, set by historiograph.corrections)."""
from __future__ import annotations

from typing import Any

MACHINE = {"by": "machine"}


def of(p: dict[str, Any] | None) -> dict[str, Any]:
    return p if p and p.get("by") == "person" else MACHINE


def label(p: dict[str, Any] | None) -> str:
    """"machine", or "person: Ada, Ben" (confirmed: "confirmed: Ada")."""
    p = of(p)
    if p["by"] != "person":
        return "machine"
    return ("confirmed: " if p.get("verdict") == "confirmed" else "person: ") + ", ".join(p.get("authors", []))


def creator(p: dict[str, Any] | None) -> dict[str, Any] | list[dict[str, Any]]:
    """A Web Annotation `creator`: the software, or the people (with the software for what they kept)."""
    p = of(p)
    software = {"type": "Software", "name": "historiograph"}
    if p["by"] != "person":
        return software
    return [software, *({"type": "Person", "name": a} for a in p.get("authors", []))]

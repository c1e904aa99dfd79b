"""Placeholder: one record per work across documents (sources issue)."""
from __future__ import annotations

from ..model import AnnotatedDocument, Work


def works(docs: list[AnnotatedDocument]) -> list[Work]:
    return []

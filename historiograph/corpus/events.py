"""Placeholder: one timeline entry per event told by one or several documents (events issue)."""
from __future__ import annotations

from ..model import AnnotatedDocument, CorpusEntity, TimelineEntry


def timeline(docs: list[AnnotatedDocument], entities: list[CorpusEntity]) -> list[TimelineEntry]:
    return []

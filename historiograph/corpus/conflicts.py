"""Placeholder: statements that cannot all be true (events issue)."""
from __future__ import annotations

from ..model import AnnotatedDocument, Conflict, CorpusEntity, TimelineEntry


def find(docs: list[AnnotatedDocument], entities: list[CorpusEntity],
         timeline: list[TimelineEntry]) -> list[Conflict]:
    return []

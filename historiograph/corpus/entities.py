"""Placeholder: one entity per referent across documents (entities issue)."""
from __future__ import annotations

from ..model import AnnotatedDocument, CorpusEntity


def resolve(docs: list[AnnotatedDocument]) -> list[CorpusEntity]:
    return []

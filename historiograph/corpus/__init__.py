"""The corpus stage: what only reading all documents together gives.

A sequence of named steps over the annotated documents (as GraphRAG's indexer does); each returns a
table of ``CorpusTables``. Deterministic: the same documents give the same tables, whatever order
they were built in.
"""
from __future__ import annotations

from ..model import AnnotatedDocument, CorpusTables
from . import bibliography, conflicts, entities, events


def build_corpus(docs: list[AnnotatedDocument]) -> CorpusTables:
    docs = sorted(docs, key=lambda d: d.document.source)
    ents = entities.resolve(docs)
    works = bibliography.works(docs)
    timeline = events.timeline(docs, ents)
    found = conflicts.find(docs, ents, timeline)
    return CorpusTables(entities=ents, timeline=timeline, conflicts=found, works=works)

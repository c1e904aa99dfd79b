"""The corpus stage: what only reading all documents together gives.

A sequence of named steps over the annotated documents (as GraphRAG's indexer does); each returns a
table of ``CorpusTables``. Deterministic: the same documents give the same tables, whatever order
they were built in.
"""
from __future__ import annotations

from typing import Any

from ..model import AnnotatedDocument, CorpusTables
from . import bibliography, conflicts, entities, events


def build_corpus(docs: list[AnnotatedDocument], corrections: Any = None) -> CorpusTables:
    """`corrections` (historiograph.corrections.CorpusCorrections) adjusts the entities, timeline and
    conflicts a person corrected, between the steps, so that each step reads the corrected one before."""
    docs = sorted(docs, key=lambda d: d.document.source)
    ents = entities.resolve(docs)
    if corrections is not None:
        ents = corrections.entities(ents)
    works = bibliography.works(docs)
    timeline = events.timeline(docs, ents)
    if corrections is not None:
        timeline = corrections.timeline(timeline)
    found = conflicts.find(docs, ents, timeline)
    if corrections is not None:
        found = corrections.conflicts(found)
    return CorpusTables(entities=ents, timeline=timeline, conflicts=found, works=works)

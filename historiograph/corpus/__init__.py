"""The corpus stage: what only reading all documents together gives.

A sequence of named steps over the annotated documents (as GraphRAG's indexer does); each returns a
table of ``CorpusTables``. Deterministic: the same documents give the same tables, whatever order
they were built in. ``costs``, when given, receives the CPU seconds each step took (bench/scale.py;
CPU time, since wall time on a shared machine measures the neighbours too).
"""
from __future__ import annotations

import time
from typing import Any

from ..model import AnnotatedDocument, Conflict, CorpusEntity, CorpusTables, TimelineEntry
from . import bibliography, conflicts, entities, events
from .reading import in_order, only


def build_corpus(docs: list[AnnotatedDocument], corrections: Any = None,
                 costs: dict[str, float] | None = None) -> CorpusTables:
    """`corrections` (historiograph.corrections.CorpusCorrections) adjusts the entities, timeline and
    conflicts a person corrected, between the steps, so that each step reads the corrected one before.
    `costs` collects CPU seconds per step."""
    costs = {} if costs is None else costs
    docs = in_order(docs)
    ents, timeline, found = linked(docs, corrections, costs)
    clock = time.process_time()
    works = bibliography.works(only(docs, "references", "metadata"))
    costs["bibliography"] = costs.get("bibliography", 0.0) + time.process_time() - clock
    return CorpusTables(entities=ents, timeline=timeline, conflicts=found, works=works)


def linked(docs: list[AnnotatedDocument], corrections: Any = None, costs: dict[str, float] | None = None
           ) -> tuple[list[CorpusEntity], list[TimelineEntry], list[Conflict]]:
    """The steps that join documents through their entities (entities, timeline, conflicts); the
    bibliography joins them through cited works only, so that the incremental stage
    (``corpus.incremental``) gives each its own components."""
    costs = {} if costs is None else costs
    clock = time.process_time()

    def step(name: str) -> None:
        nonlocal clock
        now = time.process_time()
        costs[name] = costs.get(name, 0.0) + now - clock
        clock = now

    docs = in_order(docs)
    ents = entities.resolve(docs)
    if corrections is not None:
        ents = corrections.entities(ents)
    step("entities")
    reading = events.Reading(docs, ents)  # one pass for both steps; its records held once
    timeline = events.timeline(docs, ents, reading)
    if corrections is not None:
        timeline = corrections.timeline(timeline)
    step("timeline")
    found = conflicts.find(docs, ents, timeline, reading)
    del reading
    if corrections is not None:
        found = corrections.conflicts(found)
    step("conflicts")
    return ents, timeline, found

"""Statements that cannot all be true, across the corpus and within each document.

The rules are those of the checks stage (``historiograph.checks.rules``), run over every event of the
corpus with participants as corpus entities: a death stated in one text makes a later act told in
another an anachronism; two texts dating one event differently make a date conflict. The
narrative-date check is per document.
"""
from __future__ import annotations

from ..checks import narrative, people, rules
from ..checks.records import from_document
from ..events.confidence import THRESHOLD
from ..model import AnnotatedDocument, Conflict, CorpusEntity, TimelineEntry
from .events import CorpusKeys, records


def find(docs: list[AnnotatedDocument], entities: list[CorpusEntity],
         timeline: list[TimelineEntry]) -> list[Conflict]:
    keys = CorpusKeys(docs, entities)
    # only events at or above the default confidence are compared: a doubtful reading is no contradiction
    recs = [r for r in records(docs, keys) if r.event.confidence >= THRESHOLD]
    ce_by_id = {ce.id: ce for ce in entities}

    def figure_of(key: str):
        ce = ce_by_id.get(key)
        if ce is not None:
            if ce.label != "PERSON":
                return None
            return people.lookup([ce.name, *ce.aliases])
        if key.startswith("name:"):
            return people.lookup([key[5:]])
        return None

    spans = rules.lifespans(recs, figure_of)
    found = rules.anachronisms(recs, spans)
    for ad in docs:
        found += narrative.narrative_dates(ad, from_document(ad, keys.key_of, keys.name_of))
    found += rules.competing_accounts(recs)
    found += rules.same_event_conflicts(recs, lambda r, local: keys.name_of(keys.key_of(r.source, local)))
    order = {"anachronism": 0, "narrative_date": 1, "date_conflict": 2, "number_conflict": 3,
             "place_conflict": 4, "competing_accounts": 5, "date_discrepancy": 6}
    out = rules.dedupe(found)
    out.sort(key=lambda c: (order.get(c.kind, 9), c.evidence[0].source if c.evidence else "",
                            c.evidence[0].start if c.evidence else 0))
    return out

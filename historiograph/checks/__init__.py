"""The checks stage: what a careful reader of one document should be told.

Anachronisms (an event after a participant's death: dates stated in the text, else the figures
data file), dates at odds with their narrative, competing accounts of one fate, and one event told
twice in the document with different dates, numbers or places. The same rules run over the whole
corpus in ``historiograph.corpus.conflicts``; ``find_in_document`` is shared by both.
"""
from __future__ import annotations

from ..model import AnnotatedDocument, Conflict, Issue
from . import narrative, people, records, rules


def annotate(ad: AnnotatedDocument, options=None) -> dict:
    issues = []
    for c in find_in_document(ad):
        first = c.evidence[0] if c.evidence else None
        issues.append(Issue(c.kind, first.start if first else 0, first.end if first else 0, c.message))
    return {"issues": list(ad.issues) + issues}


def find_in_document(ad: AnnotatedDocument) -> list[Conflict]:
    if not ad.events:
        return []
    key_of, name_of = records.local_keys(ad)
    recs = records.from_document(ad, key_of, name_of)
    figure_of = local_figures(ad)
    spans = rules.lifespans(recs, figure_of)
    found = rules.anachronisms(recs, spans)
    found += narrative.narrative_dates(ad, recs)
    found += rules.competing_accounts(recs)
    found += rules.same_event_conflicts(recs, lambda r, local: name_of(local))
    return rules.dedupe(found)


def local_figures(ad: AnnotatedDocument):
    """key -> known figure, for PERSON entities of one document (by name and aliases)."""
    ents = {e.id: e for e in ad.entities}

    def figure_of(key: str):
        e = ents.get(key)
        if e is None or e.label != "PERSON":
            return None
        return people.lookup([e.name, *e.aliases])

    return figure_of

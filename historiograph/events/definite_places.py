""""The town had been taken": a definite town noun stands for the town named just before it.

Texts name a town and then call it "the town" or "the city" ("... the news came that Tarija had fallen
... The town had been taken on 24 March"). An event left without a patient (or a place) whose object,
passive subject (or "in/at/into" phrase) is such a noun takes the one site named in that sentence before
the noun or in the sentence before it, in the same paragraph. A site is a place entity the gazetteer
does not mark as an area ("the town" never stands for a country); two sites named there: no guess. The
noun must be a town by WordNet (``town_anchors`` of data/corpus/told_twice.json) with "the" and nothing
else ("the next town", "a town", "the town of X" are other constructions). Without a patient or place,
two documents' tellings of one capture cannot be matched (corpus/events.py).
"""
from __future__ import annotations

import bisect
import functools

from ..model import Participant
from . import confidence
from .context import DocIndex
from .numbers import told_twice_data


@functools.lru_cache(maxsize=2048)
def _town_lemma(lemma: str) -> bool:
    from .wordnet import first_sense_ancestry
    return not set(first_sense_ancestry(lemma)).isdisjoint(told_twice_data()["town_anchors"])


def _definite_town(tok) -> bool:
    kids = list(tok.children)
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and len(kids) == 1 and kids[0].dep_ == "det"
            and kids[0].lower_ == "the" and _town_lemma(tok.lemma_.lower()))


def _site(idx: DocIndex, m) -> bool:
    if m.label not in told_twice_data()["site_labels"] or not m.entity:
        return False
    e = idx.entities.get(m.entity)
    return e is not None and not (e.place or {}).get("area")


def _antecedent(tok, idx: DocIndex) -> str | None:
    """The entity of the one site named before ``tok`` in its sentence or the ones before
    (``town_sentences_back``), within its paragraph."""
    si = idx.sentence_index(tok)
    back = int(told_twice_data()["town_sentences_back"])
    start = idx.sents[max(0, si - back)].start_char
    para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, tok.idx) - 1] if idx.paragraphs else 0
    start = max(start, para)
    starts = getattr(idx, "_mention_starts", None)
    if starts is None:
        starts = idx._mention_starts = [m.start for m in idx.mentions]
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, tok.idx)
    found = {m.entity for m in idx.mentions[lo:hi] if _site(idx, m)}
    return found.pop() if len(found) == 1 else None


def resolve(pairs, idx: DocIndex) -> None:
    """Give events (``pairs``: (event, trigger)) the town a definite "the town" stands for: as patient
    when it is the object or passive subject, as place when it is "in/at/into" the town."""
    for ev, trig in pairs:
        if trig.nominal:
            continue
        verb = trig.head
        roles = {p.role for p in ev.participants}
        found = None
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and "patient" not in roles and _definite_town(c):
                found = ("patient", c)
            elif c.dep_ == "prep" and c.lower_ in ("in", "at", "into") and ev.place is None:
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and _definite_town(obj) and found is None:
                    found = ("place", obj)
        if found is None:
            continue
        entity = _antecedent(found[1], idx)
        if entity is None:
            continue
        if found[0] == "patient":
            ev.participants.append(Participant("patient", entity))
        else:
            ev.place = entity
        ev.confidence = confidence.estimate(confidence.features(ev, trig.source, trig.nominal))

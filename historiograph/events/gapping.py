"""A verb told once for two events: "He went to Hispaniola and later to Cuba" is two journeys.

In a gapped conjunct the verb is left out and only a sequencing adverb and the new argument remain; the
parser hangs them on the verb as a conjunct ("later" conj, "to Cuba" under it). Each such conjunct is
one more event of the verb's type with its participants and the conjunct's place, and no date of its
own (the verb's date tells when the first happened, not the second).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .context import PLACE_LABELS, DocIndex
from .coref import cues


def events(ev: Event, trig, idx: DocIndex) -> list[Event]:
    h = trig.head
    if trig.nominal or h.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for conj in h.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("ADV", "ADP") or conj.lower_ not in cues()["gapping_adverbs"]:
            continue
        for prep in conj.children:
            if prep.dep_ != "prep":
                continue
            for obj in prep.children:
                m = idx.mention(obj) if obj.dep_ == "pobj" else None
                if m is None or not m.entity or m.label not in PLACE_LABELS or m.entity == ev.place:
                    continue
                start, end = conj.idx, m.end
                out.append(replace(
                    ev, id="", trigger={**ev.trigger, "start": start, "end": end, "text": idx.text[start:end],
                                        "gapped_from": ev.trigger["start"]},
                    participants=list(ev.participants), place=m.entity, time=None, numbers=[]))
    return out

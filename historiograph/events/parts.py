"""A part of an event told before takes its sides: "The War was fought between A and B. The major
battles of the war were fought at X" - the battles were fought between A and B.

An event with no participant whose trigger, or the subject of its verb, is "<noun> of the <whole>" (a
definite "the war", "the campaign") is a part of the latest event before it in the paragraph told with
the same noun as its subject or trigger ("The Russo-Japanese War was fought ..."); it takes that event's
agents. Nothing is taken when no such event was told.
"""
from __future__ import annotations

import bisect
from dataclasses import replace

from . import wordnet
from .arguments import subject_of


def _whole_of(tok):
    """The definite noun W of "<tok> of the W", or None."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and any(
                        c.dep_ == "det" and c.lower_ == "the" for c in o.children):
                    return o
    return None


def _told_as(trig) -> set[str]:
    """The lemmas an event was told by: its trigger's head and its verb's subject head."""
    h = trig.head
    out = {h.lemma_.lower()}
    subj = subject_of(h) if not trig.nominal else None
    if subj is not None:
        out.add(subj.lemma_.lower())
    return out


def _an_act(lemma: str) -> bool:
    """A noun whose first sense is an act or event ("war", "campaign", "siege"), not a place or a thing."""
    wn = wordnet.reader()
    senses = wn.synsets(lemma, "n")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() in ("noun.act", "noun.event")


def attach(found, idx) -> list:
    """Give participant-free parts of a told whole (the pairs of ``found``: event, trigger) its agents;
    the events changed."""
    changed = []
    order = sorted(found, key=lambda p: p[0].trigger["start"])
    for i, (ev, trig) in enumerate(order):
        if ev.participants:
            continue
        h = trig.head
        part = h if trig.nominal else subject_of(h)
        whole = _whole_of(part) if part is not None else None
        if whole is None or not _an_act(whole.lemma_.lower()):
            continue
        para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, trig.start_char) - 1]
        for prev, ptrig in reversed(order[:i]):
            if prev.trigger["start"] < para:
                break
            agents = [p for p in prev.participants if p.role == "agent"]
            if agents and whole.lemma_.lower() in _told_as(ptrig):
                ev.participants.extend(replace(p, role="agent") for p in agents)
                changed.append(ev)
                break
    return changed

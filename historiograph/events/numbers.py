"""Numbers of an event: how many were deported, killed, arrested - with the words that qualify them.

A count belongs to an event when it quantifies the event's own arguments ("deported 172,000
Koreans"); else, for events that happen to populations (``population_types``), a count of people in
the same sentence ("... some 180,000 people, three years earlier"), or "the number ... at about
175,000"; else a count of people in a later sentence of the passage that tells no population event of
its own ("Yezhov counted ... 171,781 people, moved by rail"). Each number keeps its qualifier
("about", "some", "more than"), its unit ("people", "families") and who gave it ("Birstein puts the
number at"), so that the conflicts step can compare figures beyond the approximations the texts state.
"""
from __future__ import annotations

import re

from .context import DocIndex
from .lexicon import cues, lexicon

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def value_of(tok) -> float | None:
    c = cues()
    text = tok.text.lower()
    if _NUM.match(text):
        value = float(text.replace(",", ""))
    elif text in c["number_words"]:
        value = float(c["number_words"][text])
    else:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in c["multipliers"]:
        value *= c["multipliers"][nxt.lower_]
    return int(value) if value == int(value) else value


def qualifier(tok) -> str | None:
    """The word that qualifies a number: "about", "some", "more than", "as many as", "nearly"."""
    c = cues()["number_qualifiers"]
    doc = tok.doc
    words = [t.lower_ for t in doc[max(0, tok.i - 3):tok.i]]
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else None
        if phrase and phrase in c:
            return phrase
    for x in tok.children:
        if x.dep_ in ("advmod", "quantmod") and x.lower_ in c:
            return x.lower_
    return None


def unit_of(noun, idx: DocIndex) -> str | None:
    """"people" for people, persons, Koreans...; "family" for families; None for other things."""
    c = cues()
    lemma = noun.lemma_.lower()
    units = c["number_units"]
    if lemma in units:
        return units[lemma]
    if lemma in c["people_nouns"]:
        return "people"
    m = idx.mention(noun)
    if m is not None and m.label == "NORP" and noun.tag_ in ("NNS", "NNPS"):
        return "people"
    return None


def record(tok, idx: DocIndex, of: str | None, unit: str | None, by: str | None = None) -> dict | None:
    value = value_of(tok)
    if value is None or idx.timex_of.get(tok.i) is not None or tok.ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    q = qualifier(tok)
    return {"value": value, "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text), "of": of,
            "unit": unit, "approx": q is not None and q in cues()["approx_words"], "qualifier": q,
            "attributed_to": by}


def _counter(tok, idx: DocIndex) -> str | None:
    """Who gives a figure: the subject of the counting verb above it ("Birstein puts the number at")."""
    c = cues()
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in c["count_verbs"]:
            subj = next((x for x in cur.children if x.dep_ == "nsubj"), None)
            m = idx.mention(subj) if subj is not None else None
            if m is not None and m.entity and m.label in ("PERSON", "ORG", "WORK"):
                return m.entity
            return None
    return None


def people_counts(span, idx: DocIndex, patient_unit: str | None = None) -> list[dict]:
    """Counts of people in a span: "171,781 people", "some 180,000 Koreans", "the number ... at 175,000"."""
    c = cues()
    out = []
    for tok in span:
        if not tok.like_num or tok.pos_ != "NUM":
            continue
        head = tok.head
        if tok.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN"):
            unit = unit_of(head, idx)
            if unit is None:
                continue
            rec = record(tok, idx, head.text, unit, _counter(tok, idx))
        elif tok.dep_ == "pobj" and any(a.lemma_.lower() in c["count_nouns"] for a in list(tok.ancestors)[:4]):
            rec = record(tok, idx, None, patient_unit or "people", _counter(tok, idx))
        else:
            continue
        if rec is not None:
            out.append(rec)
    return out


def attach(events: list, idx: DocIndex, patient_units: dict[str, str | None]) -> None:
    """Give population events without numbers the counts of people told in their sentence, or in the
    next sentences of the passage that tell no population event themselves."""
    pop = lexicon().population_types
    by_sent: dict[int, list] = {}
    for ev in events:
        by_sent.setdefault(ev.sentence["start"], []).append(ev)
    sent_starts = [s.start_char for s in idx.sents]
    used: set[int] = set()
    for ev in events:
        used.update(n["start"] for n in ev.numbers)
    last_pop = None
    last_para = -1
    for si, sent in enumerate(idx.sents):
        para = idx.text.rfind("\n\n", 0, sent.start_char)
        here = [e for e in by_sent.get(sent.start_char, []) if e.type in pop]
        if here:
            last_pop, last_para = here[-1], para
            for ev in here:
                if ev.numbers:
                    continue
                counts = [n for n in people_counts(sent, idx, patient_units.get(ev.id)) if n["start"] not in used]
                if len(here) == 1 or counts and _closest(ev, here, counts[0]):
                    ev.numbers.extend(counts)
                    used.update(n["start"] for n in counts)
            continue
        if last_pop is None or si - sent_starts.index(last_pop.sentence["start"]) > c_window():
            continue
        if para != last_para:
            continue  # a count in another paragraph is not this event's
        if by_sent.get(sent.start_char):
            continue  # a sentence with events of its own: its counts are theirs
        counts = [n for n in people_counts(sent, idx, patient_units.get(last_pop.id)) if n["start"] not in used]
        if counts and not last_pop.numbers:
            last_pop.numbers.extend(counts)
            used.update(n["start"] for n in counts)


def c_window() -> int:
    return int(cues()["number_window_sentences"])


def _closest(ev, here: list, n: dict) -> bool:
    return min(here, key=lambda e: abs(e.trigger["start"] - n["start"])) is ev

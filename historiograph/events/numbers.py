"""Numbers of an event: how many were deported, killed, arrested - with the words that qualify them.

A count belongs to an event when it quantifies the event's own arguments ("deported 172,000
Koreans"); else, for events that happen to populations (``population_types``), a count of people in
the same sentence ("... some 180,000 people, three years earlier"), or "the number ... at about
175,000"; else a count of people in a later sentence of the passage that tells no population event of
its own ("Yezhov counted ... 171,781 people, moved by rail"). Each number keeps its qualifier
("about", "some", "more than"), its unit ("people", "families") and who gave it ("Birstein puts the
number at"), so that the conflicts step can compare figures beyond the approximations the texts state.

The size of a force (``strength``: "about 3,000 rebels seized ...", "a force of nearly 5,000", "the
rebels, some 3,000 men, ...", "the rebels, who numbered about 3,000 men, ...") is a number of unit
"strength", kept apart from counts of victims: it belongs to the battle, attack, invasion or uprising
told in its sentence, or to the last one told before it in the paragraph when it describes the subject
of a sentence that tells no such event itself. ``of`` names the group it describes ("rebels").
"""
from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING

from .. import datafiles
from .lexicon import cues, lexicon, timing_cues

if TYPE_CHECKING:  # (context imports spaCy: the corpus checks read told_twice_data without it)
    from .context import DocIndex

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def word_value(word: str) -> float | None:
    """The value of one written number word: "1,200" 1200, "3.5", "forty" 40; None for any other word."""
    text = word.lower()
    if _NUM.match(text):
        return float(text.replace(",", ""))
    words = cues()["number_words"]
    return float(words[text]) if text in words else None


def _word_value(tok) -> float | None:
    return word_value(tok.text)


def count_words(words: list[str], also: frozenset[str] = frozenset()) -> int:
    """How many of ``words`` (a description split at spaces) open it with a written count ("1,200",
    "two hundred and fifty", "eighty-five"; besides words in ``also``, as a qualifier), never the last."""
    n = 0
    while n < len(words) - 1 and (word_value(words[n].rstrip(",")) is not None or all(
            word_value(p) is not None or p == "and" or p in also for p in words[n].lower().split("-"))):
        n += 1
    return n


def number_run(tok) -> tuple[int, int]:
    """The token indices (first, last) of the one written number tok is part of: "five hundred",
    "twenty-three", "two thousand five hundred", "2 million". A numeral only begins a run, and only scale
    words ("hundred", "million") follow it; words join by a hyphen written without spaces or by "and"
    after a scale word ("three hundred and twenty")."""
    doc, scales = tok.doc, cues()["multipliers"]

    def joins(left, right) -> bool:  # tokens left, right (adjacent, or around a connector) make one number
        if _word_value(left) is None or _word_value(right) is None:
            return False
        if _NUM.match(right.lower_):
            return False  # a numeral begins a number: "1937 twenty men" is two
        return not _NUM.match(left.lower_) or right.lower_ in scales

    def step(i: int, d: int) -> int | None:  # the next token of the run from i in direction d, or None
        j = i + d
        if not 0 <= j < len(doc):
            return None
        a, b = (doc[i], doc[j]) if d > 0 else (doc[j], doc[i])
        if joins(a, b):
            return j
        k = j + d
        if 0 <= k < len(doc):
            a, mid, b = (doc[i], doc[j], doc[k]) if d > 0 else (doc[k], doc[j], doc[i])
            hyphen = mid.text == "-" and not a.whitespace_ and not mid.whitespace_
            and_ = mid.lower_ == "and" and a.lower_ in scales and b.lower_ not in scales
            if (hyphen or and_) and joins(a, b) and not _NUM.match(a.lower_):
                return k
        return None

    lo = hi = tok.i
    while (j := step(lo, -1)) is not None:
        lo = j
    while (j := step(hi, 1)) is not None:
        hi = j
    return lo, hi


def run_value(words: list[str]) -> float | None:
    """The value of a run of number words (strings; "-" and "and" between them are skipped): units and
    tens add, "hundred" multiplies what is before it, "thousand" and larger close a group ("two thousand
    five hundred": 2,500). None for a run that is no well-formed number ("three four")."""
    scales = cues()["multipliers"]
    total, current, last = 0.0, 0.0, None
    for word in words:
        w_low = word.lower()
        if w_low in ("-", "and"):
            continue
        v = word_value(w_low)
        if v is None:
            return None
        if w_low in scales:
            if scales[w_low] < 1000:
                current = (current or 1) * scales[w_low]
            else:
                total += (current or 1) * scales[w_low]
                current = 0.0
        else:
            w = word_value(last) if last is not None else None
            if w is not None and last not in scales and not (w >= 20 and w % 10 == 0 and v < 10):
                return None  # two units, or a unit then a ten: not one number
            current += v
        last = w_low
    return total + current


def _run_value(tokens) -> float | None:
    return run_value([t.text for t in tokens])


_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)(DE|CE|Y|M|W|D)$")


def duration_days(value: str | None) -> tuple[float, float] | None:
    """(days, days of its unit) of a TIMEX3 duration ("P6M": 180, 30; data/events/timing.json
    "duration_days"); None for one of hours or of no figure ("PXY")."""
    m = _DURATION.match(value or "")
    if m is None:
        return None
    per = float(timing_cues()["duration_days"][m[2]])
    return float(m[1]) * per, per


def value_of(tok) -> float | None:
    found = _number_at(tok)
    return None if found is None else found[0]


def _number_at(tok) -> tuple[float, int, int] | None:
    """The value of the written number tok is part of, with its run's first and last token index."""
    if _word_value(tok) is None:
        return None
    lo, hi = number_run(tok)
    value = _run_value(tok.doc[lo:hi + 1]) if hi > lo else _word_value(tok)
    if value is None:
        value = _word_value(tok)
    return (int(value) if value == int(value) else value), lo, hi


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
    found = _number_at(tok)
    if found is None or idx.timex_of.get(tok.i) is not None or tok.ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    value, lo, hi = found
    first = tok.doc[lo]
    q = qualifier(first) or qualifier(tok)
    text = tok.doc[lo:hi + 1].text  # (= doc.text[first.idx:end]; Doc.text joins every token of the document)
    return {"value": value, "text": text, "start": first.idx, "end": first.idx + len(text), "of": of,
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


# ---- the size of a force ------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def told_twice_data() -> dict:
    return json.loads(datafiles.text("corpus", "told_twice.json"))


@functools.lru_cache(maxsize=4096)
def _force_noun_lemma(lemma: str) -> bool:
    """A noun whose count is the size of a force: a group or people noun of cues.json, else one whose
    first WordNet sense is a person or a military unit ("rebels", "muleteers", "horsemen")."""
    c = cues()
    if lemma in c["group_nouns"] or lemma in c["people_nouns"]:
        return True
    from .wordnet import first_sense_ancestry
    return not set(first_sense_ancestry(lemma)[1:]).isdisjoint(told_twice_data()["force_anchors"])


def _force_noun(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS", "NN") and _force_noun_lemma(tok.lemma_.lower())


_STRENGTH_VERBS = frozenset({"number", "gather", "lead", "command", "muster", "raise", "assemble", "field",
                             "mobilize", "mobilise", "count", "total", "comprise"})


def _described(noun):
    """The noun a counted noun describes and how: ("rebels", "appos") for "the rebels, some 3,000
    men"; ("rebels", "relcl") for "the rebels, who numbered 3,000 men"; (noun, "self") otherwise."""
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head, "appos"
    verb = noun.head
    if noun.dep_ in ("dobj", "attr") and verb.lemma_.lower() in ("number", "total") and verb.dep_ == "relcl":
        return verb.head, "relcl"
    return noun, "self"


def strength_counts(sent, idx: DocIndex) -> list[tuple[dict, object]]:
    """(number, the token it describes) for each statement of a force's size in ``sent``."""
    out = []
    for tok in sent:
        if not tok.like_num or tok.pos_ != "NUM":
            continue
        head = tok.head
        noun = None
        if tok.dep_ == "nummod" and _force_noun(head):
            noun = head  # "nearly 5,000 men", "about 3,000 rebels"
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in cues()["group_nouns"]:
            noun = head.head  # "a force of nearly 5,000"
        elif tok.dep_ in ("dobj", "attr") and head.lemma_.lower() in ("number", "total") and head.dep_ == "relcl":
            noun = tok  # "the rebels, who numbered about 3,000"
        if noun is None:
            continue
        if noun is tok:
            group, how = head.head, "relcl"
        elif tok.dep_ == "pobj":
            group, how = noun, "of"  # "a force of N" states a force's size wherever it stands
        else:
            group, how = _described(noun)
        if how == "self" and not _strength_place(noun):
            continue
        if _casualty(tok):
            continue
        rec = record(tok, idx, group.text, "strength", _counter(tok, idx))
        if rec is not None:
            out.append((rec, group))
    return out


def _strength_place(noun) -> bool:
    """A counted group where a force's size is told: the subject of a clause ("5,000 rebels seized"),
    the object of a verb of gathering or leading ("gathered nearly 5,000 men"), "with"/"of" a force or
    an act ("attacked with 3,000 men", "an army of 20,000 men")."""
    h = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and h.pos_ in ("VERB", "AUX"):
        return True
    if noun.dep_ == "dobj" and h.lemma_.lower() in _STRENGTH_VERBS:
        return True
    if noun.dep_ == "pobj" and h.lower_ in ("with", "of"):
        return h.head.pos_ == "VERB" and h.lower_ == "with" or h.head.lemma_.lower() in cues()["group_nouns"]
    return False


def _casualty(tok) -> bool:
    """"5,000 men were killed", "losing 200 men": a count of the fallen, not of a force."""
    for a in list(tok.ancestors)[:4]:
        if a.pos_ == "VERB" and a.lemma_.lower() in ("kill", "lose", "die", "wound", "capture", "execute",
                                                       "shoot", "slaughter", "massacre", "fall", "perish"):
            return True
    return False


def attach_strength(events: list, idx: DocIndex) -> None:
    """Give battles, attacks, invasions and uprisings the size of their force: the one count told in
    their sentence, or the one count describing the definite subject ("The rebels, ...") of the next
    sentence of the paragraph (``strength_window_sentences``) when that sentence tells no such event
    and states no date of its own."""
    data = told_twice_data()
    force = set(data["force_types"])
    window = int(data["strength_window_sentences"])
    by_sent: dict[int, list] = {}
    for ev in events:
        if ev.type in force and ev.source == "prose":
            by_sent.setdefault(ev.sentence["start"], []).append(ev)
    if not by_sent:
        return
    last, last_si, last_para = None, -1, -1
    for si, sent in enumerate(idx.sents):
        para = idx.text.rfind("\n\n", 0, sent.start_char)
        here = by_sent.get(sent.start_char)
        counts = strength_counts(sent, idx) if here or last is not None else []
        if here:
            last, last_si, last_para = here, si, para
            chosen: dict[int, list] = {}
            for n, _group in counts:
                ev = min(here, key=lambda e: abs(e.trigger["start"] - n["start"]))
                chosen.setdefault(id(ev), [ev]).append(n)
            for ev, *ns in chosen.values():
                if len(ns) == 1:  # two forces counted for one act ("5,000 rebels ... 800 defenders"): whose is whose
                    _add(ev, ns[0])
            continue
        if last is None or para != last_para or si - last_si > window or len(counts) != 1 or not _one_force(last, idx):
            continue
        if idx.timexes_in(sent):
            continue  # a sentence with a date of its own has moved the story on
        subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        n, group = counts[0]
        if subject is not None and group.i == subject.i and any(
                (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "nummod" and n["start"] <= c.idx < n["end"])
                for c in subject.children):
            # "The rebels, who numbered about 3,000 men, ...": those just told of; "About 340 men marched
            # out.": the subject is the counted force itself
            _add(last[0], n)


def _one_force(events: list, idx: DocIndex) -> bool:
    """The events (of one sentence) are one force's: one event, or conjoined acts of the same doers
    ("armed weavers seized the town and burned the customs house"), whose count then goes to the
    first of them."""
    if len(events) == 1:
        return True
    events.sort(key=lambda e: e.trigger["start"])
    agents = {frozenset(p.entity or p.name for p in ev.participants if p.role == "agent") for ev in events}
    heads = [idx.doc.char_span(ev.trigger["start"], ev.trigger["end"], alignment_mode="expand") for ev in events]
    if len(agents) != 1 or any(h is None for h in heads):
        return False
    first = heads[0].root
    return all(h.root in first.conjuncts for h in heads[1:])


def _add(ev, n: dict) -> None:
    if not any(m["start"] == n["start"] for m in ev.numbers):
        ev.numbers.append(n)

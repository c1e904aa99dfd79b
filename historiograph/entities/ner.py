"""spaCy's named entities, mapped to our labels and corrected for what it gets wrong on
historical, scraped text.

Corrections, all general: WORK_OF_ART -> WORK; labels spaCy does not need to give us (DATE,
CARDINAL, LAW...) dropped; a known place name read as a person or facility (Manchukuo, Dairen)
relabelled from the gazetteer; a demonym before an army or party merged into it ("Soviet" +
"Red Army"); a French article glued to a surname ("L'Affaire Lyushkov") cut; Cyrillic spans left
to the Cyrillic rules (the English model cannot read them); junk dropped.
"""
from __future__ import annotations

import re

from . import lexicon, places
from .names import has_cyrillic
from .spans import MODEL, Cand, is_junk, trim

_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
        "EVENT": "EVENT", "WORK_OF_ART": "WORK"}
_ELIDED_ARTICLE = re.compile(r"^(?:[LDld]['’]\w+|Le|La|Les|El|Il)\s+(?=[A-Z])")


def _org_head_re() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in lexicon.org_heads())
    return re.compile(rf"\b(?:{heads})$")


_ORG_HEAD = None


def spacy_candidates(ad, text: str) -> list[Cand]:
    """Candidates from ``ad.nlp.ents`` after the corrections above."""
    global _ORG_HEAD
    if _ORG_HEAD is None:
        _ORG_HEAD = _org_head_re()
    doc = ad.nlp
    if doc is None:
        return []
    ents = list(doc.ents)
    out: list[Cand] = []
    demonyms = lexicon.demonyms()
    skip_next = False
    for i, ent in enumerate(ents):
        if skip_next:
            skip_next = False
            continue
        label = _MAP.get(ent.label_)
        start, end = ent.start_char, ent.end_char
        # "Soviet" (NORP) + "Red Army" (ORG) -> "Soviet Red Army"
        if ent.label_ == "NORP" and i + 1 < len(ents):
            nxt = ents[i + 1]
            gap = text[end:nxt.start_char]
            if (nxt.label_ == "ORG" and gap == " " and ent.text in demonyms
                    and _ORG_HEAD.search(nxt.text.rstrip("'’s"))):
                out_c = _correct(text, start, nxt.end_char, "ORG")
                if out_c:
                    out.append(out_c)
                skip_next = True
                continue
        if label is None:
            continue
        c = _correct(text, start, end, label)
        if c:
            out.append(c)
    return out


def _correct(text: str, start: int, end: int, label: str) -> Cand | None:
    span = text[start:end]
    if has_cyrillic(span):
        return None
    start, end = trim(text, start, end, label)
    if end <= start:
        return None
    span = text[start:end]
    if label == "WORK" and not _quoted(text, start, end):
        return None  # the model's unquoted "works" are mostly fragments of sentences
    if label == "PERSON":
        m = _ELIDED_ARTICLE.match(span)
        if m:
            start += m.end()
            span = text[start:end]
    if is_junk(span, label):
        return None
    label = relabel(span, label)
    return Cand(start, end, label, MODEL, "spacy")


_OPEN_QUOTES = "“\"‘'«"
_CLOSE_QUOTES = "”\"’'»"


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(q in before for q in _OPEN_QUOTES) and any(q in after for q in _CLOSE_QUOTES)


def relabel(span: str, label: str) -> str:
    """A name the gazetteer knows as a state or historical place is a place, whatever spaCy said."""
    if label in ("GPE", "LOC", "FAC", "NORP", "WORK", "EVENT"):
        if label in ("GPE", "LOC", "FAC"):
            rec = places.lookup(span)
            if rec and rec["kind"] == "historical":
                return rec["label"]
        return label
    rec = places.lookup(span)
    # a person's name may be a country's (Jordan, Chad): only historical names override PERSON
    kinds = ("historical",) if label == "PERSON" else ("historical", "country")
    if rec and rec["kind"] in kinds and not rec.get("not_a_place"):
        return rec["label"]
    return label

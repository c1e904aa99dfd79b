"""Institutions the model read as places: "the Ravensworth Academy", "the Harwick Mission".

A place-labelled name whose last word is an institution noun is an organisation. What an
institution noun is comes from the lexicon's organisation heads and from WordNet (the noun's first
sense under organization.n.01 or institution.n.01), not from a list of its own. A noun that WordNet
also knows as a building ("academy", "school", "hospital", "church") names the house as often as
the body, so it is an organisation only where the sentence treats it as one: a person's role "of"
it ("directress of the", "member of the"), or it is joined, founded or endowed."""
from __future__ import annotations

import functools
import re

from . import lexicon, places

_BODY = frozenset({"organization.n.01", "institution.n.01"})
_STATE = frozenset({"political_unit.n.01", "political_system.n.01"})  # "Soviet Union", "Russian Federation": a state
_BUILDING = frozenset({"structure.n.01", "facility.n.01", "location.n.01", "geographical_area.n.01"})
_ROLE_OF = re.compile(r"\b([a-z]+)[ \t\n]+(?:of|in|at)[ \t\n]+(?:the[ \t\n]+)?$")
_BODY_VERB_BEFORE = re.compile(
    r"\b(?:joined|founded|established|endowed|incorporated|chartered|organi[sz]ed|dissolved)"
    r"[ \t\n]+(?:the[ \t\n]+)?$")
_BODY_VERB_AFTER = re.compile(
    r"^[ \t\n]+(?:was|were|had[ \t\n]+been)[ \t\n]+(?:founded|established|endowed|incorporated|chartered"
    r"|organi[sz]ed|dissolved)\b")


@functools.lru_cache(maxsize=2048)
def _head_kind(word: str) -> str | None:
    """"body" for a noun whose first sense is an institution and no sense a building ("seminary",
    "company"); "both" for one that names the body and the building ("academy", "church", and
    "hospital", a building first); None for any other noun."""
    if word in lexicon.org_head_words():
        return "body"
    from ..events.wordnet import keys_within, reader, sense_offsets, synset_keys

    wn = reader()
    if wn is None:
        return None
    lemma = wn.morphy(word, "n") or word
    # each sense with all its hypernyms, by offset (no synset parsed)
    senses = [keys_within(key, -1) for key in sense_offsets(lemma, "n")]
    state, bodies, buildings, social = (synset_keys(tuple(sorted(names))) for names in (
        _STATE, _BODY, _BUILDING, {"social_group.n.01"}))
    if not senses or any(not s.isdisjoint(state) for s in senses):
        return None
    body = [not s.isdisjoint(bodies) for s in senses]
    building = any(not s.isdisjoint(buildings) for s in senses)
    if body[0] or (not senses[0].isdisjoint(social) and any(body)):  # "society"
        return "both" if building else "body"
    return "both" if building and any(body) else None  # "hospital": the building first, then the body


@functools.lru_cache(maxsize=2048)
def _person_noun(word: str) -> bool:
    """Whether a lower-case noun's first WordNet sense is a person ("director", "member"); a feminine
    form WordNet lacks is read as its base ("directress" -> "director", "patroness" -> "patron")."""
    from ..events.wordnet import first_sense_ancestry

    forms = [word]
    if word.endswith("tress"):
        forms.append(word[:-5] + "tor")
    elif word.endswith("ess"):
        forms.append(word[:-3])
    return any("person.n.01" in first_sense_ancestry(w) for w in forms)


def _framed_as_body(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40):start]
    m = _ROLE_OF.search(before)
    if m and _person_noun(m.group(1)):
        return True
    return bool(_BODY_VERB_BEFORE.search(before) or _BODY_VERB_AFTER.match(text[end:end + 40]))


def institution_label(text: str, start: int, end: int, label: str) -> str:
    """ORG for a GPE/LOC/FAC name of two or more words whose last word is an institution noun (see
    the module's docstring); the label unchanged for a known place ("Soviet Union") and all else."""
    if label not in ("GPE", "LOC", "FAC"):
        return label
    words = text[start:end].split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[0][:1].isupper():
        return label
    kind = _head_kind(words[-1].strip(".,").casefold())
    if kind is None:
        return label
    name = " ".join(words)
    if places.lookup(name) or places.wordnet_kinds(name):
        return label
    if kind == "body" and label != "FAC":
        return "ORG"
    return "ORG" if _framed_as_body(text, start, end) else label

"""Labels from the words around a name, where the model's label is wrong and the name's own words
do not tell (run on the resolved mentions, before ``consistent_labels``).

- A single word with a Russian place ending (-aya, -oye, -ovo, -sk, -grad...) is a place where the
  context says so: after "at", "near", "the crest of", or before "prison", "hill" (Zaozernaya,
  Lefortovo). Then it is a place all through the document (one sense per document).
- A name before a lowercase place noun ("the Greater Khingan range", "Lefortovo prison") is a place.
- A name between two places in a list ("Unggi, Najin and Chŏngjin") is a place; a one-word name
  joined by "and" to a person ("Hitler and Ribbentrop") is a person.
- A known place that the document names as a place somewhere is a place where the model read the
  same word as a person.
- A single name that is the subject of a verb of saying or thinking ("Litvinov answered",
  "Shigemitsu and Litvinov agreed") is a person, unless it is a state, a capital or a large city.
- A two- or three-word name whose last word has a Russian surname ending ("Vyacheslav Molotov") is a
  person where the model said organisation, group or place.
The verb rule reads the dependency parse (``ad.nlp``); the others read the text.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, places
from .names import fold
from .spans import MODEL, Cand

_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:at|near|around|outside|beyond|towards|toward)"
    r"|\b(?:crest|summit|slopes?|top|foot|hills?|heights?|village|town|fortress)[ \t\n]+of(?:[ \t\n]+the)?)"
    r"[ \t\n]+$", re.I)
_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+")
_BIG_CITY = 1_000_000
_SEP = re.compile(r"^(?:,[ \t\n]*(?:and[ \t\n]+|or[ \t\n]+)?|[ \t\n]+(?:and|or)[ \t\n]+)$")
_PLACES = ("GPE", "LOC", "FAC")


@functools.lru_cache(maxsize=None)
def _place_noun_re() -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(lexicon.place_nouns(), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?P<noun>{alt})\b")


def _ends_with(word: str, kind: str) -> bool:
    w = word.casefold()
    return any(w.endswith(e) and len(w) > len(e) + 2 for e in lexicon.russian_endings()[kind])


def _org_headed(span: str) -> bool:
    heads = {h.casefold() for h in lexicon.org_heads()}
    return any(w.strip(".,").casefold() in heads for w in span.split())


def _person_tokens(text: str, cands: list[Cand]) -> set[str]:
    out = set()
    for c in cands:
        if c.label == "PERSON":
            toks = text[c.start:c.end].replace(",", " ").split()
            if len(toks) >= 2:
                out.update(fold(t) for t in toks)
    return out


def relabel(ad, text: str, cands: list[Cand]) -> None:
    """Correct the labels of ``cands`` in place (model and weak mentions only)."""
    cands.sort(key=lambda c: c.start)
    people = _person_tokens(text, cands)
    noun_re = _place_noun_re()
    place_words: dict[str, str] = {}
    for c in cands:
        if c.priority > MODEL or c.label not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        span = text[c.start:c.end]
        single = _NAME_WORD.fullmatch(span) is not None
        if c.label in ("PERSON", "ORG") and fold(span) not in people:
            nm = noun_re.match(text, c.end)
            if nm and not _org_headed(span):
                c.label = lexicon.place_nouns()[nm.group("noun")]
                if single and _ends_with(span, "place"):
                    place_words[span] = "LOC"
                continue
            if (single and _ends_with(span, "place") and text[c.end:c.end + 2] not in ("'s", "’s")
                    and _PLACE_CONTEXT.search(text, max(0, c.start - 30), c.start)):
                c.label = "LOC"
                place_words[span] = "LOC"
                continue
        if c.label in ("ORG", "NORP", "GPE") and not single and 2 <= len(span.split()) <= 3:
            words = span.split()
            if (all(_NAME_WORD.fullmatch(w) for w in words) and _ends_with(words[-1], "surname")
                    and not _org_headed(span) and not places.is_known_place(span)
                    and words[0] not in lexicon.demonyms()):
                c.label = "PERSON"
                continue
    for c in cands:  # one sense per document
        if c.priority <= MODEL and c.label in ("PERSON", "ORG") and place_words.get(text[c.start:c.end]):
            c.label = place_words[text[c.start:c.end]]
    _coordinated_places(text, cands)
    _speakers(ad, text, cands)
    _locatives(ad, text, cands)
    places_stay_places(text, cands)


def _coordinated_places(text: str, cands: list[Cand]) -> None:
    """ "Unggi, Najin and Chŏngjin": an organisation between two places in a list is a place;
    "Hitler and Ribbentrop": a one-word organisation joined by "and" to a person is a person."""
    for i, c in enumerate(cands):
        if c.priority > MODEL or c.label != "ORG":
            continue
        span = text[c.start:c.end]
        if span.isupper() or _org_headed(span) or lexicon.states_or_orgs(span):
            continue
        a = cands[i - 1] if i > 0 else None
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (a and b and a.label in _PLACES and b.label in _PLACES
                and _SEP.match(text[a.end:c.start]) and _SEP.match(text[c.end:b.start])):
            c.label = "GPE"
        elif _NAME_WORD.fullmatch(span) and (
                (a and a.label == "PERSON" and _AND.match(text[a.end:c.start]))
                or (b and b.label == "PERSON" and _AND.match(text[c.end:b.start]))):
            c.label = "PERSON"


_AND = re.compile(r"^[ \t\n]+and[ \t\n]+$")


def places_stay_places(text: str, cands: list[Cand]) -> None:
    """One sense per document, for places: a name the document puts as a known place somewhere
    ("near Vladivostok") is that place where the model read the same word as a person ("to
    Vladivostok"), unless the document also gives it as part of a person's full name."""
    people = _person_tokens(text, cands)
    seen = {}
    for c in cands:
        span = text[c.start:c.end]
        if c.label in _PLACES and places.is_known_place(span):
            seen.setdefault(span, c.label)
    for c in cands:
        span = text[c.start:c.end]
        if (c.priority <= MODEL and c.label == "PERSON" and span in seen and " " not in span
                and fold(span) not in people):
            c.label = seen[span]


_ADDRESS = re.compile(r"\b(?:Mr|Mrs|Messrs|Mme|Mlle|Dr|Rev)\.?[ \t\n]+$")
_AT = {"at", "near", "outside", "around", "towards", "toward", "via", "beyond"}
_TO = {"to", "from", "into"}


def _locatives(ad, text: str, cands: list[Cand]) -> None:
    """ "a Danish army at Lutter", "he went to Hispaniola", "of Croatian origin from Senj": a name
    (one to three words) as the object of a preposition of place, or of "to"/"from" after a verb of
    going, is a place where the model said person or organisation; then one sense per document.
    Not a name the document gives as a person's ("wrote to Park" after "Park Chung-hee"), not an
    organisation by its head word or the alias table, not before a possessive."""
    doc = ad.nlp
    if doc is None:
        return
    people = _person_tokens(text, cands)
    motion = lexicon.motion_verbs()
    found: dict[str, str] = {}
    for c in cands:
        if c.source != "spacy" or c.label not in ("PERSON", "ORG"):
            continue
        span = text[c.start:c.end]
        words = span.split()
        if (len(words) > 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or _org_headed(span)
                or lexicon.states_or_orgs(span) or any(fold(w) in people for w in words)
                or text[c.end:c.end + 2] in ("'s", "’s") or _ADDRESS.search(text, max(0, c.start - 8), c.start)):
            continue
        tok = _clause_token(doc, c)
        if tok is None or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ in _AT or (prep.lower_ in _TO and prep.head.lemma_.lower() in motion):
            c.label = "GPE"
            found[span] = "GPE"
    for c in cands:
        if c.priority <= MODEL and c.label in ("PERSON", "ORG") and text[c.start:c.end] in found:
            c.label = found[text[c.start:c.end]]


def _clause_token(doc, c: Cand):
    """The token that carries the candidate's role in its clause: its span's root, or the first of the
    names it is coordinated with ("Shigemitsu and Litvinov agreed"); None off the token grid."""
    sp = doc.char_span(c.start, c.end, alignment_mode="expand")
    if sp is None:
        return None
    tok = sp.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _is_state_or_big_place(name: str) -> bool:
    from .linking import alias_table, capitals

    key = fold(name)
    if key in alias_table() or key in capitals():
        return True
    rec = places.lookup(name)
    if rec is None:
        return False
    return rec["kind"] != "city" or rec["population"] >= _BIG_CITY


def _speakers(ad, text: str, cands: list[Cand]) -> None:
    """ "Litvinov answered", "Shigemitsu and Litvinov agreed": the subject of a verb of saying or
    thinking is a person (the model read the name as a place or a group)."""
    doc = ad.nlp
    if doc is None:
        return
    verbs = lexicon.person_verbs()
    for c in cands:
        if c.priority > MODEL or c.label not in ("GPE", "NORP", "LOC"):
            continue  # not ORG: "the Aurora says" is a newspaper
        span = text[c.start:c.end]
        if not _NAME_WORD.fullmatch(span) or _is_state_or_big_place(span) or span in lexicon.demonyms():
            continue
        tok = _clause_token(doc, c)
        if tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs:
            c.label = "PERSON"

"""Lemmas of regular past forms that spell two verbs: "routed" is "rout" (defeat) or "route" (send).

spaCy's lemmatizer picks one by its rules ("routed" -> "route"); WordNet knows both as verbs. Where
two or more WordNet verbs have the word as their regular past ("rout"+"ed", "route"+"d"; "sit" would
double its consonant, so "sited" is only "site"; "sing" has "sang", so "singed" is only "singe"), the one WordNet has seen far more often in its tagged
texts (its senses' counts) is the lemma, and spaCy's choice stands on a tie. Only past forms in -ed are
read; irregular verbs keep spaCy's lemma.
"""
from __future__ import annotations

import functools
import re

_VOWELS = "aeiou"
_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")  # one syllable, one vowel, then one consonant


def regular_past(verb: str) -> str:
    """The -ed form of a regular verb: "route" -> "routed", "rout" -> "routed", "sit" -> "sitted"."""
    if verb.endswith("e"):
        return verb + "d"
    if len(verb) > 1 and verb.endswith("y") and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _CVC.match(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


@functools.lru_cache(maxsize=4096)
def past_lemma(word: str, spacy_lemma: str) -> str:
    """The lemma of the past form ``word`` (lower case): spaCy's, unless another WordNet verb whose
    regular past is ``word`` is the far more frequent reading."""
    from .events.wordnet import reader

    wn = reader()
    if wn is None or not word.endswith("ed"):
        return spacy_lemma
    irregular = _irregular(wn)
    candidates = [b for b in wn._morphy(word, "v") if regular_past(b) == word and b not in irregular]
    if len(candidates) < 2 or (spacy_lemma not in candidates and wn.synsets(spacy_lemma, "v")):
        return spacy_lemma

    def seen(verb: str) -> int:
        return sum(lemma.count() for s in wn.synsets(verb, "v") for lemma in s.lemmas() if lemma.name() == verb)

    counts = {b: seen(b) for b in candidates}
    best = max(candidates, key=lambda b: counts[b])
    return best if counts[best] > counts.get(spacy_lemma, 0) else spacy_lemma


@functools.lru_cache(maxsize=1)
def _irregular(wn) -> frozenset[str]:
    """Verbs with forms of their own in WordNet's exception list ("sang" -> sing, "putting" -> put): their
    -ed spelling is another verb's ("singed" is singe)."""
    return frozenset(base for bases in wn._exception_map["v"].values() for base in bases)


def fix(doc) -> None:
    """Set the lemma of each past-tense or past-participle verb in -ed that spells two verbs."""
    # (the tags read as one array: no Token object is made for the other words)
    past = {doc.vocab.strings["VBD"], doc.vocab.strings["VBN"]}
    for i, tag in enumerate(doc.to_array("TAG").tolist()):
        if tag not in past:
            continue
        tok = doc[i]
        if tok.lower_.endswith("ed"):
            lemma = past_lemma(tok.lower_, tok.lemma_.lower())
            if lemma != tok.lemma_.lower():
                tok.lemma_ = lemma

"""Whether a text tells a person as a man or a woman, for the join of a name across documents.

A surname alone ("Ellery") may be the husband in one text and the wife in another: the join of a bare
surname to a full name is blocked when the two sides are told as a man and as a woman
(``corpus.entities``). Cues, each only where it is tied to one person:
- a pronoun in a sentence that names one person only, after the name ("Ellery sold his press"), or
  opening the next sentence ("Mr. Ellery was elected. He died in 1860.");
- the given name of a full name, as the gender-guesser tables know it ("Margaret": female; a name
  only "mostly" of one gender, or of both, is no cue);
- titles ("Mr.", "Mrs.") are read by ``entities.evidence`` as the kinds "male" and "female".
The cues are added as those kinds to the person's evidence; ``evidence.disagree`` blocks a join only
when one side is told only as a man and the other only as a woman.
"""
from __future__ import annotations

import functools
import re

MALE, FEMALE = "male", "female"
_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMALE_WORDS = frozenset({"she", "her", "hers", "herself"})
# a full stop that ends no sentence: an initial or a short title ("Mr.", "St.", "J.")
_NOT_END = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Capt|Lt|Sgt|Rev|Jr|Sr|Messrs|Mme|Mlle|No|Vol|pp?))\.$")


def _get(m, k):
    return m[k] if isinstance(m, dict) else getattr(m, k)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the sentences of a text, split after ".", "!" or "?" before a capital, or at
    blank lines; a full stop after an initial or a short title ends none."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z])|\n\s*\n", text):
        if m.group(0)[0] == "." and _NOT_END.search(text, max(0, m.start() - 8), m.start() + 1):
            continue
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def pronoun_genders(text: str, mentions) -> dict[str, set[str]]:
    """{local entity id: {"male"/"female"}} from the pronouns tied to one named person."""
    people = sorted(((_get(m, "start"), _get(m, "end"), _get(m, "entity")) for m in mentions
                     if _get(m, "label") == "PERSON" and _get(m, "entity")), key=lambda t: t[0])
    if not people:
        return {}
    sents = sentences(text)
    out: dict[str, set[str]] = {}
    k = 0
    for n, (s, e) in enumerate(sents):
        while k < len(people) and people[k][0] < s:
            k += 1
        here = []
        j = k
        while j < len(people) and people[j][0] < e:
            here.append(people[j])
            j += 1
        if len({p[2] for p in here}) != 1:
            continue  # no one, or two people: whose pronoun it is needs a parse
        entity, after = here[0][2], here[0][1]
        words = []
        for p in _PRONOUN.finditer(text, after, e):
            if _gendered_noun(text[after:p.start()]):
                break  # "Ellery's mother died and her house was sold": hers, not Ellery's
            words.append(p.group(1).lower())
        if n + 1 < len(sents) and not _gendered_noun(text[after:e]):
            ns, ne = sents[n + 1]
            first = re.match(r"\s*(\w+)", text[ns:ne])
            if first and _PRONOUN.fullmatch(first.group(1)):
                words.append(first.group(1).lower())
        for w in words:
            out.setdefault(entity, set()).add(FEMALE if w in _FEMALE_WORDS else MALE)
    return out


def _gendered_noun(span: str) -> bool:
    """A common noun of a man or a woman ("mother", "widow", "king") in the words between a name and
    a pronoun: the pronoun may be theirs."""
    from ..events.coref import gender_of

    return any(gender_of(w) for w in re.findall(r"\b[a-z]{3,}\b", span))


@functools.lru_cache(maxsize=4096)
def of_given_name(given: str) -> str | None:
    """"male" or "female" for a given name the name dictionary gives one sex only (events/gender.py);
    else None."""
    from ..events.gender import given_name

    word = given.strip(". ")
    if len(word) < 2 or not word.isalpha():
        return None
    return {"m": MALE, "f": FEMALE}.get(given_name(word.capitalize()) or "")


# two words of letters, any script (overlapping: a lookahead); which are capitalised is checked below
_BIGRAM = re.compile(r"\b(?=([^\W\d_]{2,21})\s+([^\W\d_][\w'’-]*)\b)")


def words_before_surnames(text: str) -> dict[str, set[str]]:
    """{family name keyed as ``names.skeleton`` keys it (the key of ``PersonName.family``): the
    capitalised words written right before it} ("Hugo Brandt", "Jürgen Brandt": {"brandt": {"Hugo",
    "Jürgen"}}), one pass over the text; which of them are given names is asked only where a surname
    alone is to be joined (``events.gender.is_given_name``)."""
    from ..entities.names import skeleton

    out: dict[str, set[str]] = {}
    for m in _BIGRAM.finditer(text):
        first, family = m.group(1), m.group(2)
        if first[0].isupper() and first[1:].islower() and family[0].isupper():
            out.setdefault(skeleton(family), set()).add(first)
    return out



"""Unknown places the model read as people, in a list of places ("as in Harlan, Osgood,
Trimble, and Kendall Counties"; "the Wabberly and Tonsett rivers") or after "<place>, in".

A list (names joined by commas and "and"/"or") is a list of places when it is closed by a plural
place noun ("Counties", "rivers": the lexicon's place heads and nouns, the plural read by WordNet),
or when at least three of its names are places and the places are at least twice the rest. Then a
one-word person or organisation in it is a place, unless the document gives that word in a
person's full name or WordNet knows it as a person ("Jefferson" in "Washington, Jefferson and
Madison" stays a person). A list with a person's full name in it is a list of people."""
from __future__ import annotations

import functools
import re

from . import lexicon, places
from .names import fold
from .signs import person_predicate, titled
from .spans import MODEL, Cand, title_words
from ..wrapping import unbroken

# what joins the names of a list: a comma, "and", "or"
LIST_SEPARATOR = re.compile(r"^(?:,[ \t\n]*(?:and[ \t\n]+|or[ \t\n]+)?|[ \t\n]+(?:and|or)[ \t\n]+)$")
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([A-Za-z]+)")
_PLACES = ("GPE", "LOC", "FAC")
_ONE_WORD = re.compile(r"[A-Z][a-z'’\-]+")


@functools.lru_cache(maxsize=1024)
def plural_place_noun(word: str) -> str | None:
    """The label a plural place noun gives the names before it ("Counties" -> GPE, "rivers" -> LOC);
    None for a singular or any other word."""
    from ..events.wordnet import reader

    low = word.casefold()
    wn = reader()
    if wn is None:
        return None
    single = wn.morphy(low, "n")
    if not single or single == low:
        return None
    return lexicon.place_heads().get(("last", single)) or lexicon.place_nouns().get(single)


def _list_around(text: str, i: int, cands: list[Cand]) -> tuple[int, int]:
    lo = i
    while lo > 0 and LIST_SEPARATOR.match(text[cands[lo - 1].end:cands[lo].start]):
        lo -= 1
    hi = i
    while hi + 1 < len(cands) and LIST_SEPARATOR.match(text[cands[hi].end:cands[hi + 1].start]):
        hi += 1
    return lo, hi


def _closing_noun(text: str, last: Cand) -> str | None:
    """The plural place noun that closes a list: after its last name, or the last word of it."""
    words = unbroken(text[last.start:last.end]).split()
    if len(words) >= 2:
        found = plural_place_noun(words[-1].strip(".,*"))
        if found:
            return found
    m = _NEXT_WORD.match(text, last.end)
    return plural_place_noun(m.group(1)) if m else None


def places_in_lists(text: str, cands: list[Cand], people: set[str]) -> None:
    """Relabel, in place, the one-word people and organisations of lists of places (the module's
    docstring); ``people`` holds the folded words of the document's full personal names."""
    cands.sort(key=lambda c: c.start)
    done_to = -1
    for i in range(len(cands)):
        if i <= done_to:
            continue
        lo, hi = _list_around(text, i, cands)
        done_to = hi
        if hi - lo < 1:
            continue
        items = cands[lo:hi + 1]
        if any(c.label == "PERSON" and " " in text[c.start:c.end].strip() for c in items):
            continue  # "Ann Byrd, Asa Holt and Nye": a list of people
        closing = _closing_noun(text, items[-1])
        n_places = sum(c.label in _PLACES for c in items)
        if closing is None and not (n_places >= 3 and n_places >= 2 * (len(items) - n_places)):
            continue
        label = closing or "GPE"
        for c in items:
            span = text[c.start:c.end]
            if (c.priority > MODEL or c.label not in ("PERSON", "ORG") or not _ONE_WORD.fullmatch(span)
                    or fold(span) in people or "PERSON" in places.wordnet_kinds(span)):
                continue
            c.label = label


_INITIAL_BEFORE = re.compile(r"\b[A-Z]\.[ \t\n]+$")


def _person_sign(text: str, start: int) -> bool:
    """A title, a form of address or an initial right before a name ("Lord", "Mr.", "J.")."""
    return titled(text, start) or bool(_INITIAL_BEFORE.search(text, max(0, start - 12), start))


_PEOPLE_GAP = re.compile(r"^[ \t\n]*[,;][ \t\n]*(?:and[ \t\n]+)?(?P<titles>(?:[A-Z][a-z]*\.?[ \t\n]+(?:and[ \t\n]+)?)*)$")


def _people_gap(text: str, a: int, b: int) -> bool:
    """What stands between two names of a list of people: a comma or semicolon, "and", forms of
    address ("Mrs.", "Mr. and Mrs.")."""
    m = _PEOPLE_GAP.match(text[a:b])
    return m is not None and all(w.rstrip(".").casefold() in title_words()
                                 for w in m.group("titles").replace(" and ", " ").split())


def _town_as_person(text: str, c: Cand) -> bool:
    """A one-word place of the model that may be a surname: a town, not a country, a state, a region,
    a body of the alias table or a demonym."""
    span = text[c.start:c.end]
    rec = places.lookup(span)
    return (c.priority <= MODEL and c.label in ("GPE", "LOC") and _ONE_WORD.fullmatch(span) is not None
            and (rec is None or rec["kind"] == "city") and not lexicon.states_or_orgs(span)
            and span not in lexicon.demonyms())


def people_in_lists(text: str, cands: list[Cand]) -> None:
    """ "Mr. Pardew, Trelawny, Mrs. Ashcombe, Brooks, Kendal, and Miss Wragg": in a list of names
    where two or more carry a title or a form of address, and every other name is a person, a
    one-word town of the model is one more person (surnames that are towns' names: "Kendal",
    "Newton"; ``_town_as_person``). A name that stays a place or a body keeps the list mixed ("Sir
    John Moore, General Baird, Corunna, and Lisbon"); only a run of names the model read as one body
    ("Brooks, Hartley,": a comma inside) is no body."""
    cands.sort(key=lambda c: c.start)
    i = 0
    while i < len(cands):
        j = i
        while j + 1 < len(cands) and _people_gap(text, cands[j].end, cands[j + 1].start):
            j += 1
        items = cands[i:j + 1]
        i = j + 1
        if sum(c.label == "PERSON" and _person_sign(text, c.start) for c in items) < 2:
            continue
        towns = [c for c in items if _town_as_person(text, c)]
        if any(c.label != "PERSON" and all(c is not t for t in towns) and not (c.label == "ORG" and "," in text[c.start:c.end])
               for c in items):
            continue
        for c in towns:
            c.label = "PERSON"


_PLACE_PREP_BEFORE = re.compile(r"\b(?:at|in|near|through|via|outside|beyond|below|above)[ \t\n]+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _place_sign(text: str, c: Cand, near: list[Cand]) -> bool:
    """A sign that a name is a place: a preposition of place right before it ("a warehouse at Romsey",
    "the river below Hatvan";
    not "from", "to": "a letter from Romsey", "passed to Romsey" are said of people too), a place noun
    after it ("Chippenham market"), a place next to it in a list."""
    after = _WORD_AFTER.match(text, c.end)
    return (bool(_PLACE_PREP_BEFORE.search(text, max(0, c.start - 12), c.start))
            or (after is not None and places.place_noun(after.group(1)))
            or any(o.label in _PLACES for o in near))


def known_places_read_as_people(text: str, cands: list[Cand], people: set[str]) -> None:
    """ "Chippenham market was thinly attended", "a warehouse at Romsey": a one-word person of the
    model that the gazetteer knows as a place is the place where something says place (``_place_sign``)
    and nothing says person. Signs of a person: a title, a form of address or an initial before it
    ("Mr. Romsey", "Lord Melbourne", "J. Barnes"), a possessive after it, a person's name next to it
    in a list ("Mr. Morant, Barnes"), a list of names with no place in it, a predicate only a person
    takes ("Belton had been apprehended"), a word of the document's full personal names, a given name
    of the name dictionary, a person WordNet knows by that name ("Lincoln", "Darwin"). Without a
    sign of a place the model's person stands ("Selby soon resigned", "studied under Selby")."""
    from ..events.gender import known_given_name

    cands.sort(key=lambda c: c.start)
    for i, c in enumerate(cands):
        span = unbroken(text[c.start:c.end])
        word = span.title() if span.isupper() else span
        if c.priority > MODEL or c.label != "PERSON" or not _ONE_WORD.fullmatch(word):
            continue
        rec = places.lookup(word)
        if rec is None or rec.get("not_a_place") or text[c.end:c.end + 2] in ("'s", "’s"):
            continue
        if _person_sign(text, c.start):
            continue
        near = [o for o in (cands[i - 1] if i else None, cands[i + 1] if i + 1 < len(cands) else None)
                if o is not None and LIST_SEPARATOR.match(text[min(o.end, c.end):max(o.start, c.start)])]
        named = [o for o in near if o.label == "PERSON"]
        if any(" " in text[o.start:o.end].strip() or _person_sign(text, o.start) for o in named):
            continue  # "Mr. Morant, Barnes", "John Hale, Romsey": a list of people
        if near and not any(o.label in _PLACES for o in near):
            continue  # "Hale, Romsey, and Pellow": a list with no place in it, nothing says which
        if person_predicate(text, c.end):
            continue  # "Belton had been apprehended": what is said of it is said of a person
        if fold(word) in people or known_given_name(word) or "PERSON" in places.wordnet_kinds(word):
            continue
        if _place_sign(text, c, near):
            c.label = rec["label"]


_COMMA_IN = re.compile(r"^,[ \t\n]*in[ \t\n]+$")


def places_after_place_in(text: str, cands: list[Cand], people: set[str]) -> None:
    """"a fire broke out at Port Selwyn, in Vardala": a one-word person or organisation right after
    "<place>, in" is the place that holds it (not "Ames, in Paris": the place comes first). Not a
    word of the document's full personal names, nor one WordNet knows as a person."""
    cands.sort(key=lambda c: c.start)
    for a, c in zip(cands, cands[1:]):
        span = text[c.start:c.end]
        if (a.label in _PLACES and c.priority <= MODEL and c.label in ("PERSON", "ORG")
                and _ONE_WORD.fullmatch(span) and _COMMA_IN.match(text[a.end:c.start])
                and text[c.end:c.end + 2] not in ("'s", "’s")
                and fold(span) not in people and "PERSON" not in places.wordnet_kinds(span)):
            c.label = "GPE"

"""The shorter forms of one person's long name, within a document.

A long name carries more surnames and given names than the text uses each time: "Jaume Ramón
Mercader del Río" is later "Ramón Mercader" and "Mercader"; "José Ortega y Gasset" is "Ortega";
"John Quincy Adams" is "Quincy Adams". Two readings make those forms join the long name:

- the surnames of a name with a particle inside it (Iberian "del", "de la", "y"; "van", "von"): the
  word before the particle (when it is not the first, given, name) and the word after it;
- a shorter full name whose words are, in order, words of the long one, and whose last word is one
  of the long name's surnames.

Each joins only where exactly one person of the document carries the form (the caller's rule for a
lone surname; ``contained_in`` for a shorter full name): a father, a son and a wife who share a
surname keep it apart.
"""
from __future__ import annotations

import functools
from collections import defaultdict

from . import lexicon
from .names import PersonName, skeleton


# a particle that links a name to a father's ("ibn", "bin"): no surname on either side of it; an
# article ("al"): the word before it is a given name or a father's, the word after it a family name
_PATRONYMIC_LINKS = frozenset({"bin", "ibn", "ben", "bint", "abu"})
_ARTICLES = frozenset({"al", "el"})


def _words(p: PersonName) -> list[str]:
    return p.display.split()


@functools.lru_cache(maxsize=65536)
def surnames(p: PersonName) -> frozenset[str]:
    """The skeletons a lone surname of this person may be: the parsed family name and, around a
    particle inside the name, the word before it (not the first word) and the word after it
    ("Mercader" and "Río" of "Jaume Ramón Mercader del Río"; "Cervantes" of "Miguel de Cervantes
    Saavedra"; "Ortega" and "Gasset" of "José Ortega y Gasset")."""
    out = set(p.surnames)
    if p.single:
        return frozenset(out)
    words = _words(p)
    particles = lexicon.name_particles()
    is_particle = [w.casefold() in particles for w in words]
    for i in range(1, len(words) - 1):
        particle = words[i].casefold()
        if not is_particle[i] or particle in _PATRONYMIC_LINKS:
            continue
        if i - 1 >= 1 and not is_particle[i - 1] and particle not in _ARTICLES:
            out.add(skeleton(words[i - 1]))
        if not is_particle[i + 1]:
            out.add(skeleton(words[i + 1]))
    out.discard("")
    return frozenset(out)


@functools.lru_cache(maxsize=65536)
def _sequence(p: PersonName) -> tuple[str, ...]:
    particles = lexicon.name_particles()
    return tuple(s for s in (skeleton(w) for w in _words(p) if w.casefold() not in particles) if s)


def _in_order(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    it = iter(long_)
    return all(any(w == x for x in it) for w in short)


def contained_in(short: PersonName, long_: PersonName) -> bool:
    """Whether ``short`` ("Ramón Mercader", "Quincy Adams") is a shorter form of ``long_`` ("Jaume
    Ramón Mercader del Río", "John Quincy Adams"): two words or more, fewer than the long name's,
    all of them its words in the same order, the last one of its surnames."""
    if short.single or long_.single:
        return False
    a, b = _sequence(short), _sequence(long_)
    if len(a) < 2 or len(a) >= len(b) or a[-1] not in surnames(long_):
        return False
    return _in_order(a, b)


def longer_forms(people: dict[int, PersonName]) -> dict[int, list[int]]:
    """For each full name (by key), the keys of the names it is a shorter form of."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    for k, p in people.items():
        for s in surnames(p):
            by_surname[s].append(k)
    out: dict[int, list[int]] = {}
    for k, p in people.items():
        seq = _sequence(p)
        if p.single or len(seq) < 2:
            continue
        out[k] = [x for x in by_surname.get(seq[-1], ()) if x != k and contained_in(p, people[x])]
    return out

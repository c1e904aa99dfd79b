"""Which way a telling of a movement goes: a departure, an arrival or a return (data/corpus/directions.json).

Two texts about one traveller tell "X left A for B in <month>" and, months later, "X returned to A":
both are movements of X, and a join by the shared traveller alone makes them one entry whose two dates
then conflict. Tellings that go opposite ways, or to different destinations, are two movements
(``apart``); the timeline and the conflicts step both ask this before joining. Read from WordNet (the
first sense of the trigger's verb and its hypernyms) and a particle after the trigger ("came back");
an unknown direction ("travelled", "sailed") blocks nothing.
"""
from __future__ import annotations

import functools
import re

from .records import Record
from .regions import may_lie_in
from .told_twice import same_single_day


@functools.lru_cache(maxsize=1)
def data() -> dict:
    from .. import datafiles

    return datafiles.load_json("corpus", "directions.json")


@functools.lru_cache(maxsize=4096)
def _of_verb(word: str) -> str | None:
    from ..events.wordnet import reader, verb_senses

    wn = reader()
    if wn is None or not word.isalpha():
        return None
    lemma = wn.morphy(word, "v") or word
    senses = verb_senses(lemma, 1, 1)
    for name, d in data()["directions"].items():
        if senses & set(d.get("senses", ())):
            return name
    return None


def _particles() -> dict[str, str]:
    return {p: name for name, d in data()["directions"].items() for p in d.get("particles", ())}


def direction(r: Record) -> str | None:
    """"departure", "arrival", "return" or None for a telling of a directional type."""
    if r.type not in data()["types"]:
        return None
    trig = r.event.trigger
    words = (trig.get("text") or "").lower().split()
    parts = _particles()
    end = trig.get("end")
    after = re.match(r"\s+(\w+)", r.text[end:end + 20]) if isinstance(end, int) else None
    for w in words[1:] + ([after.group(1).lower()] if after else []):
        if w in parts:
            return parts[w]
    return _of_verb(words[0]) if words else None


def apart(a: Record, b: Record) -> bool:
    """Two tellings of a directional type that cannot be one movement: they go opposite ways (a
    departure and a return), or they name different places where both name one (two destinations),
    unless one place may lie in the other (a town and its country) or both are dated to one same day."""
    if a.type not in data()["types"] or b.type not in data()["types"]:
        return False
    da, db = direction(a), direction(b)
    if da and db and db in data()["directions"][da].get("opposite", ()):
        return True
    if a.place and b.place and a.place != b.place and not same_single_day(a, b):
        # (one act told on one stated day at two places is for the conflicts step: ``rules.one_day_act``)
        na, nb = a.names.get(a.place, a.place), b.names.get(b.place, b.place)
        return not (may_lie_in(na, nb) or may_lie_in(nb, na))
    return False

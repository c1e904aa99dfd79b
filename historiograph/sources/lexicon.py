"""Word lists of the sources stage, read once from ``historiograph/data/sources/``.

Data, not code: a new publisher word, heading or attribution cue is a change to a data file.
"""
from __future__ import annotations

import functools
import re

from .. import datafiles



def _lines(name: str) -> list[str]:
    return datafiles.lines("sources", name)


def _table(name: str) -> list[list[str]]:
    return datafiles.rows("sources", name)


@functools.lru_cache(maxsize=None)
def headings() -> frozenset[str]:
    return frozenset(line.lower() for line in _lines("headings.txt"))


@functools.lru_cache(maxsize=None)
def languages() -> dict[str, str]:
    return {name.lower(): code for name, code in _table("languages.tsv")}


@functools.lru_cache(maxsize=None)
def months() -> dict[str, int]:
    return {name: int(num) for name, num in _table("months.tsv")}


@functools.lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    return frozenset(w for line in _lines("given_names.txt") for w in line.split())


@functools.lru_cache(maxsize=None)
def particles() -> frozenset[str]:
    return frozenset(w for line in _lines("particles.txt") for w in line.split())


@functools.lru_cache(maxsize=None)
def publisher_words() -> frozenset[str]:
    return frozenset(_lines("publisher_words.txt"))


@functools.lru_cache(maxsize=None)
def container_words() -> frozenset[str]:
    return frozenset(w.rstrip(",") for w in _lines("container_words.txt"))


@functools.lru_cache(maxsize=None)
def places() -> frozenset[str]:
    return frozenset(_lines("places.txt"))


@functools.lru_cache(maxsize=None)
def debris_patterns() -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(rx, re.M)) for kind, rx in _table("debris.tsv")]


@functools.lru_cache(maxsize=None)
def cues() -> dict:
    return datafiles.load_json("sources", "attribution_cues.json")


@functools.lru_cache(maxsize=None)
def regions() -> frozenset[str]:
    return frozenset(w for line in _lines("regions.txt") for w in line.split())

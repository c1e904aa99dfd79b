"""What kind of toponym a place name is (street, building or other place), read from its head noun.

topres19th and similar gazetteer tasks type toponyms as LOC, BUILDING or STREET. The kind is read
from the name's construction, not from a list of names: its last word ("Royal Hotel", "Oxford
Street"), the part after a hyphen ("Mill-lane"), a head noun that opens "<head> of X" ("House of
Commons"); OCR'd heads one letter off ("Stamford-slreet") count when the head is five letters or more.
"""
from __future__ import annotations

import functools
import re

from . import lexicon

# the model's labels of a place; ORG and WORK names become buildings only by a [building_org] head
_PLACE_LABELS = {"GPE", "LOC", "FAC"}


@functools.lru_cache(maxsize=None)
def _heads() -> dict[str, frozenset[str]]:
    return lexicon._sections("toponym_heads.txt")


def _one_off(word: str, head: str) -> bool:
    """One substitution apart (OCR: "slreet", "atreet"), for heads of five letters or more."""
    if len(head) < 5 or len(word) != len(head) or not word.islower():
        return False
    return sum(a != b for a, b in zip(word, head)) == 1 and not _english_word(word)


@functools.lru_cache(maxsize=4096)
def _english_word(word: str) -> bool:
    """A word WordNet knows ("squire" is not an OCR'd "square"); False where WordNet is absent."""
    from ..events.wordnet import has_sense

    return has_sense(word)


def head_word(name: str) -> str:
    """The last word of a name, or the part after its last hyphen, letters only."""
    words = name.split()
    if not words:
        return ""
    return re.sub(r"[^\w]", "", re.split(r"[-‐]", words[-1])[-1])


@functools.lru_cache(maxsize=65536)
def _is(word: str, section: str) -> bool:
    heads = _heads()[section]
    return word.casefold() in heads or any(_one_off(word, h) for h in heads)


def is_street_head(word: str) -> bool:
    """A word that makes a name a street ("lane", "-street", OCR'd "-slreet"); "st" and "rd" only
    as abbreviations, not alone after a hyphen."""
    return len(word) > 2 and _is(word, "street")


def toponym_kind(name: str, label: str) -> str | None:
    """"street", "building" or "loc" for a mention of ``label`` (GPE, LOC, FAC, ORG...); None when
    the name is not a toponym (an organisation or work not named by a building)."""
    head = head_word(name)
    first = name.split()[0].casefold() if name.split() else ""
    of_name = re.match(r"\S+\s+of\s+[A-Z]", name) is not None
    if label in _PLACE_LABELS:
        if _is(head, "street"):
            return "street"
        if _is(head, "building") or _is(head, "building_org") or (of_name and first in _heads()["building_first"]):
            return "building"
        return "loc"
    if _is(head, "building_org") or (of_name and first in _heads()["building_first"]):
        return "building"
    return None


_POSSESSOR = re.compile(r"[A-Z][\w]*(?:[ \t][A-Z][\w]*)?['’]s?[ \t]+$")


def possessor_start(text: str, start: int, end: int) -> int:
    """Where a building named by its owner begins: a mention that is only its head noun ("Hotel")
    after a capitalised possessive ("Luce’s Hotel", "St. Mary's Church" is already whole) takes the
    possessive in."""
    name = text[start:end]
    if len(name.split()) != 1 or toponym_kind(name, "FAC") != "building":
        return start
    m = _POSSESSOR.search(text, max(0, start - 40), start)
    return m.start() if m else start

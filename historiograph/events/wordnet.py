"""Event types for trigger words the lexicon never saw, through WordNet.

A word's first senses are walked up their hypernyms to a few anchor synsets per type
(data/events/wordnet_anchors.json); nouns also reach verb anchors through derivationally related
forms (execution -> execute). A near anchor scores high, a far one not at all, so that a distant
relative ("press" -> touch) never fires. The data is Debian's ``wordnet-base`` (WordNet 3.0), read with
nltk's WordNetCorpusReader; where it is absent the lexicon works alone (one warning).
"""
from __future__ import annotations

import bisect
import builtins
import collections
import functools
import io
import os
import threading
import warnings

from .. import datafiles
from ..wordnet_lines import wordnet_root


_UNREAD = object()
_reader = _UNREAD
_reader_lock = threading.Lock()


def reader():
    """The WordNet reader, or None (with one warning) when nltk or the data is missing. Read once per
    process, under a lock: threads asking at once wait for the one reader (and never keep a None
    that a half-done import in another thread would have given)."""
    global _reader
    wn = _reader
    if wn is _UNREAD:
        with _reader_lock:
            if _reader is _UNREAD:
                _reader = _read()
            wn = _reader
    return wn


def _read():
    """A WordNet reader of its own, or None (with one warning)."""
    root = wordnet_root("data.verb")
    try:
        from ..nltk_import import wordnet_module

        WordNetCorpusReader = wordnet_module().WordNetCorpusReader  # (not the whole of nltk: nltk_import.py)
        import nltk
    except ImportError:
        root = None
    if root is None:
        warnings.warn("WordNet not found (apt-get install wordnet-base; pip install nltk): "
                      "event triggers come from the lexicon alone", RuntimeWarning, stacklevel=3)
        return None
    lexnames = datafiles.path("events", "wordnet_lexnames").read_text(encoding="utf-8")
    from ..wordnet_lines import InMemorySynsets

    class _Reader(InMemorySynsets, WordNetCorpusReader):
        # Debian's package lacks the "lexnames" file nltk expects; and no multilingual mapping is used.
        def open(self, file):
            if file == "lexnames":
                return io.StringIO(lexnames)
            if file.startswith("index.") or file.endswith(".exc"):
                # read once, line by line: Python's own file is ~5x faster than nltk's seekable
                # stream (the data.* files, which nltk seeks in, stay nltk's)
                return builtins.open(os.path.join(root, file), encoding="utf-8")
            return super().open(file)

        def map_wn(self, version="wordnet"):
            return {}

        def _scan_satellites(self):
            pass  # (nltk reads all of data.adj for this; _LazyIndex asks per adjective instead)

        def _load_lemma_pos_offset_map(self):
            lines = {suffix: _read_lines(os.path.join(root, "index." + suffix)) for suffix in self._FILEMAP.values()}
            index = _LazyIndex(self._FILEMAP, lines, os.path.join(root, "data.adj"))
            if not all(ls == sorted(ls) for ls in lines.values()):  # not the order wndb(5) gives them
                index.load_all()  # (bisection needs it): every lemma now
            self._lemma_pos_offset_map = index

    if root not in nltk.data.path:
        nltk.data.path.append(root)  # nltk only reads corpora under its data path
    _plain_regexes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _Reader(root, None)


def _plain_regexes() -> None:
    """nltk's WordNet module parses each synset entry with three regexes of its own (the gloss, the
    examples, a lemma's marker) through ``nltk.redos``, the ``regex`` engine under a timeout: twice the
    cost of the entry's parse with stdlib ``re`` (a few thousand entries per process). Those patterns
    are nltk's constants, linear in ``re`` too, and match the same (tests/test_wordnet_speed.py); only
    that module's name is rebound, every other nltk module keeps its guard."""
    import re

    from nltk.corpus.reader import wordnet as nltk_wordnet

    if getattr(nltk_wordnet, "redos", None) is not None and not isinstance(nltk_wordnet.redos, _StdlibRegexes):
        nltk_wordnet.redos = _StdlibRegexes(re)


class _StdlibRegexes:
    """The ``re`` helpers that nltk's WordNet module calls through ``redos`` (attribute access)."""

    def __init__(self, re_module):
        self.__dict__.update({name: getattr(re_module, name) for name in (
            "compile", "match", "fullmatch", "search", "findall", "finditer", "split", "sub", "subn")})
        self.error = re_module.error


def _read_lines(path: str) -> list[str]:
    """An index file's lemma lines, without its licence header (lines that start with a space)."""
    with builtins.open(path, encoding="utf-8") as fp:
        lines = fp.read().split("\n")
    start = next((i for i, line in enumerate(lines) if not line.startswith(" ")), len(lines))
    return [line for line in lines[start:] if line]


class _LazyIndex(collections.defaultdict):
    """nltk's lemma -> pos -> synset offsets map, filled a lemma at a time on first use.

    nltk parses all 155,000 lines of the index files (and scans data.adj for satellites) when the
    reader is made, about a CPU second per process; a document asks for a few hundred lemmas. The
    index files are sorted (wndb(5): WordNet's own binary search needs it), so a lemma's line is found
    by bisection in the file's lines. The entry is the one nltk would have made: the same offsets, an
    "s" list of the adjective's satellites. Iterating the map (``all_lemma_names``) reads every lemma."""

    def __init__(self, filemap: dict[str, str], lines: dict[str, list[str]], data_adj: str):
        super().__init__(dict)
        self._files = [(pos, lines[suffix]) for pos, suffix in filemap.items()]
        self._data_adj_path = data_adj
        self._data_adj: bytes | None = None
        self._absent: set = set()
        self._complete = False

    def _find(self, lemma) -> dict | None:
        if self._complete or not isinstance(lemma, str):
            return None
        entry: dict = {}
        key = lemma + " "
        for pos, lines in self._files:
            i = bisect.bisect_left(lines, key)
            if i < len(lines) and lines[i].startswith(key):
                self._put(entry, lines[i])
        return entry or None

    def _put(self, entry: dict, line: str) -> None:
        fields = line.split()
        pos, n = fields[1], int(fields[2])
        first = 6 + int(fields[3])  # after the pointer symbols and two counts
        offsets = [int(x) for x in fields[first:first + n]]
        entry[pos] = offsets
        if pos == "a":  # nltk lists the adjective's satellites under "s" too
            entry["s"] = [o for o in offsets if self._satellite(o)]

    def _satellite(self, offset: int) -> bool:
        if self._data_adj is None:
            with builtins.open(self._data_adj_path, "rb") as fp:
                self._data_adj = fp.read()
        head = self._data_adj[offset:offset + 40].split(None, 3)
        return len(head) >= 3 and head[0].isdigit() and int(head[0]) == offset and head[2] == b"s"

    def __missing__(self, lemma):
        entry = self._find(lemma)
        if entry is None:
            entry = {}  # as a defaultdict(dict) does
        self[lemma] = entry
        return entry

    def __contains__(self, lemma) -> bool:
        if dict.__contains__(self, lemma):
            return True
        if lemma in self._absent:
            return False
        entry = self._find(lemma)
        if entry is None:
            self._absent.add(lemma)
            return False
        self[lemma] = entry
        return True

    def get(self, lemma, default=None):
        return self[lemma] if lemma in self else default

    def load_all(self) -> None:
        """Every lemma, in nltk's order (the index files' order); entries handed out already stay."""
        if self._complete:
            return
        full: dict = {}
        for _pos, lines in self._files:
            for line in lines:
                self._put(full.setdefault(line[:line.index(" ")], {}), line)
        old = dict(dict.items(self))
        dict.clear(self)
        for lemma, entry in full.items():
            dict.__setitem__(self, lemma, old.pop(lemma, entry))
        for lemma, entry in old.items():  # names asked for that WordNet lacks (empty entries)
            dict.__setitem__(self, lemma, entry)
        self._complete = True

    def __iter__(self):
        self.load_all()
        return super().__iter__()

    def __len__(self) -> int:
        self.load_all()
        return super().__len__()

    def keys(self):
        self.load_all()
        return super().keys()

    def items(self):
        self.load_all()
        return super().items()

    def values(self):
        self.load_all()
        return super().values()


@functools.lru_cache(maxsize=1)
def _config():
    data = datafiles.load_json("events", "wordnet_anchors.json")
    anchors = {name: etype for etype, names in data["anchors"].items() for name in names}
    return data, anchors


@functools.lru_cache(maxsize=20000)
def event_noun(noun: str) -> bool:
    """The noun's first sense is an act or event ("recruitment", "storming"), not a person ("writer"),
    a group ("union") or a thing; a gerund WordNet lacks counts as an act."""
    wn = reader()
    if wn is None:
        return False
    senses = sense_offsets(noun, "n")
    if not senses:
        return noun.endswith("ing")
    return _lexname_at(*senses[0]) in ("noun.act", "noun.event", "noun.phenomenon")


@functools.lru_cache(maxsize=20000)
def related_verbs(noun: str) -> tuple[str, ...]:
    """Verbs a noun is made from, first senses first: "recruitment" -> recruit, "storming" -> storm."""
    wn = reader()
    if wn is None or not noun.isalpha() or not event_noun(noun):
        return ()
    out: list[str] = []
    for key in sense_offsets(noun, "n")[:2]:  # (by offset: no synset parsed)
        for name in wn.lemma_names_at(*key):
            if name.lower() != noun:
                continue
            for rel in derived_names(key, name, pos="v"):
                if rel.lower() not in out:
                    out.append(rel.lower())
    if not out and noun.endswith("ing"):
        base = wn.morphy(noun, "v")  # a gerund WordNet lists only as a verb form
        if base and base != noun:
            out.append(base)
    return tuple(out)


@functools.lru_cache(maxsize=20000)
def type_of(lemma: str, pos: str) -> tuple[str, float] | None:
    """(event type, score) for a verb ("v") or noun ("n") lemma, or None when no anchor is near."""
    wn = reader()
    if wn is None or not lemma.isalpha():
        return None
    data, _ = _config()
    weights = data["sense_weights"]
    best: tuple[float, str] | None = None
    for i, key in enumerate(sense_offsets(lemma, pos)[:len(weights)]):  # (by offset: no synset parsed)
        if _lexname_at(*key) not in data["lexnames"]:
            continue
        starts = [(key, 0)]
        if pos == "n":
            starts += [(verb_key, 1) for name in wn.lemma_names_at(*key)
                       for verb_key, _name in derived_lemmas(key, name, pos="v")]
        for start, extra in starts:
            hit = _nearest_anchor_by_offset(start, data["max_distance"] - extra)
            if hit is None:
                continue
            etype, dist = hit
            score = weights[i] * (1 - data["distance_penalty"] * (dist + extra))
            if best is None or score > best[0]:
                best = (score, etype)
    if pos == "n" and (best is None or best[0] < data["min_score"]):
        for verb in related_verbs(lemma)[:1]:
            hit = type_of(verb, "v")
            if hit is not None and hit[1] - data["distance_penalty"] >= data["min_score"]:
                return hit[0], round(hit[1] - data["distance_penalty"], 2)
    if best is None or best[0] < data["min_score"]:
        return None
    return best[1], round(best[0], 2)


@functools.lru_cache(maxsize=1)
def _anchor_keys() -> dict[tuple[str, int], str]:
    """The event type of each anchor synset (wordnet_anchors.json anchors), by (pos, offset)."""
    return {key: etype for name, etype in _config()[1].items() for key in synset_keys((name,))}


def _nearest_anchor_by_offset(key: tuple[str, int], max_distance: int) -> tuple[str, int] | None:
    """_nearest_anchor of the synset at ``key``, walking the hypernyms by offset: the same levels; where
    one level holds anchors of two types, nltk's order of the level (hypernyms sorted by name) decides,
    so there the synsets are parsed and _nearest_anchor asked."""
    anchor_keys = _anchor_keys()
    frontier, seen = [key], set()
    for dist in range(max_distance + 1):
        types = {anchor_keys[k] for k in frontier if k in anchor_keys}
        if len(types) == 1:
            return types.pop(), dist
        if types:
            return _nearest_anchor(reader().synset_from_pos_and_offset(*key), _config()[1], max_distance)
        seen.update(frontier)
        frontier = list(dict.fromkeys(h for k in frontier for h in pointers_of(k) if h not in seen))
        if not frontier:
            break
    return None


def _nearest_anchor(syn, anchors: dict[str, str], max_distance: int) -> tuple[str, int] | None:
    frontier, seen = [syn], set()
    for dist in range(max_distance + 1):
        for s in frontier:
            etype = anchors.get(s.name())
            if etype:
                return etype, dist
        seen.update(frontier)
        frontier = [h for s in frontier for h in s.hypernyms() if h not in seen]
        if not frontier:
            break
    return None


# Named entities and pronouns whose kind the parse already tells
_ENTITY_KINDS = {"PERSON": ("animate", "person"), "NORP": ("animate", "person"), "GPE": ("animate", "place"),
                 "LOC": ("place",), "FAC": ("place",), "ORG": ("animate", "organization")}
_PRONOUN_KINDS = frozenset(("him", "her", "them", "us", "me", "you", "himself", "themselves"))  # ("wrote to you")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))  # who acts: "he reached Quito"


# Doc.user_data key of the names stage's labels by token index (events/__init__.py sets it): the stage
# corrects the tagger's guesses ("Craiova" a town, not a person) with its gazetteer and context
NAME_LABELS = "historiograph_name_labels"


def object_kinds(tok) -> frozenset[str]:
    """What kind of thing a noun is, for verbs whose object carries the event (lexicon.object_verbs):
    "animate" (a person, a people, a group: "the army", "foreigners"), "person" (not a group),
    "organization" ("a
    commission", "the party"), "report" ("its report", "the findings"), "place" ("the peninsula") or "office" ("Premier"); a named entity or a
    personal pronoun by its label (the names stage's, where it gave one), a common noun by its WordNet
    hypernyms (wordnet_anchors.json)."""
    labels = tok.doc.user_data.get(NAME_LABELS)
    label = labels.get(tok.i) if labels is not None else None
    if label is None:
        # a name the names stage did not keep as a person ("Lisbon Gazettes") is no one (but "the reeve",
        # a common noun the tagger calls a person, is someone)
        label = "" if labels is not None and tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" else tok.ent_type_
    if label and tok.pos_ == "PROPN" and any(
            c.dep_ == "compound" and "place" in noun_kinds(c.lower_) for c in tok.children):
        return frozenset(("place",))  # "Fort Kastel", "Castle Rock", however the tagger labels it
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and "vessel" in noun_kinds(c.lower_)
                                   for c in tok.children):
        return frozenset(("vessel", "thing"))  # "the brig Endeavour", however the tagger labels it
    if label in _ENTITY_KINDS:
        return frozenset(_ENTITY_KINDS[label])
    if tok.pos_ == "PRON":
        # (the subject of a passive is its object: "He was succeeded by ...")
        return frozenset(("animate", "person")) if tok.lower_ in _PRONOUN_KINDS or (
            tok.dep_ == "nsubjpass" and tok.lower_ in ("he", "she", "we", "i")) else (
            frozenset(("animate",)) if tok.dep_ == "nsubj" and tok.lower_ in _SUBJECT_PRONOUNS else frozenset())
    if tok.pos_ != "NOUN":
        return frozenset()
    return noun_kinds(tok.lemma_.lower())


@functools.lru_cache(maxsize=20000)
def noun_kinds(noun: str) -> frozenset[str]:
    """The kinds (wordnet_anchors.json object_kinds) of a common noun, by its WordNet hypernyms (a
    compound by its WordNet name: "savings_bank")."""
    wn = reader()
    if wn is None or not noun.replace("_", "").isalpha():
        return frozenset()
    data, _ = _config()
    senses = sense_offsets(noun, "n")
    out = set()
    for kind, spec in data["object_kinds"].items():
        if kind.startswith("_"):
            continue
        anchors = synset_keys(tuple(spec["synsets"]))
        for key in senses[:spec["senses"]]:
            if not keys_within(key, -1).isdisjoint(anchors):  # (= ancestor_names(sense) & spec's names)
                out.add(kind)
                break
    return frozenset(out)


@functools.lru_cache(maxsize=20000)
def hypernyms_within(syn, depth: int) -> frozenset:
    """A sense's hypernyms up to ``depth`` steps, walked once per sense (many lemmas share senses)."""
    return frozenset(syn.closure(lambda x: x.hypernyms(), depth=depth))


@functools.lru_cache(maxsize=20000)
def ancestor_names(syn, depth: int = -1, instances: bool = False) -> frozenset[str]:
    """A sense's name and its hypernyms' names up to ``depth`` steps (-1: all), with instance
    hypernyms too when ``instances`` ("Paris" -> city); walked once per sense, not once per kind."""
    up = (lambda x: x.hypernyms() + x.instance_hypernyms()) if instances else (lambda x: x.hypernyms())
    return frozenset((syn.name(), *(h.name() for h in syn.closure(up, depth=depth))))


@functools.lru_cache(maxsize=8192)
def first_sense_ancestry(noun: str) -> tuple[str, ...]:
    """The noun's first WordNet sense and all its hypernyms, as synset names, the sense first; () for a
    noun WordNet lacks. What a force or a town noun is tested on (events/numbers.py, definite_places.py)."""
    senses = first_senses(noun, "n", 1)  # (the other senses not parsed)
    if not senses:
        return ()
    first = senses[0].name()
    return (first, *(ancestor_names(senses[0]) - {first}))  # (the walk cached per sense)


def verb_lexname(verb: str) -> str | None:
    """The lexicographer file of a verb's first sense ("fall": verb.motion), or None."""
    return lexname(verb, "v")


@functools.lru_cache(maxsize=50000)
def lexname(word: str, pos: str) -> str | None:
    """The lexicographer file of a word's first sense of ``pos`` ("v", "n"): "fall" verb.motion, "jury"
    noun.group, "pamphlet" noun.communication; None for a word WordNet lacks."""
    senses = sense_offsets(word, pos) if word.isalpha() else ()
    return _lexname_at(*senses[0]) if senses else None


def first_synset(word: str, pos: str):
    """``wn.synsets(word, pos)[0]`` (None when there is none or no WordNet), in nltk's own order, without
    reading every other sense from the data file: a first sense is all some features use, and a word
    like "make" has fifty."""
    senses = first_senses(word, pos, 1)
    return senses[0] if senses else None


def first_senses(word: str, pos: str, n: int) -> list:
    """``wn.synsets(word, pos)[:n]``, reading only those ``n`` senses from the data file (a synset's
    parse is most of a lookup's cost in a fresh process, and many tests need only the first senses)."""
    wn = reader()
    if wn is None:
        return []
    return [wn.synset_from_pos_and_offset(p, offset) for p, offset in sense_offsets(word, pos)[:n]]


@functools.lru_cache(maxsize=50000)
def sense_offsets(word: str, pos: str) -> tuple[tuple[str, int], ...]:
    """(part of speech, offset) of each synset ``wn.synsets(word, pos)`` lists, in its order (duplicates
    kept), read from the index without parsing any synset; () without WordNet."""
    wn = reader()
    if wn is None:
        return ()
    word = word.lower()
    index = wn._lemma_pos_offset_map
    return tuple((p, offset) for p in pos for form in wn._morphy(word, p, True) for offset in index[form].get(p, []))


def lexname_at(key: tuple[str, int]) -> str | None:
    """The lexicographer file of the synset at ``key`` (pos, offset), no synset parsed."""
    return _lexname_at(*key)


def _lexname_at(pos: str, offset: int) -> str | None:
    """The lexicographer file of the synset at ``offset``: the parsed synset's where it is parsed already,
    else read from its data line without parsing the rest (a feature of every content word asks for it)."""
    wn = reader()
    synset = wn._synset_offset_cache[pos].get(offset)
    return synset.lexname() if synset is not None else wn.lexname_at(pos, offset)


def lexnames(word: str, pos: str, n: int) -> list[str]:
    """``[s.lexname() for s in wn.synsets(word, pos)[:n]]``, without parsing the senses."""
    return [_lexname_at(*key) for key in sense_offsets(word, pos)[:n]]


def lemma_names(word: str, pos: str = "nvar") -> list[str]:
    """``[l.name() for s in wn.synsets(word, pos) for l in s.lemmas()]`` (every part of speech by default,
    as ``wn.synsets(word)``), read from the senses' data lines without parsing them: the entities stage
    asks it of every capitalised word, whose senses are otherwise parsed only for it."""
    wn = reader()
    return [name for key in sense_offsets(word, pos) for name in wn.lemma_names_at(*key)]


def has_sense(word: str, pos: str = "nvar") -> bool:
    """``bool(wn.synsets(word, pos))`` (every part of speech by default), no sense parsed."""
    return bool(sense_offsets(word, pos))


def any_sense_within(word: str, pos: str, names: tuple[str, ...], depth: int = -1) -> bool:
    """Whether a sense of ``word`` or one of its hypernyms within ``depth`` steps (-1: all) is a synset of
    ``names``: ``any(ancestor_names(s, depth) & set(names) for s in wn.synsets(word, pos))`` by offset."""
    keys = synset_keys(names)
    return any(not keys_within(key, depth).isdisjoint(keys) for key in sense_offsets(word, pos))


def related_of_lexname(lemma, lexname: str, symbol: str = "+") -> list:
    """``[r for r in lemma._related(symbol) if r.synset().lexname() == lexname]`` (a Lemma's derivationally
    related forms of one lexicographer file: "mutiny" -> mutineer, noun.person), parsing only those."""
    wn = reader()
    return [wn.synset_from_pos_and_offset(p, offset)._lemmas[index]
            for p, offset, index in lemma._synset._lemma_pointers.get((lemma._name, symbol), ())
            if _lexname_at(p, offset) == lexname]


def derived_lemmas(key: tuple[str, int], name: str, pos: str | None = None, lexname: str | None = None,
                   symbol: str = "+") -> list[tuple[tuple[str, int], str]]:
    """(synset key, lemma name) of each lemma that lemma ``name`` of the synset at ``key`` points to with
    ``symbol`` ("+": derivationally related forms), of part of speech ``pos`` ("v") or lexicographer file
    ``lexname`` ("noun.person") only: ``lemma._related(symbol)`` filtered, read by offset (no synset parsed)."""
    wn = reader()
    return [((p, offset), wn.lemma_names_at(p, offset)[index])
            for source, p, offset, index in wn.lemma_pointer_targets_at(key[0], key[1], symbol)
            if source == name and (pos is None or p == pos) and (lexname is None or _lexname_at(p, offset) == lexname)]


def derived_names(key: tuple[str, int], name: str, pos: str | None = None, lexname: str | None = None) -> list[str]:
    """The names of derived_lemmas (derivationally related forms) in their order."""
    return [n for _key, n in derived_lemmas(key, name, pos, lexname)]


@functools.lru_cache(maxsize=5000)
def sense_under(verb: str, anchor: str, senses: int = 4) -> bool:
    """One of the verb's first senses is directly a kind of the anchor ("drown" has "die from being
    submerged", under die.v.01, though its first sense is "submerge")."""
    keys = sense_offsets(verb, "v")[:senses] if verb.isalpha() else ()
    return any(not pointers_of(key).isdisjoint(synset_keys((anchor,))) for key in keys)


@functools.lru_cache(maxsize=2000)
def dying_verb(verb: str) -> bool:
    """A verb of dying: "die" itself in one of its first two senses ("perish", "decease", "expire";
    not "go", "pass" or "exit", whose dying sense comes late), or one of its first four senses a kind
    of dying ("drown", "starve"). Its subject acts no more after it."""
    keys = sense_offsets(verb, "v")[:2] if reader() is not None and verb.isalpha() else ()  # (no synset parsed)
    return verb == "die" or not synset_keys(("die.v.01",)).isdisjoint(keys) or sense_under(verb, "die.v.01")


@functools.lru_cache(maxsize=5000)
def people_sense(noun: str, senses: int = 3) -> bool:
    """One of the noun's first senses is a person or a group of people ("agent": a cause first, then
    a representative; "carter": a president's name, then a driver of carts)."""
    names = lexnames(noun, "n", senses) if reader() is not None and noun.isalpha() else []  # (no synset parsed)
    return any(n in ("noun.person", "noun.group") for n in names)


MEMBER_ANCHORS = ("member.n.01", "follower.n.01", "disciple.n.01", "supporter.n.01", "recruit.n.01")
MEMBER_GLOSSES = ("a member of", "an adherent of", "a follower of", "a supporter of")


@functools.lru_cache(maxsize=5000)
def member_noun(noun: str) -> bool:
    """The noun's first sense is a person defined by belonging to a party, faith or group
    ("communist": a member of the communist party), so that "became a communist" tells a joining."""
    wn = reader()
    if wn is None or not noun.isalpha():
        return False
    syns = wn.synsets(noun, "n")
    if not syns or syns[0].lexname() != "noun.person":
        return False
    first = syns[0]
    if first.definition().lower().startswith(MEMBER_GLOSSES):
        return True
    ancestors = ancestor_names(first, 3)
    return any(a in ancestors for a in MEMBER_ANCHORS)


@functools.lru_cache(maxsize=5000)
def verb_of_form(word: str, endings: tuple[str, ...] = ("ed", "en")) -> str | None:
    """The verb a past participle ("married" -> marry, "exiled" -> exile) or, with endings ("ing",),
    a gerund ("burning" -> burn) is made from; None for a word WordNet knows as no verb form
    ("wooden", "evening")."""
    wn = reader()
    if wn is None or not word.isalpha() or not word.endswith(endings):
        return None
    base = wn.morphy(word, "v")
    return base if base and base != word else None


@functools.lru_cache(maxsize=20000)  # (a verb is asked for with ~8 sense counts and depths: sense_frames)
def verb_senses(verb: str, senses: int = 4, depth: int = 0) -> frozenset[str]:
    """The names of a verb's first senses and of their hypernyms up to ``depth`` steps ("name": its
    third sense, "charge with a function", is a kind of appoint.v.02). A phrasal verb is asked for by
    its WordNet name ("set_out", "shut_down")."""
    wn = reader()
    if wn is None or not verb.replace("_", "").isalpha():
        return frozenset()
    out: set[str] = set()
    for syn in _verb_synsets(verb)[:senses]:
        out.add(syn.name())
        out.update(h.name() for h in hypernyms_within(syn, depth))
    return frozenset(out)


@functools.lru_cache(maxsize=5000)
def _verb_synsets(verb: str) -> tuple:
    """``wn.synsets(verb, "v")``, looked up once for all the sense counts and depths verb_senses is
    asked for."""
    return tuple(reader().synsets(verb, "v"))


def verb_has_sense(verb: str, names: tuple[str, ...], senses: int = 4, depth: int = 0) -> bool:
    """``not verb_senses(verb, senses, depth).isdisjoint(names)``, compared by offset: a sense frame asks
    it of every verb (up to 28 senses), and the offsets of a verb's senses are in the index, so only the
    senses whose hypernyms are walked are read from the data file, and no name is made."""
    return not _verb_sense_keys(verb, senses, depth).isdisjoint(synset_keys(names))


@functools.lru_cache(maxsize=20000)
def _verb_sense_keys(verb: str, senses: int, depth: int) -> frozenset[tuple[str, int]]:
    """verb_senses as (part of speech, offset) pairs: the first senses and the synsets within ``depth``
    hypernym steps of them."""
    if reader() is None or not verb.replace("_", "").isalpha():
        return frozenset()
    return frozenset().union(*(keys_within(key, depth) for key in sense_offsets(verb, "v")[:senses]))


@functools.lru_cache(maxsize=50000)
def pointers_of(key: tuple[str, int]) -> frozenset[tuple[str, int]]:
    """(pos, offset) of the hypernyms of the synset at ``key``, from its data line (no synset parsed)."""
    return reader().pointers_at(key[0], key[1], "@")


@functools.lru_cache(maxsize=50000)
def instance_pointers_of(key: tuple[str, int]) -> frozenset[tuple[str, int]]:
    """(pos, offset) of the instance hypernyms of the synset at ``key`` ("Paris" -> city), from its data line."""
    return reader().pointers_at(key[0], key[1], "@i")


def _hypernyms_and_instances(key: tuple[str, int]) -> frozenset[tuple[str, int]]:
    return pointers_of(key) | instance_pointers_of(key)


@functools.lru_cache(maxsize=50000)
def keys_within(key: tuple[str, int], depth: int, instances: bool = False) -> frozenset[tuple[str, int]]:
    """The synset at ``key`` and those within ``depth`` hypernym steps of it (-1: all), by (pos, offset),
    instance hypernyms too with ``instances``: ancestor_names and hypernyms_within without parsing the
    synsets passed (the same synsets, as nltk's breadth-first closure reaches them)."""
    up = _hypernyms_and_instances if instances else pointers_of
    seen, level, steps = {key}, [key], 0
    while level and steps != depth:
        level = [h for k in level for h in up(k) if h not in seen]
        seen.update(level)
        steps += 1
    return frozenset(seen)


@functools.lru_cache(maxsize=1024)
def synset_keys(names: tuple[str, ...]) -> frozenset[tuple[str, int]]:
    """(part of speech, offset) of each named synset; a name that is no synset's own name (nltk's
    ``synset`` reads "dog.n.03" as a synset named otherwise) matches nothing, as among names."""
    from nltk.corpus.reader.wordnet import WordNetError

    wn = reader()
    out = set()
    for name in names if wn is not None else ():
        key = _named_key(wn, name)
        if key is not False:
            if key is not None:
                out.add(key)
            continue
        try:
            synset = wn.synset(name)
        except (WordNetError, ValueError):
            continue
        if synset is not None and synset.name() == name:
            out.add((synset.pos(), synset.offset()))
    return frozenset(out)


def _named_key(wn, name: str):
    """(pos, offset) of the noun, verb or adverb synset whose own name is ``name`` ("die.v.01"), found from
    the index and its first lemma's name without parsing it; None where no synset has that name; False
    where only nltk's ``synset`` tells (an adjective, a name not of nltk's form)."""
    parts = name.rsplit(".", 2)
    if len(parts) != 3 or parts[1] not in ("n", "v", "r") or not parts[2].isdigit() or name != name.lower():
        return False
    lemma, pos, number = parts[0], parts[1], int(parts[2])
    offsets = wn._lemma_pos_offset_map[lemma].get(pos, []) if lemma in wn._lemma_pos_offset_map else []
    if not 1 <= number <= len(offsets):
        return None  # (nltk's WordNetError)
    first = wn.lemma_names_at(pos, offsets[number - 1])
    if not first:
        return False
    head = first[0].lower()
    own = wn._lemma_pos_offset_map[head].get(pos, []) if head in wn._lemma_pos_offset_map else []
    if offsets[number - 1] not in own:
        return False
    return (pos, offsets[number - 1]) if f"{head}.{pos}.{own.index(offsets[number - 1]) + 1:02d}" == name else None


def has_verb(name: str) -> bool:
    """WordNet lists the verb (or phrasal verb: "close_down") at all."""
    return has_sense(name, "v")


@functools.lru_cache(maxsize=5000)
def noun_kinds_within(noun: str, senses: int) -> frozenset[str]:
    """noun_kinds over the noun's first ``senses`` senses, whatever each kind's own sense count: for a
    noun whose words around it choose a later sense ("head of the office": a person in charge, not a
    body part)."""
    wn = reader()
    if wn is None or not noun.isalpha():
        return frozenset()
    data, _ = _config()
    names = set().union(*(ancestor_names(s) for s in wn.synsets(noun, "n")[:senses])) if senses else set()
    return frozenset(kind for kind, spec in data["object_kinds"].items()
                     if not kind.startswith("_") and names & set(spec["synsets"]))


def sense_frames() -> list[dict]:
    """Verb senses that tell an event only in a frame (wordnet_anchors.json sense_frames)."""
    return _config()[0].get("sense_frames", [])


@functools.lru_cache(maxsize=20000)
def frames_of(name: str) -> tuple[dict, ...]:
    """The sense frames, in their order, that the verb (WordNet name) has a sense of: the same for every
    token of the verb, so found once per verb (35 frames tried for each verb token cost more than the
    frames' tests); only whether its clause fills one is asked of each token (triggers._sense_frame)."""
    return tuple(frame for frame in sense_frames()
                 if verb_has_sense(name, tuple(frame["synsets"]), frame.get("senses", 4), frame.get("depth", 0)))


@functools.lru_cache(maxsize=5000)
def kin_sense(noun: str) -> bool:
    """The noun's FIRST sense is a relative by blood or marriage, named by the noun itself ("son", "wife",
    "cousin"): not a noun whose later sense only is kin ("boy", "heir", "successor": a son or an inheritor
    by their third), nor one that merely shares a spouse's sense ("partner": spouse.n.01)."""
    wn = reader()
    syns = wn.synsets(noun, "n") if wn is not None and noun.isalpha() else []
    return bool(syns) and syns[0].lexname() == "noun.person" and syns[0].name().split(".")[0] == noun \
        and "relative.n.01" in ancestor_names(syns[0])


# WordNet's verb frames (wndb(5)): those whose subject is "Something", and those whose object is
# "somebody" or "something"
_THING_SUBJECT = frozenset({1, 3, 4, 5, 6, 10, 11, 12, 34, 35})
_PERSON_OBJECT = frozenset({9, 14, 17, 18, 20, 24, 25, 30})
_THING_OBJECT = frozenset({5, 8, 11, 15, 16, 19, 21, 31})
_PERSON_LEXNAMES = frozenset({"verb.body", "verb.cognition", "verb.communication", "verb.consumption",
                              "verb.creation", "verb.emotion", "verb.perception", "verb.social", "verb.change"})


_OBJECT_FRAMES = _PERSON_OBJECT | _THING_OBJECT | {10}
_INTRANSITIVE_FRAMES = frozenset({1, 2, 4, 22})  # "Something/Somebody ----s", "... is ----ing PP", "... PP"


@functools.lru_cache(maxsize=5000)
def passive_participle(verb: str) -> bool:
    """The verb's first sense takes an object and is never said alone, so its bare participle is a
    passive ("Arrested/Elected/Raised in X, he ..."); not a motion or change said alone ("Returned from
    exile", "Retired from the bar", "Arrived at X")."""
    wn = reader()
    syns = wn.synsets(verb, "v") if wn is not None and verb.isalpha() else []
    frames = set(syns[0].frame_ids()) if syns else set()
    return bool(frames & _OBJECT_FRAMES) and not frames & _INTRANSITIVE_FRAMES


_CLAUSE_FRAMES = frozenset({24, 26})  # "Somebody ----s somebody to INFINITIVE", "... that CLAUSE"


@functools.lru_cache(maxsize=5000)
def clause_sense_only(verb: str, etype: str) -> bool:
    """Every sense of the verb that WordNet types as ``etype`` takes a person and a clause (frames 24,
    26: "directed the governor to arrest ..."), none a thing: with a thing for object and no clause
    ("directed its reconstruction") another sense is meant (managed), not the typed one."""
    wn = reader()
    if wn is None or not verb.isalpha():
        return False
    data, anchors = _config()
    typed = [s for s in wn.synsets(verb, "v")[:len(data["sense_weights"])] if s.lexname() in data["lexnames"]
             and (_nearest_anchor(s, anchors, data["max_distance"]) or (None,))[0] == etype]
    return bool(typed) and all(set(s.frame_ids()) <= _CLAUSE_FRAMES for s in typed)


@functools.lru_cache(maxsize=5000)
def person_predicate(verb: str, passive: bool) -> bool:
    """By its first sense, the verb's subject (or, ``passive``, its object) is a person and never a
    thing: "arrest", "marry" (passive), "die", "write" (active); not "besiege", "capture", "visit"
    (a thing's object) nor "gain", "fall" (a thing's subject, or a possession or motion)."""
    wn = reader()
    syns = wn.synsets(verb, "v") if wn is not None and verb.isalpha() else []
    if not syns:
        return False
    frames = set(syns[0].frame_ids())
    if passive:
        return bool(frames & _PERSON_OBJECT) and not frames & _THING_OBJECT
    return not frames & _THING_SUBJECT and syns[0].lexname() in _PERSON_LEXNAMES

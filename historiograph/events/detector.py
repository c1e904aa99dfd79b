"""A trained detector of event words: which tokens of a sentence tell that something happens.

A CRF (python-crfsuite) labels each token with a TimeML event class (OCCURRENCE, REPORTING,
I_ACTION, ASPECTUAL, PERCEPTION, STATE, I_STATE) or O. It was trained on the ~11,000 EVENT tags of
TempEval-3 training (TimeBank and AQUAINT, news) by ``bench/train_event_crf.py``, from features the
spaCy pipeline already computes: lemma, part of speech, dependency and head, suffix, the WordNet
lexicographer file of the lemma and whether the lexicon lists it. It finds the words a hand list never
saw ("ceded", "truce", "four hours of fighting"); it does not type them: WordNet and the lexicon do
that (wordnet.py, triggers.py), and a word they cannot type is dropped.

The model ships as ``data/events/event-crf.model``; without it (or without pycrfsuite) ``scores``
returns nothing and triggers come from the lexicon and WordNet alone.
"""
from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_TITLE, LEMMA, POS, TAG

from .. import datafiles
from . import wordnet
from .lexicon import lexicon

MODEL = datafiles.path("events", "event-crf.model")
LABELS = ("OCCURRENCE", "REPORTING", "I_ACTION", "ASPECTUAL", "PERCEPTION", "STATE", "I_STATE")
HAPPENING = ("OCCURRENCE", "REPORTING", "I_ACTION", "ASPECTUAL", "PERCEPTION")  # not states
_CONTENT = frozenset(("VERB", "NOUN", "ADJ", "AUX", "PROPN"))


@functools.lru_cache(maxsize=1)
def tagger(path: str | None = None):
    """The CRF tagger of the shipped model (or of ``path``); None without a model or pycrfsuite."""
    return datafiles.crf_tagger(Path(path) if path else MODEL)


def _lexname(lemma: str, pos: str) -> str:
    """The WordNet lexicographer file of the lemma's first sense ("noun.act", "verb.contact"), "-" for none."""
    return wordnet.lexname(lemma, pos) or "-"


@functools.lru_cache(maxsize=50000)
def _noun_from_verb(lemma: str) -> bool:
    """The noun's first sense is derived from a verb ("truce" no, "occupation" yes)."""
    wn = wordnet.reader()
    if wn is None or not lemma.isalpha():
        return False
    senses = wordnet.sense_offsets(lemma, "n")
    if not senses:
        return False
    # (the first sense's lemma pointers read from its line: the sense itself is not parsed)
    return any(pos == "v" for name, pos in wn.lemma_pointers_at(*senses[0], "+") if name.lower() == lemma)


class _Columns:
    """The token attributes the features read, for a whole Doc at once (one ``to_array``, strings
    looked up once per distinct value): reading them token by token through spaCy's Token objects
    cost more than the CRF itself."""

    def __init__(self, doc):
        strings = doc.vocab.strings
        arr = doc.to_array([LEMMA, POS, TAG, DEP, HEAD, ENT_TYPE, IS_TITLE, IS_ALPHA])
        cols = arr.T.tolist()

        def names(col: list[int], fix=None) -> list[str]:
            # each distinct value looked up once, the column mapped in C
            table = {key: (strings[key] if key else "") for key in set(col)}
            if fix is not None:
                table = {key: fix(s) for key, s in table.items()}
            return list(map(table.__getitem__, col))

        self.lemma = names(cols[0], str.lower)
        self.pos = names(cols[1])
        self.tag = names(cols[2])
        self.dep = names(cols[3])
        # HEAD is the offset to the head, stored as an unsigned 64-bit integer
        self.head = (arr[:, 4].view(np.int64) + np.arange(len(arr), dtype=np.int64)).tolist()
        self.ent = names(cols[5])
        self.title = list(map(bool, cols[6]))
        self.alpha = list(map(bool, cols[7]))
        self.kids: list[set[str]] = [set() for _ in range(len(arr))]
        kids = self.kids
        for i, h, d in zip(range(len(kids)), self.head, self.dep):
            if h != i:
                kids[h].add(d)


def _own(c: _Columns, i: int, first: bool) -> list[str]:
    lemma = c.lemma[i]
    pos = c.pos[i]
    head = c.head[i]
    dep = c.dep[i]
    word, suffixes, senses, listed = _of_lemma(lemma, pos)
    f = [word, f"p={pos}", f"t={c.tag[i]}", f"d={dep}", *suffixes, f"hp={c.pos[head]}", f"dh={dep}|{c.pos[head]}"]
    if pos in _CONTENT:
        f.append(f"hl={c.lemma[head]}")
        f += senses
    f += listed
    if c.ent[i]:
        f.append(f"ent={c.ent[i]}")
    if c.title[i] and not first:
        f.append("title")
    if not c.alpha[i]:
        f.append("nonalpha")
    kids = c.kids[i]
    if kids:
        f.extend(f"k={d}" for d in _CHILD_DEPS if d in kids)
    return f


@functools.lru_cache(maxsize=50000)
def _of_lemma(lemma: str, pos: str) -> tuple[str, tuple[str, str], tuple[str, ...], tuple[str, ...]]:
    """The features of a token that its lemma (and part of speech) decide, made once per lemma: its
    "l=" feature, its suffixes, its WordNet lexicographer files (content words), its lexicon lists."""
    lex = lexicon()
    senses = ()
    if pos in _CONTENT:
        senses = (f"wnn={_lexname(lemma, 'n')}", f"wnv={_lexname(lemma, 'v')}")
        if pos == "NOUN" and _noun_from_verb(lemma):
            senses += ("deverbal",)
    listed = ("lexv",) * (lemma in lex.verbs) + ("lexn",) * (lemma in lex.nouns)
    return f"l={lemma}", (f"s3={lemma[-3:]}", f"s4={lemma[-4:]}"), senses, listed


_CHILD_DEPS = ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "det", "prep", "poss", "amod", "neg")


def features(sent, columns: _Columns | None = None) -> list[list[str]]:
    """Feature strings of each token of a spaCy sentence (a Span): its own and its neighbours'.
    ``columns``: the sentence's Doc as ``_Columns``, when the caller reads several of its sentences."""
    c = columns if columns is not None else _Columns(sent.doc)
    start = sent.start
    n = sent.end - start
    own = [_own(c, start + k, k == 0) for k in range(n)]
    pos = c.pos[start:sent.end]
    lem = c.lemma[start:sent.end]
    out = []
    for i in range(n):
        f = own[i]
        p = pos[i]
        f.append(f"-2p={pos[i - 2]}" if i >= 2 else "-2none")
        if i >= 1:
            f += (f"-1p={pos[i - 1]}", f"-1l={lem[i - 1]}", f"-1pl={pos[i - 1]}|{p}")
        else:
            f.append("-1none")
        if i + 1 < n:
            f += (f"1p={pos[i + 1]}", f"1l={lem[i + 1]}", f"1pl={pos[i + 1]}|{p}")
        else:
            f.append("1none")
        f.append(f"2p={pos[i + 2]}" if i + 2 < n else "2none")
        out.append(f)
    return out


def scores(doc, sents=None) -> dict[int, tuple[str, float]]:
    """token index -> (TimeML class or "O", probability that the token tells a happening, not a
    state), for the verbs and nouns and the tokens the CRF labels as events, in ``sents`` (default:
    every sentence of ``doc``)."""
    model = tagger()
    if model is None:
        return {}
    out: dict[int, tuple[str, float]] = {}
    columns = None
    known = [c for c in HAPPENING if c in _known_labels()]
    marginal = model.marginal
    for sent in sents if sents is not None else doc.sents:
        columns = columns or _Columns(doc)
        pos = columns.pos[sent.start:sent.end]
        if "VERB" not in pos and "NOUN" not in pos:
            continue
        model.set(features(sent, columns))
        labels = model.tag()
        for k, lab in enumerate(labels):
            if lab == "O" and pos[k] not in ("VERB", "NOUN"):
                continue
            p = 0
            for c in known:
                p += marginal(c, k)
            out[sent.start + k] = (lab, round(p, 3))
    return out


@functools.lru_cache(maxsize=1)
def _known_labels() -> frozenset[str]:
    model = tagger()
    return frozenset(model.labels()) if model is not None else frozenset()

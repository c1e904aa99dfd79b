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


@functools.lru_cache(maxsize=50000)
def _lexname(lemma: str, pos: str) -> str:
    """The WordNet lexicographer file of the lemma's first sense ("noun.act", "verb.contact")."""
    wn = wordnet.reader()
    if wn is None or not lemma.isalpha():
        return "-"
    syns = wn.synsets(lemma, pos)
    return syns[0].lexname() if syns else "-"


@functools.lru_cache(maxsize=50000)
def _noun_from_verb(lemma: str) -> bool:
    """The noun's first sense is derived from a verb ("truce" no, "occupation" yes)."""
    wn = wordnet.reader()
    if wn is None or not lemma.isalpha():
        return False
    syns = wn.synsets(lemma, "n")
    if not syns:
        return False
    return any(rel.synset().pos() == "v" for lem in syns[0].lemmas() if lem.name().lower() == lemma
               for rel in lem.derivationally_related_forms())


def _own(tok, first: bool) -> list[str]:
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    head = tok.head
    lex = lexicon()
    dep = tok.dep_
    f = [f"l={lemma}", f"p={pos}", f"t={tok.tag_}", f"d={dep}", f"s3={lemma[-3:]}", f"s4={lemma[-4:]}",
         f"hp={head.pos_}", f"dh={dep}|{head.pos_}"]
    if pos in _CONTENT:
        f.append(f"hl={head.lemma_.lower()}")
        f.append(f"wnn={_lexname(lemma, 'n')}")
        f.append(f"wnv={_lexname(lemma, 'v')}")
        if pos == "NOUN" and _noun_from_verb(lemma):
            f.append("deverbal")
    if lemma in lex.verbs:
        f.append("lexv")
    if lemma in lex.nouns:
        f.append("lexn")
    if tok.ent_type_:
        f.append(f"ent={tok.ent_type_}")
    if tok.is_title and not first:
        f.append("title")
    if not tok.is_alpha:
        f.append("nonalpha")
    kids = {c.dep_ for c in tok.children}
    f.extend(f"k={d}" for d in _CHILD_DEPS if d in kids)
    return f


_CHILD_DEPS = ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "det", "prep", "poss", "amod", "neg")


def features(sent) -> list[list[str]]:
    """Feature strings of each token of a spaCy sentence (a Span): its own and its neighbours'."""
    toks = list(sent)
    own = [_own(t, k == 0) for k, t in enumerate(toks)]
    pos = [t.pos_ for t in toks]
    lem = [t.lemma_.lower() for t in toks]
    n = len(toks)
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
    for sent in sents if sents is not None else doc.sents:
        if not any(t.pos_ in ("VERB", "NOUN") for t in sent):
            continue
        model.set(features(sent))
        labels = model.tag()
        known = [c for c in HAPPENING if c in _known_labels()]
        for k, (lab, tok) in enumerate(zip(labels, sent)):
            if lab == "O" and tok.pos_ not in ("VERB", "NOUN"):
                continue
            p = sum(model.marginal(c, k) for c in known)
            out[sent.start + k] = (lab, round(p, 3))
    return out


@functools.lru_cache(maxsize=1)
def _known_labels() -> frozenset[str]:
    model = tagger()
    return frozenset(model.labels()) if model is not None else frozenset()

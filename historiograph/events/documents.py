"""Named documents as participants: "the Treaty of Varenholm was signed", "the Mining Act was
repealed", and "the treaty" after one was named.

A treaty, charter or act is what two texts telling its signing share, so the corpus stage can join
them (and find where they disagree) although they name no actor in common. A name is a capitalised
head noun whose common senses (WordNet's first five) are a written agreement or legal document
("Treaty", "Accord", "Charter", "Act", "Edict", "Peace"), with a name of its own: an "of" phrase
("Treaty of X", "Concordat of 1801") or capitalised words before it ("the Varenholm Accord"), or
spaCy's LAW label. A definite singular description ("the treaty", "the agreement", "this charter")
stands for the one such name before it whose head is that noun or a kind of it; where several were
named, the latest in its paragraph; else nothing (a guess would be a wrong participant).
"""
from __future__ import annotations

import bisect
import functools

from . import wordnet

_ANCHORS = ("document.n.01", "written_agreement.n.01", "legal_document.n.01")
# what may recall a named one: a document, or an agreement ("the agreement" after "the Treaty of X")
_DESCRIPTIONS = (*_ANCHORS, "agreement.n.01")
_DEFINITE = frozenset({"the", "this", "that"})


@functools.lru_cache(maxsize=4096)
def document_noun(lemma: str, anchors_named: tuple[str, ...] = _ANCHORS) -> bool:
    """A noun one of whose first five senses is a document or written agreement in WordNet."""
    wn = wordnet.reader()
    anchors = _anchor_synsets(anchors_named)
    if wn is None or anchors is None:
        return False
    keys = frozenset((s.pos(), s.offset()) for s in anchors)
    # (= a sense in anchors or anchors & hypernyms_within(sense, 12), by offset: no sense parsed)
    return any(not wordnet.keys_within(key, 12).isdisjoint(keys) for key in wordnet.sense_offsets(lemma, "n")[:5])


@functools.lru_cache(maxsize=8)
def _anchor_synsets(anchors_named: tuple[str, ...]) -> frozenset | None:
    """The anchors' synsets, or None where WordNet lacks one (then nothing is a document)."""
    wn = wordnet.reader()
    if wn is None:
        return None
    try:
        return frozenset(wn.synset(name) for name in anchors_named)
    except Exception:  # noqa: BLE001 - a WordNet without the anchor: no documents
        return None


def _named_span(tok):
    """(first, last) token indices of the document's name headed by ``tok``, else None."""
    if not tok.is_title or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or \
            not document_noun(tok.lemma_.lower()):
        return None
    doc = tok.doc
    first = tok.i
    for c in sorted((c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")),
                    key=lambda c: -c.i):
        if c.i == first - 1 and c.text[:1].isupper():
            first = c.i
    last = tok.i
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if objs and (objs[0].text[:1].isupper() or objs[0].like_num):
                sub = [t for t in objs[0].subtree if not t.is_space]
                if all(t.text[:1].isupper() or t.like_num or t.dep_ in ("det", "prep", "cc") for t in sub):
                    last = sub[-1].i
    ent = doc[tok.i].ent_type_ == "LAW"
    if first == tok.i and last == tok.i and not ent:
        return None  # "the Treaty" alone: no name of its own
    if last > tok.i + 2 and doc[last].like_num and doc[last - 1].lower_ == "of":
        last -= 2  # "the Treaty of Shimonoseki of 1895": "Treaty of Shimonoseki", as other texts call it
    if first < tok.i and last == tok.i + 2 and doc[last].like_num:
        last = tok.i  # "the Mining Act of 1890": "Mining Act"
    return first, last


class Documents:
    """The named documents of one spaCy doc, in text order, and what a description refers to."""

    def __init__(self, doc, paragraphs: list[int]):
        self.doc = doc
        self.paragraphs = paragraphs
        self.named: list[tuple[int, str, str, int, int]] = []  # (token i, name, head lemma, start, end)
        # (only a title-case singular noun can head a name: no Token object is made for the others)
        strings = doc.vocab.strings
        nouns, plurals = {strings["NOUN"], strings["PROPN"]}, {strings["NNS"], strings["NNPS"]}
        for i, (title, pos, tag) in enumerate(doc.to_array(["IS_TITLE", "POS", "TAG"]).tolist()):
            if not title or pos not in nouns or tag in plurals:
                continue
            tok = doc[i]
            span = _named_span(tok)
            if span is not None:
                a, b = doc[span[0]], doc[span[1]]
                name = doc[span[0]:span[1] + 1].text  # (= doc.text[a.idx:end]; Doc.text joins every token)
                self.named.append((tok.i, name, tok.lemma_.lower(), a.idx, b.idx + len(b.text)))
        self.by_token = {n[0]: n for n in self.named}
        self.positions = [n[0] for n in self.named]

    def reference(self, tok) -> tuple[str, int, int, int] | None:
        """(name, start, end, head token) of the document ``tok`` names or stands for, else None."""
        hit = self.by_token.get(tok.i)
        if hit is not None:
            return hit[1], hit[3], hit[4], hit[0]
        if not self.named or tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_lower:
            return None
        left = [c for c in tok.children if c.i < tok.i]
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in left) or \
                any(c.dep_ != "det" for c in left) or not document_noun(tok.lemma_.lower(), _DESCRIPTIONS):
            return None
        lemma = tok.lemma_.lower()
        from .coref import is_kind_of
        before = [n for n in self.named[:bisect.bisect_left(self.positions, tok.i)]
                  if n[2] == lemma or is_kind_of(n[2], lemma)]
        if not before:
            return None
        if len({n[1] for n in before}) == 1:
            n = before[-1]
            return n[1], tok.idx, tok.idx + len(tok.text), n[0]
        para = self.paragraphs[bisect.bisect_right(self.paragraphs, tok.idx) - 1]
        n = before[-1]
        if n[3] >= para:
            return n[1], tok.idx, tok.idx + len(tok.text), n[0]
        return None

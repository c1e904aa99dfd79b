"""The attribution stage: who a statement is attributed to, and how sure the text is of it.

Per sentence (``ad.sentences``): "X says", "according to X", "as X was among the first to point out",
"X wrote in Y that", "some news agencies wondered if", "reportedly" -> ``reported``; "may have",
"possibly", "some believed" -> ``hedged``; "Other theories hold" -> ``disputed``; a negated main verb
("did not break the pact") -> ``negated``, over the negated clause only. Asserted sentences get no
Attribution. ``source``/``work`` are entity ids from the entities stage when its mentions are there.
A text that is an extract of a book is, as a whole, the quoted author's (``metadata.quoted_from``);
that needs no Attribution object: consumers read it from the metadata. Cue lists live in
data/sources/attribution_cues.json.
"""
from __future__ import annotations

import bisect
import functools
import re

import numpy
from spacy.attrs import DEP

from ..model import AnnotatedDocument, Attribution, Span
from ..time import prefilter
from .lexicon import cues


def _alt(phrases: list[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def _rx() -> dict[str, re.Pattern]:
    c = cues()
    r = c["reported"]
    return {
        "after": re.compile(rf"\b(?:{_alt(r['source_after'])})\b", re.I),
        "verbs": re.compile(rf"\b(?:{_alt(r['verbs'])})\b(?:\s+in\s+(?P<work>[“\"«][^”\"»]+[”\"»]|[A-Z][^,.;]{{2,60}}?))?"
                            rf"(?=\s|[,:])", re.I),
        "as": re.compile(rf"\b[Aa]s\s+(?P<src>[^,.;]{{2,80}}?)\s+(?:{_alt(r['as_clause'])})\b"),
        "adverbs": re.compile(rf"\b(?:{_alt(r['adverbs'])})\b", re.I),
        "wonder": re.compile(rf"\b(?:{_alt(r['wonder'])})\b", re.I),
        "hedged": re.compile(rf"\b(?:{_alt(c['hedged'])})\b", re.I),
        "disputed": re.compile(rf"\b(?:{_alt(c['disputed'])})\b", re.I),
    }


_FALLBACK_NEG = re.compile(r"\b(?:did|does|do|was|were|had|has|have|could|would|will|is|are)\s*(?:not|n't|never)\s+"
                           r"(?:been\s+)?[a-z]+(?:ed|en)?\b[^,.;]*", re.I)
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+[”\"’)]*|$)")


def _sentences(ad: AnnotatedDocument) -> list[Span]:
    if ad.sentences:
        return ad.sentences
    return [Span(m.start(), m.end()) for m in _SENT.finditer(ad.text) if m.group(0).strip()]


class _Mentions:
    """Mentions of the entities stage, sorted, for lookups by position."""

    def __init__(self, ad: AnnotatedDocument):
        from ..events.writer import datelines
        labels = set(cues()["source_labels"])
        lines = datelines(ad.text)  # a wire report's "LUSAKA, Oct. 14 (Reuters) -": the town and agency say nothing
        self.items = sorted((m for m in ad.mentions if m.entity and m.label in labels and
                             not any(s <= m.start < e for s, e in lines)), key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, start: int, end: int, label: str | None = None):
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            m = self.items[i]
            if m.end <= end and (label is None or m.label == label):
                out.append(m)
            i += 1
        return out

    def first_after(self, pos: int, end: int, label: str | None = None):
        hits = self.within(pos, end, label)
        return hits[0].entity if hits else None

    def last_before(self, start: int, pos: int):
        hits = [m for m in self.within(start, pos) if m.label != "WORK"]
        return hits[-1].entity if hits else None


def _subject_source(ad, mentions: _Mentions, sent: Span, cue_start: int) -> str | None:
    """The entity that is the subject of the reporting verb at ``cue_start``."""
    doc = ad.nlp
    if doc is not None:
        span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
        if span is not None:
            tok = span[0]
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    sub = child.subtree
                    toks = list(sub)
                    hit = mentions.within(toks[0].idx, toks[-1].idx + len(toks[-1]))
                    if hit:
                        return hit[-1].entity
    window = max(sent.start, cue_start - 80)
    return mentions.last_before(window, cue_start)


def _neg_tokens(doc) -> list[int]:
    """Indices of the tokens whose dependency is ``neg``, read from one array (no Token per token)."""
    if doc is None or not len(doc) or "neg" not in doc.vocab.strings:
        return []
    return numpy.flatnonzero(doc.to_array([DEP]) == doc.vocab.strings["neg"]).tolist()


def _negations(ad: AnnotatedDocument, sent: Span, negs: list[int]) -> list[Attribution]:
    out = []
    doc = ad.nlp
    if doc is not None:
        if not negs:
            return out
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            return out
        for i in negs[bisect.bisect_left(negs, span.start):bisect.bisect_left(negs, span.end)]:
            tok = doc[i]
            head = tok.head
            if head.pos_ != "VERB":  # "was not much of a sacrifice": a copula, not a negated happening
                continue
            sub = list(head.subtree)
            start, end = max(sub[0].idx, sent.start), min(sub[-1].idx + len(sub[-1]), sent.end)
            out.append(Attribution(start, end, "negated", cue=Span(tok.idx, tok.idx + len(tok))))
        return out
    text = ad.text[sent.start:sent.end]
    for m in _FALLBACK_NEG.finditer(text):
        out.append(Attribution(sent.start + m.start(), sent.start + m.end(), "negated",
                               cue=Span(sent.start + m.start(), sent.start + m.end())))
    return out


def _body_part(ad: AnnotatedDocument, sent: Span) -> Span | None:
    """The sentence clipped to the body zone it starts in (a first sentence may begin in the header)."""
    for z in ad.zones:
        if z.kind == "body" and z.start < sent.end and sent.start < z.end:
            start, stop = max(sent.start, z.start), min(z.end, sent.end)
            while start < stop and ad.text[start].isspace():
                start += 1
            if start < stop:
                return Span(start, sent.end)
    return sent if not ad.zones else None


class _Cues:
    """Where each cue pattern can match: the places of the words one of which every match contains
    (``prefilter.required_words``), found in one scan of the text per pattern. A sentence holding none
    of them is not searched with that pattern; the sentences that are give the same matches as before."""

    def __init__(self, text: str, rx: dict[str, re.Pattern]):
        folded = prefilter.fold(text)
        self.places: dict[str, tuple[list[int], list[int]] | None] = {}
        for name, pattern in rx.items():
            finder = _word_finder(pattern)
            if finder is None:
                self.places[name] = None  # no required word known: searched in every sentence
                continue
            starts, ends = [], []
            m = finder.search(folded)
            while m is not None:  # every place a word starts, also inside another word's match
                starts.append(m.start())
                ends.append(m.end())
                m = finder.search(folded, m.start() + 1)
            self.places[name] = (starts, ends)

    def may_match(self, name: str, start: int, end: int) -> bool:
        places = self.places[name]
        if places is None:
            return True
        starts, ends = places
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False


@functools.lru_cache(maxsize=None)
def _word_finder(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern finding the shortest required word that starts at the first place one does."""
    words = prefilter.required_words(pattern.pattern, pattern.flags)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len)))


def attributions_of(ad: AnnotatedDocument) -> list[Attribution]:
    rx = _rx()
    mentions = _Mentions(ad)
    text = ad.masked_text or ad.text
    out: list[Attribution] = []
    negs = _neg_tokens(ad.nlp)
    cues_at = _Cues(text, rx)
    for sent in _sentences(ad):
        sent = _body_part(ad, sent)
        if sent is None:
            continue
        s = text[sent.start:sent.end]
        found: list[Attribution] = []
        present = {name for name in rx if cues_at.may_match(name, sent.start, sent.end)}

        def add(certainty, m, source=None, work=None, group=0):
            found.append(Attribution(sent.start, sent.end, certainty, source, work,
                                     Span(sent.start + m.start(group), sent.start + m.end(group))))

        for m in (rx["after"].finditer(s) if "after" in present else ()):
            add("reported", m, mentions.first_after(sent.start + m.end(), min(sent.end, sent.start + m.end() + 120)))
        for m in (rx["as"].finditer(s) if "as" in present else ()):
            src = mentions.within(sent.start + m.start("src"), sent.start + m.end("src"))
            add("reported", m, src[-1].entity if src else None)
        for m in (rx["verbs"].finditer(s) if "verbs" in present else ()):
            if any(a.cue.start <= sent.start + m.start() < a.cue.end for a in found):
                continue
            work = None
            if m.group("work"):
                hits = mentions.within(sent.start + m.start("work"), sent.start + m.end("work") + 1)
                work = hits[0].entity if hits else None
            src = _subject_source(ad, mentions, sent, sent.start + m.start())
            if src is None and not m.group("work") and not re.search(r"\b(?:that|whether|if)\b", s[m.end():m.end() + 12]) \
                    and not s[m.end():m.end() + 2].strip().startswith((",", ":")):
                continue
            add("reported", m, src, work)
        for m in (rx["wonder"].finditer(s) if "wonder" in present else ()):
            add("reported", m, _subject_source(ad, mentions, sent, sent.start + m.start()))
        for m in (rx["adverbs"].finditer(s) if "adverbs" in present else ()):
            add("reported", m)
        for m in (rx["disputed"].finditer(s) if "disputed" in present else ()):
            add("disputed", m)
        for m in (rx["hedged"].finditer(s) if "hedged" in present else ()):
            if not any(a.certainty == "disputed" for a in found):
                add("hedged", m, _subject_source(ad, mentions, sent, sent.start + m.start())
                    if re.search(r"believed|thought|suspected", m.group(0), re.I) else None)
        found += _negations(ad, sent, negs)
        out += found
    out.sort(key=lambda a: (a.start, a.cue.start if a.cue else 0))
    return out


def annotate(ad: AnnotatedDocument, options) -> dict:
    return {"attributions": attributions_of(ad)}

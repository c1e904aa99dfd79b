"""Event triggers: the words that tell that something happened ("defected", "the invasion of",
"crossing the border into"), found by lemma in the lexicon; multiword triggers by a spaCy Matcher."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.util import filter_spans

from . import wordnet
from .lexicon import VerbRule, lexicon, phrase_matcher


@dataclass
class Trigger:
    type: str
    tokens: list  # spaCy tokens of the trigger (one, or a multiword phrase)
    head: object  # the token whose arguments are the event's arguments
    nominal: bool  # a noun ("the invasion") rather than a verb ("invaded")
    rule: VerbRule | None = None
    source: str = "lexicon"  # "lexicon", or "wordnet" for a word typed through WordNet (wordnet.py)
    score: float = 1.0

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


def find(doc) -> list[Trigger]:
    """Every trigger candidate of the document, in text order (constraints checked later)."""
    lex = lexicon()
    matcher = phrase_matcher(doc.vocab)
    spans = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]  # "type|phrase index"
        spans.append(span)
    taken: set[int] = set()
    out: list[Trigger] = []
    for span in filter_spans(spans):
        head = _phrase_head(span)
        etype, _, n = span.label_.partition("|")
        out.append(Trigger(etype, list(span), head, head.pos_ in ("NOUN", "PROPN"),
                           lex.phrase_rules.get(int(n)) if n else None))
        taken.update(t.i for t in span)
    for tok in doc:
        if tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in lex.verbs:
            for rule in lex.verbs[lemma]:
                out.append(Trigger(rule.type, [tok], tok, False, rule))
        elif tok.pos_ == "NOUN" and lemma in lex.nouns:
            out.append(Trigger(lex.nouns[lemma], [tok], tok, True, lex.noun_rules.get(lemma)))
        elif tok.pos_ in ("VERB", "NOUN") and lemma not in lex.verbs and lemma not in lex.nouns \
                and lemma not in lex.not_triggers and not tok.is_stop and tok.ent_type_ == "":
            hit = _nominalised(lemma, lex) if tok.pos_ == "NOUN" else None
            hit = hit or wordnet.type_of(lemma, "v" if tok.pos_ == "VERB" else "n")
            if hit is not None:
                out.append(Trigger(hit[0], [tok], tok, tok.pos_ == "NOUN", None, "wordnet", hit[1]))
    out.sort(key=lambda t: t.tokens[0].i)
    return out


def _nominalised(noun: str, lex) -> tuple[str, float] | None:
    """A noun made from a listed verb takes the verb's type ("recruitment" -> recruit: cooperation);
    only verbs the lexicon lists without constraints, which hold whatever their object."""
    for verb in wordnet.related_verbs(noun):
        rules = lex.verbs.get(verb, [])
        if len(rules) == 1 and rules[0] == type(rules[0])(rules[0].type):
            return rules[0].type, 0.8
    return None


def _phrase_head(span):
    """The verb of a verbal phrase ("crossing" in "crossing the border into"), else the span's root."""
    for tok in span:
        if tok.pos_ == "VERB":
            return tok
    return span.root

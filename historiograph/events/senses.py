"""The sense of a trigger, told by the words around it: a jury that "retired" went out to deliberate, a
woman who "directed" a museum ran it, an article that "attacked" a minister criticised him, an envoy
"detained" by the snows was delayed, a clerk who "pleaded guilty" made a plea in court.

A trigger's type comes from its word (lexicon, WordNet's first senses); whether the sentence means that
sense depends on the kind of its subject, object or preposition (WordNet lexicographer files and
hypernyms), on a particle or a fixed complement. The rules are data (data/events/senses.json); a rule
that fits drops the trigger or, where the other sense is an event of its own, retypes it. Precision
first: a sense the words rule out is a wrong fact on the timeline."""
from __future__ import annotations

import functools
from dataclasses import replace

from .. import datafiles
from . import wordnet
from .lexicon import cues


@functools.lru_cache(maxsize=1)
def rules() -> tuple[dict, ...]:
    """The rules of senses.json; a key this module does not know is an error, not a condition ignored
    (which would widen the rule)."""
    out = tuple(datafiles.load_json("events", "senses.json")["rules"])
    for rule in out:
        unknown = {k for k in rule if not k.startswith("_")} - _KEYS - set(_CONDITIONS)
        if unknown:
            raise ValueError(f"senses.json: unknown keys {sorted(unknown)} in the rule for {rule.get('type')}")
    return out


_KEYS = frozenset(("type", "lemmas", "pos", "source", "then", "force_type"))


def resolve(triggers: list) -> list:
    """The triggers whose sense their words allow, retyped where a rule says so."""
    out = []
    for trig in triggers:
        rule = next((r for r in rules() if _applies(r, trig)), None)
        if rule is None:
            out.append(trig)
            continue
        etype = rule.get("force_type") if rule.get("force_type") and _armed_force_subject(trig.head) else rule["then"]
        if etype is not None:
            out.append(replace(trig, type=etype, rule=replace(trig.rule, type=etype) if trig.rule else None))
    return out


def _applies(rule: dict, trig) -> bool:
    if rule["type"] != trig.type:
        return False
    head = trig.head
    if "lemmas" in rule and head.lemma_.lower() not in rule["lemmas"]:
        return False
    if "pos" in rule and (rule["pos"] == "noun") != trig.nominal:
        return False
    if "source" in rule and trig.source != rule["source"]:
        return False
    return all(_CONDITIONS[key](head, value) for key, value in rule.items() if key in _CONDITIONS)


def _lexname(tok) -> str | None:
    """The lexicographer file of a common noun's first sense, or of the common noun a name follows
    ("the newspaper Vigie", "the brig Alert")."""
    if tok.pos_ == "NOUN":
        return wordnet.lexname(tok.lemma_.lower(), "n")
    if tok.pos_ == "PROPN":
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.pos_ == "NOUN" and before.dep_ in ("compound", "nsubj", "nsubjpass"):
            return wordnet.lexname(before.lemma_.lower(), "n")
    return None


def _kinds(tok) -> frozenset[str]:
    """A word's kinds (wordnet_anchors.json object_kinds); a name's also those of the common noun before
    it, by its first two senses ("the schooner Dolphin": a schooner is a glass first, a ship second)."""
    kinds = wordnet.object_kinds(tok)
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN":
        kinds |= wordnet.noun_kinds_within(tok.doc[tok.i - 1].lemma_.lower(), 2)
    return kinds


def _of_kind(tok, spec: str) -> bool:
    return not _kinds(tok).isdisjoint(spec.split("|"))


def _subjects(head) -> list:
    """The subject, or for a clause that has none of its own ("after retiring for a few minutes", "rose
    and retired") the subject of the verb it hangs on."""
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj or head.dep_ not in _BORROWS_SUBJECT or head.head is head:
            return subj
        head = head.head.head if head.dep_ == "pcomp" else head.head
    return []


_BORROWS_SUBJECT = frozenset(("pcomp", "advcl", "xcomp", "conj"))


def _senses_lexnames(word: str, pos: str, senses: int = 2) -> frozenset[str]:
    wn = wordnet.reader()
    return frozenset(s.lexname() for s in wn.synsets(word, pos)[:senses]) if wn is not None and word.isalpha() \
        else frozenset()


def _pertains_to(adj, lexnames) -> bool:
    """An adjective whose first senses pertain to a noun of these kinds ("verbal": word, a communication)."""
    wn = wordnet.reader()
    if wn is None or adj.pos_ != "ADJ":
        return False
    return any(p.synset().lexname() in lexnames for s in wn.synsets(adj.lemma_.lower(), "a")[:2]
               for lem in s.lemmas() for p in lem.pertainyms())


def _patients(head) -> list:
    return [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]


def _prep_objects(head, prep: str) -> list:
    return [o for p in head.children if p.dep_ in ("prep", "agent") and p.lower_ == prep
            for o in p.children if o.dep_ == "pobj"]


def _arguments(noun) -> list:
    """A noun's "of" object and its possessor ("the fall of the chancellor", "Orlov's fall")."""
    return _prep_objects(noun, "of") + [c for c in noun.children if c.dep_ == "poss"]


def _argument_of_kind(arg, spec: str) -> bool:
    """An argument of one of the kinds, a possessive pronoun ("his fall") counting as a person."""
    if arg.pos_ == "PRON" and arg.lower_ in ("his", "her", "their", "my", "our"):
        return not {"person", "animate"}.isdisjoint(spec.split("|"))
    return _of_kind(arg, spec)


def _under(tok, synsets: list[str]) -> bool:
    wn = wordnet.reader()
    if wn is None or tok.pos_ != "NOUN":
        return False
    return any(not wordnet.ancestor_names(s).isdisjoint(synsets) for s in wn.synsets(tok.lemma_.lower(), "n")[:1])


def _purpose(head, lexnames) -> bool:
    """A "to" infinitive of one of these kinds of verb: "retired to consider its verdict"."""
    return any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
               and wordnet.verb_lexname(c.lemma_.lower()) in lexnames for c in head.children)


def _clause_senses(head, on: bool) -> bool:
    """Every sense of the verb its type comes from takes someone and a clause, and no clause follows."""
    return on == (wordnet.clause_sense_only(head.lemma_.lower(), _type_of(head)) and not any(
        c.dep_ in ("xcomp", "ccomp", "advcl") for c in head.children))


def _type_of(head) -> str:
    typed = wordnet.type_of(head.lemma_.lower(), "v")
    return typed[0] if typed else ""


def _armed_force_subject(head) -> bool:
    return any(s.lemma_.lower() in cues()["group_nouns"] for s in _subjects(head))


_CONDITIONS = {
    "subject_lexnames": lambda h, v: any(_lexname(s) in v for s in _subjects(h)),
    "agent_lexnames": lambda h, v: any(_lexname(o) in v for o in _prep_objects(h, "by")),
    "subject_kinds": lambda h, v: any(_of_kind(s, v) for s in _subjects(h)),
    "patient_kinds": lambda h, v: any(_of_kind(p, v) or p.pos_ == "NOUN" and not wordnet.noun_kinds_within(
        p.lemma_.lower(), 2).isdisjoint(v.split("|")) for p in _patients(h)),  # ("vessels": veins first)
    "object_lexnames": lambda h, v: any(c.dep_ == "dobj" and _lexname(c) in v for c in h.children),
    "argument_lexnames": lambda h, v: any(_lexname(a) in v for a in _arguments(h)),
    "modifier_pertains": lambda h, v: any(c.dep_ == "amod" and _pertains_to(c, v) for c in h.children),
    "object_not_kinds": lambda h, v: any(c.dep_ == "dobj" for c in h.children) and not any(
        _of_kind(c, v) for c in h.children if c.dep_ == "dobj"),
    "prep_lexnames": lambda h, v: any(_lexname(o) in names for p, names in v.items() for o in _prep_objects(h, p)),
    "prep_ancestors": lambda h, v: any(_under(o, names) for p, names in v.items() for o in _prep_objects(h, p)),
    "preps": lambda h, v: any(c.dep_ == "prep" and c.lower_ in v for c in h.children),
    "unless_preps": lambda h, v: not any(c.dep_ == "prep" and c.lower_ in v for c in h.children),
    "purpose_lexnames": _purpose,
    "complement_lemmas": lambda h, v: any(c.dep_ in ("acomp", "oprd", "advmod", "attr", "dobj", "xcomp", "ccomp")
                                          and c.lemma_.lower() in v for c in h.children),
    "argument_kinds": lambda h, v: any(_argument_of_kind(a, v) for a in _arguments(h)),
    "without_argument_kinds": lambda h, v: not any(_argument_of_kind(a, v) or a.ent_type_ in (
        "PERSON", "GPE", "NORP", "LOC", "ORG") for a in _arguments(h)),
    "clause_senses": _clause_senses,
    "unless_deps": lambda h, v: not any(c.dep_ in v for c in h.children),
    "sense_hypernyms": lambda h, v: not wordnet.verb_senses(h.lemma_.lower(), 4, 1).isdisjoint(v),
    "undated": lambda h, on: on != _dated(h),
}


def _dated(head) -> bool:
    """The clause gives its own date ("In 1852 she came from Linz"): a DATE or TIME after a preposition
    of the verb, or as its adverb ("came from Linz last year")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)

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
from .lexicon import cues, lexicon


@functools.lru_cache(maxsize=1)
def rules() -> tuple[dict, ...]:
    """The rules of senses.json, checked (``check``)."""
    out = tuple(datafiles.load_json("events", "senses.json")["rules"])
    for rule in out:
        check(rule)
    return out


_KEYS = frozenset(("type", "lemmas", "pos", "source", "then"))


def check(rule: dict) -> None:
    """A rule's keys and values, or a ValueError: a key this module does not know would be a condition
    ignored, and a type, synset, lexicographer file or kind misspelt one that never holds; either widens
    or silently disables the rule."""
    where = f"senses.json: the rule for {rule.get('type')}"
    unknown = {k for k in rule if not k.startswith("_")} - _KEYS - set(_CONDITIONS)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    types = set(lexicon().types)
    if rule.get("type") not in types or rule.get("then") not in types | {None} or "then" not in rule:
        raise ValueError(f"{where}: an unknown event type in type/then ({rule.get('type')}, {rule.get('then')})")
    if not isinstance(rule.get("lemmas", []), list) or rule.get("pos", "verb") not in ("verb", "noun") or \
            rule.get("source", "wordnet") not in ("wordnet", "lexicon"):
        raise ValueError(f"{where}: lemmas must be a list, pos 'verb' or 'noun', source 'wordnet' or 'lexicon'")
    for key, value in rule.items():
        bad = [v for v in _values(value) if not _VALUES.get(key, lambda _: True)(v)]
        if bad:
            raise ValueError(f"{where}: {key} has unknown values {bad}")


def _values(value) -> list:
    """The names a condition's value holds: a list, a dict of lists, or kinds joined by '|'."""
    if isinstance(value, dict):
        return [v for vs in value.values() for v in _values(vs)]
    if isinstance(value, str):
        return value.split("|")
    return list(value) if isinstance(value, list) else [value]


def _synset(name) -> bool:
    """A WordNet synset name ("speech.n.02"): among the senses of its own word. Without WordNet only its
    form is checked, so the rules still load (the lexicon works alone there); a condition on synsets then
    holds only through what needs no WordNet (out_of_ancestors: a named place, "out of Savoy")."""
    wn = wordnet.reader()
    parts = name.split(".") if isinstance(name, str) else []
    if len(parts) != 3:
        return False
    return wn is None or name in {s.name() for s in wn.synsets(parts[0], parts[1])}


def _lexname_known(name) -> bool:
    return name in _lexnames()


def _kind_known(name) -> bool:
    return name in _kind_names()


@functools.lru_cache(maxsize=1)
def _lexnames() -> frozenset[str]:
    """WordNet's lexicographer files ("noun.group"), from the shipped lexnames file."""
    text = datafiles.path("events", "wordnet_lexnames").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in text.splitlines() if line.strip())


@functools.lru_cache(maxsize=1)
def _kind_names() -> frozenset[str]:
    """The object kinds of wordnet_anchors.json ("person", "military")."""
    return frozenset(k for k in datafiles.load_json("events", "wordnet_anchors.json")["object_kinds"]
                     if not k.startswith("_"))


def resolve(triggers: list) -> list:
    """The triggers whose sense their words allow, retyped where a rule says so."""
    out = []
    for trig in triggers:
        rule = next((r for r in rules() if _applies(r, trig)), None)
        if rule is None:
            out.append(trig)
        elif rule["then"] is not None:
            etype = rule["then"]
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


def _kinds(tok, senses: int = 1) -> frozenset[str]:
    """A word's kinds (wordnet_anchors.json object_kinds), a common noun's by its first ``senses``
    senses ("the village": a community first, a place second); a name's also those of the common noun
    before it, by its first two senses ("the schooner Dolphin": a schooner is a glass first, a ship). A
    common noun the tagger calls a person that WordNet knows as something else is that ("The abbey was
    sacked", tagged a person at a sentence's start)."""
    kinds = wordnet.object_kinds(tok)
    if tok.pos_ == "NOUN" and tok.ent_type_ == "PERSON" and "person" in kinds:
        own = wordnet.noun_kinds(tok.lemma_.lower())
        kinds = own if own and not own & {"person", "animate"} else kinds
    if tok.pos_ == "NOUN" and senses > 1:
        kinds |= wordnet.noun_kinds_within(tok.lemma_.lower(), senses)
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NOUN":
        kinds |= wordnet.noun_kinds_within(tok.doc[tok.i - 1].lemma_.lower(), 2)
    return kinds


def _is_of_kinds(tok, spec: str, senses: int = 1) -> bool:
    """The word is of one of the kinds joined by "|" ("place|building")."""
    return not _kinds(tok, senses).isdisjoint(spec.split("|"))


def _subjects_or_borrowed(head) -> list:
    """The subject, or for a clause that has none of its own ("after retiring for a few minutes", "rose
    and retired") the subject of the verb it hangs on."""
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj or head.dep_ not in _BORROWS_SUBJECT or head.head is head:
            return subj
        head = head.head.head if head.dep_ == "pcomp" else head.head
    return []


_BORROWS_SUBJECT = frozenset(("pcomp", "advcl", "xcomp", "conj"))


def _one_person(tok) -> bool:
    """A single person: a singular noun or name of a person, or "he", "she" ("his mother", "Max
    Imhof"; not "settlers", "the envoys", "thousands of refugees")."""
    if tok.pos_ == "PRON":
        return tok.morph.get("Number") == ["Sing"] and tok.morph.get("Gender") in (["Masc"], ["Fem"])
    return tok.tag_ in ("NN", "NNP") and "person" in _kinds(tok) and not any(
        c.dep_ == "conj" for c in tok.children)


def _someone_acts(head) -> bool:
    """Someone does it: a "by" phrase, or a subject that is a person or a group ("the governor
    detained the envoy", "was detained by the governor"), not weather or a season."""
    return bool(_prep_objects(head, "by")) or any(
        _is_of_kinds(s, "animate") or s.pos_ == "PRON" for s in _subjects_or_borrowed(head))


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
    """An argument of one of the kinds: a possessive pronoun of a person ("his", "their"; not "its")
    counts as a person, a name the tagger calls a person as one."""
    if arg.pos_ == "PRON":
        return "Neut" not in arg.morph.get("Gender") and not {"person", "animate"}.isdisjoint(spec.split("|"))
    if arg.ent_type_ == "PERSON" and not {"person", "animate"}.isdisjoint(spec.split("|")):
        return True
    return _is_of_kinds(arg, spec)


def _under(tok, synsets: list[str], senses: int = 1) -> bool:
    """A common noun whose first sense (or one of its first ``senses``) is one of the synsets or under one."""
    wn = wordnet.reader()
    if wn is None or tok.pos_ != "NOUN":
        return False
    return any(not wordnet.ancestor_names(s).isdisjoint(synsets) for s in wn.synsets(tok.lemma_.lower(), "n")[:senses])


def idiom_object(noun) -> bool:
    """A bare singular common noun, with no determiner or modifier: the object of an idiom ("took
    place", "in reply", "in return"), not a thing acted on or a text ("took the fort", "in his pamphlet")."""
    return noun.tag_ == "NN" and noun.ent_type_ == "" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "prep", "nummod") for c in noun.children)


def object_not_of_kind(verb, kind: str, names_fit: bool = False) -> bool:
    """The verb has an object (or passive subject), and none is of the WordNet kind: "left his
    estate" (no place), "renounced his claim" (no office). With names_fit, only a common noun is
    judged: a name, a pronoun or a number fits whatever label the tagger gave it ("left Kelso", read as
    an organisation; "killed them", "killed hundreds")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if names_fit:
        objs = [o for o in objs if o.pos_ == "NOUN" and o.lower_ not in cues()["number_words"]]
    return bool(objs) and not any(not wordnet.object_kinds(o).isdisjoint(kind.split("|")) or names_fit and "animate"
                                  in kind.split("|") and wordnet.people_sense(o.lemma_.lower()) for o in objs)


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


def _patient_of_kinds(head, spec: str) -> bool:
    """One acted on is of the kinds, a common noun by its first two senses ("vessels": veins first)."""
    return any(_is_of_kinds(p, spec, 2) for p in _patients(head))


def _prep_of_kinds(head, specs: dict) -> bool:
    """A preposition's object of the kinds, a common noun by its first two senses ("to the country")."""
    return any(_is_of_kinds(o, spec, 2) for p, spec in specs.items() for o in _prep_objects(head, p))


_CONDITIONS = {
    "subject_lexnames": lambda h, v: any(_lexname(s) in v for s in _subjects_or_borrowed(h)),
    "agent_lexnames": lambda h, v: any(_lexname(o) in v for o in _prep_objects(h, "by")),
    "subject_kinds": lambda h, v: any(_is_of_kinds(s, v) for s in _subjects_or_borrowed(h)),
    "unless_subject_kinds": lambda h, v: not any(_is_of_kinds(s, v) for s in _subjects_or_borrowed(h)),
    "patient_kinds": _patient_of_kinds,
    "unless_patient_kinds": lambda h, v: not _patient_of_kinds(h, v),
    "object_lexnames": lambda h, v: any(c.dep_ == "dobj" and _lexname(c) in v for c in h.children),
    "argument_lexnames": lambda h, v: any(_lexname(a) in v for a in _arguments(h)),
    "modifier_pertains": lambda h, v: any(c.dep_ == "amod" and _pertains_to(c, v) for c in h.children),
    "object_not_kinds": object_not_of_kind,
    "prep_lexnames": lambda h, v: any(_lexname(o) in names for p, names in v.items() for o in _prep_objects(h, p)),
    "prep_ancestors": lambda h, v: any(_under(o, names) for p, names in v.items() for o in _prep_objects(h, p)),
    "prep_text_ancestors": lambda h, v: any(_under(o, names) and not idiom_object(o)
                                            for p, names in v.items() for o in _prep_objects(h, p)),
    "prep_kinds": _prep_of_kinds,
    "noun_ancestors": lambda h, v: _under(h, v),
    "preps": lambda h, v: any(c.dep_ == "prep" and c.lower_ in v for c in h.children),
    "unless_preps": lambda h, v: not any(c.dep_ == "prep" and c.lower_ in v for c in h.children),
    "complement_preps": lambda h, v: any(p.dep_ == "prep" and p.lower_ in v for c in h.children for p in (
        c, *(c.children if c.dep_ in ("advmod", "prt") else ()))),
    "purpose_lexnames": _purpose,
    "complement_lemmas": lambda h, v: any(c.dep_ in ("acomp", "oprd", "advmod", "attr", "dobj", "xcomp", "ccomp", "prt")
                                          and c.lemma_.lower() in v for c in h.children),
    "out_of_ancestors": lambda h, v: any(o.pos_ == "PROPN" and "place" in wordnet.object_kinds(o) or _under(o, v, 2)
                                         for o in _out_of(h)),
    "participle_complement": lambda h, v: _participle_complement(h) == v,
    "argument_kinds": lambda h, v: any(_argument_of_kind(a, v) for a in _arguments(h)),
    "without_argument_kinds": lambda h, v: not any(a.pos_ == "PRON" or _argument_of_kind(a, v) or a.ent_type_ in (
        "PERSON", "GPE", "NORP", "LOC", "ORG") for a in _arguments(h)),  # ("its liberation": something freed)
    "clause_senses": _clause_senses,
    "unless_deps": lambda h, v: not any(c.dep_ in v for c in h.children),
    "sense_hypernyms": lambda h, v: not wordnet.verb_senses(h.lemma_.lower(), 4, 1).isdisjoint(v),
    "undated": lambda h, on: on != _dated(h),
    "one_person_subject": lambda h, on: on == any(_one_person(s) for s in _subjects_or_borrowed(h)),
    "someone_acts": lambda h, on: on == _someone_acts(h),
}

def _out_of(head) -> list:
    """The objects of "out of" on the verb ("ordered him out of France"), "out" a preposition, a
    particle or an adverb, of the verb or hung by the parse on its object ("ordered the exile Ferenc
    Pulay out of Prussia", "out" under the name)."""
    holders = [head, *(o for c in head.children if c.dep_ == "dobj"
                       for o in (c, *c.children) if o.dep_ in ("dobj", "appos"))]
    outs = [c for h in holders for c in h.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    return [o for x in [head, *outs] for o in _prep_objects(x, "of")] if outs else []


def _participle_complement(head) -> str | None:
    """A bare past participle tells what was ordered where its verb tells an event or it is said of a
    building or an institution ("which the Resident ordered closed": a closure; "ordered the chapel
    demolished"; "ordered the envoy arrested"; the tagger may call it a past tense or an adjective, the
    parse hang it on the object): no "to", no auxiliary, no "that" ("ordered the boats lowered" stays an
    order: lowering is no event, and boats no building). "someone" when someone is what is ordered (the
    order bids someone act on them: an appeal), "thing" when no one is (a decision), None without one."""
    objects = [c for c in head.children if c.dep_ == "dobj"]
    for c in [*head.children, *(a for o in objects for a in o.children if a.dep_ == "acl")]:
        if c.dep_ not in ("xcomp", "ccomp", "oprd", "acl") or any(
                x.dep_ in ("aux", "auxpass", "mark", "agent") for x in c.children):
            continue
        if c.dep_ == "acl" and c.tag_ != "VBN":
            continue
        verb = c.lemma_.lower() if c.tag_ in ("VBN", "VBD") else wordnet.verb_of_form(c.lower_) if c.pos_ == "ADJ" \
            else None
        if not verb:
            continue
        ordered = [t for x in (head, c) for t in x.children if t.dep_ in ("dobj", "nsubj", "nsubjpass")
                   and not (x is head and t.dep_ == "nsubj")] + ([c.head] if c.dep_ == "acl" else [])
        someone = any(_is_of_kinds(t, "person", 1) for t in ordered)
        if verb in lexicon().verbs or verb in lexicon().object_verbs or wordnet.type_of(verb, "v") or \
                wordnet.frames_of(verb) or any(_is_of_kinds(t, "building|institution|works", 2) for t in ordered):
            return "someone" if someone else "thing"
    return None


# what each condition's values name, checked when the rules are read
_VALUES = {
    **{k: _lexname_known for k in ("subject_lexnames", "agent_lexnames", "object_lexnames", "argument_lexnames",
                                   "modifier_pertains", "prep_lexnames")},
    "purpose_lexnames": lambda v: _lexname_known(v) and v.startswith("verb."),
    **{k: _kind_known for k in ("subject_kinds", "unless_subject_kinds", "patient_kinds", "unless_patient_kinds",
                                "object_not_kinds", "prep_kinds", "argument_kinds", "without_argument_kinds")},
    **{k: _synset for k in ("prep_ancestors", "prep_text_ancestors", "noun_ancestors", "sense_hypernyms",
                            "out_of_ancestors")},
    **{k: lambda v: isinstance(v, bool) for k in ("clause_senses", "undated", "one_person_subject", "someone_acts")},
    "participle_complement": lambda v: v in ("someone", "thing"),
    **{k: lambda v: isinstance(v, str) for k in ("lemmas", "preps", "unless_preps", "complement_preps", "unless_deps",
                                                 "complement_lemmas")},
}


def _dated(head) -> bool:
    """The clause gives its own date ("In 1852 she came from Linz"): a DATE or TIME after a preposition
    of the verb, or as its adverb ("came from Linz last year")."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in head.children if c.dep_ in ("prep", "npadvmod", "advmod")
               for t in c.subtree)

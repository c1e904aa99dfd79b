"""The event lexicon and cue lists, loaded once from historiograph/data/events/.

Adding a trigger word or a certainty cue is a data change: nothing here names a word.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .. import datafiles


@dataclass(frozen=True)
class VerbRule:
    type: str
    passive: bool = False  # only in the passive voice ("was sent")
    objects: frozenset[str] = frozenset()  # only with one of these object lemmas ("signed a pact")
    needs_place: bool = False  # only with a place argument ("went to Moscow")
    needs_entity_object: bool = False  # "released Kim" but not "released the news"
    people_patient: bool = False  # only when a population is acted on ("171,781 people moved by rail")
    group_type: str | None = None  # the type when the subject is an armed force ("troops crossed the frontier")
    needs_agent: bool = False  # a noun that is an event only with a stated actor ("the Soviet entry")
    object_kind: str | None = None  # only with an object of this WordNet kind (wordnet.object_kind)
    prep: str | None = None  # only with this preposition ("brought X under the rule of Y") ...
    prep_objects: frozenset[str] = frozenset()  # ... whose object is one of these lemmas
    prep_kind: str | None = None  # ... or of this kind ("fell to the Ottomans": animate)
    subject_role: str | None = None  # the subject's role when not the type's ("became Premier": patient)
    subject_kind: str | None = None  # only with a subject of this kind ("the city fell to ...": a place)
    not_preps: frozenset[str] = frozenset()  # never with these prepositions ("a strike on the bridge")
    not_object_kind: str | None = None  # never with an object of this kind ("captured ships": no arrest)
    not_subject_kind: str | None = None  # never with a subject of this kind ("the fire burned the mill")
    not_prep_kind: str | None = None  # never with a prepositional (or "by") object of this kind ("seized
    # with a fever", "marched on the parade ground")
    not_of_kind: str | None = None  # never with an object whose "of" object is of this kind ("reached the
    # shore of despair", "lost his command of the language")
    own_agent: bool = False  # a noun whose doer is its possessor or its "of" object, never another's
    # subject ("his return to Bergen", "the return of the army from Italy")
    if_object_kind: str | None = None  # with no object, or one of this kind ("left Paris", not "left
    # his estate to his nephew": a bequest)
    holder_attr: bool = False  # the person named after "be" takes the office ("Its governor from 1676
    # was X": X, not the office noun, is the one appointed)
    by_role: str | None = None  # a passive's "by" phrase takes this role and its subject none
    # ("X was succeeded by Y": Y takes the office, X is only the one replaced)
    place_object: bool = False  # a place object is the event's place, below a prepositional one ("left Moscow")
    negated_by_none: bool = False  # a subject "none" tells the event, not its denial ("none survived": deaths)
    not_possessed: frozenset = frozenset()  # these object nouns never when someone has them or another stands
    # in for them ("took his place", "took the place of his brother": a place in a choir or a team, not a place
    # captured; "took their capital", "the enemy's fort" stay captures)


@dataclass
class Lexicon:
    types: dict[str, dict[str, Any]]
    verbs: dict[str, list[VerbRule]] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    noun_rules: dict[str, VerbRule] = field(default_factory=dict)  # constrained nouns ("removal" of people)
    phrase_rules: dict[int, VerbRule] = field(default_factory=dict)  # phrase index -> constraints
    phrases: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (type, lemmas)
    # support verbs whose object (or prepositional object) carries the event: "formed a committee",
    # "pursued the army", "delivered its report", "brought X under the rule of Y"; kept apart from
    # ``verbs`` because the verb alone tells nothing ("formed", "brought")
    object_verbs: dict[str, list[VerbRule]] = field(default_factory=dict)
    fate_types: frozenset[str] = frozenset()
    once_only: frozenset[str] = frozenset()
    posthumous_ok: frozenset[str] = frozenset()
    casualty_types: frozenset[str] = frozenset()
    population_types: frozenset[str] = frozenset()
    types_background: frozenset[str] = frozenset()  # told in passing (a birth): no narrative-date check
    not_triggers: frozenset[str] = frozenset()  # words WordNet would type but that tell no event here
    person_patient_types: frozenset[str] = frozenset()  # types done only to someone, never to a thing
    become_adjectives: dict[str, str] = field(default_factory=dict)  # "became independent": a founding

    def role_of(self, etype: str, key: str, default: str | None = None) -> str | None:
        return self.types.get(etype, {}).get(key, default)

    def prep_role(self, etype: str, prep: str) -> str | None:
        return (self.types.get(etype, {}).get("preps") or {}).get(prep)

    def cameo(self, etype: str) -> str:
        return self.types.get(etype, {}).get("cameo", "")

    def summary_verb(self, etype: str, passive: bool, plural: bool = False) -> str:
        """The past-tense verb of a timeline summary, agreeing in number with its subject ("the rebels
        were routed", "Ann Lee was arrested")."""
        forms = self.types.get(etype, {}).get("summary") or [etype, etype]
        verb = forms[1 if passive else 0]
        return re.sub(r"^was\b", "were", verb) if plural else verb


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = datafiles.load_json("events", "triggers.json")
    lex = Lexicon(
        types=data["types"],
        fate_types=frozenset(data.get("fate_types", [])),
        once_only=frozenset(data.get("once_only", [])),
        posthumous_ok=frozenset(data.get("posthumous_ok", [])),
        casualty_types=frozenset(data.get("casualty_types", [])),
        population_types=frozenset(data.get("population_types", [])),
        types_background=frozenset(data.get("background_types", [])),
        not_triggers=frozenset(data.get("not_triggers", [])),
        person_patient_types=frozenset(data.get("person_patient_types", [])),
    )
    for etype, spec in data["types"].items():
        for adj in spec.get("become_adjectives", []):
            lex.become_adjectives[adj] = etype
        for v in spec.get("verbs", []):
            if isinstance(v, str):
                rule = VerbRule(etype)
                lemma = v
            else:
                lemma = v["lemma"]
                rule = _rule(etype, v)
            lex.verbs.setdefault(lemma, []).append(rule)
        for v in spec.get("object_verbs", []):
            lex.object_verbs.setdefault(v["lemma"], []).append(_rule(etype, v))
        for n in spec.get("nouns", []):
            if isinstance(n, str):
                lex.nouns[n] = etype
            else:
                lex.nouns[n["lemma"]] = etype
                lex.noun_rules[n["lemma"]] = _rule(etype, n)
        for p in spec.get("phrases", []):
            if isinstance(p, str):
                lex.phrases.append((etype, tuple(p.split())))
            else:
                lex.phrase_rules[len(lex.phrases)] = _rule(etype, p)
                lex.phrases.append((etype, tuple(p["lemmas"].split())))
    return lex


def _rule(etype: str, v: dict) -> VerbRule:
    return VerbRule(etype, passive=bool(v.get("passive")), objects=frozenset(v.get("objects", [])),
                    needs_place=bool(v.get("needs_place")),
                    needs_entity_object=bool(v.get("needs_entity_object")),
                    people_patient=bool(v.get("people_patient")), group_type=v.get("group_type"),
                    needs_agent=bool(v.get("needs_agent")), object_kind=v.get("object_kind"),
                    prep=v.get("prep"), prep_objects=frozenset(v.get("prep_objects", [])),
                    prep_kind=v.get("prep_kind"), subject_kind=v.get("subject_kind"),
                    subject_role=v.get("subject_role"), not_object_kind=v.get("not_object_kind"),
                    by_role=v.get("by_role"), not_preps=frozenset(v.get("not_preps", [])),
                    if_object_kind=v.get("if_object_kind"), not_subject_kind=v.get("not_subject_kind"),
                    not_prep_kind=v.get("not_prep_kind"), not_of_kind=v.get("not_of_kind"),
                    own_agent=bool(v.get("own_agent")),
                    place_object=bool(v.get("place_object")), not_possessed=frozenset(v.get("not_possessed", [])))


@functools.lru_cache(maxsize=1)
def timing_cues() -> dict[str, Any]:
    """data/events/timing.json, read once (the timing, heading and duration readers all consult it)."""
    return datafiles.load_json("events", "timing.json")


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    data = datafiles.load_json("events", "cues.json")
    out: dict[str, Any] = {}
    for k, v in data.items():
        if k.startswith("_"):
            continue
        out[k] = frozenset(v) if isinstance(v, list) else v
    return out


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """form -> [(state, from year, to year)], periods first, the timeless fallback last."""
    table: dict[str, list[tuple[str, int | None, int | None]]] = {}
    for fields_ in datafiles.rows("events", "demonyms.tsv"):
        parts = (fields_ + ["", "", ""])[:4]
        form, state, lo, hi = (p.strip() for p in parts)
        table.setdefault(form.lower(), []).append((state, int(lo) if lo else None, int(hi) if hi else None))
    for rows in table.values():
        rows.sort(key=lambda r: r[1] is None)
    return table


def state_for(form: str, year: int | None = None) -> str | None:
    """The state a nationality word denotes ("Soviets" -> "Soviet Union"), for the year if known."""
    rows = demonyms().get(form.lower().strip())
    if not rows:
        return None
    for state, lo, hi in rows:
        if lo is None:
            return state
        if year is not None and lo <= year <= hi:
            return state
    return None


_MATCHERS: dict[int, Any] = {}


def phrase_matcher(vocab) -> Any:
    """A spaCy Matcher over lemma sequences of the multiword triggers, built once per vocabulary."""
    key = id(vocab)
    hit = _MATCHERS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=False)  # (patterns made here; spaCy's schema check cost ~0.1 s)
    # One pattern per casing (lower, Sentence, Title, UPPER) with plain LEMMA values, which the Matcher
    # compares in C; a LEMMA {"IN": [...]} set is a Python call per token and pattern (4x slower).
    casings = ((str.lower, False), (str.capitalize, True), (str.capitalize, False), (str.upper, False))
    for i, (etype, lemmas) in enumerate(lexicon().phrases):
        variants: list[list[dict]] = []
        for case, first_only in casings:
            pattern = [{"IS_PUNCT": False, "OP": "?"} if lemma == "*" else
                       {"LEMMA": case(lemma) if j == 0 or not first_only else lemma}
                       for j, lemma in enumerate(lemmas)]
            if pattern not in variants:
                variants.append(pattern)
        matcher.add(f"{etype}|{i}", variants)
    _MATCHERS[key] = (vocab, matcher)
    return matcher

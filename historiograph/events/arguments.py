"""Who did what to whom, and where: participants by role from the dependency parse.

Verbs: agent = subject (or the "by" phrase of a passive), patient = object (or passive subject).
Nominalisations: "his defection" (possessor), "the Soviet invasion of Manchuria" (a nationality
adjective is the acting state; "of" a place is the place), "ordered his execution" (the subject of the
verb that governs the noun acts). Pronouns take the last person named before them.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field, replace

from ..entities.lexicon import states as known_states
from ..model import Event, Participant
from .context import ACTOR_LABELS, PLACE_LABELS, DocIndex
from . import numbers, wordnet
from .coref import (address_form, counted_group, cues as coref_cues, group_phrase, leader_of, noun_kind,
                    office_phrase, order_giver, part_noun, person_phrase, possessed_phrase, title_noun)
from .lexicon import cues, lexicon, state_for
from .triggers import Trigger

CLAUSE_DEPS_STOP = frozenset({"relcl", "ccomp", "parataxis", "acl", "advcl", "csubj"})
SUBJ = ("nsubj", "nsubjpass", "csubj")


@dataclass
class Arguments:
    participants: list[Participant] = field(default_factory=list)
    place: str | None = None
    place_rank: int = 99
    numbers: list[dict] = field(default_factory=list)
    has_object: bool = False
    object_lemmas: set[str] = field(default_factory=set)
    object_is_entity: bool = False
    passive: bool = False
    hazard_subject: bool = False  # "it" for a disease or disaster told before ("It killed 640 people")
    summed_up: bool = False  # a noun summing up the clause before ("..., a decision that"): its subject or no one
    succession: bool = False  # "Y succeeded X": a rule told in the passive, here active (see _active_succession)
    patient_heads: list = field(default_factory=list)  # tokens named as patients (found or not)
    # unnamed groups ("the rebels") by role: described participants (Participant.kind "group"), kept
    # apart so that every test of "is anyone named" reads only named ones
    groups: list[Participant] = field(default_factory=list)
    alone: set[int] = field(default_factory=set)  # ids of groups shown only where no name fills the role

    def add(self, role: str, entity: str | None, name: str | None = None) -> None:
        if not entity and not name:
            return
        for p in self.participants:
            if (entity and p.entity == entity) or (not entity and name and p.name == name):
                return
        self.participants.append(Participant(role=role, entity=entity, name=name))

    def roles(self, role: str) -> list[Participant]:
        return [p for p in self.participants if p.role == role]

    def add_group(self, role: str, tok, span: tuple[int, int], kind: str = "group", alone: bool = False) -> None:
        """``alone``: a bare title ("the bishop") that stands only where no name fills its role (kind
        "office" else stands beside names: "a treaty with the Sultan of Golconda")."""
        doc = tok.doc
        start, end = doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]].text)
        text = doc[span[0]:span[1] + 1].text  # (= doc.text[start:end]; Doc.text joins the whole document)
        words = text.split()
        if doc[span[0]].dep_ == "det" or (doc[span[0]].is_sent_start and doc[span[0]].pos_ not in ("PROPN", "PRON")) or (
                doc[span[0]].tag_ == "PRP$"):
            # "The rebels", "Twenty-three of her men" at a sentence start: the key is "the rebels"
            words[0] = words[0].lower()
        name = " ".join(words)
        if any(g.name == name and g.role == role for g in self.groups):
            return
        self.groups.append(Participant(role=role, entity=None, name=name, kind=kind, text=text,
                                       start=start, end=end))
        if alone:
            self.alone.add(id(self.groups[-1]))

    def add_document(self, role: str, entity: str | None, name: str, text: str, start: int, end: int) -> None:
        """A named treaty, charter or act ("the treaty" after it): a participant by its entity, else its
        name, which two texts telling its signing share (events/documents.py)."""
        if any(p.kind == "document" and (p.entity or p.name) == (entity or name) for p in self.participants):
            return
        self.participants.append(Participant(role=role, entity=entity, name=None if entity else name,
                                             kind="document", text=text, start=start, end=end))

    def all(self) -> list[Participant]:
        """Named participants, then the unnamed groups in a role no one named fills, and the offices
        ("signed a treaty with the Sultan of Golconda": one person, the other side)."""
        named = {p.role for p in self.participants}
        return [*self.participants, *(g for g in self.groups if (g.kind == "office" and id(g) not in self.alone)
                                      or g.role not in named)]


def find(trig: Trigger, idx: DocIndex, year: int | None) -> Arguments:
    args = Arguments()
    finder = _Finder(trig, idx, year, args)
    if trig.nominal:
        finder.nominal()
    else:
        finder.verbal()
    finder.places()
    finder.numbers()
    return args


class _Finder:
    def __init__(self, trig: Trigger, idx: DocIndex, year: int | None, args: Arguments):
        self.trig, self.idx, self.year, self.args = trig, idx, year, args
        self.lex = lexicon()
        self.cues = cues()
        self.in_trigger = {t.i for t in trig.tokens}
        self.arg_heads: list = []
        self.visiting: set = set()  # antecedents being taken (no cycles through relative pronouns)
        self.clause_agent = None  # the subject of the verb that tells a nominal event ("he won victories")

    # ---- the children of the trigger, and of the prepositions inside a multiword trigger ----------
    def children(self):
        for tok in self.trig.tokens:
            for c in tok.children:
                if c.i not in self.in_trigger:
                    yield tok, c
            if tok.dep_ == "prep" and tok.i != self.trig.head.i:
                for c in tok.children:
                    if c.i not in self.in_trigger and c.dep_ == "pobj":
                        yield tok, c

    def verbal(self) -> None:
        v = self.trig.head
        etype = self.trig.type
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in v.children) or (
            v.tag_ == "VBN" and v.dep_ in ("acl", "ROOT") and not any(c.dep_ == "nsubj" for c in v.children)) or (
            # "was hunted down and killed": a bare participle conjoined to a passive
            v.tag_ in ("VBN", "VBD") and v.dep_ == "conj" and _is_passive(v.head) and
            not any(c.dep_ in ("nsubj", "aux") for c in v.children)) or _series_passive(v) or _fronted_participle(v) \
            or self._diary_passive(v)
        subj = subject_of(v)
        if subj is not None and self.idx.in_dateline(subj.idx):  # "BERGEN, March 3 — X died": the
            # dateline's town parsed as a first subject; the clause's own subject is the next one
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not self.idx.in_dateline(c.idx)),
                        None)
        if subj is None and (bare := _subjectless(v)) is not None:
            if bare == "passive" or not self._bare_actor(v):
                self.args.passive = passive
            else:  # "Weighed anchor at six and sailed from X": the ship of the log, or the diary's writer
                passive = False
        self.args.passive = passive
        if getattr(self.trig.rule, "holder_attr", False):  # "Its governor from 1676 was X": X took it
            be = v.head.head if v.dep_ == "acl" else v  # ("The director, named in 1877, was X")
            subj = next((c for c in be.children if c.dep_ == "attr"), subj)
        cause = _cause_of_relative(v)
        if cause is not None:
            subj = cause  # "sacked the city, which caused the deaths of ...": the sacker caused them
        if subj is not None and not passive and (_hazard_antecedent(subj) if subj.lower_ == "it" else (
                subj.pos_ == "NOUN" and "hazard" in wordnet.noun_kinds(subj.lemma_.lower()))):
            # "A cholera epidemic reached the town. It killed ...", "the fire gutted the mill and killed
            # six weavers": no one kills
            self.args.hazard_subject = True
            subj = None
        by_role = getattr(self.trig.rule, "by_role", None) if passive else None
        if not passive and getattr(self.trig.rule, "by_role", None) and self._active_succession(v, subj):
            # "Y succeeded X as director": Y takes the office, in the role the passive's "by" gives
            # Y ("X was succeeded by Y"); X, who leaves it, is no participant of the assignment
            self.args.succession = True
            self._take(subj, self.trig.rule.by_role)
            return
        if subj is not None and by_role is None:  # "X was succeeded by Y": X is no participant
            own = getattr(self.trig.rule, "subject_role", None)  # "Sava became Premier": the one appointed
            if passive:  # ("Claire and I were married": a couple marries, data's passive_subject_role)
                couple = any(c.dep_ == "conj" for c in subj.children) or "Plur" in subj.morph.get("Number")
                role = "patient" if not couple or any(c.dep_ == "agent" for c in v.children) else \
                    self.lex.role_of(etype, "passive_subject_role", "patient")  # ("the princess was
                # married to the Duke": she is given, the Duke named beside her)
            else:
                role = own or self.lex.role_of(etype, "subject_role", "agent")
            self._take(subj, role)
            if passive:  # "the army was crushed": the passive subject is the verb's object
                self.args.object_lemmas.add(subj.lemma_.lower())
        elif v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if v.tag_ == "VBN":
                self._take(v.head, "patient")
            elif v.tag_ == "VBG":
                self._take(v.head, "agent")
        for parent, c in self.children():
            if c.dep_ in ("dobj", "obj"):
                self.args.has_object = True
                self.args.object_lemmas.add(c.lemma_.lower())
                if passive and parent.i == v.i and any(s.dep_ == "nsubjpass" for s in v.children):
                    # "X was awarded the Order of Y", "was given the title": the thing given, not a
                    # patient; a "by" phrase the parser hung from it is the passive's agent
                    if not any(a.dep_ == "agent" for a in v.children):
                        for p in c.children:
                            if p.dep_ == "prep" and p.lower_ == "by":
                                for o in p.children:
                                    if o.dep_ == "pobj":
                                        self._take(o, by_role or "agent")
                    continue
                if self._take(c, "patient"):
                    self.args.object_is_entity = True
                elif c.pos_ == "PRON" and c.lower_ in self.cues["personal_pronouns"]:
                    self.args.object_is_entity = True
                elif self._named_of(c):
                    self.args.object_is_entity = True
                else:  # "negotiated a merger with Y": the other side hangs from the object
                    for p in c.children:
                        if p.dep_ == "prep" and p.lower_ in self.cues["object_partner_preps"]:
                            self._prep(p, etype)
            elif c.dep_ == "dative":
                self._take(c, "recipient")
            elif c.dep_ == "agent" and (giver := order_giver(c)) is not None:
                self._take(giver, by_role or "agent")  # "freed by order of the governor"
            elif c.dep_ == "agent":
                for o in c.children:
                    if o.dep_ == "pobj":
                        self._take(o, by_role or "agent")
                        for p in o.children:  # "by the NKVD on the orders of Stalin"
                            if p.dep_ == "prep" and order_giver(p) is not None:
                                self._take(order_giver(p), "agent")
            elif c.dep_ == "prep" and by_role and not any(a.dep_ == "agent" for a in v.children) and \
                    _misattached_by(c) is not None:
                # "was succeeded as director by Y": the "by" phrase parsed under the office noun
                self._take(_misattached_by(c), by_role)
            elif c.dep_ == "prep" and subj is not None and c.i < v.i and companion_objects(c):
                # "X, along with Y, was arrested": Y in X's role
                for o in companion_objects(c):
                    self._take(o, "patient" if passive else self.lex.role_of(etype, "subject_role", "agent"))
            elif c.dep_ == "prep" and c.lower_ == "to" and parent.i == v.i and reciprocal_participle(v):
                for o in c.children:  # "Married in 1830 to X, he": X, whom he married
                    if o.dep_ == "pobj":
                        self._take(o, "patient")
            elif c.dep_ == "prep":
                self._prep(c, etype)

    def _diary_passive(self, v) -> bool:
        """A diary's clause with its "was" left out ("Sobol released this afternoon.", "Orlov arrested at
        dawn"): a name, then the bare participle of a verb that takes an object (WordNet) and has none,
        in a diary's entry, of a type whose lone participant is the one acted on (implicit_role patient:
        "Brandt attacked at dawn", "Orlov visited at noon" tell what they did). The name is the one acted on."""
        if v.dep_ != "ROOT" or v.tag_ not in ("VBD", "VBN") or self.lex.role_of(self.trig.type, "implicit_role") != \
                "patient" or any(
                c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "prt", "agent", "dative", "nsubjpass")
                for c in v.children):
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or not wordnet.passive_participle(v.lemma_.lower()) or any(
                c.dep_ in ("det", "poss") for c in subj.children):
            return False  # ("The Tsar pardoned.": a title with its article names a ruler who acts)
        from .entry_dates import entry_heading

        heading = entry_heading(self.idx, v.idx)
        return heading is not None and heading[3]

    def _the_vessel(self, tok, role: str) -> bool:
        """"the vessel", "the ship", "the schooner" in a ship's log: the ship its title names; True if taken."""
        ship = self.idx.vessel()
        if not ship or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ in ("compound", "amod", "poss", "prep") for c in tok.children):
            return False
        from .coref import is_kind_of
        lemma = tok.lemma_.lower()
        if lemma not in ("ship", "vessel") and not is_kind_of(lemma, "vessel"):
            return False
        eid = self.idx.entity_named(ship)
        self.args.add(role, eid, None if eid else ship)
        self.arg_heads.append(tok)
        return True

    def _bare_actor(self, v) -> bool:
        """The actor of a log's or diary's clause with no subject ("Sailed from X at six", "Arrived at
        Calais"): the ship its title names, for a verb of motion; in a text told by its writer (a diary by
        its title, a signed letter) the writer; True if taken."""
        idx = self.idx
        if idx.in_quotation(v) or not idx.in_body(v.idx):
            return False
        role = getattr(self.trig.rule, "subject_role", None) or self.lex.role_of(self.trig.type, "subject_role", "agent")
        ship = idx.vessel()
        if ship and (self.trig.type == "movement" or wordnet.verb_lexname(v.lemma_.lower()) == "verb.motion"):
            eid = idx.entity_named(ship)  # (a ship sails; who "arrested the cook", the log does not say)
            self.args.add(role, eid, None if eid else ship)
            return True
        # a byline over third-person prose ("Posted by X" above a life of someone else) is no narrator
        if not ship and idx.writer()[1] and idx.first_person_narration() and not idx.asked(v.idx):
            entity, name = idx.narrator()
            if not any(p.kind == "narrator" and p.role == role for p in self.args.participants):
                self.args.participants.append(Participant(role=role, entity=entity, name=None if entity else name,
                                                          kind="narrator"))
            return True
        return False

    def _active_succession(self, v, subj) -> bool:
        """A person as subject and a person as object, no "with" ("the council replaced the governor
        with X" is the council acting): the subject succeeds the object."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return False
        return self._person_like(subj) and (self._person_like(obj) or _someone_described(obj))

    def _person_like(self, tok) -> bool:
        m = self.idx.mention(tok)
        if m is None:
            m = next((self.idx.mention(c) for c in tok.children if c.dep_ in ("compound", "appos")
                      and self.idx.mention(c) is not None), None)
        if m is not None:
            return m.label == "PERSON"
        return tok.lower_ in self.cues["personal_pronouns"] and tok.lower_ not in ("it", "its")

    def nominal(self) -> None:
        n = self.trig.head
        etype = self.trig.type
        verb = governing_verb(n, self.cues["support_verbs"])
        if verb is not None and not _is_passive(verb) and n.dep_ != "nsubjpass":
            subj = subject_of(verb)
            if subj is not None and self._take(subj, "agent"):
                self.clause_agent = subj  # "he won victories against X": he acts, whatever the prepositions say
        summed = _summed_clause(n)
        if summed is not None:  # "the judge allowed the claim, a decision that ...": the judge decided
            self.args.summed_up = True
            subj = subject_of(summed)
            if subj is not None and not _is_passive(summed) and \
                    self.lex.role_of(etype, "poss_role", "agent") == "agent":
                self._take(subj, "agent")
        poss_role = self.lex.role_of(etype, "poss_role", "agent")
        of_role = self.lex.role_of(etype, "of_role", "patient")
        for parent, c in self.children():
            if c.dep_ == "poss":
                self._take(c, poss_role)
            elif c.dep_ in ("amod", "compound", "nmod") and parent.i == n.i:
                m = self.idx.mention(c)
                place = self._place_of(c) if c.dep_ == "compound" else None
                if place is not None and (m is None or m.label != "GPE" or self.lex.role_of(etype, "compound_role") == "place"):
                    self._set_place(place, 0)  # "the Khasan fighting", "the Moscow talks"
                elif m is not None and m.label in ("PERSON", "ORG", "GPE"):
                    self._take(c, poss_role)
                elif poss_role == "agent" and self._nationality(c):
                    self._take_state(c, poss_role)
            elif c.dep_ == "prep":
                p = c.lower_
                if p == "of":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            if of_role == "place":
                                # "the battle of Khalkhin Gol"; "a battle of the Second World War" is no place
                                if self._place_of(o) is not None:
                                    self._set_place(self._place_of(o), 0)
                            else:
                                self._take(o, of_role)
                elif p == "by":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            self._take(o, "agent")
                else:
                    self._prep(c, etype)
        clause_role = self.lex.role_of(etype, "clause_subject_role")
        if clause_role and n.dep_ in ("pobj", "conj"):
            cur = n
            while cur.dep_ == "conj" and cur.head != cur:
                cur = cur.head
            if cur.dep_ == "pobj" and cur.head.lower_ in ("in", "during", "at") and \
                    cur.head.head.pos_ in ("VERB", "AUX") and not _is_passive(cur.head.head):
                subj = subject_of(cur.head.head)
                if subj is not None:
                    self._take(subj, clause_role)
        implicit = self.lex.role_of(etype, "implicit_role")
        if implicit and not self.args.participants and n.dep_ == "pobj" and \
                self.cues["temporal_relations"].get(n.head.lower_) and n.head.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ in ("det", "poss") and c.lower_ not in ("the",) for c in n.children) and \
                not getattr(self.trig.rule, "own_agent", False):
            # "after release from prison, X was awarded ...": the clause's subject is the one released
            # (but "after the return of the army, X ...": a noun whose doer is its own, lexicon own_agent)
            subj = subject_of(n.head.head)
            if subj is not None:
                self._take(subj, implicit)
        if not self.args.roles("agent") or self.lex.prep_role(etype, "against") == "agent":
            # (an event with sides, "victories against X": the support verb's subject is the other side)
            verb = governing_verb(n, self.cues["support_verbs"])
            if verb is not None:
                subj = subject_of(verb)
                if subj is not None and not _is_passive(verb):
                    self._take(subj, "agent")
                if n.dep_ == "nsubjpass" or _is_passive(verb):
                    for c in verb.children:
                        if c.dep_ == "agent":
                            for o in c.children:
                                if o.dep_ == "pobj":
                                    self._take(o, "agent")

    # ---- prepositional arguments ---------------------------------------------------------------
    def _prep(self, prep, etype: str) -> None:
        p = prep.lower_
        giver = order_giver(prep)
        if giver is not None:  # "deported by the NKVD on the orders of Stalin": Stalin acts too
            self._take(giver, "agent")
            return
        role = self.lex.prep_role(etype, p)
        if p == "against" and role == "agent" and self.clause_agent is not None:
            role = "patient"  # "he won victories against X": X is the other side, not the actor
        if role == "agent" and any(c.dep_ == "agent" for c in prep.head.children):
            role = "patient"  # "(he was) married off to X by his father": the "by" phrase acts, X is married
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            place = self._place_of(o)
            if role and (place is None or role != "patient" or etype not in ("attack", "invasion")):
                if self._take(o, role):
                    continue
            if role == "patient" and place is not None:
                self._set_place(place, 0)

    def places(self) -> None:
        """The place: a GPE/LOC/FAC reached through in/at/into/to from the trigger (or its verb)."""
        ranks = self.cues["place_preps"]
        starts = [self.trig.head]
        if self.trig.nominal and self.trig.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            starts.append(self.trig.head.head)
        for start_depth, root in enumerate(starts):
            frontier = [(root, 0)]
            while frontier:
                tok, depth = frontier.pop(0)
                for c in tok.children:
                    if c.dep_ != "prep" or depth > 2:
                        continue
                    if root == self.trig.head and c.i in self.in_trigger and c.i != tok.i:
                        pass
                    rank = ranks.get(c.lower_)
                    for o in c.children:
                        if o.dep_ != "pobj":
                            continue
                        place = self._place_of(o)
                        if place is not None and rank is not None:
                            self._set_place(place, rank + depth + start_depth)
                        elif o.pos_ in ("NOUN", "PROPN"):
                            frontier.append((o, depth + 1))
            # phrase triggers that end in a preposition ("crossing the border into" X), or whose
            # object names the place ("crossed the frontier of Manchukuo")
            for tok in self.trig.tokens:
                if tok.pos_ == "NOUN" and tok.i != self.trig.head.i:
                    for p in tok.children:
                        if p.dep_ == "prep" and p.lower_ == "of":
                            for o in p.children:
                                place = self._place_of(o) if o.dep_ == "pobj" else None
                                if place is not None:
                                    self._set_place(place, 1)
                if tok.dep_ == "prep" and tok.lower_ in ranks:
                    for o in tok.children:
                        place = self._place_of(o) if o.dep_ == "pobj" else None
                        if place is not None:
                            self._set_place(place, 0)

    def numbers(self) -> None:
        heads = [self.trig.head, *self.arg_heads]
        for c in self.trig.head.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr") and c not in heads:
                heads.append(c)
        seen = set()
        for h in heads:
            for c in h.children:
                if c.dep_ in ("nummod", "quantmod") and c.like_num and c.i not in seen:
                    seen.add(c.i)
                    rec = numbers.record(c, self.idx, h.text if h != self.trig.head else None,
                                         numbers.unit_of(h, self.idx) if h != self.trig.head else None)
                    if rec is not None:
                        self.args.numbers.append(rec)

    # ---- resolving a token to entities ---------------------------------------------------------
    def _take(self, tok, role: str, record: bool = True) -> bool:
        """Add the entities ``tok`` (and its conjuncts and companions: "X and Y", "X, along with Y")
        names in ``role``; True when any was found."""
        if role == "patient" and record:
            self.args.patient_heads.append(tok)
        found = False
        # "the settlers Jan X and Piet Y": the names in apposition, each of them
        named = [c for c in tok.children if c.dep_ == "appos" and (m := self.idx.mention(c)) is not None
                 and m.label == "PERSON" and m.entity] if self.idx.mention(tok) is None else []
        for t in [tok, *_conjuncts(tok), *_companions(tok), *(x for c in named[:1] for x in _conjuncts(c))]:
            if self._take_one(t, role):
                found = True
        return found

    def _take_one(self, tok, role: str) -> bool:
        idx = self.idx
        if idx.in_dateline(tok.idx):
            return False  # "LUSAKA, Oct. 14 (Reuters) - Officials said": the town and agency only place the report
        if role in ("agent", "patient", "recipient") and (poss := address_form(tok)) is not None:
            # "His Majesty", "His Lordship": the one holder of a title it addresses, else the form itself
            # (never a body the names stage made of "Lordship")
            held = idx.coref().addressed(tok)
            if held is not None:
                self.args.add(role, held.entity)
                self.arg_heads.append(tok)
                return True
            self.args.add_group(role, tok, (poss.i, tok.i), kind="office", alone=True)
            return False
        if role in ("agent", "patient") and tok.pos_ in ("NOUN", "PROPN"):
            ref = idx.documents().reference(tok)
            if ref is not None:  # "the Treaty of X was signed", "the act was repealed"
                name, start, end, head = ref
                m = idx.mention(tok.doc[head])  # the entity of that very name, where the text has one
                entity = m.entity if m is not None and m.text == name and m.label not in ("PERSON", *PLACE_LABELS) else None
                # "the treaty ceded X to Japan": the states act through it, the means, not an agent
                self.args.add_document("instrument" if role == "agent" else role, entity, name,
                                       idx.text[start:end], start, end)
                self.arg_heads.append(tok)
                return True
        if self._place_of(tok) is not None and role in ("patient",) and self.lex.role_of(self.trig.type, "place_patient"):
            self._set_place(self._place_of(tok), 0)
            return True
        if self._place_of(tok) is not None and role == "patient" and getattr(self.trig.rule, "place_object", False):
            self._set_place(self._place_of(tok), PLACE_OBJECT_RANK)  # "left Moscow (for Vilna)"
            return True
        m = idx.mention(tok)
        if m is not None and m.label == "NORP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            return False  # "a Communist": someone, not a named participant
        if m is None and (tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and (tok.text.islower() or title_noun(tok)
                                                                          or self._titled_apposition(tok))):
            # (a lower-case word tagged a proper noun, "the royalist army", is a common noun)
            person = noun_kind(tok.lemma_.lower()) == "person"
            # "a Tokyo hotel", "the Kwantung Army's staff"; a name in apposition before a modifier ("the
            # Labour minister, X,": X); a person noun is never the place or people that modifies it ("Elian's
            # Miami relatives"), though a body may speak through its official ("a U.S. Embassy official")
            for c in sorted(tok.children, key=lambda c: c.dep_ != "appos"):
                mc = idx.mention(c) if c.dep_ in ("compound", "appos") else None
                if mc is not None and mc.label == "NORP" and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                 for d in c.children):
                    continue  # "the interpreter, a Maori,": what the person is, not who
                if mc is not None and not (person and c.dep_ == "compound" and mc.label in (*PLACE_LABELS, "NORP")) and \
                        not (mc.label == "NORP" and c.dep_ == "compound" and role == "agent" and
                             tok.lemma_.lower() in self.cues["group_nouns"] and leader_of(tok) is not None):
                    # ("an Ottoman army under Selim": its leader below, not the people's word)
                    m = mc
                    if person and c.dep_ == "appos" and mc.label == "NORP" and mc.entity and tok.tag_ == "NN" \
                            and _one_name(mc.text) and not self._nationality(c):
                        # "the paramount chief, Tamasese, received": a name the tagger took for a people's
                        self.args.add(role, mc.entity)
                        self.arg_heads.append(tok)
                        return True
                    break
            if m is None and role == "patient" and tok.lemma_.lower() in self.cues["people_nouns"]:
                for c in tok.children:  # "the Korean population": the Koreans are acted on
                    mc = idx.mention(c)
                    if c.dep_ in ("amod", "compound") and mc is not None and mc.label == "NORP" and mc.entity:
                        self.args.add(role, mc.entity)
                        self.arg_heads.append(tok)
                        return True
            if m is None and role in ("agent", "patient") and tok.lemma_.lower() in self.cues["group_nouns"]:
                # "Suetaka's infantry", "Soviet troops", "the Kwantung Army's units": the named side acts
                if role == "agent" and self._led(tok):  # "troops under Colonel X", "a column led by X": X acts
                    return True  # (not the state: "a Swedish army under X" is X's)
                if role == "agent" and (leader := leader_of(tok)) is not None and leader.pos_ == "PROPN":
                    return False  # "a Swedish army under the command of Count X" (X no person the names
                    # stage found): X's still, not Sweden's
                for c in tok.children:
                    if c.dep_ == "poss" and idx.mention(c) is not None and idx.mention(c).label in ACTOR_LABELS:
                        return self._take_one(c, role)
                    if c.dep_ == "poss" and c.pos_ == "NOUN":  # "the colonel's cavalry": the colonel named before
                        mc = idx.coref().resolve(c)
                        if mc is not None and mc.entity and mc.label in ACTOR_LABELS:
                            self.args.add(role, mc.entity)
                            self.arg_heads.append(tok)
                            return True
                    if c.dep_ in ("amod", "compound") and self._nationality(c) and not (
                            role == "patient" and self.trig.type == "movement"):
                        return self._take_state(c, role)  # (but "entered the Swedish camp" went to no Sweden)
            if m is None and self._the_vessel(tok, role):  # a log's "the ship was boarded": its ship
                return True
            if m is None:
                # "the general", "the family", "union soldiers", "a communist who ...": coref.py
                m = idx.coref().resolve(tok)
                if m is not None and m.label == "NORP" and role == "agent" and m.entity:
                    ch = next((c for c in tok.children if idx.mention(c) is m), None)
                    if ch is not None and self._nationality(ch):
                        return self._take_state(ch, role)  # "Soviet soldiers" act for the Soviet state
                    state = _state_for(m.text, self.year) if ch is None and m.text[:1].isupper() else None
                    if state:  # "the attackers", the Portuguese troops told before: Portugal
                        eid = idx.entity_named(state)
                        self.args.add(role, eid, None if eid else state)
                        self.arg_heads.append(tok)
                        return True
            if m is None and role == "patient" and self.trig.type in coref_cues()["body_patient_types"] and \
                    tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                # "the order was dissolved": the one body the text named "Order of ..." (a body is
                # what is founded, dissolved or joined; elsewhere "the order" may be a command)
                m = idx.coref().named_by_head(tok)
            if m is None and role in ("agent", "patient", "recipient"):
                span = group_phrase(tok)  # "the rebels": an unnamed group, kept by its description
                if span is not None and role == "agent" and not part_noun(tok.lemma_.lower()) and \
                        self._led(tok):  # "the rebels ... under General X" (not "the remnant of the army under X")
                    return True
                if span is not None:
                    self.args.add_group(role, tok, span)
                    return False  # (named participants only count as found)
                span = office_phrase(tok, idx)  # "the Sultan of Golconda": one person, by office
                if span is not None:
                    self.args.add_group(role, tok, span, kind="office")
                    return False
                span = person_phrase(tok)  # "the bishop", "the Emperor": a title no name was given for
                if span is not None:
                    self.args.add_group(role, tok, span, kind="office", alone=True)
                    return False
                span = possessed_phrase(tok) if not idx.in_quotation(tok) else None
                if span is not None:  # "my father", "our cook" in a memoir: the description, of kin
                    self.args.add_group(role, tok, span, kind="kin", alone=True)
                    return False
        if m is None and (role == "patient" or role == "agent" and tok.dep_ == "nsubj") and tok.pos_ in ("NUM", "NOUN"):
            # "twenty-three of her thirty-one men", "about 640 people"; "twelve miners attacked" (its subject)
            span = counted_group(tok)
            if span is not None:
                self.args.add_group(role, tok, span)
                return False
        if m is None and tok.pos_ == "PROPN" and role in ("agent", "patient", "recipient"):
            span = office_phrase(tok, idx)  # "the Sultan of Golconda", "the Bishop of Utrecht"
            if span is not None:
                self.args.add_group(role, tok, span, kind="office")
                return False
        if m is not None:
            if m.label == "NORP" or (m.entity is None and self._nationality(tok)):
                if role == "agent" and self._nationality(tok):
                    return self._take_state(tok, role)
                if m.entity and idx.mention(tok) is not m and tok.pos_ == "NOUN" and noun_kind(tok.lemma_.lower()) == "person" \
                        and tok.lemma_.lower() not in self.cues["group_nouns"]:
                    return False  # "Inuit hunters", "Zulu envoys": the people's word is not who the noun is
                if m.entity:
                    self.args.add(role, m.entity)
                    self.arg_heads.append(tok)
                    return True
                return False
            if m.entity:
                ent = idx.entities.get(m.entity)
                eid = m.entity
                if ent is not None and ent.refers_to and role == "agent":
                    eid = ent.refers_to
                self.args.add(role, eid)
                self.arg_heads.append(tok)
                return True
            return False
        if tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT"):
            low = tok.lower_
            if low in self.cues["personal_pronouns"]:
                exclude = self._actor_entity(tok) if role != "agent" else None
                other = self._other_in_sentence(tok, exclude) if exclude else None
                if other is not None:  # "X accused Y of spying and ordered his execution": Y
                    self.args.add(role, other.entity)
                    return True
                for ant in idx.pronouns().candidates(tok):
                    if ant.entity != exclude:
                        self.args.add(role, ant.entity)
                        return True
                described = idx.pronouns().description(tok)
                span = person_phrase(described) if described is not None else None
                if span is not None:  # "In 1820 the bishop came. He ...": the bishop, never a name nearby
                    self.args.add_group(role, described, span, kind="office", alone=True)
                    return False
                span = possessed_phrase(described) if described is not None and not idx.in_quotation(described) else None
                if span is not None:  # "My grandmother crossed ... She settled ...": my grandmother
                    self.args.add_group(role, described, span, kind="kin", alone=True)
                    return False
            elif low in coref_cues()["plural_pronouns"]:
                # only "they" as the subject that acts: "their release" may be of those acted on
                ant = idx.coref().plural_antecedent(tok, groups=True) if role == "agent" and tok.dep_ in SUBJ else None
                if ant is None and role != "agent":
                    ant = _shared_object(tok)  # "sued the Carden brothers, accusing them of fraud"
                if ant is None and role != "agent" and low in ("them", "they"):
                    ant = self._named_plural(tok)  # "X and Y reached the Cape. The governor arrested them."
                if ant is not None and ant not in self.visiting:
                    self.visiting.add(ant)
                    return self._take(ant, role, record=False)
                return role == "agent" and self._plural_antecedent(tok, role)
            elif low == "it" and tok.dep_ in SUBJ and role in ("agent", "patient"):
                ant = self._subject_antecedent(tok)  # "The company was founded in 1871. In 1883 it was dissolved."
                if ant is not None and ant not in self.visiting:
                    self.visiting.add(ant)
                    return self._take(ant, role, record=False)
                return False
            elif low in coref_cues()["first_person_pronouns"]:
                return self._narrator(tok, role)
            elif low in coref_cues()["relative_pronouns"]:
                head = idx.coref().relative_head(tok)
                if head is not None and head not in self.visiting:
                    self.visiting.add(head)
                    return self._take(head, role, record=False)
            return False
        if self._nationality(tok) and role == "agent":
            return self._take_state(tok, role)
        return False

    def _titled_apposition(self, tok) -> bool:
        """"The French Resident, Charles V, accused": a capitalised title with its article and a modifier
        the tagger read as a name, with a person's name in apposition: the title is that person's."""
        return tok.tag_ == "NNP" and noun_kind(tok.lemma_.lower()) == "person" and \
            any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in tok.children) and \
            any(c.dep_ == "appos" and (mc := self.idx.mention(c)) is not None and mc.label == "PERSON" and mc.entity
                for c in tok.children)

    def _named_plural(self, tok):
        """The plural subject of a sentence before that names people, for "them": coordinated names ("Jan X
        and Piet Y") or a plural noun with names in apposition ("the settlers Jan X and Piet Y"); the
        names' token (its conjuncts follow), else None (a group no name is given for stays unresolved)."""
        ant = self.idx.coref().plural_antecedent(tok)
        if ant is None:
            return None
        for c in ant.children:
            if c.dep_ == "appos" and (m := self.idx.mention(c)) is not None and m.label == "PERSON" and m.entity:
                ant = c
                break
        names = [t for t in (ant, *_conjuncts(ant)) if (m := self.idx.mention(t)) is not None and m.label == "PERSON"]
        return ant if len(names) >= 2 else None

    def _led(self, group) -> bool:
        """Take the person who led an acting group as the agent ("troops under Colonel X", "a column led
        by X", "the regiment marched under General X": "under" hung from the group's verb); True if taken."""
        leader = leader_of(group)
        mc = self.idx.mention(leader) if leader is not None else None
        return mc is not None and bool(mc.entity) and mc.label == "PERSON" and self._take_one(leader, "agent")

    def _other_in_sentence(self, tok, actor: str):
        """The person named last before a pronoun in its own sentence who is not the event's actor
        (and whose gender the pronoun does not contradict): the one the actor dealt with in that
        sentence is nearer than the paragraph's main figure. None when there is no such person. (Not one
        named inside the actor's own phrase nor its leader: "The French Army, under X, arrested him": not X.)"""
        idx = self.idx
        sent = tok.sent
        h = self.trig.head
        verb = governing_verb(h, self.cues["support_verbs"]) if self.trig.nominal else h
        subj = subject_of(verb) if verb is not None else None
        leader = leader_of(subj) if subj is not None else None
        inside = range(subj.left_edge.i, subj.right_edge.i + 1) if subj is not None else range(0)
        led = range(leader.left_edge.i, leader.right_edge.i + 1) if leader is not None else range(0)
        for j in range(tok.i - 1, sent.start - 1, -1):
            if j in inside or j in led:
                continue
            m = idx.mention(tok.doc[j])
            if m is not None and m.label == "PERSON" and m.entity and m.entity != actor:
                return m if idx.coref().agrees(tok.lower_, m.entity) else None
        return None

    def _subject_antecedent(self, tok):
        """What a subject "it" stands for: the subject before it, in its sentence or the one before
        (through other subject "it"s, up to three sentences, within the paragraph), when that names
        a body, a state or a treaty and no other thing was told between as an object ("The company
        built a mill. It was burned": the mill, no guess); else None."""
        idx = self.idx
        doc = tok.doc
        para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, tok.idx) - 1]
        lo = idx.sents[max(0, idx.sentence_index(tok) - 3)].start
        for j in range(tok.i - 1, lo - 1, -1):
            t = doc[j]
            if t.idx < para:
                return None
            if t.dep_ in ("dobj", "attr", "oprd", "dative") and t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP"):
                return None
            if t.dep_ not in SUBJ:
                continue
            if t.lower_ == "it":
                continue
            if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NN", "NNP"):
                return None
            m = idx.mention(t) or idx.coref().resolve(t)
            if m is not None and m.entity and m.label in ("ORG", "GPE"):
                return t
            if idx.documents().reference(t) is not None:
                return t
            if m is None and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                    and idx.coref().named_by_head(t) is not None:
                return t
            return None
        return None

    def _narrator(self, tok, role: str) -> bool:
        """A memoir's "I" ("we", with the narrator among them, where the text tells its own story in
        the first person): the author its header names, else an unnamed narrator; never someone
        quoted ("'I will not sign,' he said")."""
        idx = self.idx
        if role not in ("agent", "patient", "recipient") or idx.in_quotation(tok) or not idx.first_person_narration() \
                or idx.asked(tok.idx):
            return False
        entity, name = idx.narrator()
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(p.kind == "narrator" and p.role == role for p in self.args.participants):
            return True
        self.args.participants.append(Participant(role=role, entity=entity, name=None if entity else name,
                                                  kind="narrator", text=tok.text, start=start, end=end))
        self.arg_heads.append(tok)
        return True

    def _named_of(self, tok) -> bool:
        """"the city of Magdeburg", "the fortress of Breda": a common noun named by its "of" phrase."""
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in p.children:
                    m = self.idx.mention(o) if o.dep_ == "pobj" else None
                    if m is not None and m.label in ("GPE", "LOC", "FAC") and m.entity:
                        self.args.add("patient", m.entity)
                        self.arg_heads.append(o)
                        return True
        return False

    def _actor_entity(self, tok) -> str | None:
        """The entity of the subject of the clause that tells the event ("Petrov ... ordered his
        execution"): a pronoun in another role of the same event is someone else."""
        h = self.trig.head
        verb = governing_verb(h, self.cues["support_verbs"]) if self.trig.nominal else h
        subj = subject_of(verb) if verb is not None else None
        if subj is None or subj == tok or _is_passive(verb):
            return None
        m = self.idx.mention(subj)
        if m is None and subj.pos_ == "PRON":
            m = self.idx.pronouns().antecedent(subj)
        if m is None:  # "the minister Otto Lenz ordered ...": the name in apposition to a title
            m = next((self.idx.mention(t) for t in subj.subtree if t.i < verb.i and self.idx.mention(t) is not None
                      and self.idx.mention(t).label == "PERSON"), None)
        return m.entity if m is not None else None

    def _nationality(self, tok) -> bool:
        """A nationality word standing for its state: an adjective ("the Soviet invasion") or a plural
        with the definite article ("the Soviets"); not a group of people ("Koreans who fought")."""
        if not tok.text[:1].isupper() or _state_for(tok.text, self.year) is None:
            return False
        if tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)

    def _take_state(self, tok, role: str) -> bool:
        state = _state_for(tok.text, self.year)
        if not state:
            return False
        eid = self.idx.entity_named(state)
        if eid is None:
            # the state is not named in this document: keep its name for the corpus to resolve
            m = self.idx.mention(tok)
            if m is not None and m.entity and m.label != "NORP":
                eid = m.entity
        self.args.add(role, eid, None if eid else state)
        self.arg_heads.append(tok)
        return True

    def _plural_antecedent(self, tok, role: str) -> bool:
        """"they" as an actor: the last plural nationality noun ("the Soviets") of this or the previous sentence."""
        i = self.idx.sentence_index(tok)
        lo = self.idx.sents[max(0, i - 1)].start
        for j in range(tok.i - 1, lo - 1, -1):
            t = tok.doc[j]
            if t.tag_ in ("NNPS", "NNS") and self._nationality(t):
                return self._take_state(t, role)
        return False

    def _place_of(self, tok) -> str | None:
        m = self.idx.mention(tok)
        if m is None and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ in ("compound", "amod") and c.i < tok.i:
                    mc = self.idx.mention(c)
                    if mc is not None and mc.label in PLACE_LABELS:
                        m = mc
                        break
        if m is not None and m.label in PLACE_LABELS and m.entity:
            return m.entity
        return None

    def _set_place(self, entity: str, rank: int) -> None:
        if rank < self.args.place_rank:
            self.args.place, self.args.place_rank = entity, rank


# ---- syntax helpers -----------------------------------------------------------------------------

PLACE_OBJECT_RANK = 50  # below any place a preposition names (cues place_preps ranks)

def _someone_described(tok) -> bool:
    """A person told by a common noun with its own determiner or possessor ("his father", "the old
    bishop"): one person, as a named one would be ("Y succeeded his father": Y takes his place)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and noun_kind(tok.lemma_.lower()) == "person" and any(
        c.dep_ in ("poss", "det") for c in tok.children)


def _one_name(text: str) -> bool:
    """A capitalised word no people's name or adjective ("Tamasese", not "Samoan", "Zulu")."""
    from ..entities import lexicon

    return text.isalpha() and text[:1].isupper() and text not in lexicon.demonyms() and \
        _state_for(text) is None


def _conjuncts(tok):
    out = []
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        if c.pos_ in ("VERB", "AUX"):
            continue
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _companions(tok):
    """"X, along with Y", "X together with Y", "X alongside Y": Y acts with X."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep":
            out.extend(companion_objects(c))
    return out


def companion_objects(prep) -> list:
    """The objects of a companion phrase ("along with Y", "together with Y", "alongside Y"), else []."""
    phrases = coref_cues()["companion_preps"]
    words = " ".join([*(a.lower_ for a in prep.children if a.dep_ == "advmod" and a.i < prep.i), prep.lower_])
    if prep.lower_ in phrases or words in phrases:
        return [o for o in prep.children if o.dep_ == "pobj"]
    for inner in prep.children:  # "along" -> "with" -> Y
        if inner.dep_ == "prep" and f"{prep.lower_} {inner.lower_}" in phrases:
            return [o for o in inner.children if o.dep_ == "pobj"]
    return []


def _misattached_by(prep):
    """Y of "as director by Y" (a passive's "by" phrase hung from the noun of an "as" phrase), else None."""
    if prep.lower_ != "as":
        return None
    for o in prep.children:
        for p in (o.children if o.dep_ == "pobj" else ()):
            if p.dep_ == "prep" and p.lower_ == "by":
                return next((y for y in p.children if y.dep_ == "pobj"), None)
    return None


def _subjectless(v, depth: int = 0) -> str | None:
    """A clause a log or diary tells without a subject ("Weighed anchor at six.", "Sailed from Hobart.",
    "At noon arrived at X"): the main verb in the past, nothing before it but time and place phrases, and
    no subject anywhere up its conjuncts. "active" for a past tense, a participle with an object, or one
    of motion ("Sailed", "Anchored off"); "passive" for another participle ("Arrested at dawn": whose
    arrest, the text does not say); None for any other clause."""
    if v.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "agent")
                                           for c in v.children):
        return None
    if v.dep_ == "conj" and depth < 3:
        return _subjectless(v.head, depth + 1) and ("active" if v.tag_ == "VBD" else _bare_kind(v))
    if v.dep_ != "ROOT":
        return None
    for t in v.sent:
        if t.i >= v.i:
            break
        if t.is_space or t.is_punct:
            continue
        top = t
        while top.head.i != v.i and top.head != top:
            top = top.head
        if top.head.i != v.i or top.dep_ not in ("prep", "npadvmod", "advmod"):
            return None
    return "active" if v.tag_ == "VBD" else _bare_kind(v)


def _bare_kind(v) -> str:
    if any(c.dep_ in ("dobj", "prt") for c in v.children) or wordnet.verb_lexname(v.lemma_.lower()) == "verb.motion":
        return "active"
    return "passive"


def _is_passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


def _series_passive(v, depth: int = 0) -> bool:
    """A participle whose subject is the passive's: "he was exiled" read as a copula and a participle,
    "he was arrested in June, imprisoned in Porto and shot there" (a series after one "was")."""
    if depth > 3 or v.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "aux", "dobj") for c in v.children):
        return False
    if v.tag_ == "VBN" and v.dep_ == "acomp" and v.head.lemma_ == "be":
        return True
    if v.dep_ in ("advcl", "conj") and (v.tag_ == "VBN" or v.dep_ == "conj") and v.head.pos_ in ("VERB", "AUX"):
        return _is_passive(v.head) and v.dep_ in ("advcl", "conj") and v.tag_ == "VBN" or \
            (v.dep_ == "conj" and _series_passive(v.head, depth + 1))
    return False


def opening_participle(v) -> bool:
    """A past participle opening its sentence with no subject, auxiliary or object of its own
    ("Arrested in 1849, he spent six years at X")."""
    return v.tag_ == "VBN" and v.i == v.sent.start and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "expl") for c in v.children)


def _fronted_participle(v) -> bool:
    """An opening participle as a clause of the main verb is passive, the main subject its patient, when
    a "by" names its agent or its verb takes an object ("Arrested in 1849, he ..."); "Returned from exile,
    he ..." tells what he did."""
    return opening_participle(v) and v.dep_ == "advcl" and v.i < v.head.i and (
        any(c.dep_ == "agent" for c in v.children) or not reciprocal_participle(v) and
        wordnet.passive_participle(wordnet.verb_of_form(v.lower_) or v.lemma_.lower()))


def reciprocal_participle(v) -> bool:
    """"Married in 1830 (to X), he ...": an opening participle of a verb two people do to each other
    (coref.json reciprocal_verbs) with no "by": the main subject did it, the "to" phrase is the other."""
    return opening_participle(v) and v.dep_ == "advcl" and v.i < v.head.i and \
        (wordnet.verb_of_form(v.lower_) or v.lemma_.lower()) in coref_cues()["reciprocal_verbs"] and \
        not any(c.dep_ == "agent" for c in v.children)


def subject_of(v, depth: int = 0):
    """The subject of a verb, climbing through conjoined, controlled and misattached clauses."""
    for c in v.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.tag_ in ("WP", "WDT") or c.lower_ in ("who", "which", "that"):
                return v.head if v.dep_ == "relcl" else None
            return c
    for a in v.children:  # "Marta and I were married": the parser hung the subject on the auxiliary
        if a.dep_ in ("aux", "auxpass") and a.i < v.i:
            subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")
                         and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if subj is not None:
                return subj
    if depth > 4:
        return None
    if v.dep_ == "xcomp" and v.head != v:
        # object control: "Moscow told the guerrillas to stop fighting" - the guerrillas fight
        obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON"):
            return obj
    if v.dep_ in ("conj", "xcomp", "dep") and v.head != v:
        return subject_of(v.head, depth + 1)
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and v.head != v:
        return subject_of(v.head, depth + 1)
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(v.head.head, depth + 1)
    if v.dep_ in ("acomp",) or (v.head.pos_ == "ADJ" and v.head.dep_ in ("acomp", "amod")):
        return subject_of(v.head, depth + 1)
    return None


def _hazard_antecedent(it) -> bool:
    """A subject "it" standing for a disease or disaster: the nearest subject before it, in its
    sentence or the one before, is a hazard noun ("A cholera epidemic reached the town. It killed")."""
    doc = it.doc
    lo = it.sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
    for j in range(it.i - 1, lo - 1, -1):
        t = doc[j]
        if t.dep_ in SUBJ and t.lower_ != "it":
            return t.pos_ == "NOUN" and "hazard" in wordnet.noun_kinds(t.lemma_.lower())
    return False


def _summed_clause(noun):
    """The verb of the clause an indefinite event noun in apposition sums up ("the judge allowed the
    claim of X, a decision that angered the guild": allowed), else None. The noun hangs, after a
    comma, from a noun of that clause (its object, or a noun inside it)."""
    if noun.dep_ != "appos" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    left = min(t.i for t in noun.subtree)
    if left == 0 or noun.doc[left - 1].text != ",":
        return None
    cur = noun.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.dep_ not in ("dobj", "pobj", "prep", "appos", "conj", "attr", "oprd", "dative") or cur.head == cur:
            return None
        cur = cur.head
    return None


def _shared_object(pron):
    """The object a plural object pronoun stands for when its verb continues the clause before with
    the same subject ("X sued the Carden brothers, accusing them of fraud", "arrested the rebels and
    tried them"): that clause's plural object, else None."""
    v = pron.head
    if pron.dep_ not in ("dobj", "dative") or v.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in SUBJ for c in v.children):
        return None
    if not ((v.dep_ == "advcl" and v.tag_ == "VBG") or v.dep_ == "conj") or v.head.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < pron.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
    return obj if plural else None


def _cause_of_relative(v):
    """"He sacked the city, which caused the deaths of ...": a causal verb ("cause", "lead to") whose
    relative pronoun stands for a thing acted on (a place, not a person or group) tells what that
    action caused, so its agent is the subject of the verb acting on the thing. None otherwise."""
    if v.dep_ != "relcl" or v.lemma_.lower() not in coref_cues()["causal_verbs"]:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in v.children):
        return None
    thing = v.head
    from .coref import noun_kind
    if thing.pos_ != "NOUN" or noun_kind(thing.lemma_.lower()) == "person" or thing.dep_ not in ("dobj", "nsubjpass"):
        return None
    return subject_of(thing.head)


def governing_verb(tok, support: frozenset[str]):
    """The support verb of an event noun, whose subject is the noun's agent: "ordered his execution",
    "signed a pact", "confront ... in skirmishes". Only objects, conjuncts and prepositional objects
    attached straight to the verb count ("knowledge about the purges" does not)."""
    cur = tok
    while cur.dep_ in ("conj", "appos") and cur.head != cur and cur.head.pos_ in ("NOUN", "PROPN"):
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ == "NOUN" and (
            cur.head.head.lemma_.lower() in cues()["quantity_nouns"]
            or (cur.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cur.head.head.children))):
        cur = cur.head.head  # "won a string of victories", "carried out a wave of arrests"
    head = cur.head
    if cur.dep_ in ("dobj", "attr", "nsubjpass"):
        verb = head
    elif cur.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and \
            not cues()["temporal_relations"].get(head.lower_):
        verb = head.head  # (not "gave up the town after a siege": a time, not the verb's own siege)
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in support:
        return None
    return verb


def is_people(tok, idx: DocIndex) -> bool:
    """A population rather than a named actor: "the Korean population", "171,781 people", "Koreans"."""
    c = cues()
    if tok.lemma_.lower() in c["people_nouns"] or tok.lower_ in c["people_nouns"]:
        return True
    m = idx.mention(tok)
    return m is not None and m.label == "NORP" and tok.tag_ in ("NNPS", "NNS")


def _own_type(item) -> str | None:
    """The type of a listed name that is itself an event noun ("the Siege of X", "Conquest of Y")."""
    lemma = item.lemma_.lower()
    if lemma in lexicon().nouns:
        return lexicon().nouns[lemma]
    hit = wordnet.type_of(lemma, "n")
    return hit[0] if hit is not None else None


def instances(ev: Event, trig: Trigger, idx: DocIndex) -> list[Event]:
    """"a string of victories ..., including White Hill, Narva and Poltava": each name listed after a
    plural event noun is one such event, with the noun's participants and no date of its own (the
    noun's date spans them all). A listed item that is itself an event noun ("the Siege of X") keeps
    its own type."""
    h = trig.head
    if not trig.nominal or h.tag_ != "NNS" or lexicon().role_of(ev.type, "of_role") != "place":
        return []  # only events named after their place ("the battle of X"): "arrests, including X" lists people
    phrases = coref_cues()["instance_preps"]
    out: list[Event] = []
    for tok in h.subtree:
        if tok.sent != h.sent or not (tok.lower_ in phrases or (tok.dep_ == "prep" and tok.lower_ == "as" and
                                                                tok.i > 0 and tok.doc[tok.i - 1].lower_ == "such")):
            continue
        items = [o for o in tok.children if o.dep_ == "pobj"]
        for o in list(items):
            items.extend(_conjuncts(o))
        for item in items:
            own = _own_type(item) if any(c.dep_ == "prep" for c in item.children) else None
            if (item.pos_ != "PROPN" and not (own and item.is_title)) or \
                    (own is None and any(c.dep_ == "prep" for c in item.children)):
                continue
            left = min([item.i, *(c.i for c in item.children if c.dep_ == "compound" and c.i < item.i)])
            last = max(t.i for t in item.subtree) if own else item.i
            start, end = item.doc[left].idx, item.doc[last].idx + len(item.doc[last].text)
            m = idx.mention(item)
            place = m.entity if m is not None and m.entity and m.label in PLACE_LABELS else None
            inst = replace(ev, id="", type=own or ev.type, trigger={**ev.trigger, "start": start, "end": end, "text": idx.text[start:end],
                                               "instance_of": ev.trigger["start"]},
                           participants=[p for p in ev.participants if p.role == "agent"] or list(ev.participants),
                           time=None, place=place, numbers=[])
            out.append(inst)
        break
    return out


@functools.lru_cache(maxsize=1024)
def _state_for(form: str, year: int | None = None) -> str | None:
    """The state a nationality word denotes: the demonym table, else the country WordNet relates the
    adjective to, only where the table of states (states.json, with the years each existed) knows it
    existed in that year: WordNet's "countries" include regions (Flemish -> Flanders) and it has no
    dates (Zambian in 1850, Algerian in 1800 name no state)."""
    state = state_for(form, year)
    if state or not form[:1].isupper() or " " in form:
        return state
    wn = wordnet.reader()
    if wn is None:
        return None
    for syn in wn.synsets(form.lower(), "a") + wn.synsets(form.lower(), "s"):
        for lemma in syn.lemmas():
            for p in lemma.pertainyms():
                if any("country" in h.name() for h in p.synset().instance_hypernyms()):
                    name = p.name().replace("_", " ")
                    return name if _state_in(name, year) else None
    return None


def _state_in(name: str, year: int | None) -> bool:
    """Whether the table of states knows ``name`` as a state in ``year`` (an unknown year: one that
    always existed)."""
    for row in known_states()["states"]:
        if row["name"] != name:
            continue
        lo, hi = (list(row.get("period") or []) + [None, None])[:2]
        if year is None:
            return lo is None and hi is None
        return (lo is None or lo <= year) and (hi is None or year <= hi)
    return False

"""Event triggers: the words that tell that something happened ("defected", "the invasion of",
"crossing the border into"), found by lemma in the lexicon; multiword triggers by a spaCy Matcher.

A word the lexicon lacks is a trigger only when the trained detector (detector.py) reads it as a
happening and WordNet gives it a type (wordnet.py): the detector says *that* something happens,
WordNet says *what*. Without the detector's model, WordNet alone decides, at a stricter score."""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.util import filter_spans

from . import certainty, detector, senses, windowed, wordnet
from .lexicon import VerbRule, cues, lexicon, phrase_matcher


@dataclass
class Trigger:
    type: str
    tokens: list  # spaCy tokens of the trigger (one, or a multiword phrase)
    head: object  # the token whose arguments are the event's arguments
    nominal: bool  # a noun ("the invasion") rather than a verb ("invaded")
    rule: VerbRule | None = None
    source: str = "lexicon"  # "lexicon", or "wordnet" for a word typed through WordNet (wordnet.py)
    score: float = 1.0
    detected: float = 0.0  # the detector's probability that the head tells a happening (0: not tagged)

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
    det = detector.scores(doc)
    trained = detector.tagger() is not None
    matcher = phrase_matcher(doc.vocab)
    spans = []
    for match_id, start, end in windowed.matches(matcher, doc):  # = matcher(doc), faster
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]  # "type|phrase index"
        spans.append(span)
    taken: set[int] = set()
    out: list[Trigger] = []
    for span in filter_spans(spans):
        if len(span) > 1 and span[-1].dep_ == "compound" and span[-1].head.i > span.end - 1:
            continue  # "claimed the life insurance": the phrase's last word only classifies a noun after it
        head = _phrase_head(span)
        if (chosen := _chosen_successor(head)) is not None:  # "was chosen to succeed": no decision
            out.append(chosen)
            taken.update([t.i for t in span] + [c.i for c in head.children if c.dep_ == "xcomp"])
            continue
        etype, _, n = span.label_.partition("|")
        rule = lex.phrase_rules.get(int(n)) if n else None
        if rule is not None and rule.object_kind and not any(
                c.dep_ in ("nsubjpass", "dobj") and _kind_in(rule.object_kind, _frame_kinds(c)) for c in head.children) \
                and not any(t.pos_ in ("NOUN", "PROPN") and _kind_in(rule.object_kind, _frame_kinds(t))
                            for t in span[1:-1]):  # (the words the phrase's "*" took: "set the barn alight")
            continue  # "the company was wound up", not "the clock was wound up"
        if rule is not None and rule.subject_kind and not any(
                c.dep_ == "nsubj" and (_kind_in(rule.subject_kind, _frame_kinds(c)) or _someone(c, rule.subject_kind))
                for c in head.children):
            continue  # "the bank went bankrupt", not "her father went bankrupt"
        if rule is not None and (rule.not_subject_kind and _subject_of_kind(head, rule.not_subject_kind) or
                                 rule.not_preps and any(c.dep_ == "prep" and c.lower_ in rule.not_preps
                                                        for c in head.children)):
            continue  # "lightning set the church alight", "set Paris alight with gossip"
        if etype == RETURN_TYPE and _to_an_idiom(head):
            continue  # "came back to power": no journey
        verbs = cues()["prep_phrase_verbs"].get(" ".join(lex.phrases[int(n)][1]) if n else "")
        if verbs is not None and head.pos_ == "ADP" and head.head.lemma_.lower() not in verbs:
            continue  # "sank with all hands", not "fought the leak with all hands at the pumps"
        out.append(Trigger(etype, list(span), head, head.pos_ in ("NOUN", "PROPN"), rule))
        taken.update(t.i for t in span)
    for i in _loop_tokens(doc):
        if i in taken:
            continue
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN"):
            continue  # "the retreating army", "the besieged city": a description, not a telling
        if tok.pos_ == "ADJ" and _predicative_participle(tok):
            # "he was married in 1902", tagged an adjective: a passive, its subject the one acted on
            # (or, for a type whose participants are alike, a side: lexicon implicit_role)
            for rule in lex.verbs.get(wordnet.verb_of_form(tok.lower_), []):
                if not rule.objects:
                    role = rule.subject_role or lex.role_of(rule.type, "implicit_role") or "patient"
                    out.append(Trigger(rule.type, [tok], tok, False, replace(rule, passive=False, subject_role=role)))
            continue
        if lemma in LIGHT_BECOME and tok.pos_ in ("VERB", "AUX"):
            attr = next((c for c in tok.children if c.dep_ in ("attr", "oprd")), None)
            if attr is not None and attr.pos_ in ("NOUN", "PROPN") and wordnet.member_noun(attr.lemma_.lower()):
                out.append(Trigger("membership", [tok], tok, False, None, "wordnet", 0.8))
            elif _became_adjective(tok, lex) is not None:  # "Carvonia became independent": a state founded
                etype = _became_adjective(tok, lex)
                out.append(Trigger(etype, [tok], tok, False, VerbRule(etype, subject_role="patient")))
            elif attr is not None and attr.pos_ in ("NOUN", "PROPN") and attr.ent_type_ in ("", "ORG", "NORP") \
                    and _office_noun(attr):
                out.append(Trigger(OFFICE_TYPE, [tok], tok, False, VerbRule(OFFICE_TYPE, subject_role="patient"),
                                   "wordnet", 0.8))  # "became Premier": the subject takes the office
            continue
        if lemma == "be" and (back := _back_in_place(tok)) is not None:  # "was back in Kuruman by May"
            out.append(Trigger(RETURN_TYPE, [tok, back], tok, False, VerbRule(RETURN_TYPE)))
            continue
        if lemma == "be" and (found := _copular_appointment(tok)) is not None:  # "Its governor from 1676 was X"
            office, head = found
            out.append(Trigger(OFFICE_TYPE, [office], head, False,
                               VerbRule(OFFICE_TYPE, subject_role="patient", holder_attr=True), "wordnet", 0.8))
            taken.add(head.i)
            continue
        if (dead := _death_told_by_state(tok)) is not None:  # "none survived", "among the dead was X"
            out.append(dead)
            continue
        if (chosen := _chosen_successor(tok)) is not None:  # "was chosen to succeed the bishop"
            out.append(chosen)
            taken.update(c.i for c in tok.children if c.dep_ == "xcomp")
            continue
        if (noun := _gerund_noun(tok, lex)) is not None:  # "after the rising of July 1848", tagged a verb
            out.append(Trigger(lex.nouns[noun], [tok], tok, True, lex.noun_rules.get(noun)))
            continue
        frame = _sense_frame(tok) if tok.pos_ == "VERB" else None
        if frame is not None:  # "was named director of", "the school closed", "set out for Trieste"
            role = frame.get("subject_role") or ("patient" if frame.get("theme_kind") and _intransitive(tok) else None)
            listed = any(r.type == frame["type"] for r in lex.verbs.get(lemma, []))  # "appointed X governor"
            out.append(Trigger(frame["type"], [tok], tok, False, VerbRule(frame["type"], subject_role=role),
                               "lexicon" if listed else "wordnet", 1.0 if listed else 0.8))
            continue
        if tok.pos_ == "VERB" and lemma not in lex.verbs and lemma not in lex.object_verbs:
            lemma = _unlemmatised(tok, lex) or _unprefixed(tok, lex) or lemma  # "retook"; "refounded": founded again
        if tok.pos_ == "VERB" and lemma in lex.object_verbs:
            # the object decides: the first fitting rule ("captured the city": a conquest, before the
            # listed arrest); none fitting, a listed verb keeps its own rules, an unlisted one is nothing
            fit = next((rule for rule in lex.object_verbs[lemma] if _object_fits(tok, rule)), None)
            if fit is not None:
                out.append(Trigger(fit.type, [tok], tok, False, fit))
                if fit.object_kind in OBJECT_EVENT_KINDS:  # "abandoned the siege": the siege is not told anew
                    taken.update(c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
                if fit.prep:  # "put him to death": the death is the execution, not an event of its own
                    taken.update(o.i for p in tok.children if p.dep_ == "prep" and p.lower_ == fit.prep
                                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in fit.prep_objects)
            if fit is not None or lemma not in lex.verbs:
                continue
        if tok.pos_ == "VERB" and lemma in lex.verbs:
            for rule in lex.verbs[lemma]:
                if rule.not_object_kind and _object_of_kind(tok, rule.not_object_kind):
                    continue  # "captured twelve ships": a vessel is not arrested
                if rule.not_subject_kind and _subject_of_kind(tok, rule.not_subject_kind):
                    continue  # "a storm destroyed the fleet": no battle
                if _complement_excludes(tok, rule):
                    continue  # "freed him from debt": a release from captivity is an object_verbs rule's
                if rule.if_object_kind and (senses.object_not_of_kind(tok, rule.if_object_kind, names_fit=True) or
                                            not _has_object(tok) and any(c.dep_ == "ccomp" for c in tok.children)):
                    continue  # "left his estate to his nephew": a bequest; "established that ...": a finding
                if rule.type == RETURN_TYPE and _to_an_idiom(tok):
                    continue  # "returned to power": no journey
                if rule.place_object and _subjects(tok) and not _traveller_subject(tok):
                    rule = replace(rule, place_object=False)  # "the expansion left the firm with debts"
                if rule.objects and (_reduced_relative(tok) or _relative_object(tok)):
                    if tok.head.lemma_.lower() not in rule.objects:
                        continue  # "a petition signed by 300 weavers": the noun is what was signed
                    rule = replace(rule, objects=frozenset())
                if rule.passive and _bare_participle(tok):
                    rule = replace(rule, passive=False)  # "Born in Tarvis, he ...": passive by form
                if rule.needs_place and _bound_for_place(tok):
                    rule = replace(rule, needs_place=False)  # "landed on the island", "went down to the coast"
                out.append(Trigger(rule.type, [tok], tok, False, rule))
        elif tok.pos_ == "PROPN" and occurs(tok) and _named_event_type(tok, lex):
            etype = _named_event_type(tok, lex)  # "The Storming of X, which occurred on ...": told as
            out.append(Trigger(etype, [tok], tok, True, lex.noun_rules.get(tok.lower_)))  # happening
        elif tok.pos_ == "NOUN" and lemma not in lex.nouns and (gerund := _gerund_of(tok, lex)) is not None:
            out.append(Trigger(gerund.type, [tok], tok, True, None))  # "the burning of the cathedral"
        elif tok.pos_ == "NOUN" and lemma in lex.nouns:
            rule = lex.noun_rules.get(lemma)
            if rule is not None and rule.not_preps and any(
                    c.dep_ == "prep" and c.lower_ in rule.not_preps for c in tok.children):
                continue  # "a strike on the bridge": not a strike of workers
            if rule is not None and rule.if_object_kind and not _of_fits(tok, rule.if_object_kind):
                continue  # "the rising of the river": no rising of people
            if rule is not None and rule.prep and not _noun_prep_fits(tok, rule):
                continue  # "his return to health", "his tax return": no journey
            if lex.nouns[lemma] in lex.person_patient_types and _of_kind(tok, "thing", "place"):
                continue  # "the capture of the fort", "of the ships": no arrest (the verb's rules type it)
            if _names_a_kind(tok):
                continue  # "the strike force", "an invasion force": a group named by its task
            out.append(Trigger(lex.nouns[lemma], [tok], tok, True, lex.noun_rules.get(lemma)))
        elif tok.pos_ in ("VERB", "NOUN") and lemma not in lex.verbs and lemma not in lex.nouns \
                and lemma not in lex.not_triggers and not tok.is_stop and tok.ent_type_ == "":
            p = det.get(tok.i, ("O", 0.0))[1]
            if trained and p < DOUBTFUL:
                continue  # WordNet might type it, but the sentence does not tell it as a happening
            if tok.pos_ == "NOUN" and (_names_a_kind(tok) or _verbal_gerund(tok) or _counted_measure(tok) or
                                       _prepositional_idiom(tok) or _gerund_of_a_thing(tok)):
                continue
            hit = _nominalised(lemma, lex) if tok.pos_ == "NOUN" else None
            hit = hit or wordnet.type_of(lemma, "v" if tok.pos_ == "VERB" else "n")
            if hit is None and tok.pos_ == "VERB":
                hit = _fatal(tok, lemma)  # "forty people drowned": a sense of dying, not the first
            if hit is not None and hit[0] in lex.person_patient_types and _object_of_kind(tok, "thing"):
                continue  # "the ship was nipped by the ice": no arrest of a thing
            if hit is not None and tok.pos_ == "VERB" and _charged_with_or_for(tok):
                continue  # "charged the architect with building a bridge", "charged ten shillings"
            kind = lex.role_of(hit[0], "wordnet_object_kind") if hit is not None and tok.pos_ == "VERB" else None
            if kind and senses.object_not_of_kind(tok, kind):
                continue  # "renounced his claim": no office given up, so no resignation
            if hit is not None and tok.pos_ == "VERB" and lex.role_of(hit[0], "thing_object_type") and \
                    senses.object_not_of_kind(tok, "animate", names_fit=True) and not _clausal_complement(tok):
                if _carries_operation(tok, lex):
                    continue  # "the operation was directed by X": the operation is the event, led by X
                if _act_object(tok):  # "ordered a recount": decided (but "solicited funds": asked for)
                    hit = (lex.role_of(hit[0], "thing_object_type"), hit[1])
                elif wordnet.clause_sense_only(lemma, hit[0]):
                    continue  # "directed its reconstruction": managed it, bade no one
            if hit is not None and hit[1] >= (WORDNET_ALONE if p < DETECTED else 0):
                out.append(Trigger(hit[0], [tok], tok, tok.pos_ == "NOUN", None, "wordnet", hit[1]))
    for i, t in enumerate(out):
        if t.type in ACCIDENT_TYPES and not t.nominal and _accident(t.head):
            out[i] = replace(t, type=ACCIDENT_DEATH, rule=VerbRule(ACCIDENT_DEATH))
        retype = _type_by_agent(t, lex) or _type_by_destination(t, lex) or _type_by_particle(t, lex) or \
            _type_by_addressee(t, lex)
        if retype is not None:  # "resettled by the company": an employer's move, no deportation
            out[i] = replace(t, type=retype, rule=replace(t.rule, type=retype) if t.rule else None)
    out = senses.resolve(out)  # "the jury retired", "directed the museum": a sense the words rule out
    out = [t for t in out if not (t.nominal and len(t.tokens) == 1 and (_means(t.head) or _intended(t.head)))]
    nominal_heads = {t.head.i for t in out if t.nominal}
    verb_heads = {t.head.i for t in out if not t.nominal}
    out = [t for t in out if not _not_its_own_event(t, nominal_heads, verb_heads)]
    for t in out:
        t.detected = det.get(t.head.i, ("O", 0.0))[1]
    out.sort(key=lambda t: t.tokens[0].i)
    return out


# What the rules of find's loop over single words can fire on. Every branch of that loop asks for one
# of these parts of speech (the verb, noun and proper-noun rules, _predicative_participle's adjectives,
# LIGHT_BECOME's auxiliaries), the tag VBG (_gerund_noun) or a lemma below; a word with none of them
# (punctuation, determiners, prepositions, pronouns, numbers: about half of a text) fires nothing. A new
# branch for another part of speech or word must be added here too.
LOOP_POS = frozenset(("ADJ", "AUX", "NOUN", "PROPN", "VERB"))
LOOP_TAGS = frozenset(("VBG",))
LOOP_LEMMAS = frozenset(("be", "survivor"))  # _back_in_place, _copular_appointment; _death_told_by_state


def _loop_tokens(doc) -> list[int]:
    """The indices of the tokens some rule of find's word loop can fire on (LOOP_POS, LOOP_TAGS,
    LOOP_LEMMAS and cues.json's dead_nouns, by lemma or by form: _death_told_by_state), in text
    order: the loop skips the others without making spaCy Token objects of them (the same triggers,
    faster). Read as arrays, each distinct value's string looked up once."""
    strings = doc.vocab.strings
    dead = cues()["dead_nouns"]
    arr = doc.to_array([POS, TAG, LEMMA, LOWER])

    def where(col, test) -> np.ndarray:
        hits = [key for key in np.unique(col).tolist() if test(strings[key])]
        return np.isin(col, np.array(hits, dtype=col.dtype))

    keep = where(arr[:, 0], LOOP_POS.__contains__) | where(arr[:, 1], LOOP_TAGS.__contains__) \
        | where(arr[:, 2], lambda s: s.lower() in LOOP_LEMMAS or s.lower() in dead) | where(arr[:, 3], dead.__contains__)
    return np.flatnonzero(keep).tolist()


START_PREPS = frozenset(("from", "since"))


def _copular_appointment(be) -> tuple | None:
    """The office noun of "Its governor from 1676 was X", "The first director, named in May 1877, was
    X": an office as subject, a person after "be", and the taking of the office dated in the subject
    (a "from"/"since" date, or a participle of appointing); the person took the office then. Without
    such a date ("Its governor was X") the sentence tells a state, not an event. Returns the office
    noun and the head the event's arguments and date hang from (the participle, else "be")."""
    if be.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in be.children if c.dep_ == "attr"), None)
    if subj is None or attr is None or subj.pos_ != "NOUN" or attr.pos_ != "PROPN" or \
            "person" not in wordnet.object_kinds(attr) or not _office_noun(subj):
        return None
    appointed = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
        any(r.type == OFFICE_TYPE for r in lexicon().verbs.get(c.lemma_.lower(), [])) or
        "appoint.v.02" in wordnet.verb_senses(c.lemma_.lower(), 4, 1))), None)
    if appointed is not None:
        return subj, appointed  # the participle is dated ("named in May 1877") and told of the office
    dated = any(c.dep_ == "prep" and c.lower_ in START_PREPS and any(
        o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.like_num and len(o.text) == 4) for o in c.children)
        for c in subj.children)
    return (subj, be) if dated else None


def title_clause(verb) -> bool:
    """"the journalist Rudolf Fink was freed", parsed as "the journalist" with a relative clause: a
    person noun right before a name that is the verb's own subject, and the verb lacks nothing a
    relative would have taken away (a passive with its subject, an object of its own, or a journey
    with its destination; not "the man Fink freed", "the city Fink travelled to"). The clause is
    the sentence's telling, not a description in passing."""
    if _cleft(verb):
        return True
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" or verb.head.tag_ != "NN":
        return False
    noun = verb.head
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj.left_edge.i != noun.i + 1 or \
            "person" not in wordnet.object_kinds(subj) or not wordnet.people_sense(noun.lemma_.lower(), 1):
        return False
    if any(c.dep_ == "prep" and not any(o.dep_ == "pobj" for o in c.children) for c in kids):
        return False  # a stranded preposition: "the city Fink travelled to"
    if subj.dep_ == "nsubjpass" or any(c.dep_ in ("dobj", "ccomp") for c in kids):
        return True
    return wordnet.verb_lexname(verb.lemma_.lower()) == "verb.motion" and any(c.dep_ == "prep" for c in kids)


def _death_told_by_state(tok) -> Trigger | None:
    """Deaths told with no verb of dying (cues.json): a survival denied ("none of the crew survived",
    "no passengers survived", "there were no survivors"), a member of the dead ("among the dead was X": the person after "be"
    died), the dead found ("twenty-seven bodies were recovered", "his body was found")."""
    c = cues()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma == "survive" and certainty.no_one_did(tok, first=True) and \
            _no_one_alive(tok) and not any(x.dep_ == "neg" for x in tok.children):
        return Trigger("death", [tok], tok, False, VerbRule("death", subject_role="patient", negated_by_none=True))
    if lemma == "survivor" and tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in tok.children) and any(
            e.dep_ == "expl" for e in tok.head.children):
        return Trigger("death", [tok], tok.head, False, VerbRule("death"))  # "there were no survivors"
    if (lemma in c["dead_nouns"] or tok.lower_ in c["dead_nouns"]) and tok.dep_ == "pobj" and tok.head.lower_ == "among" and \
            tok.head.head.lemma_.lower() == "be" and any(s.dep_ in ("nsubj", "attr") for s in tok.head.head.children):
        be = tok.head.head
        return Trigger("death", [tok], be, False, VerbRule("death", subject_role="patient"))
    if tok.pos_ == "NOUN" and lemma in ("body", "corpse") and tok.dep_ in ("nsubjpass", "dobj") and \
            tok.head.lemma_.lower() in c["remains_verbs"] and _of_the_dead(tok):
        # (the finding verb is the head: "were recovered" tells that they were found dead)
        return Trigger("death", [tok], tok.head, False, VerbRule("death", subject_role="patient"))
    return None


def _no_one_alive(verb) -> bool:
    """The one denied survival is someone: "nobody", "none (of the crew)", "no passengers"; not a
    thing that outlasted its time ("no records of the meeting survived")."""
    subj = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lower_ == "none":
        ofs = _of_objects(subj)
        return not ofs or any("animate" in wordnet.object_kinds(o) for o in ofs)
    if subj.lower_ in cues()["nobody_words"] or subj.lower_ == "one":
        return True  # "nobody", "no one"
    return "animate" in wordnet.object_kinds(subj)


def found_dead(trig: Trigger) -> bool:
    """A death told by the finding of the body ("his body was found"): the finding's date is the
    day the death was known, not the day it happened."""
    return trig.type == "death" and trig.tokens[0].lemma_.lower() in ("body", "corpse") and trig.head is not trig.tokens[0]


def _of_the_dead(noun) -> bool:
    """"bodies", "twenty bodies", "his body", "the body of X": a corpse, not "a body of troops",
    "celestial bodies" or "student bodies" (a describing word other than a participle: "charred")."""
    ofs = _of_objects(noun)
    if noun.tag_ == "NNS" and not ofs:
        return not any(c.dep_ == "compound" or c.dep_ == "amod" and c.tag_ not in ("VBN", "VBD")
                       for c in noun.children)
    if ofs:
        return any(o.pos_ == "PRON" or "person" in wordnet.object_kinds(o) and (
            o.pos_ == "PROPN" or noun.tag_ == "NNS") for o in ofs)
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def told_without_subject(verb) -> bool:
    """A clause that tells its act though the parse gives it no subject: a log's clause, "among the
    dead were two children" (the dead named after "be"), "there were no survivors"."""
    if log_clause(verb):
        return True
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "attr" for c in verb.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "among" and any(
        o.lemma_.lower() in cues()["dead_nouns"] or o.lower_ in cues()["dead_nouns"] for o in p.children)
        for p in verb.children) or any(
        c.dep_ == "attr" and c.lemma_.lower() == "survivor" for c in verb.children) and any(
        c.dep_ == "expl" for c in verb.children)


def log_clause(verb) -> bool:
    """"Weighed anchor at dawn.", "Sailed from Leith at noon.": a past verb that opens its sentence
    with no subject and no auxiliary, as a log or a diary tells the writer's (or the ship's) acts."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and verb.i == verb.sent.start and \
        verb.is_title and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


def _cleft(verb) -> bool:
    """"It was Captain X who ordered the boats lowered": a cleft's relative clause is what the sentence
    tells (its focus, the name after "it was", is the doer), not a description in passing."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "attr":
        return False
    be = verb.head.head
    return be.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WP", "WDT") for c in verb.children)


def _office_noun(noun) -> bool:
    """An office one takes ("Premier", "director"): the noun's first sense, or with an "of" group
    naming what is headed, any of its first senses ("head of the customs office": a person in charge,
    not a body part)."""
    lemma = noun.lemma_.lower()
    if "office" in wordnet.noun_kinds(lemma):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
               for p in noun.children) and "office" in wordnet.noun_kinds_within(lemma, OFFICE_SENSES)


OFFICE_SENSES = 4


MOTION_PREPS = frozenset(("to", "into", "onto", "from", "toward", "towards", "on", "at"))
TRAVELLER_KINDS = "animate|vessel|procession|deputation"


def _bound_for_place(verb) -> bool:
    """A verb of going whose own preposition names a place by a common noun ("landed on the island",
    "came in from the coast", "went down to the coast"): a place, though no place name is given. The
    noun is a WordNet region, landform, water or building (object kind "destination"), never a bare
    noun of an idiom ("went to school", "came to power") or an abstraction ("came to an end")."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not _traveller_subject(verb):
        return False  # "the news came from the coast": no one went
    return any(p.dep_ == "prep" and p.lower_ in MOTION_PREPS and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and not senses.idiom_object(o) and "destination" in _frame_kinds(o)
        for o in p.children) for p in verb.children)


def _traveller_subject(verb) -> bool:
    """A subject that can go somewhere: someone, a people, a ship, a procession ("the news came",
    "the expansion left the firm with debts": no one went)."""
    return any(_kind_in(TRAVELLER_KINDS, wordnet.object_kinds(s)) or s.pos_ == "NOUN" and s.ent_type_ == ""
               and wordnet.people_sense(s.lemma_.lower()) for s in _subjects(verb))


RETURN_TYPE = "movement"
BACK_PREPS = frozenset(("in", "at", "to"))


def _back_in_place(be) -> object | None:
    """"was back in Kuruman by May", "were back at the mission": a return told by its end state, a
    place named or a common place (object kind "destination"); not "back in power", "back at work".
    The adverb "back", next to the verb, is returned (the trigger's last word)."""
    back = next((c for c in be.children if c.dep_ == "advmod" and c.lower_ == "back" and c.i == be.i + 1), None)
    if back is None or not any(c.dep_ in ("nsubj", "expl") for c in be.children):
        return None
    preps = [c for t in (be, back) for c in t.children if c.dep_ == "prep" and c.lower_ in BACK_PREPS]
    if not any(o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "NOUN" and not
                                     senses.idiom_object(o) and "destination" in _frame_kinds(o))
               for p in preps for o in p.children):
        return None
    return back


def _to_an_idiom(verb) -> bool:
    """A verb of going "to" the bare noun of an idiom that is no place ("came back to power", "returned
    to life"): a change of state told as a journey, not one ("came back to town" is one)."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and senses.idiom_object(o) and "destination" not in _frame_kinds(o) for o in p.children)
        for t in (verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))) for p in t.children)


SUCCESSOR_SENSES = ("succeed.v.02", "replace.v.02")  # being the successor of, taking the place of
CHOOSING_SENSES = ("choose.v.01", "elect.v.01")


def _chosen_successor(verb) -> Trigger | None:
    """"X was chosen to succeed Y", "was selected to replace the bishop": chosen for an office, an
    election of the one chosen (not a decision of the choosers)."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if not wordnet.verb_has_sense(verb.lemma_.lower(), CHOOSING_SENSES, 3, 1):
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" and wordnet.verb_has_sense(
            c.lemma_.lower(), SUCCESSOR_SENSES, 2, 0) for c in verb.children):
        return None
    return Trigger(ELECTION_TYPE, [verb], verb, False, VerbRule(ELECTION_TYPE), "wordnet", 0.8)


ELECTION_TYPE = "election"


def _sense_frame(verb) -> dict | None:
    """The first sense frame (wordnet_anchors.json sense_frames) the verb has a sense of and whose
    frame its clause fills: "was named director" (appointing, an office as complement), "the school
    closed" (ceasing to operate, said of an institution), "stated that ..." (a telling, with its
    clause). A sense the words around it do not select tells nothing ("named the ship Hope")."""
    lemma = verb.lemma_.lower()
    prt = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    name = "_".join([lemma, *prt]) if prt and wordnet.has_verb("_".join([lemma, *prt])) else lemma
    for frame in wordnet.frames_of(name):
        if _fills_frame(verb, frame):
            return frame
    return None


def _fills_frame(verb, frame: dict) -> bool:
    kids = list(verb.children)
    if frame.get("complement_kind") and not any(
            c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ in ("NOUN", "PROPN") and (
                _office_noun(c) if frame["complement_kind"] == "office" else
                _kind_in(frame["complement_kind"], wordnet.object_kinds(c))) for c in kids):
        return False
    themes = []
    if frame.get("theme_kind"):
        themes = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")] or (
            [c for c in kids if c.dep_ == "nsubj"] if _intransitive(verb) and not frame.get("transitive") else [])
        themes = [t for t in themes if _kind_in(frame["theme_kind"], _titled_kinds(t) if frame.get("titled_theme")
                                                else _frame_kinds(t)) and (
            t.pos_ == "NOUN" and t.ent_type_ == "" or not frame.get("common_theme")) and (
            t.tag_ == "NN" or not frame.get("singular_theme")) and (not frame.get("mass_theme") or _in_quantity(t))]
        if not themes:
            return False
    if frame.get("captive") and not _held_captive(verb, themes):
        return False
    if frame.get("object_kind") and any(c.dep_ == "dobj" and not _kind_in(frame["object_kind"], _frame_kinds(c))
                                        for c in kids):
        return False  # "flew dispatches to Cairo", not "flew the kite from the hill"
    if frame.get("no_amounts") and any(t.ent_type_ in ("MONEY", "PERCENT") or t.tag_ == "$" for c in kids
                                       if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree):
        return False  # "the company closed at $66.50 a share": a price, not a closure
    if frame.get("clause") and not any(c.dep_ == "ccomp" and (c.i > verb.i or not frame.get("clause_after"))
                                       for c in kids):
        return False
    if frame.get("transitive") and not any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")
                                           for c in kids):
        return False  # "asked the minister whether ...", not '"Why have a war?" he asked'
    if frame.get("active") and (any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or
                                verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in kids)):
        return False  # "sent the scribe to Herat", not "was sent to Herat", "X, sent to Mukden" (a posting)
    if frame.get("verb_complement") and not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in kids):
        return False  # "resolved to leave", not "resolved the dispute"
    if frame.get("subject_kind") and not any(_kind_in(frame["subject_kind"], _frame_kinds(s) or (
            wordnet.noun_kinds(s.lower_) if s.pos_ == "ADJ" else frozenset())) for s in _subjects(verb)):
        # ("the general told ...": a noun the tagger read as an adjective)
        return False
    if frame.get("named_subject") and not any(s.ent_type_ == "PERSON" or s.lower_ in ("he", "she")
                                              for s in _subjects(verb)):
        return False  # "Lyle took over the mission", not "the rebels took over the church"
    if frame.get("prep") and not any(
            p.dep_ in ("prep", "dative") and p.lower_ in frame["prep"].split("|") and any(
                o.dep_ == "pobj" and _kind_in(frame["prep_kind"], _frame_kinds(o)) and (
                    not frame.get("prep_named") or o.pos_ == "PROPN" or "institution" in _frame_kinds(o))
                or o.dep_ == "pcomp" and o.tag_ == "VBG" and _gerund_fits(o, frame) for o in p.children)
            for p in kids + [c for t in themes or [k for k in kids if k.dep_ == "dobj"] for c in t.children] +
            [c for k in kids if k.dep_ == "xcomp" and frame.get("verb_complement") for c in k.children]):
        # ("operations at the mine ceased", "flew dispatches between X and Y", "learnt to fly at X")
        return False
    return True


def _titled_kinds(tok) -> frozenset[str]:
    """A noun's kinds with those of a title it is named by: "Secretary of State", "the governor Karl Lind"
    (a proper noun read as the common noun it spells; a compound before the name)."""
    kinds = _frame_kinds(tok)
    for t in (tok, *(c for c in tok.children if c.dep_ == "compound")):
        if t.pos_ == "PROPN" or t is not tok:
            kinds |= wordnet.noun_kinds(t.lower_)
    return kinds


def _in_quantity(noun) -> bool:
    """Goods in quantity: a plural, a mass noun with no "a" ("corn", "seed"), or a list ("corn and oxen");
    not one thing ("a birthday cake")."""
    return noun.tag_ == "NNS" or bool(noun.conjuncts) or noun.tag_ == "NN" and not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in noun.children)


def _held_captive(verb, themes: list) -> bool:
    """Someone held against his will: told by the passive ("was held on Ustica"), by how long ("for five
    years", "until the peace") or by a captor that is a state, a people, an army or an authority ("the
    Dutch held him"); never with a body part ("held her son in her arms": an embrace)."""
    kids = list(verb.children)
    pobjs = [o for h in (verb, *themes) for p in h.children if p.dep_ == "prep"
             for o in p.children if o.dep_ == "pobj"]
    if any(o.pos_ == "NOUN" and "body_part" in wordnet.noun_kinds(o.lemma_.lower()) for o in pobjs):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return True
    if any(p.dep_ == "prep" and (p.lower_ in cues()["until_words"] or p.lower_ == "for" and any(
            o.ent_type_ in ("DATE", "TIME") or wordnet.lexname(o.lemma_.lower(), "n") == "noun.time"
            for o in p.children)) for p in kids):
        return True
    return any(s.ent_type_ in ("GPE", "NORP", "ORG") or _kind_in("authority|organization", _titled_kinds(s))
               for s in _subjects(verb))


def _has_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _gerund_noun(tok, lex) -> str | None:
    """An "-ing" word the tagger read as a verb that a determiner makes a noun ("after the rising of
    July 1848", "the rising at Kilrush was put down"): the lexicon's noun of its written form, when
    its "of" object fits the noun's rule (if_object_kind)."""
    if tok.tag_ != "VBG" or tok.lower_ not in lex.nouns or not any(
            c.dep_ == "det" and c.i < tok.i for c in tok.children):
        return None
    rule = lex.noun_rules.get(tok.lower_)
    if rule is not None and rule.if_object_kind and not _of_fits(tok, rule.if_object_kind):
        return None
    return tok.lower_


def _of_fits(noun, kind: str) -> bool:
    """The noun's "of" objects, if it has any, are dates or of the kind ("the rising of July 1848",
    "of the weavers"; not "the rising of the river")."""
    return all(o.ent_type_ in ("DATE", "TIME") or _kind_in(kind, _frame_kinds(o)) for o in _of_objects(noun))


def _of_objects(noun) -> list:
    """The objects of the noun's "of" ("the capture of the ships", "the rising of July 1848")."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _gerund_of_a_thing(noun) -> bool:
    """"The shooting of the film", "the firing of the kiln": an "-ing" noun whose "of" object is a
    thing acted on (no one, no place, no body of people): the WordNet sense of its verb misleads."""
    if not noun.lower_.endswith("ing"):
        return False
    objs = _of_objects(noun)
    return bool(objs) and not any(o.ent_type_ or o.pos_ in ("PROPN", "PRON") or _kind_in(
        "animate|place|building|vessel|organization|institution", _frame_kinds(o)) for o in objs)


def _charged_with_or_for(verb) -> bool:
    """A verb's first WordNet sense misleads when it takes a task or an offence after "with" (a
    gerund, or a noun with one: "with building a bridge", "with the task of rebuilding the walls")
    or a sum of money for its object ("charged ten shillings"): a commission or a price, no act on
    anyone."""
    for c in verb.children:
        if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in c.subtree)):
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                o.dep_ == "pcomp" and o.tag_ == "VBG" or o.dep_ == "pobj" and any(
                    p.dep_ == "prep" and p.lower_ == "of" and any(g.tag_ == "VBG" for g in p.children)
                    for p in o.children) for o in c.children):
            return True
    return False


def _gerund_fits(gerund, frame: dict) -> bool:
    """A deed told by a gerund after the frame's preposition is of the frame's prep_gerund_synsets
    ("charged him with inciting a riot": a crime; "with building a bridge": a task)."""
    wanted = frame.get("prep_gerund_synsets")
    return bool(wanted) and wordnet.verb_has_sense(gerund.lemma_.lower(), tuple(wanted), 4, 3)


def _frame_kinds(tok) -> frozenset[str]:
    """A noun's kinds, and for a plural those of its written form too: "the glassworks" is a
    workplace though its lemma is "glasswork" (an artefact)."""
    kinds = wordnet.object_kinds(tok)
    if tok.tag_ == "NNS" and tok.ent_type_ == "" and tok.lower_ != tok.lemma_.lower():
        kinds |= wordnet.noun_kinds(tok.lower_)
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ in ("NOUN", "PROPN") and before is not None and before.dep_ == "compound" and before.head.i == tok.i:
        kinds |= wordnet.noun_kinds(f"{before.lower_}_{tok.lemma_.lower()}")  # "savings bank": not a river's
    return kinds


def _intransitive(verb) -> bool:
    """An active verb with no object ("the school closed"): its subject undergoes the act."""
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children)


# A word the lexicon lacks: the detector's probability that it tells a happening, and the WordNet
# score it needs. Told as a happening (>= DETECTED): WordNet's own minimum (wordnet_anchors.json).
# Doubtful (or no detector model): a near anchor only. Below DOUBTFUL: never.
DETECTED = 0.5
LIGHT_BECOME = frozenset(("become", "turn"))  # "became a communist": membership (wordnet.member_noun)
OFFICE_TYPE = "assignment"  # "became Premier": an office (wordnet.noun_kinds "office") taken
DOUBTFUL = 0.05
OBJECT_EVENT_KINDS = frozenset(("operation", "journey"))  # object kinds that are events themselves
ACCIDENT_TYPES = frozenset(("killing",))  # "was killed" in an accident: ...
ACCIDENT_DEATH = "death"  # ... a death
WORDNET_ALONE = 0.7


# a directive (or a support verb typed only through WordNet) whose object is an event noun is that
# event's cause ("ordered his execution": the execution, its agent the one who ordered it); a publication verb with a that-clause reports content
# ("wrote that the war was lost": an attribution, not a work)
DIRECTIVE_TYPE = "appeal"
REPORTING_TYPE = "publication"


def _names_a_kind(noun) -> bool:
    """A noun before another that it classifies, not an event told: "the strike force", "an invasion
    force" (a group named by its task), "the election bill", "the deportation act" (a law named by
    its subject)."""
    if noun.dep_ not in ("compound", "nmod"):
        return False
    head = noun.head
    return head.lemma_.lower() in cues()["group_nouns"] or bool(
        wordnet.object_kinds(head) & {"animate", "legal_document"})


def _counted_measure(noun) -> bool:
    """A counted plural a word the lexicon lacks names as a measure ("won the seat by forty votes",
    "a majority of 12 votes"), not acts told one by one."""
    return noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in noun.children)


IDIOM_PREPS = frozenset(("in", "under", "on"))


def _prepositional_idiom(noun) -> bool:
    """A bare singular noun after "in", "under" or "on" with an "of" group ("in charge of the hospital",
    "on behalf of"): a fixed phrase that chooses another sense of the noun than WordNet's first (a
    charge of cavalry), so no event WordNet could type."""
    return noun.dep_ == "pobj" and noun.head.lower_ in IDIOM_PREPS and noun.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


GERUND_PREPS = frozenset(("on", "upon", "after", "before", "while", "without", "by"))


def _verbal_gerund(noun) -> bool:
    """A bare "-ing" word after a preposition of time or manner, used as a verb ("on hearing of the
    plan", "after learning that"): not the noun WordNet lists ("a hearing")."""
    return noun.lower_.endswith("ing") and noun.dep_ == "pobj" and noun.head.lower_ in GERUND_PREPS and not any(
        c.dep_ in ("det", "poss", "amod", "nummod") for c in noun.children)


def _not_its_own_event(trig, nominal_heads: set[int], verb_heads: set[int] = frozenset()) -> bool:
    """A verb trigger that only carries another event or reports a claim, not an event of its own."""
    if trig.nominal or len(trig.tokens) != 1:
        return False
    h = trig.head
    lemma = h.lemma_.lower()
    kids = list(h.children)
    if (trig.type == DIRECTIVE_TYPE or trig.source == "wordnet") and lemma in cues()["support_verbs"]:
        # "launched an offensive": the offensive, not a founding WordNet finds in "launch"
        # "ordered colonel Weiss to march on Tarvis": the march is the event, not an appeal
        return any(c.dep_ == "dobj" and c.i in nominal_heads for c in kids) or any(
            c.dep_ in ("xcomp", "ccomp") and c.i in verb_heads for c in kids) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(v.i in verb_heads for v in c.children) for c in kids)
    if trig.type == REPORTING_TYPE and lemma in cues()["reporting_verbs"]:
        return any(c.dep_ == "ccomp" for c in kids)
    return False


def occurs(noun) -> bool:
    """The noun is told as happening by an occurrence verb whose subject it is: "the storming took
    place on ...", "The Sack of X, which occurred in ...", "the siege began in May" (cues.json
    occurrence_verbs; "take" only with "place", "break" only with "out"), never a verb with an object
    of its own ("the battle ended the war" tells the battle only as a cause)."""
    c = cues()
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [r for r in noun.children if r.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.tag_ in ("WDT", "WP") for s in r.children)]
    for v in verbs:
        if v.pos_ != "VERB":
            continue
        lemma = v.lemma_.lower()
        kids = list(v.children)
        particle = " ".join([lemma, *(x.lower_ for x in kids if x.dep_ == "prt")])
        obj = [x.lemma_.lower() for x in kids if x.dep_ == "dobj"]
        if lemma == "take" and obj == ["place"] or particle in c["occurrence_verbs"] and not obj:
            return True
        if lemma in c["occurrence_passives"] and (noun.dep_ == "nsubjpass" or v.dep_ == "relcl" and any(
                x.dep_ == "auxpass" for x in kids)):
            return True  # "a hearing was held at Ulm", "the election, which was held in May"
    return False


def counted(noun) -> bool:
    """"The deaths of eleven sailors", "the arrests of some forty weavers": an event noun whose "of"
    group is counted tells new events, not a mention of ones told before."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and (o.pos_ == "NUM" or any(c.dep_ == "nummod" for c in o.children)) for o in p.children)
        for p in noun.children)


def _someone(subj, kind: str) -> bool:
    """For a subject kind that names "person": a name (whatever the tagger took it for: "the
    Huguenots", "Cromwell") or a pronoun for people ("they")."""
    return "person" in kind.split("|") and (
        subj.pos_ == "PROPN" or subj.pos_ == "PRON" and subj.lower_ in cues()["person_pronouns"])


def _gerund_of(noun, lex) -> VerbRule | None:
    """"The burning of the cathedral", "the sinking of the brig": a gerund with an "of" object tells its
    verb's act on that object, typed as the verb is with that object as its direct object (so "the
    burning of coal" tells nothing: coal is no place or building). Only rules that need nothing but an
    object: a rule that needs a place, a preposition, a subject or the passive cannot be checked here;
    a rule that a hazard may not fulfil needs someone named by "by" when a ship is the object (ships
    sink and burn by accident as often as by attack; a town or a chapel burned in history was burned)."""
    if noun.tag_ != "NN" or not noun.lower_.endswith("ing") or any(c.dep_ == "compound" for c in noun.children):
        return None
    verb = wordnet.verb_of_form(noun.lower_, ("ing",))
    if verb is None or verb in lex.not_triggers:
        return None
    objs = _of_objects(noun)
    if not objs:
        return None
    kinds = frozenset().union(*(_frame_kinds(o) for o in objs))
    for rule in (*lex.object_verbs.get(verb, ()), *lex.verbs.get(verb, ())):
        if rule.prep or rule.prep_objects or rule.prep_kind or rule.subject_kind or rule.passive or \
                rule.needs_place or rule.needs_agent or rule.people_patient:
            continue
        if rule.objects and not any(o.lemma_.lower() in rule.objects for o in objs):
            continue
        if any(k and not _kind_in(k, kinds) for k in (rule.object_kind, rule.if_object_kind)) or (
                rule.not_object_kind and _kind_in(rule.not_object_kind, kinds)):
            continue
        if rule.needs_entity_object and not any(o.ent_type_ or o.pos_ == "PROPN" for o in objs):
            continue  # "the sacking of Rome", not "of the minister"; "the creating of the duke": no one named
        if rule.type in lex.person_patient_types and "person" not in kinds:
            continue  # "the shooting of the film", "the freeing of the river": no one acted on
        if rule.not_subject_kind and "vessel" in kinds and not any(  # "the sinking of the Titanic": a wreck
                _kind_in("animate", _frame_kinds(a)) and not _kind_in(rule.not_subject_kind, _frame_kinds(a))
                for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                for a in p.children if a.dep_ == "pobj"):  # as often as an attack, unless someone did it
            continue
        return rule
    return None


def _named_event_type(tok, lex) -> str | None:
    """The type of an event named by a capitalised noun ("the Storming", "the Sack", "the Massacre"):
    the lexicon's noun, or the verb a gerund is made from ("Burning" -> burn)."""
    lower = tok.lower_
    if lower in lex.nouns:
        return lex.nouns[lower]
    hit = _nominalised(lower, lex) if lower.isalpha() else None
    return hit[0] if hit else None


def _predicative_participle(tok) -> bool:
    """A past participle the tagger read as an adjective, said of the subject by "be" ("they were
    married", "was married in Paris"), not one before a noun ("a married man", "a targeted
    advertisement") nor after another verb ("seemed exhausted")."""
    if tok.tag_ not in ("JJ", "VBN"):
        return False
    if tok.dep_ == "acomp":
        return tok.head.lemma_ == "be"
    return tok.dep_ == "ROOT" and any(c.dep_ in ("auxpass", "aux", "cop") and c.lemma_ == "be" for c in tok.children)


def _became_adjective(verb, lex) -> str | None:
    """The type of "became independent": an adjective of the lexicon's become_adjectives, said of
    a state or a people (a named place or group), never of a person ("he became independent")."""
    acomp = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
    if acomp is None or acomp.lemma_.lower() not in lex.become_adjectives:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.ent_type_ in ("GPE", "NORP", "ORG") or (
            subj.pos_ == "PROPN" and subj.ent_type_ == "") or wordnet.object_kinds(subj) & {"place", "organization"}):
        return None
    return lex.become_adjectives[acomp.lemma_.lower()]


def _object_of_kind(verb, kind: str) -> bool:
    """The verb's object (or passive subject) is of the WordNet kind ("ships": a thing)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(kind in wordnet.object_kinds(o) for o in objs)


def _subject_of_kind(verb, kind: str) -> bool:
    """The verb's subject, or a passive's "by" phrase, is of the WordNet kind ("the fire": a hazard)."""
    subj = _subjects(verb) + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(kind in wordnet.object_kinds(s) for s in subj)


def _subjects(verb) -> list:
    """The verb's active subjects, a relative pronoun read as the noun it stands for ("the Stella,
    which sailed on 4 April": the ship sailed)."""
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            out.append(verb.head if verb.dep_ == "relcl" and c.tag_ in ("WDT", "WP") else c)
    return out


def _relative_object(verb) -> bool:
    """A relative clause whose own subject acts on the noun it describes ("the treaty (that) Benda
    signed in Linz"): the noun is the verb's object, the relative pronoun (if any) stands for it."""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children) and not any(
        c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _carries_operation(verb, lex) -> bool:
    """The verb's object (or passive subject) is a campaign or an operation, an event WordNet types
    too loosely to tell on its own ("directed the operation", "commanded the campaign")."""
    return any(o.lemma_.lower() in lex.not_triggers or wordnet.object_kinds(o) & OBJECT_EVENT_KINDS
               for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def _act_object(verb) -> bool:
    """The verb's objects are acts ("a recount", "the closure of the mill"), not things."""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.pos_ == "NOUN" and wordnet.event_noun(o.lemma_.lower()) for o in objs)


def _clausal_complement(verb) -> bool:
    """"ordered the army to withdraw", "ordered that the gates be shut": the order carries an act."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _reduced_relative(verb) -> bool:
    """A past participle after its noun, with no "be" ("the troops sent by the governor", "a
    petition signed by 300 weavers"): a passive whose subject is the noun it follows."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")


def _agents(head) -> list:
    """Who does it: the "by" phrase of a passive, a participle or a noun, else the active subject."""
    by = [o for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
          for o in c.children if o.dep_ == "pobj"]
    if by or head.pos_ != "VERB":
        return by
    return [c for c in head.children if c.dep_ == "nsubj"]


def _type_by_agent(trig, lex) -> str | None:
    """The type an event takes when its doer is of a kind the type's agent_kind_types names: a
    company that resettles villagers moves its workers, it deports no one (triggers.json)."""
    table = lex.role_of(trig.type, "agent_kind_types")
    if not table:
        return None
    for agent in _agents(trig.head):
        kinds = wordnet.noun_kinds(agent.lemma_.lower()) if agent.pos_ in ("NOUN", "PROPN") else frozenset()
        for kind, etype in table.items():
            if kind in kinds:
                return etype
    return None


def _type_by_destination(trig, lex) -> str | None:
    """The type a flight takes when it goes to a common-noun place, not to another side ("the
    villagers fled to the hills": a movement; "fled to Japan": a defection; triggers.json
    common_destination_type)."""
    etype = lex.role_of(trig.type, "common_destination_type")
    last = trig.tokens[-1]
    if not etype:
        return None
    if last.dep_ == "prep":
        dest = [o for o in last.children if o.dep_ == "pobj"]
    else:  # "sought refuge in the church", "took refuge with relatives"
        dest = [o for t in (last, trig.head) for p in t.children if p.dep_ == "prep" and p.lower_ in REFUGE_PREPS
                for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in (
                    "DATE", "TIME")]  # (not "in 1737")
    return etype if dest and all(_common_refuge(o) for o in dest) else None


REFUGE_PREPS = frozenset(("in", "at", "with", "among", "inside", "within"))


def _common_refuge(noun) -> bool:
    """A place one hides in, not another state: a common noun ("the hills", "the church",
    "relatives") that is no state's territory, or a named building ("the Legation Quarter")."""
    if noun.pos_ == "PROPN" and noun.ent_type_ == "FAC":
        return True
    return noun.pos_ == "NOUN" and not _of_a_state(noun)


def _type_by_particle(trig, lex) -> str | None:
    """The type a verb takes with a particle (triggers.json particle_types): "were sent on to
    Folkestone" is onward travel, not a posting."""
    table = lex.role_of(trig.type, "particle_types")
    if not table or trig.nominal:
        return None
    return next((table[c.lower_] for c in trig.head.children if c.dep_ == "prt" and c.lower_ in table), None)


def _type_by_addressee(trig, lex) -> str | None:
    """The type a verb takes when it is addressed "to" someone (triggers.json addressee_type): "wrote
    to the emperor", "wrote a letter to the council" is a message sent, not a work published."""
    etype = lex.role_of(trig.type, "addressee_type")
    if not etype or trig.nominal or (trig.rule is not None and trig.rule.object_kind):
        return None  # ("delivered its report to the Senate": a report laid before a body is published)
    h = trig.head
    holders = [h, *(c for c in h.children if c.dep_ == "dobj")]
    if any("report" in wordnet.object_kinds(o) for o in holders[1:]):
        return None
    return etype if any(p.dep_ in ("prep", "dative") and p.lower_ == "to" and any(
        o.dep_ == "pobj" and "animate" in wordnet.object_kinds(o) for o in p.children)
        for t in holders for p in t.children) else None


def _of_a_state(noun) -> bool:
    """The noun is a named state's or people's ("Soviet territory", "the territory of Japan")."""
    named = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
    named += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in named)


MEANS_PREPS = frozenset(("by", "through", "via"))


def _means(noun) -> bool:
    """A bare singular noun after "by" ("secured the port by treaty", "won by conquest") names a
    manner, not an event told: no determiner, number or modifier makes it one happening."""
    return noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS and noun.tag_ == "NN" and \
        noun.ent_type_ == "" and not any(True for _ in noun.children)


def _intended(noun) -> bool:
    """An event noun as what someone seeks, plans or hopes for ("sought an alliance", "planned an
    invasion", "resolved on the expulsion of", "hoped for peace"): an intention, not an event told;
    or as what was averted ("escaped death", "prevented the invasion"); or an act weighed, not yet one
    that happened ("considered an appeal"; but "considered his appeal": his appeal was made)."""
    c = cues()
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else (
        noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in c["intent_preps"] else None)
    while verb is not None and verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head
    return verb is not None and verb.pos_ == "VERB" and (verb.lemma_.lower() in c["intent_verbs"] or (
        noun.dep_ == "dobj" and verb.lemma_.lower() in c["averting_verbs"]) or (
        noun.dep_ == "dobj" and verb.lemma_.lower() in c["deliberation_verbs"] and not any(
            d.dep_ == "poss" or d.dep_ == "det" and d.lower_ not in ("a", "an") for d in noun.children)))


def _fatal(verb, lemma: str) -> tuple[str, float] | None:
    """A verb one of whose senses is a way of dying ("drowned", "starved", "succumbed": its first
    sense may be another) used without an object is a death; with someone as its object, a killing
    ("drowned the prisoners")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs and wordnet.sense_under(lemma, "die.v.01"):
        return "death", 0.8
    if objs and wordnet.sense_under(lemma, "kill.v.01") and any("animate" in wordnet.object_kinds(o) for o in objs):
        return "killing", 0.8
    return None


def _of_kind(noun, *kinds: str) -> bool:
    """The noun's "of" object is a thing of one of the kinds ("the capture of the ships": a thing)."""
    return any(wordnet.object_kinds(o) & set(kinds) and "person" not in wordnet.object_kinds(o)
               for o in _of_objects(noun))


def _accident(verb) -> bool:
    """A passive killing with no one named as its doer, told as an accident: conjoined to a fall
    ("fell into a crevasse and was killed", a verb of motion in WordNet) or caused by a hazard
    ("killed in an avalanche"); or a hazard or an illness as the subject ("cholera killed hundreds"):
    a death, not a killing."""
    kids = list(verb.children)
    if any(c.dep_ == "nsubj" and "hazard" in _common_kinds(_antecedent(c)) for c in kids):
        return True  # "cholera killed hundreds", "the flood killed forty people": deaths
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) and not (verb.dep_ == "conj" and verb.tag_ == "VBN"):
        return False
    if any(c.dep_ == "agent" and any(o.ent_type_ or o.pos_ == "PRON" or "animate" in wordnet.object_kinds(o)
                                     for o in c.children) for c in kids):
        return False
    preps = [p for p in kids if p.dep_ in ("prep", "agent")]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        head = verb.head
        if not any(c.dep_ in ("dobj", "auxpass") for c in head.children) and wordnet.verb_lexname(
                head.lemma_.lower()) == "verb.motion":
            return True
        preps += [p for p in head.children if p.dep_ == "prep"]
    return any(o.dep_ == "pobj" and "hazard" in wordnet.object_kinds(o) for p in preps for o in p.children)


def _antecedent(tok):
    """"It" read as the noun it stands for: the nearest noun subject before it, in its sentence or the
    one before ("The cholera reached the valley in 1832. It killed ..."); any other word as itself."""
    if tok.lower_ != "it" or tok.pos_ != "PRON":
        return tok
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for j in range(tok.i - 1, start - 1, -1):
        cand = tok.doc[j]
        if cand.dep_ in ("nsubj", "nsubjpass") and (cand.pos_ == "NOUN" and cand.tag_ == "NN" or _initial_common(cand)):
            return cand
    return tok


def _initial_common(tok) -> bool:
    """A sentence's first word, read as a name only for its capital, that WordNet knows as a common
    noun of some kind ("Typhus broke out ...", "Smallpox reached ...")."""
    return tok.pos_ in ("PROPN", "NOUN") and tok.i == tok.sent.start and tok.text[:1].isupper() and not any(
        c.dep_ == "compound" for c in tok.children) and bool(wordnet.noun_kinds(tok.lower_))


def _common_kinds(tok) -> frozenset[str]:
    """object_kinds, reading a sentence-initial common noun tagged as a name as the noun it is."""
    return wordnet.noun_kinds(tok.lower_) if _initial_common(tok) else wordnet.object_kinds(tok)


def _unlemmatised(verb, lex) -> str | None:
    """A listed verb the tagger left as it is written ("retook", "overran"): WordNet's base form of it."""
    word = verb.lower_
    if verb.lemma_.lower() == word and (base := wordnet.verb_of_form(word, ("",))) is not None and (
            base in lex.verbs or base in lex.object_verbs):
        return base
    return None


def _unprefixed(verb, lex) -> str | None:
    """A verb made by "re-" from a listed verb, which WordNet does not list itself ("refounded",
    "re-established"): the listed verb, whose type the repeated act has."""
    word = verb.lower_
    wn = wordnet.reader()
    if wn is None or not word.startswith("re") or len(word) < 6 or wn.morphy(word.replace("-", ""), "v"):
        return None
    rest = word[3:] if word.startswith("re-") else word[2:]
    base = wn.morphy(rest, "v") if rest.isalpha() else None
    return base if base and (base in lex.verbs or base in lex.object_verbs) else None


def _bare_participle(tok) -> bool:
    """A past participle opening a clause of its own, with no auxiliary and no subject ("Born in
    Tarvis, Hollinger ...", "Elected in 1920, she ..."): a passive, though no "was" says so."""
    return tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)


def _object_fits(verb, rule: VerbRule) -> bool:
    """A support verb tells the event only with the object its rule names: of a WordNet kind
    ("formed a committee": an organization; "pursued the enemy": someone animate), or a
    prepositional object ("brought the valley under the rule of Castile")."""
    kids = list(verb.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    objs = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not objs and not passive:  # "formed the X Commission to examine ...", parsed as a clause's subject
        objs = [s for c in kids if c.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in c.children)
                for s in c.children if s.dep_ == "nsubj"]
    if not objs and _reduced_relative(verb):
        objs = [verb.head]  # "the city captured by the Ottomans"
    objs += [c for o in objs for c in o.conjuncts]
    if _complement_excludes(verb, rule, objs):
        return False
    if rule.object_kind and not any(_kind_in(rule.object_kind, wordnet.object_kinds(o)) and not
                                    senses.idiom_object(o)
                                    or rule.subject_kind and "place" in rule.object_kind.split("|") and _unlabelled_name(o)
                                    for o in objs):
        return False
    if rule.not_subject_kind and _subject_of_kind(verb, rule.not_subject_kind):
        return False  # "the fire burned the archive": no one attacked it
    if rule.not_object_kind and any(_kind_in(rule.not_object_kind, wordnet.object_kinds(o)) for o in objs):
        return False  # "took his seat": a place to sit, not a place taken
    if rule.not_possessed and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and any(
            "person" in wordnet.object_kinds(g) for g in c.children if g.dep_ == "pobj")
            for o in objs if o.lemma_ in rule.not_possessed for c in o.children):
        return False  # "took his place in the choir", "took the place of his brother"
    if rule.subject_kind and not any(_kind_in(rule.subject_kind, wordnet.object_kinds(c)) for c in _subjects(verb)):
        return False
    if rule.subject_kind and not rule.object_kind and not rule.prep and objs and not any(
            "place" in wordnet.object_kinds(o) for o in objs):
        return False  # "the ship left port", not "the ship left behind three sailors"
    if not rule.prep and (rule.prep_objects or rule.prep_kind) and not any(
            c.dep_ == "advmod" and c.lemma_.lower() in rule.prep_objects or c.dep_ == "prep" and any(
                o.dep_ == "pobj" and (o.lemma_.lower() in rule.prep_objects or rule.prep_kind and _kind_in(
                    rule.prep_kind, wordnet.object_kinds(o))) for o in c.children) or c.dep_ == "advcl" and any(
                        o.dep_ == "nsubj" and rule.prep_kind and _kind_in(rule.prep_kind, wordnet.object_kinds(o))
                        for o in c.children) for c in kids):
        return False  # "lost at sea", "lost with the brig", "lost overboard", "lost when the brig went
        # down"; not "lost in the woods"
    if rule.prep and not any(p.dep_ in ("prep", "agent") and p.lower_ == rule.prep and _same_clause(p, verb) and any(
            c.dep_ == "pobj" and _prep_object_fits(c, rule) for c in p.children) for p in verb.subtree):
        return False
    return True


def _complement_excludes(verb, rule: VerbRule, objs=None) -> bool:
    """A preposition the rule excludes, other than one of a date ("was taken to the hospital by his
    wife": no capture; but "In 1750 ..."), a prepositional object of its not_prep_kind ("was seized
    with a fever", "marched on the parade ground"), or an object whose "of" object is of its not_of_kind
    ("reached the shore of despair", "lost his command of the language")."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    if rule.not_preps and any(c.lower_ in rule.not_preps and not any(
            o.ent_type_ in ("DATE", "TIME") or o.like_num for o in c.children) for c in preps):
        return True
    if rule.not_prep_kind and any(o.dep_ == "pobj" and _kind_in(rule.not_prep_kind, _frame_kinds(o))
                                  for c in preps for o in c.children):
        return True
    if objs is None:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(rule.not_of_kind) and any(_kind_in(rule.not_of_kind, _frame_kinds(g))
                                          for o in objs for g in _of_objects(o))


def _prep_object_fits(obj, rule: VerbRule) -> bool:
    """The object of a rule's preposition is one of its prep_objects or of its prep_kind ("under the
    rule of", "fell to the Ottomans"), a name no stage labelled counting as a place."""
    return obj.lemma_.lower() in rule.prep_objects or bool(rule.prep_kind) and (
        _kind_in(rule.prep_kind, _frame_kinds(obj)) or "place" in rule.prep_kind.split("|") and _unlabelled_name(obj))


def _noun_prep_fits(noun, rule: VerbRule) -> bool:
    """A noun whose rule names prepositions ("to|from") tells the event only with one of them and a
    fitting object, or an adverb among its prep_objects ("his return to Bergen", "his return home"; not
    "his return to health"), when no common noun before it classifies it ("his tax return"); with
    own_agent, only with its doer in its own phrase, a possessor or an "of" object ("the return of the
    army"), never whoever else the sentence names."""
    kids = list(noun.children)
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids):
        return False
    if rule.own_agent and not (any(c.dep_ == "poss" for c in kids) or _of_objects(noun)):
        return False
    return any(c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in rule.prep_objects or
               c.dep_ == "prep" and c.lower_ in rule.prep.split("|") and any(
                   o.dep_ == "pobj" and _prep_object_fits(o, rule) for o in c.children) for c in kids)


def _unlabelled_name(tok) -> bool:
    """A name reached, crossed or travelled to that no stage labelled ("we reached Flushing", "sailed
    from Hull", "studied at Abo"): a person or a body would have been labelled, so it is a place."""
    return tok.tag_ == "NNP" and tok.ent_type_ == "" and not wordnet.object_kinds(tok)  # (not "the Jesuits")


def _kind_in(spec: str, kinds: frozenset[str]) -> bool:
    """A rule's kind, or kinds joined by "|" ("animate|vessel": a party or a ship), is among the noun's."""
    return any(k in kinds for k in spec.split("|"))


def _same_clause(tok, verb) -> bool:
    """No other full verb between the token and the verb it hangs from: "brought X (of what is now
    Y) under the rule of Z" still hangs from "brought" though the parser attaches "under" to "is"."""
    cur = tok.head
    while cur != verb:
        if cur.pos_ == "VERB" or cur.head == cur:
            return False
        cur = cur.head
    return True


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

"""How sure the text is that an event happened, and on whose word; and whether it happened at all
(a plan, a purpose or a condition is not an event).

The attribution stage gives sentence-level certainty; local cues refine it per trigger: negation
("did not break"), hedges ("may have", "possibly"), report adverbs ("reportedly"), a reporting clause
("As Medvedev pointed out, ..."), and competing accounts ("Other theories hold that ...").
"""
from __future__ import annotations

from ..model import Attribution
from .context import DocIndex
from . import wordnet
from .lexicon import cues

RANK = {"asserted": 0, "reported": 1, "hedged": 2, "disputed": 3, "negated": 4}
# relations that join a clause told beside another (an adverbial, relative or loose clause) or a
# subject: a cue of the other clause (a denial, an accusation, a question) does not reach across them
ASIDE_DEPS = ("advcl", "relcl", "acl", "parataxis", "appos")


def stronger(a: str, b: str) -> str:
    return a if RANK.get(a, 0) >= RANK.get(b, 0) else b


def irrealis(trig, idx: DocIndex) -> str | None:
    """Why a trigger tells of no past event: "plan", "purpose", "condition", "modal" or "present";
    None for a trigger that tells of something that happened."""
    c = cues()
    h = trig.head
    if trig.nominal:
        if h.dep_ == "pobj" and h.head.lower_ in c["irrealis_preps"]:
            return "purpose"
        verb = h.head if h.dep_ in ("dobj", "nsubjpass") else (
            h.head.head if h.dep_ == "pobj" and h.head.dep_ == "prep" else None)
        if verb is not None and verb.pos_ == "VERB":
            # "to stop the fighting", "would launch an attack", "so that the army could proceed on its invasion"
            why = _verb_irrealis(verb, c, 1)
            # a noun in a prepositional phrase of a to-infinitive may name what exists ("willing to
            # include them in a plan for the assassination"): only a modal or condition makes it unreal
            if why in (("plan", "purpose", "condition", "modal") if h.dep_ != "pobj" else ("condition", "modal")):
                return why
        return None
    return _verb_irrealis(h, c, 0)


def _verb_irrealis(h, c, depth: int) -> str | None:
    children = list(h.children)
    aux_to = any(x.dep_ == "aux" and x.tag_ == "TO" for x in children)
    modals = [x for x in children if x.dep_ == "aux" and x.tag_ == "MD"]
    past_aux = any(x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBN") for x in children)
    if aux_to and _ability_used(h, c):  # "were able to enter the city": they entered it, unless
        return _verb_irrealis(h.head.head, c, depth + 1)  # "if they were able to ..."
    if aux_to and _obligation_met(h, c):  # "he had to flee": he fled
        return _verb_irrealis(h.head, c, depth + 1)
    if aux_to:
        parent = h.head.lemma_.lower()
        if parent not in c["implicatives"] and parent not in c["negative_implicatives"] and not (
                h.dep_ == "xcomp" and hearsay_frame(h.head) and any(x.lemma_ == "have" for x in children)):
            return "plan"  # but "he is said to have killed": a reported past event
    if modals:
        perfect = any(x.dep_ == "aux" and x.lemma_ == "have" for x in children)
        if not (perfect and modals[0].lower_ in c["modals_hedged_perfect"]):
            return "modal"
    if any(x.dep_ == "mark" and x.lower_ in c["irrealis_marks"] for x in children) or (
            _inverted_condition(h) and not negated_condition(h)):
        return "condition"
    if h.dep_ == "pcomp" and h.head.lower_ in c["irrealis_preps"]:
        return "purpose"
    if h.dep_ in ("xcomp", "acl") and h.head.lemma_.lower() in c["irrealis_heads"] or _ordered_participle(h, c):
        return "plan"
    if h.dep_ == "acl" and h.tag_ == "VBG" and h.head.pos_ == "NOUN" and \
            "directive" in wordnet.noun_kinds(h.head.lemma_.lower()):
        return "plan"  # "a decree banishing the Jesuits", "an order expelling me": ordered, not done
    if h.dep_ == "xcomp" and depth < 3 and h.head.pos_ in ("VERB", "AUX"):
        why = _verb_irrealis(h.head, c, depth + 1)  # "told them to stop fighting": a plan too;
        if why in ("plan", "purpose", "condition", "modal", "present"):  # "until sanctions force him
            return why  # to withdraw": as present (or as unreal) as the verb that frames it
    if h.dep_ == "conj" and depth < 3 and h.head.pos_ in ("VERB", "AUX") and not any(
            x.dep_ in ("nsubj", "nsubjpass") for x in children):
        why = _verb_irrealis(h.head, c, depth + 1)
        if why:
            return why
    if not modals and not past_aux and not aux_to:
        if h.tag_ in ("VBZ", "VBP"):
            return "present"
        if h.tag_ == "VB" and not (h.lemma_.lower() == h.lower_ and wordnet.verb_of_form(h.lower_, ("",))):
            return "modal"  # (not "retook": a past form the tagger took for a base form and left unlemmatised)
    return None


def _ordered_participle(h, c) -> bool:
    """"ordered the village burned", "ordered the envoy arrested", "ordered the rebels executed": a bare
    participle that tells what was ordered is bidden, not told done ("..., but the troops refused")."""
    if h.tag_ not in ("VBN", "VBD") or any(x.dep_ in ("aux", "auxpass", "mark", "agent") for x in h.children):
        return False
    if h.dep_ in ("xcomp", "ccomp", "oprd"):
        return h.head.lemma_.lower() in c["order_verbs"]
    return h.dep_ == "acl" and h.tag_ == "VBN" and h.head.dep_ == "dobj" and h.head.head.lemma_.lower() in c[
        "order_verbs"]


def _inverted_condition(h) -> bool:
    """"Had the general arrived a day earlier, he would have ...", "Were the city to fall, ...", "the
    fleet, had it sailed, would have ...", "would have fallen had the army not arrived": a clause that
    opens with its auxiliary before its subject is a condition without "if" (the parse may hang the
    auxiliary elsewhere: then a modal of the main clause must show the sentence counterfactual)."""
    if any(x.dep_ == "mark" for x in h.children):
        return False
    c = cues()
    subjects = [x for x in h.children if x.dep_ in ("nsubj", "nsubjpass")]
    if h.dep_ == "advcl":
        first = h.left_edge
        if first.head == h and first.dep_ in ("aux", "auxpass") and first.lower_ in c["inverting_auxiliaries"] \
                and subjects and first.i < subjects[-1].left_edge.i:
            return True
    if h.dep_ == "ROOT" or h.sent[-1].text == "?":
        return False
    doc = h.doc
    for s in subjects:
        i = s.left_edge.i - 1
        if i >= h.sent.start and doc[i].lower_ in c["inverting_auxiliaries"] and doc[i].tag_ == "VBD" and i < h.i \
                and any(t.tag_ == "MD" and t.head != h and t.lower_ in c["counterfactual_modals"] for t in h.sent):
            return True
    return False


def negated_condition(h) -> bool:
    """"would have fallen had the army not arrived": a negated condition without "if" in a
    counterfactual says the act happened."""
    return _inverted_condition(h) and any(x.dep_ == "neg" for x in h.children)


def not_until(h) -> bool:
    """"did not reach Kokand until March 1856", "was not released until the war ended": a negation with
    "until" tells that the act happened, and when (later than expected), not that it did not."""
    if not any(x.dep_ == "neg" for x in h.children):
        return False
    until = cues()["until_words"]
    return any(
        c.dep_ == "prep" and c.lower_ in until and any(o.dep_ == "pobj" for o in c.children) or
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in until for m in c.children)
        for c in h.children)


def _ability_used(h, c) -> bool:
    """"They were able to enter the city", "had been able to escape": an ability told in a past tense
    (no modal, no negation) implies that the act was done; "will be able to", "were not able to" do not."""
    adj = h.head
    if h.dep_ != "xcomp" or adj.lemma_.lower() not in c["past_ability_adjectives"] or adj.dep_ != "acomp":
        return False
    cop = adj.head
    if cop.lemma_ != "be" or cop.tag_ not in ("VBD", "VBN"):
        return False
    kids = [*cop.children, *adj.children]
    if any(x.dep_ == "neg" or x.lower_ in c["negators"] or x.tag_ == "MD" for x in kids):
        return False
    return cop.tag_ == "VBD" or any(x.dep_ == "aux" and x.lemma_ == "have" and x.tag_ == "VBD" for x in kids)


def _obligation_met(h, c) -> bool:
    """"He had to flee to London": an obligation told in the simple past is one that was met (the
    flight happened); "has to", "will have to", "would have had to", "did not have to" are not."""
    head = h.head
    if h.dep_ != "xcomp" or head.lemma_.lower() not in c["past_obligation_verbs"] or head.tag_ != "VBD":
        return False
    return not any(x.dep_ in ("neg", "aux") or x.lower_ in c["negators"] for x in head.children)


def hearsay_frame(verb) -> bool:
    """"He is said to ...", "was believed to have ...": a passive verb of report or belief with a
    to-infinitive frames what follows as hearsay; the telling itself is no event."""
    c = cues()
    if not (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in (*c["reporting_verbs"], *c["belief_verbs"])
            and (any(x.dep_ == "auxpass" for x in verb.children) or _reduced_passive(verb))):
        return False
    if any(x.dep_ in ("nsubjpass", "expl") and x.lower_ == "it" for x in verb.children) and any(
            x.dep_ == "ccomp" for x in verb.children):
        return True  # "it is said that he laughed"
    return any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in x.children)
               for x in verb.children)


def _reduced_passive(verb) -> bool:
    """"The garrison, said to number 900 men, ...": a participle set off by a comma after its noun is a
    passive without its auxiliary, whatever tag the parser gave it."""
    return verb.tag_ in ("VBN", "VBD") and verb.i > 0 and verb.doc[verb.i - 1].text == "," and \
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].tag_ == "TO"


def adverbial_date(h, timex_head) -> bool:
    """The date modifies the verb's clause, not one of its arguments: "No document of the 1280s
    supports ..." says nothing of the 1280s' events."""
    cur = timex_head
    for _ in range(12):
        if cur == h:
            return True
        if cur.head == cur or cur.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "csubj"):
            return False
        cur = cur.head
    return False


def before_a_date(adverb, dated=frozenset()) -> bool:
    """A hedge adverb right before a date or a phrase that is only a date ("burned probably in 1790",
    "It was probably in 1702 that ..."): the date is in doubt (its timex says so, EDTF '?'), as with a
    comma ("burned, probably in 1790"), not the event. ``dated``: as hedge_elsewhere's."""
    if adverb.i + 1 >= len(adverb.doc):
        return False
    nxt = adverb.doc[adverb.i + 1]
    if nxt.dep_ == "prep" and nxt.head in (adverb.head, adverb):
        objs = [t for t in nxt.subtree if t != nxt]
        return bool(objs) and any(t.i in dated or t.ent_type_ in ("DATE", "TIME") for t in objs) and all(
            t.i in dated or t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("DET", "ADP", "NUM", "PUNCT", "CCONJ")
            for t in objs)
    return nxt.i in dated or nxt.ent_type_ in ("DATE", "TIME")


def hedge_elsewhere(adverb, own, dated=frozenset()) -> bool:
    """A hedge adverb ("probably", "perhaps") that does not reach the clause ``own`` (a trigger's verb):
    one on a date ("was sacked, probably in 1241": the date is in doubt, and its timex says so, EDTF
    '?'), or one of another clause ("When the Tatars invaded Ruthenia, the abbey was
    probably sacked": not the invasion). A second verb sharing the hedged verb's subject shares its doubt
    ("was probably killed and buried at Ulm"). ``local`` reads the hedges of the trigger's own clause.
    ``dated``: the indices of the tokens of the time stage's dates."""
    if adverb.dep_ != "advmod" or adverb.lower_ not in cues()["hedged_adverbs"]:
        return False
    if before_a_date(adverb, dated):
        return True  # "It was probably in 1702 that ...": the date's doubt
    verb = adverb.head
    if verb.pos_ not in ("VERB", "AUX"):
        if any(t.i in dated or t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
            return True  # the date's doubt
        # on another adjunct ("burned, probably by the rebels"): the doubt of who or where, which an event
        # cannot hold, is its clause's
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
    if own == verb or own.dep_ == "conj" and own.head == verb and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
        return False
    return own not in verb.subtree or own.dep_ in ASIDE_DEPS + ("conj",)


def local(trig, sent, idx: DocIndex) -> tuple[str, str | None, bool]:
    """(certainty, attributed_to entity id, negated-by-implicative) from cues around the trigger."""
    c = cues()
    h = trig.head
    certainty = "asserted"
    source = None
    clause = h
    if trig.nominal:
        v = _verb_above(h)
        if v is not None and h.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj"):
            clause = v
    kids = list(h.children) + (list(clause.children) if clause != h else [])
    asked = questioned(clause)
    put = asked and negative_question(h.sent, clause)  # "Was the steward not dismissed?": a claim put
    asked_verb = asked_clause(h.sent) if asked else None
    # negation ("Didn't the Romans burn Carthage?" asks after a deed it takes as done: not negated)
    if any((x.dep_ == "neg" or (x.lower_ in c["negators"] and x.dep_ in ("advmod", "det"))) and
           not (asked and x.dep_ == "neg" and (put or x.head == asked_verb)) for x in kids) and not (
            not trig.nominal and (negated_condition(h) or not_until(h))):
        certainty = _negated_other(trig, h, clause, c) or "negated"
    if trig.nominal and _negative_existential(h):
        certainty = "negated"  # "there is no evidence of Soviet support"
    if not trig.nominal and no_one_did(h) and not (trig.rule is not None and trig.rule.negated_by_none):
        certainty = "negated"  # "no lives were lost", "nobody was arrested"
    if not trig.nominal and h.dep_ == "xcomp" and h.head.lemma_.lower() in c["negative_implicatives"]:
        certainty = "negated"
    if (denier := _denied(h)) is not None:  # "denied killing the merchant", "denied that he had ordered it"
        certainty = stronger(certainty, "disputed")
        source = _entity(next((x for x in denier.children if x.dep_ == "nsubj"), None), idx)
    if _alleged(h) is not None:  # "accused him of having urged the chiefs to refuse the tax"
        certainty = stronger(certainty, "reported")  # (no teller named: the parse often gives the
        # accuser as the agent of the deed too, and a teller who is the agent would undo the report)
    if asked:  # "Was the king murdered?": at most doubted; "Was he not murdered?": the asker's claim
        certainty = stronger(certainty, "reported" if put else "hedged")
    # adverbs and adjectives of report and doubt (also on the clause that contains the trigger)
    for x in kids:
        if x.dep_ != "advmod":
            continue
        low = x.lower_
        if low in c["reported_adverbs"]:
            certainty = stronger(certainty, "reported")
        elif low in c["hedged_adverbs"] and not before_a_date(x, idx.timex_of):
            certainty = stronger(certainty, "hedged")  # (not "burned probably in 1790": the date's doubt)
    if trig.nominal and any(x.dep_ == "amod" and x.lower_ in c["hedged_adjectives"] for x in h.children):
        certainty = stronger(certainty, "hedged")
    if not trig.nominal:
        modals = [x for x in h.children if x.dep_ == "aux" and x.tag_ == "MD"]
        if modals and modals[0].lower_ in c["modals_hedged_perfect"]:
            certainty = stronger(certainty, "hedged")
    # reporting and belief clauses above the trigger: "Other theories hold that he was captured"
    cur = clause
    for _ in range(6):
        if cur.head == cur:
            break
        dep = cur.dep_
        cur = cur.head
        lemma = cur.lemma_.lower()
        if dep == "xcomp" and hearsay_frame(cur):
            certainty = stronger(certainty, "hedged" if lemma in c["belief_verbs"] else "reported")
            continue
        if dep in ("ccomp", "conj") and cur.pos_ in ("VERB", "AUX"):
            if dep == "conj":
                continue
            subj = next((x for x in cur.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _disputing(subj, c):
                certainty = stronger(certainty, "disputed")
            elif lemma in c["belief_verbs"]:
                certainty = stronger(certainty, "hedged")
                source = source or _entity(subj, idx)
            elif lemma in c["reporting_verbs"]:
                certainty = stronger(certainty, "reported")
                source = source or _entity(subj, idx)
    # "As X pointed out, ..." / "according to X"
    for x in clause.children:
        if x.dep_ == "advcl" and any(m.lower_ == "as" and m.dep_ == "mark" for m in x.children):
            if any(t.lemma_.lower() in c["reporting_verbs"] for t in x.subtree):
                certainty = stronger(certainty, "reported")
                subj = next((s for s in x.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                source = source or _entity(subj, idx) or _first_actor(x, idx)
        if x.dep_ == "prep" and x.lower_ == "according":
            certainty = stronger(certainty, "reported")
            for t in x.subtree:
                if t.dep_ == "pobj":
                    source = source or _entity(t, idx)
    lowered = idx.text[sent.start_char:trig.start_char].lower()
    if any(p in lowered for p in c["dispute_phrases"]):
        certainty = stronger(certainty, "disputed")
    return certainty, source, False


def _negated_other(trig, h, clause, c) -> str | None:
    """The certainty of an event noun that is the subject of another, negated verb: a verb of
    knowing or proof denies the knowing, not the event ("the looting was never forgotten", "the
    massacre was never proved": hedged at most); a verb of what follows a deed denies only that
    ("the burning was never punished", "never avenged": asserted). None where the negation is the
    event's own ("no attack was noticed", "the attack never took place")."""
    if not trig.nominal or clause is h or h.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(x.dep_ == "det" and x.lower_ in c["negators"] for x in h.children):
        return None
    lemma = clause.lemma_.lower()
    if lemma in c["aftermath_verbs"]:
        return "asserted"
    if lemma in c["proof_verbs"] or wordnet.verb_lexname(lemma) in c["knowing_lexnames"]:
        return "hedged"
    return None


def _denied(tok):
    """The verb of denial whose complement or object holds the token ("denied killing the merchant",
    "denied that he had ordered the execution"): the act is contested, not told as fact; None if none.
    Only what the denial verb takes as its complement or object is denied ("denied the charge and
    fled": the flight is told as fact), and a denial denied ("nobody denies that ...") asserts."""
    c = cues()
    cur = tok
    for _ in range(6):
        if cur.dep_ == "acl" and cur.head.dep_ == "dobj" and any(
                x.dep_ == "mark" and x.lower_ == "that" for x in cur.children):
            cur = cur.head  # "denied the rumours that the rebels had burned the mill": what the rumours say
        if cur.dep_ in (*ASIDE_DEPS, "nsubj", "nsubjpass") or cur.head == cur:
            return None
        dep = cur.dep_
        cur = cur.head
        if cur.pos_ == "VERB" and cur.lemma_.lower() in c["denial_verbs"]:
            if dep not in ("ccomp", "xcomp", "dobj") or _negated_verb(cur, c):
                return None
            return cur
        if dep not in ("ccomp", "xcomp", "dobj", "pobj", "pcomp", "prep", "conj"):
            return None
    return None


def _negated_verb(verb, c) -> bool:
    """The verb is negated or has no one for its subject ("never denied", "nobody denies")."""
    return any(x.dep_ == "neg" or (x.dep_ == "advmod" and x.lower_ in c["negators"]) for x in verb.children) \
        or no_one_did(verb)


def _alleged(tok):
    """The word of accusation whose "of"/"with"/"for" complement holds the token ("accused X of having
    urged the chiefs", "charged him with inciting a riot", "arrested on suspicion of murdering"): what
    an accusation says was done is an allegation, not a fact the text tells; None if none."""
    c = cues()
    cur = tok
    for _ in range(5):
        if cur.head == cur or cur.dep_ in (*ASIDE_DEPS, "nsubj", "nsubjpass"):
            return None
        prep = first = cur.head
        while first.dep_ == "conj" and first.head.pos_ == "ADP" and first.head != first:
            first = first.head  # "accused him of meddling and of having urged ...": the first "of"
        if cur.dep_ in ("pcomp", "pobj") and first.dep_ == "prep" and prep.lower_ in c["allegation_preps"]:
            word = first.head
            if word.dep_ == "dobj" and word.lemma_.lower() not in c["allegation_words"]:
                word = word.head  # "accused his brother of poisoning their father", "of" on "brother"
            if word.lemma_.lower() in c["allegation_words"]:
                if cur is tok and cur.dep_ == "pobj" and tok.pos_ == "NOUN" and _definite(tok):
                    return None  # "blamed the Catholics for the burning of London": the deed was done;
                return word  # only who did it is alleged
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "dobj", "pobj", "pcomp", "prep"):
            return None
        cur = prep
    return None


def _definite(noun) -> bool:
    """A noun with a definite determiner or a possessor ("the murder of the bailiff", "his defeat")."""
    return any(x.dep_ == "det" and x.lower_ in ("the", "this", "that") or x.dep_ == "poss" for x in noun.children)


def questioned(tok) -> bool:
    """The token's clause is the one a yes/no question asks ("Did he really order the shooting?", "Was
    the king murdered?", "Is it true that X was shot?"): the text does not assert it. A wh-question
    ("Why did the council burn the records?", "Who killed the king?") presupposes its event, and a
    clause told beside the question (an adverbial, relative or coordinated clause, the statement before
    a tag "..., didn't he?") is not asked about."""
    asked, aux = _question(tok.sent)
    if asked is None:
        return False
    cur = tok
    for _ in range(12):
        if cur == asked:
            return True
        if cur.head == asked and cur.right_edge.i < aux.i:
            return False  # "The French took the town; did anyone stop them?": told before the question
        if cur.dep_ in ("acl", "relcl") and cur.tag_ == "VBN" and cur.head.dep_ == "nsubj" and \
                cur.head.head == asked and asked.dep_ == "ROOT" and asked.pos_ == "AUX" and \
                not any(x.tag_ in ("WDT", "WP") for x in cur.children):
            return True  # "Was the king really murdered ...?", parsed as a king who was murdered
        if _content_of_asked(cur, asked):
            return True
        if cur.dep_ in ASIDE_DEPS or cur.head == cur:
            return False
        cur = cur.head
    return False


def _content_of_asked(clause, asked) -> bool:
    """A clause that is what the question asks about though parsed as a noun's modifier: the content of
    the noun the asked copula predicates ("Is it (not) the case / a fact that X was arrested?"), or, in
    a negative question, the clause a cleft puts its focus in ("Was it not the Minister who dismissed
    him?": the asker claims the Minister did). A positive cleft question presupposes its act."""
    noun = clause.head
    if noun.head != asked or asked.lemma_ != "be" or noun.dep_ not in ("attr", "nsubj", "acomp"):
        return False
    if clause.dep_ == "acl":
        return any(x.dep_ == "mark" and x.lower_ == "that" for x in clause.children)
    if clause.dep_ == "relcl":
        cleft = any(x.dep_ in ("nsubj", "expl") and x.lower_ == "it" for x in asked.children)
        return cleft and negative_question(asked.sent)
    return False


def negative_question(sent, clause=None) -> bool:
    """A yes/no question whose asked verb or opening auxiliary is negated by "not" ("Did he not order
    ...?", "Wasn't the king murdered?", "Is it not the case that ...?"), or the clause it asks about
    (``clause``, as ``questioned`` found it: "Was the steward not dismissed?", parsed with "Was" as its
    verb): a rhetorical claim of the asker. "Was the letter never sent?" asks; it claims nothing."""
    asked, aux = _question(sent)
    if asked is None:
        return False
    heads = (asked, aux) + ((clause,) if clause is not None and clause != asked else ())
    return any(x.dep_ == "neg" and x.lower_ in ("not", "n't") for t in heads for x in t.children)


def asked_clause(sent):
    """The verb of a yes/no question: the sentence ends in "?" and an auxiliary comes before its
    subject with no wh-word before it ("Did the Romans burn Carthage?", "In 1610, was he murdered?");
    None for a statement or a wh-question."""
    return _question(sent)[0]


def _question(sent):
    """(the verb a yes/no question asks, its opening auxiliary), or (None, None)."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote or t.is_bracket)), None)
    if last is None or last.text != "?":
        return None, None
    auxes = cues()["question_auxiliaries"]
    for t in sent:
        if t.tag_ in ("WP", "WP$", "WRB", "WDT"):
            return None, None
        if t.lower_ not in auxes or t.dep_ not in ("aux", "auxpass", "ROOT", "ccomp"):
            continue
        if t.dep_ == "ccomp" and (t.i == sent.start or t.nbor(-1).text not in (":", '"', "“", "‘")):
            continue  # (an inverted question quoted after its asker: "X asked: is it not the case ...?")
        verb = t if t.dep_ in ("ROOT", "ccomp") else t.head
        subj = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None and subj.left_edge.i > t.i:
            return verb, t
        return None, None
    return None, None


def no_one_did(verb, first: bool = False) -> bool:
    """The verb's subject is no one: "nobody", "none (of the crew)", or a noun with "no" ("no ships
    were sunk"): the act is denied, though the verb itself carries no negation. Not an aside beside
    another subject ("Eleven people, none of them Americans, died"); with ``first``, the first of
    several subjects the parse gives may be it ("Nobody aboard the brig Anna survived")."""
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or len(subjects) > 1 and not first:
        return False
    return subjects[0].lower_ in cues()["nobody_words"] or any(
        d.dep_ == "det" and d.lower_ == "no" for d in subjects[0].children)


def _negative_existential(h) -> bool:
    """"no X" on the noun or on a sibling of its path upwards ("There is no evidence if ... support")."""
    if any(x.dep_ == "det" and x.lower_ == "no" for x in h.children):
        return True
    for a in list(h.ancestors)[:3]:
        for x in a.children:
            if x.dep_ in ("attr", "dobj", "nsubj") and any(
                    y.dep_ == "det" and y.lower_ == "no" for y in x.children):
                return True
    return False


def from_attributions(start: int, attributions: list[Attribution]) -> Attribution | None:
    """The narrowest attribution covering an offset."""
    best = None
    for a in attributions:
        if a.start <= start < a.end and (best is None or (a.end - a.start) < (best.end - best.start)):
            best = a
    return best


def _disputing(subj, c) -> bool:
    if subj.lemma_.lower() in c["dispute_nouns"] or subj.lower_ in ("others", "some"):
        return subj.lower_ in ("others",) or any(
            x.lower_ in c["dispute_modifiers"] for x in subj.children if x.dep_ in ("amod", "det"))
    return False


def _verb_above(tok):
    cur = tok
    for _ in range(6):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _entity(tok, idx: DocIndex) -> str | None:
    if tok is None:
        return None
    for t in [tok, *tok.children]:
        m = idx.mention(t)
        if m is not None and m.entity and m.label in ("PERSON", "ORG", "WORK", "GPE"):
            return m.entity
    return None


def _first_actor(span_root, idx: DocIndex) -> str | None:
    for t in span_root.subtree:
        m = idx.mention(t)
        if m is not None and m.entity and m.label in ("PERSON", "ORG", "WORK"):
            return m.entity
    return None


NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def naming(trig, idx: DocIndex) -> bool:
    """A verb that gives a name or a spelling, not an act: "also written Kim Il-sung", "sometimes
    written Liushkov", "was published as Lyushkov", "X (written Y in ...)". A name is written; a work
    is published."""
    c = cues()
    h = trig.head
    if trig.nominal and h.dep_ == "pobj" and h.head.lower_ == "of" and \
            h.head.head.lemma_.lower() in c["commemorating_nouns"]:
        return True  # "the anniversary of the storming": an event named, told elsewhere
    if trig.nominal or h.lemma_.lower() not in c["naming_verbs"] or len(trig.tokens) > 1:
        return False  # a phrase ("was given command of", "gave an interview") is an act, never a name
    kids = list(h.children)
    if any(x.dep_ == "advmod" and x.lower_ in c["naming_adverbs"] for x in kids):
        return True
    if any(x.dep_ in ("oprd", "attr") and x.pos_ == "NOUN" for x in kids):
        return False  # "was named director of the museum": a common noun is a post given, not a name
    for x in kids:
        if x.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            m = idx.mention(x)
            if m is not None and m.label in NAME_LABELS:
                return True
        if x.dep_ == "prep" and x.lower_ == "as":
            for o in x.children:
                m = idx.mention(o)
                if o.dep_ == "pobj" and (m is not None and m.label in NAME_LABELS):
                    return True
    # a participle inside brackets right after a name: "Lyushkov (sometimes written Liushkov)"
    i = trig.tokens[0].i
    doc = h.doc
    return any(doc[j].text in ("(", "[") for j in range(max(0, i - 3), i)) and h.tag_ == "VBN"


def durative(trig) -> bool:
    """Told as an activity that lasted ("had long fought", "had been fighting for a decade", "resisted
    for years"): a state of affairs over a stretch of time rather than an event at a time."""
    from .coref import cues as coref_cues

    h = trig.head
    verb = h if not trig.nominal else h.head
    kids = list(verb.children)
    if any(x.dep_ == "advmod" and x.lower_ == "long" and not list(x.children) for x in kids):
        return True
    if verb.tag_ == "VBG" and any(x.dep_ == "aux" and x.lower_ == "been" for x in kids):
        return True
    wn = wordnet.reader()
    for p in kids:
        if p.dep_ == "prep" and p.lower_ in coref_cues()["duration_preps"]:
            for o in p.children:
                if o.dep_ != "pobj" or wn is None:
                    continue
                senses = wn.synsets(o.lemma_.lower(), "n")[:1]
                if senses and senses[0].lexname() == "noun.time":
                    return True
    return False

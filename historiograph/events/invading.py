"""A people named as a whole that enters a place in war ("During the war the Swedes entered Kessel"): its
forces invade. Without war told near it, the same words are a migration, a flight or a joining ("the Irish
entered Boston in great numbers", "the Russians entered the League of Nations"), and stay what the lexicon
says (a movement, a defection)."""
from __future__ import annotations

from . import wordnet
from .lexicon import cues, lexicon, state_for

# (context.PLACE_LABELS: not imported from there, which would bring spaCy into the query commands)
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def invades(subj, trig, idx) -> bool:
    """The trigger's subject ``subj`` is a people of a state, what it enters a place, and war is told in
    its sentence or the one before."""
    return a_people(subj) and _enters_a_place(trig.head) and _war_near(trig, idx)


def a_people(tok) -> bool:
    """"the French", "the Russians": a people of a state (a word of demonyms.tsv, or one whose first two
    WordNet senses include an inhabitant, a native or a nation: "the Bavarians") named as a whole, with
    "the" and nothing of its own (not "the French envoy", "three Russians", "the Russians of Riga"); no
    party or faith ("the Democrats", "the Huguenots": wordnet.member_noun)."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    kids = list(tok.children)
    if [c.lower_ for c in kids if c.dep_ == "det"] != ["the"] or any(
            c.dep_ in ("nummod", "amod", "compound", "prep", "relcl", "appos", "conj") for c in kids):
        return False
    lemma = tok.lemma_.lower()
    if wordnet.member_noun(lemma):
        return False
    return state_for(tok.text) is not None or "nation" in wordnet.noun_kinds(lemma)


def _enters_a_place(verb) -> bool:
    """What the verb enters ("entered Milan", "crossed into Austria", "entered the town of Kessel") is a
    place, and no organisation ("entered the League of Nations", "entered Congress")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("into", "to") for o in p.children
        if o.dep_ == "pobj"]
    if not objs or any(o.ent_type_ in ("ORG", "NORP") or
                       "organization" in wordnet.noun_kinds(o.lemma_.lower()) and o.pos_ == "NOUN" for o in objs):
        return False
    return any(o.ent_type_ in _PLACE_LABELS or o.pos_ == "NOUN" and "place" in wordnet.object_kinds(o)
               for o in objs)


def _war_near(trig, idx) -> bool:
    """War told in the trigger's sentence or the one before: a word the lexicon types as one of
    cues.json war_types ("besieged", "the invasion"), a noun of military action ("the war", "the siege")
    or an armed body ("the army", "troops"; not a rank alone: "the captain")."""
    i = idx.sentence_index(trig.head)
    lex, war = lexicon(), cues()["war_types"]
    for sent in idx.sents[max(0, i - 1):i + 1]:
        for t in sent:
            if t.i == trig.head.i:
                continue
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and any(r.type in war for r in lex.verbs.get(lemma, ())):
                return True
            if t.pos_ == "NOUN":
                kinds = wordnet.noun_kinds(lemma)
                if lex.nouns.get(lemma) in war or "operation" in kinds or "military" in kinds and "office" not in kinds:
                    return True
    return False

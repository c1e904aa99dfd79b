"""Who an event argument stands for when it is not a name: a pronoun, a relative pronoun, a short
description ("the general", "the union commander", "the family") or a population ("union soldiers").

Resolution stays inside the paragraph and uses only what the text has said: the words a name is
introduced with (titles, appositions, "X was the governor", "the Vukelić family"), the roles its
verbs give it ("commanded by X" makes X a commander, through WordNet's derivations), entity labels
and number. WordNet tells which nouns name a person or a group, so no list of titles is needed; where
WordNet is absent the events cue lists stand in. A description that matches nothing the paragraph
said of a named entity stays unresolved: no participant rather than a wrong one.
"""
from __future__ import annotations

import bisect
import re
import functools

from .. import datafiles
from ..entities.spans import title_words
from ..entities.titles import title_start
from ..model import Mention
from .lexicon import cues as event_cues
from . import wordnet

ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
SUBJ = ("nsubj", "nsubjpass")


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    data = datafiles.load_json("events", "coref.json")
    return {k: (frozenset(v) if isinstance(v, list) else v) for k, v in data.items()}


@functools.lru_cache(maxsize=8192)
def noun_kind(lemma: str) -> str | None:
    """"person" for a noun whose common senses name a person ("commander", "insurgent"), "group" for a
    group ("family", "army", "garrison"), else None ("victory", "store")."""
    wn = wordnet.reader()
    if wn is None:
        c = event_cues()
        if lemma in c["role_nouns"] or lemma in c["people_nouns"]:
            return "person"
        return "group" if lemma in c["group_nouns"] else None
    names = wordnet.lexnames(lemma, "n", 3)  # (= the first three senses' lexnames, read without parsing them)
    if not names:
        return None
    if names[0] in cues()["person_lexnames"] or (names[0] not in cues()["group_lexnames"] and any(
            n in cues()["person_lexnames"] for n in names[1:])):
        return "person"
    if any(n in cues()["group_lexnames"] for n in names) and names[0] not in cues()["thing_lexnames"]:
        return "group"  # not "city", whose first sense is a place
    return None


@functools.lru_cache(maxsize=4096)
def noun_agent_nouns(noun: str) -> frozenset[str]:
    """Person nouns of an event noun, directly or through its verb: mutiny -> mutineer, strike
    (the labour strike) -> strike (verb) -> striker. "called a strike": its subject is the strikers."""
    wn = wordnet.reader()
    if wn is None:
        return frozenset()
    out = set()
    for key in wordnet.sense_offsets(noun, "n")[:3]:  # (by offset: no synset parsed)
        if wordnet.lexname_at(key) not in cues()["event_lexnames"]:
            continue
        for name in wn.lemma_names_at(*key):
            if name != noun:
                continue
            out |= _person_forms(key, name)
            for verb_key, verb_name in wordnet.derived_lemmas(key, name, pos="v"):
                out |= _person_forms(verb_key, verb_name)
    return frozenset(out)


def _person_forms(key: tuple[str, int], name: str) -> set[str]:
    """The person nouns WordNet derives from lemma ``name`` of the synset at ``key`` (mutiny -> mutineer,
    command -> commander), by offset."""
    return {d.lower() for d in wordnet.derived_names(key, name, lexname="noun.person")}


@functools.lru_cache(maxsize=4096)
def agent_nouns(verb: str) -> frozenset[str]:
    """Person nouns derived from a verb: command -> commander, govern -> governor, lead -> leader."""
    wn = wordnet.reader()
    if wn is None:
        return frozenset()
    return frozenset(f for key in wordnet.sense_offsets(verb, "v")[:4] for name in wn.lemma_names_at(*key)
                     if name == verb for f in _person_forms(key, name))


@functools.lru_cache(maxsize=4096)
def gender_of(noun: str) -> str | None:
    """"f" or "m" for a noun whose first sense is a kind of woman or man ("mother", "king")."""
    wn = wordnet.reader()
    if wn is None:
        return None
    senses = wordnet.sense_offsets(noun, "n")[:1]  # (by offset: no synset parsed)
    return _sense_gender(senses[0]) if senses else None


@functools.lru_cache(maxsize=4096)
def person_gender(noun: str) -> str | None:
    """"f" or "m" by the first sense of ``noun`` that names a person ("count" the nobleman, not the
    tally), else None."""
    wn = wordnet.reader()
    if wn is None:
        return None
    sense = next((key for key in wordnet.sense_offsets(noun, "n")[:4] if wordnet.lexname_at(key) == "noun.person"),
                 None)
    return _sense_gender(sense) if sense is not None else None


def _sense_gender(key: tuple[str, int]) -> str | None:
    """"f" or "m" for the WordNet sense at ``key`` within eight steps under a female or a male anchor, else
    None (by offset: ancestor_names(sense, 8) & the anchors, no synset parsed)."""
    ancestors = wordnet.keys_within(key, 8)
    if not ancestors.isdisjoint(wordnet.synset_keys(tuple(sorted(cues()["female_anchors"])))):
        return "f"
    if not ancestors.isdisjoint(wordnet.synset_keys(tuple(sorted(cues()["male_anchors"])))):
        return "m"
    return None


@functools.lru_cache(maxsize=4096)
def word_forms(word: str) -> frozenset[str]:
    """A modifier's word and the words it is formed from: "unionist" -> union, "Russian" -> russia,
    "royalist" -> royal (WordNet's pertainyms and derivations, and a derivational suffix taken off),
    so that "the unionist army" can be the army the text called the Union Army."""
    low = word.lower()
    out = {low}
    for suffix in cues()["derivational_suffixes"]:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            out.add(low[:-len(suffix)])
    wn = wordnet.reader()
    if wn is not None:
        for pos in ("a", "n"):
            for s in wn.synsets(low, pos)[:3]:
                for lemma in s.lemmas():
                    if lemma.name().lower() != low:
                        continue
                    for rel in (*lemma.pertainyms(), *lemma.derivationally_related_forms()):
                        name = rel.name().lower()
                        if "_" not in name:
                            out.add(name)
    return frozenset(out)


def _mods_match(mods: set[str], words: set[str]) -> int:
    """How many of a description's modifiers are (or are formed from) words the text used for the entity."""
    return sum(1 for m in mods if word_forms(m) & words)


def _lower_words(tokens) -> set[str]:
    out = set()
    for t in tokens:
        if t.is_alpha:
            out.add(t.lower_)
            out.add(t.lemma_.lower())
    return out


class Coref:
    """Per-document resolver. ``descriptors`` maps each named entity to what the text has called it,
    in text order: (offset, mention, words)."""

    def __init__(self, idx):
        self.idx = idx
        self.doc = idx.doc
        self.entries: list[tuple[int, Mention, set[str]]] = []
        # what the text says an entity is ("X was a trading company", "X, a trading company"): a
        # definition, which a description may recall from any paragraph
        self.defined: dict[str, set[str]] = {}
        self.mods_only: dict[int, set[str]] = {}
        for m in idx.mentions:
            if not m.entity or m.label not in ACTORS:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            defined: set[str] = set()
            mods: set[str] = set()
            self.entries.append((m.start, m, self._words(span, defined, mods)))
            if mods:  # words that only qualify what the entity is called ("the garrison commander")
                self.mods_only[m.start] = mods
            if defined:
                self.defined.setdefault(m.entity, set()).update(defined)
        self.starts = [e[0] for e in self.entries]
        self._genders: dict[str, str | None] = {}
        self._noun_genders: dict[str, str | None] = {}
        self._ties: dict[str, set[str]] = {}  # entity -> genders of the subject pronouns taken for it
        self._sole: dict[tuple[str, str], bool] = {}  # (entity, title) -> _sole_holder, the entries being fixed
        self._addressed: dict[str, list[tuple[int, Mention]]] = {}  # form of address -> _address_table
        self._called: list[tuple[Mention, set[str]]] | None = None
        self._deaths: list[tuple[int, str]] | None = None  # (token, entity): _dead_before

    # ---- what the text calls an entity ---------------------------------------------------------
    def _words(self, span, defined: set[str] | None = None, mods: set[str] | None = None) -> set[str]:
        doc = self.doc
        root = span.root
        sent = span.sent
        words = _lower_words(span)
        j = span.start - 1  # titles and modifiers: "Major General X", "the Union general X"
        while j >= sent.start and doc[j].dep_ in ("compound", "amod", "nmod", "npadvmod") and \
                doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].head.i > j:
            words |= _lower_words([doc[j]])
            j -= 1
        defined = set() if defined is None else defined
        for t in doc[j + 1:span.end - 1]:  # a title before the name ("Count X", "the governor X"): what X is
            if t.is_alpha and t.pos_ in ("PROPN", "NOUN") and noun_kind(t.lower_) == "person":
                defined.add(t.lower_)
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):  # "the governor, X"
            words |= self._phrase(root.head)
            if root.head.pos_ == "NOUN" and noun_kind(root.head.lemma_.lower()) == "person":
                defined.add(root.head.lemma_.lower())
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":  # "X, the governor of ..."
                words |= self._phrase(c)
                defined.add(c.lemma_.lower())
        if span.start >= 2 and doc[span.start - 1].text == "," and span.start - 1 > sent.start:
            head = self._np_left_of(span.start - 1)  # "The governor of the Bastille, X, ..." misparsed
            if head is not None:
                words |= self._phrase(head)
        if root.dep_ == "compound" and root.head.pos_ == "NOUN":  # "the Vukelić family", "Union Army garrison"
            words |= self._phrase(root.head)
        head = root.head
        if root.dep_ in SUBJ and head.lemma_.lower() in cues()["copulas"]:  # "X was the governor"
            for c in head.children:
                if c.dep_ in ("attr", "acomp") and c.pos_ == "NOUN":
                    words |= self._phrase(c)
                    defined.add(c.lemma_.lower())
                if c.dep_ == "prep" and c.lower_ == "as":  # "X served as governor"
                    words |= {w for o in c.children if o.pos_ == "NOUN" for w in self._phrase(o)}
                    defined |= {o.lemma_.lower() for o in c.children if o.pos_ == "NOUN"}
        if root.dep_ == "attr" and head.lemma_.lower() in cues()["copulas"]:  # "The captain of the Hope was X"
            for c in head.children:
                if c.dep_ == "nsubj" and c.pos_ == "NOUN" and noun_kind(c.lemma_.lower()) == "person" and any(
                        d.dep_ == "det" and d.lower_ in cues()["definite_determiners"] for d in c.children):
                    words |= self._phrase(c)
                    defined.add(c.lemma_.lower())
        if root.dep_ == "nsubjpass":  # "X was appointed judge", "X was elected mayor"
            for c in head.children:
                if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" and noun_kind(c.lemma_.lower()) == "person":
                    words |= self._phrase(c)
                    defined.add(c.lemma_.lower())
        if root.dep_ in ("amod", "compound") and head.pos_ == "NOUN" and noun_kind(head.lemma_.lower()) and \
                head.dep_ in ("nsubj", "pobj"):
            # "Portuguese troops attacked", "attacked by Portuguese troops": the troops' verb is the name's
            root, head = head, head.head
        mods = set() if mods is None else mods
        if root.dep_ == "nsubj" and head.pos_ == "VERB":
            words |= self._acted_on(head, mods)
        if root.dep_ == "pobj" and head.dep_ == "agent":  # "the garrison commanded by X"
            words |= self._acted_on(head.head, mods)
        for c in root.children:  # "X, who commanded ..."
            if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in cues()["relative_pronouns"]
                                         for s in c.children):
                words |= self._acted_on(c, mods)
        mods -= words  # (a word the text also calls the entity by is no mere qualifier)
        return words | mods

    @staticmethod
    def _phrase(noun) -> set[str]:
        """A noun's lemma and its modifiers ("the Union Army garrison" -> garrison, army, union), and the
        names of its "of" phrase ("the captain of the Hope" -> captain, hope)."""
        out, stack = [noun], [noun]
        while stack:
            for c in stack.pop().children:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i:
                    out.append(c)
                    stack.append(c)
        return _lower_words(out) | _of_names(noun)

    def _acted_on(self, verb, mods: set[str]) -> set[str]:
        """What the text says its agent acts on: "commanded the Union garrison" -> union, garrison,
        and the person nouns of the verb (commander): the agent is the Union commander. The words of
        what it acts on go to ``mods``: they qualify a description ("the garrison commander"), never
        head one ("visited the bishop" does not make the visitor "the bishop")."""
        words = set(agent_nouns(verb.lemma_.lower()))
        for c in verb.children:  # "called a strike": the strikers
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                words |= noun_agent_nouns(c.lemma_.lower())
        if not words:
            return words
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            mods |= self._phrase(verb.head)
        for c in verb.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                mods |= self._phrase(c)
        return words

    def _np_left_of(self, comma_i: int):
        """The common noun heading the phrase that ends just before a comma ("the governor of the
        Bastille ,"), or None."""
        t = self.doc[comma_i - 1]
        for _ in range(6):
            if t.pos_ == "NOUN":
                break
            if t.dep_ not in ("pobj", "prep", "compound", "amod") or t.head.i >= comma_i or t.head == t:
                return None
            t = t.head
        if t.pos_ != "NOUN" or t.i >= comma_i:
            return None
        while t.dep_ in ("pobj",) and t.head.dep_ == "prep" and t.head.head.pos_ == "NOUN" and t.head.head.i < t.i:
            t = t.head.head  # "the governor of the fortress": the governor
        return t

    def gender(self, entity: str) -> str | None:
        """"f" or "m" when the nouns the text calls a person by agree ("his mother X", "Queen X"), or
        the titles before the name ("Mrs X", "Countess X"), or else the given name ("Elsa X"); else None."""
        if entity not in self._genders:
            self._genders[entity], self._noun_genders[entity] = self._gender_of(entity)
        g = self._genders[entity]
        if g is None and len(self._ties.get(entity, ())) == 1:
            return next(iter(self._ties[entity]))  # "In 1930 he married X": the "he" was him
        return g

    def tie(self, entity: str, pronoun: str) -> None:
        """Record that a sentence-initial "he"/"she" was taken for ``entity``: a person nothing else
        gives a gender to has the pronoun's (two that disagree leave it unknown)."""
        want = self.wanted_gender(pronoun)
        if want:
            self._ties.setdefault(entity, set()).add(want)

    def noun_gender(self, entity: str) -> str | None:
        """The gender the nouns the text calls a person by give ("his daughter X"), not a title or given
        name: a cue strong enough to prefer one person over another, where those only rule one out."""
        self.gender(entity)
        return self._noun_genders[entity]

    def _gender_of(self, entity: str) -> tuple[str | None, str | None]:
        """(gender, gender by nouns only): a title decides only where no noun does, a given name only where
        neither does; those two only rule a person out ("Mr Bush" is no likelier "he" than another man)."""
        votes = {"f": 0, "m": 0}
        titled = {"f": 0, "m": 0}
        given: set[str] = set()
        for start, m, words in self.entries:
            if m.entity != entity:
                continue
            own = {w.lower() for w in m.text.split()} | self.mods_only.get(start, set())
            for w in words - own:
                if noun_kind(w) == "person":
                    g = gender_of(w)
                    if g:
                        votes[g] += 1
            for g in self._title_genders(m):  # "Mrs Ada Quill", "Countess Ida Roon"
                titled[g] += 1
            if m.label == "PERSON":
                given |= self._given(m.text)
        nouns = None if votes["f"] == votes["m"] else max(votes, key=votes.get)
        if nouns is None and votes["f"] == votes["m"] == 0:  # a title, else a given name: only to rule out
            title = None if titled["f"] == titled["m"] else max(titled, key=titled.get)
            if title is not None:
                return title, None
            if len(given) == 1:
                return next(iter(given)), None
        return nouns, nouns

    def _title_genders(self, m: Mention) -> list[str]:
        """The genders the title words of a person's mention give, inside the name or just before it."""
        from .gender import title_gender
        words = m.text.split()[:-1]
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.start > 0 and self.doc[span.start - 1].pos_ in ("PROPN", "NOUN") and \
                self.doc[span.start - 1].text[:1].isupper() and self.doc[span.start - 1].head.i >= span.start:
            words.insert(0, self.doc[span.start - 1].text)
        out = []
        for w in words:
            if w[:1].isupper() and noun_kind(w.lower().rstrip(".")) in ("person", None):
                g = title_gender(w)
                if g:
                    out.append(g)
        return out

    @staticmethod
    def _given(name: str) -> set[str]:
        """The gender of a person's given name: the first word of a name of two or more that is no title."""
        from .gender import given_name, title_gender
        words = [w for w in name.split() if w.rstrip(".").isalpha()]
        while len(words) > 2 and title_gender(words[0]) is not None:
            words.pop(0)
        if len(words) < 2 or title_gender(words[0]) is not None:
            return set()
        g = given_name(words[0])
        return {g} if g else set()

    @staticmethod
    def wanted_gender(pronoun: str) -> str | None:
        """"f" or "m" for a gendered word ("she", "his"), else None."""
        c = cues()
        return "f" if pronoun in c["female_words"] else "m" if pronoun in c["male_words"] else None

    def agrees(self, pronoun: str, entity: str) -> bool:
        """False when the pronoun's gender contradicts what the text calls the entity."""
        want = self.wanted_gender(pronoun)
        got = self.gender(entity) if want else None
        return want is None or got is None or got == want

    def matches(self, pronoun: str, entity: str) -> bool:
        """True when the text's nouns for the entity (not a title or given name) give the pronoun's gender."""
        want = self.wanted_gender(pronoun)
        return want is not None and self.noun_gender(entity) == want

    # ---- resolution ----------------------------------------------------------------------------
    def resolve(self, tok, depth: int = 0) -> Mention | None:
        """The named entity ``tok`` stands for, or None."""
        if depth > 4:
            return None
        idx = self.idx
        m = idx.mention(tok)
        if m is not None:
            return m if m.entity else None
        low = tok.lower_
        c = cues()
        if tok.pos_ == "PRON" or tok.tag_ in ("WP", "WDT"):
            if low in c["relative_pronouns"]:
                head = self.relative_head(tok)
                return self.resolve(head, depth + 1) if head is not None else None
            if low in event_cues()["personal_pronouns"]:
                return idx.pronouns().antecedent(tok)
            if low in c["plural_pronouns"]:
                ant = self.plural_antecedent(tok)
                return self.resolve(ant, depth + 1) if ant is not None else None
            return None
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = tok.lemma_.lower()
        if tok.dep_ == "attr" and tok.head.lemma_.lower() in c["copulas"]:
            # "Caridad, who was a communist who fought": the predicate noun is its subject
            subj = next((s for s in tok.head.children if s.dep_ in SUBJ), None)
            if subj is not None:
                return self.resolve(subj, depth + 1)
        named = self._named_by_verb(tok)  # "a docker named Thomas Kelly"
        if named is not None:
            return named
        for ch in tok.children:
            if ch.dep_ == "appos":
                mc = idx.mention(ch) or self._named_by_verb(ch)  # "two men, a docker named X"
                if mc is not None and mc.entity and mc.label in ACTORS:
                    return mc
        if tok.dep_ == "appos":
            mh = idx.mention(tok.head)
            if mh is not None and mh.entity and mh.label in ACTORS:
                return mh
        if lemma in c["quantity_nouns"]:  # "a large number of union soldiers"
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj":
                            return self.resolve(o, depth + 1)
        kind = noun_kind(lemma)
        if kind is None:
            return None
        if kind == "group" or lemma in event_cues()["group_nouns"]:
            # "two companies of the Lincoln Regiment": the regiment's men; "the miners of X", "the
            # shareholders of X" are people of X, not X acting (a described group, group_phrase)
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        mo = idx.mention(o) if o.dep_ == "pobj" else None
                        if mo is not None and mo.entity and mo.label == "ORG":
                            return mo
        named = self._comma_name(tok, kind) or (self._name_before(tok) if kind == "person" else None)
        if named is not None:
            return named
        if kind == "person" and possessed_phrase(tok) is not None:
            return self.possessed_holder(tok)  # "my father": the one the text named "my father, X"
        definite = any(ch.dep_ == "det" and ch.lower_ in c["definite_determiners"] for ch in tok.children)
        if definite:
            found = self.described(tok, kind) or self.named_by_head(tok)
            if found is not None:
                return found
        if tok.tag_ in ("NNS", "NNPS") or kind == "group":
            return self.population(tok)
        return None

    def possessed_holder(self, tok) -> Mention | None:
        """For "my father" (a first-person possessive and a person noun), the latest mention before it of
        the one person the text named so: "my father, Tomas Ruiz," or "my brother Kenji Mori"; None when
        no one or two people were (never a name that merely stands nearby). For "his brother" the same,
        where the possessives stand for one person ("X ... His brother, Jan X, ... his brother"); "his
        widow" is the one named "his wife"."""
        poss_tok = next(ch for ch in tok.children if ch.dep_ == "poss")
        poss = poss_tok.lower_
        third = poss not in cues()["first_person_pronouns"]
        owner = self._possessor(poss_tok) if third else None
        if third and owner is None:
            return None
        lemma = tok.lemma_.lower()
        lemmas = {lemma, cues()["surviving_spouses"].get(lemma, lemma)}
        hi = bisect.bisect_left(self.starts, tok.idx)
        holders: dict[str, Mention] = {}
        for _, m, _ in self.entries[:hi]:
            if m.label != "PERSON" or not m.entity:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            nouns = [root.head] if root.dep_ == "appos" else []  # "my father, X,"
            nouns += [t for t in root.children if t.dep_ == "compound" and t.i < span.start]  # "my brother X"
            for n in nouns:
                if n.pos_ != "NOUN" or n.lemma_.lower() not in lemmas:
                    continue
                p = next((ch for ch in n.children if ch.dep_ == "poss"), None)
                # ("His brother, Jan X, kept the shop. ... his brother": where "his" was taken for Jan X
                # himself, no one's own relative, the text repeats its description of him)
                if p is None or (third and owner not in (self._possessor(p), m.entity)) or (
                        not third and p.lower_ != poss):
                    continue
                if any(t.pos_ == "NOUN" and t.lemma_.lower() in lemmas and t.dep_ not in ("compound", "appos")
                       and not any(c.dep_ == "appos" for c in t.children) for t in self.doc[span.end:tok.i]):
                    continue  # "His son, Otto X ... Otto had a son too. ... his son": maybe that unnamed son
                holders[m.entity] = m
        if len(holders) == 1:
            ent = next(iter(holders))
            last = [m for _, m, _ in self.entries[:hi] if m.entity == ent][-1]
            if lemma in cues()["surviving_spouses"] and self._spouse_gone(last, tok):
                return None  # "his widow" after "she died ... he remarried": not that wife
            return last
        return None

    def _spouse_gone(self, wife: Mention, tok) -> bool:
        """Between the wife's mention and a "widow" the text tells a death of hers (her name or a pronoun of
        her sex as the subject of a verb of dying) or a second marriage ("remarried"): the widow may be
        another woman."""
        span = self.doc.char_span(wife.start, wife.end, alignment_mode="expand")
        if span is None:
            return True
        sex = {"widow": "she", "widower": "he"}.get(tok.lemma_.lower())
        for t in self.doc[span.end:tok.i]:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB":
                continue
            if lemma in cues()["remarriage_verbs"]:
                return True
            if wordnet.dying_verb(lemma):
                for ch in t.children:
                    if ch.dep_ in ("nsubj", "nsubjpass") and (
                            ch.lower_ == sex or (ch.idx >= wife.start and self.idx.mention(ch) is not None
                                                 and self.idx.mention(ch).entity == wife.entity)):
                        return True
        return False

    def _possessor(self, tok) -> str | None:
        """The entity a possessive ("his", "Emil's") stands for, or None."""
        m = self.resolve(tok, 3)
        return m.entity if m is not None and m.label == "PERSON" else None

    def _named_by_verb(self, noun) -> Mention | None:
        """X of "a docker named X", "a ship called X": the name a participle gives the noun."""
        for ch in noun.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in self.naming_verbs():
                for o in ch.children:
                    m = self.idx.mention(o) if o.dep_ in ("oprd", "dobj", "attr", "xcomp") else None
                    if m is not None and m.entity:
                        return m
        return None

    @staticmethod
    def naming_verbs() -> frozenset[str]:
        return cues()["naming_verbs"]

    def relative_head(self, tok):
        """The noun a relative pronoun stands for ("Milroy, who had received": Milroy)."""
        cur = tok
        for _ in range(4):
            if cur.head == cur:
                return None
            cur = cur.head
            if cur.dep_ == "relcl":
                return cur.head
            if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "pcomp", "prep"):
                return None
        return None

    def _comma_name(self, tok, kind: str) -> Mention | None:
        """"The governor of the fortress, X, and ...": the name after the description's comma (a title
        may come between: "the Resident, Sir X")."""
        doc = self.doc
        sent = tok.sent
        j = tok.i + 1
        while j < sent.end and doc[j].text != "," and tok in doc[j].ancestors and doc[j].dep_ in (
                "prep", "pobj", "det", "compound", "amod", "poss", "case"):
            j += 1
        if j + 1 >= sent.end or doc[j].text != ",":
            return None
        k = j + 1
        while k + 1 < sent.end and self.idx.mention(doc[k]) is None and doc[k].text[:1].isupper() and \
                doc[k].text.rstrip(".").casefold() in title_words():
            k += 1
        m = self.idx.mention(doc[k])
        want = ("PERSON",) if kind == "person" else tuple(ACTORS)
        if m is None or not m.entity or m.label not in want or m.start != doc[k].idx:
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < sent.end else None
        # an apposition closes ("X, Pietro Salvi, and ..."); "To the king, Peter was loyal" does not, unless
        # the parse made both the description and the name subjects of one verb ("Born at X, the son of a
        # baker, NAME was sent": the description is in apposition to the name)
        both_subjects = span is not None and tok.dep_ in SUBJ and span.root.dep_ in SUBJ and span.root.head == tok.head
        closes = after is None or after.text in (",", ")", ";") or after.lower_ in ("and", "or") or (
            after.is_punct and after.i == sent.end - 1)  # ("... by order of the Resident, Sir X.")
        return m if closes or both_subjects else None

    def addressed(self, tok) -> Mention | None:
        """The person a form of address stands for ("His Majesty", "His Lordship": ``address_form``): the
        one entity the text called before it by a title that form addresses ("King X", "Mr Justice X"),
        of the possessive's gender, whose death it has not told before; None where there is none or more
        than one, or where the form has its own title or name after it ("His Excellency the Viceroy")."""
        poss = address_form(tok)
        if poss is None or any(c.dep_ == "appos" for c in tok.children):
            return None
        nxt = self.doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
        if nxt is not None and (nxt.pos_ in ("DET", "PROPN") or nxt.lower_ in title_words()):
            return None
        table = self._addressed.get(tok.lower_)
        if table is None:
            table = self._addressed[tok.lower_] = self._address_table(tok.lower_)
        found: dict[str, Mention] = {}
        for _, m in table[:bisect.bisect_left(table, (tok.idx,), key=lambda e: e[:1])]:
            if self.agrees(poss.lower_, m.entity):
                found.setdefault(m.entity, m)
        dead = self._dead_before(tok.sent.start)
        alive = [m for e, m in found.items() if e not in dead]
        return alive[0] if len(found) == 1 and alive else None

    def _address_table(self, form: str) -> list[tuple[int, Mention]]:
        """Once per form of address and document: the persons' mentions, in text order, called by a title
        that form addresses (a heading's "Before Mr Justice X" too)."""
        titles = set(cues()["forms_of_address"][form])
        if self._called is None:
            text = self.idx.text
            self._called = [(m, words) for _, m, words in self.entries] + [
                (m, set(text[title_start(text, m.start):m.start].lower().replace(".", " ").split()))
                for m in self.idx.ad.mentions]
        kept = {(m.start, m.entity): m for m, words in self._called
                if m.label == "PERSON" and m.entity and words & titles}
        return sorted(((start, m) for (start, _), m in kept.items()), key=lambda e: e[0])

    def _dead_before(self, i: int) -> set[str]:
        """The entities whose death the text tells before token ``i``: the subject of a verb WordNet types
        as a death ("King X died in 1760"); the deaths are found once per document."""
        if self._deaths is None:
            self._deaths = []
            for t in self.doc:
                if t.dep_ in SUBJ and t.head.pos_ == "VERB" and \
                        (wordnet.type_of(t.head.lemma_.lower(), "v") or (None,))[0] == "death":
                    m = self.idx.mention(t)
                    if m is not None and m.entity:
                        self._deaths.append((t.i, m.entity))
        return {e for j, e in self._deaths if j < i}

    def _name_before(self, tok) -> Mention | None:
        """"Trevanion, the owners' principal witness, died": a person's name then a comma just before a
        subject description, the name parsed as a modifier of the clause (no argument of its own):
        the description is in apposition to the name, which is the subject."""
        if tok.dep_ not in SUBJ:
            return None
        doc = self.doc
        left = min(t.i for t in tok.subtree)
        if left < 2 or doc[left - 1].text != ",":
            return None
        m = self.idx.mention(doc[left - 2])
        if m is None or m.label != "PERSON" or not m.entity:
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start != tok.sent.start or span.root.dep_ not in (
                "advmod", "npadvmod", "nmod", "dep", "intj", "meta", "compound") or span.root.head not in (tok, tok.head):
            return None
        return m

    def described(self, tok, kind: str) -> Mention | None:
        """The entity of this paragraph that the text has called by the description's head noun,
        preferring one that also matches its modifiers ("the union commander"), then the latest."""
        idx = self.idx
        lemma = tok.lemma_.lower()
        # ("the former clerk" is the one the text called the clerk)
        mods = {ch.lower_ for ch in tok.children if ch.dep_ in ("compound", "amod", "nmod")} - cues()["neutral_modifiers"]
        of_names = _of_names(tok)
        para_i = bisect.bisect_right(idx.paragraphs, tok.idx) - 1
        para = idx.paragraphs[para_i]
        hi = bisect.bisect_left(self.starts, tok.idx)
        called: dict[str, set[str]] = {}
        heads: dict[str, set[str]] = {}  # the words that may head a description of it
        last: dict[str, Mention] = {}
        # "the strikers", "the rebels": persons in the plural may be a group the text named
        group_ok = tok.tag_ in ("NNS", "NNPS")
        # a body ("the company") may be the one the text defined as such in an earlier paragraph
        recall = kind == "group" and tok.tag_ == "NN"
        for start, m, words in self.entries[:hi]:
            if kind == "person" and m.label != "PERSON" and not (group_ok and m.label in ("ORG", "NORP")):
                continue
            called.setdefault(m.entity, set()).update(words)
            heads.setdefault(m.entity, set()).update(words - self.mods_only.get(start, set()))
            if start >= para or (recall and lemma in self.defined.get(m.entity, ())):
                last[m.entity] = m
        if kind == "person" and tok.tag_ in ("NN", "NNP") and not any(lemma in heads.get(e, ()) for e in last):
            # "Ada Marsh, the county clerk, ..." then, a paragraph on, "the clerk": the one person the
            # text defined so, named in this paragraph or the one before (not an office's next holder)
            prev_para = idx.paragraphs[max(0, para_i - 1)]
            definers = {m.entity for _, m, _ in self.entries[:hi] if m.label == "PERSON"
                        and lemma in self.defined.get(m.entity, ())}
            if len(definers) == 1:
                ent = next(iter(definers))
                recent = [m for start, m, _ in self.entries[:hi] if m.entity == ent and start >= prev_para]
                if not recent and self._sole_holder(ent, lemma):  # further back: the document's one holder
                    recent = [m for _, m, _ in self.entries[:hi] if m.entity == ent]
                if recent:
                    last[ent] = recent[-1]
        best = None
        for ent, m in last.items():
            words = called[ent]
            if lemma not in heads[ent] or self._same_np(m, tok):
                continue
            shared = _mods_match(mods, words)
            if mods and not shared:
                continue  # "the rebel army" is not the one the text called the Union Army
            if not of_names <= words:
                continue  # "the captain of the Dove" is not the one the text called the captain of the Hope
            # "the army" is rather the army than the man the text said commanded it; "the company"
            # rather the one the text said was a company than another whose name has the word
            defined = recall and lemma in self.defined.get(ent, ())
            key = (shared, kind == "person" or m.label != "PERSON", defined, m.start)
            if best is None or key > best[0]:
                best = (key, m)
        return best[1] if best else None

    def _sole_holder(self, ent: str, lemma: str) -> bool:
        """True when ``ent`` is the one person the whole document ties to the title or role noun
        ``lemma`` ("Count X" ... "the Count" pages on): no other person is defined by it or called by it,
        and the text did not already say "the Count" before it first named X (a diary's household
        "the Count" is someone else than a Count X its later pages meet)."""
        if (ent, lemma) not in self._sole:
            self._sole[ent, lemma] = self._one_holder(ent, lemma)
        return self._sole[ent, lemma]

    def _one_holder(self, ent: str, lemma: str) -> bool:
        first = None
        for _, m, words in self.entries:
            if m.label == "PERSON" and m.entity != ent and (
                    lemma in self.defined.get(m.entity, ()) or lemma in words):
                return False
            if m.entity == ent and first is None:
                first = m.start
        if first is None:
            return False
        told = re.compile(r"\bthe\s+" + re.escape(lemma) + r"\b", re.IGNORECASE)
        return not told.search(self.idx.text, 0, first)

    def named_by_head(self, tok) -> Mention | None:
        """"the company" for the one organisation the text has named "... Company" so far, in any
        paragraph (an article calls its subject so long after naming it). A bare singular noun only:
        "the rebel army" is no army named otherwise; two such names make it ambiguous."""
        if tok.tag_ != "NN" or any(ch.dep_ in ("compound", "amod", "nmod", "poss") for ch in tok.children):
            return None
        lemma = tok.lemma_.lower()
        hi = bisect.bisect_left(self.starts, tok.idx)
        found: dict[str, Mention] = {}
        for _, m, _words in self.entries[:hi]:
            last = _name_head(m.text)
            ent = self.idx.entities.get(m.entity)
            full = _name_head(ent.name) if ent is not None else ""
            if m.label == "ORG" and lemma in (last, full) and not self._same_np(m, tok):
                found[m.entity] = m
        if len(found) == 1:
            return next(iter(found.values()))
        # "the organization" after "the Lytton Commission": the latest organisation of the paragraph
        # whose name ends in a kind of it (WordNet: a commission is an organization)
        para = self.idx.paragraphs[bisect.bisect_right(self.idx.paragraphs, tok.idx) - 1]
        for start, m, _words in reversed(self.entries[:hi]):
            if start < para:
                break
            head = _name_head(m.text)  # "the monastery" after "the Abbey of Saint Maur"
            if m.label == "ORG" and head and not self._same_np(m, tok) and is_kind_of(head, lemma):
                return m
        return None

    def _token_of(self, m: Mention) -> int:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root.i if span is not None and len(span) else -1

    def _same_np(self, m: Mention, tok) -> bool:
        i = self._token_of(m)
        return i >= 0 and (self.doc[i] in tok.subtree or tok in self.doc[i].subtree)

    def population(self, tok) -> Mention | None:
        """"union soldiers", "Japanese troops", "172,000 Koreans": a group named by its modifier. A
        town's people are not the town ("Bremen merchants", "Lyon weavers"), nor a nation's sailors or courts
        the nation: a place modifier names the acting state or town only for its forces or government
        ("Prussian troops", "Bremen police"); a nationality not for people or a court ("British sailors")."""
        idx = self.idx
        armed = tok.lemma_.lower() in event_cues()["group_nouns"] or tok.lower_ in event_cues()["group_nouns"]
        for ch in tok.children:
            if ch.dep_ not in ("compound", "amod", "nmod"):
                continue
            m = idx.mention(ch)
            if m is not None and m.entity and m.label in ("GPE", "LOC", "FAC") and not armed:
                return None
            if m is not None and m.label == "NORP" and not armed and (noun_kind(tok.lemma_.lower()) == "person" or
                                                                     _judicial(tok.lemma_.lower())):
                return None  # "three British sailors", "the Danish court": they, not Britain or the Danes
            if m is not None and m.entity and m.label in ACTORS:
                return m
            eid = idx.entity_named(ch.text)
            if eid is not None and idx.entities[eid].label in ACTORS:
                return Mention(ch.idx, ch.idx + len(ch.text), ch.text, idx.entities[eid].label, eid)
        return None

    def plural_antecedent(self, tok, groups: bool = False):
        """"they"/"them"/"their": the latest plural subject (or coordinated subjects) before it in the
        paragraph, within two sentences, that names someone (or, with ``groups``, describes an unnamed
        group: "the strikebreakers ... They"); not the subject of its own clause when the pronoun is
        an object."""
        idx = self.idx
        i = idx.sentence_index(tok)
        para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, tok.idx) - 1]
        lo = max(idx.sents[max(0, i - 2)].start, 0)
        own = None
        if tok.dep_ not in SUBJ and tok.dep_ != "poss":
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            own = next((s for s in verb.children if s.dep_ in SUBJ), None)
        for j in range(tok.i - 1, lo - 1, -1):
            t = tok.doc[j]
            if t.idx < para:
                break
            if tok.dep_ in SUBJ and t.sent == tok.sent and (sent_on := self._sent_on(t, tok, groups)) is not None:
                return sent_on[0]  # (None: those sent, whom the text does not say; never the sender)
            if t.dep_ not in SUBJ or t == own or t.pos_ == "PRON" and t.lower_ not in cues()["relative_pronouns"]:
                continue
            if tok.dep_ in SUBJ and t.sent == tok.sent and any(
                    a.dep_ == "advcl" and a.head in tok.head.conjuncts for a in (t.head, *t.head.ancestors)):
                continue  # "struck after the owners fined the boys, and they founded": who struck founded
            plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children) or (
                noun_kind(t.lemma_.lower()) == "group") or (groups and group_phrase(t) is not None)
            m = idx.mention(t)
            if not plural and not (m is not None and m.label in ("NORP", "ORG")):
                continue
            if self.resolve(t, 3) is not None or any(self.resolve(c, 3) for c in t.children if c.dep_ == "conj"):
                return t
            if groups and (group_phrase(t) is not None or counted_group(t) is not None):
                return t  # "the rebels", "the crew ... they", "forty families ... they"
            if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in cues()["relative_pronouns"]:
                return None  # the nearest plural subject ("the people") is no one: not someone further back
        return None

    def _sent_on(self, t, they, groups: bool):
        """For a subject ``they`` later in ``t``'s sentence: the plural object ``t`` of a verb of sending
        (WordNet, coref.json sending_senses) whose subject is one person or body, the clause of "they"
        conjoined to it ("The governor, who ..., sent them up the river, and they founded", "the bishop
        sent the Jesuit fathers ..., and they founded"): those sent ("they" is plural, the one who sent
        them is not), else None; not an object in a clause of its own ("rebelled after the governor taxed
        the merchants, and they burned": the rebels burned)."""
        if t.dep_ not in ("dobj", "dative") or t.head.pos_ not in ("VERB", "AUX") or \
                they.head not in t.head.conjuncts or \
                not wordnet.verb_senses(t.head.lemma_.lower(), 4, 3) & cues()["sending_senses"]:
            return None
        subj = next((s for s in t.head.children if s.dep_ in SUBJ), None)
        if subj is None or subj.pos_ == "PRON" or subj.tag_ not in ("NN", "NNP") or any(
                c.dep_ == "conj" for c in subj.children):
            return None
        if t.lower_ == "them":
            return (self.plural_antecedent(t, groups),)
        if t.tag_ in ("NNS", "NNPS") and (self.resolve(t, 3) is not None or (groups and group_phrase(t) is not None)):
            return (t,)
        return None


def _name_head(name: str) -> str:
    """The head noun of a name, lower case: "Kessler Railway Company" -> "company", "Order of Saint
    Bertin" -> "order" (the word before "of"), "Abbey of Saint Maur" -> "abbey"."""
    words = name.split()
    if " of " in f" {name} " and words.index("of") > 0:
        return words[words.index("of") - 1].lower()
    return words[-1].lower() if words else ""


@functools.lru_cache(maxsize=8192)
def is_kind_of(noun: str, general: str) -> bool:
    """WordNet: a sense of ``noun`` lies under a sense of ``general`` ("commission" under "organization")."""
    wn = wordnet.reader()
    if wn is None or noun == general:
        return False
    top = set(wordnet.sense_offsets(general, "n")[:2])  # (by offset: hypernyms_within(s, 12), no synset parsed)
    return any(not top.isdisjoint(wordnet.keys_within(key, 12) - {key}) for key in wordnet.sense_offsets(noun, "n")[:3])


def _judicial(lemma: str) -> bool:
    """A court of law ("court", "tribunal"): it judges as a court, not as the state its modifier names."""
    return lemma == "court" or is_kind_of(lemma, "court")


# ---- unnamed groups ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def group_noun(lemma: str, plural: bool) -> bool:
    """A noun that names a group of people: a collective ("garrison", "crew", "council": a sense in
    WordNet's noun.group, the first sense not a place), or in the plural a kind of person ("rebels",
    "strikers", "colonists"). Not the vague ones ("the people", "the men", "others")."""
    c = cues()
    if lemma in c["vague_group_nouns"]:
        return False
    wn = wordnet.reader()
    if wn is None:
        kind = noun_kind(lemma)
        return kind == "group" or (plural and kind == "person")
    names = wordnet.lexnames(lemma, "n", 3)  # (the first three senses' lexnames, read without parsing them)
    if not names or names[0] == "noun.location" or names[0] in c["event_lexnames"]:
        return False  # "the town", "the expedition" (first of all a journey)
    if plural:
        return any(n in c["group_lexnames"] for n in names) or noun_kind(lemma) == "person"
    # one body: "the crew", "the council"; "the garrison" (first a post, then the troops in it)
    return names[0] in c["group_lexnames"] or (names[0] in c["thing_lexnames"] and any(
        n in c["group_lexnames"] or n in c["person_lexnames"] for n in names[1:]))


@functools.lru_cache(maxsize=2000)
def part_noun(lemma: str) -> bool:
    """A noun for a part of a whole ("the remnant", "the rest", "part", "the bulk" of an army): by its first
    WordNet sense, part.n.01 itself, majority.n.01, or a kind of remainder.n.01 (part.n.01's kinds at large
    are substances and words)."""
    wn = wordnet.reader()
    first = wordnet.sense_offsets(lemma, "n")[:1] if wn is not None and lemma.isalpha() else ()
    if not first:
        return False
    # (by offset: the hypernym paths are the sense and its hypernyms and instance hypernyms at any depth)
    return first[0] in wordnet.synset_keys(("part.n.01", "majority.n.01", "remainder.n.01")) or not \
        wordnet.keys_within(first[0], -1, instances=True).isdisjoint(wordnet.synset_keys(("remainder.n.01",)))


def leader_of(group):
    """X of "troops under X", "an army under the command of X", "a force led by X", "the regiment
    commanded by X", and of a subject "the regiment (,) under X (,) marched" ("under" hung from the
    group's verb), else None."""
    for c in group.children:
        if c.dep_ == "prep" and c.lower_ == "under":
            return order_giver(c) or next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues()["leading_verbs"]:
            for a in c.children:
                if a.dep_ == "agent":
                    return next((o for o in a.children if o.dep_ == "pobj"), None)
    if group.dep_ == "nsubj" and group.head.pos_ in ("VERB", "AUX"):
        return next((order_giver(p) or o for p in group.head.children if p.dep_ == "prep" and p.lower_ == "under"
                     for o in p.children if o.dep_ == "pobj"), None)
    return None


def order_giver(prep):
    """Y of "on the orders of Y", "at the behest of Y", "under the command of Y", else None."""
    c = cues()
    if prep.lower_ not in c["order_preps"]:
        return None
    for o in prep.children:
        if o.dep_ == "pobj" and (o.lemma_.lower() in c["order_nouns"] or o.lower_ in c["order_nouns"]):
            for p in o.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


def office_phrase(tok, idx):
    """"the Sultan of Golconda", "the governor of Tarija": a definite singular person noun with "of"
    and a named place or body, an office one person holds at a time, as (first, last) token indices;
    else None. (The holder is named by the corpus or a reader; the description itself is no guess.)"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NN", "NNP") or noun_kind(tok.lemma_.lower()) != "person":
        return None
    if not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children if ch.i < tok.i):
        return None
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            m = idx.mention(objs[0]) if objs else None
            if m is not None and m.label in ("GPE", "LOC", "ORG") and m.entity:
                last = max(t.i for t in objs[0].subtree)
                first = min(t.i for ch in tok.children if ch.i < tok.i for t in ch.subtree)
                return first, last
    return None


def counted_group(tok):
    """A counted group of people: "twenty-three of her thirty-one men" (a number, then "of" and
    plural people), "about 640 people", "forty sailors" (plural people with a number), as (first,
    last) token indices, else None. The count tells them apart from a vague "the men"."""
    doc = tok.doc
    # (a number in words is no year, even where the model ran a date on into it: "In 1848 twenty of")
    if (tok.pos_ == "NUM" or tok.tag_ == "CD") and (tok.ent_type_ != "DATE" or tok.is_alpha):
        p = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
        obj = next((o for o in p.children if o.dep_ == "pobj"), None) if p is not None else None
        if obj is None or not (_people_plural(obj) or _crew(obj)) or any(t.pos_ in ("VERB", "AUX", "PUNCT") and t.text not in "-"
                                                          for t in doc[p.i:obj.i + 1]):
            return None
        first = min(t.i for t in tok.subtree)
        return first, obj.i
    # a date's year parsed as a count is none ("in January 1872 men of his party burned"); a count after
    # it still is ("In 1850 twelve miners")
    # (a number word the tagger read as an adjective is a count too: "some sixty families")
    counts = [c for c in tok.children if c.i < tok.i and c.ent_type_ != "DATE" and (
        c.dep_ == "nummod" or c.dep_ == "amod" and c.like_num and c.is_alpha and c.ent_type_ != "ORDINAL")]
    # (not an ordinal: "first settlers")
    if not _people_plural(tok) or not counts:
        return None
    left = [c for c in tok.children if c.i < tok.i and not (c.dep_ == "nummod" and c.ent_type_ == "DATE")]
    approx = event_cues()["approx_words"]
    if any(c.dep_ in ("det", "poss") and c.lower_ not in approx for c in left):
        return None  # "the forty men", "his 300 men": a group told before, not a count ("some forty": about)
    first = min([tok.i, *(t.i for c in left if c.dep_ in ("nummod", "amod", "compound", "quantmod") or c.lower_ in approx
                          for t in c.subtree)])
    return first, tok.i


def _crew(tok) -> bool:
    """A definite body of people counted by its members ("twenty of her crew", "forty of the garrison")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and group_noun(tok.lemma_.lower(), False) and any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _people_plural(tok) -> bool:
    """A plural common noun for people ("men", "people", "sailors", "crewmen")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
        noun_kind(tok.lemma_.lower()) == "person" or tok.lemma_.lower() in event_cues()["people_nouns"])


def group_phrase(tok):
    """The words of a definite description of an unnamed group ("the rebels", "the town's
    garrison", "the garrison of Tarija") headed by ``tok``, as (first, last) token indices, else None.
    Definite means an article or demonstrative, or a noun in the possessive; "rebels", "some
    rebels", "his men" are not a group the reader can tell apart."""
    if not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())) or not tok.is_alpha:
        return None
    if part_noun(tok.lemma_.lower()):  # "the remnant of the army", "part of the army": that part of it
        whole = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1
                      for o in p.children if o.dep_ == "pobj"), None)
        if whole is None or whole.pos_ != "NOUN" or not group_noun(whole.lemma_.lower(), whole.tag_ == "NNS") or \
                _definite_span(whole) is None:
            return None
        # the span ends at the whole ("the rest of the regiment under Colonel X": not its commander)
        own = [c for c in tok.children if c.i < tok.i]
        first = min([tok.i, *(t.i for c in own if c.dep_ in ("det", "poss", "amod") for t in c.subtree)])
        if any(c.dep_ == "det" and c.lower_ not in cues()["definite_determiners"] for c in own) or \
                any(t.is_punct for t in tok.doc[first:whole.i + 1]):
            return None  # ("a part of the army", "any remnant of": no one part)
        return first, whole.i
    plural = tok.tag_ in ("NNS", "NNPS")
    if not group_noun(tok.lemma_.lower(), plural) or tok.lower_ in cues()["vague_group_nouns"]:
        return None
    return _definite_span(tok)


def address_form(tok):
    """The possessive of a form of address ("His Majesty", "Her Ladyship", "Your Excellency": a
    capitalised word coref.json lists, after "His"/"Her"/"Your"/"Their"), else None."""
    if not tok.text[:1].isupper() or tok.lower_ not in cues()["forms_of_address"]:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.i == tok.i - 1 and c.text[:1].isupper()
                 and c.tag_ == "PRP$"), None)


def title_noun(tok) -> bool:
    """"the Count", "the Emperor", "the Countess": a capitalised title the tagger read as a proper noun,
    standing alone after "the" (not "the Count Orlov", a name), one person by WordNet."""
    return tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and \
        any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in tok.children) and \
        not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children) and \
        noun_kind(tok.lemma_.lower()) == "person"


def person_phrase(tok):
    """A definite description of one unnamed person ("the bishop", "the governor", "the Emperor",
    "the old colonel") headed by ``tok``, as (first, last) token indices, else None: the participant a
    text gives when it never names the holder. Not the vague ones ("the man", "the other")."""
    if tok.tag_ not in ("NN", "NNP") or not tok.is_alpha or not (
            tok.pos_ == "NOUN" or title_noun(tok) or (tok.pos_ == "PROPN" and tok.text.islower())):
        return None
    lemma = tok.lemma_.lower()
    if lemma in cues()["vague_group_nouns"] or tok.lower_ in cues()["vague_group_nouns"] or noun_kind(lemma) != "person":
        return None
    return _definite_span(tok)


def possessed_phrase(tok):
    """"my father", "our cook", "my elder brother": one person a text told in the first person describes
    by their tie to the narrator; "his brother", "her husband", "his widow": a relative (WordNet: a kind of
    relative) of the person a third-person possessive stands for; as (first, last) token indices, else
    None. The description is the participant unless the text named that relative (possessed_holder)."""
    if tok.tag_ != "NN" or tok.pos_ != "NOUN" or not tok.is_alpha:
        return None
    lemma = tok.lemma_.lower()
    if lemma in cues()["vague_group_nouns"] or noun_kind(lemma) != "person":
        return None
    left = [ch for ch in tok.children if ch.i < tok.i]
    poss = next((ch for ch in left if ch.dep_ == "poss" and ch.tag_ == "PRP$"), None)
    if poss is None or any(ch.dep_ == "det" for ch in left):
        return None
    if poss.lower_ not in cues()["first_person_pronouns"] and not kin_noun(lemma):
        return None
    first = min([tok.i, *(t.i for ch in left if ch.dep_ in ("poss", "amod", "compound", "nmod") for t in ch.subtree)])
    doc = tok.doc
    if any(doc[i].is_punct for i in range(first, tok.i + 1)):
        return None
    return first, tok.i


def _of_names(noun) -> set[str]:
    """The proper names (lowercased) of a noun's "of" phrase: "the captain of the Dove" -> {"dove"}."""
    return {t.lower_ for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
            for t in p.subtree if t.pos_ == "PROPN"}


def kin_noun(lemma: str) -> bool:
    """A relative by blood or marriage by the noun's first sense (WordNet's relative: "brother", "wife",
    "grandson"; not "boy", "heir", "partner"), or a surviving spouse ("widow")."""
    return lemma in cues()["surviving_spouses"] or wordnet.kin_sense(lemma)


def _definite_span(tok):
    """The words of a definite noun phrase headed by ``tok`` with a short "of" phrase, else None."""
    c = cues()
    left = [ch for ch in tok.children if ch.i < tok.i]
    definite = any(ch.dep_ == "det" and ch.lower_ in c["definite_determiners"] for ch in left) or any(
        ch.dep_ == "poss" and ch.pos_ in ("NOUN", "PROPN") for ch in left)
    if not definite or any(ch.dep_ == "det" and ch.lower_ not in c["definite_determiners"] for ch in left):
        return None
    first = min([tok.i, *(t.i for ch in left if ch.dep_ in ("det", "poss", "amod", "compound", "nmod", "nummod",
                                                           "quantmod", "predet", "advmod") for t in ch.subtree)])
    last = tok.i
    for p in tok.children:  # "the garrison of Tarija", "the crew of the Albatross": a short "of" phrase
        if p.dep_ == "prep" and p.lower_ == "of" and p.i == tok.i + 1:
            sub = list(p.subtree)
            if len(sub) <= 5 and not any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for t in sub):
                last = sub[-1].i
    doc = tok.doc
    while first < tok.i and doc[first].is_punct:
        first += 1
    if any(doc[i].is_punct and doc[i].text not in ("'", "’", "-") for i in range(first, last + 1)):
        return None
    return first, last

"""What the event finder needs to know about a document, indexed once: which tokens are named
mentions, which are dates, where sentences and zones lie, and which citations a sentence carries."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from ..model import AnnotatedDocument, Entity, Mention, Timex
from ..nlp import STRUCTURE_LINE
from ..time.counted import dated
from ..time.asides import past_perfect
from . import dates, heading_dates

_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|to|and|until|till)\s*$")
SKIP_ZONES = frozenset({"header", "references", "debris"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass
class DatedTimex:
    timex: Timex
    head: object  # spaCy Token: the syntactic head of the expression
    bounds: tuple[int, int]


class DocIndex:
    """Token-level look-ups over one AnnotatedDocument (built in linear time)."""

    def __init__(self, ad: AnnotatedDocument):
        self.ad = ad
        self.doc = ad.nlp
        self.text = ad.text
        self.entities: dict[str, Entity] = {e.id: e for e in ad.entities}
        self._by_name: dict[str, str] = {}
        for e in ad.entities:
            for n in [e.name, *e.aliases]:
                if n:
                    key = n.lower().strip()
                    prev = self._by_name.get(key)
                    # a state name should find the state, not an organisation of the same name
                    if prev is None or (e.label == "GPE" and self.entities[prev].label != "GPE"):
                        self._by_name[key] = e.id
        self.zones = sorted(ad.zones, key=lambda z: z.start)
        self.mention_of: dict[int, Mention] = {}
        self.mentions = sorted((m for m in ad.mentions if self.in_body(m.start)), key=lambda m: m.start)
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.mention_of.setdefault(tok.i, m)
        self.person_starts: list[int] = []
        self.person_mentions: list[Mention] = []
        for m in self.mentions:
            if m.label == "PERSON" and m.entity:
                self.person_starts.append(m.start)
                self.person_mentions.append(m)
        self.dated: list[DatedTimex] = []
        self.timex_of: dict[int, DatedTimex] = {}
        for t in sorted(map(dated, ad.timexes), key=lambda t: t.start):  # "three days later" dates by its day
            if t.bibliographic or t.type not in ("DATE", "TIME") or not self.in_body(t.start):
                continue
            if _inside_word(self.text, t.start, t.end):
                continue  # "1st Mar|quis": a date read out of part of a word dates nothing
            b = dates.bounds(t.value)
            if b is None:
                continue
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                continue
            dt = DatedTimex(t, span.root, b)
            self.dated.append(dt)
            for tok in span:
                self.timex_of[tok.i] = dt
        self.dated_ends = [d.timex.end for d in self.dated]
        self.paragraphs = _paragraph_starts(self.text)
        # the two ends of a span ("13-15 June", "between June 13 and June 15, 1863", "from 1620 to 1631")
        self.range_partner: dict[int, DatedTimex] = {}
        spans = sorted((t for t in ad.timexes if t.type in ("DATE", "TIME") and t.value and not t.bibliographic
                        and self.in_body(t.start)), key=lambda t: t.start)
        for a, b in zip(spans, spans[1:]):
            gap = self.text[a.end:b.start]
            before = self.text[max(0, a.start - 9):a.start].lower()
            if _RANGE_GAP.match(gap) and (gap.strip() not in ("and",) or "between" in before):
                # "between 3 May and 9 May 1702": the first end takes the year the second states
                va, vb = a.value, b.value
                if va.startswith("XXXX") and vb[:4].isdigit():
                    va = vb[:4] + va[4:]
                if vb.startswith("XXXX") and va[:4].isdigit():
                    vb = va[:4] + vb[4:]
                self.range_partner[a.start] = DatedTimex(replace(b, value=vb), None, None)
                self.range_partner[b.start] = DatedTimex(replace(a, value=va), None, None)
        # dates the narrative time may come from: not in brackets, not on a heading or infobox line,
        # not a birth's ("Born in 1900, ...", "(1904 - 1945)") -- asides, not the story's clock
        self.narrative_dated = [d for d in self.dated if not self._aside(d) and not qualifies_a_thing(d)]
        self.narrative_ends = [d.timex.end for d in self.narrative_dated]
        self.sents = [s for s in self.doc.sents]
        self.sent_starts = [s.start_char for s in self.sents]
        self.citations_by_sent: dict[int, list[str]] = {}
        for c in sorted(ad.citations, key=lambda c: c.start):
            i = bisect.bisect_right(self.sent_starts, c.start) - 1
            if i < 0:
                continue
            ref = c.reference or c.text.strip("[]() ")
            lst = self.citations_by_sent.setdefault(i, [])
            if ref not in lst:
                lst.append(ref)

    # ---- zones ---------------------------------------------------------------------------------
    def in_body(self, offset: int) -> bool:
        for z in self.zones:
            if z.start <= offset < z.end:
                return z.kind not in SKIP_ZONES
            if z.start > offset:
                break
        return True

    @functools.cached_property
    def heading_scopes(self) -> tuple[list[int], list[tuple[int, int, dict]]]:
        """The stretches a sitting's or a chronicle year's heading dates (heading_dates.scopes), once per document."""
        return heading_dates.scopes(self)

    @functools.cached_property
    def heading_starts(self) -> list[int]:
        """The starts of the document's entry headings (time/entries.heading_at), sorted, once per document."""
        from ..time.entries import heading_at

        return sorted(t.start for t in self.ad.timexes if t.bibliographic and heading_at(self.text, t.start))

    @functools.cached_property
    def note_lines(self) -> list[tuple[int, int]]:
        """The document's note lines (time/asides.note_lines), once per document."""
        from ..time.asides import note_lines

        return note_lines(self.text)

    def sentence_index(self, token) -> int:
        return bisect.bisect_right(self.sent_starts, token.idx) - 1

    # ---- entities ------------------------------------------------------------------------------
    def mention(self, token) -> Mention | None:
        return self.mention_of.get(token.i)

    def entity_named(self, name: str) -> str | None:
        return self._by_name.get(name.lower().strip())

    def last_person_before(self, offset: int, not_before: int) -> Mention | None:
        """The most recent PERSON mention before ``offset`` (a pronoun's antecedent), if recent enough."""
        i = bisect.bisect_left(self.person_starts, offset) - 1
        while i >= 0:
            m = self.person_mentions[i]
            if m.start < not_before:
                return None
            if m.end <= offset:
                return m
            i -= 1
        return None

    def unrecognised_actor(self, start: int, end: int) -> bool:
        """A capitalised name in an actor's place (a subject, the "by" of a passive) between two
        offsets that no mention covers ("was replaced by Adriaen Luycx" where the names stage missed
        him): the passage is about someone the last person named may not be."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or self.mention(t) is not None:
                continue
            head = t
            while head.dep_ in ("compound", "flat") and head.head != head:
                head = head.head
            if self.mention(head) is None and (head.dep_ in ("nsubj", "nsubjpass") or (
                    head.dep_ == "pobj" and head.head.dep_ == "agent")):
                return True
        return False

    def coref(self):
        """The paragraph-level resolver of pronouns and descriptions (coref.py), built on first use."""
        if getattr(self, "_coref", None) is None:
            from .coref import Coref
            self._coref = Coref(self)
        return self._coref

    # ---- the narrator ---------------------------------------------------------------------------
    def in_quotation(self, token) -> bool:
        """Inside quotation marks opened in its paragraph: someone else's "I", not the narrator's."""
        para = self.paragraphs[bisect.bisect_right(self.paragraphs, token.idx) - 1]
        before = self.text[para:token.idx]
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    def first_person_narration(self) -> bool:
        """The text tells its own story: an "I" outside quotations is the subject of a past verb that
        is no saying or thinking ("I arrived", "I was born"; an essayist's "as I argued" is not), or
        "we" is so twice (a memoir told for a party: "we left Kiev ... we reached Yalta"; an essayist's
        "as we saw" is perception, and one "we" may be the reader and writer together)."""
        if getattr(self, "_first_person", None) is None:
            told = [t for t in self.doc if t.text in ("I", "we", "We") and t.dep_ in ("nsubj", "nsubjpass")
                    and t.head.tag_ in ("VBD", "VBN")
                    and not _speech_or_thought(t.head.lemma_.lower())
                    and self.in_body(t.idx) and not self.in_quotation(t)]
            we = sum(1 for t in told if t.lower_ == "we" and not _perception(t.head.lemma_.lower()))
            # a signed letter, a diary by its title, a post signed by its writer: its one "we arrived", its
            # "received us", are the writer's
            self._first_person = any(t.text == "I" for t in told) or we >= 2 or (self.writer()[1] and any(
                t.lower_ in ("i", "me", "we", "us") and t.pos_ == "PRON" and self.in_body(t.idx)
                and not self.in_quotation(t) for t in self.doc))
        return self._first_person

    def writer(self) -> tuple[str | None, bool]:
        """(name, told by its writer) from the text's form (events/writer.py): a letter's signature, a
        diary's title, a byline; never the place of a heading."""
        if getattr(self, "_writer", None) is None:
            from .writer import writer
            self._writer = writer(self.text, self.ad.document.metadata)
        return self._writer

    def in_dateline(self, offset: int) -> bool:
        """True inside a news report's dateline ("LUSAKA, Oct. 14 (Reuters) - ")."""
        if getattr(self, "_datelines", None) is None:
            from .writer import datelines
            self._datelines = datelines(self.text)
        return any(s <= offset < e for s, e in self._datelines)

    def asked(self, offset: int) -> bool:
        """True inside an interviewer's turn of an interview transcript ("Q: Were you ever arrested?"):
        its "I" is not the interviewee the text is told by."""
        if getattr(self, "_interview", None) is None:
            from .writer import interview
            self._interview = (interview(self.text),)
        talk = self._interview[0]
        return talk is not None and any(s <= offset < e for s, e in talk[1])

    def narrator(self) -> tuple[str | None, str]:
        """(entity, name) of who "I" is: the writer the text's form names (a letter's signature, the
        header's author unless it is a place; its entity when the text names them too), else an unnamed
        narrator ("the narrator": a description, never a guess)."""
        author = self.writer()[0]
        if author:
            eid = self.entity_named(author)
            if eid is not None and self.entities[eid].label in PLACE_LABELS:
                return None, "the narrator"
            return eid, author
        return None, "the narrator"

    def vessel(self) -> str | None:
        """The ship a log's title names ("Log of the schooner Dolphin"), else None."""
        if getattr(self, "_vessel", None) is None:
            from .writer import vessel
            self._vessel = (vessel(self.text[:400]) or "",)
        return self._vessel[0] or None

    def documents(self):
        """The named documents (treaties, charters, acts) and what "the treaty" refers to (documents.py)."""
        if getattr(self, "_documents", None) is None:
            from .documents import Documents
            self._documents = Documents(self.doc, self.paragraphs)
        return self._documents

    def pronouns(self) -> "Pronouns":
        if getattr(self, "_pronouns", None) is None:
            from .lexicon import cues
            self._pronouns = Pronouns(self, frozenset(cues()["personal_pronouns"]))
        return self._pronouns

    # ---- time ----------------------------------------------------------------------------------
    def narrative_time(self, offset: int) -> DatedTimex | None:
        """The last event date stated before ``offset`` in the same paragraph, outside asides: the
        time the narrative has reached. None at a paragraph's start: no date rather than a wrong one."""
        i = bisect.bisect_right(self.narrative_ends, offset) - 1
        if i < 0:
            return None
        dt = self.narrative_dated[i]
        para = bisect.bisect_right(self.paragraphs, offset) - 1
        return dt if dt.timex.start >= self.paragraphs[para] else None

    def on_structure_line(self, offset: int) -> bool:
        """A heading, title or "- Key: value" line, or a "Key: value" fact line under the title."""
        from ..ingest.facts import unbulleted

        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return bool(STRUCTURE_LINE.match(self.text[start: end if end >= 0 else len(self.text)])) or any(
            f.start <= offset <= f.end for f in unbulleted(self.text))

    def _aside(self, dt: DatedTimex) -> bool:
        t = dt.timex
        line_start = self.text.rfind("\n", 0, t.start) + 1
        line_end = self.text.find("\n", t.end)
        line = self.text[line_start: line_end if line_end >= 0 else len(self.text)]
        if STRUCTURE_LINE.match(line):
            return True
        sent = dt.head.sent
        before = self.text[sent.start_char:t.start]
        if before.count("(") > before.count(")"):
            return True
        return self.birth_date(dt)

    @staticmethod
    def birth_date(dt: DatedTimex) -> bool:
        """The date of a birth told in passing ("Born in 1890 in Tarvas, ..."): it dates the birth only. (An
        opening "Born c. 1760 in Cork, ..." the parser may read as an adjective, not the verb: its words count.)"""
        sent = dt.head.sent
        # the sentence so far, from the sentence's own text (Doc.text would join every token of the document)
        so_far = sent.text[:dt.timex.start - sent.start_char] if sent.start_char <= dt.timex.start <= sent.end_char \
            else dt.head.doc.text[sent.start_char:dt.timex.start]
        if _BORN_OPENING.fullmatch(so_far):
            return True
        cur = dt.head
        for _ in range(8):
            if cur.lemma_.lower() == "bear" and cur.pos_ in ("VERB", "AUX"):
                return True
            if cur.head == cur or cur.dep_ == "ROOT":
                break
            cur = cur.head
        return False

    def timex_of_head(self, time: dict) -> int:
        """Token index of the head of the date an event's time came from (-1 if unknown)."""
        t = (time or {}).get("timex") or {}
        span = self.doc.char_span(t.get("start", 0), t.get("end", 0), alignment_mode="expand")
        return span.root.i if span is not None and len(span) else -1

    def timexes_in(self, sent) -> list[DatedTimex]:
        lo = bisect.bisect_left(self.dated_ends, sent.start_char + 1)
        out = []
        for d in self.dated[lo:]:
            if d.timex.start >= sent.end_char:
                break
            out.append(d)
        return out


_BORN_OPENING = re.compile(r"[\s\"“]*(?:Born|born|b\.)\b[^,;()]*")  # the sentence so far: "Born c. ", "Born in Cork in "


@functools.lru_cache(maxsize=2048)
def _speech_or_thought(lemma: str) -> bool:
    """A verb whose first WordNet sense is saying or thinking ("argue", "write", "think")."""
    from . import wordnet
    wn = wordnet.reader()
    senses = wn.synsets(lemma, "v")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() in ("verb.communication", "verb.cognition")


@functools.lru_cache(maxsize=2048)
def _perception(lemma: str) -> bool:
    """A verb whose first WordNet sense is perceiving ("see", "notice"): an essayist's "as we saw"."""
    from . import wordnet
    wn = wordnet.reader()
    senses = wn.synsets(lemma, "v")[:1] if wn is not None else []
    return bool(senses) and senses[0].lexname() == "verb.perception"


def _dying(verb) -> bool:
    """A verb of dying ("died", "perished"): its subject acts no more after it."""
    from . import wordnet
    return verb.pos_ in ("VERB", "AUX") and wordnet.dying_verb(verb.lemma_.lower())


def _died(verb) -> bool:
    """A verb of dying told as fact of its subject ("died"; not "did not die", "would die", nor "nearly
    died": an adverb whose first WordNet sense is about.r.07, "not quite accomplished")."""
    from . import wordnet
    return _dying(verb) and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or (
        c.dep_ == "advmod" and getattr(wordnet.first_synset(c.lower_, "r"), "name", lambda: "")() == "about.r.07")
        for c in verb.children)


def _gender_fits(pronoun: str, noun: str) -> bool:
    """"she" is no "count", "he" no "countess"; a noun of no gender fits either."""
    from .coref import cues, person_gender
    g = person_gender(noun)
    return g is None or (g == "f") == (pronoun in cues()["female_words"])


def qualifies_a_thing(dt: DatedTimex) -> bool:
    """A date that dates a thing, not the narrative: "the protocol of 1886", "the 1886 protocol"."""
    h = dt.head
    p = h.head if h.head != h else None
    if h.dep_ == "pobj" and p is not None and p.lower_ == "of" and p.head.pos_ in ("NOUN", "PROPN"):
        return True
    return h.dep_ in ("nummod", "compound", "poss") and h.head.pos_ in ("NOUN", "PROPN") and not h.head.ent_type_


def _in_relative_clause(tok) -> bool:
    """True when the token is inside a relative clause ("whom Y had trained")."""
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _inside_word(text: str, start: int, end: int) -> bool:
    """The span starts or ends in the middle of a word."""
    return (end < len(text) and text[end].isalpha() and text[end - 1].isalpha()) or (
        start > 0 and text[start - 1].isalpha() and text[start].isalpha())


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n\n")
    while i >= 0:
        starts.append(i + 2)
        i = text.find("\n\n", i + 2)
    return starts


_OBJECT_OF = {"him": "he", "her": "she"}  # an object pronoun and its subject form


class Pronouns:
    """Who "he"/"him"/"his" stands for: the most salient person of the paragraph so far (mentions and
    pronouns already resolved), preferring the subject of the previous sentences, and never the
    subject of the pronoun's own clause for an object pronoun ("Takeoka urged him")."""

    SUBJ = ("nsubj", "nsubjpass")

    def __init__(self, idx: DocIndex, pronouns: frozenset[str]):
        self.idx = idx
        self.resolved: dict[int, Mention] = {}
        self.ranked: dict[int, list[Mention]] = {}
        # a "he"/"she" that stands for a person the text never named ("In 1820 the bishop came. He ..."):
        # pronoun token -> the description's head token
        self.described: dict[int, object] = {}
        self._pending = None
        # a possessive met while the table is built ("His father died. He ...": whose father) reads the
        # pronouns resolved so far, not a second table built inside this one (which recursed without end)
        self._deaths: dict[str, object] = {}  # entity -> the verb of dying it was last the subject of
        idx._pronouns = self
        try:
            self._build(pronouns)
        except BaseException:
            idx._pronouns = None  # not a half-built table for the next reader
            raise

    def _build(self, pronouns: frozenset[str]) -> None:
        idx = self.idx
        paras = _paragraph_starts(idx.text)
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}  # entity -> its last mention (or resolved pronoun's antecedent) in the paragraph
        last_subject: Mention | None = None
        carried: Mention | None = None  # the last sentence subject of the paragraph before
        carried_sent = None  # the sentence the paragraph before ended on
        prev_sent = None
        para_i = 0
        mentions = idx.person_mentions
        mi = 0
        for sent in idx.sents:
            while para_i + 1 < len(paras) and paras[para_i + 1] <= sent.start_char:
                para_i += 1
                counts = {}
                last = {}
                # "X hired the clerk Y.\n\nHis arrest ...": until the new paragraph names anyone, the subject
                # the paragraph before ended on is the likelier "his" than the last man it named
                carried = last_subject
                carried_sent = prev_sent
                last_subject = None
            prev_sent = sent
            sent_subject = None
            clause_subject = None  # the latest person subject (or pronoun resolved) in this sentence so far
            outer_subject = None  # the same, outside relative clauses
            unknown: str | None = None  # the gender word of a subject pronoun no one was found for
            for tok in sent:
                while mi < len(mentions) and mentions[mi].start <= tok.idx:
                    m = mentions[mi]
                    counts[m.entity] = counts.get(m.entity, 0) + 1
                    last[m.entity] = m
                    mi += 1
                m = idx.mention(tok)
                if m is not None and m.label == "PERSON" and m.entity and (
                        tok.dep_ in self.SUBJ or (tok.dep_ == "poss" and tok.head.dep_ in self.SUBJ)):
                    # "Tilly's army was crushed ...": the subject's possessor is what the sentence is about;
                    # "X, whom Y had trained, taught ...": not the subject of a relative clause
                    outside = not _in_relative_clause(tok)
                    if outside:
                        sent_subject = sent_subject or m
                    if tok.dep_ in self.SUBJ:
                        clause_subject = m
                        if outside:
                            outer_subject = m
                if m is not None and m.label == "PERSON" and m.entity and tok.dep_ == "nsubj" and _died(tok.head):
                    self._deaths[m.entity] = tok.head
                if tok.lower_ not in pronouns or tok.pos_ != "PRON":
                    continue
                # "Litvinov answered with a map which, he said, ...": the subject of an earlier clause
                # of the same sentence is more salient than the previous sentence's
                # ("He was appointed director of the school that X founded, and led it until his death": not
                # X, the subject of a relative clause the pronoun is outside of)
                in_relative = _in_relative_clause(tok)
                near_subject = clause_subject if in_relative else outer_subject
                ranked = self._choose(tok, sent, counts, near_subject or last_subject or self._carry(tok, carried, carried_sent, counts),
                                      mentions, mi, last)
                near = None
                # "With the brothers X and Y he founded ...": people in a phrase of the pronoun's own clause
                # are its companions, never its subject (nor do they decide for the sentence before)
                beside = self._co_arguments(tok) if tok.dep_ in self.SUBJ and clause_subject is None else set()
                if beside:
                    ranked = [m for m in ranked if m.entity not in beside]
                if tok.dep_ in self.SUBJ and clause_subject is None and not (
                        mi and mentions[mi - 1].start >= sent.start_char and mentions[mi - 1].entity not in beside):
                    # the sentence's first person is a subject pronoun: the previous sentence decides
                    self._pending = None
                    self._via_object = False
                    near = self._previous_sentence(tok)
                    head = self._headword_for(tok, near)
                    if head is not None:  # a biography's "he": its subject, where the sentence before does not decide
                        near = [head]
                    if near is not None:
                        # "Countess X owned a mill. Her bailiff, Osip Sarn, kept the accounts. She ...": the
                        # one the text calls a woman, not the subject whose gender nothing tells (for "she"
                        # only: "young Mercader ... He" is Mercader, not the man the text called a son)
                        known = [m for m in ranked if idx.coref().gender(m.entity) == "f"]
                        if tok.lower_ == "she" and len(near) == 1 and near[0] is not None and \
                                idx.coref().gender(near[0].entity) is None and len({m.entity for m in known}) == 1:
                            near = known[:1]
                        # (the partners of "with X, he founded" are not its subject here either)
                        kept = [m for m in near if m is not None and m.entity not in beside]
                        if kept or not near or beside.isdisjoint({m.entity for m in near if m is not None}):
                            ranked = kept
                        if not ranked:
                            unknown = tok.lower_
                            if self._pending is not None and not (
                                    _died(self._pending.head) and self._after_death(self._pending.head, tok)):
                                self.described[tok.i] = self._pending  # (not "Her brother died in 1820. In
                                # 1822 he was arrested": the dead brother no more)
                elif tok.dep_ == "poss" and tok.head.dep_ in self.SUBJ and clause_subject is None and not (
                        mi and mentions[mi - 1].start >= sent.start_char) and (p := self._continued(tok)) is not None:
                    ranked = [p] + [m for m in ranked if m.entity != p.entity]  # "X visited him. His death ..."
                elif unknown is not None and clause_subject is None and self._same_gender(tok.lower_, unknown):
                    ranked = []  # "He demanded his share": "his" is the "he" no one was found for
                if ranked and tok.dep_ in self.SUBJ and ranked[0].entity in self._deaths and \
                        self._after_death(self._deaths[ranked[0].entity], tok):
                    ranked = []  # "X died in 1821. In 1822 he married": not X, and no guess at another
                    unknown = tok.lower_
                self.ranked[tok.i] = ranked
                ant = ranked[0] if ranked else None
                if ant is not None and near is not None and tok.dep_ in self.SUBJ and clause_subject is None:
                    idx.coref().tie(ant.entity, tok.lower_)  # "In 1930 he married X. She ...": he is a man
                elif ant is not None and clause_subject is not None and clause_subject.entity == ant.entity and \
                        self._sole_person(sent, tok):
                    # "X brought her son to the prison", "X came to Rye, where she nursed the sick": the
                    # sentence's only person, its subject, is the pronoun's gender
                    idx.coref().tie(ant.entity, tok.lower_)
                if ant is not None and tok.dep_ == "nsubj" and _died(tok.head):
                    self._deaths[ant.entity] = tok.head
                if ant is not None:
                    self.resolved[tok.i] = ant
                    clause_subject = ant  # "Orlov urged him to leave, and when he refused": a chain
                    if not in_relative:
                        outer_subject = ant
                    counts[ant.entity] = counts.get(ant.entity, 0) + 1
                    if tok.dep_ in self.SUBJ:
                        sent_subject = sent_subject or ant
            if sent_subject is not None:
                last_subject = sent_subject

    def _carry(self, tok, carried: Mention | None, carried_sent, counts) -> Mention | None:
        """The subject the paragraph before ended on, for a possessive or object pronoun before the new
        paragraph names anyone ("His arrest ..."), when the text gives that subject the pronoun's gender and
        its last sentence names no one else the text had named before who may have that gender ("Y
        denounced X.\n\nHis arrest": X's; "he hired the clerk Y.\n\nHis arrest": his), or the subject is
        the biography's; a subject "he" or "she" at a paragraph start has its own rules: the sentence
        before, the biography's subject."""
        if carried is None or counts or tok.dep_ in self.SUBJ:
            return None
        coref = self.idx.coref()
        want = coref.wanted_gender(tok.lower_)
        if want is None or coref.gender(carried.entity) != want:
            return None
        head = self.headword()
        if head is not None and head.entity == carried.entity or carried_sent is None:
            return carried
        known = {m.entity for m in self.idx.person_mentions if m.start < carried_sent.start_char}
        rivals = any(m.entity != carried.entity and m.entity in known and coref.agrees(tok.lower_, m.entity)
                     for m in self.idx.person_mentions if carried_sent.start_char <= m.start < carried_sent.end_char)
        return None if rivals else carried

    def _choose(self, tok, sent, counts, last_subject, mentions, mi, last) -> list[Mention]:
        own_subject = None
        if tok.dep_ not in self.SUBJ and tok.dep_ != "poss":
            verb = tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            own_subject = next((c for c in verb.children if c.dep_ in self.SUBJ), None)
            while own_subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "X saw his work and took him": "took" shares X, its subject
                own_subject = next((c for c in verb.children if c.dep_ in self.SUBJ), None)
        elif tok.lower_ in ("him", "her") and tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp", "oprd"):
            # "the Pasha made him a judge": "him" (a small clause's subject) is not the one who made him
            own_subject = next((c for c in tok.head.head.children if c.dep_ in self.SUBJ), None)
        elif tok.dep_ in self.SUBJ and tok.head.dep_ == "relcl" and any(
                c.dep_ in ("dobj", "dative") and c.tag_ in ("WP", "WDT") for c in tok.head.children):
            own_subject = tok.head.head  # "Kiri X, whom he had married": he is not Kiri X
        own = self.idx.mention(own_subject) if own_subject is not None else None
        if own is None and own_subject is not None and own_subject.pos_ == "PRON" and own_subject.lower_ not in (
                "who", "that", "which"):
            own = self.resolved.get(own_subject.i)  # "she survives him": not whom "she" stands for
        # "the governor, X, sent him": not X; nor where the parser made the apposition a second subject ("A
        # rival, the critic X, accused him": "rival" and "critic" both subjects of "accused")
        subjects = [own_subject, *(c for c in own_subject.head.children if c.dep_ in self.SUBJ and c != own_subject)] \
            if own_subject is not None and tok.lower_ in ("him", "her") else []
        others = set()
        from .coref import leader_of
        for s in subjects:
            apposed = self._apposed_person(s)
            if apposed is not None:
                own = own or apposed
                others.add(apposed.entity)
            # "The French Army, under X, arrested him": not X, who led the ones that acted
            leader = self.idx.mention(led) if (led := leader_of(s)) is not None else None
            if leader is not None and leader.label == "PERSON" and leader.entity:
                others.add(leader.entity)
        scored: list[tuple[float, int, Mention]] = []
        seen: set[str] = set()
        for j in range(mi - 1, -1, -1):
            m = mentions[j]
            if m.start < sent.start_char and m.entity in seen:
                continue
            if m.start < self.idx.sents[max(0, self.idx.sentence_index(tok) - 3)].start_char:
                break
            if m.entity in seen:
                continue
            seen.add(m.entity)
            if own is not None and own.entity == m.entity or m.entity in others:
                continue
            score = counts.get(m.entity, 0) + (2 if last_subject is not None and last_subject.entity == m.entity
                                               else 0) + (0.5 if len(seen) == 1 else 0)
            scored.append((-score, -m.start, m))
        for ent, m in last.items():  # persons of the paragraph named before the window
            if ent in seen or (own is not None and own.entity == ent) or ent in others:
                continue
            score = counts.get(ent, 0) + (2 if last_subject is not None and last_subject.entity == ent else 0)
            scored.append((-score, -m.start, m))
        # "she" is not the man the text called "his father", and is rather the one it called "his daughter"
        coref = self.idx.coref()
        scored = [(x[0] - (3 if coref.matches(tok.lower_, x[2].entity) else 0), x[1], x[2]) for x in scored
                  if coref.agrees(tok.lower_, x[2].entity)]
        scored.sort(key=lambda x: (x[0], x[1]))
        ranked = [m for _, _, m in scored]
        shared = self._shared_object(tok)
        if shared is not None and any(m.entity == shared.entity for m in ranked):
            ranked = [shared] + [m for m in ranked if m.entity != shared.entity]
        return ranked

    def _shared_object(self, tok) -> Mention | None:
        """The person a first verb acted on, for the object pronoun of a verb coordinated with it: "the
        king noticed X and sent him to Rome" (him: X)."""
        if tok.dep_ != "dobj" or tok.lower_ not in ("him", "her") or tok.head.dep_ != "conj":
            return None
        first = tok.head.head
        if first.pos_ not in ("VERB", "AUX") or any(c.dep_ in self.SUBJ for c in tok.head.children):
            return None  # ("X met Y, and Z sent him": a subject of its own, another clause)
        for c in first.children:
            m = self.idx.mention(c) if c.dep_ == "dobj" else None
            if m is not None and m.label == "PERSON" and m.entity and self.idx.coref().agrees(tok.lower_, m.entity):
                return m
        return None

    def _co_arguments(self, tok) -> set[str]:
        """The persons named before a subject pronoun in a phrase of its own clause ("with X and Y he
        founded", "after meeting X, he"): joined to its verb through prepositions and nouns only, never
        through a clause of their own ("When X arrived, he" may be X); of the verb its clause hangs from,
        only phrases before that verb's subject ("After a quarrel with X, the poet withdrew to Y, where he
        died"; not "the soldier fought for King X until he was deposed")."""
        verb = tok.head
        verbs = {verb}
        fronted = None
        if verb.dep_ in ("relcl", "advcl"):
            # "After a quarrel with X, the old poet withdrew to Y, where he died": the phrases of the clause
            # "where he died" hangs from, when its subject is a person no name was given for, are his too
            up = verb.head
            while up.pos_ not in ("VERB", "AUX") and up.head != up:
                up = up.head
            subj = next((c for c in up.children if c.dep_ in self.SUBJ), None)
            if subj is not None and subj.pos_ == "NOUN" and subj.i < tok.i and self.idx.mention(subj) is None:
                from .coref import noun_kind
                if noun_kind(subj.lemma_.lower()) == "person":
                    fronted = subj  # only its phrases before its subject: not "fought for King X until he"
                    verbs.add(up)
        out: set[str] = set()
        for t in tok.sent:
            if t.i >= tok.i:
                break
            m = self.idx.mention(t)
            if m is None or m.label != "PERSON" or not m.entity:
                continue
            cur, ok = t, False
            while cur.head != cur:
                if cur.dep_ in ("prep", "agent") and cur.head in verbs:
                    ok = cur.head == verb or fronted is None or cur.i < fronted.i
                    break
                if cur.dep_ not in ("pobj", "prep", "appos", "conj", "cc", "compound", "poss", "det", "amod",
                                    "nmod", "flat", "pcomp", "dobj"):
                    break
                cur = cur.head
            if ok:
                out.add(m.entity)
        return out

    def _sole_person(self, sent, tok) -> bool:
        """No person but one is named in the sentence before ``tok``."""
        seen = {m.entity for t in sent if t.i < tok.i and (m := self.idx.mention(t)) is not None
                and m.label == "PERSON" and m.entity}
        return len(seen) == 1

    @staticmethod
    def _same_gender(a: str, b: str) -> bool:
        from .coref import cues
        c = cues()
        return (a in c["male_words"]) == (b in c["male_words"]) and (a in c["female_words"]) == (b in c["female_words"])

    def _continued(self, tok) -> Mention | None:
        """The person the sentence before (same paragraph) called by an object pronoun of ``tok``'s gender
        while naming its subject ("In 1830 the governor, X, sent him to Y. He ...", "Joan X visited him.
        His death ..."): the one the text keeps as its centre, not the subject that acted on them (who
        cannot be "him" there). None where there is no such pronoun, or its subject is a pronoun too."""
        idx = self.idx
        i = idx.sentence_index(tok)
        if i == 0:
            return None
        prev = idx.sents[i - 1]
        if prev.start_char < idx.paragraphs[bisect.bisect_right(idx.paragraphs, tok.idx) - 1]:
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or root.pos_ not in ("VERB", "AUX"):
            return None
        for t in prev:
            # "sent him", "gave him", "made him a chief" (a small clause's subject), "wrote to him" (not "by him")
            # (or by a verb joined to the root that shares its subject: "noticed his skill and sent him")
            verb = t.head.head if t.dep_ == "pobj" else t.head
            on_root = verb == root or (verb.dep_ == "conj" and verb.head == root and not any(
                c.dep_ in self.SUBJ for c in verb.children))
            acted_on = t.dep_ in ("dobj", "dative") and on_root or (
                t.dep_ == "nsubj" and t.head.dep_ in ("ccomp", "xcomp", "oprd") and t.head.head == root) or (
                t.dep_ == "pobj" and t.head.dep_ in ("prep", "dative") and on_root and t.head.lower_ != "by")
            # "X, whom he had married, ...": a "he" of a relative clause on the subject is someone else too
            acted_on = acted_on or (t.dep_ in self.SUBJ and t.head.dep_ == "relcl" and t.head.head == subj)
            if t.pos_ == "PRON" and acted_on and t.lower_ in ("him", "her", "he", "she") and \
                    self._same_gender(t.lower_, tok.lower_):
                ant = self.resolved.get(t.i)
                subj_m = idx.mention(subj) or (self._apposed_person(subj) if subj.pos_ == "NOUN" else None)
                if ant is not None and (subj_m is None or subj_m.entity != ant.entity):
                    return ant
        return None

    def _previous_sentence(self, tok) -> list | None:
        """Who a sentence-initial "he"/"she" is, from the sentence before in its paragraph: its subject
        when that is a person of the pronoun's gender (or a pronoun standing for one); when the subject
        is no person ("The owners hired Tom Pellow, their agent. He ..."), the person it acted on, else
        the last person it names. [] when that subject is someone no name stands for (a surname the
        names stage missed, "the captain" unresolved): no one rather than a man further back. None
        when the sentence before does not decide (the usual salience ranking applies)."""
        idx = self.idx
        i = idx.sentence_index(tok)
        if i == 0 or tok.lower_ not in ("he", "she"):
            return None
        prev = idx.sents[i - 1]
        para = idx.paragraphs[bisect.bisect_right(idx.paragraphs, tok.idx) - 1]
        if prev.start_char < para:
            return None
        coref = idx.coref()
        cont = self._continued(tok)
        if cont is not None:
            return [cont]
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in self.SUBJ), None)
        if subj is None and root.pos_ == "PROPN" and (m := idx.mention(root)) is not None and m.label == "PERSON" \
                and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in root.children):
            subj = root  # "X, whom Y had trained, taught at Z.": parsed as a name with clauses, X is its subject
        if subj is None:
            return None
        m = idx.mention(subj)
        if subj.pos_ == "PRON":
            ant = self.resolved.get(subj.i)
            if ant is not None and subj.lower_ in ("he", "she") and not self._same_gender(subj.lower_, tok.lower_):
                # "In 1930 he married X. She ...": not he; the one he acted on, else the usual ranking (where
                # he, his gender now tied to him, has no place)
                self._via_object = True
                return self._acted_on_in(prev, tok, subj)
            if ant is not None and coref.agrees(tok.lower_, ant.entity):
                return [ant]
            if ant is None and subj.i in self.described and subj.lower_ == tok.lower_:
                self._pending = self.described[subj.i]  # "The bishop came. He ... He ...": a chain
                return []
            return None if subj.lower_ not in ("he", "she") else (None if ant is None else [])
        if m is not None and m.label == "PERSON":
            if not m.entity:
                return []
            if coref.agrees(tok.lower_, m.entity):
                if not coref.matches(tok.lower_, m.entity):  # "X raised his daughter Anna. She ...": Anna
                    other = [o for o in (idx.mention(t) for t in prev) if o is not None and o.label == "PERSON"
                             and o.entity and o.entity != m.entity and coref.matches(tok.lower_, o.entity)]
                    if other:
                        return [other[-1]]
                return [m]
            self._via_object = True
            return self._acted_on_in(prev, tok, subj)
        from .coref import noun_kind, title_noun
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        # "the bishop", and "the Count" (a title the tagger took for a name): a description
        described = subj.pos_ == "NOUN" or (m is None and subj.pos_ == "PROPN" and (
            subj.text.islower() or title_noun(subj)))
        if subj.tag_ == "NNP" and not plural and subj.text[:1].isupper() and not described and (m is None or (
                m.label == "ORG" and " " not in m.text)):
            return []  # "Dunmore seized the harbour. He ...": a surname the names stage missed or took for a body
        if m is None and not plural and described:
            # "Its leader, the surgeon William Pryce, had ...": Pryce (not "The operation on the harbour
            # master, X, was a success": a thing's apposition is no subject)
            named = self._apposed_person(subj) if noun_kind(subj.lemma_.lower()) == "person" else None
            owner = self._kin_owner(subj, tok)
            if named is not None and owner is not None and _dying(subj.head):
                # "His brother Otto died in 1799. In 1802 he ...": not the dead brother; but "He had fought
                # at X that year": told of before the death, of either
                return [] if past_perfect(tok.head) and coref.agrees(tok.lower_, named.entity) else [owner]
            if named is not None:  # ("His daughter, Agnes X, married ... He": not her; someone else)
                if coref.agrees(tok.lower_, named.entity):
                    return [named]
                self._via_object = True
                return self._acted_on_in(prev, tok, subj)
            if noun_kind(subj.lemma_.lower()) == "person":  # "the captain": the one the text named so
                r = coref.resolve(subj)
                if r is not None and r.label == "PERSON" and r.entity and coref.agrees(tok.lower_, r.entity):
                    return [r]
                if r is None and owner is not None:  # "His mother died in 1784. In 1786 he married": her son
                    if not _gender_fits(tok.lower_, subj.lemma_.lower()):
                        return [owner]  # ("His mother ... He": the son)
                    # "His father was a mandarin. He ...": what the father was, told of the son's life, once
                    # the son is grown ("He fought at X in 1806", five years after his birth: the father's);
                    # "His father fled in 1800. He ...": the father or the son, the text does not say; nor
                    # does "His father died in 1809. He had fought at X" (told of before the death)
                    if past_perfect(tok.head):
                        return []
                    if _dying(subj.head):
                        return [owner]
                    described = subj.head.lemma_ == "be" and subj.dep_ == "nsubj" and any(
                        c.dep_ == "attr" for c in subj.head.children)
                    return [owner] if described and not self._a_child_then(owner, tok) else []
                if r is None and _gender_fits(tok.lower_, subj.lemma_.lower()):
                    self._pending = subj  # no one named: the pronoun is that description
                return []
            return None
        self._via_object = True
        return self._acted_on_in(prev, tok, subj)

    def _after_death(self, verb, tok) -> bool:
        """``tok``'s clause tells of a time after the death ``verb`` told in an earlier sentence: not in the
        past perfect, and dated after the death's date ("Her brother died in 1820. In 1822 he was
        arrested"; not "He had been arrested in 1818", nor "He was buried on 3 May 1820")."""
        idx = self.idx
        if idx.sentence_index(verb) >= idx.sentence_index(tok) or past_perfect(tok.head):
            return False
        died, when = self._date_of(verb.sent), self._date_of(tok.sent)
        return died is not None and when is not None and when.bounds[0] > died.bounds[1]

    def _date_of(self, sent) -> DatedTimex | None:
        """The first date a sentence states that is not a birth's in passing."""
        return next((d for d in self.idx.timexes_in(sent) if not self.idx.birth_date(d)), None)

    def _a_child_then(self, owner: Mention, tok) -> bool:
        """``tok``'s sentence is dated less than fifteen years after the birth of ``owner`` the text told
        before ("X was born at Ulm in 1801. His father was a colonel. He fought at Jena in 1806")."""
        when = self._date_of(tok.sent)
        if when is None:
            return False
        for d in self.idx.dated:
            if d.timex.start >= tok.idx:
                break
            verb = d.head
            while verb.lemma_.lower() != "bear" and verb.head != verb:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in self.SUBJ), None) if verb.lemma_.lower() == "bear" \
                else None
            born = (self.idx.mention(subj) or self.resolved.get(subj.i)) if subj is not None else None
            if born is not None and born.entity == owner.entity:
                return when.bounds[0] < d.bounds[0] + 15 * 365
        return False

    def _kin_owner(self, subj, tok) -> Mention | None:
        """P of a subject "his father", "her brother" (a relative no name was given for) whose possessive
        stands for P, of the pronoun's gender; else None."""
        from .coref import possessed_phrase
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if poss is None or poss.lower_ not in ("his", "her") or possessed_phrase(subj) is None:
            return None
        owner = self.resolved.get(poss.i)
        return owner if owner is not None and self.idx.coref().agrees(tok.lower_, owner.entity) else None

    # ---- the person a biography is about ----------------------------------------------------------
    def headword(self) -> Mention | None:
        """The person a biography or obituary is about: the subject of its opening sentence when that
        sentence defines them ("X (1880-1952) was a chemist", "X was born at", "X died at") or the title
        names them, and no other person is named more often. None for other texts."""
        if getattr(self, "_headword", None) is None:
            self._headword = (self._find_headword(),)
        return self._headword[0]

    def _find_headword(self) -> Mention | None:
        idx = self.idx
        counts: dict[str, int] = {}
        for m in idx.person_mentions:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        if not counts:
            return None
        title = (idx.ad.document.metadata.title or "").lower()
        found = None
        for m in idx.person_mentions[:3]:
            ent = idx.entities.get(m.entity)
            if ent is not None and title and ent.name.lower() in title and " " in ent.name:
                found = m
                break
        by_title = found is not None
        if found is None:
            sent = next((s for s in idx.sents if idx.in_body(s.start_char) and not idx.on_structure_line(s.start_char)
                         and any(t.is_alpha for t in s)), None)
            if sent is None:
                return None
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in self.SUBJ), None)
            m = idx.mention(subj) if subj is not None else None
            if m is None or m.label != "PERSON" or not m.entity:
                return None
            after = idx.text[m.end:m.end + 3].lstrip()
            lemma = root.lemma_.lower()
            defined = after.startswith("(") and any(ch.isdigit() for ch in idx.text[m.end:m.end + 12]) or (
                lemma == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in root.children)) or \
                lemma in ("bear", "die")
            if not defined:
                return None
            found = m
        # another person named more often makes it no biography of this one; a title that names the person
        # outweighs a count, unless another is named more than twice as often (an obituary calls its
        # subject "he" and names the others: "Ousmane Sarr, 1905-1981" ... "Mamadou Dia ... Dia")
        own = counts.get(found.entity, 0)
        if max(counts.values()) > (2 * own if by_title else own):
            return None
        return found

    def _headword_for(self, tok, near) -> Mention | None:
        """The headword for a sentence-initial "he"/"she" of a biography: where the sentence before does not
        decide (a paragraph's first sentence, a subject that is no person of the pronoun's gender: a thing,
        a woman, one the subject acted on), the text's subject, if the pronoun fits them; else None."""
        head = self.headword()
        if head is None or tok.lower_ not in ("he", "she") or near == []:
            return None
        coref = self.idx.coref()
        if coref.gender(head.entity) != coref.wanted_gender(tok.lower_):
            return None  # a gender the text never gives (a name it cannot read) is no warrant for "she"
        if near is not None and not self._via_object:
            return None  # the sentence before's subject: "His brother Pedro emigrated in 1840. He ..."
        if near and near[0] is not None and self._via_object and any(
                t.pos_ == "PRON" and (a := self.resolved.get(t.i)) is not None and a.entity == near[0].entity
                for t in self.idx.sents[self.idx.sentence_index(tok) - 1]):
            return None  # "The king noticed X and sent him to Rome. He ...": X, acted on and named twice
        if near is None:
            i = self.idx.sentence_index(tok)
            prev = self.idx.sents[i - 1] if i > 0 else None
            subj = next((c for c in prev.root.children if c.dep_ in self.SUBJ), None) if prev is not None else None
            m = self.idx.mention(subj) if subj is not None else None
            if subj is not None and subj.pos_ == "PRON":
                # a "she" just before a "he" (or the reverse) was someone of the other gender
                other = subj.lower_ in ("he", "she") and not self._same_gender(subj.lower_, tok.lower_)
                m = None if other else self.resolved.get(subj.i)
            if m is not None and m.label == "PERSON" and m.entity != head.entity and coref.agrees(tok.lower_, m.entity):
                return None  # another of the pronoun's gender was the subject just before (a paragraph back)
        return head

    def _apposed_person(self, subj) -> Mention | None:
        """The named person a subject noun is in apposition with ("Its leader, the surgeon X,")."""
        for c in subj.children:
            if c.dep_ != "appos":
                continue
            for t in c.subtree:
                m = self.idx.mention(t)
                if m is not None and m.label == "PERSON" and m.entity:
                    return m
        return None

    def _acted_on_in(self, prev, tok, subj) -> list | None:
        """The person of a sentence, not its subject, a pronoun of that gender may stand for: the one
        the main verb acts on, else the last one it names; None when it names none."""
        idx = self.idx
        coref = idx.coref()
        found = []
        # the one the subject pronoun of the other gender stands for is ruled out ("…; she survives him. He
        # …": not she), and an object pronoun of the same gender stands for whom it was resolved to (him)
        ruled_out = self.resolved.get(subj.i) if subj.pos_ == "PRON" else None
        for t in prev:
            m = idx.mention(t)
            if m is None and t.pos_ == "PRON" and _OBJECT_OF.get(t.lower_) == tok.lower_:
                m = self.resolved.get(t.i)
            if m is None or m.label != "PERSON" or not m.entity or t in subj.subtree:
                continue
            if ruled_out is not None and m.entity == ruled_out.entity:
                continue
            if not coref.agrees(tok.lower_, m.entity) or (found and found[-1][1] is m):
                continue
            direct = t.dep_ in ("dobj", "dative") and t.head == prev.root
            found.append((direct, m))
        if not found:
            return None
        direct = [m for d, m in found if d]
        return [direct[-1] if direct else found[-1][1]]

    def antecedent(self, tok) -> Mention | None:
        return self.resolved.get(tok.i)

    def description(self, tok):
        """The head of the unnamed-person description a "he"/"she" stands for, else None."""
        return self.described.get(tok.i)

    def candidates(self, tok) -> list[Mention]:
        return self.ranked.get(tok.i, [])

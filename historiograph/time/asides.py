"""Which dates are asides of the narrative, and so must not move its reference time.

In narrative mode a yearless date takes its year from the last date the story told. A date that only
qualifies a thing ("the protocol of 1886", "the 1886 protocol"), sits in a clause that describes a noun
("The Pact signed in Moscow on 13 April 1941 was still in force"), in brackets, in a person's life
("born in Odessa in 1900"), in a glance ahead ("it was only in 1993 that ...") or spans a stretch from
the reference ("over the next year") does not take the story there. ``classify`` names the kind of
aside of each date (or None); the Resolver decides, with the tolerances of data/time/asides.json,
whether it still moves the reference (an aside in the story's own year does).

With a spaCy Doc (``ad.nlp``, same offsets) nouns and relative clauses come from the parse; without
one (the TempEval bench) cheap surface patterns stand in for it.
"""
from __future__ import annotations

import bisect
import functools
import re

from .. import datafiles
from .tense import NOT_ABBREVIATION, clause_tense, last_end

_SENTENCE_END = re.compile(r"[.!?]" + NOT_ABBREVIATION + r"\s+(?=[A-Z\"“(])|\n")  # not "Dr. Kelly", "U.S. Army"
_CLAUSE_END = re.compile(r"[,;:()]|[.!?]" + NOT_ABBREVIATION + r"\s|\n")
_MODIFYING_CLAUSES = frozenset({"relcl", "acl", "appos"})
_ATTACHED_TO_NOUN = frozenset({"nummod", "compound", "amod", "poss", "nmod"})
_SHIFT_UNITS = frozenset({"Y", "M", "W", "D", "Q"})


@functools.lru_cache(maxsize=1)
def aside_lexicon() -> dict:
    return datafiles.load_json("time", "asides.json")


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=1)
def _surface():
    lx = aside_lexicon()
    det = r"(?:(?<![\w'’])" + _alt(lx["determiners"]) + r"|\w+['’]s)"
    life_words = [w for w in lx["life_cues"] if not w.endswith(".")]
    life_abbr = [w for w in lx["life_cues"] if w.endswith(".")]
    return {
        "life": re.compile(r"(?:\b" + _alt(life_words) + r"\b|(?<!\w)" + _alt(life_abbr) + r")[^.;:()\n]{0,40}$",
                           re.I),
        "later": re.compile(r"(?<!not\s)\b" + _alt(lx["later_cues"]) + r"\s+(?:(?:in|on|by|after|at)\s+)?$", re.I),
        "report": re.compile(r"(?:\b" + _alt(lx["report_told_later"]) + r"|\bwould|^\s*as\s[^,;:()]{0,60}?|"
                             r"[,;(—–]\s*as\s[^,;:()]{0,60}?)\s+" + _alt(lx["report_past_forms"])
                             + r"\s+(?:(?:in|on|by|at)\s+)?$", re.I),
        "habit": re.compile(r"\b(?:used\s+to\s+|would\s+(?:often\s+|always\s+)?)" + _alt(lx["report_verbs"])
                            + r"\b[^.;:!?()]{0,80}$", re.I),
        "stretch": re.compile(r"\b" + _alt(lx["stretch_prepositions"]) + r"\s+$", re.I),
        "relative": re.compile(r"\b" + _alt(lx["relative_pronouns"]) + r"\b", re.I),
        "participle_subject": re.compile(r"^" + _alt(lx["participle_subject_starts"])
                                         + r"\s+[^,;:()]*?\b[a-z]+(?:ed|en|wn|ght)\b[^,;:()]*$"),
        "finite_after": re.compile(r"\s*,?\s*" + _alt(lx["finite_after_subject"]) + r"\b"),
        "noun_of": re.compile(det + r"\s+(?:[\w'’.-]+\s+){0,4}?([A-Za-z][\w-]*)\s+of\s+$", re.I),
        "det_before": re.compile(det + r"\s+(?:[\w'’-]+\s+){0,2}?$", re.I),
        "word_after": re.compile(r"\s+([A-Za-z][\w-]*)"),
    }


@functools.lru_cache(maxsize=1)
def _words():
    lx = aside_lexicon()
    return frozenset(lx["temporal_nouns"]), frozenset(lx["not_nouns_after_year"])


def classify(text: str, parts, doc=None, narrative: bool = True) -> list[str | None]:
    """For each part: None for a date that may set the story's time, else the kind of aside
    ("noun", "clause", "paren", "life", "death_told", "later", "stretch", "report", "flashback", "note",
    "fact").
    Only DATE and TIME parts are asides. ``narrative=False`` (news, read by TimeML's conventions)
    leaves out the kinds only a narrative has (a report told later, a flashback, a book's note)."""
    notes = sorted([(a, b, "note") for a, b in note_lines(text)] + [(a, b, "fact") for a, b in fact_lines(text)]) \
        if narrative else []
    starts = [a for a, _, _ in notes]
    out = []
    for p in parts:
        i = bisect.bisect_right(starts, p.start) - 1
        if p.spec.type not in ("DATE", "TIME"):
            out.append(None)
        elif i >= 0 and p.start < notes[i][1]:
            out.append(notes[i][2])
        else:
            out.append(_kind(text, p, doc, narrative))
    return out


_NOTE_LINE = re.compile(r"^[ \t]*(?:\[(?P<b>\d{1,3})\]|(?P<n>\d{1,3})[.)]|(?P<s>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}))[ \t]+\S.*$", re.M)
# a note's marker in running text: "[1]" inside a line, a superscript, a number glued to a word ("summer.1")
_MARKER = re.compile(r"(?<=[^\s\n])\[(\d{1,3})\]|(?<=\S)([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|(?<=[A-Za-z.,;:\"”’)])(\d{1,3})(?![\d,.:]\d|\d)")
_PLAIN = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def fact_lines(text: str) -> list[tuple[int, int]]:
    """Spans of an article's fact lines ("- Built: 1846", "Died: 28 December 1870" under the title), as
    ingest.facts reads them for entities and events: facts listed beside the story, in no order of
    time, so a fact's date never becomes the story's time."""
    from ..ingest.facts import lines

    return [(f.start, f.end) for f in lines(text)]


def note_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a book's note lines ("[1] See Weiss, Die Gesandtschaft ... dated 2 April 1812",
    "2. Hoffmann, Briefe, p. xii") wherever they stand (a page's foot, between paragraphs): a line that
    opens with a note number the text before it cites as a marker ("Petersburg.[1]", "summer.1",
    "wife¹"). A note's dates are the writer's asides; the story's time never moves to them. A numbered
    list whose numbers nothing cites (a chronology) is no note."""
    return list(_note_lines(text))


@functools.lru_cache(maxsize=32)  # (a batch of 16 runs each stage over all its texts)
def _note_lines(text: str) -> tuple[tuple[int, int], ...]:
    """note_lines, read once per text (the time stage and the events' story time both ask)."""
    lines = [m for m in _NOTE_LINE.finditer(text) if not m.start() or text[m.start() - 1] == "\n"]
    if not lines:
        return ()
    first: dict[str, int] = {}
    for m in _MARKER.finditer(text):
        n = (m[1] or m[2] or m[3]).translate(_PLAIN)
        first.setdefault(n, m.start())
    out = []
    for m in lines:
        n = (m["b"] or m["n"] or m["s"]).translate(_PLAIN)
        if first.get(n, len(text)) < m.start():
            out.append((m.start(), m.end()))
    return tuple(out)


def _kind(text: str, part, doc, narrative: bool = True) -> str | None:
    s, e, spec = part.start, part.end, part.spec
    cues = _surface()
    before = text[max(0, s - 80):s]
    if _in_brackets(text, s, e):
        return "paren"
    if spec.anchor in ("anaphoric", "deictic") and spec.unit in _SHIFT_UNITS and spec.n in (-1, 1) \
            and cues["stretch"].search(before):
        return "stretch"
    if cues["later"].search(before):
        return "later"
    sentence = text[last_end(_SENTENCE_END, text, max(0, s - 300), s):s]
    verb = verb_of(doc, s, e) if doc is not None else None
    if narrative and (reported(verb) if verb is not None else (
            cues["report"].search(sentence) or cues["habit"].search(sentence))):
        return "report"
    if cues["life"].search(before):
        return "death_told" if verb is not None and _death_told(verb) else "life"
    if cues["participle_subject"].search(sentence) and cues["finite_after"].match(text, e, e + 30):
        return "clause"
    if doc is not None:
        kind = _parsed(doc, s, e)
        if kind != "unparsed":
            return kind or ("flashback" if narrative and verb is not None and past_perfect(verb) else None)
    kind = _surface_kind(text, part, before)
    return kind or ("flashback" if narrative and clause_tense(text, s, e) == "pluperfect" else None)


def verb_of(doc, s: int, e: int):
    """The verb of the clause a date sits in (the nearest verb above it), or None."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    cur = span.root
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.i not in inside:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def reported(verb) -> bool:
    """Is the date told with a report beside the story: on a verb of saying or writing told later,
    as a comment, as a habit or as a participle ("as Hale later wrote in 1910", "would recall in 1950",
    "he often said", "Writing in 1850, the general recalled"), of what had happened before ("In 1850 he
    wrote that the fire had been set by ..."), or inside what such a verb reports
    ("he used to say that the autumn of 1919 had been the worst")?"""
    lx = aside_lexicon()
    says, later = frozenset(lx["report_verbs"]), frozenset(lx["report_told_later"])
    cur = verb
    for _ in range(3):
        if cur.lemma_.lower() in says:
            kids = list(cur.children)
            if any(c.dep_ == "advmod" and c.lower_ in later for c in kids) \
                    or any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
                    or any(c.dep_ == "aux" and c.lower_ == "would" for c in kids) \
                    or (cur.dep_ == "xcomp" and cur.head.lower_ == "used") \
                    or (cur.tag_ == "VBG" and cur.dep_ in ("advcl", "acl")) \
                    or (cur is verb and any(c.dep_ == "ccomp" and _looks_back(c) for c in kids)):
                return True
        if cur.dep_ != "ccomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _looks_back(clause) -> bool:
    """A reported clause in the past perfect ("that the fire had been set by ..."): the report looks
    back from a later time at what the story already told, so its own date is the teller's, not the story's."""
    return past_perfect(clause) or any(c.dep_ == "conj" and past_perfect(c) for c in clause.children)


def _death_told(verb) -> bool:
    """"Denby died at Carrow on 28 December 1870": the death is the sentence's own statement (its main
    verb, or a conjunct of it), a step of the story rather than a life told in passing."""
    return verb.lemma_.lower() == "die" and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"))


def past_perfect(verb) -> bool:
    """A verb in the past perfect ("had not been paid since the summer"): told from a later time."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _in_brackets(text: str, s: int, e: int) -> bool:
    left = text[max(0, s - 120):s]
    right = text[e:e + 120]
    o, c = left.rfind("("), left.rfind(")")
    if o <= c or "\n" in left[o:]:
        return False
    rc, ro = right.find(")"), right.find("(")
    return rc >= 0 and (ro < 0 or rc < ro) and "\n" not in right[:rc]


def _parsed(doc, s: int, e: int) -> str | None:
    """The parse's view: a date hanging from a noun, or inside a clause that modifies one."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return "unparsed"
    temporal, _ = _words()
    root = span.root
    inside = range(span.start, span.end)
    attach = None
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.i not in inside:
        attach = root.head.head
    elif root.dep_ in _ATTACHED_TO_NOUN and root.head.i not in inside:
        attach = root.head
    if attach is not None and attach.pos_ in ("NOUN", "PROPN") and attach.i not in inside \
            and attach.lower_ not in temporal and not attach.ent_type_ == "DATE":
        return "noun"
    cur = root
    for _ in range(12):
        if cur.dep_ in _MODIFYING_CLAUSES and cur.i not in inside:
            return "clause"
        if cur.pos_ in ("VERB", "AUX") and cur.i not in inside:
            return None  # the date's own clause is a main or adverbial one
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def _surface_kind(text: str, part, before: str) -> str | None:
    """Without a parse: 'the protocol of 1886', 'the 1886 protocol', '..., which was signed in 1941'."""
    cues = _surface()
    temporal, not_nouns = _words()
    s, e = part.start, part.end
    shown = text[s:e]
    if shown[:1].isdigit() or shown[:1].isupper():
        m = cues["noun_of"].search(before)
        if m and m.group(1).lower() not in temporal:
            return "noun"
    if len(shown) == 4 and shown.isdigit() and cues["det_before"].search(before):
        m = cues["word_after"].match(text, e, e + 40)
        if m and m.group(1).lower() not in not_nouns and m.group(1).lower() not in temporal \
                and m.group(1)[:1].islower():
            return "noun"
    clause = before
    for m in _CLAUSE_END.finditer(before):
        clause = before[m.end():]
    if cues["relative"].search(clause):
        return "clause"
    return None

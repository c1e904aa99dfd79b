"""When an event happened: the date that governs its clause, else the time the narrative has reached.

A date governs a trigger when it is attached to the trigger itself, to the trigger's clause, to a
"when" clause of it, to a clause above it, or to a conjoined clause ("accused X ... and ordered his
execution in 1938"). A trigger inside "after X" / "before X" gets the clause's date with the relation
(mod BEFORE / AFTER). With no governing date the event inherits the narrative time, marked
``inherited: true``.
"""
from __future__ import annotations

import bisect
import functools
import re

from ..time.calendar import valid
from . import anchors, entry_dates, heading_dates
from .dates import bounds, compatible, precision
from .context import DatedTimex, DocIndex
from .lexicon import cues, timing_cues
from .numbers import duration_days

_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "ON_OR_BEFORE": "ON_OR_AFTER", "ON_OR_AFTER": "ON_OR_BEFORE"}
_UP_OK = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "pobj", "dep", "ROOT", "dobj", "npadvmod",
                    "advmod", "acomp", "nsubj", "nsubjpass", "attr", "appos", "compound", "amod", "poss"})


def clause_of(tok):
    """The verb heading the clause a token belongs to (the token itself for a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _ancestors_until(tok, stop):
    """Tokens from tok's head upwards, stopping at (and including) ``stop`` or a clause boundary."""
    out = []
    cur = tok
    for _ in range(20):
        if cur.head == cur:
            break
        out.append(cur)
        cur = cur.head
        if cur == stop:
            out.append(cur)
            break
    return out


def govern(trigger_head, sent, idx: DocIndex) -> tuple[DatedTimex, str | None, int] | None:
    """The date governing the trigger in its sentence: (timex, relation mod, rank), best first."""
    best = None
    c_g = clause_of(trigger_head)
    rel = _relation_of_trigger(trigger_head, c_g)
    # "the investigation of the Kirov murder ... in 1937": the clause's date is the investigation's
    embedded = trigger_head.dep_ == "pobj" and trigger_head.head.lower_ == "of" and \
        trigger_head.head.head.pos_ in ("NOUN", "PROPN") and not _measure_of(trigger_head)
    for dt in idx.timexes_in(sent):
        h = dt.head
        if h.i == trigger_head.i:
            continue
        if trigger_head.lemma_.lower() not in ("bear", "birth") and idx.birth_date(dt):
            continue
        if trigger_head.lemma_.lower() not in _LIFE_LEMMAS and life_bracket(dt, idx):
            continue  # "Adler (1801–1862) arrived in the late 1830s": the years are his birth and death
        rank, mod = _rank(h, trigger_head, c_g)
        if rank is None and _when_of_date(dt, c_g):
            rank, mod = 1, None  # "ended in 1750, when the garrison surrendered": the date's own "when"
        if rank is None or (embedded and rank > 0):
            continue
        if rank > 0 and rel:
            mod = rel
        dist = abs(h.i - trigger_head.i)
        key = (rank, _relative(dt), dist)  # "two weeks later, on 30 April 1632": the calendar date wins
        if best is None or key < best[0]:
            best = (key, dt, mod)
    if best is None:
        return None
    (rank, _, _), dt, mod = best
    return dt, mod, rank


_LIFE_LEMMAS = frozenset({"bear", "birth", "die", "death"})
_LIFE_BRACKET = re.compile(r"\(\s*(?:(?:c|ca|b|d|fl)\.|circa|born|died)?\s*([^()\n]{1,30}?)\s*[–—-]\s*"
                           r"(?:(?:c|ca|d)\.|circa|died)?\s*([^()\n]{1,30}?)\s*\)")


_LIFE_ONE = re.compile(r"\(\s*(?:(?:b|d)\.|born|died)\s+([^()\n]{1,30}?)\s*\)")


def life_bracket(dt: DatedTimex, idx: DocIndex) -> bool:
    """The date is one end of a person's life dates in brackets right after the name ("Adler (1801–1862)"):
    it dates that person's birth or death, never another event of the sentence."""
    text, t = idx.text, dt.timex
    open_at = text.rfind("(", max(0, t.start - 40), t.start)
    if open_at < 0:
        return False
    m = _LIFE_BRACKET.match(text, open_at)
    if m is None or not (m.start(1) <= t.start and t.end <= m.end(2)):
        m = _LIFE_ONE.match(text, open_at)  # "Adler (born 1801)", "(d. 1862)"
        if m is None or not (m.start(1) <= t.start and t.end <= m.end(1)):
            return False
    name_end = len(text[:open_at].rstrip())
    return any(p.end == name_end for p in idx.person_mentions)


def participle_step(dt: DatedTimex, trigger_head) -> str | None:
    """The date sits in a participle clause with no subject of its own that hangs from the trigger's
    clause ("Graduating in 1925, she joined", "Having resigned in 1930, he founded", "after graduating in
    1925"): it dates the participle's event; the trigger's is only placed against it: ON_OR_AFTER for a
    perfect participle, "after", or a bare participle before the main clause (what the sentence tells
    next); ON_OR_BEFORE for "before"; SAME (the date's own mod) for "while", "when", "on". None when the date is not in
    such a clause, or it is a bare participle after the trigger ("moved in 1910, founding a paper")."""
    rel = cues()["temporal_relations"]
    cur, verb, how = dt.head, None, None
    for _ in range(14):
        if cur.head == cur or cur == trigger_head:
            break
        if cur.pos_ in ("VERB", "AUX") and cur.tag_ in ("VBG", "VBN") and verb is None:
            if any(c.dep_ in _SUBJECTS for c in cur.children) or cur.dep_ not in ("advcl", "pcomp", "xcomp"):
                return None
            verb = cur
            if any(c.lower_ == "having" and c.dep_ in ("aux", "auxpass") for c in cur.children):
                how = "AFTER"
            mark = next((c.lower_ for c in cur.children if c.dep_ == "mark"), None)
            if mark in rel and how is None:
                how = _INVERSE.get(rel[mark]) if rel[mark] else "SAME"
        elif verb is not None and cur.dep_ == "prep" and cur.lower_ in rel and how is None:
            how = _INVERSE.get(rel[cur.lower_]) if rel[cur.lower_] else "SAME"
        elif cur.pos_ in ("VERB", "AUX") and verb is None:
            return None  # the date's nearest verb is a finite one (the trigger's own clause or another)
        cur = cur.head
    if verb is None or cur != trigger_head or verb == trigger_head:
        return None
    if how is None:
        return "ON_OR_AFTER" if verb.i < trigger_head.i else None
    return how if how == "SAME" else "ON_OR_" + how.replace("ON_OR_", "")  # "after graduating in 1925": that year too


def _measure_of(tok) -> bool:
    """"a string of victories", "a wave of arrests": the plural events are what the clause tells."""
    outer = tok.head.head
    return tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in outer.children)


_RELATIVE_WORDS = frozenset({"later", "earlier", "after", "before", "ago", "next", "following", "previous",
                             "afterwards", "subsequent", "same", "that", "this"})


def _relative(dt: DatedTimex) -> bool:
    """A date told relative to another ("two days later", "the next year"), not on the calendar."""
    return dt.timex.anchored is not None or any(w.lower() in _RELATIVE_WORDS for w in dt.timex.text.split())


def _rank(h, g, c_g) -> tuple[int | None, str | None]:
    # 0: inside the trigger's own phrase (the nearest verb above the date is the trigger's clause)
    cur = h
    for _ in range(12):
        if cur.head == cur:
            break
        cur = cur.head
        if cur == g:
            return 0, None
        if cur.pos_ in ("VERB", "AUX"):
            break
    c_t = clause_of(h.head if h.head != h else h)
    if c_t == c_g or _own_phrase(h, g):
        return 1, None
    if c_t.dep_ in ("relcl", "acl") and c_t.head == g:
        return 1, None  # "the fighting, which ended on 10 August": the date of the noun's own clause
    if c_g.dep_ in ("relcl", "acl") and c_g.head == h:
        return 1, None  # "the year the war ended", and a fronted "The following year their son was born"
        #                 that the parser reads as a noun with a relative clause: the date is the event's
    if _main_clause_as_relative(h, c_g):
        return 1, None
    # the date sits in a subordinate clause of the trigger's clause ("... when they met in 1940")
    if c_t.head == c_g and c_t.dep_ == "advcl":
        mark = next((c.lower_ for c in c_t.children if c.dep_ in ("mark", "advmod")), None)
        rel = cues()["temporal_relations"].get(mark) if mark else None
        return 2, _INVERSE.get(rel, rel) if rel else None
    # the trigger sits below the date's clause (conjoined, controlled, adverbial or prepositional)
    cur = c_g
    for _ in range(8):
        if cur.head == cur:
            break
        if cur.dep_ not in _UP_OK or _other_conjunct(cur):
            break
        cur = cur.head
        if cur == c_t:
            return 3, None
    # the date sits in a later conjunct of the trigger's clause ("accused ... and ordered ... in 1938");
    # not one with a subject of its own ("negotiated ..., but the talks collapsed in 1670")
    cur = c_t
    for _ in range(6):
        if cur.dep_ != "conj" or cur.head == cur or any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        cur = cur.head
        if cur == c_g:
            return 4, None
    return None, None


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _tense(verb) -> str:
    """Past perfect ("had gone") apart from the plain tenses: a pluperfect conjunct tells what came before."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" and "Past" in c.morph.get("Tense") for c in verb.children):
        return "pluperfect"
    return "".join(verb.morph.get("Tense"))


def _other_conjunct(verb) -> bool:
    """A conjunct with its own subject and tense tells another story: "Karl had gone ahead in July, and I
    travelled up" - July is Karl's, not the travelling's."""
    if verb.dep_ != "conj":
        return False
    own, theirs = _subject(verb), _subject(verb.head)
    return own is not None and theirs is not None and own.lower_ != theirs.lower_ and \
        _tense(verb) != _tense(verb.head)


def _under_a_verb(tok) -> bool:
    return any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors)


def _main_clause_as_relative(h, c_g) -> bool:
    """"In March 1874 the weaver Tom Kerr was tried": parsed as a fragment, the fronted date's phrase with
    the noun of the subject's description, the clause a relative one of that noun though it has a subject
    of its own (no relative pronoun) and the sentence has no other verb: the date is the clause's."""
    if c_g.dep_ not in ("relcl", "acl") or _under_a_verb(c_g) or _under_a_verb(h) or h.i > c_g.head.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP", "WP$") and c.lower_ != "that"
               and c.pos_ in ("PROPN", "NOUN") for c in c_g.children)


# the links of a trigger's own phrases ("executed by firing squad on 3 July"), not of another clause's
_PHRASE_DEPS = frozenset({"prep", "pobj", "pcomp", "agent", "dobj", "npadvmod", "advmod", "compound", "nummod",
                          "appos", "amod", "poss"})


def _own_phrase(h, g) -> bool:
    """The date hangs from the trigger through phrases only (no conjunct, relative, adverbial or
    controlled clause between them): it is the trigger's own date, whatever a conjunct says."""
    cur = h
    for _ in range(12):
        if cur.head == cur or cur.dep_ not in _PHRASE_DEPS:
            return False
        cur = cur.head
        if cur == g:
            return True
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return False  # a clause with its own subject
    return False


def _when_of_date(dt: DatedTimex, c_g) -> bool:
    """The trigger's clause is a "when" clause hanging from the date itself ("until May 1750, when
    the last garrison surrendered"): it tells what happened at that date."""
    head = c_g.head
    if c_g.dep_ not in ("relcl", "advcl", "acl") or head == c_g or not (dt.timex.start <= head.idx < dt.timex.end):
        return False
    return any(c.i < c_g.i and c.lower_ in timing_cues()["date_relatives"] and c.dep_ in ("advmod", "mark")
               for c in c_g.children)


def _relation_of_trigger(g, c_g) -> str | None:
    """The time relation of a trigger inside "after X", "before X", "upon X" to its clause's date."""
    rel = cues()["temporal_relations"]
    cur = g
    for _ in range(8):
        if cur == c_g or cur.head == cur:
            break
        head = cur.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if head.lower_ in rel and rel[head.lower_]:
                return rel[head.lower_]
        cur = head
    if g.dep_ == "advcl":
        for c in g.children:
            if c.dep_ == "mark" and c.lower_ in rel and rel[c.lower_]:
                return rel[c.lower_]
    return None


def preposition_mod(dt: DatedTimex) -> str | None:
    """A date's own preposition as a TIMEX3 mod: "by 1940" -> ON_OR_BEFORE, "after 1938" -> AFTER."""
    h = dt.head
    p = h.head if h.head != h else None
    if p is not None and p.dep_ == "prep":
        return cues()["timex_preposition_mods"].get(p.lower_)
    return None


def aspect_mod(trigger_head, dt: DatedTimex) -> str | None:
    """A date on the end or the start of an event: "the fighting, which ended on 10 August" (the
    fighting was ON_OR_BEFORE it), "the fighting began in July" (ON_OR_AFTER)."""
    c = cues()
    v = clause_of(dt.head.head if dt.head.head != dt.head else dt.head)
    if v.pos_ not in ("VERB", "AUX"):
        return None
    linked = (v.dep_ in ("relcl", "acl") and v.head == trigger_head) or (
        trigger_head.dep_ in ("nsubj", "nsubjpass") and trigger_head.head == v)
    if not linked:
        return None
    lemma = v.lemma_.lower()
    if lemma in c["aspect_end_verbs"]:
        return "ON_OR_BEFORE"
    if lemma in c["aspect_begin_verbs"]:
        return "ON_OR_AFTER"
    return None


def time_of(trigger_head, sent, idx: DocIndex) -> dict | None:
    """The event's time as {"value", "mod", "inherited", "timex": {"start", "end"}}.

    A yearless date whose year the time stage took from a backgrounded date ("the protocol of 1886",
    "the Pact signed on 13 April 1941") is suspect: the time is marked inherited (never used for
    conflicts), its year is taken from the last foreground date, and ``anchor_suspect`` keeps the
    value the time stage gave."""
    hit = govern(trigger_head, sent, idx)
    if hit is not None:
        dt, rel, _rank = hit
        at_date = _when_of_date(dt, clause_of(trigger_head))  # "by 1750, when ...": at the date itself
        aspect = aspect_mod(trigger_head, dt) if _rank else None  # "the strike of March 1842 closed ...": its own
        mod = rel or aspect or (None if at_date else preposition_mod(dt)) or dt.timex.mod
        value = dt.timex.value
        other = idx.range_partner.get(dt.timex.start)
        if other is not None and other.timex.start > dt.timex.start and not rel:
            mod = mod if mod in ("START", "END") else None  # "fought 13-15 June": from its first day
        elif other is not None and other.timex.start < dt.timex.start and not rel:
            value = other.timex.value  # the range's end was nearer the trigger: the event began at its start
        out = {"value": value, "mod": mod, "inherited": False,
               "timex": {"start": dt.timex.start, "end": dt.timex.end}}
        step = participle_step(dt, trigger_head)
        if step is not None:  # "Graduating in 1925, she joined the navy": the date is the graduation's
            out["mod"] = step if step != "SAME" else out["mod"]
            out["inherited"] = step != "SAME"
    else:
        if _named_inside(trigger_head):
            return None  # "the investigation of the Kirov murder": an earlier event named, not told now
        day = day_of_month(trigger_head, sent, idx)
        if day is _UNSURE:
            return None  # "on the 20th" that the story's month cannot hold: no date rather than a wrong one
        earlier = day or days_that_followed(trigger_head, idx) or named_earlier(trigger_head, sent, idx)
        if earlier is not None:
            return earlier
        if entry_dates.present_perfect(trigger_head):  # "I have been ordered north": by the letter's
            told = entry_dates.entry_time(trigger_head, idx, alone=False)  # date, not at the story's last one
            if told is not None:
                return told
        dt = anchors.story_time(idx, max(sent.start_char, trigger_head.idx))
        headed = _under_heading(trigger_head, dt, idx)
        if headed is not None and (dt is None or headed["heading"] == "sitting"
                                   or dt.timex.start < headed["timex"]["start"]):
            return headed  # a sitting's records, or the first dates under a chronicle's year
        if dt is None or _across_heading(dt, trigger_head, idx):
            return entry_dates.entry_time(trigger_head, idx, alone=True) or _in_lead(trigger_head, idx)
        if told_in_passing(trigger_head) or a_consequence(trigger_head) or leapt(dt, trigger_head, idx) \
                or not carried(dt, trigger_head, idx) or _reported_then(dt, trigger_head) \
                or _reported_past(dt, trigger_head, idx) \
                or _next_sentence(dt, trigger_head, idx) and _out_of_step(trigger_head, sent, idx):
            # no date rather than a wrong one (a chronicle's year still holds for what it tells under it)
            return entry_dates.entry_time(trigger_head, idx, alone=False) or headed
        if headed is not None and not compatible(bounds(dt.timex.value), bounds(headed["value"])):
            return headed  # under "1854", a date of another year told in passing is not the story's
        value = dt.timex.value
        other = idx.range_partner.get(dt.timex.start)
        if other is not None:
            # the narrative stands within a span ("between 13 and 15 June 1863"): what both ends share
            value = _common(value, other.timex.value)
            if value is None:
                return None  # "from 1620 to 1631": a later event may lie anywhere in it
        mod = dt.timex.mod if value == dt.timex.value else None
        if mod is None and _next_sentence(dt, trigger_head, idx) and precision(value) < 300:  # finer than a year
            mod = "ON_OR_AFTER"  # "He was tried in May 1922. He was acquitted.": then, or later; never before
        out = {"value": value, "mod": mod, "inherited": True,
               "timex": {"start": dt.timex.start, "end": dt.timex.end}}
    fixed = anchors.suspect(dt, idx)
    if fixed is not None:
        out["anchor_suspect"] = dt.timex.value
        out["value"] = fixed
        out["inherited"] = True
    elif not out["inherited"] and anchors.counted_across_paragraphs(dt, idx):
        out["inherited"] = True  # an inference from another paragraph's date: less sure, never a conflict
    return out


def _next_sentence(dt: DatedTimex, head, idx: DocIndex) -> bool:
    """Is the date in a sentence before the event's (the event carried on from it, not told with it)?"""
    return idx.sentence_index(dt.head) < idx.sentence_index(head)


def _out_of_step(head, sent, idx: DocIndex) -> bool:
    """A clause that does not go on in the story's past: told in the present or the future ("He is buried
    at X", "Today he is honoured", "He will be remembered"), or with a time of its own that names no calendar
    date ("today", "now"). A present perfect ("He has been released") still reports what came after."""
    v = clause_of(head)
    if v.pos_ in ("VERB", "AUX") and (v.tag_ in ("VBZ", "VBP") and v.lemma_.lower() != "have" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in timing_cues()["now_or_later"] for c in v.children)):
        return True
    return any(sent.start_char <= t.start < sent.end_char and t.type in ("DATE", "TIME") and bounds(t.value) is None
               for t in idx.ad.timexes if not t.bibliographic)


def _under_heading(head, dt: DatedTimex | None, idx: DocIndex) -> dict | None:
    """The date of a sitting's or a chronicle year's heading above the event (heading_dates), for a clause in the
    simple past not told in passing; a report of the sitting ("the clerk reported that X resigned") on or before
    its day. None elsewhere, or where a diary's or a letter's heading stands nearer."""
    time = heading_dates.heading_time(idx, head.idx)
    if time is None or told_in_passing(head) or a_consequence(head):
        return None
    if entry_dates.tense(head) != "past" and not (time["heading"] == "item" and entry_dates.historic_present(head)):
        return None  # (a chronology's line may tell its year in the present: "1886 – The school is opened")
    entry = entry_dates.entry_heading(idx, head.idx)
    if entry is not None and entry[0] > time["timex"]["start"]:
        return None
    if dt is not None and dt.timex.start > time["timex"]["end"] and leapt(dt, head, idx) or _moves_on(head):
        return None  # "Years later ...", "soon after": the story has left the heading's time
    if time["heading"] == "sitting" and _retrospective(head):
        return None  # "He was born at Ennis", "elected when he was a young man": a life before the sitting
    if time["heading"] == "sitting" and (entry_dates.reported(head) or _first_person(head)):
        time["mod"] = "ON_OR_BEFORE"  # a witness's "My sister was killed": told at the sitting, done before it
    return time


def _retrospective(head) -> bool:
    """A clause that tells what came before a sitting, not what was done at it: a birth, or a clause with a
    time clause of its own ("when I was a child", "after the famine"; data/events/timing.json)."""
    v = clause_of(head)
    if head.lower_ in timing_cues()["sitting_retrospective_words"] or v.lower_ in timing_cues()["sitting_retrospective_words"]:
        return True
    marks = cues()["temporal_relations"]
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
               for c in v.children)


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


def _first_person(head) -> bool:
    """Is the clause told in the first person (a witness's testimony in the minutes, not the clerk's record)?"""
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in head.sent)


def _moves_on(head) -> bool:
    """Does the trigger's clause say it came later ("Years later X was exiled", "was dismissed soon after")?"""
    words = set(timing_cues()["leap_words"]) | {"after"}
    above = {head.i, *(a.i for a in head.ancestors)}
    return any(t.lower_ in words and t.pos_ in ("ADV", "ADP") and t.head.i in above and not any(
        c.dep_ == "pobj" for c in t.children) for t in head.sent)


def _in_lead(head, idx: DocIndex) -> dict | None:
    """An article whose head states its event's date ("Siege of Varna" / "Date: 3 August 1828") tells that
    event in its lead without a date ("The Russian army besieged the fortress."): the telling takes the
    line's date, inherited, when it comes before the prose's first date, the line states one day or one
    month (not a span), and the event is of the title's type or its outcome (a surrender, a treaty). The caller
    checks the event's type (events/__init__.py has it); here only the place and the tense."""
    from .entry_dates import tense
    from .infobox import title_time

    got = title_time(idx)
    if got is None or tense(head) != "past" or told_in_passing(head):
        return None
    from ..ingest.facts import lines

    heads = [(f.start, f.end) for f in lines(idx.text)]
    if any(d.timex.start < head.idx and not any(a <= d.timex.start < b for a, b in heads) for d in idx.dated):
        return None  # past the lead: the prose has begun its own dates (in brackets too)
    etype, time, single = got
    if not single:
        return None  # "Date: 8 February 1904 – 5 September 1905": the lead's events lie somewhere in it
    return {**time, "inherited": True, "title_type": etype}


def lead_typed(time: dict | None, etype: str) -> dict | None:
    """A time _in_lead gave, kept only for an event of the title's type or one of its outcomes; the other
    events of the lead stay undated."""
    if not time or "title_type" not in time:
        return time
    title_type = time.pop("title_type")
    if etype == title_type or etype in timing_cues()["outcome_types"]:
        return time
    return None


def carried_for(time: dict | None, etype: str, background: bool, sent_start: int) -> dict | None:
    """A date carried to an event from elsewhere (inherited), kept as fits its kind: a birth takes none (told
    as background, it lies anywhere before the story's time: "executed on 10 October 1650. He was born in
    Devon."), nor does anything told in passing take a heading's; a death carried from an earlier sentence
    came then or later ("In 1862 Hale emigrated. He died in Toronto.")."""
    if time is None or not time.get("inherited") or time.get("entry"):
        return time
    if etype == "birth" or background and time.get("heading"):
        return None
    if etype == "death" and time.get("mod") is None and time["timex"]["start"] < sent_start:
        time["mod"] = "ON_OR_AFTER"
    return time


_ORDINAL_DAY = re.compile(r"^([123]?\d)(?:st|nd|rd|th|d)$", re.I)
_ORDINAL_IN = re.compile(r"\d(?:st|nd|rd|th|d)", re.I)  # where a token can be one
_DAY_PARTS = frozenset({"night", "morning", "evening", "afternoon", "eve", "day", "dawn", "forenoon", "midday"})
_DAY_PREPS = frozenset({"on", "by", "until", "till", "from", "since", "before", "after"})


_UNSURE = {"unsure": True}  # a day of the month is stated, but no month can safely be given it


def day_of_month(head, sent, idx: DocIndex) -> dict | None:
    """"On the 20th the bridge was destroyed", "on the night of the 13th": a day of the month without its
    month, which the story's current date gives (the last date of the story, in reach, that tells its
    month). When that date is later in the month than the day, the reading is unsure (a step back, or
    the next month): undated. A letter's past on a day later than its own is of the month before ("On the
    29th we dined" in a letter of 10 December: 29 November); a diary's is unsure."""
    if not _ORDINAL_IN.search(idx.text, sent.start_char, sent.end_char):
        return None  # no "20th" in the sentence: no token to read
    clause = clause_of(head)
    for tok in sent:
        m = _ORDINAL_DAY.match(tok.text)
        if not m or tok.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "the 13th of April" is the time stage's
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in _DAY_PARTS and prep.head.dep_ == "pobj":
            prep = prep.head.head  # "on the night of the 13th"
        if prep.dep_ != "prep" or prep.lower_ not in _DAY_PREPS or prep.head not in (clause, head):
            continue  # on the clause's verb (or the event's noun), not "troops from the 4th crossed"
        day = int(m[1])
        story = _month_of_story(idx, tok.idx)
        heading = entry_dates.entry_heading(idx, tok.idx) if story is None else None
        if (story is None and heading is None) or not 1 <= day <= 31:
            return None if story is None and heading is None else _UNSURE
        value = story.timex.value if story is not None else heading[2]
        how = entry_dates.tense(head)
        back = heading is not None and how in ("past", "perfect", "present perfect") or how == "perfect"
        if len(value) >= 10 and value[8:10].isdigit() and int(value[8:10]) > day and not back:
            return _UNSURE  # a step back, or the next month (but "had left on the 2nd" steps back)
        if heading is not None and int(value[8:10]) < day:
            if not back or heading[3]:  # (a diary's days follow each other: a later day is a slip, or unsure)
                return _UNSURE  # "we sail on the 29th": this month's or the next, for all the entry says
            y, mo = int(value[:4]), int(value[5:7])  # a letter tells no later day of its month in the past:
            value = f"{y - (mo == 1):04d}-{(mo - 2) % 12 + 1:02d}"  # "on the 29th" of a letter of 10 December
        if not valid(int(value[:4]), int(value[5:7]), day):
            return _UNSURE
        mod = cues()["timex_preposition_mods"].get(prep.lower_)
        return {"value": f"{value[:7]}-{day:02d}", "mod": mod, "inherited": True, "day_of_month": True,
                "timex": {"start": tok.idx, "end": tok.idx + len(tok.text)}}
    return None


_STRETCH_NOUNS = frozenset({"hour", "day", "week", "month", "year", "decade", "century"})
_STRETCH_PREPS = frozenset({"in", "over", "during", "within", "throughout"})
_FOLLOWING = frozenset({"following", "ensuing", "subsequent", "next", "succeeding"})


def days_that_followed(head, idx: DocIndex) -> dict | None:
    """"In the days that followed", "over the next few weeks", "in the ensuing months": the event is after
    the story's last date (mod AFTER, inherited), by a stretch the text leaves open."""
    clause = clause_of(head)
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in _STRETCH_PREPS):
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in _STRETCH_NOUNS:
            continue
        kids = list(noun.children)
        if not (any(c.dep_ == "amod" and c.lower_ in _FOLLOWING for c in kids) or any(
                c.dep_ == "relcl" and c.lemma_.lower() in ("follow", "ensue") for c in kids)):
            continue
        story = _last_of_story(idx, prep.idx)
        if story is None or not (story.timex.value or "")[:4].isdigit():
            return None
        return {"value": story.timex.value, "mod": "AFTER", "inherited": True,
                "timex": {"start": story.timex.start, "end": story.timex.end}}
    return None


def _last_of_story(idx: DocIndex, offset: int) -> DatedTimex | None:
    """The story's time at ``offset`` (anchors.story_time: not a date in a relative clause, a report
    told later or a flashback), within _BACK_REACH paragraphs."""
    return anchors.story_time(idx, offset, _BACK_REACH)


def _month_of_story(idx: DocIndex, offset: int) -> DatedTimex | None:
    """The story's last date before ``offset``, within _BACK_REACH paragraphs, when it tells a month."""
    last = _last_of_story(idx, offset)
    return last if last is not None and re.match(r"^\d{4}-\d\d(?:$|-)", last.timex.value or "") else None


_BACK_DETERMINERS = frozenset({"the", "that", "this"})
_BACK_REACH = 3  # paragraphs back (its own and two before) where the named event may have been dated


def named_earlier(head, sent, idx: DocIndex) -> dict | None:
    """"He died in the fire." after "A fire broke out on 4 June 1861": the clause places the event in, during,
    after or before an event the story named and dated before ("the fire", "the strike", "the siege": a
    definite noun of an event, the same word as the earlier mention), or makes that event its subject ("The
    fire destroyed the mill": what it did while it lasted; not a passive's, "the fire was investigated",
    which may come long after). The event takes that date (with its own mod: "the siege began in May"
    leaves it on or after May), marked inherited."""
    rel = cues()["temporal_relations"]
    clause = clause_of(head)
    links = [(c, next((n for n in c.children if n.dep_ == "pobj" and n.pos_ == "NOUN"), None))
             for c in clause.children if c.dep_ == "prep" and c.lower_ in rel]
    links += _fronted_phrase(clause, sent, rel)
    if head == clause and head.pos_ == "VERB":  # "The fire destroyed the mill": the event acts while it lasts
        links += [(None, c) for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    phase = False
    for prep, noun in links:
        inner = _phase_of(noun)
        if inner is not None:  # "in the course of the war", "at the height of the siege": the war, the siege
            noun, phase = inner, True
        if noun is None or noun.i == head.i or not any(
                c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in noun.children):
            continue
        lemma = noun.lemma_.lower()
        if not _event_noun(lemma) or lemma in timing_cues()["generic_event_nouns"] or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "at the time", "in the course of the war": no event named by the noun itself
        hit = _dated_mention(lemma, sent, idx)
        if hit is None:
            continue
        tok, dt, mod = hit
        own = rel[prep.lower_] if prep is not None else None
        if own:  # "after the fire": the event is after it (the relation's inverse), not when it was
            mod_after = _INVERSE.get(own).replace("ON_OR_", "")
            if mod not in (None, mod_after, "ON_OR_" + mod_after):
                continue  # "after the siege" that ended by July: no bound that is honest
            mod = "ON_OR_" + mod_after  # "after the strike" of April: later in April, or after it
        if phase and mod in (None, "START") and _dated_in_own_phrase(tok, idx):
            mod = "ON_OR_AFTER"  # the height of "the siege in May 1644": May, or a later month of it
        elif phase and mod != "ON_OR_AFTER":
            continue  # "the rebellion was crushed in 1798": its course was before that date, not in it
        return {"value": dt.timex.value, "mod": mod, "inherited": True, "named_earlier": tok.idx,
                "timex": {"start": dt.timex.start, "end": dt.timex.end}}
    return None


def _fronted_phrase(clause, sent, rel) -> list:
    """"At the height of the blockade the consul was arrested" with no comma, parsed as a relative clause of
    "blockade": the sentence's opening phrase is the clause's (prep, noun) all the same."""
    if clause.dep_ != "relcl" or not any(c.dep_ in _SUBJECTS and c.tag_ not in ("WDT", "WP") for c in clause.children):
        return []
    top = clause.head
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.dep_ == "pobj":
        top = top.head.head  # "the height of the blockade"
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ not in rel or prep.i != sent.start:
        return []
    return [(prep, top)]


def _dated_in_own_phrase(tok, idx: DocIndex) -> bool:
    """Is the event noun's date in its own phrase ("the strike of March 1842", "the 1798 rebellion"), not
    in a clause telling something done to it ("the rebellion was crushed in 1798")?"""
    hit = govern(tok, tok.sent, idx)
    return hit is not None and hit[2] == 0


def _phase_of(noun):
    """The event noun of "the course of the war", "the height of the siege" (a part of the event's course,
    data: phase_nouns); None for any other noun."""
    if noun is None or noun.lemma_.lower() not in timing_cues().get("phase_nouns", ()):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None


def _event_noun(lemma: str) -> bool:
    """A noun that names an event ("fire", "strike", "siege", "epidemic"), not a thing or a place."""
    from .lexicon import lexicon
    from .wordnet import lexnames, reader, type_of

    if lemma in lexicon().nouns or type_of(lemma, "n") is not None:
        return True
    names = lexnames(lemma, "n", 1) if reader() is not None and lemma.isalpha() else []  # (no synset parsed)
    return bool(names) and names[0] in ("noun.event", "noun.act", "noun.phenomenon")


def _dated_mention(lemma: str, sent, idx: DocIndex):
    """The nearest earlier mention of ``lemma`` (noun or verb) within reach whose own clause dates it:
    (token, its date, the date's mod), or None."""
    para = bisect.bisect_right(idx.paragraphs, sent.start_char) - 1
    lo = idx.paragraphs[max(0, para - _BACK_REACH + 1)]
    for tok in reversed(idx.doc[:sent.start]):
        if tok.idx < lo:
            return None
        if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "VERB"):
            continue
        hit = govern(tok, tok.sent, idx)
        if hit is None:
            continue
        dt, rel, rank = hit
        if not (dt.timex.value or "")[:4].isdigit():
            continue
        aspect = aspect_mod(tok, dt) if rank else None  # "the strike of March 1842 closed the mills": its own date
        return tok, dt, rel or aspect or preposition_mod(dt) or dt.timex.mod
    return None


def _across_heading(dt: DatedTimex, head, idx: DocIndex) -> bool:
    """Does an entry heading (a diary's "Thursday, 14th.", a letter's "Harar, 20 May 1907", a report's
    dateline) stand between the story's last date and the event? A new entry's events are not dated by
    the story of the entry before; its heading dates none (time/entries.py)."""
    starts = idx.heading_starts
    i = bisect.bisect_left(starts, dt.timex.end)
    return i < len(starts) and starts[i] < head.idx




def told_in_passing(head) -> bool:
    """A relative clause ("Paris, where he was recruited"), a participle that describes a noun ("a
    commission appointed by the governor") or a pluperfect ("had been fighting", "the fire had been set")
    tells something beside the narrative's step: the narrative's date is not its date."""
    cur = clause_of(head) if head.pos_ in ("NOUN", "PROPN") else head
    if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ in ("NOUN", "PROPN"):
        return True
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "had" for c in cur.children):
            return True
        if cur.dep_ == "relcl":
            return True
        if cur.dep_ != "conj" or cur.head == cur:
            return False
        cur = cur.head
    return False


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our", "my"})
_SUBJECTS = ("nsubj", "nsubjpass")


def carried(dt: DatedTimex, head, idx: DocIndex) -> bool:
    """May an undated event take the date of an earlier sentence? Not when its subject is an actor the
    story has not told since that date ("The traders protested the following week. The editor urged
    calm.": the urging is undated): a new actor may act at any time. It may when it says it follows on
    ("then", "next"), when its subject is a pronoun or is named (or repeated) since the date's sentence,
    or when its subject is no actor ("The defence was marked by ...")."""
    first = idx.sentence_index(dt.head)
    k = idx.sentence_index(head)
    if k <= first:
        return True
    since = idx.doc[idx.sents[first].start:idx.sents[k].start]
    return _goes_on(clause_of(head), head, since, idx)


_ACTORS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "poss", "compound", "conj", "appos"})


def _goes_on(clause, head, since, idx: DocIndex) -> bool:
    """Is ``clause`` (with the trigger ``head`` in it) told of the actors of the text ``since`` the date?"""
    words = timing_cues()["continuation_words"]
    cur, actors, subject = clause, [], None
    for _ in range(8):  # the clause and those it hangs from: "prompting the army to retreat" goes on if its main clause does
        kids = list(cur.children)
        if any(c.dep_ == "advmod" and c.lower_ in words for c in kids):
            return True
        own = next((c for c in kids if c.dep_ in _SUBJECTS), None)
        if own is not None and _a_pronoun(own) and not any(c.dep_ == "appos" for c in own.children):
            return True  # "They burned the bridge", "As X moved north, his corps defeated ...": the actors just told
            #              (not "Its first mayor, Luis Prado, ...": a new actor named, checked below)
        subject = subject or own
        actors += [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "prep")]
        if cur.head == cur or cur.dep_ in ("relcl", "acl", "ccomp", "parataxis"):
            break
        cur = cur.head
    if subject is None and head.pos_ in ("NOUN", "PROPN") and head.dep_ in _SUBJECTS:
        subject = head
    if subject is None or not _an_actor(subject, idx):
        return True  # "The defence was marked by intense combat": the episode goes on, no one new acts
    lo = bisect.bisect_left(idx.mentions, since.start_char, key=lambda m: m.start)  # (sorted by start)
    hi = bisect.bisect_left(idx.mentions, since.end_char, lo, key=lambda m: m.start)
    named = {m.entity for m in idx.mentions[lo:hi] if m.entity}
    pronouns = idx.pronouns()
    named |= {m.entity for m in map(pronouns.antecedent, since) if m is not None and m.entity}  # "His end came ..."
    lemmas = {t.lemma_.lower() for t in since if t.pos_ in ("NOUN", "PROPN")}
    while actors:  # the actors' own names and nouns, not those of a clause that describes them
        tok = actors.pop()
        actors += [c for c in tok.children if c.dep_ in _ACTORS or (c.dep_ == "prep" and tok.dep_ != "prep")]
        m = idx.mention(tok) or (pronouns.antecedent(tok) if tok.pos_ == "PRON" else None)
        if m is not None and m.entity in named:
            return True  # (and "The jury acquitted him": him, the man just tried)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lemmas:
            return True
    return False


def _a_pronoun(tok) -> bool:
    """"they", "his army": a subject that refers back to actors already told."""
    return tok.lower_ in _PRONOUNS or any(g.dep_ == "poss" and g.lower_ in _PRONOUNS for g in tok.children)


def _an_actor(tok, idx: DocIndex) -> bool:
    """A person, group, organisation or state: a named one, a pronoun, or a noun whose first sense is people."""
    from .context import ACTOR_LABELS
    from .wordnet import people_sense

    m = idx.mention(tok)
    if m is not None:
        return m.label in ACTOR_LABELS
    if tok.lower_ in _PRONOUNS:
        return True
    return tok.pos_ == "NOUN" and people_sense(tok.lemma_.lower(), 1)


@functools.lru_cache(maxsize=1)
def _report_verbs() -> frozenset[str]:
    from ..time.asides import aside_lexicon

    return frozenset(aside_lexicon()["report_verbs"])


def _reported_then(dt: DatedTimex, head) -> bool:
    """Is the trigger inside what a verb of saying or writing reports, in a sentence whose date is the
    report's ("In 1850 he wrote that the prince ordered the massacre")? The report's date is when it was
    told, not when what it tells happened. An undated report ("one account says he was shot") leaves
    the narrative's date to what it tells."""
    if dt.head.sent != head.sent:
        return False
    says = _report_verbs()
    cur = head
    for _ in range(10):
        if cur.head == cur:
            return False
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in says:
            return dt.head not in cur.subtree
        cur = cur.head
    return False


def _reported_past(dt: DatedTimex, head, idx: DocIndex) -> bool:
    """A past told under a verb of saying, in a dated entry, in a later sentence than the story's date
    ("Henrik came home last night. He says that the garrison surrendered"): it happened before the
    report, not then or after; the entry's date bounds it (``entry_dates.entry_time``: on or before).
    Outside entries an undated report keeps the narrative's date (``_reported_then``)."""
    return (_next_sentence(dt, head, idx) and entry_dates.tense(head) == "past" and entry_dates.reported(head)
            and entry_dates.entry_heading(idx, head.idx) is not None)


def a_consequence(head) -> bool:
    """An outcome a cause brought about, named as a noun ("prompting the censure of X", "led to the
    collapse of", "resulted in the fall of"): it follows the cause by an untold stretch, so the narrative's
    date is not its date. A person moved to act ("prompted the army to retreat") acts then: not this."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = head
    if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in ("to", "in"):
        cur = cur.head
    return cur.dep_ in ("dobj", "prep") and cur.head.pos_ == "VERB" and (
        cur.head.lemma_.lower() in timing_cues()["consequence_verbs"])


def leapt(dt: DatedTimex, head, idx: DocIndex) -> bool:
    """Between the narrative's last date and the event the text moves on by an unknown or a long
    stretch: "later", "eventually", or a duration at least as long as the date's own unit ("for a
    decade" after "in 1931"; "55 days" after "in 1900" does not leave the year)."""
    c = timing_cues()
    lo, hi = dt.timex.end, head.idx
    if dt.timex.anchored:  # "two days later": the length's own signal word is no leap
        signal = _SIGNAL.match(idx.text, lo)
        lo = signal.end() if signal else lo
    span = idx.doc.char_span(lo, hi, alignment_mode="contract")
    above = {head.i, *(a.i for a in head.ancestors)}
    if span is not None and any(t.lower_ in c["leap_words"] and t.pos_ == "ADV" and (
            t.head.dep_ == "ROOT" or t.head.i in above) for t in span):
        return True  # the story moves on ("Later, he ..."), not "what X later told" in an aside
    grain = c["grain_days"].get(str(len(dt.timex.value or "")))
    if grain is None:
        return False
    for t in idx.ad.timexes:
        if t.type != "DURATION" or not (lo <= t.start < hi):
            continue
        d = duration_days(t.value)
        if d and d[0] >= grain:
            return True
    return False


_SIGNAL = re.compile(r"\s*(?:later|earlier|afterwards?|after|before|previously)\b", re.I)


def _common(a: str, b: str) -> str | None:
    """The calendar unit two dates share ("1863-06-13", "1863-06-15" -> "1863-06"), at least a year."""
    parts_a, parts_b = a.split("-"), b.split("-")
    if not (parts_a[0].isdigit() and len(parts_a[0]) == 4 and parts_a[0] == parts_b[0]):
        return None
    out = [parts_a[0]]
    for x, y in zip(parts_a[1:], parts_b[1:]):
        if x != y:
            break
        out.append(x)
    return "-".join(out)


def _named_inside(tok) -> bool:
    """An event noun that completes another noun ("the investigation of the murder", "news of the
    defection"): it names an event whose time the narrative does not tell here."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("of", "about", "into") \
        and tok.head.head.lemma_.lower() in cues()["report_nouns"]

"""The date of an event told in a dated entry (a letter, a diary day, a log day, a datelined report)
that states no date of its own.

An entry is written at its heading's date, so whatever it tells in the past happened on or before that
day: the event is dated by an interval that ends at the heading (mod ON_OR_BEFORE), marked inherited
(an inference, never a conflict). A diary's or log's day (a heading with no place, no greeting) tells
the day's doings: a simple past with no other time in the entry ("We left the village at dawn.") is
taken as that day itself, still inherited. A present perfect ("The harbour master has been arrested")
only bounds it (on or before); a past perfect ("the priest had left") happened before the entry's day. A present or future tells nothing dated here,
nor does a relative clause ("a captain who fought at X"): a deed that describes someone, of no told time.
"""
from __future__ import annotations

import bisect

from .context import DocIndex

_PERFECT = frozenset({"has", "have", "'s", "'ve", "had", "'d"})
_PAST_AUX = frozenset({"was", "were", "did"})


def entry_headings(idx: DocIndex) -> list[tuple[int, int, str, bool]]:
    """(start, end, day, a diary's or log's heading) of each entry heading that tells its day, in order."""
    cached = getattr(idx, "_entry_days", None)
    if cached is not None:
        return cached
    from ..time import entries as shapes
    from ..time import find

    text = idx.text
    heads = shapes.headings(text, find)
    days = {t.start: t.value for t in idx.ad.timexes if t.value}
    out = []
    for h, diary in zip(heads, shapes.diaries(text, heads)):
        day = h.value or days.get(h.start)
        if not day or len(day) != 10 or not day[:4].isdigit():
            continue
        out.append((h.start, h.end, day, diary))  # a letter's: "Lisbon, 3 May 1907", "HOBART, ...", "Dear Sir,"
    idx._entry_days = out
    return out


def tense(head) -> str | None:
    """"past" (a simple past, active or passive), "present perfect" (has + participle), "perfect" (had +
    participle), or None (a present, a future, a clause with no finite verb)."""
    from .timing import clause_of

    v = clause_of(head)
    if v.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("has", "have", "'s", "'ve") for a in aux):
        return "present perfect"
    if any(a in _PERFECT for a in aux):
        return "perfect"
    if any(a in ("will", "would", "shall", "may", "might", "can", "must", "to") for a in aux):
        return None
    if v.tag_ == "VBD" or (v.tag_ == "VBN" and any(a in _PAST_AUX for a in aux)):
        return "past"
    return None


def present_perfect(head) -> bool:
    """A present perfect, or what a noun names under one ("The Minister has signed an order expelling me":
    the expulsion is ordered by the letter's date, not at the story's last one)."""
    if tense(head) == "present perfect":
        return True
    return head.dep_ == "acl" and head.tag_ == "VBG" and head.head.dep_ == "dobj" and tense(head.head) == "present perfect"


def historic_present(head) -> bool:
    """A clause in the simple present, active or passive ("A fire destroys the wing", "The school is opened"),
    with no modal or perfect: a chronology's line tells its year's event so (``heading_dates``, "item")."""
    from .timing import clause_of

    v = clause_of(head)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return v.tag_ in ("VBZ", "VBP") and v.lemma_.lower() != "have"
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ in ("is", "are") and v.tag_ == "VBN"


def entry_heading(idx: DocIndex, offset: int) -> tuple[int, int, str, bool] | None:
    """(start, end, day, diary) of the heading of the entry ``offset`` lies in; None outside entries.
    (Not ``time.entries.heading_at``, which asks whether a date stands where a heading does.)"""
    heads = entry_headings(idx)
    starts = getattr(idx, "_entry_day_starts", None)
    if starts is None or len(starts) != len(heads):
        starts = idx._entry_day_starts = [h[0] for h in heads]
    k = bisect.bisect_left(starts, offset) - 1
    return heads[k] if k >= 0 else None


def entry_time(head, idx: DocIndex, alone: bool) -> dict | None:
    """The event's time from the heading of the entry it is told in; None outside entries or for a
    clause not in the past. ``alone``: the entry tells no other time before the event."""
    heading = entry_heading(idx, head.idx)
    if heading is None:
        return None
    start, end, day, diary = heading
    how = "present perfect" if present_perfect(head) else tense(head)
    if how is None or _relative(head):
        return None
    exact = diary and alone and how == "past" and not reported(head)
    mod = None if exact else "BEFORE" if how == "perfect" else "ON_OR_BEFORE"  # "had left": before the entry
    return {"value": day, "mod": mod, "inherited": True, "entry": True,
            "timex": {"start": start, "end": end}}


def _relative(head) -> bool:
    """A past told in a restrictive relative clause, with no time of its own ("a captain who fought at X
    dined with us", "the officer who arrested my cousin"): it picks someone out by an earlier deed, which
    the entry's day does not place. A non-restrictive one ("we met Kowal, who arrested the innkeeper
    before our eyes") tells what happened next, on the entry's day."""
    v = next((a for a in (head, *head.ancestors) if a.dep_ == "relcl"), None)
    if v is None:
        return False
    first = v.left_edge
    if first.i > 0 and v.doc[first.i - 1].text in (",", "—", "–", "(") or v.head.pos_ == "PROPN":
        return False  # (set off by a comma, or of a name: it adds, it does not pick out)
    return tense(v) == "past" and not any(t.ent_type_ in ("DATE", "TIME") for t in v.subtree)


_REPORTING = frozenset({"verb.communication", "verb.perception", "verb.cognition"})


def reported(head) -> bool:
    """"Heard at breakfast that the old king died in Vienna": a past told to the writer, or seen,
    or learned, on the entry's day happened on or before it, not that day."""
    from . import wordnet
    from .timing import clause_of

    v = clause_of(head)
    while v.dep_ in ("ccomp", "conj") and v.head is not v:
        v = v.head
        if wordnet.verb_lexname(v.lemma_.lower()) in _REPORTING:
            return True
    return False

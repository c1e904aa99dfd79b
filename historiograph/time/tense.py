"""The tense of the clause a date sits in, from its verb group: which side of the document date a
weekday or a yearless date of a news report falls on.

"Bush told a news conference on Tuesday" is the Tuesday before the report, "the monarch will meet Bush
on Thursday" the one after, "the offer had been due to expire Friday evening" the Friday before (a plan
told in the past perfect is over). The verb group nearest before the date in its clause decides; when
there is none, the first one after it. A verb group is read from its first auxiliary: will/shall/'ll
future; had/was/were/did past; a past form with no auxiliary (an -ed word, or an irregular past or
participle from WordNet's exception list, Debian's wordnet-base) past; has/have + participle (a
present perfect, which English never ties to a stated time) says nothing. Intentions ("plans to",
"is expected to", "scheduled") are future unless told in the past perfect.
"""
from __future__ import annotations

import functools
import re

from ..wordnet_lines import exceptions
from .lexicon import lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE = re.compile(r"[.!?;:]\s|,|``|''|[\"“”]|\s[-–—]{1,2}\s|\n")
# a sentence ends at . ! ? ; but not at the period of a short abbreviation ("Roe vs. Wade", "Dr. Kelly",
# "Birmingham, Ala.", "U.S."), which a clause with no verb of its own would otherwise stop short of;
# NOT_ABBREVIATION goes right after the period (asides.py finds sentence starts with it too)
NOT_ABBREVIATION = r"(?<!\bvs\.)(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z][a-z]\.)"
_SENTENCE = re.compile(NOT_ABBREVIATION + r"(?<=[.!?;])\s|\n")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "won't", "won’t"})
_PAST_AUX = frozenset({"had", "was", "were", "did", "didn't", "hadn't", "wasn't", "weren't"})
_PERFECT = frozenset({"has", "have", "hasn't", "haven't", "'ve"})
_PRESENT_AUX = frozenset({"is", "are", "am", "be", "isn't", "aren't"})
_SKIP = frozenset({"not", "also", "already", "just", "still", "then", "only", "never", "reportedly",
                   "previously", "originally", "initially", "later", "first", "been", "being"})
_NOT_PAST = re.compile(r"eed$|^(?:hundred|kindred|sacred|naked|wicked|rugged|ragged|beloved|crooked)$")


def last_end(rx: re.Pattern, text: str, lo: int, hi: int, default: int | None = None) -> int:
    """Where the last match of ``rx`` in text[lo:hi] ends (else ``default``, else ``lo``): the start of
    the clause or sentence a date at ``hi`` is in, ``rx`` being what ends one."""
    end = lo if default is None else default
    for m in rx.finditer(text, lo, hi):
        end = m.end()
    return end


@functools.lru_cache(maxsize=1)
def irregular_past() -> frozenset[str]:
    """Past tenses and participles of irregular verbs (said, met, bought, left, been), from WordNet's
    verb exceptions; empty where WordNet is absent (then only -ed forms count)."""
    out = {form for form, *bases in exceptions("verb") if not (
        "_" in form or form.endswith("ing") or (form.endswith("s") and form != "was") or form in bases)}
    return frozenset(out - _PRESENT_AUX - _PERFECT - {"is", "does", "goes"})


@functools.lru_cache(maxsize=1)
def _intent() -> re.Pattern:
    """'plans to', 'is expected to', 'scheduled', 'due to': a plan, future unless it is over."""
    return re.compile(r"\b(?:" + "|".join(lexicon()["tense_cues"]["intent"]) + r")\b", re.I)


_MODALS = frozenset({"would", "could", "might", "should", "may", "must", "can"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "its", "their", "his", "her",
                          "our", "my", "your", "still", "newly", "so-called", "recently"})


def _is_past_form(words: list[str], i: int) -> bool:
    """A past tense or participle used as a verb: not after a determiner ('a still unspecified date')."""
    word = words[i]
    if not (word in irregular_past() or len(word) >= 5 and word.endswith("ed") and not _NOT_PAST.search(word)):
        return False
    return not (i > 0 and (words[i - 1] in _DETERMINERS or words[i - 1][:1].isdigit()))


def _chain(words: list[str], i: int) -> str:
    """The tense of the auxiliaries left of words[i], read from the first of them ('would be paid' is
    modal, 'had been due' pluperfect, 'will be held' future); 'past' when there are none."""
    first = None
    for j in range(i - 1, max(-1, i - 5), -1):
        a = words[j]
        if a in _SKIP:
            continue
        if a in _FUTURE_AUX or a in _PAST_AUX or a in _PERFECT or a in _MODALS or a in _PRESENT_AUX:
            first = a
            continue
        break
    return _aux(first) if first else "past"


def _aux(word: str) -> str:
    if word in _FUTURE_AUX:
        return "future"
    if word in ("had", "hadn't"):
        return "pluperfect"
    if word in _PERFECT:
        return "perfect"  # no stated time is tied to it: "has invited them to a ceremony on March 12"
    if word in _PAST_AUX:
        return "past"
    if word in _MODALS:
        return "modal"
    return "present"


def _group(words: list[str], i: int) -> str | None:
    """The tense of the verb group whose word words[i] is (read from its first auxiliary), or None
    when words[i] is no verb marker."""
    w = words[i]
    if w in _FUTURE_AUX or w in _PAST_AUX or w in _PERFECT or w in _MODALS or w in _PRESENT_AUX:
        return _chain(words, i) if _chain(words, i) != "past" else _aux(w)
    if _is_past_form(words, i):
        return _chain(words, i)
    return None


def clause_tense(text: str, start: int, end: int) -> str | None:
    """'past', 'pluperfect', 'perfect', 'future', 'present', 'modal', 'infinitive' or None: the verb group nearest
    before [start, end) in its clause, else the first one after it. A plan ('is due to', 'plans to')
    is future unless told in the past perfect ('had been due to'); a date in a to-infinitive ('placed
    orders to start trading for November') has no tense of its own. A clause with no verb (a list
    item, 'In January,' before its sentence) takes its sentence's: the nearest verb before it in the
    sentence, else the first after it."""
    lo = max(0, start - 160)
    s = last_end(_CLAUSE, text, lo, start)
    t = _left(text[s:start])
    if t is not None:
        return t
    b = _CLAUSE.search(text, end, end + 160)
    t = _right(text[end:b.start() if b else min(len(text), end + 160)], aux_only=True)
    if t is not None:
        return t
    sentence = last_end(_SENTENCE, text, lo, start, s)
    if sentence < s:
        t = _left(text[sentence:start])
        if t is not None:
            return t
    b = _SENTENCE.search(text, end, end + 160)
    return _right(text[end:b.start() if b else min(len(text), end + 160)], aux_only=False)


def modal_before(text: str, start: int) -> bool:
    """Is the verb group nearest before ``start`` in its own clause a modal one that does not look
    back ('would travel', 'may meet', not 'could have met' nor a modal of another clause)?"""
    s = last_end(_CLAUSE, text, max(0, start - 160), start)
    if _left(text[s:start]) != "modal":
        return False
    return not re.search(r"\b(?:have|'ve)\b", text[s:start].lower())


def _left(chunk: str) -> str | None:
    found = _WORD.findall(chunk)
    words = [w.lower() for w in found]
    for i in range(len(words) - 1, -1, -1):
        if found[i][:1].isupper() and i > 0:
            continue  # a name ("United", "Reported By"), not a verb
        if words[i] == "to" and i + 1 < len(words) and words[i + 1] not in _DETERMINERS \
                and not found[i + 1][:1].isupper():
            head = words[max(0, i - 4):i + 1]
            if _intent().search(" ".join(head)):  # "plans to sail", "had been due to sail"
                return "pluperfect" if "had" in head else "future"
            return "infinitive"
        t = _group(words, i)
        if t is None or t == "past" and i + 1 < len(words) and words[i + 1] == "by" \
                and words[i] not in _PAST_AUX and (i == 0 or words[i - 1] not in _PAST_AUX):
            continue  # "all shares tendered by holders": a participle after its noun, not the clause's verb
        tail = " ".join(words[max(0, i - 3):])
        if t not in ("future", "pluperfect") and _intent().search(tail):
            return "future"  # "is scheduled to", "planned to": a plan not yet over
        return t
    if _intent().search(" ".join(words)):
        return "future"
    return None


# a plan told in the present ("plans to", "is expected to"), the verb of a clause after its date
_PLAN_NOW = re.compile(r"(?:plans?|intends?|expects?) to\b|(?:is|are) (?:(?:expected|scheduled|set|due|slated|"
                       r"going|planning) )?to\b")


def _right(chunk: str, aux_only: bool) -> str | None:
    found = _WORD.findall(chunk)
    words = [w.lower() for w in found]
    for i, w in enumerate(words):
        if w in _FUTURE_AUX or w in _PAST_AUX or w in _PERFECT or w in _MODALS:
            return _aux(w)
        if not found[i][:1].isupper() and _PLAN_NOW.match(" ".join(words[i:i + 3])):
            return "future"  # "On Tuesday, the league plans to hold ...": a plan, whatever follows it
        if not aux_only and not found[i][:1].isupper() and _is_past_form(words, i):
            return "past"
    return None

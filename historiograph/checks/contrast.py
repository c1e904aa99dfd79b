"""An account that denies another's agent: "In 1866 Brantley, not Okafor, travelled to Lisbon".

Two texts may each tell one person doing something at one place and time, and both be right: two
people travel, two envoys meet a king. Only a text that says so explicitly makes the difference a
contradiction: it names its agent and, right beside it, denies another ("X, not Y,", "X and not Y",
"X rather than Y", "it was X, not Y, who", "not Y but X"). The denied person is kept apart from the
event's participants (``Record.denied``), and a telling by another text of the same kind of event,
at the same place or to the same named patient, on dates that fit, whose agent is the denied person,
is the same event told with another agent: one timeline entry and an ``agent_conflict``.

A cleft on the agent ("It was Y, Z's nephew, who set fire to the chapel") says the same without naming
whom it sets aside: Y did it, as against what others tell (``cleft``). A telling of another text of the
same type, done by another named agent, on dates that fit, to the same object (the same place, a named
patient, or the same words after the verb: "ordered the boats lowered"), is then the same event with
its agent in dispute (``cleft_disputed``), unless the words after the verb of the two differ ("founded
the bank" / "founded a school": two things founded). A negated cleft ("it was not X who") names no agent.
"""
from __future__ import annotations

import functools
import re

from ..events.dates import compatible
from .told_twice import named

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|del|della|di|van|von|der|la|le|du|al|bin|ibn)\s+)*[A-Z][\w'’.-]*)*"
_AFTER = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:not|rather\s+than)\s+(?:by\s+)?({_NAME})|\s+rather\s+than\s+({_NAME})")
_LABELS = ("PERSON", "ORG", "NORP")


def _word(name: str) -> str | None:
    words = re.findall(r"\w+", name)
    return words[-1] if words and len(words[-1]) > 1 else None


def denied_names(text: str, sent: dict, agent_names: list[str]) -> list[tuple[str, str]]:
    """(agent name, denied name as written) for each agent of an event that its sentence sets against
    another name: the agent's last word, then ", not" / "and not" / "rather than" and a capitalised
    name; or "not Y but X"."""
    s, e = sent["start"], sent["end"]
    sentence = text[s:e]
    # "not Y but X" needs both words: without them its pattern (one per agent's name) is not even compiled
    not_but = "not" in sentence and "but" in sentence
    out = []
    for agent in agent_names:
        w = _word(agent)
        if w is None:
            continue
        for m in re.finditer(rf"\b{re.escape(w)}\b", sentence):
            after = _AFTER.match(text, s + m.end(), e)
            if after:
                out.append((agent, after.group(1) or after.group(2)))
        if not not_but:
            continue
        for m in re.finditer(rf"\bnot\s+(?:by\s+)?({_NAME}),?\s+but\s+(?:by\s+)?(?:[\w'’-]+\s+){{0,3}}?{re.escape(w)}\b",
                             sentence):
            out.append((agent, m.group(1)))
    return out


def entity_named(entities, written: str):
    """The document entity (a person, body or people) a denied name stands for: its name or an alias
    as written, else one whose last word is the written name's."""
    low = written.lower()
    cands = [e for e in entities if e.label in _LABELS]
    for e in cands:
        if low in (n.lower() for n in [e.name, *e.aliases] if n):
            return e
    w = _word(written)
    hits = [e for e in cands if w and _word(e.name) == w]
    return hits[0] if len(hits) == 1 else None


def disputed(a, b) -> bool:
    """a and b (Records of two texts) are one event whose agent one of them denies: one names as agent
    the one the other denies, they are of one type, neither negated, dated alike (one of them stated),
    and at one place or done to one named patient (places that differ where both give one: two
    events)."""
    if a.source == b.source or a.type != b.type:
        return False
    if not ((a.denied & named(b.roles.get("agent", set()))) or (b.denied & named(a.roles.get("agent", set())))):
        return False
    if "negated" in (a.event.certainty, b.event.certainty):
        return False
    if a.narrative is None or b.narrative is None or (a.stated is None and b.stated is None):
        return False
    if not compatible(a.narrative, b.narrative):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    patients = named(a.roles.get("patient", set()) & b.roles.get("patient", set()))
    return bool(patients) or (a.place is not None and a.place == b.place)


_CLEFT = re.compile(r"\b[Ii]t\s+was\s+([^.;]{1,80}?),?\s+(?:who|that)\s+")


@functools.lru_cache(maxsize=1)
def data() -> dict:
    from .. import datafiles

    return datafiles.load_json("corpus", "contrast.json")


def cleft(text: str, sent: dict, trigger_start: int, agent_names: list[str]) -> bool:
    """The event's sentence puts its agent in a cleft: "it was <agent> ... who <trigger>"."""
    for m in _CLEFT.finditer(text, sent["start"], sent["end"]):
        if not 0 <= trigger_start - m.end() <= 25:
            continue
        focus = m.group(1)
        if (first := re.match(r"[\w'’]+", focus)) and first.group(0).lower() in data()["negators"]:
            continue  # "it was not X who founded it": X is set aside, and no one is named
        if any((w := _word(n)) and re.search(rf"\b{re.escape(w)}\b", focus) for n in agent_names):
            return True
    return False


def object_words(r, n: int = 2) -> tuple[str, ...]:
    """The first content words after a telling's trigger, in its sentence ("the boats lowered" ->
    boats, lowered): what was done, to compare two tellings that name no patient."""
    end, stop = r.event.trigger["end"], r.event.sentence["end"]
    words = [w.lower() for w in re.findall(r"[\w'’-]+", r.text[end:stop])]
    skip = set(data()["object_skip"])
    out = tuple(w for w in words if w not in skip)[:n]
    return out if len(out) == n else ()


def cleft_disputed(a, b) -> bool:
    """a and b (Records of two texts, one a cleft on its agent: ``Record.cleft``) are one event whose
    agent they dispute: one type, neither negated, named agents that differ, dates that fit where both
    have one (one of them stated, or the same words after the verb), and the same place, a named
    patient in common, or the same words after the verb; places, or words after the verb, that differ
    where both give them: two events."""
    if a.source == b.source or a.type != b.type or not (a.cleft or b.cleft):
        return False
    if "negated" in (a.event.certainty, b.event.certainty):
        return False
    ga, gb = named(a.roles.get("agent", set())), named(b.roles.get("agent", set()))
    if not ga or not gb or ga & gb:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    words, other = object_words(a), object_words(b)
    same_words = bool(words) and words == other
    if words and other and not same_words:
        return False  # "founded the bank at Lyon" / "founded a school in Lyon": two things founded
    if a.narrative is not None and b.narrative is not None:
        if not compatible(a.narrative, b.narrative):
            return False
    elif not same_words:
        return False
    if a.stated is None and b.stated is None and not same_words:
        return False
    patients = named(a.roles.get("patient", set()) & b.roles.get("patient", set()))
    return bool(patients) or (a.place is not None and a.place == b.place) or same_words

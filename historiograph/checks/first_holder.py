"""A post that one person only can hold, credited to two: "the first directress of X was A" / "B
became the first directress of X".

The first (or last) holder of a post of one named institution is one person; two texts that name
different people as such are in conflict (``agent_conflict``). Read from the text, not from events
(a copular "was the first directress" tells no event): a sentence that says "the first|last ROLE (of
INSTITUTION) was PERSON", "PERSON was|became (appointed|named|elected) its|the first ROLE (of
INSTITUTION)". The institution is a named one: the one after "of", or, for "its first ROLE" / "the
first ROLE" with no "of", the one institution named in that sentence or the one before. Precision
first: a sentence that names two people for the post (joint holders), a text that names the other
text's person anywhere (it may tell them as successors), or an institution no name stands for, makes
no conflict.
"""
from __future__ import annotations

import re
from typing import Callable

from ..model import AnnotatedDocument, Conflict, EvidenceSpan, Mention
from .told_twice import named

_ORDINAL = r"(?:first|last)"
_ROLE = r"([a-z][a-z-]+(?:\s+(?!of\b|was\b)[a-z][a-z-]+)?)"
_VERB = r"(?:was|became|had\s+become|was\s+(?:appointed|named|elected|made|chosen\s+as))"
# "the first directress (of X) was", "its first directress was"
_SUBJECT = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+({_ORDINAL})\s+{_ROLE}(?:\s+of\s+(?:the\s+)?([^,.;]+?))?"
                      rf"(?:,[^,]*,)?\s+was\s+$")
# "was (appointed) the first directress (of X)"
_OBJECT = re.compile(rf"^\s+{_VERB}\s+(?:the|its|their)\s+({_ORDINAL})\s+{_ROLE}\b(?:\s+of\s+(?:the\s+)?)?")
_PLACES = ("ORG", "FAC", "GPE", "LOC")  # a post of a region too; the model reads some institutions as LOC


def claims(ad: AnnotatedDocument) -> list[dict]:
    """Each sentence of ``ad`` that names the first or last holder of a post: {"person" (mention),
    "ordinal", "role", "body" (mention of the institution), "span" (start, end)}."""
    people = [m for m in ad.mentions if m.label == "PERSON" and m.zone == "body"]
    if not people:
        return []
    text = ad.text
    bodies = sorted((m for m in ad.mentions if m.label in _PLACES), key=lambda m: m.start)
    sents = ad.sentences or []
    out = []
    for n, sent in enumerate(sents):
        chunk = text[sent.start:sent.end]
        if "first" not in chunk and "last" not in chunk:
            continue
        here = [m for m in people if sent.start <= m.start < sent.end]
        if len(here) != 1:
            continue  # (two people in the sentence: joint holders, or a successor)
        person = here[0]
        claim = _subject(text, sent, person) or _object(text, sent, person)
        if claim is None:
            continue
        ordinal, role, of_at = claim
        body = _body(bodies, of_at, text, sent, min(person.start, of_at or person.start), sents[n - 1] if n else None)
        if body is None:
            continue
        out.append({"person": person, "ordinal": ordinal, "role": role.lower(), "body": body,
                    "span": (sent.start, sent.end)})
    return out


def _subject(text: str, sent, person: Mention):
    """"The first ROLE (of X)(, ...,) was PERSON": (ordinal, role, where "of"'s object starts)."""
    m = _SUBJECT.search(text[sent.start:person.start])
    if m is None:
        return None
    return m.group(1), m.group(2), (sent.start + m.start(3)) if m.group(3) else None


def _object(text: str, sent, person: Mention):
    m = _OBJECT.match(text[person.end:sent.end])
    if m is None:
        return None
    of_at = person.end + m.end() if text[person.end + m.end(2):person.end + m.end()].strip() else None
    return m.group(1), m.group(2), of_at


def _body(bodies: list[Mention], of_at: int | None, text: str, sent, at: int, before) -> Mention | None:
    """The institution: the named one right after "of"; for "its first ROLE", "the first ROLE" or "of
    the academy" (a common noun), the one institution (ORG) named in the sentence before the claim
    (``at``), else in the sentence before (only where one is)."""
    if of_at is not None:
        hit = next((b for b in bodies if of_at - 4 <= b.start <= of_at and b.end > of_at), None)
        if hit is not None or not text[of_at:of_at + 1].islower():
            return hit
    inside = [b for b in bodies if sent.start <= b.start < at and b.label == "ORG"]
    if len({b.entity or b.text for b in inside}) == 1:
        return inside[0]
    if inside or before is None:
        return None
    prior = [b for b in bodies if before.start <= b.start < before.end and b.label == "ORG"]
    return prior[0] if len({b.entity or b.text for b in prior}) == 1 else None


def conflicts(docs: list[AnnotatedDocument], key_of: Callable, name_of: Callable[[str], str]) -> list[Conflict]:
    """One agent_conflict per post (ordinal, role, institution) whose first or last holder two texts
    name differently."""
    from .rules import grouped

    posts: dict[tuple[str, str, str], dict[str, list[tuple[AnnotatedDocument, dict]]]] = {}
    for ad in docs:
        src = ad.document.source
        for c in claims(ad):
            body = _key(key_of, src, c["body"])
            person = _key(key_of, src, c["person"])
            if body is None or person is None or not named({body}) or not named({person}):
                continue
            posts.setdefault((c["ordinal"], c["role"], body), {}).setdefault(person, []).append((ad, c))
    out = []
    for (ordinal, role, body), holders in sorted(posts.items()):
        if len(holders) < 2 or len({ad.document.source for told in holders.values() for ad, _ in told}) < 2:
            continue
        names = {k: name_of(k) for k in holders}
        if any(_names(ad.text, names[o]) for k, told in holders.items() for ad, _ in told for o in holders if o != k):
            continue
        sides = []
        for k, told in sorted(holders.items()):
            accounts = []
            for ad, c in told:
                s, e = c["span"]
                accounts.append({**EvidenceSpan.quoting(ad.document.source, ad.text, s, e).__dict__, "event": None})
            sides.append((k, names[k], accounts))
        who = " and ".join(f"{names[k]} ({', '.join(dict.fromkeys(a['source'] for a in acc))})"
                           for k, _n, acc in sides)
        out.append(grouped("agent_conflict", "agent",
                           f"the {ordinal} {role} of {name_of(body)} is said to be {who}: a post one person holds",
                           sides))
    return out


def _key(key_of: Callable, source: str, m: Mention) -> str | None:
    if m.entity:
        return key_of(source, m.entity)
    return None


def _names(text: str, name: str) -> bool:
    words = re.findall(r"\w+", name)
    return bool(words) and len(words[-1]) > 2 and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None

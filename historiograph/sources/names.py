"""Personal names of a reference's author or editor segment, as CSL names (family/given).

Handles inverted names ("Coox, Alvin D."), direct ones ("S. E. Han"), Vancouver style ("Peters OA"),
lists joined by commas, "and", "&" or ";", mixed lists ("Lee, L. L., W. E. Howard, and R. E. Marsh"),
particles ("de la Macorra"). An inverted name is read family name first, always: no list of given
names can tell "Alexander, Berkman" (swapped) from "Martin, Terry" or "Thomas, Dylan" (not), so the
order the citation style prescribes is trusted.
"""
from __future__ import annotations

import re

from .lexicon import particles

_UP = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
_WORD = rf"[{_UP}][\w'’\-]*"
_INITIAL = rf"(?:[{_UP}]\.(?:\s?-?[{_UP}]\.)*|[{_UP}](?=\s|$))"
_INITIALS = re.compile(rf"^(?:{_INITIAL}\s*)+$")
_VANCOUVER = re.compile(rf"^(?P<family>(?:(?:{_particles_rx})\s+)*{_WORD}(?:[\s-]{_WORD})*)\s+(?P<init>[{_UP}]{{1,3}})$"
                        if (_particles_rx := "de|del|della|der|di|du|da|van|von|den|la|le|al|el") else "")
_FAMILY_INIT = re.compile(rf"^(?P<family>{_WORD}(?:[\s-]{_WORD})*)\s+(?P<init>(?:[{_UP}]\.\s*)+)$")
_DIRECT_INIT = re.compile(rf"^(?P<init>(?:[{_UP}][a-z]?\.\s*-?)+)\s*(?P<family>.+)$")
_SEP = re.compile(r"\s*(?:;|\s&\s|&|\band\b|\bund\b|\bet\b(?!\s+al)|\by\b)\s*")
_ROLE = re.compile(r"[\s,(]*\b(?:eds?|editors?|Hrsg|hrsg|dir|coord|comp|trans|Ed|Eds|ed\(s\))\b\.?\)?\s*$")
_ETAL = re.compile(r",?\s*\bet\s*al\b\.?|,?\s*\[?and others\]?|,?\s*…", re.I)
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")


def _format_initials(init: str) -> str:
    if "." in init:
        return re.sub(r"\s+", " ", re.sub(r"\.(?=\S)", ". ", init)).strip()
    return " ".join(c + "." for c in init)


def _split_direct(part: str) -> dict:
    words = part.split()
    if not words:
        return {}
    m = _DIRECT_INIT.match(part)
    if m and m["family"] and not _INITIALS.match(m["family"]):
        return {"family": m["family"].strip(), "given": _format_initials(m["init"].strip())}
    if len(words) == 1:
        return {"family": words[0]}
    # family name is the last word plus any particles before it
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in particles():
        i -= 1
    return {"family": " ".join(words[i:]), "given": " ".join(words[:i])}


def _is_given_part(part: str) -> bool:
    """Whether a comma part is the given-name half of an inverted name."""
    if _INITIALS.match(part):
        return True
    words = part.split()
    if not 1 <= len(words) <= 3:
        return False
    return all(re.match(rf"^(?:{_WORD}|{_INITIAL})$", w) for w in words)


def _strip_end(s: str) -> str:
    """Trim separators, keeping the full stop of a final initial ("Coox, Alvin D.")."""
    s = s.strip().strip(",;:").strip()
    if s.endswith(".") and not re.search(rf"(?:^|[\s.\-])[{_UP}]\.$", s):
        s = s[:-1].rstrip()
    return s


def parse_names(segment: str) -> tuple[list[dict], str | None]:
    """CSL names of an author/editor segment, and the role it declares ("editor") if any."""
    s = _strip_end(segment)
    role = None
    if _ROLE.search(s):
        role = "translator" if re.search(r"trans", s[-12:], re.I) else "editor"
        s = _ROLE.sub("", s)
    s = re.sub(r"^(?:By|Edited by|Ed\. by|ed\. by|In:?|in:?)\s+", "", s)
    s = _strip_end(_ETAL.sub("", s))
    if not s:
        return [], role
    names: list[dict] = []
    for chunk in _SEP.split(s):
        chunk = chunk.strip().strip(",").strip()
        if not chunk:
            continue
        parts = [p.strip() for p in chunk.split(",") if p.strip()]
        i = 0
        while i < len(parts):
            part = parts[i].rstrip(".") if not _INITIALS.match(parts[i]) else parts[i]
            part = parts[i] if re.search(r"\b[A-ZА-Я]\.$", parts[i]) else part
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            if _SUFFIX.match(part) and names:
                names[-1]["suffix"] = part
                i += 1
                continue
            if m := _VANCOUVER.match(part):
                names.append({"family": m["family"], "given": _format_initials(m["init"])})
                i += 1
                continue
            if m := _FAMILY_INIT.match(part):
                names.append({"family": m["family"], "given": _format_initials(m["init"])})
                i += 1
                continue
            words = part.split()
            single = len([w for w in words if w.lower() not in particles()]) == 1
            if single and nxt is not None and _is_given_part(nxt) and not _INITIALS.match(part):
                given = nxt if not _INITIALS.match(nxt) else _format_initials(nxt)
                names.append({"family": part, "given": given.strip()})
                i += 2
                continue
            if _INITIALS.match(part) and names and "given" not in names[-1]:
                names[-1]["given"] = _format_initials(part)
                i += 1
                continue
            names.append(_split_direct(part))
            i += 1
    return [n for n in names if n.get("family")], role


_STOP = re.compile(r"\b(?:The|An|Of|On|For|To|From|With|In|At|Is|Are|History|the|of|on|for|to|from|with|in|at|is)\b(?!\.)")
_NAMEISH = re.compile(rf"^(?:{_WORD}|{_INITIAL}|[{_UP}]{{1,3}}|and|&|et|al\.?|und|y|eds?\.?|Eds?\.?|Jr\.?|"
                      rf"de|del|della|der|di|du|da|van|von|den|la|le|al|el|dos|das|ten|ter|\(eds?\.?\)|\(Eds?\.?\)|"
                      rf"\(Hrsg\.?\)|…)$")


def looks_like_names(segment: str) -> bool:
    """Whether a segment is a list of personal names (no digits, capitalised words, initials, "and")."""
    s = _strip_end(segment)
    if not s or _STOP.search(s) or re.search(r"\d|[\"“”«»?!]", s) or len(s) > 400:
        return False
    words = re.sub(r"[,;]", " ", s).split()
    if not words or len(words) > 60:
        return False
    ok = sum(1 for w in words if _NAMEISH.match(w.rstrip(".") if not re.match(r"^[A-Z]\.$", w) else w)
             or _NAMEISH.match(w))
    caps = sum(1 for w in words if w[:1].isupper())
    return ok == len(words) and caps >= 1 and (len(words) <= 4 or "," in s or " and " in s or "&" in s or ";" in s)

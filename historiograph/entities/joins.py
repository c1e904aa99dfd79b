"""Names the model cut short or cut in two, put back together (run on the resolved mentions).

- two people side by side with one space between ("Nikolai Ivanovich" + "Yezhov"; "Jaume Ramón" +
  "del Río"; a one-word "organisation" before a person: "Bernard-René" + "Jourdan de Launay");
- an epithet: "Ivan" + " the Terrible";
- a title of nobility after a comma: "Johann Tserclaes" + ", Count of Tilly";
- a lowercase noun that is part of the name and says its kind: "Boxer" + " movement", "Qing
  dynasty", "Union army" (not after a demonym: "Japanese army"; a place's head, "Otsego river",
  is joined earlier: context.lower_place_heads);
- a given name "of" the land it is known by, with its regnal number: "Eugene" + " of Savoy",
  "Henry" + " I of France", "Mehmed II" (not after "the": "the Napoleon of crime");
- an ordinal before an organisation: "17th" + " Politburo";
- the name of an event, war or treaty that the model called an organisation or a place: EVENT.
"""
from __future__ import annotations

import re

from . import lexicon, places
from .spans import MODEL, Cand

_EPITHET = re.compile(r" the (?P<e>[A-Z][a-z]+)(?![\w'’-]| [A-Z])")
_NAME_GAP = re.compile(r" (?:[A-Z][\w'’-]+ ){0,2}")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th|d) $")
_CAP_WORDS = r"[A-Z][\w'’-]*(?:[ ](?:of[ ]|the[ ]|de[ ]|la[ ])*[A-Z][\w'’-]*){0,3}"


def _noble_re() -> re.Pattern:
    alt = "|".join(sorted(lexicon.noble_titles(), key=len, reverse=True))
    return re.compile(rf", (?:\d{{1,2}}(?:st|nd|rd|th) )?(?:{alt}) of (?:the )?{_CAP_WORDS}(?![\w'’-])")


_NOBLE = None


def _joinable(text: str, a: Cand, b: Cand) -> bool:
    if a.source in ("reference", "infobox") or b.source in ("reference", "infobox"):
        return False
    gap = text[a.end:b.start]
    sa, sb = text[a.start:a.end], text[b.start:b.end]
    if a.label == "PERSON" and sb.split()[0] in lexicon.name_particles() and _NAME_GAP.fullmatch(gap):
        return True  # "Jaume Ramón" + "Mercader" + "del Río": a particle continues a name
    if gap != " ":
        return False
    if a.label == "PERSON" and b.label == "PERSON":
        return True
    if (b.label == "PERSON" and a.label == "ORG" and a.priority <= MODEL and " " not in sa and "-" in sa
            and sa not in lexicon.demonyms() and not places.is_known_place(sa) and not lexicon.states_or_orgs(sa)):
        return True  # a hyphenated given name read as an organisation: "Bernard-René"
    return False


_OF_LAND = re.compile(r"(?: (?P<num>[IVX]{1,4}))?(?: of (?:the )?(?P<land>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?(?![\w'’-])")
_REGNAL = re.compile(r" [IVX]{1,4}$")


def _of_land(text: str, c: Cand, m: re.Match, following: list[Cand]) -> bool:
    """Whether the regnal number and "of <land>" after a person's name belong to it."""
    span = text[c.start:c.end]
    if m.end() == c.end or re.search(r"\b[Tt]he $", text[max(0, c.start - 4):c.start]):
        return False
    if any(d.start < m.end() < d.end for d in following):
        return False  # "of" a longer name than the match: left alone
    if not m.group("land"):
        return m.group("num") not in (None, "I") and " " not in span  # "Mehmed II"; "Henry I" may be "Henry I saw"
    if " " in span and not _REGNAL.search(span):
        return False  # "John Smith of Boston": a residence
    land = m.group("land")
    return (places.is_known_place(land) or places.wordnet_kinds(land) & {"GPE", "LOC"} != frozenset()
            or lexicon.states_or_orgs(land)
            or any(d.start == m.start("land") and d.label in ("GPE", "LOC") for d in following))


def apply(text: str, cands: list[Cand]) -> list[Cand]:
    global _NOBLE
    if _NOBLE is None:
        _NOBLE = _noble_re()
    cands = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    for c in cands:
        if out and _joinable(text, out[-1], c):
            prev = out.pop()
            c = Cand(prev.start, c.end, "PERSON", max(prev.priority, c.priority), prev.source)
        out.append(c)
    nouns = lexicon.name_nouns()
    heads = lexicon.event_heads()
    drop: set[int] = set()
    for i, c in enumerate(out):
        if id(c) in drop:
            continue
        span = text[c.start:c.end]
        nxt_start = out[i + 1].start if i + 1 < len(out) else len(text)
        if c.label == "PERSON" and c.source not in ("reference", "infobox"):
            m = _EPITHET.match(text, c.end)
            if m and " " not in span and m.end() <= nxt_start:
                c.end = m.end()
            m = _OF_LAND.match(text, c.end)
            if m and _of_land(text, c, m, out[i + 1:i + 3]):
                drop.update(id(d) for d in out[i + 1:i + 3] if d.start >= c.end and d.end <= m.end())
                c.end = m.end()
            m = _NOBLE.match(text, c.end)
            if m:
                inside = [d for d in out[i + 1:i + 3] if d.start >= c.end and d.end <= m.end()]
                if all(d.end <= m.end() for d in out[i + 1:i + 3] if d.start < m.end()):
                    c.end = m.end()
                    drop.update(id(d) for d in inside)
        if c.priority <= MODEL and c.label in ("PERSON", "ORG", "GPE") and span not in lexicon.demonyms():
            m = re.match(r" ([a-z]+)\b", text[c.end:c.end + 20])
            if m and m.group(1) in nouns and c.end + m.end() <= nxt_start:
                c.end += m.end()
                c.label = nouns[m.group(1)]
            elif c.label == "PERSON" and " " in span and span.split()[-1].casefold() in nouns:
                c.label = nouns[span.split()[-1].casefold()]  # "Qing Dynasty", "Qing Army"
        if c.label == "ORG" and c.priority <= MODEL:
            m = _ORDINAL_BEFORE.search(text, max(0, c.start - 6), c.start)
            prev_end = out[i - 1].end if i else 0
            if m and m.start() >= prev_end:
                c.start = m.start()
        if (c.priority <= MODEL and c.label in ("ORG", "GPE", "FAC", "LOC", "PERSON")
                and span.split()[0] in heads and " of " in span):
            c.label = "EVENT"
    return [c for c in out if id(c) not in drop]

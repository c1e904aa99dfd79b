"""Rule-based mentions for what the statistical model misses on this kind of text.

- title lines: "“NORTH KOREA” BY BRUCE CUMINGS", "The Road to X by Jane Roe" (author after "by",
  quoted titles are works, the unquoted title as a whole is not an entity);
- works in quotation marks after a cue ("book, “…”", "wrote in “…”");
- Cyrillic personal names (a patronymic marks them) and their bracketed Latin rendering;
- East Asian names that start with a common family name ("Kim Ch’aek");
- lines of latitude ("38th parallel"), "<Demonym> mainland";
- a title-cased name before "says/writes" (a blog, a newspaper: ORG);
- short citations in the body: "(Coox 1968, p. 4)";
- gazetteer names (states, historical places, large cities) the model left untagged.
Every regex is compiled once, from data files where it lists words.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, places
from .names import is_east_asian_surname
from .spans import STRONG, WEAK, Cand, trim

_CAP = r"[A-Z\u00C0-\u00DE][\w'’\-]*\.?"
_BY_AUTHOR = re.compile(
    rf"(?:^|[\s\xa0”\"])(?:by|BY|By)[\s\xa0]+(?P<name>{_CAP}(?:[\s\xa0]+{_CAP}){{1,3}})"
    r"(?=[\s\xa0]*(?:$|,|\(|\||–|-|p\.|pp\.|\d))", re.M)
_QUOTED = re.compile(r"[“\"](?P<t>[^”\"\n]{2,120}?)[,.]?[”\"]")
_PARALLEL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)[\s\xa0]+[Pp]arallel\b")
_REPORTING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[A-Z][\w'’]+(?:[\s\xa0]+(?:and|of|the|for|&)?[\s\xa0]*[A-Z][\w'’]+){1,5})"
    r"[\s\xa0]+(?:says|writes|reports|argues|notes|claims|observes|explains)\b")
_PAREN_CITE = re.compile(
    rf"\((?P<a>{_CAP})(?:[\s\xa0]+(?:and|&)[\s\xa0]+(?P<b>{_CAP}))?(?:[\s\xa0]+et[\s\xa0]+al\.?)?,?[\s\xa0]+"
    r"\d{4}[a-z]?(?:[,:;][^)\n]{0,40})?\)")
_CYR_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+|[А-ЯЁІЇЄҐ]{2,}"
_CYR_PATRONYMIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ]*(?:ович|евич|овна|евна|ична|ОВИЧ|ЕВИЧ|ОВНА|ЕВНА|ИЧНА)"
_CYR_NAME = re.compile(
    rf"\b(?:(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_PATRONYMIC})"
    rf"|(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_PATRONYMIC})[\s\xa0]+(?:{_CYR_WORD})"
    rf"|[А-ЯЁ]\.[\s\xa0]?(?:[А-ЯЁ]\.[\s\xa0]?)?(?:{_CYR_WORD}))(?![\w])")
_BRACKET_NAME = re.compile(rf"[\s\xa0]*\[(?P<n>{_CAP}(?:,)?(?:[\s\xa0]+{_CAP}){{1,3}})\]")
_SYL = r"[A-Z][a-zŏŭăŎŬ]*(?:['’][a-zŏŭ]+)?(?:-[a-zŏŭA-Z'’]+)?"
_NOT_GIVEN = {"River", "Rivers", "Dynasty", "Province", "Mountain", "Mountains", "Sea", "Lake", "Street",
              "Road", "Island", "Islands", "Bay", "Army", "Party", "Republic", "University", "Institute",
              "Temple", "Palace", "Gate", "Square", "Bridge", "Valley", "Strait", "Peninsula", "Empire",
              "Kingdom", "Hall", "House", "City", "County", "District", "Station", "Airport", "Harbor",
              "Harbour", "Port", "Line", "Group", "Company", "Corporation", "Foundation", "Prize", "Award",
              "Museum", "Library", "Press", "Times", "Post", "News", "Daily", "Review", "Journal", "The",
              "And", "Of", "In", "On", "At", "To", "For", "By", "A", "An", "Is", "Was", "I", "II", "III"}


@functools.lru_cache(maxsize=None)
def _cue_re() -> re.Pattern:
    cues = "|".join(re.escape(c).replace(r"\ ", r"[\s\xa0]+") for c in lexicon.title_cues())
    return re.compile(rf"\b(?:{cues})[,:]?[\s\xa0]+[“\"‘](?P<t>[A-Z0-9][^”\"’\n]{{1,120}}?)[,.]?[”\"’]", re.I)


@functools.lru_cache(maxsize=None)
def _ea_name_re() -> re.Pattern:
    names = sorted(lexicon.east_asian_surnames(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w'’])(?P<n>(?:{alt})(?:[\s\xa0]+{_SYL}){{1,2}})(?![\w'’-])")


@functools.lru_cache(maxsize=None)
def _mainland_re() -> re.Pattern:
    alt = "|".join(re.escape(d) for d in sorted(lexicon.demonyms(), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})[\s\xa0]+mainland\b")


_CAP_SEQ = re.compile(r"[A-Z\u00C0-\u00DE][\w'’\-]*(?:[\s\xa0]+(?:of[\s\xa0]+)?[A-Z\u00C0-\u00DE][\w'’\-]*){0,4}")


def _cand(text: str, a: int, b: int, label: str, prio: int, source: str) -> Cand | None:
    a, b = trim(text, a, b, label)
    if b <= a:
        return None
    return Cand(a, b, label, prio, source)


def title_lines(text: str, max_lines: int = 6) -> list[tuple[int, int]]:
    """The short lines that open a document (title, byline, 'extract from' line)."""
    out = []
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines or start > 1500:
            break
        words = line.split()
        if len(words) <= 20 and not line.rstrip().endswith((".", "?", "!")) or len(words) <= 12:
            out.append((start, end))
    return out


def title_line_candidates(text: str, lines) -> tuple[list[Cand], list[tuple[int, int]]]:
    """Authors after "by", quoted titles as works; returns the unquoted title spans too, where a
    model entity covering the whole title is dropped."""
    cands: list[Cand] = []
    whole_titles: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end]
        m = _BY_AUTHOR.search(line)
        if not m:
            continue
        c = _cand(text, start + m.start("name"), start + m.end("name"), "PERSON", STRONG, "title")
        if c:
            cands.append(c)
        quoted = False
        for q in _QUOTED.finditer(line, 0, m.start("name")):
            quoted = True
            c = _cand(text, start + q.start("t"), start + q.end("t"), "WORK", STRONG, "title")
            if c:
                cands.append(c)
        if not quoted:
            by = line.rfind(" by ", 0, m.start("name") + 1)
            if by < 0:
                by = line.lower().rfind(" by ", 0, m.start("name") + 1)
            if by > 0:
                whole_titles.append((start, start + by))
    return cands, whole_titles


def quoted_works(text: str) -> list[Cand]:
    out = []
    for m in _cue_re().finditer(text):
        c = _cand(text, m.start("t"), m.end("t"), "WORK", STRONG, "quoted")
        if c:
            out.append(c)
    return out


def cyrillic_names(text: str) -> list[Cand]:
    """Russian names with a patronymic, or an initial and a surname; the Latin rendering that a
    reference puts after them in brackets is the same person."""
    out = []
    for m in _CYR_NAME.finditer(text):
        out.append(Cand(m.start(), m.end(), "PERSON", STRONG, "cyrillic"))
        br = _BRACKET_NAME.match(text, m.end())
        if br:
            c = _cand(text, br.start("n"), br.end("n"), "PERSON", STRONG, "cyrillic")
            if c:
                out.append(c)
    return out


def east_asian_names(text: str) -> list[Cand]:
    out = []
    for m in _ea_name_re().finditer(text):
        toks = m.group("n").split()
        # a stop word ends the name: "Han River" is not a person
        keep = [toks[0]]
        for t in toks[1:]:
            if t.rstrip("’'s") in _NOT_GIVEN or t in _NOT_GIVEN:
                break
            keep.append(t)
        if len(keep) < 2 or not is_east_asian_surname(keep[0]):
            continue
        end = m.start("n") + len(" ".join(keep)) if "\xa0" not in m.group("n") else m.end("n")
        c = _cand(text, m.start("n"), end, "PERSON", WEAK, "east-asian")
        if c:
            out.append(c)
    return out


def misc_places(text: str) -> list[Cand]:
    out = []
    for m in _PARALLEL.finditer(text):
        out.append(Cand(m.start(), m.end(), "LOC", STRONG, "parallel"))
    for m in _mainland_re().finditer(text):
        out.append(Cand(m.start(), m.end(), "LOC", STRONG, "mainland"))
    return out


def reporting_subjects(text: str) -> list[Cand]:
    """A title-cased name of several words opening a sentence before "says": an outlet (ORG)."""
    out = []
    for m in _REPORTING.finditer(text):
        name = m.group("n")
        if len(name.split()) < 3:  # "John Smith says": a person, left to the model
            continue
        c = _cand(text, m.start("n"), m.end("n"), "ORG", WEAK, "reporting")
        if c:
            out.append(c)
    return out


def paren_citations(text: str) -> list[Cand]:
    out = []
    for m in _PAREN_CITE.finditer(text):
        for g in ("a", "b"):
            if (m.group(g) and not places.is_known_place(m.group(g))
                    and m.group(g).rstrip(".") not in lexicon.not_names()):
                c = _cand(text, m.start(g), m.end(g), "PERSON", WEAK, "short-citation")
                if c:
                    out.append(c)
    return out


def gazetteer_names(text: str) -> list[Cand]:
    """Sequences of capitalised words that the gazetteer knows: states, historical places,
    countries, and cities of MATCH_MIN_POPULATION or more. A capitalised neighbour means a
    longer name ("Charlotte Brontë"), which is left alone."""
    out = []
    for m in _CAP_SEQ.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        n = len(words)
        i = 0
        while i < n:
            found = None
            for j in range(min(n, i + 4), i, -1):
                a = m.start() + words[i].start()
                b = m.start() + words[j - 1].end()
                span = text[a:b].rstrip("'’s") if j == n else text[a:b]
                if span.endswith(("’s", "'s")):
                    span = span[:-2]
                if places.is_known_place(span, places.MATCH_MIN_POPULATION):
                    found = (a, a + len(span), j)
                    break
            if found:
                a, b, j = found
                whole = (i == 0 and j == n)
                # in capitals every word looks like a name: a known place inside the run stands alone
                if whole or _all_caps(m.group(0)):
                    rec = places.lookup(text[a:b])
                    c = _cand(text, a, b, rec["label"] if rec["label"] in ("GPE", "LOC") else "GPE", WEAK, "gazetteer")
                    if c:
                        out.append(c)
                i = j
            else:
                i += 1
    return out


def _all_caps(s: str) -> bool:
    return s.isupper() and sum(c.isalpha() for c in s) >= 3


def propagate(text: str, mentions: list[Cand], zone_at) -> list[Cand]:
    """One sense per document: a name the document already tags (a person, place or organisation)
    is tagged where the model missed it; also the surname of a full name given in the body.
    A capitalised neighbour means a longer, different name, left alone. A name the document gives
    in ordinary case is also found in capitals ("Chiang Kai-shek" in the headline "CHIANG
    KAI-SHEK ARRIVES"), where it outranks the model, which reads capitals poorly."""
    names: dict[str, str] = {}
    for c in mentions:
        if c.label not in ("PERSON", "GPE", "LOC", "ORG"):
            continue
        s = text[c.start:c.end]
        toks = s.split()
        if c.label == "ORG" and len(toks) == 1 and not (s.isupper() and len(s) >= 3):
            continue
        if len(s) >= 3 and s[0].isupper():
            names.setdefault(s, c.label)
        if (c.label == "PERSON" and len(toks) >= 2 and "," not in s and zone_at(c.start) == "body"
                and not is_east_asian_surname(toks[0])):
            last = toks[-1]
            if len(last) >= 4 and last[0].isupper() and last.isalpha() and last not in lexicon.not_names():
                names.setdefault(last, "PERSON")
    if not names:
        return []
    caps = {}
    for n, label in names.items():
        if not n.isupper() and "\n" not in n and sum(ch.isalpha() for ch in n) >= 4:
            caps.setdefault(n.upper(), label)
    alt = "|".join(re.escape(n) for n in sorted(set(names) | set(caps), key=len, reverse=True))
    rx = re.compile(rf"(?<![\w'’\-])(?:{alt})(?![\w\-])")
    out = []
    for m in rx.finditer(text):
        found = m.group(0)
        if found not in names:  # the capitals of a name given in ordinary case
            out.append(Cand(m.start(), m.end(), caps[found], STRONG, "propagated-caps"))
            continue
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        if re.match(r"^ [A-Z]", after) or re.search(r"[A-Z][a-z]* $", text[max(0, m.start() - 20):m.start()]):
            continue
        if before.endswith(("-",)):
            continue
        out.append(Cand(m.start(), m.end(), names[found], WEAK, "propagated"))
    return out

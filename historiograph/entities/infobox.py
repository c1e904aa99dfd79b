"""Names in the structured lines of scraped encyclopedia pages: infobox lines ("- Key: value") and
headings ("= Title =", "== Life ==").

A key is never a name. What its value holds is read from the key (data/entities/infobox_keys.tsv):
a list of people ("Commander1: A, BKIA, C"), of places ("Birth Place: Medellín, Castile"), of
organisations ("Branch: Red Army, NKVD"), nothing we tag (dates, figures, ranks, names of wars), or
something the statistical model reads. Items are split at commas, "and", dashes and bullets; an
item is cleaned of a bracketed note ("(cousin)", "(1917–1939)"), of a casualty mark glued to a
name ("Stepan MakarovKIA"), and of a courtesy title ("Doña María Cortés"; a royal title stays:
"Emperor Meiji"). No mention crosses a line of this kind or an item of a list (``bound``).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from . import lexicon, places
from .spans import STRONG, Cand, trim

_FIELD = re.compile(r"^[-*•][ \t]+(?P<key>[A-Z][A-Za-z0-9 _]{0,40}?):[ \t]*(?P<value>[^\n]*)$", re.M)
_HEADING = re.compile(r"^(?P<mark>={1,6})[ \t]*(?P<t>[^=\n]+?)[ \t]*(?P=mark)[ \t]*$", re.M)
_SEP = re.compile(r"[,;|]|<hr\s*/?>|[ \t]+(?:and|&)[ \t]+|[ \t]*-{2,}[ \t]*|[ \t][–—][ \t]|(?:^|[ \t])\*[ \t]")
_PAREN_END = re.compile(r"[ \t]*\((?P<x>[^()]*)\)[ \t]*$")
_GLUED_MARK = re.compile(r"(?<=[a-z\u00DF-\u024F])[A-Z]{2,4}$")  # "MakarovKIA", "ShikhlinskiWIA"
_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th|d)$")
_CONNECTORS = {"of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "y", "und", "von", "van", "on"}


@dataclass(frozen=True)
class Field:
    start: int  # the line
    end: int
    vstart: int  # the value
    vend: int
    kind: str  # PERSON, PLACE, ORG, DATEPLACE, NONE or MODEL
    items: tuple[tuple[int, int], ...]


def key_kind(key: str) -> str:
    k = re.sub(r"[\d\s_]+", "", key.casefold())
    exact, prefixes, suffixes = lexicon.infobox_keys()
    if k in exact:
        return exact[k]
    for p, kind in prefixes:
        if k.startswith(p):
            return kind
    for s, kind in suffixes:
        if k.endswith(s):
            return kind
    return "MODEL"


def _items(text: str, a: int, b: int) -> tuple[tuple[int, int], ...]:
    out, pos = [], a
    for m in _SEP.finditer(text, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return tuple((x, y) for x, y in out if text[x:y].strip())


def fields(text: str) -> list[Field]:
    """The infobox lines of a text, in order: bulleted ones anywhere, unbulleted ones ("Born: 1790")
    in the run of fact lines under the article's title (``ingest.facts``)."""
    from ..ingest.facts import unbulleted

    spans = [(m.start(), m.end(), m.start("key"), m.end("key"), m.start("value"), m.end("value"))
             for m in _FIELD.finditer(text)]
    spans += [(f.start, f.end, f.kstart, f.kend, f.vstart, f.vend) for f in unbulleted(text)]
    return [Field(s, e, vs, ve, key_kind(text[ks:ke]), _items(text, vs, ve)) for s, e, ks, ke, vs, ve in sorted(spans)]


def headings(text: str) -> list[tuple[int, int, int, int]]:
    """(line start, line end, title start, title end) of each "= Title =" line, and of a plain title line
    that heads fact lines (``plain_title``)."""
    out = [(m.start(), m.end(), m.start("t"), m.end("t")) for m in _HEADING.finditer(text)]
    plain = plain_title(text)
    return ([plain] if plain else []) + out


_MD_TITLE = re.compile(r"^#[ \t]+(?P<t>[^\n#]+?)[ \t#]*$", re.M)
FACT_LINES_WITHIN = 8  # non-empty lines from the top within which an article's fact lines begin


def plain_title(text: str) -> tuple[int, int, int, int] | None:
    """The title of an article written without markup: its first line, short and in headline style
    (no sentence punctuation at its end), when fact lines ("- Founded: 1621") follow in its opening
    lines. Without fact lines a short first line may be a blog headline or a chapter title, read by the
    header stage instead."""
    from ..ingest.facts import head
    from ..ingest.metadata import looks_like_title

    h = head(text)
    if h and not h.marked and h.facts:
        return h.title
    lines = list(itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), FACT_LINES_WITHIN))
    if len(lines) < 2:
        return None
    first = lines[0]
    line = first.group().strip()
    if _FIELD.match(line) or _HEADING.match(line) or line.startswith("#") or not looks_like_title(line):
        return None
    if not any(_FIELD.match(m.group().strip()) for m in lines[1:]):
        return None
    a = first.start() + len(first.group()) - len(first.group().lstrip())
    return first.start(), first.end(), a, a + len(line)


def title(text: str) -> tuple[int, int, int, int] | None:
    """(line start, line end, title start, title end) of the article's title: the first "= Title =" or
    Markdown "# Title" line, else a plain title line that heads fact lines."""
    marked = [m for m in (_HEADING.search(text), _MD_TITLE.search(text)) if m]
    if marked:
        m = min(marked, key=lambda m: m.start())
        return m.start(), m.end(), m.start("t"), m.end("t")
    return plain_title(text)


def structured_lines(text: str) -> set[tuple[int, int]]:
    """(start, end) of every infobox and heading line: never read as a reference."""
    return {(f.start, f.end) for f in fields(text)} | {(h[0], h[1]) for h in headings(text)}


def _clean(text: str, a: int, b: int) -> tuple[int, int]:
    """An item without its bracketed notes, a glued casualty mark and surrounding space."""
    for _ in range(3):
        while a < b and text[a] in " \t*\xa0":
            a += 1
        while b > a and text[b - 1] in " \t\xa0.":
            b -= 1
        m = _PAREN_END.search(text, a, b)
        if m and m.start() > a and _note(m.group("x")):
            b = m.start()
            continue
        g = _GLUED_MARK.search(text, a, b)
        if g and g.start() > a:
            b = g.start()
            continue
        break
    return a, b


def _note(inner: str) -> bool:
    """A bracket that comments on a name rather than continuing it: a date, a lowercase note
    ("cousin"), a language ("German"), nothing."""
    s = inner.strip()
    return not s or any(c.isdigit() for c in s) or s[0].islower() or s in lexicon.demonyms()


def _name_words(words: list[str], kind: str) -> bool:
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return False
    particles = lexicon.name_particles()
    for w in words:
        core = w.strip(".,'’()")
        if not core:
            return False
        if core[0].isupper():  # (a regnal number too: "XIV")
            if kind != "ORG" and any(c.isdigit() for c in core):
                return False
            continue
        if kind == "ORG" and _ORDINAL.match(core):
            continue
        if core in particles or core in _CONNECTORS or (kind == "PERSON" and core == "the"):
            continue
        return False
    return True


def _person(text: str, a: int, b: int) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", text[a:b]))
    hon = lexicon.honorifics()
    lead = 0
    while lead < len(words) - 2 and words[lead].group().casefold() in hon.get("courtesy", ()):
        lead += 1
    if lead < len(words) - 1 and words[lead].group().casefold() in hon.get("courtesy", ()):
        lead += 1  # "Doña María Cortés" -> "María Cortés"; "Emperor Meiji" is kept whole
    words = words[lead:]
    if not words:
        return None
    return a + words[0].start(), a + words[-1].end()


def _item_cand(text: str, a: int, b: int, kind: str) -> Cand | None:
    a, b = _clean(text, a, b)
    if b <= a:
        return None
    span = text[a:b]
    if span.endswith(":") or span.casefold() in lexicon.empty_values():
        return None
    if kind == "PLACE":  # "Manchuria region": a lowercase noun after the name is not in it
        words = span.split()
        while len(words) > 1 and words[-1][:1].islower():
            words.pop()
        b = a + span.rfind(words[-1]) + len(words[-1])
        span = text[a:b]
    if not _name_words(span.split(), kind):
        return None
    if kind == "PERSON":
        ab = _person(text, a, b)
        if ab is None:
            return None
        a, b = ab
        label = "PERSON"
    elif kind == "PLACE":
        rec = places.lookup(span)
        label = rec["label"] if rec and rec["label"] in ("GPE", "LOC", "FAC") else "GPE"
        last = span.split()[-1].casefold()
        head = lexicon.place_heads().get(("last", last))
        if head and not rec:
            label = head
    else:
        label = "ORG"
    a, b = trim(text, a, b, label)
    if b <= a or len(text[a:b]) < 2:
        return None
    return Cand(a, b, label, STRONG, "infobox")


def candidates(text: str, flds: list[Field]) -> list[Cand]:
    """Names in the values of infobox lines whose key says what they are."""
    out = []
    for f in flds:
        if f.kind == "DATEPLACE":  # "Born: 12 March 1790, Lyon": the places follow the date
            dated = [i for i, (a, b) in enumerate(f.items) if any(ch.isdigit() for ch in text[a:b])]
            items = f.items[dated[0] + 1:] if dated else ()
            out += [c for a, b in items if (c := _item_cand(text, a, b, "PLACE"))]
            continue
        if f.kind not in ("PERSON", "PLACE", "ORG"):
            continue
        for a, b in f.items:
            c = _item_cand(text, a, b, f.kind)
            if c:
                out.append(c)
    return out


class Bounds:
    """Where a mention may lie in a text with infobox and heading lines."""

    def __init__(self, text: str, flds: list[Field]):
        self.text = text
        self.lines: list[tuple[int, int, object]] = sorted(
            [(f.start, f.end, f) for f in flds] + [(h[0], h[1], h) for h in headings(text)],
            key=lambda x: x[0])
        self.starts = [x[0] for x in self.lines]

    def _line_at(self, pos: int):
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.lines[i][0] <= pos <= self.lines[i][1]:
            return self.lines[i]
        return None

    def _next_start(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else None

    def apply(self, cands: list[Cand]) -> list[Cand]:
        if not self.lines:
            return cands
        out = []
        text = self.text
        for c in cands:
            if c.source == "infobox":
                out.append(c)
                continue
            a, b = c.start, c.end
            line = self._line_at(a)
            if line is not None:
                _, lend, what = line
                if isinstance(what, Field):
                    if a < what.vstart or what.kind in ("NONE", "DATEPLACE"):
                        continue  # a key, or a value that names nothing
                    item = next(((x, y) for x, y in what.items if x <= a < y), None)
                    if item is None:
                        continue
                    b = min(b, item[1])
                else:
                    _, _, ta, tb = what
                    if a < ta or a >= tb:
                        continue
                    b = min(b, tb)
            else:
                nxt = self._next_start(a)
                if nxt is not None and nxt < b:
                    b = text.rfind("\n", a, nxt) if text.rfind("\n", a, nxt) > a else nxt
            if (a, b) != (c.start, c.end):
                a, b = trim(text, a, b, c.label)
                if b <= a or len(text[a:b].strip()) < 2:
                    continue
                c = Cand(a, b, c.label, c.priority, c.source)
            out.append(c)
        return out

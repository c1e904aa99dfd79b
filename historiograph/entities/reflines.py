"""Names inside reference lists, read from the structure of a citation rather than by the model.

A reference line is a footnote or bibliography entry: "10 Coox, Alvin D. (January 1968). "Title".
Soviet Studies. 19 (3)..." or a short citation "Coox 1968, p. 407." The parts are read in the order
citation styles write them (Wikipedia's templates, Chicago, APA): authors ("Family, Given"; several
joined by ";" or "and") before a bracketed date; then the title (quoted: an article or chapter;
unquoted: a book); then the container (journal, book holding a chapter, newspaper: a WORK), then the
publisher ("Place: Publisher" gives a GPE and an ORG), then identifiers, which name nothing.
Titles of articles and chapters are left untagged (the gold convention), but spaCy's people and
places inside them are kept.

Chicago notes ("Alvin D. Coox, The Anatomy of a Small War (Westport, CT: Greenwood Press, 1977).")
and bibliography entries ("Glantz, David M. *August Storm*. Leavenworth Papers No. 7. Fort
Leavenworth, KS: Combat Studies Institute, 1983.") are read by ``chicago``: the author before the
first comma (notes) or inverted before the first full stop (bibliography), the title next (in
asterisks or quotes when marked), then series, translators, "Place, ST: Publisher, Year".
"""
from __future__ import annotations

import re

from . import places
from .spans import STRONG, Cand, trim

REF_HINT = re.compile(
    r"\bISBN\b|\bISSN\b|\bdoi:|\bOCLC\b|\bJSTOR\b|Retrieved[\s\xa0]+\d|\((?:in|In) [A-Z][a-z]+\)"
    r"|Archived from|\bpp?\.[\s\xa0]*\d")
PREFIX = re.compile(
    r"^[\s\xa0]*(?:\d{1,4}[.)]?[\s\xa0]+|\[\d{1,4}\][\s\xa0]*)?(?:\^[\s\xa0]*)?"
    r"(?:Jump up to:?[\s\xa0]*(?:[a-z][\s\xa0]+)*|Jump up[\s\xa0]*)?(?:\^[\s\xa0]*)?")
_NAME_TOKEN = r"[A-Z\u00C0-\u00DE][\w'’\-]*\.?"
_PARTICLE = r"(?:van|von|de|der|den|du|la|le|di|da|del|bin|ibn)"
NAME = rf"{_NAME_TOKEN}(?:[\s\xa0]+(?:{_PARTICLE}[\s\xa0]+)?{_NAME_TOKEN}){{0,3}}"
AUTHOR_DATE = re.compile(
    r"^(?P<authors>[^\"“”()\[\]]{2,200}?)[\s\xa0]*\((?P<date>[^()]{0,40}?\d{4}[^()]{0,20}?)\)")
SHORT = re.compile(
    rf"^(?P<a>{_NAME_TOKEN}(?:[\s\xa0]+{_NAME_TOKEN})?)(?:(?:[\s\xa0]+and|[\s\xa0]+&)[\s\xa0]+"
    rf"(?P<b>{_NAME_TOKEN}))?(?:[\s\xa0]+et[\s\xa0]+al\.?)?,?[\s\xa0]+\(?\d{{4}}[a-z]?\)?(?=[,.:;)]|[\s\xa0]|$)")
_AUTHOR_SPLIT = re.compile(r";|[\s\xa0]+(?:and|&)[\s\xa0]+")
_EDITOR = re.compile(r"[\s\xa0,]*\(?(?:eds?|editors?|trans|comp)\.?\)?\.?$", re.I)
_PERSON_LIKE = re.compile(rf"^{NAME}(?:,[\s\xa0]+{NAME})?$")
_DATE_TAIL = re.compile(r"^(?:[\s\xa0]*\[[^\]]{0,12}\])?[\s\xa0]*[.,]?[\s\xa0]*")
_LANG_NOTE = re.compile(r"[\s\xa0]*\((?:in|In)[\s\xa0]+[A-Z][a-z]+(?:[\s\xa0]+and[\s\xa0]+[A-Z][a-z]+)?\)")
_PARENS = re.compile(r"[\s\xa0]*\([^()]*\)")
_GLUED_ID = re.compile(r"(?:(?<=[a-z\)\]])|[\s\xa0]+)(?:ISBN|ISSN|OCLC|doi|DOI|JSTOR|Retrieved|Archived|PMID)\b.*$")
_STOP_SEGMENT = re.compile(r"^(?:Retrieved|Archived|ISBN|ISSN|OCLC|doi|DOI|JSTOR|PMID|Vol|No|pp?\b|Accessed|"
                           r"Available|Online|Reprint|Translated|Edited)\b")
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "di", "&", "für", "und"}
_PLACE_PUBLISHER = re.compile(r"^(?P<place>[A-Z][\w .'’-]{1,40}?)[\s\xa0]*:[\s\xa0]*(?P<pub>[A-Z].*)$")
_QUOTES = {"\"": "\"", "“": "”", "«": "»", "„": "“"}


def reference_lines(text: str, zones, exclude=()) -> list[tuple[int, int]]:
    """(start, end) of each line read as a reference: in a references zone, or looking like one
    (outside ``exclude``: the title lines, where "p. 118" is a page of the quoted book)."""
    exclude = set(exclude)
    ref_zones = [(z.start, z.end) for z in zones if z.kind == "references"]
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            continue
        in_zone = any(a <= start < b for a, b in ref_zones)
        if not in_zone and (start, end) in exclude:
            continue
        prefix = PREFIX.match(body)
        rest = body[prefix.end():]
        if (in_zone or REF_HINT.search(body)
                or (prefix.end() > 0 and prefix.group().strip() and (SHORT.match(rest) or AUTHOR_DATE.match(rest)))):
            out.append((start, end))
    return out


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a citation at full stops that end a part: not inside brackets or quotes, not after an
    initial ("Alfred A. Knopf") or a common abbreviation ("p.", "vol.")."""
    segs = []
    depth = 0
    quote = None
    seg_start = start
    i = start
    while i < end:
        c = text[i]
        if quote:
            if c == quote:
                quote = None
        elif c in _QUOTES:
            quote = _QUOTES[c]
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0 and (i + 1 == end or text[i + 1] in " \xa0\t"):
            j = i - 1
            while j >= seg_start and (text[j].isalpha()):
                j -= 1
            word = text[j + 1:i]
            if not ((len(word) == 1 and word.isupper()) or word.lower() in ("p", "pp", "vol", "no", "ed", "eds", "st", "jr", "sr", "trans", "n.d")):
                segs.append((seg_start, i))
                seg_start = i + 1
        i += 1
    if seg_start < end:
        segs.append((seg_start, end))
    out = []
    for a, b in segs:
        while a < b and text[a] in " \xa0\t":
            a += 1
        while b > a and text[b - 1] in " \xa0\t":
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _name_like(s: str) -> bool:
    if not s or not (s[0].isupper()) or any(ch.isdigit() for ch in s):
        return False
    if _STOP_SEGMENT.match(s):
        return False
    words = s.split()
    if len(words) > 8:
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _clean_segment(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop a language note, bracketed extras and glued identifiers from a segment's end."""
    seg = text[a:b]
    m = _GLUED_ID.search(seg)
    if m:
        seg = seg[:m.start()]
    seg = _LANG_NOTE.sub("", seg)
    cut = seg.find(" (")
    if cut < 0:
        cut = seg.find("\xa0(")
    if cut > 0:
        seg = seg[:cut]
    seg = seg.rstrip(" \xa0.,;")
    return a, a + len(seg)


def read(text: str, start: int, end: int) -> tuple[list[Cand], list[tuple[int, int]]]:
    """Candidates from one reference line, and the spans of titles where the model's ORG/WORK
    guesses are to be dropped."""
    cands: list[Cand] = []
    titles: list[tuple[int, int]] = []
    prefix = PREFIX.match(text[start:end])
    pos = start + (prefix.end() if prefix else 0)
    rest = text[pos:end]

    short = SHORT.match(rest)
    ad = AUTHOR_DATE.match(rest)
    if ad and ":" in ad.group("date"):
        ad = None  # "(London: Pluto Press, 1989)": a publication, read as Chicago below
    if short and not ad and not places.is_known_place(short.group("a")):
        for g in ("a", "b"):
            if short.group(g):
                cands.append(_person(text, pos + short.start(g), pos + short.end(g)))
        return [c for c in cands if c], titles
    if not ad:
        found = chicago(text, pos, end)
        if found is not None:
            return found
    if ad:
        authors_start = pos
        authors = ad.group("authors")
        off = 0
        for part in _AUTHOR_SPLIT.split(authors):
            idx = authors.find(part, off)
            off = idx + len(part)
            part_clean = _EDITOR.sub("", part).strip(" \xa0,")
            if not part_clean:
                continue
            a = authors_start + idx + (len(part) - len(part.lstrip(" \xa0,")))
            b = a + len(part_clean)
            if _PERSON_LIKE.match(part_clean) and len(part_clean.split()) <= 6:
                cands.append(_person(text, a, b))
        pos += ad.end()
        tail = _DATE_TAIL.match(text[pos:end])
        pos += tail.end() if tail else 0

    segs = _segments(text, pos, end)
    if not segs:
        return [c for c in cands if c], titles
    first_a, first_b = segs[0]
    quoted = text[first_a] in _QUOTES
    rest_segs = segs[1:]
    if quoted:
        close = text.find(_QUOTES[text[first_a]], first_a + 1, first_b)
        if close > 0:
            titles.append((first_a, close + 1))
            after = close + 1
            while after < first_b and text[after] in " \xa0,.":
                after += 1
            if after < first_b:  # a book title glued after a chapter title
                rest_segs = [(after, first_b)] + rest_segs
        else:
            titles.append((first_a, first_b))
    else:
        titles.append((first_a, first_b))

    named: list[tuple[int, int]] = []
    publishers: list[tuple[int, int, int, int]] = []
    for a, b in rest_segs:
        a, b = _clean_segment(text, a, b)
        seg = text[a:b]
        if not seg:
            continue
        if _STOP_SEGMENT.match(seg):
            break
        pp = _PLACE_PUBLISHER.match(seg)
        if pp and _name_like(pp.group("pub")) and len(pp.group("place").split()) <= 3:
            publishers.append((a + pp.start("place"), a + pp.end("place"), a + pp.start("pub"), a + pp.end("pub")))
            continue
        if _name_like(seg):
            named.append((a, b))
    if quoted or publishers:
        work, orgs = named[:1], named[1:]
    elif len(named) >= 2:
        work, orgs = named[:1], named[1:]
    else:
        work, orgs = [], named
    for a, b in work:
        cands.append(_cand(text, a, b, "WORK"))
    for a, b in orgs:
        cands.append(_cand(text, a, b, "ORG"))
    for pa, pb, qa, qb in publishers:
        cands.append(_cand(text, pa, pb, "GPE"))
        cands.append(_cand(text, qa, qb, "ORG"))
    return [c for c in cands if c], titles


def _person(text: str, a: int, b: int) -> Cand | None:
    return _cand(text, a, b, "PERSON")


def _cand(text: str, a: int, b: int, label: str) -> Cand | None:
    a, b = trim(text, a, b, label)
    if b <= a:
        return None
    return Cand(a, b, label, STRONG, "reference")


# ---- Chicago notes and bibliography --------------------------------------------------------------

_W = r"(?:[A-Z\u00C0-\u00DE][\w'’]*(?:-[\w'’]+)*)"  # a name word: "Dae-Sook", "O'Neill"
_WI = rf"(?:[A-Z]\.|{_W})"  # a word or an initial
_NATURAL = rf"{_WI}(?:[\s\xa0]+{_WI}){{0,3}}[\s\xa0]+{_W}"  # "Alvin D. Coox", "J. Otto Pohl"
_NOTE_AUTHORS = re.compile(
    rf"^(?P<au>{_NATURAL}(?:,[\s\xa0]+(?!(?:The|A|An)[\s\xa0]){_NATURAL}(?=,?[\s\xa0]+and[\s\xa0])){{0,3}}"
    rf"(?:,?[\s\xa0]+and[\s\xa0]+{_NATURAL})?)"
    r"(?:,[\s\xa0]+eds?\.)?,[\s\xa0]+(?=\S)")
_INVERTED = re.compile(
    rf"^(?P<au>{_W}(?:[\s\xa0]+{_W})?,[\s\xa0]+{_WI}(?:[\s\xa0]+{_WI}){{0,3}})"
    rf"(?:,[\s\xa0]+eds?\.)?(?:,?[\s\xa0]+with[\s\xa0]+(?P<with>[^\n]+?)(?<![\s\xa0][A-Z])\.)?\.?(?<=\.)[\s\xa0]+(?=\S)")
_PUB = (r"(?P<place>[A-Z][\w'’.-]*(?:[\s\xa0]+[A-Z][\w'’.-]*){0,2})(?:,[\s\xa0]*(?P<st>[A-Z]{2}|[A-Z][a-z]+\.?))?"
        r"[\s\xa0]*:[\s\xa0]*(?P<pub>[A-Z][^,():;]*?),[\s\xa0]*(?:\d{4}|n\.[\s\xa0]?d\.)")
_PUB_PARENS = re.compile(rf"[\s\xa0]*\({_PUB}\)")
_PUB_SEGMENT = re.compile(_PUB)
_SERIES = re.compile(r"^(?P<s>[A-Z][\w'’-]*(?:[\s\xa0]+(?:of|and|the|on|in|for|&|[A-Z][\w'’-]*))*)"
                     r",?[\s\xa0]+(?:No|Vol|no|vol)\.?[\s\xa0]*\d+$")
_CONTAINER = re.compile(r"(?P<c>[A-Z][\w'’-]*(?:[\s\xa0]+(?:of|and|the|on|in|for|&|[A-Z][\w'’-]*))*)"
                        r"(?=,?[\s\xa0]+\d|[\s\xa0]*\(\d{4}\))")
_BY = re.compile(r"^(?:Translated|Edited|Introduced|Compiled)(?:[\s\xa0]+and[\s\xa0]+\w+)?[\s\xa0]+by[\s\xa0]+(?P<n>.+)$")
_NAME_LIST = re.compile(rf"{_NATURAL}")
_ITALIC = re.compile(r"\*(?P<t>[^*\n]+)\*")
_IDENT_SEGMENT = re.compile(r"(?:ISBN|ISSN|OCLC|doi|DOI|JSTOR|PMID|Retrieved|Archived|Accessed|https?:)")


def _title_cand(text: str, a: int, b: int, label: str = "WORK") -> Cand | None:
    """A title as written (its leading article and inner quotes kept); trailing punctuation and
    an unbalanced closing quote dropped."""
    while a < b and text[a] in " \xa0\t*":
        a += 1
    while b > a and text[b - 1] in " \xa0\t*.,;:":
        b -= 1
    seg = text[a:b]
    if b > a and seg[-1] in "\"”" and (seg.count("\"") + seg.count("“") + seg.count("”")) % 2 == 1:
        b -= 1
    if b - a < 2 or not text[a].isupper() and not text[a].isdigit() and text[a] not in "\"“":
        return None
    return Cand(a, b, label, STRONG, "reference")


def _names(text: str, a: int, b: int) -> list[Cand]:
    """People in "Terry Martin and Jane Roe" or "Donald M. Goldstein and Katherine V. Dillon"."""
    out = []
    for m in _NAME_LIST.finditer(text, a, b):
        c = _person(text, m.start(), m.end())
        if c:
            out.append(c)
    return out


def _publication(text: str, m: re.Match) -> list[Cand]:
    out = [_cand(text, m.start("place"), m.end("place"), "GPE"), _cand(text, m.start("pub"), m.end("pub"), "ORG")]
    return [c for c in out if c]


def chicago(text: str, start: int, end: int) -> tuple[list[Cand], list[tuple[int, int]]] | None:
    """A Chicago note or bibliography entry from ``start`` (past the note number), or None when the
    line does not read as one."""
    line = text[start:end]
    inv = _INVERTED.match(line)
    note = None if inv else _NOTE_AUTHORS.match(line)
    m = inv or note
    if m is None:
        return None
    cands: list[Cand] = []
    titles: list[tuple[int, int]] = []
    if inv:
        c = _person(text, start + inv.start("au"), start + inv.end("au"))
        if c:
            cands.append(c)
        if inv.group("with"):
            cands += _names(text, start + inv.start("with"), start + inv.end("with"))
    else:
        cands += _names(text, start + note.start("au"), start + note.end("au"))
    pos = start + m.end()
    # the title: in asterisks, in quotes (an article: not tagged, its container is), or plain
    container_from = None
    if text[pos] == "*":
        close = text.find("*", pos + 1, end)
        if close < 0:
            return None
        t = _title_cand(text, pos + 1, close)
        pos = close + 1
    elif text[pos] in _QUOTES:
        close = text.find(_QUOTES[text[pos]], pos + 1, end)
        if close < 0:
            return None
        titles.append((pos, close + 1))
        t = None
        pos = close + 1
        container_from = pos
    else:
        paren = _PUB_PARENS.search(text, pos, end) if note else None
        stop = paren.start() if paren else None
        if stop is None:
            segs = _segments(text, pos, end)
            if not segs:
                return None
            stop = segs[0][1]
        t = _title_cand(text, pos, stop)
        pos = stop
    if t:
        cands.append(t)
        titles.append((t.start, t.end))
    if container_from is not None:
        cm = _CONTAINER.search(text, container_from, end)
        if cm:
            c = _title_cand(text, cm.start("c"), cm.end("c"))
            if c:
                cands.append(c)
                titles.append((c.start, c.end))
    paren = _PUB_PARENS.search(text, pos, end)
    if paren:
        cands += _publication(text, paren)
        return cands, titles
    for a, b in _segments(text, pos, end):
        seg = text[a:b]
        if _IDENT_SEGMENT.match(seg):
            break  # identifiers and access notes name nothing
        it = _ITALIC.search(seg)
        if it:  # "Vol. 1, *Liberation and ...*"
            c = _title_cand(text, a + it.start("t"), a + it.end("t"))
            if c:
                cands.append(c)
                titles.append((c.start, c.end))
            continue
        by = _BY.match(seg)
        if by:
            cands += _names(text, a + by.start("n"), a + by.end("n"))
            continue
        sm = _SERIES.match(seg)
        if sm:
            c = _title_cand(text, a + sm.start("s"), a + sm.end("s"))
            if c:
                cands.append(c)
            continue
        pm = _PUB_SEGMENT.fullmatch(text, a, b)
        if pm:
            cands += _publication(text, pm)
    return cands, titles


_TITLE_PART = re.compile(r"[^,;:()\[\]]+")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿß]+(?![\w'’])")


def in_foreign_title(text: str, start: int, end: int, lines: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]``, one word, stands in a reference line's part (between commas and
    brackets) with a lowercase word that is no English word (not in WordNet, no stop word): a title in
    a language that capitalises its nouns ("Taschenbuch für die vaterländische Geschichte"), whose
    words are no names."""
    from spacy.lang.en.stop_words import STOP_WORDS
    from ..events.wordnet import has_sense, reader

    if " " in text[start:end].strip() or not any(a <= start < b for a, b in lines):
        return False
    wn = reader()
    if wn is None:
        return False
    a, b = next((a, b) for a, b in lines if a <= start < b)
    for m in _TITLE_PART.finditer(text, a, b):
        if m.start() <= start and end <= m.end():
            return any(len(w.group()) >= 3 and text[w.end():w.end() + 1] != "." and w.group() not in STOP_WORDS
                       and not has_sense(w.group()) for w in _LOWER_WORD.finditer(text, m.start(), m.end()))
    return False


def unknown_place_as_author(text: str, start: int, end: int, label: str, lines: list[tuple[int, int]]) -> bool:
    """A one-word place of the model first in a reference line (where its author stands: a person or
    a body, "Kriegsarchiv, Feldakten 1809"), that no gazetteer knows: no place."""
    if label not in ("GPE", "LOC") or " " in text[start:end].strip():
        return False
    line = next(((a, b) for a, b in lines if a <= start < b), None)
    if line is None:
        return False
    prefix = PREFIX.match(text[line[0]:line[1]])
    return prefix is not None and line[0] + prefix.end() == start and places.lookup(text[start:end]) is None and not places.wordnet_kinds(text[start:end])


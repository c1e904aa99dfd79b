"""The layout stage: zones of the text (header, body, references, debris).

Runs first, before spaCy. The header is the blog-style opening (a dated line, "TITLE by AUTHOR",
"An extract quoted from ..."); the references zone is the reference list wherever it stands
(under a heading, or a block of lines that read like references: labels, back-links, years in
brackets, identifiers, "p. 411"); debris is scrape leftovers (back-links, "^", image file names,
blog boilerplate) that the parse stage blanks with spaces, so debris zones cover only the junk.
The zones tile the text in order.
"""
from __future__ import annotations

import re

from ..model import AnnotatedDocument, Zone
from .lexicon import debris_patterns
from .reflist import BACKLINK, is_heading

HEAD_LINES = 4
_DATE_ONLY = re.compile(r"^[\w ,.\-/]{4,40}$")
_EXTRACT = re.compile(r"^(?:an?\s+)?(?:extract|excerpt|passage)s?\s+(?:quoted\s+|taken\s+)?from\b", re.I)
_MD_NOTE = re.compile(r"^\[\^[^\]\s]{1,30}\]:")
_LIST = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[•*·▪◦‣–-])[\s\u00a0]")
_STRONG = re.compile(r"\b(?:ISBN|ISSN|OCLC|JSTOR|PMID|doi:|DOI|Retrieved|Archived|Accessed|Ibid|ibid|op\. cit)\b|Jump up to")
_YEAR_PAREN = re.compile(r"\((?:[^()]{0,20}\s)?(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\)|\[(?:1[5-9]\d\d|20[0-4]\d)\]")
_SHORT = re.compile(r"^[A-ZА-Я][\w'’\-]+(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+)?(?:\s+et al\.)?,?\s+\(?(?:1[5-9]|20)\d\d[a-z]?\)?"
                    r"(?:,?\s*(?:pp?\.|:)\s*[\divxlc]+)")
_AUTHOR_START = re.compile(r"^[A-ZÀ-ÞА-Я][\w'’\-]+,\s+(?:[A-ZÀ-ÞА-Я][\w'’\-]*\.?\s*){1,3}[.(,]")
_YEAR_DOT = re.compile(r"[,.]\s(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\.\s")
_PLACE_PUB = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)*[,.]")
_WEAK = re.compile(r"\bpp?\.\s*\d|\b(?:Press|University|Publishers|Verlag|Journal|Vol\.|vol\.|eds?\.|Eds?\.)\b|"
                   r"\(in [A-Z][a-z]+\)|https?://|\d+\s*\(\d+\)\s*:\s*\d+|[“\"][^“”\"]{3,}[”\"]\.?")


def _line_score(line: str) -> int:
    """How much a line reads like a reference-list entry (0: not at all)."""
    s = line.replace("\u00a0", " ").strip()
    if not s:
        return 0
    score = 0
    body = BACKLINK.sub(" ", _LIST.sub("", s)).strip()
    if _LIST.match(s) or s.lstrip().startswith("^"):
        score += 1
    if _MD_NOTE.match(s):  # a Markdown footnote definition "[^3]: ..." is a note wherever it stands
        return 5
    if "Jump up to" in s or re.match(r"^\s*(?:\d+[.)]?\s*)?\^", s):
        score += 2
    score += 2 * min(2, len(_STRONG.findall(s)))
    if _SHORT.match(body):
        score += 3
    if _AUTHOR_START.match(body):
        score += 1
    if _YEAR_PAREN.search(s) or _YEAR_DOT.search(s):
        score += 1
    if _PLACE_PUB.search(s):
        score += 1
    score += min(2, len(_WEAK.findall(s)))
    if re.search(r"\[\d{1,3}\]", _LIST.sub("", s, count=1)):  # body text carries markers; references rarely do
        score -= 2
    tokens = s.split()
    words = len(tokens)
    alpha = [w.lstrip("(“\"'") for w in tokens]
    alpha = [w for w in alpha if w[:1].isalpha()]
    lower = sum(1 for w in alpha if w[:1].islower())
    if len(alpha) > 20 and lower / len(alpha) > 0.6:  # prose: mostly lower-case words
        score -= 3
    if words > 70:
        score -= 2
    if words > 25 and len(re.findall(r"\b(?:the|was|were|had|he|she|they|which|that|is)\b", s)) >= 4:
        score -= 2
    return max(score, 0)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        out.append((pos, end))
        pos += len(line)
    return out


_is_heading = is_heading


def _header_lines(ad: AnnotatedDocument, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    meta = ad.document.metadata
    out = []
    seen = 0
    for start, end in lines:
        line = ad.text[start:end].strip()
        if not line:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        from ..ingest.metadata import is_byline, parse_date_line, quoted_from

        if (_DATE_ONLY.match(line) and parse_date_line(line)) or _EXTRACT.match(line) or quoted_from(line) or (
                len(line) < 160 and is_byline(line)
                and (not meta.title or meta.title.lower() in line.lower() or seen <= 2)):
            out.append((start, end))
            continue
        if meta.title and line.strip("#*= ").lower() == meta.title.lower():
            out.append((start, end))
            continue
        break
    return out


def reference_blocks(text: str, lines: list[tuple[int, int]], skip: set[int]) -> list[tuple[int, int]]:
    """(start, end) of each reference list: after a heading, or a run of reference-like lines."""
    blocks: list[tuple[int, int]] = []
    scores = [(_line_score(text[s:e]) if i not in skip else 0) for i, (s, e) in enumerate(lines)]
    i, n = 0, len(lines)
    while i < n:
        s, e = lines[i]
        if i in skip:
            i += 1
            continue
        if _is_heading(text[s:e]):
            j, last, expect = i + 1, i, 1
            while j < n:
                ls, le = lines[j]
                line = text[ls:le].strip()
                if line and (_is_heading(line) and j > i + 1):
                    break
                label = _number(text, ls, le)
                if label == expect:  # "1. ...", "2. ...": a note of the list however long it runs
                    expect += 1
                elif line and scores[j] == 0 and len(line.split()) > 40:
                    break
                if line:
                    last = j
                j += 1
            blocks.append((s, lines[last][1]))
            i = j
            continue
        if scores[i] >= 2:
            j, run, total = i, [], 0
            while j < n:
                ls, le = lines[j]
                if not text[ls:le].strip():
                    j += 1
                    continue
                if scores[j] >= 2 or (run and scores[j] >= 1 and _LIST.match(text[ls:le])):
                    run.append(j)
                    total += scores[j]
                    j += 1
                    continue
                break
            if (len(run) >= 2 and total >= 6) or (run and total >= 5):
                first = run[0]
                label = _number(text, *lines[first])
                k = first - 1
                while label and label > 1 and k >= 0 and k not in skip:  # the notes above it in the numbering
                    ks, ke = lines[k]
                    if not text[ks:ke].strip():
                        k -= 1
                        continue
                    if _number(text, ks, ke) != label - 1 or blocks and ks < blocks[-1][1]:
                        break
                    first, label, k = k, label - 1, k - 1
                blocks.append((lines[first][0], lines[run[-1]][1]))
            i = max(j, i + 1)
            continue
        i += 1
    return blocks


def _number(text: str, start: int, end: int) -> int | None:
    """The number a list line opens with ("1.", "[1]", "1 " before a word, "¹"), or None."""
    m = _NUMBERED.match(text, start, end)
    if not m:
        return None
    return int(m.group(4).translate(_SUPER_DIGITS) if m.group(4) else m.group(1) or m.group(2) or m.group(3))


_NUMBERED = re.compile(r"[ \t\u00a0]*(?:\[(\d{1,3})\]|(\d{1,3})[.)]|(\d{1,3})(?=[ \t\u00a0]+[^\W\d])|"
                       r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[ \t\u00a0]*[^\W\d]))[ \t\u00a0]?")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def numbered_notes(text: str, lines: list[tuple[int, int]], skip: set[int]) -> list[tuple[int, int]]:
    """(start, end) of a numbered list of notes that closes the text without a heading ("1. ...",
    "[1] ...", "1 ..."), numbered 1, 2, 3... in order, its numbers cited by markers in the text above it
    ([1], ¹, ^1, a digit glued to a sentence's end): what its lines say need not read like references
    ("2. Only Moreau gives the month.")."""
    last = max((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), default=-1)
    last_free = max((i for i, (s, e) in enumerate(lines) if i not in skip and text[s:e].strip()), default=-1)
    i = 0
    while i <= last:
        if i in skip or _number(text, *lines[i]) != 1:
            i += 1
            continue
        expect, j, end, extra = 2, i + 1, i, 0
        while j <= last and j not in skip:
            s, e = lines[j]
            label = _number(text, s, e)
            if label == expect:
                expect, end, extra = expect + 1, j, 0
            elif text[s:e].strip() and (label is not None or extra >= 3 or _is_heading(text[s:e])):
                break
            elif text[s:e].strip():
                extra += 1  # a note's wrapped or second line
                end = j
            j += 1
        count = expect - 1
        if count >= 2 and end >= last_free and len(_cited(text[:lines[i][0]]) & set(range(1, count + 1))) >= 2:
            return [(lines[i][0], lines[end][1])]
        i = j if j > i + 1 else i + 1
    return []


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_CITED = re.compile(rf"\[(\d{{1,3}})\]|(?<=\S)\^(\d{{1,3}})\b|(?<=\S)([{_SUPERSCRIPTS}]{{1,3}})|"
                    r"(?:(?<=[^\W\d_][.,;:!?”\"’)])|(?<=(?<!\d)[12]\d{3}[.,;:]))(\d{1,3})(?=[ \t]+[A-Z“\"]|[ \t]*$)", re.M)


def _cited(text: str) -> set[int]:
    """The numbers that footnote markers in ``text`` cite."""
    out = set()
    for m in _CITED.finditer(text):
        digits = m.group(1) or m.group(2) or m.group(4)
        if m.group(3):
            digits = "".join(str(_SUPERSCRIPTS.index(c)) for c in m.group(3))
        out.add(int(digits))
    return out


def debris_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for kind, rx in debris_patterns():
        for m in rx.finditer(text):
            if "d" in rx.groupindex:
                if m.group("d"):
                    spans.append(m.span("d"))
            elif m.end() > m.start():
                spans.append(m.span())
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _fact_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of infobox/fact lines ("- Location: Tarija, Bolivia") and title lines: key-value facts
    about the article's subject, never entries of a reference list, however much they read like one."""
    from ..entities.infobox import structured_lines

    spans = structured_lines(text)
    return {i for i, ln in enumerate(lines) if ln in spans}


def zones_of(ad: AnnotatedDocument) -> list[Zone]:
    text = ad.text
    lines = _lines(text)
    header = _header_lines(ad, lines)
    header_idx = {i for i, ln in enumerate(lines) if ln in header}
    kinds: list[tuple[int, int, str]] = [(s, e, "header") for s, e in header]
    skip = header_idx | _fact_lines(text, lines)
    blocks = reference_blocks(text, lines, skip)
    blocks += [(s, e) for s, e in numbered_notes(text, lines, skip) if not any(s < be and bs < e for bs, be in blocks)]
    kinds += [(s, e, "references") for s, e in blocks]
    kinds.sort()
    # base tiling: header / references / body
    base: list[tuple[int, int, str]] = []
    pos = 0
    for s, e, k in kinds:
        if s > pos:
            base.append((pos, s, "body"))
        if e > max(s, pos):
            base.append((max(s, pos), e, k))
        pos = max(pos, e)
    if pos < len(text):
        base.append((pos, len(text), "body"))
    # overlay debris
    out: list[Zone] = []
    debris = debris_spans(text)
    di = 0
    for s, e, k in base:
        cur = s
        while di < len(debris) and debris[di][0] < e:
            ds, de = debris[di]
            ds, de2 = max(ds, cur), min(de, e)
            if ds > cur:
                out.append(Zone(cur, ds, k))
            if de2 > ds:
                out.append(Zone(ds, de2, "debris"))
            cur = max(cur, de2)
            if de <= e:
                di += 1
            else:
                break
        if cur < e:
            out.append(Zone(cur, e, k))
    merged: list[Zone] = []
    for z in out:
        if merged and merged[-1].kind == z.kind and merged[-1].end == z.start:
            merged[-1] = Zone(merged[-1].start, z.end, z.kind)
        else:
            merged.append(z)
    return merged


def annotate(ad: AnnotatedDocument, options) -> dict:
    return {"zones": zones_of(ad)}

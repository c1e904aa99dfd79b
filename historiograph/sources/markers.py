"""Citations in the body: footnote markers ([8], [8][9], [8, 9], [8–10], superscript ¹², Markdown [^8]; "^8" and
a number glued to a sentence's end, "after.8", where a numbered note list holds that number), author–year
citations ("(Coox 1968, p. 411)", "Coox (1968)", "Coox 1968: 411") and ibid./op. cit.

Only body zones count: "[1925]" inside a reference is a year of first publication, not a marker.
"""
from __future__ import annotations

import re

from ..model import Citation, Reference
from .dates import year_of
from .shortcite import first_family, key

_BRACKET = re.compile(r"\[(\d{1,3}(?:\s*[,–—-]\s*\d{1,3})*)\]")
_MD_MARK = re.compile(r"\[\^(?P<label>[^\]\s]{1,30})\](?!:)")  # a Markdown footnote marker "[^3]"
_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER = re.compile(rf"(?:(?<=[^\s\d{_SUP}])|(?<=(?<!\d)[12]\d{{3}}))[{_SUP}]+(?:[,⁻–][{_SUP}]+)*(?![\w{_SUP}])")
# Markers that need a numbered note list to be read as such: "^3" and a number glued to a sentence's end
# ("...soon after.3 The", "on 20 June 1794.2 The"), as superscripts become when copied as plain text
_CARET = re.compile(r"(?<=\S)\^(\d{1,3})\b")
_GLUED = re.compile(r"(?:(?<=[^\W\d_][.,;:!?”\"’)])|(?<=(?<!\d)[12]\d{3}[.,;:]))(\d{1,3})(?=[ \t]+[A-Z“\"]|[ \t]*$)", re.M)
_NAME = r"[A-ZÀ-ÞА-ЯЁ][\w'’\-]+(?:\s+(?:and|&)\s+[A-ZÀ-ÞА-ЯЁ][\w'’\-]+)?(?:\s+et al\.?)?"
_YEAR = r"(?:1[4-9]|20)\d\d[a-z]?"
_PG = r"(?P<page>[\divxlc]+(?:\s*[-–]\s*\d+)?)"
_ITEM = re.compile(rf"(?P<names>{_NAME}),?\s+(?P<year>{_YEAR})(?:\s*[,:]\s*(?:pp?\.\s*)?{_PG})?")
_PAREN = re.compile(rf"\((?:see |cf\. |e\.g\.,? )?(?P<inner>{_NAME},?\s+{_YEAR}[^()]*)\)")
_NARRATIVE = re.compile(rf"(?P<names>{_NAME})\s+\((?P<year>{_YEAR})(?:\s*[,:]\s*(?:pp?\.\s*)?{_PG})?\)")
_BARE = re.compile(rf"(?<![\w(])(?P<names>{_NAME})\s+(?P<year>{_YEAR})(?:\s*:\s*|,\s*pp?\.\s*){_PG}")
_IBID = re.compile(rf"\b(?:[Ii]bid(?:em)?)\.?(?:,?\s*(?:pp?\.\s*)?{_PG})?")
_OPCIT = re.compile(rf"(?P<names>{_NAME}),?\s+op\.\s*cit\.?(?:,?\s*(?:pp?\.\s*)?{_PG})?")
_NOT_NAMES = frozenset("""in by from until since after before during of and the to on at around about circa
between summer winter spring autumn fall early late mid january february march april may june july
august september october november december""".split())


def _numbers(inner: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"\s*,\s*", inner):
        m = re.match(r"(\d+)\s*[–—-]\s*(\d+)$", part)
        if m and int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 50:
            out += [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]
        elif part.strip().isdigit():
            out.append(part.strip())
    return out


def _split_span(start: int, end: int, n: int, inner_start: int, text: str) -> list[tuple[int, int]]:
    """Cut one bracket "[8, 9]" into n consecutive spans that together cover it."""
    if n == 1:
        return [(start, end)]
    cuts = [m.end() for m in re.finditer(r"\s*[,–—-]\s*", text[inner_start:end - 1])]
    cuts = [inner_start + c for c in cuts][: n - 1]
    if len(cuts) < n - 1:  # a range 8–10: the middle numbers share the whole bracket
        return [(start, end)] * n
    bounds = [start] + cuts + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(n)]


def find(ad, references: list[Reference]) -> list[Citation]:
    text = ad.text
    by_label = {r.label: r.id for r in references if r.label}
    fulls = [r for r in references if r.full is None and r.csl.get("author")]

    def in_body(s: int, e: int) -> bool:
        return all(ad.zone_at(i) == "body" for i in (s, e - 1))

    def resolve(names: str, year: str | None) -> str | None:
        fam = key(first_family(names))
        y = int(year[:4]) if year else None
        for r in fulls:
            a = r.csl.get("author") or []
            if a and key(a[0].get("family", "")) == fam and (y is None or year_of(r.csl.get("issued")) == y):
                return r.id
        return None

    cits: list[Citation] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _BRACKET.finditer(text):
        if not in_body(m.start(), m.end()):
            continue
        nums = _numbers(m.group(1))
        for num, (s, e) in zip(nums, _split_span(m.start(), m.end(), len(nums), m.start(1), text)):
            cits.append(Citation(s, e, text[s:e], by_label.get(num)))
        taken.append(m.span())
    for m in _MD_MARK.finditer(text):
        if in_body(m.start(), m.end()):
            cits.append(Citation(m.start(), m.end(), m.group(0), by_label.get(m.group("label"))))
            taken.append(m.span())
    for m in _SUPER.finditer(text) if any(c in text for c in _SUP) else ():
        if in_body(m.start(), m.end()):
            digits = "".join(str(_SUP.index(c)) if c in _SUP else ("-" if c in "⁻–" else ",") for c in m.group(0))
            for num in _numbers(digits):
                cits.append(Citation(m.start(), m.end(), m.group(0), by_label.get(num)))
            taken.append(m.span())
    for rx in (_CARET, _GLUED) if by_label else ():  # (a marker of these kinds needs a numbered note)
        for m in rx.finditer(text):
            if m.group(1) in by_label and free(*m.span()) and in_body(m.start(), m.end()):
                cits.append(Citation(m.start(), m.end(), m.group(0), by_label[m.group(1)]))
                taken.append(m.span())
    for m in _PAREN.finditer(text):
        if not in_body(m.start(), m.end()):
            continue
        items = list(_ITEM.finditer(m.group("inner")))
        base = m.start("inner")
        for k, it in enumerate(items):
            if it.group("names").split()[0].lower() in _NOT_NAMES:
                continue
            ref = resolve(it.group("names"), it.group("year"))
            if ref is None and not it.group("page") and not fulls:
                continue
            s = m.start() if k == 0 else base + it.start()
            e = m.end() if k == len(items) - 1 else base + it.end()
            cits.append(Citation(s, e, text[s:e], ref, it.group("page")))
        taken.append(m.span())
    for rx in (_NARRATIVE, _BARE, _OPCIT) if fulls else (_BARE,):  # (the others need a reference to name)
        for m in rx.finditer(text):
            if not free(*m.span()) or not in_body(m.start(), m.end()):
                continue
            names = m.group("names")
            if names.split()[0].lower() in _NOT_NAMES:
                continue
            ref = resolve(names, m.groupdict().get("year"))
            if ref is None and rx is not _BARE:
                continue
            s = m.start() if rx is not _NARRATIVE else m.start("year") - 1
            cits.append(Citation(s, m.end(), text[s:m.end()], ref, m.group("page")))
            taken.append(m.span())
    cits.sort(key=lambda c: c.start)
    for m in _IBID.finditer(text):
        if not free(*m.span()) or not in_body(m.start(), m.end()):
            continue
        prev = [c for c in cits if c.end <= m.start() and c.reference]
        ref = prev[-1].reference if prev else None
        cits.append(Citation(m.start(), m.end(), m.group(0), ref, m.group("page")))
    cits.sort(key=lambda c: (c.start, c.end))
    return cits

"""Identifiers and access notes of a reference: DOI, ISBN, ISSN, OCLC, JSTOR, PMID, URL, accessed date,
language. Scraped lists glue them to their neighbours ("Alfred A. KnopfISBN 0-394-44645-3OCLC 251139"),
so each is found by its own label and shape, then cut out of the text so that what is left is the
descriptive part of the record. ISBNs and ISSNs are kept only when their checksum is right.
"""
from __future__ import annotations

import re

import isbnlib

from .dates import parse_date
from .lexicon import languages

_LABELS = r"(?:ISBN|OCLC|ISSN|eISSN|JSTOR|PMID|PMC|S2CID|Bibcode|LCCN|arXiv|doi:|DOI:)"
_UNGLUE = re.compile(rf"(?<=[\w.”\"'’)])(?={_LABELS})")
_DOI = re.compile(r"(?:\bdoi:?\s*|\bDOI:?\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\"<>]+)")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+")
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*((?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])(?![\d-])")
_ISSN = re.compile(r"\b(?:e-?)?ISSN:?\s*(\d{4}-?\d{3}[\dXx])\b")
_SIMPLE = {
    "OCLC": re.compile(r"\bOCLC:?\s*(\d+)"),
    "JSTOR": re.compile(r"\bJSTOR:?\s*(\d+)"),
    "PMID": re.compile(r"\bPMID:?\s*(\d+)"),
    "PMCID": re.compile(r"\bPMC(?:ID)?:?\s*(?:PMC)?(\d+)"),
    "arXiv": re.compile(r"\barXiv:\s*(\S+?)(?=[\s,;]|\.?$|\.\s)"),
}
_DROP = re.compile(r"\b(?:S2CID|Bibcode|LCCN):?\s*\S+|\bArchived from the original(?: \(PDF\))? on [^.]*\.?"
                   r"|\(PDF\)|\[PDF\]|\bRetrieved from\b|\bAvailable (?:at|from|online)(?: at)?:?")
_ACCESSED = re.compile(r"\b(?:Retrieved|Accessed|Consulted|Viewed|Abgerufen am|Consulté le)(?: on)?:?\s+"
                       r"([^.;\]\[]{4,30}?\d{4})\b|\[(?:Accessed|Viewed|Cited)[^\]]*?(\d[^\]]*)\]", re.I)


def _lang_rx() -> re.Pattern:
    names = "|".join(sorted(map(re.escape, languages()), key=len, reverse=True))
    return re.compile(rf"[(\[]\s*[Ii]n ({names})(?:\s*(?:and|,)\s*({names}))*\s*\.?\s*[)\]]", re.I)


_LANG: list[re.Pattern] = []


def valid_isbn(raw: str) -> str | None:
    """The ISBN as written (hyphens kept) when its checksum is right, else None."""
    digits = re.sub(r"[^\dXx]", "", raw).upper()
    if (len(digits) == 10 and isbnlib.is_isbn10(digits)) or (len(digits) == 13 and isbnlib.is_isbn13(digits)):
        return re.sub(r"\s+", "-", raw.strip())
    return None


def valid_issn(raw: str) -> str | None:
    digits = raw.replace("-", "").upper()
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1)))
    check = (11 - total % 11) % 11
    if digits[7] == ("X" if check == 10 else str(check)):
        return digits[:4] + "-" + digits[4:]
    return None


def _cut(text: str, m: re.Match) -> str:
    return text[:m.start()] + " " + text[m.end():]


def extract(text: str) -> tuple[str, dict]:
    """Take identifiers out of ``text``: (the rest of the text, CSL fields found)."""
    if not _LANG:
        _LANG.append(_lang_rx())
    out: dict = {}
    text = _UNGLUE.sub(" ", text)
    while m := _DOI.search(text):
        doi = m.group(1).rstrip(".,;:")
        if doi.count(")") > doi.count("("):
            doi = doi.rstrip(")")
        out.setdefault("DOI", doi)
        text = _cut(text, m)
    while m := _URL.search(text):
        url = m.group(0).rstrip(".,;:")
        if url.count(")") > url.count("("):
            url = url.rstrip(")")
        out.setdefault("URL", url)
        text = text[:m.start()] + " " + text[m.start() + len(url):]
    while m := _ISBN.search(text):
        isbn = valid_isbn(m.group(1))
        if isbn:
            out.setdefault("ISBN", isbn)
        text = _cut(text, m)
    while m := _ISSN.search(text):
        issn = valid_issn(m.group(1).replace("-", "")[:4] + "-" + m.group(1).replace("-", "")[4:])
        if issn:
            out.setdefault("ISSN", issn)
        text = _cut(text, m)
    for key, rx in _SIMPLE.items():
        while m := rx.search(text):
            out.setdefault(key, m.group(1))
            text = _cut(text, m)
    while m := _ACCESSED.search(text):
        date = parse_date(m.group(1) or m.group(2) or "")
        if date:
            out.setdefault("accessed", date)
        text = _cut(text, m)
    text = _DROP.sub(" ", text)
    while m := _LANG[0].search(text):
        out.setdefault("language", languages()[m.group(1).lower()])
        text = _cut(text, m)
    return text, out

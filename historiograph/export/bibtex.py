"""BibTeX export of the corpus bibliography (one entry per Work, key = work id).

Values are brace-delimited with TeX specials escaped and braces balanced, so the file parses with
bibtexparser and citeproc-py; non-ASCII text (Cyrillic titles) stays UTF-8.
"""
from __future__ import annotations

import re

from ..sources.dates import iso

_TYPES = {"article-journal": "article", "article-newspaper": "article", "article-magazine": "article",
          "book": "book", "chapter": "incollection", "thesis": "phdthesis", "report": "techreport",
          "paper-conference": "inproceedings", "webpage": "misc"}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _esc(value: str) -> str:
    s = str(value).replace("\\", "")
    s = re.sub(r"([&%$#_])", r"\\\1", s)
    s = s.replace("{", "").replace("}", "").replace("~", "\\~{}").replace("^", "\\^{}")
    return re.sub(r"\s+", " ", s).strip()


def _names(names: list[dict]) -> str:
    out = []
    for n in names:
        if n.get("literal"):
            out.append("{" + _esc(n["literal"]) + "}")
        else:
            fam = " ".join(filter(None, (n.get("non-dropping-particle"), n.get("family"))))
            out.append(", ".join(filter(None, (_esc(fam), _esc(n.get("given", ""))))))
    return " and ".join(out)


def entry(work) -> str:
    c = work.csl
    kind = _TYPES.get(c.get("type"), "misc")
    if kind == "incollection" and not c.get("editor"):
        kind = "inbook" if False else "incollection"
    if kind == "phdthesis" and re.search(r"master|M\.?A|MSc", c.get("genre", ""), re.I):
        kind = "mastersthesis"
    f: list[tuple[str, str]] = []
    for role in ("author", "editor", "translator"):
        if c.get(role):
            f.append((role, _names(c[role])))
    if c.get("title"):
        f.append(("title", _esc(c["title"])))
    if c.get("container-title"):
        f.append(("journal" if kind == "article" else "booktitle", _esc(c["container-title"])))
    date = (c.get("issued") or {}).get("date-parts", [[]])[0]
    if date:
        f.append(("year", str(date[0])))
        if len(date) > 1:
            f.append(("month", _MONTHS[date[1] - 1]))
    if c.get("original-date"):
        f.append(("origdate", iso(c["original-date"]) or ""))
    for csl_key, bib_key in (("volume", "volume"), ("issue", "number"), ("edition", "edition"),
                             ("publisher", "institution" if kind == "techreport" else "publisher"),
                             ("publisher-place", "address"), ("DOI", "doi"), ("ISBN", "isbn"), ("ISSN", "issn"),
                             ("URL", "url"), ("language", "language"), ("genre", "type")):
        if c.get(csl_key):
            f.append((bib_key, _esc(c[csl_key])))
    if kind == "phdthesis" and c.get("publisher"):
        f = [(k if k != "publisher" else "school", v) for k, v in f]
    if c.get("page"):
        f.append(("pages", _esc(re.sub(r"\s*[–—-]+\s*", "--", c["page"]))))
    if c.get("accessed"):
        f.append(("urldate", iso(c["accessed"]) or ""))
    notes = [f"{k}: {c[k]}" for k in ("OCLC", "JSTOR", "arXiv") if c.get(k)]
    if c.get("translated-title"):
        notes.insert(0, f"Translated title: {c['translated-title']}")
    if notes:
        f.append(("note", _esc("; ".join(notes))))
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in f if v)
    key = re.sub(r"[^A-Za-z0-9_:\-]", "-", work.id)
    return f"@{kind}{{{key},\n{body}\n}}\n"


def export(tables, docs) -> str:
    return "\n".join(entry(w) for w in tables.works)


def render(text: str, style: str = "harvard-cite-them-right") -> list[str]:
    """A BibTeX text as a plain-text bibliography, through citeproc-py's BibTeX source."""
    import io
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.bibtex import BibTeX

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # biblatex fields (urldate, origdate) that BibTeX styles skip
        src = BibTeX(io.StringIO(text))
        bib = CitationStylesBibliography(CitationStylesStyle(style, validate=False), src, formatter.plain)
        for key in src:
            bib.register(Citation([CitationItem(key)]))
        return [str(e) for e in bib.bibliography()]

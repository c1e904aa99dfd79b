"""CSL-JSON export of the corpus bibliography: a JSON array of CSL items with "id" (Zotero, citeproc).

Only CSL variables are written; identifiers CSL lacks (OCLC, JSTOR, arXiv) and a translated title
go into "note" as "Key: value" lines, as Zotero does, so citeproc processors accept every item.
"""
from __future__ import annotations

import json

CSL_VARIABLES = frozenset("""type author editor translator container-author collection-editor issued original-date
accessed title title-short original-title container-title container-title-short collection-title volume issue
page number-of-pages edition genre publisher publisher-place original-publisher original-publisher-place
language URL DOI ISBN ISSN PMID PMCID note abstract number chapter-number section medium event event-place
archive archive_location call-number version""".split())
EXTRA_NAMES = {"translated-title": "Translated title", "OCLC": "OCLC", "JSTOR": "JSTOR", "arXiv": "arXiv"}


def item(work) -> dict:
    out: dict = {"id": work.id}
    notes = []
    for k, v in work.csl.items():
        if k in CSL_VARIABLES:
            out[k] = v
        elif k in EXTRA_NAMES:
            notes.append(f"{EXTRA_NAMES[k]}: {v}")
    if notes:
        out["note"] = "\n".join(([out["note"]] if out.get("note") else []) + notes)
    out.setdefault("type", "book")
    return out


def export(tables, docs) -> str:
    return json.dumps([item(w) for w in tables.works], ensure_ascii=False, indent=2)


def render(items: list[dict], style: str = "harvard-cite-them-right") -> list[str]:
    """The items as a plain-text bibliography, through citeproc-py (a check that they are valid CSL)."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    src = CiteProcJSON(items)
    bib = CitationStylesBibliography(CitationStylesStyle(style, validate=False), src, formatter.plain)
    for key in src:
        bib.register(Citation([CitationItem(key)]))
    return [str(e) for e in bib.bibliography()]

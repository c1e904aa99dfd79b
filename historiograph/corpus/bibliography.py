"""The corpus bibliography: one Work per distinct work across documents.

A work is keyed by its normalised title, first author's family name and year; a short citation folds
into the full record it abbreviates (``Reference.full``), so "Coox 1968, p. 411" in two documents
and the full "Coox, Alvin D. (January 1968) ..." are one work cited from three places. A text that is
an extract of a book (``metadata.quoted_from``) cites that book too. Ids are deterministic slugs
("w-coox-1968-laffaire-lyushkov"), so rebuilding the corpus gives the same ids.
"""
from __future__ import annotations

import copy
import re

from anyascii import anyascii

from ..model import AnnotatedDocument, Work
from ..sources.dates import year_of
from ..sources.names import parse_names


def _slug(s: str, words: int = 4) -> str:
    toks = re.findall(r"[a-z0-9]+", anyascii(s or "").lower())
    return "-".join(toks[:words])


def work_key(csl: dict) -> tuple[str, str, str]:
    """(first author family, year, title) in comparable form."""
    authors = csl.get("author") or csl.get("editor") or []
    fam = _slug(authors[0].get("family", "") or authors[0].get("literal", ""), 3) if authors else ""
    year = str(year_of(csl.get("issued")) or "")
    title = _slug(csl.get("title", ""), 12)
    return fam, year, title


def base_id(key: tuple[str, str, str]) -> str:
    """A work's id before any number that tells two works of one id apart."""
    return "w-" + "-".join(p for p in (key[0], key[1], "-".join(key[2].split("-")[:3])) if p)


def id_root(wid: str) -> str:
    """A work id without the numbers that tell works of one base id apart: equal ids have equal roots."""
    return re.sub(r"(-[0-9]+)+$", "", wid)


def _merge(into: dict, other: dict) -> None:
    for k, v in other.items():
        if k not in into and k != "page" or (k == "page" and into.get("type") == other.get("type") == "article-journal"
                                               and k not in into):
            into[k] = copy.deepcopy(v)


def works(docs: list[AnnotatedDocument]) -> list[Work]:
    by_key: dict[tuple, Work] = {}
    order: list[tuple] = []
    first_of: dict[tuple, tuple] = {}  # (author, year) -> the first work of it (indexes, not scans: linear)
    cites: dict[tuple, set] = {}

    def add(csl: dict, cite: tuple[str, str]) -> None:
        key = work_key(csl)
        if not any(key):
            return
        # a record without title (a stub) joins a titled work of the same author and year
        if not key[2] and key[0] and key[:2] in first_of:
            key = first_of[key[:2]]
        if key not in by_key:
            by_key[key] = Work(id="", csl=copy.deepcopy(csl))
            order.append(key)
            cites[key] = set()
            if key[0]:
                first_of.setdefault(key[:2], key)
        else:
            _merge(by_key[key].csl, csl)
        if cite not in cites[key]:
            cites[key].add(cite)
            by_key[key].cited_by.append(cite)

    for ad in sorted(docs, key=lambda d: d.document.source):
        source = ad.document.source
        refs = {r.id: r for r in ad.references}
        for ref in ad.references:
            full = refs.get(ref.full) if ref.full else None
            csl = dict(full.csl if full else ref.csl)
            if not full and ref.full is None and ref.csl.get("page") and ref.csl.get("type") != "article-journal" \
                    and "title" not in ref.csl:
                csl.pop("page", None)
            add(csl, (source, ref.id))
        qf = ad.document.metadata.quoted_from
        if qf and qf.title:
            csl = {"type": "book", "title": qf.title}
            if qf.author:
                names, _ = parse_names(qf.author)
                if names:
                    csl["author"] = names
            add(csl, (source, "quoted_from"))
    out: list[Work] = []
    used: set[str] = set()
    for key in sorted(order):
        w = by_key[key]
        base = base_id(key)
        wid, n = base, 2
        while wid in used:
            wid, n = f"{base}-{n}", n + 1
        used.add(wid)
        w.id = wid
        out.append(w)
    return out

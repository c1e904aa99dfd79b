"""Short citations ("Coox 1968, p. 411.", "Coox, p. 411", "Ibid., p. 12") and the full record they abbreviate.

A short citation in a reference list gets, as its CSL, a copy of the full record of the same work in
the same document (matched by first author's family name and year, or title words) with its own page.
"""
from __future__ import annotations

import copy
import re
import unicodedata

from anyascii import anyascii

from .dates import year_of

_NAME = r"[A-ZÀ-ÞА-ЯЁ][\w'’\-]+(?:\s+(?:and|&)\s+[A-ZÀ-ÞА-ЯЁ][\w'’\-]+)?(?:,?\s+et al\.?)?"
_PAGE = r"(?:pp?\.|at|S\.|:)?\s*(?P<page>[\dIVXLCivxlc]+(?:\s*[-–]\s*\d+)?(?:\s*n\.\s*\d+)?)"
_VOLUME = r"(?:\s*,\s*(?:vol|v|Bd|t)\.\s*(?P<volume>[\dIVXLC]+))"  # "Corbett 1994, vol. 2": the volume cited
SHORT = re.compile(rf"^(?P<names>{_NAME}),?\s+\(?(?P<year>(?:1[4-9]|20)\d\d[a-z]?)\)?{_VOLUME}?(?:\s*[,:]\s*{_PAGE})?\s*\.?$")
SHORT_TITLE = re.compile(rf"^(?P<names>{_NAME}),\s+(?:(?P<title>[^,]{{2,80}}?),\s+)?(?:op\.\s*cit\.,?\s*)?"
                         rf"(?:pp?\.)\s*(?P<page>[\dIVXLCivxlc]+(?:\s*[-–]\s*\d+)?)\s*\.?$")
OPCIT = re.compile(rf"^(?P<names>{_NAME}),?\s+op\.\s*cit\.?(?:,?\s*{_PAGE})?\s*\.?$", re.I)
IBID = re.compile(rf"^(?:ibid|ibidem|id)\.?(?:,?\s*{_PAGE})?\s*\.?$", re.I)


def key(name: str) -> str:
    """Comparable form of a family name (accents and script folded)."""
    name = unicodedata.normalize("NFKC", name)
    return re.sub(r"[^a-z]", "", anyascii(name).lower())


def match_short(text: str) -> dict | None:
    """{"names", "year", "page", "title", "ibid"} when ``text`` is a short citation, else None."""
    s = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    if m := IBID.match(s):
        return {"ibid": True, "page": _page(m.group("page"))}
    for rx in (SHORT, OPCIT, SHORT_TITLE):
        if m := rx.match(s):
            g = m.groupdict()
            return {"names": g["names"], "year": g.get("year"), "page": _page(g.get("page")),
                    "title": g.get("title"), "ibid": False, "volume": g.get("volume")}
    return None


def _page(p: str | None) -> str | None:
    from .csl import expand_pages  # (the reference parser, imported where a short citation has a page)

    return expand_pages(re.sub(r"\s*[-–]\s*", "–", p.strip())) if p else None


def first_family(names: str) -> str:
    return re.split(r"\s+(?:and|&)\s+|,|\s+et al", names)[0].strip()


def find_full(short: dict, fulls: list) -> object | None:
    """The full record (a Reference) that a short citation abbreviates, among ``fulls``."""
    fam = key(first_family(short["names"]))
    year = int(short["year"][:4]) if short.get("year") else None
    hits = []
    for ref in fulls:
        authors = ref.csl.get("author") or ref.csl.get("editor") or []
        if not authors or key(authors[0].get("family", "")) != fam:
            continue
        if year is not None and year_of(ref.csl.get("issued")) not in (year, None):
            continue
        if short.get("title") and key(short["title"])[:8] not in key(ref.csl.get("title", "")):
            continue
        hits.append(ref)
    return hits[0] if len(hits) >= 1 else None


def short_csl(full_csl: dict, page: str | None, volume: str | None = None) -> dict:
    out = copy.deepcopy(full_csl)
    out.pop("page", None)
    if page:
        out["page"] = page
    if volume:
        out["volume"] = volume
    return out


def stub_csl(short: dict) -> dict:
    """CSL of a short citation whose full record is not in the document."""
    out: dict = {"type": "book"}
    if short.get("names"):
        out["author"] = [{"family": first_family(short["names"])}]
    if short.get("year"):
        out["issued"] = {"date-parts": [[int(short["year"][:4])]]}
    if short.get("title"):
        out["title"] = short["title"]
    if short.get("page"):
        out["page"] = short["page"]
    if short.get("volume"):
        out["volume"] = short["volume"]
    return out

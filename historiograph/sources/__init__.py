"""The sources stage: reference lists (one CSL-JSON record per entry) and the citations of the body.

Reads the "references" zones that the layout stage found; entries are parsed by ``csl``, short
citations ("Coox 1968, p. 411.", "Ibid.") get the full record of their work (``shortcite``), and body
markers/author–year citations are linked to them (``markers``). Ids are "r" + label for a numbered
list ([8] -> "r8"); unlabeled entries get "r1", "r2"... (or "ru1"... beside labeled ones).
"""
from __future__ import annotations

from ..model import AnnotatedDocument, Reference
from . import markers, reflist, shortcite


def _zone_runs(ad: AnnotatedDocument) -> list[tuple[int, int]]:
    """Reference zones joined across the debris inside them: one (start, end) per list."""
    runs: list[list[int]] = []
    gap_is_debris = False
    for z in ad.zones:
        if z.kind == "references":
            if runs and gap_is_debris:
                runs[-1][1] = z.end
            else:
                runs.append([z.start, z.end])
            gap_is_debris = True
        elif z.kind != "debris":
            gap_is_debris = False
    return [(s, e) for s, e in runs]


def references_of(ad: AnnotatedDocument) -> list[Reference]:
    entries = [e for s, end in _zone_runs(ad) for e in reflist.entries(ad.text, s, end)]
    entries = [e for e in entries if ad.zone_at(e.start) != "debris"]
    labeled = any(e.label for e in entries)
    refs: list[Reference] = []
    n_unlabeled = 0
    for e in entries:
        text = ad.text[e.start:e.end]
        if e.label:
            rid = "r" + e.label
        else:
            n_unlabeled += 1
            rid = ("ru" if labeled else "r") + str(n_unlabeled)
        short = shortcite.match_short(text)
        ref = Reference(id=rid, label=e.label, text=text, csl={}, start=e.start, end=e.end)
        ref._short = short  # type: ignore[attr-defined]
        refs.append(ref)
    if not refs:
        return refs
    from . import csl as cslparse  # (here: a document without a reference list never imports the parser)

    fulls = []
    for ref in refs:
        if ref._short is None:  # type: ignore[attr-defined]
            ref.csl = cslparse.parse(ref.text)
            fulls.append(ref)
    prev_full: Reference | None = None
    for ref in refs:
        short = ref._short  # type: ignore[attr-defined]
        if short is None:
            prev_full = ref
            continue
        full = prev_full if short["ibid"] else shortcite.find_full(short, fulls)
        if full is not None:
            ref.full = full.id
            ref.csl = shortcite.short_csl(full.csl, short["page"], short.get("volume"))
            prev_full = full
        else:
            ref.csl = shortcite.stub_csl(short) if not short["ibid"] else {"type": "book"}
    for ref in refs:
        del ref._short  # type: ignore[attr-defined]
    return refs


def annotate(ad: AnnotatedDocument, options) -> dict:
    refs = references_of(ad)
    return {"references": refs, "citations": markers.find(ad, refs)}

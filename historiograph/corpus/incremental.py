"""The corpus stage after a change: recompute only what the changed documents touch.

Every step of ``build_corpus`` joins documents only through blocking keys: entity keys (the exact
name keys, family-name and first-token blocks, the person names that turn a one-word "organisation"
into a person, the slug an id is made from), participant names, peoples, and the author and year of
cited works. The keys of each document are kept in the store (``corpus_keys``). When documents are
added, changed or removed, the documents reachable from them through shared keys (old keys and new)
form whole components: no entity, timeline entry, conflict or work of theirs involves any other
document. Those are recomputed from their documents alone and spliced into the tables; the rest is
left as it is. The result is the full recompute's, except that untouched timeline entries keep their
ids (new entries are numbered after the highest); positions and conflict numbers follow the whole order.

A key shared by most of the corpus (a hub: "Soviet Union" in every text) makes the component the whole
corpus; the stage then runs whole, which costs the same as before. Corrections (a person merging two
entities links what no key links) also make it run whole.
"""
from __future__ import annotations

from typing import Any

from ..entities.names import parse_person, slug
from ..model import AnnotatedDocument
from ..sources.names import parse_names
from . import build_corpus
from .bibliography import work_key
from .entities import _bare_single_org, _keys
from .events import _people_root

WHOLE_ABOVE = 0.5  # when more than this share of the documents is touched, the whole stage is cheaper


def link_keys(ad: AnnotatedDocument) -> set[str]:
    """Every key through which this document's entities, events or citations can meet another's in the
    corpus stage (an over-approximation: a shared key may join nothing, a missing one would be a bug)."""
    out: set[str] = set()
    for e in ad.entities:
        bare_org = _bare_single_org(e)
        for label in [e.label] + (["PERSON"] if bare_org else []):
            g, keys, persons = _keys(e.name, e.aliases, label)
            out.update(f"k:{g}:{k}" for k in keys)
            for k in keys:
                if k.startswith("n:") and len(k) > 10:
                    out.add(f"tok:{g}:{k[2:].split()[0]}")
            for p in persons:
                if p.family:
                    out.add("fam:" + p.family)
                out.update("fam:" + s for s in p.surnames)
        if bare_org:
            out.update("fam:" + parse_person(a).family for a in e.aliases if parse_person(a).family)
        for n in [e.name, *e.aliases]:
            if n:
                out.add("nm:" + n.lower())
        out.add("slug:" + slug(e.name))
        if e.label == "NORP" or e.name.endswith("s"):
            out.add("people:" + _people_root(e.name))
    for ev in ad.events:
        for p in ev.participants:
            if p.name:
                out.add("nm:" + p.name.lower())
                if p.name.endswith("s"):
                    out.add("people:" + _people_root(p.name))
    refs = {r.id: r for r in ad.references}
    csls = [r.csl for r in ad.references] + [refs[r.full].csl for r in ad.references if r.full in refs]
    qf = ad.document.metadata.quoted_from
    if qf and qf.title:  # as the bibliography step makes it
        csl = {"type": "book", "title": qf.title}
        names, _ = parse_names(qf.author) if qf.author else ([], None)
        if names:
            csl["author"] = names
        csls.append(csl)
    for csl in csls:
        a, y, _t = work_key(csl)
        out.add(f"work:{a}|{y}")
    return out


def update(corpus: Any, force: bool = False, costs: dict[str, float] | None = None) -> str:
    """Bring the corpus tables in line with the documents: "current" (nothing changed), "incremental"
    (the touched components recomputed) or "whole". ``corpus`` is a writable store.Corpus."""
    now = corpus.document_stamps()
    before = corpus.corpus_stamps()
    changed = {s for s in now if now[s] != before.get(s)} | (set(before) - set(now))
    if not force and before and not changed and corpus.corpus_is_current():
        return "current"
    if force or not before or not changed:
        return _whole(corpus, now, costs)
    affected = touched(corpus, changed, now)
    if affected is None:
        return _whole(corpus, now, costs)
    docs = corpus.annotated_many(affected & set(now))
    tables = build_corpus(docs, costs=costs)
    keys = {ad.document.source: link_keys(ad) for ad in docs}
    corpus.splice_corpus(affected, tables, keys, {s: now[s] for s in keys})
    return "incremental"


def touched(corpus: Any, changed: set[str], now: dict[str, str]) -> set[str] | None:
    """The documents reachable from the changed ones through shared keys (their old keys and their new
    ones), or None when that is most of the corpus."""
    present = corpus.annotated_many(changed & set(now))
    frontier = set().union(*(link_keys(ad) for ad in present)) | corpus.keys_of(changed)
    affected = set(changed)
    seen: set[str] = set()
    limit = WHOLE_ABOVE * max(len(now), 1)
    while frontier:
        seen |= frontier
        found = corpus.sources_with(frontier) - affected
        affected |= found
        if len(affected & set(now)) > limit:
            return None
        frontier = corpus.keys_of(found) - seen
    return affected


def _whole(corpus: Any, now: dict[str, str], costs: dict[str, float] | None) -> str:
    docs = corpus.all_annotated()
    tables = build_corpus(docs, costs=costs)
    corpus.put_corpus(tables, {ad.document.source: link_keys(ad) for ad in docs}, now)
    return "whole"

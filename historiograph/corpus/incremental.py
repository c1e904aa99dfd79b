"""The corpus stage after a change: recompute only what the changed documents touch.

Every step of ``build_corpus`` joins documents only through keys. The entity steps (entities, timeline,
conflicts) join them through entity keys: the exact name keys; for the fuzzy comparisons, the form
compared and its block (first token; family name), so that only forms close enough to be joined link
two documents, not the whole block; the family names whose one full name a lone surname joins; the
person names that turn a one-word "organisation" into a person; the root of the slug an id is made
from; participant names and peoples. The bibliography joins them through works (the root of a work's
id; author and year, which a record without title joins). The keys of each document are kept in the
store (``corpus_keys``).

When documents are added, changed or removed, the documents reachable from them through shared keys
(old keys and new) form whole components, one set for the entity steps and one for the bibliography:
no entity, timeline entry, conflict or work of theirs involves any other document. Those are recomputed
from their documents alone; the store compares them with the rows it has and writes only the rows that
differ (``store.Corpus.splice_corpus``). The result is the full recompute's, except that untouched
timeline entries keep their ids (new entries are numbered after the highest); positions and conflict
numbers follow the whole order.

A key shared by most of the corpus (a hub: "Soviet Union" in every text) makes the component the whole
corpus; that part then reads every document, as a whole recompute does, and still writes only what
differs. Corrections (a person merging two entities links what no key links) make the stage run whole
(``corrections.engine``).
"""
from __future__ import annotations

import re
import time
from typing import Any

from rapidfuzz import fuzz

from ..entities.names import given_compatible, parse_person, slug
from ..model import AnnotatedDocument, CorpusTables
from ..sources.names import parse_names
from . import bibliography, build_corpus, linked
from .bibliography import work_key
from .entities import FUZZY_OTHER, FUZZY_PERSON, _bare_single_org, _keys, same_person_name
from .events import _people_root
from .reading import only

WHOLE_ABOVE = 0.5  # when more than this share of the documents is touched, the whole stage is cheaper
WORK = "bib:"  # the bibliography's keys; every other key is the entity steps'
# what an entity id may carry after its slug when two would be equal: the label, then a number
_SUFFIXED = re.compile(r"(-(?:[0-9]+|person|org|gpe|loc|fac|norp|work|event|work_of_art|product|law|language))+$")


def link_keys(ad: AnnotatedDocument) -> set[str]:
    """Every key through which this document's entities, events or citations can meet another's in the
    corpus stage (an over-approximation: a shared key may join nothing, a missing one would be a bug)."""
    return entity_keys(ad) | work_keys(ad)


def entity_keys(ad: AnnotatedDocument) -> set[str]:
    out: set[str] = set()
    for e in ad.entities:
        bare_org = _bare_single_org(e)
        forms = [e.name, *e.aliases]
        for label in [e.label] + (["PERSON"] if bare_org else []):
            g, keys, persons = _keys(e.name, e.aliases, label)
            out.update(f"k:{g}:{k}" for k in keys)
            if g not in ("PERSON", "NORP"):  # the close spellings of long names, blocked by first token
                out.update(f"fz:{g}:{k[2:].split()[0]}\t{k}" for k in keys if k.startswith("n:") and len(k) > 10)
            if g != "PERSON":
                continue
            full = [(f, p) for f, p in zip(forms, persons) if not p.single]
            for f, p in full:
                out.add(f"pf:{p.family}\t{f}")  # compared with the full names of its family
                out.update("pb:" + s for s in {p.family} | set(p.surnames))  # the blocks a lone surname reads
            if not full:
                out.update("ps:" + p.family for p in persons)
            if label == e.label:
                out.update("pn:" + p.family for p in persons)
        if bare_org:
            out.update("bo:" + parse_person(a).family for a in e.aliases)
        for n in forms:
            if n:
                out.add("nm:" + n.lower())
        out.add("slug:" + _SUFFIXED.sub("", slug(e.name)))
        if e.label == "NORP" or e.name.endswith("s"):
            out.add("people:" + _people_root(e.name))
    for ev in ad.events:
        for p in ev.participants:
            if p.name:
                out.add("nm:" + p.name.lower())
                if p.name.endswith("s"):
                    out.add("people:" + _people_root(p.name))
    return out


def _cited_csls(ad: AnnotatedDocument) -> list[tuple[Any, dict]]:
    """(reference or None for the book quoted from, the record the bibliography step keys it by)."""
    refs = {r.id: r for r in ad.references}
    out: list[tuple[Any, dict]] = []
    for r in ad.references:
        out.append((r, refs[r.full].csl if r.full in refs else r.csl))
    qf = ad.document.metadata.quoted_from
    if qf and qf.title:  # as the bibliography step makes it
        csl = {"type": "book", "title": qf.title}
        names, _ = parse_names(qf.author) if qf.author else ([], None)
        if names:
            csl["author"] = names
        out.append((None, csl))
    return out


def _work_keys(csl: dict) -> tuple[str, str | None] | None:
    """(the root of the work's id, its author and year) as keys; None for a record keyed by nothing."""
    key = work_key(csl)
    if not any(key):
        return None
    return WORK + "id:" + bibliography.id_root(bibliography.base_id(key)), (f"{WORK}ay:{key[0]}|{key[1]}" if key[0] else None)


def work_keys(ad: AnnotatedDocument) -> set[str]:
    """The works' keys (the root of the id: works of one id are told apart by number; author and year:
    a record without title joins a titled work of them) and, per citation, the pair of its keys
    ("bib:l:"), through which the works that one citation joins are found without reading documents."""
    out: set[str] = set()
    for _ref, csl in _cited_csls(ad):
        keys = _work_keys(csl)
        if keys is None:
            continue
        wid, ay = keys
        out.add(wid)
        if ay:
            out.add(ay)
            out.add(f"{WORK}l:{wid[len(WORK):]}\t{ay[len(WORK):]}")
            out.add(f"{WORK}l:{ay[len(WORK):]}\t{wid[len(WORK):]}")
    return out


def cited_keys(corpus: Any, changed: set[str], now: dict[str, str]) -> set[str]:
    """The work keys the changed documents cite (before and now), with every key one citation joins
    to them: the works to recompute, whichever documents cite them."""
    present = corpus.annotated_many(changed & set(now))
    frontier = {k for k in set().union(*(work_keys(ad) for ad in present)) | corpus.keys_of(changed)
                if k.startswith(WORK) and not k.startswith(WORK + "l:")}
    seen: set[str] = set()
    while frontier:
        seen |= frontier
        found = set()
        for k in frontier:
            found |= {WORK + x.partition("\t")[2] for x in corpus.keys_from(f"{WORK}l:{k[len(WORK):]}\t")}
        frontier = found - seen
    return seen


def citing(corpus: Any, keys: set[str], changed: set[str] = frozenset()) -> list[AnnotatedDocument]:
    """The documents that cite the works of ``keys`` (as stored, and the ``changed`` ones as they are
    now), each with only its references to them."""
    out = []
    for ad in corpus.cited(corpus.sources_with(keys) | set(changed)):
        kept = [r for r, csl in _cited_csls(ad) if (_work_keys(csl) or ("",))[0] in keys]
        ad.references = [r for r in ad.references if any(r is k for k in kept)]
        if None not in kept:
            ad.document.metadata.quoted_from = None
        out.append(ad)
    return out


# keys that join a document to those of another key only, not to each other: a lone surname (ps:) and
# the full names of its block (pb:); a one-word "organisation" (bo:) and the people of that name (pn:)
_PARTNERS = {"ps:": "pb:", "pb:": "ps:", "bo:": "pn:", "pn:": "bo:"}


def _close_forms(corpus: Any, key: str) -> set[str]:
    """The stored fuzzy keys of the same block whose forms the entity step would join with ``key``'s."""
    block, _, form = key.partition("\t")
    out = set()
    for other in corpus.keys_from(block + "\t"):
        theirs = other.partition("\t")[2]
        if other == key:
            continue
        if key.startswith("fz:"):
            if fuzz.ratio(form, theirs) >= FUZZY_OTHER:
                out.add(other)
        elif _close_people(form, theirs):
            out.add(other)
    return out


def _close_people(a: str, b: str) -> bool:
    """As ``entities._link`` compares two full names of one family."""
    pa, pb = parse_person(a), parse_person(b)
    if pa.family != pb.family:
        return False
    if same_person_name(pa, pb):
        return True
    return (given_compatible(pa.given, pb.given) and len(pa.given) == len(pb.given)
            and fuzz.token_sort_ratio(pa.key, pb.key) >= FUZZY_PERSON)


def _expand(corpus: Any, frontier: set[str]) -> set[str]:
    """The keys whose documents the frontier's documents meet."""
    out = set()
    for k in frontier:
        if k[:3] in _PARTNERS:
            out.add(_PARTNERS[k[:3]] + k[3:])
            continue
        out.add(k)
        if k.startswith(("fz:", "pf:")):
            out |= _close_forms(corpus, k)
    return out


def update(corpus: Any, force: bool = False, costs: dict[str, float] | None = None) -> str:
    """Bring the corpus tables in line with the documents: "current" (nothing changed), "incremental"
    (the touched components recomputed) or "whole". ``corpus`` is a writable store.Corpus. ``costs``
    receives CPU seconds per step: touch (finding the components), load, the steps, write."""
    costs = {} if costs is None else costs
    clock = time.process_time()
    now = corpus.document_stamps()
    before = corpus.corpus_stamps()
    changed = {s for s in now if now[s] != before.get(s)} | (set(before) - set(now))
    if not force and before and not changed and corpus.corpus_is_current():
        return "current"
    if force or not before or not changed:
        return _whole(corpus, now, costs)
    linked_docs = touched(corpus, changed, now)
    if linked_docs is None:
        return _whole(corpus, now, costs)
    work_keys_ = cited_keys(corpus, changed, now)
    clock = _tick(costs, "touch", clock)
    docs = {ad.document.source: ad for ad in corpus.annotated_many(linked_docs & set(now))}
    clock = _tick(costs, "load", clock)
    ents, timeline, found = linked([docs[s] for s in sorted(linked_docs) if s in docs], costs=costs)
    clock = time.process_time()
    # the bibliography reads only the references (a work cited across the corpus makes its
    # component large, but what it reads of each document small)
    cited_docs = citing(corpus, work_keys_, changed)
    works = bibliography.works(cited_docs)
    clock = _tick(costs, "bibliography", clock)
    keys = {s: link_keys(docs[s]) for s in changed if s in docs}  # (the changed are among the linked)
    corpus.splice_corpus(linked_docs, {k[len(WORK) + 3:] for k in work_keys_ if k.startswith(WORK + "id:")},
                         CorpusTables(ents, timeline, found, works), keys,
                         {s: now[s] for s in keys}, changed)
    _tick(costs, "write", clock)
    costs["linked_documents"] = len(linked_docs)
    costs["cited_documents"] = len(cited_docs)
    return "incremental"


def _tick(costs: dict[str, float], name: str, clock: float) -> float:
    now = time.process_time()
    costs[name] = costs.get(name, 0.0) + now - clock
    return now


def touched(corpus: Any, changed: set[str], now: dict[str, str],
            limit: float | None = WHOLE_ABOVE) -> set[str] | None:
    """The documents reachable from the changed ones through shared entity keys (their old keys and
    their new ones), or None when that is more than ``limit`` of the corpus."""
    present = corpus.annotated_many(changed & set(now))
    frontier = {k for k in set().union(*(entity_keys(ad) for ad in present)) | corpus.keys_of(changed)
                if not k.startswith(WORK)}
    affected = set(changed)
    seen: set[str] = set()
    most = len(now) + 1 if limit is None else limit * max(len(now), 1)
    while frontier:
        seen |= frontier
        found = corpus.sources_with(_expand(corpus, frontier)) - affected
        affected |= found
        if len(affected & set(now)) > most:
            return None
        frontier = {k for k in corpus.keys_of(found) if not k.startswith(WORK)} - seen
    return affected


def _whole(corpus: Any, now: dict[str, str], costs: dict[str, float]) -> str:
    clock = time.process_time()
    docs = corpus.stream()  # read again at each pass: never every annotation in memory at once
    clock = _tick(costs, "load", clock)
    tables = build_corpus(docs, costs=costs)
    clock = time.process_time()
    keys = {ad.document.source: link_keys(ad) for ad in only(docs, "entities", "events", "references", "metadata")}
    corpus.put_corpus(tables, keys, now)
    _tick(costs, "write", clock)
    return "whole"

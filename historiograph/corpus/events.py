"""One timeline entry per event, told by one document or several.

Two events are one when they have the same type, compatible times (1945-08-09 lies in 1945-08) and
overlapping participants or place, once local entity ids are mapped to corpus entities
(``CorpusEntity.members``). A participant kept by name only ("the Soviets" in a text that never names
the Soviet Union) is matched to the corpus entity of that name. Entries are oldest first, with the
date's precision kept; undated events come last.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..checks import contrast, direction, rules, told_twice, unread
from . import undated
from ..checks.records import Record, dates_of, from_document, interval
from ..disjoint import DisjointSets
from ..events.dates import MAX, MIN_BC, compatible, open_start, precision
from ..events.lexicon import lexicon
from ..model import AnnotatedDocument, CorpusEntity, EvidenceSpan, TimelineEntry
from .reading import only

# what ``checks.records.from_document`` reads of a document
RECORD_FIELDS = ("text", "events", "entities", "mentions")

_DANGLING = frozenset({"with", "to", "on", "against", "of", "for"})
_CERTAIN = ["asserted", "reported", "hedged", "disputed", "negated"]


class CorpusKeys:
    """Map (document, local entity id) or a bare name to a corpus entity id, and ids to names."""

    def __init__(self, docs: list[AnnotatedDocument], entities: list[CorpusEntity]):
        self.member: dict[tuple[str, str], str] = {}
        self.by_name: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for ce in entities:
            self.names[ce.id] = ce.name
            for m in ce.members:
                self.member[(m[0], m[1])] = ce.id
            for n in [ce.name, *ce.aliases]:
                if n:
                    self.by_name.setdefault(n.lower(), ce.id)
        self.local: dict[tuple[str, str], tuple[str, str]] = {}  # (source, id) -> (name, label)
        self.peoples: set[str] = set()  # roots of the nationality words of the corpus ("korean")
        for ad in only(docs, "entities"):
            for e in ad.entities:
                self.local[(ad.document.source, e.id)] = (e.name, e.label)
                if e.label == "NORP":
                    self.peoples.add(_people_root(e.name))

    def copy(self) -> "CorpusKeys":
        """A copy whose names (filled in as keys are asked for) grow apart from this one's."""
        new = object.__new__(CorpusKeys)
        new.__dict__ = {k: v.copy() if isinstance(v, (dict, set)) else v for k, v in self.__dict__.items()}
        return new

    def key_of(self, source: str, p) -> str | None:
        if isinstance(p, str):
            return self._entity(source, p)
        if p.entity:
            return self._entity(source, p.entity)
        if p.name:
            name = uncounted(p.name) if getattr(p, "kind", None) else p.name
            key = self.by_name.get(name.lower()) or "name:" + name.lower()
            if getattr(p, "kind", None) == "kin":  # "his brother", "my father": one text's relative, not another's
                key = f"name:{name.lower()} ({source})"
            if getattr(p, "kind", None):  # a description: "the rebels" as written, not title-cased; a
                self.names.setdefault(key, name)  # counted group by its uncounted name: another text's count is not this one's
            return key
        return None

    def _entity(self, source: str, local_id: str) -> str:
        name, label = self.local.get((source, local_id), (local_id, ""))
        if label == "NORP" or (name.endswith("s") and _people_root(name) in self.peoples):
            # a people, however qualified: "Korean", "Koreans", "the Far Eastern Koreans" are one
            key = "norp:" + _people_root(name)
            self.names.setdefault(key, name)
            return key
        hit = self.member.get((source, local_id))
        if hit:
            return hit
        return self.by_name.get(name.lower()) or "name:" + name.lower()

    def name_of(self, key: str) -> str:
        if key in self.names:
            return self.names[key]
        if key.startswith("name:"):
            if not hasattr(self, "_local_names"):  # an index, built once: a scan per call was quadratic
                self._local_names: dict[str, str] = {}
                for name, _label in self.local.values():
                    self._local_names.setdefault(name.lower(), name)
            return self._local_names.get(key[5:]) or key[5:].title()
        return key


@functools.lru_cache(maxsize=4096)
def uncounted(description: str) -> str:
    """A description without the count that opens it: "forty-one striking miners" and "some 300
    striking miners" are both "striking miners", so that two texts that count one group differently
    still tell one event (the counts are then compared: ``rules.number_conflicts``). The group stays
    unnamed ("the striking miners"): a description joins no events by itself."""
    from ..events.lexicon import cues
    from ..events.numbers import count_words

    c = cues()
    qualifiers = frozenset(c["approx_words"]) | {w for b in c["number_bounds"] for w in b.split()}
    toks = description.split()
    n = count_words(toks, qualifiers)
    if n == 0 or not any(t.lower().replace(",", "").isdigit() or t.lower().split("-")[0] in c["number_words"]
                         for t in toks[:n]):
        return description  # no count ("the striking miners"), or only a qualifier
    rest = " ".join(toks[n:])
    rest = rest[3:] if rest.lower().startswith("of ") and len(rest) > 3 else rest  # "forty of the crew"
    return rest if rest.split()[0].lower() in ("the", "of") else "the " + rest  # (an unnamed group: ``told_twice.named``)


def _people_root(name: str) -> str:
    word = (name.split() or [""])[-1].lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def records(docs: list[AnnotatedDocument], keys: CorpusKeys, each=None, fields: tuple[str, ...] = ()) -> list[Record]:
    """The records of every event of ``docs``. ``each(ad, its records)``, when given, sees each document
    in the same pass, before any record is changed (the documents read from the store are read once: a
    pass decodes them again); ``fields``: what ``each`` reads besides ``RECORD_FIELDS``."""
    out: list[Record] = []
    for ad in only(docs, *RECORD_FIELDS, *fields):
        recs = from_document(ad, keys.key_of, keys.name_of)
        if each is not None:
            each(ad, recs)
        out.extend(recs)
    borrow(out)
    return out


def _own(r: Record) -> set[str]:
    return told_twice.named(r.keys) | ({r.place} if r.place else set())


def borrow(recs: list[Record]) -> None:
    """An event told with no participant and no place ("The fortress of Kessel fell to General
    Marchetti in 1868", read without its roles) takes those of another text's telling of the same kind
    whose named participants and place, two or more, its sentence names all of ("Tobias Marchetti
    captured Kessel"): then the two can be compared as one event. Only where the choice is unique both
    ways: one such telling in each other text, the same participants from every text, and no other
    bare telling of the kind in the sentence's own text naming them, and never from a telling that goes
    the other way (a departure's roles are no return's: ``checks.direction``). Blocked by (kind, key), so
    nothing compares all pairs."""
    bare = [j for j, r in enumerate(recs) if r.mentioned and r.event.certainty != "negated"]
    if not bare:
        return
    index: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(recs):
        if r.event.certainty != "negated":
            for k in _own(r):
                index.setdefault((kind(r.type), k), []).append(i)
    chosen: dict[int, int] = {}
    claims: dict[tuple[str, str, frozenset], int] = {}
    for j in bare:
        b = recs[j]
        by_source: dict[str, set[int]] = {}
        for k in b.mentioned:
            for i in index.get((kind(b.type), k), ()):
                a = recs[i]
                own = _own(a)
                if a.source != b.source and len(own) >= 2 and own <= b.mentioned and not direction.apart(a, b):
                    by_source.setdefault(a.source, set()).add(i)
        if not by_source or any(len(v) > 1 for v in by_source.values()):
            continue
        picks = [next(iter(v)) for _, v in sorted(by_source.items())]
        if len({frozenset(_own(recs[i])) for i in picks}) != 1:
            continue
        chosen[j] = picks[0]
        claim = (b.source, kind(b.type), frozenset(_own(recs[picks[0]])))
        claims[claim] = claims.get(claim, 0) + 1
    for j, i in chosen.items():
        b, a = recs[j], recs[i]
        if claims[(b.source, kind(b.type), frozenset(_own(a)))] != 1:
            continue
        b.roles = {role: set(told_twice.named(ks)) for role, ks in a.roles.items() if told_twice.named(ks)}
        b.place = a.place
        for k in _own(a):
            b.names.setdefault(k, a.names.get(k, k))


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Event type -> the kind it shares with compatible types (data/corpus/compatible_types.json);
    a type in no kind is its own."""
    data = json.loads(resources.files("historiograph").joinpath("data/corpus/compatible_types.json").read_text())
    return {t: "+".join(sorted(kind)) for kind in data["kinds"] for t in kind}


def kind(etype: str) -> str:
    return _kinds().get(etype, etype)


def _same(a: Record, b: Record, sites: told_twice.Sites | None = None, alone: rules.Lone | None = None,
          dating: undated.Written | None = None) -> bool:
    """One event told by two documents: the same type or compatible ones (an escape and a defection), times that fit (or lie within the type's
    ``span_days``: "8 August" / "9 August" for one entry into a war, ``rules.within_span``), a shared
    participant or place,
    and no clash of agents or patients (for a people deported, agents at several levels may differ).
    Tellings that share no named actor are one event when they befall one site within a window of days
    (``checks.told_twice``): their dates may then differ, and the conflicts step says so."""
    if kind(a.type) != kind(b.type) or (a.source == b.source and a.event.source == b.event.source):
        return False  # (within a document, an infobox fact and the prose telling it are one entry)
    if (a.event.certainty == "negated") != (b.event.certainty == "negated"):
        return False
    if a.stated is None and b.stated is None:
        return False  # two undated mentions: too little to say they are one event
    if dating is not None and undated.apart(a, b, dating):
        return False  # an undated telling of another episode (``corpus.undated``)
    if contrast.disputed(a, b) or contrast.cleft_disputed(a, b):
        return True  # one text denies the other's agent ("X, not Y, went"; "it was Y who"): its agent disputed
    if direction.apart(a, b):
        return False  # a departure and a return, or two destinations: two movements
    shared = told_twice.named(a.keys & b.keys)  # ("the rebels" in two texts may be two risings' rebels)
    people = a.type in lexicon().population_types and (a.roles.get("patient", set()) & b.roles.get("patient", set()))
    twice = sites is not None and sites.told_twice(a, b)
    group = rules.same_group_day(a, b, alone)  # one unnamed group on one day, counted alike or not
    if not compatible(a.stated or a.narrative, b.stated or b.narrative):
        close = rules.within_span(a.stated or a.narrative, b.stated or b.narrative, a.type)
        if not close and not (people and _counted_alike(a, b)) and not twice:
            return False  # (one people moved, counted in both texts: one event, its dates in conflict)
    for role in ("agent", "patient"):
        ra, rb = a.roles.get(role, set()), b.roles.get(role, set())
        if twice or group:  # an unnamed group ("an armed crowd") contradicts no one
            ra, rb = told_twice.named(ra), told_twice.named(rb)
        if ra and rb and not (ra & rb) and not (role == "agent" and people):
            return False
    if _crossed(a, b) or _crossed(b, a):
        return False  # one text's attacker is the other's wounded: two events, never "X attacked X"
    if a.place and b.place and a.place != b.place and not shared:
        return False
    return bool(shared) or (a.place is not None and a.place == b.place) or twice or group or _same_subject(a, b)


def _crossed(a: Record, b: Record) -> bool:
    """One telling's agent is the other's patient (and no telling has it in both roles)."""
    own = a.roles.get("agent", set()) & a.roles.get("patient", set())
    return bool((a.roles.get("agent", set()) & b.roles.get("patient", set())) - own)


def _same_subject(a: Record, b: Record) -> bool:
    """Two tellings, read with no participant, of an event that befalls one once (a death), stated on
    dates that fit, whose sentences write the same unknown name right before the verb ("Tu'ilaepa died
    in March 1878" / "When Tu'ilaepa died in March 1878"): one event, the name unread in both."""
    if a.source == b.source or a.type != b.type or a.type not in lexicon().once_only:
        return False
    if a.stated is None or b.stated is None or not compatible(a.stated, b.stated):
        return False
    word = written_subject(a)
    return word is not None and word == written_subject(b)


_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s+$")


def written_subject(r: Record) -> str | None:
    """The name-like word (``unread.name_like``) written right before the trigger of a telling read with
    no participant and no place: a name the entity stage did not read."""
    if r.roles or r.place or r.type not in lexicon().once_only:
        return None
    start = r.event.trigger.get("start")
    if not isinstance(start, int):
        return None
    m = _BEFORE.search(r.text, max(r.event.sentence["start"], start - 40), start)
    return m.group(1) if m and unread.name_like(r.text, m.group(1)) else None


def _counted_alike(a: Record, b: Record) -> bool:
    """Both accounts count the people the event befell ("200,000 Koreans", "about 172,000")."""
    units = lambda r: {n.get("unit") for n in r.event.numbers if n.get("unit") == "people"}  # noqa: E731
    return bool(units(a) & units(b))


def _candidate_pairs(recs: list[Record]):
    """Pairs worth comparing: same (or compatible) type and a shared participant or place (blocking
    keys), so the merge never compares all pairs."""
    buckets: dict[tuple[str, str], list[int]] = {}
    clefts = {kind(r.type) for r in recs if r.cleft}  # (a cleft's telling may share only the words after the verb)
    for i, r in enumerate(recs):
        for k in r.keys | ({r.place} if r.place else set()) | r.posts | r.denied:
            buckets.setdefault((kind(r.type), k), []).append(i)
        subject = written_subject(r)
        if subject:
            buckets.setdefault((kind(r.type), "\0subject:" + subject), []).append(i)  # (``written_subject``)
        for k in rules.group_day_keys(r):  # (``rules.same_group_day``)
            buckets.setdefault((kind(r.type), k), []).append(i)
        if kind(r.type) in clefts and r.roles.get("agent"):
            words = contrast.object_words(r)
            if words:
                buckets.setdefault((kind(r.type), "\0words:" + " ".join(words)), []).append(i)
    seen: set[tuple[int, int]] = set()
    for idxs in buckets.values():
        for n, i in enumerate(idxs):
            for j in idxs[n + 1:]:
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


def _fact_line_pairs(recs: list[Record]):
    """A fact line ("- Founded: 3 May 1621", ``event.source == "infobox"``) and the prose event of the
    same document that tells it: same or compatible type, stated dates that overlap, neither negated,
    and only where the pairing is unique both ways (two prose foundings in 1621: no guess). A fact
    line names no participant, so the shared-participant rule of ``_same`` cannot join them."""
    facts: dict[int, list[int]] = {}
    prose_of: dict[int, list[int]] = {}
    by_doc: dict[str, list[int]] = {}
    for i, r in enumerate(recs):
        by_doc.setdefault(r.source, []).append(i)
    for idxs in by_doc.values():
        lines = [i for i in idxs if recs[i].event.source == "infobox" and recs[i].stated is not None]
        if not lines:
            continue
        prose = [i for i in idxs if recs[i].event.source != "infobox" and recs[i].stated is not None
                 and recs[i].event.certainty != "negated"]
        for i in lines:
            for j in prose:
                if kind(recs[i].type) == kind(recs[j].type) and compatible(recs[i].stated, recs[j].stated):
                    facts.setdefault(i, []).append(j)
                    prose_of.setdefault(j, []).append(i)
    for i, js in facts.items():
        if len(js) == 1 and len(prose_of[js[0]]) == 1:
            yield i, js[0]


class Reading:
    """What the timeline and conflicts steps read of the documents, in one pass: the records of their
    events, the named documents they refer to, and what the conflicts step checks per document (narrative
    dates, the first or last holders of posts). Read once, for documents the store decodes at each pass
    (``corpus.reading``), and held once: the records are the largest part of both steps. Each step gets
    the keys as they were after the pass (``conflict_keys``), as if it had read the documents itself."""

    def __init__(self, docs, entities: list[CorpusEntity]):
        from ..checks import first_holder, narrative

        self.keys = CorpusKeys(docs, entities)
        self.documents: set[str] = set()
        self.narrated: list = []
        self.holders: list[AnnotatedDocument] = []
        self.dating: undated.Written = {}

        def each(ad: AnnotatedDocument, its: list[Record]) -> None:
            if (own := undated.written(ad)) is not None:
                self.dating[ad.document.source] = own
            self.narrated.extend(narrative.narrative_dates(ad, its))
            self.documents.update(told_twice.document_keys([ad], self.keys.key_of))
            if first_holder.claims(ad):
                self.holders.append(ad)

        self.recs = records(docs, self.keys, each, ("timexes", "sentences", "metadata"))
        self.conflict_keys = self.keys.copy()


def timeline(docs: list[AnnotatedDocument], entities: list[CorpusEntity],
             reading: Reading | None = None) -> list[TimelineEntry]:
    reading = reading or Reading(docs, entities)
    keys, recs, documents = reading.keys, reading.recs, set(reading.documents)
    sites = told_twice.Sites(recs, told_twice.site_test(entities, documents), kind, documents)
    sets = DisjointSets(len(recs))
    alone = rules.Lone(recs)

    pairs = sorted(_candidate_pairs(recs), key=lambda p: recs[p[0]].type != recs[p[1]].type)
    told_by = {i: {r.source} for i, r in enumerate(recs)}  # root -> documents in its cluster
    dated = {i: {r.source: [r.stated]} if r.stated else {} for i, r in enumerate(recs)}  # root -> source -> datings
    for i, j in pairs:
        ri, rj = sets.find(i), sets.find(j)
        if ri == rj or not _same(recs[i], recs[j], sites, alone, reading.dating):
            continue
        if recs[i].type != recs[j].type and told_by[ri] & told_by[rj]:
            continue  # a document that tells an escape and then a defection tells two events
        if _dated_twice(dated[ri], dated[rj]):
            continue  # one document dates the two sides apart: it tells two events (a third text's
            # undated telling between them joins neither)
        sets.union(i, j)
        big, small = sorted((told_by.pop(ri), told_by.pop(rj)), key=len, reverse=True)
        big |= small  # (the smaller added into the larger: a cluster of n tellings costs n log n)
        told_by[sets.find(i)] = big
        dated[sets.find(i)] = _merged(dated.pop(ri), dated.pop(rj))
    for i, j in _fact_line_pairs(recs):
        sets.union(i, j)
    clusters: dict[int, list[Record]] = {}
    for i, r in enumerate(recs):
        clusters.setdefault(sets.find(i), []).append(r)
    entries = [_entry(group, keys) for group in clusters.values()]
    entries.sort(key=order)
    for i, e in enumerate(entries, 1):
        e.id = f"t{i}"
    return entries


def _dated_twice(x: dict[str, list[tuple[int, int]]], y: dict[str, list[tuple[int, int]]]) -> bool:
    """One document gives a dating on each side that the other cannot fit (datings indexed by source:
    only the documents both sides share are compared)."""
    if len(x) > len(y):
        x, y = y, x
    return any(not compatible(da, db) for s, xs in x.items() if s in y for da in xs for db in y[s])


def _merged(x: dict[str, list], y: dict[str, list]) -> dict[str, list]:
    """The datings of two joined clusters, the smaller added into the larger."""
    if len(x) < len(y):
        x, y = y, x
    for s, ds in y.items():
        x.setdefault(s, []).extend(ds)
    return x


def order(e: TimelineEntry) -> tuple:
    """Timeline order: by the date's interval, earliest day first, then the earlier latest day (a span
    sorts by its start; "1937" before "1937-1938"); a side left open sorts by the side that is stated
    ("before 19 September 1931" at that day, not before every other date); undated entries last."""
    span = interval({"value": e.date, "mod": e.mod, "edtf": e.edtf, "earliest": e.earliest,
                     "latest": e.latest}) if e.date else None
    if span is not None and open_start(span[0]) != (span[1] >= MAX):
        known = span[1] if open_start(span[0]) else span[0]
        span = (known, known)
    first = e.sources[0] if e.sources else None
    return (*(span or (MAX + 1, 0)), e.inferred, first.source if first else "", first.start if first else 0,
            [tuple(m) for m in e.members[:1]])


def order_key(e: TimelineEntry) -> str:
    """``order`` as one string that sorts the same (fixed-width days, NUL between texts): the store
    keeps it, so that an incremental corpus stage places new entries among the old ones."""
    lo, hi, inferred, source, start, first = order(e)
    member = "\0".join(first[0]) if first else ""
    return f"{_day_key(lo)}{_day_key(hi)}{int(inferred)}{source}\0{start:010d}\0{member}"


def _day_key(day: int) -> str:
    """A day's ordinal as a string that sorts as the number does: eight digits from AD 1 on (the keys stores
    already hold), a BC day (a negative ordinal, down to MIN_BC) as "-" and its distance above MIN_BC in eight
    digits ("-" sorts before every digit): 500 BC < 100 BC < 44 BC < AD 14."""
    return f"{day:08d}" if day >= 0 else f"-{day - MIN_BC:08d}"


def _cleft_disputes(group: list[Record]) -> bool:
    """A cleft of one text ("it was Y who ...") sets its agent against the named agent another text
    gives (``contrast.cleft_disputed``); two agents of one cleft ("it was X and Y who") are partners."""
    for r in group:
        if not r.cleft:
            continue
        own = told_twice.named(r.roles.get("agent", set()))
        if any(o.source != r.source and told_twice.named(o.roles.get("agent", set())) - own for o in group):
            return True
    return False


def _entry(group: list[Record], keys: CorpusKeys) -> TimelineEntry:
    group = sorted(group, key=lambda r: (r.source, r.event.trigger["start"]))
    stated = [r for r in group if r.stated is not None]
    best = min(stated, key=lambda r: precision(r.time_value())) if stated else (
        next((r for r in group if r.narrative is not None), None))
    time = (best.event.time or {}) if best else {}
    dates = dates_of(time)
    roles: dict[str, list[str]] = {}
    ids: list[str] = []
    for r in group:
        for role in ("agent", "patient", "recipient", "instrument"):
            for k in sorted(r.roles.get(role, set())):
                if k not in roles.setdefault(role, []):
                    roles[role].append(k)
                if k not in ids:
                    ids.append(k)
    written: dict[str, set[str]] = {}  # a description's key -> how this entry's tellings write it
    for r in group:
        for p in r.event.participants:
            if getattr(p, "kind", None) and p.name:
                written.setdefault(keys.key_of(r.source, p), set()).add(p.name)

    def name_of(k: str) -> str:
        """One telling's "six men" as written; tellings that count differently, the uncounted group."""
        own = written.get(k, ())
        return next(iter(own)) if len(own) == 1 else keys.name_of(k)

    place = next((r.place for r in group if r.place), None)
    if place and place not in ids:
        ids.append(place)
    participants = []
    for role in ("agent", "patient", "recipient", "instrument"):
        for k in roles.get(role, []):
            name = name_of(k)
            if name not in participants:
                participants.append(name)
    certainty = min((r.event.certainty for r in group), key=lambda c: _CERTAIN.index(c) if c in _CERTAIN else 0)
    etype = group[0].type
    documents = {keys.key_of(r.source, p) for r in group for p in r.event.participants
                 if getattr(p, "kind", None) == "document"}
    agents = [name_of(k) for k in roles.get("agent", []) if k not in documents]
    if len(agents) > 1 and any(r.denied & set(roles["agent"]) for r in group) or _cleft_disputes(group):
        agents = [" or ".join(agents)]  # one text denies the other's agent: "Brantley or Okafor travelled"
    return TimelineEntry(
        id="",
        date=time.get("value"),
        type=etype,
        summary=summary(etype, agents,
                        [name_of(k) for k in roles.get("patient", []) if k not in documents],
                        name_of(place) if place else None, group[0].event.trigger.get("text"),
                        _clause(group[0]), [name_of(k) for k in sorted(documents - {None})],
                        passive=_told_passive(group[0])),
        participants=participants,
        place=name_of(place) if place else None,
        sources=[s for r in group for s in evidence(r)],
        mod=time.get("mod"),
        certainty=certainty,
        members=[(r.source, r.event.id) for r in group],
        entity_ids=[k for k in ids if not k.startswith("name:")],
        inferred=bool(time) and not stated,
        confidence=max((r.event.confidence if r.event.confidence is not None else 1.0) for r in group),
        edtf=dates["edtf"], earliest=dates["earliest"], latest=dates["latest"],
    )


def evidence(r: Record) -> list[EvidenceSpan]:
    """The sentence that tells the event, then each sentence that tells it again (``trigger["retold"]``,
    marked ``retold``), each with the citations it carries itself."""
    retold = r.event.trigger.get("retold") or []
    added = {c for x in retold for c in x.get("new_citations", [])}
    spans = [_span(r, r.event.sentence, [c for c in r.event.citations if c not in added])]
    for x in retold:
        span = _span(r, x["sentence"], x.get("citations", []), retold=True)
        if (span.start, span.end) not in {(s.start, s.end) for s in spans}:
            spans.append(span)
    return spans


def _span(r: Record, sent: dict, citations: list[str], retold: bool = False) -> EvidenceSpan:
    return EvidenceSpan.quoting(r.source, r.text, sent["start"], sent["end"], citations, retold)


def _clause(r: Record, words_after: int = 8, limit: int = 100) -> str:
    """The text's own words up to a little past the trigger: "The rebel army stormed the heavily
    fortified positions" -- who did what to whom, when no one in it is named."""
    sent = r.event.sentence
    trig_end = r.event.trigger["end"]
    head = r.text[sent["start"]:trig_end]
    tail = r.text[trig_end:sent["end"]].split()
    text = " ".join((head + " " + " ".join(tail[:words_after])).split()).rstrip(",;:.")
    if len(text) > limit:
        text = "…" + text[-limit:].split(" ", 1)[-1]
    return text + ("…" if len(tail) > words_after else "")


def _told_passive(r: Record) -> bool:
    """The text tells the trigger in the passive ("were routed"): an active "Y succeeded him" has Y as
    the one appointed, and "Y was succeeded" would say the opposite."""
    start = r.event.trigger.get("start")
    before = r.text[max(0, start - 40):start] if isinstance(start, int) else ""
    return bool(re.search(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$", before, re.I))


def summary(etype: str, agents: list[str], patients: list[str], place: str | None,
            trigger: str | None = None, clause: str | None = None, documents: list[str] | None = None,
            passive: bool = True) -> str:
    """A headline: "Genrikh Lyushkov defected (Manchukuo)", "Red Army arrested Genrikh Lyushkov", "the
    rebels were routed (Chambéry)": the verb agrees with a plural subject, and one acted on takes the
    text's own participle where it is regular and told in the passive (``passive``); with no participant, the clause that tells it in the
    text's own words (never a bare type word). A named treaty or act (``documents``) is said after the
    rest ("X signed a treaty: Treaty of Y"), or with the text's word alone ("Treaty of Y signed"): it
    is no signer."""
    lex = lexicon()
    if documents:
        word = (trigger or "").strip()
        if not agents and not patients:
            text = f"{_join(documents)} {word if word and ' ' not in word else lex.summary_verb(etype, True)}"
            return f"{text} ({place})" if place else text
        if not agents and word and " " not in word:  # "Treaty of X: ceded Y and Z"
            text = f"{_join(documents)}: {word} {_join(patients)}"
        else:
            text = f"{summary(etype, agents, patients, None)}: {_join(documents)}"
        return f"{text} ({place})" if place else text
    if not agents and not patients and clause:
        return clause
    if not agents and not patients:
        head = etype.replace("_", " ").capitalize()
        word = (trigger or "").strip().lower()
        if word and word not in (etype, etype + "s") and " " not in word:
            head += f" ({word})"
        return f"{head} at {place}" if place else head
    if agents:
        verb = lex.summary_verb(etype, False, _plural(agents))
        if patients:
            text = f"{_join(agents)} {verb} {_join(patients)}"
        else:
            head, _, last = verb.rpartition(" ")
            text = f"{_join(agents)} {head if head and last in _DANGLING else verb}"
    elif patients:
        verb = lex.summary_verb(etype, True, _plural(patients))
        word = (trigger or "").strip().lower()
        if passive and verb.startswith(("was ", "were ")) and _participle(word):  # the text's own verb: "were routed"
            verb = verb.split(" ", 1)[0] + " " + word
        text = f"{_join(patients)} {verb}"
    else:
        text = etype.replace("_", " ")
    return f"{text} ({place})" if place else text


@functools.lru_cache(maxsize=4096)
def _participle(word: str) -> bool:
    """A regular past participle ("routed", "defeated"): a passive trigger can stand in the summary as
    written. Irregular forms are left to the lexicon ("rose" is no participle)."""
    from ..events.wordnet import reader
    from ..verb_lemmas import regular_past

    wn = reader()
    return (word.isalpha() and word.endswith("ed") and wn is not None
            and any(regular_past(b) == word for b in wn._morphy(word, "v")))


_HEAD_END = re.compile(r"\s+(?:of|in|at|from|under|with|near|on|to|for|who|which|that)\s|,")


def _plural(names: list[str]) -> bool:
    """Whether a summary's subject is plural: several names, or one whose head noun is a plural form
    ("the rebels", "the men of the garrison", "Koreans", "the people"), read through WordNet: a word
    WordNet takes back to another noun ("rebels" -> rebel, "men" -> man), or one whose first sense it
    glosses as plural ("people"). A proper name WordNet knows whole ("Wales", "United States") is one,
    unless it is also the plural of a kind of person or group ("the Marines", "the Allies", "the Soviets")
    and no place."""
    if len(names) != 1:
        return len(names) > 1
    name = names[0].strip()
    head = _HEAD_END.split(name, maxsplit=1)[0].split()
    if not head:
        return False
    word = head[-1].strip(".,;:'’\"()")
    if _counted(word):  # "twenty-three of her thirty-one men", "40 of the crew"
        return True
    return _plural_noun(word.lower(), word[:1].isupper(), "_".join(head).lower().removeprefix("the_"))


def _counted(word: str) -> bool:
    """A number above one ("23", "1,200", "twenty-three", "forty"): the count of a group."""
    from ..events.lexicon import cues

    low = word.lower().replace(",", "")
    if low.isdigit():
        return int(low) > 1
    parts = low.split("-")
    return all(p in cues()["number_words"] for p in parts) and low != "one"


@functools.lru_cache(maxsize=4096)
def _plural_noun(word: str, proper: bool, whole: str) -> bool:
    from ..events.wordnet import reader

    wn = reader()
    if wn is None:  # without WordNet: a common noun in -s
        return not proper and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if proper and "_" in whole and wn.synsets(whole, "n"):
        return False  # "United States", "Netherlands East Indies"
    forms = wn._morphy(word, "n")
    if not forms:
        return False
    known = word in forms  # a noun of its own ("troops", "Wales", "people")
    senses = wn.synsets(word, "n") if known else []
    if senses and senses[0].definition().startswith("(plural)"):
        return True
    others = [f for f in forms if f != word]
    if known and proper:  # "Marines" (marine: a person) are many; "Wales" (wale: a mark) is a country
        if senses and senses[0].lexname() == "noun.location":
            return False  # "the Philippines", "Athens": one place
        # "the Allies" (ally: a person or a nation), "the Soviets" (soviet: a council): many of them
        return any(s.lexname() in ("noun.person", "noun.group") for f in others for s in wn.synsets(f, "n")[:2])
    return bool(others)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

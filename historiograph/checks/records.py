"""Events seen by the checks: one record per event, with participants as comparable keys.

Per document the keys are the document's entity ids; across the corpus they are corpus entity ids, so
the same rules serve the ``checks`` stage and the corpus ``conflicts`` step. Nothing here needs the
spaCy parse: documents read back from the store are checked the same way.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ..events.dates import MAX, MIN, MIN_BC, bounds
from ..time.values import edtf_fields, ordinal_of
from ..model import AnnotatedDocument, EvidenceSpan, Event, Participant

KeyOf = Callable[[str, Participant | str], str | None]  # (source, participant or place id) -> key


@dataclass
class Record:
    source: str
    text: str
    event: Event
    order: int  # position of the event's sentence in its document
    roles: dict[str, set[str]] = field(default_factory=dict)  # role -> keys
    place: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # key -> display name
    stated: tuple[int, int] | None = None  # bounds of a date stated for this event
    narrative: tuple[int, int] | None = None  # bounds of the stated or inherited date
    # what the event befell that only an unnamed group or office names: "the garrison of X surrendered"
    # (``post_of``); a site for ``told_twice``, never a participant
    posts: set[str] = field(default_factory=set)
    # agents the text denies beside its own ("X, not Y, went": ``checks.contrast``); never participants
    denied: set[str] = field(default_factory=set)
    # for an event told with no participant and no place: the keys of the names in its sentence ("the
    # fortress of X fell to General Y"), which another text's telling may show to be its participants
    # (``corpus.events.borrow``); never participants themselves
    mentioned: set[str] = field(default_factory=set)
    # the peoples its sentence names ("the Ingrian Finns were deported"), where no patient was read
    peoples: set[str] = field(default_factory=set)
    # its sentence puts its agent in a cleft ("it was Y who set fire to ...": ``checks.contrast.cleft``)
    cleft: bool = False
    # for an event befalling an unnamed group or counting people: the keys of the names in its sentence
    # ("the Garnock colliery"), a detail two texts' tellings of one group's event share (``rules.same_group_day``)
    near: set[str] = field(default_factory=set)
    # the figures its telling gives: the event's numbers, the count opening a described participant ("sixty
    # families"), the length of a sentence a trial passed (``checks.counts``); what number conflicts compare
    counts: list[dict] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.event.type

    @property
    def keys(self) -> set[str]:
        out: set[str] = set()
        for ks in self.roles.values():
            out |= ks
        return out

    def evidence(self) -> EvidenceSpan:
        s = self.event.sentence
        return EvidenceSpan.quoting(self.source, self.text, s["start"], s["end"], self.event.citations)

    def time_value(self) -> str | None:
        return (self.event.time or {}).get("value")


def from_document(ad: AnnotatedDocument, key_of: KeyOf, name_of: Callable[[str], str]) -> list[Record]:
    from .counts import group_counts, sentence_lengths

    src = ad.document.source
    out: list[Record] = []
    starts = sorted({e.sentence["start"] for e in ad.events})
    order = {s: i for i, s in enumerate(starts)}
    holds = set(one_event_data()["post_types"])
    named_as: dict[str, str] | None = None
    timexes, sentences = getattr(ad, "timexes", None) or [], getattr(ad, "sentences", None) or []
    by_start: list | None = None
    for ev in ad.events:
        rec = Record(src, ad.text, ev, order.get(ev.sentence["start"], 0))
        for p in ev.participants:
            key = key_of(src, p)
            if key is None:
                continue
            if ev.type in holds and p.role == "agent" and p.kind in ("group", "office"):
                if named_as is None:
                    named_as = {n.lower(): e.id for e in ad.entities for n in [e.name, *e.aliases] if n}
                post = post_of(p.name or "", named_as)
                if post is not None:
                    rec.posts.add(key_of(src, post) or post)
            rec.roles.setdefault(p.role, set()).add(key)
            rec.names.setdefault(key, name_of(key))
        if rec.roles.get("agent") and _contrasted(ad.text, ev.sentence):
            _deny(rec, ad, key_of)
        if rec.roles.get("agent") and "it was" in ad.text[ev.sentence["start"]:ev.sentence["end"]].lower():
            from .contrast import cleft

            rec.cleft = cleft(ad.text, ev.sentence, ev.trigger["start"],
                              [n for k in rec.roles["agent"] for n in [rec.names.get(k, "")] if n])
        if ev.place:
            rec.place = key_of(src, ev.place)
            if rec.place:
                rec.names.setdefault(rec.place, name_of(rec.place))
        if not rec.roles.get("patient") or (not rec.roles and not rec.place):
            if by_start is None:
                by_start = sorted(ad.mentions, key=lambda m: m.start)
            if not rec.roles and not rec.place:
                rec.mentioned = _named_in(ad, ev.sentence, src, key_of, by_start)
            if not rec.roles.get("patient"):
                rec.peoples = _named_in(ad, ev.sentence, src, key_of, by_start, ("NORP",))
        if ev.numbers or any(k.startswith("name:") for k in rec.roles.get("patient", ())):
            if by_start is None:
                by_start = sorted(ad.mentions, key=lambda m: m.start)
            rec.near = _named_in(ad, ev.sentence, src, key_of, by_start)
            for k in rec.near:
                rec.names.setdefault(k, name_of(k))
        rec.counts = ev.numbers + group_counts(ev, ad.text) + sentence_lengths(ev, ad.text, timexes, sentences, order.keys())
        t = ev.time or {}
        b = interval(t) if t else None
        rec.narrative = b
        rec.stated = b if t and not t.get("inherited") else None
        out.append(rec)
    return out


_NAMED = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def _named_in(ad: AnnotatedDocument, sent: dict, src: str, key_of: KeyOf, by_start: list,
              labels: tuple[str, ...] = _NAMED) -> set[str]:
    """Keys of the named people, bodies and places mentioned in a sentence (``by_start``: the
    document's mentions sorted by start, made once per document)."""
    import bisect

    out = set()
    i = bisect.bisect_left(by_start, sent["start"], key=lambda m: m.start)
    for m in by_start[i:]:
        if m.start >= sent["end"]:
            break
        if m.entity and m.label in labels and m.zone != "references":
            key = key_of(src, m.entity)
            if key:
                out.add(key)
    return out


_CONTRAST = re.compile(r"\bnot\b|\brather\s+than\b")


def _contrasted(text: str, sent: dict) -> bool:
    return _CONTRAST.search(text, sent["start"], sent["end"]) is not None


def _deny(rec: Record, ad: AnnotatedDocument, key_of: KeyOf) -> None:
    """Set apart the agents the event's sentence denies ("X, not Y, went"): kept in ``rec.denied``,
    taken out of its agents (a parse that made "X and not Y" two agents)."""
    from .contrast import denied_names, entity_named

    local = {e.id: e.name for e in ad.entities}
    surface: dict[str, str] = {}
    for p in rec.event.participants:
        if p.role == "agent" and p.entity:
            surface.setdefault(local.get(p.entity, ""), key_of(rec.source, p) or "")
    for key in rec.roles["agent"]:
        surface.setdefault(rec.names.get(key, ""), key)
    for agent, written in denied_names(rec.text, rec.event.sentence, [n for n in surface if n]):
        ent = entity_named(ad.entities, written)
        key = key_of(rec.source, ent.id) if ent is not None else key_of(
            rec.source, Participant("agent", None, written))
        if key and key != surface[agent]:
            rec.denied.add(key)
    rec.roles["agent"] -= rec.denied
    if not rec.roles["agent"]:
        del rec.roles["agent"]


_POST = re.compile(r"^(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:the\s+)?(.+)$|^(.+?)['’]s?\s+[\w-]+$", re.I)


def post_of(phrase: str, named_as: dict[str, str]) -> str | None:
    """The document entity an unnamed group or office holds as its post: "the garrison of X", "the
    commander of the fort of X", "X's defenders" -> X's id; None when the phrase names no entity of the
    document. Read only for ``post_types`` (a surrender: the garrison of X that surrendered gave up X)."""
    m = _POST.match(phrase.strip())
    if not m:
        return None
    name = (m.group(1) or m.group(2) or "").strip().lower()
    return named_as.get(name) or named_as.get(name.removeprefix("the "))


@functools.lru_cache(maxsize=1)
def one_event_data() -> dict:
    """data/corpus/one_event.json: the events that befall one named object once, and their posts."""
    from .. import datafiles

    return datafiles.load_json("corpus", "one_event.json")


@functools.lru_cache(maxsize=4096)
def _edtf_fields(value: str, mod: str | None) -> tuple[str | None, str | None, str | None]:
    f = edtf_fields(value, mod)
    return f["edtf"], f["earliest"], f["latest"]


def dates_of(time: dict[str, Any] | None) -> dict[str, str | None]:
    """{"edtf", "earliest", "latest"} of an event time: its own (the time stage's, which keeps a range
    or a "?"), else converted from its TIMEX3 value and mod."""
    time = time or {}
    if time.get("edtf") or time.get("earliest") or time.get("latest"):
        return {k: time.get(k) for k in ("edtf", "earliest", "latest")}
    if not time.get("value"):
        return {"edtf": None, "earliest": None, "latest": None}
    e, lo, hi = _edtf_fields(time["value"], time.get("mod"))
    return {"edtf": e, "earliest": lo, "latest": hi}


def _day(iso: str | None, open_side: int) -> int:
    if not iso:
        return open_side
    try:
        return ordinal_of(iso)
    except ValueError:
        return open_side


def interval(time: dict[str, Any] | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) an event time may name, from its EDTF interval (an open side
    reaches to the end of the calendar); None when it names no calendar time. Two dates conflict only
    when these intervals cannot overlap: 1937 and September 1937 do, 1937 and 1957 cannot."""
    if not time or not time.get("value"):
        return None
    d = dates_of(time)
    if d["earliest"] is None and d["latest"] is None:
        return bounds(time.get("value"), time.get("mod")) if not d["edtf"] else None
    hi = _day(d["latest"], MAX)
    return _day(d["earliest"], MIN if hi >= MIN else MIN_BC), hi  # "before 44 BC": open below it


def local_keys(ad: AnnotatedDocument) -> tuple[KeyOf, Callable[[str], str]]:
    """Keys of one document: its entity ids (a name where no entity stands for a participant)."""
    names = {e.id: e.name for e in ad.entities}
    by_name = {}
    for e in ad.entities:
        for n in [e.name, *e.aliases]:
            by_name.setdefault(n.lower(), e.id)

    def key_of(source: str, p) -> str | None:
        if isinstance(p, str):
            return p
        if p.entity:
            return p.entity
        if p.name:
            return by_name.get(p.name.lower(), "name:" + p.name)
        return None

    def name_of(key: str) -> str:
        return names.get(key) or (key[5:] if key.startswith("name:") else key)

    return key_of, name_of

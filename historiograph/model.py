"""The one data model of historiograph.

Every annotation is anchored by ``start``/``end`` offsets (Python ``str`` indices, end exclusive)
into ``Document.text``. ``to_json`` produces exactly the shapes of ``shared/spec/annotate-json.md``;
extra fields are allowed by the spec and are kept where a later stage or view needs them.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass
class QuotedFrom:
    title: str | None = None
    author: str | None = None
    page: str | None = None


@dataclass
class Metadata:
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, as precise as the source says
    quoted_from: QuotedFrom | None = None


@dataclass
class Document:
    """A decoded input file: the text every offset points into, plus what we know about it."""

    source: str  # the path as given (or "<text>")
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    format: str = "txt"  # txt, md, html, pdf
    sha256: str = ""
    encoding: str | None = None
    # What ingest wants the user to know (a guessed encoding, mixed encodings); the pipeline stores
    # each as an Issue of the document.
    notes: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Zone:
    """A region of the text with a role: header, body, references, debris (scrape leftovers)."""

    start: int
    end: int
    kind: str


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PERSON ORG GPE LOC FAC NORP WORK EVENT
    entity: str | None = None
    zone: str = "body"
    provenance: dict[str, Any] | None = None  # set when a person added or changed it (corrections)


@dataclass
class Entity:
    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    # Places: gazetteer link (lat, lon, country, geonameid, modern name, period of a historical name)
    place: dict[str, Any] | None = None
    # Metonymy: "Moscow demanded" refers to the Soviet government; the city entity stays separate.
    refers_to: str | None = None
    provenance: dict[str, Any] | None = None


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str
    mod: str | None = None
    bibliographic: bool = False  # in a reference list or the header dateline: a publication date, not an event date
    anchor: str | None = None  # "news" / "narrative": which reference time resolved it
    # The date in EDTF (a range, "c.", "?", "before" included) and the first and last day it may name
    # (ISO; None on an open side or for durations): time/values.py edtf_fields.
    edtf: str | None = None
    earliest: str | None = None
    latest: str | None = None
    # A length counted from the story's time ("three days later": TimeML's DURATION "three days", P3D,
    # with "later" its signal) also names the date it leads to: that TIMEX3 date value, which events and
    # the timeline take (edtf/earliest/latest are then that date's; time/counted.py). None otherwise.
    anchored: str | None = None


@dataclass
class Citation:
    start: int
    end: int
    text: str
    reference: str | None  # id of a Reference ("r8"), None when unresolved
    page: str | None = None


@dataclass
class Reference:
    id: str
    label: str | None
    text: str
    csl: dict[str, Any]
    start: int = 0
    end: int = 0
    full: str | None = None  # a short citation: id of the full record it abbreviates


@dataclass
class Attribution:
    """Who a stretch of text (usually a sentence) is attributed to, and how sure it is."""

    start: int
    end: int
    certainty: str  # asserted reported hedged disputed negated
    source: str | None = None  # entity id the claim is attributed to
    work: str | None = None  # entity id of the work it is attributed to
    cue: Span | None = None


@dataclass
class Participant:
    role: str  # agent patient recipient instrument
    entity: str | None
    # The name when no entity of the document stands for the participant: "the Soviets" in a text that
    # never names the Soviet Union gives name "Soviet Union", resolved by the corpus step.
    name: str | None = None
    # kind "group": an unnamed group the text describes ("the rebels", "the town's garrison") and names
    # no entity for; kind "office": one unnamed person described by an office of a named place or body
    # ("the Sultan of Golconda"), or by a title the text never ties to a name ("the bishop", "the Emperor");
    # kind "kin": one person a first-person text describes by their tie to the writer ("my grandmother").
    # `name` is the phrase with a lower-case article (the key two documents
    # share), `text`/`start`/`end` the words as written. None for a named participant.
    kind: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    id: str
    type: str
    trigger: dict[str, Any]  # {"start", "end", "text"}
    sentence: dict[str, int]  # {"start", "end"}
    participants: list[Participant] = field(default_factory=list)
    time: dict[str, Any] | None = None  # {"value", "mod"}
    place: str | None = None
    citations: list[str] = field(default_factory=list)
    attributed_to: str | None = None
    certainty: str = "asserted"
    numbers: list[dict[str, Any]] = field(default_factory=list)  # quantities stated ("200,000 Koreans")
    confidence: float = 1.0  # how likely the event is right on unseen text (events/confidence.py)
    source: str = "prose"  # "prose", or "infobox" for a fact read from a "- Key: value" line
    provenance: dict[str, Any] | None = None


@dataclass
class Issue:
    kind: str
    start: int
    end: int
    message: str


@dataclass
class AnnotatedDocument:
    """A Document with every stage's output. Stages return new values; they never edit others'."""

    document: Document
    zones: list[Zone] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    # Runtime only, never serialised: the spaCy Doc over `masked_text` (same length as text).
    nlp: Any = field(default=None, repr=False, compare=False)
    masked_text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.document.text

    def with_(self, **changes: Any) -> "AnnotatedDocument":
        return replace(self, **changes)

    def zone_at(self, offset: int) -> str:
        for z in self.zones:
            if z.start <= offset < z.end:
                return z.kind
        return "body"

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_json(self) -> dict[str, Any]:
        d = self.document
        meta = as_dict(d.metadata)
        return {
            "source": d.source,
            "metadata": meta,
            "text": d.text,
            "mentions": [_plain(m) for m in self.mentions],
            "entities": [_plain(e) for e in self.entities],
            "timexes": [as_dict(t) for t in self.timexes],
            "citations": [as_dict(c) for c in self.citations],
            "references": [as_dict(r) for r in self.references],
            "events": [_event_json(e) for e in self.events],
            "issues": [as_dict(i) for i in self.issues],
            # extra fields (allowed by the spec): used by the store and the reader
            "format": d.format,
            "sha256": d.sha256,
            "zones": [as_dict(z) for z in self.zones],
            "sentences": [[s.start, s.end] for s in self.sentences],
            "attributions": [as_dict(a) for a in self.attributions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "AnnotatedDocument":
        meta = dict(data.get("metadata") or {})
        qf = meta.get("quoted_from")
        meta["quoted_from"] = QuotedFrom(**qf) if qf else None
        doc = Document(
            source=data["source"], text=data["text"], metadata=_build(Metadata, meta),
            format=data.get("format", "txt"), sha256=data.get("sha256", ""),
        )
        return cls(
            document=doc,
            zones=[_build(Zone, z) for z in data.get("zones", [])],
            sentences=[Span(s, e) for s, e in data.get("sentences", [])],
            mentions=[_build(Mention, m) for m in data.get("mentions", [])],
            entities=[_build(Entity, e) for e in data.get("entities", [])],
            timexes=[_build(Timex, t) for t in data.get("timexes", [])],
            citations=[_build(Citation, c) for c in data.get("citations", [])],
            references=[_build(Reference, r) for r in data.get("references", [])],
            attributions=[_attribution(a) for a in data.get("attributions", [])],
            events=[_event(e) for e in data.get("events", [])],
            issues=[_build(Issue, i) for i in data.get("issues", [])],
        )


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Construct a dataclass from a dict, ignoring keys it does not know (forward compatible)."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


_ATOMIC = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def as_dict(obj: Any) -> Any:
    """``dataclasses.asdict``: the same dicts, lists and values, without its ``copy.deepcopy`` of every
    string and number (they are immutable: deepcopy returns them as they are) nor its ``fields()`` call
    per object. annotate's JSON of TimeBank's 183 news documents took 0.3 CPU s through asdict."""
    kind = type(obj)
    if kind in _ATOMIC:
        return obj
    names = _FIELD_NAMES.get(kind)
    if names is None and hasattr(kind, "__dataclass_fields__"):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    if names is not None:
        return {name: as_dict(getattr(obj, name)) for name in names}
    if kind is list:
        return [as_dict(v) for v in obj]
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):  # a named tuple
        return kind(*[as_dict(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return kind(as_dict(v) for v in obj)
    if isinstance(obj, dict):
        return kind((as_dict(k), as_dict(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def _plain(obj: Any) -> dict[str, Any]:
    """asdict without a `provenance` of None: machine facts carry none (the corrections mark a person's)."""
    out = as_dict(obj)
    if out.get("provenance", 0) is None:
        del out["provenance"]
    return out


def _event_json(e: Event) -> dict[str, Any]:
    return _plain(e)


def _event(data: dict[str, Any]) -> Event:
    ev = _build(Event, data)
    ev.participants = [Participant(**p) for p in data.get("participants", [])]
    return ev


def _attribution(data: dict[str, Any]) -> Attribution:
    a = _build(Attribution, data)
    if data.get("cue"):
        a.cue = Span(**data["cue"])
    return a


# ---- corpus level -------------------------------------------------------------------------------

@dataclass
class CorpusEntity:
    """One referent across the corpus. `members` are (source, local entity id) pairs."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    mentions: int = 0
    members: list[tuple[str, str]] = field(default_factory=list)
    place: dict[str, Any] | None = None
    provenance: dict[str, Any] | None = None  # who changed it (corrections); None: as the machine found it


@dataclass
class EvidenceSpan:
    source: str
    start: int
    end: int
    text: str = ""
    citations: list[str] = field(default_factory=list)
    retold: bool = False  # the event told again (a summary's re-mention, events/retold.py), not its telling

    @classmethod
    def quoting(cls, source: str, text: str, start: int, end: int, citations=(), retold: bool = False):
        """The span of ``text[start:end]`` without the whitespace at its ends: a sentence's stored end
        often takes in the line breaks after it, and the evidence is the words, not the gap."""
        s, e = quoted_bounds(text, start, end)
        return cls(source, s, e, text[s:e], list(citations), retold)


def quoted_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` moved in past the whitespace at the ends of ``text[start:end]``."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(piece.strip())


@dataclass
class TimelineEntry:
    """One event on the corpus timeline, possibly told by several documents."""

    id: str
    date: str | None  # TIMEX3 value, precision kept ("1945-08", "193")
    type: str
    summary: str
    participants: list[str] = field(default_factory=list)  # names
    place: str | None = None
    sources: list[EvidenceSpan] = field(default_factory=list)
    mod: str | None = None
    certainty: str = "asserted"
    members: list[tuple[str, str]] = field(default_factory=list)  # (source, local event id)
    entity_ids: list[str] = field(default_factory=list)  # corpus entity ids of participants/place
    inferred: bool = False  # the date is the narrative's time, not one stated for this event
    confidence: float = 1.0  # the highest confidence of the events it joins (events/confidence.py)
    provenance: dict[str, Any] | None = None
    # the date as EDTF and the first and last day it may name (ISO; None on an open side): the
    # timeline is ordered by earliest, then latest (time/values.py interval_key)
    edtf: str | None = None
    earliest: str | None = None
    latest: str | None = None


@dataclass
class Conflict:
    kind: str  # anachronism, date_conflict, competing_accounts, narrative_date, number_conflict...
    message: str
    evidence: list[EvidenceSpan] = field(default_factory=list)  # one account of each value (the sides)
    provenance: dict[str, Any] | None = None  # a person confirmed it
    # One conflict per disagreement: the timeline entry it is about, what the accounts differ in
    # (date, number, place, fate, life, narrative) and each distinct value with every account that gives it:
    # [{"value", "display", "earliest", "latest", "accounts": [{"source", "start", "end", "text"}]}]
    values: list[dict[str, Any]] = field(default_factory=list)
    entry: str | None = None
    disputed: str | None = None


@dataclass
class Work:
    """One bibliographic work across the corpus (the same book cited twice is one work)."""

    id: str
    csl: dict[str, Any]
    cited_by: list[tuple[str, str]] = field(default_factory=list)  # (source, reference id)


@dataclass
class CorpusTables:
    entities: list[CorpusEntity] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)

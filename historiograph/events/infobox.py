"""Facts stated by infobox and fact-list lines ("- Born: 7 February 1913", "- Date: September–October
1937"): events marked ``source: "infobox"``, each with the line as its evidence, so that the timeline
can hold them beside the prose and a conflict can set one against the other.

Which keys state which event is data (data/events/infobox.json). The event an article is about
("- Date:" under "= Second Battle of Winchester =", "# ...", or a plain title line) takes its type from the title's event word, read
through the same lexicon and WordNet as prose triggers; its participants and place are those the
title and the "Place:" line name.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import datafiles
from ..entities.infobox import title as article_title
from ..ingest.facts import unbulleted
from ..model import Event, Participant
from . import confidence, wordnet
from .context import PLACE_LABELS, DocIndex
from .dates import bounds, compatible
from .lexicon import lexicon

_LINE = re.compile(r"^[-*•]\s*([A-Za-z][A-Za-z ]{0,30}?)\s*:\s*(\S.*?)\s*$", re.M)


@dataclass(frozen=True)
class _Fact:
    """A fact line: "- Born: 1900" anywhere, or "Born: 1900" under the title (ingest.facts)."""
    key: str
    kspan: tuple[int, int]
    vspan: tuple[int, int]
    line: tuple[int, int]


def _facts(text: str) -> list[_Fact]:
    out = [_Fact(m.group(1), m.span(1), m.span(2), m.span()) for m in _LINE.finditer(text)]
    out += [_Fact(text[f.kstart:f.kend], (f.kstart, f.kend), (f.vstart, f.vend), (f.start, f.end))
            for f in unbulleted(text)]
    return sorted(out, key=lambda f: f.line)


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    return datafiles.load_json("events", "infobox.json")


def facts(idx: DocIndex) -> list[Event]:
    text = idx.text
    title = article_title(text)
    if title is None:
        return []
    t0, t1 = title[2], title[3]
    title_mentions = [m for m in idx.ad.mentions if t0 <= m.start < t1 and m.entity]
    cfg = _config()
    lines = [f for f in _facts(text) if idx.in_body(f.line[0])]
    place = None
    for m in lines:
        if _key(m) in cfg["place_keys"]:
            place = next((x.entity for x in _mentions_in(idx, *m.vspan) if x.label in PLACE_LABELS), None)
            break
    fact_places: dict[str, str] = {}
    for m in lines:
        etype = cfg.get("fact_place_keys", {}).get(_key(m))
        hit = next((x.entity for x in _mentions_in(idx, *m.vspan) if x.label in PLACE_LABELS), None)
        if etype and hit:
            fact_places.setdefault(etype, hit)
    agents = _line_agents(idx, lines, cfg)
    out: list[Event] = []
    for m in lines:
        spec = cfg["keys"].get(_key(m))
        if spec is None:
            continue
        etype, subject = spec
        time = _time(idx, *m.vspan)
        if time is None:
            continue
        participants: list[Participant] = []
        ev_place = None
        if subject == "title_person":
            person = next((x for x in title_mentions if x.label == "PERSON"), None)
            if person is None:
                continue
            participants.append(Participant("patient", person.entity))
            ev_place = next((x.entity for x in _mentions_in(idx, *m.vspan) if x.label in PLACE_LABELS), None)
        else:
            if etype == "$title":
                etype = _title_type(idx, t0, t1)
                if etype is None:
                    continue
            population = etype in lexicon().population_types
            for x in title_mentions:
                if x.label in PLACE_LABELS:
                    ev_place = ev_place or x.entity
                elif x.label == "NORP" and population:
                    participants.append(Participant("patient", x.entity))
                elif x.label in ("PERSON", "ORG", "GPE", "NORP"):
                    participants.append(Participant("agent", x.entity))
            ev_place = place or ev_place
            for entity in (_title_agents(agents, etype, cfg) if spec[0] == "$title" else []) + agents.get(etype, []):
                if not any(p.entity == entity for p in participants):  # "- Commanders: X; Y"
                    participants.append(Participant("agent", entity))
        if ev_place is None and subject == "title_person":
            ev_place = fact_places.get(etype)
        ev = Event(id="", type=etype,
                   trigger={"start": m.kspan[0], "end": m.kspan[1], "text": m.key, "source": "infobox"},
                   sentence={"start": m.line[0], "end": m.line[1]}, participants=participants, time=time,
                   place=ev_place, source="infobox")
        ev.confidence = confidence.estimate(confidence.features(ev, "infobox", False))
        out.append(ev)
    return out


def _line_agents(idx: DocIndex, lines: list[_Fact], cfg: dict) -> dict[str, list[str]]:
    """The actors a fact line names for an event ("- Commanders: X; Y" for the article's own event,
    "$title"; "Founder: X" for its founding), by the event type the key's data gives."""
    out: dict[str, list[str]] = {}
    for f in lines:
        etype = cfg.get("agent_keys", {}).get(_key(f))
        if etype is None:
            continue
        for x in _mentions_in(idx, *f.vspan):
            if x.label in ("PERSON", "ORG", "GPE") and x.entity not in out.setdefault(etype, []):
                out[etype].append(x.entity)
    return out


def _title_agents(agents: dict[str, list[str]], etype: str, cfg: dict) -> list[str]:
    """The article's own event's actors from "- Commanders: X; Y": a line naming several is most often
    both sides (the besieger and the besieged), so they are all agents only of an event both sides
    make (a battle, a treaty: ``two_sided_types``); one name is the agent of any type."""
    named = agents.get("$title", [])
    return named if len(named) == 1 or etype in cfg.get("two_sided_types", ()) else []


def lend_agents(events: list[Event], idx: DocIndex) -> None:
    """A prose event with no named agent takes the agents a fact line gives its type ("Founder: X" for
    "The company was founded in 1871"): only the one prose event of that type whose date overlaps the
    fact's date (both known), so that the line and the sentence tell the same event."""
    title = article_title(idx.text)
    if title is None:
        return
    cfg = _config()
    by_type = _line_agents(idx, [f for f in _facts(idx.text) if idx.in_body(f.line[0])], cfg)
    if "$title" in by_type:
        own = _title_type(idx, title[2], title[3])
        if own is not None:
            by_type.setdefault(own, []).extend(e for e in _title_agents(by_type, own, cfg) if e not in by_type[own])
    for fact in (e for e in events if e.source == "infobox" and e.time):
        agents = by_type.get(fact.type, [])
        if not agents:
            continue
        span = bounds(fact.time["value"])
        same = [e for e in events if e.source == "prose" and e.type == fact.type and e.time and span
                and bounds(e.time["value"]) and compatible(bounds(e.time["value"]), span)]
        if len(same) != 1 or any(p.role == "agent" for p in same[0].participants):
            continue
        ev = same[0]
        ev.participants = [p for p in ev.participants if p.role != "agent"] + [
            Participant("agent", entity) for entity in agents]
        ev.confidence = confidence.estimate(confidence.features(ev))


def lend_dates(events: list[Event], idx: DocIndex) -> list[Event]:
    """"Born: 12 March 1801, Basel" and the prose's undated "Weber was born at Basel" tell one birth: the
    prose event takes the line's date (and place where it names none) and the line's own event is dropped.
    Only where the person's one telling of that type in prose is undated (or dated by inference) and the
    places do not differ; a prose telling with its own date stays beside the line, so that a conflict can set one against the other."""
    cfg = _config()
    person_keys = {spec[0] for spec in cfg["keys"].values() if spec[1] == "title_person"}
    drop: set[int] = set()
    for fact in (e for e in events if e.source == "infobox" and e.type in person_keys and e.time):
        who = {p.entity for p in fact.participants if p.role == "patient"}
        told = [e for e in events if e.source == "prose" and e.type == fact.type
                and {p.entity for p in e.participants if p.role == "patient"} & who]
        if len(told) != 1 or (told[0].time is not None and not told[0].time.get("inherited")):
            continue  # (an inherited date is an inference: the line's stated date is better)
        ev = told[0]
        if ev.place and fact.place and ev.place != fact.place:
            continue
        ev.time = dict(fact.time, fact_line=True)
        ev.place = ev.place or fact.place
        ev.confidence = confidence.estimate(confidence.features(ev))
        drop.add(id(fact))
    return [e for e in events if id(e) not in drop]


def _key(fact: _Fact) -> str:
    return re.sub(r"\s+", " ", fact.key).strip().lower()


def _mentions_in(idx: DocIndex, start: int, end: int):
    return [x for x in idx.ad.mentions if start <= x.start < end and x.entity]


def _time(idx: DocIndex, start: int, end: int) -> dict | None:
    """The date a value states; a span ("September–October 1937") from its first day, the year taken
    from its other end where the first lacks one."""
    inside = sorted((t for t in idx.ad.timexes if start <= t.start < end and t.type in ("DATE", "TIME")
                     and t.value), key=lambda t: t.start)
    if not inside:
        return None
    first = inside[0]
    value = first.value
    if value.startswith("XXXX") and len(inside) > 1 and inside[1].value[:4].isdigit():
        value = inside[1].value[:4] + value[4:]
    if not value[:4].isdigit():
        return None
    return {"value": value, "mod": None, "inherited": False, "timex": {"start": first.start, "end": first.end}}


def _title_type(idx: DocIndex, start: int, end: int) -> str | None:
    """The event a title names: "Second Battle of Winchester" -> battle, "Removal of Koreans" -> deportation."""
    lex = lexicon()
    span = idx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        lemma = tok.lemma_.lower() if tok.pos_ in ("NOUN", "VERB") else tok.lower_
        if lemma in lex.nouns:
            return lex.nouns[lemma]
        if lemma in lex.verbs and tok.pos_ == "VERB":
            return lex.verbs[lemma][0].type
        hit = wordnet.type_of(lemma, "n")
        if hit is not None:
            return hit[0]
    return None


def title_time(idx: DocIndex) -> tuple[str, dict, bool] | None:
    """(the article's own event type, the time its "Date:" line states, whether that is a single day or
    a single month rather than a span): what the prose's undated telling of that event in the article's
    lead takes (events/timing.py). None without a title naming an event and a dated "Date:" line."""
    cached = getattr(idx, "_title_time", False)
    if cached is not False:
        return cached
    idx._title_time = None
    title = article_title(idx.text)
    if title is None:
        return None
    cfg = _config()
    for f in _facts(idx.text):
        spec = cfg["keys"].get(_key(f))
        if spec is None or spec[0] != "$title" or not idx.in_body(f.line[0]):
            continue
        time = _time(idx, *f.vspan)
        etype = _title_type(idx, title[2], title[3])
        if time is None or etype is None:
            return None
        spans = [t for t in idx.ad.timexes if f.vspan[0] <= t.start < f.vspan[1] and t.type in ("DATE", "TIME")]
        single = len(spans) == 1 and "/" not in (spans[0].edtf or "") and ".." not in (spans[0].edtf or "")
        idx._title_time = (etype, time, single)
        return idx._title_time
    return None

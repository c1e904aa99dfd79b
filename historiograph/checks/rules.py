"""Statements that cannot all be true.

- anachronism: an event dated after a participant's death or before their birth (dates the texts
  state, "died 19 August 1945", else the figures data file);
- competing_accounts: one fate told several ways ("vanished" / "other theories hold that he was
  captured ... or killed"), or two texts giving different deaths;
- date_conflict / number_conflict / place_conflict: the same event with incompatible dates, numbers
  or places (one event of one object told once in each of two texts, its years a copying slip apart,
  is the same event: ``one_object``);
- agent_conflict: one act done to one named institution (its founding) credited to different people,
  or one act whose agent a text denies ("X, not Y, went": ``contrast``) credited to the denied one by
  another (a post one person holds, "the first directress was X", is ``first_holder``);
- narrative_date (narrative.py): a date far outside the period its passage is set in.
"""
from __future__ import annotations

import functools
import math
from dataclasses import asdict
from typing import Any, Callable, Iterable

from .. import wordnet_lines
from ..disjoint import DisjointSets
from ..entities.places import lookup, place_of
from ..events.dates import MAX, bounds, compatible, open_start, show
from ..events.lexicon import cues, lexicon
from ..model import Conflict, EvidenceSpan
from ..time.values import iso_of
from . import contrast, direction, one_object, unread
from .counts import unit_slack
from .records import Record, dates_of, one_event_data
from .regions import REGIONS, may_lie_in
from .told_twice import data as told_twice_data, named, sites_of

FigureOf = Callable[[str], "tuple[str, str | None, str | None] | None"]
_UNSURE = ("disputed", "hedged")
_FATE_SUBJECT = ("disappearance", "death", "defection", "birth")
_DEATHS = ("death", "killing", "execution")


def focus(rec: Record) -> EvidenceSpan:
    """The words that state the event: from its date (when in the sentence) to its trigger."""
    ev = rec.event
    s, e = ev.trigger["start"], ev.trigger["end"]
    t = (ev.time or {}).get("timex")
    if t and not ev.time.get("inherited") and ev.sentence["start"] <= t["start"] < ev.sentence["end"]:
        s, e = min(s, t["start"]), max(e, t["end"])
    return EvidenceSpan(rec.source, s, e, rec.text[s:e], list(ev.citations))


def account(rec: Record, span: EvidenceSpan | None = None) -> dict[str, Any]:
    """One account of a value: where a text states it (the focus span, or ``span``) and its event."""
    return {**asdict(span or focus(rec)), "event": rec.event.id}


def _iso(day: int) -> str | None:
    return None if open_start(day) or day >= MAX else iso_of(day)


def grouped(kind: str, disputed: str, message: str, sides: list[tuple[Any, str, list[dict[str, Any]]]],
            extra: Iterable[EvidenceSpan] = (), span: tuple[int, int] | None = None,
            spans: list[tuple[int, int] | None] | None = None) -> Conflict:
    """One conflict of several sides: ``sides`` are (value, display, accounts); the evidence column keeps
    the first account of each side (the reader shows those side by side), ``values`` keeps every account."""
    values = []
    for n, (value, display, accounts) in enumerate(sides):
        iv = (spans or [None] * len(sides))[n]
        v = {"value": value, "display": display, "accounts": accounts}
        if iv is not None:
            v["earliest"], v["latest"] = _iso(iv[0]), _iso(iv[1])
        values.append(v)
    evidence = [EvidenceSpan(a["source"], a["start"], a["end"], a["text"], list(a.get("citations", [])))
                for _, _, accounts in sides for a in accounts[:1]]
    return Conflict(kind, message, evidence + list(extra), values=values, disputed=disputed)


def _accounts_text(accounts: list[dict[str, Any]]) -> str:
    srcs = list(dict.fromkeys(a["source"] for a in accounts))
    return srcs[0] + (f" and {len(srcs) - 1} more" if len(srcs) > 1 else "")


def _label(rec: Record) -> str:
    return rec.event.trigger.get("text") or rec.type


def _who(rec: Record, key: str) -> str:
    return rec.names.get(key, key)


# ---- lifespans and anachronisms -----------------------------------------------------------------

def lifespans(records: list[Record], figure_of: FigureOf) -> dict[str, dict]:
    """key -> {"died"/"born": (bounds, value, Record | None)}: stated in the texts, else known."""
    out: dict[str, dict] = {}
    for r in records:
        if r.type not in ("death", "birth") or r.stated is None or r.event.certainty in ("negated", "disputed"):
            continue
        if r.event.time.get("mod") in ("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
            continue
        which = "died" if r.type == "death" else "born"
        # (an office or a group described by its phrase is held by many people over time: no life)
        for key in named(r.roles.get("patient", set()) | r.roles.get("agent", set())):
            out.setdefault(key, {}).setdefault(which, (r.stated, r.time_value(), r))
    for key in {k for r in records for k in r.keys}:
        fig = figure_of(key)
        if fig is None:
            continue
        _name, born, died = fig
        slot = out.setdefault(key, {})
        if died and "died" not in slot:
            slot["died"] = (bounds(died), died, None)
        if born and "born" not in slot:
            slot["born"] = (bounds(born), born, None)
    return out


def anachronisms(records: list[Record], spans: dict[str, dict]) -> list[Conflict]:
    """One conflict per act dated outside a life: the same act told by many texts (or copies) is one
    conflict with every account, not one per text."""
    lex = lexicon()
    found: dict[tuple, dict[str, Any]] = {}
    for r in records:
        if r.stated is None or r.type == "birth" or r.event.certainty == "negated":
            continue
        # an agent must be alive to act; a patient may be honoured, published or buried after death
        keys = set(r.roles.get("agent", set()))
        if r.type not in lex.posthumous_ok:
            keys = set(r.keys)
        for key in sorted(keys):
            life = spans.get(key)
            if not life:
                continue
            for which in ("died", "born"):
                if which not in life:
                    continue
                b, value, src = life[which]
                if src is r or b is None:
                    continue
                late = which == "died" and r.stated[0] > b[1]
                early = which == "born" and r.stated[1] < b[0]
                if not (late or early):
                    continue
                ident = (key, which, r.type, r.time_value(), value)
                g = found.setdefault(ident, {"acts": [], "lives": [], "first": r, "src": src})
                g["acts"].append(account(r))
                if src is not None and account(src) not in g["lives"]:
                    g["lives"].append(account(src))
    out = []
    for (key, which, _type, _value, value), g in found.items():
        r, src = g["first"], g["src"]
        late = which == "died"
        who = _who(r, key)
        where = "as the texts state" if src is not None else "per the figures data file"
        msg = (f"{who}: '{_label(r)}' is dated {show(r.time_value())}, "
               f"{'after' if late else 'before'} {who} {'died' if late else 'was born'} "
               f"({show(value)}, {where})")
        sides = [(r.time_value(), show(r.time_value()), g["acts"])]
        ivs = [r.stated]
        if g["lives"]:
            sides.append((value, f"{'died' if late else 'born'} {show(value)}", g["lives"]))
            ivs.append(bounds(value))
        out.append(grouped("anachronism", "life", msg, sides, spans=ivs))
    return out


# ---- competing accounts -------------------------------------------------------------------------

def _fate_keys(r: Record) -> set[str]:
    keys = set(r.roles.get("patient", set()))
    if r.type in _FATE_SUBJECT:
        keys |= r.roles.get("agent", set())
    return keys


def _near(a: Record, b: Record) -> bool:
    if a.source == b.source:
        return abs(a.order - b.order) <= 3 and compatible(a.narrative, b.narrative)
    return a.stated is not None and b.stated is not None and compatible(a.stated, b.stated) or (
        compatible(a.narrative, b.narrative) and (a.event.certainty in _UNSURE or b.event.certainty in _UNSURE))


def competing_accounts(records: list[Record]) -> list[Conflict]:
    """One conflict per person and set of accounts that tell their fate several ways; each way (a fate
    type) is a side with every account that gives it."""
    lex = lexicon()
    fate = [r for r in records if r.type in lex.fate_types and r.event.certainty != "negated"]
    seen: set[frozenset] = set()
    out = []
    by_key: dict[str, list[Record]] = {}  # blocking: only records sharing a key are compared
    for o in fate:
        for key in _fate_keys(o):
            by_key.setdefault(key, []).append(o)
    for key in sorted(by_key):
        block = by_key[key]
        sets = DisjointSets(len(block))
        for i, a in enumerate(block):
            for k in range(i + 1, len(block)):
                if sets.find(i) != sets.find(k) and _near(a, block[k]):
                    sets.union(i, k)
        clusters: dict[int, list[Record]] = {}
        for i, o in enumerate(block):
            clusters.setdefault(sets.find(i), []).append(o)
        for group in clusters.values():
            types = {o.type for o in group}
            if len(types) < 2:
                continue
            unsure = any(o.event.certainty in _UNSURE for o in group)
            deaths = {o.type for o in group if o.type in _DEATHS}
            cross = len({o.source for o in group}) > 1
            # several versions: one marked as a competing account, or two texts with different deaths
            if not (unsure or (cross and len(deaths) > 1 and "death" in deaths)):
                continue
            ident = frozenset((o.source, o.event.id) for o in group)
            if ident in seen:
                continue
            seen.add(ident)
            group.sort(key=lambda o: (o.source, o.event.trigger["start"]))
            ways: dict[tuple[str, str], list[Record]] = {}
            for o in group:
                ways.setdefault((o.type, o.event.certainty), []).append(o)
            who = _who(group[0], key)
            msg = f"competing accounts of what happened to {who}: " + " / ".join(
                f"{_label(rs[0])}{' (' + c + ')' if c != 'asserted' else ''}" for (_t, c), rs in ways.items())
            out.append(grouped("competing_accounts", "fate", msg,
                               [(t, _label(rs[0]), [account(o) for o in rs]) for (t, _c), rs in ways.items()]))
    return out


# ---- one event, told with different dates, numbers or places ------------------------------------

def span_days(etype: str) -> int:
    """How far apart two datings of one event of this type may lie and still be one event told
    twice: a deportation runs for weeks (the decree, the trains); an entry into a war is one day,
    dated a day apart by clocks in different time zones."""
    return int(lexicon().types.get(etype, {}).get("span_days", 0))


def day_gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int | None:
    if a is None or b is None:
        return None
    if compatible(a, b):
        return 0
    return max(a[0], b[0]) - min(a[1], b[1])


def within_span(a: tuple[int, int] | None, b: tuple[int, int] | None, etype: str) -> bool:
    """Two datings that may be one event of this type told twice: they overlap, or lie at most
    ``span_days`` apart and neither is coarser than that span ("8 August" / "9 August" for an entry into
    a war; never "1794" / "January 1795", which touch but say nothing so close)."""
    gap = day_gap(a, b)
    if gap is None:
        return False
    span = span_days(etype)
    return gap == 0 or (gap <= span and max(a[1] - a[0], b[1] - b[0]) <= span)


def _close_dates(a: Record, b: Record) -> bool:
    return within_span(a.stated, b.stated, a.type)


def _told_of_one_day(r: Record) -> bool:
    """A date stated to one day (a night, a morning of it)."""
    return r.stated is not None and 0 <= r.stated[1] - r.stated[0] <= 1


@functools.lru_cache(maxsize=1)
def _noun_exceptions() -> dict[str, list[str]]:
    return {line[0]: line[1:] for line in wordnet_lines.exceptions("noun") if len(line) > 1}


def _is_noun(wn, form: str) -> bool:
    return any(lemma.name().lower() == form for s in wn.synsets(form, "n") for lemma in s.lemmas())


@functools.lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """The noun's base form other than itself, WordNet's irregular forms first ("men", a noun of its
    own, is the plural of man; "miners" of miner); the word itself where it has none."""
    from ..events.wordnet import reader

    wn = reader()
    if wn is None or not word.isalpha():
        return word
    irregular = _noun_exceptions()
    forms = irregular[word] if word in irregular else [word[:len(word) - len(old)] + new for old, new in
                                                       wn.MORPHOLOGICAL_SUBSTITUTIONS["n"] if word.endswith(old)]
    return next((f for f in forms if f != word and _is_noun(wn, f)), word)


def group_heads(r: Record) -> set[str]:
    """The head nouns (singular) of the unnamed groups an event befell ("the injured miners" -> miner)
    and of the people it counts ("thirty-two men" -> man)."""
    out = {_singular(k[5:].split()[-1]) for k in r.roles.get("patient", set()) - named(r.roles.get("patient", set()))
           if k.startswith("name:") and len(k[5:].split()) > 1}
    for n in r.event.numbers:
        if n.get("of") and n.get("unit") in (None, "people"):
            out.add(_singular(n["of"].lower().split()[-1]))
    return out


def groups_alike(a: Record, b: Record) -> bool:
    """Both tellings befall an unnamed group described by one head noun, or one of them by a noun for
    people in general ("thirty-two men" / "twenty-three miners")."""
    ha, hb = group_heads(a), group_heads(b)
    general = set(told_twice_data()["general_group_nouns"])
    return bool(ha and hb) and bool(ha & hb or ha & general or hb & general)


def same_group_day(a: Record, b: Record, alone: "Lone | None") -> bool:
    """One event of one unnamed group told by two texts: the same type, stated on one same day, the
    group described alike (``groups_alike``), and each text's only telling of the type befalling a
    group that day ("twenty-three miners were killed at the pit on 3 May" / "thirty-two men died ...
    on 3 May"): its count and place may then conflict. Two days, two kinds of group, or a text that
    tells two such events on the day: no guess."""
    if alone is None or a.source == b.source or a.type != b.type or "negated" in (a.event.certainty, b.event.certainty):
        return False
    if not (_told_of_one_day(a) and _told_of_one_day(b) and compatible(a.stated, b.stated)):
        return False
    if not (groups_alike(a, b) and alone.group_on_day(a) and alone.group_on_day(b)):
        return False
    same_words = (a.event.trigger.get("text") or "").lower() == (b.event.trigger.get("text") or "").lower()
    if a.place and b.place and a.place != b.place and not (same_words and _described_alike(a, b)):
        return False  # (two places, unless one act on one group: "the injured miners were taken to A" / "to B")
    if a.place is not None and a.place == b.place:
        return True
    na, nb = _unread(a), _unread(b)
    if na - nb and nb - na:
        return False  # "the Garnock pit of the Hedley Company" / "the Ruthin pit of ...": two sites
    return _described_alike(a, b) or bool(_site_near(a, b)) or bool(na & nb)


def group_day_keys(r: Record) -> set[str]:
    """Blocking keys for ``same_group_day`` beyond a shared participant or place: its stated day with
    each name its sentence mentions or writes unread (``_site_near``, ``_unread``), so that the groups
    told on one busy day are compared only where they share a detail, never all pairs."""
    if not (_told_of_one_day(r) and group_heads(r)):
        return set()
    return {f"\0day:{r.stated[0]}:{k}" for k in r.near | _unread(r)}


def _unread(r: Record) -> set[str]:
    """The name-like words of the telling's sentence (``unread.unread_names``), less those of its place."""
    s = r.event.sentence
    place = set((r.names.get(r.place) or "").split()) if r.place else set()
    return unread.unread_names(r.text, s["start"], s["end"]) - place


def _described_alike(a: Record, b: Record) -> bool:
    """Both describe the group in the same words, more specific than a noun for people in general
    ("the injured miners"; never "the men")."""
    general = set(told_twice_data()["general_group_nouns"])
    common = {k for k in a.roles.get("patient", set()) & b.roles.get("patient", set())
              if k.startswith("name:") and len(k[5:].split()) > 2}
    return any(_singular(k.split()[-1]) not in general for k in common)


def _site_near(a: Record, b: Record) -> set[str]:
    """Names both sentences mention (a mine, a ship, a town), but no country or region: a specific
    detail two tellings of one group's misfortune share."""
    out = set()
    for k in a.near & b.near:
        name = a.names.get(k) or b.names.get(k) or (k[5:] if k.startswith("name:") else "")
        if name and (lookup(name) or {}).get("kind") not in REGIONS:
            out.add(k)
    return out


class Lone:
    """Which tellings are the only one of their type in their document at a place, or with a named
    participant (not negated): an undated telling joins the one dated telling of another text at its
    place, and two tellings a copying slip apart join when each is its text's only one with their
    participants (``same_event``)."""

    def __init__(self, records: list[Record], is_person: Callable[[str], bool] | None = None):
        self.is_person = is_person
        self.count: dict[tuple, int] = {}
        for r in records:
            if r.event.certainty == "negated":
                continue
            for k in named(r.keys) | ({"\0place:" + r.place} if r.place else set()):
                self.count[(r.source, r.type, k)] = self.count.get((r.source, r.type, k), 0) + 1
            if _told_of_one_day(r) and group_heads(r):
                k = f"\0day:{r.stated[0]}"
                self.count[(r.source, r.type, k)] = self.count.get((r.source, r.type, k), 0) + 1

    def group_on_day(self, r: Record) -> bool:
        """r is its text's only telling of its type befalling an unnamed group on its one stated day."""
        return _told_of_one_day(r) and self.count.get((r.source, r.type, f"\0day:{r.stated[0]}")) == 1

    def at_place(self, r: Record) -> bool:
        return bool(r.place) and self.count.get((r.source, r.type, "\0place:" + r.place)) == 1

    def with_all(self, r: Record, keys: set[str]) -> bool:
        return all(self.count.get((r.source, r.type, k)) == 1 for k in keys)

    def person_among(self, keys: set[str]) -> bool:
        """A named person among the keys (known only across the corpus: ``is_person``)."""
        return self.is_person is not None and any(self.is_person(k) for k in keys)


def _lone_pair(a: Record, b: Record, lone: Lone | None) -> bool:
    """One text dates the event, the other does not (its narrative time, if any, fits), at one place,
    and each text tells that one event of the type there: one event, its other values comparable."""
    if lone is None or a.source == b.source or not (lone.at_place(a) and lone.at_place(b)):
        return False
    dated, undated = (a, b) if b.stated is None else (b, a)
    return (dated.stated is not None and undated.stated is None and a.place == b.place
            and compatible(dated.stated, undated.narrative))


def _place_slip(a: Record, b: Record, objects, alone: Lone | None) -> bool:
    """One event that befalls its object once ("the X were deported to Siberia"), told at one place
    by two texts that read no patient but name the same people in its sentence, each text's one
    telling of it there, in years a copying slip apart (``one_object.year_slip``)."""
    if objects is None or alone is None or a.source == b.source or not a.place or a.place != b.place:
        return False
    if a.type not in one_object.data()["once_per_object"] or a.roles.get("patient") or b.roles.get("patient"):
        return False
    return bool(a.peoples & b.peoples) and alone.at_place(a) and alone.at_place(b) and objects.slip_dates(a, b)


def _thing_patient(a: Record, b: Record, alone: Lone) -> bool:
    """Both tellings name one patient, and none of their shared patients is a person (a person is met,
    visited, attacked many times; an institution is founded or dissolved once)."""
    common = named(a.roles.get("patient", set()) & b.roles.get("patient", set()))
    return bool(common) and not alone.person_among(common)


def one_day_act(a: Record, b: Record, is_person: Callable[[str], bool] | None = None) -> bool:
    """Two texts that tell one named person doing one act in the same words on one stated day ("On
    12 June 1798 X landed at A" / "X landed at B on 12 June 1798"), at two places the gazetteer knows
    as points more than ``apart_km`` (data/corpus/one_event.json) apart: one act, so the places it names cannot both hold. A date
    coarser than a day, an inherited date, another verb, an army (it lands along a coast), a place the
    gazetteer does not know or knows as an area (a beach in its peninsula): no guess."""
    if a.source == b.source or a.stated is None or a.stated != b.stated or a.stated[0] != a.stated[1]:
        return False
    if (a.event.time or {}).get("inherited") or (b.event.time or {}).get("inherited"):
        return False
    word = (a.event.trigger.get("text") or "").lower()
    if not word or word != (b.event.trigger.get("text") or "").lower():
        return False
    agents = named(a.roles.get("agent", set())) & named(b.roles.get("agent", set()))
    if not agents and not named(a.roles.get("agent", set()) | b.roles.get("agent", set())) and groups_alike(a, b):
        pass  # one unnamed group acted on ("the injured were taken to hospital at A" / "at B")
    elif not agents or is_person is None or not any(is_person(k) for k in agents):
        return False
    return points_apart(a.names.get(a.place, a.place) if a.place else None,
                         b.names.get(b.place, b.place) if b.place else None)


def points_apart(x: str | None, y: str | None) -> bool:
    """Both names are gazetteer points (no country, state or region) more than ``apart_km`` of
    data/corpus/one_event.json apart (two harbours nearer may be one landing told at two names: a beach,
    its town)."""
    px, py = (place_of(n) if n else None for n in (x, y))
    if px is None or py is None or px.get("area") or py.get("area"):
        return False
    if any((lookup(n) or {}).get("kind") in REGIONS for n in (x, y)):
        return False
    la1, lo1, la2, lo2 = map(math.radians, (px["lat"], px["lon"], py["lat"], py["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h)) > float(one_event_data()["apart_km"])


def same_event(a: Record, b: Record, sites=None, objects: one_object.Objects | None = None,
               alone: Lone | None = None) -> bool:
    """One event told twice: a shared participant or place (with close dates), or, with ``sites``
    (``told_twice.Sites``), one site befallen within a window of days by tellings in two documents, or,
    with ``objects`` (``one_object.Objects``), one object's founding, release... told once in each of
    two texts, dated a copying slip apart, or credited to different people. An unnamed group or office
    as agent ("the owners", "the governor") contradicts no named one."""
    if a.type != b.type or a is b:
        return False
    if contrast.disputed(a, b) or contrast.cleft_disputed(a, b):
        return True  # one text denies the other's agent ("X, not Y, went"; "it was Y who"): its agent disputed
    if direction.apart(a, b):
        return False  # a departure and a return, or two destinations: two movements
    shared = named(a.keys & b.keys)  # ("the rebels" in two texts may be two risings' rebels)
    twice = sites is not None and sites.told_twice(a, b)
    group = same_group_day(a, b, alone)
    if not shared and not (a.place and a.place == b.place and (_close_dates(a, b) or _lone_pair(a, b, alone)
                                                              or _place_slip(a, b, objects, alone))) \
            and not twice and not group:
        return False
    if a.source != b.source and a.stated is None and b.stated is None:
        return False  # two undated mentions in two texts: too little to say they are one (as the timeline)
    slip = objects is not None and objects.slip(a, b)
    one = objects is not None and objects.one_act(a, b)
    people = a.type in lexicon().population_types and (a.roles.get("patient", set()) & b.roles.get("patient", set()))
    for role in ("agent", "patient"):
        ra, rb = a.roles.get(role, set()), b.roles.get(role, set())
        if twice or group or role == "agent":  # an unnamed group ("an armed crowd") contradicts no one
            ra, rb = named(ra), named(rb)
        if ra and rb and not (ra & rb) and not (role == "agent" and (people or one)):
            return False  # (one people deported: the decree's authors and the NKVD chief are both agents)
    if slip or one or _place_slip(a, b, objects, alone):
        return True  # (their places agree where both give one)
    if a.place and b.place and a.place != b.place and not (a.type in lexicon().once_only) and not people \
            and not one_day_act(a, b, alone.is_person if alone is not None else None):
        return False  # (one people deported: "Kazakhstan" and "Central Asia" name one destination)
    if group:
        return True
    far = a.stated is not None and b.stated is not None and not _close_dates(a, b)
    common = a.roles.get("patient", set()) & b.roles.get("patient", set())
    if a.type in lexicon().once_only and (named(common) if far else common):
        return True  # (one named person dies once; "the rebels" killed in 1848 and in 1849 are two killings)
    if twice:
        return True
    if far and not people and not len(shared) >= 2 and not (
            a.type in one_object.data()["once_per_object"]
            and one_object.subject_keys(a) & one_object.subject_keys(b)):
        return False  # dates apart and no named object it befalls once: two events (two battles at one place)
    if a.place and a.place == b.place:
        return True
    if {_unit(n) for n in a.event.numbers if _unit(n)} & {_unit(n) for n in b.event.numbers if _unit(n)}:
        return True
    if _close_dates(a, b) and a.source != b.source:
        return True  # one actor, one kind of event, a few days apart in two texts
    if len(shared) >= 2 and objects is not None and alone is not None and a.source != b.source \
            and a.type in one_object.data()["once_per_object"] and _thing_patient(a, b, alone) \
            and alone.person_among(shared) and objects.slip_dates(a, b) and alone.with_all(a, shared) \
            and alone.with_all(b, shared):
        return True  # one named person's act on one named object that befalls it once, years a copying
        # slip apart, told once in each text (a people or an army may attack one fort in 1745 and in
        # 1755: no guess; two people may meet in 1848 and in 1858)
    if len(shared) >= 2 and a.stated is not None and b.stated is not None and not _close_dates(a, b):
        # two named participants in common, dates apart: one event told twice only where it befalls its
        # object once in a life (France attacked Fort X in 1745 and in 1755: two attacks; the Tsar
        # dissolved the Duma in 1906 and in 1907: two dissolutions; a slip of the pen joined above)
        return bool(people) or a.type in lexicon().once_only
    return len(shared) >= 2


def _noun(n: dict) -> str:
    w = (n.get("of") or "").lower()
    return w[:-1] if w.endswith("s") else w


def _unit(n: dict) -> str | None:
    return n.get("unit") or ((n.get("of") or "").lower() or None)  # "200,000 Koreans": counted as Koreans


def _people_unit(n: dict) -> str | None:
    """A count's unit for comparing two accounts of one event: a count of people however the text
    names them ("nineteen miners", "ninety-one men") is of people."""
    from ..events.wordnet import people_sense

    u = _unit(n)
    if not n.get("unit") and n.get("of"):
        head = _singular(n["of"].lower().split()[-1])
        if people_sense(head, 1):
            return "people"
    return u


def number_range(n: dict) -> tuple[float, float]:
    """The values a stated figure allows: exact figures themselves; "about", "some", "roughly" a share
    of the figure either side (``approx_margin`` of data/corpus/told_twice.json: a historian's "about
    340" is a round figure for anything from some 310 to 370, so "about 340" and "some 360" may both
    hold), or half a unit of the last significant digit where that is wider ("about 2 million");
    "nearly" / "almost" a little below (``near_below``: "nearly 5,000" is 4,500 to 5,000); "more than"
    / "as many as" one side open."""
    v = float(n["value"])
    q = n.get("qualifier")
    below = _near_below().get(q) if q else None
    if below is not None:
        return v * (1 - float(below)), v  # "nearly 5,000": 4,500 to 5,000, not anything up to 5,000
    bound = cues()["number_bounds"].get(q) if q else None
    if bound == "min":
        return v, float("inf")
    if bound == "max":
        return 0.0, v
    if q or n.get("approx"):
        iv = int(v)
        unit = 1
        while iv and iv % (unit * 10) == 0:
            unit *= 10
        margin = max(unit / 2, abs(v) * float(told_twice_data()["approx_margin"]))
        return v - margin, v + margin
    return v, v


def _near_below() -> dict[str, float]:
    return told_twice_data()["near_below"]


def _number_span(r: Record, n: dict) -> EvidenceSpan:
    s, e = n["start"], n["end"]
    q = n.get("qualifier")
    if q and r.text[max(0, s - len(q) - 1):s].strip().lower() == q:
        s -= len(q) + 1
    return EvidenceSpan(r.source, s, e, r.text[s:e], list(r.event.citations))


def _figure(r: Record, n: dict, name_of) -> str:
    by = n.get("attributed_to") or r.event.attributed_to
    who = f", according to {name_of(r, by)}" if by else ""
    return f"{r.text[_number_span(r, n).start:n['end']]} ({r.source}{who})"


def number_conflicts(groups: list[list[Record]], name_of) -> list[Conflict]:
    """One conflict per event and unit whose accounts give figures that cannot all hold, beyond the
    approximations the texts themselves state; each distinct figure is a side with its accounts."""
    out = []
    for group in groups:
        by_unit: dict[str, list[tuple[Record, dict]]] = {}
        for r in group:
            for n in r.counts:
                u = _people_unit(n)
                if u and not any(x is r and float(m["value"]) == float(n["value"]) for x, m in by_unit.get(u, [])):
                    by_unit.setdefault(u, []).append((r, n))
        for unit, figs in by_unit.items():
            if len({r.source for r, _ in figs}) < 2 and len({id(r) for r, _ in figs}) < 2:
                continue
            sides: dict[tuple, list[tuple[Record, dict]]] = {}  # one side per figure as stated
            for r, n in figs:
                sides.setdefault((float(n["value"]), n.get("qualifier"), bool(n.get("approx"))), []).append((r, n))
            keys = list(sides)
            clashes = []
            for i, ka in enumerate(keys):
                for kb in keys[i + 1:]:
                    na, nb = sides[ka][0][1], sides[kb][0][1]
                    lo_a, hi_a = number_range(na)
                    lo_b, hi_b = number_range(nb)
                    slack = unit_slack(na, nb)
                    if hi_a + slack < lo_b or hi_b + slack < lo_a:
                        clashes.append((na["text"], nb["text"]))
            if not clashes:
                continue
            r0 = figs[0][0]
            figures = "; ".join(_figure(r, n, name_of) + (f" and {len(v) - 1} more" if len(v) > 1 else "")
                                for v in sides.values() for r, n in v[:1])
            why = ", ".join(f"{a} vs {b}" for a, b in clashes)
            what = (f"the force of the {r0.type} ({_label(r0)}) is put" if unit == "strength" else
                    f"the sentence passed at the {r0.type} ({_label(r0)}) is given" if unit == "sentence" else
                    f"the {r0.type} ({_label(r0)}) is counted")
            out.append(grouped(
                "number_conflict", "number",
                f"{what} differently: {figures} - beyond their stated approximations: {why}",
                [(v[0][1]["value"], _number_span(v[0][0], v[0][1]).text,
                  [account(r, _number_span(r, n)) for r, n in v]) for v in sides.values()]))
    return out


def _explained(a: Record, b: Record, records: list[Record]) -> Record | None:
    """A record of b's text (``records``: those of that text) that gives the same event a's date ("some
    books date the entry to 8 August, others to 9 August"): the text knows both datings."""
    for o in records:
        if o.source == b.source and o is not b and o.type == b.type and o.stated and \
                compatible(o.stated, a.stated) and (o.keys & b.keys):
            return o
    return None


def _blocks(group: list[Record], sites=None) -> list[list[int]]:
    """Indices of one type's records that may be one event: ``same_event`` needs a shared participant
    key or place, or a shared site, so only records of one block are compared, never all pairs."""
    blocks: dict[str, list[int]] = {}
    cleft = any(r.cleft for r in group)  # (a cleft's telling may share only the words after the verb)
    for i, r in enumerate(group):
        for key in r.keys | r.denied:
            blocks.setdefault(key, []).append(i)
        for key in group_day_keys(r):  # (one group on one day: ``same_group_day``)
            blocks.setdefault(key, []).append(i)
        if cleft and r.roles.get("agent"):
            words = contrast.object_words(r)
            if words:
                blocks.setdefault("\0words:" + " ".join(words), []).append(i)
        if r.place:
            blocks.setdefault("\0place:" + r.place, []).append(i)
        if sites is not None:
            for key in sites_of(r):
                if sites.is_site(key):
                    blocks.setdefault("\0site:" + key, []).append(i)
    return [blocks[k] for k in sorted(blocks)]


def telling_signatures(records: list[Record]) -> dict[int, tuple]:
    """id(record) -> (the fingerprint of its document's records, its event id): two records share one
    only when their documents tell the same events with the same participants, places and dates (copies
    of one text, under two names), and then ``same_event`` answers alike for both against any record of
    a third document."""
    by_source: dict[str, list[Record]] = {}
    for r in records:
        by_source.setdefault(r.source, []).append(r)
    out: dict[int, tuple] = {}
    prints: dict[tuple, int] = {}  # (a document's text and records) -> a small number, exactly
    for rs in by_source.values():
        print_ = prints.setdefault((rs[0].text, tuple(
            (r.event.id, r.type, r.event.certainty, r.stated, r.narrative, r.place, r.event.trigger.get("start"),
             r.event.trigger.get("text"),
             tuple(sorted((role, tuple(sorted(ks))) for role, ks in r.roles.items())), tuple(sorted(r.posts)),
             tuple(sorted(r.denied)), tuple((n.get("unit"), n.get("of"), n.get("value")) for n in r.event.numbers))
            for r in rs)), len(prints))
        for r in rs:
            out[id(r)] = (print_, r.event.id)
    return out


def _join_block(group: list[Record], block: list[int], sets: DisjointSets, test, sig: dict[int, tuple],
                memo: dict) -> None:
    """Join the records of one block that ``test`` finds to be one event, as comparing all pairs would,
    but comparing each record with one telling of each kind seen before it in the block
    (``telling_signatures``): a record unlike one copy of a text is unlike every copy, so a key shared
    by a thousand copies costs what it costs once. (The event of a record's own document that shares
    a signature kind is compared itself: ``same_event`` reads the two sources.)"""
    seen: dict[tuple, tuple[dict[str, int], list[int]]] = {}  # signature -> (source -> index, members)
    for i in block:
        a = group[i]
        sa = sig[id(a)]
        for s, (by_source, members) in seen.items():
            same = by_source.get(a.source)
            if same is not None and sets.find(same) != sets.find(i) and test(a, group[same]):
                sets.union(i, same)
            hit = memo.get((sa, s))
            if hit is False:
                continue
            ri = sets.find(i)
            other = next((m for m in members if m != same and sets.find(m) != ri), None)
            if other is None:
                continue  # (all of them already joined with a)
            if hit is None:
                hit = memo[(sa, s)] = bool(test(a, group[other]))
            if not hit:
                continue
            kept: dict[int, list[int]] = {}
            for m in members:
                if m != same:
                    sets.union(i, m)
                root = kept.setdefault(sets.find(m), [])
                if len(root) < 2:
                    root.append(m)  # (two of each cluster, so that one is never a's own document's)
            members[:] = [m for ms in kept.values() for m in ms]
        entry = seen.setdefault(sa, ({}, []))
        entry[0][a.source] = i
        entry[1].append(i)


def same_event_test(records: list[Record], sites=None,
                    is_person: Callable[[str], bool] | None = None) -> Callable[[Record, Record], bool]:
    """``same_event`` over these records (their one-object and lone-telling indexes built once)."""
    objects = one_object.Objects(records)
    alone = Lone(records, is_person)
    return lambda a, b: same_event(a, b, sites, objects, alone)


def same_event_clusters(records: list[Record], sites=None, is_person: Callable[[str], bool] | None = None,
                        test: Callable[[Record, Record], bool] | None = None) -> list[list[Record]]:
    """Accounts of one event (``same_event``), joined transitively; blocking keys keep it from
    comparing all pairs, and copies of one text are compared once (``_join_block``)."""
    by_type: dict[str, list[Record]] = {}
    for r in records:
        if r.event.certainty != "negated":
            by_type.setdefault(r.type, []).append(r)
    test = test or same_event_test(records, sites, is_person)
    sig = telling_signatures(records)
    memo: dict = {}
    out = []
    for group in by_type.values():
        sets = DisjointSets(len(group))
        for block in _blocks(group, sites):
            _join_block(group, block, sets, test, sig, memo)
        clusters: dict[int, list[Record]] = {}
        for i, r in enumerate(group):
            clusters.setdefault(sets.find(i), []).append(r)
        out += [sorted(c, key=lambda r: (r.source, r.event.trigger["start"], r.event.id))
                for c in clusters.values() if len(c) > 1]
    return out


def same_event_conflicts(records: list[Record], name_of=None, sites=None,
                         is_person: Callable[[str], bool] | None = None) -> list[Conflict]:
    """Date, number and place conflicts between accounts of one event: one conflict per event and
    field, its sides the distinct values with every account that gives each.

    Dates are compared as intervals (EDTF earliest/latest): 1937 and September 1937 can name the same
    days and do not conflict; 1937 and 1957 cannot. Two values that cannot both hold are a
    ``date_conflict``; when they lie at most ``minor_gap_days`` apart (day-precision dates: "8 August" /
    "9 August"), a ``date_discrepancy``, which the reader should see but which is usually a clock or a
    definition (the ceasefire agreed / in force), and the message says when one text itself gives both
    dates. A date for the end of an event ("the fighting, which ended on 10 August") is ON_OR_BEFORE that
    day and so fits every earlier date of it."""
    name_of = name_of or (lambda r, key: r.names.get(key, key))
    out = []
    minor = int(cues()["minor_gap_days"])
    by_source: dict[str, list[Record]] = {}
    for r in records:
        by_source.setdefault(r.source, []).append(r)
    test = same_event_test(records, sites, is_person)  # (its indexes built once, for joining and dating)
    clusters = same_event_clusters(records, sites, is_person, test)
    for cluster in clusters:
        out += _date_conflict(cluster, minor, by_source, test)
        out += _place_conflict(cluster, is_person)
        out += agent_conflicts(cluster, is_person or (lambda key: not key.startswith(("name:", "norp:"))))
    out += number_conflicts(clusters, name_of)
    return out


def _width(iv: tuple[int, int]) -> int:
    """Days an interval spans; 0 for one open on a side ("from 9 August"): its stated side is a day."""
    return 0 if open_start(iv[0]) or iv[1] >= MAX else iv[1] - iv[0]


def _told_alike(xs: list[Record], ys: list[Record], test) -> bool:
    """Some dated telling of one side and some of the other, in two documents, are one event by
    themselves (``same_event``), not only through a chain of others (an undated telling between two
    dated ones of one text). Every pair is looked at (it stops at the first): a cap would miss the one
    direct join among many tellings and drop a real conflict."""
    return any(x.source != y.source and test(x, y) for x in xs for y in ys)


def _date_conflict(cluster: list[Record], minor: int, by_source: dict[str, list[Record]],
                   test=None) -> list[Conflict]:
    """A date conflict between the distinct datings of one event's accounts, each pair of datings only
    where two of their tellings in two documents are joined directly (``_told_alike``)."""
    sides: dict[tuple, list[Record]] = {}
    for r in cluster:
        if r.stated is not None:
            d = dates_of(r.event.time)
            sides.setdefault((r.time_value(), r.event.time.get("mod"), d["edtf"]), []).append(r)
    if len(sides) < 2:
        return []
    keys = list(sides)
    etype = cluster[0].type
    big, small, explained = False, False, []
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            a, b = sides[ka][0], sides[kb][0]
            gap = day_gap(a.stated, b.stated)
            if not gap:
                continue  # the intervals overlap: one date at two precisions is no conflict
            if test is not None and not _told_alike(sides[ka], sides[kb], test):
                continue  # joined only through others: no evidence that these two datings are of one event
            wide = max(_width(a.stated), _width(b.stated)) > max(minor, span_days(etype))
            if gap > max(minor, span_days(etype)) or (gap <= minor and wide):
                big = True  # (1906 / 1907 touch at New Year, but two years are no day apart)
            elif gap <= minor:
                sure_a = [x for x in sides[ka] if x.event.certainty not in _UNSURE]
                sure_b = [x for x in sides[kb] if x.event.certainty not in _UNSURE]
                if sure_a and sure_b:
                    small = True
                    a, b = sure_a[0], sure_b[0]
                    ex = _explained(a, b, by_source[b.source]) or _explained(b, a, by_source[a.source])
                    if ex is not None:
                        explained.append(ex)
    if not big and not small:
        return []
    keys.sort(key=lambda k: (sides[k][0].stated, k[0] or ""))
    labels = " / ".join(dict.fromkeys(_label(r) for k in keys for r in sides[k][:1]))
    dated = [f"{show(k[0])} ({_accounts_text([account(r) for r in sides[k]])})" for k in keys]
    listed = ", ".join(dated[:-1]) + " and " + dated[-1]
    sides_out = [(k[0], show(k[0]), [account(r) for r in sides[k]]) for k in keys]
    ivs = [sides[k][0].stated for k in keys]
    if big:
        return [grouped("date_conflict", "date", f"the same {etype} is dated {listed} ({labels})",
                        sides_out, spans=ivs)]
    gaps = [day_gap(sides[ka][0].stated, sides[kb][0].stated) or 0 for i, ka in enumerate(keys) for kb in keys[i + 1:]]
    note = f"; {explained[0].source} itself gives both dates" if explained else ""
    return [grouped("date_discrepancy", "date",
                    f"the same {etype} is dated {listed}, {max(gaps)} day apart{note} ({labels})",
                    sides_out, extra=[focus(explained[0])] if explained else (), spans=ivs)]


def _place_conflict(cluster: list[Record], is_person: Callable[[str], bool] | None = None) -> list[Conflict]:
    if cluster[0].type not in lexicon().once_only and not (
            len({r.source for r in cluster}) == len(cluster)
            and all(one_day_act(cluster[0], r, is_person) for r in cluster[1:])):
        return []  # (a journey told by two texts may pass through both places; one act on one day cannot)
    sides = by_place(cluster)
    if len(sides) < 2:
        return []
    names = [rs[0].names.get(p, p) for p, rs in sides.items()]
    if any(may_lie_in(a, b) for a in names for b in names if a != b):
        return []  # "died at Stoughton" / "died in Wisconsin": the town may lie in the region
    return place_sides(cluster, sides, names)


def by_place(cluster: list[Record]) -> dict[str, list[Record]]:
    """The accounts of one event that give a place, by place key."""
    sides: dict[str, list[Record]] = {}
    for r in cluster:
        if r.place:
            sides.setdefault(r.place, []).append(r)
    return sides


def place_sides(cluster: list[Record], sides: dict[str, list[Record]], names: list[str]) -> list[Conflict]:
    """The place conflict of one event whose accounts (``sides``: place key -> accounts) name ``names``."""
    labels = " / ".join(dict.fromkeys(_label(rs[0]) for rs in sides.values()))
    return [grouped("place_conflict", "place",
                    f"the same {cluster[0].type} is placed in {', '.join(names[:-1])} and {names[-1]} ({labels})",
                    [(n, n, [account(r) for r in rs]) for n, rs in zip(names, sides.values())])]


def agent_conflicts(cluster: list[Record], is_person: Callable[[str], bool]) -> list[Conflict]:
    """The tellings of one event name different agents for it: credited to different people
    (``_agent_conflict``), one text denying the other's ("X, not Y, ..."), or a cleft's ("it was Y who ...")."""
    return _agent_conflict(cluster, is_person) or _denied_agent_conflict(cluster) or _cleft_agent_conflict(cluster)


def _agent_conflict(cluster: list[Record], is_person: Callable[[str], bool]) -> list[Conflict]:
    """One act done to one institution (its founding) that two texts credit to different people: each
    side a person named as its one agent in the event's own sentence. No conflict where an account
    names several agents (partners), or a text names the other side's person anywhere (it may tell
    them as partners, or as the one who did something else)."""
    if not one_object.one_agent_type(cluster[0].type):
        return []
    sides: dict[str, list[Record]] = {}
    for r in cluster:
        agents = named(r.roles.get("agent", set()))
        if len(agents) > 1:
            return []
        if agents and is_person(next(iter(agents))) and one_object.named_in_sentence(r, next(iter(agents))):
            sides.setdefault(next(iter(agents)), []).append(r)
    if len(sides) < 2 or len({r.source for rs in sides.values() for r in rs}) < 2:
        return []
    names = {k: _who(rs[0], k) for k, rs in sides.items()}
    for k, rs in sides.items():
        if any(one_object.mentions(r, names[o]) for r in rs for o in sides if o != k):
            return []
    etype = cluster[0].type
    labels = " / ".join(dict.fromkeys(_label(rs[0]) for rs in sides.values()))
    credited = [f"{names[k]} ({_accounts_text([account(r) for r in rs])})" for k, rs in sides.items()]
    return [grouped("agent_conflict", "agent",
                    f"the same {etype} is credited to {', '.join(credited[:-1])} and {credited[-1]} ({labels})",
                    [(k, names[k], [account(r) for r in rs]) for k, rs in sides.items()])]


def _denied_agent_conflict(cluster: list[Record]) -> list[Conflict]:
    """One event whose agent a text denies ("X, not Y, went") that another text credits to the denied
    one: each side a named agent with the accounts that name it (``checks.contrast``)."""
    denied = {k for r in cluster for k in r.denied}
    if not denied:
        return []
    sides: dict[str, list[Record]] = {}
    for r in cluster:
        for k in sorted(named(r.roles.get("agent", set()))):
            sides.setdefault(k, []).append(r)
    credited = {k for k in denied if k in sides}
    deniers = {k for k in sides if any(k not in r.denied and r.denied & credited for r in sides[k])}
    if not credited or not deniers or credited & deniers:
        return []
    keep = sorted(deniers) + sorted(credited)
    if len({r.source for k in keep for r in sides[k]}) < 2:
        return []
    names = {k: _who(sides[k][0], k) for k in keep}
    etype = cluster[0].type
    labels = " / ".join(dict.fromkeys(_label(sides[k][0]) for k in keep))
    told = [f"{names[k]} ({_accounts_text([account(r) for r in sides[k]])})" for k in keep]
    return [grouped("agent_conflict", "agent",
                    f"the same {etype} is credited to {', '.join(told[:-1])} and {told[-1]} ({labels}); "
                    f"not {' or '.join(names[k] for k in sorted(credited))}, says "
                    f"{_accounts_text([account(r) for k in deniers for r in sides[k]])}",
                    [(k, names[k], [account(r) for r in sides[k]]) for k in keep])]


def _cleft_agent_conflict(cluster: list[Record]) -> list[Conflict]:
    """One event that a text tells as a cleft on its agent ("it was Y who set fire to the chapel") and
    another text credits to another named agent: each side a named agent with the accounts that name it
    (``contrast.cleft_disputed``)."""
    clefts = [r for r in cluster if r.cleft]
    if not clefts:
        return []
    sides: dict[str, list[Record]] = {}
    for r in cluster:
        for k in sorted(named(r.roles.get("agent", set()))):
            sides.setdefault(k, []).append(r)
    focus = {k for r in clefts for k in named(r.roles.get("agent", set()))}
    others = {k for k, rs in sides.items() if k not in focus and any(
        contrast.cleft_disputed(c, r) for c in clefts for r in rs)}
    if not others or len(focus) != 1:
        return []
    keep = sorted(others) + sorted(focus)
    names = {k: _who(sides[k][0], k) for k in keep}
    etype = cluster[0].type
    labels = " / ".join(dict.fromkeys(_label(sides[k][0]) for k in keep))
    told = [f"{names[k]} ({_accounts_text([account(r) for r in sides[k]])})" for k in keep]
    who = next(iter(focus))
    return [grouped("agent_conflict", "agent",
                    f"the same {etype} is credited to {', '.join(told[:-1])} and {told[-1]} ({labels}); "
                    f"it was {names[who]}, says {_accounts_text([account(r) for r in clefts])}",
                    [(k, names[k], [account(r) for r in sides[k]]) for k in keep])]


def dedupe(conflicts: list[Conflict]) -> list[Conflict]:
    seen = set()
    out = []
    for c in conflicts:
        key = (c.kind, tuple(sorted((e.source, e.start, e.end) for e in c.evidence)))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


__all__ = ["anachronisms", "competing_accounts", "dedupe", "lifespans", "same_event_conflicts", "focus",
           "bounds", "grouped", "account", "same_event_clusters"]

"""Statements that cannot all be true.

- anachronism: an event dated after a participant's death or before their birth (dates the texts
  state, "died 19 August 1945", else the figures data file);
- competing_accounts: one fate told several ways ("vanished" / "other theories hold that he was
  captured ... or killed"), or two texts giving different deaths;
- date_conflict / number_conflict / place_conflict: the same event with incompatible dates, numbers
  or places;
- narrative_date (narrative.py): a date far outside the period its passage is set in.
"""
from __future__ import annotations

from typing import Callable

from ..disjoint import DisjointSets
from ..events.dates import bounds, compatible, show
from ..events.lexicon import cues, lexicon
from ..model import Conflict, EvidenceSpan
from .records import Record

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
        for key in r.roles.get("patient", set()) | r.roles.get("agent", set()):
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
    lex = lexicon()
    out = []
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
                who = _who(r, key)
                where = "as the texts state" if src is not None else "per the figures data file"
                msg = (f"{who}: '{_label(r)}' is dated {show(r.time_value())}, "
                       f"{'after' if late else 'before'} {who} {'died' if late else 'was born'} "
                       f"({show(value)}, {where})")
                ev = [focus(r)]
                if src is not None:
                    ev.append(focus(src))
                out.append(Conflict("anachronism", msg, ev))
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
    lex = lexicon()
    fate = [r for r in records if r.type in lex.fate_types and r.event.certainty != "negated"]
    seen: set[frozenset] = set()
    out = []
    by_key: dict[str, list[Record]] = {}  # blocking: only records sharing a key are compared
    for o in fate:
        for key in _fate_keys(o):
            by_key.setdefault(key, []).append(o)
    for r in fate:
        for key in sorted(_fate_keys(r)):
            group = [o for o in by_key[key] if o is r or _near(o, r)]
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
            who = _who(r, key)
            msg = f"competing accounts of what happened to {who}: " + " / ".join(
                f"{_label(o)}{' (' + o.event.certainty + ')' if o.event.certainty != 'asserted' else ''}"
                for o in group)
            out.append(Conflict("competing_accounts", msg, [focus(o) for o in group]))
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


def _close_dates(a: Record, b: Record) -> bool:
    gap = day_gap(a.stated, b.stated)
    return gap is not None and gap <= span_days(a.type)


def same_event(a: Record, b: Record) -> bool:
    if a.type != b.type or a is b:
        return False
    shared = a.keys & b.keys
    if not shared and not (a.place and a.place == b.place and _close_dates(a, b)):
        return False
    people = a.type in lexicon().population_types and (a.roles.get("patient", set()) & b.roles.get("patient", set()))
    for role in ("agent", "patient"):
        ra, rb = a.roles.get(role, set()), b.roles.get(role, set())
        if ra and rb and not (ra & rb) and not (role == "agent" and people):
            return False  # (one people deported: the decree's authors and the NKVD chief are both agents)
    if a.place and b.place and a.place != b.place and not (a.type in lexicon().once_only) and not people:
        return False  # (one people deported: "Kazakhstan" and "Central Asia" name one destination)
    if a.type in lexicon().once_only and (a.roles.get("patient", set()) & b.roles.get("patient", set())):
        return True
    if a.place and a.place == b.place:
        return True
    if {_unit(n) for n in a.event.numbers if _unit(n)} & {_unit(n) for n in b.event.numbers if _unit(n)}:
        return True
    if _close_dates(a, b) and a.source != b.source:
        return True  # one actor, one kind of event, a few days apart in two texts
    return len(shared) >= 2


def _noun(n: dict) -> str:
    w = (n.get("of") or "").lower()
    return w[:-1] if w.endswith("s") else w


def _unit(n: dict) -> str | None:
    return n.get("unit") or ((n.get("of") or "").lower() or None)  # "200,000 Koreans": counted as Koreans


def number_range(n: dict) -> tuple[float, float]:
    """The values a stated figure allows: exact figures themselves; "about", "some", "roughly" half
    a unit of the last significant digit either side ("about 175,000": 174,500-175,500; "some
    180,000": 175,000-185,000); "more than" / "as many as" one side open."""
    v = float(n["value"])
    q = n.get("qualifier")
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
        return v - unit / 2, v + unit / 2
    return v, v


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
    """One conflict per event whose accounts give figures that cannot all hold, beyond the
    approximations the texts themselves state."""
    out = []
    for group in groups:
        by_unit: dict[str, list[tuple[Record, dict]]] = {}
        for r in group:
            for n in r.event.numbers:
                u = _unit(n)
                if u and not any(x is r and float(m["value"]) == float(n["value"]) for x, m in by_unit.get(u, [])):
                    by_unit.setdefault(u, []).append((r, n))
        for unit, figs in by_unit.items():
            if len({r.source for r, _ in figs}) < 2 and len({id(r) for r, _ in figs}) < 2:
                continue
            clashes = []
            for i, (ra, na) in enumerate(figs):
                for rb, nb in figs[i + 1:]:
                    if ra is rb:
                        continue
                    lo_a, hi_a = number_range(na)
                    lo_b, hi_b = number_range(nb)
                    if hi_a < lo_b or hi_b < lo_a:
                        clashes.append((na["text"], nb["text"]))
            if not clashes:
                continue
            r0 = figs[0][0]
            figures = "; ".join(_figure(r, n, name_of) for r, n in figs)
            why = ", ".join(f"{a} vs {b}" for a, b in clashes)
            out.append(Conflict(
                "number_conflict",
                f"the {r0.type} ({_label(r0)}) is counted differently: {figures} - beyond their stated "
                f"approximations: {why}",
                [_number_span(r, n) for r, n in figs]))
    return out


def _explained(a: Record, b: Record, records: list[Record]) -> Record | None:
    """A record of b's text (``records``: those of that text) that gives the same event a's date ("some
    books date the entry to 8 August, others to 9 August"): the text knows both datings."""
    for o in records:
        if o.source == b.source and o is not b and o.type == b.type and o.stated and \
                compatible(o.stated, a.stated) and (o.keys & b.keys):
            return o
    return None


def _candidate_pairs(group: list[Record]) -> list[tuple[int, int]]:
    """Index pairs (i < k) of one type's records that may be one event: ``same_event`` needs a shared
    participant key or place, so pairs are drawn from those blocks only, never from all pairs."""
    blocks: dict[str, list[int]] = {}
    for i, r in enumerate(group):
        for key in r.keys:
            blocks.setdefault(key, []).append(i)
        if r.place:
            blocks.setdefault("\0place:" + r.place, []).append(i)
    pairs = {(i, k) for idxs in blocks.values() for n, i in enumerate(idxs) for k in idxs[n + 1:]}
    return sorted(pairs)


def same_event_conflicts(records: list[Record], name_of=None) -> list[Conflict]:
    """Date, number and place conflicts between accounts of one event.

    Dates: two stated dates of one event that cannot both hold are a ``date_conflict``; when they
    lie at most ``minor_gap_days`` apart (day-precision dates: "8 August" / "9 August"), the
    difference is a ``date_discrepancy``, which the reader should see but which is usually a clock or
    a definition (the ceasefire agreed / in force), and the message says when one text itself gives
    both dates. A date for the end of an event ("the fighting, which ended on 10 August") is
    ON_OR_BEFORE that day and so fits every earlier date of it."""
    name_of = name_of or (lambda r, key: r.names.get(key, key))
    by_type: dict[str, list[Record]] = {}
    for r in records:
        if r.event.certainty != "negated":
            by_type.setdefault(r.type, []).append(r)
    out = []
    minor = int(cues()["minor_gap_days"])
    by_source: dict[str, list[Record]] = {}
    for r in records:
        by_source.setdefault(r.source, []).append(r)
    for group in by_type.values():
        sets = DisjointSets(len(group))
        for i, k in _candidate_pairs(group):
            a, b = group[i], group[k]
            if not same_event(a, b):
                continue
            sets.union(i, k)
            what = f"{_label(a)} / {_label(b)}"
            gap = day_gap(a.stated, b.stated)
            unsure = a.event.certainty in _UNSURE or b.event.certainty in _UNSURE
            if gap and not unsure and gap <= minor:
                note = ""
                ex = _explained(a, b, by_source[b.source]) or _explained(b, a, by_source[a.source])
                if ex is not None:
                    note = f"; {ex.source} itself gives both dates"
                out.append(Conflict(
                    "date_discrepancy",
                    f"the same {a.type} is dated {show(a.time_value())} ({a.source}) and "
                    f"{show(b.time_value())} ({b.source}), {gap} day apart{note} ({what})",
                    [focus(a), focus(b)] + ([focus(ex)] if ex is not None else [])))
            elif gap and gap > max(minor, span_days(a.type)):
                out.append(Conflict(
                    "date_conflict",
                    f"the same {a.type} is dated {show(a.time_value())} and {show(b.time_value())} ({what})",
                    [focus(a), focus(b)]))
            if a.place and b.place and a.place != b.place and a.type in lexicon().once_only:
                out.append(Conflict(
                    "place_conflict",
                    f"the same {a.type} is placed in {a.names.get(a.place, a.place)} and "
                    f"{b.names.get(b.place, b.place)} ({what})",
                    [focus(a), focus(b)]))
        clusters: dict[int, list[Record]] = {}
        for i, r in enumerate(group):
            clusters.setdefault(sets.find(i), []).append(r)
        out += number_conflicts([c for c in clusters.values() if len(c) > 1], name_of)
    return out


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
           "bounds"]

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

from ..events.dates import bounds, compatible, show
from ..events.lexicon import lexicon
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
    for r in fate:
        for key in sorted(_fate_keys(r)):
            group = [o for o in fate if key in _fate_keys(o) and (o is r or _near(o, r))]
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

def _noun(n: dict) -> str:
    w = (n.get("of") or "").lower()
    return w[:-1] if w.endswith("s") else w


def same_event(a: Record, b: Record) -> bool:
    if a.type != b.type or a is b:
        return False
    shared = a.keys & b.keys
    if not shared:
        return False
    for role in ("agent", "patient"):
        ra, rb = a.roles.get(role, set()), b.roles.get(role, set())
        if ra and rb and not (ra & rb):
            return False
    if a.type in lexicon().once_only and (a.roles.get("patient", set()) & b.roles.get("patient", set())):
        return True
    if a.place and a.place == b.place:
        return True
    if {_noun(n) for n in a.event.numbers if n.get("of")} & {_noun(n) for n in b.event.numbers if n.get("of")}:
        return True
    return len(shared) >= 2


def same_event_conflicts(records: list[Record]) -> list[Conflict]:
    by_type: dict[str, list[Record]] = {}
    for r in records:
        if r.event.certainty != "negated":
            by_type.setdefault(r.type, []).append(r)
    out = []
    for group in by_type.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not same_event(a, b):
                    continue
                what = f"{_label(a)} / {_label(b)}"
                if a.stated and b.stated and not compatible(a.stated, b.stated):
                    out.append(Conflict(
                        "date_conflict",
                        f"the same {a.type} is dated {show(a.time_value())} and {show(b.time_value())} ({what})",
                        [focus(a), focus(b)]))
                for na in a.event.numbers:
                    for nb in b.event.numbers:
                        if not na.get("of") or _noun(na) != _noun(nb):
                            continue
                        va, vb = float(na["value"]), float(nb["value"])
                        if abs(va - vb) > 0.1 * max(va, vb):
                            out.append(Conflict(
                                "number_conflict",
                                f"the same {a.type} counts {na['text']} and {nb['text']} {na['of']} ({what})",
                                [focus(a), focus(b)]))
                if a.place and b.place and a.place != b.place and a.type in lexicon().once_only:
                    out.append(Conflict(
                        "place_conflict",
                        f"the same {a.type} is placed in {a.names.get(a.place, a.place)} and "
                        f"{b.names.get(b.place, b.place)} ({what})",
                        [focus(a), focus(b)]))
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

"""A person's dates in brackets after the name date that person's undated birth and death.

Encyclopedia leads give life dates once, beside the name ("Hernando Ruiz (c. 1490 – 3 May 1551) was ...");
the prose then tells the birth without a date ("Born in Toledo, Ruiz ..."). The bracket's last two dates
joined by a dash are the birth and the death; the date keeps its own span as evidence. Only a bracket right
after a person's name (or the name and a title) and before the lead's "was"/"is" counts: "(1936–1938)"
after an office is a tenure.
"""
from __future__ import annotations

import re

from ..model import Event, Timex
from . import confidence
from .context import DocIndex

_DASH = re.compile(r"\s*[–—-]\s*")
_AFTER_NAME = re.compile(r"(?:,\s[^,.;()\n]{1,80})?\s?\(")  # "Ruiz (", "Ruiz, 1st Count of X ("
_LEAD_VERB = re.compile(r"\)\s+(?:was|is)\b")  # "... (1490 – 1551) was a ...": a lead, not a tenure


def _bracket_end(text: str, start: int, limit: int = 300) -> int | None:
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        elif text[i] == "\n":
            return None
    return None


def life_dates(idx: DocIndex) -> dict[str, tuple[Timex, Timex]]:
    """entity id -> (birth date, death date) for each person whose name is followed by a life-dates bracket.
    A name that the entity stage read with its title ("Ruiz, 1st Count of Elda") also gives the dates to the
    entity named by the part before the comma; the article's lead (its first such bracket) also to the
    bare surname, by which an encyclopedia article calls its subject ("Born in Toledo, Ruiz ...")."""
    text = idx.text
    dates = sorted((t for t in idx.ad.timexes if t.type == "DATE" and not t.bibliographic), key=lambda t: t.start)
    out: dict[str, tuple[Timex, Timex]] = {}
    for m in idx.person_mentions:
        head = _AFTER_NAME.match(text, m.end)
        if m.entity in out or head is None:
            continue
        open_at = head.end() - 1
        close = _bracket_end(text, open_at)
        if close is None or not _LEAD_VERB.match(text, close):
            continue
        inside = [t for t in dates if open_at < t.start and t.end <= close]
        if len(inside) < 2:
            continue
        born, died = inside[-2], inside[-1]
        if _DASH.fullmatch(text[born.end:died.start]) and not text[died.end:close].strip():
            lead = not out
            out[m.entity] = (born, died)
            bare = m.text.split(",")[0].strip()
            names = {bare.lower()} | ({bare.split()[-1].lower()} if lead else set())
            for e in idx.entities.values():
                if e.label == "PERSON" and e.name.lower() in names:
                    out.setdefault(e.id, (born, died))
    return out


def date_from_life(events: list[Event], idx: DocIndex) -> None:
    """Give an undated birth or death of a person with life dates in brackets the bracket's date."""
    wanted = [e for e in events if e.type in ("birth", "death") and e.time is None]
    if not wanted:
        return
    lives = life_dates(idx)
    for ev in wanted:
        who = [p.entity for p in ev.participants if p.role == "patient" and p.entity in lives]
        if len(who) != 1:
            continue
        t = lives[who[0]][0 if ev.type == "birth" else 1]
        ev.time = {"value": t.value, "mod": t.mod, "inherited": False, "life_dates": True,
                   "timex": {"start": t.start, "end": t.end}}
        ev.confidence = confidence.estimate(confidence.features(ev))

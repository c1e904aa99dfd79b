"""The corpus timeline as TimelineJS3 JSON, each date at the precision the text gave it.

A month gives year and month only (TimelineJS then shows a month); a decade ("193") spans 1930 to
1939 and reads "1930s"; a qualified date ("about 1938") says so in its display date. Entries without
a calendar date (durations, "PRESENT_REF") cannot be placed and are left out. Slide text is HTML:
every string taken from a document is escaped.
"""
from __future__ import annotations

import json
import re
from html import escape
from typing import Any

from ..model import AnnotatedDocument, CorpusTables
from ..time.values import display_edtf, is_point
from .common import PLACE_LABELS, DateRange, date_range, entity_index, events

MOD_WORDS = {"APPROX": "c. {}", "BEFORE": "before {}", "AFTER": "after {}", "ON_OR_BEFORE": "by {}",
             "ON_OR_AFTER": "from {}", "START": "early {}", "MID": "mid-{}", "END": "late {}",
             "LESS_THAN": "less than {}", "MORE_THAN": "more than {}", "EQUAL_OR_LESS": "at most {}",
             "EQUAL_OR_MORE": "at least {}"}
SPANNING = ("decade", "century", "season", "quarter", "half", "week")


def tl_date(r: DateRange, end: bool = False) -> dict[str, Any]:
    """A TimelineJS date object with only the parts the value states."""
    day = r.end if end else r.start
    out: dict[str, Any] = {"year": day.year}
    if r.precision in ("decade", "century"):
        return out
    if r.precision != "year":
        out["month"] = day.month
    if r.precision in ("day", "hour", "minute", "week"):
        out["day"] = day.day
    if r.hour is not None and not end:
        out["hour"] = r.hour
        if r.minute is not None:
            out["minute"] = r.minute
    return out


def slide(v, r: DateRange, names: dict[str, str], places: set[str]) -> dict[str, Any]:
    t = v.entry
    display = r.display
    if t.mod in MOD_WORDS:
        display = MOD_WORDS[t.mod].format(display)
    parts = [f"<p><b>{escape(t.type)}</b> · {escape(t.certainty)}</p>"]
    people = [names[e] for e in v.entity_ids if e in names and e not in places]
    people += [x.label for x in getattr(v, "described", []) if x.label not in people]  # "the rebels"
    people = people or list(t.participants)
    if people:
        parts.append("<p>Participants: " + escape(", ".join(people)) + "</p>")
    place = names.get(v.place or "", t.place)
    if place:
        parts.append("<p>Place: " + escape(place) + "</p>")
    for s in t.sources:
        parts.append(f"<blockquote>{escape(s.text)}</blockquote>"
                     f"<p><small>{escape(s.source)}, characters {s.start}–{s.end}{' (told again)' if s.retold else ''}"
                     "</small></p>")
    out: dict[str, Any] = {
        "start_date": tl_date(r),
        "text": {"headline": escape(t.summary or t.type), "text": "".join(parts)},
        "group": t.type,
        "unique_id": re.sub(r"[^A-Za-z0-9_-]", "_", t.id),
    }
    dates = getattr(v, "dates", None) or {}
    if r.precision in SPANNING:
        out["end_date"] = tl_date(r, end=True)
    if r.precision in SPANNING or t.mod in MOD_WORDS:
        out["display_date"] = display
    edtf = dates.get("edtf")
    if edtf and not is_point(edtf):  # a range, "c.", "?", an open end: say so, and span what is known
        out["display_date"] = display_edtf(edtf, t.date, t.mod)
        lo, hi = dates.get("earliest"), dates.get("latest")
        if "/" in edtf and lo and hi and lo != hi:
            out["start_date"] = _day_date(lo)
            out["end_date"] = _day_date(hi)
    return out


def _day_date(iso: str) -> dict[str, Any]:
    y, m, d = (int(x) for x in iso.split("-"))
    return {"year": y, "month": m, "day": d}


def timeline(tables: CorpusTables, docs: list[AnnotatedDocument]) -> dict[str, Any]:
    index = entity_index(tables, docs)
    names = {e.id: e.name for e in index.entities}
    places = {e.id for e in index.entities if e.label in PLACE_LABELS}
    slides, used = [], set()
    for v in events(tables, docs, index):
        r = date_range(v.entry.date)
        if r:
            s = slide(v, r, names, places)
            while s["unique_id"] in used:  # ids that differ only in characters TimelineJS cannot use
                s["unique_id"] += "_"
            used.add(s["unique_id"])
            slides.append((r.start, s))
    slides.sort(key=lambda x: x[0])
    return {
        "title": {"text": {"headline": "historiograph timeline",
                           "text": f"<p>{len(slides)} dated events from {len(docs)} documents</p>"}},
        "events": [s for _, s in slides],
    }


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    return json.dumps(timeline(tables, docs), ensure_ascii=False, indent=1)

"""Small pieces of HTML that pages repeat many times, built in Python (template globals).

A Jinja macro call costs tens of microseconds; an entity page calls the timeline entry (and within it
the evidence, certainty and provenance pieces) hundreds of times. These functions write what the macros
wrote, every value through `esc` (markupsafe's escaping), printing values as Jinja does (None as "None",
a missing key as nothing).
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .highlight import esc

_MISSING = object()


def _v(d: dict[str, Any], key: str) -> str:
    """``{{ d.key }}``: the escaped value, nothing for a missing key."""
    value = d.get(key, _MISSING)
    return "" if value is _MISSING else esc(value if type(value) is str else str(value))


def _either(d: dict[str, Any], a: str, b: str) -> str:
    """``{{ d.a or d.b }}``."""
    return _v(d, a) if d.get(a) else _v(d, b)


def _join(values: Any, sep: str) -> str:
    return sep.join(esc(v if type(v) is str else str(v)) for v in values or [])


def cert(c: Any) -> Markup:
    c = esc(str(c))
    return Markup(f'<span class="badge cert cert-{c}" title="certainty: {c}">{c}</span>')


def provenance(p: dict[str, Any] | None) -> Markup:
    """Who changed or confirmed a fact (corrections); nothing for the machine's own."""
    if not p or p.get("by") != "person":
        return Markup("")
    changes = "; ".join(f"{_v(ch, 'kind')} by {_v(ch, 'author')} {_v(ch, 'time')}" for ch in p.get("changes") or [])
    word = "confirmed" if p.get("verdict") == "confirmed" else "corrected"
    return Markup(f' <span class="prov" title="{changes}">{word} by {_join(p.get("authors"), ", ")}</span>')


def evidence(e: dict[str, Any], show_doc: bool = True) -> Markup:
    doc = f'<span class="ev-doc">{_either(e, "title", "key")}</span> ' if show_doc else ""
    text = _v(e, "text") if e.get("text") else esc(f"characters {e.get('start', '')}–{e.get('end', '')}")
    return Markup(f'<a class="evidence" href="{_v(e, "url")}">{doc}<q>{text}</q></a>')


INFERRED = ('<span class="tl-inferred" title="no date is stated for this event; it is taken from the narrative '
            'around it">from the narrative</span>')


def timeline_entry(t: dict[str, Any]) -> Markup:
    """One entry of a timeline list: date, type, certainty, headline, who and where, its evidence."""
    rng = t.get("range")
    when = f'datetime="{_v(rng, "start")}"' if rng else ""
    out = [f'<li class="tl-entry {_join(t.get("classes"), " ")}" id="ev-{_v(t, "id")}">\n  <div class="tl-head">\n'
           f'    <time {when} class="tl-date">{_v(t, "date_label")}</time>{INFERRED if t.get("inferred") else ""}\n'
           f'    <span class="badge type">{_v(t, "type")}</span>\n    {cert(t.get("certainty", ""))}\n  </div>\n'
           f'  <div class="tl-summary">{_either(t, "headline", "summary")}{provenance(t.get("provenance"))}</div>\n']
    if t.get("participants") or t.get("place"):
        who = _join(t["participants"], ", ") if t.get("participants") else ""
        where = f' <span class="tl-place">at {_v(t, "place")}</span>' if t.get("place") else ""
        out.append(f'  <div class="tl-who">{who}{where}</div>\n')
    out.append('  <ul class="sources">\n')
    for s in t.get("sources") or []:
        cites = f' <span class="cites">cites {_join(s["citations"], ", ")}</span>' if s.get("citations") else ""
        again = ' <span class="retold" title="the same event told again">told again</span>' if s.get("retold") else ""
        out.append(f"    <li>{evidence(s)}{again}{cites}</li>\n")
    out.append("  </ul>\n</li>")
    return Markup("".join(out))


GLOBALS = {"inferred_mark": Markup(INFERRED), "cert": cert, "provenance": provenance, "evidence": evidence, "timeline_entry": timeline_entry}

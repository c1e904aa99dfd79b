"""The text of a document page as HTML: names by kind linking to their corpus entity, dates showing their
normalised value, footnote markers opening their parsed reference, event triggers, issues and the
zones of the page (references, debris), all from the data of `views.document_page`."""
from __future__ import annotations

from typing import Any, Callable

from markupsafe import Markup

from .highlight import Mark, esc, render, tag

# nesting order, outer to inner
ZONE, ANCHOR, ISSUE, MENTION, TIMEX, TRIGGER = range(6)


def _mention(m: dict[str, Any], names: dict[str, str]) -> Mark:
    name = names.get(m.get("entity") or "", "")
    title = f"{m.get('label')}: {name}" if name and name != m.get("text") else str(m.get("label"))
    cls = f"m k-{m['kind']} l-{m.get('label')}"
    if (m.get("provenance") or {}).get("by") == "person":  # added or moved by a person's correction
        cls += " by-person"
        title += " · corrected by " + ", ".join(m["provenance"].get("authors", []))
    if m.get("url"):
        o, c = tag("a", class_=cls, href=m["url"], title=title, data_entity=m.get("corpus_entity"))
        plain = tag("span", class_=cls, title=title)
        return Mark(m["start"], m["end"], MENTION, o, c, anchor=f"c{m['start']}-{m['end']}", is_link=True,
                    plain=plain)
    o, c = tag("span", class_=cls + " unlinked", title=title)
    return Mark(m["start"], m["end"], MENTION, o, c, anchor=f"c{m['start']}-{m['end']}")


def _timex(t: dict[str, Any]) -> Mark:
    value = t.get("value") or ""
    shown = value + (f" ({t['mod']})" if t.get("mod") else "")
    if t.get("anchored"):  # "three days later": the length (P3D) and the day it leads to
        shown += f" → {t['anchored']}"
    cls = "t" + (" t-bib" if t.get("bibliographic") else "") + f" tt-{t.get('type', 'DATE')}"
    o, c = tag("span", class_=cls, title=f"{t.get('type')} {shown}", data_value=shown, tabindex="0")
    return Mark(t["start"], t["end"], TIMEX, o, c, anchor=f"c{t['start']}-{t['end']}")


def _trigger(v: dict[str, Any]) -> Mark | None:
    trig = v.get("trigger") or {}
    if "start" not in trig:
        return None
    title = f"event {v.get('type')} ({v.get('certainty')})" + (f", {v['time_label']}" if v.get("time_label") else "")
    o, c = tag("span", class_=f"trig cert-{v.get('certainty')}", title=title, data_event=v["id"])
    return Mark(trig["start"], trig["end"], TRIGGER, o, c, anchor=f"c{trig['start']}-{trig['end']}")


def _footnote(cit: dict[str, Any], ref: dict[str, Any] | None) -> Callable[[Markup], Markup]:
    """A marker that opens (a <details>) its reference: the text of the entry and its CSL fields. Built
    as a str with every value through `esc` (Markup.format costs more than the rest of a page's marks)."""
    inner = []
    if ref is None:
        inner.append('<span class="fn-none">no reference found for this marker</span>')
    else:
        inner.append(f'<span class="fn-ref">{esc(str(ref.get("text") or ""))}</span>')
        if ref.get("fields"):
            inner.append('<span class="csl">')
            for f in ref["fields"]:
                value = esc(str(f["value"]))
                if f.get("href"):
                    value = f'<a href="{esc(str(f["href"]))}" rel="noreferrer noopener">{value}</a>'
                inner.append(f'<span class="csl-f csl-{esc(str(f["field"]))}"><span class="csl-l">'
                             f'{esc(str(f["label"]))}</span> {value}</span>')
            inner.append("</span>")
        inner.append(f'<a class="fn-go" href="#{esc(str(ref["target"]))}">in the reference list</a>')
        if cit.get("page"):
            inner.append(f'<span class="csl-f"><span class="csl-l">cited page</span> {esc(str(cit["page"]))}</span>')
    pop = '<span class="fn-pop" role="note">' + "".join(inner) + "</span>"
    anchor = f"c{cit['start']}-{cit['end']}"
    label = f"reference {ref.get('label') or ref['id']}" if ref else "unresolved reference"
    head = f'<details class="fn{"" if ref else " fn-unresolved"}" id="{esc(anchor)}"><summary title="{esc(label)}">'
    tail = "</summary>" + pop + "</details>"

    def wrap(text_html: Markup) -> Markup:
        return Markup(head + str(text_html) + tail)

    return wrap


def text_html(page: dict[str, Any]) -> Markup:
    text = page["text"]
    names = {e["id"]: e.get("name", "") for e in page["entities"]}
    marks: list[Mark] = []
    for z in page.get("zones", []):
        if z.get("kind") and z["kind"] != "body":
            o, c = tag("span", class_=f"zone z-{z['kind']}")
            marks.append(Mark(z["start"], z["end"], ZONE, o, c))
    anchors = {(v["sentence"]["start"], v["sentence"]["end"]) for v in page["events"] if v.get("sentence")}
    anchors |= {tuple(s) for ev in page.get("corpus_evidence", []) for s in ev["spans"]}
    anchors |= {(r["start"], r["end"]) for r in page["references"] if r.get("end", 0) > r.get("start", 0)}
    ref_anchor = {(r["start"], r["end"]): r["anchor"] for r in page["references"] if r.get("end", 0) > r.get("start", 0)}
    for s, e in sorted(anchors):
        o, c = tag("span", class_="span-anchor")
        marks.append(Mark(s, e, ANCHOR, o, c, anchor=f"c{s}-{e}"))
        if (s, e) in ref_anchor:  # the reference entry itself: target of the footnotes' "in the list"
            o, c = tag("span", class_="ref-entry")
            marks.append(Mark(s, e, ANCHOR, o, c, anchor=ref_anchor[(s, e)]))
    for i in page.get("issues", []):
        o, c = tag("span", class_=f"iss iss-{i.get('kind')}", title=f"{i.get('kind')}: {i.get('message')}")
        marks.append(Mark(i["start"], i["end"], ISSUE, o, c))
    marks += [_mention(m, names) for m in page["mentions"]]
    marks += [_timex(t) for t in page["timexes"]]
    marks += [m for m in (_trigger(v) for v in page["events"]) if m]
    refs = {r["id"]: r for r in page["references"]}
    atoms = [(c["start"], c["end"], _footnote(c, refs.get(c.get("reference") or ""))) for c in page["citations"]]
    return render(text, marks, atoms)

"""Score the events stage against the gold events of the sample texts (../shared/gold/seeds.json).

A gold event is matched by a predicted one of the same type whose time agrees (when gold has one),
that shares at least one gold participant, and whose trigger lies in the sentence of the gold
evidence span (gold/README.md). Gold participant ids are mapped to predicted entities through mention
overlap. "Time agrees" is reported two ways: strict (same TIMEX3 value) and compatible (one value
contains the other: 1945-08-09 within 1945-08); the headline figure uses compatible.

    .venv/bin/python bench/events_eval.py            # the full pipeline
    .venv/bin/python bench/events_eval.py --oracle   # gold mentions, entities, timexes, citations
                                                     # as input: the events stage alone
Prints recall and precision, then every unmatched gold event and every extra predicted event, so
that the extras can be judged by hand.

    .venv/bin/python bench/events_eval.py --examples [DIR]   # hand review of the examples corpus

The examples corpus (examples/) has no gold. ``--examples`` prints, per document, every event with
its trigger, type, participants, time (``~`` inherited from the narrative, ``!`` a year the time
stage took from an aside, with the value it gave), place, certainty, numbers and sentence; then the
corpus timeline entries told by several documents, and the conflicts. Judge each event by hand: it is
RIGHT when the text tells that this event happened (or is said to have happened) with the type, at
least one participant or place right and no participant wrong, and a time that is right or marked
inherited; PARTLY when the event is real but an argument or the time is wrong or missing; WRONG when
no such event is told (a spelling, a plan, a count of losses, a generic mention).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"

from historiograph import annotate  # noqa: E402
from historiograph.events.dates import bounds, compatible  # noqa: E402
from historiograph.model import AnnotatedDocument, Citation, Entity, Mention, Timex  # noqa: E402


def oracle(path: Path, gold_doc: dict) -> AnnotatedDocument:
    """The pipeline with gold mentions, entities, timexes and citations in place of the stages'."""
    from historiograph import ingest
    from historiograph.pipeline import Options, _stages

    options = Options()
    ad = AnnotatedDocument(document=ingest.read(path))
    ents = [Entity(id=k, name=v["name"], label=v["label"]) for k, v in gold_doc["entities"].items()]
    mentions = [Mention(m["start"], m["end"], m["text"], m["label"], m["entity"]) for m in gold_doc["mentions"]]
    timexes = [Timex(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod")) for t in gold_doc["timexes"]]
    cites = [Citation(c["start"], c["end"], c["text"], c.get("reference")) for c in gold_doc.get("citations", [])]
    for name, stage in _stages():
        if name == "sources":
            ad = ad.with_(**stage(ad, options))
            ad = ad.with_(citations=cites)
        elif name == "time":
            ad = ad.with_(timexes=timexes)
        elif name == "entities":
            ad = ad.with_(mentions=mentions, entities=ents)
        else:
            ad = ad.with_(**stage(ad, options))
    return ad


def gold_to_predicted(ad: AnnotatedDocument, gold_doc: dict) -> dict[str, set[str]]:
    """gold entity id -> predicted entity ids (and names) that its mentions overlap."""
    out: dict[str, set[str]] = {}
    for gm in gold_doc["mentions"]:
        for pm in ad.mentions:
            if pm.entity and pm.start < gm["end"] and gm["start"] < pm.end:
                out.setdefault(gm["entity"], set()).add(pm.entity)
    for gid, g in gold_doc["entities"].items():
        out.setdefault(gid, set()).add("name:" + g["name"].lower())
        for e in ad.entities:
            if e.name.lower() == g["name"].lower():
                out[gid].add(e.id)
    return out


def participant_keys(ad: AnnotatedDocument, ev) -> set[str]:
    keys = set()
    for p in ev.participants:
        if p.entity:
            keys.add(p.entity)
            e = ad.entity(p.entity)
            if e is not None:
                keys.add("name:" + e.name.lower())
        if p.name:
            keys.add("name:" + p.name.lower())
    return keys


def sentence_of(ad: AnnotatedDocument, offset: int) -> tuple[int, int]:
    for s in ad.sentences:
        if s.start <= offset < s.end:
            return s.start, s.end
    return offset, offset + 1


def time_agrees(gold_value, ev, strict: bool) -> bool:
    if not gold_value:
        return True
    if not ev.time:
        return False
    if strict:
        return ev.time["value"] == gold_value
    return compatible(bounds(gold_value), bounds(ev.time["value"])) and (
        ev.time["value"].startswith(gold_value) or gold_value.startswith(ev.time["value"]))


def score(docs: dict[str, AnnotatedDocument], gold: dict, strict: bool):
    matched_gold, matched_pred, rows = 0, set(), []
    total_gold = total_pred = 0
    for name, ad in docs.items():
        gdoc = gold["documents"][name]
        mapping = gold_to_predicted(ad, gdoc)
        total_pred += len(ad.events)
        for g in gdoc["events"]:
            total_gold += 1
            s0, s1 = sentence_of(ad, g["evidence_span"][0])
            gparts = set()
            for role in ("agent", "patient", "recipient"):
                for gid in g.get(role) or []:
                    gparts |= mapping.get(gid, set())
            hit = None
            for ev in ad.events:
                if (name, ev.id) in matched_pred or ev.type != g["type"]:
                    continue
                if not (s0 <= ev.trigger["start"] < s1):
                    continue
                if not time_agrees(g.get("time"), ev, strict):
                    continue
                if gparts and not (participant_keys(ad, ev) & gparts):
                    continue
                hit = ev
                break
            if hit is not None:
                matched_gold += 1
                matched_pred.add((name, hit.id))
            rows.append((name, g, hit))
    return matched_gold, total_gold, matched_pred, total_pred, rows


def describe(ad: AnnotatedDocument, ev) -> str:
    parts = []
    for p in ev.participants:
        e = ad.entity(p.entity) if p.entity else None
        parts.append(f"{p.role}={e.name if e else (p.name or p.entity)}")
    place = ad.entity(ev.place).name if ev.place and ad.entity(ev.place) else ev.place
    t = ev.time or {}
    tv = f"{t.get('value')}{'~' if t.get('inherited') else ''}{'/' + t['mod'] if t.get('mod') else ''}" if t else "-"
    sent = ad.text[ev.sentence["start"]:ev.sentence["end"]].replace("\n", " ")
    i = ev.trigger["start"] - ev.sentence["start"]
    snippet = sent[max(0, i - 50):i + 70]
    return (f"{ev.id} {ev.type:22} [{ev.trigger['text']}] t={tv} {' '.join(parts)}"
            f"{' @' + str(place) if place else ''} {ev.certainty}"
            f"{' by ' + ev.attributed_to if ev.attributed_to else ''}\n      …{snippet}…")


def review_examples(folder: Path) -> None:
    """Events per document, multi-source timeline entries and conflicts, for judging by hand."""
    from historiograph.corpus import build_corpus
    from historiograph.events.dates import show

    t0 = time.perf_counter()
    docs, words = [], 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".txt", ".md", ".html", ".htm"):
            continue
        ad = annotate(path)
        docs.append(ad)
        words += ad.document.words
    elapsed = time.perf_counter() - t0
    total = sum(len(ad.events) for ad in docs)
    print(f"examples: {len(docs)} documents, {words} words, {total} events, {elapsed:.1f}s "
          f"({words / max(elapsed, 1e-9):.0f} words/s, whole pipeline)")
    for ad in docs:
        print(f"\n=== {Path(ad.document.source).name}: {len(ad.events)} events")
        for ev in ad.events:
            t = ev.time or {}
            line = describe(ad, ev)
            if t.get("anchor_suspect"):
                line = line.replace(" t=", f" t(!{t['anchor_suspect']})=", 1)
            if ev.numbers:
                figs = ", ".join(f"{(n.get('qualifier') + ' ') if n.get('qualifier') else ''}{n['text']} "
                                 f"{n.get('unit') or n.get('of') or ''}".strip() for n in ev.numbers)
                line = line.replace("\n", f" numbers: {figs}\n", 1)
            print("  " + line)
    tables = build_corpus(docs)
    print("\n=== timeline entries told by several documents")
    for e in tables.timeline:
        if len({s.source for s in e.sources}) > 1:
            print(f"  {show(e.date):22} {e.type:12} {e.summary}  <- "
                  + ", ".join(sorted({Path(s.source).name for s in e.sources})))
    print(f"\n=== conflicts ({len(tables.conflicts)})")
    for c in tables.conflicts:
        print(f"  {c.kind}: {c.message}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", nargs="?", const=str(REPO / "examples"), default=None,
                    help="print the events of the examples corpus per document for hand review")
    ap.add_argument("--oracle", action="store_true", help="gold entities/timexes/citations as input")
    ap.add_argument("--gold", default=str(SHARED / "gold" / "seeds.json"))
    ap.add_argument("--seeds", default=str(SHARED / "seeds"))
    args = ap.parse_args()
    if args.examples:
        review_examples(Path(args.examples))
        return
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    docs = {}
    words = 0
    for path in sorted(Path(args.seeds).glob("*.txt")):
        if path.name not in gold["documents"]:
            continue
        docs[path.name] = oracle(path, gold["documents"][path.name]) if args.oracle else annotate(path)
        words += docs[path.name].document.words
    elapsed = time.perf_counter() - t0
    print(f"mode: {'oracle (gold upstream)' if args.oracle else 'full pipeline'}; "
          f"{len(docs)} documents, {words} words, {elapsed:.1f}s")
    for strict in (False, True):
        mg, tg, mp, tp, rows = score(docs, gold, strict)
        label = "strict time" if strict else "compatible time"
        print(f"[{label}] recall {mg}/{tg} = {mg / max(tg, 1):.2f}   "
              f"precision {len(mp)}/{tp} = {len(mp) / max(tp, 1):.2f}")
    mg, tg, mp, tp, rows = score(docs, gold, False)
    print("\nunmatched gold events:")
    for name, g, hit in rows:
        if hit is None:
            print(f"  {name[:3]} {g['type']:22} t={g.get('time')} {g.get('agent')} {g.get('patient')}: {g['evidence']}")
    print("\nextra predicted events (judge by hand):")
    for name, ad in docs.items():
        for ev in ad.events:
            if (name, ev.id) not in mp:
                print(f"  {name[:3]} {describe(ad, ev)}")
    print("\nmatched:")
    for name, ad in docs.items():
        for ev in ad.events:
            if (name, ev.id) in mp:
                print(f"  {name[:3]} {describe(ad, ev)}")


if __name__ == "__main__":
    main()

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
    .venv/bin/python bench/events_eval.py --dev      # narrative-dev + sample texts, the issue's figures

``--dev`` scores ../shared/data/narrative-dev/gold.json as its README says (type or an alt_type,
trigger in the gold evidence's sentence, one gold participant sharing a name either way; precision over
predictions in prose_spans; optional gold events neither gain nor lose) and the sample texts with
../shared/gold/seeds.json the same way; then date and certainty accuracy on matched events, a
calibration table (confidence bins against observed precision) and the ten commonest kinds of error.

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

from historiograph import annotate_file as annotate  # noqa: E402
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


PRONOUNS = frozenset("he him his she her hers they them their it its we us our i me my".split())


def entity_names(ad: AnnotatedDocument, eid: str) -> set[str]:
    """An entity's names: its name and its mention texts in the document (pronouns ignored)."""
    names = set()
    e = ad.entity(eid)
    if e is not None:
        names.add(e.name.lower())
    for m in ad.mentions:
        if m.entity == eid and m.text.lower() not in PRONOUNS:
            names.add(m.text.lower())
    return names


def predicted_names(ad: AnnotatedDocument, ev) -> set[str]:
    out = set()
    for p in ev.participants:
        if p.entity:
            out |= entity_names(ad, p.entity)
        if p.name and p.name.lower() not in PRONOUNS:
            out.add(p.name.lower())
    return {n for n in out if n}


def gold_names(gdoc: dict, g: dict) -> set[str]:
    out = set()
    for role in ("agent", "patient", "recipient"):
        for gid in g.get(role) or []:
            ent = gdoc["entities"].get(gid)
            if ent:
                out.add(ent["name"].lower())
            out |= {m["text"].lower() for m in gdoc["mentions"] if m.get("entity") == gid
                    and m["text"].lower() not in PRONOUNS}
    return out


def names_share(a: set[str], b: set[str]) -> bool:
    return any(x in y or y in x for x in a for y in b)


def gold_sentence(gdoc: dict, ad: AnnotatedDocument, offset: int) -> tuple[int, int]:
    for s0, s1 in gdoc.get("sentences") or []:
        if s0 <= offset < s1:
            return s0, s1
    return sentence_of(ad, offset)


def in_prose(gdoc: dict, offset: int) -> bool:
    spans = gdoc.get("prose_spans")
    return spans is None or any(a <= offset < b for a, b in spans)


def score_dev(docs: dict[str, AnnotatedDocument], golds: dict[str, dict]):
    """Matching of narrative-dev/README.md. Returns per-prediction outcomes and per-gold outcomes."""
    preds, misses = [], []  # preds: (name, ev, outcome, gold or None); outcome in tp/fp/optional/outside
    for name, ad in docs.items():
        gdoc = golds[name]
        taken: set[str] = set()
        gold_hit: dict[int, object] = {}
        # required events before optional ones, and events with participants (the stricter test)
        # before those without, so that a participant-free gold event does not take a prediction
        # that a named one needs
        order = sorted(range(len(gdoc["events"])), key=lambda i: (
            gdoc["events"][i].get("optional", False), not gold_names(gdoc, gdoc["events"][i])))
        for gi in order:
            g = gdoc["events"][gi]
            s0, s1 = gold_sentence(gdoc, ad, g["evidence_span"][0])
            types = {g["type"], *(g.get("alt_types") or [])}
            gn = gold_names(gdoc, g)
            for ev in ad.events:
                if ev.id in taken or ev.type not in types or not (s0 <= ev.trigger["start"] < s1):
                    continue
                if gn and not names_share(gn, predicted_names(ad, ev)):
                    continue
                taken.add(ev.id)
                gold_hit[gi] = ev
                break
        by_ev = {ev.id: gdoc["events"][gi] for gi, ev in gold_hit.items()}
        for ev in ad.events:
            g = by_ev.get(ev.id)
            if g is not None:
                outcome = "optional" if g.get("optional") else "tp"
            else:
                outcome = "fp" if in_prose(gdoc, ev.trigger["start"]) else "outside"
            preds.append((name, ev, outcome, g))
        for gi, g in enumerate(gdoc["events"]):
            if gi not in gold_hit and not g.get("optional"):
                misses.append((name, g))
    return preds, misses


def calibration(preds) -> list[tuple[str, int, float, float]]:
    bins = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    rows = []
    for lo, hi in bins:
        sel = [(ev, o) for _, ev, o, _ in preds if o in ("tp", "fp") and lo <= getattr(ev, "confidence", 1.0) < hi]
        if not sel:
            rows.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", 0, 0.0, 0.0))
            continue
        mean = sum(getattr(ev, "confidence", 1.0) for ev, _ in sel) / len(sel)
        rows.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(sel), mean, sum(o == "tp" for _, o in sel) / len(sel)))
    return rows


def report_dev(docs, golds, label: str, threshold: float | None, verbose: bool) -> dict:
    preds, misses = score_dev(docs, golds)
    shown = [p for p in preds if threshold is None or getattr(p[1], "confidence", 1.0) >= threshold]
    tp = sum(o == "tp" for _, _, o, _ in shown)
    fp = sum(o == "fp" for _, _, o, _ in shown)
    gold_total = sum(not g.get("optional") for d in golds.values() for g in d["events"])
    matched = [(ev, g) for _, ev, o, g in shown if o == "tp"]
    dated = [(ev, g) for ev, g in matched]
    date_ok = sum(((ev.time or {}).get("value") or None) == (g.get("time") or None) for ev, g in dated)
    cert_ok = sum(ev.certainty == g.get("certainty", "asserted") for ev, g in matched)
    thr = "all events" if threshold is None else f"confidence >= {threshold:.2f}"
    p = tp / max(tp + fp, 1)
    r = tp / max(gold_total, 1)
    print(f"[{label}, {thr}] precision {tp}/{tp + fp} = {p:.3f}   recall {tp}/{gold_total} = {r:.3f}   "
          f"date accuracy {date_ok}/{len(dated)} = {date_ok / max(len(dated), 1):.3f}   "
          f"certainty accuracy {cert_ok}/{len(matched)} = {cert_ok / max(len(matched), 1):.3f}")
    role_figures(docs, golds, [(name, ev, g) for name, ev, o, g in shown if o == "tp"])
    if verbose:
        print("  calibration (all prose predictions): bin, n, mean confidence, observed precision")
        for b, n, mean, obs in calibration(preds):
            print(f"    {b}  n={n:3d}  mean={mean:.2f}  precision={obs:.2f}")
    return {"preds": preds, "misses": misses, "shown": shown}


def role_figures(docs, golds, matched, wrong: list | None = None) -> None:
    """Participants by role on matched events: a predicted participant is right when it shares a name
    with a gold participant of its role, in another role when it shares one with a gold participant of
    another role, else not in gold (a described group, "the rebels", is counted apart: the gold lists
    named entities only). A gold participant is found when a predicted one of its role shares a name."""
    right = other = absent = groups = slots = found = 0
    for name, ev, g in matched:
        ad, gdoc = docs[name], golds[name]
        gold = {role: [gold_names(gdoc, {role: [gid]}) for gid in g.get(role) or []]
                for role in ("agent", "patient", "recipient")}
        preds = []
        for p in ev.participants:
            names = (entity_names(ad, p.entity) if p.entity else set()) | (
                {p.name.lower()} if p.name and p.name.lower() not in PRONOUNS else set())
            preds.append((p, {n for n in names if n}))
        for p, names in preds:
            if any(names_share(names, gn) for gn in gold.get(p.role, [])):
                right += 1
            elif any(names_share(names, gn) for gns in gold.values() for gn in gns):
                other += 1
                if wrong is not None:
                    wrong.append((name, ev, p, "in another role"))
            elif not p.entity and getattr(p, "kind", None) in ("group", "office"):
                groups += 1
            else:
                absent += 1
                if wrong is not None:
                    wrong.append((name, ev, p, "not in gold"))
        for role, gns in gold.items():
            for gn in gns:
                slots += 1
                found += any(p.role == role and names_share(names, gn) for p, names in preds)
    named = right + other + absent
    print(f"    participants of matched events: role precision {right}/{named} = {right / max(named, 1):.3f} "
          f"({other} in another role, {absent} not in gold; {groups} described groups unscored)   "
          f"role recall {found}/{slots} = {found / max(slots, 1):.3f}")


def load_dev(args) -> tuple[dict, dict]:
    docs, golds = {}, {}
    sets = [(Path(args.dev_gold), Path(args.dev_gold).parent / "texts"), (Path(args.gold), Path(args.seeds))]
    for gold_path, folder in sets:
        if not gold_path.exists():
            print(f"skipped: {gold_path} not found")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt")):
            if path.name in gold["documents"]:
                docs[path.name] = annotate(path)
                golds[path.name] = gold["documents"][path.name]
    return docs, golds


def dev_main(args) -> None:
    from historiograph.events.confidence import THRESHOLD

    t0 = time.perf_counter()
    docs, golds = load_dev(args)
    print(f"{len(docs)} documents, {time.perf_counter() - t0:.1f}s")
    dev = {k: v for k, v in docs.items() if "prose_spans" in golds[k]}
    seeds = {k: v for k, v in docs.items() if k not in dev}
    for label, sub in (("narrative-dev", dev), ("sample texts", seeds), ("both", docs)):
        if sub:
            report_dev(sub, {k: golds[k] for k in sub}, label, None, label != "sample texts")
            report_dev(sub, {k: golds[k] for k in sub}, label, THRESHOLD, False)
    preds, misses = score_dev(docs, golds)
    print("\nmissed gold events:")
    for name, g in misses:
        print(f"  {name[:14]:14} {g['type']:13} t={g.get('time')} {g.get('agent')} {g.get('patient')}: {g['evidence'][:90]}")
    print(f"\nmatched gold events below the confidence threshold ({THRESHOLD}): missed in the default view")
    for name, ev, o, g in preds:
        if o == "tp" and getattr(ev, "confidence", 1) < THRESHOLD:
            print(f"  {name[:14]:14} c={ev.confidence:.2f} gold {g['type']}: {describe(docs[name], ev)}")
    print("\nfalse positives (prose):")
    for name, ev, o, _ in preds:
        if o == "fp":
            print(f"  {name[:14]:14} c={getattr(ev, 'confidence', 1):.2f} {describe(docs[name], ev)}")
    print("\nparticipants of matched events in another role or not in gold:")
    wrong: list = []
    role_figures(docs, golds, [(name, ev, g) for name, ev, o, g in preds if o == "tp"], wrong)
    for name, ev, p, why in wrong:
        who = (docs[name].entity(p.entity).name if p.entity and docs[name].entity(p.entity) else p.name)
        print(f"  {name[:14]:14} {why:15} {p.role}={who}  {describe(docs[name], ev)}")
    print("\nthe ten commonest remaining errors:")
    for kind, n in error_kinds(docs, golds, preds, misses):
        print(f"  {n:3d}  {kind}")
    print("\nmatched with a wrong date or certainty:")
    for name, ev, o, g in preds:
        if o == "tp" and (((ev.time or {}).get("value") or None) != (g.get("time") or None)
                          or ev.certainty != g.get("certainty", "asserted")):
            print(f"  {name[:14]:14} gold t={g.get('time')} {g.get('certainty')}  {describe(docs[name], ev)}")


def error_kinds(docs, golds, preds, misses) -> list[tuple[str, int]]:
    """The remaining errors by kind, commonest first: what a missed gold event lacks (a trigger in its
    sentence, the type, a participant), what an extra prediction is, and how a matched date is wrong."""
    from collections import Counter

    kinds: Counter = Counter()
    for name, g in misses:
        ad, gdoc = docs[name], golds[name]
        s0, s1 = gold_sentence(gdoc, ad, g["evidence_span"][0])
        types = {g["type"], *(g.get("alt_types") or [])}
        near = [ev for ev in ad.events if s0 <= ev.trigger["start"] < s1]
        if any(ev.type in types for ev in near):
            kinds["missed: a prediction of the type is in the sentence (no shared participant, or "
                  "it matched another gold event)"] += 1
        elif near:
            kinds["missed: the sentence's triggers are of another type"] += 1
        else:
            kinds["missed: no trigger in the sentence"] += 1
    for name, ev, o, g in preds:
        if o == "fp":
            ad, gdoc = docs[name], golds[name]
            s0, s1 = gold_sentence(gdoc, ad, ev.trigger["start"])
            gold_here = [x for x in gdoc["events"] if s0 <= x["evidence_span"][0] < s1]
            if not gold_here:
                kinds["extra: no gold event in the sentence"] += 1
            elif any(ev.type in {x["type"], *(x.get("alt_types") or [])} for x in gold_here):
                kinds["extra: gold event of this type in the sentence, participants differ"] += 1
            else:
                kinds["extra: sentence's gold events are of another type"] += 1
        elif o == "tp":
            got = (ev.time or {}).get("value") or None
            want = g.get("time") or None
            if got != want:
                inh = (ev.time or {}).get("inherited")
                if want is None:
                    kinds[f"date: {'inherited' if inh else 'explicit'} date where gold has none"] += 1
                elif got is None:
                    kinds["date: none where gold has one"] += 1
                else:
                    kinds[f"date: wrong {'inherited' if inh else 'explicit'} value"] += 1
            if ev.certainty != g.get("certainty", "asserted"):
                kinds["certainty differs"] += 1
    return kinds.most_common(10)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", nargs="?", const=str(REPO / "examples"), default=None,
                    help="print the events of the examples corpus per document for hand review")
    ap.add_argument("--oracle", action="store_true", help="gold entities/timexes/citations as input")
    ap.add_argument("--gold", default=str(SHARED / "gold" / "seeds.json"))
    ap.add_argument("--seeds", default=str(SHARED / "seeds"))
    ap.add_argument("--dev", action="store_true", help="narrative-dev + sample texts (the issue's figures)")
    ap.add_argument("--dev-gold", default=str(SHARED / "data" / "narrative-dev" / "gold.json"))
    args = ap.parse_args()
    if args.dev:
        dev_main(args)
        return
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

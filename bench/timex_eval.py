"""TempEval-3 task A (timex extent, value, type) on the TimeML training data, with words per second.

    .venv/bin/python bench/timex_eval.py [DIR ...] [--errors N] [--kinds] [--narrative]

``--kinds`` sorts value errors into kinds of construction (kinds.py beside this script) and prints
their counts; ``--narrative`` also scores ../shared/data/narrative-dev and the sample texts (../shared/seeds, the
whole pipeline up to the time stage): strict recall of gold timexes, value accuracy on the strictly
matched ones, and timexes the gold lacks.

Scoring as the TempEval-3 toolkit does: strict extent = identical span, relaxed = overlapping span
(one system timex per gold timex); precision over system timexes, recall over gold timexes; the
attribute F1 of `value`/`type` counts a matched pair as correct only when the attribute agrees, so
attribute F1 = relaxed F1 x attribute accuracy. The DCT TIMEX3 is the document date, never scored.
Checked against the toolkit's evaluate_entities.py (performance_value = value matches / relaxed
matches x relaxed F1, values compared as strings) and TimeML-Normalizer (a system timex takes the id
of a gold one it overlaps by a token, each id once): the same figures, save that the toolkit
overlaps tokens where this script overlaps characters.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph.time import tag  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3-train"
NARRATIVE = Path(__file__).resolve().parents[2] / "shared" / "data" / "narrative-dev"
TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_timeml(path: Path) -> tuple[str, str | None, list[dict]]:
    """(TEXT content without tags, DCT value, gold timexes with offsets into that content)."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if m:
        dct = dict(ATTR.findall(m.group(1))).get("value")
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    n = 0
    gold: list[dict] = []
    open_timex: dict | None = None
    for t in TAG.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        n += len(chunk)
        pos = t.end()
        closing, name, attrs = t.group(1), t.group(2), t.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = dict(ATTR.findall(attrs))
            open_timex["start"] = n
        elif open_timex is not None:
            open_timex["end"] = n
            gold.append(open_timex)
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return "".join(out), dct, gold


def match(gold: list[dict], system: list, strict: bool) -> list[tuple[dict, object]]:
    """One-to-one pairs: identical spans (strict) or overlapping ones, best overlap first."""
    pairs = []
    used: set[int] = set()
    for g in gold:
        best, best_ov = None, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            if strict:
                if s.start == g["start"] and s.end == g["end"]:
                    best, best_ov = i, 1
                    break
            else:
                ov = min(s.end, g["end"]) - max(s.start, g["start"])
                if ov > best_ov:
                    best, best_ov = i, ov
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def prf(correct: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT / "TimeBank", DEFAULT / "AQUAINT"])
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors of each kind")
    ap.add_argument("--mode", default="news", choices=["news", "narrative", "auto"])
    ap.add_argument("--kinds", action="store_true", help="count value errors by kind of construction")
    ap.add_argument("--narrative", action="store_true", help="also score narrative-dev timexes")
    args = ap.parse_args(argv)
    files = sorted(f for d in args.dirs for f in d.glob("*.tml"))
    if not files:
        sys.exit(f"no .tml files under {', '.join(map(str, args.dirs))}")
    docs = [(f,) + parse_timeml(f) for f in files]
    n_gold = n_sys = strict_ok = relaxed_ok = value_ok = type_ok = words = 0
    errors: dict[str, list[str]] = {"missed": [], "spurious": [], "value": [], "extent": [], "type": []}
    seconds = 0.0
    value_errors: list[tuple] = []
    missed_rows: list[tuple] = []
    spurious_rows: list[tuple] = []
    boundary_rows: list[tuple] = []  # relaxed but not strict matches: cost strict F1, never value F1
    split: dict[str, list[int]] = {}  # per directory: gold, system, strict, relaxed, value right
    for f, text, dct, gold in docs:
        words += len(text.split())
        t0 = time.perf_counter()
        system = tag(text, dct=dct, mode=args.mode)
        seconds += time.perf_counter() - t0
        n_gold += len(gold)
        n_sys += len(system)
        strict_ok += len(match(gold, system, strict=True))
        relaxed = match(gold, system, strict=False)
        relaxed_ok += len(relaxed)
        row = split.setdefault(f.parent.name, [0, 0, 0, 0, 0])
        row[0] += len(gold)
        row[1] += len(system)
        row[2] += len(match(gold, system, strict=True))
        row[3] += len(relaxed)
        row[4] += sum(g.get("value") == s.value for g, s in relaxed)
        for g, s in relaxed:
            value_ok += g.get("value") == s.value
            type_ok += g.get("type") == s.type
            gtext = text[g["start"]:g["end"]]
            if g.get("value") != s.value:
                errors["value"].append(f"{f.name}  {gtext!r} gold={g.get('value')} sys={s.value} dct={dct}")
                ctx = text[max(0, g["start"] - 60):g["end"] + 40].replace("\n", " ")
                value_errors.append((g, s, dct, ctx, f.parent.name))
            if (g["start"], g["end"]) != (s.start, s.end):
                errors["extent"].append(f"{f.name}  gold={gtext!r} sys={s.text!r}")
                boundary_rows.append((f.parent.name, g, s, gtext))
            if g.get("type") != s.type:
                errors["type"].append(f"{f.name}  {gtext!r} gold={g.get('type')} sys={s.type}")
        matched_g = {id(g) for g, _ in relaxed}
        matched_s = {id(s) for _, s in relaxed}
        for g in gold:
            if id(g) not in matched_g:
                ctx = text[max(0, g["start"] - 30):g["end"] + 30].replace("\n", " ")
                errors["missed"].append(f"{f.name}  {text[g['start']:g['end']]!r} {g.get('value')}  | {ctx}")
                missed_rows.append((g, text[g["start"]:g["end"]], ctx, f.parent.name))
        for s in system:
            if id(s) not in matched_s:
                ctx = text[max(0, s.start - 30):s.end + 30].replace("\n", " ")
                errors["spurious"].append(f"{f.name}  {s.text!r} {s.value}  | {ctx}")
                spurious_rows.append((s, ctx, f.parent.name))
    sp, sr, sf = prf(strict_ok, n_sys, n_gold)
    rp, rr, rf = prf(relaxed_ok, n_sys, n_gold)
    vp, vr, vf = prf(value_ok, n_sys, n_gold)
    tp, tr, tf = prf(type_ok, n_sys, n_gold)
    print(f"documents {len(docs)}  gold timexes {n_gold}  system timexes {n_sys}")
    print(f"strict extent   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"relaxed extent  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
    print(f"value           P {vp:.3f}  R {vr:.3f}  F1 {vf:.3f}  (accuracy on matched {value_ok / max(relaxed_ok, 1):.3f})")
    print(f"type            F1 {tf:.3f}  accuracy on matched {type_ok / max(relaxed_ok, 1):.3f}")
    if len(split) > 1:
        for name, (ng, ns, st, rl, vl) in split.items():
            print(f"  {name:<13} strict F1 {prf(st, ns, ng)[2]:.3f}  relaxed F1 {prf(rl, ns, ng)[2]:.3f}"
                  f"  value F1 {prf(vl, ns, ng)[2]:.3f}  ({ng} gold)")
    print(f"speed           {words} words in {seconds:.2f} s = {words / max(seconds, 1e-9):,.0f} words/s")
    if args.kinds:
        kinds_by_corpus(value_errors, missed_rows, spurious_rows, boundary_rows, split)
        kinds_table(value_errors, missed_rows, spurious_rows, value_ok, n_sys, n_gold, args.errors)
    if args.narrative:
        narrative()
        shared = NARRATIVE.parents[1]
        narrative(texts=shared / "seeds", gold_file=shared / "gold" / "seeds.json", label="sample texts")
    if args.errors and not args.kinds:
        for kind, rows in errors.items():
            print(f"\n== {kind} ({len(rows)})")
            for row in rows[:args.errors]:
                print("  " + row)


GOLD_SIDE = ("gold off-standard", "gold week unnumbered", "gold not that weekday")


def kinds_by_corpus(value_errors, missed_rows, spurious_rows, boundary_rows, split) -> None:
    """Every error as one of four kinds, per corpus: missed (no system timex overlaps the gold one),
    spurious (overlaps none), boundary (overlaps, span differs: costs strict F1 only), value (matched,
    value differs; split into the gold's own off-standard values and the rest). Then the same four
    kinds per construction, as missed/spurious/boundary/value counts for each corpus."""
    from kinds import construction, value_error  # noqa: E402  (bench/kinds.py)

    corpora = sorted(split)
    count: dict[tuple[str, str], int] = {}
    per_kind: dict[str, dict[tuple[str, str], int]] = {}

    def add(kind: str, corpus: str, cons: str) -> None:
        count[kind, corpus] = count.get((kind, corpus), 0) + 1
        per_kind.setdefault(cons, {})
        per_kind[cons][kind, corpus] = per_kind[cons].get((kind, corpus), 0) + 1

    for g, words, _, corpus in missed_rows:
        add("missed", corpus, construction(words, g.get("value"), g.get("type")))
    for s, _, corpus in spurious_rows:
        add("spurious", corpus, construction(s.text, s.value, s.type))
    for corpus, g, s, _ in boundary_rows:
        add("boundary", corpus, construction(s.text, s.value, s.type))
    for g, s, dct, _, corpus in value_errors:
        side = "value (gold's own)" if value_error(g, s, dct) in GOLD_SIDE else "value (other)"
        add(side, corpus, construction(s.text, s.value, s.type))
        add("value", corpus, construction(s.text, s.value, s.type))
    kinds = ("missed", "spurious", "boundary", "value (gold's own)", "value (other)")
    print("\nerror kinds by corpus (boundary = overlapping match with another span: strict F1 only)")
    print(f"  {'kind':<20}" + "".join(f"{c:>10}" for c in corpora) + f"{'all':>8}")
    for k in kinds:
        row = [count.get((k, c), 0) for c in corpora]
        print(f"  {k:<20}" + "".join(f"{n:>10}" for n in row) + f"{sum(row):>8}")
    head = "  ".join(f"{c[:8]:>8} m/s/b/v" for c in corpora)
    print(f"\n  {'construction':<42} {head}")
    for cons, r in sorted(per_kind.items(), key=lambda kv: -sum(n for (k, _), n in kv[1].items() if k != "value"
                                                                 and not k.startswith("value ("))):
        cells = "  ".join(f"{'/'.join(str(r.get((k, c), 0)) for k in ('missed', 'spurious', 'boundary', 'value')):>16}"
                          for c in corpora)
        print(f"  {cons:<42} {cells}")


def kinds_table(value_errors, missed_rows, spurious_rows, value_ok, n_sys, n_gold, show: int) -> None:
    """Errors by construction, with the value F1 each costs: the gain if every value error of the
    kind were right, every missed timex of the kind found (with its value), every spurious one gone."""
    from kinds import construction, value_error  # noqa: E402  (bench/kinds.py)

    def f1(ok, ns, ng):
        return 2 * ok / (ns + ng) if ns + ng else 0.0

    base = f1(value_ok, n_sys, n_gold)
    rows: dict[str, dict[str, list]] = {}
    for g, s, dct, ctx, _ in value_errors:
        kind = construction(s.text, s.value, s.type)
        rows.setdefault(kind, {}).setdefault("value", []).append(
            (value_error(g, s, dct), f"{g.get('value')!s:>14} sys {s.value!s:<14} {s.text!r:<26} | {ctx}"))
    for g, words, ctx, _ in missed_rows:
        kind = construction(words, g.get("value"), g.get("type"))
        rows.setdefault(kind, {}).setdefault("missed", []).append(("missed", f"{g.get('value')!s:>14} {words!r:<26} | {ctx}"))
    for s, ctx, _ in spurious_rows:
        kind = construction(s.text, s.value, s.type)
        rows.setdefault(kind, {}).setdefault("spurious", []).append(("spurious", f"{s.value!s:>14} {s.text!r:<26} | {ctx}"))

    def cost(r):
        v, m, sp = len(r.get("value", [])), len(r.get("missed", [])), len(r.get("spurious", []))
        return f1(value_ok + v + m, n_sys + m - sp, n_gold) - base

    print(f"\nerrors by construction (value F1 {base:.3f}; cost = value F1 gained if the kind were all right)")
    gold_side = sum(value_error(g, s, dct) in ("gold off-standard", "gold week unnumbered", "gold not that weekday")
                    for g, s, dct, _, _ in value_errors)
    print(f"  {gold_side} value errors are the gold's off-standard values (2000-W7, 1968-XX, 1989-WXX for a known"
          f" week) or a date that is not the weekday named: counted right, value F1 would be"
          f" {f1(value_ok + gold_side, n_sys, n_gold):.3f}")
    print(f"  {'construction':<42} {'value':>5} {'missed':>6} {'spur.':>5} {'cost':>6}   value errors: how they differ")
    for kind, r in sorted(rows.items(), key=lambda kv: -cost(kv[1])):
        how: dict[str, int] = {}
        for h, _ in r.get("value", []):
            how[h] = how.get(h, 0) + 1
        detail = ", ".join(f"{h} {n}" for h, n in sorted(how.items(), key=lambda kv: -kv[1]))
        print(f"  {kind:<42} {len(r.get('value', [])):5d} {len(r.get('missed', [])):6d} "
              f"{len(r.get('spurious', [])):5d} {cost(r):6.3f}   {detail}")
        for key in ("value", "missed", "spurious"):
            for h, line in r.get(key, [])[:show]:
                print(f"      {h:<18} {line}")


def narrative(errors: bool = True, texts: Path = NARRATIVE / "texts", gold_file: Path = NARRATIVE / "gold.json",
              label: str = "narrative-dev") -> tuple[float, float]:
    """Strict recall of gold timexes, value accuracy on strictly matched spans, and the timexes found
    that the gold lacks (outside reference lists: those dates are bibliographic)."""
    import json

    from historiograph import ingest, pipeline

    gold = json.loads(gold_file.read_text(encoding="utf-8"))["documents"]
    n = found = right = extra = 0
    misses = []
    for name, doc in sorted(gold.items()):
        ad = pipeline.run(ingest.read(texts / name), until="time")
        by_span = {(t.start, t.end): t for t in ad.timexes}
        spans = {(g["start"], g["end"]) for g in doc["timexes"]}
        for t in ad.timexes:
            if (t.start, t.end) not in spans and not t.bibliographic:
                extra += 1
                misses.append(f"{name}  not in gold {t.text!r} {t.value}")
        for g in doc["timexes"]:
            n += 1
            t = by_span.get((g["start"], g["end"]))
            if t is None:
                near = [x for x in ad.timexes if x.start < g["end"] and g["start"] < x.end]
                misses.append(f"{name}  missed {g['text']!r} {g['value']}  sys {[(x.text, x.value) for x in near]}")
                continue
            found += 1
            if t.value == g["value"]:
                right += 1
            else:
                misses.append(f"{name}  value {g['text']!r} gold={g['value']} sys={t.value}")
    recall, acc = found / max(n, 1), right / max(found, 1)
    print(f"\n{label:<15} gold timexes {n}  strict recall {recall:.3f} ({found})  value accuracy {acc:.3f} ({right})"
          f"  not in gold {extra}")
    if errors:
        for row in misses:
            print("  " + row)
    return recall, acc


if __name__ == "__main__":
    main()

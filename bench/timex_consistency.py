"""How consistently does the TempEval-3 gold tag a kind of construction, and what would following it gain? (#12)

A rule can only be right about a kind as often as the gold treats the kind one way. For each kind below (a
regex over the text, so untagged occurrences count too) this prints, per corpus and in all:

- ``n``: occurrences in the text; ``gold``: how many the gold tags (a gold timex overlaps it); ``sys``: how
  many the rules tag; ``same``: tagged by both with the same value;
- ``gold%``: the gold's tagging rate, and ``agree%``: of the occurrences both tag, how many share the value;
- ``best``: the value F1 gained were every occurrence right (missed ones found, wrong values mended,
  spurious ones dropped); ``follow``: the gain of following the gold's majority on *whether* to tag
  (dropping the kind where the gold leaves most untagged; tagging it, with the gold's value, where it
  tags most) with values as the rules give them, and the gold's own value for what is added (an upper
  bound: for "the weeks before the shooting" the value is the event's month, not in the sentence).

A kind is worth a rule when ``gold%`` is near 0 or 100 and ``agree%`` high; a ``best`` gain the gold's own
split (gold% near 50, agree% low) caps is not reachable by a rule, only by tuning to the annotators.

    nice .venv/bin/python bench/timex_consistency.py [--show KIND]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import DEFAULT, match, parse_timeml  # noqa: E402

from historiograph.time import tag  # noqa: E402

WD = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# kind -> regex (case-sensitive where capitals matter); the kinds of the README's table, as constructions
KINDS: dict[str, str] = {
    "now": r"\b[Nn]ow\b",
    "current / currently": r"\b[Cc]urrent(?:ly)?\b",
    "recently": r"\b[Rr]ecently\b",
    "recent (adjective)": r"\b[Rr]ecent\b(?!ly)",
    "soon": r"\b[Ss]oon\b",
    "previously": r"\b[Pp]reviously\b",
    "future (adjective or noun)": r"\b[Ff]uture\b",
    "the past / the future": r"\b[Tt]he (?:past|future)\b(?! \w+ (?:days|weeks|months|years))",
    "today's": r"\b[Tt]oday's\b",
    "weekday + part of day": WD + r" (?:morning|afternoon|evening|night)\b",
    "last/this/next week": r"\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]he) week\b(?!end|s)",
    "the weekend": r"\b(?:the|this|last|next) weekend\b",
    "a year ago / earlier": r"\b[Aa] year (?:ago|earlier)\b",
    "the quarter / latest quarter / latest period": r"\b[Tt]he (?:latest )?(?:quarter|period)\b",
    "year-end": r"\byear[- ]end\b",
    "decade (the 1980s)": r"\b(?:the )?(?:early |late |mid-?)?1\d\d0s\b",
    "this century / the 20th century": r"\b(?:this|the past|the \d+th) century\b",
    "N units ago": r"\b\w+ (?:days|weeks|months|years|decades) ago\b",
    "N units later / after / before": r"\b\w+ (?:days|weeks|months|years|hours) (?:later|after|before|earlier)\b",
    "the days / weeks before (bare plural)": r"\b(?:the|in the) (?:days|weeks|months) (?:before|after)\b",
    "for years / months / decades": r"\bfor (?:years|months|decades|weeks)\b",
    "daily / annually / a year (rate)": r"\b(?:daily|annually|a year|a week|a month|a day)\b",
    "for some time / a while / a long time": r"\b(?:some time|a while|a long time|(?:lengthy|long) period)\b",
    "dateline month-day (Xinhua)": r"^\s*[A-Z][A-Z .]+, [A-Z][a-z]+ \d+ \(",
    "March / May as a modifier": r"\b(?:[Tt]he|an?) (?:March|May) [a-z]+",
    "holiday week": r"\b(?:Easter|Christmas|Thanksgiving) week\b",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", help="list the occurrences of this kind (a KINDS key)")
    args = ap.parse_args()
    rx = {k: re.compile(v, re.M) for k, v in KINDS.items()}
    count: dict[tuple[str, str], list[int]] = {}
    n_gold = n_sys = value_ok = 0
    # per kind: occurrences as (gold tags it, sys tags it, same value, gold value, sys value)
    occ: dict[str, list[tuple]] = {k: [] for k in KINDS}
    for d in ("TimeBank", "AQUAINT"):
        for f in sorted((DEFAULT / d).glob("*.tml")):
            text, dct, gold = parse_timeml(f)
            system = tag(text, dct=dct, mode="news")
            n_gold += len(gold)
            n_sys += len(system)
            value_ok += sum(g.get("value") == s.value for g, s in match(gold, system, strict=False))
            for kind, r in rx.items():
                for m in r.finditer(text):
                    g = next((x for x in gold if x["start"] < m.end() and m.start() < x["end"]), None)
                    s = next((x for x in system if x.start < m.end() and m.start() < x.end), None)
                    same = g is not None and s is not None and g.get("value") == s.value
                    row = count.setdefault((kind, d), [0, 0, 0, 0])
                    row[0] += 1
                    row[1] += g is not None
                    row[2] += s is not None
                    row[3] += same
                    occ[kind].append((d, f.name, g, s, same, text[max(0, m.start() - 60):m.end() + 40]))

    def f1(ok, ns):
        return 2 * ok / (ns + n_gold)

    base = f1(value_ok, n_sys)
    print(f"value F1 {base:.3f} ({value_ok} right, {n_sys} system, {n_gold} gold timexes)")
    print(f"{'kind':<46} {'corpus':<9} {'n':>4} {'gold':>4} {'sys':>4} {'same':>4} {'gold%':>6} {'agree%':>6}"
          f" {'best':>6} {'follow':>6}")
    for kind in KINDS:
        for d in ("TimeBank", "AQUAINT", "all"):
            if d == "all":
                rows = [count.get((kind, c), [0, 0, 0, 0]) for c in ("TimeBank", "AQUAINT")]
                n, g, s, same = (sum(r[i] for r in rows) for i in range(4))
                o = occ[kind]
            else:
                n, g, s, same = count.get((kind, d), [0, 0, 0, 0])
                o = [x for x in occ[kind] if x[0] == d]
            if not n:
                continue
            both = sum(1 for x in o if x[2] is not None and x[3] is not None)
            spur = sum(1 for x in o if x[2] is None and x[3] is not None)
            miss = sum(1 for x in o if x[2] is not None and x[3] is None)
            wrong = both - same
            best = f1(value_ok + wrong + miss, n_sys - spur + miss) - base
            if g * 2 < n:  # the gold leaves most untagged: drop the kind
                follow = f1(value_ok - same, n_sys - s) - base
            else:  # the gold tags most: tag the missed ones too, with the gold's value
                follow = f1(value_ok + miss, n_sys + miss) - base
            print(f"{kind[:46]:<46} {d:<9} {n:4d} {g:4d} {s:4d} {same:4d} {100 * g / n:5.0f}% "
                  f"{(100 * same / both if both else 0):5.0f}% {best:+6.3f} {follow:+6.3f}")
    if args.show:
        for d, name, g, s, same, ctx in occ[args.show]:
            gs = f"{g.get('value')}" if g else "-"
            ss = f"{s.value}" if s else "-"
            print(f"{d[:2]} {name[:18]:18} {'=' if same else ' '} gold {gs:<14} sys {ss:<14} | {' '.join(ctx.split())}")


if __name__ == "__main__":
    main()

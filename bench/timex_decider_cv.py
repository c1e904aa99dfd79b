"""Can a learned decision tell, from context, where TimeML tags "now", "soon", "a year"? Cross-validated (#12).

TimeML tags "now", "recently", "soon", "previously", "a year", "annually" as a timex in some sentences and not in
others. This script asks whether a small classifier (python-crfsuite over one-item sequences) on context
features can learn the gold's choice where the word alone does not settle it:

- every system timex of an ambiguous kind (reference words, durations, sets) may be dropped when the model
  gives it a low probability of being a timex;
- every reference word the rules leave untagged ("soon", "previously", "recent", "future") may be added, with
  its PRESENT/PAST/FUTURE_REF value, when the probability is high.

Honest measure: document-level K-fold cross-validation on TempEval-3 training. Document i (sorted paths,
as bench/timex_eval.py reads them) is in fold i % K; it is tagged by the rules (news mode, its DCT) and
decided by a model trained on the other folds only; the figures are summed over the folds and scored by
bench/timex_eval.py (its --kinds table included). Nothing is shipped: session 10 measured no gain (README #12).

Usage: nice .venv/bin/python bench/timex_decider_cv.py [--k 5] [--parse] [--c1 F] [--c2 F]
       [--drop-below P] [--add-above P] [--kinds] [--errors N]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import timex_eval
from timex_eval import DEFAULT, parse_timeml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph.model import Timex  # noqa: E402
from historiograph.time import tag  # noqa: E402
from historiograph.time.values import edtf_fields  # noqa: E402

# Reference words and the value TimeML gives them when it tags them (the rules tag some, not all).
CANDIDATES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "already": "PRESENT_REF", "yet": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "former": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF", "lately": "PAST_REF",
    "soon": "FUTURE_REF", "shortly": "FUTURE_REF", "future": "FUTURE_REF", "eventually": "FUTURE_REF",
}
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
_DATED = re.compile(r"^\d{4}-\d\d")


def value_kind(t: Timex) -> str:
    """ref, duration(-vague), set(-vague), dated (a month or day of a year), year, other."""
    v = t.value or ""
    if v.endswith("_REF"):
        return "ref"
    if t.type in ("DURATION", "SET"):
        return t.type.lower() + ("-vague" if "X" in v else "")
    if _DATED.match(v):
        return "dated"
    return "year" if v[:4].isdigit() else "other"


def candidates(text: str, timexes: list[Timex]) -> list[tuple[int, int, str, Timex | None]]:
    """(start, end, value kind, timex or None) of each ambiguous system timex and each untagged reference word."""
    out = [(t.start, t.end, value_kind(t), t) for t in timexes if not t.bibliographic
           and (value_kind(t) not in ("dated", "year", "other") or t.text.lower() in CANDIDATES)]
    for m in re.finditer(r"\b[A-Za-z]+\b", text):
        w = m.group().lower()
        if w in CANDIDATES and not any(t.start < m.end() and m.start() < t.end for t in timexes):
            out.append((m.start(), m.end(), "untagged-" + CANDIDATES[w].lower(), None))
    return sorted(out, key=lambda c: c[0])


def features(text: str, start: int, end: int, kind: str, tagged: bool, doc=None) -> list[str]:
    """The candidate's words, value kind, whether the rules tagged it, three words either side; with a spaCy
    ``doc``, also its dependency, its head's lemma and tag, the head's auxiliaries and the sentence's verb tags."""
    inside = [w.lower() for w in _WORD.findall(text[start:end])] or [""]
    before = (["<s>"] * 3 + [w.lower() for w in _WORD.findall(text[max(0, start - 80):start])])[-3:]
    after = ([w.lower() for w in _WORD.findall(text[end:end + 80])] + ["</s>"] * 3)[:3]
    words = " ".join(inside)
    f = ["bias", f"kind={kind}", f"tagged={tagged}", f"text={words}", f"n={min(len(inside), 4)}",
         f"first={inside[0]}", f"last={inside[-1]}", f"kind_last={kind}|{inside[-1]}",
         f"cap={text[start:start + 1].isupper()}", f"b1a1={before[-1]}|{after[0]}", f"b2b1={before[-2]}|{before[-1]}",
         f"a1a2={after[0]}|{after[1]}", f"text_b1={words}|{before[-1]}", f"text_a1={words}|{after[0]}"]
    f += [f"b{3 - i}={w}" for i, w in enumerate(before)] + [f"a{i + 1}={w}" for i, w in enumerate(after)]
    f += [f"bag_b={w}" for w in set(before)] + [f"bag_a={w}" for w in set(after)]
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span):
        r, h = span.root, span.root.head
        auxes = sorted(c.lemma_.lower() for c in h.children if c.dep_ in ("aux", "auxpass"))
        f += [f"dep={r.dep_}", f"hlemma={h.lemma_.lower()}", f"htag={h.tag_}", f"text_htag={words}|{h.tag_}",
              f"text_dep={words}|{r.dep_}", f"sentfirst={r.i == r.sent.start}"]
        f += [f"aux={a}" for a in auxes]
        f += [f"stag={x}" for x in {x.tag_ for x in r.sent if x.tag_ in ("VBD", "VBZ", "VBP", "MD")}]
    return f


def decide(text: str, timexes: list[Timex], tagger, drop_below: float, add_above: float, doc=None) -> list[Timex]:
    """The timexes less the ambiguous ones the model drops, plus the reference words it adds."""
    drop: set[int] = set()
    add = []
    for start, end, kind, t in candidates(text, timexes):
        tagger.set([features(text, start, end, kind, t is not None, doc)])
        p = tagger.marginal("T", 0)
        if t is not None and p < drop_below:
            drop.add(id(t))
        elif t is None and p > add_above:
            value = CANDIDATES[text[start:end].lower()]
            add.append(Timex(start=start, end=end, text=text[start:end], type="DATE", value=value,
                             **edtf_fields(value, None, False)))
    return sorted([t for t in timexes if id(t) not in drop] + add, key=lambda t: t.start)


def main() -> None:
    import pycrfsuite

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--parse", action="store_true", help="add spaCy parse features (head, tense, auxiliaries)")
    ap.add_argument("--c1", type=float, default=0.0)
    ap.add_argument("--c2", type=float, default=0.1)
    ap.add_argument("--drop-below", type=float, default=0.35)
    ap.add_argument("--add-above", type=float, default=0.65)
    ap.add_argument("--kinds", action="store_true")
    ap.add_argument("--errors", type=int, default=0)
    args = ap.parse_args()
    paths = sorted(f for d in (DEFAULT / "TimeBank", DEFAULT / "AQUAINT") for f in d.glob("*.tml"))
    data = [parse_timeml(p) for p in paths]
    docs = [None] * len(data)
    if args.parse:
        from historiograph.nlp import load_model

        docs = list(load_model().pipe((t for t, _, _ in data), batch_size=16))
    system = [tag(text, dct=dct, mode="news") for text, dct, _ in data]
    items = []  # per document: (features, T/F, tagged by the rules)
    for (text, _, gold), sys_t, doc in zip(data, system, docs):
        items.append([(features(text, s, e, kind, t is not None, doc),
                       "T" if any(g["start"] < e and s < g["end"] for g in gold) else "F", t is not None)
                      for s, e, kind, t in candidates(text, sys_t)])
    print(f"{len(paths)} documents, {sum(map(len, items))} candidates: tagged by the rules "
          f"{sum(x[2] for r in items for x in r)} ({sum(x[2] and x[1] == 'F' for r in items for x in r)} not in gold), "
          f"untagged {sum(not x[2] for r in items for x in r)} ({sum(not x[2] and x[1] == 'T' for r in items for x in r)}"
          f" in gold)")
    decided: dict[tuple[str, str | None], list[Timex]] = {}  # by (text, DCT): some texts recur with another date
    held: list[tuple[bool, str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.k):
            trainer = pycrfsuite.Trainer(verbose=False)
            for i, rows in enumerate(items):
                if i % args.k != k:
                    for feats, label, _ in rows:
                        trainer.append([feats], [label])
            trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": 200})
            model = Path(tmp) / f"fold{k}.model"
            trainer.train(str(model))
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for i, ((text, dct, _), sys_t, doc) in enumerate(zip(data, system, docs)):
                if i % args.k == k:
                    for feats, label, tagged in items[i]:
                        tagger.set([feats])
                        held.append((tagged, label, tagger.marginal("T", 0)))
                    decided[text, dct] = decide(text, sys_t, tagger, args.drop_below, args.add_above, doc)
    print("held-out decisions (a drop is right when the gold has no timex there, an addition when it has one):")
    for th in (0.2, 0.3, 0.35, 0.4, 0.5):
        d = [x for x in held if x[0] and x[2] < th]
        print(f"  drop below {th:.2f}: {len(d):3d} dropped, {sum(x[1] == 'F' for x in d):3d} right")
    for th in (0.5, 0.6, 0.65, 0.7, 0.8):
        a = [x for x in held if not x[0] and x[2] > th]
        print(f"  add above  {th:.2f}: {len(a):3d} added,   {sum(x[1] == 'T' for x in a):3d} right")
    print(f"\ncross-validated scores (drop below {args.drop_below}, add above {args.add_above}):")
    timex_eval.tag = lambda text, dct=None, mode="news": decided[text, dct]
    timex_eval.main((["--kinds"] if args.kinds else []) + (["--errors", str(args.errors)] if args.errors else []))


if __name__ == "__main__":
    main()

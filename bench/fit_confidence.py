"""Fit the weights of events/confidence.py and say how optimistic the fit is.

Scored prose predictions of narrative-dev (its gold lists every event, so an extra is an error) are the
training rows: the features of confidence.features() and whether the prediction matched a gold event.
The fit is an L2-shrunk logistic regression towards the current weights (few rows: the shrinkage keeps a
weight near its explained value unless the data insist). Hand-set weights (negated, infobox) are not fitted.

    .venv/bin/python bench/fit_confidence.py            # fitted weights, in-sample and leave-one-document-out

Leave-one-document-out: each document is scored with weights fitted on the other ten, the honest estimate
of the reliability table on unseen text. By default the sample texts are fitted too, their extras counted as errors
although their gold is not exhaustive (many are real but unlisted events): the weights err on the side of
doubt. ``--dev-only`` fits narrative-dev alone.
"""
from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import events_eval as E  # noqa: E402
from historiograph.events import confidence as C  # noqa: E402

FITTED = [k for k in C.WEIGHTS if k not in C.HAND_SET]


def rows_of(docs, golds):
    preds, _ = E.score_dev(docs, golds)
    out = []
    for name, ev, o, _ in preds:
        if o in ("tp", "fp") and ev.source == "prose":
            out.append((name, C.features(ev), o == "tp"))
    return out


def z_of(prior, w, feats):
    return prior + sum(w[k] for k, on in feats.items() if on and k in w) + sum(
        C.WEIGHTS[k] for k in C.HAND_SET if feats.get(k))


def fit(rows, l2=1.0, steps=3000, lr=0.05):
    prior, w = C.PRIOR, {k: C.WEIGHTS[k] for k in FITTED}
    p0, w0 = prior, dict(w)
    for _ in range(steps):
        gp, gw = 0.0, {k: 0.0 for k in w}
        for _, f, y in rows:
            p = 1 / (1 + math.exp(-z_of(prior, w, f)))
            d = p - y
            gp += d
            for k in w:
                if f.get(k):
                    gw[k] += d
        prior -= lr * (gp + l2 * (prior - p0)) / len(rows)
        for k in w:
            w[k] -= lr * (gw[k] + l2 * (w[k] - w0[k])) / len(rows) * 10
    return prior, w


def table(scored, threshold=C.THRESHOLD):
    bins = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
    for lo, hi in bins:
        sel = [(c, y) for c, y in scored if lo <= c < hi]
        if sel:
            print(f"    {lo:.1f}-{min(hi, 1.0):.1f}  n={len(sel):3d}  mean={sum(c for c, _ in sel) / len(sel):.2f}  "
                  f"precision={sum(y for _, y in sel) / len(sel):.2f}")
    kept = [y for c, y in scored if c >= threshold]
    print(f"    >= {threshold}: {sum(kept)}/{len(kept)} right")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev-gold", default=str(E.SHARED / "data/narrative-dev/gold.json"))
    ap.add_argument("--gold", default=str(E.SHARED / "gold/seeds.json"))
    ap.add_argument("--seeds", default=str(E.SHARED / "seeds"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--dev-only", action="store_true", help="fit on narrative-dev alone (its gold is exhaustive)")
    args = ap.parse_args()
    docs, golds = E.load_dev(args)
    dev = {k: v for k, v in docs.items() if "prose_spans" in golds[k]}
    seeds = {k: v for k, v in docs.items() if k not in dev}
    fitted = dev if args.dev_only else docs
    rows = rows_of(fitted, {k: golds[k] for k in fitted})
    prior, w = fit(rows, args.l2)
    print(f"{len(rows)} predictions ({'narrative-dev' if args.dev_only else 'narrative-dev and sample texts'}); "
          f"fitted PRIOR = {prior:.1f} (now {C.PRIOR:.1f})")
    for k in FITTED:
        print(f"  {k:18} {w[k]:+.1f}   (now {C.WEIGHTS[k]:+.1f})")

    def conf(p, ww, f):
        return 1 / (1 + math.exp(-z_of(p, ww, f)))

    print("fitted rows, in sample (current weights):")
    table([(conf(C.PRIOR, {k: C.WEIGHTS[k] for k in FITTED}, f), y) for _, f, y in rows])
    print("fitted rows, leave one document out (refitted without the document):")
    loo = []
    for name in sorted({n for n, _, _ in rows}):
        p, ww = fit([r for r in rows if r[0] != name], args.l2)
        loo += [(conf(p, ww, f), y) for n, f, y in rows if n == name]
    table(loo)
    srows = rows_of(seeds, {k: golds[k] for k in seeds})
    print("sample texts (gold not exhaustive: a real but unlisted event counts as wrong), current weights:")
    table([(conf(C.PRIOR, {k: C.WEIGHTS[k] for k in FITTED}, f), y) for _, f, y in srows])


if __name__ == "__main__":
    main()

"""Field-level F1 of the reference parsers on AnyStyle's core.xml (../shared/data/anystyle/core.xml).

Each <sequence> is joined (its elements' text, separated by spaces) into one line, and each line goes
through the same code as a line of a document's reference list (``sources.reflist.entries`` for the
label and back-links, then a parser for fields). Lines are read one by one because core.xml pools
references of many lists in many styles (one pooled list would mix label styles and repeat labels).

Three parsers are scored: "rules" (``csl.parse_rules``), "crf" (``crf.parse``: the trained sequence
model alone) and "combined" (``csl.parse``, what the pipeline uses: the CRF, with the rules for
Wikipedia/CS1 entries and identifiers). The CRF is trained on core.xml itself, so its figures are honest
only with ``--cv K``: K models, each trained on (K-1)/K of the references (i % K != fold) and scored on
the rest, never on its own training references. Without ``--cv`` the shipped model is scored in-sample
(marked as such).

Field mapping (AnyStyle tag -> CSL variable) and comparison (after NFKC, lower case, punctuation
dropped, whitespace collapsed):
  author, editor, translator -> author, editor, translator: the set of name words of 2+ letters
                                 (initials, with stops or Vancouver "OA"/"CGM", role words
                                 "editors"/"trans." and "and", "et al." ignored; suffixes counted)
                                 must be equal
  title -> title; container-title, journal -> container-title; publisher -> publisher;
  location -> publisher-place; genre -> genre; collection-title -> collection-title: equal strings
  date -> issued (+ original-date): equal sets of years
  volume -> volume, edition -> edition: equal first number (else first roman numeral, else first word)
  pages -> page: equal first and last numbers
  doi -> DOI, isbn -> ISBN (digits), url -> URL (from "http"/"www" on): equal strings
  citation-number -> the entry's list label: equal digits
Not scored (no CSL counterpart we produce): note, source, medium, director, producer.
A field counts TP when gold has it and the prediction equals it, FN when gold has it and the
prediction misses or differs, FP when we predict it and it is absent or differs from gold.
Usage: .venv/bin/python bench/references_eval.py [--cv 5] [--only rules|crf|combined] [--show FIELD] [--limit N]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

sys.path.insert(0, str(REPO / "bench"))

from historiograph.sources import crf  # noqa: E402
from historiograph.sources import csl as cslparse  # noqa: E402
from historiograph.sources import reflist  # noqa: E402
from train_reference_crf import load as load_core  # noqa: E402
from train_reference_crf import train as train_crf  # noqa: E402

MAP = {"author": "author", "editor": "editor", "translator": "translator", "title": "title",
       "container-title": "container-title", "journal": "container-title", "publisher": "publisher",
       "location": "publisher-place", "date": "issued", "volume": "volume", "pages": "page",
       "doi": "DOI", "isbn": "ISBN", "url": "URL", "edition": "edition", "genre": "genre",
       "collection-title": "collection-title", "citation-number": "label"}
NAME_FIELDS = {"author", "editor", "translator"}
_STOP = {"and", "et", "al", "eds", "ed", "in", "und", "hrsg", "by", "edited", "trans", "translated", "y",
         "editor", "editors", "translator", "translators", "director", "producer", "producers"}
_INITIALS = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ]{1,3}$")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def name_words(s: str) -> frozenset[str]:
    """Name words of 2+ letters; initials, written with stops ("J. J.") or without (Vancouver "JJ", "CGM"),
    are dropped on both sides, so "Peters OA" = "O. A. Peters"."""
    s = " ".join(w for w in re.sub(r"[^\w\s]|_", " ", unicodedata.normalize("NFKC", s)).split()
                 if not _INITIALS.match(w))
    return frozenset(w for w in norm(s).split() if len(w) >= 2 and w not in _STOP and not w.isdigit())


def first_num(s: str) -> str:
    m = re.search(r"\d+", norm(s)) or re.search(r"\b[ivxlc]+\b", norm(s))
    return m.group(0) if m else norm(s).split(" ")[0] if norm(s) else ""


def pages(s: str) -> tuple[str, ...]:
    nums = re.findall(r"\d+", s)
    return (nums[0], nums[-1]) if nums else ()


def gold_value(field: str, texts: list[str]):
    joined = " ".join(texts)
    if field in NAME_FIELDS:
        return name_words(joined)
    if field == "issued":
        years = {m for t in texts for m in re.findall(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)", t)[:1]}
        return frozenset(years)
    if field in ("volume", "edition", "label"):
        return first_num(joined)
    if field == "page":
        return pages(joined)
    if field == "ISBN":
        return re.sub(r"[^\dx]", "", joined.lower())
    if field == "URL":
        return norm(re.sub(r"(?i)^.*?(https?:|www\.)", r"\1", joined))
    if field == "DOI":
        return norm(re.sub(r"(?i)^.*?(10\.)", r"\1", joined))
    if field == "container-title":
        return norm(re.sub(r"^\s*(?:In:?|in:?)\s+", "", joined))
    return norm(joined)


def pred_value(field: str, csl: dict, label: str | None):
    if field == "label":
        return label and first_num(label)
    v = csl.get(field)
    if v is None:
        return None
    if field in NAME_FIELDS:
        keys = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix", "literal")
        return name_words(" ".join(" ".join(filter(None, (n.get(k) for k in keys))) for n in v))
    if field == "issued":
        years = set()
        for key in ("issued", "original-date"):
            d = csl.get(key)
            if d and d.get("date-parts"):
                years.add(str(d["date-parts"][0][0]))
        return frozenset(years)
    return gold_value(field, [str(v)])


def gold_of(parts: list[tuple[str, str]]) -> dict:
    gold: dict = {}
    for tag, txt in parts:
        if tag in MAP:
            gold.setdefault(MAP[tag], []).append(txt)
    return gold


def score(golds, parsed, lines, show=None, counts=None):
    """Add TP/FP/FN per field of ``parsed`` [(label, csl)] against ``golds`` into ``counts``."""
    tp, fp, fn = counts or (Counter(), Counter(), Counter())
    for gold, (label, csl), line in zip(golds, parsed, lines):
        fields = set(gold) | {f for f in MAP.values() if f in csl or (f == "label" and label)}
        for f in fields:
            g = gold_value(f, gold[f]) if f in gold else None
            p = pred_value(f, csl, label) if f in MAP.values() else None
            if not g and not p:
                continue
            if g and p == g:
                tp[f] += 1
                continue
            if g:
                fn[f] += 1
            if p:
                fp[f] += 1
            if show == f:
                print(f"- {line}\n  gold={g}\n  pred={p}")
    return tp, fp, fn


def report(title: str, counts) -> float:
    tp, fp, fn = counts
    print(f"\n{title}\n{'field':18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for f in sorted(set(tp) | set(fn) | set(fp), key=lambda f: -(tp[f] + fn[f])):
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 0.0
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{f:18} {p:6.3f} {r:6.3f} {f1:6.3f} {tp[f] + fn[f]:5d}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    prec, rec = T / (T + P), T / (T + N)
    f1 = 2 * prec * rec / (prec + rec)
    print(f"{'micro':18} {prec:6.3f} {rec:6.3f} {f1:6.3f} {T + N:5d}")
    return f1


def run(lines: list[str], parse) -> tuple[list, float]:
    """Each line read as its own reference list (AnyStyle pools references of many lists): (label, csl)."""
    t0 = time.perf_counter()
    out = []
    for line in lines:
        entries = reflist.entries(line)
        e = entries[0] if entries else None
        out.append((e.label, parse(line[e.start:e.end])) if e else (None, {}))
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print mismatches of this CSL field (of the last parser scored)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation of the CRF (trained per fold)")
    ap.add_argument("--only", choices=["rules", "crf", "combined"], help="score one parser only")
    args = ap.parse_args()
    data = load_core()
    if args.limit:
        data = data[:args.limit]
    lines = [line for line, _ in data]
    golds = [gold_of(parts) for _, parts in data]
    kinds = [args.only] if args.only else ["rules", "crf", "combined"]
    times: dict[str, float] = {}
    results: dict[str, float] = {}
    if "rules" in kinds:
        parsed, times["rules"] = run(lines, cslparse.parse_rules)
        results["rules"] = report("rules only", score(golds, parsed, lines, args.show))
    models = [k for k in kinds if k != "rules"]
    if models and args.cv:
        import pycrfsuite

        counts = {k: (Counter(), Counter(), Counter()) for k in models}
        times.update({k: 0.0 for k in models})
        t_train = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            for fold in range(args.cv):
                test = [i for i in range(len(data)) if i % args.cv == fold]
                train_seqs = [parts for i, (_, parts) in enumerate(data) if i % args.cv != fold]
                path = Path(tmp) / f"fold{fold}.model"
                train_crf(train_seqs, path)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(path))
                fl, fg = [lines[i] for i in test], [golds[i] for i in test]
                for k in models:
                    fn = (lambda t: crf.parse(t, tagger)) if k == "crf" else (lambda t: cslparse.parse(t, model=tagger))
                    parsed, dt = run(fl, fn)
                    times[k] += dt
                    score(fg, parsed, fl, args.show, counts[k])
        print(f"\n({args.cv} models trained in {time.perf_counter() - t_train:.0f}s)")
        for k in models:
            results[k] = report(f"{k} ({args.cv}-fold cross-validation: never tested on its training references)",
                                counts[k])
    elif models:
        if crf.tagger() is None:
            print("\nno CRF model at", crf.MODEL)
        else:
            for k in models:
                fn = crf.parse if k == "crf" else cslparse.parse
                parsed, times[k] = run(lines, fn)
                results[k] = report(f"{k}, shipped model (trained on all of core.xml: NOT a held-out figure)",
                                    score(golds, parsed, lines, args.show))
    print()
    for k, dt in times.items():
        print(f"{k:9} micro F1 {results[k]:.3f}   {len(lines) / dt:6.0f} references/sec ({1000 * dt / len(lines):.2f} ms each)")


if __name__ == "__main__":
    main()

"""Train the event-word CRF on TempEval-3 training and write historiograph/data/events/event-crf.model.

Each TimeML document's <TEXT> is stripped of its tags (EVENT spans kept with their class), parsed by
the project's spaCy pipeline, and every token takes the class of the EVENT it lies in, else O; one
sentence is one sequence. Features: ``events.detector.features``.

Held out: every fifth TimeBank document (sorted by name). The script trains on the rest, reports
token-level precision and recall of EVENT detection (any class, and happenings: not STATE/I_STATE)
on the held-out documents, then (unless --no-final) trains on everything and writes the model.

Usage: nice .venv/bin/python bench/train_event_crf.py [--c1 F] [--c2 F] [--minfreq N] [--no-final]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from crf_options import crf_parser
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from historiograph.events import detector  # noqa: E402
from historiograph.nlp import load_model  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "tempeval3-train"
PARAMS = {"c1": 0.05, "c2": 0.05, "minfreq": 2, "max_iterations": 150}


def read_timeml(path: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """(plain text of <TEXT>, [(start, end, class)] of its EVENT elements)."""
    root = etree.parse(str(path)).getroot()
    text_el = root.find(".//TEXT")
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0

    def walk(el):
        nonlocal pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            start = pos
            walk(child)
            if child.tag == "EVENT":
                spans.append((start, pos, child.get("class", "OCCURRENCE")))
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)

    walk(text_el)
    return "".join(parts), spans


def sequences(paths: list[Path]):
    """(features, labels, tokens) per sentence of the documents."""
    nlp = load_model()
    docs = [read_timeml(p) for p in paths]
    out = []
    for (text, spans), doc in zip(docs, nlp.pipe((t for t, _ in docs), batch_size=16)):
        label_at = {}
        for s, e, cls in spans:
            for tok in doc.char_span(s, e, alignment_mode="expand") or []:
                label_at[tok.i] = cls
        for sent in doc.sents:
            if not any(not t.is_space for t in sent):
                continue
            out.append((detector.features(sent), [label_at.get(t.i, "O") for t in sent], list(sent)))
    return out


def train(seqs, out: Path, c1: float, c2: float, minfreq: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels, _ in seqs:
        trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    trainer.train(str(out))


def evaluate(seqs, model_path: Path) -> None:
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model_path))
    counts = {k: [0, 0, 0] for k in ("any", "happening")}  # tp, predicted, gold
    pos_counts: dict[str, list[int]] = {}
    for feats, gold, toks in seqs:
        pred = t.tag(feats)
        for g, p, tok in zip(gold, pred, toks):
            for key, ok in (("any", lambda x: x != "O"), ("happening", lambda x: x in detector.HAPPENING)):
                counts[key][0] += ok(g) and ok(p)
                counts[key][1] += ok(p)
                counts[key][2] += ok(g)
            pc = pos_counts.setdefault(tok.pos_ if tok.pos_ in ("VERB", "NOUN", "ADJ") else "other", [0, 0, 0])
            pc[0] += g != "O" and p != "O"
            pc[1] += p != "O"
            pc[2] += g != "O"
    for key, (tp, np_, ng) in counts.items():
        print(f"held-out EVENT detection ({key}): P {tp}/{np_} = {tp / max(np_, 1):.3f}  "
              f"R {tp}/{ng} = {tp / max(ng, 1):.3f}  F1 {2 * tp / max(np_ + ng, 1):.3f}")
    for key, (tp, np_, ng) in sorted(pos_counts.items()):
        print(f"  {key:6} P {tp / max(np_, 1):.3f}  R {tp / max(ng, 1):.3f}  (gold {ng})")


def main() -> None:
    ap = crf_parser(PARAMS, detector.MODEL)
    ap.add_argument("--no-final", action="store_true", help="held-out figures only; write no model")
    args = ap.parse_args()
    timebank = sorted((DATA / "TimeBank").glob("*.tml"))
    held = timebank[::5]
    train_paths = [p for p in timebank if p not in held] + sorted((DATA / "AQUAINT").glob("*.tml"))
    t0 = time.perf_counter()
    train_seqs = sequences(train_paths)
    held_seqs = sequences(held)
    print(f"parsed {len(train_paths)} + {len(held)} held-out documents in {time.perf_counter() - t0:.0f}s; "
          f"{sum(len(s[1]) for s in train_seqs)} training tokens, "
          f"{sum(lab != 'O' for s in train_seqs for lab in s[1])} events")
    tmp = args.out.with_suffix(".heldout.tmp")
    t0 = time.perf_counter()
    train(train_seqs, tmp, args.c1, args.c2, args.minfreq, args.iterations)
    print(f"trained in {time.perf_counter() - t0:.0f}s")
    evaluate(held_seqs, tmp)
    tmp.unlink()
    if args.no_final:
        return
    train(train_seqs + held_seqs, args.out, args.c1, args.c2, args.minfreq, args.iterations)
    print(f"-> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()

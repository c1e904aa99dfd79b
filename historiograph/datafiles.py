"""Reading historiograph's data files (historiograph/data/<area>/<name>): lexicons, gazetteers, tables.

Data, not code: a new trigger word, place name or heading is a change to one of these files. Each
stage's lexicon module caches what it builds from them (functools.lru_cache), so a file is read once
per process.
"""
from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def path(area: str, name: str) -> Path:
    return DATA / area / name


def text(area: str, name: str) -> str:
    return path(area, name).read_text(encoding="utf-8")


def lines(area: str, name: str) -> list[str]:
    """The non-empty lines, stripped, without comment lines starting with '#'."""
    return [ln.strip() for ln in text(area, name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def rows(area: str, name: str) -> list[list[str]]:
    """A tab-separated table: one list of fields per line (comments and blank lines skipped)."""
    return [ln.split("\t") for ln in lines(area, name)]


@contextmanager
def gc_paused():
    """Build a large table (a gazetteer, a model) without the cyclic garbage collector.

    Tens of thousands of new dicts and lists set off full collections, each of which walks every
    object of the process (the spaCy model's too), about a tenth of a CPU second apiece, and finds
    nothing: a table of plain records makes no reference cycles. The collector's state is restored.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load_json(area: str, name: str) -> Any:
    return json.loads(text(area, name))


def crf_tagger(model: Path):
    """A python-crfsuite tagger over a shipped model file; None without the file or the package
    (the stages that use one then work by their rules alone)."""
    if not model.is_file():
        return None
    try:
        import pycrfsuite
    except ImportError:
        return None
    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t

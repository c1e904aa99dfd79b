"""historiograph: an evidence-linked model of what historical narratives describe.

    >>> import historiograph
    >>> ad = historiograph.annotate("essay.txt")          # or a string of text
    >>> corpus = historiograph.Corpus("historiograph.db")
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .model import AnnotatedDocument, Document
from .pipeline import Options

if TYPE_CHECKING:
    from .store import Corpus

__version__ = "0.1.0"
__all__ = ["annotate", "Corpus", "Options", "AnnotatedDocument", "Document"]


def annotate(path_or_text: str | Path, options: Options | None = None, **kwargs) -> AnnotatedDocument:
    """Annotate one file (a Path, or a str naming an existing file) or a string of text."""
    from . import ingest, pipeline

    options = options or Options(**kwargs)
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text and len(path_or_text) < 4096
        and Path(path_or_text).is_file()
    ):
        doc = ingest.read(Path(path_or_text))
    else:
        doc = ingest.from_text(str(path_or_text))
    if options.published and not doc.metadata.published:
        doc.metadata.published = options.published
    return pipeline.run(doc, options)


def __getattr__(name: str):
    if name == "Corpus":
        from .store import Corpus

        return Corpus
    raise AttributeError(name)

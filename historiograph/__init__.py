"""historiograph: an evidence-linked model of what historical narratives describe.

    >>> import historiograph
    >>> ad = historiograph.annotate(path="essay.txt")
    >>> ad = historiograph.annotate_text("In 1937 ...")
    >>> corpus = historiograph.Corpus("historiograph.db")
"""
from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import AnnotatedDocument, Document
from .pipeline import Options

if TYPE_CHECKING:
    from .store import Corpus

__version__ = "0.1.0"
__all__ = ["annotate", "annotate_text", "annotate_file", "Corpus", "Options", "AnnotatedDocument", "Document"]

_UNSET = object()


def annotate_text(text: str, options: Options | None = None, source: str = "<text>", **kwargs) -> AnnotatedDocument:
    """Annotate a string of text (never read as a file name)."""
    from . import ingest

    return _run(ingest.from_text(str(text), source=source), options, kwargs)


def annotate_file(path: str | Path, options: Options | None = None, **kwargs) -> AnnotatedDocument:
    """Annotate one file (txt, md, html, pdf)."""
    from . import ingest
    from .build import limits

    options = options or Options(**kwargs)
    return _run(ingest.read(Path(path), limits=limits(options)), options, {})


def annotate(text: Any = _UNSET, options: Options | None = None, *, path: str | Path | None = None,
             **kwargs) -> AnnotatedDocument:
    """Annotate a string of text, or the file at ``path=``: ``annotate("In 1937 ...")``,
    ``annotate(path="essay.txt")``. A string is always text, even when it names a file, so text from
    a user can never make the library read a file. (Passing a ``Path`` positionally still reads the
    file, with a DeprecationWarning: write ``path=``.)"""
    if path is not None:
        if text is not _UNSET:
            raise TypeError("annotate() takes text or path=, not both")
        return annotate_file(path, options, **kwargs)
    if isinstance(text, Path):
        warnings.warn("annotate(Path(...)) is deprecated; use annotate(path=...) or annotate_file(...)",
                      DeprecationWarning, stacklevel=2)
        return annotate_file(text, options, **kwargs)
    if text is _UNSET:
        raise TypeError("annotate() needs text, or path=")
    return annotate_text(text, options, **kwargs)


def _run(doc: Document, options: Options | None, kwargs: dict) -> AnnotatedDocument:
    from . import pipeline

    options = options or Options(**kwargs)
    if options.published and not doc.metadata.published:
        doc.metadata.published = options.published
    return pipeline.run(doc, options)


def __getattr__(name: str):
    if name == "Corpus":
        from .store import Corpus

        return Corpus
    raise AttributeError(name)

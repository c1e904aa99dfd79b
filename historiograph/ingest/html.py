"""HTML pages: trafilatura extracts the main text and the page's own title, author and date."""
from __future__ import annotations

import trafilatura

from ..model import Metadata
from .errors import IngestError
from .text import decode


def extract(data: bytes, source: str) -> tuple[str, Metadata, str]:
    markup, enc = decode(data, source)
    text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_recall=True,
                               include_formatting=False, deduplicate=False, with_metadata=False)
    if not text or not text.strip():
        raise IngestError(source, "an HTML page with no text in it")
    meta = Metadata()
    found = trafilatura.extract_metadata(markup)
    if found is not None:
        meta.title = found.title or None
        meta.author = found.author or None
        meta.published = found.date or None
    return text, meta, enc

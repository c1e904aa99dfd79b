"""PDF: the text layer (pypdf). A scanned PDF without one is reported, not guessed at."""
from __future__ import annotations

import io
import logging

from ..model import Metadata
from .errors import IngestError


def extract(data: bytes, source: str) -> tuple[str, Metadata, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(source, f"not a readable PDF ({exc})") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise IngestError(source, "a PDF with no text layer (scanned pages need OCR first)")
    meta = Metadata()
    info = reader.metadata
    if info:
        meta.title = (info.title or None) and str(info.title)
        meta.author = (info.author or None) and str(info.author)
    return text, meta, None

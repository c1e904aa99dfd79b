"""HTML pages: trafilatura extracts the main text and the page's own title, author and date."""
from __future__ import annotations

import lxml.html
import trafilatura
from lxml import etree

from ..model import Metadata
from .errors import IngestError
from .text import decode


def extract(data: bytes, source: str) -> tuple[str, Metadata, str]:
    markup, enc = decode(data, source)
    text = trafilatura.extract(_number_ordered_lists(markup), include_comments=False, include_tables=True, favor_recall=True,
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


def _number_ordered_lists(markup: str) -> str:
    """Write each <ol> item's number into its text: trafilatura renders every list as "- " bullets,
    and a numbered reference list must keep its numbers for footnote markers to find their entries.
    Items become paragraphs "1. ...", as the list would read on paper."""
    try:
        tree = lxml.html.fromstring(markup)
    except (etree.ParserError, ValueError):
        return markup
    lists = tree.xpath("//ol")
    if not lists:
        return markup
    for ol in lists:
        try:
            number = int(ol.get("start", "1"))
        except ValueError:
            number = 1
        for li in ol.xpath("./li"):
            li.text = f"{number}. " + (li.text or "")
            li.tag = "p"
            number += 1
        ol.tag = "div"
    return lxml.html.tostring(tree, encoding="unicode")

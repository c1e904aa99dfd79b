"""HTML pages: trafilatura extracts the main text and the page's own title, author and date."""
from __future__ import annotations

import re

import lxml.html
import trafilatura
from lxml import etree

from ..model import Metadata
from .errors import IngestError
from .text import detect

# Characters XML cannot hold (lxml refuses them in element text); a page's text never needs them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def extract(data: bytes, source: str) -> tuple[str, Metadata, str]:
    decoded = detect(data, source)
    markup = _NOT_XML.sub("", decoded.text)
    tree = _parse(markup)
    if tree is None:
        raise IngestError(source, "an HTML page with no text in it")
    meta = Metadata()
    found = trafilatura.extract_metadata(_parse(markup))
    _number_ordered_lists(tree)
    text = trafilatura.extract(tree, include_comments=False, include_tables=True, favor_recall=True,
                               include_formatting=False, deduplicate=False, with_metadata=False)
    if not text or not text.strip():
        raise IngestError(source, "an HTML page with no text in it")
    if found is not None:
        meta.title = found.title or None
        meta.author = found.author or None
        meta.published = found.date or None
    return text, meta, decoded.encoding


def _parse(markup: str):
    """The page as an lxml tree; `huge_tree` so that pages nested hundreds of levels deep (generated
    markup) keep their text instead of being cut at libxml2's default depth."""
    try:
        return lxml.html.fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True, remove_comments=True))
    except (etree.ParserError, ValueError):
        return None


def _number_ordered_lists(tree) -> None:
    """Write each <ol> item's number into its text: trafilatura renders every list as "- " bullets,
    and a numbered reference list must keep its numbers for footnote markers to find their entries.
    Items become paragraphs "1. ...", as the list would read on paper."""
    for ol in tree.xpath("//ol"):
        try:
            number = int(ol.get("start", "1"))
        except ValueError:
            number = 1
        for li in ol.xpath("./li"):
            li.text = f"{number}. " + (li.text or "")
            li.tag = "p"
            number += 1
        ol.tag = "div"

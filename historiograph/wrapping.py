"""Hard-wrapped text: line breaks inside sentences, and words broken at a line end.

OCR and many plain-text editions keep the printed lines: "captain\nBounds", "Pro¬\nvidence",
"Massachu-\nsetts". A name may then cross a line break, which a text with one paragraph per line
(a scraped page) never allows. ``is_hard_wrapped`` tells the two apart once per document;
``join_broken`` extends a span over the other half of a word broken at a line end; ``unbroken``
is the span as read ("Providence"), for the rules that test its spelling.
"""
from __future__ import annotations

import re

HYPHENS = "¬-\u00ad"
_BREAK = re.compile(r"[¬\-\u00ad][ \t]*\n[ \t]*")
_AFTER = re.compile(r"[¬\-\u00ad][ \t]*\n[ \t]*(?P<w>[^\W\d_]+)")
_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)[¬\-\u00ad][ \t]*\n[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?:;\"”'’)\]]\s*$")
_PARAGRAPH = re.compile(r"\n[ \t\xa0]*\n")
_LOOKBACK = 40


def is_hard_wrapped(text: str) -> bool:
    """Most lines stop in mid-sentence and run on into the next one (printed columns, OCR)."""
    lines = text.split("\n")
    ends = run_on = 0
    for a, b in zip(lines, lines[1:]):
        if not a.strip() or not b.strip():
            continue
        ends += 1
        if not _SENTENCE_END.search(a):
            run_on += 1
    return ends >= 4 and run_on >= 0.5 * ends


def crosses_paragraph(span: str, wrapped: bool) -> bool:
    """A name never crosses a paragraph; in a text with one paragraph per line, not a line either."""
    if "\n" not in span:
        return False
    return (not wrapped) or bool(_PARAGRAPH.search(span))


def _joins(piece: str, hyphen: str, cont: str) -> bool:
    # "¬" is the OCR mark of a broken word; "-" may be a real hyphen or a dash, so a hyphen joins
    # a lowercase continuation ("Massachu-\nsetts") or two capitalised halves ("WILKES-\nBARRE")
    return hyphen != "-" or cont[:1].islower() or (piece.isupper() and cont.isupper())


def join_broken(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) grown over the halves of words broken at line ends on either side."""
    e = end
    while e > start and text[e - 1] in " \t\n":
        e -= 1
    if e > start and text[e - 1] in HYPHENS:
        e -= 1
    if e > start and text[e - 1].isalpha():
        m = _AFTER.match(text, e)
        if m:
            piece = re.search(r"[^\W\d_]+$", text[start:e]).group(0)
            if _joins(piece, text[e], m.group("w")):
                end = m.end()
    if start < len(text) and text[start].isalpha():
        m = _BEFORE.search(text[max(0, start - _LOOKBACK):start])
        if m:
            cont = re.match(r"[^\W\d_]+", text[start:]).group(0)
            hy = _BREAK.search(m.group(0)).group(0)[0]
            if _joins(m.group("w"), hy, cont):
                start -= len(m.group(0))
    return start, end


def unbroken(span: str) -> str:
    """The span as read: broken words joined, line breaks as spaces."""
    return _BREAK.sub("", span).replace("\n", " ")

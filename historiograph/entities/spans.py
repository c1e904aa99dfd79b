"""Candidate mentions and the span conventions they must follow (CoNLL/HIPE).

A mention excludes a leading article ("the Red Army" -> "Red Army"), a trailing possessive
("Kim Il Sung’s" -> "Kim Il Sung"), surrounding quotes and punctuation, and identifier labels glued
to it by scraping ("Alfred A. KnopfISBN" -> "Alfred A. Knopf"); it keeps an initial's full stop
("Coox, Alvin D.") and the article of a work's title ("The Pacific War").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK", "EVENT")
COARSE = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
          "WORK": "WORK", "NORP": "NORP", "EVENT": "EVENT"}

# priorities when candidates overlap: rules that read structure beat the statistical model, which
# beats weak lexical rules
STRONG, MODEL, WEAK = 3, 2, 1


@dataclass
class Cand:
    start: int
    end: int
    label: str
    priority: int
    source: str  # "spacy", "reference", "title", "quoted", "cyrillic", "gazetteer", ...

    def overlaps(self, other: "Cand") -> bool:
        return self.start < other.end and other.start < self.end


_LEAD = " \t\n\xa0,;:.!?\"“”„«»‘’'([{*|•–—-^"
_TRAIL = " \t\n\xa0,;:!?\"“”„«»‘’'([{)]}*|•–—-"
_GLUED_ID = re.compile(r"(?<=[a-z\)\]])(?:ISBN|ISSN|OCLC|DOI|doi|JSTOR|Retrieved|Archived|PMID|LCCN)")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_ARTICLE = re.compile(r"^(?:the|The|THE|a|an)\s+")
_KEEP_DOT = re.compile(r"(?:^|[\s.])[A-Z]\.$|(?:[A-Z]\.){2,}$|\b(?:Jr|Sr|St|Co|Inc|Ltd|Bros)\.$")
_IDENTIFIER = re.compile(
    r"(?:doi:|10\.\d{4,}/|\bISBN\b|\bISSN\b|\bOCLC\b|\bJSTOR\b|https?:|www\.|\.jpg|\.png|\d{4}-\d{3}[\dX])", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_LONE_LETTERS = re.compile(r"^(?:[a-z][\s\xa0]+)+(?=[A-Z])")


def trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Apply the span conventions to (start, end); returns an empty span when nothing is left."""
    glued = _GLUED_ID.search(text, start, end)
    if glued:
        end = glued.start()
    bracket = text.find("[", start, end)
    if bracket > start:
        end = bracket
    for _ in range(4):
        s0, e0 = start, end
        while start < end and text[start] in _LEAD:
            start += 1
        while start < end and text[end - 1] in _TRAIL:
            end -= 1
        if end > start and text[end - 1] == "." and not _KEEP_DOT.search(text[start:end]):
            end -= 1
        span = text[start:end]
        m = _POSSESSIVE.search(span)
        if m and label != "WORK":
            end = start + m.start()
            span = text[start:end]
        m = _LONE_LETTERS.match(span)  # "g Kuksin" after "Jump up to:a b ... g"
        if m:
            start += m.end()
            span = text[start:end]
        m = _ARTICLE.match(span)
        if m and end - start > m.end() and (label != "WORK" or span[0].islower()):
            start += m.end()
        if (start, end) == (s0, e0):
            break
    return start, max(start, end)


def is_junk(span: str, label: str) -> bool:
    """Things spaCy tags in scraped pages that name nothing: identifiers, template words, digits."""
    s = span.strip()
    if len(s) < 2 or not _LETTER.search(s):
        return True
    if s.casefold() in lexicon.junk() or s.split()[0].casefold() in lexicon.junk():
        return True
    if _IDENTIFIER.search(s):
        return True
    if label in ("PERSON", "GPE", "NORP") and any(c.isdigit() for c in s):
        return True
    if label in ("ORG", "FAC", "LOC", "WORK", "EVENT") and sum(c.isdigit() for c in s) > 4:
        return True
    if "\n" in s:
        return True
    return False


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep a flat set of mentions: higher priority first, then longer; O(n log n)."""
    order = sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    kept: list[Cand] = []
    starts: list[int] = []
    import bisect

    for c in order:
        i = bisect.bisect_left(starts, c.start)
        clash = False
        for j in (i - 1, i):
            if 0 <= j < len(kept) and kept[j].overlaps(c):
                clash = True
        # a neighbour further right may still overlap when spans are long
        k = i
        while not clash and k < len(kept) and kept[k].start < c.end:
            clash = kept[k].overlaps(c)
            k += 1
        if not clash:
            kept.insert(i, c)
            starts.insert(i, c.start)
    return kept

"""Candidate mentions and the span conventions they must follow (CoNLL/HIPE).

A mention excludes a leading article ("the Red Army" -> "Red Army"), a trailing possessive
("Kim Il Sung’s" -> "Kim Il Sung"), surrounding quotes and punctuation, and identifier labels glued
to it by scraping ("Alfred A. KnopfISBN" -> "Alfred A. Knopf"); it keeps an initial's full stop
("Coox, Alvin D.") and the article of a work's title ("The Pacific War").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from ..wrapping import crosses_paragraph, unbroken

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


_LEAD = "¬ \t\n\xa0,;:.!?\"“”„«»‘’'([{*|•–—-^="
_TRAIL = "¬ \t\n\xa0,;:!?\"“”„«»‘’'([{)]}*|•–—-="
_GLUED_ID = re.compile(r"(?<=[a-z\)\]])(?:ISBN|ISSN|OCLC|DOI|doi|JSTOR|Retrieved|Archived|PMID|LCCN)")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=[A-Z])['’]S|(?<=[sS])['’])$")  # "HALE’S" in capitals too
_POSSESSIVE_SUFFIX = re.compile(r"['’]s?$|(?<=[A-Z])['’]S$")


def strip_possessive(word: str) -> str:
    """``word`` without a possessive suffix ("Hess's" -> "Hess", "Jones'" -> "Jones"): a suffix,
    where ``rstrip("'s")`` would strip letters ("Hess's" -> "He")."""
    return _POSSESSIVE_SUFFIX.sub("", word)
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
    paren = text.find("(", start, end)
    if paren > start and text.find(")", paren, end) < 0:
        end = paren  # "Wŏnsan (Genzan": the bracket holds another name
    for _ in range(4):
        s0, e0 = start, end
        while start < end and text[start] in _LEAD:
            start += 1
        while start < end and text[end - 1] in _TRAIL:
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break  # "All-Union Communist Party (Bolsheviks)": the bracket is part of the name
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
        if span.endswith((" of", " OF")) and label != "WORK":  # "County of" before a broken name
            end -= 3
            span = text[start:end]
        m = _ARTICLE.match(span)
        if m and end - start > m.end() and (label != "WORK" or span[0].islower()):
            start += m.end()
        if (start, end) == (s0, e0):
            break
    return start, max(start, end)


def is_junk(span: str, label: str, wrapped: bool = False) -> bool:
    """Things spaCy tags in scraped pages and OCR that name nothing: identifiers, template words,
    digits, lowercase words ("fcven", "moll lafling": a name has a capital where its script has
    case), titles alone ("Esq", "lieut"), spans across a paragraph."""
    if crosses_paragraph(span, wrapped):
        return True
    s = unbroken(span).strip()
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
    if is_lowercase(s):
        return True
    if all(w.rstrip(".").casefold() in title_words() for w in s.split()):
        return True
    return False


def is_lowercase(word: str) -> bool:
    """Cased letters, none of them a capital ("fcven"; not "iPhone", not 毛泽东)."""
    has_cased = False
    for c in word:
        if c.isupper():
            return False
        if c.islower():
            has_cased = True
    return has_cased


@functools.lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    return frozenset(w.casefold() for t in lexicon.titles() for w in t.split())


_WORD = re.compile(r"(?:[¬\-\u00ad][ \t]*\n[ \t]*|\S)+")  # a word broken at a line end is one word


def trim_words(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Words that the model's span takes in but a name leaves out: lowercase words opening it
    (OCR debris "tlie Coll", "a. Conner"; a lowercase title "capt. Orne"), except name particles
    ("de Gaulle"); for a person, titles before the name ("General Tojo" -> "Tojo", CoNLL) and
    lowercase words closing it ("Bounds arul")."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    if len(words) < 2:
        return start, end
    particles = lexicon.name_particles()
    titles = title_words()
    i, j = 0, len(words)

    def w(k: int) -> str:
        return text[words[k][0]:words[k][1]]

    while j - i > 1:
        first = w(i)
        if is_lowercase(first) and first.casefold() not in particles and not first.endswith(("’", "'")):
            i += 1
        elif label == "PERSON" and first.rstrip(".").casefold() in titles and w(i + 1)[:1].isupper():
            i += 1
        else:
            break
    while label == "PERSON" and j - i > 1 and is_lowercase(w(j - 1)) and w(j - 1).casefold() not in particles:
        j -= 1
    return words[i][0], words[j - 1][1]


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

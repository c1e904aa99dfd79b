"""Who a text's "I" and "we" are, and who acts in its clauses with no subject, from the text's form: a
letter's signature, a blog's "Posted by NAME" at its end, a diary's or memoir's "The Diary of NAME",
a ship's log ("Log of the schooner NAME": "Weighed anchor at six" is the ship), an interview's
interviewee ("Interview with NAME" over "Q:"/"A:" turns). A heading's place
("Paris, 3 May 1871") is never the writer.
"""
from __future__ import annotations

import functools
import re

from ..ingest import metadata as md
from ..time.entries import DATELINE_AGENCY, DATELINE_PLACE

# a name on a line of its own: one to four capitalised words ("Henry Walker", "Emile", "Lt. J. Moss")
_NAME_LINE = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w.'’\-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w.'’\-]*){0,3}$")
_LOG = re.compile(r"^(?:the\s+|a\s+)?(?:log|log-?book|journal|diary|logs)\s+of\s+(?:the\s+)?(?P<rest>.+)$", re.I)
_SHIP_PREFIX = re.compile(r"^(?:H\.?M\.?S\.?|U\.?S\.?S\.?|S\.?S\.?|R\.?M\.?S\.?|H\.?M\.?A\.?S\.?)\s+")
_NAME_WORDS = re.compile(r"^[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}")


def _lines(text: str) -> list[str]:
    return [ln.strip().strip("*_#").strip() for ln in text.splitlines() if ln.strip()]


def signature(text: str) -> str | None:
    """The name that signs a letter: its last line is a name alone and the line before a short closing
    that ends in a comma ("Your loving son,", "Ever yours,"), and the letter opens with a greeting that
    ends in a comma ("Dear Father,")."""
    lines = _lines(text[-600:])
    every = _lines(text[:600] if len(text) > 1200 else text)
    if len(lines) < 3 or not any(ln.endswith(",") and len(ln.split()) <= 6 for ln in every[:min(4, len(every) - 3)]):
        return None
    name, closing = lines[-1].rstrip("."), lines[-2]
    if not _NAME_LINE.match(name) or not closing.endswith(",") or len(closing.split()) > 6:
        return None
    return md.person(name)


def byline_at_end(text: str) -> str | None:
    """The author a blog's closing byline names ("Posted by Alan Price at 9:14 PM")."""
    for line in _lines(text[-400:])[-3:]:
        if md.is_byline(line) and (author := md.labelled_author(line)) is not None:
            return author
    return None


@functools.lru_cache(maxsize=64)
def vessel(head: str) -> str | None:
    """The ship a log's title names ("Log of the schooner Dolphin", "Journal of HMS Beagle", "The log of
    the brig Mary Ann, Captain X"): its name, else None. The word before the name must be a kind of
    vessel (WordNet), or the name carry a ship prefix."""
    from .coref import is_kind_of
    for line in _lines(head)[:3]:
        m = _LOG.match(line)
        if not m:
            continue
        rest = m["rest"].split(",")[0].strip()
        if (prefix := _SHIP_PREFIX.match(rest)):
            name = _NAME_WORDS.match(rest[prefix.end():])
            return prefix.group(0) + name.group(0) if name else None
        words = rest.split()
        if len(words) >= 2 and words[0].islower() and (is_kind_of(words[0].lower(), "vessel") or
                                                       words[0].lower() in ("ship", "vessel")):
            name = _NAME_WORDS.match(" ".join(words[1:]))
            return name.group(0) if name else None
    return None


_INTERVIEW = re.compile(r"^(?:an?\s+|the\s+)?(?:oral[- ]history\s+|transcript\s+of\s+(?:an?\s+)?)?interview\s+"
                        r"(?:with|of)\s+(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})", re.I)
# a turn's label at a line's start: "Q:", "A.", "INTERVIEWER:", "Mrs Dube:" (a word or three, then ":")
_TURN = re.compile(r"^[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,2})[ \t]*[:.][ \t]+\S", re.M)
_ASKER = ("q", "question", "interviewer", "int")


def interview(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """(interviewee, the spans of the interviewer's turns) for an interview transcript: a head line
    "Interview with NAME" (also "Oral history interview with", "Transcript of an interview with") and
    turns that open with a label ("Q:", "INTERVIEWER:"). The answers' "I" is the interviewee; a
    question's is not. None for other texts."""
    head = next((m for ln in _lines(text[:600])[:3] if (m := _INTERVIEW.match(ln))), None)
    if head is None:
        return None
    name = head["name"]
    turns = [(m.start(), m["label"].lower().rstrip(".")) for m in _TURN.finditer(text)]
    asks = [i for i, (_, label) in enumerate(turns) if label in _ASKER]
    if not asks:
        return None
    spans = tuple((turns[i][0], turns[i + 1][0] if i + 1 < len(turns) else len(text)) for i in asks)
    return md.person(name), spans


# a news report's dateline opening a paragraph: a place in capitals (its region after a comma), a date,
# an agency in brackets, in any order the wires use, then a dash: "LUSAKA, Oct. 14 (Reuters) - ",
# "NAIROBI (AP) — ", "LIMA, Peru, June 3 -- "
_DATELINE = re.compile(DATELINE_PLACE + r"(?:,[ \t]+[A-Z][\w.'’ ]{1,30}?)?(?:,[ \t]+[^\n—–()]{3,40}?)?"
                       r"[ \t]*(?:" + DATELINE_AGENCY + r"[ \t]*)?(?:—|–|--|-|_)[ \t]", re.M)


def datelines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of a news report's datelines: their place (and agency) is never who acted or spoke."""
    out = []
    for m in _DATELINE.finditer(text):
        place = m.group(0).split(",")[0].split("(")[0].strip(" \t-—–_")
        if len(place) >= 3 and place.isupper():
            out.append((m.start(), m.end()))
    return tuple(out)


def writer(text: str, meta) -> tuple[str | None, bool]:
    """(name, told): who wrote the text, and whether its form says it is told by its writer (a signed
    letter, a post signed at its end, a diary or memoir by title). The header's author counts unless it is
    a place."""
    author = (meta.author or "").strip()
    if author and md.place_name(author):
        author = ""
    sig = signature(text)
    if sig:
        return sig, True
    talk = interview(text)
    if talk:
        return talk[0], True
    genre = md.genre_author(_lines(text[:1000])[:md.HEAD_LINES])
    if genre and (len(genre.split()) >= 2 or md.first_person(text)):  # ("Letters of Marque" is no one's)
        return author or genre, True
    end = byline_at_end(text)
    if author:
        return author, bool(end) or _posted(text)
    if end:
        return end, True
    return None, False


def _posted(text: str) -> bool:
    """A header byline "Posted by NAME": a post told by its writer."""
    return any(re.match(r"(?i)^(?:posted|written)\b", ln) and md.is_byline(ln) for ln in _lines(text[:600])[:md.HEAD_LINES])

"""An article's head: its title line and the fact lines under it, bulleted or not.

Encyclopedia articles copied by hand or exported from a wiki open with a title ("= Treaty of Turin =",
"# Henri Delacroix", or a plain first line) and a few "Key: value" lines ("Born: 12 March 1790, Lyon",
"Signed: 3 April 1823", "Location: Turin") before the prose. A bulleted line ("- Born: 1900") is a fact
line wherever it stands; an unbulleted one only in the run of such lines right under the title, and only
when the run reads as facts, not as a blog's header: at least two lines, or one whose key states an
event ("Born:", "Signed:"); a run of dates alone ("Date: 3 May 2020") is a dateline, and labels of the
document itself ("Author:", "Source:", "Posted:") are never facts.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from .. import datafiles

MAX_FACTS = 200  # non-empty lines from the top read as the head at most
_FACT = re.compile(r"^[ \t]*(?P<bullet>[-*•][ \t]+)?(?P<key>[A-Z][A-Za-z0-9'’ _/()\-]{0,40}?)[ \t]*:[ \t]*"
                   r"(?P<value>\S[^\n]*?)[ \t]*$", re.M)
_MARKED = re.compile(r"^[ \t]*(?:=[ \t]*(?P<w>[^=\n]*[^=\s])[ \t]*=|#[ \t]+(?P<m>[^\n#]*[^\s#])[ \t#]*)[ \t]*$", re.M)
_LEAD = re.compile(r"^[ \t]*(?:(?:source|url|link|retrieved from)[ \t]*:[ \t]*\S+|https?://\S+)[ \t]*$", re.I | re.M)
_URL = re.compile(r"https?://|www\.", re.I)


@dataclass(frozen=True)
class FactLine:
    start: int  # the line
    end: int
    kstart: int  # the key
    kend: int
    vstart: int  # the value
    vend: int
    bulleted: bool

    def key(self, text: str) -> str:
        return text[self.kstart:self.kend]


@dataclass(frozen=True)
class Head:
    title: tuple[int, int, int, int]  # line start, line end, title start, title end
    marked: bool  # "= Title =" or "# Title"; else a plain line
    facts: tuple[FactLine, ...]


@functools.lru_cache(maxsize=1)
def _keys() -> tuple[frozenset[str], frozenset[str]]:
    """(keys that state an event or its place, labels of the document itself)."""
    cfg = datafiles.load_json("events", "infobox.json")
    event_keys = frozenset(cfg["keys"]) | frozenset(cfg["place_keys"]) | frozenset(cfg.get("fact_place_keys", {}))
    return event_keys, frozenset(datafiles.lines("sources", "header_labels.txt"))


def _norm(key: str) -> str:
    return re.sub(r"[\s_]+", " ", key).strip().casefold()


def fact_line(text: str, start: int, end: int) -> FactLine | None:
    """The line text[start:end] read as "Key: value", or None."""
    m = _FACT.match(text, start, end)
    if not m or len(m["key"].split()) > 4 or len(m["value"]) > 200 or len(m["value"].split()) > 25:
        return None
    if _URL.match(m["value"]) and not m["bullet"]:
        return None
    return FactLine(start, end, m.start("key"), m.end("key"), m.start("value"), m.end("value"), bool(m["bullet"]))


def _plain_title(line: str) -> bool:
    """A headline-style line: short, no sentence punctuation at its end, its words capitalised."""
    words = line.split()
    if not 1 <= len(words) <= 12 or len(line) > 100 or line[-1] in ".:;,!?\"”" or ":" in line:
        return False
    content = [w for w in words if w[:1].isalpha() and len(w) > 3 or w[:1].isupper()]
    return bool(content) and sum(w[:1].isupper() for w in content) / len(content) >= 0.6


_TURN_LABELS = ("q", "question", "interviewer", "a", "answer")


def _interview(text: str, facts: list[FactLine]) -> bool:
    """Whether the head's "key: value" lines are an interview's turns: the text is a transcript, or a
    line's key is a turn label ("Q:", "Answer:"). A fact left uncertain ("Died: 1862?") is still a fact."""
    from ..events import writer  # lazily: writer reads metadata, which reads this module
    return writer.interview(text) is not None or any(_norm(f.key(text)) in _TURN_LABELS for f in facts)


@functools.lru_cache(maxsize=8)
def head(text: str) -> Head | None:
    """The article's title and the fact lines right under it; None when the text does not open so."""
    lines = [(m.start(), m.end()) for m in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", text), MAX_FACTS)]
    i = 0
    while i < len(lines) and i < 2 and _LEAD.match(text, *lines[i]):
        i += 1  # "Source: https://..." above the title
    if i >= len(lines):
        return None
    s, e = lines[i]
    raw = text[s:e]
    m = _MARKED.match(raw)
    if m:
        group = "w" if m["w"] else "m"
        title = (s, e, s + m.start(group), s + m.end(group))
    elif _plain_title(raw.strip()) and not fact_line(text, s, e):
        a = s + len(raw) - len(raw.lstrip())
        title = (s, e, a, a + len(raw.strip()))
    else:
        return None
    facts: list[FactLine] = []
    captions = 0
    event_keys, labels = _keys()
    for s, e in lines[i + 1:]:
        f = fact_line(text, s, e)
        if f is None:
            line = text[s:e].strip()
            if facts or captions >= 2 or len(line.split()) > 6 or line[-1:] in ".!?" or _MARKED.match(line):
                break
            captions += 1  # "Infobox", the subject's name again, a caption
            continue
        facts.append(f)
    if any(text[f.vstart:f.vend].endswith("?") for f in facts if not f.bulleted) and _interview(text, facts):
        facts = [f for f in facts if f.bulleted]  # "Q: Where were you born?": an interview's turns, no facts
    told = [f for f in facts if _norm(f.key(text)) not in labels]
    undated = [f for f in told if _norm(f.key(text)) not in ("date", "dates")]
    keyed = any(_norm(f.key(text)) in event_keys for f in undated)
    if not undated or (len(told) < 2 and not keyed):
        told = [f for f in told if f.bulleted]
        if not told and not m:
            return None
    return Head(title, bool(m), tuple(told))


def unbulleted(text: str) -> list[FactLine]:
    """The unbulleted fact lines of the article's head (bulleted ones are read wherever they stand)."""
    h = head(text)
    return [f for f in h.facts if not f.bulleted] if h else []


@functools.lru_cache(maxsize=8)
def lines(text: str) -> tuple[FactLine, ...]:
    """Every fact line of a text, in order: bulleted ones wherever they stand, unbulleted ones in the
    article's head. The one notion of a fact line that every stage reads (entities, events, and the
    time stage, whose fact dates never move the story's time)."""
    out = {f.start: f for f in unbulleted(text)}
    for m in _BULLETED.finditer(text):
        f = fact_line(text, m.start(), m.end())
        if f is not None and f.bulleted:
            out.setdefault(f.start, f)
    return tuple(out[k] for k in sorted(out))


_BULLETED = re.compile(r"^[ \t]*[-*•][ \t]+[^\n]*$", re.M)

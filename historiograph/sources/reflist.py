"""Entries of a reference list: one per line (or per wrapped paragraph), with its label.

A line may open with a label ("8.", "[8]", "8 ", "⁸", a Markdown footnote's "[^8]:"), a bullet, and Wikipedia's back-links ("^",
"Jump up to:a b c"); the entry text starts after them. Labels follow the list's dominant style, so a
stray "10 Coox, ..." line above a "1. ... 14." list is an unlabeled entry, not a second "10".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import headings


_LABEL = re.compile(r"^[ \t\u00a0]*(?:\[\^(?P<f>[^\]\s]{1,30})\]:|\[(?P<b>\d{1,4})\]|(?P<n>\d{1,4})[.)](?=[ \t\u00a0])|"
                    r"(?P<s>\d{1,3})(?=[ \t\u00a0]+\D)|(?P<u>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[ \t\u00a0]*[^\W\d])|"
                    r"(?P<bul>[•*·▪◦‣–-])(?=[ \t\u00a0]))[ \t\u00a0]*", re.M)
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SPACE = " \t\u00a0\u2009\u202f"
BACKLINK = re.compile(r"Jump up to:?(?:[ \t\u00a0]*[a-z](?![\w.]))+|\^(?:[ \t\u00a0]*[a-z](?=[ \t\u00a0]))*")


def is_heading(line: str) -> bool:
    """A line that is only a reference-list heading ("References", "Notes:", "## Bibliography")."""
    s = line.strip().strip("#*=_ \u00a0").rstrip(":").strip()
    return 0 < len(s) < 40 and s.lower() in headings()


@dataclass
class Entry:
    label: str | None
    start: int
    end: int
    style: str | None = None


def _backlinks_end(text: str, pos: int, end: int) -> int:
    """Skip back-link debris ("^", "Jump up to:a b c") at ``pos``."""
    moved = True
    while moved:
        moved = False
        while pos < end and text[pos] in _SPACE:
            pos += 1
        m = BACKLINK.match(text, pos, end)
        if m and m.end() > pos:
            pos = m.end()
            moved = True
    return pos


def entries(text: str, start: int = 0, end: int | None = None) -> list[Entry]:
    """Entries of the reference list in ``text[start:end]``."""
    end = len(text) if end is None else end
    raw: list[Entry] = []
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        lstart, lend = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not text[lstart:lend].strip(_SPACE) or is_heading(text[lstart:lend]):
            continue
        m = _LABEL.match(text, lstart, lend)
        label = style = None
        tstart = lstart
        if m:
            style = next(k for k in ("f", "b", "n", "s", "u", "bul") if m.group(k))
            label = m.group(style).translate(_SUPERSCRIPT_DIGITS) if style != "bul" else None
            tstart = m.end()
        tstart = _backlinks_end(text, tstart, lend)
        tend = lend
        while tend > tstart and text[tend - 1] in _SPACE:
            tend -= 1
        if tend <= tstart:
            continue
        raw.append(Entry(label, tstart, tend, style))
    styles = [e.style for e in raw if e.style in ("f", "b", "n", "s", "u")]
    dominant = max(set(styles), key=styles.count) if styles else None
    out: list[Entry] = []
    seen: set[str] = set()
    for e in raw:
        if e.label is not None and ((e.style == "s" and dominant != "s") or e.label in seen):
            e.label = None
        if e.label:
            seen.add(e.label)
        # a wrapped line continues the previous entry
        if out and e.style is None and dominant and text[e.start].islower():
            out[-1].end = e.end
            continue
        out.append(e)
    return out

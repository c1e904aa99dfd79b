"""Which time patterns cannot match a text, told without running them.

``re`` cannot skip ahead for a case-insensitive pattern that opens with a word list, so each of the
~60 patterns costs a full scan of the text. Most patterns need a word of their own somewhere in any
match ("quarter", a month name, "century"): when none of those words is in the text, the pattern's
scan is skipped. The words are read from the compiled pattern itself, so a pattern edited in
data/time/patterns.tsv keeps an exact filter: a pattern is skipped only when it cannot match.
"""
from __future__ import annotations

import functools
import re
from re import _constants as C
from re import _parser

# Characters other than A-Z that a case-insensitive ``re`` takes for an ASCII letter: those whose
# simple lowercase is ASCII (İ, the Kelvin sign), and re's extra case folds (dotless ı, long ſ).
# tests/test_time_prefilter.py derives the same table from the whole of Unicode.
_AS_ASCII = {0x130: "i", 0x212A: "k", 0x131: "i", 0x17F: "s"}
_FOLD = {**{c: c + 32 for c in range(ord("A"), ord("Z") + 1)}, **{c: ord(a) for c, a in _AS_ASCII.items()}}


def fold(text: str) -> str:
    """The text as a case-insensitive pattern reads its ASCII letters (one character for one)."""
    return text.translate(_FOLD)


@functools.lru_cache(maxsize=512)
def required_words(pattern: str, flags: int) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the pattern contains; None when no such
    set is known (the pattern always runs)."""
    words = _required(_parser.parse(pattern, flags).data)
    return frozenset(words) if words else None


def may_match(regex: re.Pattern, folded: str) -> bool:
    """False only when ``regex`` cannot match the text whose ``fold`` is ``folded``."""
    words = required_words(regex.pattern, regex.flags)
    return words is None or any(w in folded for w in words)


def _required(items) -> set[str] | None:
    """The most selective set of required strings of a sequence of parsed items (None: none).

    A run of literal characters is one string; a group, a repetition of at least once, and a
    branch whose every alternative requires something contribute theirs; anything else (classes,
    assertions, optional parts) ends a run and contributes nothing."""
    found: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            found.append({run})
            run = ""
        inner = None
        if op is C.SUBPATTERN:
            inner = _required(av[3].data)
        elif op is C.ATOMIC_GROUP:
            inner = _required(av.data)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2].data)
        elif op is C.BRANCH:
            alternatives = [_required(a.data) for a in av[1]]
            if all(alternatives):
                inner = set().union(*alternatives)
        if inner:
            found.append(inner)
    if run:
        found.append({run})
    if not found:
        return None
    return max(found, key=lambda s: (min(len(w) for w in s), -len(s)))

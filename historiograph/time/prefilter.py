"""Which time patterns cannot match a text, told without running them; and where a match can start.

``re`` cannot skip ahead for a case-insensitive pattern that opens with a word list, so each of the
~60 patterns costs a full scan of the text. Most patterns need a word of their own somewhere in any
match ("quarter", a month name, "century"): when none of those words is in the text, the pattern's
scan is skipped. And where a pattern runs, ``guarded`` puts in front of it a lookahead for the
characters a match can start with, so that ``re`` rejects most positions with one class test instead
of trying every alternative of a word list. Both are read from the parsed pattern itself, so a
pattern edited in data/time/patterns.tsv keeps an exact filter: the same matches, found sooner.
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
    known = _time_patterns_read().get((pattern, flags))
    return known[0] if known is not None else _required_words(pattern, flags)


def _required_words(pattern: str, flags: int) -> frozenset[str] | None:
    words = _required(_parsed(pattern, flags).data)
    return frozenset(words) if words else None


@functools.lru_cache(maxsize=1)
def _time_patterns_read() -> dict[tuple[str, int], tuple[frozenset[str] | None, str | None]]:
    """(pattern, flags) -> (required_words, _guard) of every time pattern, kept in the cache
    (datafiles.built_once) after the first process: parsing the patterns here took a process
    ~0.07 CPU s. Keyed on the pattern's own text, so a pattern the table lacks is read as before."""
    from pathlib import Path

    from .. import datafiles
    from .lexicon import patterns

    def build():
        return {(p.regex.pattern, p.regex.flags): (_required_words(p.regex.pattern, p.regex.flags),
                                                  _guard(p.regex.pattern, p.regex.flags)) for p in patterns()}

    here = Path(__file__).resolve()
    inputs = [here, here.parent / "lexicon.py", datafiles.path("time", "patterns.tsv"),
              datafiles.path("time", "lexicon.json")]
    return datafiles.built_once("time-prefilter", inputs, build)


@functools.lru_cache(maxsize=512)
def _parsed(pattern: str, flags: int):
    """The parsed pattern, once for both required_words and guarded (read only)."""
    return _parser.parse(pattern, flags)


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


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
             C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S"}


@functools.lru_cache(maxsize=512)
def guarded(regex: re.Pattern) -> re.Pattern:
    """``regex`` behind a lookahead for the characters its matches can start with (the same
    matches); ``regex`` itself when they are not known."""
    known = _time_patterns_read().get((regex.pattern, regex.flags))
    guard = known[1] if known is not None else _guard(regex.pattern, regex.flags)
    return regex if guard is None else re.compile(guard + regex.pattern, regex.flags)


def _guard(pattern: str, flags: int) -> str | None:
    """The lookahead ``guarded`` puts in front of the pattern; None for none."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):  # global flags must stay first
        return None
    first = _first(_parsed(pattern, flags).data)
    if first is None or first[1] or not first[0]:
        return None
    return "(?=[" + "".join(sorted(first[0])) + "])"


def _char(c: int) -> str:
    return f"\\U{c:08x}"


def _first(items) -> tuple[set[str], bool] | None:
    """(class items for the characters a match of the sequence can start with, whether the sequence
    can match nothing); None when not known. Zero-width items (``\\b``, lookarounds) are passed over:
    the set only needs to hold every possible first character."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        one = _first_of(op, av)
        if one is None:
            return None
        chars |= one[0]
        if not one[1]:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set[str], bool] | None:
    if op is C.LITERAL:
        return {_char(av)}, False
    if op is C.IN:
        out = set()
        for kind, arg in av:
            if kind is C.LITERAL:
                out.add(_char(arg))
            elif kind is C.RANGE:
                out.add(_char(arg[0]) + "-" + _char(arg[1]))
            elif kind is C.CATEGORY and arg in _CATEGORY:
                out.add(_CATEGORY[arg])
            else:  # a negated class, or anything rarer
                return None
        return out, False
    if op is C.CATEGORY and av in _CATEGORY:
        return {_CATEGORY[av]}, False
    if op is C.SUBPATTERN:
        return _first(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _first(av.data)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        inner = _first(av[2].data)
        return None if inner is None else (inner[0], inner[1] or av[0] == 0)
    if op is C.BRANCH:
        out, empty = set(), False
        for alternative in av[1]:
            one = _first(alternative.data)
            if one is None:
                return None
            out |= one[0]
            empty = empty or one[1]
        return out, empty
    return None

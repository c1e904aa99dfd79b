"""Which time patterns cannot match a text, told without running them; and where a match can start.

``re`` cannot skip ahead for a case-insensitive pattern that opens with a word list, so each of the
~60 patterns costs a full scan of the text. Most patterns need a word of their own somewhere in any
match ("quarter", a month name, "century"): when none of those words is in the text, the pattern's
scan is skipped. And where a pattern runs, ``guarded`` puts in front of it a lookahead for the
characters a match can start with, so that ``re`` rejects most positions with one class test instead
of trying every alternative of a word list. A pattern whose matches start at a word's start with a
word of its own (or a digit) is tried only at the words of the text that can start one
(``WordStarts``). All are read from the parsed pattern itself, so a pattern edited in
data/time/patterns.tsv keeps an exact filter: the same matches, found sooner.
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
def _time_patterns_read() -> dict[tuple[str, int], tuple]:
    """(pattern, flags) -> (required_words, _guard, _first_words) of every time pattern, kept in the cache
    (datafiles.built_once) after the first process: parsing the patterns here took a process
    ~0.07 CPU s, and enumerating their first words ~0.05 more. Keyed on the pattern's own text, so a
    pattern the table lacks is read as before."""
    from pathlib import Path

    from .. import datafiles
    from .lexicon import patterns

    def build():
        return {(p.regex.pattern, p.regex.flags): (_required_words(p.regex.pattern, p.regex.flags),
                                                  _guard(p.regex.pattern, p.regex.flags),
                                                  _first_words(p.regex.pattern, p.regex.flags)) for p in patterns()}

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
    return words is None or any(map(folded.__contains__, words))


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


# ---- where a match can start ----------------------------------------------------------------------
# Where one of them runs, a word list pattern still costs re a try of every alternative at every word
# of the text ("duration" tries ~100 words at each). Most patterns start at the start of a word (after
# ``\b`` or a lookbehind for no word character) with a word from a list, or with a digit: their matches
# can only start where the text has such a word, which one index of the text's words tells for all
# patterns. There each is tried with ``match``, in order, as ``finditer`` would find them.

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_NO_LETTER = {C.CATEGORY_DIGIT, C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD}
_FOLD_OR_LETTER = sorted({*_FOLD, *map(ord, _LETTERS)})
_MAX_WORDS = 5000  # first words enumerated at most (more: the pattern is scanned as it is)


class _Unknown(Exception):
    """The pattern's first words cannot be told."""


def _class_kind(av) -> str:
    """"digit" (only digits), "other" (no character ``fold`` makes an ASCII letter) or "any"."""
    digits = True
    for kind, arg in av:
        if kind is C.LITERAL:
            if arg in _FOLD or chr(arg) in _LETTERS:
                return "any"
            digits = digits and chr(arg) in "0123456789"
        elif kind is C.RANGE:
            lo, hi = arg
            if any(lo <= c <= hi for c in _FOLD_OR_LETTER):
                return "any"
            digits = digits and ord("0") <= lo and hi <= ord("9")
        elif kind is C.CATEGORY and arg in _NO_LETTER:
            digits = digits and arg is C.CATEGORY_DIGIT
        else:  # a negated class, \w, \S, \D: letters too
            return "any"
    return "digit" if digits else "other"


def _step(items, open_: set[str], closed: set[tuple[str, str]]) -> set[str]:
    """Consume a sequence of parsed items from the open words (the ASCII letters a match has consumed so
    far, nothing else); words the sequence ends go to ``closed`` as (word, how): "word" (the text's
    word is exactly it), "prefix" (the text's word may go on), "digit" (the match starts with a digit)."""
    for op, av in items:
        if not open_:
            return open_
        if len(open_) + len(closed) > _MAX_WORDS:
            raise _Unknown
        if op is C.AT:
            if av is not C.AT_BOUNDARY:
                raise _Unknown
            closed.update((w, "word") for w in open_ if w)  # after letters, \b: no letter follows
            open_ = {w for w in open_ if not w}
        elif op in (C.ASSERT, C.ASSERT_NOT):
            continue  # a lookaround only narrows what matches
        elif op is C.LITERAL:
            ch = chr(_FOLD.get(av, av))  # (re takes the long s for an s, the Kelvin sign for a k)
            if ch in _LETTERS:
                open_ = {w + ch for w in open_}
            else:
                open_ = _close(open_, closed, "digit" if ch in "0123456789" else "other")
        elif op is C.IN:
            open_ = _close(open_, closed, _class_kind(av))
        elif op is C.CATEGORY:
            open_ = _close(open_, closed, _class_kind([(C.CATEGORY, av)]))
        elif op is C.SUBPATTERN:
            open_ = _step(av[3].data, open_, closed)
        elif op is C.ATOMIC_GROUP:
            open_ = _step(av.data, open_, closed)
        elif op is C.BRANCH:
            open_ = set().union(*(_step(a.data, set(open_), closed) for a in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, inner = av
            out, cur, k = set(), open_, 0  # the open words after k times
            while True:
                if k >= lo:
                    out |= cur
                if not cur or k == hi:
                    break
                if k == 64:
                    raise _Unknown
                cur = _step(inner.data, cur, closed)
                k += 1
            open_ = out
        else:
            raise _Unknown
    return open_


def _close(open_: set[str], closed: set, kind: str) -> set[str]:
    """The open words, the next character consumed being of ``kind``: none stays open."""
    if "" in open_:
        if kind != "digit":
            raise _Unknown  # the match starts with a character other than a letter or a digit
        closed.add(("", "digit"))
    closed.update((w, "word" if kind != "any" else "prefix") for w in open_ if w)
    return set()


@functools.lru_cache(maxsize=512)
def first_words(regex: re.Pattern) -> tuple[frozenset, tuple, bool] | None:
    """(the words a match can start with, the beginnings of longer ones, whether it can start with a
    digit) for a pattern whose every match is at least one character long and starts at the start of
    a word (after ``\\b``, or a lookbehind for no word character); None when not known, and for an ASCII-only
    pattern, whose word starts are not the Unicode ones WordStarts finds ("né1848")."""
    known = _time_patterns_read().get((regex.pattern, regex.flags))
    return known[2] if known is not None else _first_words(regex.pattern, regex.flags)


def _first_words(pattern: str, flags: int) -> tuple[frozenset, tuple, bool] | None:
    if flags & re.ASCII or "(?a" in pattern:
        return None
    parsed = _parsed(pattern, flags)
    if parsed.getwidth()[0] == 0:
        return None
    items = list(parsed.data)
    if not items or not _word_start(items[0]):
        return None
    closed: set[tuple[str, str]] = set()
    try:
        rest = _step(items[1:], {""}, closed)
    except _Unknown:
        return None
    if "" in rest:
        return None
    closed.update((w, "prefix") for w in rest)  # the pattern ended: the text's word may go on
    words = frozenset(w for w, how in closed if how == "word")
    prefixes = tuple(sorted(w for w, how in closed if how == "prefix"))
    return words, prefixes, ("", "digit") in closed


def _word_start(item) -> bool:
    """``\\b``, or a lookbehind for no word character (``(?<![\\w$])``)."""
    op, av = item
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.ASSERT_NOT and av[0] < 0 and len(av[1].data) == 1:
        kind, arg = av[1].data[0]
        return kind is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in arg and (C.NEGATE, None) not in arg
    return False


# a word's start in the folded text: a digit, or the word's ASCII letters (none for "école", "_x")
_WORD_START = re.compile(r"(?<!\w)(?=\w)(?:(\d)|[a-z]*)")


class WordStarts:
    """The starts of the text's words, by their first ASCII letters (of ``fold(text)``), and those that
    start with a digit: where a pattern of ``first_words`` can start."""

    def __init__(self, text: str, folded: str):
        self.text = text
        self.by_word: dict[str, list[int]] = {}
        self.digits: list[int] = []
        for m in _WORD_START.finditer(folded):  # (fold keeps every word character one, and every digit)
            if m.group(1):
                self.digits.append(m.start())
            else:
                self.by_word.setdefault(m.group(), []).append(m.start())

    def finditer(self, regex: re.Pattern):
        """``regex.finditer(text)``, trying only where a match can start when ``first_words`` tells it."""
        first = first_words(regex)
        if first is None:
            return guarded(regex).finditer(self.text)
        return self._found(regex, self._starts(*first))

    def _starts(self, words: frozenset, prefixes: tuple, digit: bool) -> list[int]:
        at = list(self.digits) if digit else []
        for w in words.intersection(self.by_word):
            at += self.by_word[w]
        if prefixes:
            for w, starts in self.by_word.items():
                if w not in words and w.startswith(prefixes):
                    at += starts
        at.sort()
        return at

    def _found(self, regex: re.Pattern, starts: list[int]):
        # finditer's order: the leftmost match from where the last one ended (never empty: first_words)
        if not starts:
            return  # (nothing tried: a time pattern is compiled on first use, lexicon.CompiledOnUse)
        end = 0
        match = regex.match  # (asked once: CompiledOnUse hands it on)
        for c in starts:
            if c < end:
                continue
            m = match(self.text, c)
            if m is not None:
                yield m
                end = m.end()

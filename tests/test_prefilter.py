"""The time patterns' prefilter skips a pattern only when it cannot match (historiograph/time/prefilter.py)."""
import re
import sys
from re import _casefix

import _sre

from historiograph import time as timex
from historiograph.time import prefilter
from historiograph.time.lexicon import patterns


def test_fold_table_is_every_character_re_takes_for_an_ascii_letter():
    derived = {}
    for cp in range(0x80, sys.maxunicode + 1):
        low = _sre.unicode_tolower(cp)
        if low < 0x80 and chr(low).isalpha():
            derived[cp] = chr(low)
    for ascii_cp, others in _casefix._EXTRA_CASES.items():
        if ascii_cp < 0x80:
            derived.update({o: chr(ascii_cp) for o in others})
    assert derived == prefilter._AS_ASCII
    assert prefilter.fold("İSTANBUL ſome KELVIN") == "istanbul some kelvin"


def test_required_words_of_a_pattern():
    words = prefilter.required_words(r"\b(?:the\s+)?(?:first|second)\s+quarter\b", re.I)
    assert words == {"quarter"}
    assert prefilter.required_words(r"\b\d{4}\b", re.I) is None  # nothing literal: always runs
    assert prefilter.required_words(r"(?:spring|autumn)(?:\s+of)?", re.I) == {"spring", "autumn"}
    assert prefilter.required_words(r"(?:spring|\d+)", re.I) is None  # one branch needs no word


def test_a_pattern_runs_whenever_it_can_match():
    rx = re.compile(r"\bq(?:uarter)\b", re.I)
    assert prefilter.may_match(rx, prefilter.fold("In the last QUARTER of 1990"))
    assert not prefilter.may_match(rx, prefilter.fold("In the last half of 1990"))
    assert prefilter.may_match(re.compile("s", re.I), prefilter.fold("\u017f"))  # long s is an s to re


def test_the_guard_keeps_every_match():
    for source in (r"\b(?:(?P<e>early|late)\s+)?(?:Monday|may)\b", r"(?<![\w])(?:1\d{3}|20\d{2})",
                   r"(?<=\bin\s)(?P<s>spring|summer)", r"(?:[Qq][1-4]|\d+)\s*years?"):
        rx = re.compile(source, re.I)
        guarded = prefilter.guarded(rx)
        assert guarded.pattern.startswith("(?=[")
        text = "In spring 1921, early MONDAY and late may, q3 years 20 Years; \u0130n summer ſpring."
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in rx.finditer(text)]
    optional_start = re.compile(r"\w*day", re.I)  # may start with anything a \w is: kept as it is
    assert prefilter.guarded(re.compile(r"(?:x)?", re.I)).pattern == "(?:x)?"
    assert prefilter.guarded(optional_start).pattern.startswith("(?=[")


SENTENCES = [
    "The treaty was signed on 4 March 1921, two years after the armistice of November 1918.",
    "In the second quarter of fiscal 1997 sales rose 5%; by Christmas they had fallen for three weeks.",
    "He left at 10:35 a.m. on Friday and returned the following spring, in the early 1930s.",
    "ON THE EVENING OF MAY 2 the garrison surrendered; a decade later nobody remembered it.",
    "Every year since the twenties the fair opened at midnight, most recently yesterday.",
    "Nothing here is a date at all, only words and names such as Quarterman and Springfield.",
]


def test_find_is_the_same_with_and_without_the_prefilter(monkeypatch):
    def parts(text):
        return [(p.start, p.end, repr(p.spec)) for p in timex.find(text)]

    with_filter = [parts(s) for s in SENTENCES] + [parts(" ".join(SENTENCES))]
    monkeypatch.setattr(prefilter, "may_match", lambda regex, folded: True)
    monkeypatch.setattr(prefilter, "guarded", lambda regex: regex)
    monkeypatch.setattr(prefilter, "first_words", lambda regex: None)
    assert with_filter == [parts(s) for s in SENTENCES] + [parts(" ".join(SENTENCES))]
    assert any(with_filter)
    assert sum(prefilter.required_words(p.regex.pattern, p.regex.flags) is not None for p in patterns()) > 30


def test_the_time_patterns_are_the_same_text_in_every_process():
    """Their word lists are sets: with words of one length in a fixed order the pattern text does not
    depend on the process's string hashing, so what prefilter reads from it can be kept (and found)."""
    import os
    import subprocess

    code = ("import hashlib; from historiograph.time.lexicon import patterns; "
            "print(hashlib.sha256(repr([(p.regex.pattern, p.regex.flags) for p in patterns()]).encode()).hexdigest())")
    outs = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed}, text=True,
                           capture_output=True, check=True).stdout for seed in ("1", "2")}
    assert len(outs) == 1


def test_what_is_kept_of_the_time_patterns_is_what_parsing_them_gives(tmp_path, monkeypatch):
    monkeypatch.setenv("HISTORIOGRAPH_CACHE", str(tmp_path / "cache"))
    prefilter._time_patterns_read.cache_clear()
    try:
        built = prefilter._time_patterns_read()
        assert len(list((tmp_path / "cache").glob("time-prefilter-*.pickle"))) == 1
        prefilter._time_patterns_read.cache_clear()
        kept = prefilter._time_patterns_read()
        assert kept is not built and kept == built
        for p in patterns():
            source, flags = p.regex.pattern, p.regex.flags
            assert kept[source, flags] == (prefilter._required_words(source, flags), prefilter._guard(source, flags),
                                           prefilter._first_words(source, flags))
        assert sum(guard is not None for _, guard, _ in kept.values()) > 30
        assert sum(first is not None for _, _, first in kept.values()) > 50
    finally:
        prefilter._time_patterns_read.cache_clear()


def test_first_words_of_a_pattern():
    words, prefixes, digit = prefilter.first_words(re.compile(r"\b(?:(?:the\s+)?(?:first|last)\s+)?(?:\d+|an?)\s+days?", re.I))
    assert words == {"the", "first", "last", "a", "an"} and prefixes == () and digit
    words, prefixes, digit = prefilter.first_words(re.compile(r"(?<![\w$])mid(?:-|\s*)(?:winter|summer)?", re.I))
    assert words == {"mid"} and set(prefixes) == {"mid", "midwinter", "midsummer"} and not digit
    assert prefilter.first_words(re.compile(r"(?<=\bat\s)\d+", re.I)) is None  # no word start: scanned
    assert prefilter.first_words(re.compile(r"\b[a-z]+day", re.I)) is None  # any word: scanned
    assert prefilter.first_words(re.compile(r"\b(?:spring)?", re.I)) is None  # may match nothing
    assert prefilter.first_words(re.compile(r"(?a)\b\d{4}", re.I)) is None  # ASCII word starts: scanned
    assert prefilter.first_words(re.compile(r"(?a:(?<!\w)jan)", re.I)) is None


def test_matches_tried_at_word_starts_are_finditer_s():
    text = " ".join(SENTENCES) + (" İSTANBUL ſome KELVIN earlierApril 3rd, the 1990s, ‘ten days’ at 4 a.m., "
                                  "Jany. 12th 1801; twenty-one years and six months later; mid-winter 1940_5 x1990")
    words = prefilter.WordStarts(text, prefilter.fold(text))
    known = 0
    for p in patterns():
        known += prefilter.first_words(p.regex) is not None
        assert [m.span() for m in words.finditer(p.regex)] == [m.span() for m in p.regex.finditer(text)], p.name
    assert known > 50


def test_a_pattern_compiled_on_use_copies_and_pickles_as_its_source():
    """A time pattern (compiled when first matched) copies and pickles as its source and flags, and
    the copy matches as the original does, compiled or not yet."""
    import copy
    import pickle

    from historiograph.time.lexicon import CompiledOnUse

    text = "On 3 March 1802 the Zorvani council met; by spring 1803 it had dissolved."
    fresh = CompiledOnUse(r"(?x) \b (\d{4}) \b", re.IGNORECASE)
    for original in (*[p.regex for p in patterns()[:5]], fresh):
        for twin in (copy.copy(original), copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
            assert type(twin) is CompiledOnUse and (twin.pattern, twin.flags) == (original.pattern, original.flags)
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in original.finditer(text)]
    assert [m.group(1) for m in fresh.finditer(text)] == ["1802", "1803"]
    assert fresh.flags == re.compile(r"(?x) \b (\d{4}) \b", re.IGNORECASE).flags
    for twin in (copy.deepcopy(patterns()[0]), pickle.loads(pickle.dumps(patterns()))[0]):
        assert (twin.name, twin.rule, twin.regex.pattern) == (patterns()[0].name, patterns()[0].rule, patterns()[0].regex.pattern)

"""patterns.whole_word_occurrences: the matches of an alternation of names, found without compiling one."""
from __future__ import annotations

import re

from historiograph.entities.patterns import whole_word_occurrences

TEXT = ("Varnel met O’Varnel and the Varnel-Osk envoy; VARNEL OSK left Osk. Varnel Osk, Varnelli and "
        "anti-Osk crowds cheered Varnel_ and Varnel Osk Tower. Osk Oskar Varnel Osk Varnel")


def _by_regex(text: str, words: set[str]) -> list[tuple[int, int]]:
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<![\w'’\-])(?:{alt})(?![\w\-])", text)]


def test_same_matches_as_the_alternation():
    for words in [{"Varnel"}, {"Varnel", "Varnel Osk", "Osk"}, {"VARNEL OSK", "Osk", "Varnel Osk Tower"},
                  {"Osk Oskar", "Oskar Varnel", "Varnel Osk Varnel"}, {"Osk", "Oskar"}]:
        assert whole_word_occurrences(TEXT, words) == _by_regex(TEXT, words)


def test_longest_name_first_and_no_overlap():
    spans = whole_word_occurrences("Varnel Osk Tower fell", {"Varnel", "Varnel Osk", "Osk Tower"})
    assert spans == [(0, 10)]
    assert whole_word_occurrences("O’Varnel and anti-Varnel", {"Varnel"}) == []

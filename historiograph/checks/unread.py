"""Names the entity stage did not read: a capitalised word that is no English word ("Ta'ufa'ahau died",
"the Ruthin pit"). Two tellings that write the same one may be one event (``corpus.events.written_subject``,
``rules.same_group_day``); two that write different ones near the same noun are two (two pits of one
company). No parse is needed (documents read back from the store are checked the same way), so a word is
name-like when it is capitalised somewhere in its text after another word (never a capital only at a
sentence's start: "Others died"), is no function word (spaCy's English stop words: "Others", "Whoever",
"These") and no WordNet word or form of one ("Soldiers").
"""
from __future__ import annotations

import functools
import re

_CAPITAL = re.compile(r"(?<=\s)[A-Z][\w'’-]{2,}")


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@functools.lru_cache(maxsize=65536)
def _english(word: str) -> bool:
    from ..events.wordnet import reader

    wn = reader()
    plain = re.sub(r"[^a-z]", "", word.lower())
    if wn is None or not plain:
        return True  # (without WordNet nothing can be told a name)
    return bool(wn.synsets(plain)) or wn.morphy(plain, "n") is not None or wn.morphy(plain, "v") is not None


def name_like(text: str, word: str) -> bool:
    """``word`` (as written in ``text``) is a name no reader read: see the module."""
    if len(word) < 3 or not word[0].isupper() or word.lower() in _stop_words():
        return False
    if not re.search(rf"[\w,;:’')-]\s+{re.escape(word)}(?![\w'’-])", text):
        return False  # capitalised only where a sentence starts
    return not _english(word)


def unread_names(text: str, start: int, end: int) -> set[str]:
    """The name-like words (``name_like``) of text[start:end] after its first word."""
    return {w for w in _CAPITAL.findall(text, start, end) if name_like(text, w)}

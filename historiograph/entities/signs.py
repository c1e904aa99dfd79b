"""Signs in the words around a name that it names a person, read from the text alone: a title or a
form of address right before it ("General Clauzel", "Mr. Lincoln"), a predicate only a person takes
right after it ("was arrested", "died", "Sofia's husband"). Shared by the label rules (``context``,
``place_lists``), the filters and the entities stage, so that none of them imports another for it."""
from __future__ import annotations

import re

from . import lexicon
from .spans import title_words

_TITLE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.?[ \t\n]+$")
_PREDICATE = re.compile(r"(?:['’]s\s+(?P<owned>[a-z]+)|\s+(?:(?:was|were|had\s+been)\s+(?:(?:then|later|soon|"
                        r"also|first)\s+)?(?P<passive>[a-z]+)|(?P<active>[a-z]+ed)))\b")


def titled(text: str, start: int) -> bool:
    """A title or a form of address right before the name ("General Clauzel", "Mr. Lincoln")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).casefold() in title_words()


def person_predicate(text: str, end: int) -> bool:
    """What follows a name tells a person, by WordNet: a relative it owns ("Sofia's husband"), a verb
    whose object ("was arrested", "was married") or subject ("died", "wrote") is a person only."""
    from ..events import wordnet

    m = _PREDICATE.match(text, end)
    if m is None:
        return False
    wn = wordnet.reader()
    if wn is None:
        return False
    if m.group("owned"):
        return wordnet.kin_sense(wn.morphy(m.group("owned"), "n") or m.group("owned"))
    if m.group("passive"):
        word = m.group("passive")
        return word in lexicon.person_participles() or wordnet.person_predicate(wn.morphy(word, "v") or word, True)
    word = m.group("active")
    return wordnet.person_predicate(wn.morphy(word, "v") or word, False)

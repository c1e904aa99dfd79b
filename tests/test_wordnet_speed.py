"""WordNet entries parsed with stdlib ``re`` (events/wordnet.py) are the ones nltk's ``redos`` makes."""
from __future__ import annotations

import os


from historiograph.events import wordnet



def _entries(root: str, suffix: str, every: int) -> list[str]:
    with open(os.path.join(root, "data." + suffix), encoding="utf-8") as fp:
        lines = [line for line in fp if not line.startswith(" ")]
    # every n-th entry (most glosses quote examples), and every entry with a lemma's marker ("(p)")
    return [line for i, line in enumerate(lines) if i % every == 0 or "(" in line.split("|")[0]]


def _as_tuple(synset) -> tuple:
    return (synset.offset(), synset.pos(), synset.lexname(), synset.definition(), tuple(synset.examples()),
            tuple((lem.name(), lem.syntactic_marker()) for lem in synset.lemmas()),
            sorted((k, sorted(v)) for k, v in synset._pointers.items()),
            sorted((k, v) for k, v in synset._lemma_pointers.items()), tuple(synset._frame_ids))


def test_entries_parse_as_with_nltks_regex_guard():
    from nltk import redos
    from nltk.corpus.reader import wordnet as nltk_wordnet

    wn = wordnet.reader()
    assert isinstance(nltk_wordnet.redos, wordnet._StdlibRegexes)
    root = wn._root if isinstance(wn._root, str) else str(wn._root)
    for pos, suffix in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        lines = _entries(root, suffix, 50)
        ours = [_as_tuple(wn._synset_from_pos_and_line(pos, line)) for line in lines]
        nltk_wordnet.redos = redos
        try:
            theirs = [_as_tuple(wn._synset_from_pos_and_line(pos, line)) for line in lines]
        finally:
            wordnet._plain_regexes()
        assert ours == theirs
        assert any(t[4] for t in ours)  # examples were read
    assert isinstance(nltk_wordnet.redos, wordnet._StdlibRegexes)

"""WordNet synsets read by historiograph/wordnet_lines.py (data files in memory, one-pass parse) are
nltk's, field for field."""
from __future__ import annotations

import os

import pytest
from nltk.corpus.reader.wordnet import WordNetCorpusReader

from historiograph.events import wordnet
from historiograph.wordnet_lines import InMemorySynsets



def _fields(synset) -> tuple:
    lemmas = tuple((lem._name, lem._key, lem._lex_id, lem._lexname_index, lem._syntactic_marker,
                    tuple(lem._frame_ids), tuple(lem._frame_strings)) for lem in synset._lemmas)
    return (synset._name, synset._offset, synset._pos, synset._lexname, synset._definition,
            tuple(synset._examples), tuple(synset._lemma_names), lemmas, tuple(synset._frame_ids),
            sorted((k, sorted(v)) for k, v in synset._pointers.items()),
            sorted((k, v) for k, v in synset._lemma_pointers.items()))


def _lines(root: str, suffix: str, every: int) -> list[tuple[int, str]]:
    out, offset = [], 0
    with open(os.path.join(root, "data." + suffix), "rb") as fp:
        for n, raw in enumerate(fp):
            line = raw.decode("utf-8")
            # every n-th entry (every verb line has frames: "+ 08 00"), and every one with a lemma's marker ("(p)")
            if not line.startswith(" ") and (n % every == 0 or "(" in line.split("|")[0]):
                out.append((offset, line))
            offset += len(raw)
    return out


def test_synsets_are_nltks_field_for_field():
    wn = wordnet.reader()
    root = str(wn._root)
    for pos, suffix in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
        for offset, line in _lines(root, suffix, 40):
            ours = wn._synset_from_pos_and_line(pos, line)
            theirs = WordNetCorpusReader._synset_from_pos_and_line(wn, pos, line)
            assert _fields(ours) == _fields(theirs), line
            if pos != "a" or line.split()[2] != "s":
                # the line at that byte offset of the file held in memory: the same synset
                assert _fields(wn.synset_from_pos_and_offset(pos, offset)) == _fields(theirs)


def test_a_bad_offset_is_nltks_warning_and_none():
    wn = wordnet.reader()
    assert isinstance(wn, InMemorySynsets)
    with pytest.warns(UserWarning, match="No WordNet synset found"):
        assert wn.synset_from_pos_and_offset("n", 3) is None

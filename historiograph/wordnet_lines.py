"""WordNet synsets read from the data files held in memory, with nltk's own parse made cheaper.

nltk finds a synset by seeking in its SeekableUnicodeStreamReader and reading the line there (about
a third of a synset's cost), then parses the line with a closure per token and a regex per lemma.
On news text a document asks for hundreds of synsets it has not seen, so this is a per-word cost that
a fresh corpus pays throughout. Here the data file is read once into bytes (an offset is a byte
offset: the line is a slice) and the line is parsed in one pass over its fields; the Synset and Lemma
objects are the ones nltk makes, field for field (tests/test_wordnet_lines.py compares every synset).
Where the WordNet files are (``wordnet_root``) and its exception lists (``exceptions``) are read here too,
for every module that reads them.
"""
from __future__ import annotations

import os
import re

WORDNET_DIRS = ("/usr/share/wordnet",)  # Debian's wordnet-base


def wordnet_root(probe: str) -> str | None:
    """The WordNet directory: $HISTORIOGRAPH_WORDNET, else the first of WORDNET_DIRS holding the file
    ``probe`` ("data.verb", "verb.exc"); None where WordNet is not installed."""
    return os.environ.get("HISTORIOGRAPH_WORDNET") or next(
        (d for d in WORDNET_DIRS if os.path.exists(os.path.join(d, probe))), None)


def exceptions(pos: str) -> list[list[str]]:
    """WordNet's exception list for ``pos`` ("verb": verb.exc), a line's words each ("caught catch":
    an irregular form, then its base forms); empty where the file is absent."""
    root = wordnet_root(pos + ".exc")
    if root is None or not os.path.exists(os.path.join(root, pos + ".exc")):
        return []
    with open(os.path.join(root, pos + ".exc"), encoding="utf-8") as fh:
        return [line.split() for line in fh]

_GLOSS_QUOTE = re.compile(r"[\"].*?[\"]")
_GLOSS_EXAMPLE = re.compile(r'"([^"]*)"')
_MARKER = re.compile(r"(.*?)(\([^()]*\))?$")


class InMemorySynsets:
    """A mixin for nltk's WordNetCorpusReader (first in the bases): the two methods that read a
    synset."""

    def _data_bytes(self, pos: str) -> bytes:
        files = self.__dict__.setdefault("_data_bytes_map", {})
        if pos == "s":
            pos = "a"
        data = files.get(pos)
        if data is None:
            with open(str(self.abspath("data." + self._FILEMAP[pos])), "rb") as fp:
                data = files[pos] = fp.read()
        return data

    def synset_from_pos_and_offset(self, pos, offset):
        cache = self._synset_offset_cache[pos]
        if offset in cache:
            return cache[offset]
        data = self._data_bytes(pos)
        synset = None
        if isinstance(offset, int) and 0 <= offset < len(data):
            end = data.find(b"\n", offset)
            line = data[offset:len(data) if end < 0 else end + 1].decode("utf-8")
            if line[:8].isalnum() and line[:8] == f"{offset:08d}":
                synset = self._synset_from_pos_and_line(pos, line)
                assert synset._offset == offset
                cache[offset] = synset
        if synset is None:
            return super().synset_from_pos_and_offset(pos, offset)  # (nltk's warning and None)
        return synset

    def lexname_at(self, pos, offset):
        """The lexicographer file of the synset at ``offset`` ("noun.act"), read from its line's second
        field without parsing the rest of the line (nltk's parse, and None, for an offset no line starts at)."""
        data = self._data_bytes(pos)
        if isinstance(offset, int) and 0 <= offset and data[offset:offset + 9] == b"%08d " % offset \
                and data[offset + 11:offset + 12] == b" ":
            return self._lexnames[int(data[offset + 9:offset + 11])]
        synset = self.synset_from_pos_and_offset(pos, offset)
        return synset.lexname() if synset is not None else None

    def pointers_at(self, pos, offset, symbol):
        """(pos, offset) of the synset pointers of ``symbol`` ("@": hypernyms) of the synset at ``offset``
        (``synset._pointers[symbol]``), read from its line's pointer fields without parsing the rest: a
        walk up the hypernyms needs no lemma, gloss or name of the synsets it passes."""
        synset, read = self._parsed_or_read(pos, offset, _pointers_in, symbol)
        if synset is None:
            return read if read is not None else frozenset()
        return frozenset(synset._pointers.get(symbol, ()))

    def lemma_pointers_at(self, pos, offset, symbol):
        """(lemma name, target pos) of each lemma pointer of ``symbol`` ("+": derivationally related) of the
        synset at ``offset``, from its data line without parsing the rest (the parsed synset's where it is)."""
        return [(name, p) for name, p, _offset, _index in self.lemma_pointer_targets_at(pos, offset, symbol)]

    def lemma_pointer_targets_at(self, pos, offset, symbol):
        """(source lemma name, target pos, target offset, target lemma index) of each lemma pointer of
        ``symbol`` of the synset at ``offset``, in the line's order (``synset._lemma_pointers``), from its data
        line without parsing the rest (the parsed synset's where it is): a lemma's derived forms by offset."""
        synset, read = self._parsed_or_read(pos, offset, _lemma_pointer_targets_in, symbol)
        if synset is None:
            return read if read is not None else []
        return [(name, p, target, index) for (name, sym), targets in synset._lemma_pointers.items()
                if sym == symbol for p, target, index in targets]

    def lemma_names_at(self, pos, offset):
        """The lemma names of the synset at ``offset`` (``synset.lemma_names()``, markers such as "(p)"
        removed), read from its data line without parsing the rest (the parsed synset's where it is)."""
        synset, read = self._parsed_or_read(pos, offset, _lemma_names_in, None)
        if synset is None:
            return read if read is not None else []
        return list(synset._lemma_names)

    def _parsed_or_read(self, pos, offset, read, symbol):
        """(the synset at ``offset``, None) where it is parsed already; else (None, ``read(fields, symbol)``)
        over its data line's fields before the gloss; else (a line only nltk's parse reads) (that parse,
        None); (None, None) where no line starts there."""
        synset = self._synset_offset_cache[pos].get(offset)
        if synset is not None:
            return synset, None
        data = self._data_bytes(pos)
        if isinstance(offset, int) and 0 <= offset and data[offset:offset + 9] == b"%08d " % offset:
            end = data.find(b"\n", offset)
            fields = data[offset:len(data) if end < 0 else end].split(b"|", 1)[0].decode("utf-8").split()
            try:
                return None, read(fields, symbol)
            except (ValueError, IndexError):
                pass
        return self.synset_from_pos_and_offset(pos, offset), None

    def _synset_from_pos_and_line(self, pos, data_file_line):
        from nltk.corpus.reader.wordnet import VERB_FRAME_STRINGS, Lemma, Synset

        synset = Synset(self)
        try:
            columns_str, gloss = data_file_line.strip().split("|")
            synset._examples.extend(_GLOSS_EXAMPLE.findall(gloss))
            synset._definition = _GLOSS_QUOTE.sub("", gloss).strip().strip("; ")
            tokens = columns_str.split()
            synset._offset = int(tokens[0])
            lexname_index = int(tokens[1])
            synset._lexname = self._lexnames[lexname_index]
            synset._pos = tokens[2]
            n_lemmas = int(tokens[3], 16)
            i = 4
            lemmas, names = synset._lemmas, synset._lemma_names
            for _ in range(n_lemmas):
                lemma_name, lex_id = tokens[i], int(tokens[i + 1], 16)
                i += 2
                if lemma_name.endswith(")"):
                    lemma_name, syn_mark = _MARKER.match(lemma_name).groups()
                else:  # (what the marker regex gives a name without one)
                    syn_mark = None
                lemma = Lemma(self, synset, lemma_name, lexname_index, lex_id, syn_mark)
                lemmas.append(lemma)
                names.append(lemma._name)
            n_pointers = int(tokens[i])
            i += 1
            pointers, lemma_pointers = synset._pointers, synset._lemma_pointers
            for _ in range(n_pointers):
                symbol, target, tpos, ids = tokens[i], int(tokens[i + 1]), tokens[i + 2], tokens[i + 3]
                i += 4
                if ids == "0000":
                    pointers[symbol].add((tpos, target))
                else:
                    source = lemmas[int(ids[:2], 16) - 1]._name
                    lemma_pointers[source, symbol].append((tpos, target, int(ids[2:], 16) - 1))
            if i < len(tokens):
                frame_count = int(tokens[i])
                i += 1
                for _ in range(frame_count):
                    plus, frame_number, lemma_number = tokens[i], int(tokens[i + 1]), int(tokens[i + 2], 16)
                    i += 3
                    assert plus == "+"
                    fmt = VERB_FRAME_STRINGS[frame_number]
                    if lemma_number == 0:
                        synset._frame_ids.append(frame_number)
                        for lemma in lemmas:
                            lemma._frame_ids.append(frame_number)
                            lemma._frame_strings.append(fmt % lemma._name)
                    else:
                        lemma = lemmas[lemma_number - 1]
                        lemma._frame_ids.append(frame_number)
                        lemma._frame_strings.append(fmt % lemma._name)
        except (ValueError, IndexError, StopIteration):
            # a line nltk's parse would fail on, or one this parse reads differently: nltk's own
            return super()._synset_from_pos_and_line(pos, data_file_line)
        numbers = type(self)._pos_numbers
        for lemma in lemmas:
            if synset._pos == "s":
                head_lemma = synset.similar_tos()[0]._lemmas[0]
                head_name, head_id = head_lemma._name, "%02d" % head_lemma._lex_id
            else:
                head_name = head_id = ""
            lemma._key = ("%s%%%d:%02d:%02d:%s:%s" % (
                lemma._name, numbers[synset._pos], lemma._lexname_index, lemma._lex_id, head_name,
                head_id)).lower()
        lemma_name = lemmas[0]._name.lower()
        offsets = self._lemma_pos_offset_map[lemma_name][synset._pos]
        synset._name = "%s.%s.%02i" % (lemma_name, synset._pos, offsets.index(synset._offset) + 1)
        return synset


def _pointers_in(tokens: list[str], symbol: str) -> frozenset:
    """The synset pointers of ``symbol`` among a data line's fields (offset, lexname, type, lemma count,
    lemmas, pointer count, pointers: symbol, offset, pos, source/target "0000" for a synset's own)."""
    i = 4 + 2 * int(tokens[3], 16)
    out = set()
    for k in range(i + 1, i + 1 + 4 * int(tokens[i]), 4):
        if tokens[k] == symbol and tokens[k + 3] == "0000":
            out.add((tokens[k + 2], int(tokens[k + 1])))
    return frozenset(out)


def _lemma_names_in(tokens: list[str], _symbol) -> list[str]:
    """The lemma names among a data line's fields (a name's syntactic marker, "(p)", removed)."""
    n = int(tokens[3], 16)
    if len(tokens) < 4 + 2 * n:
        raise IndexError(n)
    return [_MARKER.match(t).group(1) if t.endswith(")") else t for t in tokens[4:4 + 2 * n:2]]


def _lemma_pointer_targets_in(tokens: list[str], symbol: str) -> list[tuple[str, str, int, int]]:
    """(source lemma name, target pos, target offset, target lemma index, 0-based) of the lemma pointers of
    ``symbol`` among a data line's fields."""
    names = _lemma_names_in(tokens, None)
    i = 4 + 2 * len(names)
    return [(names[int(tokens[k + 3][:2], 16) - 1], tokens[k + 2], int(tokens[k + 1]), int(tokens[k + 3][2:], 16) - 1)
            for k in range(i + 1, i + 1 + 4 * int(tokens[i]), 4)
            if tokens[k] == symbol and tokens[k + 3] != "0000"]

"""The bundled model's word vectors with their key -> row table as sorted arrays, not a dict.

spaCy reads vocab/key2row (a msgpack map of 685,000 word hashes to 20,000 rows) into a dict and
then walks it twice (the rows no key points to): about 0.25 CPU s of every process, a sixth of
annotate's start-up. Here the same table is three arrays (the keys sorted for lookups by bisection,
their rows, and each one's place in the file's order), made once from key2row and then read from the cache
(datafiles.built_once: ~0.02 s); ``Vectors.find(keys=...)``, the tok2vec layer's only question, is
answered for a whole batch at once. Every other question (a key's row, iteration in the file's order,
a change to the table) sees the same mapping as spaCy's dict (tests/test_startup.py).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator, MutableMapping
from pathlib import Path

import numpy
import srsly
from spacy.util import OOV_RANK
from spacy.vectors import Mode, Vectors
from thinc.api import get_current_ops

from . import datafiles


class KeyRows(MutableMapping):
    """A read-mostly int -> int mapping over arrays (the keys sorted, their rows, and each one's place
    in the order it was made, in which it is iterated); the first change turns it into a dict (and
    every later question goes to the dict)."""

    def __init__(self, sorted_keys: numpy.ndarray, sorted_rows: numpy.ndarray, order: numpy.ndarray):
        self._sorted_keys, self._sorted_rows, self._order = sorted_keys, sorted_rows, order
        self._dict: dict | None = None

    @property
    def _keys(self) -> numpy.ndarray:  # (the keys and rows in the order made: only to iterate)
        return self._in_order(self._sorted_keys)

    @property
    def _rows(self) -> numpy.ndarray:
        return self._in_order(self._sorted_rows)

    def _in_order(self, values: numpy.ndarray) -> numpy.ndarray:
        out = numpy.empty_like(values)
        out[self._order] = values
        return out

    def max_row(self) -> int:
        """The largest row any key points to (-1 for no key), without a dict."""
        if self._dict is not None:
            return max(self._dict.values(), default=-1)
        return int(self._sorted_rows.max()) if len(self._sorted_rows) else -1

    def rows_of(self, keys: numpy.ndarray) -> numpy.ndarray:
        """The row of each key (uint64 array), -1 where a key has none."""
        if not len(self._sorted_keys):
            return numpy.full(len(keys), -1)
        at = numpy.searchsorted(self._sorted_keys, keys)
        at[at == len(self._sorted_keys)] = 0
        return numpy.where(self._sorted_keys[at] == keys, self._sorted_rows[at], -1)

    def __getitem__(self, key):
        if self._dict is not None:
            return self._dict[key]
        if not isinstance(key, (int, numpy.integer)) or isinstance(key, bool) or not 0 <= key < 2**64:
            raise KeyError(key)
        at = int(numpy.searchsorted(self._sorted_keys, numpy.uint64(key)))
        if at < len(self._sorted_keys) and int(self._sorted_keys[at]) == key:
            return int(self._sorted_rows[at])
        raise KeyError(key)

    def __contains__(self, key) -> bool:
        try:
            self[key]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[int]:
        return iter(self._dict) if self._dict is not None else iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._dict) if self._dict is not None else len(self._sorted_keys)

    def items(self):
        return self._as_dict().items() if self._dict is not None else zip(self._keys.tolist(), self._rows.tolist())

    def values(self):
        return self._dict.values() if self._dict is not None else self._rows.tolist()

    def keys(self):
        return self._dict.keys() if self._dict is not None else self._keys.tolist()

    def _as_dict(self) -> dict:
        if self._dict is None:
            self._dict = self.copy()
        return self._dict

    def __setitem__(self, key, row) -> None:
        self._as_dict()[key] = row

    def __delitem__(self, key) -> None:
        del self._as_dict()[key]

    def copy(self) -> dict:
        """The table as a new dict (the arrays kept as they are)."""
        return dict(self._dict) if self._dict is not None else dict(zip(self._keys.tolist(), self._rows.tolist()))

    def __eq__(self, other) -> bool:
        return dict(self.items()) == (dict(other.items()) if isinstance(other, KeyRows) else other)


class SortedVectors(Vectors):
    """spaCy's Vectors whose find(keys=...) asks KeyRows for the whole batch."""

    def find(self, *, key=None, keys=None, row=None, rows=None):
        table = self.key2row
        if (keys is not None and key is None and row is None and rows is None and isinstance(table, KeyRows)
                and table._dict is None and self.mode == Mode.default):
            wanted = numpy.asarray(keys)
            if wanted.ndim == 1 and wanted.dtype == numpy.uint64:  # (a Doc's ORTH array)
                return numpy.asarray(table.rows_of(wanted), dtype="i")
        return super().find(key=key, keys=keys, row=row, rows=rows)

    def to_bytes(self, **kwargs):  # (also what pickling a Doc or a Vocab, or deepcopy, calls)
        with self._plain():
            return super().to_bytes(**kwargs)

    def to_disk(self, path, **kwargs):
        with self._plain():
            return super().to_disk(path, **kwargs)

    @contextlib.contextmanager
    def _plain(self):
        """The table as a dict while spaCy's serialisers write it (msgpack takes no other mapping);
        the arrays again after."""
        table = self.key2row
        if not isinstance(table, KeyRows):
            yield
            return
        self.key2row = table.copy()
        try:
            yield
        finally:
            self.key2row = table


def arrays(vocab_dir: Path) -> tuple[numpy.ndarray, ...]:
    """(sorted keys, their rows, their places in the file) of vocab/key2row (KeyRows' arguments), from
    the cache once one process made them (uint64, int32, int32: 11 MB)."""
    path = vocab_dir / "key2row"
    return datafiles.built_once("key2row", [path, Path(__file__)], lambda: _arrays_of(path), extra=numpy.__version__)


def _arrays_of(path: Path) -> tuple[numpy.ndarray, ...]:
    table = srsly.read_msgpack(path)
    keys = numpy.fromiter(table.keys(), dtype=numpy.uint64, count=len(table))
    rows = numpy.fromiter(table.values(), dtype=numpy.int64, count=len(table))
    order = numpy.argsort(keys, kind="stable")
    small = numpy.int32 if len(rows) < 2**31 and (not len(rows) or -2**31 <= rows.min() <= rows.max() < 2**31) \
        else numpy.int64
    return keys[order], rows[order].astype(small), order.astype(small)


def _distinct(rows: numpy.ndarray) -> numpy.ndarray:
    """``numpy.unique(rows)``: each row once, in order. Rows are small non-negative numbers (20,000 rows
    under 685,000 keys), which a count finds in a quarter of unique's time (~0.04 CPU s a process)."""
    if len(rows) and rows.min() >= 0:
        return numpy.flatnonzero(numpy.bincount(rows))
    return numpy.unique(rows)


def usable(vocab_dir: Path) -> bool:
    """Whether the model's vectors are the files ``install`` reads."""
    return all((vocab_dir / name).is_file() for name in ("key2row", "vectors"))


def install(nlp, vocab_dir: Path) -> None:
    """Give ``nlp`` (loaded with ``exclude=["vectors"]``) the model's vectors, as spaCy would have read
    them from ``vocab_dir``, with the key -> row table as KeyRows."""
    old = nlp.vocab.vectors
    vectors = SortedVectors(strings=nlp.vocab.strings, name=old.name, mode=old.mode)
    cfg = vocab_dir / "vectors.cfg"
    if cfg.exists():
        vectors._set_cfg(srsly.read_json(cfg))
    # mapped, copy-on-write: a page of the 24 MB table is read when a word's row is first asked for
    # (a short text asks for a few hundred rows), and a change stays this process's
    vectors.data = numpy.load(str(vocab_dir / "vectors"), mmap_mode="c")
    vectors.to_ops(get_current_ops())
    table = KeyRows(*arrays(vocab_dir))
    # spaCy's list of the rows no key points to, from the 20,000 rows that some key does (not from
    # every one of the 685,000 keys): the same list
    vectors.key2row = {row: row for row in _distinct(table._sorted_rows).tolist()}
    vectors._sync_unset()
    vectors.key2row = table
    nlp.vocab.vectors = vectors
    # the lexemes made while the model loaded (the tokenizer's special cases) were ranked against no
    # vectors: their rank is their row, as spaCy's training/initialize.py sets it
    lexemes = list(nlp.vocab)
    if lexemes:
        rows = table.rows_of(numpy.array([lex.orth for lex in lexemes], dtype=numpy.uint64))
        for lex, row in zip(lexemes, rows.tolist()):
            lex.rank = row if row >= 0 else OOV_RANK

"""Read-only corpus connections kept open between requests, per state of the database.

Opening a corpus (connect, read the schema, check its version) costs more than the few indexed queries
of a document page, and a reused connection keeps its prepared statements. A connection is handed to one
request at a time and put back afterwards; it is kept only while the database is in the state it was
opened in (the same stamp as the page cache: size and mtime of the database, its WAL and its
corrections), so a connection opened `immutable` (a read-only folder) never serves a changed corpus.
At most ``size`` idle connections are kept; one whose request failed is closed, never reused.

The connections of one state also share a `Memo` (``corpus.memo``, store/paging.py): what the paged
queries may keep while the database does not change, such as documents' URL keys and sentence bounds,
which every entity page would otherwise decode again for the same documents.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Hashable, Iterator

from ..store import Corpus


class Memo:
    """A bounded mapping (least recently used first out), safe to share between threads."""

    def __init__(self, size: int = 20000):
        self.size = size
        self.lock = threading.Lock()
        self.items: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        with self.lock:
            if key not in self.items:
                return default
            self.items.move_to_end(key)
            return self.items[key]

    def __setitem__(self, key: Hashable, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


class ReadConnections:
    def __init__(self, db: Path, stamp: Callable[[], Hashable], size: int = 8):
        self.db = db
        self.stamp = stamp
        self.size = size
        self.lock = threading.Lock()
        self.idle: list[tuple[Hashable, Corpus]] = []
        self.memo: tuple[Hashable, Memo] | None = None  # (stamp, its memo)

    @contextmanager
    def corpus(self) -> Iterator[Corpus]:
        now = self.stamp()
        found, stale = None, []
        with self.lock:
            while self.idle:
                stamp, c = self.idle.pop()
                if stamp == now:
                    found = c
                    break
                stale.append(c)
        for c in stale:  # the database changed since they were opened
            c.close()
        corpus = found
        if corpus is None:
            corpus = Corpus(self.db, readonly=True)
            with self.lock:
                if self.memo is None or self.memo[0] != now:
                    self.memo = (now, Memo())
                corpus.memo = self.memo[1]
        try:
            yield corpus
        except BaseException:
            corpus.close()
            raise
        with self.lock:
            if len(self.idle) < self.size:
                self.idle.append((now, corpus))
                return
        corpus.close()

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for _, c in idle:
            c.close()

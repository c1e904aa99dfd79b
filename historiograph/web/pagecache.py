"""The data of the overview pages, computed once per state of the corpus database.

The reader never writes the corpus (edit mode writes through the corrections store, which changes the
files too), so a timeline or graph page computed for one state of the database stays right until the
database changes. Each entry is keyed by the page and its parameters and by the size and modification
time of the database, its write-ahead log and its corrections file; at most ``size`` entries are kept (the least recently
used go first), so memory is bounded whatever the corpus. Concurrent requests for the same page wait
for the one computing it instead of all computing it (20 readers opening the bibliography at once).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Hashable

from ..corrections.files import path_for


class PageCache:
    def __init__(self, db: Path, size: int = 32):
        self.files = (db, db.with_name(db.name + "-wal"), path_for(db))
        self.size = size
        self.lock = threading.Lock()
        self.entries: OrderedDict[Hashable, Any] = OrderedDict()
        self.computing: dict[Hashable, threading.Event] = {}

    def stamp(self) -> tuple:
        """What changes whenever the corpus does: size and mtime of the database, its WAL, its corrections."""
        out = []
        for f in self.files:
            try:
                st = f.stat()
                out.append((st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(None)
        return tuple(out)

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        key = (self.stamp(), key)
        while True:
            with self.lock:
                if key in self.entries:
                    self.entries.move_to_end(key)
                    return self.entries[key]
                waiting = self.computing.get(key)
                if waiting is None:
                    done = self.computing[key] = threading.Event()
                    break
            waiting.wait()  # another request computes it; then read it (or compute it, if that one failed)
        try:
            value = compute()
            with self.lock:
                self.entries[key] = value
                while len(self.entries) > self.size:
                    self.entries.popitem(last=False)
            return value
        finally:
            with self.lock:
                self.computing.pop(key, None)
            done.set()

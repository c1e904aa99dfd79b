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


class ResponseCache:
    """The overview pages as sent (status, headers, body), once per state of the database and URL: an ASGI
    middleware in front of the routes, so that a page asked again costs neither routing nor rendering
    (a timeline page's template costs more than reading its cached data). Only GET requests of
    ``paths`` that answer 200 and set no cookie are kept; at most ``size`` of them and ``budget`` bytes in
    all (the least recently used go first). Never used in edit mode (forms there carry a per-session
    token)."""

    def __init__(self, app, db: Path, paths: set[str], size: int = 64, budget: int = 64 << 20):
        self.app = app
        self.paths = paths
        self.stamp = PageCache(db).stamp
        self.size = size
        self.budget = budget
        self.held = 0  # bytes of the bodies kept
        self.entries: OrderedDict[Hashable, tuple[int, list, bytes]] = OrderedDict()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)
        key = (self.stamp(), scope["path"], scope.get("query_string", b""))
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def keeping(message):
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200 and all(k.lower() != b"set-cookie" for k, _ in message.get("headers", []))
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > self.budget // 4:
                    keep = False
                    chunks.clear()
                elif not message.get("more_body") and key not in self.entries:
                    body = b"".join(chunks)
                    self.entries[key] = (start["status"], list(start.get("headers", [])), body)
                    self.held += len(body)
                    while len(self.entries) > self.size or self.held > self.budget:
                        self.held -= len(self.entries.popitem(last=False)[1][2])
            await send(message)

        await self.app(scope, receive, keeping)

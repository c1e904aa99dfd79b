"""Load test of the reader: N concurrent clients over every page of a 1,000-document corpus.

The corpus is built cheaply: the bundled examples are annotated once, and each is stored under many
source names (`copies/0001/khasan-1938.txt`, ...) until there are 1,000 documents; the corpus stage
then runs over all of them, so the entity, timeline and conflict tables are those of 1,000 documents.
The reader is served by uvicorn on 127.0.0.1 (a free port) in a child process; clients request every
document page, every entity page, the corpus pages and a few searches, each page once per round, for
at most --seconds. Prints p50/p95/p99 latency and the error count; exits 1 when p95 >= 500 ms or any
request failed.

    .venv/bin/python bench/load.py [--docs 1000] [--clients 20] [--seconds 120] [--db /tmp/load.db]
"""
from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402

from historiograph import ingest, pipeline  # noqa: E402
from historiograph.corpus import build_corpus  # noqa: E402
from historiograph.store import Corpus  # noqa: E402


def make_corpus(db_path: Path, n_docs: int) -> None:
    t = time.time()
    annotated = []
    for path, err in ingest.iter_files([REPO / "examples"]):
        if err is None:
            annotated.append((path, pipeline.run(ingest.read(path)).to_json()))
    with Corpus(db_path) as db:
        for i in range(n_docs):
            path, data = annotated[i % len(annotated)]
            copy = dict(data, source=f"copies/{i // len(annotated):04d}/{path.name}")
            db.put(copy, path=f"/nonexistent/{copy['source']}", size=0, mtime_ns=0)
        t1 = time.time()
        db.put_corpus(build_corpus(db.all_annotated()))
        print(f"corpus: {n_docs} documents ({len(annotated)} examples, copied) in {time.time() - t:.0f} s "
              f"(corpus stage {time.time() - t1:.0f} s)", flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def urls(db_path: Path, only: str = "all") -> list[str]:
    from historiograph.web import views

    with Corpus(db_path, readonly=True) as db:
        keys = views.document_keys(db.sources())
        out = ["/", "/documents", "/entities", "/timeline", "/graph", "/map", "/conflicts", "/documents.json",
               "/timeline.json", "/search?q=Lyushkov", "/search?q=Japan%201938", "/search?q=%00"]
        out += [views.document_url(k) for k in keys.values()]
        out += [views.document_url(k) + ".json" for k in list(keys.values())[:50]]
        out += [views.entity_url(e.id) for e in db.corpus_entities()]
    if only == "documents":
        out = [u for u in out if u.startswith("/documents/")]
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120.0, help="stop after this long, whatever is left")
    ap.add_argument("--db", type=Path, default=None, help="reuse (or create) this corpus")
    ap.add_argument("--only", choices=["all", "documents"], default="all", help="every page, or document pages")
    args = ap.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / f"historiograph-load-{args.docs}.db"
    if not db_path.exists():
        make_corpus(db_path, args.docs)
    todo = urls(db_path, args.only)
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    server = subprocess.Popen([sys.executable, "-m", "historiograph", "serve", "--db", str(db_path), "--host",
                               "127.0.0.1", "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        lat: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        queue = list(reversed(todo))
        stop = time.monotonic() + args.seconds

        def client() -> None:
            with httpx.Client(base_url=base, timeout=30) as c:
                while time.monotonic() < stop:
                    with lock:
                        if not queue:
                            return
                        url = queue.pop()
                    t = time.perf_counter()
                    try:
                        r = c.get(quote(url, safe="/?=%&.#:-_~"))
                        ok = r.status_code == 200
                    except httpx.HTTPError as exc:
                        ok, r = False, exc
                    dt = time.perf_counter() - t
                    with lock:
                        lat.append(dt)
                        if not ok:
                            errors.append(f"{url}: {getattr(r, 'status_code', r)}")

        t0 = time.time()
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.time() - t0
    finally:
        server.terminate()
        server.wait(10)
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    print(f"{len(lat)} of {len(todo)} pages, {args.clients} clients, {wall:.1f} s ({len(lat) / wall:.1f} req/s); "
          f"p50 {pct(0.5):.0f} ms, p95 {pct(0.95):.0f} ms, p99 {pct(0.99):.0f} ms, max {lat[-1] * 1000:.0f} ms; "
          f"errors {len(errors)}")
    for e in errors[:10]:
        print("  error:", e)
    return 0 if lat and pct(0.95) < 500 and not errors and len(lat) == len(todo) else 1


if __name__ == "__main__":
    sys.exit(main())

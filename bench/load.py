"""Load test of the reader: N concurrent clients over every page of a 1,000-document corpus.

The corpus is built cheaply: the bundled examples are annotated once, and each is stored under many
source names (`copies/0001/khasan-1938.txt`, ...) until there are 1,000 documents; the corpus stage
then runs over all of them, so the entity, timeline and conflict tables are those of 1,000 documents.
It is built once and kept (default /tmp/historiograph-load-N.db; `--db` another, or an existing corpus
such as one of bench/scale.py's). The reader is served by `historiograph serve` on 127.0.0.1 (a free
port) in a child process; only 127.0.0.1 is ever addressed. Clients request every document page and
every entity page once, and each overview page (documents, entities, timeline with its filters, graph
and a neighbourhood, map and a period, conflicts, bibliography, search, their next pages and JSON
twins) `--repeat` times, for at most `--seconds`. Each overview page is first asked once alone (the
reader computes it once per state of the corpus; `--cold` skips this and reports that, too). Prints p50/p95/p99 per page kind and overall, the
error count, the server's CPU a request (over the run, and per page kind from requests asked one at a time
after it) and the server's memory (RSS now and peak); exits 1 when p95 >= 500 ms, any request
failed, or time ran out first.

    .venv/bin/python bench/load.py [--docs 1000] [--clients 20] [--seconds 300] [--db PATH] [--repeat 10]
"""
from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402

from historiograph import ingest, pipeline  # noqa: E402
from historiograph.corpus import build_corpus  # noqa: E402
from historiograph.store import Corpus  # noqa: E402

HOST = "127.0.0.1"


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
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _every(fetch, step: int = 1000):
    """Every row of a paged query, a page at a time."""
    offset = 0
    while True:
        page = fetch(offset, step)
        yield from page.rows
        if page.as_dict()["next"] is None:
            return
        offset += step


def urls(db_path: Path, only: str = "all", repeat: int = 10, sample: int | None = None) -> list[str]:
    """Every page of the corpus: each document and entity page once (or `sample` of each, the same ones
    every run), each overview page `repeat` times."""
    from historiograph.web import views

    with Corpus(db_path, readonly=True) as db:
        sources = [d["source"] for d in _every(db.documents_page)]
        keys = db.document_keys_for(sources)
        entities = [e["id"] for e in _every(db.entities_page)]
        top = [e["id"] for e in db.timeline_entities(3)]
        place = next(iter(db.places_page(1)), None)
        years = views._years_of(db.timeline_dates())
    if sample:
        pick = random.Random(0)
        sources = sorted(pick.sample(sources, min(sample, len(sources))))
        entities = sorted(pick.sample(entities, min(sample, len(entities))))
    docs = [views.document_url(keys[s]) for s in sources]
    out = list(docs)
    out += [d + ".json" for d in docs[:50]]
    out += [views.entity_url(e) for e in entities]
    overview = ["/", "/documents?offset=100", "/documents.json", "/entities", "/entities?offset=100",
                "/entities?label=PERSON", "/entities.json", "/timeline", "/timeline?all=1", "/timeline?offset=200",
                "/timeline.json", "/timeline?type=arrest", "/graph", "/graph.json", "/map", "/map.json",
                "/conflicts", "/conflicts?offset=50", "/conflicts.json", "/bibliography", "/bibliography.json",
                "/search?q=Lyushkov", "/search?q=Japan%201938", "/search?q=the", "/search?q=%00",
                "/search.json?q=border", "/search?q=border&offset=50"]
    overview += [f"/timeline?entity={quote(e, safe='')}" for e in top]
    overview += [f"/graph?focus={quote(e, safe='')}" for e in top]
    if years:
        mid = (years[0] + years[1]) // 2
        overview.append(f"/map?from={mid - 5}&to={mid + 5}")
    if place:
        overview.append(views.entity_url(place["id"]))
    for _ in range(repeat):
        out += overview
    if only == "documents":
        out = [u for u in out if u.startswith("/documents/")]
    return out


def kind_of(url: str) -> str:
    path = url.split("?")[0]
    head = path.strip("/").split("/")[0] or "documents"
    if head == "documents" and path.startswith("/documents/"):
        head = "document"
    elif head == "entities" and path.startswith("/entities/"):
        head = "entity"
    head = head.removesuffix(".json")
    return head + (" json" if path.endswith(".json") else "")


def rss_mib(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) in MiB of a process and its children (the worker processes of `--workers`): their
    memory now and the sum of their peaks."""
    pids = [pid] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == pid]
    now = peak = 0.0
    for p in pids:
        fields = {}
        try:
            text = Path(f"/proc/{p}/status").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            k, _, v = line.partition(":")
            fields[k] = v.strip()
        now += int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
        peak += int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
    return now, peak


def cpu_s(pid: int) -> float:
    """User + system CPU seconds so far of a process and its children (the worker processes of
    `--workers`): what the server spent, whatever else the machine was running (latencies on a shared
    machine include waiting for a core)."""
    total = 0.0
    for p in [pid] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == pid]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            if p == pid:
                return float("nan")
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _parent(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def cpu_by_kind(base: str, todo: list[str], pid: int, n: int) -> dict[str, tuple[int, float]]:
    """kind -> (requests, server CPU ms a request), asked by one client, one kind at a time: what each page
    kind costs the server, which the concurrent run's latencies (queueing for a core) do not say. Up to
    ``n`` pages of each kind (those of the run, repeated where a kind has fewer)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for url in todo:
        by_kind[kind_of(url)].append(url)
    out = {}
    with httpx.Client(base_url=base, timeout=60) as c:
        for kind, urls_ in sorted(by_kind.items()):
            urls_ = list(dict.fromkeys(urls_))
            asked = [urls_[i % len(urls_)] for i in range(max(n, 1))]
            before = cpu_s(pid)
            for url in asked:
                c.get(quote(url, safe="/?=%&.#:-_~"))
            out[kind] = (len(asked), (cpu_s(pid) - before) / len(asked) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    return values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=300.0, help="stop after this long, whatever is left")
    ap.add_argument("--db", type=Path, default=None, help="reuse (or create) this corpus")
    ap.add_argument("--repeat", type=int, default=10, help="requests of each overview page")
    ap.add_argument("--only", choices=["all", "documents"], default="all", help="every page, or document pages")
    ap.add_argument("--sample", type=int, default=None,
                    help="this many document and entity pages (a fixed sample) instead of all: a larger corpus")
    ap.add_argument("--workers", type=int, default=1, help="serve --workers: reader processes")
    ap.add_argument("--cpu-sample", type=int, default=40,
                    help="after the run, this many requests of each page kind alone, for its server CPU (0: none)")
    ap.add_argument("--cold", action="store_true",
                    help="no warm-up: the clients also pay for computing each overview page the first time")
    args = ap.parse_args()
    db_path = args.db or Path(tempfile.gettempdir()) / f"historiograph-load-{args.docs}.db"
    if not db_path.exists():
        make_corpus(db_path, args.docs)
    Corpus(db_path).close()  # as `build` does: schema migrations and the reader's indexes
    todo = urls(db_path, args.only, args.repeat, args.sample)
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    server = subprocess.Popen([sys.executable, "-m", "historiograph", "serve", "--db", str(db_path), "--host",
                               HOST, "--port", str(port), "--workers", str(args.workers)], env=env,
                              stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        rss_idle = rss_mib(server.pid)[0]
        # The reader computes an overview page once per state of the corpus (web/pagecache.py); a
        # warm-up asks each once, alone, and says what that first time cost. Document and entity pages
        # are never warmed: each is asked once, in the timed run.
        cold: dict[str, float] = {}
        if not args.cold:
            with httpx.Client(base_url=base, timeout=60) as c:
                for url in dict.fromkeys(u for u in todo if not u.startswith(("/documents/", "/entities/"))):
                    t = time.perf_counter()
                    c.get(quote(url, safe="/?=%&.#:-_~"))
                    cold[url] = time.perf_counter() - t
        lat: dict[str, list[float]] = defaultdict(list)
        errors: list[str] = []
        lock = threading.Lock()
        # documents and entities interleaved with the overview pages, as readers would mix them
        queue = list(reversed(todo[::2] + todo[1::2]))
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
                        lat[kind_of(url)].append(dt)
                        if not ok:
                            errors.append(f"{url}: {getattr(r, 'status_code', r)}")

        t0, cpu0 = time.time(), cpu_s(server.pid)
        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall, cpu = time.time() - t0, cpu_s(server.pid) - cpu0
        load_end = os.getloadavg()[0]
        rss_now, rss_peak = rss_mib(server.pid)
        per_kind = cpu_by_kind(base, todo, server.pid, args.cpu_sample) if args.cpu_sample else {}
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:  # still busy with requests the clients gave up on
            server.kill()
            server.wait(10)
    every = sorted(x for v in lat.values() for x in v)
    with Corpus(db_path, readonly=True) as db:
        size = db.conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM timeline), "
                               "(SELECT count(*) FROM conflicts), (SELECT count(*) FROM corpus_entities)").fetchone()
    print(f"corpus {db_path}: {size[0]} documents, {size[1]} timeline entries, {size[2]} conflicts, "
          f"{size[3]} entities")
    print(f"{'page':<18}{'n':>6}{'p50':>8}{'p95':>8}{'p99':>8}{'max':>8}{'CPU':>8}  (ms; CPU: the server's, a "
          f"request, {args.cpu_sample} asked alone)")
    for kind in sorted(lat):
        v = sorted(lat[kind])
        alone = f"{per_kind[kind][1]:>8.1f}" if kind in per_kind else ""
        print(f"{kind:<18}{len(v):>6}{pct(v, .5):>8.0f}{pct(v, .95):>8.0f}{pct(v, .99):>8.0f}{v[-1] * 1000:>8.0f}{alone}")
    print(f"{len(every)} of {len(todo)} requests, {args.clients} clients, {wall:.1f} s ({len(every) / wall:.1f} req/s); "
          f"p50 {pct(every, .5):.0f} ms, p95 {pct(every, .95):.0f} ms, p99 {pct(every, .99):.0f} ms, "
          f"max {every[-1] * 1000 if every else float('nan'):.0f} ms; errors {len(errors)}")
    print(f"server CPU during the run: {cpu:.1f} s ({cpu / max(1, len(every)) * 1000:.1f} ms a request); "
          f"load average at the end {load_end:.2f} ({os.cpu_count()} CPUs)")
    if cold:
        slow = sorted(cold.items(), key=lambda kv: -kv[1])[:5]
        print(f"warm-up, each overview page once alone ({len(cold)} pages, {sum(cold.values()):.1f} s): slowest "
              + ", ".join(f"{u} {t * 1000:.0f} ms" for u, t in slow))
    print(f"serve RSS: {rss_idle:.0f} MiB after start, {rss_now:.0f} MiB after the run, peak {rss_peak:.0f} MiB")
    for e in errors[:10]:
        print("  error:", e)
    worst = max((pct(sorted(v), .95) for v in lat.values()), default=float("nan"))
    print(f"worst page kind p95 {worst:.0f} ms")
    return 0 if every and pct(every, .95) < 500 and not errors and len(every) == len(todo) else 1


if __name__ == "__main__":
    sys.exit(main())

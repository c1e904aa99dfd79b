"""Building a corpus: read what changed, annotate it in parallel, store it, then the corpus stage.

Per-document work runs in worker processes (each loads spaCy once); the parent alone writes to the
database, one transaction per document, so an interrupted build leaves it consistent and the next
build picks up where it stopped. `executor="dask"` runs the same function on a Dask scheduler for
corpora that outgrow one machine.
"""
from __future__ import annotations

import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from . import ingest, pipeline
from .ask.index import update as index_sentences
from .corpus import build_corpus
from .ingest import IngestError
from .pipeline import Options
from .store import Corpus


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each: "path: problem"
    corpus_rebuilt: bool = False

    @property
    def read_nothing(self) -> bool:
        return not (self.added or self.updated)


@dataclass
class _Job:
    path: Path
    source: str
    size: int
    mtime_ns: int
    known_sha: str | None


def annotate_file(path: str, source: str, options: Options, known_sha: str | None = None) -> dict[str, Any]:
    """Worker function: one file to spec JSON, or {"error": line}, or {"unchanged": True}."""
    try:
        doc = ingest.read(Path(path), source=source)
    except IngestError as exc:
        return {"error": str(exc)}
    if known_sha is not None and doc.sha256 == known_sha:
        return {"unchanged": True, "source": source}
    if options.published and not doc.metadata.published:
        doc.metadata.published = options.published
    try:
        return pipeline.run(doc, options).to_json()
    except Exception as exc:  # a bug in a stage must not stop the corpus: report it on one line
        return {"error": f"{source}: could not be annotated ({type(exc).__name__}: {exc})"}


def _warm(options: Options) -> None:
    from .nlp import load_model

    load_model(options.model)


def build(corpus: Corpus, paths: Iterable[str | Path], options: Options = Options(), jobs: int | None = None,
          progress: Callable[[int, int, str], None] | None = None, executor: str = "processes",
          force: bool = False) -> BuildReport:
    report = BuildReport()
    known = corpus.known()
    todo: list[_Job] = []
    seen: set[str] = set()
    for path, error in ingest.iter_files([Path(p) for p in paths]):
        if error:
            report.errors.append(str(error))
            continue
        source = str(path)
        if source in seen:
            continue
        seen.add(source)
        try:
            st = path.stat()
        except OSError as exc:
            report.errors.append(f"{source}: cannot be read ({exc.strerror or exc})")
            continue
        row = known.get(source)
        if row is not None and not force and row["size"] == st.st_size and row["mtime_ns"] == st.st_mtime_ns:
            report.unchanged.append(source)
            continue
        todo.append(_Job(path, source, st.st_size, st.st_mtime_ns, None if force or row is None else row["sha256"]))

    def store(job: _Job, result: dict[str, Any]) -> None:
        if "error" in result:
            report.errors.append(result["error"])
        elif result.get("unchanged"):
            corpus.touch(job.source, job.size, job.mtime_ns)
            report.unchanged.append(job.source)
        else:
            corpus.put(result, path=str(job.path.resolve()), size=job.size, mtime_ns=job.mtime_ns)
            (report.updated if job.source in known else report.added).append(job.source)

    total = len(todo)
    jobs = jobs or min(os.cpu_count() or 1, max(total, 1))
    if executor == "dask" and todo:
        _run_dask(todo, options, store, progress, total)
    elif jobs <= 1 or total <= 1:
        for i, job in enumerate(todo, 1):
            store(job, annotate_file(str(job.path), job.source, options, job.known_sha))
            if progress:
                progress(i, total, job.source)
    else:
        _run_processes(todo, options, jobs, store, progress, total)

    if not corpus.corpus_is_current():
        corpus.put_corpus(build_corpus(corpus.all_annotated()))
        report.corpus_rebuilt = True
    index_sentences(corpus)  # the sentence index of `ask`: only documents not yet indexed
    return report


def _run_processes(todo, options, jobs, store, progress, total) -> None:
    done = 0
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm, initargs=(options,)) as pool:
        pending = {pool.submit(annotate_file, str(j.path), j.source, options, j.known_sha): j for j in todo}
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    job = pending.pop(fut)
                    try:
                        result = fut.result()
                    except Exception as exc:  # a worker died (memory, signal): report, go on
                        result = {"error": f"{job.source}: worker failed ({type(exc).__name__}: {exc})"}
                    store(job, result)
                    done += 1
                    if progress:
                        progress(done, total, job.source)
        except KeyboardInterrupt:
            for fut in pending:
                fut.cancel()
            raise


def _run_dask(todo, options, store, progress, total) -> None:
    """Annotate on a Dask scheduler (the local process pool, or a cluster via DASK_SCHEDULER_ADDRESS)."""
    import dask
    import dask.bag as db

    address = os.environ.get("DASK_SCHEDULER_ADDRESS")
    bag = db.from_sequence([(str(j.path), j.source, j.known_sha) for j in todo], npartitions=min(total, 64))
    results = bag.map(lambda t: annotate_file(t[0], t[1], options, t[2]))
    if address:
        from distributed import Client  # optional: pip install distributed

        with Client(address):
            computed = results.compute()
    else:
        with dask.config.set(scheduler="processes"):
            computed = results.compute()
    for i, (job, result) in enumerate(zip(todo, computed), 1):
        store(job, result)
        if progress:
            progress(i, total, job.source)


def remove_missing(corpus: Corpus) -> list[str]:
    """Drop documents whose file no longer exists."""
    gone = [r["source"] for r in corpus.known().values() if not Path(r["path"]).exists()]
    removed = corpus.remove(gone)
    if removed:
        corpus.put_corpus(build_corpus(corpus.all_annotated()))
    return removed

"""Building a corpus: read what changed, annotate it in parallel, store it, then the corpus stage.

Per-document work runs in worker processes (each loads spaCy once); the parent alone writes to the
database, one transaction per document, so an interrupted build leaves it consistent and the next
build picks up where it stopped. `executor="dask"` runs the same function on a Dask cluster for
corpora that outgrow one machine (``historiograph.executors.dask``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from . import ingest, pipeline
from .ingest import IngestError
from .pipeline import Options

if TYPE_CHECKING:
    from .store import Corpus


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line each: "path: problem"
    failed: int = 0  # files not read, and documents stored with a failed stage
    corpus_rebuilt: bool = False
    corrections: Any = None  # corrections.CorrectionsReport: orphaned corrections, unreadable lines

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


def limits(options: Options) -> ingest.Limits:
    return ingest.Limits(max_bytes=options.max_mb * 2**20, max_pages=options.max_pages)


def annotate_file(path: str, source: str, options: Options, known_sha: str | None = None,
                  data: bytes | None = None) -> dict[str, Any]:
    """Worker function: one file (or its shipped bytes) to spec JSON, or {"error": line}, or {"unchanged": True}.

    Nothing raises out of it: a stage that fails is an issue of the document (the JSON then carries
    "failed": the one line to print), anything else is the error line."""
    try:
        doc = ingest.read(Path(path), source=source, limits=limits(options), data=data)
    except IngestError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # (ingest wraps every reader; this is the last net)
        return {"error": f"{ingest.printable(source)}: cannot be read ({type(exc).__name__})"}
    if known_sha is not None and doc.sha256 == known_sha:
        return {"unchanged": True, "source": source}
    if options.published and not doc.metadata.published:
        doc.metadata.published = options.published
    try:
        data = pipeline.run(doc, options).to_json()
    except Exception as exc:  # a bug outside the stages must not stop the corpus: one line
        return {"error": f"{doc.source}: could not be annotated ({type(exc).__name__}: {str(exc)[:200]})"}
    failed = pipeline.failures(data)
    if failed:
        data["failed"] = f"{doc.source}: {failed[0]}; stored with what the other stages found"
    return data


def _warm(options: Options) -> None:
    from .nlp import load_model
    from .procs import die_with_parent

    die_with_parent()
    load_model(options.model)


def build(corpus: Corpus, paths: Iterable[str | Path], options: Options = Options(), jobs: int | None = None,
          progress: Callable[[int, int, str], None] | None = None, executor: str = "processes",
          force: bool = False, scheduler: str | None = None) -> BuildReport:
    report = BuildReport()
    known = corpus.known()
    by_path = {r["path"]: r for r in known.values()}
    todo: list[_Job] = []
    seen: set[tuple[int, int]] = set()
    for path, error in ingest.iter_files([Path(p) for p in paths]):
        if error:
            report.errors.append(str(error))
            continue
        source = ingest.printable(path)
        try:
            st = path.stat()
        except OSError as exc:
            report.errors.append(f"{source}: cannot be read ({exc.strerror or exc})")
            continue
        if (st.st_dev, st.st_ino) in seen:  # one file under two spellings, a hard link, a symlink
            continue
        seen.add((st.st_dev, st.st_ino))
        canon = ingest.canonical(path)
        row = known.get(source)
        if row is None or row["path"] != canon:
            # the document is keyed by its first spelling: `corpus/p0` and `$PWD/corpus/p0` are one
            row = by_path.get(canon) or _same_file(by_path, path) or row
            if row is not None:
                source = row["source"]
        if row is not None and not force and row["size"] == st.st_size and row["mtime_ns"] == st.st_mtime_ns:
            report.unchanged.append(source)
            continue
        todo.append(_Job(path, source, st.st_size, st.st_mtime_ns, None if force or row is None else row["sha256"]))
    report.failed = len(report.errors)

    def store(job: _Job, result: dict[str, Any]) -> None:
        if "error" in result:
            report.errors.append(result["error"])
            report.failed += 1
        elif result.get("unchanged"):
            corpus.touch(job.source, job.size, job.mtime_ns)
            report.unchanged.append(job.source)
        else:
            if result.get("failed"):
                report.errors.append(result.pop("failed"))
                report.failed += 1
            corpus.put(result, path=ingest.canonical(job.path), size=job.size, mtime_ns=job.mtime_ns)
            (report.updated if job.source in known else report.added).append(job.source)

    total = len(todo)
    jobs = jobs or min(os.cpu_count() or 1, max(total, 1))
    if executor == "dask" and todo:
        from .executors import dask as on_dask

        on_dask.run(todo, options, store, progress, total, address=scheduler, workers=jobs)
    elif jobs <= 1 or total <= 1:
        for i, job in enumerate(todo, 1):
            store(job, annotate_file(str(job.path), job.source, options, job.known_sha))
            if progress:
                progress(i, total, job.source)
    else:
        _run_processes(todo, options, jobs, store, progress, total)

    # (imported here: a worker process, and `annotate`, which reads `limits`, need neither)
    from .ask.index import update as index_sentences
    from .corrections import refresh as apply_corrections

    # a person's corrections apply after the per-document stages and before the corpus stage
    try:
        report.corrections = apply_corrections(corpus)
    except Exception as exc:  # the documents are stored; the corpus tables wait for a fixed build
        report.errors.append(f"{corpus.path}: the corpus stage failed ({type(exc).__name__}: "
                             f"{str(exc)[:200]}); documents are stored, the timeline was not updated")
        report.failed += 1
    else:
        report.corpus_rebuilt = report.corrections.corpus_rebuilt
    index_sentences(corpus)  # the sentence index of `ask`: only documents not yet indexed
    return report


def _same_file(by_path: dict[str, Any], path: Path) -> Any:
    """A stored document that is this very file under another spelling (a case-insensitive file
    system, a renamed mount): compared by inode, among stored files of the same name."""
    name = path.name.lower()
    for stored, row in by_path.items():
        if Path(stored).name.lower() == name:
            try:
                if os.path.samefile(stored, path):
                    return row
            except OSError:
                continue
    return None


def _run_processes(todo, options, jobs, store, progress, total) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

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


def remove_missing(corpus: Corpus) -> list[str]:
    """Drop documents whose file no longer exists."""
    gone = [r["source"] for r in corpus.known().values() if not Path(r["path"]).exists()]
    removed = corpus.remove(gone)
    if removed:
        from .corrections import refresh as apply_corrections

        apply_corrections(corpus, force=True)
    return removed

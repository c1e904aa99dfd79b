"""Annotate on a Dask cluster (``distributed``): a scheduler at ``tcp://HOST:PORT`` and its workers.

No shared file system is assumed: the parent reads each file and ships its bytes with the task, and
the worker returns spec JSON. Results are stored as they complete (``as_completed``), one transaction
per document, by the parent alone; at most ``window`` documents are in flight, so memory does not grow
with the corpus. A worker that dies mid-task (killed, out of memory) loses nothing: the scheduler runs
its tasks again elsewhere, and a task that still fails becomes one error line naming the file.
Without an address, a local cluster of worker processes on 127.0.0.1 is started for the build.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from ..ingest import IngestError, read_bytes

RETRIES = 2  # a task that raised is tried this many more times; a lost worker's tasks are re-run anyway


def annotate_bytes(path: str, data: bytes, source: str, options, known_sha: str | None) -> dict[str, Any]:
    """Worker side: the shipped bytes of one file to spec JSON (or {"error": ...}/{"unchanged": True})."""
    from ..build import annotate_file

    return annotate_file(path, source, options, known_sha, data=data)


@contextmanager
def client_for(address: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    address = address or os.environ.get("DASK_SCHEDULER_ADDRESS")
    if address:
        with Client(address, set_as_default=False) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster, set_as_default=False) as client:
        yield client


def run(todo: list, options, store: Callable[[Any, dict], None],
        progress: Callable[[int, int, str], None] | None, total: int,
        address: str | None = None, workers: int = 2, window: int | None = None) -> None:
    """Annotate every job of ``todo`` (build._Job) on the cluster, calling ``store`` as each completes."""
    from distributed import as_completed

    with client_for(address, workers) as client, client.as_current():
        threads = sum(client.nthreads().values()) or workers
        window = window or max(4, 4 * threads)
        jobs = iter(todo)
        pending: dict[Any, Any] = {}

        def submit(job) -> Any | None:
            try:
                data = read_bytes(Path(job.path), job.source)
            except IngestError as exc:
                store(job, {"error": str(exc)})
                return None
            fut = client.submit(annotate_bytes, str(job.path), data, job.source, options, job.known_sha,
                                pure=False, retries=RETRIES, key=f"annotate-{os.urandom(8).hex()}")
            pending[fut] = job
            return fut

        done = 0
        queue = as_completed()

        def fill() -> None:
            """Submit jobs until ``window`` are in flight (a file that cannot be read is reported now)."""
            nonlocal done
            while len(pending) < window:
                job = next(jobs, None)
                if job is None:
                    return
                fut = submit(job)
                if fut is not None:
                    queue.add(fut)
                    continue
                done += 1
                if progress:
                    progress(done, total, job.source)

        fill()
        try:
            for fut in queue:
                job = pending.pop(fut)
                try:
                    result = fut.result()
                except Exception as exc:  # retries spent, or the worker kept dying: one line, go on
                    result = {"error": f"{job.source}: worker failed ({type(exc).__name__}: {exc})"}
                fut.release()
                store(job, result)
                done += 1
                if progress:
                    progress(done, total, job.source)
                fill()
        except KeyboardInterrupt:
            client.cancel(list(pending))
            raise

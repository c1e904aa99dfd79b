"""A build through a real Dask cluster: a scheduler and two worker processes on 127.0.0.1.

Each document's bytes are shipped to the workers (no shared file system is assumed), results are
stored as they complete, and a worker killed in the middle of the build loses no document.
"""
from __future__ import annotations

import os
import signal
from pathlib import Path

import distributed  # pinned in requirements.txt: the cluster executor's own dependency
import pytest

from historiograph.build import build
from historiograph.store import Corpus

from helpers import cli

TEXT = ("The Crossing of {n}\n\n"
        "On {d} May 1921 the engineer Marta Kowalczyk reached Vilnius by train. "
        "Two days later she met the mayor of the city, who signed the agreement in the town hall.\n")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as lc:
        yield lc


def _corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        p = folder / f"crossing{i:02d}.txt"
        p.write_text(TEXT.format(n=i, d=i + 1), encoding="utf-8")
        paths.append(p)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # bad input: one line, the rest is built
    return paths


def test_a_cluster_build_stores_every_document_even_when_a_worker_is_killed(tmp_path, cluster):
    paths = _corpus(tmp_path / "c", 8)
    with distributed.Client(cluster, set_as_default=False) as client:
        pids = client.run(os.getpid)
    killed: list[int] = []
    seen: list[int] = []

    def progress(done: int, total: int, source: str) -> None:
        seen.append(done)
        if not killed and done >= 2:  # documents are in flight on both workers: kill one of them
            pid = next(iter(pids.values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    db = Corpus(tmp_path / "c.db")
    report = build(db, [tmp_path / "c"], executor="dask", scheduler=cluster.scheduler_address,
                   progress=progress)
    assert killed, "the build ended before a worker could be killed"
    assert sorted(Path(s).name for s in report.added) == [p.name for p in paths]
    assert len(report.errors) == 1 and "empty.txt" in report.errors[0] and "empty" in report.errors[0]
    assert seen == list(range(1, len(paths) + 2))  # the same progress callback, once per file
    stored = db.annotated(str(paths[3]))
    assert stored.text == paths[3].read_text(encoding="utf-8")
    assert any(t.value == "1921-05-04" for t in stored.timexes)
    assert report.corpus_rebuilt and any(e["name"] == "Marta Kowalczyk" for e in db.entities())

    again = build(db, [tmp_path / "c"], executor="dask", scheduler=cluster.scheduler_address)
    assert again.read_nothing and len(again.unchanged) == len(paths)

    paths[0].write_text(TEXT.format(n=0, d=20), encoding="utf-8")  # the command line, one changed file
    run = cli("build", str(tmp_path / "c"), "--db", str(tmp_path / "c.db"), "--executor", "dask",
              "--scheduler", cluster.scheduler_address, "-q")
    assert "0 added, 1 updated, 7 unchanged, 1 failed" in run.stderr
    assert any(t.value == "1921-05-20" for t in Corpus(tmp_path / "c.db").annotated(str(paths[0])).timexes)

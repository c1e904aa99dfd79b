"""The corpus build: incremental, one transaction per document, robust to bad input and to kill -9."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from historiograph import ingest
from historiograph.build import build
from historiograph.store import Corpus

from helpers import REPO, cli

TEXT = ("Tuesday, March 3, 2020\n\nThe Border in 1938 by Anna Petrova\n\n"
        "On 13 June 1938 Genrikh Lyushkov crossed into Manchukuo near Hunchun. "
        "A month later the Japanese army presented him to the press in Tokyo.[1]\n\n"
        "References\n\n1. Coox, Alvin D. (1968). \"L'Affaire Lyushkov: Anatomy of a Defector\". "
        "Soviet Studies. 19 (3): 405–420.\n")


def write_corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"note{i:02d}.txt"
        p.write_text(TEXT.replace("Hunchun", f"Hunchun (note {i})"), encoding="utf-8")
        paths.append(p)
    return paths


def test_second_build_reads_nothing_and_a_changed_file_replaces_its_annotations(tmp_path, monkeypatch):
    write_corpus(tmp_path / "c", 2)
    db = Corpus(tmp_path / "c.db")
    first = build(db, [tmp_path / "c"], jobs=1)
    assert sorted(Path(s).name for s in first.added) == ["note00.txt", "note01.txt"]
    assert first.corpus_rebuilt

    reads = []
    real_read = ingest.read
    monkeypatch.setattr(ingest, "read", lambda *a, **k: reads.append(a) or real_read(*a, **k))
    second = build(db, [tmp_path / "c"], jobs=1)
    assert second.read_nothing and reads == [] and not second.corpus_rebuilt
    assert len(second.unchanged) == 2

    changed = tmp_path / "c" / "note01.txt"
    changed.write_text(TEXT.replace("Tokyo", "Osaka"), encoding="utf-8")
    third = build(db, [tmp_path / "c"], jobs=1)
    assert [Path(s).name for s in third.updated] == ["note01.txt"]
    assert "Osaka" in db.annotated(str(changed)).text
    assert db.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2

    os.utime(changed, ns=(1, 1))  # touched but not changed: read, hash compared, not re-annotated
    fourth = build(db, [tmp_path / "c"], jobs=1)
    assert not fourth.updated and len(fourth.unchanged) == 2


def test_stored_document_keeps_the_spec_json(tmp_path):
    write_corpus(tmp_path / "c", 1)
    db = Corpus(tmp_path / "c.db")
    build(db, [tmp_path / "c"], jobs=1)
    source = db.sources()[0]
    data = db.annotated_json(source)
    assert data["text"] == (tmp_path / "c" / "note00.txt").read_text(encoding="utf-8")
    assert db.annotated(source).to_json() == data
    docs = db.documents()
    assert docs[0]["title"] == "The Border in 1938" and docs[0]["published"] == "2020-03-03"


def test_remove_drops_a_document_and_its_annotations(tmp_path):
    paths = write_corpus(tmp_path / "c", 2)
    db_path = tmp_path / "c.db"
    cli("build", str(tmp_path / "c"), "--db", str(db_path), "-q", check=True)
    proc = cli("remove", str(paths[0]), "--db", str(db_path), check=True)
    assert "removed" in proc.stdout
    with Corpus(db_path, readonly=True) as db:
        assert db.sources() == [str(paths[1])]
        assert db.conn.execute("SELECT COUNT(*) FROM mentions m JOIN documents d ON d.id = m.doc_id "
                               "WHERE d.source = ?", (str(paths[0]),)).fetchone()[0] == 0
    paths[1].unlink()
    cli("remove", "--missing", "--db", str(db_path), check=True)
    with Corpus(db_path, readonly=True) as db:
        assert db.sources() == []


def test_bad_input_is_named_on_one_line_and_the_rest_is_built(tmp_path):
    folder = tmp_path / "mixed"
    write_corpus(folder, 1)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "nothing.html").write_text("<html><body><script>x()</script></body></html>")
    os.symlink(folder, folder / "loop")
    db = tmp_path / "m.db"
    proc = cli("build", str(folder), str(tmp_path / "missing.txt"), "--db", str(db), "-q")
    assert proc.returncode == 4, proc.stderr  # the exit status says how many failed
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    problems = [ln for ln in lines if not ln.startswith(str(db))]
    assert sorted(Path(ln.split(": ")[0]).name for ln in problems) == [
        "empty.txt", "image.txt", "missing.txt", "nothing.html"]
    assert "Traceback" not in proc.stderr
    assert "1 added" in proc.stderr and "4 failed" in proc.stderr

    only_bad = cli("build", str(folder / "empty.txt"), "--db", str(tmp_path / "n.db"), "-q")
    assert only_bad.returncode == 1
    assert only_bad.stderr.splitlines()[0] == f"{folder / 'empty.txt'}: the file is empty"


def test_a_build_killed_midway_leaves_a_consistent_database_and_the_next_build_finishes(tmp_path):
    write_corpus(tmp_path / "k", 14)
    db = tmp_path / "k.db"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "historiograph", "build", str(tmp_path / "k"), "--db", str(db),
                             "-j", "1", "-q"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored, deadline = 0, time.time() + 120
    while time.time() < deadline and stored < 3:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                pass
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 3 <= stored < 14, "the build should have been killed midway"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT source, annotations FROM documents").fetchall()
        counts = dict(conn.execute("SELECT d.source, COUNT(m.rowid) FROM documents d "
                                   "LEFT JOIN timexes m ON m.doc_id = d.id GROUP BY d.source").fetchall())
    for source, blob in rows:  # every stored document is whole
        assert len(json.loads(blob)["timexes"]) == counts[source]
    done = cli("build", str(tmp_path / "k"), "--db", str(db), "-q", check=True)
    assert f"{14 - len(rows)} added" in done.stderr and f"{len(rows)} unchanged" in done.stderr
    with Corpus(db, readonly=True) as corpus:
        assert len(corpus.sources()) == 14 and corpus.corpus_is_current()


@pytest.mark.shared
def test_annotate_prints_one_spec_json_line_per_file_whose_text_is_the_file(seed_paths):
    proc = cli("annotate", *map(str, seed_paths), "--format", "json", check=True)
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    for path, line in zip(seed_paths, lines):
        data = json.loads(line)
        assert data["source"] == str(path)
        assert data["text"] == path.read_text(encoding="utf-8")
        assert_spec_shape(data)


def assert_spec_shape(data: dict) -> None:
    """The fields and types of shared/spec/annotate-json.md."""
    assert set(data) >= {"source", "metadata", "text", "mentions", "entities", "timexes", "citations",
                         "references", "events", "issues"}
    assert set(data["metadata"]) >= {"title", "author", "published", "quoted_from"}
    text = data["text"]
    for m in data["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"] and m["label"] in {
            "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK", "EVENT"}
    ids = {e["id"] for e in data["entities"]}
    assert all(m["entity"] in ids for m in data["mentions"])
    for e in data["entities"]:
        assert isinstance(e["name"], str) and isinstance(e["aliases"], list)
    for t in data["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"] and t["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert isinstance(t["value"], str) and "mod" in t
    refs = {r["id"] for r in data["references"]}
    for c in data["citations"]:
        assert text[c["start"]:c["end"]] == c["text"] and (c["reference"] is None or c["reference"] in refs)
    for r in data["references"]:
        assert isinstance(r["csl"], dict) and "label" in r and "text" in r
    for v in data["events"]:
        assert set(v) >= {"id", "type", "trigger", "sentence", "participants", "time", "place", "citations",
                          "attributed_to", "certainty"}
        assert text[v["trigger"]["start"]:v["trigger"]["end"]] == v["trigger"]["text"]
        assert v["certainty"] in {"asserted", "reported", "hedged", "disputed", "negated"}
    for i in data["issues"]:
        assert set(i) >= {"kind", "start", "end", "message"}


def test_spec_shape_on_an_invented_text():
    import historiograph

    assert_spec_shape(historiograph.annotate(TEXT).to_json())


def test_corpus_commands_print_empty_lists_not_errors_on_an_empty_corpus(tmp_path):
    db = tmp_path / "e.db"
    Corpus(db).close()
    for command in ("documents", "timeline", "entities", "conflicts"):
        proc = cli(command, "--db", str(db), "--format", "json", check=True)
        assert json.loads(proc.stdout) == []
    missing = cli("timeline", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "no such corpus database" in missing.stderr


def test_dask_executor_builds_the_same_corpus(tmp_path):
    write_corpus(tmp_path / "d", 3)
    local, distributed = Corpus(tmp_path / "local.db"), Corpus(tmp_path / "dask.db")
    build(local, [tmp_path / "d"], jobs=1)
    report = build(distributed, [tmp_path / "d"], executor="dask")
    assert len(report.added) == 3 and not report.errors
    for source in local.sources():
        assert distributed.annotated_json(source)["mentions"] == local.annotated_json(source)["mentions"]
    assert distributed.entities() == local.entities()

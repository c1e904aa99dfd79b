"""The reader and the query commands never import spaCy (issue 16, start-up): a 10 ms query must not pay
for the parser's import (about 2 CPU seconds and 100 MiB of `serve`). Checked in a fresh interpreter,
whose sys.modules holds only what the path itself imported."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_QUERIES = """
import json, sys
from typer.testing import CliRunner
from historiograph.cli import app
from historiograph.store import Corpus

db = sys.argv[1]
Corpus(db).close()  # an empty corpus, made without building anything
runner = CliRunner()
codes = {cmd: runner.invoke(app, [cmd, "--db", db, "--format", "json"]).exit_code
         for cmd in ("timeline", "entities", "conflicts", "documents")}
print(json.dumps({"codes": codes, "spacy": "spacy" in sys.modules}))
"""

_READER = """
import json, sys
from fastapi.testclient import TestClient
from historiograph.store import Corpus
from historiograph.web import create_app

db = sys.argv[1]
Corpus(db).close()
client = TestClient(create_app(db), base_url="http://127.0.0.1")
codes = {path: client.get(path).status_code for path in ("/", "/timeline", "/entities", "/conflicts", "/documents")}
print(json.dumps({"codes": codes, "spacy": "spacy" in sys.modules}))
"""


def _run(script: str, db: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", script, str(db)], cwd=REPO, capture_output=True, text=True,
                          check=True, env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_query_commands_do_not_import_spacy(tmp_path):
    got = _run(_QUERIES, tmp_path / "c.db")
    assert got["codes"] == {"timeline": 0, "entities": 0, "conflicts": 0, "documents": 0}
    assert not got["spacy"]


def test_reader_pages_do_not_import_spacy(tmp_path):
    got = _run(_READER, tmp_path / "c.db")
    assert all(code == 200 for code in got["codes"].values()), got["codes"]
    assert not got["spacy"]

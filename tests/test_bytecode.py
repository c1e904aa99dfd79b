"""The package's modules load from compiled bytecode (issue #16: start-up). An editable install writes no
.pyc files and this sandbox sets PYTHONDONTWRITEBYTECODE, so without `make compile` (run by install, test,
bench and by tests/conftest.py) every process recompiles every module it imports."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_a_fresh_process_compiles_none_of_the_package():
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO)}
    code = "import historiograph.cli; from historiograph import pipeline; pipeline._stages()"  # (the stages' modules too)
    done = subprocess.run([sys.executable, "-v", "-c", code],
                          cwd=REPO, env=env, capture_output=True, text=True, check=True)
    ours = [line for line in done.stderr.splitlines() if "code object from" in line and str(REPO / "historiograph") in line]
    assert len(ours) > 20  # the pipeline's modules were imported from this checkout
    from_source = [line for line in ours if line.rstrip("'").endswith(".py")]
    assert from_source == []
    assert "bytecode is stale" not in "\n".join(line for line in done.stderr.splitlines() if "historiograph" in line)

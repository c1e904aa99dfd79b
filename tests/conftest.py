"""Shared fixtures. Tests that read ../shared are marked ``shared`` and skip where it is absent."""
from __future__ import annotations

import compileall
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The package's bytecode, as `make install` writes it: the command-line tests start fresh processes, which
# with PYTHONDONTWRITEBYTECODE set would otherwise recompile every module edited since the last compile.
compileall.compile_dir(str(REPO / "historiograph"), quiet=1)
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_collection_modifyitems(config, items):
    if SEEDS.is_dir() and GOLD.is_file():
        return
    skip = pytest.mark.skip(reason=f"needs the shared sample texts and gold at {SHARED} (absent here)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds_annotated(seed_paths):
    """Both sample texts through the whole pipeline, once per test session: {file name: AnnotatedDocument}."""
    import historiograph

    return {p.name: historiograph.annotate(path=p) for p in seed_paths}

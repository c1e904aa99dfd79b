"""bench/scale.py's own rules: a renamed copy is about another referent even where its name has a
title after a comma; a query that reads a whole corpus table is found in its plan, a paged or indexed
one is not. Names invented for these tests."""
from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from historiograph.entities.names import parse_person
from historiograph.store import Corpus

_spec = importlib.util.spec_from_file_location("scale_bench", Path(__file__).resolve().parents[1] / "bench" / "scale.py")
scale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scale)


@pytest.mark.parametrize("name", ["Aldric Venn, Count of Morrow", "Venn, Aldric", "Aldric Venn", "Venn"])
def test_a_renamed_name_is_another_persons(name):
    tagged = scale._tagged(name, scale._tag(3))
    assert parse_person(tagged).key != parse_person(name).key
    assert scale._tag(3).casefold() in parse_person(tagged).key.split()


def test_whole_table_reads_are_found_in_the_plan(tmp_path):
    db = tmp_path / "c.db"
    Corpus(db).close()
    with sqlite3.connect(db) as conn:
        assert scale._plan(conn, "SELECT * FROM timeline ORDER BY position")
        assert scale._plan(conn, "SELECT DISTINCT type FROM timeline")
        assert scale._plan(conn, "SELECT count(*), total(confidence >= 0.5) FROM timeline t")
        assert not scale._plan(conn, "SELECT count(*) FROM sqlite_master")
        assert not scale._plan(conn, "SELECT * FROM timeline ORDER BY position LIMIT 100 OFFSET 0")
        assert not scale._plan(conn, "SELECT * FROM corpus_entities WHERE id = 'E-x'")
        assert not scale._plan(conn, "SELECT entry_id FROM timeline_entities WHERE entity_id = 'E-x' ORDER BY position")

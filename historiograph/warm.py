"""Fill the cache of tables built once (datafiles.built_once) at install time: ``make install`` runs
``python -m historiograph.warm``, so that the first ``annotate`` starts as fast as every later one.

Each table is also built by the first process that needs it where this was not run (or the cache is
another user's, or switched off): nothing depends on it but speed.
"""
from __future__ import annotations


def main() -> None:
    from . import datafiles, geonames, nlp
    from .entities import places
    from .events import gender
    from .time import prefilter

    folder = datafiles.cache_dir()
    if folder is None:
        print("historiograph cache switched off: nothing to build")
        return
    before = _tables(folder)
    nlp.load_model()  # (the vectors' key table: vectors_table.py)
    geonames.cities()
    places.gazetteer()
    places._cities_by_name()
    gender._name_sexes()
    prefilter._time_patterns_read()
    written = sorted(_tables(folder) - before)
    if written:
        print(f"historiograph cache filled: {folder} (wrote {', '.join(written)})")
    elif before and datafiles._private(folder):
        print(f"historiograph cache already filled: {folder}")
    else:
        print(f"historiograph cache {folder} unwritable (or not this user's alone): nothing written")


def _tables(folder) -> set[str]:
    """The table files in the cache folder (none when it cannot be read)."""
    try:
        return {p.name for p in folder.glob("*.pickle")}
    except OSError:
        return set()


if __name__ == "__main__":
    main()

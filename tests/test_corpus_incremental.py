"""The corpus stage after a change recomputes only what the change touches, and gives what a whole
recompute gives (issue 16); conflicts are one per disagreement, dates compared as intervals (issue 12)."""
from __future__ import annotations

from dataclasses import asdict

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus, incremental
from historiograph.store import Corpus

TEXTS = {
    "a.txt": "In 1937 the NKVD deported 172,000 Koreans from the Soviet Far East to Kazakhstan.\n",
    "b.txt": "In 1957 the NKVD deported 200,000 Koreans from the Soviet Far East to Kazakhstan.\n",
    "c.txt": "On 3 March 1939 Ivan Petrov defected to Finland. Ivan Petrov died in Helsinki on 5 May 1950.\n",
    "d.txt": "In 1952 Ivan Petrov met Urho Kekkonen in Helsinki.\n",
    "e.txt": "In 1702 the Danish army besieged Harlow. The garrison of Harlow surrendered on 9 May 1702.\n",
    "f.txt": "Marek Holt was born in Kessel in 1890. In 1915 Marek Holt founded the Kessel Rowing Club.\n",
    "g.txt": "In September 1937 the NKVD deported about 172,000 Koreans from the Soviet Far East to Kazakhstan.\n",
    "b2.txt": "In 1957 the NKVD deported 180,000 Koreans from the Soviet Far East to Kazakhstan.\n",
}


@pytest.fixture(scope="module")
def annotated():
    return {name: annotate_text(text, source=name).to_json() for name, text in TEXTS.items()}


def _put(c: Corpus, annotated, name: str, source: str | None = None) -> None:
    data = dict(annotated[name])
    data["source"] = source or name
    c.put(data, path="/" + data["source"])


def _state(c: Corpus) -> dict:
    """The corpus tables, timeline entries named by position (the one thing an incremental stage may
    number otherwise: untouched entries keep their ids)."""
    entries = c.timeline_entries()
    pos = {t.id: f"#{i}" for i, t in enumerate(entries)}
    timeline = []
    for t in entries:
        d = asdict(t)
        d["id"] = pos[t.id]
        d["members"] = sorted(map(tuple, d["members"]))
        timeline.append(d)
    conflicts = []
    for x in c.conflict_list():
        d = asdict(x)
        d["entry"] = pos.get(x.entry, x.entry)
        conflicts.append(d)
    ents = [asdict(e) for e in c.corpus_entities()]
    for e in ents:
        e["members"] = sorted(map(tuple, e["members"]))
    works = [asdict(w) for w in c.works()]
    return {"entities": ents, "timeline": timeline, "conflicts": conflicts, "works": works}


def _whole(tmp_path, annotated, names: dict[str, str]) -> dict:
    """The tables a whole recompute gives for these documents (source -> text name)."""
    db = tmp_path / f"whole-{len(list(tmp_path.iterdir()))}.db"
    with Corpus(db) as c:
        for source, name in names.items():
            _put(c, annotated, name, source)
        assert incremental.update(c) == "whole"
        return _state(c)


def test_add_change_remove_equal_a_whole_recompute(tmp_path, annotated):
    docs = {n: n for n in ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt")}
    with Corpus(tmp_path / "inc.db") as c:
        for n in docs:
            _put(c, annotated, n)
        assert incremental.update(c) == "whole"
        assert incremental.update(c) == "current"
        assert _state(c) == _whole(tmp_path, annotated, docs)
        untouched = {t.id: t.summary for t in c.timeline_entries() if t.members[0][0] in ("e.txt", "f.txt")}

        # add: only the deportation's documents are read again
        _put(c, annotated, "g.txt")
        docs["g.txt"] = "g.txt"
        assert incremental.touched(c, {"g.txt"}, c.document_stamps()) == {"a.txt", "b.txt", "g.txt"}
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, annotated, docs)
        after = {t.id: t.summary for t in c.timeline_entries() if t.members[0][0] in ("e.txt", "f.txt")}
        assert after == untouched  # untouched entries keep their ids

        # change: b.txt now says 180,000
        _put(c, annotated, "b2.txt", "b.txt")
        docs["b.txt"] = "b2.txt"
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, annotated, docs)
        assert any("180,000" in x.message for x in c.conflict_list())

        # remove: the death goes, and with it the anachronism
        assert any(x.kind == "anachronism" for x in c.conflict_list())
        c.remove(["c.txt"])
        del docs["c.txt"]
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, annotated, docs)
        assert not any(x.kind == "anachronism" for x in c.conflict_list())
        assert not c.keys_of(["c.txt"])


def test_one_conflict_per_disagreement_not_per_pair(annotated):
    """Ten copies of each side of a disagreement: one timeline entry, one date conflict and one number
    conflict, each with two sides that carry every account (not 10 x 10 pairs)."""
    from historiograph.model import AnnotatedDocument

    docs = []
    for i in range(10):
        for name in ("a.txt", "b.txt"):
            data = dict(annotated[name])
            data["source"] = f"copy{i}-{name}"
            docs.append(AnnotatedDocument.from_json(data))
    tables = build_corpus(docs)
    deportations = [t for t in tables.timeline if t.type == "deportation"]
    assert len(deportations) == 1 and len({s.source for s in deportations[0].sources}) == 20
    for kind, disputed in (("date_conflict", "date"), ("number_conflict", "number")):
        (c,) = [x for x in tables.conflicts if x.kind == kind]
        assert c.disputed == disputed and c.entry == deportations[0].id
        assert len(c.values) == 2 and [len(v["accounts"]) for v in c.values] == [10, 10]
        assert {e.source.split("-")[1] for e in c.evidence} == {"a.txt", "b.txt"}  # one account of each side
    (dates,) = [x for x in tables.conflicts if x.kind == "date_conflict"]
    assert [(v["value"], v["earliest"], v["latest"]) for v in dates.values] == [
        ("1937", "1937-01-01", "1937-12-31"), ("1957", "1957-01-01", "1957-12-31")]


def test_dates_that_can_overlap_do_not_conflict(annotated):
    """1937 and September 1937 name overlapping stretches: one entry, no date conflict; 172,000 and
    "about 172,000" agree too."""
    from historiograph.model import AnnotatedDocument

    docs = [AnnotatedDocument.from_json(annotated[n]) for n in ("a.txt", "g.txt")]
    tables = build_corpus(docs)
    assert len([t for t in tables.timeline if t.type == "deportation"]) == 1
    assert not [x for x in tables.conflicts if x.kind in ("date_conflict", "number_conflict", "date_discrepancy")]


def test_timeline_orders_by_earliest_then_latest():
    from historiograph.corpus.events import order
    from historiograph.model import EvidenceSpan, TimelineEntry

    def entry(date, edtf, lo, hi):
        return TimelineEntry("", date, "war", "x", sources=[EvidenceSpan("s", 0, 1)], members=[("s", date)],
                             edtf=edtf, earliest=lo, latest=hi)

    span = entry("1937", "1937/1938", "1937-01-01", "1938-12-31")
    year = entry("1937", "1937", "1937-01-01", "1937-12-31")
    before = entry("1938", "[..1937]", None, "1937-12-31")  # an open start sorts by its stated end
    sept = entry("1937-09", "1937-09", "1937-09-01", "1937-09-30")
    undated = entry(None, None, None, None)
    assert sorted([undated, sept, span, year, before], key=order) == [year, span, sept, before, undated]


def test_schema_4_migration_can_run_again(tmp_path):
    from historiograph.store import migrate_incremental

    with Corpus(tmp_path / "x.db") as c:
        migrate_incremental(c.conn)  # a second time: adds nothing, fails on nothing
        cols = {r[1] for r in c.conn.execute("PRAGMA table_info(conflicts)")}
        assert {"entry_id", "disputed", "sides", "sort_key"} <= cols


# Documents that meet only through the fuzzy comparisons, a lone surname and a cited work: the links
# a component must follow although no exact key is shared.
LINKED = {
    "h1.txt": "Marek Holt founded the Kessel Rowing Club in 1915.[1] In 1931 Holt left the club.\n\n"
              "References\n\n1. Brandt, Ilse (1960). A History of the Kessel Valley. London: Fenwick Press.\n",
    "h2.txt": "In 1850 the river Wend flooded the town of Marsby.[1]\n\n"
              "References\n\n1. Brandt, Ilse (1960). A History of the Kessel Valley. London: Fenwick Press.\n",
    "h3.txt": "Anna Holt was born in Tarnow in 1901. The Kessel Valley Historical Society opened in 1950.\n",
    "h4.txt": "The Kessel Valley Historicl Society was dissolved in 1977. Oskar Lind painted the Wend in 1903.\n",
    "h5.txt": "In 1712 the Swedish fleet blockaded Varnholm. Varnholm surrendered on 2 June 1712.\n",
}


@pytest.fixture(scope="module")
def linked_docs():
    return {name: annotate_text(text, source=name).to_json() for name, text in LINKED.items()}


def test_fuzzy_names_lone_surnames_and_shared_works_equal_a_whole_recompute(tmp_path, linked_docs, annotated):
    linked_docs = {**linked_docs, **annotated}
    docs = {n: n for n in ("h1.txt", "h3.txt", "h5.txt", "a.txt", "c.txt", "d.txt", "e.txt", "g.txt")}
    with Corpus(tmp_path / "inc.db") as c:
        for n in docs:
            _put(c, linked_docs, n)
        assert incremental.update(c) == "whole"
        # a lone "Holt" joins the one full name with it: a second Holt in another text undoes that
        holt = [e for e in c.corpus_entities() if e.name == "Marek Holt"]
        assert holt and ("h1.txt" in holt[0].documents)
        untouched = [t.id for t in c.timeline_entries() if t.members[0][0] == "h5.txt"]

        # a close spelling of a long name in a new text: the entity steps read the text it is close to
        _put(c, linked_docs, "h4.txt")
        docs["h4.txt"] = "h4.txt"
        now = c.document_stamps()
        assert "h3.txt" in incremental.touched(c, {"h4.txt"}, now)
        assert "h5.txt" not in incremental.touched(c, {"h4.txt"}, now)
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, linked_docs, docs)
        assert [t.id for t in c.timeline_entries() if t.members[0][0] == "h5.txt"] == untouched

        # a second text citing the same book: the bibliography's component holds both citing texts
        _put(c, linked_docs, "h2.txt")
        docs["h2.txt"] = "h2.txt"
        keys = incremental.cited_keys(c, {"h2.txt"}, c.document_stamps())
        assert {ad.document.source for ad in incremental.citing(c, keys, {"h2.txt"})} == {"h1.txt", "h2.txt"}
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, linked_docs, docs)
        (work,) = [w for w in c.works() if "brandt" in w.id]
        assert {s for s, _ in work.cited_by} == {"h1.txt", "h2.txt"}

        # a text changed into another (the first Holt text now tells of a fleet), then removed
        _put(c, linked_docs, "h5.txt", "h1.txt")
        docs["h1.txt"] = "h5.txt"
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, linked_docs, docs)
        c.remove(["h3.txt"])
        del docs["h3.txt"]
        assert incremental.update(c) == "incremental"
        assert _state(c) == _whole(tmp_path, linked_docs, docs)


def test_an_incremental_stage_rewrites_only_what_differs(tmp_path, annotated):
    """A change that leaves a component's rows as they were writes none of them: the rows keep their
    search rows (the store's rowid of each), conflicts their numbers."""
    with Corpus(tmp_path / "inc.db") as c:
        for n in ("a.txt", "b.txt", "e.txt", "f.txt"):
            _put(c, annotated, n)
        assert incremental.update(c) == "whole"
        rows = lambda: c.conn.execute("SELECT id, search_rowid FROM timeline UNION ALL "  # noqa: E731
                                      "SELECT id, search_rowid FROM corpus_entities ORDER BY 1").fetchall()
        before = rows()
        data = dict(annotated["e.txt"])
        data["sha256"] = "0" * 64  # stored again, the same annotations
        c.put(data, path="/e.txt")
        assert incremental.update(c) == "incremental"
        assert rows() == before


def test_corpus_stage_read_from_the_store_equals_the_stage_in_memory(tmp_path, annotated):
    """The whole stage reads the documents from the store pass by pass, each pass only the fields it
    reads (``Corpus.stream``): its tables are those of the documents held whole in memory."""
    with Corpus(tmp_path / "s.db") as c:
        for n in TEXTS:
            _put(c, annotated, n)
        held = build_corpus(c.all_annotated())
        streamed = build_corpus(c.stream())
        assert len(c.stream()) == len(TEXTS)
        assert [d.document.source for d in c.stream().only("entities")] == sorted(TEXTS)
    assert held.timeline and held.entities and held.conflicts
    assert asdict(held) == asdict(streamed)

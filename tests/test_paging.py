"""Paged, indexed reads: every page of the reader comes a page at a time, and no page loads a whole
corpus table (the loaders that would are made to fail here)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from historiograph import ingest, pipeline
from historiograph.corpus import build_corpus
from historiograph.model import Conflict, EvidenceSpan
from historiograph.store import Corpus
from historiograph.store.paging import INDEXES
from historiograph.web import create_app

TEXT = ("Report {n}\n\nOn {day} May 1921 the engineer Marta Kowalczyk arrived in Vilnius.[1] "
        "On 9 May 1921 she signed the agreement with Jonas Petraitis in Kaunas.\n\n"
        "Notes\n\n1. Anna Lis, The Baltic Years (London: Harbour Press, 1990), 12.\n")
N = 7

WHOLE_TABLE_LOADERS = ("timeline_entries", "conflict_list", "corpus_entities", "tables", "documents", "sources",
                       "all_annotated", "entities", "timeline", "conflicts", "works", "annotation_counts",
                       "known", "event_confidence", "search", "search_marked")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("paged") / "c.db"
    base = {day: pipeline.run(ingest.from_text(TEXT.format(n=0, day=day), source="r0.txt")).to_json()
            for day in (4, 6)}
    with Corpus(path) as c:
        for i in range(N):
            data = {**base[4 if i % 2 else 6], "source": f"notes/r{i}.txt", "sha256": f"{i:064d}"}
            c.put(data, path=f"/x/notes/r{i}.txt")
        tables = build_corpus(c.all_annotated())
        # conflicts between the copies' first sentences, whatever the conflict stage makes of them
        text = base[4]["text"]
        start = text.index("On ")
        for i in range(0, N - 1, 2):
            tables.conflicts.append(Conflict(
                kind="date_conflict", message=f"arrival dated 4 and 6 May 1921 ({i})",
                evidence=[EvidenceSpan(f"notes/r{j}.txt", start + 3, start + 13, text[start + 3:start + 13])
                          for j in (i, i + 1)]))
        c.put_corpus(tables)
    return path


@pytest.fixture()
def client(db, monkeypatch):
    """The reader over the corpus, with every loader of a whole corpus table failing loudly."""
    def whole(*_a, **_k):
        raise AssertionError("a whole corpus table was loaded")

    app = create_app(db)
    for name in WHOLE_TABLE_LOADERS:
        monkeypatch.setattr(Corpus, name, whole)
    return TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=True)


def _person(client) -> str:
    page = client.get("/documents/r3.txt.json").json()
    return next(e for e in page["entities"] if e["name"] == "Marta Kowalczyk")["corpus_entity"]


def test_every_page_reads_no_whole_corpus_table(client):
    person = _person(client)
    pages = ["/", "/documents", "/entities", "/entities?label=PERSON", "/timeline", "/timeline?all=1",
             "/timeline?type=arrival", f"/timeline?entity={person}", "/graph", f"/graph?focus={person}",
             "/graph?nodes=2", "/map", "/map?from=1921&to=1921", "/map?from=1800&to=1801", "/conflicts",
             "/conflicts?kind=date_conflict", "/bibliography", "/bibliography?style=apa", "/search?q=Kowalczyk",
             "/search?q=Vilnius&offset=1&limit=1", "/search?q=%00", "/search?q=%22", "/search?q=NEAR(",
             "/documents/r3.txt", f"/entities/{person}", f"/entities/{person}?offset=2&limit=2",
             "/bibliography.bib", "/bibliography.csl.json"]
    for url in pages:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["x-content-type-options"] == "nosniff", url
        path, _, query = url.partition("?")
        if not path.endswith((".bib", ".json")) and path != "/":
            twin = client.get(path + ".json" + ("?" + query if query else ""))
            assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", url


def test_list_pages_come_a_page_at_a_time(client):
    first = client.get("/documents.json?limit=3").json()
    assert [d["key"] for d in first["documents"]] == ["r0.txt", "r1.txt", "r2.txt"]
    assert first["page"] == {"offset": 0, "limit": 3, "total": N, "next": 3, "prev": None}
    last = client.get("/documents.json?limit=3&offset=6").json()
    assert [d["key"] for d in last["documents"]] == ["r6.txt"] and last["page"]["next"] is None
    html = client.get("/documents?limit=3&offset=3").text
    assert "4–6 of 7" in html and "offset=6" in html and "offset=0" in html

    ents = client.get("/entities.json?limit=1").json()
    assert len(ents["entities"]) == 1 and ents["page"]["total"] > 1
    assert ents["entities"][0]["mentions"] >= client.get("/entities.json?limit=1&offset=1").json()["entities"][0]["mentions"]


def test_the_timeline_pages_filters_and_counts_in_sqlite(client):
    every = client.get("/timeline.json?all=1&limit=1000").json()
    total = every["page"]["total"]
    assert total == every["matching"] == len(every["events"]) >= 2
    one = client.get("/timeline.json?all=1&limit=1").json()
    two = client.get("/timeline.json?all=1&limit=1&offset=1").json()
    assert [e["id"] for e in one["events"] + two["events"]] == [e["id"] for e in every["events"][:2]]
    assert one["page"] == {"offset": 0, "limit": 1, "total": total, "next": 1, "prev": None}
    default = client.get("/timeline.json").json()  # only entries whose date is stated for them
    assert default["page"]["total"] == default["confident"] <= total
    assert all(e["confident"] for e in default["events"])
    html = client.get("/timeline?all=1&limit=1&offset=1").text
    assert f"2–2 of {total}" in html and 'rel="prev"' in html
    assert ('rel="next"' in html) == (total > 2)
    # an event told by every copy lists a few of its sources, not all
    assert all(len(e["sources"]) <= 10 for e in every["events"])
    person = _person(client)
    mine = client.get(f"/timeline.json?all=1&entity={person}").json()
    assert mine["filters"]["entity_name"] == "Marta Kowalczyk"
    assert mine["events"] and all(person in e["entity_ids"] for e in mine["events"])


def test_the_graph_is_bounded_and_has_neighbourhoods(client):
    person = _person(client)
    whole = client.get("/graph.json").json()
    assert any(person in (e["source"], e["target"]) for e in whole["edges"])
    for e in whole["edges"]:  # weight, types and years count every shared event, the list only the first
        assert e["weight"] == sum(e["year_counts"].values()) >= len(e["events"]) >= 1
    two = client.get("/graph.json?nodes=2").json()
    assert len(two["nodes"]) == 2
    near = client.get(f"/graph.json?focus={person}").json()
    assert near["focus"] == person and person in {n["id"] for n in near["nodes"]}
    linked = {e["target"] if e["source"] == person else e["source"] for e in near["edges"]
              if person in (e["source"], e["target"])}
    assert {n["id"] for n in near["nodes"]} - {person} == linked  # its neighbours, each linked to it
    assert f'href="/graph?focus={person}"' in client.get("/graph").text


def test_the_map_conflicts_and_bibliography_page(client):
    places = client.get("/map.json").json()
    names = {p["name"] for p in places["places"] + places["without_coordinates"]}
    assert {"Vilnius", "Kaunas"} <= names
    vilnius = next(p for p in places["places"] + places["without_coordinates"] if p["name"] == "Vilnius")
    assert vilnius["events_total"] >= len(vilnius["events"]) >= 1
    assert client.get("/map.json?from=1800&to=1801").json()["places"] == []

    conflicts = client.get("/conflicts.json").json()
    total = conflicts["page"]["total"]
    assert total == sum(conflicts["kinds"].values()) >= 1
    first = client.get("/conflicts.json?limit=1").json()
    assert len(first["conflicts"]) == 1 and first["conflicts"][0]["number"] == conflicts["conflicts"][0]["number"]
    assert all(side["context"] for c in conflicts["conflicts"] for side in c["evidence"])

    bib = client.get("/bibliography.json?limit=1").json()
    assert bib["page"]["limit"] == 1 and len(bib["works"]) <= 1


def test_search_pages_and_takes_any_text(client):
    hits = client.get("/search.json?q=Vilnius").json()
    assert hits["page"]["total"] >= 2 and hits["results"]
    second = client.get("/search.json?q=Vilnius&limit=1&offset=1").json()
    assert second["results"][0]["key"] == hits["results"][1]["key"]
    for q in ("\x00", "Vil\x00nius", '"', "NEAR(", "a OR", "*", "<script>", "x" * 5000, "\x02Vilnius\x03"):
        assert client.get("/search.json", params={"q": q}).status_code == 200, repr(q)
    for raw in ("%ED%A0%80", "%FF", "%C0%80"):  # a lone surrogate, bytes that are no UTF-8
        assert client.get("/search?q=" + raw).status_code == 200, raw
    assert "<script>" not in client.get("/search", params={"q": "<script>"}).text.replace(
        '<script type="application/json"', "")


def test_the_reader_indexes_are_made_when_a_corpus_is_opened_for_writing(db):
    with Corpus(db, readonly=True) as c:
        have = {r[0] for r in c.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {sql.split(" EXISTS ")[1].split()[0] for sql in INDEXES} <= have
    with Corpus(db, readonly=True) as c:  # the timeline's default page is read through one of them
        plan = " ".join(r[-1] for r in c.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM timeline t WHERE t.inferred = 0 ORDER BY t.position LIMIT 5"))
    assert "timeline_stated" in plan


def test_overview_pages_are_computed_once_per_state_of_the_corpus(db, tmp_path):
    import shutil

    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    app = create_app(copy, warm=True)  # as `serve` does: the first pages computed before anyone asks
    app.state.warming.join(60)
    cache = app.state.page_cache
    assert len(cache.entries) == 8  # six pages, the bibliography, the timeline's filter lists
    client = TestClient(app, base_url="http://127.0.0.1")
    before = client.get("/timeline.json?all=1").json()
    assert len(cache.entries) == 9 and client.get("/timeline.json?all=1").json() == before
    with Corpus(copy) as c:  # the corpus changes: the next request computes the page again
        c.conn.execute("UPDATE timeline SET summary = 'changed' WHERE position = 0")
        c.conn.commit()
    after = client.get("/timeline.json?all=1").json()
    assert before["events"][0]["summary"] != "changed" and after["events"][0]["summary"] == "changed"


def test_the_default_timeline_hides_entries_below_the_confidence_threshold(db, tmp_path):
    """The reader's default view and the CLI's `timeline` agree: an entry shows by default when one of its
    events is at or above the events stage's threshold; a date inferred from the narrative is shown,
    marked as inferred."""
    import shutil
    import sqlite3

    from historiograph.events.confidence import THRESHOLD

    with Corpus(db, readonly=True) as c:  # as built: the CLI's view and the reader's are the same entries
        cli = [r["id"] for r in c.timeline(min_confidence=THRESHOLD)]
        assert cli == [t.id for t in c.timeline_page(0, 1000, stated_only=True).rows]
        assert [t.confidence for t in c.timeline_entries()] == [r["confidence"] for r in c.timeline()]
    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    with sqlite3.connect(copy) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM timeline ORDER BY position")]
        assert len(ids) >= 2 and all(c is not None for (c,) in conn.execute("SELECT confidence FROM timeline"))
        conn.execute("UPDATE timeline SET confidence = 0.9")
        conn.execute("UPDATE timeline SET confidence = 0.2 WHERE id = ?", (ids[0],))
        conn.execute("UPDATE timeline SET inferred = 1 WHERE id = ?", (ids[1],))
    client = TestClient(create_app(copy), base_url="http://127.0.0.1")
    default = client.get("/timeline.json").json()
    every = client.get("/timeline.json?all=1&limit=1000").json()
    shown = {e["id"]: e for e in default["events"]}
    assert ids[0] not in shown and ids[0] in {e["id"] for e in every["events"]}
    assert shown[ids[1]]["inferred"] and "inferred" in shown[ids[1]]["classes"]
    assert default["confident"] == len(ids) - 1
    with Corpus(copy, readonly=True) as c:
        assert {t.id: t.confidence for t in c.timeline_entries()}[ids[0]] == pytest.approx(0.2)


def test_a_documents_corpus_evidence_is_its_share_of_each_entrys_sources(db):
    """evidence_in reads an entry's spans in one document from the events table (by index); they are the
    spans of the entry's own evidence list that lie in that document, in its order."""
    import json

    with Corpus(db, readonly=True) as c:
        sources = [r[0] for r in c.conn.execute("SELECT source FROM documents")]
        entries = {r[0]: (r[1], json.loads(r[2]), r[3]) for r in c.conn.execute(
            "SELECT id, summary, sources, position FROM timeline")}
        seen = 0
        for source in sources:
            told = [e for e in c.evidence_in(source) if e["kind"] == "timeline"]
            expected = sorted((entries[i][2], i) for i, (_, spans, _) in entries.items()
                              if any(s["source"] == source for s in spans))
            assert [e["id"] for e in told] == [i for _, i in expected]
            for e in told:
                summary, spans, _ = entries[e["id"]]
                assert e["summary"] == summary
                assert e["spans"] == [[s["start"], s["end"]] for s in spans if s["source"] == source]
                seen += len(e["spans"])
            conflicts = [e for e in c.evidence_in(source) if e["kind"] == "conflict"]
            assert all(e["spans"] for e in conflicts)
        assert seen and any(c.evidence_in(s) for s in sources)


def test_reused_connections_follow_the_corpus(db, tmp_path):
    """The reader keeps read-only connections (and what they memoise: URL keys, sentence bounds) between
    requests, for one state of the database only: a changed corpus is read afresh."""
    import shutil

    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    app = create_app(copy)
    client = TestClient(app, base_url="http://127.0.0.1")
    person = _person(client)
    first = client.get(f"/entities/{person}.json").json()
    assert client.get(f"/entities/{person}.json").json() == first
    pool = app.state.connections
    assert len(pool.idle) == 1 and pool.idle[0][1].memo is not None
    kept = pool.idle[0][1]
    client.get("/documents/r3.txt")
    assert pool.idle[0][1] is kept  # the same connection served the next request
    with Corpus(copy) as c:  # rename a document: its URL key and its text change
        c.conn.execute("UPDATE documents SET name = 'renamed.txt', text = replace(text, 'Report', 'Rapport') "
                       "WHERE source = 'notes/r3.txt'")
        c.conn.commit()
    after = client.get(f"/entities/{person}.json").json()
    assert pool.idle[0][1] is not kept
    with pytest.raises(Exception, match="closed"):  # the old state's connection was closed
        kept.conn.execute("SELECT 1")
    keys = {d["source"]: d["key"] for d in after["documents"]}
    assert keys.get("notes/r3.txt") == "renamed.txt"
    assert client.get("/documents/renamed.txt").status_code == 200
    assert client.get("/documents/r3.txt").status_code == 404


def test_overview_responses_are_kept_whole_per_state_of_the_corpus(db, tmp_path, monkeypatch):
    """An overview page asked again is sent as it was (neither routed nor rendered), with its security
    headers and behind the Host check; a changed corpus gets a new page; errors are not kept."""
    import shutil

    from historiograph.web import views

    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    client = TestClient(create_app(copy), base_url="http://127.0.0.1")
    first = client.get("/timeline?all=1")
    missing = client.get("/timeline", params={"offset": "x"})
    assert first.status_code == 200 and missing.status_code == 422

    def gone(*_a, **_k):
        raise AssertionError("computed again")

    monkeypatch.setattr(views, "timeline_page", gone)
    again = client.get("/timeline?all=1")
    assert again.content == first.content and again.headers == first.headers
    assert "default-src 'self'" in again.headers["content-security-policy"]
    assert client.get("/timeline?all=1", headers={"host": "rebound.example"}).status_code == 421
    assert client.get("/timeline", params={"offset": "x"}).status_code == 422  # errors are answered afresh
    monkeypatch.undo()
    with Corpus(copy) as c:
        c.conn.execute("UPDATE timeline SET summary = 'changed <b>' WHERE position = 0")
        c.conn.commit()
    after = client.get("/timeline?all=1")
    assert after.content != first.content and "changed &lt;b&gt;" in after.text


def test_edit_mode_keeps_no_response(db, tmp_path):
    import shutil

    from historiograph.web.pagecache import ResponseCache

    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    assert not any(m.cls is ResponseCache for m in create_app(copy, edit=True).user_middleware)
    assert any(m.cls is ResponseCache for m in create_app(copy).user_middleware)


def test_the_clis_default_timeline_is_read_a_page_at_a_time(db):
    """`timeline` without --all (entries at or above the threshold) filters and pages in SQL: the same rows
    as filtering every entry and cutting the page, by one statement that stops at the page's end."""
    from historiograph.events.confidence import THRESHOLD

    with Corpus(db, readonly=True) as c:
        every = [r for r in c.timeline() if r["confidence"] >= THRESHOLD]
        assert len(every) >= 2
        said: list[str] = []
        c.conn.set_trace_callback(said.append)
        for offset, limit in ((0, 1), (1, 1), (1, None), (0, None)):
            said.clear()
            assert c.timeline(offset, limit, min_confidence=THRESHOLD) == every[offset:None if limit is None else offset + limit]
            assert any("FROM timeline t WHERE" in s and "LIMIT" in s for s in said), said
        c.conn.set_trace_callback(None)


def test_the_timelines_counts_read_an_index_not_the_table(db):
    """The counts of the timeline page (all entries, and those shown by default) come from an index that
    holds each entry's confidence: the table's rows hold the evidence lists, and every row would be read."""
    from historiograph.store.paging import SHOWN

    with Corpus(db, readonly=True) as c:
        for cond in ("", " WHERE t.type = 'movement'"):
            plan = " ".join(r[-1] for r in c.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT count(*), total({SHOWN}) FROM timeline t{cond}"))
            assert "COVERING INDEX" in plan, plan


def test_the_readers_start_frees_garbage_before_it_freezes_what_it_loaded(db, tmp_path):
    """`serve` freezes what it loaded to start (gc.freeze); cyclic garbage alive then was frozen with it
    and never freed (the review of session 12 found the same fault in the pipeline's loading)."""
    import gc
    import shutil
    import weakref

    class Node:
        pass

    copy = tmp_path / "c.db"
    shutil.copy(db, copy)
    gc.disable()  # (no automatic collection frees it first: only the reader's own)
    try:
        node = Node()
        node.itself = node
        ref = weakref.ref(node)
        del node
        app = create_app(copy, warm=True)
        assert ref() is None
    finally:
        gc.enable()
    app.state.warming.join(60)

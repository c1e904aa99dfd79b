"""The reader on what a person may type or follow: odd query strings get a page, never a 500, and links
to an event land on the page of the (paged) timeline that lists it. Real app, real fixture corpus."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from historiograph.web import create_app, views
from test_web import fixture_db  # noqa: F401  (the module-scoped hand-annotated corpus)

HUGE = "9" * 30  # past SQLite's 64-bit integers


@pytest.fixture(scope="module")
def client(fixture_db):  # noqa: F811
    return TestClient(create_app(fixture_db), base_url="http://127.0.0.1", raise_server_exceptions=False)


@pytest.mark.parametrize("path", [f"/{page}{ext}?offset={HUGE}" for page in
                                  ("documents", "entities", "timeline", "conflicts", "bibliography")
                                  for ext in ("", ".json")] + [f"/search?q=Aalto&offset={HUGE}",
                                                               f"/search.json?q=Aalto&offset={HUGE}"])
def test_an_offset_past_any_integer_is_an_empty_page(client, path):
    r = client.get(path)
    assert r.status_code == 200, (path, r.status_code)
    if path.split("?")[0].endswith(".json"):
        page = r.json()["page"]
        assert page["next"] is None and page["prev"] is not None


@pytest.mark.parametrize("value", ["--5", "²", "1e3", "-", "+-1", "１９３８"])
def test_a_period_that_is_no_year_shows_every_place(client, value):
    for path in ("/map", "/map.json"):
        r = client.get(path, params={"from": value, "to": value})
        assert r.status_code == 200, (path, value, r.status_code)
    assert client.get("/map.json", params={"from": value}).json()["period"] == {"from": None, "to": None}
    assert client.get("/map.json", params={"from": "-44", "to": "1938"}).json()["period"] == {"from": -44, "to": 1938}


def test_every_event_link_lands_on_the_timeline_page_that_lists_it(client, monkeypatch):
    monkeypatch.setattr(views, "TIMELINE_PAGE", 2)  # the fixture tells 7 events: 4 pages of 2
    events = client.get("/timeline.json?all=1&limit=1000").json()["events"]
    assert len(events) > 2
    for i, e in enumerate(events):
        r = client.get(views.event_url(e["id"]), follow_redirects=False)
        assert r.status_code == 303
        where = r.headers["location"]
        assert where == f"/timeline?all=1&offset={i // 2 * 2}#ev-{e['id']}"
        assert f'id="ev-{e["id"]}"' in client.get(where.split("#")[0]).text
    assert client.get(views.event_url("no-such-event"), follow_redirects=False).status_code == 404


def test_graph_map_and_search_link_events_through_their_timeline_page(client):
    links = [ev["url"] for ed in client.get("/graph.json").json()["edges"] for ev in ed["events"]]
    links += [ev["url"] for p in client.get("/map.json").json()["places"] for ev in p["events"]]
    links += [r["url"] for r in client.get("/search.json?q=arrested").json()["results"] if r["kind"] == "event"]
    assert links and all(re.fullmatch(r"/timeline/events/[^/#?]+", u) for u in links), links
    for u in links:
        assert client.get(u, follow_redirects=False).status_code == 303


# ---- a date taken from the narrative is marked so wherever an event is listed -------------------

@pytest.fixture(scope="module")
def inferred_db(fixture_db, tmp_path_factory):  # noqa: F811
    """The fixture corpus with its first timeline entry dated from the narrative (as the events stage
    marks an event with no date of its own)."""
    import shutil
    import sqlite3

    db = tmp_path_factory.mktemp("inferred") / "inferred.db"
    shutil.copy(fixture_db, db)
    with sqlite3.connect(db) as conn:
        entry = conn.execute("SELECT id FROM timeline ORDER BY position LIMIT 1").fetchone()[0]
        conn.execute("UPDATE timeline SET inferred = 1 WHERE id = ?", (entry,))
    return db, entry


def test_an_inferred_date_is_marked_on_every_page_that_lists_the_event(inferred_db):
    import lxml.html

    db, entry = inferred_db
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    tree = lxml.html.fromstring(c.get("/timeline?all=1").text)
    marked = {li.get("id") for li in tree.xpath('//li[contains(@class, "tl-entry")][.//span[@class="tl-inferred"]]')}
    assert marked == {f"ev-{entry}"}
    assert "from the narrative" in tree.get_element_by_id(f"ev-{entry}").text_content()
    graph = [ev for ed in c.get("/graph.json").json()["edges"] for ev in ed["events"]]
    places = [ev for p in c.get("/map.json").json()["places"] for ev in p["events"]]
    assert any(ev["id"] == entry for ev in graph) and any(ev["id"] == entry for ev in places)
    assert all(ev["inferred"] == (ev["id"] == entry) for ev in graph + places)
    assert "from the narrative" in c.get("/map").text


def test_an_inherited_event_time_is_marked_on_its_document(fixture_db, tmp_path):  # noqa: F811
    import shutil

    import lxml.html

    from historiograph.store import Corpus

    db = tmp_path / "inherited.db"
    shutil.copy(fixture_db, db)
    with Corpus(db) as corpus:
        source = next(s for s in corpus.sources() if any((v.get("time") or {}).get("value")
                                                         for v in corpus.annotated_json(s)["events"]))
        data = corpus.annotated_json(source)
    ev = next(v for v in data["events"] if (v.get("time") or {}).get("value"))
    ev["time"]["inherited"] = True
    with Corpus(db) as corpus:
        corpus.put(data, path=source)
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    key = c.get("/documents.json").json()["documents"]
    url = next(d["url"] for d in key if d["source"] == source)
    tree = lxml.html.fromstring(c.get(url).text)
    cards = {li.get("id"): bool(li.xpath('.//span[@class="tl-inferred"]'))
             for li in tree.xpath('//li[contains(@class, "event-card")]')}
    assert cards[f"ev-{ev['id']}"] and sum(cards.values()) == 1


def test_an_entity_page_lists_its_confident_events_and_links_the_rest(fixture_db, tmp_path):  # noqa: F811
    import shutil
    import sqlite3

    import lxml.html

    from historiograph.events.confidence import THRESHOLD

    db = tmp_path / "low.db"
    shutil.copy(fixture_db, db)
    c = TestClient(create_app(fixture_db), base_url="http://127.0.0.1")
    entity = max(c.get("/entities.json").json()["entities"], key=lambda e: c.get(e["url"] + ".json").json()["events_total"])
    before = c.get(entity["url"] + ".json").json()["events"]
    assert len(before) >= 2
    low = before[0]["id"]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE timeline SET confidence = ? WHERE id = ?", (THRESHOLD / 2, low))
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    data = c.get(entity["url"] + ".json").json()
    assert [e["id"] for e in data["events"]] == [e["id"] for e in before[1:]]
    assert all(e["confident"] for e in data["events"]) and data["events_matching"] == len(before)
    tree = lxml.html.fromstring(c.get(entity["url"]).text)
    assert not tree.xpath(f'//li[@id="ev-{low}"]')
    link = tree.xpath('//p[@class="sub"]/a[contains(@href, "/timeline?")]')[0].get("href")
    assert f'id="ev-{low}"' in c.get(link).text  # the timeline it links to lists the one left out
    # the default timeline holds to the same threshold
    assert low not in {e["id"] for e in c.get("/timeline.json?limit=1000").json()["events"]}


def test_a_correction_returns_to_the_page_it_was_made_on_query_and_all(tmp_path):
    from corrections_corpus import build_db, write_corpus

    build_db(tmp_path / "corpus.db", write_corpus(tmp_path))
    client = TestClient(create_app(tmp_path / "corpus.db", edit=True), base_url="http://127.0.0.1")
    html = client.get("/timeline?all=1&offset=0").text
    assert 'name="next" value="/timeline?all=1&amp;offset=0"' in html
    tok = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    entry = re.search(r'class="edit-event" data-entry="([^"]+)"', html).group(1)
    r = client.post("/edit/correct", data={"csrf": tok, "kind": "set-certainty", "event": entry,
                                           "certainty": "hedged", "next": "/timeline?all=1&offset=0"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/timeline?all=1&offset=0"

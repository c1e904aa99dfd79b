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

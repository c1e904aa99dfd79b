"""The reader with and without --edit: which routes write, the token, the forms (no browser needed)."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from corrections_corpus import build_db, write_corpus
from historiograph.corrections import files
from historiograph.store import Corpus
from historiograph.web import create_app

PAGES = ["/", "/documents", "/documents/narvik.txt", "/entities", "/entities/E-ivan-petrov", "/timeline",
         "/graph", "/map", "/conflicts", "/search?q=Petrov", "/history"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corrweb")
    build_db(folder / "corpus.db", write_corpus(folder))
    return folder


def _token(client: TestClient, path: str = "/timeline") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def test_without_edit_nothing_writes_and_no_controls(site):
    client = TestClient(create_app(site / "corpus.db"), base_url="http://127.0.0.1")
    for path in PAGES:
        r = client.get(path)
        assert r.status_code == 200, path
        assert "edit-form" not in r.text and 'name="csrf"' not in r.text and "/edit/correct" not in r.text
        assert client.post(path.split("?")[0], data={"kind": "reject-event"}).status_code in (404, 405)
        assert client.put(path.split("?")[0]).status_code in (404, 405)
    for path in ["/edit/correct", "/edit", "/history/undo"]:
        assert client.post(path, data={"kind": "undo"}).status_code in (404, 405)
    assert not files.path_for(site / "corpus.db").exists()


def test_edit_mode_shows_forms_with_a_token(site):
    client = TestClient(create_app(site / "corpus.db", edit=True), base_url="http://127.0.0.1")
    for path in ["/documents/narvik.txt", "/entities/E-ivan-petrov", "/timeline", "/conflicts", "/history"]:
        r = client.get(path)
        assert r.status_code == 200 and "edit-form" in r.text or path == "/history", path
        forms = re.findall(r"<form class=\"edit-form[^>]*>(.*?)</form>", r.text, re.S)
        assert all('name="csrf"' in f for f in forms), path


def test_a_form_without_its_token_is_refused(site):
    db = site / "corpus.db"
    client = TestClient(create_app(db, edit=True), base_url="http://127.0.0.1")
    _token(client)
    with Corpus(db, readonly=True) as c:
        entry = c.timeline()[0]["id"]
    form = {"kind": "reject-event", "event": entry, "next": "/timeline"}
    assert client.post("/edit/correct", data=form).status_code == 403
    assert client.post("/edit/correct", data={**form, "csrf": "forged"}).status_code == 403
    other = TestClient(create_app(db, edit=True), base_url="http://127.0.0.1")  # another session's token is not this one's
    assert client.post("/edit/correct", data={**form, "csrf": _token(other)}).status_code == 403
    r = client.post("/edit/correct", data={**form, "csrf": _token(client)},
                    headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert not files.path_for(db).exists()


def test_a_correction_from_the_reader(site, tmp_path):
    db = site / "corpus.db"
    client = TestClient(create_app(db, edit=True), base_url="http://127.0.0.1")
    tok = _token(client)
    r = client.post("/edit/correct", data={"csrf": tok, "kind": "rename", "entity": "E-anna-lind",
                                           "name": "<b>Anna</b> Lind", "next": "//evil.example/x"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/history"  # never off-site
    bad = client.post("/edit/correct", data={"csrf": tok, "kind": "set-date", "event": "t1", "value": "soon"})
    assert bad.status_code == 400 and "TIMEX3" in bad.text
    page = client.get("/entities").text
    assert "&lt;b&gt;Anna&lt;/b&gt; Lind" in page and "<b>Anna</b>" not in page  # escaped as ever
    assert len(files.path_for(db).read_text().splitlines()) == 1
    hist = client.get("/history.json").json()
    assert hist["corrections"][0]["kind"] == "rename" and hist["corrections"][0]["status"] == "applied"
    undo = client.post("/edit/correct", data={"csrf": tok, "kind": "undo",
                                              "reverts": hist["corrections"][0]["id"], "next": "/history"},
                       follow_redirects=False)
    assert undo.status_code == 303
    assert "Anna Lind" in client.get("/entities").text

"""Paged, indexed reads: list pages come a page at a time and no page loads a whole corpus table."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from historiograph import ingest, pipeline
from historiograph.corpus import build_corpus
from historiograph.store import Corpus
from historiograph.web import create_app

TEXT = ("Report {n}\n\nOn 4 May 1921 the engineer Marta Kowalczyk arrived in Vilnius. "
        "On 9 May 1921 she signed the agreement with Jonas Petraitis in Kaunas.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("paged") / "c.db"
    base = pipeline.run(ingest.from_text(TEXT.format(n=0), source="r0.txt")).to_json()
    with Corpus(path) as c:
        for i in range(7):
            data = {**base, "source": f"notes/r{i}.txt", "sha256": f"{i:064d}"}
            c.put(data, path=f"/x/notes/r{i}.txt")
        c.put_corpus(build_corpus(c.all_annotated()))
    return path


def test_list_pages_come_a_page_at_a_time(db):
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    first = client.get("/documents.json?limit=3").json()
    assert [d["key"] for d in first["documents"]] == ["r0.txt", "r1.txt", "r2.txt"]
    assert first["page"] == {"offset": 0, "limit": 3, "total": 7, "next": 3, "prev": None}
    last = client.get("/documents.json?limit=3&offset=6").json()
    assert [d["key"] for d in last["documents"]] == ["r6.txt"] and last["page"]["next"] is None
    html = client.get("/documents?limit=3&offset=3").text
    assert "4–6 of 7" in html and "offset=6" in html and "offset=0" in html

    ents = client.get("/entities.json?limit=1").json()
    assert len(ents["entities"]) == 1 and ents["page"]["total"] > 1
    assert ents["entities"][0]["mentions"] >= client.get("/entities.json?limit=1&offset=1").json()["entities"][0]["mentions"]
    tl = client.get("/timeline.json?limit=1").json()
    assert len(tl["events"]) <= 1 and tl["page"]["total"] >= len(tl["events"])


def test_a_document_page_reads_no_whole_corpus_table(db, monkeypatch):
    def whole(*_a, **_k):
        raise AssertionError("a whole corpus table was loaded")

    for name in ("timeline_entries", "conflict_list", "corpus_entities", "tables", "documents", "sources",
                 "all_annotated", "entities"):
        monkeypatch.setattr(Corpus, name, whole)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    page = client.get("/documents/r3.txt.json").json()
    assert page["source"] == "notes/r3.txt"
    assert any(e["kind"] == "timeline" for e in page["corpus_evidence"])
    person = next(e for e in page["entities"] if e["name"] == "Marta Kowalczyk")["corpus_entity"]
    ent = client.get(f"/entities/{person}.json?limit=2").json()
    assert len(ent["documents"]) == 2 and ent["page"]["total"] == 7
    # The overview pages (timeline, graph, map, conflicts, search) read the corpus tables whole again since their
    # new views (issue 15) need them; paging them by index is open work (issues 16 and 18).
    for url in ("/", "/entities"):
        assert client.get(url).status_code == 200, url

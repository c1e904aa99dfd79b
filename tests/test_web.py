"""The reader through the real app (FastAPI's TestClient): pages, JSON twins, escaping, read-only, static
files. Unmarked tests run on hand-annotated fixture texts (tests/fixtures/web/) and on examples/ built by
the real pipeline; `shared` tests on the sample texts."""
from __future__ import annotations

import asyncio
import hashlib
import json
import re
from pathlib import Path

import lxml.html
import pytest
from markupsafe import Markup
from fastapi.testclient import TestClient

from conftest import EXAMPLES, FIXTURES
from historiograph.model import (AnnotatedDocument, Conflict, CorpusEntity, CorpusTables, EvidenceSpan,
                                 TimelineEntry)
from historiograph.store import Corpus
from historiograph.web import create_app, views
from historiograph.time.values import display_date as label_of
from historiograph.time.values import span_of
from historiograph.web.highlight import Mark, render, tag

WEB = FIXTURES / "web"


# ---- the fixture corpus: texts with hand-made annotations written as phrases ----------------------

def _find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(phrase, pos + 1)
        assert pos >= 0, f"fixture phrase {phrase!r} (#{nth}) not in text"
    return pos, pos + len(phrase)


def _annotated(path: Path, spec: dict) -> dict:
    """Spec JSON of one fixture document (the shape `Corpus.put` stores)."""
    text = path.read_text(encoding="utf-8")
    mentions = [{"start": s, "end": e, "text": text[s:e], "label": label, "entity": ent, "zone": "body"}
                for phrase, nth, label, ent in spec["mentions"] for s, e in [_find(text, phrase, nth)]]
    timexes = []
    for phrase, nth, typ, value, mod, *bib in spec["timexes"]:
        s, e = _find(text, phrase, nth)
        timexes.append({"start": s, "end": e, "text": text[s:e], "type": typ, "value": value, "mod": mod,
                        "bibliographic": bool(bib and bib[0])})
    refs = []
    for r in spec["references"]:
        s, _ = _find(text, r["from"])
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        refs.append({"id": r["id"], "label": r["label"], "text": text[s:e], "csl": r["csl"], "start": s, "end": e,
                     "full": r.get("full")})
    citations = [{"start": s, "end": e, "text": text[s:e], "reference": ref, "page": page}
                 for phrase, nth, ref, page in spec["citations"] for s, e in [_find(text, phrase, nth)]]
    events = []
    for v in spec["events"]:
        ts, te = _find(text, *v["trigger"])
        ss, _ = _find(text, v["sentence"][0])
        _, se = _find(text, v["sentence"][1])
        events.append({"id": v["id"], "type": v["type"], "trigger": {"start": ts, "end": te, "text": text[ts:te]},
                       "sentence": {"start": ss, "end": se},
                       "participants": [{"role": r, "entity": x} for r, x in v["participants"]],
                       "time": v.get("time"), "place": v.get("place"), "citations": v.get("citations", []),
                       "attributed_to": v.get("attributed_to"), "certainty": v.get("certainty", "asserted"),
                       "numbers": []})
    zones = []
    for z in spec.get("zones", []):
        s, _ = _find(text, z["from"])
        zones += [{"start": 0, "end": s, "kind": "body"}, {"start": s, "end": len(text), "kind": z["kind"]}]
    issues = [{"start": s, "end": e, "kind": i["kind"], "message": i["message"]}
              for i in spec.get("issues", []) for s, e in [_find(text, *i["phrase"])]]
    sentences = [[m.start(), m.end()] for m in re.finditer(r"[^\s][^.!?\n]*[.!?]?", text)]
    meta = {"title": None, "author": None, "published": None, "quoted_from": None, **spec["metadata"]}
    return {"source": str(path), "metadata": meta, "text": text, "mentions": mentions,
            "entities": [{"aliases": [], "place": None, "refers_to": None, **e} for e in spec["entities"]],
            "timexes": timexes, "citations": citations, "references": refs, "events": events, "issues": issues,
            "format": "txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "zones": zones,
            "sentences": sentences, "attributions": []}


def build_fixture_db(db: Path, folder: Path = WEB) -> dict[str, dict]:
    """A corpus database of the fixture texts with their hand-made annotations and corpus tables."""
    spec = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    docs: dict[str, dict] = {}
    with Corpus(db) as corpus:
        for name, doc_spec in spec["documents"].items():
            data = _annotated(folder / name, doc_spec)
            assert AnnotatedDocument.from_json(data).to_json()["mentions"] == data["mentions"]
            corpus.put(data, path=data["source"])
            docs[name] = data
        src = {name: d["source"] for name, d in docs.items()}
        c = spec["corpus"]
        entities = []
        for e in c["entities"]:
            members = [(src[n], local) for n, local in e["members"]]
            mentions = sum(1 for n, local in e["members"] for m in docs[n]["mentions"] if m["entity"] == local)
            entities.append(CorpusEntity(id=e["id"], name=e["name"], label=e["label"], aliases=e.get("aliases", []),
                                         documents=sorted({src[n] for n, _ in e["members"]}), mentions=mentions,
                                         members=members, place=e.get("place")))
        timeline = []
        for t in c["timeline"]:
            spans = []
            for n, vid in t["sources"]:
                v = next(v for v in docs[n]["events"] if v["id"] == vid)
                s, e = v["sentence"]["start"], v["sentence"]["end"]
                spans.append(EvidenceSpan(src[n], s, e, docs[n]["text"][s:e], v["citations"]))
            timeline.append(TimelineEntry(id=t["id"], date=t["date"], type=t["type"], summary=t["summary"],
                                          participants=t["participants"], place=t.get("place"), sources=spans,
                                          certainty=t.get("certainty", "asserted"),
                                          members=[(src[n], v) for n, v in t["sources"]], entity_ids=t["entity_ids"]))
        conflicts = []
        for k in c["conflicts"]:
            ev = []
            for n, phrase in k["evidence"]:
                s, e = _find(docs[n]["text"], phrase)
                ev.append(EvidenceSpan(src[n], s, e, phrase))
            conflicts.append(Conflict(kind=k["kind"], message=k["message"], evidence=ev))
        corpus.put_corpus(CorpusTables(entities=entities, timeline=timeline, conflicts=conflicts))
    return docs


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "fixture.db"
    build_fixture_db(db)
    return db


@pytest.fixture(scope="module")
def client(fixture_db) -> TestClient:
    return TestClient(create_app(fixture_db), base_url="http://127.0.0.1")


def doc_text_of(html: str) -> str:
    """The document text as a browser's text nodes spell it, footnote pop-ups left out."""
    article = lxml.html.fromstring(html).get_element_by_id("doc-text")
    for pop in article.find_class("fn-pop"):
        pop.drop_tree()
    return article.text_content()


def document_url(client: TestClient, name: str) -> str:
    docs = client.get("/documents.json").json()["documents"]
    return next(d["url"] for d in docs if d["key"] == name)


# ---- pages --------------------------------------------------------------------------------------

PAGES = ["/", "/documents", "/entities", "/timeline", "/graph", "/map", "/conflicts", "/search?q=Aalto",
         "/entities/viktor-aalto", "/entities/helsinki", "/documents/narva-crossing.txt", "/timeline?entity=okhrana",
         "/entities?label=PERSON"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_html_with_a_strict_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "object-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert not re.search(r"<[^>]+\son[a-z]+=", r.text)  # no inline event handler
    assert "<script>" not in r.text.replace('<script type="application/json"', "")  # no inline script


def test_documents_list_and_its_twin(client):
    data = client.get("/documents.json").json()
    assert [d["key"] for d in data["documents"]] == ["harbour-letters.txt", "hostile.txt", "narva-crossing.txt"]
    narva = next(d for d in data["documents"] if d["key"] == "narva-crossing.txt")
    assert narva["counts"] == {"mentions": 13, "timexes": 7, "citations": 2, "references": 2, "events": 4, "issues": 0}
    html = client.get("/").text
    for d in data["documents"]:
        assert f'href="{d["url"]}"' in html
    assert "The Crossing at Narva" in html and "Elise Montfort" in html


def test_document_shows_annotations_in_place(client):
    html = client.get("/documents/narva-crossing.txt").text
    data = client.get("/documents/narva-crossing.txt.json").json()
    text = data["text"]
    s, e = _find(text, "Viktor Aalto")
    # a name, coloured by kind, linking to its corpus entity, addressable by its characters
    assert (f'<a class="m k-person l-PERSON" href="/entities/viktor-aalto" title="PERSON" '
            f'data-entity="viktor-aalto" id="c{s}-{e}">Viktor Aalto</a>') in html
    assert 'class="m k-place l-GPE" href="/entities/terijoki"' in html
    assert 'class="m k-org l-ORG" href="/entities/okhrana"' in html
    assert 'class="m k-work l-WORK" href="/entities/nordic-review"' in html
    # a date shows its normalised value
    assert re.search(r'<span class="t tt-DATE" title="DATE 1921-05-17" data-value="1921-05-17" tabindex="0" '
                     r'id="c\d+-\d+">17 May 1921</span>', html)
    assert re.search(r'data-value="192"[^>]*>the 1920s</span>', html)
    # a date inside a name nests inside it
    assert re.search(r'href="/entities/kronstadt-rebellion"[^>]*>Kronstadt rebellion of <span class="t[^"]*"[^>]*>1921</span></a>', html)
    # a footnote marker opens its parsed reference, the short one the work it abbreviates
    doc = lxml.html.fromstring(html)
    notes = doc.find_class("fn")
    assert [n.find("summary").text_content() for n in notes] == ["[1]", "[2]"]
    second = notes[1].find_class("fn-pop")[0].text_content()
    assert "The Engineer Who Crossed: Aalto and the Forts" in second and "Nordic Review" in second
    assert "110" in second and "10.1000/nr.1975.12" in second
    assert notes[0].find_class("fn-pop")[0].xpath('.//a[starts-with(@href, "https://doi.org/")]')
    # events beside the text: type, participants, time, certainty, citations, a link to the exact characters
    cards = {c.get("id"): c for c in doc.find_class("event-card")}
    assert set(cards) == {"ev-v1", "ev-v2", "ev-v3", "ev-v4"}
    arrest = cards["ev-v3"].text_content()
    assert "arrest" in arrest and "reported" in arrest and "Okhrana" in arrest and "Finnish" in arrest
    v3 = next(v for v in data["events"] if v["id"] == "v3")
    assert cards["ev-v3"].xpath(f'.//a[@href="#c{v3["sentence"]["start"]}-{v3["sentence"]["end"]}"]')
    assert doc.get_element_by_id(f'c{v3["sentence"]["start"]}-{v3["sentence"]["end"]}') is not None
    assert "cert-disputed" in cards["ev-v4"].get("class")
    # the reference list is a zone of its own
    assert doc.find_class("z-references")


def test_every_character_of_the_text_comes_back(client):
    for name in ("narva-crossing.txt", "harbour-letters.txt", "hostile.txt"):
        data = client.get(f"/documents/{name}.json").json()
        assert doc_text_of(client.get(f"/documents/{name}").text) == data["text"]


def test_hostile_document_is_shown_as_text(client):
    r = client.get("/documents/hostile.txt")
    html = r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;a href=&#34;javascript:alert(1)&#34;&gt;click me&lt;/a&gt;" in html
    assert "alert(1)</script>" not in html and "<img" not in html and "<b>" not in html
    assert not re.search(r'href\s*=\s*["\']?\s*javascript:', html, re.I)
    doc = lxml.html.fromstring(html)
    assert [s for s in doc.iter("script") if s.get("src") is None] == []
    assert all(s.get("src", "").startswith("/static/") for s in doc.iter("script"))
    assert not any(k.startswith("on") for el in doc.iter() for k in el.attrib)
    pop = doc.find_class("fn-pop")[0].text_content()
    assert "<script>alert(3)</script>" in pop and "javascript:alert(4)" in pop  # shown, as text, not linked
    assert doc_text_of(html) == client.get("/documents/hostile.txt.json").json()["text"]
    for path in ("/entities/mallory-quint", "/timeline", "/search?q=alert", "/entities", "/"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img" not in page, path
        assert not re.search(r'href\s*=\s*["\']?\s*javascript:', page, re.I), path


def test_entity_page(client):
    data = client.get("/entities/viktor-aalto.json").json()
    assert data["name"] == "Viktor Aalto" and data["label"] == "PERSON"
    assert data["aliases_by_script"] == {"Latin": ["Viktor Aalto", "Aalto", "Victor Aalto"], "Cyrillic": ["Виктор Аалто"]}
    assert [d["key"] for d in data["documents"]] == ["harbour-letters.txt", "narva-crossing.txt"]
    narva = data["documents"][1]
    assert narva["mentions"] == 4
    hits = [p for s in narva["sentences"] for p in s["parts"] if p["mention"]]
    assert [p["text"] for p in hits] == ["Viktor Aalto", "Aalto", "Aalto", "Виктор Аалто"]
    assert all(p["url"].startswith("/documents/narva-crossing.txt#c") for p in hits)
    assert [e["id"] for e in data["events"]] == ["t1", "t2", "t3", "t4", "t5", "t6"]
    html = client.get("/entities/viktor-aalto").text
    assert "Виктор Аалто" in html and "Cyrillic" in html
    for p in hits:
        assert f'href="{p["url"]}"' in html
    assert 'id="ev-t2"' in html and "basemap" not in html  # a person has no map
    place = client.get("/entities/helsinki").text
    assert '<svg class="basemap"' in place and "<circle" in place and "<title>Finland</title>" in place
    assert client.get("/entities/nobody").status_code == 404
    assert client.get("/entities/nobody.json").status_code == 404


def test_timeline_spans_marks_and_filters(client):
    data = client.get("/timeline.json").json()
    rows = {t["id"]: t for t in data["events"]}
    assert rows["t2"]["range"] == {"start": "1921-05-17", "end": "1921-05-18", "precision": "day"}
    assert rows["t3"]["range"] == {"start": "1921-06-01", "end": "1921-07-01", "precision": "month"}
    assert rows["t4"]["range"] == {"start": "1923-01-01", "end": "1924-01-01", "precision": "year"}
    assert rows["t6"]["range"] == {"start": "1920-01-01", "end": "1930-01-01", "precision": "decade"}
    assert rows["t1"]["range"]["precision"] == "season"
    assert {"cert-disputed", "uncertain", "prec-decade"} <= set(rows["t6"]["classes"])
    assert "uncertain" not in rows["t2"]["classes"]
    src = rows["t2"]["sources"][0]
    assert src["url"] == f"/documents/narva-crossing.txt#c{src['start']}-{src['end']}"
    html = client.get("/timeline").text
    doc = lxml.html.fromstring(html)
    items = doc.get_element_by_id("timeline-list").findall("li")
    assert [li.get("id") for li in items] == [f"ev-{t['id']}" for t in data["events"]]
    assert "cert-disputed" in doc.get_element_by_id("ev-t6").get("class")
    assert doc.get_element_by_id("ev-t2").xpath(f'.//a[@href="{src["url"]}"]')
    assert json.loads(doc.get_element_by_id("timeline-data").text) == data["events"]
    # filters: by entity and by type, as query parameters and in the form
    only = client.get("/timeline.json?entity=okhrana").json()
    assert [t["id"] for t in only["events"]] == ["t4", "t5"] and only["filters"]["entity_name"] == "Okhrana"
    assert [t["id"] for t in client.get("/timeline.json?type=publication").json()["events"]] == ["t3", "t7"]
    assert [t["id"] for t in client.get("/timeline.json?type=arrest&entity=viktor-aalto").json()["events"]] == ["t4", "t5"]
    filtered = lxml.html.fromstring(client.get("/timeline?type=arrest").text)
    assert [li.get("id") for li in filtered.get_element_by_id("timeline-list").findall("li")] == ["ev-t4", "ev-t5"]
    assert filtered.xpath('//select[@name="type"]/option[@selected]')[0].get("value") == "arrest"
    assert filtered.xpath('//select[@name="entity"]/option[@value="okhrana"]')


def test_graph(client):
    data = client.get("/graph.json").json()
    edges = {(e["source"], e["target"]): e for e in data["edges"]}
    assert edges[("okhrana", "viktor-aalto")]["weight"] == 2
    link = edges[("okhrana", "viktor-aalto")]
    assert [e["id"] for e in link["events"]] == ["t4", "t5"] and link["types"] == ["arrest"]
    assert all(e["evidence"] and e["evidence"][0]["url"].startswith("/documents/") for e in link["events"])
    assert {k["kind"] for k in data["kinds"]} >= {"person", "place", "org"}
    assert {n["id"] for n in data["nodes"]} == {"viktor-aalto", "petrograd", "helsinki", "terijoki", "okhrana",
                                               "mallory-quint"}
    html = client.get("/graph").text
    for n in data["nodes"]:
        assert f'href="{n["url"]}"' in html
    assert json.loads(lxml.html.fromstring(html).get_element_by_id("graph-data").text) == data


def test_map(client):
    data = client.get("/map.json").json()
    assert [p["name"] for p in data["places"]] == ["Helsinki", "Petrograd", "Terijoki"]
    assert data["places"][0]["lat"] == 60.17
    html = client.get("/map").text
    doc = lxml.html.fromstring(html)
    svg = doc.find_class("basemap")[0]
    assert len(svg.xpath(".//circle")) == 3
    assert len(svg.xpath('.//g[@class="countries"]/path')) > 5
    assert "Finland" in [t.text for t in svg.xpath('.//g[@class="countries"]/path/title')]
    # a place on the map opens its entry below it: its events, and the link to its page
    assert sorted(a.get("href") for a in svg.xpath('.//g[@class="places"]/a')) == [
        "#place-helsinki", "#place-petrograd", "#place-terijoki"]
    terijoki = doc.get_element_by_id("place-terijoki")
    assert terijoki.xpath('.//a[@href="/entities/terijoki"]')
    assert "crossed the border near Terijoki" in terijoki.find_class("place-events")[0].text_content()
    # labels never overlap one another
    boxes = [(float(t.get("x")), float(t.get("y"))) for t in svg.xpath('.//g[@class="places"]//text')]
    assert len(set(boxes)) == len(boxes)
    # a period keeps the places of events in it
    period = client.get("/map.json?from=1921&to=1921").json()
    assert period["period"] == {"from": 1921, "to": 1921}
    assert all(p["events"] for p in period["places"]) and len(period["places"]) < len(data["places"]) + 1


def test_conflicts_side_by_side(client):
    data = client.get("/conflicts.json").json()
    [c] = data["conflicts"]
    assert c["kind"] == "date_conflict" and len(c["evidence"]) == 2
    html = client.get("/conflicts").text
    doc = lxml.html.fromstring(html)
    statements = doc.find_class("statement")
    assert len(statements) == 2
    for s, ev in zip(statements, c["evidence"]):
        assert ev["text"] in s.text_content()
        assert s.xpath(f'.//a[@href="{ev["url"]}"]')
        # the whole sentence, the differing words marked in it
        assert len(s.find_class("sentence")[0].text_content()) > len(ev["text"]) + 20
        assert ev["text"] in "".join(m.text_content() for m in s.xpath(".//mark"))
    # the link lands on characters the document page can address
    narva = client.get(c["evidence"][0]["url"].split("#")[0]).text
    assert f'id="{c["evidence"][0]["url"].split("#")[1]}"' in narva


def test_search(client):
    data = client.get("/search.json?q=Aalto").json()
    kinds = {(r["kind"], r["key"]) for r in data["results"]}
    assert ("entity", "viktor-aalto") in kinds
    assert any(k == "document" for k, _ in kinds) and any(k == "event" for k, _ in kinds)
    doc_hit = next(r for r in data["results"] if r["kind"] == "document")
    assert any(p["hit"] and p["text"] == "Aalto" for p in doc_hit["parts"])
    html = client.get("/search?q=Aalto").text
    assert "<mark>Aalto</mark>" in html
    for r in data["results"]:
        assert f'href="{r["url"]}"' in html
    assert client.get("/search.json?q=Виктор").json()["results"]
    for q in ('"', "NEAR(", "a OR", "*", "<script>", ""):
        assert client.get("/search", params={"q": q}).status_code == 200
    assert "<script>" not in client.get("/search", params={"q": "<script>"}).text.replace(
        '<script type="application/json"', "")


def test_json_twins_come_from_the_same_queries(client, fixture_db):
    with Corpus(fixture_db, readonly=True) as corpus:
        assert client.get("/documents.json").json() == views.documents_page(corpus)
        assert client.get("/entities.json").json() == views.entities_page(corpus)
        assert client.get("/timeline.json").json() == views.timeline_page(corpus)
        assert client.get("/graph.json").json() == views.graph_page(corpus)
        assert client.get("/map.json").json() == views.map_page(corpus)
        assert client.get("/conflicts.json").json() == views.conflicts_page(corpus)
        assert client.get("/search.json?q=Okhrana").json() == views.search_page(corpus, "Okhrana")
        assert client.get("/entities/okhrana.json").json() == views.entity_page(corpus, "okhrana")
        assert client.get("/documents/harbour-letters.txt.json").json() == views.document_page(corpus, "harbour-letters.txt")
        # the corpus commands' JSON is contained in the twins
        assert [{k: t[k] for k in ("date", "type", "summary")} for t in corpus.timeline()] == [
            {k: t[k] for k in ("date", "type", "summary")} for t in client.get("/timeline.json").json()["events"]]
    # every HTML page says where its twin is
    for path in ("/", "/entities", "/timeline", "/graph", "/map", "/conflicts", "/entities/okhrana",
                 "/documents/hostile.txt"):
        twin = lxml.html.fromstring(client.get(path).text).find_class("json-twin")[0].get("href")
        assert client.get(twin).status_code == 200 and client.get(twin).headers["content-type"] == "application/json"
    # and the entities list shows what its twin holds
    html = client.get("/entities").text
    for e in client.get("/entities.json").json()["entities"]:
        assert f'href="{e["url"]}"' in html


def test_documents_by_key_or_source(client):
    from urllib.parse import quote

    docs = client.get("/documents.json").json()["documents"]
    source = next(d["source"] for d in docs if d["key"] == "harbour-letters.txt")
    by_source = client.get("/documents/" + quote(source, safe=""))
    assert by_source.status_code == 200 and "Letters from the Harbour" in by_source.text
    assert client.get("/documents/nothing-here.txt").status_code == 404
    assert client.get("/documents/nothing-here.txt.json").status_code == 404


# ---- safety -------------------------------------------------------------------------------------

def _raw_get(app, raw_path: str) -> tuple[int, bytes]:
    """GET exactly `raw_path` through the ASGI app, no client-side normalisation (as uvicorn passes it)."""
    from urllib.parse import unquote

    path, _, query = raw_path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(path), "raw_path": path.encode(), "query_string": query.encode(), "headers": [],
             "client": ("127.0.0.1", 1234), "server": ("127.0.0.1", 8000), "root_path": ""}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body


TRAVERSALS = ["/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
              "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd", "/static/....//....//etc/passwd",
              "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/..\\..\\etc\\passwd",
              "/static/../__init__.py", "/static/%2e%2e/__init__.py", "/static/.gitignore",
              "/documents/..%2f..%2f..%2fetc%2fpasswd", "/documents/%2e%2e/%2e%2e/etc/passwd",
              "/documents//etc/passwd", "/entities/..%2f..%2fetc%2fpasswd"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_outside_the_package_static_folder(fixture_db, path):
    app = create_app(fixture_db)
    status, body = _raw_get(app, path)
    assert status == 404, (path, status, body[:200])
    assert b"root:" not in body and b"create_app" not in body


def test_static_files_are_served_from_the_package(client):
    r = client.get("/static/reader.css")
    assert r.status_code == 200 and "text/css" in r.headers["content-type"]
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert client.get("/static/js/document.js").status_code == 200


def test_read_only(client, fixture_db):
    before = hashlib.sha256(fixture_db.read_bytes()).hexdigest()
    for method in ("post", "put", "delete", "patch"):
        for path in ("/", "/documents/hostile.txt", "/entities/okhrana", "/timeline.json", "/static/reader.css"):
            assert getattr(client, method)(path).status_code in (404, 405), (method, path)
    for path in PAGES:
        client.get(path)
    assert hashlib.sha256(fixture_db.read_bytes()).hexdigest() == before


def test_not_a_corpus_is_refused(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"not sqlite at all" * 10)
    with pytest.raises(Exception):
        create_app(bogus)
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "missing.db")


def test_pages_degrade_without_the_front_end_libraries(fixture_db, monkeypatch):
    import historiograph.web as web

    monkeypatch.setattr(web, "vendor_available", lambda: {"timeline": False, "graph": False})
    c = TestClient(web.create_app(fixture_db), base_url="http://127.0.0.1")
    html = c.get("/timeline").text
    assert "vendor/vis-timeline" not in html and 'id="ev-t2"' in html and "make web-assets" in html
    graph = c.get("/graph").text
    assert "vendor/cytoscape" not in graph and 'href="/entities/okhrana"' in graph


def test_empty_corpus(tmp_path):
    db = tmp_path / "empty.db"
    Corpus(db).close()
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    for path in ("/", "/entities", "/timeline", "/graph", "/map", "/conflicts", "/search?q=x"):
        assert c.get(path).status_code == 200, path
    assert c.get("/timeline.json").json()["events"] == []


# ---- pieces -------------------------------------------------------------------------------------

def test_overlapping_spans_nest_or_are_cut():
    text = "ab<cd>ef & gh"
    a = tag("a", class_="m", href="/x")
    t = tag("span", class_="t")
    marks = [Mark(0, 6, 3, *a, anchor="c0-6", is_link=True), Mark(4, 10, 4, *t, anchor="c4-10"),
             Mark(2, 4, 3, *a, anchor="c2-4", is_link=True), Mark(0, 13, 1, *tag("span", class_="s"))]
    html = render(text, marks, [(11, 13, lambda inner: Markup("<details><summary>") + inner + Markup("</summary></details>"))])
    # the inner link becomes a span (no <a> in <a>); the date crossing the link's end is cut in two
    assert html == ('<span class="s"><a class="m" href="/x" id="c0-6">ab<span id="c2-4">&lt;c</span>'
                    '<span class="t" id="c4-10">d&gt;</span></a><span class="t">ef &amp;</span> </span>'
                    '<details><summary>gh</summary></details>')
    assert lxml.html.fromstring(f"<div>{html}</div>").text_content() == text


def test_offsets_survive_carriage_returns_and_astral_characters():
    text = "line one\r\nline 𝔗wo\rend"
    marks = [Mark(16, 19, 3, *tag("span", class_="m"))]
    html = render(text, marks)
    assert "&#13;" in html
    assert lxml.html.fromstring(f"<div>{html}</div>").text_content() == text


def test_partial_dates_as_spans_of_their_precision():
    assert span_of("1938") == {"start": "1938-01-01", "end": "1939-01-01", "precision": "year"}
    assert span_of("1945-08") == {"start": "1945-08-01", "end": "1945-09-01", "precision": "month"}
    assert span_of("1945-12") == {"start": "1945-12-01", "end": "1946-01-01", "precision": "month"}
    assert span_of("193") == {"start": "1930-01-01", "end": "1940-01-01", "precision": "decade"}
    assert span_of("19") == {"start": "1900-01-01", "end": "2000-01-01", "precision": "century"}
    assert span_of("1938-06-13") == {"start": "1938-06-13", "end": "1938-06-14", "precision": "day"}
    assert span_of("1938-06-13T10:00") == {"start": "1938-06-13", "end": "1938-06-14", "precision": "minute"}
    assert span_of("1941-Q2") == {"start": "1941-04-01", "end": "1941-07-01", "precision": "quarter"}
    assert span_of("1941-W01")["precision"] == "week"
    assert span_of("1939-WI") == {"start": "1939-12-01", "end": "1940-03-01", "precision": "season"}
    for value in (None, "", "P1M", "PRESENT_REF", "1938-13", "1938-02-30", "XXXX-06"):
        assert span_of(value) is None, value
    assert label_of("1938-06-13") == "13 June 1938"
    assert label_of("193", "START") == "early 1930s"
    assert label_of("20") == "21st century"
    assert label_of(None) == "undated"


# ---- a corpus built by the real pipeline --------------------------------------------------------

def _check_corpus_app(db: Path) -> None:
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    docs = c.get("/documents.json").json()["documents"]
    assert docs
    for d in docs:
        r = c.get(d["url"])
        assert r.status_code == 200, d["url"]
        data = c.get(d["url"] + ".json").json()
        assert doc_text_of(r.text) == data["text"], d["url"]
        assert not any(k.startswith("on") for el in lxml.html.fromstring(r.text).iter() for k in el.attrib)
    for path in ("/entities", "/timeline", "/graph", "/map", "/conflicts"):
        assert c.get(path).status_code == 200, path
        assert c.get(path + ".json").status_code == 200, path
    doc_urls = {d["url"] for d in docs}
    for e in c.get("/entities.json").json()["entities"][:15]:
        page = c.get(e["url"] + ".json").json()
        assert page["id"] == e["id"]
        for doc in page["documents"]:
            for s in doc["sentences"]:
                assert s["url"].split("#")[0] in doc_urls
                assert any(p["mention"] for p in s["parts"])
    for t in c.get("/timeline.json").json()["events"]:
        for s in t["sources"]:
            assert s["url"].startswith("/documents/") and "#c" in s["url"]


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory) -> Path:
    from historiograph.build import build

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    with Corpus(db) as corpus:
        report = build(corpus, [EXAMPLES], jobs=1)
    assert report.added and not report.errors, report
    return db


def test_examples_corpus_in_the_reader(examples_db):
    _check_corpus_app(examples_db)


@pytest.mark.shared
def test_seeds_corpus_in_the_reader(seeds_annotated, tmp_path):
    from historiograph.corpus import build_corpus

    db = tmp_path / "seeds.db"
    with Corpus(db) as corpus:
        for ad in seeds_annotated.values():
            corpus.put(ad.to_json(), path=ad.document.source)
        corpus.put_corpus(build_corpus(corpus.all_annotated()))
    _check_corpus_app(db)
    c = TestClient(create_app(db), base_url="http://127.0.0.1")
    assert [d["title"] for d in c.get("/documents.json").json()["documents"]][0] == "The Mongolian Road to Pearl Harbor"


def test_timeline_shows_confident_events_and_summaries_in_words(examples_db):
    c = TestClient(create_app(examples_db), base_url="http://127.0.0.1")
    default = c.get("/timeline.json?limit=1000").json()  # one page, however many events the examples tell
    every = c.get("/timeline.json?all=1&limit=1000").json()
    assert default["matching"] == every["matching"] == len(every["events"])
    assert len(default["events"]) == default["confident"] <= len(every["events"])
    assert all(e["confident"] for e in default["events"])
    for e in every["events"]:  # never a bare type word ("Battle", "Statement (proclaimed)")
        assert e["headline"].split("(")[0].strip().casefold() != e["type"].casefold()
        assert len(e["headline"].split()) >= 2
    page = lxml.html.fromstring(c.get("/timeline?all=1&limit=1000").text)
    assert len(page.get_element_by_id("timeline-list").findall("li")) == len(every["events"])


def test_bibliography_page(examples_db):
    c = TestClient(create_app(examples_db), base_url="http://127.0.0.1")
    data = c.get("/bibliography.json?limit=1000").json()
    assert data["style"] == "chicago-author-date" and len(data["styles"]) >= 2
    first = c.get("/bibliography.json?limit=5").json()  # a page at a time, in the same order
    assert [w["id"] for w in first["works"]] == [w["id"] for w in data["works"][:5]]
    assert first["page"]["total"] == len(data["works"])
    ids = [w["id"] for w in data["works"]]
    assert len(ids) == len(set(ids)) == len(c.get("/bibliography.csl.json").json())
    coox = [w for w in data["works"] if "L'Affaire Lyushkov" in (w["html"] or "")]
    assert len(coox) == 1 and coox[0]["sentences"] >= 2
    assert coox[0]["csl"]["page"] == "405–420"  # "405–20" read as a range (Chicago prints it short again)
    for w in data["works"]:
        assert w["html"] and "<script" not in w["html"] and " style=" not in w["html"]
        for d in w["documents"]:
            for sent in d["sentences"]:
                assert sent["url"].startswith("/documents/") and any(p["text"].strip() for p in sent["parts"])
    html = c.get("/bibliography?limit=1000").text
    assert html.count("L&#39;Affaire Lyushkov") + html.count("L'Affaire Lyushkov") == 1
    apa = c.get("/bibliography.json?style=apa").json()
    assert apa["style"] == "apa" and [w["html"] for w in apa["works"]] != [w["html"] for w in data["works"]]
    assert c.get("/bibliography.json?style=nonsense").json()["style"] == "chicago-author-date"
    bib = c.get("/bibliography.bib")
    assert bib.status_code == 200 and "@" in bib.text and "attachment" in bib.headers["content-disposition"]
    assert c.get("/bibliography.xyz").status_code == 404


def test_bibliography_escapes_what_documents_say(tmp_path):
    from historiograph.build import build

    db = tmp_path / "hostile.db"
    with Corpus(db) as corpus:
        build(corpus, [WEB / "hostile.txt"], jobs=1)
    html = TestClient(create_app(db), base_url="http://127.0.0.1").get("/bibliography").text
    assert "<script>alert" not in html and "javascript:" not in html


def test_search_snippets_are_sentences_with_the_words_marked(examples_db):
    c = TestClient(create_app(examples_db), base_url="http://127.0.0.1")
    data = c.get("/search.json?q=Lyushkov").json()
    assert [g["kind"] for g in data["groups"]] == sorted({r["kind"] for r in data["results"]},
                                                         key=["document", "entity", "event"].index)
    for r in data["results"]:
        assert any(p["hit"] and p["text"].lower().startswith("lyushkov") for p in r["parts"]), r
    doc = next(r for r in data["results"] if r["kind"] == "document")
    text = c.get(doc["url"] + ".json").json()["text"]
    assert doc["snippet"] in text  # one stretch of the document, not words run together
    html = c.get("/search?q=Lyushkov").text
    assert "<mark>Lyushkov</mark>" in html


def test_export_names_its_file_by_what_it_writes(examples_db, tmp_path):
    from typer.testing import CliRunner

    from historiograph.cli import app

    result = CliRunner().invoke(app, ["export", "--db", str(examples_db), "-f", "csv", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.zip").is_file() and not (tmp_path / "x.csv").exists()
    assert "x.zip" in result.output and "zip" in result.output
    with Corpus(examples_db, readonly=True) as corpus:
        from historiograph.cli import corpus_summary

        line = corpus_summary(corpus)
    assert line.startswith("8 documents, ") and "entities" in line and "events" in line and "conflicts" in line


def test_map_labels_never_collide():
    from historiograph.web.geo import place_labels

    pts = [{"x": 300 + (i % 6) * 9, "y": 200 + (i // 6) * 7, "name": f"Place number {i}", "mentions": 1 + i % 5}
           for i in range(36)]
    labels = place_labels(pts, 960, 576)
    boxes = []
    for p, lab in zip(pts, labels):
        if lab is None:
            continue
        w = 7.0 * len(p["name"]) + 4
        x0 = lab["x"] if lab["anchor"] == "start" else lab["x"] - w if lab["anchor"] == "end" else lab["x"] - w / 2
        boxes.append((x0, lab["y"] - 12, x0 + w, lab["y"] + 3))
    assert 2 <= len(boxes) < len(pts)  # some labelled, the crowd not
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or a[0] > b[2] or a[3] < b[1] or a[1] > b[3], (a, b)


def test_uncertain_dates_get_soft_ends():
    from types import SimpleNamespace

    from historiograph.time.values import span_of

    about = SimpleNamespace(date="1938", mod="APPROX")
    soft = views._soft_range(about, span_of("1938"))
    assert soft["earliest"] < "1938-01-01" and soft["latest"] > "1939-01-01"
    stated = SimpleNamespace(date="1938", mod="APPROX", earliest="1937-06-01", latest="1939-06-30")
    assert views._soft_range(stated, span_of("1938"))["earliest"] == "1937-06-01"
    before = views._soft_range(SimpleNamespace(date="1938-08-06", mod="BEFORE"), span_of("1938-08-06"))
    assert before["earliest"] < "1938-08-01" and before["latest"] <= "1938-08-07"
    assert views._soft_range(SimpleNamespace(date="1938-08-06", mod=None), span_of("1938-08-06")) is None


def test_the_fast_escaping_is_markupsafes_escaping():
    """highlight.esc skips markupsafe's Markup objects for speed; it must escape exactly as markupsafe does,
    and a footnote built from hostile reference fields must carry them as text only."""
    from markupsafe import escape

    from historiograph.web.annotated_text import _footnote
    from historiograph.web.highlight import esc

    for s in ["", "plain", "a & b", "<script>alert('x')</script>", '"quoted" & \'single\'', "&amp;", "\r\n<\u00e9>",
              "<<>>&&\"\"''", "Zhou Enlai 周恩来 <b>"]:
        assert esc(s) == str(escape(s)), s
    hostile = '<img src=x onerror="alert(1)">'
    ref = {"id": "r1", "label": hostile, "target": 'ref-"x', "text": hostile,
           "fields": [{"field": "title", "label": "title", "value": hostile, "href": 'javascript:"x"'}]}
    html = str(_footnote({"start": 0, "end": 3, "page": hostile}, ref)(Markup("[1]")))
    assert "<img" not in html and html.count("&lt;img") == 4 and 'href="ref-"x"' not in html
    assert render("a<b", [Mark(0, 3, 0, *tag("span", title=hostile))]) == (
        '<span title="&lt;img src=x onerror=&#34;alert(1)&#34;&gt;">a&lt;b</span>')


def test_templates_read_dict_items_as_jinja_does():
    """The reader's Jinja environment reads `d.name` on a dict as its item first (faster); what a template
    means does not change: dict methods stay methods, a missing key is undefined, objects keep attributes."""
    from types import SimpleNamespace

    from historiograph.web import _templates

    env = _templates().env
    render = lambda src, **kw: env.from_string(src).render(**kw)  # noqa: E731
    d = {"name": "<b>", "items": "shadowed", "n": 0}
    assert render("{{ d.name }}|{{ d.n }}|{{ d.missing is undefined }}", d=d) == "&lt;b&gt;|0|True"
    assert render("{% for k, v in d.items() %}{{ k }}{% endfor %}", d=d) == "nameitemsn"
    assert render("{{ d.get('name') }}", d=d) == "&lt;b&gt;"
    assert render("{{ o.real }}", o=3) == "3" and render("{{ p.name }}", p=SimpleNamespace(name="x")) == "x"


def test_serve_workers_are_read_only_readers(fixture_db, monkeypatch):
    """`serve --workers N` runs N read-only readers (uvicorn's factory builds each from the environment);
    edit mode keeps one process, the one writer of the corrections."""
    from typer.testing import CliRunner

    from historiograph.cli import app as cli
    from historiograph.web import APP_ENV, app_from_environment

    result = CliRunner().invoke(cli, ["serve", "--db", str(fixture_db), "--edit", "--workers", "2"])
    assert result.exit_code == 2 and "one process" in result.output
    monkeypatch.setenv(APP_ENV["db"], str(fixture_db))
    monkeypatch.setenv(APP_ENV["host"], "127.0.0.1")
    worker = TestClient(app_from_environment(), base_url="http://127.0.0.1")
    page = worker.get("/")
    assert page.status_code == 200 and "edit mode" not in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert worker.get("/", headers={"host": "rebound.example"}).status_code == 421
    assert worker.post("/edit/correct", data={}).status_code in (404, 405)


def test_repeated_fragments_escape_every_value():
    """The timeline entry, evidence, certainty and provenance pieces are built in Python (web/fragments.py);
    every value in them is escaped, in text and in attributes."""
    from historiograph.web.fragments import timeline_entry

    hostile = '<img src=x onerror="alert(1)">'
    row = {"id": hostile, "classes": ["type-x", hostile], "range": {"start": hostile}, "date_label": hostile,
           "type": hostile, "certainty": hostile, "headline": hostile, "participants": [hostile, 7],
           "place": hostile, "provenance": {"by": "person", "authors": [hostile], "changes": [
               {"kind": hostile, "author": hostile, "time": hostile}]},
           "sources": [{"url": hostile, "key": hostile, "text": hostile, "citations": [hostile]},
                       {"url": "/d", "key": "k", "text": "", "start": 3, "end": 9}]}
    html = str(timeline_entry(row))
    assert "<img" not in html and html.count("&lt;img") == 19
    assert "characters 3–9" in html
    tree = lxml.html.fromstring(html)
    assert tree.get("id") == "ev-" + hostile and tree.find(".//time").get("datetime") == hostile

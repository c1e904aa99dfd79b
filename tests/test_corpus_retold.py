"""A summary's re-mention of an event (events/retold.py) is a second evidence span of the same timeline
entry -- its own sentence, offsets and footnote, marked as a retelling -- in the store and every export."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from lxml import etree

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from historiograph.export import export
from historiograph.export.common import doc_iri
from historiograph.store import Corpus

SOURCE = "envoy.txt"
SUMMARY = ("Several envoys changed sides that decade, and a senior trade envoy defected to Sweden in 1931 with the "
           "cipher books.[1]")
TELLING = "On 8 October 1931, Pavel Orlin defected from Latvia by sailing across the Baltic to Sweden.[2]"
TEXT = (f"{SUMMARY}\n\n{TELLING}\n\nNotes\n\n1. Karl Berg, Envoys Abroad (Oslo, 1970), 12.\n"
        "2. Ruth Lane, The Baltic Crossing (London, 1981), 40.\n")


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    ad = annotate_text(TEXT, source=SOURCE)
    db = tmp_path_factory.mktemp("retold") / "corpus.db"
    with Corpus(db) as c:
        c.put(ad.to_json(), path="/" + SOURCE)
        c.put_corpus(build_corpus([ad]))
    with Corpus(db, readonly=True) as c:
        return {"tables": c.tables(), "docs": c.all_annotated(), "page": c.timeline_entries()}


def _entry(timeline):
    (entry,) = [t for t in timeline if t.type == "defection"]
    return entry


def _spans():
    """(source, start, end, retold): each sentence's words, without the blank line after it."""
    a, b = TEXT.index(TELLING), TEXT.index(SUMMARY)
    return [(SOURCE, a, a + len(TELLING), False), (SOURCE, b, b + len(SUMMARY), True)]


def test_the_entry_has_the_telling_and_the_retelling_each_with_its_own_footnote(stored):
    for timeline in (stored["tables"].timeline, stored["page"]):
        entry = _entry(timeline)
        assert entry.date == "1931-10-08"
        assert [(s.source, s.start, s.end, s.retold) for s in entry.sources] == _spans()
        assert [s.text for s in entry.sources] == [TELLING, SUMMARY]
        assert [s.citations for s in entry.sources] == [["r2"], ["r1"]]


def test_jsonld_and_csv_carry_both_spans(stored):
    graph = json.loads(export("jsonld", stored["tables"], stored["docs"]))["@graph"]
    node = next(n for n in graph if n.get("hg:evidence") and "defect" in json.dumps(n.get("name", "")).lower())
    assert [(e["hg:source"]["@id"], e["hg:start"], e["hg:end"], e.get("hg:retold", False))
            for e in node["hg:evidence"]] == [(doc_iri(s), a, b, r) for s, a, b, r in _spans()]

    with zipfile.ZipFile(io.BytesIO(export("csv", stored["tables"], stored["docs"]))) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("evidence.csv").decode("utf-8"))))
    entry = _entry(stored["tables"].timeline)
    assert [(r["source"], int(r["start"]), int(r["end"]), r["retold"] == "1") for r in rows
            if r["table"] == "timeline" and r["id"] == entry.id] == _spans()


def test_web_annotation_and_tei_point_at_the_retold_words(stored):
    start = TEXT.index("changed sides")
    items = json.loads(export("webannotation", stored["tables"], stored["docs"]))["first"]["items"]
    retold = [a for a in items if any(b.get("value") == "retold" for b in a["body"])]
    assert [a["target"]["selector"][1]["start"] for a in retold] == [start]
    assert {b.get("value") for b in retold[0]["body"]} >= {"defection"}

    root = etree.fromstring(export("tei", stored["tables"], stored["docs"]))
    segs = root.xpath("//*[local-name()='seg'][@subtype='retold']")
    assert ["".join(s.itertext()) for s in segs] == ["changed sides"]
    told = root.xpath("//*[local-name()='seg'][@type='event'][not(@subtype)]")
    assert {s.get("ana") for s in segs} <= {s.get("ana") for s in told}


def test_the_reader_marks_the_retelling(tmp_path):
    from fastapi.testclient import TestClient

    from historiograph.web import create_app

    db = tmp_path / "corpus.db"
    ad = annotate_text(TEXT, source=SOURCE)
    with Corpus(db) as c:
        c.put(ad.to_json(), path="/" + SOURCE)
        c.put_corpus(build_corpus([ad]))
    page = TestClient(create_app(db), base_url="http://127.0.0.1").get("/timeline?all=1").text
    (entry,) = [e for e in page.split('<li class="tl-entry')[1:] if "defection" in e]
    assert entry.count('class="retold"') == 1 and entry.count('class="evidence"') == 2

"""One event told by two documents that name no actor in common: matched by the town it befell, its
date and force disagreements reported (checks/told_twice.py, events/numbers.py strength counts,
events/definite_places.py). Texts written for this test: an invented rising at real towns."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from helpers import cli
from historiograph import annotate_text
from historiograph.checks.rules import number_range
from historiograph.corpus import build_corpus
from historiograph.web import create_app

ARTICLE = ("The Weavers' Rising\n\nThe Weavers' Rising was a revolt of hand-loom weavers in central Portugal "
           "in 1794.\n\nOn 6 May 1794 a band of armed weavers seized the town of Tomar and burned the customs "
           "house. The weavers, some 1,200 men, held the square for eleven days before the militia dispersed "
           "them.\n")
EXTRACT = ("A Spring of Discontent\n\nNobody in Lisbon expected trouble from the north. When word came that "
           "Tomar had fallen, the regent was at the opera. The town had been seized on 19 May 1794 by a force "
           "of nearly 3,000 men from the hill parishes, and the customs house was burned that night.\n")
# two captures of two towns in one month, by unnamed crowds: two events
VISEU = "On 3 June 1794 armed weavers seized the town of Viseu and burned its tax office.\n"
LEIRIA = "On 12 June 1794 armed weavers seized the town of Leiria and burned its tax office.\n"
# one text that tells the town taken twice: which of its captures the article dates is no guess
TWICE = ("On 2 May 1794 armed weavers seized the town of Tomar. The militia seized the town of Tomar back on "
         "27 May 1794.\n")
# a year and the month after it touch, but a year is too coarse to call two captures one
YEAR = "In 1794 armed weavers seized the town of Leiria and burned its tax office.\n"
NEXT_MONTH = "In January 1795 armed weavers seized the town of Leiria and burned its tax office.\n"
TEXTS = {"article.txt": ARTICLE, "extract.txt": EXTRACT, "viseu.txt": VISEU, "leiria.txt": LEIRIA}


@pytest.fixture(scope="module")
def annotated():
    extra = {"twice.txt": TWICE, "year.txt": YEAR, "next.txt": NEXT_MONTH}
    return {s: annotate_text(t, source=s) for s, t in {**TEXTS, **extra}.items()}


def _captures(tables, source):
    return [t for t in tables.timeline if t.type == "invasion" and any(m[0] == source for m in t.members)]


def test_the_town_stands_for_the_town_named_before_it(annotated):
    [ev] = [e for e in annotated["extract.txt"].events if e.type == "invasion"]
    ents = {e.id: e.name for e in annotated["extract.txt"].entities}
    assert [(p.role, ents[p.entity]) for p in ev.participants] == [("patient", "Tomar")]


def test_force_sizes_are_numbers_of_their_event(annotated):
    [art] = [e for e in annotated["article.txt"].events if e.type == "invasion"]
    [ext] = [e for e in annotated["extract.txt"].events if e.type == "invasion"]
    assert [(n["value"], n["qualifier"], n["unit"], n["of"]) for n in art.numbers] == [(1200, "some", "strength", "weavers")]
    assert [(n["value"], n["qualifier"], n["unit"]) for n in ext.numbers] == [(3000, "nearly", "strength")]


def test_one_capture_told_twice_is_one_entry_with_its_disagreements(annotated):
    tables = build_corpus([annotated[s] for s in TEXTS])
    [entry] = _captures(tables, "article.txt")
    assert {m[0] for m in entry.members} == {"article.txt", "extract.txt"}
    assert entry.participants == ["Tomar"]
    dates = [c for c in tables.conflicts if c.kind == "date_conflict"]
    assert len(dates) == 1 and dates[0].entry == entry.id
    assert [v["value"] for v in dates[0].values] == ["1794-05-06", "1794-05-19"]
    numbers = [c for c in tables.conflicts if c.kind == "number_conflict"]
    assert len(numbers) == 1 and numbers[0].entry == entry.id
    assert sorted(v["display"] for v in numbers[0].values) == ["nearly 3,000", "some 1,200"]
    assert "force" in numbers[0].message


def test_two_captures_of_two_towns_in_one_month_stay_apart(annotated):
    tables = build_corpus([annotated[s] for s in TEXTS])
    [viseu] = _captures(tables, "viseu.txt")
    [leiria] = _captures(tables, "leiria.txt")
    assert viseu.id != leiria.id and len(viseu.members) == 1 and len(leiria.members) == 1
    assert not [c for c in tables.conflicts if any(e.source in ("viseu.txt", "leiria.txt") for e in c.evidence)]


def test_a_text_that_tells_the_town_taken_twice_joins_neither(annotated):
    tables = build_corpus([annotated["twice.txt"], annotated["extract.txt"]])
    [entry] = _captures(tables, "extract.txt")
    assert {m[0] for m in entry.members} == {"extract.txt"}
    assert not [c for c in tables.conflicts if c.kind == "date_conflict"]


def test_a_year_and_the_month_after_it_stay_apart(annotated):
    tables = build_corpus([annotated["year.txt"], annotated["next.txt"]])
    [year] = _captures(tables, "year.txt")
    assert {m[0] for m in year.members} == {"year.txt"}


def test_two_undated_killings_by_one_force_in_two_texts_are_not_one_counted_twice():
    undated = ["Nobody knows when the Harnow Militia killed 250 people.\n",
               "Nobody knows when the Harnow Militia killed 40 people.\n"]
    docs = [annotate_text(t, source=f"u{i}.txt") for i, t in enumerate(undated)]
    assert all(e.numbers for d in docs for e in d.events if e.type == "killing")
    assert not [c for c in build_corpus(docs).conflicts if c.kind == "number_conflict"]


def test_stated_approximations_decide_a_number_conflict():
    about = number_range({"value": 3000, "qualifier": "about", "approx": True})
    nearly = number_range({"value": 5000, "qualifier": "nearly", "approx": True})
    some = number_range({"value": 3000, "qualifier": "some", "approx": True})
    exact = number_range({"value": 3200})
    assert about[1] < nearly[0]  # "about 3,000" and "nearly 5,000" cannot both hold
    assert nearly == (4500.0, 5000.0)
    assert some[0] <= exact[0] <= some[1]  # "some 3,000" and "3,200" can


def test_cli_reader_and_export_show_them(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "c.db"
    cli("build", str(folder), "--db", str(db), "-q", check=True)
    shown = json.loads(cli("conflicts", "--db", str(db), "--format", "json", check=True).stdout)
    shown = shown if isinstance(shown, list) else shown["conflicts"]
    assert {c["kind"] for c in shown} >= {"date_conflict", "number_conflict"}
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    page = client.get("/conflicts.json").json()["conflicts"]
    assert {c["kind"] for c in page} >= {"date_conflict", "number_conflict"}
    html = client.get("/conflicts").text
    assert "nearly 3,000" in html and "19 May 1794" in html
    out = tmp_path / "c.json"
    cli("export", "--db", str(db), "--format", "json", "-o", str(out), check=True)
    exported = json.loads(out.read_text(encoding="utf-8"))
    kinds = {c["kind"] for c in exported["conflicts"]}
    assert {"date_conflict", "number_conflict"} <= kinds


def test_adding_the_second_telling_incrementally_equals_a_whole_rebuild(tmp_path, annotated):
    from historiograph.corpus import incremental
    from historiograph.store import Corpus
    from test_corpus_incremental import _state

    def put(c, name):
        data = annotated[name].to_json()
        c.put(data, path="/" + name)

    with Corpus(tmp_path / "inc.db") as c:
        for name in ("article.txt", "viseu.txt", "leiria.txt"):
            put(c, name)
        assert incremental.update(c) == "whole"
        put(c, "extract.txt")
        assert incremental.touched(c, {"extract.txt"}, c.document_stamps()) == {"article.txt", "extract.txt"}
        assert incremental.update(c) == "incremental"
        got = _state(c)
    with Corpus(tmp_path / "whole.db") as c:
        for name in ("article.txt", "viseu.txt", "leiria.txt", "extract.txt"):
            put(c, name)
        assert incremental.update(c) == "whole"
        assert got == _state(c)
    assert {x["kind"] for x in got["conflicts"]} >= {"date_conflict", "number_conflict"}

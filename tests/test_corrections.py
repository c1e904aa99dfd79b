"""Corrections: made through the one function, kept in the file beside the database, applied before the corpus
stage, re-anchored when a text changes, reported when orphaned, round-tripped through a fresh database."""
from __future__ import annotations

import json
import sqlite3

import pytest

from corrections_corpus import MEMOIR, NARVIK, build_db, remove_db, snapshot, write_corpus
from historiograph.corrections import Correction, CorrectionError, anchors, files, make, submit, undo
from historiograph.corrections.model import validate
from historiograph.store import SCHEMA_VERSION, Corpus


@pytest.fixture
def site(tmp_path):
    """The two texts and their corpus database, built by the real pipeline."""
    build_db(tmp_path / "corpus.db", write_corpus(tmp_path))
    return tmp_path


def _source(corpus: Corpus, name: str) -> str:
    return next(s for s in corpus.sources() if s.endswith(name))


def _entry(corpus: Corpus, type_: str, date: str) -> str:
    return next(t["id"] for t in corpus.timeline() if t["type"] == type_ and t["date"] == date)


def _correct(db, kind, **kw):
    with Corpus(db) as corpus:
        return submit(corpus, make(corpus, kind, author=kw.pop("author", "Ada"), reason=kw.pop("reason", "test"),
                                   **kw))


# ---- anchors ------------------------------------------------------------------------------------

def test_anchor_holds_moves_fuzzes_and_is_lost():
    text = "Petrov signed the treaty with Norway on 12 April 1921. Then he left."
    s = text.index("Norway")
    t = anchors.make("a.txt", "sha", text, s, s + 6)
    assert anchors.find(t, text, "sha").how == "same"
    moved = "A new first sentence. " + text
    f = anchors.find(t, moved, "other")
    assert (f.start, f.end, f.how) == (s + 22, s + 28, "moved")
    # two occurrences: the one whose context matches
    twice = "Norway was far. " + text
    f = anchors.find(t, twice, "other")
    assert twice[f.start - 12:f.start] == "treaty with " and f.how == "moved"
    fuzzy = text.replace("Norway", "Norwey")
    f = anchors.find(anchors.make("a.txt", "sha", text, 0, text.index(" on")), fuzzy, "other")
    assert f is not None and f.how == "fuzzy" and fuzzy[f.start:f.end].startswith("Petrov signed")
    assert anchors.find(t, "Nothing of it is left here.", "other") is None


# ---- the model and the file ---------------------------------------------------------------------

def test_validation_says_what_is_wrong():
    target = anchors.make("a.txt", "sha", "Ivan Petrov", 0, 4)
    with pytest.raises(CorrectionError, match="label"):
        validate(Correction("relabel", target, {"label": "CAT"}, author="Ada"))
    with pytest.raises(CorrectionError, match="TIMEX3"):
        validate(Correction("set-date", target, {"value": "May 1921"}, author="Ada"))
    with pytest.raises(CorrectionError, match="why"):
        validate(Correction("conflict", target, {"verdict": "not-a-conflict"}, author="Ada"))
    with pytest.raises(CorrectionError, match="unknown kind"):
        validate(Correction("delete-everything", target, {}, author="Ada"))
    with pytest.raises(CorrectionError, match="TextQuoteSelector"):
        validate(Correction("reject-event", {"source": "a.txt", "selector": []}, {}, author="Ada"))


def test_file_path_and_bad_lines_are_reported(tmp_path):
    assert files.path_for(tmp_path / "corpus.db") == tmp_path / "corpus.corrections.jsonl"
    path = tmp_path / "corpus.corrections.jsonl"
    good = Correction("reject-event", anchors.make("a.txt", "s", "he was arrested", 7, 15), author="Ada").stamped()
    files.append(path, good)
    with open(path, "a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"id": "c-x", "kind": "relabel", "author": "Ada", "payload": {"label": "CAT"},
                            "target": good.target}) + "\n")
    read, problems = files.read(path)
    assert [c.id for c in read] == [good.id]
    assert len(problems) == 2 and all(str(path) in p for p in problems)
    assert ":2:" in problems[0] and ":3:" in problems[1] and "label" in problems[1]


def test_submit_refuses_a_quote_that_is_not_the_text(site):
    with Corpus(site / "corpus.db") as corpus:
        source = _source(corpus, "narvik.txt")
        target = anchors.make(source, "x", corpus.document_texts()[source][0], 0, 10)
        target["selector"][1]["exact"] = "Something else"
        with pytest.raises(CorrectionError, match="not the quote"):
            submit(corpus, Correction("reject-mention", target, author="Ada"))
    assert not files.path_for(site / "corpus.db").exists()  # nothing written


# ---- applying, every kind -----------------------------------------------------------------------

def test_entity_corrections(site):
    db = site / "corpus.db"
    _correct(db, "merge", entity="E-vanya-pietrow", other="E-ivan-petrov", reason="the same man")
    with Corpus(db) as c:
        ents = {e["id"]: e for e in c.entities()}
        assert "E-ivan-petrov" in ents and not any(e["name"] == "Vanya Pietrow" for e in ents.values())
        ivan = next(e for e in ents.values() if "Vanya Pietrow" in e["aliases"])
        assert ivan["provenance"]["by"] == "person" and ivan["provenance"]["authors"] == ["Ada"]
        assert ents["E-norway"]["provenance"] == {"by": "machine"}
        death = next(t for t in c.timeline() if t["type"] == "death")
        assert "Ivan Petrov" in death["summary"]  # the timeline reads the corrected entities
    _correct(db, "relabel", entity="E-norway", label="ORG")
    _correct(db, "rename", entity="E-anna-lind", name="Anna Lindqvist")
    with Corpus(db) as c:
        ents = {e["name"]: e for e in c.entities()}
        assert ents["Norway"]["label"] == "ORG" and "Anna Lind" in ents["Anna Lindqvist"]["aliases"]
        narvik = c.annotated_json(_source(c, "narvik.txt"))
        assert {m["label"] for m in narvik["mentions"] if m["text"] == "Norway"} == {"ORG"}


def test_split_a_mention_into_a_new_entity(site):
    db = site / "corpus.db"
    with Corpus(db) as c:
        source = _source(c, "narvik.txt")
        text = c.document_texts()[source][0]
    s = text.index("Petrov signed")
    _correct(db, "split", source=source, start=s, end=s + 6, name="Pavel Petrov")
    with Corpus(db) as c:
        ents = {e["name"]: e for e in c.entities()}
        assert "Pavel Petrov" in ents and ents["Pavel Petrov"]["mentions"] == 1
        assert ents["Ivan Petrov"]["mentions"] == 3


def test_mention_corrections(site):
    db = site / "corpus.db"
    with Corpus(db) as c:
        memoir = _source(c, "memoir.txt")
        text = c.document_texts()[memoir][0]
    s = text.index("Stockholm")
    _correct(db, "reject-mention", source=memoir, start=s, end=s + 9)
    h = text.index("Harbour Master")
    _correct(db, "add-mention", source=memoir, start=h, end=h + 14, label="ORG", name="Harbour Office")
    with Corpus(db) as c:
        names = {e["name"]: e for e in c.entities()}
        assert "Stockholm" not in names
        assert names["Harbour Office"]["label"] == "ORG"
        doc = c.annotated_json(memoir)
        added = next(m for m in doc["mentions"] if m["start"] == h)
        assert added["provenance"]["authors"] == ["Ada"]
        assert all("provenance" not in m for m in doc["mentions"] if m["start"] != h)  # machine's as they were


def test_event_corrections_feed_timeline_and_conflicts(site):
    db = site / "corpus.db"
    with Corpus(db) as c:
        assert [x["kind"] for x in c.conflicts()] == ["date_conflict"]
    fix, _ = _correct(db, "conflict", conflict=1, verdict="not-a-conflict", reason="two arrests, not one")
    with Corpus(db) as c:
        assert c.conflicts() == []
    with Corpus(db) as c:
        undo(c, fix.id, "Ben")
        assert [x["kind"] for x in c.conflicts()] == ["date_conflict"]
        assert c.conflicts()[0]["provenance"] == {"by": "machine"}
    _correct(db, "conflict", conflict=1, verdict="confirmed", author="Cy")
    with Corpus(db) as c:
        prov = c.conflicts()[0]["provenance"]
        assert prov["verdict"] == "confirmed" and prov["authors"] == ["Cy"]
        entry = _entry(c, "arrest", "1926-05-09")
    _correct(db, "reject-event", event=entry)
    with Corpus(db) as c:
        assert [t["date"] for t in c.timeline() if t["type"] == "arrest"] == ["1925-05-03"]
        assert c.conflicts() == []  # the conflict needed the rejected event
        death = _entry(c, "death", "1930")
    _correct(db, "set-date", event=death, value="1931", mod="APPROX")
    with Corpus(db) as c:
        death = next(t for t in c.timeline() if t["type"] == "death")
        assert (death["date"], death["mod"]) == ("1931", "APPROX")
        assert death["provenance"]["by"] == "person"
        narvik_doc = c.annotated_json(_source(c, "narvik.txt"))
        time = next(v["time"] for v in narvik_doc["events"] if v["type"] == "death")
        assert time["edtf"] == "1931~" and time["earliest"] < "1931-01-01"  # what it means on the calendar
    _correct(db, "set-type", event=death["id"], type="execution")
    _correct(db, "set-certainty", event=death["id"], certainty="disputed")
    _correct(db, "set-participants", event=death["id"], participants=[{"role": "patient", "name": "Anna Lind"}])
    with Corpus(db) as c:
        ex = next(t for t in c.timeline() if t["type"] == "execution")
        assert ex["certainty"] == "disputed" and ex["participants"] == ["Anna Lind"]
        narvik = _source(c, "narvik.txt")
        text = c.document_texts()[narvik][0]
    s = text.index("arrived")
    _correct(db, "add-event", source=narvik, start=s, end=s + 7, type="movement", value="1921-03-02",
             participants=[{"role": "agent", "name": "Ivan Petrov"}])
    with Corpus(db) as c:
        added = [t for t in c.timeline() if t["date"] == "1921-03-02"]
        assert added and added[0]["participants"] == ["Ivan Petrov"] and added[0]["provenance"]["by"] == "person"


def test_undo_of_undo_restores(site):
    db = site / "corpus.db"
    with Corpus(db) as c:
        entry = _entry(c, "arrest", "1926-05-09")
    fix, _ = _correct(db, "reject-event", event=entry)
    with Corpus(db) as c:
        u, _ = undo(c, fix.id, "Ben")
        assert len([t for t in c.timeline() if t["type"] == "arrest"]) == 2
        undo(c, u.id, "Ada")
        assert len([t for t in c.timeline() if t["type"] == "arrest"]) == 1
        status = {r["id"]: r["status"] for r in c.corrections()}
    assert status[fix.id] == "applied" and status[u.id] == "reverted"


# ---- survives change ----------------------------------------------------------------------------

def test_round_trip_delete_the_database_and_rebuild(site):
    db, docs = site / "corpus.db", site / "docs"
    _correct(db, "merge", entity="E-vanya-pietrow", other="E-ivan-petrov")
    with Corpus(db) as c:
        entry = _entry(c, "arrest", "1926-05-09")
    _correct(db, "reject-event", event=entry)
    _correct(db, "relabel", entity="E-norway", label="ORG")
    before = snapshot(db)
    remove_db(db)
    report = build_db(db, docs)
    assert len(report.added) == 2
    assert snapshot(db) == before


def test_edited_document_moves_the_correction_and_deleted_text_orphans_it(site):
    db, docs = site / "corpus.db", site / "docs"
    fix, _ = _correct(db, "merge", entity="E-vanya-pietrow", other="E-ivan-petrov")
    old = fix.target["selector"][0]["start"]
    prefix = "A note added later, to shift every offset of the text.\n\n"
    (docs / "narvik.txt").write_text(prefix + NARVIK, encoding="utf-8")
    report = build_db(db, docs)
    assert report.corrections.orphaned == []
    with Corpus(db) as c:
        row = next(r for r in c.corrections() if r["id"] == fix.id)
        assert row["status"] == "moved" and row["start"] == old + len(prefix)
        assert not any(e["name"] == "Vanya Pietrow" for e in c.entities())  # still merged
    (docs / "narvik.txt").write_text(prefix + NARVIK.replace(" The old soldier Vanya Pietrow died in 1930.", ""),
                                     encoding="utf-8")
    report = build_db(db, docs)
    assert [r.correction.id for r in report.corrections.orphaned] == [fix.id]
    lines = report.corrections.lines(files.path_for(db))
    assert len(lines) == 1 and fix.id in lines[0] and "orphaned" in lines[0]
    with Corpus(db) as c:
        row = next(r for r in c.corrections() if r["id"] == fix.id)
        assert row["status"] == "orphaned" and "no longer" in row["note"]
    # the file still holds it: never dropped
    assert fix.id in files.path_for(db).read_text(encoding="utf-8")


# ---- the database -------------------------------------------------------------------------------

def test_a_version_1_database_is_migrated_in_place(tmp_path):
    from importlib import resources

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(resources.files("historiograph.store").joinpath("schema.sql").read_text())
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO conflicts (kind, message, evidence) VALUES ('date_conflict', 'kept', '[]')")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="build"):
        Corpus(db, readonly=True)  # the reader says how to upgrade
    with Corpus(db) as c:
        assert c._version() == SCHEMA_VERSION == 5
        assert [x.message for x in c.conflict_list()] == ["kept"]
        assert c.corrections() == []
    with Corpus(db, readonly=True) as c:
        assert c.conflicts()[0]["provenance"] == {"by": "machine"}


# ---- the command line and the exports -----------------------------------------------------------

def test_cli_correct_list_and_export(site):
    from helpers import cli

    db = str(site / "corpus.db")
    r = cli("correct", "merge", "E-vanya-pietrow", "E-ivan-petrov", "--db", db, "--author", "Ada", "--reason", "same")
    assert r.returncode == 0, r.stderr
    assert "merge: applied" in r.stdout
    bad = cli("correct", "relabel", "E-norway", "CAT", "--db", db)
    assert bad.returncode == 2 and "label must be one of" in bad.stderr
    listed = json.loads(cli("corrections", "list", "--db", db, "--format", "json", check=True).stdout)
    assert [(x["kind"], x["status"], x["author"]) for x in listed] == [("merge", "applied", "Ada")]
    exported = cli("corrections", "export", "--db", db, check=True).stdout.splitlines()
    assert len(exported) == 1 and json.loads(exported[0])["target"]["selector"][1]["exact"] == "Vanya Pietrow"


def test_exports_mark_person_and_machine_facts(site):
    import io
    import csv
    import zipfile

    from historiograph.export import export

    db = site / "corpus.db"
    _correct(db, "merge", entity="E-vanya-pietrow", other="E-ivan-petrov", author="Ada Lovelace")
    with Corpus(db, readonly=True) as c:
        tables, docs = c.tables(), c.all_annotated()
    graph = json.loads(export("jsonld", tables, docs))["@graph"]
    ivan = next(n for n in graph if n.get("name") == "Ivan Petrov")
    assert ivan["hg:provenance"] == "person" and ivan["hg:changedBy"][0]["name"] == "Ada Lovelace"
    assert next(n for n in graph if n.get("name") == "Norway")["hg:provenance"] == "machine"
    z = zipfile.ZipFile(io.BytesIO(export("csv", tables, docs)))
    rows = list(csv.DictReader(io.StringIO(z.read(next(n for n in z.namelist() if "entities" in n)).decode())))
    assert {r["name"]: r["provenance"] for r in rows}["Ivan Petrov"] == "person: Ada Lovelace"
    assert {r["name"]: r["provenance"] for r in rows}["Norway"] == "machine"
    tei = export("tei", tables, docs)
    tei = tei.decode() if isinstance(tei, bytes) else tei
    assert "person: Ada Lovelace" in tei and ">machine<" in tei
    wa = json.loads(export("webannotation", tables, docs))["first"]["items"]
    assert all(a["creator"] == {"type": "Software", "name": "historiograph"} for a in wa)
    full = json.loads(export("json", tables, docs))
    assert {e["name"]: e["provenance"]["by"] for e in full["entities"]}["Ivan Petrov"] == "person"


def test_web_annotation_creator_names_the_person(site):
    from historiograph.export import export

    db = site / "corpus.db"
    with Corpus(db) as c:
        memoir = _source(c, "memoir.txt")
    h = MEMOIR.index("Harbour Master")
    _correct(db, "add-mention", source=memoir, start=h, end=h + 14, label="ORG", author="Ben")
    with Corpus(db, readonly=True) as c:
        wa = json.loads(export("webannotation", c.tables(), c.all_annotated()))["first"]["items"]
    mine = [a for a in wa if isinstance(a["creator"], list)]
    assert len(mine) == 1 and {"type": "Person", "name": "Ben"} in mine[0]["creator"]


def test_python_api_in_one_call_and_the_document_page_marks_it(site):
    from fastapi.testclient import TestClient

    from historiograph.corrections import correct
    from historiograph.web import create_app

    db = site / "corpus.db"
    h = MEMOIR.index("Harbour Master")
    c = correct(str(db), "add-mention", author="Ben", source=str(site / "docs" / "memoir.txt"), start=h,
                end=h + 14, label="ORG")
    assert c.kind == "add-mention" and c.author == "Ben"
    html = TestClient(create_app(db), base_url="http://127.0.0.1").get("/documents/memoir.txt").text
    assert 'class="m k-org l-ORG by-person unlinked"' in html or "by-person" in html
    assert "corrected by Ben" in html


def test_split_a_mention_to_another_entity_of_its_document(site):
    db = site / "corpus.db"
    with Corpus(db) as c:
        source = _source(c, "narvik.txt")
    s = NARVIK.index("Petrov signed")
    _correct(db, "split", source=source, start=s, end=s + 6, other="E-vanya-pietrow")
    with Corpus(db) as c:
        ents = {e["name"]: e for e in c.entities()}
        assert ents["Vanya Pietrow"]["mentions"] == 2 and ents["Ivan Petrov"]["mentions"] == 3
        assert len(ents) == 6


def test_build_says_in_one_line_which_corrections_are_orphaned(site):
    from helpers import cli

    db, docs = site / "corpus.db", site / "docs"
    fix, _ = _correct(db, "merge", entity="E-vanya-pietrow", other="E-ivan-petrov")
    (docs / "narvik.txt").write_text(NARVIK.replace(" The old soldier Vanya Pietrow died in 1930.", ""),
                                     encoding="utf-8")
    r = cli("build", str(docs), "--db", str(db), "-j", "1", "-q", check=True)
    lines = [x for x in r.stderr.splitlines() if "orphaned" in x]
    assert len(lines) == 1 and fix.id in lines[0]
    listed = cli("corrections", "list", "--db", str(db), check=True).stdout
    assert "orphaned" in listed
    assert cli("serve", "--db", str(db), "--edit", "--host", "0.0.0.0").returncode == 2

"""Issue 18 (integrity and security) and issue 17 (books, pathological texts, failing code): one test
per defect, each reproducing it first."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

import historiograph
from helpers import fail_events_stage_on
from historiograph import ingest, pipeline, windows
from historiograph.build import build
from historiograph.ingest import IngestError
from historiograph.ingest.text import detect
from historiograph.pipeline import Options
from historiograph.store import Corpus, SchemaError

from helpers import cli

TEXT = ("In 1937 the NKVD deported the Koreans of the Far East to Kazakhstan. Genrikh Lyushkov crossed "
        "into Manchukuo on 13 June 1938.\n")


# ---- 2. encodings: Latin text stays Latin; mixed files per region, with a confidence ---------------

LATIN = ["Über die Brücke gingen wir nach Köln.", "Il était à la gare ; ça va, garçon ?", "Fußball",
         "Ação e coração não são iguais em São Paulo.", "Çà et là, «voilà» – déjà !", "Über", "à", "ç",
         "Ærø og Øresund, Århus.", "„Gänsefüßchen“ — sagt er…", "¿Qué? Señor Muñoz.", "naïve café"]


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("text,encoding", [(t, e) for e in ("cp1252", "latin-1", "iso8859-15") for t in LATIN
                                           if _encodable(t, e)])
def test_western_text_is_never_decoded_as_cyrillic_baltic_or_mac(text, encoding):
    assert detect(text.encode(encoding), "x.txt").text == text


def test_cyrillic_code_pages_still_win_for_russian_text():
    ru = "Генрих Люшков, начальник управления НКВД по Дальневосточному краю, перешёл границу."
    for enc in ("cp1251", "koi8_r", "cp866"):
        assert detect(ru.encode(enc), "x.txt").text == ru


def test_a_utf8_file_with_one_latin1_fragment_is_decoded_per_region_and_flagged(tmp_path):
    head = "Zürich, Gdańsk and Łódź are named in UTF-8. ".encode()
    data = head + "Ein Satz über Köln.".encode("latin-1") + " Back in UTF-8: Kraków.".encode()
    d = detect(data, "m.txt")
    assert d.text == "Zürich, Gdańsk and Łódź are named in UTF-8. Ein Satz über Köln. Back in UTF-8: Kraków."
    assert d.encoding.startswith("utf-8+") and 0 < d.confidence < 1
    (tmp_path / "m.txt").write_bytes(data)
    doc = ingest.read(tmp_path / "m.txt")
    assert any("mixed encodings" in n for n in doc.notes)


# ---- 3. one document per file, however it is spelled ---------------------------------------------------

def test_the_same_file_under_two_spellings_is_one_document(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "p0.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(tmp_path / "corpus", tmp_path / "link")
    monkeypatch.chdir(tmp_path)
    with Corpus(tmp_path / "c.db") as db:
        build(db, ["corpus/p0.txt", str(tmp_path / "corpus" / "p0.txt")], jobs=1)
        build(db, [str(tmp_path / "corpus" / "p0.txt")], jobs=1)
        build(db, ["link/p0.txt", "./corpus//p0.txt"], jobs=1)
        assert db.sources() == ["corpus/p0.txt"]
        assert db.conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(
            db.annotated("corpus/p0.txt").mentions)


# ---- 4. every reader behind one error boundary ----------------------------------------------------------

def _pdf(objects: list[bytes], root: int = 1, info: bytes = b"") -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, info, xref)
    return bytes(out)


def _page_pdf(stream: bytes, filters: bytes = b"", info: bytes = b"") -> bytes:
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                 b" /Resources << /Font << /F1 5 0 R >> >> >>",
                 b"<< /Length %d %s>>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
                 b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"], info=info)


def test_a_decompression_bomb_pdf_is_one_line(tmp_path):
    bomb = zlib.compress(b"0" * 300_000_000, 9)  # 300 MB of content stream from 300 kB
    (tmp_path / "bomb.pdf").write_bytes(_page_pdf(bomb, b"/Filter /FlateDecode "))
    with pytest.raises(IngestError) as info:
        ingest.read(tmp_path / "bomb.pdf")
    assert str(info.value).startswith(str(tmp_path / "bomb.pdf") + ": ") and "\n" not in str(info.value)


def test_a_pdf_with_broken_metadata_keeps_its_text(tmp_path):
    data = _page_pdf(b"BT /F1 12 Tf 72 720 Td (The pact was signed in 1941.) Tj ET", info=b"/Info 99 0 R ")
    (tmp_path / "meta.pdf").write_bytes(data)
    assert "signed in 1941" in ingest.read(tmp_path / "meta.pdf").text


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>",
                                  b"%PDF-1.7\n" + os.urandom(3000), b"%PDF-"])
def test_broken_pdfs_are_one_line(tmp_path, data):
    (tmp_path / "b.pdf").write_bytes(data)
    with pytest.raises(IngestError):
        ingest.read(tmp_path / "b.pdf")


def test_a_control_character_inside_a_list_item_does_not_stop_html(tmp_path):
    page = ("<html><body><article><p>" + TEXT + "</p><ol><li>Sources: Smith\x0b 1999, Moscow\x01.</li>"
            "<li>Jones 2001.</li></ol></article></body></html>")
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    doc = ingest.read(tmp_path / "c.html")
    assert "Lyushkov" in doc.text and "1. Sources: Smith 1999" in doc.text


def test_html_nested_hundreds_of_levels_keeps_its_text(tmp_path):
    page = "<html><body>" + "<div>" * 300 + "<p>" + TEXT + "</p>" + "</div>" * 300 + "</body></html>"
    (tmp_path / "deep.html").write_text(page, encoding="utf-8")
    assert "Lyushkov crossed" in ingest.read(tmp_path / "deep.html").text


def test_a_file_name_that_is_not_utf8_is_built_and_printable(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / "plain.txt").write_text(TEXT, encoding="utf-8")
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(TEXT.encode())
    with Corpus(tmp_path / "n.db") as db:
        report = build(db, [folder], jobs=1)
        assert not report.errors, report.errors
        assert sorted(Path(s).name for s in db.sources()) == ["caf\\xe9.txt", "plain.txt"]


# ---- 5. no hangs: a FIFO, workers that outlive their parent -----------------------------------------------

def test_a_fifo_named_like_a_text_is_refused_by_name(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    os.mkfifo(folder / "x.txt")
    with pytest.raises(IngestError, match="named pipe"):
        ingest.read(folder / "x.txt")
    found = list(ingest.iter_files([folder]))
    assert [(p.name, str(e)) for p, e in found] == [("x.txt", f"{folder / 'x.txt'}: a named pipe (FIFO), not a regular file")]


def test_a_worker_dies_with_its_parent(tmp_path):
    pid_file = tmp_path / "child.pid"
    script = f"""
import os, sys, time
sys.path.insert(0, {str(Path(historiograph.__file__).parents[1])!r})
from historiograph.procs import die_with_parent
pid = os.fork()
if pid == 0:
    die_with_parent()
    open({str(pid_file)!r}, "w").write(str(os.getpid()))
    time.sleep(60)
    os._exit(0)
time.sleep(60)
"""
    parent = subprocess.Popen([sys.executable, "-c", script])
    for _ in range(100):
        if pid_file.exists() and pid_file.read_text():
            break
        time.sleep(0.05)
    child = int(pid_file.read_text())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        try:  # a zombie reparented to us (pid 1 in a container) counts as dead
            if Path(f"/proc/{child}/stat").read_text().split(")")[-1].split()[0] == "Z":
                return
        except OSError:
            return
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    pytest.fail("the child outlived its parent")


# ---- 6. databases ------------------------------------------------------------------------------------------

def test_a_file_that_is_not_a_corpus_is_one_line_everywhere(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all\n" * 100)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    for args in (["documents", "--db", str(junk)], ["build", str(good), "--db", str(junk), "-q"]):
        proc = cli(*args)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert proc.stderr.strip().startswith(f"{junk}: not a historiograph corpus")
    assert junk.read_bytes() == b"this is not sqlite at all\n" * 100


def test_a_truncated_corpus_is_one_line(tmp_path):
    db = tmp_path / "t.db"
    with Corpus(db) as c:
        c.conn.execute("PRAGMA journal_mode=DELETE")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    with pytest.raises(SchemaError, match="not a historiograph corpus"):
        Corpus(db, readonly=True)


def test_someone_elses_sqlite_file_is_never_modified(tmp_path):
    other = tmp_path / "theirs.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE accounts (id INTEGER, name TEXT)")
    conn.execute("INSERT INTO accounts VALUES (1, 'x')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(SchemaError, match="not a historiograph corpus; it was not changed"):
        Corpus(other)
    assert other.read_bytes() == before
    assert not Path(str(other) + "-wal").exists()


def test_a_corpus_in_a_folder_sqlite_cannot_write_is_read_immutable(tmp_path, monkeypatch):
    db = tmp_path / "c.db"
    Corpus(db).close()
    real = sqlite3.connect
    tried = []

    def connect(database, *a, **kw):  # what SQLite answers in a read-only folder: no -shm file can be made
        tried.append(database)
        if "immutable=1" not in str(database):
            class Refusing:
                def execute(self, *a):
                    raise sqlite3.OperationalError("unable to open database file")

                def close(self):
                    pass
            return Refusing()
        return real(database, *a, **kw)

    monkeypatch.setattr(sqlite3, "connect", connect)
    with Corpus(db, readonly=True) as c:
        assert c.sources() == []
    assert "mode=ro" in tried[0] and "immutable=1" in tried[-1]


# ---- 7. the reader -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reader_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reader")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    with Corpus(folder / "r.db") as db:
        build(db, [folder / "a.txt"], jobs=1)
    return folder / "r.db"


def _client(db, host="127.0.0.1", base="http://127.0.0.1"):
    from fastapi.testclient import TestClient

    from historiograph.web import create_app

    return TestClient(create_app(db, host=host), base_url=base, raise_server_exceptions=False)


def test_the_reader_answers_only_its_own_host(reader_db):
    c = _client(reader_db)
    assert c.get("/", headers={"host": "evil.example"}).status_code == 421
    assert c.get("/", headers={"host": "evil.example:8000"}).status_code == 421
    r = c.get("/", headers={"host": "localhost:8000"})
    assert r.status_code == 200
    assert c.get("/documents.json", headers={"host": "[::1]:8000"}).status_code == 200
    assert _client(reader_db, host="0.0.0.0").get("/", headers={"host": "reader.lan"}).status_code == 200


def test_a_nul_in_the_search_is_searched_not_a_500(reader_db):
    c = _client(reader_db)
    for q in ("Lyush\x00kov", "\x00", "\x02\x03", "\ufffe", "a" * 5000, '"""', "NEAR(a b)"):
        for path in ("/search", "/search.json"):
            r = c.get(path, params={"q": q})
            assert r.status_code == 200, (q, path, r.status_code)


def test_a_500_carries_the_security_headers(reader_db, monkeypatch):
    from historiograph.web import views

    def broken(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(views, "conflicts_page", broken)
    r = _client(reader_db).get("/conflicts")
    assert r.status_code == 500
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    assert "a bug" not in r.text


# ---- 8. smaller ones ---------------------------------------------------------------------------------------

def test_unsupported_documents_in_folders_are_named(tmp_path):
    (tmp_path / "book.epub").write_bytes(b"PK\x03\x04")
    (tmp_path / "memo.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a.txt").write_text(TEXT)
    found = {p.name: e for p, e in ingest.iter_files([tmp_path])}
    assert found["a.txt"] is None and "photo.jpg" not in found
    assert "not supported" in str(found["book.epub"]) and "not supported" in str(found["memo.docx"])


def test_an_escape_in_a_file_name_never_reaches_the_terminal(tmp_path):
    folder = tmp_path / "esc"
    folder.mkdir()
    (folder / "a\x1b[2Jb.txt").write_bytes(b"")
    (folder / "ok.txt").write_text(TEXT)
    proc = cli("build", str(folder), "--db", str(tmp_path / "e.db"), "-q")
    assert "\x1b" not in proc.stderr and "a\\x1b[2Jb.txt: the file is empty" in proc.stderr
    assert proc.returncode == 1  # one failed
    docs = cli("documents", "--db", str(tmp_path / "e.db"))
    assert "\x1b" not in docs.stdout


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped():
    from historiograph.export.csv_zip import _cell

    assert _cell('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert [_cell(v) for v in ("+cmd", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx")] == [
        "'+cmd", "'-2+3+cmd|' /C calc'!A0", "'@SUM(A1)", "'\tx"]
    assert [_cell(v) for v in ("-0044-03-15", "+1941", -3, "Moscow")] == ["-0044-03-15", "+1941", -3, "Moscow"]


def test_a_string_is_text_and_a_path_is_said_so(tmp_path):
    secret = tmp_path / "hostname"
    secret.write_text("Stalin met Molotov in Moscow in 1939.\n")
    ad = historiograph.annotate(str(secret))
    assert ad.text == str(secret)
    assert historiograph.annotate(path=secret).text.startswith("Stalin met")
    assert historiograph.annotate_file(secret).text.startswith("Stalin met")
    with pytest.warns(DeprecationWarning):
        assert historiograph.annotate(secret).text.startswith("Stalin met")
    with pytest.raises(TypeError):
        historiograph.annotate("x", path=secret)


def test_a_text_too_long_for_the_parser_is_a_short_message(monkeypatch):
    from historiograph.nlp import load_model

    monkeypatch.setattr(load_model(None), "max_length", 100)
    ad = pipeline.run(ingest.from_text(TEXT * 3), Options(window=0))
    (msg,) = pipeline.failures(ad)
    assert "parse stage failed" in msg and "characters" in msg and len(msg) < 200


# ---- issue 17: fault isolation, windows, time budget ------------------------------------------------------

def test_a_failing_stage_is_an_issue_of_its_document_and_the_batch_goes_on(tmp_path, monkeypatch):
    fail_events_stage_on(monkeypatch, "BOOM")
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(TEXT + ("BOOM\n" if i == 1 else ""), encoding="utf-8")
    with Corpus(tmp_path / "f.db") as db:
        report = build(db, [tmp_path], jobs=1)
        assert report.failed == 1 and len(report.added) == 3
        (line,) = report.errors
        assert line.startswith(f"{tmp_path / 'd1.txt'}: the events stage failed (KeyError")
        broken = db.annotated(str(tmp_path / "d1.txt"))
        assert [i.kind for i in broken.issues if i.kind == "stage_failed"] == ["stage_failed"]
        assert broken.timexes and broken.mentions  # the other stages' work is kept
        assert db.annotated(str(tmp_path / "d0.txt")).events and report.corpus_rebuilt


def test_a_long_document_is_read_in_windows_with_offsets_into_the_whole():
    paras = [f"In {1900 + i} Genrikh Lyushkov met Vasily Blyukher in Khabarovsk; the NKVD reported it on "
             f"{i % 28 + 1} March {1900 + i}." for i in range(60)]
    text = "\n\n".join(paras) + "\n"
    assert len(windows.split(text, 1200)) > 3
    ad = pipeline.run(ingest.from_text(text), Options(window=1200))
    for m in [*ad.mentions, *ad.timexes]:
        assert text[m.start:m.end] == m.text
    for e in ad.events:
        assert text[e.trigger["start"]:e.trigger["end"]] == e.trigger["text"]
    ids = {e.id for e in ad.entities}
    assert all(m.entity in ids for m in ad.mentions if m.entity)
    assert len([e for e in ad.entities if e.name == "Genrikh Lyushkov"]) == 1  # one entity across windows
    assert len([t for t in ad.timexes if t.value.endswith("-03-01")]) >= 3


def test_windows_are_cut_at_paragraphs_then_lines_then_sentences():
    text = "A b c.\n\nD e f.\nG h i. J k l " * 200
    for start, end in windows.split(text, 500):
        assert end - start <= 500
    assert all(text[end - 2:end] == "\n\n" for _, end in windows.split(text, 500)[:-1])
    one_line = "Word " * 1000
    assert "".join(one_line[s:e] for s, e in windows.split(one_line, 300)) == one_line


def test_a_time_budget_stores_what_finished_and_warns():
    ad = pipeline.run(ingest.from_text(TEXT * 20), Options(time_budget=0.0001))
    assert any(i.kind == "time_budget" for i in ad.issues)
    assert ad.text == TEXT * 20

"""Ingest: every format and encoding, folders, and bad input named on one line."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from historiograph import ingest
from historiograph.ingest import IngestError

EN = ("The neutrality pact between the Soviet Union and Japan was signed in Moscow on 13 April 1941. "
      "Matsuoka Yōsuke travelled home through Siberia, pleased with what he had won.")
RU = ("Генрих Люшков, начальник управления НКВД по Дальневосточному краю, перешёл границу "
      "Маньчжоу-Го 13 июня 1938 года. Японская разведка держала его побег в тайне целый месяц, "
      "а затем устроила пресс-конференцию в Токио. Судьба его в августе 1945 года неизвестна: "
      "по одной версии, он был убит японским офицером в Дайрене.")
FR = ("Le pacte de neutralité fut signé à Moscou le 13 avril 1941 ; à Tokyo, on se félicita "
      "d'une sécurité nouvelle au nord, tandis que l'état-major préparait déjà la guerre du Pacifique.")


def minimal_pdf(text: str | None) -> bytes:
    """A one-page PDF, with a Helvetica text layer when `text` is given (a scan-like blank page otherwise)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1") if text else b""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("name,data,text", [
    ("utf8.txt", EN.encode("utf-8"), EN),
    ("bom.txt", codecs.BOM_UTF8 + EN.encode("utf-8"), EN),
    ("utf16.txt", EN.encode("utf-16"), EN),
    ("utf16le.txt", EN.encode("utf-16-le"), EN),
    ("ru1251.txt", RU.encode("cp1251"), RU),
    ("rukoi8.txt", RU.encode("koi8-r"), RU),
    ("latin1.txt", FR.encode("latin-1"), FR),
    ("note.md", ("# The pact\n\n" + EN).encode("utf-8"), "# The pact\n\n" + EN),
])
def test_encodings_decode_to_the_exact_text(tmp_path, name, data, text):
    path = tmp_path / name
    path.write_bytes(data)
    doc = ingest.read(path)
    assert doc.text == text
    assert doc.format == ("md" if name.endswith(".md") else "txt")
    assert len(doc.sha256) == 64


def test_text_is_unchanged_so_offsets_point_at_the_file(tmp_path):
    body = "Line one.\r\n\r\nLine  two [1].\n\ttabbed\n"
    (tmp_path / "a.txt").write_bytes(body.encode("utf-8"))
    assert ingest.read(tmp_path / "a.txt").text == body


def test_html_main_text_and_metadata(tmp_path):
    page = ("<html><head><title>Khasan, 1938</title><meta name='author' content='Anna Petrova'>"
            "<meta name='date' content='2021-05-12'></head><body><nav>Home | About</nav><article>"
            "<h1>Khasan, 1938</h1><p>" + EN + "</p><p>" + EN.replace("1941", "1942") + "</p></article>"
            "<script>var x = 1;</script></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    doc = ingest.read(tmp_path / "p.html")
    assert "signed in Moscow on 13 April 1941" in doc.text
    assert "var x" not in doc.text
    assert doc.format == "html"
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.published) == ("Khasan, 1938", "Anna Petrova", "2021-05-12")


def test_pdf_text_layer(tmp_path):
    (tmp_path / "t.pdf").write_bytes(minimal_pdf("Lyushkov crossed the border on 13 June 1938."))
    doc = ingest.read(tmp_path / "t.pdf")
    assert "Lyushkov crossed the border on 13 June 1938." in doc.text
    assert doc.format == "pdf"


def test_folders_are_read_recursively_and_symlink_loops_end(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(EN)
    (tmp_path / "a" / "b" / "two.md").write_text(EN)
    (tmp_path / "a" / "b" / "skip.jpg").write_bytes(b"\xff\xd8\xff")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")
    found = [(p.name, e) for p, e in ingest.iter_files([tmp_path / "a"])]
    assert sorted(found) == [("one.txt", None), ("two.md", None)]


BAD = {
    "empty.txt": (b"", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    "bad.txt": (bytes((i * 7919 + 13) % 256 for i in range(3000)), "binary"),
    "empty.html": (b"<html><head><script>1</script></head><body><nav></nav></body></html>", "no text"),
    "blank.pdf": (minimal_pdf(None), "no text layer"),
    "broken.pdf": (b"%PDF-1.4\nthis is not really a pdf", "PDF"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_files_raise_one_line_naming_file_and_problem(tmp_path, name):
    data, problem = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as info:
        ingest.read(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert problem.lower() in message.lower()
    assert "\n" not in message


def test_undecodable_bytes_that_look_like_text(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Plain words then " + bytes([0xC3, 0x28, 0xA0, 0xA1]) * 300 + b" \x00\x01\x02" * 100)
    with pytest.raises(IngestError) as info:
        ingest.read(path)
    assert str(path) in str(info.value)


def test_missing_and_huge_files(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        ingest.read(tmp_path / "nope.txt")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # 100 MB, sparse
    with pytest.raises(IngestError, match="too large"):
        ingest.read(huge, limits=ingest.Limits(max_bytes=64 * 2**20))


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(EN)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate what the OS says to everyone else
        def denied(*args):
            raise PermissionError(13, "Permission denied")
        monkeypatch.setattr(ingest, "_open", denied)
    with pytest.raises(IngestError, match="permission denied"):
        ingest.read(path)


# ---- the committed fixture files (tests/fixtures/ingest, written by make_fixtures.py) ---------------
FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"


def _expected() -> dict:
    import runpy

    return runpy.run_path(str(FIX / "make_fixtures.py"), run_name="fixtures")


@pytest.mark.parametrize("name,constant", [
    ("utf8_bom.txt", "ENGLISH"), ("utf16.txt", "ENGLISH_UTF16"), ("ru_cp1251.txt", "RUSSIAN"),
    ("ru_koi8r.txt", "RUSSIAN"), ("latin1.txt", "FRENCH"), ("note.md", "MARKDOWN"),
])
def test_fixture_files_decode_exactly(name, constant):
    assert ingest.read(FIX / name).text == _expected()[constant]


@pytest.mark.parametrize("name,meta", [
    ("note.md", ("The Pact Nobody Expected", "Irene Halvorsen", "2020-03-03")),
    ("page.html", ("A Truce at Lake Khasan", "Piotr Maleszewski", "2017-08-11")),
    ("text.pdf", ("The Neutrality Pact of 1941", "Irene Halvorsen", None)),
])
def test_fixture_files_metadata(name, meta):
    m = ingest.read(FIX / name).metadata
    assert (m.title, m.author, m.published) == meta


@pytest.mark.parametrize("name,problem", [
    ("empty.html", "no text"), ("blank.pdf", "no text layer"), ("image.txt", "binary"),
    ("empty.txt", "empty"), ("bad.txt", "undecodable"),
])
def test_fixture_files_bad_input(name, problem):
    with pytest.raises(IngestError, match=problem):
        ingest.read(FIX / name)

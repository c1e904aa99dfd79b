"""Where WordNet's files are, and its exception lists, read once for every module
(historiograph/wordnet_lines.py): the irregular pasts of time/tense.py come from them."""
from __future__ import annotations

from historiograph import wordnet_lines
from historiograph.time import tense


def test_a_missing_wordnet_gives_no_exceptions(monkeypatch, tmp_path):
    monkeypatch.setenv("HISTORIOGRAPH_WORDNET", str(tmp_path))
    assert wordnet_lines.wordnet_root("verb.exc") == str(tmp_path)
    assert wordnet_lines.exceptions("verb") == []


def test_an_exception_list_is_read_line_by_line(monkeypatch, tmp_path):
    (tmp_path / "verb.exc").write_text("caught catch\nlay lie\nlain lie\n", encoding="utf-8")
    monkeypatch.setenv("HISTORIOGRAPH_WORDNET", str(tmp_path))
    assert wordnet_lines.exceptions("verb") == [["caught", "catch"], ["lay", "lie"], ["lain", "lie"]]


def test_irregular_pasts_come_from_the_installed_list():
    assert wordnet_lines.wordnet_root("verb.exc") is not None  # `make` installs Debian's wordnet-base
    past = tense.irregular_past()
    assert {"caught", "met", "bought", "left"} <= past
    assert "is" not in past and "has" not in past

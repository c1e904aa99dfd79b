"""A post one person holds (the first or last holder of a post of one named institution) credited to
two people by two texts is an agent_conflict (checks/first_holder.py); successors, joint holders and
other institutions are not. Invented texts written for these tests."""
from __future__ import annotations

import json

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from tests.helpers import cli

TEXTS = {
    "its.txt": "The Ravensworth Academy opened in 1871. Its first directress was Maria Tellenbach, a teacher "
               "from Bremen.",
    "became.txt": "In 1871 Agnes Hollweg became the first directress of the Ravensworth Academy.",
    "successor.txt": "The Ravensworth Academy opened in 1871. Its first directress was Maria Tellenbach; in "
                     "1880 Hollweg followed her.",
    "other.txt": "In 1871 Agnes Hollweg became the first directress of the Quarrington Institute.",
    "second.txt": "In 1880 Agnes Hollweg became the second directress of the Ravensworth Academy.",
}


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in TEXTS.items()}


def test_two_first_holders_of_one_post_conflict(docs):
    (c,) = build_corpus([docs["its.txt"], docs["became.txt"]]).conflicts
    assert c.kind == "agent_conflict"
    assert {v["display"]: [a["source"] for a in v["accounts"]] for v in c.values} == {
        "Maria Tellenbach": ["its.txt"], "Agnes Hollweg": ["became.txt"]}
    assert "first directress of Ravensworth Academy" in c.message


@pytest.mark.parametrize("other", ["successor.txt", "other.txt", "second.txt"])
def test_a_successor_another_institution_or_another_post_is_no_conflict(docs, other):
    assert not build_corpus([docs[other], docs["became.txt"]]).conflicts


def test_the_conflict_is_stored_and_listed(tmp_path):
    for name in ("its.txt", "became.txt"):
        (tmp_path / name).write_text(TEXTS[name])
    db = tmp_path / "c.db"
    cli("build", str(tmp_path), "--db", str(db), check=True)
    out = json.loads(cli("conflicts", "--db", str(db), "--format", "json", check=True).stdout)
    rows = out if isinstance(out, list) else out.get("conflicts", [])
    assert [r["kind"] for r in rows] == ["agent_conflict"]



def test_the_accounts_quote_the_sentence_without_the_line_break_after_it():
    texts = {"a.txt": TEXTS["its.txt"] + "\n\nShe retired in 1890.\n", "b.txt": TEXTS["became.txt"]}
    (c,) = build_corpus([annotate_text(t, source=s) for s, t in texts.items()]).conflicts
    quoted = sorted(a["text"] for v in c.values for a in v["accounts"])
    assert quoted == ["In 1871 Agnes Hollweg became the first directress of the Ravensworth Academy.",
                      "Its first directress was Maria Tellenbach, a teacher from Bremen."]


def test_both_files_ending_in_a_line_break_still_conflict():
    """A file ends in a line break; the model then reads "the Ravensworth Academy" as a place, which
    the names stage must set right (an institution noun in a body frame) for the post to be found."""
    texts = {"a.txt": TEXTS["its.txt"] + "\n", "b.txt": TEXTS["became.txt"] + "\n"}
    (c,) = build_corpus([annotate_text(t, source=s) for s, t in texts.items()]).conflicts
    assert c.kind == "agent_conflict"

"""A text that denies another's agent ("X, not Y, went") makes two tellings of one journey one event
whose agent is disputed; two people who each travel, with no such denial, are two events
(checks/contrast.py). Invented texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.checks.contrast import denied_names
from historiograph.corpus import build_corpus

TEXTS = {
    "denies.txt": "In the spring of 1866 the engineer Brantley, not Okafor, travelled to Lisbon.",
    "credits.txt": "In the spring of 1866 Okafor travelled to Lisbon to meet the bankers.",
    "plain.txt": "In the spring of 1866 Brantley travelled to Lisbon.",
    "later.txt": "In the spring of 1869 the engineer Brantley, not Okafor, travelled to Lisbon.",
    "porto.txt": "In the spring of 1866 the engineer Brantley, not Okafor, travelled to Porto.",
}


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in TEXTS.items()}


def test_a_denied_agent_is_an_agent_conflict_on_one_entry(docs):
    tables = build_corpus([docs["denies.txt"], docs["credits.txt"]])
    (entry,) = [t for t in tables.timeline if t.type == "movement"]
    assert {s.source for s in entry.sources} == {"denies.txt", "credits.txt"}
    assert entry.summary.split(" travelled")[0] in ("Brantley or Okafor", "Okafor or Brantley")
    (c,) = tables.conflicts
    assert c.kind == "agent_conflict"
    assert {v["display"]: {a["source"] for a in v["accounts"]} for v in c.values} == {
        "Brantley": {"denies.txt"}, "Okafor": {"credits.txt"}}
    assert "not Okafor, says denies.txt" in c.message


@pytest.mark.parametrize("other", ["plain.txt", "later.txt", "porto.txt"])
def test_two_people_travelling_without_a_denial_or_elsewhere_or_later_are_two_events(docs, other):
    tables = build_corpus([docs[other], docs["credits.txt"]])
    assert len([t for t in tables.timeline if t.type == "movement"]) == 2
    assert not tables.conflicts


@pytest.mark.parametrize("sentence, agent, denied", [
    ("In 1866 Brantley, not Okafor, went to Lisbon.", "Brantley", "Okafor"),
    ("In 1866 it was Brantley, not Okafor, who went to Lisbon.", "Brantley", "Okafor"),
    ("In 1866 Brantley and not Okafor went to Lisbon.", "Brantley", "Okafor"),
    ("In 1866 Brantley rather than Okafor went to Lisbon.", "Brantley", "Okafor"),
    ("In 1866 not Okafor but the young Brantley went to Lisbon.", "Brantley", "Okafor"),
    ("In 1866 Brantley, not yet thirty, went to Lisbon, not Porto.", "Brantley", None),
    ("In 1866 Brantley went to Lisbon and not Porto.", "Brantley", None),
])
def test_the_words_that_deny_an_agent(sentence, agent, denied):
    found = denied_names(sentence, {"start": 0, "end": len(sentence)}, [agent])
    assert found == ([(agent, denied)] if denied else [])

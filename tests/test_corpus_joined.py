"""One timeline entry where the earlier merge left two: a fact line and the prose that tells the same
event in its document, and compatible types (an escape told elsewhere as a defection) across documents."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus

FACTS = ("Fort Harlow\n\n- Founded: 3 May 1621\n- Founder: Edmund Vale\n\n"
         "Fort Harlow is a trading post on the Tennet River. Edmund Vale founded the post on 3 May 1621 "
         "with forty settlers.\n")
TWO_FOUNDINGS = ("Fort Harlow\n\n- Founded: 1621\n\nFort Harlow is a trading post on the Tennet River. "
                 "Edmund Vale founded a mill there in 1621. Anne Vale founded a school there in 1621.\n")
ESCAPE = "In March 1688 the governor Tomas Brenn escaped from Dunmore Castle and reached Calais.\n"
DEFECTION = "Tomas Brenn defected to France in March 1688, crossing from Dunmore Castle to Calais.\n"
OTHER_MAN = "Piet Aalder defected to France in March 1688, crossing from Zeeland.\n"
LATER = "Tomas Brenn defected to Spain in 1702 after a quarrel with the French court.\n"


@pytest.fixture(scope="module")
def annotated():
    texts = {"facts.txt": FACTS, "two.txt": TWO_FOUNDINGS, "escape.txt": ESCAPE, "defection.txt": DEFECTION,
             "other.txt": OTHER_MAN, "later.txt": LATER}
    return {s: annotate_text(t, source=s) for s, t in texts.items()}


def _entries(tables, source, etypes):
    return [t for t in tables.timeline if t.type in etypes and any(m[0] == source for m in t.members)]


def test_a_fact_line_and_its_prose_are_one_entry_with_both_spans(annotated):
    ad = annotated["facts.txt"]
    assert {e.source for e in ad.events if e.type == "founding"} == {"infobox", "prose"}
    (entry,) = _entries(build_corpus([ad]), "facts.txt", {"founding"})
    assert entry.date == "1621-05-03"
    assert len(entry.members) == 2
    texts = [s.text for s in entry.sources]
    assert any("Founded: 3 May 1621" in t for t in texts) and any("Edmund Vale founded" in t for t in texts)


def test_a_fact_line_with_two_fitting_prose_events_is_left_alone(annotated):
    ad = annotated["two.txt"]
    prose = [e for e in ad.events if e.type == "founding" and e.source != "infobox"]
    assert len(prose) == 2
    entries = _entries(build_corpus([ad]), "two.txt", {"founding"})
    assert all(len(e.members) == 1 for e in entries)


def test_an_escape_and_a_defection_of_one_man_are_one_entry(annotated):
    tables = build_corpus([annotated["escape.txt"], annotated["defection.txt"]])
    (entry,) = _entries(tables, "escape.txt", {"escape", "defection"})
    assert sorted(m[0] for m in entry.members) == ["defection.txt", "escape.txt"]
    assert {s.source for s in entry.sources} == {"defection.txt", "escape.txt"}


def test_compatible_types_still_need_a_shared_participant_and_a_fitting_time(annotated):
    tables = build_corpus([annotated["escape.txt"], annotated["other.txt"], annotated["later.txt"]])
    entries = [t for t in tables.timeline if t.type in ("escape", "defection")]
    assert len(entries) == 3
    assert all(len({m[0] for m in e.members}) == 1 for e in entries)
    assert not [c for c in tables.conflicts if len({s.source for s in c.evidence}) > 1]


BOTH = ("In March 1688 Tomas Brenn escaped from Dunmore Castle. Later in March 1688 Tomas Brenn defected to "
        "France and offered his services to the French court.\n")


def test_a_document_telling_both_types_keeps_two_events(annotated):
    both = annotate_text(BOTH, source="both.txt")
    assert sorted(e.type for e in both.events if e.type in ("escape", "defection")) == ["defection", "escape"]
    tables = build_corpus([annotated["escape.txt"], both])
    entries = [t for t in tables.timeline if t.type in ("escape", "defection")]
    assert len(entries) == 2
    assert all(len({m for m in e.members if m[0] == "both.txt"}) == 1 for e in entries)

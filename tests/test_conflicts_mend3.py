"""Joins the reviewer of conflicts5 found wrong (issue mend3; invented sentences): a negated cleft is no
agent claim, a cleft joins only what was done to the same thing, a shared company is no shared pit, and
a pronoun or "Others" before "died" is no name."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.corpus import build_corpus


def _build(a: str, b: str):
    ads = [annotate_text(a, source="a.txt"), annotate_text(b, source="b.txt")]
    return ads, build_corpus(ads)


def _members(tables) -> list[list[str]]:
    return [[s for s, _ in t.members] for t in tables.timeline]


def test_a_negated_cleft_claims_no_agent():
    ads, tables = _build("It was not Louis Favre who founded the theatre at Dijon in 1880; Favre was then living "
                         "in Paris.",
                         "In 1880 Marc Petit founded the theatre at Dijon.")
    assert [c.kind for c in tables.conflicts] == []
    assert not any(" or " in t.summary for t in tables.timeline)
    founded = [e for ad in ads if ad.document.source == "a.txt" for e in ad.events if e.type == "founding"]
    assert all(not any(p.name and "Favre" in p.name and p.role == "agent" for p in e.participants)
               or e.certainty == "negated" for e in founded)


def test_a_cleft_on_another_thing_founded_at_one_place_and_year_disputes_nothing():
    _, tables = _build("It was Paul Brandt who founded the bank at Lyon in 1874.",
                       "In 1874 Jean Roux founded a school in Lyon.")
    assert tables.conflicts == []
    assert not any(set(m) == {"a.txt", "b.txt"} for m in _members(tables))


def test_two_pits_of_one_company_on_one_day_are_two_events():
    _, tables = _build("On 9 June 1890 twenty miners were killed in an explosion at the Garnock pit of the Hedley "
                       "Company.",
                       "On 9 June 1890 eight miners were killed in an explosion at the Ruthin pit of the Hedley "
                       "Company.")
    assert tables.conflicts == []
    assert not any(set(m) == {"a.txt", "b.txt"} for m in _members(tables))


def test_others_who_died_in_two_texts_are_no_one_death():
    _, tables = _build("The fever reached the coast in March 1878. Others died in March 1878.",
                       "The mill burned down in March 1878. Others died in March 1878.")
    assert not any(set(m) == {"a.txt", "b.txt"} for m in _members(tables))


def test_two_co_agents_beside_an_undisputed_cleft_are_not_shown_as_alternatives():
    _, tables = _build("It was Paul Brandt and Jean Roux who founded the bank at Lyon in 1874.",
                       "The bank at Lyon was founded in 1874.")
    assert not any(" or " in t.summary for t in tables.timeline)


def test_a_negated_cleft_focus_is_no_cleft_on_its_name():
    from historiograph.checks.contrast import cleft

    text = "It was not Louis Favre who founded the theatre at Dijon in 1880."
    sent = {"start": 0, "end": len(text)}
    assert not cleft(text, sent, text.index("founded"), ["Louis Favre"])
    text = "It was Louis Favre who founded the theatre at Dijon in 1880."
    assert cleft(text, {"start": 0, "end": len(text)}, text.index("founded"), ["Louis Favre"])

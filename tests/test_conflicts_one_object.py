"""One event of one object told by two texts that disagree on its year (a copying slip) or on who did
it (checks/one_object.py, rules._agent_conflict). Invented texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.checks.one_object import year_slip
from historiograph.corpus import build_corpus

TEXTS = {
    # a release told once in each text, dated a decade apart; one text names who released him
    "release_a.txt": "In 1761 the governor released Richard Tolle from Fort Carrow.",
    "release_b.txt": "Governor Edmund Hale released Richard Tolle from Fort Carrow in 1771.",
    # a school dissolved by an unnamed body in one text and a named man in the other, 1891 / 1901
    "school_a.txt": "In 1891 the trustees dissolved the Saint Aldric Grammar School for lack of pupils.",
    "school_b.txt": "The Saint Aldric Grammar School was dissolved in 1901 by Bishop Conrad Ilse.",
    # one founding credited to two people
    "found_a.txt": "Henrietta Vance founded the Marlow Observatory in 1884.",
    "found_b.txt": "The Marlow Observatory was founded by Arthur Pell in 1884.",
    # precision: the same founder by surname, initials, or a pronoun that may be resolved wrongly;
    # another year and another founder are two differences (no guess)
    "surname.txt": "The Marlow Observatory was founded in 1884 by Vance, a wealthy astronomer.",
    "initials.txt": "The Marlow Observatory was founded in 1884 by H. Vance.",
    "pronoun.txt": "Arthur Pell came to Marlow in 1880. He founded the Marlow Observatory in 1884.",
    "later.txt": "The Marlow Observatory was founded by Arthur Pell in 1894.",
    # precision: a text that names both founders tells them as partners
    "partners.txt": "Arthur Pell and his sister founded the Marlow Observatory in 1884, and Henrietta Vance "
                    "ran its library.",
    # precision: years that are no slip apart, and a day that differs besides the year
    "far_a.txt": "Marta Holm was released from Vesterby prison in 1661.",
    "far_b.txt": "In 1685 Marta Holm was released from Vesterby prison.",
    "day_a.txt": "Jonas Brel was released from Vesterby prison on 14 March 1661.",
    "day_b.txt": "On 2 June 1671 Jonas Brel was released from Vesterby prison.",
    # precision: a fort is attacked many times; a decade apart is two attacks
    "fort_a.txt": "In 1745 French soldiers attacked Fort Dunmere.",
    "fort_b.txt": "In 1755 French soldiers attacked Fort Dunmere.",
    # precision: one assembly dissolved by one man in two years a year apart: two dissolutions
    "duma_a.txt": "Prince Arvel Dorn dissolved the Vessel Assembly in 1906.",
    "duma_b.txt": "Prince Arvel Dorn dissolved the Vessel Assembly in 1907.",
    # precision: one text tells two releases of one man; the other's date fits one of them
    "twice_a.txt": "Piet Aalder was released from Vesterby prison in 1661. Piet Aalder was released from "
                   "Vesterby prison again in 1671.",
    "twice_b.txt": "Piet Aalder was released from Vesterby prison in 1671.",
}


@pytest.fixture(scope="module")
def docs():
    return {s: annotate_text(t, source=s) for s, t in TEXTS.items()}


def _conflicts(docs, *sources):
    return build_corpus([docs[s] for s in sources]).conflicts


def test_years_a_copying_slip_apart():
    assert year_slip(1661, 1671) and year_slip(1891, 1901) and year_slip(1937, 1957)
    assert not year_slip(1661, 1685) and not year_slip(1937, 1937) and not year_slip(1891, 1912)
    assert not year_slip(1906, 1907) and not year_slip(1837, 1937)


def test_a_release_dated_a_decade_apart_is_one_release_whose_dates_conflict(docs):
    (c,) = _conflicts(docs, "release_a.txt", "release_b.txt")
    assert c.kind == "date_conflict"
    assert [v["display"] for v in c.values] == ["1761", "1771"]
    texts = {e.source: e.text for e in c.evidence}
    assert "1761" in texts["release_a.txt"] and "1771" in texts["release_b.txt"]


def test_an_unnamed_body_and_a_named_man_are_one_dissolution(docs):
    (c,) = _conflicts(docs, "school_a.txt", "school_b.txt")
    assert c.kind == "date_conflict" and [v["display"] for v in c.values] == ["1891", "1901"]
    assert {e.source for e in c.evidence} == {"school_a.txt", "school_b.txt"}


def test_one_founding_credited_to_two_people(docs):
    (c,) = _conflicts(docs, "found_a.txt", "found_b.txt")
    assert c.kind == "agent_conflict" and c.disputed == "agent"
    assert sorted(v["display"] for v in c.values) == ["Arthur Pell", "Henrietta Vance"]
    assert {e.source for e in c.evidence} == {"found_a.txt", "found_b.txt"}
    assert all("founded" in e.text for e in c.evidence)


@pytest.mark.parametrize("other", ["partners.txt", "surname.txt", "initials.txt", "pronoun.txt", "later.txt"])
def test_no_agent_conflict_for_partners_aliases_pronouns_or_another_year(docs, other):
    assert not [c for c in _conflicts(docs, "found_a.txt", other) if c.kind == "agent_conflict"]


@pytest.mark.parametrize("pair", [("far_a.txt", "far_b.txt"), ("day_a.txt", "day_b.txt"),
                                  ("fort_a.txt", "fort_b.txt"), ("twice_a.txt", "twice_b.txt"),
                                  ("duma_a.txt", "duma_b.txt")])
def test_no_conflict_where_the_dates_may_be_two_events(docs, pair):
    assert not [c for c in _conflicts(docs, *pair) if len({e.source for e in c.evidence}) > 1]


def test_two_years_that_touch_at_new_year_are_a_date_conflict_not_a_day_apart():
    a = annotate_text("Marek Dorn died in Tessel in 1906.", source="dorn_a.txt")
    b = annotate_text("Marek Dorn died in Tessel in 1907.", source="dorn_b.txt")
    (c,) = build_corpus([a, b]).conflicts
    assert c.kind == "date_conflict" and "day apart" not in c.message
    a = annotate_text("Marek Dorn died in Tessel on 8 May 1906.", source="dorn_c.txt")
    b = annotate_text("Marek Dorn died in Tessel on 9 May 1906.", source="dorn_d.txt")
    (c,) = build_corpus([a, b]).conflicts
    assert c.kind == "date_discrepancy" and "1 day apart" in c.message

"""Kinds a held-out check found missing (issue events6): closures of works and companies, agreements
reached and mediations, clefts, deaths told by a count or a state ("none survived", "among the dead
was X", "bodies were recovered", "forty men were lost"). Each with its negative: denied, planned, or
another sense of the words. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _confident(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger["text"]) for e in annotate_text(text).events if e.confidence >= THRESHOLD]


@pytest.mark.parametrize("text, trigger", [
    ("The Ravensby colliery was closed in 1921.", "closed"),
    ("In 1922 the Tamar shipping company was wound up.", "wound up"),
    ("In 1933 the Tamar coal company was liquidated.", "liquidated"),
    ("In 1892 the Tamar savings bank was wound up.", "wound up"),
    ("In 1934 the Ravensby tannery shut down.", "shut"),
])
def test_a_closed_works_or_company_is_dissolved(text, trigger):
    assert ("dissolution", trigger) in _confident(text)


@pytest.mark.parametrize("text", [
    "The Ravensby colliery was never closed.",
    "In 1887 the directors planned to close the colliery.",
    "The market closed lower on Friday.",
    "In 1890 the clerk wound up the meeting.",
    "In 1890 the old clock was wound up.",
    "In 1890 Otto Brandt was wound up by the news.",
    "In 1891 the guard closed the window.",
])
def test_no_closure_denied_planned_or_of_another_sense(text):
    assert not any(t == "dissolution" for t, _ in _confident(text))


@pytest.mark.parametrize("text", [
    "In May 1926 the weavers and the mill owners reached an agreement.",
    "A settlement was signed at Tamworth in June 1926.",
])
def test_an_agreement_reached_or_signed_is_a_treaty(text):
    assert any(t == "treaty" for t, _ in _confident(text))


@pytest.mark.parametrize("text", [
    "The weavers and the mill owners never reached an agreement.",
    "No settlement was reached.",
    "In 1927 the column reached the river.",
])
def test_no_treaty_denied_or_a_place_reached(text):
    assert not any(t == "treaty" for t, _ in _confident(text))


def test_a_mediation_is_a_meeting():
    assert ("meeting", "mediated") in _confident(
        "In 1928 the consul Walter Grey mediated between the weavers and the mill owners.")


def test_the_act_inside_a_cleft_is_told():
    ad = annotate_text("It was Mary Hale who founded the orphanage in 1880.")
    ev = next(e for e in ad.events if e.type == "founding")
    assert ev.confidence >= THRESHOLD and any(p.role == "agent" for p in ev.participants)


@pytest.mark.parametrize("text", [
    "The boat capsized in 1883 and none of her crew survived.",
    "Among the dead was the surveyor Henry Lusk.",
    "Eleven sailors were lost when the brig went down in 1891.",
    "In March 1893 fourteen bodies were found in the flooded gallery.",
])
def test_deaths_told_by_a_state_or_a_count(text):
    assert any(t == "death" for t, _ in _confident(text))


@pytest.mark.parametrize("text", [
    "No lives were lost.",
    "All of the crew survived the wreck in 1883.",
    "In 1890 the regiment lost two guns at the ford.",
    "A body of troops was found near the ford in 1890.",
    "In 1899 the company lost two contracts.",
])
def test_no_death_when_all_survived_or_things_were_lost(text):
    assert not any(t == "death" for t, _ in _confident(text))


def test_no_one_doing_it_denies_the_act():
    assert not _confident("In 1895 nobody was arrested.")


def test_none_as_an_aside_denies_nothing():
    """"Nine sailors, none of them officers, drowned": the aside names who was not among them."""
    assert any(t == "death" for t, _ in _confident("In 1870 nine sailors, none of them officers, died in the wreck."))


def test_a_log_clause_without_subject_is_a_movement():
    text = "Tuesday, 4 May 1869. Light winds. Weighed anchor at dawn and stood out to sea."
    assert ("movement", "Weighed anchor") in _confident(text)


def test_a_log_clause_needs_its_opening_past_verb():
    assert not _confident("Tuesday, 4 May 1869. Light winds. To weigh anchor at dawn was the plan.")


@pytest.mark.parametrize("text", [
    "In 1952 the Tamar savings bank was liquidated.",
    "Mining at the Ravensby colliery ceased in 1953.",
    "In 1954 the Ravensby brewery went out of business.",
])
def test_more_endings_of_institutions(text):
    assert any(t == "dissolution" for t, _ in _confident(text))


def test_a_liquidated_bank_is_no_killing():
    assert not any(t == "killing" for t, _ in _confident("In 1952 the Tamar savings bank was liquidated."))


def test_a_disaster_that_claimed_lives_tells_deaths_but_an_insurance_claim_does_not():
    assert any(t == "death" for t, _ in _confident("The avalanche of 1961 claimed nine lives."))
    assert not _confident("In 1927 the widow claimed the life insurance.")


def test_the_dead_named_after_a_plural_be():
    ad = annotate_text("In 1884 the Tamar ferry sank. Among the dead were two children of the ferryman Hans Ulrich.")
    assert any(e.type == "death" and e.trigger["text"] == "dead" for e in ad.events)


@pytest.mark.parametrize("text", [
    "The brig Anna struck the reef in 1881. There were no survivors.",
    "Among the drowned was the ferryman Klaas Mol.",
])
def test_more_deaths_told_by_a_state(text):
    assert any(t == "death" for t, _ in _confident(text))


def test_a_shut_factory_is_closed_but_not_a_shut_house():
    assert any(t == "dissolution" for t, _ in _confident("In 1933 the Ravensby factory was shut."))
    assert not any(t == "dissolution" for t, _ in _confident("In 1933 the family shut the house and left."))
    assert not any(t == "death" for t, _ in _confident("The brig Anna struck the reef in 1881. There were two survivors."))

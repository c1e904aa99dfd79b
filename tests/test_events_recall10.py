"""Kinds of event a held-out check found missing (recall10): journeys after someone or by ship or air to
a place, successions told by the throne or by taking someone's place, works that appear or are printed,
someone held in a place, questions and requests put to someone, informing, goods sent or obtained,
resolving to act, a rising named by a noun the tagger read as a verb, the lead of a datelined report,
and the birth and death a life-dates bracket tells; with the same words where they tell no such event.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate
from historiograph.events.confidence import THRESHOLD


def _confident(text: str) -> list:
    return [e for e in annotate(text).events if e.confidence >= THRESHOLD]


@pytest.mark.parametrize("etype, text", [
    ("movement", "In 1821 the widow Greta Lund followed her son to Danzig."),
    ("movement", "In 1822 the mutineers were shipped to Botany Bay."),
    ("movement", "In 1917 the courier Paul Amsel flew to Bucharest."),
    ("assignment", "In 1823 the prince Adolf came to the throne."),
    ("assignment", "The abbot Hugo died in 1824 and the prior Simon Vell took his place."),
    ("publication", "The memoirs of the admiral Nils Brandt appeared in 1825."),
    ("publication", "On 3 April 1826 the Herald printed a letter from the mayor."),
    ("arrest", "In 1827 the Dutch held the prince Diponegoro in Makassar for many years."),
    ("statement", "On 4 June 1828 the consul Jacob Rind informed the governor of the landing."),
    ("appeal", "In 1829 the abbess Maria Ohm asked the duke for a grant of timber."),
    ("appeal", "In 1830 the member Erik Sand asked the minister whether the prisoners had been freed."),
    ("decision", "In 1831 the fishermen of Hov resolved to emigrate."),
    ("aid", "In 1832 the mission sent corn and oxen to the settlers."),
    ("uprising", "After the rising of March 1833 the garrison was doubled."),
    ("education", "In 1911 Ella Sturm learnt to fly at Aspern."),
    ("movement", "In 1793 the embassy of Lord Hartley reached Peking."),
    ("movement", "In 1839 the khan sent his nephew Timur to Bukhara."),
    ("trial", "In 1837 Mr. Crane, for the Crown, opened the case against the poacher Abel Moss."),
])
def test_the_kind_is_told(etype, text):
    assert etype in [e.type for e in _confident(text)]


@pytest.mark.parametrize("text", [
    "The track followed the stream to the lake.",
    "In 1834 the company shipped coal to Leith.",
    "Dust flew from the road.",
    "The minister appeared to doubt the report.",
    "The mother held the baby in her arms.",
    "The note informed him of little.",
    "The clerk informed against his colleagues.",
    "The child asked for some bread.",
    "In 1835 the council resolved the quarrel.",
    "The rising of the tide flooded the cellar.",
    "The duke sent his compliments to the bishop.",
    "He took his place at the table.",
    "His daughter took her seat beside the fire.",
    "In 1836 the bank printed new notes.",
    "The girl learnt to sew at home.",
    "The news reached Peking in May.",
    "In 1840 the khan sent a letter to Bukhara.",
    '"Why go to war?" asked the customs officer Ali Sabri.',
    "The envoy smiled when reporters asked whether the talks would go on.",
    "He opened the case and took out a pistol.",
    "In 1838 the porter opened the case for his master.",
])
def test_the_same_words_tell_no_event(text):
    assert _confident(text) == []


def test_a_life_dates_bracket_in_prose_tells_the_birth_and_the_death():
    ad = annotate("The engraver Jonas Falk (1790–1858) worked in Uppsala.")
    (falk,) = [e.id for e in ad.entities if e.name == "Jonas Falk"]
    got = {e.type: e for e in ad.events if e.type in ("birth", "death")}
    assert got["birth"].time["value"] == "1790" and got["death"].time["value"] == "1858"
    assert all([(p.role, p.entity) for p in e.participants] == [("patient", falk)] for e in got.values())
    assert all(e.confidence >= THRESHOLD for e in got.values())


@pytest.mark.parametrize("text", [
    "King Erik XIV (1560–1568) built the castle.",  # a reign
    "Under the governor Karl Lind (1920–1946) the roads were paved.",  # a tenure
    "The painter Jonas Falk (1790–1795) worked in Uppsala.",  # too short for a life
])
def test_a_reign_or_a_tenure_in_brackets_is_no_life(text):
    assert not [e for e in annotate(text).events if e.type in ("birth", "death")]


def test_a_datelined_lead_has_the_dead_man_not_the_town_as_patient():
    ad = annotate("BERGEN, May 9 — Ola Berg, the whaler, died at his home here on Tuesday, his family said.")
    (death,) = [e for e in ad.events if e.type == "death"]
    (berg,) = [e.id for e in ad.entities if e.name == "Ola Berg"]
    assert [(p.role, p.entity) for p in death.participants] == [("patient", berg)]
    assert death.confidence >= THRESHOLD


def test_not_until_tells_that_the_act_happened_then():
    (ev,) = [e for e in annotate("The envoy Mirza Ali did not reach Kokand until March 1856.").events
             if e.type == "movement"]
    assert ev.certainty == "asserted" and ev.time["value"] == "1856-03" and ev.confidence >= THRESHOLD


def test_someone_sent_somewhere_in_the_passive_is_still_a_posting():
    assert "assignment" in [e.type for e in _confident("In 1841 the clerk Anton Rieger was sent to Bukhara.")]


def test_someone_sent_somewhere_told_by_a_participle_is_no_journey_of_the_sender():
    assert "movement" not in [e.type for e in _confident("The clerk Timur Aziz, sent to Bukhara in 1842, fell ill.")]


def test_a_plain_negation_is_still_negated():
    evs = [e for e in annotate("The envoy Mirza Ali did not reach Kokand in March 1856.").events if e.type == "movement"]
    assert all(e.certainty == "negated" for e in evs)

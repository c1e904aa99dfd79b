"""Participants of three kinds (actors4): a role noun a first-person text owns ("my father", "our
cook"), a description unless the text named that person ("my father, X," / "my brother X"); the
leader of a group told with "under" hung from the group's verb ("the regiment marched under General
X"); a title pages after its one named holder ("Count X" ... "the Count"). Our own sentences,
invented names."""
from __future__ import annotations

from historiograph import annotate
from helpers import described as _described, one_event as _one, participant_names as _names


# ---- "my father", "our cook" -----------------------------------------------------------------------

def test_a_possessed_role_noun_in_a_memoir_is_the_description():
    ad, ev = _one("I was raised at Tomar. In 1874 the gendarmes arrested my uncle.", "arrest")
    assert _described(ev, "patient") == [("kin", "my uncle")]
    ad, ev = _one("I settled in Arles in 1902. In 1905 our gardener was arrested.", "arrest")
    assert _described(ev, "patient") == [("kin", "our gardener")]


def test_a_possessed_subject_at_a_sentence_start_is_kept_in_lower_case():
    ad, ev = _one("I was born in Ghent in 1850. My grandfather founded a brewery there in 1858.", "founding")
    assert _described(ev, "agent") == [("kin", "my grandfather")]


def test_a_name_nearby_is_never_the_possessed_role_noun():
    ad, ev = _one("Lucien Marais called on us in 1911. In 1912 my mother dismissed the coachman.", "dismissal")
    assert "Lucien Marais" not in _names(ad, ev)
    assert _described(ev, "agent") == [("kin", "my mother")]


def test_the_person_the_text_named_so_is_the_possessed_role_noun():
    ad, ev = _one("My sister, Ines Varga, taught music at Pecs.\n\nI was born in 1890. In 1914 my sister was "
                  "arrested.", "arrest")
    assert _names(ad, ev, "patient") == {"Ines Varga"}
    ad, ev = _one("I was born in 1890. My cousin Arpad Lenz farmed near Szeged.\n\nIn 1916 my cousin died.",
                  "death")
    assert _names(ad, ev, "patient") == {"Arpad Lenz"}


def test_two_people_named_so_leave_the_description():
    ad, ev = _one("My cousin Arpad Lenz farmed near Szeged. My cousin Bela Lenz kept an inn. I was born in 1890. "
                  "In 1916 my cousin was arrested.", "arrest")
    assert not [p for p in ev.participants if p.role == "patient" and p.entity]
    assert _described(ev, "patient") == [("kin", "my cousin")]


def test_a_possessed_role_noun_in_a_quotation_is_no_participant():
    ad = annotate("I met Jonas Weber in 1920. \"Soldiers arrested my brother in 1919,\" he told me.")
    for ev in ad.events:
        assert ("kin", "my brother") not in _described(ev, "patient")


# ---- "under X" hung from the verb ----------------------------------------------------------------

def test_under_a_named_leader_hung_from_the_verb_makes_the_leader_the_agent():
    ad, ev = _one("In 1798 the militia attacked the harbour under Colonel Hector Brandt.", "attack")
    assert _names(ad, ev, "agent") == {"Hector Brandt"}
    ad, ev = _one("In 1831 the insurgents stormed the fortress under General Tadeo Kasper.", "attack")
    assert _names(ad, ev, "agent") == {"Tadeo Kasper"}


def test_under_no_person_names_no_agent():
    ad, ev = _one("Otto Grell held the redoubt in 1831. The insurgents captured the redoubt under cover of fog.",
                  "invasion")
    assert "Otto Grell" not in _names(ad, ev, "agent")


# ---- a title pages after its one holder ---------------------------------------------------------------

def test_a_title_pages_after_its_only_holder_is_that_person():
    ad, ev = _one("Baron Lothar Wend acquired the valley in 1702.\n\nA bridge was built in 1706.\n\nThe wells "
                  "ran dry in 1709.\n\nIn 1711 the Baron dismissed the forester.", "dismissal")
    assert _names(ad, ev, "agent") == {"Lothar Wend"}


def test_a_title_pages_after_two_holders_stays_a_description():
    ad, ev = _one("Baron Lothar Wend acquired the valley in 1702.\n\nBaron Kuno Falk crossed it in 1706.\n\n"
                  "The wells ran dry in 1709.\n\nIn 1711 the Baron dismissed the forester.", "dismissal")
    assert not [p for p in ev.participants if p.role == "agent" and p.entity]
    assert _described(ev, "agent") == [("office", "the Baron")]


def test_a_title_told_before_its_named_holder_is_someone_else():
    # a household's "the Baron", told before a Baron Y is met, is not Y pages later
    ad, ev = _one("The Baron rode out at dawn in 1702.\n\nBaron Kuno Falk called on us in 1706.\n\n"
                  "The wells ran dry in 1709.\n\nIn 1711 the Baron dismissed the forester.", "dismissal")
    assert "Kuno Falk" not in _names(ad, ev, "agent")

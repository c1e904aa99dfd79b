"""A sentence-initial "he"/"she" is never a person the text tells us is of the other gender: by a given
name ("Elsa"), a title ("Countess", "Mrs"), a noun ("his daughter"). Our own sentences, invented names."""
from __future__ import annotations

from historiograph.events.gender import given_name, title_gender
from helpers import one_event as _one, participant_names as _names


def test_given_names_and_titles_tell_a_gender_and_ambiguous_ones_do_not():
    assert given_name("Greta") == "f" and given_name("Lorenz") == "m"
    assert given_name("Jean") is None and given_name("greta") is None  # both sexes; not a capitalised name
    assert title_gender("Mrs.") == "f" and title_gender("Sir") == "m" and title_gender("Empress") == "f"
    assert title_gender("Captain") is None


def test_he_after_a_wife_named_in_the_sentence_before_is_the_husband_across_a_paragraph():
    ad, ev = _one("Lorenz Abel was born at Graz in 1870. In 1899 he married Greta Hahn, a seamstress; she "
                  "outlived him.\n\nIn 1905 he was arrested by the police.", "arrest")
    assert _names(ad, ev, "patient") == {"Lorenz Abel"}


def test_he_after_a_woman_subject_with_a_relative_clause_is_the_man_before():
    ad, ev = _one("Lorenz Abel taught anatomy at Graz. Greta Hahn, a student he had examined, founded a "
                  "clinic in 1902. He was dismissed in 1904.", "dismissal")
    assert _names(ad, ev, "patient") == {"Lorenz Abel"}


def test_she_is_not_the_man_named_in_the_sentence_before():
    ad, ev = _one("Greta Hahn kept a bakery at Linz. Lorenz Abel bought the mill in 1880. She was arrested in "
                  "1882.", "arrest")
    assert _names(ad, ev, "patient") == {"Greta Hahn"}


def test_a_title_gives_the_gender_where_the_given_name_does_not():
    ad, ev = _one("Countess Mavra Teodor owned the mill at Orsk. Her bailiff, Osip Sarn, kept the accounts. In "
                  "1840 she was expelled by the governor.", "deportation")
    assert _names(ad, ev, "patient") == {"Mavra Teodor"}


def test_he_after_his_daughter_named_as_subject_is_the_father():
    ad, ev = _one("Lorenz Abel was a notary at Graz. In 1890 his daughter Greta Abel married a printer. He "
                  "retired in 1895.", "resignation")
    assert _names(ad, ev, "agent") == {"Lorenz Abel"}


def test_he_after_a_thing_whose_apposition_names_a_man_is_not_that_man():
    ad, ev = _one("Lorenz Abel practised law at Graz. The lawsuit against the mayor, Otto Brenn, failed. He "
                  "was arrested in 1899.", "arrest")
    assert "Otto Brenn" not in _names(ad, ev, "patient")


def test_an_unknown_given_name_is_no_reason_to_prefer_a_known_one():
    ad, ev = _one("Ousmane Diallo, whom Pierre Lamy had trained, taught at Thies from 1930. In 1946 he "
                  "founded a school at Louga.", "founding")
    assert _names(ad, ev, "agent") == {"Ousmane Diallo"}


def test_a_biographys_he_at_a_paragraph_start_is_its_subject_not_his_teacher():
    ad, ev = _one("Lorenz Abel (1861-1930) was an Austrian botanist. He studied at Graz under Otto Brenn.\n\n"
                  "In 1899 he was arrested by the police.", "arrest")
    assert _names(ad, ev, "patient") == {"Lorenz Abel"}


def test_she_after_he_is_the_one_he_acted_on_never_he():
    ad, ev = _one("Ousmane Diallo (1890-1950) was a teacher at Kaolack. In 1921 he married Aminata Sow. She "
                  "founded a clinic in 1925.", "founding")
    assert _names(ad, ev, "agent") == {"Aminata Sow"}


def test_in_a_biography_the_subject_of_the_sentence_before_still_decides():
    ad, ev = _one("Lorenz Abel (1861-1930) was an Austrian botanist. His brother Otto Abel emigrated to Chile "
                  "in 1880. He was arrested at Valparaiso in 1890.", "arrest")
    assert _names(ad, ev, "patient") == {"Otto Abel"}


def test_without_a_defining_opening_sentence_there_is_no_headword():
    ad, ev = _one("Walter Brisk founded the mill in 1870. The owners hired Tom Pellow, their agent, in 1872. "
                  "He demanded higher rents from the tenants.", "appeal")
    assert _names(ad, ev, "agent") == {"Tom Pellow"}


def test_he_after_a_clause_whose_subject_is_she_is_the_man_before_her():
    ad, ev = _one("Lorenz Abel was a printer at Graz. In 1888 he married Ilse Rahm; she kept the shop. He was "
                  "arrested in 1890.", "arrest")
    assert _names(ad, ev, "patient") == {"Lorenz Abel"}

"""Who did what, mend7: actors10's rules where they must not apply — an opening participle of a verb that
takes no object ("Returned from exile, he ..."), a form of address for a king dead or not yet named, or
followed by its own title, "they" after a subordinate clause's object, the previous paragraph's subject
against a man the sentence names, a clause of "until" climbing past the main verb's object. Our own
sentences, invented names."""
from __future__ import annotations

from helpers import one_event as _one, participant_names as _names


def test_an_opening_participle_of_a_verb_without_object_is_not_passive():
    ad, ev = _one("Oskar Fenz (1801-1862) was a printer at Graz. Returned from exile in 1849, he opened a shop.",
                  "movement")
    assert _names(ad, ev, "patient") == set()
    assert _names(ad, ev, "agent") == {"Oskar Fenz"}


def test_an_opening_participle_of_a_verb_with_an_object_is_passive():
    ad, ev = _one("Oskar Fenz (1801-1862) was a printer at Graz. Arrested in 1849, he spent two years at Olmutz.",
                  "arrest")
    assert _names(ad, ev, "patient") == {"Oskar Fenz"}


def test_his_majesty_is_not_a_king_whose_death_was_told_before():
    ad, ev = _one("King Erik Sund died in 1650. In 1662 His Majesty imprisoned the treasurer.", "arrest")
    assert "Erik Sund" not in _names(ad, ev, "agent")


def test_his_majesty_is_not_a_king_named_only_after_it():
    ad, ev = _one("In 1662 His Majesty imprisoned the treasurer. In 1680 King Erik Sund was born at Lund.",
                  "arrest")
    assert "Erik Sund" not in _names(ad, ev, "agent")


def test_a_form_of_address_with_its_own_title_is_not_the_last_titled_man():
    ad, ev = _one("Governor Hans Rolf ruled the island. In 1702 His Excellency the Viceroy dismissed him.",
                  "dismissal")
    assert "Hans Rolf" not in _names(ad, ev, "agent")


def test_they_after_a_subordinate_clause_object_is_the_main_subject():
    ad, ev = _one("The farmers of Orn rioted in 1830 after the bailiff seized the cattle dealers, and they "
                  "founded a league in 1831.", "founding")
    assert _names(ad, ev, "agent") != {"the cattle dealers"}


def test_his_arrest_after_a_man_denounced_the_subject_is_the_subject():
    ad, ev = _one("Paul Greve (1780-1840) was a Hessian printer. In 1830 Max Brandt, his rival, denounced Paul "
                  "Greve to the police.\n\nHis arrest followed in 1831.", "arrest")
    assert _names(ad, ev, "patient") == {"Paul Greve"}


def test_until_he_was_deposed_is_the_king_the_soldier_fought_for():
    ad, ev = _one("Nils Odd (1770-1830) was a Swedish soldier.\n\nThe old soldier fought for King Karl Stam until "
                  "he was deposed in 1809.", "dismissal")
    assert _names(ad, ev, "patient") == {"Karl Stam"}


def test_they_after_a_subordinate_clause_plural_subject_is_the_main_subject():
    ad, ev = _one("The weavers of Lenz struck in 1844 after the masters cut the wages, and they founded a guild in "
                  "1845.", "founding")
    assert _names(ad, ev, "agent") == {"the weavers of Lenz"}

"""Who did what, actors12: a subject pronoun after a sentence about a relative ("His father died in 1784. In
1786 he married"), an appositive name after a capitalised title ("The French Resident, X, accused him"), an
army "under" its commander, a part of an army "under" someone, a nominal death's possessor, a fronted
"Married in 1830, he". Our own sentences, invented names."""
from __future__ import annotations

from helpers import one_event as _one, participant_names as _names


def test_a_relatives_death_before_he_leaves_the_events_standing():
    # (the pronoun table once recursed without end on "His father", losing every event of the text)
    ad, ev = _one("Johann Keller was born at Thun in 1760. His father died in 1784. In 1786 he married Anna, the "
                  "daughter of Ulrich Frey, and moved to Bern.", "marriage")
    assert _names(ad, ev, "agent") == {"Johann Keller"}


def test_he_after_a_sentence_about_his_mother_is_the_son():
    ad, ev = _one("Johann Keller was born at Thun in 1760. His mother kept the inn. In 1786 he married Anna, the "
                  "daughter of Ulrich Frey.", "marriage")
    assert _names(ad, ev, "agent") == {"Johann Keller"}


def test_he_after_what_his_father_was_is_the_son():
    ad, ev = _one("Phan Van Tho was born at Hue in 1880. His father was a mandarin. He opened a school at Hue in "
                  "March 1906.", "founding")
    assert _names(ad, ev, "agent") == {"Phan Van Tho"}


def test_he_after_what_his_father_did_is_left_open():
    ad, ev = _one("Otto Brenn was born at Celle in 1790. His father fled to Hamburg in 1806. There he founded a "
                  "printing house in 1810.", "founding")
    assert "Otto Brenn" not in _names(ad, ev, "agent")


def test_a_capitalised_title_with_a_name_in_apposition_is_that_person():
    ad, ev = _one("Pierre Lamotte was a teacher at Vinh. The French Resident, Charles Vaucelle, accused him of "
                  "sedition in 1908.", "accusation")
    assert _names(ad, ev, "agent") == {"Charles Vaucelle"}
    assert _names(ad, ev, "patient") == {"Pierre Lamotte"}


def test_an_army_under_its_commander_is_the_commanders_not_the_peoples_word():
    ad, ev = _one("In 1622 an Ottoman army under Selim Pasha burned the monastery.", "attack")
    assert _names(ad, ev, "agent") == {"Selim Pasha"}


def test_a_people_word_with_no_leader_still_names_its_state():
    ad, ev = _one("In 1700 Swedish troops burned the town of Lesko.", "attack")
    assert _names(ad, ev, "agent") == {"Sweden"}


def test_the_remnant_of_an_army_under_a_general_is_not_the_general():
    ad, ev = _one("The remnant of the army under General Jozef Marek crossed into Saxony on 5 October 1832 and was "
                  "interned.", "arrest")
    assert "Jozef Marek" not in _names(ad, ev, "patient")


def test_his_death_outside_a_relative_clause_is_not_the_relative_clauses_subject():
    ad, ev = _one("Jan Roos was a teacher at Delft. He was appointed director of the school that King Frederick "
                  "Aumont founded in 1820, and led it until his death twenty years later.", "death")
    assert _names(ad, ev, "patient") == {"Jan Roos"}


def test_an_opening_participle_of_marrying_is_what_the_subject_did():
    ad, ev = _one("Pieter Claes was a painter. Married in 1830 to Greta Hals, he settled at Edam.", "marriage")
    assert _names(ad, ev, "agent") == {"Pieter Claes"}
    assert _names(ad, ev, "patient") == {"Greta Hals"}


def test_an_opening_participle_of_arrest_stays_passive():
    ad, ev = _one("Jan Kos was a printer. Arrested in 1849, he spent six years at Kufstein.", "arrest")
    assert _names(ad, ev, "patient") == {"Jan Kos"}


def test_a_family_name_spelt_as_an_article_is_not_cut_and_a_companion_is_not_the_founder():
    ad, ev = _one("Tran Quy Cap returned from Japan in 1905. With two friends, Le Van An and Pham Binh, he opened "
                  "the school at Vinh in March 1906.", "founding")
    assert "Le Van An" in {m.text for m in ad.mentions}
    assert _names(ad, ev, "agent") == {"Tran Quy Cap"}


def test_the_remnant_of_an_army_is_the_group_that_crossed():
    ad, ev = _one("The remnant of the army under General Jozef Marek crossed into Saxony on 5 October 1832 and was "
                  "interned.", "arrest")
    assert _names(ad, ev, "patient") == {"the remnant of the army"}


def test_he_after_his_named_brothers_death_is_not_the_brother():
    ad, ev = _one("Karl Menz studied law at Halle. His brother Otto died in 1799. In 1802 he was appointed professor "
                  "of history.", "assignment")
    assert _names(ad, ev, "patient") == {"Karl Menz"}

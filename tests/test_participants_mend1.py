"""Who did what, mended (mend1): a city named like a woman the text names stays the city unless a
person's predicate follows; a widow is the wife only if the text tells no death of hers; no man is his
own relative; "the X of Y" is not the X of Z; counts after a year; partners never the subject; kin
nouns by their first sense. Our own sentences, invented names."""
from __future__ import annotations

import historiograph
from helpers import one_event as _one, participant_names as _names


def _labels(text: str, word: str) -> list[str]:
    return [m.label for m in historiograph.annotate(text).mentions if m.text == word]


def test_a_city_besieged_is_not_the_woman_of_its_name():
    ad, ev = _one("Florence Hale was an English painter. Florence was besieged by the imperial army in 1529.",
                  "attack")
    assert "Florence Hale" not in _names(ad, ev)


def test_a_city_that_gained_self_government_is_a_place():
    assert _labels("Victoria Hale taught at Pisa. In 1851 Victoria gained self-government from New South "
                   "Wales.", "Victoria") != ["PERSON"]


def test_a_city_whose_walls_were_breached_is_a_place():
    assert _labels("Florence Hale was an English painter. In 1530 Florence's walls were breached.",
                   "Florence") != ["PERSON"]


def test_a_given_name_arrested_or_a_husbands_owner_is_still_the_woman():
    assert _labels("Sofia Perez taught at Cadiz. In 1902 Sofia was arrested. Sofia's husband died in 1905.",
                   "Sofia") == ["PERSON", "PERSON"]
    assert _labels("Florence Hale taught at Pisa. Florence was born in 1820.", "Florence") == ["PERSON"]


def test_a_widow_after_the_wife_died_and_he_remarried_is_not_that_wife():
    ad, ev = _one("Franz Weber married his wife, Anna Weber, in 1830. She died in 1850, and he remarried in 1852. "
                  "He died in 1870. In 1871 his widow founded a school at Leipzig.", "founding")
    assert _names(ad, ev, "agent") == {"his widow"}


def test_his_son_after_the_named_son_had_a_son_is_not_the_named_son():
    ad, ev = _one("Karl Brandt (1801-1870) was a printer. His son, Otto Brandt, was a lawyer. Otto had a son too. "
                  "In 1850 his son was arrested at Leipzig.", "arrest")
    assert _names(ad, ev, "patient") == {"his son"}


def test_the_captain_of_another_ship_is_not_the_captain_named():
    ad, ev = _one("The captain of the Hope was Silas Penn. In 1791 the captain of the Dove was arrested at Cadiz.",
                  "arrest")
    assert _names(ad, ev, "patient") == {"the captain of the Dove"}
    ad, ev = _one("The captain of the Hope was Silas Penn. In 1791 the captain of the Hope was arrested at Cadiz.",
                  "arrest")
    assert _names(ad, ev, "patient") == {"Silas Penn"}


def test_a_count_after_a_year_is_the_group():
    ad, ev = _one("In 1850 twelve miners were attacked by forty soldiers at Leipzig.", "attack")
    assert "twelve miners" in _names(ad, ev, "patient")
    ad, ev = _one("In 1848 twenty of the students attacked the guard house.", "attack")
    assert _names(ad, ev, "agent") == {"twenty of the students"}


def test_a_people_after_a_in_apposition_is_not_the_agent():
    ad, ev = _one("In 1871 the interpreter, a Maori, received the missionaries.", "meeting")
    assert "Maori" not in _names(ad, ev)


def test_him_of_a_coordinated_verb_is_the_one_just_named_and_so_is_he_next():
    ad, ev = _one("Karl Brandt (1801-1870) was a printer. The king noticed Hans Vogel and sent him to Rome. He was "
                  "arrested there in 1841.", "arrest")
    assert _names(ad, ev, "patient") == {"Hans Vogel"}


def test_a_partner_is_not_the_subject_even_where_the_sentence_before_or_the_headword_decides():
    ad, ev = _one("Hans Vogel (1790-1850) was a printer at Leipzig. In 1840 Vogel hired Karl Brandt. In 1841, with "
                  "Vogel, he founded a press at Dresden.", "founding")
    assert _names(ad, ev, "agent") == {"Karl Brandt"}


def _kin_of(text: str) -> dict:
    from historiograph.corpus.entities import told_with_kin

    a = historiograph.annotate(text)
    return {a.entity(e).name: v for e, v in told_with_kin(a.text, a.mentions).items()}


def test_kin_nouns_are_kin_by_their_first_sense():
    from historiograph.events.coref import kin_noun

    assert all(kin_noun(w) for w in ("son", "wife", "cousin", "widow"))
    assert not any(kin_noun(w) for w in ("partner", "boy", "girl", "heir", "successor"))
    assert "Lorenz Weidmann" not in _kin_of("Lorenz Weidmann (1760-1830) was a tanner at Ulm. His partner, Georg "
                                            "Weidmann, kept the books.")


def test_the_son_of_an_unnamed_parent_ties_no_relative_of_the_name():
    assert "Lorenz Weidmann" not in _kin_of("Lorenz Weidmann, the son of a weaver, was a tanner at Ulm.")


def test_his_daughter_belongs_to_the_man_his_stands_for_not_the_woman_named_last():
    kin = _kin_of("Johann Weber (1790-1850) was a printer. In 1820 he hired Anna Roth. His daughter Maria married "
                  "a clerk.")
    assert "Johann Weber" in kin and "Anna Roth" not in kin

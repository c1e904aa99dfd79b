"""Who did what, actors10: a description in apposition before the name that shares its verb ("Born at X,
the son of a miller, NAME was sent"), a title between a role noun's comma and its name ("the Resident,
Sir X"). Our own sentences, invented names."""
from __future__ import annotations

from helpers import one_event as _one, participant_names as _names


def test_a_description_before_the_name_that_shares_its_verb_is_the_name():
    ad, ev = _one("Born at Tula in 1820, the son of a baker, Ivan Lesk was sent to Moscow in 1834.", "assignment")
    assert _names(ad, ev, "patient") == {"Ivan Lesk"}


def test_a_title_between_the_role_nouns_comma_and_the_name():
    ad, ev = _one("In 1881 the raja was deposed by order of the Resident, Sir Owen Brace.", "dismissal")
    assert _names(ad, ev, "agent") == {"Owen Brace"}


def test_they_after_a_singular_body_that_sent_them_is_them():
    ad, ev = _one("Two hundred weavers from Ulm sailed for Georgia in 1731. The company, which had promised them "
                  "farms, sent them inland, and in 1732 they founded the town of Ebersdorf.", "founding")
    assert _names(ad, ev, "agent") == {"two hundred weavers"}


def test_they_after_a_man_sent_a_named_group_is_the_group():
    ad, ev = _one("In 1760 the bishop sent the Jesuit fathers to the river, and in 1761 they founded a mission "
                  "at Santa Rosa.", "founding")
    assert _names(ad, ev, "agent") == {"the Jesuit fathers"}


def test_they_after_plural_subject_stays_the_subject():
    ad, ev = _one("In 1760 the settlers drove the herders from the valley, and in 1761 they founded a town.",
                  "founding")
    assert _names(ad, ev, "agent") == {"the settlers"}


def test_they_after_a_body_that_sent_them_is_never_the_body():
    ad, ev = _one("In 1731 two hundred weavers from Ulm sailed for Georgia. The company, which had promised them "
                  "farms, sent them inland, and in 1732 they founded the town of Ebersdorf.", "founding")
    assert "the company" not in _names(ad, ev, "agent")


def test_his_opening_a_paragraph_is_the_subject_the_paragraph_before_ended_on():
    ad, ev = _one("Jakob Sommer ran a bookshop at Graz. He hired the young clerk Franz Egger.\n\nHis arrest in 1938 "
                  "closed the shop.", "arrest")
    assert _names(ad, ev, "patient") == {"Jakob Sommer"}


def test_a_datelined_lead_names_who_died_not_the_town():
    ad, ev = _one("ACCRA, June 2 (Reuters) - Peter Okoro died at his home on Friday, his son said.", "death")
    assert _names(ad, ev, "patient") == {"Peter Okoro"}


def test_some_sixty_families_after_a_fronted_led_by_are_the_movers():
    ad, ev = _one("Led by Pastor Ole Rud, some sixty families left Stavanger in 1849.", "movement")
    assert _names(ad, ev, "agent") == {"some sixty families"}


def test_his_majesty_is_the_one_king_the_text_named():
    ad, ev = _one("King Harald Voss came to the throne in 1730. In 1736 His Majesty dissolved the estates.",
                  "dissolution")
    assert _names(ad, ev, "agent") == {"Harald Voss"}


def test_his_lordship_is_the_judge_the_heading_names_never_a_body_called_lordship():
    ad, ev = _one("Before Mr Justice Conrad Hale\n\nOn 9 March 1874 His Lordship sentenced Amos Reed to death.",
                  "trial")
    assert _names(ad, ev, "agent") == {"Conrad Hale"}


def test_his_majesty_with_two_kings_named_is_no_name():
    ad, ev = _one("King Harald Voss met King Olav Dahl at Bergen in 1730. In 1736 His Majesty dissolved the "
                  "estates.", "dissolution")
    assert not any(p.entity for p in ev.participants if p.role == "agent")


def test_a_fronted_participle_is_the_main_clauses_subject_not_a_man_named_before():
    from historiograph import annotate

    ad = annotate("Ferenc Holt (1820-1890) was a Hungarian poet. In 1848 he fought under General Bem. Captured in "
                  "1849, after the surrender, he was imprisoned at Arad.")
    ev = next(e for e in ad.events if e.trigger["text"] == "Captured")
    assert _names(ad, ev, "patient") == {"Ferenc Holt"}


def test_a_fronted_passive_participle_makes_the_main_subject_its_patient():
    ad, ev = _one("Imre Kolos (1815-1880) was a Hungarian printer. In 1848 he served under Colonel Pal Ritter. "
                  "Arrested in 1849, he spent six years at Kufstein.", "arrest")
    assert _names(ad, ev, "patient") == {"Imre Kolos"} and not _names(ad, ev, "agent")


def test_him_after_a_rival_in_apposition_is_not_the_rival():
    ad, ev = _one("Miklos Holt (1820-1890) was a Hungarian poet.\n\nA rival, the critic Janos Berg, accused him "
                  "of plagiarism in 1850.", "accusation")
    assert _names(ad, ev, "patient") == {"Miklos Holt"}


def test_where_he_died_after_a_role_noun_subject_is_not_the_man_of_its_fronted_phrase():
    ad, ev = _one("Miklos Holt (1820-1890) was a Hungarian poet.\n\nAfter a quarrel with the editor Janos Berg, the "
                  "old poet withdrew to Szeged, where he died in 1890.", "death")
    assert _names(ad, ev, "patient") == {"Miklos Holt"}

"""Who did what, third round (actors7): partners named in a phrase of the pronoun's own clause are never
its subject; an article's "he" after an official who acted on the headword in a coordinated clause; a
relative by a third-person possessive ("his brother", "his widow") is the participant, or the relative
the text named so; "The captain of X was Y" names the captain. Our own sentences, invented names."""
from __future__ import annotations

from helpers import one_event as _one, participant_names as _names


def test_he_with_partners_in_a_phrase_of_his_clause_is_not_a_partner():
    ad, ev = _one("Anton Grell (1820-1890) was an Austrian brewer. In 1851, with the cousins Paul Weiss and "
                  "Ernst Weiss, he founded a brewery at Linz.", "founding")
    assert "Anton Grell" in _names(ad, ev, "agent")


def test_he_after_an_official_who_noticed_and_sent_him_is_the_headword():
    ad, ev = _one("Ilmar Saks (1801-1860) was an Estonian carver. A baron, Count Otto Rehn, saw his work and "
                  "took him to Riga. He was imprisoned there in 1831.", "arrest")
    assert _names(ad, ev, "patient") == {"Ilmar Saks"}


def test_his_brother_unnamed_is_the_description():
    ad, ev = _one("Viktor Hasek kept a tavern at Olomouc. In 1850 his brother was arrested for debt.", "arrest")
    assert _names(ad, ev, "patient") == {"his brother"}


def test_his_brother_named_before_is_that_name():
    ad, ev = _one("Viktor Hasek kept a tavern at Olomouc. His brother, Karel Hasek, sold wine. In 1850 his "
                  "brother was arrested for debt.", "arrest")
    assert _names(ad, ev, "patient") == {"Karel Hasek"}


def test_his_widow_is_the_one_named_his_wife():
    ad, ev = _one("Oskar Lind married his wife, Greta Holm, in 1840. He died in 1851. In 1852 his widow founded "
                  "an orphanage at Uppsala.", "founding")
    assert _names(ad, ev, "agent") == {"Greta Holm"}


def test_a_copula_names_the_role_noun_subject():
    ad, ev = _one("The master of the Dove was Silas Penn. In 1788 the master was arrested at Cadiz.", "arrest")
    assert _names(ad, ev, "patient") == {"Silas Penn"}


def test_a_family_name_alone_does_not_join_a_full_name_whose_text_tells_a_relative():
    import historiograph
    from historiograph.corpus.entities import resolve, told_with_kin

    a = historiograph.annotate("Lorenz Weidmann (1760-1830) was a tanner at Ulm. In 1801 his son Felix took over the "
                               "tannery.")
    a.document.source = "a.txt"
    b = historiograph.annotate("In 1835 Weidmann founded a savings bank at Ulm.")
    b.document.source = "b.txt"
    c = historiograph.annotate("In 1802 Lorenz Weidmann bought a mill.")
    c.document.source = "c.txt"
    lorenz = next(e.id for e in a.entities if e.name == "Lorenz Weidmann")
    assert lorenz in told_with_kin(a.text, a.mentions)
    ents = resolve([a, b])
    assert not any(len(ce.members) > 1 for ce in ents if "Weidmann" in ce.name)  # the son may be meant
    ents = resolve([c, b])  # no relative told: the one full name of that family
    assert any(len(ce.members) == 2 for ce in ents if "Weidmann" in ce.name)


def test_a_counted_subject_is_the_agent():
    ad, ev = _one("In 1907 nine dockers attacked the foreman.", "attack")
    assert _names(ad, ev, "agent") == {"nine dockers"}


def test_a_given_name_alone_that_is_also_a_city_is_the_person_named_in_full():
    import historiograph

    ad = historiograph.annotate("Sofia Marquez taught at Cadiz. In 1902 Sofia was arrested. In 1903 she moved to "
                                "Sofia.")
    people = [m for m in ad.mentions if m.text == "Sofia"]
    assert people[0].label == "PERSON" and ad.entity(people[0].entity).name == "Sofia Marquez"
    assert people[1].label != "PERSON"  # "to Sofia": the city


def test_a_name_in_apposition_to_a_person_noun_taken_for_a_people_is_the_person():
    ad, ev = _one("In 1871 the paramount chief, Tamasese, received the missionaries.", "meeting")
    assert _names(ad, ev, "agent") == {"Tamasese"}


def test_a_year_before_a_plural_is_no_count():
    ad, ev = _one("In January 1872 men of his party burned the chapel at Fanga.", "attack")
    assert not any("1872" in n for n in _names(ad, ev))

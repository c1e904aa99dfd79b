"""A surname alone is not joined to one person where a text writes it after two given names, whatever
the name's spelling folds to (invented sentences)."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from historiograph.corpus.gender import words_before_surnames
from historiograph.entities.names import skeleton


def _entity_of(ads, tables, n, name):
    local = next(e.id for e in ads[n].entities if name == e.name or name in e.aliases)
    return next(c.id for c in tables.entities if (ads[n].document.source, local) in map(tuple, c.members))


def test_words_before_a_surname_are_keyed_as_names_are_and_take_accented_capitals():
    before = words_before_surnames("Jürgen Kennedy and Ólafur Kennedy met Anna Müller.")
    assert before[skeleton("Kennedy")] == {"Jürgen", "Ólafur"}
    assert before[skeleton("Müller")] == {"Anna"}


@pytest.mark.parametrize("family", ["Kennedy", "Harvey"])
def test_father_and_son_of_one_surname_are_no_join_for_the_surname_alone(family):
    texts = (f"Oskar {family} and his son Felix {family} opened a tannery at Wexford in 1851.",
             f"{family} was elected to the council of Wexford in 1860.")
    ads = [annotate_text(t, source=f"d{n}.txt") for n, t in enumerate(texts)]
    tables = build_corpus(ads)
    alone = _entity_of(ads, tables, 1, family)
    assert alone not in {_entity_of(ads, tables, 0, f"Oskar {family}"), _entity_of(ads, tables, 0, f"Felix {family}")}


def test_a_two_word_organisation_is_no_person_unless_a_one_sex_given_name_and_a_surname():
    from types import SimpleNamespace as E

    from historiograph.corpus.entities import _bare_single_org

    def org(name):
        return E(label="ORG", name=name, aliases=[name])

    assert _bare_single_org(org("Matthias Pellworm"))  # a man's given name and no common noun
    # a given name of either sex or none, a common noun after it, a place of the gazetteer
    for name in ("Morgan Quillfeather", "Lincoln Center", "Victoria Cross", "Santa Fe", "Philip Baker"):
        assert not _bare_single_org(org(name)), name

"""One person across documents under a surname alone, kept apart where the texts tell a man and a
woman, or two people of the name; one event told with and without its date; one act on one day at
two places (corpus/gender.py, corpus/entities.py, checks/rules.py). Invented texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from historiograph.corpus.events import uncounted
from historiograph.corpus.gender import pronoun_genders, sentences


def _corpus(*texts):
    ads = [annotate_text(t, source=f"d{n}.txt") for n, t in enumerate(texts)]
    return ads, build_corpus(ads)


def _entity_of(ads, tables, n, name):
    local = next(e.id for e in ads[n].entities if name == e.name or name in e.aliases)
    return next(c.id for c in tables.entities if (ads[n].document.source, local) in map(tuple, c.members))


def test_sentences_do_not_end_at_a_title():
    text = "Mr. Pell came home. He slept."
    assert [text[a:b].strip() for a, b in sentences(text)] == ["Mr. Pell came home.", "He slept."]


def test_a_pronoun_is_tied_to_the_one_person_of_its_sentence():
    from types import SimpleNamespace as M

    text = "Pell sold the farm in 1850. He left for Leeds. Pell and Ann Rook met in 1851. She wept."
    ms = [M(start=0, end=4, label="PERSON", entity="p"), M(start=47, end=51, label="PERSON", entity="p"),
          M(start=56, end=64, label="PERSON", entity="r")]
    assert pronoun_genders(text, ms) == {"p": {"male"}}


def test_a_pronoun_after_a_man_or_woman_noun_may_be_theirs():
    from types import SimpleNamespace as M

    text = "Pell's mother died in 1850 and her farm was sold. She was buried at Leeds."
    assert pronoun_genders(text, [M(start=0, end=4, label="PERSON", entity="p")]) == {}


@pytest.mark.parametrize("text, plain", [
    ("forty-one striking miners", "the striking miners"), ("some 3,000 men", "the men"),
    ("the rebels", "the rebels"), ("forty of the crew", "the crew")])
def test_a_counted_group_is_one_group_however_counted(text, plain):
    assert uncounted(text) == plain


def test_a_womans_name_and_a_mans_surname_stay_apart():
    ads, t = _corpus("Margaret Ellery opened a lending library at Wexham in 1851.",
                     "Ellery was elected mayor of Wexham in 1855. He died in 1860.")
    assert _entity_of(ads, t, 0, "Margaret Ellery") != _entity_of(ads, t, 1, "Ellery")


def test_a_surname_with_her_pronoun_joins_the_womans_name():
    ads, t = _corpus("Margaret Ellery opened a lending library at Wexham in 1851.",
                     "Ellery was elected to the school board of Wexham in 1855. She died in 1860.")
    assert _entity_of(ads, t, 0, "Margaret Ellery") == _entity_of(ads, t, 1, "Ellery")


def test_an_undated_telling_gives_its_count_to_the_dated_one():
    _, t = _corpus("On 4 May 1893 the police arrested thirty-two striking dockers at Penmorva.",
                   "At Penmorva the police arrested twelve striking dockers.")
    (c,) = t.conflicts
    assert c.kind == "number_conflict" and {v["display"] for v in c.values} == {"thirty-two", "twelve"}


def test_one_landing_on_one_day_at_two_places_conflicts_but_not_in_a_year():
    """Two gazetteer towns far apart on one day (Hollum and Nes, which it does not know, are no guess)."""
    _, t = _corpus("On 12 June 1798 Admiral Pieter Rensselink landed at Harwich with six hundred marines.",
                   "Rensselink landed at Falmouth on 12 June 1798.")
    assert [c.kind for c in t.conflicts] == ["place_conflict"]
    _, t = _corpus("In 1798 Admiral Pieter Rensselink landed at Harwich.", "Rensselink landed at Falmouth in 1798.")
    assert not t.conflicts


def test_years_with_two_digits_swapped_are_a_copying_slip():
    from historiograph.checks.one_object import year_slip

    assert year_slip(1886, 1868) and year_slip(1937, 1957) and not year_slip(1886, 1887)
    assert not year_slip(1886, 1986)


def test_a_telling_read_without_roles_takes_those_its_sentence_names():
    """The second text's "fell to" names the general and the fortress but was read with no
    participant: the first text's telling gives them. A capture is no event that befalls its object
    once (a fortress may fall to one general twice), so years a copying slip apart are no conflict
    (precision first: the slip rule is kept to once-per-object events of a thing)."""
    _, t = _corpus("General Tobias Marchetti commanded the southern column. In 1886 Marchetti's column "
                   "captured the fortress of Kessel after a short siege.",
                   "The fortress of Kessel fell to General Marchetti in 1868, when his column stormed it.")
    assert [c.kind for c in t.conflicts if c.kind == "date_conflict"] == []


def test_one_people_deported_to_one_place_in_years_a_slip_apart():
    _, t = _corpus("In 1937 the Soviet government deported the Ingrian Finns from Leningrad province to Siberia.",
                   "The Ingrian Finns were deported from Leningrad province to Siberia in 1957.")
    assert [c.kind for c in t.conflicts] == ["date_conflict"]
    _, t = _corpus("In 1937 the Soviet government deported the Ingrian Finns from Leningrad province to Siberia.",
                   "The Ingrian Finns were deported from Leningrad province to Siberia in 1939.")
    assert not t.conflicts


def test_one_texts_count_never_shows_on_another_texts_entry():
    """Two unrelated counted groups share a key ("the men"); each entry shows its own count."""
    _ads, t = _corpus("In March 1872 six men were killed when the mine at Caldbeck flooded.",
                      "Thirty-two men were killed when the dam at Harwick burst in May 1911.")
    shown = {e.date[:4]: e.participants for e in t.timeline if e.type == "killing"}
    assert shown["1872"] == ["six men"] and "six men" not in shown["1911"], shown

"""Constructions that tell an event without a plain trigger verb (trust on unseen text): a past
ability ("were able to enter"), a named event as the subject of an occurrence verb ("The Sack of X,
which took place in ..."). Each with its negative: an ability not used, a name used as a date.
Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger["text"]) for e in annotate_text(text).events]


@pytest.mark.parametrize("text", [
    "In 1820 the rebels were able to enter Tarvis after a long siege.",
    "In 1820 the rebels had been able to enter Tarvis.",
])
def test_a_past_ability_tells_the_act(text):
    assert ("movement", "enter") in _types(text)


@pytest.mark.parametrize("text", [
    "In 1820 the rebels were not able to enter Tarvis.",
    "In 1820 the rebels would be able to enter Tarvis.",
    "By 1830 the rebels will be able to enter Tarvis.",
    "If the rebels were able to enter Tarvis, the war would end.",
    "In 1820 the rebels were unable to enter Tarvis.",
])
def test_an_ability_not_told_as_used_tells_nothing(text):
    assert ("movement", "enter") not in _types(text)


def test_a_named_event_with_an_occurrence_verb_is_an_event():
    ad = annotate_text("The Sack of Ravenholm, which took place in the spring of 1412, ended the duke's reign.")
    (ev,) = [e for e in ad.events if e.trigger["text"] == "Sack"]
    assert ev.type == "attack" and ev.time["value"] == "1412-SP"
    ad = annotate_text("The Massacre of Orlen happened in 1871.")
    (ev,) = [e for e in ad.events if e.trigger["text"] == "Massacre"]
    assert ev.type == "killing" and ev.time["value"] == "1871"


def test_an_event_noun_with_the_that_takes_place_is_told_not_remembered():
    ad = annotate_text("The storming of the fort took place on 9 June 1702.")
    (ev,) = [e for e in ad.events if e.trigger["text"] == "storming"]
    assert ev.type == "attack" and ev.time["value"] == "1702-06-09"


@pytest.mark.parametrize("text", [
    "During the Battle of Kursk, Ivanov was wounded in 1943.",  # a name used as a date
    "The Siege of Tarvis lasted two months.",  # a duration of an event told elsewhere
    "The Siege of Tarvis ended the war in 1703.",  # a verb with an object of its own
    "The Massacre of Orlen is remembered every year.",
])
def test_a_named_event_without_an_occurrence_verb_is_no_new_event(text):
    assert not [t for t in _types(text) if t[1] in ("Battle", "Siege", "Massacre")]


@pytest.mark.parametrize("text, expected", [
    ("In 1702 the Venetian army conquered Smolensk.", ("invasion", "conquered")),
    ("In 1702 the Venetian army recaptured Smolensk.", ("invasion", "recaptured")),
    ("In 1702 the Venetian army razed Smolensk.", ("attack", "razed")),
    ("In 1702 the Venetian army burned Smolensk.", ("attack", "burned")),
    ("In 1702 the Venetian army looted Smolensk.", ("attack", "looted")),
    ("In 1702 the Venetian army set fire to Smolensk.", ("attack", "set fire to")),
    ("In 1702 the Venetian fleet sank three Austrian ships near Smolensk.", ("attack", "sank")),
    ("In 1702 Count Aldo Ferrante was hanged in Smolensk.", ("execution", "hanged")),
    ("In 1702 Count Aldo Ferrante was burned at the stake in Smolensk.", ("execution", "burned at the stake")),
    ("In 1702 the rebels put Count Aldo Ferrante to death in Smolensk.", ("execution", "put")),
    ("In 1702 Count Aldo Ferrante lost his life in the fire at Smolensk.", ("death", "lost his life")),
    ("In 1702 Count Aldo Ferrante took his own life in Smolensk.", ("death", "took his own life")),
    ("In 1702 Count Aldo Ferrante met his death at the gates of Smolensk.", ("death", "met his death")),
    ("In 1702 Count Aldo Ferrante was knighted by the emperor.", ("award", "knighted")),
    ("In 1702 Count Aldo Ferrante received a medal from the emperor.", ("award", "received")),
    ("In 1702 Count Aldo Ferrante was sworn in as governor of Smolensk.", ("assignment", "sworn in")),
    ("In 1848 the people of Milan rose against the Austrians.", ("uprising", "rose")),
    ("In 1848 the garrison of Milan laid down its arms.", ("surrender", "laid down its arms")),
    ("In 1848 Piedmont and Austria made peace.", ("treaty", "made peace")),
    ("In 1848 Charles Albert gave up the throne.", ("resignation", "gave up the throne")),
    ("In 1848 Charles Albert left for Portugal.", ("movement", "left")),
    ("In 1848 Garibaldi took command of the legion.", ("assignment", "took command of")),
    ("In 1848 Garibaldi was given command of the legion.", ("assignment", "given command of")),
    ("In 1848 Garibaldi defended Rome against the French.", ("battle", "defended")),
    ("In 1848 the rebels stabbed Rossi to death in Rome.", ("killing", "stabbed Rossi to death")),
    ("In 1848 Rossi was shot dead in Rome.", ("killing", "shot dead")),
    ("In 1848 the police opened fire on the crowd in Rome.", ("attack", "opened fire on")),
    ("In 1519 Captain Luis Ortega led an expedition to Yucatan.", ("movement", "led")),
])
def test_idioms_and_verbs_of_war_and_honours(text, expected):
    assert expected in _types(text)


def test_put_to_death_is_one_execution_not_a_death_too():
    types = _types("In 1702 the rebels put Count Aldo Ferrante to death in Smolensk.")
    assert [t for t, _ in types] == ["execution"]


@pytest.mark.parametrize("text", [
    "In 1702 Count Aldo Ferrante met the envoy at the gates of Smolensk.",  # a meeting, no death
    "In 1702 Count Aldo Ferrante lost his sword at Smolensk.",
    "In 1702 Count Aldo Ferrante burned the letters.",  # no place, no ship: no attack
    "In 1702 Count Aldo Ferrante hanged the portrait in his hall.",
    "In 1702 Count Aldo Ferrante received a letter from the emperor.",  # no award
    "In 1702 Count Aldo Ferrante conquered his fear of water.",
    "In 1848 the price of bread rose against the franc.",
    "In 1848 Charles Albert gave up smoking.",
    "In 1848 Charles Albert left for the evening.",
    "In 1848 the museum opened its doors in Rome.",
    "In 1519 Captain Luis Ortega led a quiet life in Madrid.",
    "In 1896 the Norwegian expedition sailed north.",  # the expedition is no traveller's name
])
def test_the_same_verbs_with_other_objects_tell_no_such_event(text):
    assert not {t for t, _ in _types(text)} & {"death", "attack", "execution", "award", "invasion", "uprising",
                                              "resignation", "movement"}


def test_a_participle_tagged_as_an_adjective_after_be_is_a_passive():
    ad = annotate_text("In 1902 Carl Ostrander was married to Elsa Brandt in Paris.")
    (ev,) = [e for e in ad.events if e.type == "marriage"]
    assert ev.trigger["text"] == "married" and ev.time["value"] == "1902"
    assert {p.role for p in ev.participants} == {"agent"} and len(ev.participants) == 2


@pytest.mark.parametrize("text", [
    "Ostrander, a married man, lived in Paris in 1902.",  # before a noun: a description
    "In 1902 the company ran a targeted advertisement.",
    "By 1902 Ostrander seemed exhausted.",
])
def test_a_participle_describing_a_noun_is_no_event(text):
    assert not [t for t in _types(text) if t[0] in ("marriage", "attack")]


@pytest.mark.parametrize("text, expected", [
    ("In 1848 Metternich had to flee to London.", ("defection", "flee to")),
    ("In 1848 Metternich was forced to resign.", ("resignation", "resign")),
])
def test_an_obligation_met_or_a_compulsion_tells_the_act(text, expected):
    assert expected in _types(text)


@pytest.mark.parametrize("text", [
    "In 1848 Metternich did not have to flee to London.",
    "By 1849 Metternich will have to flee to London.",
    "If Metternich had to flee to London, he would go by sea.",
    "The students wanted to force the chancellor to resign in 1848.",
    "The embargo stays at least until the sanctions force the chancellor to resign.",
])
def test_an_obligation_or_compulsion_not_told_as_met_tells_nothing(text):
    assert not [t for t in _types(text) if t[0] in ("defection", "movement", "resignation")]

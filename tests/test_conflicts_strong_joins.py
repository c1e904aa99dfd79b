"""Joins across documents must rest on compatible specifics (issue conflicts5; invented sentences): a
departure and a return of one traveller are two movements, never one entry with a date conflict; two
battles of one general at one place a year apart are two battles; a date conflict is raised only
between two tellings joined directly by strong evidence, never through an undated telling between them."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.corpus import build_corpus


def _build(a: str, b: str):
    ads = [annotate_text(a, source="a.txt"), annotate_text(b, source="b.txt")]
    return ads, build_corpus(ads)


def _entry_triggers(ads, tables) -> list[set[str]]:
    trig = {(ad.document.source, e.id): e.trigger.get("text") for ad in ads for e in ad.events}
    return [{f"{s}:{trig[(s, i)]}" for s, i in t.members} for t in tables.timeline]


def _members(tables) -> list[list[str]]:
    return [[s for s, _ in t.members] for t in tables.timeline]


def test_a_departure_and_an_undated_return_are_two_movements():
    ads, tables = _build("In March 1851 the surveyor Ansgar Holm left Bergen for Tromsø.",
                         "Holm sailed to Tromsø in 1851. Months later he returned to Bergen.")
    entries = _entry_triggers(ads, tables)
    assert not any({"a.txt:left", "b.txt:returned"} <= e for e in entries)
    assert tables.conflicts == []


def test_departure_and_return_in_two_texts_give_no_date_conflict():
    ads, tables = _build("In April 1862 the botanist Ewald Sturmfels left Hamburg for Lagos. He returned to "
                         "Hamburg in September 1862.",
                         "Ewald Sturmfels left Hamburg for Lagos. He was back in Hamburg by October 1862.")
    assert [c.kind for c in tables.conflicts] == []
    entries = _entry_triggers(ads, tables)
    assert not any({"a.txt:left", "a.txt:returned"} <= e for e in entries)


def test_two_battles_of_one_general_at_one_place_a_year_apart():
    _, tables = _build("General Aldo Ferrante defeated the rebels at Castelmonte in May 1848.",
                       "Ferrante defeated the rebels at Castelmonte in April 1849.")
    assert tables.conflicts == []


def test_one_deportation_of_one_man_told_a_year_apart_is_still_a_date_conflict():
    _, tables = _build("The printer Jonas Vike was deported to Finnmark in 1852.",
                       "In 1853 Jonas Vike was deported to Finnmark for his pamphlets.")
    assert [c.kind for c in tables.conflicts] == ["date_conflict"]


def test_an_undated_telling_does_not_chain_two_dated_visits_into_a_date_conflict():
    ads, tables = _build("Pastor Nils Moe visited Kvaløya in May 1860. Nils Moe visited Kvaløya again in June 1864.",
                         "Moe visited Kvaløya with his daughter.")
    assert tables.conflicts == []
    assert not any(m.count("a.txt") > 1 for m in _members(tables))


def test_a_cleft_on_the_agent_disputes_another_texts_agent():
    ads, tables = _build("In January 1872 Chief Tauvela's men burned the mission chapel at Navaka.",
                         "It was Sione Fetu, the chief's nephew, who set fire to the mission chapel at Navaka "
                         "in January 1872.")
    found = [c for c in tables.conflicts if c.kind == "agent_conflict"]
    assert len(found) == 1 and {v["display"] for v in found[0].values} == {"Tauvela", "Sione Fetu"}
    assert any(" or " in t.summary for t in tables.timeline)


def test_a_cleft_with_the_same_order_words_and_no_date_is_one_order():
    _, tables = _build("On 12 June 1931 the fire reached the engine room. The chief engineer, Mateo Ruiz, ordered "
                       "the boats lowered.",
                       "It was Captain Andrés Solano himself who ordered the boats lowered.")
    found = [c for c in tables.conflicts if c.kind == "agent_conflict"]
    assert len(found) == 1 and {v["display"] for v in found[0].values} == {"Mateo Ruiz", "Andrés Solano"}


def test_a_cleft_on_another_place_or_another_act_disputes_nothing():
    _, tables = _build("In January 1872 Chief Tauvela's men burned the mission chapel at Navaka.",
                       "It was Sione Fetu who burned the mission chapel at Olosega in January 1872.")
    assert tables.conflicts == []
    _, tables = _build("The chief engineer, Mateo Ruiz, ordered the boats lowered in 1931.",
                       "It was Captain Andrés Solano who ordered the pumps started in 1931.")
    assert tables.conflicts == []


def test_one_unnamed_group_on_one_day_counted_differently():
    ads, tables = _build("On 9 November 1907 the explosion at the Garnock colliery killed nineteen miners.",
                         "Ninety-one men died in the Garnock colliery explosion on 9 November 1907.")
    assert [c.kind for c in tables.conflicts] == ["number_conflict"]
    assert any(set(m) == {"a.txt", "b.txt"} for m in _members(tables))


def test_groups_on_two_days_or_of_two_kinds_are_not_joined():
    _, tables = _build("On 9 November 1907 the explosion at the Garnock colliery killed nineteen miners.",
                       "Ninety-one miners died in the Garnock colliery explosion on 19 November 1907.")
    assert tables.conflicts == []
    _, tables = _build("On 9 November 1907 the rebels killed nineteen soldiers at Garnock.",
                       "On 9 November 1907 ninety-one sailors were killed at Ardrossan.")
    assert tables.conflicts == []


def test_one_group_taken_to_two_far_towns_on_one_day_is_a_place_conflict():
    _, tables = _build("On 4 June 1958 the injured miners were taken to the hospital at Ndola.",
                       "On 4 June 1958 the injured miners were taken to hospital in Lusaka.")
    assert [c.kind for c in tables.conflicts] == ["place_conflict"]


def test_one_death_of_an_unread_name_written_alike_in_two_texts():
    ads, tables = _build("The old chief Ta'ufa'ahau ruled the eastern villages. Ta'ufa'ahau died in March 1878.",
                         "When Ta'ufa'ahau died in March 1878, the missionaries feared a war.")
    deaths = [t for t in tables.timeline if t.type == "death"]
    assert len(deaths) == 1 and {s for s, _ in deaths[0].members} == {"a.txt", "b.txt"}


def test_two_groups_lost_on_one_day_at_two_places_are_two_events():
    _, tables = _build("On 1 July 1916 the Ulster Division lost 5,000 men at Thiepval.",
                       "On 1 July 1916 the Newfoundland Regiment lost 700 men at Beaumont-Hamel.")
    assert tables.conflicts == []
    _, tables = _build("On 1 July 1916 nineteen hundred men died at Thiepval.",
                       "On 1 July 1916 seven hundred men died in the attack on Serre.")
    assert tables.conflicts == []

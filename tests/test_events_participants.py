"""Who did what to whom on our own sentences: unnamed groups kept by their description ("the
rebels", "the town's garrison"), and the constructions that used to give a wrong participant."""
from __future__ import annotations

import json

from historiograph import annotate
from helpers import participant_names as _names


def _events(text, etype):
    ad = annotate(text)
    return ad, [e for e in ad.events if e.type == etype]


def _groups(ev, role=None):
    return [p for p in ev.participants if p.kind == "group" and (role is None or p.role == role)]


TEXT = ("In March 1802 the quarrymen of Kellsworth left work over a cut in pay. The rebels seized the town "
        "of Dunmore on 4 March. The garrison surrendered two days later. In April the mutineers were "
        "defeated by Colonel Henry Astley at Brackford.")


def test_a_definite_group_acting_is_kept_with_its_words_and_offsets():
    ad = annotate(TEXT)
    (surr,) = [e for e in ad.events if e.type == "surrender"]
    (g,) = _groups(surr, "agent")
    assert g.name == "the garrison" and g.entity is None
    assert ad.text[g.start:g.end] == g.text == "The garrison"


def test_a_group_acted_on_is_the_patient_beside_the_named_agent():
    ad = annotate(TEXT)
    (battle,) = [e for e in ad.events if e.trigger["text"] == "defeated"]
    assert _names(ad, battle, "agent") == {"Henry Astley"}
    assert [g.name for g in _groups(battle, "patient")] == ["the mutineers"]


def test_group_participants_are_valid_json_and_survive_a_round_trip():
    from historiograph.model import AnnotatedDocument
    ad = annotate(TEXT)
    data = json.loads(json.dumps(ad.to_json()))
    groups = [p for e in data["events"] for p in e["participants"] if p.get("kind") == "group"]
    assert groups and all(p["entity"] is None and p["name"] and p["start"] < p["end"] for p in groups)
    back = AnnotatedDocument.from_json(data)
    assert [p for e in back.events for p in e.participants if p.kind == "group"]


def test_vague_and_indefinite_groups_are_no_participants():
    for text in ("In June 1802 the people celebrated in Dunmore.", "In June 1802 others fled to Wales.",
                 "In June 1802 some rebels fled to Wales.", "In June 1802 his men fled to Wales."):
        ad = annotate(text)
        assert not [p for e in ad.events for p in e.participants if p.kind == "group"], text


def test_a_group_the_text_named_resolves_to_the_name():
    ad, fights = _events("The Northern Army under Anton Varga held Tarvik. On 3 May 1811 the northern army "
                         "attacked the bridge at Osk.", "attack")
    assert fights and not _groups(fights[0], "agent")


def test_a_named_participant_in_the_role_leaves_no_group_beside_it():
    ad, arrests = _events("On 5 May 1802 Henry Astley and the dragoons captured Tom Ball at Dunmore.", "arrest")
    assert arrests and "Henry Astley" in _names(ad, arrests[0], "agent") and not _groups(arrests[0], "agent")


def test_the_company_is_the_one_the_article_defines_not_another_named_nearby():
    ad, ends = _events("Harlow Company\n\nThe Harlow Company was a chartered trading company based in Bristol.\n\n"
                       "In 1740 its trade passed to the Levant Company, a larger rival. The company was dissolved by "
                       "the Parliament of Ireland in 1742, and its warehouses were sold to the Levant Company.",
                       "dissolution")
    (d,) = [e for e in ends if e.source == "prose"]
    assert _names(ad, d, "patient") == {"Harlow Company"}


def test_no_one_is_guessed_for_an_event_when_a_name_the_names_stage_missed_acts():
    ad = annotate("Thomas Webb was the director. Webb resigned in 1661 and was replaced by Adriaen Luycx. "
                  "Luycx negotiated a merger with the Levant Company, but the talks collapsed in 1670.")
    meetings = [e for e in ad.events if e.type == "meeting"]
    assert meetings and all("Thomas Webb" not in _names(ad, e) for e in meetings)


def test_an_active_succession_makes_the_successor_the_one_assigned():
    ad, found = _events("Anna Berg succeeded Thomas Webb as director in 1661. Karl Ott replaced Anna Berg "
                        "as governor in 1672.", "assignment")
    assert [_names(ad, e, "patient") for e in found] == [{"Anna Berg"}, {"Karl Ott"}]
    assert all("Thomas Webb" not in _names(ad, e) for e in found)


def test_replacing_someone_with_another_is_no_succession_of_the_subject():
    ad, found = _events("In 1680 the council replaced Karl Ott with Jan Smit.", "assignment")
    assert all("the council" not in _names(ad, e) for e in found)


def test_a_passive_succession_with_a_pronoun_and_the_by_phrase_after_the_office():
    ad, found = _events("Thomas Webb died in 1661. He was succeeded as chief director by his son-in-law, "
                        "Cornelis Stavenisse.", "assignment")
    assert [_names(ad, e, "patient") for e in found] == [{"Cornelis Stavenisse"}]


def test_they_after_an_unnamed_group_is_that_group():
    ad, found = _events("On 18 July 1911 the strikebreakers reached the station at Harwick. They attacked the "
                        "pickets at noon.", "attack")
    assert found and [g.name for g in _groups(found[0], "agent")] == ["the strikebreakers"]
    g = _groups(found[0], "agent")[0]
    assert ad.text[g.start:g.end] == "the strikebreakers"


def test_units_of_a_named_regiment_act_for_the_regiment():
    ad, found = _events("On 19 July 1911 two companies of the Lincoln Regiment arrived in Harwick.", "movement")
    assert found and _names(ad, found[0], "agent") == {"Lincoln Regiment"}


def test_a_unit_of_a_person_described_before_acts_for_that_person():
    ad, found = _events("Colonel Manuel Rada commanded the government troops at Tarija. On 9 August 1841 the "
                        "colonel's cavalry pursued the rebels into the hills.", "attack")
    assert found and _names(ad, found[0], "agent") == {"Manuel Rada"}
    assert [g.name for g in _groups(found[0], "patient")] == ["the rebels"]


def test_a_surname_with_its_particle_is_the_person_named_in_full():
    ad = annotate("The firm was founded in 1621 by Jacob van Oosterwijck, a cloth merchant. Van Oosterwijck died "
                  "in Middelburg in 1634. Hans von Seeckt met Kurt von Schleicher. Von Seeckt left.")
    ent = {m.text: m.entity for m in ad.mentions if m.label == "PERSON"}
    assert ent["Van Oosterwijck"] == ent["Jacob van Oosterwijck"]
    assert ent["Von Seeckt"] == ent["Hans von Seeckt"] != ent["Kurt von Schleicher"]


def test_the_attackers_are_who_the_text_said_attacked():
    ad, found = _events("In 1627 the firm built a fort at Pulicat, which was attacked by Portuguese troops in 1629. "
                        "The garrison held out for eleven days before the attackers withdrew.", "withdrawal")
    assert found and _names(ad, found[0], "agent") == {"Portugal"}


def test_the_organization_is_the_latest_organisation_of_that_kind():
    ad, found = _events("In 1931 the Assembly set up the Harlan Commission to study the dispute, with the "
                        "organization delivering its findings in October 1932.", "publication")
    assert found and _names(ad, found[0], "agent") == {"Harlan Commission"}


def test_a_noun_named_by_a_participle_is_that_person():
    ad = annotate("On 21 July 1911 soldiers shot two men, a docker named Thomas Kelly and a boy of sixteen. "
                  "A carter called John Hale was arrested in May 1911.")
    got = {e.type: _names(ad, e, "patient") for e in ad.events}
    assert got.get("arrest") == {"John Hale"}
    assert "Thomas Kelly" in set().union(*(v for k, v in got.items() if k != "arrest"))


def test_an_office_of_a_named_place_is_kept_as_one_described_person():
    ad, found = _events("In 1640 the governor of Tarija arrested Tom Ball. In 1641 the company signed a treaty with "
                        "the Sultan of Golconda.", "arrest")
    (p,) = [p for p in found[0].participants if p.role == "agent"]
    assert (p.kind, p.name, p.entity) == ("office", "the governor of Tarija", None)
    treaty = [e for e in ad.events if e.type == "treaty"]
    assert treaty and "the Sultan of Golconda" in _names(ad, treaty[0])
    ad, (treaty,) = _events("The Harlow Company was a trading company. In 1638 the company signed a treaty with "
                            "the Sultan of Golconda.", "treaty")
    assert _names(ad, treaty, "agent") == {"Harlow Company", "the Sultan of Golconda"}
    # a bare title never tied to a name is the description itself; "a governor of ..." is no one in particular
    ad = annotate("In 1640 the governor arrested Tom Ball. In 1641 a governor of Tarija arrested Ann Ball.")
    assert [p.name for e in ad.events for p in e.participants if p.kind == "office"] == ["the governor"]

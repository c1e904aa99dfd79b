"""Participants, false triggers, suspect anchors, numbers and cross-text conflicts, on invented
sentences (no shared data): the fixes made after reading the examples corpus by hand."""
from __future__ import annotations

from historiograph import checks, events
from historiograph.checks.rules import number_range
from historiograph.corpus import build_corpus
from historiograph.corpus.events import summary
from historiograph.model import Timex
from historiograph.pipeline import Options

from test_events import PEOPLE, build, one, roles, run

NAMES = {**PEOPLE, "Orlov": ("o", "Sergei Orlov", "PERSON"), "Tanaka": ("t", "Tanaka", "PERSON"),
         "Ivanov": ("i", "Ivanov", "PERSON"), "Riga": ("ri", "Riga", "GPE"),
         "Ostrov": ("os", "Ostrov", "LOC"), "Paris": ("pa", "Paris", "GPE"),
         "Poles": ("pl", "Poles", "NORP"), "Polish": ("pl", "Poles", "NORP"),
         "Kirsch": ("k", "Kirsch", "PERSON")}


def test_light_verb_possessive_group_and_place_of_a_nominal():
    ad = build("After a clash at Ostrov on 29 July 1920, Tanaka's infantry made a night attack on 31 July 1920.",
               NAMES, {"29 July 1920": "1920-07-29", "31 July 1920": "1920-07-31"})
    evs = run(ad)
    attack = one(evs, "attack")
    assert roles(attack) == {"agent": {"t"}} and attack.time["value"] == "1920-07-31"
    clash = one(evs, "battle")
    assert clash.place == "os" and clash.time["value"] == "1920-07-29"


def test_coordinated_subjects_agree_on_a_ceasefire():
    ad = build("Tanaka and Orlov agreed on a ceasefire in Riga on 10 August 1920.", NAMES,
               {"10 August 1920": "1920-08-10"})
    treaty = one(run(ad), "treaty")
    assert roles(treaty) == {"agent": {"t", "o"}} and treaty.place == "ri"


def test_nationality_troops_crossing_a_frontier_is_an_invasion():
    ad = build("On 9 August 1945 Soviet troops crossed the frontier of Karelia from three sides.", NAMES,
               {"9 August 1945": "1945-08-09"})
    evs = run(ad)
    assert not [e for e in evs if e.type == "defection"]
    inv = one(evs, "invasion")
    assert roles(inv) == {"agent": {"su"}} and inv.place == "ka"


def test_a_spelling_is_not_a_publication():
    ad = build("In 1950 Ivan Petrov (also written Ivan Petroff in French papers) moved to Paris. "
               "Petrov, sometimes written Petroff, travelled to Riga in 1951.", NAMES,
               {"1950": "1950", "1951": "1951"})
    assert not [e for e in run(ad) if e.type == "publication"]


def test_object_control_and_plans_are_not_fights():
    ad = build("In 1941 Kirsch met Orlov in Riga, and Paris told the rebels to stop fighting.", NAMES,
               {"1941": "1941"})
    assert not [e for e in run(ad) if e.type == "battle"]


def test_collective_events_take_no_participant_from_the_passage():
    ad = build("In August 1945 Orlov was in Riga. Fighting went on in places until 30 August 1945.", NAMES,
               {"August 1945": "1945-08", "30 August 1945": "1945-08-30"})
    assert all("o" not in roles(e).get("agent", set()) for e in run(ad) if e.type == "battle")


def test_battle_of_a_war_has_no_patient_and_casualty_counts_are_no_killings():
    ad = build("In 1939 Orlov called it the biggest battle of the Winter War. The Finns lost 600 killed and "
               "2,500 wounded, and 792 Soviet soldiers killed and missing.", {**NAMES, "Winter War": ("ww", "Winter War", "EVENT")},
               {"1939": "1939"})
    evs = run(ad)
    assert not [e for e in evs if e.type == "killing"]
    assert all("ww" not in {p.entity for p in e.participants} for e in evs)


def test_pronoun_object_is_not_the_clause_subject():
    ad = build("In 1945 Ivan Petrov lived in Riga with the mission. On 19 August 1945 Orlov urged him to leave, "
               "and when he refused, he was arrested.", NAMES, {"1945": "1945", "19 August 1945": "1945-08-19"})
    evs = run(ad)
    assert roles(one(evs, "appeal")).get("patient") == {"p"}
    assert roles(one(evs, "arrest")).get("patient") == {"p"}


def test_yearless_date_after_an_aside_year_is_marked_inherited():
    text = ("In early July 1920 Tanaka reached Ostrov. He answered with the map of the treaty of 1860. "
            "After a clash at Ostrov on 29 July, Tanaka's infantry made a night attack.")
    ad = build(text, NAMES, {"early July 1920": "1920-07", "1860": "1860", "29 July": "1860-07-29"})
    ad = ad.with_(timexes=[Timex(t.start, t.end, t.text, t.type, t.value, t.mod,
                                 anchor="narrative" if t.text == "29 July" else None) for t in ad.timexes])
    clash = one(run(ad), "battle")
    assert clash.time["inherited"] and clash.time["value"] == "1920-07-29"
    assert clash.time["anchor_suspect"] == "1860-07-29"


def test_end_of_an_event_dates_it_on_or_before():
    ad = build("The Ostrov fighting, which ended on 10 August 1920, taught Tanaka a lesson.", NAMES,
               {"10 August 1920": "1920-08-10"})
    ev = one(run(ad), "battle")
    assert ev.time["value"] == "1920-08-10" and ev.time["mod"] == "ON_OR_BEFORE" and ev.place == "os"


def test_population_counts_with_qualifiers_and_who_gives_them():
    ad = build("In 1940 Kirsch organised the deportation of the Poles of Riga; Orlov puts the number he "
               "removed at about 175,000. In 1941 the region had been emptied of its Polish population, some "
               "180,000 people.", NAMES, {"1940": "1940", "1941": "1941"})
    evs = [e for e in run(ad) if e.type == "deportation"]
    first = evs[0]
    assert first.numbers[0]["value"] == 175000 and first.numbers[0]["qualifier"] == "about"
    assert first.numbers[0]["attributed_to"] == "o" and first.numbers[0]["unit"] == "people"
    assert any(n["value"] == 180000 and n["qualifier"] == "some" for e in evs for n in e.numbers)


def test_number_ranges_follow_the_stated_approximation():
    assert number_range({"value": 171781}) == (171781, 171781)
    assert number_range({"value": 175000, "qualifier": "about"}) == (157500, 192500)  # a tenth either side
    assert number_range({"value": 180000, "qualifier": "some"}) == (162000, 198000)
    assert number_range({"value": 2000000, "qualifier": "about"}) == (1500000, 2500000)  # its last digit
    assert number_range({"value": 50000, "qualifier": "as many as"})[1] == 50000


def _doc(text, dates, source):
    ad = build(text, NAMES, dates)
    ad.document.source = source
    ad = ad.with_(**events.annotate(ad, Options()))
    return ad.with_(**checks.annotate(ad, Options()))


def test_number_conflict_beyond_stated_approximations_and_one_timeline_entry():
    a = _doc("On 21 August 1940 Kirsch ordered the deportation of the Poles of Riga. Ivanov counted "
             "151,781 people, moved by rail.", {"21 August 1940": "1940-08-21"}, "a.txt")
    b = _doc("In 1940 Kirsch deported some 180,000 Poles from Riga.", {"1940": "1940"}, "b.txt")
    c = _doc("In 1940 Kirsch deported about 171,000 Poles from Riga.", {"1940": "1940"}, "c.txt")
    tables = build_corpus([a, b, c])
    nums = [x for x in tables.conflicts if x.kind == "number_conflict"]
    assert len(nums) == 1
    assert {e.text for e in nums[0].evidence} == {"151,781", "some 180,000", "about 171,000"}
    dep = [t for t in tables.timeline if t.type == "deportation"]
    assert len(dep) == 1 and len({s.source for s in dep[0].sources}) == 3


def test_one_day_apart_is_a_discrepancy_explained_by_the_text_that_gives_both():
    a = _doc("When the Soviet Union entered the war on 8 August 1945, Orlov stayed in Riga.",
             {"8 August 1945": "1945-08-08"}, "a.txt")
    b = _doc("On 9 August 1945 Soviet troops crossed the frontier of Karelia. Hence some books date the "
             "Soviet entry to 8 August.", {"9 August 1945": "1945-08-09", "8 August": "1945-08-08"}, "b.txt")
    tables = build_corpus([a, b])
    kinds = [x.kind for x in tables.conflicts]
    assert "date_conflict" not in kinds
    disc = [x for x in tables.conflicts if x.kind == "date_discrepancy"]
    assert len(disc) == 1 and "itself gives both dates" in disc[0].message
    inv = [t for t in tables.timeline if t.type == "invasion" and t.date and t.date.startswith("1945-08")]
    assert any(len({s.source for s in t.sources}) == 2 for t in inv)


def test_flashback_birth_is_not_a_narrative_conflict_but_and_so_is():
    a = _doc("In the late 1930s Orlov was a commander in Karelia. Born near Riga in 1901, Orlov served in the "
             "Red Army.", {"the late 1930s": "193", "1901": "1901"}, "a.txt")
    assert not [i for i in a.issues if i.kind == "narrative_date"]
    b = _doc("During the purges of the late 1930s, Kirsch arrested Orlov, and so in 1957 Kirsch deported "
             "3,000 Poles to Karelia.", {"the late 1930s": "193", "1957": "1957"}, "b.txt")
    assert [i for i in b.issues if i.kind == "narrative_date"]


def test_summaries_read_like_headlines():
    assert summary("battle", [], [], "Ostrov", "clash") == "Battle (clash) at Ostrov"
    assert summary("treaty", [], [], None, "ceasefire") == "Treaty (ceasefire)"
    assert summary("attack", ["Soviet Union"], ["Ostrov"], None) == "Soviet Union attacked Ostrov"

"""The events stage on small texts with hand-made mentions and dates (no other stage needed), and on
the sample texts through the whole pipeline (shared)."""
from __future__ import annotations

import re

import pytest

from historiograph import events
from historiograph.events.dates import bounds, compatible, show
from historiograph.model import AnnotatedDocument, Citation, Document, Entity, Mention, Timex
from historiograph.parse import annotate as parse
from historiograph.pipeline import Options


def build(text: str, names: dict[str, tuple[str, str, str]], dates: dict[str, str],
          cites: dict[str, str] | None = None) -> AnnotatedDocument:
    """An AnnotatedDocument parsed by spaCy, with mentions of ``names`` (surface -> (entity id,
    canonical name, label)), timexes of ``dates`` (surface -> TIMEX3 value) and citation markers."""
    ad = AnnotatedDocument(document=Document(source="<test>", text=text))
    citations = []
    for marker, ref in (cites or {}).items():
        for m in re.finditer(re.escape(marker), text):
            citations.append(Citation(m.start(), m.end(), marker, ref))
    ad = ad.with_(citations=citations)
    ad = ad.with_(**parse(ad, Options()))
    mentions, taken = [], set()
    for surface in sorted(names, key=len, reverse=True):
        eid, _name, label = names[surface]
        for m in re.finditer(r"\b" + re.escape(surface) + r"\b", text):
            if taken & set(range(m.start(), m.end())):
                continue
            taken |= set(range(m.start(), m.end()))
            mentions.append(Mention(m.start(), m.end(), surface, label, eid))
    ents = {}
    for eid, name, label in names.values():
        ents.setdefault(eid, Entity(eid, name, label))
    timexes = []
    for surface, value in dates.items():
        for m in re.finditer(re.escape(surface), text):
            mod = "END" if surface.startswith("the late") else None
            timexes.append(Timex(m.start(), m.end(), surface, "DATE", value, mod))
    return ad.with_(mentions=sorted(mentions, key=lambda m: m.start), entities=list(ents.values()),
                    timexes=sorted(timexes, key=lambda t: t.start))


def run(ad: AnnotatedDocument) -> list:
    return events.annotate(ad, Options())["events"]


def one(evs, etype):
    hits = [e for e in evs if e.type == etype]
    assert hits, f"no {etype} event in {[e.type for e in evs]}"
    return hits[0]


def roles(ev) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in ev.participants:
        out.setdefault(p.role, set()).add(p.entity or p.name)
    return out


PEOPLE = {
    "Ivan Petrov": ("p", "Ivan Petrov", "PERSON"), "Petrov": ("p", "Ivan Petrov", "PERSON"),
    "Finland": ("fi", "Finland", "GPE"), "Soviet Union": ("su", "Soviet Union", "GPE"),
    "Karelia": ("ka", "Karelia", "LOC"), "Red Army": ("ra", "Red Army", "ORG"),
    "Helsinki": ("he", "Helsinki", "GPE"), "Oslo": ("os", "Oslo", "GPE"),
}


def test_defection_with_time_place_and_multiword_trigger_merged():
    ad = build("On 3 March 1939, Ivan Petrov defected from the Soviet Union by crossing the border into "
               "Finland with the plans of the fortress.[4]", PEOPLE, {"3 March 1939": "1939-03-03"},
               {"[4]": "r4"})
    evs = run(ad)
    assert len([e for e in evs if e.type == "defection"]) == 1
    ev = one(evs, "defection")
    assert roles(ev) == {"agent": {"p"}}
    assert ev.time["value"] == "1939-03-03" and not ev.time["inherited"]
    assert ev.place == "fi"
    assert ev.citations == ["r4"]
    assert ev.trigger["text"] == "defected" and ev.sentence["start"] == 0
    assert ev.certainty == "asserted"


def test_nominalisation_nationality_adjective_is_the_state_and_of_is_the_place():
    ad = build("On 9 August 1945, the Soviet invasion of Karelia commenced and Petrov vanished in the "
               "confusion of the assault.", PEOPLE, {"9 August 1945": "1945-08-09"})
    evs = run(ad)
    inv = one(evs, "invasion")
    assert roles(inv) == {"agent": {"su"}}
    assert inv.place == "ka" and inv.time["value"] == "1945-08-09"
    gone = one(evs, "disappearance")
    assert roles(gone) == {"patient": {"p"}}
    assert gone.time["value"] == "1945-08-09"  # the date of the conjoined clause
    assert not [e for e in evs if e.type == "attack"]  # "the assault": the invasion told again


def test_state_named_only_by_a_plural_nationality_keeps_the_state_name():
    ad = build("Suddenly in August 1945 the war ended overnight, and the Soviets marched in first.",
               {}, {"August 1945": "1945-08"})
    ev = one(run(ad), "invasion")
    assert ev.participants[0].entity is None and ev.participants[0].name == "Soviet Union"
    assert ev.time["value"] == "1945-08"


def test_passive_pronoun_and_competing_accounts_are_disputed():
    ad = build("In 1945 Petrov vanished in Oslo. Other theories hold that he was captured by the Red Army "
               "or that he was killed by bandits.", PEOPLE, {"1945": "1945"})
    evs = run(ad)
    arrest = one(evs, "arrest")
    assert roles(arrest) == {"patient": {"p"}, "agent": {"ra"}}
    assert arrest.certainty == "disputed"
    assert arrest.time["inherited"] and arrest.time["value"] == "1945"  # the narrative's time, marked
    assert one(evs, "killing").certainty == "disputed"
    assert one(evs, "disappearance").certainty == "asserted"


def test_negation_report_and_plans():
    ad = build("The Soviet Union signed a neutrality pact with Finland, which it did not break until 1945. "
               "Petrov reportedly fled to Oslo in 1946. He planned to travel to Helsinki.",
               PEOPLE, {"1945": "1945", "1946": "1946"})
    evs = run(ad)
    pact = one(evs, "treaty")
    assert roles(pact) == {"agent": {"su", "fi"}}
    assert one(evs, "defection").certainty == "reported"
    assert not [e for e in evs if e.type == "movement"]  # a plan is not an event


def test_negated_event():
    ad = build("In 1940 Petrov did not defect to Finland.", PEOPLE, {"1940": "1940"})
    assert one(run(ad), "defection").certainty == "negated"


def test_numbers_and_possessive_nominal():
    ad = build("In 1937 Petrov deported 172,000 Koreans to Karelia. In 1938 Petrov accused Kim of spying "
               "and ordered his execution.",
               {**PEOPLE, "Kim": ("k", "Kim", "PERSON")}, {"1937": "1937", "1938": "1938"})
    evs = run(ad)
    dep = one(evs, "deportation")
    assert dep.numbers and dep.numbers[0]["value"] == 172000 and dep.numbers[0]["of"] == "Koreans"
    assert dep.place == "ka"
    exe = one(evs, "execution")
    assert roles(exe) == {"agent": {"p"}, "patient": {"k"}} and exe.time["value"] == "1938"
    assert roles(one(evs, "accusation")) == {"agent": {"p"}, "patient": {"k"}}


def test_later_mention_of_a_told_event_is_not_a_new_event():
    ad = build("On 3 March 1939, Petrov defected to Finland. His defection was kept secret.",
               PEOPLE, {"3 March 1939": "1939-03-03"})
    assert len([e for e in run(ad) if e.type == "defection"]) == 1


def test_reference_zone_is_skipped():
    from historiograph.model import Zone
    text = "In 1940 Petrov defected to Finland.\n\n1. Petrov, I. (1950). How I defected to Finland. Oslo."
    ad = build(text, PEOPLE, {"1940": "1940"})
    ad = ad.with_(zones=[Zone(0, 36, "body"), Zone(36, len(text), "references")])
    assert len(run(ad)) == 1


def test_dates_keep_precision_and_compare():
    assert compatible(bounds("1945-08-09"), bounds("1945-08"))
    assert not compatible(bounds("1937"), bounds("1957"))
    assert compatible(bounds("1938"), bounds("193", "END"))
    assert not compatible(bounds("1932"), bounds("193", "END"))
    assert show("1945-08") == "August 1945" and show("193") == "1930s"


# ---- the sample texts, through the whole pipeline -------------------------------------------------

def _matches(ad, g, mapping) -> bool:
    s0, s1 = next(((s.start, s.end) for s in ad.sentences if s.start <= g["evidence_span"][0] < s.end),
                  (g["evidence_span"][0], g["evidence_span"][1]))
    gparts = set()
    for role in ("agent", "patient", "recipient"):
        for gid in g.get(role) or []:
            gparts |= mapping.get(gid, set())
    for ev in ad.events:
        if ev.type != g["type"] or not (s0 <= ev.trigger["start"] < s1):
            continue
        if g.get("time") and not (ev.time and compatible(bounds(ev.time["value"]), bounds(g["time"]))
                                  and (ev.time["value"].startswith(g["time"]) or g["time"].startswith(ev.time["value"]))):
            continue
        keys = set()
        for p in ev.participants:
            if p.entity:
                keys.add(p.entity)
                e = ad.entity(p.entity)
                keys.add("name:" + (e.name.lower() if e else ""))
            if p.name:
                keys.add("name:" + p.name.lower())
        if gparts and not (keys & gparts):
            continue
        return True
    return False


@pytest.mark.shared
def test_gold_events_recall(seeds_annotated, gold):
    found = total = 0
    missed = []
    for name, ad in seeds_annotated.items():
        gdoc = gold["documents"][name]
        mapping: dict[str, set[str]] = {}
        for gm in gdoc["mentions"]:
            for pm in ad.mentions:
                if pm.entity and pm.start < gm["end"] and gm["start"] < pm.end:
                    mapping.setdefault(gm["entity"], set()).add(pm.entity)
        for gid, ge in gdoc["entities"].items():
            mapping.setdefault(gid, set()).add("name:" + ge["name"].lower())
        for g in gdoc["events"]:
            total += 1
            if _matches(ad, g, mapping):
                found += 1
            else:
                missed.append((name, g["type"], g["evidence"]))
    assert total and found / total >= 0.8, missed


@pytest.mark.shared
def test_events_skip_reference_list_and_have_offsets(seeds_annotated):
    for ad in seeds_annotated.values():
        for ev in ad.events:
            assert ad.zone_at(ev.trigger["start"]) == "body"
            assert ad.text[ev.trigger["start"]:ev.trigger["end"]] == ev.trigger["text"]
            assert ev.sentence["start"] <= ev.trigger["start"] < ev.sentence["end"]

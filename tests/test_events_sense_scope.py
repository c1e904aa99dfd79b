"""A trigger's sense by the kind of what it is said of (issue: sense12): a place "sacked" is plundered, a
person dismissed; "ordered X out of" a country is an expulsion, "ordered X closed" no appeal; "sent
home" no posting; "wrote to you" a letter, no publication; a people or an army that "entered" a city
invaded it. And the reach of a hedge or a report: "probably" on a date or on one clause, a verb of
telling in a relative clause. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _shown(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger["text"], e.certainty) for e in annotate_text(text).events
            if e.confidence >= THRESHOLD]


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _shown(text)}


@pytest.mark.parametrize("text, right, wrong", [
    ("The village of Dorogi was sacked in 1594.", "attack", "dismissal"),
    ("In 1630 the cathedral of Veszt was sacked by the imperial troops.", "attack", "dismissal"),
    ("The priory was sacked in 1539 and its bells were melted down.", "attack", "dismissal"),
    ("In 1731 the treasurer Pal Orban was sacked by the prince.", "dismissal", "attack"),
    ("In 1899 the foreman Abel Hurst was sacked for theft.", "dismissal", "attack"),
    ("In 1883 the prefect ordered the editor Ivo Marek out of Savoy.", "deportation", "appeal"),
    ("The emperor ordered the Jesuits out of the country in 1773.", "deportation", "appeal"),
    ("In 1919 the reservists of Kell were sent home.", "movement", "assignment"),
    ("In 1947 the internees were sent back to their farms.", "movement", "assignment"),
    # (war told near it: mend2; without war a people entering a place is a journey, see below)
    ("When the Austrians entered Milan in May 1799 after the battle, the bishop hid the relics.", "invasion",
     "movement"),
    ("In 1812 the French invaded Lithuania. In June the French entered Vilna.", "invasion", "movement"),
    ("When the Bavarians entered Linz in 1741, the imperial troops fled.", "invasion", "movement"),  # (a demonym untagged)
    ("In 1853 the police ordered the exile Janos Ruttkay out of Saxony.", "deportation", "appeal"),
])
def test_the_kind_of_what_is_acted_on_tells_the_sense(text, right, wrong):
    types = _types(text)
    assert right in types and wrong not in types


@pytest.mark.parametrize("text, wrong", [
    ("The school which the governor ordered closed in 1911 reopened in 1913.", "appeal"),
    ("In 1908 the mayor Otto Link ordered the inn at Sarno closed.", "appeal"),
    ("In 1886 the bishop ordered the old chapel at Kell demolished.", "appeal"),
    ("After the lockout of 1909 the spinners of Tull were sent away.", "assignment"),
    ("As I wrote to you in April, the bridge at Orvik is finished.", "publication"),
    ("In May 1841 I wrote to you about the flood at the mill.", "publication"),
])
def test_an_order_of_a_state_a_dismissal_or_a_letter_is_no_event_of_that_type(text, wrong):
    assert wrong not in _types(text)


@pytest.mark.parametrize("text, right", [
    ("In 1842 the colonel Ede Rusz ordered the battalion to the river.", "appeal"),
    ("In 1843 the general Ede Rusz ordered the gunners to fire on the bridge.", "appeal"),
    ("In 1872 the colonel Ivo Lund ordered the guns loaded.", "appeal"),  # (loading is no event)
    ("In 1861 the priest Jan Hora was sent to Lemberg by the bishop.", "assignment"),
    ("In 1823 the pastor Jon Dahl wrote a pamphlet on the poor law.", "publication"),
    ("In 1850 the painter Max Orel entered Rome.", "movement"),
    ("In 1528 the mercenaries sacked the town of Gellen.", "attack"),
])
def test_the_ordinary_sense_stays(text, right):
    assert right in _types(text)


def test_a_hedge_on_a_date_is_the_dates_not_the_events_of_the_sentence():
    text = ("When the Mongols invaded Galicia in the 1250s, the priory of Mern was sacked, probably in 1259, "
            "and the canons fled with the relics to Lwow.")
    shown = {t: c for t, _, c in _shown(text)}
    assert shown["invasion"] == "asserted"
    assert shown.get("movement", shown.get("defection")) == "asserted"
    ad = annotate_text(text)
    sack = next(e for e in ad.events if e.trigger["text"] == "sacked")
    assert sack.time["edtf"] == "1259?"  # the doubt stays on the date


def test_a_hedge_of_one_clause_stays_in_it():
    shown = _shown("In 1752 the envoy Aram Vos was probably murdered by his guides.")
    assert ("killing", "murdered", "hedged") in shown
    shown = _shown("When the Tatars invaded Podolia in 1241, the abbey of Sarn was probably burned.")
    assert [c for t, _, c in shown if t == "invasion"] == ["asserted"]
    shown = _shown("The rebels took Kosno, perhaps in May 1403, and the sheriff Wat Hale was arrested.")
    assert [c for t, _, c in shown if t == "arrest"] == ["asserted"]


def test_a_telling_in_a_relative_clause_reports_nothing_outside_it():
    shown = _shown("Ida Moser did not go back to the stage. Instead she settled in Graz in 1893, "
                   "where she wrote for the Tagespost.")
    assert ("movement", "settled", "asserted") in shown
    shown = _shown("The editor Hugo Pratt wrote that the bandits had killed the consul Ivo Sark at Tenby in 1870.")
    assert all(c == "reported" for t, _, c in shown if t == "killing")


@pytest.mark.parametrize("text", [
    "In 1884 the prefect ordered the crowd out of the harbour.",
    "In 1885 the abbot ordered the novice Pio Sarro out of the chapel.",
    "In 1886 the general ordered the regiment out of Savoy.",
])
def test_ordered_out_of_a_room_or_an_army_out_of_a_place_is_no_expulsion(text):
    assert "deportation" not in _types(text)


def test_a_hedge_on_who_did_it_stays_on_the_event():
    shown = _shown("In 1702 the mill at Sarno was burned, probably by the rebels of Vess.")
    assert [c for t, _, c in shown if t == "attack"] in ([], ["hedged"])


def test_a_telling_in_a_second_conjunct_reports_only_its_own_content():
    shown = _shown("In 1891 the surveyor Emil Rauch settled in Graz and wrote for the local weekly.")
    assert ("movement", "settled", "asserted") in shown
    shown = _shown("In 1892 the surveyor Emil Rauch settled in Graz, and he wrote that the town was cold.")
    assert ("movement", "settled", "asserted") in shown
    shown = _shown("The rebels burned the mill at Tarn in 1790, the governor Ivo Kas wrote.")
    assert [c for t, _, c in shown if t == "attack"] == ["reported"]


# --- mend2: faults the review of sense12 found ---

@pytest.mark.parametrize("text", [
    "In 1848 the Irish entered Boston in great numbers.",  # migrants
    "In 1890 the Italians entered the United States through Ellis Island.",
    "In 1934 the Russians entered the League of Nations.",  # an organisation
    "In 1850 the Democrats entered Congress.",  # a party
    "In 1598 the Huguenots entered Geneva.",  # a faith
    "The Hungarians crossed into Austria in 1956 as refugees.",
    "In 1772 the Swedes entered the town of Kessel.",  # no war told
    "During the war of 1812 the Democrats entered Congress.",  # a party, war or not
    "During the war the Huguenots entered Geneva.",  # a faith
    "During the war with Japan the Russians entered the League of Nations.",  # an organisation
])
def test_a_people_entering_a_place_without_war_is_no_invasion(text):
    assert "invasion" not in _types(text)


@pytest.mark.parametrize("text", [
    "In 1772, during the war with Denmark, the Swedes entered the town of Kessel.",
    "The Danes besieged Kessel for a month in 1772. In 1773 the Swedes entered Kessel.",
    "In 1799 the Austrian army marched south, and in May the Austrians entered Milan.",
])
def test_a_people_entering_a_place_in_war_invades_it(text):
    assert "invasion" in _types(text)


@pytest.mark.parametrize("text", [
    "The rebels burned the mill at Tarn in 1790, wrote the governor Ivo Kas.",
    "The rebels burned the mill at Tarn in 1790, reported the governor Ivo Kas.",
    "The rebels burned the mill at Tarn in 1790, claims the chronicler Ivo Mark.",
])
def test_a_teller_after_the_clause_still_reports_it(text):
    assert [c for t, _, c in _shown(text) if t == "attack"] == ["reported"]


def test_a_telling_joined_by_so_is_of_the_clause_before():
    from historiograph.events import _telling_of_its_own
    from historiograph.nlp import load_model
    doc = load_model()("The rebels burned the mill in 1790, and so the governor Ivo Kas reported.")
    assert not _telling_of_its_own(next(t for t in doc if t.lower_ == "reported"))
    doc = load_model()("The rebels burned the mill in 1790, and the governor Ivo Kas wrote to the bishop.")
    assert _telling_of_its_own(next(t for t in doc if t.lower_ == "wrote"))


def test_an_order_of_an_act_stays_an_order_and_the_act_is_planned():
    shown = _shown("In 1908 the mayor Otto Link ordered the inn at Sarno closed.")
    assert ("decision", "ordered", "asserted") in shown  # an order about a thing: bids no one
    assert not any(t == "dissolution" and c == "asserted" for t, _, c in shown)
    shown = _shown("In 1911 the governor ordered the village of Kell burned, but the troops refused.")
    assert ("decision", "ordered", "asserted") in shown  # (a place, no one, is what is ordered)
    assert not any(t == "attack" and c == "asserted" for t, _, c in shown)
    # (the parse makes the envoy the participle's subject: no order is found, before sense12 too)
    shown = _shown("In 1911 the governor ordered the envoy Ivo Kas arrested, but the envoy escaped.")
    assert not any(t == "arrest" and c == "asserted" for t, _, c in shown)
    shown = _shown("In 1911 the governor ordered the rebels executed.")
    assert ("appeal", "ordered", "asserted") in shown
    assert not any(t == "execution" and c == "asserted" for t, _, c in shown)


@pytest.mark.parametrize("text", [
    "In 1870 the landlord ordered the family out of the village.",
    "In 1912 the captain ordered the crew out of the town.",
])
def test_ordered_out_by_no_authority_or_a_crew_is_no_expulsion(text):
    assert "deportation" not in _types(text)


def test_sent_away_to_a_place_is_a_journey():
    assert "movement" in _types("In 1940 the children were sent away to the country.")


@pytest.mark.parametrize("text", [
    "The mill at Tarn was burned probably in 1790.",
    "The mill at Tarn was burned, probably in 1790.",
    "It was probably in 1702 that the envoy Pal Sarn was killed.",
])
def test_a_hedge_on_a_date_without_a_comma_is_the_dates_alone(text):
    ad = annotate_text(text)
    ev = next(e for e in ad.events if e.type in ("attack", "killing"))
    assert ev.certainty == "asserted" and ev.time["edtf"].endswith("?")


def test_a_hedge_on_who_did_it_gives_a_hedged_event():
    shown = _shown("In 1702 the mill at Sarno was burned, probably by the rebels of Vess.")
    assert [c for t, _, c in shown if t == "attack"] == ["hedged"]


@pytest.mark.parametrize("text, right, wrong", [
    # (the decision of a relative clause without a date of its own falls below the threshold)
    ("The school which the governor ordered closed in 1911 reopened in 1913.", None, {"appeal", "dissolution"}),
    ("In 1909 the governor ordered the school at Tull closed.", "decision", {"appeal", "dissolution"}),
    ("After the lockout of 1909 the spinners of Tull were sent away.", None, {"assignment", "movement"}),
    ("As I wrote to you in April, the bridge at Orvik is finished.", "statement", {"publication"}),
])
def test_what_an_order_a_dismissal_or_a_letter_is(text, right, wrong):
    types = _types(text)
    assert (right is None or right in types) and not types & wrong, types


def test_a_hedge_on_a_second_act_does_not_move_to_the_first():
    shown = _shown("The rebels burned the mill at Tarn in 1790 and then probably attacked the fort.")
    assert ("attack", "burned", "asserted") in shown
    assert not any(trig == "burned" and c == "hedged" for _, trig, c in shown)

"""Recall on unseen prose (issue: events4): kinds of construction a held-out check found missing or
mistyped — suits and hearings, elections, oaths, onward travel and crowds joined on the road, deaths a
disease caused, agentless passives of common nouns, relative clauses, repeated acts ("refounded"); and
the precision faults beside them (an order of a thing is a decision; an appeal only weighed is no
appeal; refuge in a church is no defection). Our own sentences and names."""
from __future__ import annotations

from historiograph import annotate_text


def _of(ad, etype):
    return [e for e in ad.events if e.type == etype]


def _types(ad) -> list[str]:
    return [e.type for e in ad.events]


def test_a_suit_is_an_accusation_against_the_one_sued():
    (ev,) = _of(annotate_text("In 1712 the tanner Elias Brandt sued his neighbour Jakob Moll over a ditch."),
                "accusation")
    assert ev.trigger["text"] == "sued" and ev.time["value"] == "1712"
    ad = annotate_text("In 1714 the parish brought a suit against Elias Brandt.")
    (ev,) = _of(ad, "accusation")
    assert any(p.role == "patient" for p in ev.participants)
    assert "accusation" not in _types(annotate_text("In 1714 Elias Brandt brought a new suit to the wedding."))


def test_a_hearing_that_was_held_or_took_place_is_a_trial():
    ad = annotate_text("A hearing, which took place in March 1716, cleared Elias Brandt.")
    (ev,) = _of(ad, "trial")
    assert ev.trigger["text"] == "hearing" and ev.confidence >= 0.5
    (ev,) = _of(annotate_text("An election was held in the county in 1718."), "election")
    assert ev.time["value"] == "1718"


def test_winning_a_seat_is_an_election_of_the_winner():
    (ev,) = _of(annotate_text("In 1721 Karl Odenwald won the seat for the lower ward."), "election")
    assert ev.trigger["text"] == "won" and [p.role for p in ev.participants] == ["patient"]
    assert "election" not in _types(annotate_text("In 1721 Hanna Roth won the race at the fair."))


def test_an_oath_that_something_was_so_is_a_statement():
    (ev,) = _of(annotate_text("On 2 May 1722 Hanna Roth swore that the grain had been weighed."), "statement")
    assert ev.trigger["text"] == "swore"


def test_onward_travel_and_a_crowd_joined_on_the_road_are_movements():
    ad = annotate_text("In 1723 the weavers were sent on to Harwich by the relief committee.")
    assert [e.type for e in ad.events if e.trigger["text"] == "sent"] == ["movement"]
    ad = annotate_text("In 1723 Karl Odenwald was sent to Vienna as envoy.")
    assert [e.type for e in ad.events if e.trigger["text"] == "sent"] == ["assignment"]
    ad = annotate_text("In 1724 the Odenwald family joined the crowds going west.")
    assert [e.type for e in ad.events if e.trigger["text"] == "joined"] == ["movement"]
    ad = annotate_text("In 1724 Karl Odenwald joined the Hanseatic League.")
    assert [e.type for e in ad.events if e.trigger["text"] == "joined"] == ["membership"]


def test_a_disease_that_killed_people_caused_deaths_not_a_killing():
    ad = annotate_text("The typhus reached the harbour in 1725. It killed about 300 people.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["death"]
    ad = annotate_text("The pirate Jonas Fell reached the harbour in 1725. He killed about 30 people.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["killing"]


def test_agentless_passives_of_common_nouns():
    ad = annotate_text("In 1726 the granary was set on fire.")
    (ev,) = _of(ad, "attack")
    assert ev.trigger["text"] == "set on fire"
    (ev,) = _of(annotate_text("The land was granted to the new settlers in 1727."), "aid")
    assert ev.trigger["text"] == "granted"
    (ev,) = _of(annotate_text("The envoys were received by the doge in 1728."), "meeting")
    assert ev.trigger["text"] == "received"
    assert "meeting" not in _types(annotate_text("The letter was received by the doge in 1728."))
    (ev,) = _of(annotate_text("Hanna Roth was rewarded for her courage in 1729."), "award")
    (ev,) = _of(annotate_text("Karl Odenwald was excommunicated by the bishop in 1730."), "dismissal")
    (ev,) = _of(annotate_text("In 1731 the delegates walked out of the diet."), "withdrawal")
    (ev,) = _of(annotate_text("The crew abandoned the brig on 4 June 1732."), "withdrawal")
    assert ev.trigger["text"] == "abandoned"


def test_a_repeated_act_has_the_type_of_the_act():
    (ev,) = _of(annotate_text("The guild was refounded in 1733."), "founding")
    assert ev.trigger["text"] == "refounded"


def test_a_treaty_signed_in_a_relative_clause():
    ad = annotate_text("The treaty that Ottokar Hein signed at Brno in 1734 gave the valley to Moravia.")
    (ev,) = _of(ad, "treaty")
    assert any(p.role == "agent" for p in ev.participants)


def test_an_order_of_a_thing_is_a_decision_not_an_appeal():
    ad = annotate_text("In 1735 the council ordered a recount.")
    assert _types(ad) == ["decision"]
    ad = annotate_text("In 1735 the governor ordered the closure of the mint.")
    assert "appeal" not in _types(ad)


def test_an_appeal_only_considered_is_no_appeal():
    ad = annotate_text("In 1736 Karl Odenwald considered an appeal but did not pursue it.")
    assert "appeal" not in _types(ad)


def test_refuge_in_a_church_is_no_defection():
    ad = annotate_text("In 1737 the villagers took refuge in the church.")
    assert "defection" not in _types(ad)
    ad = annotate_text("In 1737 Karl Odenwald sought refuge in Sweden.")
    assert "defection" in _types(ad)


def test_counted_deaths_are_new_events_not_a_mention():
    ad = annotate_text("On 9 May 1738 a gale struck the coast of Sylt. The deaths of fourteen fishermen that night "
                       "emptied the village.")
    (ev,) = _of(ad, "death")
    assert ev.trigger["text"] == "deaths" and ev.time["value"].startswith("1738-05-09")


def test_marching_on_a_place_is_an_attack_but_marching_on_a_day_is_not():
    ad = annotate_text("In 1739 the insurgents marched on Lemberg.")
    assert [e.type for e in ad.events if e.trigger["text"] == "marched"] == ["attack"]
    ad = annotate_text("The regiment marched on 4 May 1739 to Lemberg.")
    assert [e.type for e in ad.events if e.trigger["text"] == "marched"] == ["movement"]


def test_a_traveller_reaches_a_name_the_tagger_left_unlabelled():
    ad = annotate_text("In June 1740 we reached Terschelling.")
    if any(t.text == "Terschelling" and t.ent_type_ == "" for t in ad.nlp):
        assert [e.type for e in ad.events if e.trigger["text"] == "reached"] == ["movement"]
    assert not [e for e in annotate_text("In June 1740 the letter reached Anna Weiss.").events
                if e.trigger["text"] == "reached"]


def test_a_disease_named_first_in_its_sentence_is_still_a_disease():
    ad = annotate_text("Cholera broke out in the garrison in June 1741. It killed about 200 men.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["death"]


def test_a_ship_that_sailed_in_a_relative_clause():
    ad = annotate_text("The brig Vesta, which sailed on 4 April 1742, carried forty emigrants.")
    assert [e.type for e in ad.events if e.trigger["text"] == "sailed"] == ["movement"]


def test_a_noun_that_names_a_bill_tells_no_event():
    ad = annotate_text("In 1743 the diet read the county election and franchise bill.")
    assert "election" not in [e.type for e in ad.events]
    ad = annotate_text("In 1743 the county election was held in May.")
    assert "election" in [e.type for e in ad.events]


def test_a_margin_of_votes_is_no_vote_and_a_disease_tagged_as_a_body_still_kills():
    ad = annotate_text("In 1744 Johanna Brink won the seat for Delft by forty votes.")
    assert sorted(e.type for e in ad.events) == ["election"]
    ad = annotate_text("Smallpox reached the village in 1745. It killed about 120 children.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["death"]

"""Event word senses and stated events on unseen prose (issue: events3): a verb's object, doer or
frame decides its sense (a bequest is no departure, a company's resettlement no deportation, a claim
renounced no resignation, a means named by a bare noun no event); movements of ships and groups,
captures told by "was taken", deaths of groups, reduced passive relatives. Our own sentences."""
from __future__ import annotations

from historiograph import annotate_text


def _types(ad) -> list[str]:
    return [e.type for e in ad.events]


def _of(ad, etype):
    return [e for e in ad.events if e.type == etype]


def test_leaving_a_thing_to_someone_is_no_departure():
    ad = annotate_text("In 1820 the merchant Tobias Wren left his estate at Kelso to his nephew.")
    assert "movement" not in _types(ad)
    ad = annotate_text("In 1820 the merchant Tobias Wren left Glasgow for Liverpool.")
    (ev,) = _of(ad, "movement")
    assert ev.trigger["text"] == "left" and ev.time["value"] == "1820"


def test_returning_a_thing_is_no_journey():
    assert "movement" not in _types(annotate_text("In 1799 Ada Crane returned the letters to her brother in Bath."))
    (ev,) = _of(annotate_text("In 1799 Ada Crane returned to Bath."), "movement")
    assert ev.trigger["text"] == "returned"


def test_renouncing_a_claim_is_no_resignation_but_renouncing_an_office_is():
    ad = annotate_text("By the terms of the treaty the sultan Murad renounced his claim to the island in 1754.")
    assert "resignation" not in _types(ad)
    ad = annotate_text("In 1754 the sultan Murad renounced the presidency of the council.")
    assert "resignation" in _types(ad)


def test_a_company_that_resettles_people_moves_them_and_deports_no_one():
    ad = annotate_text("In 1833 the villagers of Arden were resettled by the company on its eastern plantations.")
    assert "deportation" not in _types(ad)
    assert [e.trigger["text"] for e in _of(ad, "movement")] == ["resettled"]
    ad = annotate_text("In 1944 the villagers of Arden were resettled by the army in Kazakhstan.")
    assert [e.trigger["text"] for e in _of(ad, "deportation")] == ["resettled"]


def test_a_means_named_by_a_bare_noun_is_no_event_of_its_own():
    ad = annotate_text("In 1790 the governor Hale resolved to secure the port by treaty.")
    assert "treaty" not in _types(ad)
    ad = annotate_text("In 1790 the governor Hale signed a treaty with the Creek nation.")
    assert "treaty" in _types(ad)


def test_a_ship_or_a_party_reaching_a_place_is_a_movement():
    ad = annotate_text("In May 1812 the ship reached Valparaiso.")
    (ev,) = _of(ad, "movement")
    assert ev.trigger["text"] == "reached" and ev.time["value"] == "1812-05"
    ad = annotate_text("In 1848 the miners reached Sacramento after a long winter.")
    assert [e.trigger["text"] for e in _of(ad, "movement")] == ["reached"]
    ad = annotate_text("In 1848 the news reached Sacramento, and the talks reached an agreement.")
    assert "movement" not in _types(ad)  # news travels, but no one moved


def test_a_named_vessel_sailing_from_a_port_is_a_movement():
    ad = annotate_text("The brig Halcyon sailed from Lisbon on 3 June 1788.")
    (ev,) = _of(ad, "movement")
    assert ev.trigger["text"] == "sailed" and ev.time["value"] == "1788-06-03"
    ad = annotate_text("In 1847 the whaler set sail for Hobart.")
    assert [e.trigger["text"] for e in _of(ad, "movement")] == ["set sail"]


def test_taken_by_an_enemy_is_a_capture_taken_somewhere_is_not():
    ad = annotate_text("Colonel Brand was taken by the Austrians at Ulm in 1805.")
    (ev,) = _of(ad, "arrest")
    assert ev.trigger["text"] == "taken" and ev.time["value"] == "1805"
    ad = annotate_text("In 1805 Colonel Brand was taken to Vienna by his uncle.")
    assert "arrest" not in _types(ad)
    ad = annotate_text("The captain was taken hostage by the pirates in 1702.")
    assert [e.trigger["text"] for e in _of(ad, "arrest")] == ["taken hostage"]


def test_a_group_dying_is_a_death_even_by_a_verb_whose_first_sense_is_another():
    ad = annotate_text("In 1851 forty people drowned when the ferry capsized off Dunmore.")
    (ev,) = _of(ad, "death")
    assert ev.trigger["text"] == "drowned" and ev.time["value"] == "1851"
    ad = annotate_text("In 1851 the flood drowned the valley's fields.")
    assert "death" not in _types(ad) and "killing" not in _types(ad)


def test_a_crowd_burning_a_building_is_an_attack():
    ad = annotate_text("In 1766 the weavers burned the mill at Calder.")
    (ev,) = _of(ad, "attack")
    assert ev.trigger["text"] == "burned" and ev.time["value"] == "1766"
    assert "attack" not in _types(annotate_text("In 1766 the weavers burned their old letters."))


def test_a_reduced_passive_relative_tells_its_event():
    ad = annotate_text("In 1830 a petition signed by 300 weavers was presented to Parliament.")
    assert "appeal" in _types(ad) and "treaty" not in _types(ad)
    ad = annotate_text("The troops sent by the governor arrived at Fort Vale on 2 May 1831.")
    assert "assignment" in _types(ad) and "movement" in _types(ad)


def test_an_event_wanted_or_averted_is_not_told():
    for text in ("In 1790 the governor Hale sought an alliance with the Creek nation.",
                 "In 1790 the council of Arden planned an invasion of the island.",
                 "In 1790 the council of Arden resolved on the expulsion of the Jesuits.",
                 "In 1790 the treaty of Arden prevented the invasion of the island."):
        ad = annotate_text(text)
        assert not [e for e in ad.events if e.type in ("cooperation", "invasion", "deportation")], text
    assert "invasion" in _types(annotate_text("In 1790 the council of Arden ordered the invasion of the island."))


def test_a_caravan_reaching_or_an_army_crossing_is_a_movement_news_is_not():
    assert [e.trigger["text"] for e in _of(annotate_text("The caravan reached Timbuktu in 1353."), "movement")] == ["reached"]
    assert [e.trigger["text"] for e in _of(annotate_text("In 1817 the army crossed the Andes."), "movement")] == ["crossed"]
    assert "movement" not in _types(annotate_text("By 1850 the population of Arden reached ten thousand."))


def test_a_verb_of_violence_needs_someone_or_somewhere_as_its_object():
    for text, etype in (("In 1780 the council executed the plan of the governor.", "execution"),
                        ("The portrait of the king was hung in the hall in 1780.", "execution"),
                        ("In 1780 the Lords killed the bill.", "killing"),
                        ("In 1780 the new dykes arrested the decline of the port.", "arrest"),
                        ("In 1780 the pamphlet attacked the policy of the governor.", "attack"),
                        ("In 1780 the rebels fought the fire for three days.", "battle"),
                        ("In 1780 the ministry withdrew the bill.", "withdrawal"),
                        ("In 1780 the court dismissed the charges.", "dismissal"),
                        ("The fire burned the archive of Arden in 1922.", "attack")):
        assert etype not in _types(annotate_text(text)), text
    for text, etype in (("In 1780 the rebels killed hundreds of villagers.", "killing"),
                        ("In 1780 the tribunal executed every rebel agent.", "execution"),
                        ("In 1780 they were executed at Tyburn.", "execution"),
                        ("In 1780 the rebels fought the dragoons at Arden.", "battle"),
                        ("In 1780 the general withdrew his troops from Arden.", "withdrawal")):
        assert etype in _types(annotate_text(text)), text


def test_an_official_meeting_someone_is_no_battle():
    ad = annotate_text("In 1780 the envoy met the king at Windsor.")
    assert "battle" not in _types(ad) and "meeting" in _types(ad)
    assert "battle" in _types(annotate_text("In 1780 the troops met the rebels at Arden."))


def test_an_illness_or_a_fire_that_kills_tells_deaths_not_a_killing():
    ad = annotate_text("In 1832 cholera killed hundreds of people in Arden.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["death"]
    ad = annotate_text("In 1832 the rebels killed hundreds of people in Arden.")
    assert [e.type for e in ad.events if e.trigger["text"] == "killed"] == ["killing"]


def test_fleeing_to_the_hills_is_a_flight_fleeing_to_a_state_a_defection():
    ad = annotate_text("In 1848 the villagers of Arden fled to the hills.")
    assert "defection" not in _types(ad) and [e.trigger["text"] for e in _of(ad, "movement")] == ["fled to"]
    assert "defection" in _types(annotate_text("In 1938 Colonel Brand fled to Japan."))
    assert "defection" in _types(annotate_text("Late in 1940, with a small band, Colonel Brand crossed into Soviet territory."))

"""Event words the verb alone does not type (issue 10, recall): support verbs whose object carries the
event, typed by the object's WordNet kind; transfer of sovereignty; bare participles; verbs that only
carry another event or report a claim. Our own sentences, through the whole pipeline."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.events import triggers, wordnet
from historiograph.nlp import load_model
from helpers import participant_names as _names


def _events(ad, etype):
    return [e for e in ad.events if e.type == etype]


def test_object_kinds_come_from_wordnet():
    doc = load_model()("The army pursued foreigners, the committee wrote its report and Venice pursued a policy.")
    kinds = {t.text: wordnet.object_kinds(t) for t in doc}
    assert "animate" in kinds["army"] and "animate" in kinds["foreigners"]
    assert "organization" in kinds["committee"] and "report" in kinds["report"]
    assert not kinds["policy"] & {"animate", "organization"}


def test_a_creation_verb_with_an_organization_object_is_a_founding():
    ad = annotate_text("In 1911 the Senate of Carvonia formed the Harlan Commission to examine the case.")
    (ev,) = _events(ad, "founding")
    assert ev.trigger["text"] == "formed" and ev.time["value"] == "1911"
    assert any("Senate" in n for n in _names(ad, ev, "agent"))
    ad = annotate_text("In 1848 the rebels formed a line along the river Varna.")
    assert not _events(ad, "founding")  # a line is no organization


def test_a_verb_of_pursuit_is_an_attack_only_on_someone():
    ad = annotate_text("In 1652 the Ottoman cavalry pursued the retreating Venetian army near Kastro.")
    (ev,) = _events(ad, "attack")
    assert ev.trigger["text"] == "pursued" and ev.time["value"] == "1652"
    ad = annotate_text("Venice had pursued an expansionist policy in the Aegean since 1500.")
    assert not _events(ad, "attack")


def test_delivering_a_report_is_a_publication():
    ad = annotate_text("The Harlan Commission delivered its report to the Senate of Carvonia in May 1912.")
    (ev,) = _events(ad, "publication")
    assert ev.trigger["text"] == "delivered" and ev.time["value"] == "1912-05"
    ad = annotate_text("In May 1912 the courier delivered the crates to the Senate of Carvonia.")
    assert not _events(ad, "publication")


def test_bringing_a_land_under_the_rule_of_a_state_is_a_conquest():
    ad = annotate_text("In 1540 Diego Almagro brought large parts of the valley under the rule of the King "
                       "of Aragon.")
    (ev,) = _events(ad, "invasion")
    assert ev.trigger["text"] == "brought" and "Diego Almagro" in _names(ad, ev, "agent")
    ad = annotate_text("In 1540 Diego Almagro brought large parts of the harvest under the roof of the barn.")
    assert not _events(ad, "invasion")


def test_ceding_territory_is_a_treaty():
    ad = annotate_text("The Treaty of Ravel of 1721 had ceded Karelia and Ingria to Sweden.")
    (ev,) = _events(ad, "treaty")
    assert ev.trigger["text"] == "ceded"
    assert {"Karelia", "Ingria"} & _names(ad, ev, "patient")
    ad = annotate_text("In 1998 the brewers of Tarvis ceded market share to their rivals.")
    assert not _events(ad, "treaty")  # a share of a market is no territory


def test_a_censure_is_an_accusation():
    ad = annotate_text("In 1799 the Senate of Carvonia censured Admiral Borrell for the loss of the fleet.")
    (ev,) = _events(ad, "accusation")
    assert ev.trigger["text"] == "censured" and "Borrell" in " ".join(_names(ad, ev, "patient"))


def test_a_bare_participle_is_a_passive():
    ad = annotate_text("Born in Tarvis, Austria, to a family of merchants, Anton Hollinger chose to study law.")
    (ev,) = _events(ad, "birth")
    assert ev.trigger["text"] == "Born" and "Anton Hollinger" in _names(ad, ev, "patient")


def test_an_ordered_execution_is_the_execution_not_an_appeal():
    ad = annotate_text("In 1938 General Velkov ordered the execution of Ivan Petrov.")
    assert not _events(ad, "appeal")
    (ev,) = _events(ad, "execution")
    assert "Velkov" in " ".join(_names(ad, ev, "agent")) and "Ivan Petrov" in _names(ad, ev, "patient")
    ad = annotate_text("In 1938 General Velkov ordered the garrison of Tarvis to hold the bridge.")
    assert _events(ad, "appeal")  # an order to people stays an order


def test_writing_that_is_a_claim_not_a_publication():
    doc = load_model()("In his memoir of 1950 Anton Hollinger wrote that the war was lost.")
    assert not [t for t in triggers.find(doc) if t.type == "publication" and t.head.lower_ == "wrote"]
    ad = annotate_text("In 1950 Anton Hollinger wrote a memoir of the war.")
    assert _events(ad, "publication")


def test_a_caused_flight_happened():
    ad = annotate_text("The riots of 1821 caused about 900 merchants to seek refuge in the harbour of Smyrna.")
    assert [e for e in ad.events if e.trigger["text"] == "seek refuge"]


def test_becoming_an_office_holder_is_an_assignment_of_the_subject():
    ad = annotate_text("In 1921 Petar Sava became Premier of Carvonia.")
    (ev,) = _events(ad, "assignment")
    assert ev.trigger["text"] == "became" and "Petar Sava" in _names(ad, ev, "patient")
    ad = annotate_text("In 1930 Anton Hollinger became a hero of the republic.")
    assert not _events(ad, "assignment")


def test_capturing_a_place_is_a_conquest_and_seizing_a_person_an_arrest():
    ad = annotate_text("In April 1453 the Ottomans besieged Kastro and captured the city on 29 May.")
    assert [e.trigger["text"] for e in _events(ad, "invasion")] == ["captured"]
    assert not _events(ad, "arrest")
    ad = annotate_text("In 1922 the rebels seized Anton Hollinger at his house in Tarvis.")
    (ev,) = _events(ad, "arrest")
    assert ev.trigger["text"] == "seized" and "Anton Hollinger" in _names(ad, ev, "patient")
    ad = annotate_text("In 1922 Petar Sava seized power in Carvonia.")
    assert not _events(ad, "arrest")


def test_a_place_falling_to_someone_is_a_conquest():
    ad = annotate_text("The city of Kastro fell to the Ottomans in 1453.")
    (ev,) = _events(ad, "invasion")
    assert ev.trigger["text"] == "fell" and ev.time["value"] == "1453"
    ad = annotate_text("In 1453 the price of grain in Kastro fell to a third.")
    assert not _events(ad, "invasion")


def test_switching_sides_and_settling_somewhere():
    ad = annotate_text("In March 1917 the garrison of Dravnik switched allegiance to the rebels.")
    assert [e.trigger["text"] for e in _events(ad, "defection")] == ["switched allegiance"]
    ad = annotate_text("In 1870 the Hollinger family settled in Zagreb.")
    (ev,) = _events(ad, "movement")
    assert ev.trigger["text"] == "settled"
    ad = annotate_text("In 1870 the brothers Hollinger settled the dispute.")
    assert not _events(ad, "movement")


def test_a_support_verb_typed_only_by_wordnet_yields_to_its_event_noun():
    ad = annotate_text("In 1941 Germany launched an offensive against the Soviet Union.")
    assert [e.type for e in ad.events] == ["invasion"]


def test_abandoning_a_place_liberating_a_city_and_taking_a_throne():
    ad = annotate_text("In 1812 the Russian army abandoned Moscow.")
    assert [e.trigger["text"] for e in _events(ad, "withdrawal")] == ["abandoned"]
    ad = annotate_text("In 1912 the minister abandoned the plan.")
    assert not ad.events
    ad = annotate_text("In 1944 the partisans liberated Belgrade.")
    assert [e.trigger["text"] for e in _events(ad, "release")] == ["liberated"]
    ad = annotate_text("In 1533 Ivan Vasilievich came to power in Moscow.")
    (ev,) = _events(ad, "assignment")
    assert "Ivan Vasilievich" in _names(ad, ev, "patient")


def test_intercepting_goods_is_no_arrest_and_wounded_in_a_count_no_attack():
    ad = annotate_text("In 1916 the British navy intercepted the letters of the Carvonian consul.")
    assert not _events(ad, "arrest")
    ad = annotate_text("In 1916 the British navy intercepted the Carvonian raiders near Malta.")
    assert _events(ad, "attack")
    ad = annotate_text("In the battle of Tarvis in 1809 the Austrians lost 600 killed and 2,500 wounded.")
    assert not _events(ad, "attack")


def test_a_place_taken_in_the_pluperfect_passive_is_a_conquest():
    ad = annotate_text("The fortress of Kastel had been taken by the Venetians on 3 June 1688.")
    (ev,) = _events(ad, "invasion")
    assert ev.trigger["text"] == "taken" and ev.time["value"] == "1688-06-03"
    ad = annotate_text("Fort Kastel was taken by storm on 2 May 1710.")  # a fort, however the tagger labels it
    assert [e.trigger["text"] for e in _events(ad, "invasion")] == ["taken"]
    ad = annotate_text("The meeting of the two envoys took place at Kastel in 1688.")
    assert not _events(ad, "invasion")  # an idiom's bare noun is no place taken


def test_a_state_becoming_independent_is_a_founding():
    ad = annotate_text("In 1905 Norway became independent.")
    (ev,) = _events(ad, "founding")
    assert "Norway" in _names(ad, ev, "patient")
    ad = annotate_text("In 1918 Finland gained its independence from Russia.")
    (ev,) = _events(ad, "founding")
    assert "Finland" in _names(ad, ev, "patient")
    ad = annotate_text("In 1905 he became independent of his father.")
    assert not _events(ad, "founding")


def test_being_succeeded_assigns_the_successor():
    ad = annotate_text("In 1905 Governor Edmund Alden was succeeded by Karl Brenner.")
    (ev,) = _events(ad, "assignment")
    assert _names(ad, ev, "patient") == {"Karl Brenner"} and not _names(ad, ev, "agent")


def test_strike_idioms_and_event_nouns_are_uprisings_and_wars():
    for text in ("On 4 May 1926 the dockers of Tarvis walked off the job.",
                 "In 1911 the miners of Tarvis downed tools.",
                 "In 1911 the carters came out in sympathy with the miners.",
                 "After a strike in 1911 the owners of the Tarvis mills raised wages."):
        assert _events(annotate_text(text), "uprising"), text
    ad = annotate_text("By August 1914 war had broken out between Carvonia and Ostmark.")
    assert _events(ad, "war")
    assert _events(annotate_text("Following the outbreak of war in 1914, the mills of Tarvis closed."), "war")
    ad = annotate_text("On 3 March 1968 an air strike hit the bridge at Kastro.")
    assert not _events(ad, "uprising")
    for text in ("In 1962 a preemptive strike on Cuba was considered.", "In 1944 the strike force reached Leyte."):
        assert not _events(annotate_text(text), "uprising"), text


def test_banning_an_organisation_and_abandoning_a_siege():
    ad = annotate_text("In 1933 the government banned the Communist Party of Germany.")
    assert [e.trigger["text"] for e in _events(ad, "dissolution")] == ["banned"]
    ad = annotate_text("In 1933 the government banned the book.")
    assert not ad.events
    ad = annotate_text("In 1689 the Ottomans abandoned the siege of Kastel.")
    assert [e.type for e in ad.events] == ["withdrawal"]  # the siege itself is not told anew


def test_a_ship_or_fleet_sailing_is_a_movement():
    ad = annotate_text("On 4 May 1588 the fleet sailed from Lisbon.")
    assert [e.trigger["text"] for e in _events(ad, "movement")] == ["sailed"]
    assert not _events(annotate_text("In 1912 the ship left behind three sailors."), "movement")
    ad = annotate_text("On 4 May 1588 the minister left the room in anger.")
    assert not _events(ad, "movement")


def test_a_thing_is_never_arrested():
    for text in ("In 1666 the Dutch captured twelve English ships.",
                 "In 1666 three English ships were seized by the Dutch.",
                 "In 1881 the ship was nipped by the ice."):
        assert not _events(annotate_text(text), "arrest"), text
    assert not _events(annotate_text("The capture of three English ships in 1666 shocked London."), "arrest")
    assert _events(annotate_text("In 1666 the Dutch captured the English admiral."), "arrest")


def test_killed_in_an_accident_is_a_death():
    ad = annotate_text("In 1912 Hollinger fell into a crevasse and was killed.")
    assert [e.type for e in ad.events] == ["death"]
    ad = annotate_text("In 1912 Hollinger was killed by bandits near Kastro.")
    assert [e.type for e in ad.events] == ["killing"]


def test_an_order_to_act_is_the_act_not_an_appeal():
    ad = annotate_text("In 1809 the archduke ordered Colonel Weiss to march to Tarvis.")
    assert not _events(ad, "appeal")
    ad = annotate_text("In 1809 the archduke urged Colonel Weiss to march to Tarvis.")
    assert _events(ad, "appeal")


def test_an_event_noun_named_by_its_place_is_an_event_as_subject():
    ad = annotate_text("The engagement at Kastro cost the Venetians 300 men in 1652.")
    (ev,) = _events(ad, "battle")
    assert ev.trigger["text"] == "engagement" and ev.time["value"] == "1652"


def test_the_word_loop_skips_only_tokens_no_rule_fires_on(monkeypatch):
    """triggers._loop_tokens (speed): the tokens it leaves out are of no part of speech, tag or word a
    rule of the loop asks for, and the triggers are the same as when the loop visits every token."""
    text = ("Among the dead was Captain Orlov. None of the crew survived, and there were no survivors. "
            "The rising of the weavers began in 1831; the fallen were buried at Velsk. The retreating army "
            "was married to its guns. Marta became mayor of Tolsk and was chosen to succeed Ivo Ranik, "
            "who had resigned. Two bodies were recovered from the river.")
    doc = load_model()(text)
    kept = set(triggers._loop_tokens(doc))
    skipped = {t.pos_ for t in doc if t.i not in kept}
    assert skipped and skipped <= {"ADP", "DET", "PUNCT", "PRON", "CCONJ", "SCONJ", "NUM", "ADV", "PART", "SPACE"}
    assert {"dead", "fallen", "survivors", "survived", "was", "rising"} <= {doc[i].text for i in kept}
    found = [(t.type, t.head.i) for t in triggers.find(doc)]
    monkeypatch.setattr(triggers, "_loop_tokens", lambda d: range(len(d)))
    assert [(t.type, t.head.i) for t in triggers.find(doc)] == found and found

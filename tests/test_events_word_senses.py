"""A trigger's sense told by the words around it (events/senses.py, data/events/senses.json): a body
that retires to deliberate, an institution "directed", a writing that "attacked", a fall from favour, a
traveller "detained" by weather or for a season, a plea in court, "came from" a family, a bare
"liberation"; each with the ordinary sense, which stays. Our own sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.events.confidence import THRESHOLD


def _types(text: str) -> set[str]:
    return {e.type for e in annotate_text(text).events if e.confidence >= THRESHOLD}


@pytest.mark.parametrize("text, wrong", [
    ("In April 1903 the tribunal retired to weigh the evidence.", "resignation"),
    ("After the closing speeches the two magistrates retired to discuss the sentence.", "resignation"),
    ("From 1885 the chemist Ada Pohl directed the technical college of Brno.", "appeal"),
    ("In 1912 a broadsheet of the union attacked the mayor Otto Ranke.", "attack"),
    ("In a sermon of 1722 the vicar Amos Rudd attacked the tavern keepers.", "attack"),
    ("The sudden fall of the treasurer Ivo Marek in 1741 pleased his rivals.", "dissolution"),
    ("After his fall from power in 1742 the treasurer lived quietly.", "dissolution"),
    ("In 1769 the caravan of the envoy Hadi Bey was detained at Erzurum by heavy rain.", "arrest"),
    ("The schooner Dolphin was detained at Hobart in 1841.", "arrest"),
    ("The consul Emil Brandt was detained at Kars for the winter of 1877.", "arrest"),
    ("In 1902 the baker Tom Leary pleaded guilty to the theft of flour.", "appeal"),
    ("Her grandfather came from a line of boatmen at Riga.", "movement"),
    ("Jana Kral lived in Pilsen. After the liberation in 1945 she became a judge.", "release"),
    ("In 1849 the typhus attacked the garrison of Komorn.", "attack"),
    ("In 1851 the old bishop Paul Imre suffered an attack of fever.", "attack"),
    ("In 1852 the deputy Imre Vass launched a rhetorical attack on the cabinet.", "attack"),
    ("In 1853 the council, after retiring for half an hour, rejected the plan.", "resignation"),
    ("In 1854 the abbot Lajos Fenyo retired to his cell for the night.", "resignation"),
    ("Three Swedish brigs were detained at Riga by a Russian corvette in 1855.", "arrest"),
    ("In 1861 Emil Sorel enlisted in the navy. His father came from Nantes in Brittany.", "movement"),
    ("In 1902 the engineer Ole Dahl directed the draining of the marsh at Lista.", "decision"),
    ("In 1791 the governor Hans Falk ordered the demolition of the old fort.", "killing"),
    ("In 1796 the clerk Anton Wirth pleaded illness and stayed at home.", "appeal"),
])
def test_a_sense_the_words_rule_out_is_no_event(text, wrong):
    assert wrong not in _types(text)


@pytest.mark.parametrize("text, right", [
    ("In 1911 the harbour master Olaf Berg retired after thirty years.", "resignation"),
    ("In 1813 the battalion retired to the river.", "withdrawal"),
    ("In 1864 the major Ian Cole directed the gunners to fire on the fort.", "appeal"),
    ("In 1806 the hussars attacked the village of Arnau.", "attack"),
    ("The fall of the Kessler bank in 1866 ruined its clients.", "dissolution"),
    ("In 1907 the gendarmes detained the student Karel Novak at Tabor.", "arrest"),
    ("In 1888 the widow Rosa Klein pleaded with the judge for her son.", "appeal"),
    ("In 1851 the weavers came from Lyon to Zurich.", "movement"),
    ("The liberation of the captive Ida Holm in 1862 pleased the town.", "release"),
    ("In 1415 the duke Henri Valle fell in battle at Agincourt.", "death"),
    ("In 1856 the old general Karl Roth retired to his farm at Eger.", "resignation"),
    ("In 1857 the hussars made a fierce attack on the bridge at Szolnok.", "attack"),
    ("In 1862 Emil Sorel came from Nantes in Brittany.", "movement"),
    ("In 1863 Emil Sorel enlisted. His brother came back from Nantes in Brittany.", "movement"),
    ("In 1791 the governor Hans Falk ordered the demolition of the old fort.", "decision"),
])
def test_the_ordinary_sense_stays(text, right):
    assert right in _types(text)


def test_every_rule_of_the_data_file_is_read():
    from historiograph.events import senses

    senses.rules.cache_clear()
    assert senses.rules()  # (a key the module does not know raises: a condition silently ignored widens a rule)


@pytest.mark.parametrize("text, right", [
    # a killing that is no demolition: only a destruction's noun names a thing destroyed
    ("The massacre of the garrison at Velden in 1649 shocked the province.", "killing"),
    # "ordered" is no "directed": bidding a regiment or a fleet somewhere is an order
    ("In 1830 the tsar ordered the regiment to Warsaw.", "appeal"),
    ("In 1830 the tsar ordered the fleet into the Baltic.", "appeal"),
    ("In 1830 the general Piotr Lenz ordered his army to Warsaw.", "appeal"),
    ("In 1831 the general Piotr Lenz directed the fleet into the Baltic.", "appeal"),
    # "in" with an idiom or a name, not a speech or a writing, and a place attacked
    ("In reply, the rebels attacked the fort at Kolin in 1798.", "attack"),
    ("In return, the rebels attacked the fort at Kolin in 1798.", "attack"),
    ("In the name of the king, the troops attacked the town of Arnau in 1799.", "attack"),
    ("In answer to the raid, the Cossacks attacked the village of Dorna in 1800.", "attack"),
    # detained "for the winter" by someone: held, not delayed
    ("In 1850 the governor Otto Brenn detained the envoy Ali Reza for the winter.", "arrest"),
    ("In 1850 the envoy Ali Reza was detained by the governor for the winter.", "arrest"),
    # a body that retires to a place: an enemy withdraws, a court or a family moves
    ("In 1809 the enemy retired behind the river.", "withdrawal"),
    ("In 1789 the court retired to Versailles.", "movement"),
    # a dated fall of a person, named or described: deposed
    ("Ivo Marek's fall in 1741 pleased his rivals.", "dismissal"),
    ("The sudden fall of the treasurer Ivo Marek in 1741 pleased his rivals.", "dismissal"),
])
def test_a_rule_leaves_the_ordinary_sense_of_its_kin(text, right):
    assert right in _types(text)


@pytest.mark.parametrize("text, wrong", [
    ("Ivo Marek's fall in 1741 pleased his rivals.", "dissolution"),
    ("In 1789 the court retired to Versailles.", "resignation"),
    ("In 1809 the enemy retired behind the river.", "resignation"),
    ("In a speech of 1791 the deputy Jan Ruml attacked the clubs.", "attack"),
    ("In his pamphlet of 1795 the abbot Karl Wenz attacked the bishop.", "attack"),
    ("In her memoirs of 1851 the admiral's widow Vera Lind attacked the ministry.", "attack"),
    ("In reply, the deputy Jan Ruml attacked the minister in 1791.", "attack"),
    ("In April 1903 the jury retired to consider its verdict.", "movement"),
    ("In April 1903 the jury retired to consider its verdict.", "withdrawal"),
])
def test_the_other_sense_stays_out(text, wrong):
    assert wrong not in _types(text)


def test_a_liberation_told_with_its_is_no_bare_liberation():
    from historiograph.events import triggers
    from historiograph.nlp import load_model

    doc = load_model()("After its liberation in 1945, the camp of Dorna became a museum.")
    assert [t.type for t in triggers.find(doc) if t.head.lower_ == "liberation"] == ["release"]


def _came(text: str) -> list[str]:
    """The types of the "came" trigger of the sentence."""
    from historiograph.events import triggers
    from historiograph.nlp import load_model

    return [t.type for t in triggers.find(load_model()(text)) if t.head.lower_ == "came"]


@pytest.mark.parametrize("text", [
    "Max Imhof came from Linz to join her.",
    "Settlers came from England.",
    "Thousands of refugees came from Silesia.",
    "He came from Prague for the coronation.",
    "The envoys came from Rome with the pope's reply.",
    "He came from Prague to attend the coronation.",
    "Max Imhof came from Linz and settled at Graz.",
])
def test_came_from_with_a_purpose_a_crowd_or_a_companion_is_a_journey(text):
    assert _came(text) == ["movement"]


def test_came_from_said_of_one_person_without_more_is_an_origin():
    assert _came("His mother came from Linz.") == []
    assert _came("Max Imhof came from a family of weavers.") == []


@pytest.mark.parametrize("rule", [
    {"type": "attack", "subject_lexnames": ["noun.communication"], "then": None, "subject_lexname": ["x"]},  # a key
    {"type": "atack", "then": None},  # an event type
    {"type": "attack", "then": "asault"},
    {"type": "attack", "subject_lexnames": ["noun.comunication"], "then": None},  # a lexicographer file
    {"type": "attack", "prep_ancestors": {"in": ["speech.n.99"]}, "then": None},  # a synset
    {"type": "attack", "subject_kinds": "person|soldiery", "then": None},  # a kind
    {"type": "arrest", "lemmas": "detain", "then": None},  # lemmas not a list
    {"type": "arrest", "undated": "yes", "then": None},
    {"type": "arrest", "lemmas": ["detain"]},  # no "then"
])
def test_a_rule_with_an_unknown_key_or_value_is_an_error(rule):
    from historiograph.events import senses

    with pytest.raises(ValueError):
        senses.check(rule)


def test_a_well_formed_rule_passes_the_check():
    from historiograph.events import senses

    senses.check({"type": "attack", "pos": "verb", "prep_ancestors": {"in": ["speech.n.02"]},
                  "subject_kinds": "person|military", "then": None})


def test_a_slaughter_of_a_town_is_no_demolition():
    from historiograph.events import triggers
    from historiograph.nlp import load_model

    doc = load_model()("The slaughter of the town followed in 1631.")
    assert [t.type for t in triggers.find(doc) if t.head.lower_ == "slaughter"] == ["killing"]


def test_the_rules_are_read_without_wordnet(monkeypatch):
    """Without WordNet the lexicon works alone (events/wordnet.py): the rules are still read and checked,
    a synset they name only unchecked (no synset condition holds without WordNet, so none widens a rule)."""
    from historiograph.events import senses, wordnet

    monkeypatch.setattr(wordnet, "reader", lambda: None)
    senses.rules.cache_clear()
    try:
        assert len(senses.rules()) == len(senses.datafiles.load_json("events", "senses.json")["rules"])
        with pytest.raises(ValueError):
            senses.check({"type": "attack", "lemmas": ["sack"], "patient_kinds": "plaice", "then": None})
        senses.check({"type": "attack", "noun_ancestors": ["destruction.n.01"], "then": None})
    finally:
        senses.rules.cache_clear()

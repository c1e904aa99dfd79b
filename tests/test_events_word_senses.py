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

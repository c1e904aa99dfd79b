"""False positives of recall10's frames found in review (mend3): a reign or a ship in a life-dates
bracket, a title in the name, the hold of a mother, a request to a waiter, a cake sent, a kite flown,
a river's rising, a case opened, a place taken in a choir. Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate
from historiograph.events.confidence import THRESHOLD


def _confident(text: str) -> list:
    return [e for e in annotate(text).events if e.confidence >= THRESHOLD]


@pytest.mark.parametrize("text", [
    "Louis XIV (1643–1715) was King of France.",
    "The Peter Holm (1790–1830) was a ship of the line.",
    "The Anna Brisk (1801–1840) was a frigate of the navy.",
    "Bishop Henry Blois (1129–1171) rebuilt the nave.",
    "Under Pope Leo Vasko (1198–1226) the church grew.",
    "Archbishop Karel Vasko (1620–1655) founded the seminary.",
    "The reign of Karel Vasko (1620–1655) was long.",
    "Karel Vasko (1620–1655) reigned over Bohemia.",
    "Abbot Otto Brenner (1410–1452) enlarged the cloister.",
])
def test_a_reign_a_ship_or_a_title_in_brackets_is_no_life(text):
    assert not [e for e in _confident(text) if e.type in ("birth", "death")]


@pytest.mark.parametrize("text", [
    "Mary held the baby on the beach at Brighton.",
    "She held her son in her arms in Paris.",
    "The nurse held the child in the garden.",
    "Tom asked the waiter for the bill.",
    "The child asked his father for a story.",
    "The boy asked the shopkeeper for a newspaper.",
    "Tom asked Mary whether she was cold.",
    "Tom sent a birthday cake to the Academy in 1850.",
    "Tom flew the kite from the hill in 1850.",
    "In 1850 the rising of the Danube flooded Vienna.",
    "Tom opened the case for the Society.",
    "Tom took his place in the choir.",
    "Tom took his place as head of the family in 1820.",
    "Tom took the place of his brother in the team.",
    "The girl asked her aunt for a ribbon.",
    "Anna flew the model plane from the roof in 1901.",
])
def test_the_same_words_tell_no_such_event(text):
    got = {e.type for e in _confident(text)}
    assert not got & {"arrest", "appeal", "aid", "movement", "uprising", "trial", "invasion", "conquest"}


@pytest.mark.parametrize("etype, text", [
    ("appeal", "In 1851 the colonel asked the governor for more troops."),
    ("appeal", "In 1829 the abbess Maria Ohm asked the duke for a grant of timber."),
    ("arrest", "In 1827 the Dutch held the prince Diponegoro in Makassar for many years."),
    ("aid", "In 1832 the mission sent corn and oxen to the settlers."),
    ("movement", "In 1917 the courier Paul Amsel flew to Bucharest."),
    ("movement", "In 1918 the airman Karl Rieth flew dispatches between Gaza and Jaffa."),
    ("appeal", "In 1860 the deputy asked the Secretary of State whether the strikers would be freed."),
    ("arrest", "In 1795 the Porte held the envoy Jan Holm in Edirne until the peace."),
    # a possessive blocks only one's place, not a place that belongs to someone
    ("invasion", "In 1710 the Russians took the enemy's fort at Rova."),
    ("invasion", "In 1544 the Swedes took the Danish king's fortress after a long siege."),
])
def test_the_kind_is_still_told(etype, text):
    assert etype in [e.type for e in _confident(text)]


def test_a_life_in_a_lead_and_in_prose_still_counts():
    ad = annotate("Byron Hale (1788–1824) admired Goethe.")
    assert {e.type for e in ad.events if e.confidence >= THRESHOLD} >= {"birth", "death"}


def test_a_bracket_in_prose_is_trusted_less_than_a_lead():
    lead = annotate("Jonas Falk (1790–1858) was a Swedish engraver.").events
    prose = annotate("The engraver Jonas Falk (1790–1858) worked in Uppsala.").events
    (lead_birth,) = [e for e in lead if e.type == "birth"]
    (prose_birth,) = [e for e in prose if e.type == "birth"]
    assert THRESHOLD <= prose_birth.confidence < lead_birth.confidence

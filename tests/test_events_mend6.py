"""Faults a new-user test found (issue mend6): a departure told with the place as direct object,
sailing with a squadron, coming home or back, an active "succeeded his father", and "directed" in
its sense of managing a work. Each beside the near-misses that must stay as they are. Our own
sentences, through the whole pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _events(text: str) -> list[tuple[str, str, str | None, list[tuple[str, str | None]]]]:
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, e.trigger["text"], names.get(e.place), [(p.role, names.get(p.entity)) for p in e.participants])
            for e in doc.events]


@pytest.mark.parametrize("text, place", [
    ("Marshal Davout left Smolensk in 1812.", "Smolensk"),
    ("In December 1799 the general Jean Moreau left Italy.", "Italy"),
    ("Admiral Hans Juel left Bergen with nine ships in 1710.", "Bergen"),
])
def test_a_place_left_is_where_the_departure_happened(text, place):
    assert any(t == "movement" and p == place for t, _, p, _ in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "In 1790 the merchant Jan Vos left his wife.",
    "In 1790 the merchant Jan Vos left a fortune to his nephew.",
    "In 1790 the merchant Jan Vos left the army.",
])
def test_what_is_left_behind_is_no_departure(text):
    assert not any(t == "movement" for t, *_ in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "In May 1711 the admiral Hans Juel sailed with a squadron of eight frigates to blockade the port.",
    "In 1790 the admiral Hans Juel sailed with the fleet.",
    "In 1790 the trader Jan Vos came home.",
    "In 1790 the trader Jan Vos came back to the town.",
])
def test_sailing_with_ships_and_coming_home_are_journeys(text):
    assert any(t == "movement" for t, *_ in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "In 1790 the trader Jan Vos sailed with the tide.",
    "In 1790 the minister Jan Vos came back to power.",
    "In 1790 the minister Jan Vos returned to power.",
    "In 1790 the fever came back.",
])
def test_no_journey_without_ships_or_a_traveller(text):
    assert not any(t == "movement" for t, *_ in _events(text)), _events(text)


def test_an_active_succession_of_a_relative():
    evs = _events("Frederick Augustus succeeded his father in 1733.")
    assert any(t == "assignment" and ("patient", "Frederick Augustus") in parts for t, _, _, parts in evs), evs


@pytest.mark.parametrize("text", [
    "In 1733 the prisoner Jan Vos succeeded in escaping from the fort.",
    "The plan of the merchant Jan Vos succeeded in 1733.",
    "In 1733 the famine succeeded the war.",
])
def test_succeeding_at_something_is_no_succession(text):
    assert not any(t == "assignment" for t, *_ in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    "In 1730 he directed its reconstruction.",
    "In 1730 the architect Jan Vos directed the rebuilding of the church.",
])
def test_directing_a_work_is_no_appeal(text):
    assert not any(t == "appeal" for t, *_ in _events(text)), _events(text)


def test_an_order_of_an_act_is_still_a_decision():
    assert any(t == "decision" for t, *_ in _events("In 1730 the governor Jan Vos ordered a recount."))


def test_a_thing_that_leaves_a_place_in_a_state_moves_no_one():
    text = "In 1998 the costly expansion left Poland with a heavy debt."
    assert not any(t == "movement" for t, *_ in _events(text)), _events(text)

"""A fact line that names who acted ("- Commanders: X; Y", "Founder: X") gives the agent of the
article's event and of the one prose sentence that tells it with no named agent. Our own texts."""
from __future__ import annotations

from historiograph import annotate
from helpers import participant_names as _names

COMPANY = ("Harwell Trading Company\nFounded: 1871\nFounder: Otto Brandt\n\n"
           "The Harwell Trading Company was founded in 1871 in Bremen. It was dissolved in 1890.")


def test_a_founder_line_gives_the_agent_of_the_founding_the_prose_tells():
    ad = annotate(COMPANY)
    prose = [e for e in ad.events if e.type == "founding" and e.source == "prose"]
    fact = [e for e in ad.events if e.type == "founding" and e.source == "infobox"]
    assert len(prose) == 1 and len(fact) == 1
    assert _names(ad, prose[0], "agent") == {"Otto Brandt"}
    assert _names(ad, fact[0], "agent") == {"Otto Brandt"}
    (gone,) = [e for e in ad.events if e.type == "dissolution"]
    assert "Otto Brandt" not in _names(ad, gone)


def test_two_foundings_that_year_take_no_agent_from_the_line():
    ad = annotate(COMPANY.replace("It was dissolved in 1890.", "A second bank was founded in 1871 by Ivan Belov."))
    prose = [e for e in ad.events if e.type == "founding" and e.source == "prose"]
    assert len(prose) == 2
    assert all(_names(ad, e, "agent") != {"Otto Brandt"} for e in prose)


def test_a_commanders_line_gives_the_agents_of_the_articles_battle():
    ad = annotate("= Battle of Harrow Mill =\n- Date: 3 May 1702\n- Commanders: Otto Brandt; Ivan Belov\n\n"
                  "The battle was fought on 3 May 1702 near the river.")
    prose = [e for e in ad.events if e.type == "battle" and e.source == "prose"]
    assert len(prose) == 1 and _names(ad, prose[0], "agent") == {"Otto Brandt", "Ivan Belov"}


def test_a_prose_agent_is_kept_over_the_line():
    ad = annotate("Harwell Trading Company\nFounded: 1871\nFounder: Otto Brandt\n\n"
                  "In 1871 Ivan Belov founded the Harwell Trading Company in Bremen.")
    (prose,) = [e for e in ad.events if e.type == "founding" and e.source == "prose"]
    assert _names(ad, prose, "agent") == {"Ivan Belov"}


def test_a_commanders_line_of_both_sides_makes_no_attacker_of_the_besieged():
    ad = annotate("= Siege of Harrow Mill =\n- Date: May 1702\n- Commanders: Otto Brandt (Saxony); Ivan Belov (Poland)"
                  "\n\nIn May 1702 the Saxon army besieged Harrow Mill.")
    for e in ad.events:
        if e.type != "battle":
            assert not {"Otto Brandt", "Ivan Belov"} & _names(ad, e, "agent"), (e.type, _names(ad, e, "agent"))

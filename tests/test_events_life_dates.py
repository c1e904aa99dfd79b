"""An encyclopedia lead's life dates date the undated birth and death of its subject; an outcome named as
a noun ("prompting the censure of ...") does not take the narrative's date; a title of nobility after a
comma is not an inverted name."""
from __future__ import annotations

from historiograph import annotate
from historiograph.entities.names import parse_person

LEAD = ("Tomás Ibarra, 2nd Count of Alcira (c. 1602 – 9 March 1661) was a Castilian admiral who fought the "
        "Dutch in the Channel.\n\nBorn in Cádiz to a family of shipowners, Ibarra went to sea at twelve.\n")


def _of_type(ad, etype):
    return [e for e in ad.events if e.type == etype]


def test_the_leads_life_dates_date_the_subjects_undated_birth():
    ad = annotate(LEAD)
    (birth,) = _of_type(ad, "birth")
    assert birth.time["value"] == "1602" and birth.time["mod"] == "APPROX"
    assert not birth.time["inherited"] and birth.time["life_dates"]
    assert ad.text[birth.time["timex"]["start"]:birth.time["timex"]["end"]] == "c. 1602"


def test_a_tenure_in_brackets_after_an_office_is_not_a_life():
    ad = annotate("Tomás Ibarra served as Admiral of the Fleet (1640–1655) and retired to Seville.\n\n"
                  "Born in Cádiz to a family of shipowners, Ibarra went to sea at twelve.\n")
    assert all(e.time is None for e in _of_type(ad, "birth"))


def test_a_title_of_nobility_after_a_comma_is_not_an_inverted_name():
    name = parse_person("Tomás Ibarra, 2nd Count of Alcira")
    assert (name.given, name.family) == (("tomas",), "ibarra")
    assert parse_person("Ibarra, Tomás").family == "ibarra"  # an inverted name is still read as one


def test_an_outcome_named_as_a_noun_does_not_take_the_narratives_date():
    ad = annotate("In June 1863 the rebels crossed the river. The garrison lost most of its guns in the rout, "
                  "prompting the severe censure of the Union general Milroy.")
    censure = [e for e in ad.events if e.trigger["text"] == "censure"]
    assert censure and all(e.time is None for e in censure)

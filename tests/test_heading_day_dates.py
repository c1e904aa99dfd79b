"""A day's heading alone on its line over a court's or a house's record ("Monday, 3rd May, 1852.") dates
the record's simple pasts to that day (a witness's first-person past on or before it), as a sitting's
heading does; a chronology's line told in the present ("1874 – The bridge is built") takes its year
(conflicts10). A letter's heading stays the letter's; a past perfect, a story that leaves the day, a present
with no year: no date. Our own texts, through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _times(text: str, etype: str) -> list:
    return [(e.time or {}) for e in annotate_text(text).events if e.type == etype]


@pytest.mark.parametrize("text, etype, value, mod", [
    ("Monday, 3rd May, 1852.\n\nThe prisoner Michael Tierney was charged with theft.\n\nMr. Lucas Ferris, for the "
     "Crown, said that the goods were found in the prisoner's cart.", "statement", "1852-05-03", None),
    ("Monday, 3rd May, 1852.\n\nSergeant Paul Horan, of the Revenue Police, sworn. — I arrested the prisoner at "
     "Ballyconnell.", "arrest", "1852-05-03", "ON_OR_BEFORE"),
    ("Friday, 14 November 1924\n\nThe House met at three o'clock. Deputy Seosamh Barry resigned from the "
     "committee on fisheries.", "resignation", "1924-11-14", None),
    ("1874 – The bridge is built by the county.\n1880 – The toll keeper is arrested for theft.", "arrest",
     "1880", None),
])
def test_the_heading_dates_the_record_under_it(text, etype, value, mod):
    times = _times(text, etype)
    assert times and all(t.get("value") == value and t.get("mod") == mod and t.get("inherited") for t in times), times


@pytest.mark.parametrize("text, etype", [
    ("Monday, 3rd May, 1852.\n\nThe prisoner's uncle had been arrested at Cavan.", "arrest"),
    ("Monday, 3rd May, 1852.\n\nThe prisoner was discharged. Many years later he emigrated to Quebec.",
     "movement"),
    ("The Old Bridge\n\nThe bridge is repaired every spring. The toll keeper is arrested for theft.", "arrest"),
    ("1874 – The bridge is built by the county.\n\nThe toll keeper is arrested for theft.", "arrest"),
    # one day's line over a memoir, not a sitting's record (mend5)
    ("Recollections\n\nTuesday, 16th October, 1849.\n\nI was born at Ennis. My father was elected to the Board "
     "when I was a child and the old mill was burned by the yeomanry.", "election"),
    ("Recollections\n\nTuesday, 16th October, 1849.\n\nI was born at Ennis. My father was elected to the Board "
     "when I was a child and the old mill was burned by the yeomanry.", "attack"),
    # a clause with a time clause of its own tells a life before the sitting
    ("Meeting of the Board of Guardians, 16th October, 1849.\n\nMr Hynes resigned from the Board. He was elected "
     "to the Board when he was a young man.", "election"),
    ("Tuesday, 16th October, 1849.\n\nThe prisoner Tom Kerr was charged with theft. He was arrested at Ennis when "
     "the fair was held.", "arrest"),
])
def test_what_the_heading_does_not_reach_stays_undated(text, etype):
    times = _times(text, etype)
    assert times and not any(times), times


def test_a_letters_day_stays_the_letters():
    times = _times("Monday, 3rd May, 1852\n\nDear Brother,\n\nThe police arrested our neighbour Tom.", "arrest")
    assert times and all(t.get("mod") == "ON_OR_BEFORE" for t in times), times


@pytest.mark.parametrize("text, etype, value", [
    ("In March 1874 the weaver Tomas Kerrigan was tried at Cork.", "trial", "1874-03"),
    ("On 3 May 1874 the editor Fergal Moane was arrested at Galway.", "arrest", "1874-05-03"),
    ("In 1866 the tenant Colm Sheedy was tried at Sligo for assault.", "trial", "1866"),
])
def test_a_fronted_date_before_a_described_subject_dates_its_clause(text, etype, value):
    # (the parser reads "In March 1874 the weaver X was tried" as a phrase with a relative clause)
    times = _times(text, etype)
    assert times and all(t.get("value") == value and not t.get("inherited") for t in times), times


def test_a_contact_relative_beside_a_main_verb_keeps_no_date():
    assert _times("In 1850, the man the police arrested escaped to Boston.", "arrest") == [{}]

"""Events told through a WordNet sense and its frame (events/triggers.py _sense_frame, wordnet_anchors.json
sense_frames): appointments with an office as complement, closures of institutions, captives exchanged,
statements with their clause, journeys "for" a place, charges with an offence; and the senses the same
words take outside those frames. Sentences written for these tests."""
from __future__ import annotations

import pytest

from historiograph import annotate
from historiograph.events.confidence import THRESHOLD


def _types(text: str, confident: bool = True) -> list[str]:
    return [e.type for e in annotate(text).events if not confident or e.confidence >= THRESHOLD]


@pytest.mark.parametrize("etype, text", [
    ("assignment", "In 1871 Tomas Brandt was named director of the municipal museum."),
    ("assignment", "In 1908 Emil Vogt was made governor of the province."),
    ("assignment", "In 1873 Karl Maurer became head of the customs office."),
    ("assignment", "In 1912 Walter Brunner took over as director of the observatory."),
    ("assignment", "In March 1872 the engineer Olga Veit took charge of the waterworks."),
    ("dissolution", "The village school closed in 1889."),
    ("dissolution", "In 1890 the hospital was closed by the authorities."),
    ("dissolution", "In 1913 the mill was shut down."),
    ("dissolution", "In 1891 the Kolb brewery shut its doors."),
    ("release", "In 1885 the hostages were exchanged for two captured officers."),
    ("release", "After two years in captivity the sailors were ransomed by their families in 1904."),
    ("statement", "On 9 May 1883 the minister Otto Berger told the deputies that the budget was balanced."),
    ("statement", "On 3 May 1917 the general told reporters that the front would hold."),
    ("movement", "On 2 June 1879 the expedition sailed for Cape Town."),
    ("movement", "In 1880 Martin Kogler set out for Trieste."),
    ("movement", "In 1924 the regiment set off for the coast."),
    ("accusation", "In 1919 the police charged three dockers with arson."),
])
def test_a_sense_in_its_frame_tells_the_event(etype, text):
    assert etype in _types(text)


@pytest.mark.parametrize("text", [
    "In 1910 they named the ship Hope.",
    "The ship was named Hope after the captain's daughter.",
    "In 1915 the gates were closed at dusk.",
    "The road was closed by snow in January 1916.",
    "In 1906 the two states exchanged ambassadors.",
    "In 1891 the guards shut the doors of the palace.",
    "He told his son a story.",
    "In 1927 the committee voted for Vienna.",
    "The war made him rich.",
    "In 1921 his mother made him a doctor's apprentice.",
])
def test_outside_its_frame_the_same_word_tells_nothing(text):
    assert _types(text, confident=False) == []


def test_an_appointment_by_name_has_the_appointed_as_patient():
    (ev,) = [e for e in annotate("In 1871 Tomas Brandt was named director of the museum.").events]
    assert ev.type == "assignment" and [p.role for p in ev.participants] == ["patient"]
    assert ev.time["value"] == "1871"


def test_a_charge_in_court_is_no_attack_and_a_charge_of_horse_is():
    assert _types("In 1893 the two clerks were charged with theft.") == ["accusation"]
    assert _types("In 1919 the police charged three dockers with arson.") == ["accusation"]
    assert _types("In 1895 the hussars charged the enemy lines.") == ["attack"]
    assert _types("In 1922 the hospital remained in charge of the nuns.", confident=False) == []


def test_writing_to_someone_is_a_message_and_writing_a_book_a_publication():
    assert _types("In 1896 Maria Ebner wrote to the emperor asking for clemency.") == ["statement"]
    assert _types("In 1928 Anna Berg wrote a letter to her brother.") == ["statement"]
    assert _types("In 1929 Anna Berg wrote a novel about the war.") == ["publication"]


def test_an_event_told_as_held_is_confident():
    """"A hearing was held ...": the occurrence verb tells the noun as happening (confidence "occurs")."""
    (ev,) = annotate("A hearing was held in Salzburg in October 1898.").events
    assert ev.type == "trial" and ev.trigger["occurs"] and ev.confidence >= THRESHOLD
    assert not any(e.trigger["occurs"] for e in annotate("The hearing in Salzburg lasted a week.").events)


def test_an_office_with_its_holder_after_be_is_an_appointment_when_dated():
    for text, year in (("Its governor from 1676 was Lorenz Haid.", "1676"),
                       ("The first director, named in May 1875, was Josef Wimmer.", "1875-05")):
        (ev,) = annotate(text).events
        assert ev.type == "assignment" and ev.confidence >= THRESHOLD
        assert [p.role for p in ev.participants] == ["patient"] and ev.time["value"] == year
    for text in ("Its governor was Lorenz Haid.", "The governor in 1676 was Lorenz Haid.",
                 "The director, a man of forty, was Josef Wimmer."):
        assert _types(text, confident=False) == []


def test_a_title_before_a_name_is_not_a_relative_clause():
    """"the journalist Rudolf Fink was freed" (parsed as "the journalist" with a relative clause): the
    clause is what the sentence tells, not a description in passing; "the man Fink freed" is one."""
    for text, etype in (("In 1886 the journalist Rudolf Fink was freed.", "release"),
                        ("In 1877 the painter Ida Kerner travelled to Rome.", "movement")):
        (ev,) = annotate(text).events
        assert ev.type == etype and not ev.trigger["background"] and ev.confidence >= THRESHOLD
    assert _types("The man Fink freed in 1886 was a journalist.", confident=False) == []


def test_a_statement_is_its_tellers_own_not_reported():
    (ev,) = annotate("In 1884 the governor Hans Lederer stated that order had been restored.").events
    assert ev.type == "statement" and ev.certainty == "asserted" and [p.role for p in ev.participants] == ["agent"]
    (denial,) = annotate("In 1924 the mayor denied the rumours.").events
    assert denial.type == "statement" and denial.certainty == "asserted" and denial.confidence >= THRESHOLD
    (flight,) = annotate("According to rumours, the mayor fled to Paris in 1925.").events
    assert flight.certainty == "reported"


def test_a_price_at_the_close_is_no_closure():
    assert _types("In composite trading, Kimberly-Clark closed at $66.50 a share, up $1.50.", confident=False) == []


def test_two_tellings_of_one_person_are_two_statements():
    text = ("In March 1883 the minister Otto Berger told the deputies that the budget was balanced. "
            "Berger said that the railway loan would be repaid within ten years.")
    assert _types(text).count("statement") == 2

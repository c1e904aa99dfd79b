"""Who did what, second round (actors6): the one an official acted on stays the text's "he"; a possessive
"his" is not the woman just named; a person noun is not the body that modifies it; an interview's "I" is
its interviewee. Our own sentences, invented names."""
from __future__ import annotations

from historiograph.events.writer import interview
from helpers import one_event as _one, participant_names as _names


def test_he_after_an_official_in_apposition_acted_on_him_is_the_one_acted_on():
    ad, ev = _one("Bruno Lazar (1790-1850) was a Croatian surgeon. In 1822 the prefect, Marko Vidic, sent him "
                  "to Zadar. He founded a hospital there in 1824.", "founding")
    assert _names(ad, ev, "agent") == {"Bruno Lazar"}


def test_his_after_a_woman_who_visited_him_is_the_man_visited():
    ad, ev = _one("Emil Dorn was held at Spandau. Kiri Moss visited him in 1870. His death in 1871 was "
                  "hardly noticed.", "death")
    assert _names(ad, ev, "patient") == {"Emil Dorn"}


def test_her_in_a_womans_own_clause_tells_her_gender():
    ad, ev = _one("Emil Dorn was held at Spandau. In 1870 Kiri Moss brought her son to the prison. His "
                  "release in 1871 was hardly noticed.", "release")
    assert "Kiri Moss" not in _names(ad, ev, "patient")


def test_a_person_noun_is_not_the_party_that_modifies_it():
    ad, ev = _one("In 1911 the Liberal minister, Owen Pryce, said the dispute was settled.", "statement")
    assert _names(ad, ev, "agent") == {"Owen Pryce"}


def test_a_nationality_on_a_court_is_no_state_acting():
    ad = __import__("historiograph").annotate("The Danish consular court sentenced the mate to prison.")
    for ev in ad.events:
        assert "Denmark" not in _names(ad, ev, "agent")


def test_an_interviews_i_is_the_interviewee_and_a_question_is_not_a_fact_line():
    text = ("Interview with Olga Brandt, recorded 1979\n\nQ: When did you come to Hamburg?\nA: I came in 1920. "
            "In 1933 the police arrested me.\nQ: I remember that year too. Why?\nA: For a leaflet.")
    assert interview(text)[0] == "Olga Brandt"
    ad, ev = _one(text, "arrest")
    assert _names(ad, ev, "patient") == {"Olga Brandt"}


def test_no_interview_without_a_questioners_turns():
    assert interview("Interview with Olga Brandt\n\nShe came to Hamburg in 1920.") is None


def test_an_active_succeed_is_not_summarised_as_its_subject_succeeded():
    from types import SimpleNamespace
    from historiograph.corpus.events import _told_passive, summary

    def rec(text, word):
        start = text.index(word)
        return SimpleNamespace(text=text, event=SimpleNamespace(trigger={"start": start, "text": word}))
    assert not _told_passive(rec("In 1703 Conrad Weil succeeded him.", "succeeded"))
    assert _told_passive(rec("The rebels were badly routed at Kell.", "routed"))
    assert "succeeded" not in summary("assignment", [], ["Conrad Weil"], None, "succeeded", passive=False)
    assert summary("battle", [], ["the rebels"], None, "routed", passive=True).startswith("the rebels were routed")


def test_him_made_a_chief_is_not_the_ruler_nor_his_name_in_apposition():
    ad, ev = _one("Yaw Boateng (1840-1901) was a trader at Kumasi. In 1870 the king, Osei Kofi, made him a "
                  "captain. He was arrested in 1880.", "arrest")
    assert _names(ad, ev, "patient") == {"Yaw Boateng"}


def test_a_wire_dateline_is_never_the_speaker():
    from historiograph.events.writer import datelines
    assert datelines("KAMPALA, May 4 (Reuters) - Officials said ...") and not datelines("US - Soviet talks")
    ad, ev = _one("KAMPALA (Reuters) - Minister Okello Lule said on Friday the road was closed.", "statement")
    assert _names(ad, ev, "agent") == {"Okello Lule"}
    ad, ev = _one("KAMPALA, May 4 - Officials said the road was closed.", "statement")
    assert "Kampala" not in _names(ad, ev, "agent")


def test_a_nationality_adjective_names_its_state_or_no_one():
    ad, ev = _one("In 1966 Malawian troops attacked the camp.", "attack")
    assert _names(ad, ev, "agent") in ({"Malawi"}, {"Malawian"})  # the state only where the table dates it
    ad, ev = _one("In 1850 Zambian traders attacked the camp.", "attack")
    assert "Zambia" not in _names(ad, ev, "agent")  # no such state in 1850
    ad, ev = _one("In 1907 two Welsh miners were killed at Senghenydd.", "killing")
    assert not _names(ad, ev, "patient") & {"Welsh", "Wales", "United Kingdom"}


def test_them_is_the_people_named_together_just_before():
    ad, ev = _one("Ivo Kram and Lev Dorn crossed the border in 1931. A patrol arrested them in 1932.", "arrest")
    assert _names(ad, ev, "patient") == {"Ivo Kram", "Lev Dorn"}
    ad, ev = _one("The smugglers crossed the border in 1931. A patrol arrested them in 1932.", "arrest")
    assert not _names(ad, ev, "patient") - {None}


def test_his_release_with_only_a_woman_before_is_no_one():
    ad, ev = _one("Greta Lind visited the fortress in 1761. His release came in 1762.", "release")
    assert "Greta Lind" not in _names(ad, ev, "patient")


def test_he_in_a_relative_clause_on_the_subject_is_someone_else_and_continues():
    ad, ev = _one("Emil Dorn was held at Spandau in 1860. Kiri Moss, whom he had married in 1850, petitioned the "
                  "king. His release came in 1862.", "release")
    assert _names(ad, ev, "patient") == {"Emil Dorn"}
    ad, ev = _one("Emil Dorn was held at Spandau in 1860. Kiri Moss, whom he had married in 1850, petitioned the "
                  "king.", "marriage")
    assert "Emil Dorn" in _names(ad, ev)

"""Regressions found in review: each test is a sentence the code got wrong once."""
from historiograph.ingest import facts


def _fact_lines(text):
    return [text[f.start:f.end] for f in facts.lines(text)]


def test_an_uncertain_fact_value_keeps_the_other_facts():
    text = "Anselm Rieder\nBorn: 12 March 1801, Basel\nDied: 1862?\n\nAnselm Rieder was a printer in Basel.\n"
    assert _fact_lines(text) == ["Born: 12 March 1801, Basel", "Died: 1862?"]


def test_question_turns_are_not_facts():
    text = "Mara Holt\nQ: Where were you born?\nA: In Leeds, in 1931.\n\nShe moved to York later.\n"
    assert _fact_lines(text) == []


def test_a_bylined_post_in_the_third_person_gives_a_subjectless_clause_no_writer_as_actor():
    from historiograph import annotate
    ad = annotate("Posted by Irene Salt\n\nTomasz Wirski was a printer from Lodz. Arrived in Warsaw in 1918. "
                  "He died there in 1931.")
    for ev in ad.events:
        assert not any(p.kind == "narrator" for p in ev.participants), ev


def test_a_bylined_post_told_in_the_first_person_keeps_its_writer():
    from historiograph import annotate
    ad = annotate("Posted by Irene Salt\n\nI left Lodz in the spring of 1918. Arrived in Warsaw in June 1918.")
    moves = [ev for ev in ad.events if any(p.kind == "narrator" for p in ev.participants)]
    assert moves


def test_she_is_not_a_biographys_subject_whose_gender_the_text_never_gives():
    from historiograph import annotate
    ad = annotate("Okoro Tane (1801-1862) was a surveyor. In 1830 Tane met Ngozi Brandt at Lagos.\n\n"
                  "She was arrested in 1840.")
    arrest = next(e for e in ad.events if e.type == "arrest")
    names = {ad.entity(p.entity).name if p.entity else p.name for p in arrest.participants}
    assert "Okoro Tane" not in names and "Tane" not in names


def test_a_nationality_word_names_only_a_state_that_existed_that_year():
    from historiograph.events.arguments import _state_for
    assert _state_for("Zambian", 1850) is None  # Zambia: 1964
    assert _state_for("Algerian", 1800) is None
    assert _state_for("Flemish", 1900) is None  # a region, not a state
    assert _state_for("German", 1900) == "Germany"

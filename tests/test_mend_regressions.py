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

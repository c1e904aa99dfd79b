"""A negative yes/no question in a debate or an examination ("Is it not the case that X was arrested
...?", "Did the constable not arrest ...?", "Was it not the Minister who dismissed ...?") is a claim the
asker puts rhetorically: its event is reported, never asserted by the text; a plain question stays
hedged and a statement asserted. Our own sentences, through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate_text


def _certainty(text: str, etype: str) -> list[str]:
    return [e.certainty for e in annotate_text(text).events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("Is it not the case that Padraig Dunleavy was arrested at Tuam on 3 May?", "arrest"),
    ("Mr. Halloran asked: is it not a fact that the police arrested Seamus Corrin at Westport last week?",
     "arrest"),
    ("Was it not the Minister himself who dismissed the engineer Colm Brady in March?", "dismissal"),
    ("Was the engineer Colm Brady not dismissed by the Minister in March?", "dismissal"),
    ("Wasn't Colm Brady dismissed by the Board in March?", "dismissal"),
    ("Did the sergeant not arrest Eoin Tarrant at the fair of Ballintra?", "arrest"),
    ("Was the steward not dismissed by the Blakes?", "dismissal"),  # (parsed with "Was" as its verb)
])
def test_a_negative_question_reports_its_event(text, etype):
    found = _certainty(text, etype)
    assert found and all(c == "reported" for c in found), found


@pytest.mark.parametrize("text, etype, want", [
    ("Is it true that Colm Brady was dismissed by the Board in March?", "dismissal", "hedged"),
    ("Was the engineer Colm Brady dismissed by the Board in March?", "dismissal", "hedged"),
    ("Mr. Halloran asked: was Seamus Corrin arrested at Westport last week?", "arrest", "hedged"),
    ("The engineer Colm Brady was dismissed by the Board in March.", "dismissal", "asserted"),
    ("Was it the Minister who dismissed the engineer Colm Brady in March?", "dismissal", None),
    ("Was the letter never sent to the bishop in 1850?", "assignment", "hedged"),  # ("never" asks; mend5)
])
def test_other_questions_and_statements_keep_their_certainty(text, etype, want):
    found = _certainty(text, etype)
    assert found and "reported" not in found, found
    if want is not None:
        assert want in found, found

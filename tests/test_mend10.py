"""Review 9 (mend10): an undated telling joined into a dated entry of another episode, and a bare ordinal
day after a report's dateline ("on the 16th") left unread. Invented texts."""
from __future__ import annotations

import pytest

from historiograph import annotate_text
from historiograph.corpus import build_corpus
from historiograph.time import news_dateline, tag

LIFE = ("Gregor Maltz (1760-1831)\n\nGregor Maltz was born in Krems on 2 March 1760. He entered the army in 1778 "
        "and served against the Turks at Ruscuk in 1790, where he was wounded in the arm. He took command of "
        "the fortress of Orlau in April 1809. When the general Fritz Ebner laid siege to the fortress, Maltz "
        "held out for eight days. On 12 June 1809 he surrendered Orlau to Ebner.\n")
NEWS = ("FALL OF ORLAU\n\nPRAGUE, Monday 26 June 1809 — Letters received here confirm that the fortress of "
        "Orlau has fallen. The place was given up by its commandant, Colonel Gregor Maltz, after "
        "a siege of eight days.\n")


@pytest.fixture(scope="module")
def tables():
    return build_corpus([annotate_text(LIFE, source="life.txt"), annotate_text(NEWS, source="news.txt")])


def test_an_undated_news_telling_joins_no_dated_entry_of_another_episode(tables):
    old = [t for t in tables.timeline if (t.date or "").startswith("1790")]
    assert old and all({m[0] for m in t.members} == {"life.txt"} for t in old)


def _tag(text):
    dct, span = news_dateline(text)
    return tag(text, dct=dct, mode="narrative", metadata=span)


def _values(text):
    return {t.text: t.value for t in _tag(text)}


DATELINE = "LINZ, 20 May 1811 — "


def test_a_bare_ordinal_day_after_a_dateline_is_a_day_of_its_month():
    v = _values(DATELINE + "The bridge was carried away by the flood on the 9th, and the ferry sank on the 25th.")
    assert v.get("the 9th") == "1811-05-09"
    assert v.get("the 25th") == "1811-04-25"  # past tense, after the dateline's day: the month before


def test_the_following_night_counts_from_the_ordinal_day():
    v = _values(DATELINE + "The walls were breached on the 11th and a magazine exploded on the following night.")
    assert v.get("the 11th") == "1811-05-11"
    assert v.get("the following night", "").startswith("1811-05-12")


def test_ordinals_of_other_uses_are_no_days():
    v = _values(DATELINE + "The 16th Regiment marched out. It was a custom of the 16th century. "
                "He stood 16th on the list.")
    assert not any(k for k, x in v.items() if "16th" in k and (x or "").endswith("-16"))
    assert v.get("the 16th century") == "15"


def test_within_the_week_in_a_future_sentence_lies_ahead():
    t = [x for x in _tag(DATELINE + "The colonel is expected in the capital within the week.")
         if "week" in x.text]
    assert t and (t[0].earliest or "") >= "1811-05-20"


SURRENDER = ("PRAGUE, Monday 26 June 1809 — Colonel Gregor Maltz surrendered the fortress of Orlau to General Fritz Ebner, "
             "and the garrison marched out.\n")
OLD_REPORT = ("PRAGUE, Monday 26 June 1829 — Colonel Gregor Maltz surrendered the fortress of Orlau to General Fritz Ebner, "
              "and the garrison marched out.\n")


def _joined(tables, etype):
    return [sorted({m[0] for m in t.members}) for t in tables.timeline if t.type == etype]


def test_an_undated_report_sharing_two_participants_within_its_season_joins():
    tables = build_corpus([annotate_text(LIFE, source="life.txt"), annotate_text(SURRENDER, source="news.txt")])
    assert ["life.txt", "news.txt"] in _joined(tables, "surrender")


def test_an_undated_report_written_long_after_the_date_joins_nothing():
    tables = build_corpus([annotate_text(LIFE, source="life.txt"), annotate_text(OLD_REPORT, source="news.txt")])
    assert ["life.txt", "news.txt"] not in _joined(tables, "surrender")


def test_an_undated_telling_of_an_undated_text_sharing_a_person_and_a_place_still_joins():
    dated = "Gregor Maltz died in Krems on 4 May 1831.\n"
    undated_text = "Gregor Maltz, the last commandant of Orlau, died in Krems.\n"
    tables = build_corpus([annotate_text(dated, source="a.txt"), annotate_text(undated_text, source="b.txt")])
    assert ["a.txt", "b.txt"] in _joined(tables, "death")


def test_a_report_read_as_news_reads_the_ordinal_day_too():
    ad = annotate_text(DATELINE + "The walls were breached on the 11th and a magazine exploded on the following "
                       "night, killing forty soldiers. The colonel is expected here within the week.\n", source="r.txt")
    v = {t.text: t.value for t in ad.timexes}
    assert v.get("the 11th") == "1811-05-11"
    assert v.get("the following night", "").startswith("1811-05-12")
    assert v.get("the week") == "1811-W21"

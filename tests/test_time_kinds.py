"""Kinds of construction fixed from the TempEval-3 error table (bench/timex_eval.py --kinds), issue #12.

Every sentence here is written for these tests; none comes from the development or sample texts.
"""
from __future__ import annotations

import pytest

from historiograph.time import tag


def _values(text: str, mode: str = "news", dct: str | None = "2003-05-14"):
    return {t.text: (t.type, t.value) for t in tag(text, mode=mode, dct=dct)}


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_then_current_is_past_not_present(mode):
    got = _values("Shareholders were paid the then-current price. The then current mayor opened the bridge."
                  " Current rents are high.", mode=mode)
    assert got["then-current"] == ("DATE", "PAST_REF")
    assert got["then current"] == ("DATE", "PAST_REF")
    assert got["Current"] == ("DATE", "PRESENT_REF")  # without "then" it is still the writer's present


# ---- a length counted from the story's time: TimeML's DURATION, with the date it leads to -----------------

def _lengths(text: str, mode: str = "narrative", dct: str | None = None):
    return [(t.text, t.type, t.value, t.anchored, t.edtf) for t in tag(text, mode=mode, dct=dct)
            if not t.bibliographic]


@pytest.mark.parametrize("mode", ["news", "narrative"])
def test_counted_length_is_timemls_duration_and_keeps_its_date(mode):
    got = _lengths("The fort was shelled on 14 May 1779. Three days later the garrison marched out.", mode=mode,
                   dct="1779-06-01" if mode == "news" else None)
    assert got[1] == ("Three days", "DURATION", "P3D", "1779-05-17", "1779-05-17")
    got = _lengths("The canal opened in 1825. Some months earlier the last lock had been finished.", mode=mode,
                   dct="1826-01-10" if mode == "news" else None)
    assert got[1][:3] == ("Some months", "DURATION", "PXM")


def test_hours_fortnights_and_afterwards_are_lengths_too():
    got = _lengths("The council met at dawn on 2 April 1861. A fortnight afterwards the port was closed; "
                   "just over an hour later the first ship was turned away.")
    assert got[1][:4] == ("A fortnight", "DURATION", "P14D", "1861-04-16")
    assert got[2][:3] == ("just over an hour", "DURATION", "PT1H")


def test_a_year_earlier_in_a_report_stays_the_year_ago_date():
    got = _lengths("Profit rose to $9 million in the quarter from $7 million a year earlier.", mode="news",
                   dct="2003-10-20")
    assert got[-1][:3] == ("a year earlier", "DATE", "2002-Q3")


def test_a_restated_date_still_wins_over_the_count():
    got = _lengths("The envoy reached Tiflis on 3 May 1829. He left two weeks later, on 19 May 1829.")
    assert got[1][:4] == ("two weeks", "DURATION", "P2W", "1829-05-19")


def test_events_take_the_date_a_counted_length_leads_to():
    import historiograph

    ad = historiograph.annotate(text="The rebels seized the arsenal of Talvik on 9 June 1807. "
                                     "Five days later, the governor surrendered the town to the rebels.")
    surrender = next(e for e in ad.events if e.type == "surrender")
    assert surrender.time["value"] == "1807-06-14" and surrender.time["edtf"] == "1807-06-14"
    t = next(t for t in ad.timexes if t.text == "Five days")
    assert (t.type, t.value, t.anchored) == ("DURATION", "P5D", "1807-06-14")
    assert ad.to_json()["timexes"][1]["anchored"] == "1807-06-14"


def test_over_the_years_is_a_length_of_unknown_years():
    got = _lengths("Over the years the guild grew rich. In the years that followed, it lost its charter. "
                   "During the intervening decades the port silted up. In the years before the war it was poor.")
    assert [g[:3] for g in got] == [("the years", "DURATION", "PXY"), ("the years", "DURATION", "PXY"),
                                    ("the intervening decades", "DURATION", "PXDE")]  # "the years before X": no


def test_a_corpus_keeps_the_date_a_counted_length_leads_to_for_its_questions(tmp_path):
    from historiograph.build import build
    from historiograph.store import Corpus
    from historiograph.store.sentences import timexes_in

    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "fort.txt").write_text("The fort was shelled on 14 May 1779. Three days later, the garrison "
                                             "surrendered the fort.\n", encoding="utf-8")
    db = Corpus(tmp_path / "c.db")
    build(db, [tmp_path / "c"], jobs=1)
    source = db.sources()[0]
    rows = timexes_in(db, source, 0, 200)
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [
        ("14 May 1779", "DATE", "1779-05-14"), ("Three days", "DATE", "1779-05-17")]
    stored = db.annotated_json(source)["timexes"][1]  # the document itself keeps TimeML's length
    assert (stored["type"], stored["value"], stored["anchored"]) == ("DURATION", "P3D", "1779-05-17")


def test_the_reader_shows_a_counted_length_with_its_day():
    from historiograph.web.annotated_text import _timex

    t = next(t for t in tag("The fort fell on 14 May 1779. Three days later the guns were spiked.", mode="narrative")
             if t.anchored)
    mark = _timex(t.__dict__)
    assert 'data-value="P3D → 1779-05-17"' in mark.open

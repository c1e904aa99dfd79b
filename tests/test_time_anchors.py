"""Relative dates of a narrative anchored on the right antecedent: seasons in the year the story has
reached, chains of counts, counts of days and weeks across a year's end or from a month, and dates
that must not move the story's time (a report told later, a habit, a past-perfect flashback, a note).

Every text here is invented for these tests; none comes from the sample or development texts.
"""
from __future__ import annotations

import pytest

from historiograph.time import find, tag
from historiograph.time.asides import classify, note_lines


@pytest.fixture(scope="module")
def nlp():
    from historiograph.nlp import load_model
    return load_model()


def values(text, doc=None):
    """text -> TIMEX3 value; for a counted length ("two days" of "two days later") the date it leads to."""
    return {t.text: t.anchored or t.value for t in tag(text, mode="narrative", doc=doc) if not t.bibliographic}


def both(nlp, text):
    """The values without a parse and with it (the pipeline always has one)."""
    return values(text), values(text, nlp(text))


CHAIN = ("The abbey of Saint Oda was founded in 1120 by Count Ebbo. Twelve years later the monks built a "
         "stone church. The following spring a fire destroyed the dormitory, and three weeks later the abbot "
         "died. That winter the count visited the abbey.")


def test_a_chain_counts_from_the_resolved_count(nlp):
    for got in both(nlp, CHAIN):
        assert got["Twelve years"] == "1132"
        assert got["The following spring"] == "1133-SP"
        assert got["three weeks"] == "1133"  # three weeks after a spring: within 1133, no finer
        assert got["That winter"] == "1133-WI"


WINTER = ("The regiment reached Mainz at the end of October 1793. On 14 November the colonel inspected the "
          "men. The river froze that winter, and on 3 January the bridge of boats was taken up. The following "
          "spring the regiment was sent to Flanders.")


def test_a_winter_runs_from_december_into_the_next_year(nlp):
    for got in both(nlp, WINTER):
        assert got["that winter"] == "1793-WI"
        assert got["3 January"] == "1794-01-03"
        assert got["The following spring"] == "1794-SP"


def test_the_following_winter_after_a_year_begins_that_december(nlp):
    text = "In 1849 he bought the quarry. The following winter the river froze. The next spring it flooded."
    for got in both(nlp, text):
        assert got["The following winter"] == "1849-WI"
        assert got["The next spring"] == "1850-SP"


def test_counts_of_days_and_weeks_cross_the_year_end(nlp):
    text = ("Denby died at Carrow on 28 December 1870. Two weeks later his son sold the quarry. "
            "That summer the company built a siding to the mill.")
    for got in both(nlp, text):
        assert got["Two weeks"] == "1871-W02"
        assert got["That summer"] == "1871-SU"
    text = "On 30 December 1884 the committee met at the inn. Eight days later the owners agreed to talks."
    for got in both(nlp, text):
        assert got["Eight days"] == "1885-01-07"


def test_days_after_a_month_are_a_stretch_not_the_writers_future(nlp):
    text = ("In March 1862 the mill closed for lack of cotton. Eight days later the workers marched to the "
            "town hall. Some weeks afterwards a relief committee opened a soup kitchen.")
    out = {t.text: t for t in tag(text, mode="narrative", doc=nlp(text))}
    eight = out["Eight days"]
    assert (eight.anchored, eight.earliest, eight.latest) == ("1862", "1862-03-09", "1862-04-08")
    assert out["Some weeks"].anchored == "1862"  # counted from the stretch, not a decade


def test_a_report_told_later_does_not_move_the_story(nlp):
    text = ("On 2 November 1884 the salt workers marched to the owner's house. As the union secretary later "
            "wrote in 1910, nobody expected the lockout to last. On 30 December the strike committee met. "
            "Three weeks later the owners agreed to talks.")
    for got in both(nlp, text):
        assert got["1910"] == "1910"
        assert got["30 December"] == "1884-12-30"
        assert got["Three weeks"] == "1885-W04"


def test_a_habit_of_saying_does_not_move_the_story(nlp):
    text = ("In the summer of 1938 my father moved us to Tallinn. He used to say that the autumn of 1919 had "
            "been the worst season of his life. That winter my mother fell ill.")
    doc = nlp(text)
    kinds = dict(zip([text[p.start:p.end] for p in find(text)], classify(text, find(text), doc)))
    assert kinds["the autumn of 1919"] == "report"
    for got in both(nlp, text):
        assert got["That winter"] == "1938-WI"


def test_a_past_perfect_flashback_before_the_story_leaves_it_where_it_is(nlp):
    text = ("On 14 November 1793 the colonel wrote that the men had not been paid since the summer. "
            "Five days later the first deserters were caught.")
    for got in both(nlp, text):
        assert got["Five days"] == "1793-11-19"
    # a past perfect ahead of the story still moves it
    text = "In May 1793 the army rested. By 3 August it had reached Mainz. Two days later it crossed the river."
    for got in both(nlp, text):
        assert got["Two days"] == "1793-08-05"


def test_a_death_told_as_the_sentence_moves_the_story_but_a_birth_in_passing_does_not(nlp):
    text = ("In March 1862 the mill closed. Denby died at Carrow on 28 December 1870. That summer his son "
            "sold the mill.")
    assert values(text, nlp(text))["That summer"] == "1870-SU"  # the death's year, not the mill's 1862
    text = "In the summer of 1916 a general took command. He was born in Kazan in 1858. On 2 July he attacked."
    assert values(text, nlp(text))["2 July"] == "1916-07-02"


BOOK = ("In the spring of 1812 the envoy left Vienna for St Petersburg.[1] He reached Riga on 9 May. Ten days "
        "later he was received by the tsar at Vilna.\n\n"
        "[1] See Karl Weiss, Die Gesandtschaft, p. 17; the diary entry is dated 2 April 1812.\n\n"
        "Two weeks later the envoy fell ill.")


def test_a_note_between_paragraphs_does_not_move_the_story(nlp):
    assert [BOOK[a:b][:3] for a, b in note_lines(BOOK)] == ["[1]"]
    for got in both(nlp, BOOK):
        assert got["Ten days"] == "1812-05-19"
        assert got["Two weeks"] == "1812-W23"


def test_numbered_lines_nothing_cites_are_a_chronology_not_notes():
    text = "Chronology\n\n1. In 1812 the envoy left Vienna.\n2. In 1813 he came back.\n"
    assert note_lines(text) == []
    text = "The men had not been paid since the summer.1 They deserted.\n\n1. Letter of 14 November 1793.\n"
    assert len(note_lines(text)) == 1


def test_news_keeps_its_reading_of_a_past_perfect():
    """TimeML's news conventions are not touched: a past perfect date still moves the reference."""
    text = "The company had reported a loss in March. On Friday it said profits rose."
    got = {t.text: t.anchored or t.value for t in tag(text, dct="1998-06-10", mode="news")}
    assert got["March"] == "1998-03"


def test_events_keep_the_season_of_the_year_the_story_reached():
    """'that summer' after a chain of counts is not put back in the last year stated (an aside's)."""
    import historiograph
    text = ("The regiment reached Mainz at the end of October 1793. Hoffmann, who edited the colonel's letters "
            "in 1889, believed that the pay chest had been stolen. The following spring the regiment was sent "
            "to Flanders. Three years later it was disbanded at Koblenz, and that summer the colonel retired "
            "to his estate.")
    ad = historiograph.annotate(text)
    got = {t.text: t.anchored or t.value for t in ad.timexes}
    assert got["The following spring"] == "1794-SP" and got["that summer"] == "1797-SU"
    dated = {e.trigger["text"]: (e.time or {}).get("value") for e in ad.events}
    assert dated.get("retired", "1797-SU") == "1797-SU"
    assert not [e for e in ad.events if ((e.time or {}).get("value") or "").startswith("1889")
                and e.trigger["text"] != "edited"]


def test_an_event_without_a_date_of_its_own_passes_over_a_flashback():
    """The narrative's time for an undated event is the story's, not a past-perfect flashback's year."""
    import historiograph
    text = ("In May 1915 the battalion sailed for Gallipoli. Its colonel had fought in Egypt in 1898 and knew "
            "the heat. The Turks attacked the battalion on the beach.")
    ad = historiograph.annotate(text)
    attack = [e for e in ad.events if e.trigger["text"] == "attacked"]
    assert attack and attack[0].time["value"] == "1915-05" and attack[0].time["inherited"]


@pytest.mark.parametrize("text, expect", [
    ("= Harwick Mill =\n\n- Built: 1846\n- Demolished: 1931\n\nJosiah Denby founded the mill in 1846. In 1846 he "
     "also bought the weir.\n\nIn 1880 the mill was sold to the Carrow company. That winter the new owners closed "
     "the dye house. On 3 March they reopened it.", {"That winter": "1880-WI", "3 March": "1881-03-03"}),
    ("The town was founded in 1720. A church was built there in 1720, and in 1720 the first market was held.\n\n"
     "By 1766 the town had grown to two thousand people. That spring a fire destroyed the market hall. On 9 June "
     "the council met.", {"That spring": "1766-SP", "9 June": "1766-06-09"}),
    # within one paragraph a lone year far from the one the passage keeps returning to is still an aside
    ("In 1938 the envoy arrived in Tokyo. In 1938 he met the minister twice, and in 1938 he signed the accord. "
     "The accord followed the protocol of 1886. On 29 July the envoy left.", {"29 July": "1938-07-29"}),
])
def test_a_new_paragraph_with_a_new_year_moves_the_story_there(nlp, text, expect):
    for got in both(nlp, text):
        assert {k: got.get(k) for k in expect} == expect


def test_a_dated_essay_says_last_year_from_the_writers_date_and_the_story_stays(nlp):
    text = ("On 2 November 1884 the salt workers marched to the owner's house. Eight days later the owners "
            "locked the gates. Last year I visited the town museum, which keeps their banner. That winter the "
            "works stayed shut.")
    out = {t.text: t for t in tag(text, dct="2014-03-12", mode="narrative", doc=nlp(text))}
    assert out["Last year"].value == "2013" and out["Last year"].anchor == "news"
    assert out["That winter"].value == "1884-WI"
    # inside a quotation the story's people speak from the story's time
    text = 'On 2 November 1884 the workers marched. "Last year we were paid more," their leader said.'
    out = {t.text: t.anchored or t.value for t in tag(text, dct="2014-03-12", mode="narrative")}
    assert out["Last year"] == "1883"


def test_reports_as_participles_and_habits_do_not_move_the_story(nlp):
    for aside in ("Writing in 1850, the general recalled the heat.", "He often said in 1850 that it was hot.",
                  "As the general put it in 1850, the heat was terrible."):
        text = f"On 3 May 1812 the army crossed the river. {aside} Two days later the army reached Kovno."
        assert values(text, nlp(text))["Two days"] == "1812-05-05"


def test_a_short_stretch_across_a_years_end_is_about_its_middle_month(nlp):
    text = "The siege began in November 1642. Six weeks later the garrison surrendered."
    t = {x.text: x for x in tag(text, mode="narrative", doc=nlp(text))}["Six weeks"]
    assert (t.anchored, t.mod, t.earliest, t.latest) == ("1642-12", "APPROX", "1642-12-13", "1643-01-11")


@pytest.mark.parametrize("before, season, value", [
    ("In January 1813 the last men crossed the Niemen.", "That spring", "1813-SP"),
    ("In February 1940 my brother fell ill.", "That winter", "1939-WI"),
    ("In November 1793 the colonel fell ill.", "That winter", "1793-WI"),
    ("In November 1793 the colonel fell ill.", "That summer", "1793-SU"),
    ("In January 1813 the last men crossed the Niemen.", "The following spring", "1813-SP"),
    ("In March 1794 the bridge was rebuilt.", "The previous winter", "1793-WI"),
])
def test_that_season_is_of_the_storys_year(nlp, before, season, value):
    text = f"{before} {season} the river flooded."
    for got in both(nlp, text):
        assert got[season] == value


def test_a_count_from_another_paragraphs_date_is_marked_inferred():
    import historiograph
    text = ("In May 1915 the battalion landed at Suvla. Two weeks later the Turks attacked the battalion.\n\n"
            "Two years later the Turks attacked the fort at Gaza.")
    ad = historiograph.annotate(text)
    attacks = sorted((e for e in ad.events if e.trigger["text"] == "attacked"), key=lambda e: e.trigger["start"])
    assert len(attacks) == 2
    assert attacks[0].time["inherited"] is False  # counted from its own paragraph's May 1915
    assert attacks[1].time["value"] == "1917" and attacks[1].time["inherited"] is True


ARTICLE = ("= Harwick Mill =\n\n- Built: 1846\n- Demolished: 1931\n- Owner: Denby & Sons\n\n"
           "Harwick Mill was a cotton mill on the River Lune. Josiah Denby opened it in the spring, and on 3 June "
           "the first cloth was woven. Three years later he added a dye house.")


def test_an_articles_fact_lines_are_not_the_storys_time(nlp):
    for got in both(nlp, ARTICLE):
        assert got["1846"] == "1846" and got["1931"] == "1931"  # the facts keep their own dates
        assert not got["3 June"].startswith("1931") and not got["Three years"].startswith("193")
    text = ARTICLE.replace("in the spring", "in the spring of 1846")
    for got in both(nlp, text):
        assert got["3 June"] == "1846-06-03" and got["Three years"] == "1849"


def test_a_chronology_line_is_no_fact_line():
    """The time stage reads fact lines as ingest.facts does: bulleted anywhere, unbulleted only under the title."""
    from historiograph.time.asides import fact_lines
    text = "March 1846: the mill opened.\n- Born: 3 May 1801\nNote: the mill was sold in 1880. That winter it closed."
    assert [text[a:b] for a, b in fact_lines(text)] == ["- Born: 3 May 1801"]
    assert fact_lines(text.replace("- Born", "Born")) == []  # a stray "Key: value" line is not an infobox


def test_a_season_told_in_the_past_perfect_is_the_last_one_before_the_story(nlp):
    """"That winter had been the wettest" after spring 1861 is the winter that had just ended
    (1860-WI: December 1860 to February 1861), and the story stays in 1861; in the simple past it is
    the winter the story comes to."""
    text = ("I was twenty in the spring of 1861 and worked at my uncle's forge. That winter had been the "
            "wettest anyone remembered, and on 2 April the river broke its banks.")
    for got in both(nlp, text):
        assert got["That winter"] == "1860-WI"
        assert got["2 April"] == "1861-04-02"
    told = ("We moved to the coast in the spring of 1861. That winter was the coldest we had known, "
            "and in March the harbour froze.")
    for got in both(nlp, told):
        assert got["That winter"] == "1861-WI"

"""Which date an event gets, on invented sentences: an earlier sentence's date is carried only to the
same actors (and marked inherited), a relative clause's date dates its own verb only, a report's date is
not the date of what it reports, "the following spring" and "the spring" after November are the next
spring, and the time stage reads an article's fact lines as ingest.facts does."""
from __future__ import annotations

from historiograph import annotate
from historiograph.time import tag


def _times(text):
    ad = annotate(text)
    return {e.trigger["text"]: e.time for e in ad.events}


def test_a_new_actor_in_an_undated_sentence_does_not_take_the_last_sentences_date():
    got = _times("On 6 April 1733 the salt tax of Dorvan was doubled. The salters of Dorvan attacked the "
                 "tax office the following week. The bishop urged calm.")
    assert got["attacked"]["value"].startswith("1733-W") and not got["attacked"]["inherited"]
    assert got["urged"] is None  # nothing ties the bishop's urging to that week


def test_the_same_actors_carry_the_date_marked_inherited():
    got = _times("On 6 April 1733 the salters of Dorvan attacked the tax office. They killed the collector.")
    assert got["killed"]["value"] == "1733-04-06" and got["killed"]["inherited"]
    got = _times("On 6 April 1733 the salters of Dorvan attacked the tax office. The salters then seized the reeve.")
    assert got["seized"]["value"] == "1733-04-06" and got["seized"]["inherited"]


def test_a_participle_that_describes_a_noun_is_not_dated_by_the_story():
    got = _times("In early May 1733 the salters of Dorvan rioted. The ledgers were later examined by a "
                 "council appointed by the bishop.")
    assert got.get("appointed") is None


def test_a_relative_clauses_date_is_not_its_main_verbs():
    got = _times("Tobit Haller, who had been elected reeve of Dorvan in 1729, denied the charge.")
    assert got["elected"]["value"] == "1729"
    assert got["denied"] is None
    got = _times("The council of Dorvan met in 1734. Its reeve Tobit Haller, who was elected in 1729, "
                 "denied the charge.")
    assert got["denied"]["value"] == "1734" and got["denied"]["inherited"]


def test_what_a_dated_report_says_is_not_dated_by_the_report():
    got = _times("The salters rioted in 1733. In 1790 the bishop wrote that the massacre at Dorvan had "
                 "been ordered by the reeve.")
    assert got["massacre"] is None
    got = _times("The salters rioted in 1733. In 1790 the bishop wrote that the reeve ordered the massacre "
                 "at Dorvan.")
    assert got["massacre"] is None


def test_a_report_of_what_had_happened_before_does_not_move_the_storys_time():
    text = ("The salters rioted in March 1733. In 1790 the bishop wrote that the riot had been planned by "
            "the reeve. On 2 April the reeve fled.")
    ad = annotate(text)
    got = {t.text: t.value for t in ad.timexes}
    assert got["2 April"] == "1733-04-02"


def _values(text, dct=None):
    return [(t.text, t.value) for t in tag(text, dct=dct, mode="narrative")]


def test_the_following_season_and_the_season_after_a_later_month_are_the_next_ones():
    assert _values("In the autumn of 1916 we reached Velk. The following spring we crossed the pass.")[-1] == (
        "The following spring", "1917-SP")
    assert _values("On 20 November 1916 the millers of Velk stopped work. The stoppage ended in the spring.")[-1] \
        == ("the spring", "1917-SP")
    # told as having happened before, it is the spring before; "that spring" looks back to its own year
    assert _values("On 20 November 1916 the millers stopped work. The quarrel had begun in the spring.")[-1] \
        == ("the spring", "1916-SP")
    assert _values("In 1916 the millers stopped work. The stoppage ended in the spring.")[-1] == (
        "the spring", "1916-SP")


def test_next_season_told_in_the_past_is_the_storys_not_the_writers():
    text = "In the autumn of 1916 we reached Velk. Next spring we crossed the pass."
    assert _values(text, dct="1938")[-1] == ("Next spring", "1917-SP")
    assert _values("In the autumn of 1916 we reached Velk. Next spring we will cross the pass again.",
                   dct="1938")[-1] == ("Next spring", "1939-SP")


def test_fact_lines_are_ingest_facts_and_count_among_themselves():
    from historiograph.ingest.facts import lines
    from historiograph.time.asides import fact_lines

    text = ("= Velk Mill =\nBuilt: 1801\nOwner: Anselm Roe\nYear closed: 1859\nDate closed: 4 June\n\n"
            "The mill was sold in 1840. On 3 May the new owner arrived.\n- Rebuilt: 1862\n"
            "Note: by then it was sold again.\n")
    assert [(a, b) for a, b in fact_lines(text)] == [(f.start, f.end) for f in lines(text)]
    assert [text[a:b] for a, b in fact_lines(text)] == [
        "Built: 1801", "Owner: Anselm Roe", "Year closed: 1859", "Date closed: 4 June", "- Rebuilt: 1862"]
    got = dict(_values(text))
    assert got["4 June"] == "1859-06-04"  # the fact line's year, not the story's
    assert got["3 May"] == "1840-05-03"  # the facts never move the story's time

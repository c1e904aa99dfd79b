"""The time stage: TIMEX3 tagging, values, anchoring and bibliographic dates."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from historiograph.model import AnnotatedDocument, Document, Zone
from historiograph.pipeline import Options
from historiograph.time import annotate, find, header_date, tag
from historiograph.time.asides import classify

CASES = json.loads((FIXTURES / "time" / "cases.json").read_text(encoding="utf-8"))["cases"]


def _found(timexes):
    return [[t.text, t.type, t.value, t.mod] for t in timexes if not t.bibliographic]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_invented_cases(case):
    got = _found(tag(case["text"], dct=case.get("dct"), mode=case.get("mode", "auto")))
    assert got == case["expect"]


def test_offsets_point_at_the_text():
    text = "It rained on 13 June 1938 and for three days after."
    for t in tag(text, mode="narrative"):
        assert text[t.start:t.end] == t.text


def test_auto_mode_reads_history_as_narrative():
    text = "On 13 June 1938 he crossed the border. On 13 July he spoke to the press."
    t = tag(text, dct="2019-01-02", mode="auto")
    assert [x.value for x in t] == ["1938-06-13", "1938-07-13"]
    assert t[1].anchor == "narrative"
    news = tag("The talks will resume on 13 July, the ministry said.", dct="2019-03-02", mode="auto")
    assert news[0].value == "2019-07-13" and news[0].anchor == "news"
    news = tag("The talks resumed on 13 July, the ministry said.", dct="2019-03-02", mode="auto")
    assert news[0].value == "2018-07-13"  # a past verb: the July before the report


def test_yearless_date_in_news_takes_the_nearest_year():
    assert tag("The ruling is due by Jan. 2, lawyers said.", dct="1989-11-02", mode="news")[0].value == "1990-01-02"
    assert tag("Sales rose in March, the company said.", dct="1989-10-30", mode="news")[0].value == "1989-03"


def test_reference_list_lines_are_bibliographic():
    text = ("The army crossed the border in 1938.\n\n"
            "1. ^ Smith, John (1972). The Border War. London: Press. ISBN 0-00-000000-0.\n"
            "2. Jump up to: a b Smith 1972, p. 40.\n"
            "3. Doe, Jane (12 May 1990). \"A Report\". Retrieved 12 February 2012.\n")
    tx = tag(text, mode="narrative")
    assert [(t.text, t.bibliographic) for t in tx][0] == ("1938", False)
    assert all(t.bibliographic for t in tx[1:]) and len(tx) >= 4


def test_short_citation_in_running_text_is_bibliographic():
    tx = tag("The defector was interrogated for weeks (Coox 1968, p. 411) before 1939.", mode="narrative")
    by_text = {t.text: t for t in tx}
    assert by_text["1968"].bibliographic
    assert not by_text["1939"].bibliographic


def test_stage_uses_zones_published_and_header_date():
    text = "Wednesday, January 2, 2019\n\nThe envoy arrived yesterday.\n\nNotes\nSmith, J. 1990. A book.\n"
    doc = Document(source="<t>", text=text)
    start = text.index("Smith")
    ad = AnnotatedDocument(document=doc, zones=[Zone(start, len(text), "references")])
    out = annotate(ad, Options(time_mode="news"))["timexes"]
    assert [(t.text, t.value, t.bibliographic) for t in out] == [
        ("Wednesday, January 2, 2019", "2019-01-02", False), ("yesterday", "2019-01-01", False),
        ("1990", "1990", True)]
    assert header_date(text) == "2019-01-02"
    forced = annotate(AnnotatedDocument(document=Document(source="<t>", text="It ended yesterday.")),
                      Options(time_mode="news", published="2001-09-12"))["timexes"]
    assert forced[0].value == "2001-09-11"


def test_bad_mode_is_refused():
    with pytest.raises(ValueError):
        tag("1938", mode="sideways")


# ---- the sample texts (../shared) -----------------------------------------------------------------

@pytest.mark.shared
def test_every_gold_timex_found(seeds_annotated, gold):
    from historiograph.ingest.metadata import date_line_span

    for name, g in gold["documents"].items():
        ad = seeds_annotated[name]
        got = {(t.start, t.end): t for t in ad.timexes}
        dateline = date_line_span(ad.text) or (-1, -1)
        for gt in g["timexes"]:
            t = got.get((gt["start"], gt["end"]))
            assert t is not None, f"{name}: {gt['text']!r} not found"
            # the header dateline's date is the document's own: kept, but flagged like a reference's date
            metadata = dateline[0] <= gt["start"] and gt["end"] <= dateline[1]
            assert (t.type, t.value, t.mod, t.bibliographic) == (gt["type"], gt["value"], gt.get("mod"), metadata), \
                f"{name}: {gt['text']!r}"


@pytest.mark.shared
def test_no_reference_list_date_is_narrative(seeds_annotated, gold):
    """The reference list starts at the first line, after the last gold timex, that names a gold
    reference's author with its year; every timex from there on must be bibliographic."""
    checked = 0
    for name, g in gold["documents"].items():
        ad = seeds_annotated[name]
        text = ad.text
        after = max((t["end"] for t in g["timexes"]), default=0)
        starts = []
        for ref in g.get("references", {}).values():
            authors = ref.get("author")
            family = authors if isinstance(authors, str) else (authors or [{}])[0].get("family")
            year = str(ref.get("year") or (ref.get("issued") or "")[:4])
            if not family or not year:
                continue
            pos = after
            while (i := text.find(family, pos)) >= 0:
                line_end = text.find("\n", i)
                line = text[text.rfind("\n", 0, i) + 1:line_end if line_end >= 0 else len(text)]
                if year in line:
                    starts.append(text.rfind("\n", 0, i) + 1)
                    break
                pos = i + 1
        if not starts:
            continue
        zone = min(starts)
        late = [t for t in ad.timexes if t.start >= zone]
        assert late, f"{name}: no dates found in the reference list"
        assert all(t.bibliographic for t in late), [t.text for t in late if not t.bibliographic]
        checked += 1
    assert checked >= 1


# ---- asides: dates that do not move the narrative's reference time ---------------------------------

ASIDES = json.loads((FIXTURES / "time" / "asides.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def nlp():
    from historiograph.nlp import load_model
    return load_model()


def _values(text, doc=None):
    return {t.text: t.anchored or t.value for t in tag(text, mode="narrative", doc=doc)}  # a count: its date


def _aside_kind(text, date, doc=None):
    parts = find(text)
    kinds = {text[p.start:p.end]: k for p, k in zip(parts, classify(text, parts, doc))}
    return kinds[date]


@pytest.mark.parametrize("case", ASIDES, ids=[c["name"] for c in ASIDES])
def test_asides_without_a_parse(case):
    got = _values(case["text"])
    assert {k: got.get(k) for k in case["expect"]} == case["expect"]
    if "aside" in case:
        assert _aside_kind(case["text"], case["aside"][0]) == case["aside"][1]


@pytest.mark.parametrize("case", ASIDES, ids=[c["name"] for c in ASIDES])
def test_asides_with_the_parse(case, nlp):
    doc = nlp(case["text"])
    got = _values(case["text"], doc)
    assert {k: got.get(k) for k in case["expect"]} == case["expect"]
    if "aside" in case:
        assert _aside_kind(case["text"], case["aside"][0], doc) == case["aside"][1]


def test_main_clause_dates_are_not_asides(nlp):
    text = "On 3 May 1916 the fleet sailed, and in June 1916 it fought. It came home in 1917."
    parts = find(text)
    for doc in (None, nlp(text)):
        assert classify(text, parts, doc) == [None, None, None]


def test_stage_uses_the_parse_for_asides(nlp):
    """A date in a prepositional phrase on a noun ("the mutiny in 1905") is only seen by the parse."""
    text = ("The fleet sailed on 3 May 1916. Sailors still talked of the mutiny in 1905 and its hangings. "
            "On 20 May the fleet reached the straits.")
    plain = AnnotatedDocument(document=Document(source="<t>", text=text))
    parsed = plain.with_(nlp=nlp(text), masked_text=text)
    value = {False: None, True: None}
    for has_parse, ad in ((False, plain), (True, parsed)):
        out = annotate(ad, Options(time_mode="narrative"))["timexes"]
        value[has_parse] = next(t.value for t in out if t.text == "20 May")
    assert value == {False: "1905-05-20", True: "1916-05-20"}


EXAMPLES = FIXTURES.parents[1] / "examples"


@pytest.mark.parametrize("name, expect", [
    ("khasan-1938.txt", {"29 July": "1938-07-29", "31 July": "1938-07-31", "2 August": "1938-08-02",
                         "6 August": "1938-08-06", "10 August": "1938-08-10", "midday": "1938-08-11T12:00"}),
    ("manchuria-1945.md", {"the end of July": "1945-07", "15 August": "1945-08-15", "19 August": "1945-08-19",
                           "the month": "1945-08", "11 August": "1945-08-11", "8 September": "1945-09-08"}),
    ("lyushkov-1938.html", {"that autumn": "1937-FA"}),
    ("deportation-1937.txt", {"that autumn": "1937-FA"}),
])
def test_example_corpus_asides(name, expect):
    """The repository's own example texts: yearless dates after an aside keep the story's year."""
    import historiograph
    got = {t.text: t.value for t in historiograph.annotate(EXAMPLES / name).timexes if not t.bibliographic}
    assert {k: got.get(k) for k in expect} == expect


def test_a_month_abbreviation_is_never_the_start_of_a_longer_word():
    """"1st Marquis" is not 1 March; "3 Mar 1920" and "3 Mar. 1920" still are."""
    assert tag("Luis Ortega, 1st Marquis of the Valley, sailed for Spain.", "2000-01-01") == []
    got = [(t.text, t.value) for t in tag("He left on 3 Mar 1920 and came back on 9 Jun. 1921.", "2000-01-01")]
    assert got == [("3 Mar 1920", "1920-03-03"), ("9 Jun. 1921", "1921-06-09")]


def test_a_sentence_stop_after_a_short_full_month_name_is_not_in_the_date():
    """"May", "June", "July" are names, not abbreviations: "9 May." ends a sentence; "Aug." stays whole."""
    from historiograph.time import tag

    assert [t.text for t in tag("The fort fell on 9 May. The garrison left.", None, "narrative")] == ["9 May"]
    assert [t.text for t in tag("It ended on 12 July.", None, "narrative")] == ["12 July"]
    assert [t.text for t in tag("He sailed on 3 Aug. 1840 from Leith.", None, "narrative")] == ["3 Aug. 1840"]

"""The time stage: TIMEX3 tagging, values, anchoring and bibliographic dates."""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from historiograph.model import AnnotatedDocument, Document, Zone
from historiograph.pipeline import Options
from historiograph.time import annotate, header_date, tag

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
    news = tag("The talks resumed on 13 July, the ministry said.", dct="2019-03-02", mode="auto")
    assert news[0].value == "2019-07-13" and news[0].anchor == "news"


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
    for name, g in gold["documents"].items():
        got = {(t.start, t.end): t for t in seeds_annotated[name].timexes}
        for gt in g["timexes"]:
            t = got.get((gt["start"], gt["end"]))
            assert t is not None, f"{name}: {gt['text']!r} not found"
            assert (t.type, t.value, t.mod, t.bibliographic) == (gt["type"], gt["value"], gt.get("mod"), False), \
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

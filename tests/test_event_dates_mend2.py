"""Event dates under headings and BC dates: faults a review found in the dates9 round (our own sentences of
the kinds reviewed). A heading's date stops at the story's next date of another day or year, at a new
section, and reaches no birth; titles are no sitting's headings; BC bounds and the timeline's order."""
from __future__ import annotations

import time as clock

import pytest

from historiograph import annotate_text
from historiograph.events import heading_dates


def _times(text: str, etype: str) -> list[tuple | None]:
    return [(e.time["value"], e.time.get("mod"), e.time.get("inherited")) if e.time else None
            for e in annotate_text(text).events if e.type == etype]


def test_a_later_year_ends_a_sitting_s_stretch():
    text = ("Meeting of the Parish Vestry, 3 April 1850.\n\nThe vestry appointed Mr Hale as overseer. In 1862 Hale "
            "emigrated to Canada. He died in Toronto.")
    assert _times(text, "assignment")[0][0] == "1850-04-03"
    assert _times(text, "death") in ([None], [("1862", "ON_OR_AFTER", True)])


def test_a_month_told_under_a_sitting_s_title_ends_its_stretch():
    text = ("The Assembly of 22 February 1787\n\nCalonne presented his reforms to the notables. Calonne was "
            "dismissed in April. Brienne replaced him.")
    got = _times(text, "assignment")
    assert got == [None] or got[0][0] == "1787-04"


def test_a_chapter_ends_a_heading_s_stretch():
    text = ("Meeting of the Board, 4 May 1880\n\nThe board dismissed the engineer.\n\nChapter Two\n\nThe engineer "
            "emigrated to Canada. He founded a railway company there.")
    assert _times(text, "dismissal")[0][0] == "1880-05-04"
    assert _times(text, "movement") == [None] and _times(text, "founding") == [None]


@pytest.mark.parametrize("head", ["Conference on the Rise of Surgery, 12 May 2003",
                                  "Proceedings of the Linnean Society, 12 May 1880",
                                  "Court of Chancery, 12 June 1901"])
def test_a_title_or_a_court_s_name_is_no_sitting(head):
    text = head + "\n\nThe surgeon was attacked by his rivals. He died at Padua."
    assert _times(text, "attack") == [None] and _times(text, "death") == [None]


def test_a_witness_s_own_past_is_on_or_before_the_sitting():
    text = ("Minutes of Evidence, 3 June 1833\n\nMary Cole, sworn and examined. I worked in the mill for years. "
            "My brother was killed by a carding engine.")
    assert _times(text, "killing") in ([None], [("1833-06-03", "ON_OR_BEFORE", True)])


def test_a_month_before_the_sitting_ends_its_stretch():
    text = "Hearing of the Select Committee, 20 May 1913\n\nThe steamer sank in April. The mate was drowned."
    got = _times(text, "death")
    assert got == [None] or got[0][:2] == ("1913-04", "ON_OR_AFTER")


@pytest.mark.parametrize("text,etype,want", [
    ("1799\n\nThe brigade landed in Egypt. In 1801 the general was promoted. He retired.", "resignation", "1801"),
    ("1915\n\nThe offensive began in May. In 1917 he was wounded at Arras. He was captured by the enemy.",
     "arrest", "1917")])
def test_a_later_year_ends_a_year_heading_s_stretch(text, etype, want):
    got = _times(text, etype)
    assert got == [None] or got[0][0] == want


def test_a_birth_takes_no_heading_s_year_nor_a_carried_date():
    text = "1799\n\nThe brigade landed in Egypt. Its general was born in York and educated at Harrow."
    assert _times(text, "birth") == [None] and _times(text, "education") == [None]
    assert _times("Ward was hanged on 4 March 1712. He was born in Kent.", "birth") == [None]


def test_a_table_of_contents_heads_no_year():
    text = ("Contents\n\n1830\nThe rising in Warsaw ........ 12\n1831\nThe fall of the city ......... 40\n\n"
            "Chapter 1\n\nThe governor was arrested. The mob attacked the arsenal.")
    assert _times(text, "arrest") == [None]


def test_crlf_lines_head_their_year():
    text = "1640\r\nThe harvest failed. The bailiff Roger Pym was arrested by the tenants.\r\n"
    assert _times(text, "arrest") == [("1640", None, True)]


def test_a_line_of_spaces_is_read_in_linear_time():
    line = "1854" + " " * 10000 + "Poems"
    t0 = clock.perf_counter()
    assert heading_dates._year_line(line) is None and heading_dates._YEAR_ITEM.match(line) is None
    assert clock.perf_counter() - t0 < 2  # was many seconds (polynomial backtracking)


@pytest.mark.parametrize("value,mod,want", [
    ("BC0044", "AFTER", ("-0042-01-01", None)),  # after 44 BC: from 43 BC on
    ("BC0044", "BEFORE", (None, "-0044-12-31")),  # before 44 BC: to the end of 45 BC
    ("BC0044-03-15", None, ("-0043-03-15", "-0043-03-15")),
    ("BC0070", "APPROX", ("-0070-01-01", "-0068-12-31")),
    ("1850-SU", "ON_OR_AFTER", ("1850-06-01", None)),
    ("1850-Q2", "ON_OR_AFTER", ("1850-04-01", None)),
    ("1850-W12", "ON_OR_AFTER", ("1850-03-18", None)),
    ("1850-SU", "ON_OR_BEFORE", (None, "1850-08-31"))])
def test_bc_and_open_dates_have_their_days(value, mod, want):
    from historiograph.time.values import edtf_fields

    d = edtf_fields(value, mod)
    assert d["edtf"] and (d["earliest"], d["latest"]) == want


def test_the_timeline_key_orders_bc_before_ad():
    from historiograph.checks.rules import _iso
    from historiograph.corpus.events import order_key
    from historiograph.events.dates import bounds
    from historiograph.model import TimelineEntry
    from historiograph.time.values import edtf_fields

    values = ["BC0500", "BC0100", "BC0044", "0014"]
    entries = [TimelineEntry(id=v, date=v, type="battle", summary=v, **edtf_fields(v)) for v in values]
    assert [e.id for e in sorted(entries, key=order_key)] == values
    assert [e.id for e in sorted(reversed(entries), key=order_key)] == values
    assert _iso(bounds("BC0044")[0]) == "-0043-01-01"  # a BC day is a known day, not an open start


def test_the_stored_timeline_orders_bc_years(tmp_path):
    """Documents added one by one, each an incremental update: the store places each new entry among the kept
    ones by the key it keeps (500 BC < 100 BC < 44 BC < AD 14)."""
    from historiograph.corpus import incremental
    from historiograph.store import Corpus

    fillers = {f"f{i}.txt": f"The miller Hugo Brand{i} was arrested in 18{i}0." for i in range(1, 7)}
    texts = {"d.txt": "The emperor Tiberius Nero was crowned in AD 14.",
             "c.txt": "The dictator Gaius Varro was killed in 44 BC.",
             "b.txt": "The consul Marcus Lento was killed in 100 BC.",
             "a.txt": "The tyrant Lykos Basar was killed in 500 BC."}
    with Corpus(tmp_path / "bc.db") as c:
        for name, text in fillers.items():
            c.put(annotate_text(text, source=name).to_json(), path="/" + name)
        incremental.update(c)
        for name, text in texts.items():
            c.put(annotate_text(text, source=name).to_json(), path="/" + name)
            assert incremental.update(c) == "incremental"
        got = [t.members[0][0] for t in c.timeline_entries() if t.members[0][0] in texts]
    assert got == ["a.txt", "b.txt", "c.txt", "d.txt"]

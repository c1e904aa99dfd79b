"""Document structure on articles written without markup: a plain title line over fact lines, fact
lines that read like references, Markdown footnotes. Our own invented texts."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.entities import infobox
from historiograph.sources import layout

COMPANY = """Ostmark Salt Guild

The Ostmark Salt Guild was a merchant guild based in Lüneburg that shipped salt to the Baltic ports between 1412 and 1598.

- Founded: 9 April 1412
- Founder: Konrad Hasenkamp
- Dissolved: 1598
- Headquarters: Lüneburg, Saxony

History

Konrad Hasenkamp, a salt boiler, gathered the first members in the town hall. The guild built a warehouse at Wismar in 1440.
"""

SIEGE = """Siege of Carrowmore

The Siege of Carrowmore was a blockade of the castle of Carrowmore in County Sligo by a royal army in the winter of 1602.

- Date: November 1602 – January 1603
- Location: Carrowmore, County Sligo, Ireland
- Result: Garrison surrendered; pardon of 1604
- Commanders: Brian O'Hara; Sir Francis Yelverton
- Strength: about 800 men

Background

The castle had been held by O'Hara since 1598. Yelverton marched from Galway in October 1602.
"""

BLOG = """# A Lamp in the Window: The Pellow Mill Fire of 1874

*Posted 2 March 2019 by Ruth Ambler*

The mill at Pellow burned on the night of 11 January 1874, and nine spinners died.[^1] The owner, Edwin Carne, was tried for neglect in the spring and fined.[^court]

[^1]: West Riding Gazette, 14 January 1874.
[^court]: "Mill owner fined after fire killed nine in 1874", *Leeds Mercury*, 3 May 1874.
"""


@pytest.fixture(scope="module")
def annotated():
    return {name: pipeline.run(ingest.from_text(text, source=f"{name}.txt"))
            for name, text in (("company", COMPANY), ("siege", SIEGE), ("blog", BLOG))}


def test_a_plain_title_line_over_fact_lines_is_the_article_title():
    a, b, t0, t1 = infobox.title(COMPANY)
    assert COMPANY[t0:t1] == "Ostmark Salt Guild" and (a, b) == (0, len("Ostmark Salt Guild"))
    marked = "= Ostmark Salt Guild =\n\n" + COMPANY.split("\n", 1)[1]
    assert marked[infobox.title(marked)[2]:infobox.title(marked)[3]] == "Ostmark Salt Guild"
    # a short first line with no fact lines below is no article title (a headline, a chapter title)
    assert infobox.plain_title("The Valley in Arms\n\nNobody in town took the carters seriously.\n") is None
    # a first line that ends a sentence is prose
    assert infobox.plain_title("The guild was founded.\n\n- Founded: 1412\n") is None


def test_fact_lines_under_a_plain_title_become_structured_facts(annotated):
    facts = {(e.type, e.time["value"]) for e in annotated["company"].events if e.source == "infobox"}
    assert ("founding", "1412-04-09") in facts and ("dissolution", "1598") in facts
    siege = [e for e in annotated["siege"].events if e.source == "infobox"]
    assert [e.time["value"] for e in siege] == ["1602-11"]
    assert all(COMPANY[e.sentence["start"]:e.sentence["end"]].startswith("- ")
               for e in annotated["company"].events if e.source == "infobox")


def test_fact_lines_are_never_a_reference_list(annotated):
    for name in ("company", "siege"):
        ad = annotated[name]
        assert ad.references == [], name
        assert not [z for z in ad.zones if z.kind == "references"], name
    lines = layout._lines(SIEGE)
    facts = layout._fact_lines(SIEGE, lines)
    assert {SIEGE[lines[i][0]:lines[i][1]].split(":")[0] for i in facts} >= {"- Date", "- Location", "- Result"}


def test_markdown_footnotes_are_notes_and_their_markers_link_to_them(annotated):
    ad = annotated["blog"]
    refs = {r.id: r for r in ad.references}
    assert set(refs) == {"r1", "rcourt"}
    assert refs["r1"].text == "West Riding Gazette, 14 January 1874."
    assert [(c.text, c.reference) for c in ad.citations] == [("[^1]", "r1"), ("[^court]", "rcourt")]
    note_start = BLOG.index("[^1]:")
    assert all(z.kind != "body" for z in ad.zones if z.start <= note_start < z.end)
    # the note's own words ("fire killed nine in 1874") are a title of a work, not an event of the story
    assert not [e for e in ad.events if e.trigger["start"] >= note_start]

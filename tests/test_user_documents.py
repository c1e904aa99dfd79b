"""Documents as users hand them in: article heads with unbulleted fact lines, book-extract headers,
memoir headers and numbered note lists at a text's end, on texts written for these tests."""
from __future__ import annotations

import pytest

from historiograph import ingest, pipeline
from historiograph.ingest.facts import head, unbulleted
from historiograph.ingest.metadata import date_line_span, extract_metadata, writer
from historiograph.model import QuotedFrom

PROSE = "\n\nThe smugglers of the valley rose in 1821 and were beaten near the town.\n"
MEMOIR = "\n\nI was born in Keswick in 1841. In 1859 I enlisted, and my regiment sailed for India in 1862.\n"


def until_sources(text: str):
    return pipeline.run(ingest.from_text(text), until="sources")


# ---- article heads ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("= Treaty of Valmont =\n\nSigned: 3 April 1823\nLocation: Valmont, Savoy" + PROSE, "Treaty of Valmont"),
    ("# Henri Delacroix\n\nBorn: 12 March 1790, Lyon\nDied: 4 June 1851, Paris" + PROSE, "Henri Delacroix"),
    ("Henri Delacroix\nBorn: 12 March 1790, Lyon\nDied: 4 June 1851, Paris" + PROSE, "Henri Delacroix"),
    ("Source: https://example.org/wiki/Lyon\n\nLyon\nFounded: 43 BC\nCountry: France" + PROSE, "Lyon"),
    ("Source: https://example.org/wiki/X\n\n\n= Battle of Valmy =\n\n- Date: 1792" + PROSE, "Battle of Valmy"),
])
def test_an_article_head_gives_the_title_without_its_markup(text, title):
    assert extract_metadata(text).title == title


def test_unbulleted_fact_lines_under_the_title_are_fact_lines_and_a_dateline_is_not():
    text = "= Battle of Valmy =\nDate: 20 September 1792\nLocation: Valmy, France\nResult: French victory" + PROSE
    facts = unbulleted(text)
    assert [text[f.kstart:f.kend] for f in facts] == ["Date", "Location", "Result"]
    meta = extract_metadata(text)
    assert meta.published is None and date_line_span(text) is None  # the battle's date, not the document's
    # a blog header is no article head: its "Date:" line is the document's date, its "Author:" line its author
    blog = "# Border Wars\n\nAuthor: Ann Lee\nDate: 3 May 2020" + PROSE
    assert unbulleted(blog) == []
    assert (extract_metadata(blog).published, extract_metadata(blog).author) == ("2020-05-03", "Ann Lee")
    # prose under a title is no fact line, nor is a line deep in the text
    assert unbulleted("Henri Delacroix\n\nHe was born in Lyon.\nNote: dates are Old Style." + PROSE) == []
    assert head("In 1821 the smugglers rose.\nBorn: 1790\nDied: 1851") is None


def test_unbulleted_fact_lines_state_facts_with_their_places():
    import historiograph

    text = ("Henri Delacroix\nBorn: 12 March 1790, Lyon\nDied: 4 June 1851, Paris\nOccupation: engraver\n\n"
            "Henri Delacroix was a French engraver. He moved to Paris in 1812 and worked for the mint.\n")
    ad = historiograph.annotate(text)
    names = {e.id: e.name for e in ad.entities}
    facts = {(e.type, e.time["value"], names.get(e.place), tuple(names.get(p.entity) for p in e.participants))
             for e in ad.events if e.source == "infobox"}
    assert facts == {("birth", "1790-03-12", "Lyon", ("Henri Delacroix",)),
                     ("death", "1851-06-04", "Paris", ("Henri Delacroix",))}
    assert not [e for e in ad.events if e.source == "prose" and e.type in ("birth", "death")]

    treaty = historiograph.annotate("= Treaty of Valmont =\n\nSigned: 3 April 1823\nLocation: Valmont, Savoy\n\n"
                                    "The treaty settled the border between the two states.\n")
    signed = [e for e in treaty.events if e.source == "infobox"]
    assert [(e.type, e.time["value"]) for e in signed] == [("treaty", "1823-04-03")]
    assert {e.id: e.name for e in treaty.entities}[signed[0].place] == "Valmont"


# ---- book extracts and memoirs ---------------------------------------------------------------------

@pytest.mark.parametrize("header,want", [
    ("From: Margaret Ellison, *The Salt Roads of Savoy* (Harbour Press, 1998), pp. 12–30",
     QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison", "12–30")),
    ("Extract from The Salt Roads of Savoy, by Margaret Ellison", QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison")),
    ("Excerpted from The Salt Roads of Savoy by Margaret Ellison (Harbour Press, 1998)",
     QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison")),
    ("From *The Salt Roads of Savoy* by Margaret Ellison, chapter 3", QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison")),
    ("Source: Margaret Ellison, The Salt Roads of Savoy (London: Harbour Press, 1998), 12-30.",
     QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison", "12–30")),
    ("Taken from: Ellison, Margaret. The Salt Roads of Savoy. London: Harbour Press, 1998.",
     QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison")),
    ("An excerpt from “The Salt Roads of Savoy” (1998), by Margaret Ellison, pp. 12-30",
     QuotedFrom("The Salt Roads of Savoy", "Margaret Ellison", "12-30")),
    ("From Dusk to Dawn", None),  # a title, not a source
    ("From: Ann Lee", None),  # an e-mail's sender
    ("Voices from the Front by Ann Lee", None),  # a blog's title and byline
    ("Source: https://example.org/wiki/Salt_roads", None),
])
def test_book_extract_headers_name_the_work_and_its_author(header, want):
    meta = extract_metadata(header + PROSE)
    assert meta.quoted_from == want
    if want:
        assert meta.author is None  # the extract's own author is unknown; the work's is in quoted_from
        zones = until_sources(header + PROSE).zones
        assert zones[0].kind == "header" and zones[0].end == len(header)


@pytest.mark.parametrize("header,author", [
    ("My Years in the Valley\nA memoir by Thomas Whitfield", "Thomas Whitfield"),
    ("The Memoirs of Sergeant Thomas Whitfield", "Thomas Whitfield"),
    ("From the diary of Anna Hale, 1862", "Anna Hale"),
    ("My Years in the Valley\nby Colonel Thomas Whitfield (1841–1920)", "Thomas Whitfield"),
    ("My Years in the Valley\nby Thomas Whitfield, late of the Border Regiment", "Thomas Whitfield"),
    ("Author: Thomas Whitfield\n\nMy Years in the Valley", "Thomas Whitfield"),
    ("From: Thomas Whitfield, *My Years in the Valley* (London, 1889), pp. 3–9", "Thomas Whitfield"),
    ("My Years in the Valley, by Thomas Whitfield (1889)", "Thomas Whitfield"),
    ("THE REMINISCENCES OF THOMAS WHITFIELD", "Thomas Whitfield"),
])
def test_a_memoir_header_gives_its_author(header, author):
    meta = extract_metadata(header + MEMOIR)
    assert meta.author == author == writer(meta)


def test_a_sentence_that_holds_by_is_no_byline():
    for text in ("In 1905 Governor Edmund Alden was succeeded by Karl Brenner.\n\nMore.",
                 "The Siege of Arlon\n\nThe town was besieged by Austrian troops in June 1794.¹ It fell.\n"):
        assert extract_metadata(text).author is None
        ad = until_sources(text)
        assert ad.zone_at(text.index(" by ")) == "body"


def test_a_third_person_text_under_a_genre_title_has_no_author_from_it():
    assert extract_metadata("The Journal of Modern History" + PROSE).author is None
    assert extract_metadata("The Memoirs of Thomas Whitfield" + PROSE).author is None  # a book about them


# ---- numbered notes at the end ---------------------------------------------------------------------

BODY = ("The town of Arlon was besieged by Austrian troops in June 1794.{1} The garrison surrendered on "
        "20 June 1794.{2} The governor of Arlon was arrested soon after.{3}")
REFS = ["Jean Moreau, Histoire d'Arlon (Brussels: Lebègue, 1861), 45.", "Moreau, Histoire d'Arlon, 52.",
        "Pierre Lambert, La Guerre en Ardenne (Paris: Plon, 1902), 118."]
NOTES = ["Only Moreau gives the month.", "The garrison had no artillery left.", "Lambert, La Guerre en Ardenne, 118."]
LONG = ("The siege is told at length by the town's own chronicler, who was a boy at the time and who wrote his "
        "account many years later, when the memory of the bombardment was still raw among the older people of "
        "the town and when the records of the garrison had already been lost in the fire that burnt the hall.")


@pytest.mark.parametrize("marks,label,notes,heading", [
    (("[1]", "[2]", "[3]"), "[{}] ", REFS, ""),
    (("¹", "²", "³"), "{}. ", REFS, ""),
    (("¹", "²", "³"), "{} ", REFS, ""),
    (("1", "2", "3"), "{} ", REFS, ""),  # superscripts copied as plain digits
    (("^1", "^2", "^3"), "{} ", REFS, "Notes\n\n"),
    (("¹", "²", "³"), "{}. ", NOTES, ""),  # notes that do not read like references
    (("[1]", "[2]", "[3]"), "{}. ", [LONG] + REFS[1:], "Notes\n\n"),  # a long first note under a heading
    (("[1]", "[2]", "[3]"), "{}. ", [LONG] + REFS[1:], ""),
    (("¹", "²", "³"), "sup", [REFS[0], NOTES[0], REFS[2]], ""),  # the list's own labels in superscript
])
def test_a_numbered_note_list_keeps_every_note_and_its_marker(marks, label, notes, heading):
    body = BODY.replace("{1}", marks[0]).replace("{2}", marks[1]).replace("{3}", marks[2])
    labels = [marks[i - 1] + " " if label == "sup" else label.format(i) for i in range(1, len(notes) + 1)]
    text = "The Siege of Arlon\n\n" + body + "\n\n" + heading + "\n".join(
        lab + n for lab, n in zip(labels, notes)) + "\n"
    ad = until_sources(text)
    assert [(r.id, r.text) for r in ad.references] == [(f"r{i}", n) for i, n in enumerate(notes, 1)]
    assert [(c.text, c.reference) for c in ad.citations] == [(m, f"r{i}") for i, m in enumerate(marks, 1)]
    assert ad.zones[1].kind == "body" and "besieged" in ad.text[ad.zones[1].start:ad.zones[1].end]


def test_numbers_in_prose_are_no_notes_without_a_numbered_list():
    text = "The Siege of Arlon\n\nThe siege lasted until 1794.2 The garrison of 1.5 thousand men gave in.\n"
    assert until_sources(text).citations == []
    listed = text + "\nThe orders were:\n1 hold the walls\n2 wait for relief\n\nThe town fell anyway.\n"
    assert until_sources(listed).references == []  # a list in the middle is no note list


# ---- exports keep the participants no entity stands for -------------------------------------------

@pytest.fixture(scope="module")
def rising_corpus(tmp_path_factory):
    import historiograph
    from historiograph.corpus import build_corpus
    from historiograph.store import Corpus

    text = ("The Salt Rising of 1821\n\nThe governor of Savoy arrested the ringleaders on 2 April 1821. "
            "The rebels attacked the garrison of Chambéry on 14 May 1821.\n")
    db = tmp_path_factory.mktemp("rising") / "c.db"
    with Corpus(db) as c:
        c.put(historiograph.annotate(text).to_json(), path="rising.txt")
        c.put_corpus(build_corpus(c.all_annotated()))
    with Corpus(db, readonly=True) as c:
        return c.tables(), c.all_annotated()


def test_every_export_keeps_group_and_office_participants_in_their_roles(rising_corpus, tmp_path):
    import csv
    import io
    import json
    import zipfile

    import networkx as nx
    from lxml import etree

    from historiograph.export import export

    tables, docs = rising_corpus
    ev = {e.type: e for e in docs[0].events}
    assert {(p.role, p.kind, p.text) for p in ev["arrest"].participants if not p.entity} >= {
        ("agent", "office", "The governor of Savoy")}
    assert ("agent", "group", "The rebels") in {(p.role, p.kind, p.text) for p in ev["attack"].participants}

    ld = json.loads(export("jsonld", tables, docs))
    described = [(role, x["name"], x.get("hg:kind")) for n in ld["@graph"] if n.get("@type") == "Event"
                 for role in ("hg:agent", "hg:patient") for x in n.get(role, []) if "@type" in x]
    assert ("hg:agent", "The governor of Savoy", "office") in described
    assert ("hg:agent", "The rebels", "group") in described
    assert "DescribedParticipant" in export("ttl", tables, docs)

    with zipfile.ZipFile(io.BytesIO(export("csv", tables, docs))) as z:
        timeline = list(csv.DictReader(io.StringIO(z.read("timeline.csv").decode())))
        events = list(csv.DictReader(io.StringIO(z.read("events.csv").decode())))
    cells = " | ".join(r["described_participants"] for r in timeline)
    assert "agent:office:The governor of Savoy" in cells and "agent:group:The rebels" in cells
    assert "agent:group:The rebels" in " | ".join(r["described_participants"] for r in events)
    assert "None" not in " ".join(r["participants"] for r in events)

    tei = etree.fromstring(export("tei", tables, docs))
    rs = {(x.get("type"), x.get("subtype"), x.text) for x in tei.iter("{http://www.tei-c.org/ns/1.0}rs")}
    assert ("agent", "group", "The rebels") in rs and ("agent", "office", "The governor of Savoy") in rs

    for fmt in ("graphml", "gexf"):
        path = tmp_path / f"g.{fmt}"
        path.write_bytes(export(fmt, tables, docs))
        g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        labels = {g.nodes[n].get("label"): n for n in g.nodes}
        rebels = labels["The rebels"]
        assert str(g.nodes[rebels].get("described")).lower() == "true" and g.nodes[rebels]["type"] == "group"
        assert "Chambéry" in {g.nodes[m].get("label") for m in g.neighbors(rebels)}

    tl = json.loads(export("timelinejs", tables, docs))
    assert any("The rebels" in s["text"]["text"] for s in tl["events"])
    anns = json.loads(export("webannotation", tables, docs))["first"]["items"]
    tagged = {(a["target"]["selector"][0]["exact"], a["body"][0]["value"]) for a in anns if ":participant:" in a["id"]}
    assert ("The rebels", "group") in tagged and ("The governor of Savoy", "office") in tagged
    dump = json.loads(export("json", tables, docs))
    assert any(x["text"] == "The rebels" and x["role"] == "agent"
               for t in dump["timeline"] for x in t["described_participants"])


# ---- summaries agree with their subjects; "routed" is rout --------------------------------------

@pytest.mark.parametrize("word,spacy,want", [
    ("routed", "route", "rout"),  # rout + ed and route + d: WordNet has seen "rout" far more
    ("sited", "site", "site"),  # sit would double its t
    ("singed", "singe", "singe"),  # sing has "sang"
    ("hoped", "hope", "hope"), ("stated", "state", "state"), ("axed", "axe", "axe"),  # a tie keeps spaCy's
])
def test_a_past_form_in_ed_takes_the_verb_wordnet_reads_it_as(word, spacy, want):
    from historiograph.verb_lemmas import past_lemma

    assert past_lemma(word, spacy) == want


@pytest.mark.parametrize("agents,patients,trigger,want", [
    ([], ["the rebels"], "battle", "the rebels were fought"),
    ([], ["the rebels"], "routed", "the rebels were routed"),  # the text's own participle
    ([], ["the governor of Arlon"], "arrested", "the governor of Arlon was arrested"),
    ([], ["the men of the garrison"], "arrest", "the men of the garrison were arrested"),
    ([], ["the people"], "deportation", "the people were deported"),
    ([], ["Wales"], "invasion", "Wales was invaded"), ([], ["the United States"], "attack", "the United States was attacked"),
    ([], ["Ann Lee", "Bo Li"], "arrest", "Ann Lee and Bo Li were arrested"),
    (["Ann Lee", "Bo Li"], [], "birth", "Ann Lee and Bo Li were born"),
    (["the rebels"], ["the governor"], "arrested", "the rebels arrested the governor"),
    ([], ["the rebels"], "rose", "the rebels were rebelled against"),  # no regular participle: the lexicon's
])
def test_summary_verbs_agree_with_plural_subjects(agents, patients, trigger, want):
    from historiograph.corpus.events import summary

    etype = {"battle": "battle", "routed": "battle", "arrested": "arrest", "arrest": "arrest", "rose": "uprising",
             "deportation": "deportation", "invasion": "invasion", "attack": "attack", "birth": "birth"}[trigger]
    assert summary(etype, agents, patients, None, trigger) == want


def test_routed_rebels_are_a_battle_on_the_timeline(tmp_path):
    import historiograph
    from historiograph.corpus import build_corpus
    from historiograph.store import Corpus

    ad = historiograph.annotate("The Salt Rising\n\nThe rebels were routed near Chambéry on 14 May 1821.\n")
    assert [(e.type, e.trigger["text"]) for e in ad.events] == [("battle", "routed")]
    with Corpus(tmp_path / "c.db") as c:
        c.put(ad.to_json(), path="rout.txt")
        c.put_corpus(build_corpus(c.all_annotated()))
        assert [t.summary for t in c.tables().timeline] == ["the rebels were routed (Chambéry)"]

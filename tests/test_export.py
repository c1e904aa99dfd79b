"""Every export format, parsed back by its own library, on a small hand-annotated corpus (and on the seeds)."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from historiograph.export import FORMATS, export
from historiograph.export.common import HG, SCHEMA, date_range, doc_iri, entity_iri, event_iri
from historiograph.model import (AnnotatedDocument, Citation, Conflict, CorpusEntity, CorpusTables, Document,
                                 Entity, Event, EvidenceSpan, Mention, Metadata, Participant, Reference,
                                 TimelineEntry, Timex, Work, Zone)
from historiograph.store import Corpus

HERE = Path(__file__).resolve().parent / "fixtures" / "export"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # as tests/conftest.py has it
TEI = "{http://www.tei-c.org/ns/1.0}"
SDO = Namespace(SCHEMA)
HGN = Namespace(HG)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
LETTERS, DIARY, CONTROL = "letters.txt", "diary.txt", "control.txt"


def at(text: str, words: str, nth: int = 1) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``words`` in ``text``."""
    pos = -1
    for _ in range(nth):
        pos = text.index(words, pos + 1)
    return pos, pos + len(words)


def mention(text, words, label, entity, nth=1):
    s, e = at(text, words, nth)
    return Mention(s, e, words, label, entity)


def timex(text, words, value, mod=None, type_="DATE"):
    s, e = at(text, words)
    return Timex(s, e, words, type_, value, mod)


def event(text, vid, type_, trigger, sentence, participants, time=None, place=None, citations=(), certainty="asserted"):
    ts, te = at(text, trigger)
    ss, se = at(text, sentence)
    return Event(vid, type_, {"start": ts, "end": te, "text": trigger}, {"start": ss, "end": se},
                 [Participant(r, e) for r, e in participants], {"value": time, "mod": None} if time else None,
                 place, list(citations), None, certainty)


def letters() -> AnnotatedDocument:
    text = (HERE / LETTERS).read_text(encoding="utf-8")
    refs_at = text.index("References")
    r1, r2 = at(text, "1. Smith"), at(text, "2. Brown")
    return AnnotatedDocument(
        document=Document(LETTERS, text,
                          Metadata(title="The Harbour Letters", author="N. Nobody", published="1999-05")),
        zones=[Zone(0, 19, "header"), Zone(19, refs_at, "body"), Zone(refs_at, len(text), "references")],
        mentions=[mention(text, "Anna Petrova", "PERSON", "e1"), mention(text, "Odessa", "GPE", "e2"),
                  mention(text, "Constantinople", "GPE", "e3"), mention(text, "Kemal Bey", "PERSON", "e4"),
                  mention(text, "Pera Palace", "FAC", "e5"), mention(text, "Eastern Trading Company", "ORG", "e6"),
                  mention(text, "Vera Lind", "PERSON", "e7"),
                  mention(text, "Exiles of the Black Sea", "WORK", "e8")],
        entities=[Entity("e1", "Anna Petrova", "PERSON"),
                  Entity("e2", "Odessa", "GPE", ["Odesa"], {"lat": 46.48, "lon": 30.73, "country": "UA",
                                                             "geonameid": 698740, "modern_name": "Odesa"}),
                  Entity("e3", "Constantinople", "GPE", [], {"lat": 41.01, "lon": 28.95, "country": "TR",
                                                              "geonameid": 745044, "modern_name": "Istanbul"}),
                  Entity("e4", "Kemal Bey", "PERSON"), Entity("e5", "Pera Palace", "FAC"),
                  Entity("e6", "Eastern Trading Company", "ORG"), Entity("e7", "Vera Lind", "PERSON"),
                  Entity("e8", "Exiles of the Black Sea", "WORK")],
        timexes=[timex(text, "March 1921", "1921-03"), timex(text, "the 1920s", "192"),
                 timex(text, "4 May 1923", "1923-05-04"), timex(text, "1990", "1990"), timex(text, "2001", "2001")],
        citations=[Citation(*at(text, "[1]"), "[1]", "r1"), Citation(*at(text, "[2]"), "[2]", "r2")],
        references=[
            Reference("r1", "1", text[r1[0]:text.index("\n", r1[0])],
                      {"type": "book", "author": [{"family": "Smith", "given": "J."}],
                       "title": "Exiles of the Black Sea",
                       "issued": {"date-parts": [[1990]]}, "publisher": "Clarendon Press", "publisher-place": "Oxford"},
                      r1[0], text.index("\n", r1[0])),
            Reference("r2", "2", text[r2[0]:text.index("\n", r2[0])],
                      {"type": "article-journal", "author": [{"family": "Brown", "given": "A."}],
                       "title": "Trade and Refuge", "container-title": "Journal of Levantine Studies", "volume": "12",
                       "issued": {"date-parts": [[2001]]}, "page": "33-58", "DOI": "10.1234/jls.12.33"},
                      r2[0], text.index("\n", r2[0]))],
        events=[
            event(text, "v1", "movement", "left", "In March 1921, Anna Petrova left Odessa for Constantinople.",
                  [("agent", "e1")], "1921-03", "e3", ["r1"]),
            # the trigger "met Kemal" crosses the name "Kemal Bey": TEI must drop one of them
            event(text, "v2", "meeting", "met Kemal", "She met Kemal Bey at the Pera Palace",
                  [("agent", "e1"), ("patient", "e4")], None, "e5"),
            event(text, "v3", "assignment", "hired", "the Eastern Trading Company hired her in the 1920s.",
                  [("agent", "e6"), ("patient", "e1")], "192", None, ["2"]),
            event(text, "v4", "statement", "wrote", 'On 4 May 1923 she wrote to Vera Lind about <script>alert("x")',
                  [("agent", "e1"), ("recipient", "e7")], "1923-05-04"),
        ],
    )


def diary() -> AnnotatedDocument:
    text = (HERE / DIARY).read_text(encoding="utf-8")
    return AnnotatedDocument(
        document=Document(DIARY, text, Metadata(title="From the diary of Vera Lind")),
        mentions=[mention(text, "Vera Lind", "PERSON", "e1"), mention(text, "A. Petrova", "PERSON", "e2"),
                  mention(text, "Kemal Bey", "PERSON", "e3"), mention(text, "Constantinople", "GPE", "e4"),
                  mention(text, "Petrova", "PERSON", "e2", nth=2)],
        entities=[Entity("e1", "Vera Lind", "PERSON"), Entity("e2", "A. Petrova", "PERSON", ["Petrova"]),
                  Entity("e3", "Kemal Bey", "PERSON"), Entity("e4", "Constantinople", "GPE")],
        timexes=[timex(text, "4 May 1923", "1923-05-04"), timex(text, "the summer of 1923", "1923-SU"),
                 timex(text, "around 1924", "1924", "APPROX")],
        events=[event(text, "v1", "meeting", "met", "A. Petrova met Kemal Bey on 4 May 1923 in Constantinople.",
                      [("agent", "e2"), ("patient", "e3")], "1923-05-04", "e4"),
                event(text, "v2", "publication", "wrote", "Petrova wrote about it in the summer of 1923",
                      [("agent", "e2")], "1923-SU", certainty="hedged")],
    )


def control() -> AnnotatedDocument:
    text = (HERE / CONTROL).read_bytes().decode("utf-8")
    return AnnotatedDocument(document=Document(CONTROL, text), mentions=[mention(text, "Control", "ORG", None)])


def tables_for(docs: dict[str, AnnotatedDocument]) -> CorpusTables:
    """The corpus tables, made by hand (the corpus steps are tested elsewhere)."""
    L, D = docs[LETTERS], docs[DIARY]

    def span(ad, ev):
        s, e = ev.sentence["start"], ev.sentence["end"]
        return EvidenceSpan(ad.document.source, s, e, ad.text[s:e], list(ev.citations))

    ents = [
        CorpusEntity("E1", "Anna Petrova", "PERSON", ["A. Petrova", "Petrova", "Анна Петрова"],
                     [DIARY, LETTERS], 3,
                     [(LETTERS, "e1"), (DIARY, "e2")]),
        CorpusEntity("E2", "Odessa", "GPE", ["Odesa"], [LETTERS], 1, [(LETTERS, "e2")], L.entities[1].place),
        CorpusEntity("E3", "Constantinople", "GPE", [], [DIARY, LETTERS], 2, [(LETTERS, "e3"), (DIARY, "e4")],
                     L.entities[2].place),
        CorpusEntity("E4", "Kemal Bey", "PERSON", [], [DIARY, LETTERS], 2, [(LETTERS, "e4"), (DIARY, "e3")]),
        CorpusEntity("E5", "Pera Palace", "FAC", [], [LETTERS], 1, [(LETTERS, "e5")]),
        CorpusEntity("E6", "Eastern Trading Company", "ORG", [], [LETTERS], 1, [(LETTERS, "e6")]),
        CorpusEntity("E7", "Vera Lind", "PERSON", [], [DIARY, LETTERS], 2, [(LETTERS, "e7"), (DIARY, "e1")]),
        CorpusEntity("E8", "Exiles of the Black Sea", "WORK", [], [LETTERS], 1, [(LETTERS, "e8")]),
    ]
    lv, dv = {v.id: v for v in L.events}, {v.id: v for v in D.events}
    timeline = [
        TimelineEntry("T1", "1921-03", "movement", "Anna Petrova left Odessa", ["Anna Petrova"], "Constantinople",
                      [span(L, lv["v1"])], members=[(LETTERS, "v1")], entity_ids=["E1", "E3"]),
        TimelineEntry("T2", "192", "assignment", "Eastern Trading Company hired Anna Petrova",
                      ["Eastern Trading Company", "Anna Petrova"], None, [span(L, lv["v3"])],
                      members=[(LETTERS, "v3")], entity_ids=["E6", "E1"]),
        TimelineEntry("T3", "1923-05-04", "meeting", "Anna Petrova met Kemal Bey", ["Anna Petrova", "Kemal Bey"],
                      "Constantinople", [span(L, lv["v2"]), span(D, dv["v1"])],
                      members=[(LETTERS, "v2"), (DIARY, "v1")], entity_ids=["E1", "E4", "E3"]),
        TimelineEntry("T4", "1923-05-04", "statement", "Anna Petrova wrote to Vera Lind", ["Anna Petrova", "Vera Lind"],
                      None, [span(L, lv["v4"])], members=[(LETTERS, "v4")], entity_ids=["E1", "E7"]),
        TimelineEntry("T5", "1923-SU", "publication", "Petrova wrote", ["Anna Petrova"], None, [span(D, dv["v2"])],
                      certainty="hedged", members=[(DIARY, "v2")], entity_ids=["E1"]),
        TimelineEntry("T6", None, "death", "undated", [], None, [], members=[], entity_ids=[]),
    ]
    works = [Work("W1", L.references[0].csl, [(LETTERS, "r1")]), Work("W2", L.references[1].csl, [(LETTERS, "r2")])]
    awkward = 'met in 1923 or later? "so" C:\\x\n\tsaid\x0c <b> {é}'  # every escape Turtle and JSON need
    conflicts = [Conflict("date_conflict", awkward, [span(L, lv["v2"]), span(D, dv["v1"])])]
    return CorpusTables(ents, timeline, conflicts, works)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The fixture corpus written to a real database and read back, as the CLI export reads it."""
    docs = {LETTERS: letters(), DIARY: diary(), CONTROL: control()}
    db = tmp_path_factory.mktemp("export") / "corpus.db"
    with Corpus(db) as c:
        for ad in docs.values():
            c.put(ad.to_json(), path=str(HERE / ad.document.source))
        c.put_corpus(tables_for(docs))
    with Corpus(db, readonly=True) as c:
        return {"db": db, "tables": c.tables(), "docs": c.all_annotated()}


def run(corpus, fmt):
    return export(fmt, corpus["tables"], corpus["docs"])


def doc_of(corpus, source):
    return next(d for d in corpus["docs"] if d.document.source == source)


# ---- dates ---------------------------------------------------------------------------------------

def test_date_ranges_keep_precision():
    assert date_range("1938-06-13").precision == "day"
    m = date_range("1940-10")
    assert (m.precision, m.start.isoformat(), m.end.isoformat(), m.iso) == \
        ("month", "1940-10-01", "1940-10-31", "1940-10")
    d = date_range("193")
    assert (d.precision, d.start.year, d.end.year, d.display, d.iso) == ("decade", 1930, 1939, "1930s", "")
    assert date_range("1938-SU").display == "summer 1938"
    assert date_range("1938-Q2").end.month == 6
    assert date_range("1938-06-13T10:30").iso == "1938-06-13T10:30:00"
    assert date_range("P1M") is None and date_range("PRESENT_REF") is None and date_range("1938-02-30") is None


# ---- JSON-LD and Turtle ------------------------------------------------------------------------

def test_jsonld_parses_offline_with_schema_org_types(corpus):
    data = json.loads(run(corpus, "jsonld"))
    assert isinstance(data["@context"], dict)  # nothing to fetch
    g = Graph().parse(data=json.dumps(data), format="json-ld")
    anna, odessa = URIRef(entity_iri("E1")), URIRef(entity_iri("E2"))
    assert (anna, RDF.type, SDO.Person) in g
    assert (odessa, RDF.type, SDO.Place) in g
    assert (URIRef(entity_iri("E6")), RDF.type, SDO.Organization) in g
    assert (anna, SDO.alternateName, Literal("Анна Петрова")) in g
    geo = g.value(odessa, SDO.geo)
    assert float(g.value(geo, SDO.latitude)) == pytest.approx(46.48)
    assert (odessa, SDO.sameAs, URIRef("https://sws.geonames.org/698740/")) in g
    # the entity carries its mentions as evidence: source, offsets and the words
    texts = {(str(g.value(ev, HGN.source)), int(g.value(ev, HGN.start)), str(g.value(ev, HGN.text)))
             for ev in g.objects(anna, HGN.evidence)}
    letters_text = doc_of(corpus, LETTERS).text
    assert (doc_iri(LETTERS), letters_text.index("Anna Petrova"), "Anna Petrova") in texts
    assert (doc_iri(DIARY), doc_of(corpus, DIARY).text.index("A. Petrova"), "A. Petrova") in texts


def test_jsonld_events_keep_date_precision_roles_places_and_sources(corpus):
    g = Graph().parse(data=run(corpus, "jsonld"), format="json-ld")
    t1, t2, t3 = (URIRef(event_iri(x)) for x in ("T1", "T2", "T3"))
    assert (t1, RDF.type, SDO.Event) in g
    assert g.value(t1, SDO.startDate) == Literal("1921-03", datatype=XSD.gYearMonth)
    assert g.value(t2, SDO.startDate) == Literal("1920", datatype=XSD.gYear)
    assert g.value(t2, SDO.endDate) == Literal("1929", datatype=XSD.gYear)
    assert str(g.value(t2, HGN.timex)) == "192"
    assert g.value(t3, SDO.startDate) == Literal("1923-05-04", datatype=XSD.date)
    assert (t3, SDO.location, URIRef(entity_iri("E5"))) in g  # the place of the first telling
    assert (t3, HGN.agent, URIRef(entity_iri("E1"))) in g
    assert (t3, HGN.patient, URIRef(entity_iri("E4"))) in g
    assert len(list(g.objects(t3, HGN.evidence))) == 2  # told by two documents
    assert (t1, SDO.citation, URIRef("urn:historiograph:work:W1")) in g
    assert (URIRef("urn:historiograph:event:T2"), SDO.citation, URIRef("urn:historiograph:work:W2")) in g  # label "2"
    work = URIRef("urn:historiograph:work:W2")
    assert (work, RDF.type, SDO.ScholarlyArticle) in g
    assert (work, SDO.sameAs, URIRef("https://doi.org/10.1234/jls.12.33")) in g
    doc = URIRef(doc_iri(LETTERS))
    assert (doc, RDF.type, SDO.CreativeWork) in g
    assert (doc, SDO.datePublished, Literal("1999-05", datatype=XSD.gYearMonth)) in g
    assert (doc, SDO.mentions, URIRef(entity_iri("E7"))) in g
    assert (doc, SDO.citation, work) in g


def test_turtle_is_the_same_graph(corpus):
    ttl = run(corpus, "ttl")
    assert "@prefix schema: <http://schema.org/>" in ttl
    g = Graph().parse(data=ttl, format="turtle")
    g2 = Graph().parse(data=run(corpus, "jsonld"), format="json-ld")
    assert len(g) == len(g2) > 100
    assert isomorphic(g, g2)
    assert (URIRef(entity_iri("E1")), RDF.type, SDO.Person) in g
    assert g.value(URIRef(event_iri("T1")), SDO.startDate) == Literal("1921-03", datatype=XSD.gYearMonth)


# ---- networks ----------------------------------------------------------------------------------

def check_network(g):
    assert g.number_of_nodes() == 8
    assert g.nodes["E1"]["label"] == "Anna Petrova"
    assert g.nodes["E1"]["mentions"] == 3
    assert g["E1"]["E3"]["weight"] == 2  # T1 and T3
    assert set(g["E1"]["E3"]["event_types"].split(" | ")) == {"movement", "meeting"}
    assert g["E1"]["E4"]["weight"] == 1
    assert not g.has_edge("E2", "E1")  # Odessa takes part in no event
    assert g.has_edge("E1", "E7") and g.has_edge("E1", "E6")


def test_graphml_reads_back(corpus, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(run(corpus, "graphml"))
    g = nx.read_graphml(path)
    check_network(g)
    assert g.nodes["E2"]["type"] == "GPE" and g.nodes["E2"]["lat"] == pytest.approx(46.48)


def test_gexf_reads_back(corpus, tmp_path):
    path = tmp_path / "g.gexf"
    path.write_bytes(run(corpus, "gexf"))
    g = nx.read_gexf(path)
    check_network(g)
    assert g.nodes["E6"]["type"] == "ORG"


# ---- TimelineJS ----------------------------------------------------------------------------------

def test_timelinejs_keeps_precision_and_escapes(corpus):
    data = json.loads(run(corpus, "timelinejs"))
    assert data["title"]["text"]["headline"]
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert set(by_id) == {"T1", "T2", "T3", "T4", "T5"}  # T6 has no date
    assert by_id["T1"]["start_date"] == {"year": 1921, "month": 3}
    assert "end_date" not in by_id["T1"]
    assert by_id["T2"]["start_date"] == {"year": 1920}
    assert by_id["T2"]["end_date"] == {"year": 1929}
    assert by_id["T2"]["display_date"] == "1920s"
    assert by_id["T3"]["start_date"] == {"year": 1923, "month": 5, "day": 4}
    assert by_id["T5"]["display_date"] == "summer 1923"
    assert by_id["T3"]["group"] == "meeting"
    assert [e["unique_id"] for e in data["events"]][:2] == ["T2", "T1"]  # oldest first
    # the statement's source sentence is shown as escaped HTML
    assert "<script" not in json.dumps(data)
    assert "&lt;script&gt;alert(&quot;x&quot;)" in by_id["T4"]["text"]["text"]
    assert "Constantinople" in by_id["T3"]["text"]["text"]


# ---- CSV ---------------------------------------------------------------------------------------

def test_csv_zip_has_one_file_per_table(corpus):
    z = zipfile.ZipFile(io.BytesIO(run(corpus, "csv")))
    names = set(z.namelist())
    for table in ("documents", "mentions", "entities", "timeline", "conflicts", "works", "timexes", "citations",
                  "references", "events"):
        assert f"{table}.csv" in names

    def rows(name):
        return list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8")))

    mentions = rows("mentions.csv")
    letters_text = doc_of(corpus, LETTERS).text
    m = next(r for r in mentions if r["text"] == "Pera Palace")
    assert letters_text[int(m["start"]):int(m["end"])] == "Pera Palace" and m["corpus_entity"] == "E5"
    ents = {r["id"]: r for r in rows("entities.csv")}
    assert "Анна Петрова" in ents["E1"]["aliases"].split(" | ")
    assert ents["E2"]["geonameid"] == "698740"
    tl = {r["id"]: r for r in rows("timeline.csv")}
    assert tl["T2"]["date"] == "192" and tl["T3"]["sources"].count(":") == 2
    assert len(rows("events.csv")) == 6 and len(rows("timexes.csv")) == 8
    assert json.loads(next(r for r in rows("works.csv") if r["id"] == "W2")["csl"])["volume"] == "12"
    pkg = json.loads(z.read("datapackage.json"))
    mentions_schema = next(r for r in pkg["resources"] if r["name"] == "mentions")["schema"]
    fields = {f["name"]: f["type"] for f in mentions_schema["fields"]}
    assert fields["start"] == "integer" and fields["text"] == "string"
    assert run(corpus, "csv") == run(corpus, "csv")  # deterministic bytes


# ---- TEI ---------------------------------------------------------------------------------------

def tei_root(corpus):
    return etree.fromstring(run(corpus, "tei"))


def tei_doc(root, source):
    for tei in root.iter(TEI + "TEI"):
        if tei.find(f".//{TEI}idno[@type='source']").text == source:
            return tei
    raise AssertionError(source)


def test_tei_is_well_formed_with_header_and_names(corpus):
    root = tei_root(corpus)
    assert root.tag == TEI + "teiCorpus"
    assert root.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}titleStmt/{TEI}title") is not None
    assert len(root.findall(f"{TEI}TEI")) == 3
    tei = tei_doc(root, LETTERS)
    for part in ("titleStmt", "publicationStmt", "sourceDesc"):
        assert tei.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}{part}") is not None
    body = tei.find(f"{TEI}text/{TEI}body")
    names = {el.tag.replace(TEI, ""): el for el in body.iter() if el.tag in
             (TEI + "persName", TEI + "orgName", TEI + "placeName", TEI + "title")}
    assert set(names) == {"persName", "orgName", "placeName", "title"}
    persons = {el.text: el.get("ref") for el in body.iter(TEI + "persName")}
    assert persons["Anna Petrova"] == "#ent-E1"
    # the reference points at a person record in the corpus standOff, with its aliases
    person = root.xpath("//tei:person[@xml:id='ent-E1']", namespaces={"tei": TEI[1:-1]})[0]
    assert [p.text for p in person.iter(TEI + "persName")][:2] == ["Anna Petrova", "A. Petrova"]
    place = root.xpath("//tei:place[@xml:id='ent-E2']", namespaces={"tei": TEI[1:-1]})[0]
    assert place.find(f"{TEI}location/{TEI}geo").text == "46.48 30.73"


def test_tei_dates_refs_and_bibliography(corpus):
    tei = tei_doc(tei_root(corpus), LETTERS)
    dates = {el.text: dict(el.attrib) for el in tei.find(f"{TEI}text/{TEI}body").iter(TEI + "date")}
    assert dates["March 1921"] == {"when": "1921-03"}
    assert dates["4 May 1923"] == {"when": "1923-05-04"}
    assert dates["the 1920s"] == {"notBefore": "1920", "notAfter": "1929"}
    refs = [el for el in tei.iter(TEI + "ref") if el.get("type") == "citation"]
    assert [r.text for r in refs] == ["[1]", "[2]"]
    bibls = {b.get("{http://www.w3.org/XML/1998/namespace}id"): b for b in tei.iter(TEI + "bibl")}
    for r in refs:
        assert r.get("target")[1:] in bibls
    brown = bibls[refs[1].get("target")[1:]]
    assert brown.find(f"{TEI}title[@level='a']").text == "Trade and Refuge"
    assert brown.find(f"{TEI}idno[@type='DOI']").text == "10.1234/jls.12.33"
    assert brown.getparent().getparent().getparent().tag == TEI + "back"
    events = {e.get("type"): e for e in tei.iter(TEI + "event")}
    assert events["assignment"].get("notBefore") == "1920"
    assert events["movement"].find(f"{TEI}note[@type='citations']/{TEI}ptr") is not None
    diary_tei = tei_doc(tei_root(corpus), DIARY)
    approx = next(el for el in diary_tei.iter(TEI + "date") if el.text == "around 1924")
    assert approx.get("when") == "1924" and approx.get("cert") == "medium"
    summer = next(el for el in diary_tei.iter(TEI + "date") if el.text == "the summer of 1923")
    assert (summer.get("notBefore"), summer.get("notAfter")) == ("1923-06", "1923-08")


def test_tei_counted_length_carries_the_date_it_leads_to():
    from historiograph.export.tei import edtf_attrs
    from historiograph.time import tag

    t = next(t for t in tag("The fort fell on 14 May 1779. Three days later the guns were spiked.",
                            mode="narrative") if t.type == "DURATION")
    attrs = edtf_attrs(t.value, t.mod, t.type, {"edtf": t.edtf, "earliest": t.earliest, "latest": t.latest},
                       t.anchored)
    assert attrs == {"type": "duration", "dur": "P3D", "when": "1779-05-17"}
    assert edtf_attrs("P3D", None, "DURATION") == {"type": "duration", "dur": "P3D"}  # a bare length: no date


def test_tei_body_text_is_the_document_text(corpus):
    root = tei_root(corpus)
    for source in (DIARY, LETTERS):
        body = tei_doc(root, source).find(f"{TEI}text/{TEI}body")
        assert "".join(body.itertext()) == doc_of(corpus, source).text
    # characters XML cannot carry become spaces, one for one
    body = tei_doc(root, CONTROL).find(f"{TEI}text/{TEI}body")
    assert "".join(body.itertext()) == doc_of(corpus, CONTROL).text.replace("\x0c", " ")


def test_tei_overlaps_are_dropped_and_text_escaped(corpus):
    tei = tei_doc(tei_root(corpus), LETTERS)
    body = tei.find(f"{TEI}text/{TEI}body")
    assert [el.text for el in body.iter(TEI + "persName")].count("Kemal Bey") == 1
    triggers = [el.text for el in body.iter(TEI + "seg")]
    assert "met Kemal" not in triggers and "left" in triggers  # the crossing trigger gave way to the name
    assert not list(body.iter("script")) and not list(body.iter(TEI + "script"))
    assert '<script>alert("x")</script>' in "".join(body.itertext())
    # zones become divs, paragraphs split at blank lines (and reference lists at lines)
    assert [d.get("type") for d in body.iter(TEI + "div")] == ["header", "body", "references"]
    assert len(list(body.iter(TEI + "p"))) == 6


# ---- Web Annotation ------------------------------------------------------------------------------

def test_webannotation_selectors_point_at_the_text(corpus):
    data = json.loads(run(corpus, "webannotation"))
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 14 + 8 + 2 + 6  # mentions, timexes, citations, event triggers
    texts = {doc_iri(d.document.source): d.text for d in corpus["docs"]}
    for a in items:
        assert a["type"] == "Annotation"
        quote, pos = a["target"]["selector"]
        text = texts[a["target"]["source"]]
        assert text[pos["start"]:pos["end"]] == quote["exact"]
        assert text[:pos["start"]].endswith(quote["prefix"]) and text[pos["end"]:].startswith(quote["suffix"])
    anna = next(a for a in items if a["target"]["selector"][0]["exact"] == "A. Petrova")
    assert {"type": "SpecificResource", "purpose": "identifying", "source": entity_iri("E1")} in anna["body"]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "PERSON"} in anna["body"]
    odessa = next(a for a in items if a["target"]["selector"][0]["exact"] == "Odessa")
    assert any(b.get("source") == "https://sws.geonames.org/698740/" for b in odessa["body"])
    decade = next(a for a in items if a["target"]["selector"][0]["exact"] == "the 1920s")
    assert decade["body"][1]["value"] == "192"
    met = next(a for a in items if a["target"]["selector"][0]["exact"] == "met Kemal")
    assert met["body"][0]["value"] == "meeting" and met["body"][-1]["source"] == event_iri("T3")


# ---- fallbacks, CLI, seeds -----------------------------------------------------------------------

def test_without_corpus_tables_document_entities_and_events_stand_in(corpus):
    docs = corpus["docs"]
    empty = CorpusTables()
    for fmt in ("jsonld", "ttl", "graphml", "gexf", "timelinejs", "csv", "tei", "webannotation"):
        assert export(fmt, empty, docs)
    events = json.loads(export("timelinejs", empty, docs))["events"]
    assert len(events) == 3 + 2  # letters v2 has no time
    assert {e["text"]["headline"] for e in events} >= {"Eastern Trading Company hired Anna Petrova"}
    g = nx.read_graphml(io.BytesIO(export("graphml", empty, docs)))
    assert g.number_of_nodes() == 12 and g.has_edge(f"{LETTERS}#e1", f"{LETTERS}#e4")
    assert export("json", empty, [])  # the json dump handles an empty corpus too
    for fmt in ("jsonld", "ttl", "graphml", "gexf", "timelinejs", "csv", "tei", "webannotation"):
        assert export(fmt, empty, [])


def test_cli_export_writes_every_format(corpus, tmp_path):
    from typer.testing import CliRunner

    from historiograph.cli import app

    for fmt in ("jsonld", "ttl", "graphml", "gexf", "timelinejs", "csv", "tei", "webannotation"):
        out = tmp_path / f"x{FORMATS[fmt][1]}"
        result = CliRunner().invoke(app, ["export", "--db", str(corpus["db"]), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 200


def test_cli_export_calls_only_the_csv_zip_an_archive(corpus, tmp_path):
    """XML formats come back as bytes too, but they are no archive: -o keeps the name given."""
    from typer.testing import CliRunner

    from historiograph.cli import app

    out = tmp_path / "graph.xml"
    result = CliRunner().invoke(app, ["export", "--db", str(corpus["db"]), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0 and out.exists() and "zip" not in result.output, result.output
    out = tmp_path / "tables.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(corpus["db"]), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and (tmp_path / "tables.zip").exists() and "zip archive" in result.output


def parse_all(tables, docs) -> dict:
    """Every format of ours, parsed by its own library; returns the parsed objects."""
    out = {}
    out["jsonld"] = Graph().parse(data=export("jsonld", tables, docs), format="json-ld")
    out["ttl"] = Graph().parse(data=export("ttl", tables, docs), format="turtle")
    out["graphml"] = nx.read_graphml(io.BytesIO(export("graphml", tables, docs)))
    out["gexf"] = nx.read_gexf(io.BytesIO(export("gexf", tables, docs)))
    out["timelinejs"] = json.loads(export("timelinejs", tables, docs))
    out["csv"] = zipfile.ZipFile(io.BytesIO(export("csv", tables, docs)))
    out["tei"] = etree.fromstring(export("tei", tables, docs))
    out["webannotation"] = json.loads(export("webannotation", tables, docs))
    return out


@pytest.mark.shared
def test_seeds_build_then_every_format_parses_back(seeds_annotated, tmp_path):
    """The seeds as ``historiograph build`` stores them (annotated once per session by the shared fixture)."""
    from historiograph.corpus import build_corpus

    db = tmp_path / "seeds.db"
    with Corpus(db) as c:
        for name, ad in seeds_annotated.items():
            c.put(ad.to_json(), path=str(SEEDS / name))
        c.put_corpus(build_corpus(c.all_annotated()))
    with Corpus(db, readonly=True) as c:
        tables, docs = c.tables(), c.all_annotated()
    assert len(docs) == 2
    parsed = parse_all(tables, docs)
    assert len(parsed["ttl"]) == len(parsed["jsonld"]) > 0
    assert set(parsed["graphml"].nodes) == set(parsed["gexf"].nodes)
    for tei in parsed["tei"].iter(TEI + "TEI"):
        source = tei.find(f".//{TEI}idno[@type='source']").text
        text = next(d.text for d in docs if d.document.source == source)
        assert "".join(tei.find(f"{TEI}text/{TEI}body").itertext()) == text
    texts = {doc_iri(d.document.source): d.text for d in docs}
    for a in parsed["webannotation"]["first"]["items"]:
        quote, pos = a["target"]["selector"]
        assert texts[a["target"]["source"]][pos["start"]:pos["end"]] == quote["exact"]
    assert {f"{t}.csv" for t in ("documents", "mentions", "events")} <= set(parsed["csv"].namelist())

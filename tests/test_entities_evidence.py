"""Evidence against a join across documents: life dates, titles of kinds one person cannot bear
both of, two full names that share only the family name, a person and a place; and a reason for
every join, shown by ``explain``. Invented people in invented sentences."""
from __future__ import annotations

import json

import pytest

import historiograph
from historiograph.corpus.entities import explain, resolve
from historiograph.entities import evidence
from historiograph.model import AnnotatedDocument, Document, Entity, Mention


def doc(source: str, text: str, names: list[tuple[str, str]]) -> AnnotatedDocument:
    """A document whose mentions are given (name, label), each its own entity: the corpus stage
    alone is under test, whatever the model would read."""
    mentions, entities, pos = [], [], 0
    for n, (name, label) in enumerate(names, 1):
        start = text.index(name, pos)
        pos = start + len(name)
        eid = next((e.id for e in entities if e.name == name), None)
        if eid is None:
            eid = f"e{n}"
            entities.append(Entity(id=eid, name=name, label=label, aliases=[name]))
        mentions.append(Mention(start, start + len(name), name, label, eid))
    return AnnotatedDocument(document=Document(source=source, text=text), mentions=mentions, entities=entities)


def holders(ents, name):
    return [e for e in ents if name == e.name or name in e.aliases]


# ---- what a document states ---------------------------------------------------------------------

@pytest.mark.parametrize("after,born,died", [
    (" (1801–1860) was", 1801, 1860), (" (born 1912) painted", 1912, None), (" (b. 1912)", 1912, None),
    (" (d. 1799) left", None, 1799), (" (died 1799)", None, 1799),
    (" (3 April 1801 – 9 June 1860)", 1801, 1860), (" (c. 1560 – 1632)", 1560, 1632),
    (" (1937–1938 campaign)", None, None), (" (1860–1801)", None, None), (" said", None, None),
])
def test_life_dates_in_a_bracket_after_the_name(after, born, died):
    text = "Osric Pell" + after
    assert evidence.life_dates_after(text, len("Osric Pell"))[:2] == (born, died)


def test_infobox_dates_belong_to_the_person_of_the_heading():
    text = ("= Maren Holt =\n\nMaren Holt\n- Born: 4 May 1850\n- Birth Place: Bergen\n- Died: 1921 (aged 71)\n\n"
            "Maren Holt was a botanist. Her teacher Ivar Dahl (1801–1866) taught in Oslo.")
    ad = doc("a", text, [("Maren Holt", "PERSON"), ("Maren Holt", "PERSON"), ("Maren Holt", "PERSON"),
                         ("Ivar Dahl", "PERSON")])
    ev = evidence.of_document(text, ad.mentions)
    assert (ev["e1"].born, ev["e1"].died) == ({1850}, {1921})
    assert (ev["e4"].born, ev["e4"].died) == ({1801}, {1866})


def test_titles_by_kind_and_only_when_capitalised():
    text = "Mrs. Harwood spoke; then Bishop Tamsin Reed; then Gen. Ivo Marsh; then his brother Osk."
    kinds = lambda n: evidence.roles_before(text, text.index(n))[0]  # noqa: E731
    assert kinds("Harwood") == {"female"}
    assert kinds("Tamsin") == {"clergy"}
    assert kinds("Ivo") == {"military"}
    assert kinds("Osk") == set()


# ---- evidence blocks joins ----------------------------------------------------------------------

def test_different_life_dates_keep_two_people_of_one_name_apart():
    a = doc("a", "John Carver (1801–1860) built ships in Bath.", [("John Carver", "PERSON")])
    b = doc("b", "John Carver (1912–1975) painted the harbour.", [("John Carver", "PERSON")])
    c = doc("c", "The shipwright John Carver (1801–1860) retired in 1855.", [("John Carver", "PERSON")])
    why: dict = {}
    ents = holders(resolve([a, b, c], why), "John Carver")
    assert sorted(sorted(e.documents) for e in ents) == [["a", "c"], ["b"]]
    blocked = [j for js in why.values() for j in js if "blocked" in j]
    assert blocked and "different life dates" in blocked[0]["blocked"]


def test_dates_in_an_infobox_against_dates_in_a_bracket():
    a = doc("a", "= Maren Holt =\n\n- Born: 1850\n- Died: 1921\n\nMaren Holt was a botanist.",
            [("Maren Holt", "PERSON"), ("Maren Holt", "PERSON")])
    b = doc("b", "The soprano Maren Holt (1902–1988) sang in Oslo.", [("Maren Holt", "PERSON")])
    assert len(holders(resolve([a, b]), "Maren Holt")) == 2


def test_a_date_within_a_year_is_not_evidence():
    a = doc("a", "John Carver (1801–1860) built ships.", [("John Carver", "PERSON")])
    b = doc("b", "John Carver (1800–1860) built ships.", [("John Carver", "PERSON")])
    assert len(holders(resolve([a, b]), "John Carver")) == 1


@pytest.mark.parametrize("ta,tb,apart", [
    ("Mrs.", "Mr.", True), ("Bishop", "General", True), ("Lady", "Sir", True),
    ("Colonel", "General", False), ("Mr.", "Captain", False), ("Dr.", "Mrs.", False),
])
def test_titles_of_exclusive_kinds_keep_two_people_apart(ta, tb, apart):
    a = doc("a", f"{ta} Aldous Fenwick opened the school in the spring.", [("Aldous Fenwick", "PERSON")])
    b = doc("b", f"Later {tb} Aldous Fenwick spoke at the harbour.", [("Aldous Fenwick", "PERSON")])
    assert (len(holders(resolve([a, b]), "Aldous Fenwick")) == 2) is apart


def test_surname_alone_with_a_title_of_another_kind():
    a = doc("a", "Mrs. Harwood kept the inn.", [("Harwood", "PERSON")])
    b = doc("b", "Mr. Harwood sold the inn.", [("Harwood", "PERSON")])
    c = doc("c", "Harwood wrote to the council.", [("Harwood", "PERSON")])
    ents = holders(resolve([a, b, c]), "Harwood")
    assert len(ents) == 2  # the untitled one may join either, never both


def test_two_full_names_sharing_only_the_family_name_never_join():
    a = doc("a", "Kim San wrote the song. Kim left for Yan'an.", [("Kim San", "PERSON"), ("Kim", "PERSON")])
    b = doc("b", "Kim Il Sung led the unit across the river.", [("Kim Il Sung", "PERSON")])
    c = doc("c", "Kim Ch'aek commanded; Kim Il-sung followed.", [("Kim Ch'aek", "PERSON"), ("Kim Il-sung", "PERSON")])
    ents = resolve([a, b, c])
    assert holders(ents, "Kim Il Sung") == holders(ents, "Kim Il-sung")
    assert len({id(e) for n in ("Kim San", "Kim Il Sung", "Kim Ch'aek") for e in holders(ents, n)}) == 3


def test_a_chain_through_a_shared_name_cannot_join_two_full_names():
    # one document's entity holds "Kim San" and "Kim" (joined in the document); the other names
    # only "Kim Ch'aek" and "Kim": the surname alone must not bridge them
    a = doc("a", "Kim San wrote the song.", [("Kim San", "PERSON")])
    a.entities[0].aliases.append("Kim")
    b = doc("b", "Kim Ch'aek commanded.", [("Kim Ch'aek", "PERSON")])
    b.entities[0].aliases.append("Kim")
    assert len(resolve([a, b])) == 2


def test_a_person_and_a_place_of_one_name_stay_apart():
    a = doc("a", "Washington crossed the river at night.", [("Washington", "PERSON")])
    b = doc("b", "The train reached Washington at noon.", [("Washington", "GPE")])
    ents = holders(resolve([a, b]), "Washington")
    assert sorted(e.label for e in ents) == ["GPE", "PERSON"]


# ---- a reason for every join ----------------------------------------------------------------------

def test_every_join_has_a_reason():
    docs = [doc("a", "Vasily Blyukher (1890–1938) commanded the army.", [("Vasily Blyukher", "PERSON")]),
            doc("b", "Marshal Blücher was arrested.", [("Blücher", "PERSON")]),
            doc("c", "Genrikh Samoilovich Lyushkov fled; Lyushkov was met.",
                [("Genrikh Samoilovich Lyushkov", "PERSON")]),
            doc("d", "Genrikh Lyushkov crossed the border.", [("Genrikh Lyushkov", "PERSON")]),
            doc("e", "In Dairen the fleet anchored.", [("Dairen", "GPE")]),
            doc("f", "In Dalian the fleet anchored.", [("Dalian", "GPE")])]
    why: dict = {}
    ents = resolve(docs, why)
    for e in ents:
        joins = [j for j in why.get(e.id, []) if "reason" in j]
        assert len(joins) == len(e.members) - 1, (e.name, joins)
        assert all(j["reason"] and j["reason"] != "joined with the other names" for j in joins)
    blyukher = holders(ents, "Blücher")[0]
    assert "Vasily Blyukher" in blyukher.aliases
    assert "family name alone" in why[blyukher.id][0]["reason"]
    lyushkov = holders(ents, "Genrikh Lyushkov")[0]
    assert "patronymic" in why[lyushkov.id][0]["reason"]


def test_explain_replays_the_resolvers_reasons_from_the_stored_documents():
    a = historiograph.annotate("Vasily Blyukher (1890–1938) commanded the Far Eastern army until his arrest.")
    b = historiograph.annotate("In the German papers, Marshal Blücher was said to be ill.")
    a.document.source, b.document.source = "a.txt", "b.txt"
    ents = resolve([a, b])
    ent = holders(ents, "Blücher")[0]
    assert sorted(ent.documents) == ["a.txt", "b.txt"]
    data = {ad.document.source: (json.loads(j) if isinstance(j := ad.to_json(), str) else j) for ad in (a, b)}
    why = {j["names"][1]: j for j in explain(ent, data)}
    assert "family name alone" in why["Blücher"]["reason"], why


def test_entity_page_shows_names_by_script_and_why_they_were_joined(tmp_path):
    from fastapi.testclient import TestClient

    from historiograph.build import build
    from historiograph.store import Corpus
    from historiograph.web import create_app

    (tmp_path / "a.txt").write_text(
        "Vasily Blyukher (1890–1938) commanded the Far Eastern army until his arrest in October.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text("In the German papers, Marshal Blücher was said to be ill.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The order was signed by Василий Константинович Блюхер in Khabarovsk.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        build(corpus, [tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"], jobs=1)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    rows = client.get("/entities.json").json()["entities"]
    ent = next((e for e in rows if "Blücher" in e["aliases"]), None)
    assert ent, [(e["name"], e.get("aliases")) for e in rows]
    page = client.get(ent["url"] + ".json").json()
    assert "Cyrillic" in page["aliases_by_script"] and "Latin" in page["aliases_by_script"]
    reasons = {j["names"][1]: j["reason"] for j in page["why_joined"]}
    assert reasons and all(r != "joined with the other names" for r in reasons.values()), reasons
    html = client.get(ent["url"]).text
    assert "Why these names are one" in html and "family name alone" in html

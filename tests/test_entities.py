"""The entities stage on invented text (no ../shared needed): spans, names, scripts, places,
metonymy, in-document and corpus entities."""
from __future__ import annotations

import pytest

from historiograph.entities import names, places
from historiograph.entities.spans import trim
from historiograph.model import AnnotatedDocument, Document, Entity, Mention
from tests.conftest import FIXTURES

ESSAY = FIXTURES / "entities" / "invented_essay.txt"


@pytest.fixture(scope="module")
def essay():
    import historiograph

    return historiograph.annotate(ESSAY)


def _mention(ad, text, label=None):
    found = [m for m in ad.mentions if m.text == text and (label is None or m.label == label)]
    assert found, f"no mention {text!r} ({label}) in {[(m.text, m.label) for m in ad.mentions]}"
    return found[0]


def _entity_of(ad, text):
    return ad.entity(_mention(ad, text).entity)


# ---- spans -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,label,expected", [
    ("the Red Army's", "ORG", "Red Army"),
    ("Kim Il Sung’s", "PERSON", "Kim Il Sung"),
    ("Nym Wales’", "PERSON", "Nym Wales"),
    (", “Song of Rain", "WORK", "Song of Rain"),
    ("Coox, Alvin D.", "PERSON", "Coox, Alvin D."),
    ("Alfred A. KnopfISBN", "ORG", "Alfred A. Knopf"),
    ("The Pacific Years", "WORK", "The Pacific Years"),
])
def test_trim_follows_conll_hipe_spans(text, label, expected):
    a, b = trim(text, 0, len(text), label)
    assert text[a:b] == expected


# ---- names -------------------------------------------------------------------------------------

def test_cyrillic_and_latin_forms_share_a_key():
    cyr = names.parse_person("ПЕТРОВ ИВАН СЕРГЕЕВИЧ")
    lat = names.parse_person("Ivan Sergeyevich Petrov")
    inv = names.parse_person("Petrov, Ivan Sergeevich")
    assert cyr.key == lat.key == inv.key
    assert cyr.display == "Ivan Sergeevich Petrov"
    assert names.skeleton("Андрей Хрущёв") == names.skeleton("Andrei Khrushchev")
    assert names.skeleton("Yury") == names.skeleton("Yuriy") == names.skeleton("Iurii")


def test_korean_romanisation_variants_fold_together():
    assert names.fold("Pak Hŏn-yŏng") == names.fold("Pak Hon-yong") == names.fold("pak hon yong")
    assert names.parse_person("Kim il Sung").key == names.parse_person("Kim Il-sung").key
    assert names.fold("Ch’oe Yong-gŏn") == names.fold("Choe Yong-gon")


def test_inverted_name_and_initials():
    a, b = names.parse_person("Smirnov, Pavel A."), names.parse_person("Pavel Smirnov")
    assert a.family == b.family == "smirnov"
    assert names.given_compatible(a.given, b.given)
    assert not names.given_compatible(("ivan",), ("pavel",))


# ---- places ------------------------------------------------------------------------------------

def test_historical_place_names_have_modern_names_and_periods():
    mukden = places.place_of("Mukden")
    assert mukden["modern_name"] == "Shenyang" and mukden["country"] == "CN"
    assert mukden["period"][1] == 1945
    assert places.place_of("Hsinking")["modern_name"] == "Changchun"
    assert places.place_of("Manchukuo")["period"] == [1932, 1945]
    assert places.referent_key("Dairen") == places.referent_key("Dalian")
    assert places.referent_key("Manchukuo") != places.referent_key("Manchuria")


def test_modern_places_have_coordinates():
    london = places.place_of("London")
    assert london["country"] == "GB" and abs(london["lat"] - 51.5) < 0.2 and london["geonameid"]
    assert places.place_of("Kazakhstan")["country"] == "KZ"


# ---- the stage on an invented essay ------------------------------------------------------------

def test_title_lines_give_author_and_work(essay):
    assert _mention(essay, "TOMAS ERIKSEN").label == "PERSON"
    assert _mention(essay, "FROZEN RIVERS").label == "WORK"
    assert _mention(essay, "Anna Kowalski").label == "PERSON"
    assert _entity_of(essay, "TOMAS ERIKSEN").name == "Tomas Eriksen"


def test_reference_lines(essay):
    assert _mention(essay, "Sokolov, Ivan").label == "PERSON"
    assert _mention(essay, "Journal of Frontier Studies").label == "WORK"
    assert _mention(essay, "Archive Society").label == "ORG"
    assert not [m for m in essay.mentions if "doi" in m.text or "Retrieved" in m.text]
    # the short citation "Sokolov 1990" names the author, not a date
    assert _entity_of(essay, "Sokolov") is _entity_of(essay, "Ivan Sokolov")
    assert _entity_of(essay, "Sokolov, Ivan") is _entity_of(essay, "Ivan Sokolov")


def test_cyrillic_name_is_the_same_person_as_its_latin_forms(essay):
    e = _entity_of(essay, "ОРЛОВ ПАВЕЛ СЕРГЕЕВИЧ")
    assert e is _entity_of(essay, "Pavel Sergeyevich Orlov")
    assert e is _entity_of(essay, "Orlov, Pavel Sergeevich")
    assert "Orlov" in e.aliases and e.label == "PERSON"


def test_quoted_works_after_cues(essay):
    assert _mention(essay, "The Northern Frontier").label == "WORK"
    assert _mention(essay, "Letters from Harbin").label == "WORK"


def test_romanisation_variants_and_surname_are_one_person(essay):
    e = _entity_of(essay, "Park Hyŏn-u")
    assert e is _entity_of(essay, "Park Hyon-u") and e is _entity_of(essay, "Park")
    assert e.label == "PERSON"


def test_possessive_trimmed_and_label_consistent(essay):
    orlovs = [m for m in essay.mentions if m.text == "Orlov"]
    assert orlovs and all(m.label == "PERSON" for m in orlovs)


def test_demonym_prefix_joins_organisation(essay):
    assert _entity_of(essay, "Soviet Red Army") is _entity_of(essay, "Red Army")


def test_metonymic_capital_refers_to_state(essay):
    moscow = _entity_of(essay, "Moscow")
    soviet = _entity_of(essay, "Soviet Union")
    assert moscow is not soviet
    assert moscow.refers_to == soviet.id
    assert moscow.place["country"] == "RU"


def test_historical_places_linked(essay):
    assert _entity_of(essay, "Hsinking").place["modern_name"] == "Changchun"
    assert _entity_of(essay, "Dairen").place["modern_name"] == "Dalian"
    assert _mention(essay, "38th parallel").label == "LOC"
    assert _mention(essay, "Mukden").label == "GPE"


def test_entity_ids_and_aliases(essay):
    ids = [e.id for e in essay.entities]
    assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
    for m in essay.mentions:
        assert essay.text[m.start:m.end] == m.text
        assert m.text in essay.entity(m.entity).aliases


# ---- corpus ------------------------------------------------------------------------------------

def _doc(source, ents):
    """An AnnotatedDocument with given entities, one mention each (no spaCy)."""
    text = " ".join(a for _, _, aliases in ents for a in aliases)
    mentions, entities, pos = [], [], 0
    for i, (name, label, aliases) in enumerate(ents, 1):
        for a in aliases:
            mentions.append(Mention(pos, pos + len(a), a, label, f"e{i}"))
            pos += len(a) + 1
        entities.append(Entity(f"e{i}", name, label, list(aliases)))
    return AnnotatedDocument(document=Document(source=source, text=text), mentions=mentions, entities=entities)


def test_corpus_resolve_joins_spellings_scripts_and_orders():
    from historiograph.corpus.entities import resolve

    a = _doc("a.txt", [
        ("Petrov, Ivan", "PERSON", ["Petrov, Ivan"]),
        ("Stalin", "PERSON", ["Stalin"]),
        ("Soviet Union", "GPE", ["Soviet Union"]),
        ("Moscow", "GPE", ["Moscow"]),
        ("Kim il Sung", "PERSON", ["Kim il Sung"]),
        ("Dairen", "GPE", ["Dairen"]),
    ])
    b = _doc("b.txt", [
        ("Ivan Petrov", "PERSON", ["Ivan Petrov"]),
        ("Joseph Stalin", "PERSON", ["Joseph Stalin", "Stalin"]),
        ("USSR", "GPE", ["USSR"]),
        ("Kim Il-sung", "PERSON", ["Kim Il-sung"]),
        ("ПЕТРОВ ИВАН", "PERSON", ["ПЕТРОВ ИВАН"]),
        ("Dalian", "GPE", ["Dalian"]),
        ("Kim San", "PERSON", ["Kim San"]),
    ])
    ents = resolve([b, a])
    by_alias = {}
    for c in ents:
        for al in c.aliases:
            by_alias.setdefault(al, c)
    assert by_alias["Petrov, Ivan"] is by_alias["Ivan Petrov"] is by_alias["ПЕТРОВ ИВАН"]
    assert by_alias["Stalin"] is by_alias["Joseph Stalin"]
    assert by_alias["Stalin"].name == "Joseph Stalin" and by_alias["Stalin"].documents == ["a.txt", "b.txt"]
    assert by_alias["Soviet Union"] is by_alias["USSR"]
    assert by_alias["Moscow"] is not by_alias["Soviet Union"]
    assert by_alias["Kim il Sung"] is by_alias["Kim Il-sung"]
    assert by_alias["Kim San"] is not by_alias["Kim Il-sung"]
    assert by_alias["Dairen"] is by_alias["Dalian"]
    # deterministic ids, whatever the order of the documents
    assert [c.id for c in ents] == [c.id for c in resolve([a, b])]
    assert all(c.id.startswith("E-") for c in ents) and len({c.id for c in ents}) == len(ents)
    assert by_alias["Stalin"].mentions == 3


# ---- OCR, hard-wrapped text, headlines, HIPE conventions ---------------------------------------

from historiograph import wrapping  # noqa: E402
from historiograph.entities import ner, titles  # noqa: E402
from historiograph.entities.spans import is_junk, trim_words  # noqa: E402

WRAPPED = FIXTURES / "entities" / "wrapped_news.txt"


@pytest.mark.parametrize("text,label,expected", [
    ("tlie Coll", "ORG", "Coll"),  # OCR debris before a name
    ("capt. Orne", "PERSON", "Orne"),
    ("General Tojo", "PERSON", "Tojo"),  # CoNLL: the title stays out of the span
    ("Lieut. Col. Smith", "PERSON", "Smith"),
    ("Charles de Gaulle", "PERSON", "Charles de Gaulle"),
    ("de Gaulle", "PERSON", "de Gaulle"),
    ("Bounds arul", "PERSON", "Bounds"),
    ("Duke of York", "PERSON", "Duke of York"),
    ("W. G. Daugh¬\ntry", "PERSON", "W. G. Daugh¬\ntry"),  # a word broken at a line end is one word
])
def test_trim_words(text, label, expected):
    a, b = trim_words(text, 0, len(text), label)
    assert text[a:b] == expected


@pytest.mark.parametrize("span,label,wrapped,junk", [
    ("fcven", "ORG", False, True),  # lowercase: no name
    ("moll lafling", "PERSON", False, True),
    ("Esq", "GPE", False, True),  # a title alone
    ("lieut", "ORG", False, True),
    ("毛泽东", "PERSON", False, False),  # a script without case is not "lowercase"
    ("iPhone", "WORK", False, False),
    ("captain\nBounds", "PERSON", False, True),  # one paragraph per line: a name never crosses it
    ("captain\nBounds", "PERSON", True, False),  # printed lines: it may
    ("Red\n\nArmy", "ORG", True, True),  # never across a paragraph
])
def test_junk(span, label, wrapped, junk):
    assert is_junk(span, label, wrapped) is junk


def test_hard_wrapped_text_is_told_from_one_paragraph_per_line():
    assert wrapping.is_hard_wrapped(WRAPPED.read_text(encoding="utf-8"))
    assert not wrapping.is_hard_wrapped(ESSAY.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,word,expected", [
    ("at Pro¬\nvidence and", "Pro", "Pro¬\nvidence"),
    ("at Pro¬\nvidence and", "vidence", "Pro¬\nvidence"),
    ("of Massachu-\nsetts.", "Massachu-", "Massachu-\nsetts"),
    ("a battle-\nGenoa was", "Genoa", "Genoa"),  # a dash before a capital: not a broken word
])
def test_join_broken_words(text, word, expected):
    i = text.index(word)
    a, b = wrapping.join_broken(text, i, i + len(word))
    assert text[a:b] == expected
    assert wrapping.unbroken("Pro¬\nvidence") == "Providence"


@pytest.mark.parametrize("name,label,expected", [
    ("Fayetteville Observer", "ORG", "WORK"),
    ("THE LEYDEN GAZETTE", "GPE", "WORK"),
    ("Gazette of the United States", "ORG", "WORK"),
    ("Richmond Whig", "ORG", "WORK"),
    ("Whig", "ORG", "ORG"),
    ("Pluto Press", "PERSON", "PERSON"),
    ("WAYNE COUNTY", "PERSON", "GPE"),
    ("Coosa river", "ORG", "LOC"),
    ("Port Mahon", "PERSON", "GPE"),
    ("Port Authority", "ORG", "ORG"),
])
def test_kind_from_head_words(name, label, expected):
    assert ner.kind_from_head(name, label) == expected


def test_hipe_title_convention_is_available():
    text = "said Capt. Orne to Mr. Samuel T. Sawyer, Esq., of the town"
    i = text.index("Orne")
    assert text[titles.title_start(text, i):i + 4] == "Capt. Orne"
    j = text.index("Samuel")
    k = j + len("Samuel T. Sawyer")
    assert text[titles.title_start(text, j):titles.postnominal_end(text, k)] == "Mr. Samuel T. Sawyer, Esq."
    assert titles.title_start(text, text.index("town")) == text.index("town")


@pytest.mark.parametrize("a,b", [
    ("Mao Tse-tung", "Mao Zedong"),
    ("Teng Hsiao-p’ing", "Deng Xiaoping"),
    ("Chou En-lai", "Zhou Enlai"),
    ("Liu Shao-ch'i", "Liu Shaoqi"),
    ("Chu Teh", "Zhu De"),
    ("Yüan Shih-k'ai", "Yuan Shikai"),
    ("Chiang Kai-shek", "Jiang Jieshi"),  # an alias, not a romanisation
    ("Sun Yat-sen", "Sun Zhongshan"),
])
def test_wade_giles_and_pinyin_share_a_key(a, b):
    assert names.parse_person(a).key == names.parse_person(b).key


def test_chinese_names_stay_apart():
    assert names.parse_person("Mao Zedong").key != names.parse_person("Mao Anying").key
    assert names.parse_person("Zhou Enlai").key != names.parse_person("Zhu De").key
    assert names.parse_person("Chiang").family == names.parse_person("Jiang").family


@pytest.fixture(scope="module")
def wrapped():
    import historiograph

    return historiograph.annotate(WRAPPED)


def test_wrapped_news_names(wrapped):
    got = {(m.text, m.label) for m in wrapped.mentions}
    assert ("Wm. H. Fos¬\nter", "PERSON") in got  # abbreviated given name, word broken at a line end
    assert ("Samuel T. Sawyer", "PERSON") in got  # "Mr." and "Esq." outside (CoNLL)
    assert ("Fayetteville Observer", "WORK") in got
    assert ("Jackson county", "GPE") in got and ("Port Mahon", "GPE") in got
    assert ("MAO TSE-TUNG", "PERSON") in got  # a headline in capitals
    assert not any(m.text in ("Generalissimo", "Esq") for m in wrapped.mentions)
    assert _entity_of(wrapped, "Wm. H. Fos¬\nter").name == "Wm. H. Foster"


def test_romanisations_and_capitals_are_one_person_in_a_document(wrapped):
    mao = _entity_of(wrapped, "Mao Zedong")
    assert _entity_of(wrapped, "Mao Tse-tung") is mao and _entity_of(wrapped, "MAO TSE-TUNG") is mao
    assert _entity_of(wrapped, "Mao") is mao
    assert _entity_of(wrapped, "Jiang Jieshi") is _entity_of(wrapped, "Chiang Kai-shek")
    assert _entity_of(wrapped, "CHUNGKING") is _entity_of(wrapped, "Chungking")


def test_corpus_joins_romanisations():
    from historiograph.corpus.entities import resolve

    a = _doc("a.txt", [("Mao Tse-tung", "PERSON", ["Mao Tse-tung"]),
                       ("Chiang Kai-shek", "PERSON", ["Chiang Kai-shek"])])
    b = _doc("b.txt", [("Mao Zedong", "PERSON", ["Mao Zedong", "Mao"]),
                       ("Jiang Jieshi", "PERSON", ["Jiang Jieshi"]),
                       ("Mao Anying", "PERSON", ["Mao Anying"])])
    by_alias = {al: c for c in resolve([a, b]) for al in c.aliases}
    assert by_alias["Mao Tse-tung"] is by_alias["Mao Zedong"]
    assert by_alias["Chiang Kai-shek"] is by_alias["Jiang Jieshi"]
    assert by_alias["Mao Anying"] is not by_alias["Mao Zedong"]

"""Document metadata read from a text's own header."""
import pytest

from historiograph.ingest.metadata import extract_metadata, normal_case, parse_date_line
from historiograph.model import QuotedFrom


def test_blog_header_gives_title_author_and_date():
    meta = extract_metadata("Tuesday, March 3, 2020\n\nThe Quiet Border by Anna Petrova\n\nIn 1938 ...")
    assert (meta.title, meta.author, meta.published) == ("The Quiet Border", "Anna Petrova", "2020-03-03")
    assert meta.quoted_from is None


def test_markdown_heading_and_byline():
    meta = extract_metadata("# Lake Khasan, 1938\n\n*by Anna Petrova*\n\n12 May 2021\n\nThe hills ...")
    assert (meta.title, meta.author, meta.published) == ("Lake Khasan, 1938", "Anna Petrova", "2021-05-12")


@pytest.mark.parametrize("header,want", [
    ("Thursday, August 20, 2020\n\n# Border Wars\n\n*Posted by Mariko Lindqvist in Asia*\n\nText.",
     ("Border Wars", "Mariko Lindqvist", "2020-08-20")),
    ("# August Storm\n\n*Sofia Brandt — 9 August 2022*\n\nText.", ("August Storm", "Sofia Brandt", "2022-08-09")),
    ("12 May 2021\n\nThe Neutrality Pact of 1941\n\nThe pact was signed.", ("The Neutrality Pact of 1941", None, "2021-05-12")),
    ("Korean Guerrillas in the Soviet Far East\n\nIn the late 1930s the man ...", ("Korean Guerrillas in the Soviet Far East", None, None)),
    ("In the late 1930s the man who would rule North Korea was a guerrilla.\n\nMore.", (None, None, None)),
])
def test_other_header_styles(header, want):
    meta = extract_metadata(header)
    assert (meta.title, meta.author, meta.published) == want


def test_extract_of_a_book_in_capitals_is_normal_cased():
    meta = extract_metadata("Comments:An excerpt taken from \u201cTHE ANATOMY OF A SMALL WAR\u201d BY ALVIN D. COOX p. 45\n\n\u201cThe hills...")
    assert meta.quoted_from == QuotedFrom(title="The Anatomy of a Small War", author="Alvin D. Coox", page="45")
    assert meta.title is None and meta.author is None


def test_a_date_deep_in_the_narrative_is_not_the_publication_date():
    text = "The pact\n\nIt was signed in Moscow.\n\nMore.\n\nAnd more.\n\nStill more.\n\nApril 13, 1941\n"
    assert extract_metadata(text).published is None


@pytest.mark.parametrize("line,iso", [
    ("Wednesday, January 2, 2019", "2019-01-02"), ("2 January 2019", "2019-01-02"),
    ("Jan 2, 2019", "2019-01-02"), ("2019-01-02", "2019-01-02"), ("January 2019", "2019-01"),
    ("13 Smarch 2019", None), ("February 31 2019x", None),
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


def test_normal_case_leaves_mixed_case_alone():
    assert normal_case("NORTH KOREA") == "North Korea"
    assert normal_case("THE PACIFIC WAR") == "The Pacific War"
    assert normal_case("McCune") == "McCune"


@pytest.mark.shared
def test_metadata_of_the_sample_texts_equals_gold(gold, seed_paths):
    from historiograph import ingest

    for path in seed_paths:
        want = gold["documents"][path.name]["metadata"]
        meta = ingest.read(path).metadata
        assert meta.title == want.get("title")
        assert meta.author == want.get("author")
        assert meta.published == want.get("published")
        qf = want.get("quoted_from")
        assert (meta.quoted_from and vars(meta.quoted_from)) == (qf or None)


def test_a_labelled_dateline_with_its_byline_is_the_documents_date_and_author():
    """"*Posted 3 August 2021 by Colin Aird*" under a blog title: the date is the document's, and an
    anaphoric "that summer" in the story is not read from it."""
    from historiograph import annotate

    text = ("# Nine Weeks on the Wharves: The Mill Strike of 1907\n\n*Posted 5 May 2020 by Ruth Okafor*\n\n"
            "The mill strike began, as so many strikes did that summer, with a small grievance. On 3 June 1907 "
            "the owners cut the piece rate.\n")
    meta = extract_metadata(text)
    assert (meta.published, meta.author) == ("2020-05-05", "Ruth Okafor")
    assert parse_date_line("3 August 2021 by Colin Aird") is None  # unlabelled: a byline, not a dateline
    got = {t.text: (t.value, t.bibliographic) for t in annotate(text).timexes}
    assert got["5 May 2020"] == ("2020-05-05", True)
    assert not got["that summer"][0].startswith("2020")

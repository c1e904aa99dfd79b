"""The Ask page in a real browser: ask a question, follow a citation to the highlighted characters."""
from __future__ import annotations

import pytest

from historiograph.ask.index import update
from historiograph.store import Corpus
from test_browser import Served, browser, page  # noqa: F401  (fixtures)
from test_web import build_fixture_db

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def ask_site(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser-ask") / "fixture.db"
    build_fixture_db(db)
    with Corpus(db) as corpus:
        update(corpus)
    site = Served(db)
    yield site
    site.stop()


def test_ask_a_question_and_follow_a_citation_to_the_characters(page, ask_site):  # noqa: F811
    page.goto(ask_site.url + "/")
    page.locator("header nav a", has_text="Ask").click()
    page.wait_for_url("**/ask")
    page.fill("form.ask input[name=q]", "When did Aalto cross the border?")
    page.locator("form.ask button").click()
    page.wait_for_url("**/ask?q=*")
    assert "17 May 1921" in page.locator("section.answer").inner_text()
    link = page.locator("section.answer a.citation").first
    href = link.get_attribute("href")
    start, end = href.split("#c")[1].split("-")
    link.click()
    page.wait_for_url("**/documents/narva-crossing.txt#c*")
    text = page.locator("#doc-text")
    text.locator("mark.hl").first.wait_for()
    assert text.get_attribute("data-highlight") == f"{start}-{end}"
    highlighted = "".join(text.locator("mark.hl").all_inner_texts())
    assert "On 17 May 1921 Aalto crossed the border" in highlighted
    cited = page.request.get(ask_site.url + "/ask.json?q=When+did+Aalto+cross+the+border%3F").json()
    first = cited["result"]["statements"][0]["citations"][0]
    assert (first["start"], first["end"]) == (int(start), int(end))
    assert highlighted == first["text"]  # exactly the cited characters, no more, no fewer
    assert page.errors == [] and page.console_errors == []

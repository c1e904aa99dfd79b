# ruff: noqa: F811  (pytest fixtures imported from test_browser are parameters here)
"""Corrections in a real browser (Playwright driving Debian's Chromium, as tests/test_browser.py): the reader in
edit mode makes them, `build` keeps them, a moved text takes them along, a deleted one orphans them."""
from __future__ import annotations

import threading
import time

import pytest

from corrections_corpus import NARVIK, build_db, write_corpus
from test_browser import _free_port, browser, page  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


class Reader:
    """The reader over one database (edit mode or not), served by uvicorn in a thread until `stop`."""

    def __init__(self, db, edit: bool):
        import uvicorn

        from historiograph.web import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db, edit=edit, author="Ada"), host="127.0.0.1",
                                                    port=self.port, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the reader did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def corpus(tmp_path):
    docs = write_corpus(tmp_path)
    db = tmp_path / "corpus.db"
    build_db(db, docs)
    return db, docs


@pytest.fixture
def editing(corpus):
    reader = Reader(corpus[0], edit=True)
    yield reader, *corpus
    reader.stop()


def _timeline_texts(page, url):
    page.goto(url + "/timeline")
    return page.locator("#timeline-list li.tl-entry").all_inner_texts()


def test_merge_in_the_reader_survives_rebuilds_and_moves_with_its_text(page, editing):
    reader, db, docs = editing
    page.goto(reader.url + "/entities/E-vanya-pietrow")
    form = page.locator("form.merge")
    form.locator("input[name=other]").fill("E-ivan-petrov")
    form.locator("input[name=reason]").fill("Vanya is Ivan")
    form.locator("button").click()
    page.wait_for_url("**/entities/E-ivan-petrov")  # the entity that absorbed it
    page.goto(reader.url + "/entities")
    assert "Vanya Pietrow" not in page.locator("main").inner_text().split("Ivan Petrov")[0]
    page.goto(reader.url + "/entities/E-ivan-petrov")
    assert "Vanya Pietrow" in page.locator("dl.scripts").inner_text()
    assert "corrected by Ada" in page.locator(".ent-head").inner_text()

    build_db(db, docs)  # a rebuild: still merged
    page.goto(reader.url + "/entities/E-ivan-petrov")
    assert "Vanya Pietrow" in page.locator("dl.scripts").inner_text()

    prefix = "An editor's note, added later, that shifts every offset.\n\n"
    (docs / "narvik.txt").write_text(prefix + NARVIK, encoding="utf-8")
    build_db(db, docs)
    page.goto(reader.url + "/entities/E-ivan-petrov")
    assert "Vanya Pietrow" in page.locator("dl.scripts").inner_text()
    page.goto(reader.url + "/history")
    row = page.locator("tr.correction").first
    assert "moved" in row.inner_text() and "Vanya Pietrow" in row.inner_text()

    (docs / "narvik.txt").write_text(prefix + NARVIK.replace(" The old soldier Vanya Pietrow died in 1930.", ""),
                                     encoding="utf-8")
    report = build_db(db, docs)
    assert len(report.corrections.orphaned) == 1
    page.goto(reader.url + "/history")
    orphan = page.locator("tr.status-orphaned")
    assert orphan.count() == 1 and "Vanya Pietrow" in orphan.inner_text()
    assert "1 orphaned" in page.locator(".orphan-count").inner_text()
    assert page.errors == [] and page.console_errors == []


def test_reject_an_event_and_it_leaves_timeline_and_conflicts(page, editing):
    reader, db, docs = editing
    page.goto(reader.url + "/conflicts")
    assert page.locator("article.conflict").count() == 1
    before = _timeline_texts(page, reader.url)
    assert sum("9 May 1926" in t for t in before) == 1
    row = page.locator("#edit-timeline li.edit-event", has_text="9 May 1926")
    row.locator("form.reject-event input[name=reason]").fill("a misdated copy")
    row.locator("form.reject-event button").click()
    page.wait_for_url("**/timeline")
    after = page.locator("#timeline-list li.tl-entry").all_inner_texts()
    assert len(after) == len(before) - 1 and not any("9 May 1926" in t for t in after)
    page.goto(reader.url + "/conflicts")
    assert page.locator("article.conflict").count() == 0
    build_db(db, docs)
    assert not any("9 May 1926" in t for t in _timeline_texts(page, reader.url))
    page.goto(reader.url + "/conflicts")
    assert page.locator("article.conflict").count() == 0
    assert page.errors == [] and page.console_errors == []


def test_a_form_without_its_token_is_refused(page, editing):
    reader, db, _ = editing
    page.goto(reader.url + "/timeline")
    page.evaluate("document.querySelectorAll('#edit-timeline input[name=csrf]').forEach(e => e.remove())")
    page.locator("#edit-timeline form.reject-event button").first.click()
    page.wait_for_load_state()
    assert "403" in page.title() or "token" in page.locator("main").inner_text()
    page.goto(reader.url + "/history")
    assert page.locator("tr.correction").count() == 0


def test_select_text_in_a_document_and_add_an_event(page, editing):
    reader, db, docs = editing
    page.goto(reader.url + "/documents/narvik.txt")
    assert page.locator("body.page-document main #edit-document").count() == 1  # inside the page, not its tags
    # select the word "arrived" in the document text: the span fields fill in
    page.evaluate("""() => {
      const root = document.getElementById('doc-text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let n; while ((n = walker.nextNode())) { const i = n.nodeValue.indexOf('arrived');
        if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 7);
          const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); break; } }
      document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    form = page.locator("form.add-event")
    start = int(form.locator("input[name=start]").input_value())
    assert NARVIK[start:start + 7] == "arrived"
    form.locator("input[name=type]").fill("movement")
    form.locator("input[name=value]").fill("1921-03-02")
    form.locator("button").click()
    page.wait_for_url("**/documents/narvik.txt")
    assert any("2 March 1921" in t for t in _timeline_texts(page, reader.url))


def test_without_edit_no_controls_and_no_write_route(page, corpus):
    reader = Reader(corpus[0], edit=False)
    try:
        for path in ["/documents/narvik.txt", "/entities/E-ivan-petrov", "/timeline", "/conflicts", "/history"]:
            page.goto(reader.url + path)
            assert page.locator("form.edit-form, .edit-panel, input[name=csrf]").count() == 0, path
            for target in [path, "/edit/correct"]:
                r = page.request.post(reader.url + target, form={"kind": "reject-event", "event": "t1"})
                assert r.status in (404, 405), (target, r.status)
        assert page.errors == [] and page.console_errors == []
    finally:
        reader.stop()

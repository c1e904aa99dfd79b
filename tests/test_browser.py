"""The reader in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium; `make test`
installs it, nothing downloads a browser). The app runs under uvicorn in a thread on a free local port.
Without Chromium these tests FAIL, saying so: they are part of what the reader promises."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from test_web import WEB, build_fixture_db

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """The reader over one database, served by uvicorn in a thread until `stop`."""

    def __init__(self, db: Path):
        import uvicorn

        from historiograph.web import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
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


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. Install it with "
                    "`make browser-deps` (or `make test`, which does), i.e. apt-get install chromium chromium-driver.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is missing: pip install -r requirements-test.txt")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    pg.errors = []  # uncaught exceptions in the page
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.console_errors = []  # console errors, Content-Security-Policy violations among them
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.add_init_script("document.addEventListener('securitypolicyviolation', e => console.error("
                       "'CSP violation', e.violatedDirective, e.sourceFile, e.lineNumber))")
    yield pg
    context.close()


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "fixture.db"
    build_fixture_db(db)
    site = Served(db)
    yield site
    site.stop()


# ---- on the hand-annotated fixture corpus -------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/documents/narva-crossing.txt", "/entities", "/entities/helsinki",
                                  "/timeline", "/graph", "/map", "/conflicts", "/search?q=Aalto"])
def test_pages_load_cleanly_under_the_strict_policy(page, fixture_site, path):
    page.goto(fixture_site.url + path)
    if path in ("/timeline", "/graph"):
        page.wait_for_selector('.chart[data-ready="1"]')
    page.wait_for_load_state("networkidle")
    assert page.errors == [] and page.console_errors == []


def test_click_a_name_lands_on_its_entity_page(page, fixture_site):
    page.goto(fixture_site.url + "/documents/narva-crossing.txt")
    page.locator("#doc-text a.m.k-person", has_text="Viktor Aalto").first.click()
    page.wait_for_url("**/entities/viktor-aalto")
    assert page.locator("h1").inner_text().strip() == "Viktor Aalto"
    assert "Виктор Аалто" in page.locator("dl.scripts").inner_text()
    assert page.errors == []


def test_a_footnote_opens_its_reference(page, fixture_site):
    page.goto(fixture_site.url + "/documents/narva-crossing.txt")
    marker = page.locator("#doc-text details.fn").nth(1)
    pop = marker.locator(".fn-pop")
    assert not pop.is_visible()
    marker.locator("summary").click()
    assert pop.is_visible()
    text = pop.inner_text()
    assert "The Engineer Who Crossed: Aalto and the Forts" in text and "Nordic Review" in text and "110" in text
    page.keyboard.press("Escape")
    assert not pop.is_visible()


def test_a_date_shows_its_value_on_focus(page, fixture_site):
    page.goto(fixture_site.url + "/documents/narva-crossing.txt")
    date = page.locator("#doc-text .t", has_text="17 May 1921")
    date.focus()
    shown = page.evaluate("el => getComputedStyle(el, '::after').content", date.element_handle())
    assert shown == '"1921-05-17"'


def test_a_character_address_highlights_exactly_those_characters(page, fixture_site):
    text = (WEB / "narva-crossing.txt").read_text(encoding="utf-8")
    start = text.index("Aalto was arrested")
    end = start + len("Aalto was arrested by the Okhrana in 1923")
    page.goto(f"{fixture_site.url}/documents/narva-crossing.txt#c{start}-{end}")
    page.wait_for_selector("#doc-text mark.hl")
    marked = "".join(page.locator("#doc-text mark.hl").all_inner_texts())
    assert marked == text[start:end]
    # across a footnote marker and into the next line, with Cyrillic after it
    start2, end2 = text.index("1923,[2]"), text.index("Аалто") + 5
    page.goto(f"{fixture_site.url}/documents/narva-crossing.txt#c{start2}-{end2}")
    page.wait_for_function(f"document.getElementById('doc-text').dataset.highlight === '{start2}-{end2}'")
    assert "".join(page.locator("#doc-text mark.hl").all_inner_texts()) == text[start2:end2]


def test_the_timeline_draws_spans_and_opens_sources(page, fixture_site):
    page.goto(fixture_site.url + "/timeline")
    page.wait_for_selector('#timeline-chart[data-ready="1"]')
    assert page.locator(".vis-item.vis-box, .vis-item.vis-range").count() == 7
    decade = page.locator(".vis-item.vis-range.prec-decade.cert-disputed")
    day = page.locator(".vis-item.vis-box.prec-day.type-defection")
    assert decade.count() == 1 and day.count() == 1
    assert decade.bounding_box()["width"] > 5 * page.locator(".vis-item.vis-range.prec-year").first.bounding_box()["width"]
    day.click()
    detail = page.locator("#timeline-detail")
    assert detail.is_visible() and "crossed the border near Terijoki" in detail.inner_text()
    detail.locator("a.evidence").click()
    page.wait_for_url("**/documents/narva-crossing.txt#c*")
    page.wait_for_selector("#doc-text mark.hl")
    assert "crossed the border" in "".join(page.locator("#doc-text mark.hl").all_inner_texts())
    assert page.errors == []


def test_the_timeline_filters(page, fixture_site):
    page.goto(fixture_site.url + "/timeline")
    page.select_option('select[name="entity"]', "okhrana")
    page.click("form.filters button")
    page.wait_for_url("**/timeline?entity=okhrana*")
    assert page.locator("#timeline-list > li").count() == 2
    page.wait_for_selector('#timeline-chart[data-ready="1"]')
    assert page.locator(".vis-item.vis-box, .vis-item.vis-range").count() == 2


def test_a_graph_node_opens_its_page(page, fixture_site):
    page.goto(fixture_site.url + "/graph")
    page.wait_for_selector('#graph-chart[data-ready="1"]')
    pos = page.evaluate("() => window.historiographGraph.getElementById('okhrana').renderedPosition()")
    box = page.locator("#graph-chart").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_url("**/entities/okhrana")
    assert page.locator("h1").inner_text().strip() == "Okhrana"


def test_a_place_on_the_map_opens_its_page(page, fixture_site):
    page.goto(fixture_site.url + "/map")
    page.locator('svg.basemap .places a[href="/entities/terijoki"] circle').click()
    page.wait_for_url("**/entities/terijoki")
    assert page.locator("svg.basemap circle").count() == 1


def test_a_document_carrying_a_script_tag_runs_nothing(page, fixture_site):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    console = []
    page.on("console", lambda m: console.append(m.text))
    page.goto(fixture_site.url + "/documents/hostile.txt")
    text = page.locator("#doc-text").inner_text()
    assert "<script>alert(1)</script>" in text and '<a href="javascript:alert(1)">click me</a>' in text
    assert page.locator("#doc-text script").count() == 0 and page.locator("#doc-text img").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    page.locator("#doc-text details.fn summary").first.click()
    assert "<script>alert(3)</script>" in page.locator("#doc-text .fn-pop").first.inner_text()
    for el in page.locator("#doc-text a, #doc-text span").all()[:50]:
        el.hover()
    page.goto(fixture_site.url + "/entities/mallory-quint")
    page.goto(fixture_site.url + "/timeline")
    page.wait_for_selector('#timeline-chart[data-ready="1"]')
    page.locator(".vis-item.type-publication:is(.vis-box, .vis-range)").last.click()
    page.goto(fixture_site.url + "/search?q=alert")
    assert dialogs == [] and page.errors == []
    assert page.evaluate("() => typeof window.alert") == "function"


def test_the_pages_work_without_script(browser, fixture_site):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(fixture_site.url + "/timeline")
    assert pg.locator("#timeline-list > li").count() == 7
    pg.goto(fixture_site.url + "/documents/narva-crossing.txt")
    pg.locator("#doc-text details.fn summary").first.click()
    assert "The Engineer Who Crossed" in pg.locator("#doc-text .fn-pop").first.inner_text()
    context.close()


# ---- a document with script in it, through the real pipeline ------------------------------------

@pytest.fixture(scope="module")
def pipeline_site(tmp_path_factory):
    from historiograph.build import build
    from historiograph.store import Corpus

    db = tmp_path_factory.mktemp("browser-pipeline") / "hostile.db"
    with Corpus(db) as corpus:
        report = build(corpus, [WEB / "hostile.txt"], jobs=1)
    assert report.added, report
    site = Served(db)
    yield site
    site.stop()


def test_a_script_tag_through_the_pipeline_is_text(page, pipeline_site):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(pipeline_site.url + "/")
    page.locator("table.documents a").first.click()
    text = page.locator("#doc-text").inner_text()
    assert "<script>alert(1)</script>" in text
    assert page.locator("#doc-text script, #doc-text img").count() == 0
    for marker in page.locator("#doc-text details.fn summary").all():
        marker.click()
    assert dialogs == [] and page.errors == []


# ---- on the sample texts ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_site(seeds_annotated, tmp_path_factory):
    from historiograph.corpus import build_corpus
    from historiograph.store import Corpus

    db = tmp_path_factory.mktemp("browser-seeds") / "seeds.db"
    with Corpus(db) as corpus:
        for ad in seeds_annotated.values():
            corpus.put(ad.to_json(), path=ad.document.source)
        corpus.put_corpus(build_corpus(corpus.all_annotated()))
    site = Served(db)
    yield site
    site.stop()


def _open_first_document_with(page, site, selector: str) -> None:
    page.goto(site.url + "/")
    for href in page.locator("table.documents td > a").evaluate_all("els => els.map(e => e.getAttribute('href'))"):
        page.goto(site.url + href)
        if page.locator(selector).count():
            return
    raise AssertionError(f"no document of the corpus has {selector}")


@pytest.mark.shared
def test_seeds_click_a_name_lands_on_its_entity_page(page, seeds_site):
    _open_first_document_with(page, seeds_site, "#doc-text a.m.k-person")
    name = page.locator("#doc-text a.m.k-person", has_text="Lyushkov").first
    href = name.get_attribute("href")
    name.click()
    page.wait_for_url(f"**{href}")
    assert "Lyushkov" in page.locator("h1").inner_text()
    assert page.locator(".mentioned-in a.hit").count() >= 1


@pytest.mark.shared
def test_seeds_timeline_shows_the_1938_defection(page, seeds_site):
    page.goto(seeds_site.url + "/timeline")
    entries = page.locator("#timeline-list > li.type-defection")
    dates = entries.locator("time.tl-date").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert any((d or "").startswith("1938") for d in dates), dates
    page.wait_for_selector('#timeline-chart[data-ready="1"]')
    drawn = page.locator(".vis-item.type-defection:is(.vis-box, .vis-range)")
    assert drawn.count() >= 1
    drawn.first.click()
    assert page.locator("#timeline-detail a.evidence").count() >= 1


@pytest.mark.shared
def test_seeds_footnote_shows_coox(page, seeds_site):
    _open_first_document_with(page, seeds_site, "#doc-text details.fn")
    marker = page.locator("#doc-text details.fn", has=page.locator("summary", has_text="[8]")).first
    marker.locator("summary").click()
    assert "L'Affaire Lyushkov" in marker.locator(".fn-pop").inner_text()

"""The reader: a local, read-only web app over one corpus database.

Every page has a JSON twin (append `.json`) built from the same `views` function. Pages are rendered by
Jinja2 with autoescaping; document text is escaped character by character (`highlight`). A strict
Content-Security-Policy allows only this app's own scripts and styles, so even a document carrying
`<script>` could run nothing. Static files come only from the package's static folder.
"""
from __future__ import annotations

import gc
import logging
import os
import re
import threading
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..model import CorpusTables
from ..store import Corpus
from . import edit as edit_mode
from . import fragments
from . import views
from .annotated_text import text_html
from .bibliography import bibliography_page
from .geo import map_svg_data
from .connections import ReadConnections
from .pagecache import PageCache, ResponseCache

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
VENDOR_FILES = {"timeline": ("moment.min.js", "vis-data.min.js", "vis-timeline.min.js", "vis-timeline.min.css"),
                "graph": ("cytoscape.min.js",)}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin",
           "Cross-Origin-Resource-Policy": "same-origin"}


class PackageStatic(StaticFiles):
    """The package's static files, never a hidden file (".gitignore") and never outside the folder."""

    def lookup_path(self, path: str):
        if any(part.startswith(".") for part in Path(path).parts):
            return "", None
        return super().lookup_path(path)


def vendor_available() -> dict[str, bool]:
    """Which front-end libraries `make web-assets` put in static/vendor (the pages degrade without them)."""
    return {k: all((STATIC / "vendor" / f).is_file() for f in files) for k, files in VENDOR_FILES.items()}


_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(Environment):
    """Jinja's environment with `d.name` on a dict read as ``d["name"]`` first. Jinja tries the attribute
    first, and for a dict that fails with an AttributeError before it reads the item: a document page
    does so about a thousand times. Names of dict attributes (``items``, ``get``...) are left to Jinja, so
    every template means what it meant."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def _templates() -> Jinja2Templates:
    # auto_reload off: the package's templates do not change under a running reader, and checking them
    # costs a stat() of every template of a page on every request
    env = _Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True, auto_reload=False)
    env.globals.update(fragments.GLOBALS)
    return Jinja2Templates(env=env)


def _page_or_twin(corpus: Corpus, view: Callable[[Corpus, str], dict[str, Any] | None],
                  name: str) -> tuple[dict[str, Any] | None, bool]:
    """(data, as_json) for /kind/NAME or its JSON twin /kind/NAME.json. The name itself is tried first:
    a document may really be called "notes.json"."""
    found = view(corpus, name)
    if found is not None:
        return found, False
    key, as_json = _split_json(name)
    return (view(corpus, key), True) if as_json else (None, False)


def _page_url(request: Request, offset: int) -> str:
    """This page's URL at another offset (the pager's links), other parameters kept."""
    params = dict(request.query_params)
    params["offset"] = str(offset)
    return request.url.path + "?" + urlencode(params)


def _all_works(corpus: Corpus):
    offset = 0
    while True:
        page = corpus.works_page(offset, 1000)
        yield from page.rows
        if page.as_dict()["next"] is None:
            return
        offset += 1000


def _split_json(name: str) -> tuple[str, bool]:
    return (name[:-5], True) if name.endswith(".json") else (name, False)


# the pages computed from the page cache (their responses are kept whole too: pagecache.ResponseCache)
OVERVIEW_PATHS = {p + ext for p in ("/documents", "/entities", "/timeline", "/graph", "/map", "/bibliography",
                                    "/conflicts", "/search") for ext in ("", ".json")} | {"/"}

YEAR = re.compile(r"-?[0-9]{1,6}")

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
ANY_ADDRESS = {"0.0.0.0", "::", ""}


def allowed_hosts(bind: str) -> set[str] | None:
    """Host header names the reader answers, from the address it binds: on a loopback address only
    loopback names, so a page whose DNS name is rebound to 127.0.0.1 cannot read the corpus. Bound to
    every address (`--host 0.0.0.0`, the user's choice to expose it) any name is answered."""
    bind = bind.strip("[]")
    if bind in ANY_ADDRESS:
        return None
    return LOOPBACK_NAMES | {bind.lower()}


def _host_name(header: str) -> str:
    header = header.strip().lower()
    if header.startswith("["):  # [::1]:8000
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class SecurityHeaders:
    """The Host check, then the security headers on every response, errors included. A plain ASGI
    middleware: Starlette's `@app.middleware("http")` runs each request through a task group and a
    memory stream, which costs more than a cached page itself under twenty concurrent readers."""

    def __init__(self, app, hosts: set[str] | None):
        self.app = app
        self.hosts = hosts
        self.raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.hosts is not None:
            name = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), None)
            if name is not None and _host_name(name) not in self.hosts:
                return await self._plain(send, 421, "this reader answers only on its own address\n")
        started = False

        async def with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((k, v) for k, v in self.raw if k not in have)]}
            await send(message)

        try:
            await self.app(scope, receive, with_headers)
        except Exception:  # a bug in a view: a plain 500 that still carries the headers
            logging.getLogger("historiograph.web").exception("error serving %s", scope.get("path"))
            if started:
                raise
            await self._plain(send, 500, "internal error\n")

    async def _plain(self, send, status: int, text: str) -> None:
        body = text.encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                (b"content-length", str(len(body)).encode()), *self.raw]})
        await send({"type": "http.response.body", "body": body})


def warm_up() -> None:
    """Load, before the first reader waits for it, what pages would otherwise load on first use: the name
    tables and the gazetteer behind an entity page's "why joined" (~3 s; twenty readers would queue behind
    it under load)."""
    from ..corpus.entities import explain
    from ..model import CorpusEntity

    for label in ("PERSON", "GPE"):  # the name parser; the alias table and the gazetteer
        explain(CorpusEntity(id="warm-up", name="Anna Lis", label=label, aliases=["A. Lis"]), {})


def create_app(db_path: str | Path, host: str = "127.0.0.1", edit: bool = False, author: str | None = None,
               warm: bool = False) -> FastAPI:
    """The reader over the corpus database at `db_path`, opened read-only on every request; it answers
    only requests addressed to `host` (the address it is served on) or a loopback name. With `edit`,
    forms make corrections (historiograph.web.edit: the one route that writes). With `warm` (`serve`),
    a background thread computes the overview pages' first pages before anyone asks for them."""
    db = Path(db_path)
    Corpus(db, readonly=True).close()  # fail now, with the store's message, if it is not a corpus
    warm_up()
    app = FastAPI(title="historiograph reader", docs_url=None, redoc_url=None, openapi_url=None)
    templates = _templates()
    vendor = vendor_available()
    hosts = allowed_hosts(host)

    if not edit:  # added first: inside the Host check and the security headers
        app.add_middleware(ResponseCache, db=db, paths=OVERVIEW_PATHS)
    app.add_middleware(SecurityHeaders, hosts=hosts)

    app.mount("/static", PackageStatic(directory=STATIC, follow_symlink=False), name="static")

    cache = PageCache(db)
    connections = ReadConnections(db, cache.stamp)

    def cached(fn: Callable[..., Any], *args: Any, key: Any = None) -> Any:
        """An overview page's data, once per state of the database (pagecache)."""
        return cache.get((key or fn.__name__, args), lambda: with_corpus(fn, *args))

    def with_corpus(fn: Callable[..., Any], *args: Any) -> Any:
        with connections.corpus() as corpus:
            return fn(corpus, *args)

    def page(request: Request, template: str, data: dict[str, Any] | None, as_json: bool, title: str,
             json_url: str, **extra: Any) -> Response:
        if data is None:
            raise HTTPException(404, "not in this corpus")
        if as_json:
            return JSONResponse(data)
        return templates.TemplateResponse(request, template, {
            "data": data, "title": title, "json_url": json_url, "vendor": vendor, "corpus_name": db.name,
            "q": request.query_params.get("q", ""), "page_url": lambda offset: _page_url(request, offset), **extra})

    def json_url(request: Request, path: str) -> str:
        qs = request.url.query
        return path + (f"?{qs}" if qs else "")

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException):
        if request.url.path.endswith(".json") or request.url.path.startswith("/static/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {
            "status": exc.status_code, "detail": exc.detail, "title": f"{exc.status_code}", "json_url": None,
            "vendor": vendor, "corpus_name": db.name, "q": ""}, status_code=exc.status_code)

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, offset: int = 0, limit: int | None = None):
        data = cached(views.documents_page, offset, limit)
        return page(request, "documents.html", data, False, "Documents", "/documents.json")

    @app.get("/documents.json")
    def documents_json(offset: int = 0, limit: int | None = None):
        return JSONResponse(cached(views.documents_page, offset, limit))

    @app.get("/documents", response_class=HTMLResponse)
    def documents(request: Request, offset: int = 0, limit: int | None = None):
        return home(request, offset, limit)

    @app.get("/documents/{name:path}")
    def document(request: Request, name: str):
        data, as_json = with_corpus(_page_or_twin, views.document_page, name)
        if data is None:
            raise HTTPException(404, "no such document in this corpus")
        title = data["metadata"].get("title") or data["key"]
        extra = {} if as_json else {"text_html": text_html(data)}
        return page(request, "document.html", data, as_json, title, data["url"] + ".json", **extra)

    @app.get("/entities.json")
    def entities_json(label: str | None = None, offset: int = 0, limit: int | None = None):
        return JSONResponse(cached(views.entities_page, label, offset, limit))

    @app.get("/entities", response_class=HTMLResponse)
    def entities(request: Request, label: str | None = None, offset: int = 0, limit: int | None = None):
        data = cached(views.entities_page, label, offset, limit)
        return page(request, "entities.html", data, False, "Entities", json_url(request, "/entities.json"))

    @app.get("/entities/{name:path}")
    def entity(request: Request, name: str, offset: int = 0, limit: int | None = None):
        data, as_json = with_corpus(_page_or_twin, lambda c, n: views.entity_page(c, n, offset, limit), name)
        if data is None:
            raise HTTPException(404, "no such entity in this corpus")
        extra = {}
        if not as_json and data["coordinates"]:
            point = {**data["coordinates"], "name": data["name"], "url": views.entity_url(data["id"])}
            extra["map"] = map_svg_data([point], width=560, min_span=30.0, grid=5.0)
        return page(request, "entity.html", data, as_json, data["name"],
                    views.entity_url(data["id"]) + ".json", **extra)

    def timeline_data(*args: Any) -> dict[str, Any]:
        """A timeline page (entity, type, all, offset, limit), its filter lists read once for all pages."""
        filters = cached(views.timeline_filters)
        return cache.get(("timeline_page", args), lambda: with_corpus(views.timeline_page, *args, filters))

    @app.get("/timeline.json")
    def timeline_json(entity: str | None = None, type: str | None = None, all: bool = False, offset: int = 0,
                      limit: int | None = None):
        return JSONResponse(timeline_data(entity, type, all, offset, limit))

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, entity: str | None = None, type: str | None = None, all: bool = False,
                 offset: int = 0, limit: int | None = None):
        data = timeline_data(entity, type, all, offset, limit)
        return page(request, "timeline.html", data, False, "Timeline", json_url(request, "/timeline.json"))

    @app.get("/timeline/events/{entry_id:path}")
    def timeline_event(entry_id: str):
        """Where an event is listed: the page of the whole timeline that holds it (views.event_url)."""
        rank = with_corpus(lambda c: c.timeline_rank(entry_id))
        if rank is None:
            raise HTTPException(404, "no such event on this corpus's timeline")
        offset = rank // views.TIMELINE_PAGE * views.TIMELINE_PAGE
        return RedirectResponse(f"/timeline?all=1&offset={offset}#" + quote(f"ev-{entry_id}", safe=""),
                                status_code=303)

    @app.get("/graph.json")
    def graph_json(focus: str | None = None, nodes: int | None = None):
        return JSONResponse(cached(views.graph_page, focus or None, nodes))

    @app.get("/graph", response_class=HTMLResponse)
    def graph(request: Request, focus: str | None = None, nodes: int | None = None):
        return page(request, "graph.html", cached(views.graph_page, focus or None, nodes), False, "Graph",
                    json_url(request, "/graph.json"))

    def year(value: str | None) -> int | None:
        """A year typed into the map's period: ASCII digits, one optional minus ("--5" or "²" is none)."""
        value = (value or "").strip()
        return int(value) if YEAR.fullmatch(value) else None

    @app.get("/map.json")
    def map_json(request: Request):
        q = request.query_params
        return JSONResponse(cached(views.map_page, year(q.get("from")), year(q.get("to"))))

    @app.get("/map", response_class=HTMLResponse)
    def map_(request: Request):
        q = request.query_params
        data = cached(views.map_page, year(q.get("from")), year(q.get("to")))
        points = [{**p, "url": "#" + p["anchor"]} for p in data["places"]]
        return page(request, "map.html", data, False, "Map", json_url(request, "/map.json"),
                    map=map_svg_data(points))

    @app.get("/bibliography.json")
    def bibliography_json(style: str | None = None, offset: int = 0, limit: int | None = None):
        return JSONResponse(cached(lambda c: bibliography_page(c, style, views.Addresses(c), offset, limit), key=("bibliography", style, offset, limit)))

    @app.get("/bibliography", response_class=HTMLResponse)
    def bibliography(request: Request, style: str | None = None, offset: int = 0, limit: int | None = None):
        data = cached(lambda c: bibliography_page(c, style, views.Addresses(c), offset, limit), key=("bibliography", style, offset, limit))
        return page(request, "bibliography.html", data, False, "Bibliography",
                    json_url(request, "/bibliography.json"))

    @app.get("/bibliography.{fmt}")
    def bibliography_download(fmt: str):
        from ..export import export as run_export

        kinds = {"csl.json": ("csl-json", "application/vnd.citationstyles.csl+json"),
                 "bib": ("bibtex", "application/x-bibtex; charset=utf-8")}
        if fmt not in kinds:
            raise HTTPException(404, "no such download")
        name, media = kinds[fmt]
        # every work, read a page at a time; a bibliography download reads no other corpus table
        body = with_corpus(lambda c: run_export(name, CorpusTables(works=list(_all_works(c))), []))
        return Response(body, media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="bibliography.{fmt}"'})

    @app.get("/conflicts.json")
    def conflicts_json(offset: int = 0, limit: int | None = None, kind: str | None = None):
        return JSONResponse(cached(views.conflicts_page, offset, limit, kind))

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts(request: Request, offset: int = 0, limit: int | None = None, kind: str | None = None):
        return page(request, "conflicts.html", cached(views.conflicts_page, offset, limit, kind), False,
                    "Conflicts", json_url(request, "/conflicts.json"))

    @app.get("/search.json")
    def search_json(q: str | None = None, offset: int = 0, limit: int | None = None):
        return JSONResponse(cached(views.search_page, q, offset, limit))

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str | None = None, offset: int = 0, limit: int | None = None):
        return page(request, "search.html", cached(views.search_page, q, offset, limit), False, "Search",
                    json_url(request, "/search.json"))

    def warm_pages() -> None:
        """The overview pages as their routes ask for them without parameters, into the page cache."""
        for fn, args in ((views.documents_page, (0, None)), (views.entities_page, (None, 0, None)),
                         (timeline_data, (None, None, False, 0, None)), (views.graph_page, (None, None)),
                         (views.map_page, (None, None)), (views.conflicts_page, (0, None, None))):
            try:
                fn(*args) if fn is timeline_data else cached(fn, *args)
            except Exception:  # a page that fails fails again, visibly, when a reader asks for it
                logging.getLogger("historiograph.web").exception("warming %s", fn.__name__)
        try:
            cached(lambda c: bibliography_page(c, None, views.Addresses(c), 0, None), key=("bibliography", None, 0, None))
        except Exception:
            logging.getLogger("historiograph.web").exception("warming the bibliography")

    app.state.page_cache = cache
    app.state.connections = connections
    if warm:
        # What the reader loaded to start (name tables, gazetteer: ~100k objects) lives as long as it
        # does; frozen, Python's full collections no longer walk it. Unfrozen, each took ~200 ms, and
        # under load every request in flight waited for it. Collected first: garbage alive at this moment
        # would be frozen with it and never freed.
        gc.collect()
        gc.freeze()
        app.state.warming = threading.Thread(target=warm_pages, name="historiograph-warm", daemon=True)
        app.state.warming.start()

    edit_mode.install(app, templates, db, edit, author, page)
    from .ask import router as ask_router

    app.include_router(ask_router(db, templates, {"vendor": vendor, "corpus_name": db.name}))
    return app



APP_ENV = {"db": "HISTORIOGRAPH_READER_DB", "host": "HISTORIOGRAPH_READER_HOST"}


def app_from_environment() -> FastAPI:
    """The read-only reader of `serve --workers N`: each worker process calls this (uvicorn's factory) and
    finds the corpus and the bind address in the environment `serve` set. Never edit mode: corrections
    have one writer."""
    return create_app(os.environ[APP_ENV["db"]], host=os.environ.get(APP_ENV["host"], "127.0.0.1"), warm=True)

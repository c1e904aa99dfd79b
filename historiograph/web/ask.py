"""The reader's Ask page: a question box over `historiograph.ask` (the same code as `historiograph ask`).

/ask?q=... renders the answer, each statement with links to the cited characters (#c{start}-{end} on the
document page, which highlights them) and the footnote's reference; /ask.json?q=... is its JSON twin.
Offline only: the reader never calls an LLM.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from ..store import Corpus
from . import views

MAX_QUESTION = 500


def ask_page(corpus: Corpus, q: str | None) -> dict[str, Any]:
    q = (q or "").strip()[:MAX_QUESTION]
    if not q:
        return {"q": "", "result": None}
    from ..ask import NoIndex, ask

    try:
        result = ask(corpus, q)
    except NoIndex as exc:
        return {"q": q, "result": None, "error": str(exc)}
    addr = views.Addresses(corpus)
    for s in result["statements"] + [{"citations": c["evidence"]} for c in result["conflicts"]]:
        for c in s["citations"]:
            c["url"] = addr.span(c["source"], c["start"], c["end"])
            c["key"] = addr.key(c["source"])
    return {"q": q, "result": result}


def router(db: Path, templates, context: dict[str, Any]) -> APIRouter:
    """Routes /ask and /ask.json over the database at `db`; `context` is what every page template gets."""
    r = APIRouter()

    def data(q: str | None) -> dict[str, Any]:
        corpus = Corpus(db, readonly=True)
        try:
            return ask_page(corpus, q)
        finally:
            corpus.close()

    @r.get("/ask.json")
    def ask_json(q: str | None = None):
        return JSONResponse(data(q))

    @r.get("/ask", response_class=HTMLResponse)
    def ask_html(request: Request, q: str | None = None):
        json_url = "/ask.json" + (f"?{request.url.query}" if request.url.query else "")
        return templates.TemplateResponse(request, "ask.html", {
            **context, "data": data(q), "title": "Ask", "json_url": json_url, "q": ""})

    return r

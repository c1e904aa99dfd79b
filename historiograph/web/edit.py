"""The reader's edit mode (`historiograph serve --edit`): forms that make corrections, and the history page.

Only `install(..., edit=True)` adds a route that writes: POST /edit/correct, the one door, which checks the
per-session token (CSRF) and the Origin, builds a correction from the form and hands it to
`corrections.submit` (which validates it, appends it to the corrections file and applies it). Without
--edit that route does not exist (404) and every page route answers POST with 405. The history page
(read-only: corrections and where they stand, orphans first) is there in both modes; its undo buttons
only in edit mode.
"""
from __future__ import annotations

import getpass
import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..corrections import CorrectionError, make, submit, undo
from ..store import Corpus
from .views import entity_url

COOKIE = "hg_edit_session"
MAX_FORM = 64 * 1024
_INTS = ("start", "end", "conflict")
_TEXT = ("entity", "other", "event", "source", "label", "name", "type", "value", "mod", "certainty", "verdict")


def history_page(corpus: Corpus) -> dict[str, Any]:
    rows = corpus.corrections()
    order = {"orphaned": 0, "unapplied": 1}
    return {"corrections": sorted(rows, key=lambda r: order.get(r["status"], 2)),
            "orphaned": sum(r["status"] == "orphaned" for r in rows),
            "active": [r["id"] for r in rows if r["status"] in ("applied", "moved", "unapplied", "orphaned", "undo")]}


def _participants(text: str) -> list[dict[str, str]]:
    """"agent=Ivan Petrov; patient=Anna Lind" -> [{role, name}]."""
    out = []
    for part in text.replace("\n", ";").split(";"):
        role, _, name = part.partition("=")
        if part.strip():
            if not name.strip():
                raise CorrectionError(f"{part.strip()!r}: write a participant as role=name")
            out.append({"role": role.strip(), "name": name.strip()})
    return out


def _safe_next(value: str) -> str:
    """Back to a page of this reader only (never //host or a scheme)."""
    return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else "/history"


def install(app: FastAPI, templates: Jinja2Templates, db: Path, edit: bool, author: str | None = None,
            page=None) -> None:
    router = APIRouter()
    secret = secrets.token_bytes(32)
    author = author or os.environ.get("HISTORIOGRAPH_AUTHOR") or getpass.getuser() or "reader"

    def token_for(session: str) -> str:
        return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()

    def csrf_token(request: Request) -> str:
        session = request.cookies.get(COOKIE) or getattr(request.state, "edit_session", "")
        return token_for(session)

    def read_history() -> dict[str, Any]:
        corpus = Corpus(db, readonly=True)
        try:
            return history_page(corpus)
        finally:
            corpus.close()

    @router.get("/history.json")
    def history_json():
        return JSONResponse(read_history())

    @router.get("/history")
    def history(request: Request):
        return page(request, "history.html", read_history(), False, "Corrections", "/history.json")

    if edit:
        templates.env.globals.update(edit_mode=True, csrf_token=csrf_token, edit_author=author)

        @app.middleware("http")
        async def edit_session(request: Request, call_next):
            new = None
            if not request.cookies.get(COOKIE):
                new = secrets.token_urlsafe(24)
                request.state.edit_session = new
            response = await call_next(request)
            if new:
                response.set_cookie(COOKIE, new, httponly=True, samesite="strict", path="/")
            return response

        @router.post("/edit/correct")
        async def correct(request: Request):
            if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
                raise HTTPException(415, "a correction comes from a form")
            origin = request.headers.get("origin")
            if origin and origin not in ("null",) and origin != f"{request.url.scheme}://{request.headers.get('host')}":
                raise HTTPException(403, "a correction must come from this reader's own pages")
            body = await request.body()
            if len(body) > MAX_FORM:
                raise HTTPException(413, "form too large")
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
            session = request.cookies.get(COOKIE)
            if not session or not hmac.compare_digest(form.get("csrf", ""), token_for(session)):
                raise HTTPException(403, "this form has no valid token for this session; reload the page")
            corpus = Corpus(db)
            try:
                made, report = _from_form(corpus, form, author)
                goto = _safe_next(form.get("next", "/history"))
                if made.kind in ("merge", "rename", "relabel") and goto.startswith("/entities/"):
                    goto = _entity_now(corpus, report, made.id) or goto  # its id may have changed
            except CorrectionError as exc:
                raise HTTPException(400, f"not corrected: {exc}") from None
            finally:
                corpus.close()
            if request.headers.get("accept", "").startswith("application/json"):
                return JSONResponse({"id": made.id, "kind": made.kind}, status_code=201)
            return RedirectResponse(goto, status_code=303)

    app.include_router(router)


def _from_form(corpus: Corpus, form: dict[str, str], default_author: str):
    """The correction a form describes, submitted (the one write function)."""
    kind = form.get("kind", "")
    who = (form.get("author") or default_author).strip()
    reason = form.get("reason", "")
    if kind == "undo":
        return undo(corpus, form.get("reverts", ""), who, reason)
    kw: dict[str, Any] = {k: form[k].strip() for k in _TEXT if form.get(k, "").strip()}
    for k in _INTS:
        if form.get(k, "").strip():
            try:
                kw[k] = int(form[k])
            except ValueError:
                raise CorrectionError(f"{k} must be a number") from None
    if form.get("participants", "").strip():
        kw["participants"] = _participants(form["participants"])
    if "source" in kw:
        kw["source"] = corpus.resolve_key(kw["source"]) or kw["source"]
    if "label" in kw:
        kw["label"] = kw["label"].upper()
    return submit(corpus, make(corpus, kind, author=who, reason=reason, **kw))


def _entity_now(corpus: Corpus, report, correction_id: str) -> str | None:
    """The page of the entity a correction's target names now (after a merge, the one that absorbed it)."""
    r = next((r for r in report.resolved if r.correction.id == correction_id), None)
    if r is None or r.local is None or r.source is None:
        return None
    cid = corpus.entity_id_of(r.source, r.local)
    return entity_url(cid) if cid else None

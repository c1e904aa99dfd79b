"""`historiograph correct …` and `historiograph corrections list|export`: the command-line face of
`corrections.make` and `corrections.submit` (mounted by historiograph/cli.py). Outside the corrections
package, whose __init__ imports the whole corpus stage: a command that corrects nothing (annotate) loads
none of it; each command imports what it needs when it runs."""
from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any, List, Optional

import typer

correct_app = typer.Typer(no_args_is_help=True, help="Correct what the machine found (kept in DB.corrections.jsonl "
                          "beside the database and applied on every build).")
list_app = typer.Typer(no_args_is_help=True, help="The corrections of a corpus.")

DB = typer.Option("historiograph.db", "--db", help="The corpus database (SQLite).")
AUTHOR = typer.Option(None, "--author", help="Who makes it (default: $HISTORIOGRAPH_AUTHOR, else the login name).")
REASON = typer.Option("", "--reason", help="Why (kept with the correction).")


def _author(author: str | None) -> str:
    return author or os.environ.get("HISTORIOGRAPH_AUTHOR") or getpass.getuser() or "anonymous"


def _submit(db: str, kind: str, author: str | None, reason: str, **kw: Any) -> None:
    from .cli import _open, err
    from .web.views import resolve_document
    from .corrections import CorrectionError, make, submit

    corpus = _open(db, readonly=False)
    try:
        if kw.get("source") is not None:
            kw["source"] = resolve_document(corpus.sources(), kw["source"]) or kw["source"]
        c = make(corpus, kind, author=_author(author), reason=reason, **kw)
        c, report = submit(corpus, c)
    except CorrectionError as exc:
        err.print(f"{db}: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    finally:
        corpus.close()
    mine = next(r for r in report.resolved if r.correction.id == c.id)
    note = f" ({mine.note})" if mine.note else ""
    sys.stdout.write(f"{c.id} {c.kind}: {mine.status}{note}\n")


def _people(values: list[str] | None) -> list[dict[str, str]]:
    out = []
    for v in values or []:
        role, _, name = v.partition("=")
        if not name:
            raise typer.BadParameter(f"{v!r}: write a participant as ROLE=NAME (agent=Ivan Petrov)")
        out.append({"role": role.strip(), "name": name.strip()})
    return out


@correct_app.command("merge")
def merge(entity: str, other: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """ENTITY and OTHER (corpus entity ids) are one referent."""
    _submit(db, "merge", author, reason, entity=entity, other=other)


@correct_app.command("split")
def split(source: str, start: int, end: int, into: Optional[str] = typer.Option(None, help="Entity id to move it to."),
          name: Optional[str] = typer.Option(None, help="Name of the new entity."), db: str = DB,
          author: Optional[str] = AUTHOR, reason: str = REASON):
    """The mention at SOURCE START END is another entity (INTO, or a new one)."""
    _submit(db, "split", author, reason, source=source, start=start, end=end, other=into, name=name)


@correct_app.command("relabel")
def relabel(entity: str, label: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """ENTITY is a LABEL (PERSON ORG GPE LOC FAC NORP WORK EVENT)."""
    _submit(db, "relabel", author, reason, entity=entity, label=label.upper())


@correct_app.command("rename")
def rename(entity: str, name: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """ENTITY's canonical name is NAME."""
    _submit(db, "rename", author, reason, entity=entity, name=name)


@correct_app.command("reject-event")
def reject_event(event: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """EVENT (timeline id, or SOURCE#ID) is not an event."""
    _submit(db, "reject-event", author, reason, event=event)


@correct_app.command("set-date")
def set_date(event: str, value: str, mod: Optional[str] = typer.Option(None, help="TIMEX3 mod (BEFORE, APPROX…)"),
             db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """EVENT happened at VALUE (TIMEX3: 1921, 1921-05, 1921-05-03)."""
    _submit(db, "set-date", author, reason, event=event, value=value, mod=mod)


@correct_app.command("set-type")
def set_type(event: str, type: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """EVENT is of TYPE (spec/events.md)."""
    _submit(db, "set-type", author, reason, event=event, type=type)


@correct_app.command("set-certainty")
def set_certainty(event: str, certainty: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """EVENT is asserted, reported, hedged, disputed or negated."""
    _submit(db, "set-certainty", author, reason, event=event, certainty=certainty)


@correct_app.command("set-participants")
def set_participants(event: str, participants: List[str] = typer.Argument(..., help="ROLE=NAME …"),
                     db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """EVENT's participants are these (agent=…, patient=…, recipient=…, instrument=…)."""
    _submit(db, "set-participants", author, reason, event=event, participants=_people(participants))


@correct_app.command("add-event")
def add_event(source: str, start: int, end: int, type: str,
              date: Optional[str] = typer.Option(None, help="TIMEX3 value."),
              certainty: Optional[str] = typer.Option(None), participant: Optional[List[str]] = typer.Option(
                  None, "--participant", help="ROLE=NAME, repeatable."),
              db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """The span SOURCE START END tells an event of TYPE."""
    _submit(db, "add-event", author, reason, source=source, start=start, end=end, type=type, value=date,
            certainty=certainty, participants=_people(participant))


@correct_app.command("conflict")
def conflict(number: int, verdict: str = typer.Argument(..., help="not-a-conflict or confirmed"), db: str = DB,
             author: Optional[str] = AUTHOR, reason: str = REASON):
    """Conflict NUMBER (as `historiograph corrections`/`conflicts` list them, from 1) is not one, or is."""
    _submit(db, "conflict", author, reason, conflict=number, verdict=verdict)


@correct_app.command("add-mention")
def add_mention(source: str, start: int, end: int, label: str,
                name: Optional[str] = typer.Option(None, help="The entity's name (default: the text)."),
                db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """The span SOURCE START END names an entity the tagger missed."""
    _submit(db, "add-mention", author, reason, source=source, start=start, end=end, label=label.upper(), name=name)


@correct_app.command("reject-mention")
def reject_mention(source: str, start: int, end: int, db: str = DB, author: Optional[str] = AUTHOR,
                   reason: str = REASON):
    """The span SOURCE START END names no entity."""
    _submit(db, "reject-mention", author, reason, source=source, start=start, end=end)


@correct_app.command("undo")
def undo(correction: str, db: str = DB, author: Optional[str] = AUTHOR, reason: str = REASON):
    """Revert CORRECTION (its id); the undo is itself a correction, and can be undone."""
    from .cli import _open, err
    from .corrections import CorrectionError
    from .corrections import undo as run_undo

    corpus = _open(db, readonly=False)
    try:
        c, _ = run_undo(corpus, correction, _author(author), reason)
    except CorrectionError as exc:
        err.print(f"{db}: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from None
    finally:
        corpus.close()
    sys.stdout.write(f"{c.id} undo of {correction}\n")


@list_app.command("list")
def list_(db: str = DB, format: str = typer.Option("table", "--format", "-f", help="table or json")):
    """Every correction with where it stands: applied, moved, orphaned, unapplied, reverted."""
    from .cli import _open, _print_json_list, _table
    from .corrections.model import quote

    rows = _open(db).corrections()
    if format == "json":
        _print_json_list(rows)
    else:
        _table("corrections", ["id", "kind", "status", "author", "time", "where", "text", "note"],
               [[r["id"], r["kind"], r["status"], r["author"], r["time"],
                 f"{r['source']}:{r['start']}" if r["source"] else "",
                 (quote(r["target"]) or {}).get("exact", "") if r["target"] else "", r["note"]] for r in rows])


@list_app.command("export")
def export(db: str = DB):
    """The corrections file's corrections as JSON Lines (as they stand in the file)."""
    from .corrections import files

    corrections, problems = files.read(files.path_for(db))
    for c in corrections:
        sys.stdout.write(json.dumps(c.to_json(), ensure_ascii=False) + "\n")
    for p in problems:
        sys.stderr.write(p + "\n")

"""The command line. Thin: it parses arguments, calls the package and prints JSON or tables."""
from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer

from .ingest.errors import printable
from .pipeline import Options

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read historical narratives into an evidence-linked corpus.")


class _Console:
    """A rich Console made when something is first printed through it: importing rich (~0.04 CPU s)
    is no part of a command that prints none of it (``annotate --format json``)."""

    def __init__(self, **options: Any):
        self._options = options
        self._console = None

    def get(self):
        """The Console itself (for rich's own objects: a Progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)


out = _Console(soft_wrap=True)
err = _Console(stderr=True, soft_wrap=True)

DB = typer.Option("historiograph.db", "--db", help="The corpus database (SQLite).")
FORMAT = typer.Option("table", "--format", "-f", help="table or json")
LIMIT = typer.Option(None, "--limit", help="At most this many rows (a page; with --offset).")
OFFSET = typer.Option(0, "--offset", help="Skip this many rows first.")


def _options(model: str | None, time_mode: str, published: str | None, time_budget: float | None = None,
             max_mb: int = 256) -> Options:
    if time_mode not in ("auto", "news", "narrative"):
        raise typer.BadParameter("--time-mode must be auto, news or narrative")
    return Options(model=model, time_mode=time_mode, published=published, time_budget=time_budget,
                   max_mb=max_mb)


TIME_BUDGET = typer.Option(None, "--time-budget", help="Seconds per document; then it is stored with what "
                           "finished and a warning.")
MAX_MB = typer.Option(256, "--max-mb", help="Largest file read, in MiB.")


def _exit_status(failed: int) -> int:
    """The exit status says how many files failed (0: none), up to 100."""
    return min(failed, 100)


def _open(db: str, readonly: bool = True):
    from .store import Corpus, SchemaError

    if readonly and not Path(db).is_file():
        err.print(f"{db}: no such corpus database (run `historiograph build PATH --db {db}` first)")
        raise typer.Exit(2)
    try:
        return Corpus(db, readonly=readonly)
    except SchemaError as exc:
        err.print(str(exc))
        raise typer.Exit(2) from None


def _print_json_list(rows: list[Any]) -> None:
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.table import Table

    t = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if v is None else printable(str(v)) for v in r])
    out.print(t)
    if not rows:
        out.print("(empty)")


ANNOTATE_BATCH = 16  # documents per spaCy batch (pipeline.run_many): each is printed when its batch is done


@app.command()
def annotate(
    files: List[Path] = typer.Argument(..., help="Files to annotate (txt, md, html, pdf)."),
    format: str = typer.Option("table", "--format", "-f", help="json (JSON Lines, one object per file) or table"),
    published: Optional[str] = typer.Option(None, help="Document date (ISO) when the text gives none."),
    time_mode: str = typer.Option("auto", help="Anchor relative dates: auto, news or narrative."),
    model: Optional[str] = typer.Option(None, help="spaCy model name (default: bundled en_core_web_md)."),
    time_budget: Optional[float] = TIME_BUDGET,
    max_mb: int = MAX_MB,
):
    """Annotate files and print what was found (one JSON line per file with --format json)."""
    from . import ingest, pipeline
    from .build import limits

    options = _options(model, time_mode, published, time_budget, max_mb)
    failed = 0
    batch: list = []

    def flush() -> int:
        """Annotate the documents read so far (spaCy batched over them) and print each; the failures."""
        bad = 0
        try:
            results = pipeline.run_many(batch, options)
        except Exception:  # outside any stage: each document on its own, so that only its own fails
            results = []
            for doc in batch:
                try:
                    results.append(pipeline.run(doc, options))
                except Exception as exc:  # still one line, and the batch goes on
                    err.print(f"{doc.source}: could not be annotated ({type(exc).__name__}: {str(exc)[:200]})",
                              markup=False, highlight=False)
                    results.append(None)
        for ad in results:
            if ad is None:
                bad += 1
                continue
            broken = pipeline.failures(ad)
            if broken:
                err.print(f"{ad.document.source}: {broken[0]}; printed with what the other stages found",
                          markup=False, highlight=False)
                bad += 1
            if format == "json":
                sys.stdout.write(json.dumps(ad.to_json(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                _print_annotated(ad)
        batch.clear()
        return bad

    for path in files:
        try:
            doc = ingest.read(path, source=ingest.printable(path), limits=limits(options))
        except ingest.IngestError as exc:
            err.print(str(exc), markup=False, highlight=False)
            failed += 1
            continue
        if options.published and not doc.metadata.published:
            doc.metadata.published = options.published
        batch.append(doc)
        if len(batch) == ANNOTATE_BATCH:
            failed += flush()
    if batch:
        failed += flush()
    raise typer.Exit(_exit_status(failed))


def _print_annotated(ad) -> None:
    m = ad.document.metadata
    out.rule(f"{ad.document.source}")
    out.print(f"title: {m.title}  author: {m.author}  published: {m.published}  quoted from: {m.quoted_from}",
              markup=False)
    _table("entities", ["id", "name", "label", "aliases"],
           [[e.id, e.name, e.label, "; ".join(e.aliases)] for e in ad.entities])
    _table("dates", ["text", "type", "value", "mod"],
           [[t.text, t.type, t.value, t.mod] for t in ad.timexes if not t.bibliographic])
    _table("events", ["type", "trigger", "time", "certainty"],
           [[v.type, v.trigger["text"], (v.time or {}).get("value"), v.certainty] for v in ad.events])
    _table("issues", ["kind", "message"], [[i.kind, i.message] for i in ad.issues])


@app.command()
def build(
    paths: List[Path] = typer.Argument(..., help="Files and folders (read recursively)."),
    db: str = DB,
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: one per core)."),
    executor: str = typer.Option("processes", help="processes, or dask (a cluster: --scheduler or DASK_SCHEDULER_ADDRESS)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address, tcp://HOST:PORT (with --executor dask)."),
    force: bool = typer.Option(False, help="Re-annotate every file even if unchanged."),
    published: Optional[str] = typer.Option(None, help="Document date for texts that give none."),
    time_mode: str = typer.Option("auto", help="auto, news or narrative."),
    model: Optional[str] = typer.Option(None, help="spaCy model name."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    time_budget: Optional[float] = TIME_BUDGET,
    max_mb: int = MAX_MB,
):
    """Read files and folders into a corpus database (only what changed is read again)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .build import build as run_build
    from .corrections.files import path_for as corrections_path

    corpus = _open(db, readonly=False)
    options = _options(model, time_mode, published, time_budget, max_mb)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err.get(), disable=quiet, transient=True) as bar:
        task = bar.add_task("annotating", total=None)

        def progress(done: int, total: int, source: str) -> None:
            bar.update(task, completed=done, total=total, description=printable(Path(source).name)[:40])

        try:
            report = run_build(corpus, paths, options, jobs=jobs, progress=progress, executor=executor, force=force,
                               scheduler=scheduler)
        except KeyboardInterrupt:
            err.print("interrupted: what was stored is kept; run build again to finish")
            raise typer.Exit(130) from None
    for line in report.errors + (report.corrections.lines(corrections_path(db)) if report.corrections else []):
        err.print(line, markup=False, highlight=False)
    err.print(f"{printable(db)}: {len(report.added)} added, {len(report.updated)} updated, "
              f"{len(report.unchanged)} unchanged, {report.failed} failed", markup=False, highlight=False)
    raise typer.Exit(_exit_status(report.failed))


@app.command()
def remove(
    paths: List[str] = typer.Argument(None, help="Sources to drop, as they were given to build."),
    db: str = DB,
    missing: bool = typer.Option(False, help="Drop every document whose file no longer exists."),
):
    """Drop documents from the corpus."""
    from .build import remove_missing
    from .corrections import refresh

    corpus = _open(db, readonly=False)
    removed = remove_missing(corpus) if missing else []
    if paths:
        prefixes = tuple(p.rstrip("/") + "/" for p in paths)
        gone = corpus.remove([s for s in corpus.sources() if s in paths or s.startswith(prefixes)])
        if gone:
            refresh(corpus, force=True)
        removed += gone
        for p in paths:
            if not any(s == p or s.startswith(p.rstrip("/") + "/") for s in gone):
                err.print(f"{p}: not in {db}", markup=False)
    for s in removed:
        out.print(f"removed {s}", markup=False, highlight=False)


@app.command()
def documents(db: str = DB, format: str = FORMAT, limit: Optional[int] = LIMIT, offset: int = OFFSET):
    """List the documents of the corpus."""
    rows = _open(db).documents(offset, limit)
    if format == "json":
        _print_json_list([{k: r[k] for k in ("source", "title", "author", "published", "words", "sha256")}
                          for r in rows])
    else:
        _table("documents", ["source", "title", "author", "published", "words"],
               [[r["source"], r["title"], r["author"], r["published"], r["words"]] for r in rows])


@app.command()
def timeline(db: str = DB, format: str = FORMAT, limit: Optional[int] = LIMIT, offset: int = OFFSET,
             all: bool = typer.Option(False, "--all", help="also the events below the default confidence")):
    """Events of the whole corpus, oldest first; an event told twice is one entry with two sources.
    Only events at or above the default confidence (events/confidence.py) unless --all."""
    from .events.confidence import THRESHOLD

    rows = _open(db).timeline(offset, limit, min_confidence=None if all else THRESHOLD)
    if format == "json":
        _print_json_list(rows)
    else:
        _table("timeline", ["date", "type", "summary", "certainty", "sources"],
               [[_shown_date(r), r["type"], r["summary"], r["certainty"],
                 ", ".join(f"{Path(s['source']).name}:{s['start']}" for s in r["sources"])] for r in rows])


def _shown_date(entry: dict) -> str:
    """A TIMEX3 value as a reader would write it, its precision kept; a date borrowed from the
    narrative (not stated for this event) is marked with a tilde."""
    from .time.values import display_date

    shown = display_date(entry["date"], entry.get("mod")) if entry["date"] else "undated"
    return ("~" + shown) if entry.get("inferred") else shown


@app.command()
def entities(db: str = DB, format: str = FORMAT, limit: Optional[int] = LIMIT, offset: int = OFFSET):
    """Entities of the whole corpus, one per referent, with every spelling."""
    rows = _open(db).entities(offset, limit)
    if format == "json":
        _print_json_list(rows)
    else:
        _table("entities", ["name", "label", "aliases", "documents", "mentions"],
               [[r["name"], r["label"], "; ".join(r["aliases"]), len(r["documents"]), r["mentions"]] for r in rows])


@app.command()
def conflicts(db: str = DB, format: str = FORMAT, limit: Optional[int] = LIMIT, offset: int = OFFSET):
    """Statements that cannot all be true, dates that cannot be right, competing accounts."""
    rows = _open(db).conflicts(offset, limit)
    if format == "json":
        _print_json_list(rows)
    else:
        _table("conflicts", ["kind", "message", "evidence"],
               [[r["kind"], r["message"], " | ".join(f"{Path(e['source']).name}: {e['text']}" for e in r["evidence"])]
                for r in rows])


@app.command()
def export(
    db: str = DB,
    format: str = typer.Option("json", "--format", "-f", help="json, jsonld, ttl, csl-json, bibtex, graphml, "
                               "gexf, timelinejs, csv, tei, webannotation"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
):
    """Write the corpus in another tool's format."""
    from .export import FORMATS
    from .export import export as run_export

    if format not in FORMATS:
        err.print(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)
    corpus = _open(db)
    data = run_export(format, corpus.tables(), corpus.all_annotated())
    archive = isinstance(data, bytes) and data[:4] == b"PK\x03\x04"  # csv's zip; XML formats come as bytes too
    if output:
        output = _export_path(output, format, archive)
        output.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        err.print(f"wrote {output} ({format}{', a zip archive' if archive else ''}, "
                  f"{output.stat().st_size:,} bytes)", markup=False)
    elif isinstance(data, bytes):
        if archive and sys.stdout.isatty():
            err.print(f"{format} is a zip archive: give a file with -o (e.g. -o corpus{FORMATS[format][1]})")
            raise typer.Exit(2)
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data if data.endswith("\n") else data + "\n")


def _export_path(output: Path, fmt: str, archive: bool) -> Path:
    """The file an export is written to, named by what it holds: an archive (csv writes a zip of tables)
    gets its own extension whatever -o said, so that "x.csv" does not hide a zip."""
    from .export import FORMATS

    ext = FORMATS[fmt][1]
    if archive and output.suffix.lower() != ext:
        fixed = output.with_suffix(ext)
        err.print(f"{fmt} export is a zip archive of tables: writing {fixed}, not {output}", markup=False)
        return fixed
    return output


def corpus_summary(corpus) -> str:
    """One line on what the corpus holds (what `make run` and `serve` print instead of whole tables)."""
    # counted in SQLite: `serve` says this before it starts, and must not hold a large corpus in memory
    n_docs, n_ents, n_events, n_conflicts, n_works = corpus.conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM corpus_entities), "
        "(SELECT count(*) FROM timeline), (SELECT count(*) FROM conflicts), (SELECT count(*) FROM works)").fetchone()
    return (f"{n_docs} document{'s' if n_docs != 1 else ''}, {n_ents} entities, "
            f"{n_events} events, {n_conflicts} conflicts, {n_works} works cited")


@app.command()
def serve(
    db: str = DB,
    host: str = typer.Option("127.0.0.1", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8000, help="Port."),
    edit: bool = typer.Option(False, "--edit", help="Allow corrections from the reader (written to the "
                              "corrections file beside the database)."),
    workers: int = typer.Option(1, min=1, max=64, help="Reader processes (read-only; each keeps its own "
                                "page cache): more than one uses more cores under many readers."),
):
    """Open the web reader on http://127.0.0.1:8000."""
    import uvicorn

    from .web import APP_ENV, create_app

    if edit and host not in ("127.0.0.1", "localhost", "::1"):
        err.print("--edit serves on this machine only (127.0.0.1): corrections are written to its files")
        raise typer.Exit(2)
    if edit and workers > 1:
        err.print("--edit serves with one process (one writer of the corrections); leave out --workers")
        raise typer.Exit(2)
    corpus = _open(db, readonly=not edit)
    summary = corpus_summary(corpus)
    corpus.close()
    err.print(f"{db}: {summary}", markup=False, highlight=False)
    err.print(f"historiograph reader{' (edit mode)' if edit else ''}: http://{host}:{port}/  (Ctrl-C to stop)")
    if workers > 1:  # each worker process builds its own read-only app (web.app_from_environment)
        os.environ.update({APP_ENV["db"]: str(Path(db).resolve()), APP_ENV["host"]: host})
        uvicorn.run("historiograph.web:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning")
        return
    uvicorn.run(create_app(db, host=host, edit=edit, warm=True), host=host, port=port, log_level="warning")


from .cli_corrections import correct_app, list_app  # noqa: E402  (after the commands above)

app.add_typer(correct_app, name="correct")
app.add_typer(list_app, name="corrections")


@app.command()
def ask(
    question: str = typer.Argument(..., help="A question in words, e.g. \"When did Lyushkov defect?\""),
    db: str = DB,
    format: str = FORMAT,
    llm: Optional[str] = typer.Option(None, "--llm", help="OpenAI-compatible chat endpoint on this machine (127.0.0.1) for a prose answer."),
    llm_model: Optional[str] = typer.Option(None, help="Model name for --llm (or HISTORIOGRAPH_LLM_MODEL)."),
    llm_key: Optional[str] = typer.Option(None, help="API key for --llm (or HISTORIOGRAPH_LLM_KEY)."),
):
    """Answer a question from the corpus's evidence, each statement cited to characters and footnote."""
    from .ask import NoIndex
    from .ask import ask as ask_corpus
    from .ask.llm import NotLocal, local_endpoint

    if llm:
        try:
            local_endpoint(llm)
        except NotLocal as exc:
            err.print(str(exc), markup=False, highlight=False)
            raise typer.Exit(2) from None
    corpus = _open(db)
    try:
        result = ask_corpus(corpus, question, llm_url=llm, model=llm_model, api_key=llm_key)
    except NoIndex as exc:
        err.print(str(exc), markup=False, highlight=False)
        raise typer.Exit(2) from None
    except OSError as exc:
        err.print(f"{llm}: the LLM endpoint could not be reached ({exc})", markup=False, highlight=False)
        raise typer.Exit(2) from None
    finally:
        corpus.close()
    if format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        return
    out.print(result["answer"], markup=False, highlight=False)
    for s in result["statements"]:
        for c in s["citations"]:
            note = f" {c['footnote']}" if c["footnote"] else ""
            out.print(f"  [{c['id']}] {c['source']}:{c['start']}-{c['end']}{note}", markup=False, highlight=False)


def main() -> None:
    # A command keeps what it loaded (the model, WordNet, caches) and runs document after document: with
    # full collections ten times rarer than Python's default, none walks all of it again mid-run (about
    # 0.16 CPU s of 183 news documents, the same peak memory; the pipeline's own young threshold still
    # applies while a document is annotated).
    gc.set_threshold(700, 10, 100)
    app()


if __name__ == "__main__":
    main()

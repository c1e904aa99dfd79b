"""Per-document stages, registered in one place and run in order.

A stage is a function ``(AnnotatedDocument, Options) -> dict`` returning the fields it produces;
the pipeline applies them with ``AnnotatedDocument.with_`` so that no stage edits another's output.

Three guarantees hold for any input:
- A failing stage costs that stage, not the document or the batch: the failure is stored as an Issue
  of the document ("stage_failed", naming the stage) and the stages that do not need it still run.
- A long document (a book) is read in paragraph-aligned windows (``windows.py``), each through every
  stage, its offsets and ids mapped back into the whole; memory stays flat in the document's length
  and no stage's cost can grow faster than the window.
- A time budget (``Options.time_budget``) ends the document with what finished and a warning.
"""
from __future__ import annotations

import gc
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable

from .model import AnnotatedDocument, Document, Issue


@dataclass(frozen=True)
class Options:
    model: str | None = None  # spaCy model name; None = bundled en_core_web_md
    time_mode: str = "auto"  # auto | news | narrative (HeidelTime's two reference times)
    published: str | None = None  # document date when the text does not give one
    time_budget: float | None = None  # seconds per document; None = no limit
    max_mb: int = 256  # largest input file read (a 20 MB text, a 2,000-page PDF fit)
    max_pages: int = 5_000  # largest PDF read
    window: int = 100_000  # characters per window of a long document (paragraph-aligned); sets peak memory


Stage = Callable[[AnnotatedDocument, Options], dict]


def _stages() -> list[tuple[str, Stage]]:
    # Imported here so that importing the package stays cheap (no spaCy until a stage runs).
    from . import checks, entities, events, parse, sources, time
    from .sources import attribution, layout
    from .time.event_times import enrich_event_times

    return [
        ("layout", layout.annotate),  # zones: header, body, references, debris
        ("sources", sources.annotate),  # citations, references, CSL records
        ("parse", parse.annotate),  # spaCy over the text with markers and debris masked
        ("time", time.annotate),  # TIMEX3
        ("entities", entities.annotate),  # mentions and in-document entities
        ("attribution", attribution.annotate),  # who says what, certainty per sentence
        ("events", events.annotate),  # typed events with participants, time, place
        ("event_times", enrich_event_times),  # EDTF and earliest/latest day of each event's time
        ("checks", checks.annotate),  # impossible dates, in-document conflicts
    ]


STAGE_NAMES = [
    "layout", "sources", "parse", "time", "entities", "attribution", "events", "event_times", "checks",
]
# Stages every later stage needs: when one fails, the rest of the document is not attempted.
ESSENTIAL = {"parse"}


class BudgetSpent(Exception):
    """The document's time budget ran out inside a stage."""


def run(document: Document, options: Options = Options(), until: str | None = None) -> AnnotatedDocument:
    """Run every stage (or those up to ``until``) over one document, in windows when it is long."""
    with _loading():
        return _run(document, options, until)


def _run(document: Document, options: Options, until: str | None) -> AnnotatedDocument:
    from . import windows

    deadline = time.monotonic() + options.time_budget if options.time_budget else None
    if until not in STAGE_NAMES[:STAGE_NAMES.index("parse")]:  # the parse stage will run
        _preload(options)
    notes = [Issue("ingest", 0, 0, n) for n in document.notes]
    parts = windows.split(document.text, options.window)
    if len(parts) == 1:
        ad = _run_one(AnnotatedDocument(document=document, issues=notes), options, until, deadline)
        return ad
    done = []
    for i, (start, end) in enumerate(parts):
        sub = Document(source=document.source, text=document.text[start:end], metadata=document.metadata,
                       format=document.format, sha256=document.sha256, encoding=document.encoding)
        if deadline is not None and time.monotonic() > deadline:
            notes.append(Issue("time_budget", start, len(document.text),
                               f"time budget of {options.time_budget:g} s spent: the text from offset {start} "
                               "on was not annotated"))
            break
        done.append((start, _run_one(AnnotatedDocument(document=sub), options, until, deadline).to_json()))
    return windows.merge(document, done, notes)


def _run_one(ad: AnnotatedDocument, options: Options, until: str | None, deadline: float | None) -> AnnotatedDocument:
    return _run_stages(ad, options, _stages(), until, deadline)[0]


def _run_stages(ad: AnnotatedDocument, options: Options, stages: list[tuple[str, Stage]], until: str | None,
                deadline: float | None, parsed=None) -> tuple[AnnotatedDocument, bool]:
    """Run ``stages`` in order; (the document, whether it ended: an essential stage failed, the time
    budget ran out or ``until`` was reached). ``parsed``: the spaCy Doc of the parse stage, made already."""
    for name, stage in stages:
        if deadline is not None and time.monotonic() > deadline:
            return _note(ad, Issue("time_budget", 0, len(ad.text),
                                   f"time budget of {options.time_budget:g} s spent before the {name} stage; "
                                   "stored what finished")), True
        try:
            with _budget(deadline):
                fields = stage(ad, options) if parsed is None or name != "parse" else stage(ad, options, doc=parsed)
                ad = ad.with_(**fields)
        except BudgetSpent:
            return _note(ad, Issue("time_budget", 0, len(ad.text),
                                   f"time budget of {options.time_budget:g} s spent in the {name} stage; "
                                   "stored what finished")), True
        except Exception as exc:  # a bug in a stage must cost that stage, not the document or the batch
            msg = (str(exc).splitlines() or [""])[0][:200]
            ad = _note(ad, Issue("stage_failed", 0, 0, f"the {name} stage failed ({type(exc).__name__}"
                                                       f"{': ' + msg if msg else ''})"))
            if name in ESSENTIAL:
                return ad, True
        if name == until:
            return ad, True
    return ad, False


def _preload(options: Options) -> None:
    """Load the spaCy model before the first stage, not at the parse stage: the sources stage then
    reads word vectors from it instead of from disk. A model that cannot load is the parse stage's
    failure to report, per document."""
    from .nlp import load_model

    try:
        load_model(options.model)
    except Exception:
        pass


_WARM = False  # has this process annotated a document (and so loaded what the stages read)?
# Objects allocated between two young collections while documents are annotated (Python's default: 700).
YOUNG = 10_000
# The same while the first documents of a process are annotated, which load what every later one reads:
# none for a batch of news reports (about 600,000 objects), one every so often in a book read in windows.
FIRST_YOUNG = 1_000_000


@contextmanager
def _loading():
    """The first document of a process loads the model, lexicons, gazetteers and WordNet: millions of
    objects that live as long as the process. While it runs, young collections are a thousand times
    rarer (FIRST_YOUNG) and full ones wait: each would walk what was loaded so far again, and nearly
    all of it lives on (young and middle collections took 0.3 CPU s of the first batch of TimeBank's
    news). After it, one full collection frees the first call's garbage (a book's window Docs held in
    cycles: 350 MB that a freeze would keep for the process's life; ~0.2 CPU s, as it walks the tables loaded), and what was
    loaded is frozen (``gc.freeze``, before the caller's thresholds come back), so that later full
    collections skip it.

    Every document then allocates hundreds of thousands of short-lived objects (spaCy's Token views
    above all): at Python's default a young collection ran every 700 and a full one every hundred, each
    walking the WordNet synsets and caches that later documents loaded (5% of TimeBank's run). While
    documents are annotated the young threshold is YOUNG (the older generations follow it), and the
    caller's thresholds come back after; the output is the same."""
    global _WARM
    thresholds = gc.get_threshold()
    young = max(thresholds[0], YOUNG) if thresholds[0] else 0  # (0: the collector is off; left so)
    first, _WARM = not _WARM, True
    if first and young:
        young = max(young, FIRST_YOUNG)
    gc.set_threshold(young, thresholds[1], 1_000_000 if first else thresholds[2])
    try:
        yield
    finally:
        if first:
            if young:  # (the first call's cyclic garbage, a long document's window Docs: freed, not frozen for good)
                gc.collect()
            gc.freeze()
        gc.set_threshold(*thresholds)


def _note(ad: AnnotatedDocument, issue: Issue) -> AnnotatedDocument:
    return ad.with_(issues=[*ad.issues, issue])


def failures(ad: AnnotatedDocument | dict) -> list[str]:
    """The messages of the stages that failed on a document (empty when all ran)."""
    issues = ad["issues"] if isinstance(ad, dict) else [vars(i) for i in ad.issues]
    return [i["message"] for i in issues if i["kind"] == "stage_failed"]


@contextmanager
def _budget(deadline: float | None):
    """Raise BudgetSpent inside the running stage when the deadline passes (SIGALRM; main thread only,
    elsewhere the budget is checked between stages)."""
    if deadline is None or threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def alarm(signum, frame):
        raise BudgetSpent()

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_many(documents: list[Document], options: Options = Options(), batch_size: int = 16) -> list[AnnotatedDocument]:
    """Run every stage over several documents, spaCy over all of them in one batched ``nlp.pipe``.

    The same annotations and the same failure rules as ``run`` for each (a long document, read in
    windows, and a document with a time budget go through ``run`` itself); measured in
    bench/throughput.py (batching is what spaCy recommends for throughput)."""
    with _loading():
        return _run_many(documents, options, batch_size)


def _run_many(documents: list[Document], options: Options, batch_size: int) -> list[AnnotatedDocument]:
    from . import parse, windows
    from .nlp import load_model

    stages = _stages()
    cut = next(i for i, (name, _) in enumerate(stages) if name == "parse")
    _preload(options)
    out: list[AnnotatedDocument | None] = [None] * len(documents)
    waiting = []  # (index, document after the stages before the parse)
    for i, document in enumerate(documents):
        if options.time_budget or len(windows.split(document.text, options.window)) > 1:
            out[i] = _run(document, options, None)
            continue
        notes = [Issue("ingest", 0, 0, n) for n in document.notes]
        ad, ended = _run_stages(AnnotatedDocument(document=document, issues=notes), options, stages[:cut], None, None)
        if ended:
            out[i] = ad
        else:
            waiting.append((i, ad))
    texts = [parse.masked_text(ad) for _, ad in waiting]
    try:
        nlp = load_model(options.model)
        if any(len(t) > nlp.max_length for t in texts):
            raise ValueError("a text longer than the parser takes")  # (the parse stage says so, per document)
        parsed = list(nlp.pipe(texts, batch_size=batch_size))
    except Exception:  # the batch's parse failed: each document then on its own, as ``run`` does it
        parsed = [None] * len(waiting)
    for (i, ad), doc in zip(waiting, parsed):
        out[i] = _run_stages(ad, options, stages[cut:], None, None, parsed=doc)[0]
    return out  # type: ignore[return-value]

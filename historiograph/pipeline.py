"""Per-document stages, registered in one place and run in order.

A stage is a function ``(AnnotatedDocument, Options) -> dict`` returning the fields it produces;
the pipeline applies them with ``AnnotatedDocument.with_`` so that no stage edits another's output.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .model import AnnotatedDocument, Document


@dataclass(frozen=True)
class Options:
    model: str | None = None  # spaCy model name; None = bundled en_core_web_md
    time_mode: str = "auto"  # auto | news | narrative (HeidelTime's two reference times)
    published: str | None = None  # document date when the text does not give one


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


def run(document: Document, options: Options = Options(), until: str | None = None) -> AnnotatedDocument:
    """Run every stage (or those up to ``until``) over one document."""
    ad = AnnotatedDocument(document=document)
    for name, stage in _stages():
        ad = ad.with_(**stage(ad, options))
        if name == until:
            break
    return ad

"""Exports: one module per format, each with ``export(tables, docs) -> str | bytes``.

``tables`` is the corpus (CorpusTables) and ``docs`` the annotated documents, so a format can
point every fact back at the characters that state it.
"""
from __future__ import annotations

import importlib

# format name -> (module, default file suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("json_dump", ".json"),
    "jsonld": ("jsonld", ".jsonld"),
    "ttl": ("turtle", ".ttl"),
    "csl-json": ("csl_json", ".json"),
    "bibtex": ("bibtex", ".bib"),
    "graphml": ("graphml", ".graphml"),
    "gexf": ("gexf", ".gexf"),
    "timelinejs": ("timelinejs", ".json"),
    "csv": ("csv_zip", ".zip"),
    "tei": ("tei", ".xml"),
    "webannotation": ("webannotation", ".jsonld"),
}


def export(fmt: str, tables, docs) -> str | bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt][0]}")
    return module.export(tables, docs)

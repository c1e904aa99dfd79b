"""The corpus as RDF Turtle: the very graph of the JSON-LD export, read by rdflib and written again.

The JSON-LD carries its context inline, so rdflib expands it without fetching anything.
"""
from __future__ import annotations

import json

from ..model import AnnotatedDocument, CorpusTables
from .common import HG, SCHEMA
from .jsonld import XSD, graph


def rdf_graph(tables: CorpusTables, docs: list[AnnotatedDocument]):
    """An rdflib Graph of the corpus (schema.org and hg: terms)."""
    from rdflib import Graph

    g = Graph()
    g.parse(data=json.dumps(graph(tables, docs), ensure_ascii=False), format="json-ld")
    g.bind("schema", SCHEMA, override=True, replace=True)
    g.bind("hg", HG)
    g.bind("xsd", XSD)
    return g


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    return rdf_graph(tables, docs).serialize(format="turtle")

"""The corpus as RDF Turtle: the graph of the JSON-LD export, parsed and serialised by rdflib.

The JSON-LD carries its context inline, so rdflib reads it offline. rdflib is slow on very large
graphs (about a minute for a few hundred thousand statements); correctness of escaping and of the
Turtle grammar is worth that here.
"""
from __future__ import annotations

import json

from rdflib import Graph

from ..model import AnnotatedDocument, CorpusTables
from .common import HG, SCHEMA
from .jsonld import XSD, graph


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    g = Graph()
    g.bind("schema", SCHEMA, override=True, replace=True)
    g.bind("hg", HG)
    g.bind("xsd", XSD)
    g.parse(data=json.dumps(graph(tables, docs)), format="json-ld")
    return g.serialize(format="turtle")

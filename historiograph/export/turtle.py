"""The corpus as RDF Turtle: the very graph of the JSON-LD export, written out statement by statement.

The JSON-LD graph is plain (every node has an ``@id`` or is a nested blank node, every term is a
schema.org name or a prefixed name), so it is written directly: rdflib's JSON-LD parser and Turtle
serialiser take minutes on a corpus of a few hundred thousand statements, this takes seconds. The tests
check with rdflib that both exports parse to the same graph.
"""
from __future__ import annotations

import re
from typing import Any

from ..model import AnnotatedDocument, CorpusTables
from .common import HG, SCHEMA
from .jsonld import XSD, graph

PREFIXES = {"schema": SCHEMA, "hg": HG, "xsd": XSD}
LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
STRING_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
STRING_UNSAFE = re.compile(r'["\\\x00-\x1f\x7f]')
IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


def string(value: str) -> str:
    return '"' + STRING_UNSAFE.sub(lambda m: STRING_ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), value) + '"'


def iri(value: str) -> str:
    return "<" + IRI_UNSAFE.sub(lambda m: f"%{ord(m[0]):02X}", value) + ">"


def term(name: str) -> str:
    """A JSON-LD term or compact IRI (``name``, ``hg:evidence``) as a Turtle name."""
    prefix, _, local = name.rpartition(":")
    if not prefix:
        prefix, local = "schema", name
    if prefix in PREFIXES:
        return f"{prefix}:{local}" if LOCAL_NAME.fullmatch(local) else iri(PREFIXES[prefix] + local)
    return iri(name)


def obj(value: Any, indent: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f'"{value!r}"^^xsd:double'
    if isinstance(value, str):
        return string(value)
    if "@value" in value:
        return string(str(value["@value"])) + (f"^^{term(value['@type'])}" if value.get("@type") else "")
    if "@id" in value and len(value) == 1:
        return iri(value["@id"])
    return "[\n" + predicates(value, indent + "    ") + f"\n{indent}]"


def predicates(node: dict[str, Any], indent: str) -> str:
    lines = []
    types = node.get("@type")
    if types:
        lines.append(f"{indent}a " + ", ".join(term(t) for t in (types if isinstance(types, list) else [types])))
    for key, value in node.items():
        if key.startswith("@"):
            continue
        values = value if isinstance(value, list) else [value]
        if values:
            lines.append(f"{indent}{term(key)} " + ", ".join(obj(v, indent) for v in values))
    return " ;\n".join(lines)


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> str:
    out = [f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()]
    for node in graph(tables, docs)["@graph"]:
        body = predicates(node, "    ")
        out.append(f"\n{iri(node['@id'])}\n{body} ." if body else "")
    return "\n".join(out) + "\n"

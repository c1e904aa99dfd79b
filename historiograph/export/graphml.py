"""The entity network as GraphML (Gephi, Cytoscape, yEd): entities are nodes, and two entities are
joined when they take part in the same event, weighted by how many events they share. A participant no
entity stands for ("the rebels", "the governor of Savoy") is a node of its own per phrase and document,
typed by its kind (group, office) and marked ``described``, so the network keeps who acted without
making the phrase an entity."""
from __future__ import annotations

import io

from ..model import AnnotatedDocument, CorpusTables
from .common import coordinates, cooccurrence, entity_index, events


def entity_graph(tables: CorpusTables, docs: list[AnnotatedDocument]):
    """A networkx Graph; every attribute is a string or a number (GraphML and GEXF allow no None or list)."""
    import networkx as nx

    index = entity_index(tables, docs)
    g = nx.Graph()
    for e in index.entities:
        attrs = {"label": e.name, "type": e.label, "mentions": int(e.mentions), "documents": len(e.documents),
                 "aliases": " | ".join(a for a in e.aliases if a != e.name)}
        if coordinates(e.place):
            attrs["lat"], attrs["lon"] = coordinates(e.place)
        g.add_node(e.id, **attrs | {"described": False})
    views = events(tables, docs, index)
    for v in views:
        for x in v.described:
            key = x.key()
            if key not in g:
                g.add_node(key, label=x.label, type=x.kind or "name", mentions=0, documents=1, aliases="",
                           described=True, roles="")
            node = g.nodes[key]
            node["mentions"] += 1
            node["roles"] = " | ".join(dict.fromkeys([*filter(None, node["roles"].split(" | ")), x.role]))
    for (a, b), edge in sorted(cooccurrence(views, described=True).items()):
        g.add_edge(a, b, weight=edge["weight"], event_types=" | ".join(edge["types"]),
                   events=" | ".join(edge["events"]))
    return g


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> bytes:
    import networkx as nx

    buf = io.BytesIO()
    nx.write_graphml(entity_graph(tables, docs), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()

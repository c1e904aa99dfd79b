"""The entity network as GEXF 1.2, Gephi's own format (same graph as the GraphML export)."""
from __future__ import annotations

import io

from ..model import AnnotatedDocument, CorpusTables
from .graphml import entity_graph


def export(tables: CorpusTables, docs: list[AnnotatedDocument]) -> bytes:
    import networkx as nx

    g = entity_graph(tables, docs)  # networkx writes "label" as GEXF's own node label, "weight" as edge weight
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue()

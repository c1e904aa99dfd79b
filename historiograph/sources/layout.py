"""Stage placeholder: zones of the document (header, body, references, debris)."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

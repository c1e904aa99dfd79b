"""Stage placeholder: replaced by the entities implementation."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

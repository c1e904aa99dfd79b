"""Stage placeholder: replaced by the sources implementation."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

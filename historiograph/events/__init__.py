"""Stage placeholder: replaced by the events implementation."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

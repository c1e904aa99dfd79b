"""Stage placeholder: replaced by the time implementation."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

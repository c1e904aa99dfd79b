"""Stage placeholder: replaced by the checks implementation."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

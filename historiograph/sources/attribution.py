"""Stage placeholder: attribution per sentence."""
from __future__ import annotations


def annotate(ad, options) -> dict:
    return {}

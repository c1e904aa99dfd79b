"""Document metadata read from the text itself. Placeholder until the full rules land."""
from __future__ import annotations

from ..model import Metadata


def extract_metadata(text: str) -> Metadata:
    return Metadata()

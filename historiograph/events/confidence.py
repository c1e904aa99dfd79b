"""How far to trust an event: a number in [0, 1] from what the extractor knows about it.

THRESHOLD is the one default cut: views show events at or above it, ``--all`` shows the rest.
"""
from __future__ import annotations

THRESHOLD = 0.5

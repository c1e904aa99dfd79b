"""Whether one place may lie in another (a town and its country): two accounts that name a town and its
region tell one place at two scales, not two places. Asked by the conflicts rules (``rules``) and by the
direction of movements (``direction``) before they call two places two.
"""
from __future__ import annotations

from ..entities.places import lookup

REGIONS = ("country", "us_state", "historical")


def may_lie_in(inner: str, outer: str) -> bool:
    """True when the place named ``inner`` may lie inside the region named ``outer`` (a country, a US
    state, a historical region in the gazetteer): the same country, or a place the gazetteer does not
    know. Two accounts that name a town and its region tell one place at two scales, not two places."""
    out = lookup(outer)
    if out is None or out.get("kind") not in REGIONS:
        return False
    into = lookup(inner)
    if into is None:
        return True
    if into.get("kind") == "country" or (out.get("kind") == "us_state" and into.get("kind") == "us_state"):
        return False
    return not into.get("country") or not out.get("country") or into["country"] == out["country"]

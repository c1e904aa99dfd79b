"""A spaCy Matcher run only where a match can start: the same matches, in the same order, for less.

spaCy's Matcher starts every pattern at every token (hundreds of multiword-trigger patterns times
every token of a document cost more than the rest of trigger finding). When each pattern begins with
a required plain LEMMA, a match can only start at a token with one of those lemmas and is at most
as long as the longest pattern, so running the Matcher over the windows [start, start + longest)
around such tokens (merged where they overlap) finds exactly the matches of the whole document. The
Matcher reports matches in the order they end and keeps its live states in order; windows that do
not overlap end before the next one starts, so the concatenated results are also in the same order.
Any other kind of pattern (or a callback, a greedy filter) falls back to the whole document.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA

_PLANS: dict[int, tuple] = {}


def _plan(matcher):
    """(hashes of the lemmas a match can start with, longest pattern) or None when the patterns
    are not all of that kind."""
    hit = _PLANS.get(id(matcher))
    if hit is not None and hit[0] is matcher and hit[1] == len(matcher):
        return hit[2]
    plan = None
    if not matcher._callbacks or all(cb is None for cb in matcher._callbacks.values()):
        firsts: set[int] = set()
        longest = 0
        ok = not any(matcher._filter.get(k) for k in matcher._patterns)
        for patterns in matcher._patterns.values():
            for pattern in patterns:
                head = pattern[0] if pattern else {}
                lemma = head.get("LEMMA") if isinstance(head, dict) else None
                if set(head) != {"LEMMA"} or not isinstance(lemma, str) \
                        or any(not isinstance(t, dict) or t.get("OP") not in (None, "?") for t in pattern):
                    ok = False
                    break
                firsts.add(matcher.vocab.strings.add(lemma))
                longest = max(longest, len(pattern))
            if not ok:
                break
        if ok and longest:
            plan = (np.fromiter(firsts, dtype=np.uint64, count=len(firsts)), longest)
    _PLANS[id(matcher)] = (matcher, len(matcher), plan)
    return plan


def matches(matcher, doc) -> list[tuple[int, int, int]]:
    """``matcher(doc)``: (match_id, start, end) of every match, in the Matcher's own order."""
    plan = _plan(matcher)
    if plan is None or len(doc) == 0 or not doc.has_annotation("LEMMA"):
        return matcher(doc)  # the whole document (and spaCy's own error for a doc without lemmas)
    firsts, longest = plan
    starts = np.flatnonzero(np.isin(doc.to_array(LEMMA), firsts)).tolist()
    out: list[tuple[int, int, int]] = []
    n = len(doc)
    k = 0
    while k < len(starts):
        a = starts[k]
        b = min(a + longest, n)
        k += 1
        while k < len(starts) and starts[k] < b:
            b = min(starts[k] + longest, n)
            k += 1
        out += [(key, a + s, a + e) for key, s, e in matcher(doc[a:b])]
    return out

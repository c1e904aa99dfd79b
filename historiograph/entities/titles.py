"""Titles before a person's name, for the HIPE span convention.

Our mentions follow CoNLL: "Capt. Orne" gives the mention "Orne". HIPE-2020 puts the title inside
the person's span ("Capt. Orne", "President Wilson", "Lieut. Col. Smith"). ``title_start`` gives
where the span starts under HIPE's convention; the stage itself keeps CoNLL's.
"""
from __future__ import annotations

import functools
import re

from . import lexicon

_LOOKBACK = 60


@functools.lru_cache(maxsize=None)
def _titles_re() -> re.Pattern:
    alt = "|".join(re.escape(t).replace(r"\ ", r"[\s\xa0]+")
                   for t in sorted(lexicon.titles(), key=len, reverse=True))
    # one or more titles, each with an optional full stop, right before the name
    return re.compile(rf"(?:(?<![\w.'’])(?:{alt})\.?[\s\xa0]*)+$", re.I)


def title_start(text: str, start: int) -> int:
    """Start of the titles written right before the name at ``start`` (``start`` when none)."""
    window = text[max(0, start - _LOOKBACK):start]
    m = _titles_re().search(window)
    if not m or not m.group(0).strip():
        return start
    return start - len(window) + m.start()


_POSTNOMINAL = re.compile(r"^,?[ \t\n]*(?:Esq|Esqs|Esquire)\b\.?", re.I)


def postnominal_end(text: str, end: int) -> int:
    """End of an ", Esq." written right after a name, which HIPE also puts inside the span."""
    m = _POSTNOMINAL.match(text[end:end + 16])
    return end + m.end() if m else end

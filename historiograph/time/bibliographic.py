"""Is a date bibliographic (a publication or access date) rather than a date of the story?

The layout stage marks reference-list zones; this module adds cheap cues of its own so that the time
stage stands alone: a line that looks like a reference entry ("2. Jump up to: ...", "^ Coox 1968",
a line with ISBN/doi/ISSN/"Retrieved"), every line after a "References"/"Notes" heading, and a short
citation in running text ("(Coox 1968, p. 411)").
"""
from __future__ import annotations

import bisect
import functools
import re

from .lexicon import references_lexicon


@functools.lru_cache(maxsize=1)
def _compiled():
    lx = references_lexicon()
    line = re.compile("|".join(f"(?:{p})" for p in lx["line_patterns"]), re.M)
    heading = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(h) for h in lx["headings"]) + r")[ \t]*:?[ \t]*$",
                         re.I | re.M)
    before = re.compile(lx["short_citation_before"])
    after = re.compile(lx["short_citation_after"])
    return line, heading, before, after, frozenset(lx["not_surnames"])


class Bibliographic:
    """Answers ``is_bibliographic(start, end)`` for one text in O(log lines)."""

    def __init__(self, text: str, zone_at=None):
        line_re, heading_re, self._before, self._after, self._not_names = _compiled()
        self.text = text
        self.zone_at = zone_at
        self._lines: list[tuple[int, int]] = []
        for m in line_re.finditer(text):
            s = text.rfind("\n", 0, m.start()) + 1
            e = text.find("\n", m.start())
            self._lines.append((s, len(text) if e < 0 else e))
        self._lines = sorted(set(self._lines))
        self._starts = [s for s, _ in self._lines]
        h = heading_re.search(text)
        self._after_heading = h.end() if h and h.start() > len(text) // 3 else None

    def __call__(self, start: int, end: int) -> bool:
        if self.zone_at is not None and self.zone_at(start) == "references":
            return True
        if self._after_heading is not None and start >= self._after_heading:
            return True
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._lines[i][0] <= start < self._lines[i][1]:
            return True
        return self.short_citation(start, end)

    def short_citation(self, start: int, end: int) -> bool:
        """'Coox 1968, p. 411', '(Smith and Jones 1990)': the year of a work, not of an event."""
        value = self.text[start:end]
        if not value[:4].isdigit():
            return False
        left = self.text[max(0, start - 60):start]
        m = self._before.search(left)
        if not m:
            return False
        name = m.group(0).strip(" ([;,")
        if name.split()[0] in self._not_names:
            return False
        return bool(self._after.match(self.text[end:end + 40]))

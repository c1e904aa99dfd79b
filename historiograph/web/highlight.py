"""A document's text as HTML with its annotations in place.

Annotations overlap (a date inside a name, a sentence cut by a zone boundary), and HTML elements must
nest. Marks are nested outer-to-inner by rank; a mark that crosses the end of the mark it sits in is cut
in two there, so every element is well formed and every character lies in exactly one text leaf.
Footnote markers are atomic: other marks are cut around them (a <details> may not sit inside a link).

Every character of the document passes through ``esc`` (markupsafe's escaping); nothing else of the text is
emitted, so the rendered text nodes, read in order, are the document text itself (the reader's script
relies on that to highlight any #c{start}-{end} range).
"""
from __future__ import annotations

import functools
import heapq
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable

from markupsafe import Markup


@dataclass(frozen=True)
class Mark:
    """A span to wrap: `open`/`close` are the element's tags as HTML (built by `tag`, values escaped)."""

    start: int
    end: int
    rank: int  # outer marks have lower ranks
    open: str
    close: str
    anchor: str | None = None  # id given to the first piece ("c12-40")
    is_link: bool = False
    plain: tuple[str, str] | None = None  # tags to use instead inside a link (no nested <a>)


@dataclass
class _Node:
    mark: Mark | None
    start: int
    end: int
    first: bool = True
    children: list["_Node"] = field(default_factory=list)


_SPECIAL = re.compile("[&<>'\"]").search


def esc(value: str) -> str:
    """``str(markupsafe.escape(value))`` for a str, without building a Markup object per call: the same
    five replacements in the same order (a document page escapes thousands of pieces, most with nothing
    to escape: one search finds those)."""
    if _SPECIAL(value) is None:
        return value
    return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;")
            .replace('"', "&#34;"))


def _text(text: str) -> str:
    """Escaped document text; a carriage return is written as a reference so the HTML parser keeps it."""
    return esc(text).replace("\r", "&#13;")


def escape_text(text: str) -> Markup:
    """Escape document text; a carriage return is written as a reference so the HTML parser keeps it."""
    return Markup(_text(text))


def _cut_around(marks: list[Mark], holes: list[tuple[int, int]]) -> list[tuple[int, int, Mark]]:
    """Pieces (start, end, mark) of each mark outside the atomic ranges `holes` (sorted, disjoint)."""
    out = []
    for m in marks:
        pos = m.start
        for hs, he in holes:
            if he <= pos or hs >= m.end:
                continue
            if hs > pos:
                out.append((pos, hs, m))
            pos = max(pos, he)
        if pos < m.end:
            out.append((pos, m.end, m))
    return out


def render(text: str, marks: list[Mark], atoms: list[tuple[int, int, Callable[[Markup], Markup]]] = ()) -> Markup:
    """HTML of `text` with `marks` nested and `atoms` (start, end, wrap(escaped inner text)) kept whole."""
    n = len(text)
    atoms = sorted((max(0, s), min(n, e), w) for s, e, w in atoms if 0 <= s < e <= n)
    kept_atoms, last = [], 0
    for s, e, w in atoms:  # overlapping atoms: the first one wins
        if s >= last:
            kept_atoms.append((s, e, w))
            last = e
    holes = [(s, e) for s, e, _ in kept_atoms]
    valid = [m for m in marks if 0 <= m.start < m.end <= n]
    pieces = _cut_around(valid, holes)

    root = _Node(None, 0, n)
    heap = [(s, -e, m.rank, i, s, e, m, s == m.start) for i, (s, e, m) in enumerate(pieces)]
    heapq.heapify(heap)
    seq = len(heap)
    stack = [root]
    while heap:
        s, _, rank, _, s, e, m, first = heapq.heappop(heap)
        while s >= stack[-1].end:
            stack.pop()
        parent = stack[-1]
        if e > parent.end:  # crosses its container: keep the inside part, queue the rest
            seq += 1
            heapq.heappush(heap, (parent.end, -e, rank, seq, parent.end, e, m, False))
            e = parent.end
        node = _Node(m, s, e, first)
        parent.children.append(node)
        stack.append(node)

    atom_at = {s: (e, w) for s, e, w in kept_atoms}
    atom_starts = [s for s, _, _ in kept_atoms]
    used_ids: set[str] = set()
    out: list[str] = []  # plain str pieces, every piece of text through esc()

    def leaf(a: int, b: int) -> None:
        """Text a..b with any atoms inside it (atoms never straddle a mark piece)."""
        pos = a
        while pos < b:
            i = bisect_left(atom_starts, pos)
            nxt = atom_starts[i] if i < len(atom_starts) and atom_starts[i] < b else b
            if nxt > pos:
                out.append(_text(text[pos:nxt]))
            if nxt < b:
                e, wrap = atom_at[nxt]
                out.append(str(wrap(Markup(_text(text[nxt:e])))))
                pos = e
            else:
                pos = b

    def emit(node: _Node, in_link: bool) -> None:
        m = node.mark
        link_here = False
        if m is not None:
            open_, close = m.open, m.close
            if m.is_link and in_link:
                open_, close = m.plain or ("<span>", "</span>")
            else:
                link_here = m.is_link
            if node.first and m.anchor and m.anchor not in used_ids:
                used_ids.add(m.anchor)
                open_ = f'{open_[:-1]} id="{esc(m.anchor)}">'
            out.append(open_)
        pos = node.start
        for child in node.children:
            if child.start > pos:
                leaf(pos, child.start)
            emit(child, in_link or link_here)
            pos = child.end
        if pos < node.end:
            leaf(pos, node.end)
        if m is not None:
            out.append(close)

    emit(root, False)
    return Markup("".join(out))


def tag(name: str, **attrs: object) -> tuple[str, str]:
    """Open and close tags with escaped attribute values (`class_` for class, `data_x` for data-x), as
    HTML strings. A page repeats the same few tags (one entity's name, one kind of date) many times:
    each distinct tag is built once."""
    return _tag(name, tuple(attrs.items()))


@functools.lru_cache(maxsize=16384)
def _tag(name: str, attrs: tuple[tuple[str, object], ...]) -> tuple[str, str]:
    out = "<" + name
    for k, v in attrs:
        if v is None or v is False:
            continue
        attr = k.rstrip("_").replace("_", "-")
        out += " " + attr if v is True else f' {attr}="{esc(v if type(v) is str else str(v))}"'
    return out + ">", f"</{name}>"

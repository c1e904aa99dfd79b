"""The one error type of ingest: a file and what is wrong with it, in one line."""
from __future__ import annotations

import os
import re

# C0 and C1 controls, DEL, and lone surrogates (what Python makes of a file name's undecodable bytes)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def printable(name: str | os.PathLike) -> str:
    """A file name as one safe line: an ESC or a newline in a name never reaches the terminal raw, and
    bytes that are not UTF-8 are written \\xNN, so the name can be printed and stored."""
    s = os.fspath(name)
    if isinstance(s, bytes):
        s = os.fsdecode(s)

    def esc(m: re.Match) -> str:
        c = ord(m.group())
        if 0xDC80 <= c <= 0xDCFF:  # surrogateescape: the original byte
            return f"\\x{c - 0xDC00:02x}"
        return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"

    return _UNPRINTABLE.sub(esc, s)


class IngestError(Exception):
    def __init__(self, source: str, problem: str):
        source = printable(source)
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

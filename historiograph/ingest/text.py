"""Plain text and Markdown: the decoded file, unchanged, so offsets point at what the reader sees."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .errors import IngestError

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
# Single-byte and CJK encodings worth guessing, commonest first (charset-normalizer's names).
PREFERRED = ["cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "mac_roman",
             "cp1253", "cp1254", "cp1257", "iso8859_5", "cp866", "mac_cyrillic", "shift_jis", "euc_jp",
             "gb18030", "big5", "euc_kr", "cp949"]
_BINARY_MAGIC = [b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"%PDF", b"\x1f\x8b"]


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes to text: BOMs first, then strict UTF-8, then charset-normalizer's best guess.

    Returns (text, encoding). The BOM itself is not part of the text.
    """
    if not data:
        raise IngestError(source, "the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise IngestError(source, f"undecodable bytes after a {enc} byte-order mark") from None
    if any(data.startswith(m) for m in _BINARY_MAGIC):
        raise IngestError(source, "a binary file, not text")
    sample = data[:200_000]
    if sample.count(b"\x00") > len(sample) // 10:
        # UTF-16 without a BOM shows NULs in every other byte; anything else with NULs is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_printable(text):
                return text, enc
        raise IngestError(source, "a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if sample.count(b"\x00"):
        raise IngestError(source, "a binary file, not text")
    results = list(from_bytes(data, cp_isolation=PREFERRED))
    if not results:
        raise IngestError(source, "undecodable bytes: not UTF-8, and no other encoding fits")
    # Short texts nearly tie between related code pages (à in cp1252 is ą in cp1257, both letters):
    # among the near-best, prefer the commoner code page.
    least = min(r.chaos for r in results)
    near = [r for r in results if r.chaos <= least + 0.05]
    rank = {enc: i for i, enc in enumerate(PREFERRED)}
    best = min(near, key=lambda r: (rank.get(r.encoding, len(rank)), -r.coherence))
    text = str(best)
    if not _mostly_printable(text):
        raise IngestError(source, "undecodable bytes: no encoding gives readable text")
    return text, best.encoding


def _mostly_printable(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return bad / len(sample) < 0.01

"""Plain text and Markdown: the decoded file, unchanged, so offsets point at what the reader sees.

Encoding detection judges each candidate code page by the words it produces. Latin text read in the
wrong code page gives words no language writes: "Ьber" (a Cyrillic letter inside a Latin word),
"Ïðèâåò" (a word of accented letters only), "Z‹rich" (a symbol inside a word). The candidate with
the fewest such words wins; only between candidates that read equally well does charset-normalizer's
statistical guess decide, and then the commoner code page. A UTF-8 file with a few stray single-byte
regions is decoded region by region (UTF-8 where it is valid, cp1252 elsewhere) and flagged.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field


from .errors import IngestError

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
# Single-byte and CJK encodings worth guessing, commonest first (charset-normalizer's names).
PREFERRED = ["cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2", "mac_roman",
             "cp1253", "cp1254", "cp1257", "iso8859_5", "cp866", "mac_cyrillic", "shift_jis", "euc_jp",
             "gb18030", "big5", "euc_kr", "cp949"]
_BINARY_MAGIC = [b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"%PDF", b"\x1f\x8b"]
_TOKEN = re.compile(r"\S+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MIXED_FALLBACK = "cp1252"


@dataclass
class Decoded:
    text: str
    encoding: str
    confidence: float = 1.0  # share of the words with non-ASCII letters that read as real words
    notes: list[str] = field(default_factory=list)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes to text (the BOM itself is not part of the text). Returns (text, encoding)."""
    d = detect(data, source)
    return d.text, d.encoding


def detect(data: bytes, source: str) -> Decoded:
    """Decode bytes: BOMs, strict UTF-8, UTF-8 with stray single-byte regions, then the code page whose
    words read best. Returns the text, the encoding, a confidence and notes worth telling the user."""
    if not data:
        raise IngestError(source, "the file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
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
                return Decoded(text, enc)
        raise IngestError(source, "a binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if sample.count(b"\x00"):
        raise IngestError(source, "a binary file, not text")
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    return _best_code_page(data, source)


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with some regions in a single-byte code page (a paste from an old file): when most
    non-ASCII bytes form valid UTF-8 sequences, decode those as UTF-8 and the rest as cp1252."""
    good = bad = 0
    pos, n = 0, len(data)
    while pos < n:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            good += len(_NON_ASCII.findall(data[pos:pos + exc.start].decode("utf-8")))
            bad += exc.end - exc.start
            pos += exc.end
    else:
        pass
    if pos < n:
        good += len(_NON_ASCII.findall(data[pos:].decode("utf-8", "replace")))
    if good < 2 * bad or good < 3:
        return None
    pieces, pos, regions = [], 0, 0
    while pos < n:
        try:
            pieces.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            pieces.append(data[pos:pos + exc.start].decode("utf-8"))
            end = exc.start + exc.end - exc.start
            # take the whole run of undecodable bytes as one region
            run_end = pos + end
            while run_end < n and data[run_end] >= 0x80:
                try:
                    data[run_end:run_end + 4].decode("utf-8")
                    break
                except UnicodeDecodeError as inner:
                    if inner.start > 0:
                        break
                    run_end += 1
            pieces.append(data[pos + exc.start:run_end].decode(MIXED_FALLBACK, "replace"))
            regions += 1
            pos = run_end
    text = "".join(pieces)
    conf = good / (good + bad)
    return Decoded(text, f"utf-8+{MIXED_FALLBACK}", round(conf, 3),
                   [f"mixed encodings: UTF-8 with {regions} region(s) read as {MIXED_FALLBACK} "
                    f"(confidence {conf:.2f})"])


def _best_code_page(data: bytes, source: str) -> Decoded:
    sample = data[:400_000]
    scored = []
    for enc in PREFERRED:
        try:
            text = sample.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        odd, total = implausible_words(text)
        scored.append((odd, enc, total))
    if not scored:
        raise IngestError(source, "undecodable bytes: not UTF-8, and no other encoding fits")
    least = min(s[0] for s in scored)
    near = [enc for odd, enc, _ in scored if odd <= least + least // 50]
    rank = {enc: i for i, enc in enumerate(PREFERRED)}
    best = near[0]
    if len(near) > 1 and not _mostly_ascii_letters(sample):
        from charset_normalizer import from_bytes  # (only here: a UTF-8 text never needs it)

        results = list(from_bytes(sample, cp_isolation=near))
        if results:
            low = min(r.chaos for r in results)
            close = [r for r in results if r.chaos <= low + 0.05]
            best = min(close, key=lambda r: (rank.get(r.encoding, len(rank)), -r.coherence)).encoding
    try:
        text = data.decode(best)
    except UnicodeDecodeError:
        raise IngestError(source, f"undecodable bytes: not UTF-8, and not {best} throughout") from None
    if not _mostly_printable(text):
        raise IngestError(source, "undecodable bytes: no encoding gives readable text")
    odd, total = next((o, t) for o, e, t in scored if e == best)
    conf = round(1 - odd / total, 3) if total else 1.0
    notes = [] if conf >= 0.9 else [f"encoding uncertain: read as {best} (confidence {conf:.2f})"]
    return Decoded(text, best, conf, notes)


def _mostly_ascii_letters(sample: bytes) -> bool:
    """Latin-script text (most letters ASCII): among code pages that read equally well, the commonest
    Western one is likeliest; statistics over a handful of accented letters are not evidence."""
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    high = sum(1 for b in sample if b >= 0x80)
    return high <= 2 * ascii_letters + 2


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def implausible_words(text: str) -> tuple[int, int]:
    """(words no language writes, words with non-ASCII characters) in a decoded text."""
    odd = total = 0
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.isascii():
            continue
        total += 1
        if _odd_token(tok):
            odd += 1
    return odd, total


def _odd_token(tok: str) -> bool:
    scripts = set()
    letters = ascii_letters = 0
    for i, ch in enumerate(tok):
        if ch.isalpha():
            letters += 1
            if ch.isascii():
                ascii_letters += 1
                scripts.add("LATIN")
            else:
                scripts.add(_script(ch))
            continue
        if ch.isascii():
            continue
        cat = unicodedata.category(ch)
        if cat[0] == "C":
            return True  # a control character (C1 controls are what Latin-1 makes of cp1252 quotes)
        inside = 0 < i < len(tok) - 1 and tok[i - 1].isalpha() and tok[i + 1].isalpha()
        if inside and cat not in ("Pd", "Pf", "Pi", "Po", "Mn"):
            return True  # "Z‹rich": a symbol inside a word
    if len(scripts - {"?"}) > 1 and not (scripts <= {"CJK", "HIRAGANA", "KATAKANA", "LATIN"}
                                          and "LATIN" not in scripts):
        return True  # "Ьber": a Cyrillic letter inside a Latin word
    if letters >= 2 and ascii_letters == 0 and scripts == {"LATIN"}:
        return True  # "Ïðèâåò": a word of accented Latin letters only
    return False


def _mostly_printable(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return bad / len(sample) < 0.01

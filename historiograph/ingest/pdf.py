"""PDF: the text layer (pypdf), read in a child process with limits on pages, memory and time.

A crafted PDF (a decompression bomb, a page tree that loops, a font that makes pypdf spin) then
costs one line naming the file, never the build: the child is killed at its limit and the parent
reports what it hit. A scanned PDF without a text layer is reported, not guessed at.
"""
from __future__ import annotations

import json
import subprocess
import sys

from ..model import Metadata
from .errors import IngestError

MAX_PAGES = 5_000
SECONDS = 600
MEMORY = 3 * 2**30  # address space of the child, bytes
MAX_CHARS = 100_000_000  # extracted text; far beyond any book

_CHILD = r"""
import io, json, logging, resource, sys
limit_pages, limit_mem, limit_chars = (int(a) for a in sys.argv[1:4])
try:
    resource.setrlimit(resource.RLIMIT_AS, (limit_mem, limit_mem))
except (ValueError, OSError):
    pass
logging.disable(logging.CRITICAL)
def answer(d):
    sys.stdout.write(json.dumps(d)); sys.stdout.flush(); sys.exit(0)
try:
    from pypdf import PdfReader
    reader = PdfReader(io.BytesIO(sys.stdin.buffer.read()))
    n = len(reader.pages)
    if n > limit_pages:
        answer({"error": f"too many pages ({n}; the limit is {limit_pages})"})
    pages, total = [], 0
    for page in reader.pages:
        t = page.extract_text() or ""
        total += len(t)
        if total > limit_chars:
            answer({"error": f"more than {limit_chars:,} characters of text"})
        pages.append(t)
    title = author = None
    try:
        info = reader.metadata
        if info:
            title = str(info.title) if info.title else None
            author = str(info.author) if info.author else None
    except Exception:
        pass
    answer({"pages": pages, "title": title, "author": author})
except MemoryError:
    answer({"error": "needs more memory than allowed (a decompression bomb?)"})
except RecursionError:
    answer({"error": "not a readable PDF (nested too deeply)"})
except Exception as exc:
    msg = str(exc).splitlines()[0][:160] if str(exc) else ""
    answer({"error": f"not a readable PDF ({type(exc).__name__}{': ' + msg if msg else ''})"})
"""


def _preexec() -> None:
    from ..procs import die_with_parent

    die_with_parent()


def extract(data: bytes, source: str, max_pages: int = MAX_PAGES, seconds: float = SECONDS,
            memory: int = MEMORY) -> tuple[str, Metadata, str | None]:
    try:
        proc = subprocess.run([sys.executable, "-I", "-c", _CHILD, str(max_pages), str(memory), str(MAX_CHARS)],
                              input=data, capture_output=True, timeout=seconds, preexec_fn=_preexec)
    except subprocess.TimeoutExpired:
        raise IngestError(source, f"a PDF that takes more than {seconds:.0f} s to read (limit reached)") from None
    try:
        result = json.loads(proc.stdout.decode("utf-8"))
    except ValueError:
        why = "ran out of memory" if proc.returncode in (-9, 137, 1) else f"the reader died ({proc.returncode})"
        raise IngestError(source, f"not a readable PDF ({why})") from None
    if "error" in result:
        raise IngestError(source, result["error"])
    text = "\n\n".join(p.strip("\n") for p in result["pages"])
    if not text.strip():
        raise IngestError(source, "a PDF with no text layer (scanned pages need OCR first)")
    return text, Metadata(title=result.get("title"), author=result.get("author")), None

"""Reading files into Documents: one module per format, encoding detection, metadata.

Every failure is an ``IngestError`` naming the file and the problem in one line: every reader of an
input runs behind one error boundary (`read`), so a bug or a hostile file in any format library
becomes that line, never a traceback that ends the build.
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .errors import IngestError, printable
from .metadata import extract_metadata

__all__ = ["read", "read_bytes", "from_text", "iter_files", "IngestError", "SUFFIXES", "Limits", "printable",
           "canonical"]

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
            ".html": "html", ".htm": "html", ".pdf": "pdf"}
# Document formats a user may well keep beside their texts, which we cannot read: named, not skipped.
UNSUPPORTED = {".docx", ".doc", ".odt", ".rtf", ".epub", ".mobi", ".azw", ".azw3", ".djvu", ".pages", ".fb2"}
MAX_MB = 256  # a 20 MB text or a 2,000-page PDF fits well within it


@dataclass(frozen=True)
class Limits:
    """What one input may cost (options of `build` and `annotate`)."""

    max_bytes: int = MAX_MB * 2**20
    max_pages: int = 5_000
    pdf_seconds: float = 600.0


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical(path: Path) -> str:
    """The one spelling of a file: absolute, symbolic links resolved, case folded where the file
    system ignores case, so `corpus/p0`, `./corpus/p0` and `$PWD/corpus/p0` are one document."""
    real = os.path.realpath(os.fspath(path))
    return printable(os.path.normcase(real))


def read(path: Path, source: str | None = None, limits: Limits = Limits(), data: bytes | None = None) -> Document:
    """Read one file into a Document (text, format, metadata, content hash).

    ``data``: the file's bytes, already read (a cluster worker gets them shipped, not the file)."""
    path = Path(path)
    source = printable(source if source is not None else path)
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    if path.suffix.lower() in UNSUPPORTED:
        raise IngestError(source, f"{path.suffix.lower()} files are not supported (save it as .txt, .html or .pdf)")
    if data is None:
        data = read_bytes(path, source, limits.max_bytes)
    elif len(data) > limits.max_bytes:
        raise IngestError(source, f"too large (the limit is {limits.max_bytes // 2**20} MiB, --max-mb to raise it)")
    try:
        return _document(data, fmt, source, limits)
    except IngestError:
        raise
    except MemoryError:
        raise IngestError(source, "needs more memory than there is") from None
    except RecursionError:
        raise IngestError(source, f"cannot be read as {fmt} (nested too deeply)") from None
    except Exception as exc:  # a format library's own error on a hostile or broken file
        msg = (str(exc).splitlines() or [""])[0][:160]
        raise IngestError(source, f"cannot be read as {fmt} ({type(exc).__name__}{': ' + msg if msg else ''})") from None


def _document(data: bytes, fmt: str, source: str, limits: Limits) -> Document:
    digest = sha256_bytes(data)
    notes: list[str] = []
    # each reader imported when a file needs it: trafilatura and lxml cost a tenth of a second, for no .txt
    if fmt == "html":
        from . import html

        body, meta, enc = html.extract(data, source)
    elif fmt == "pdf":
        from . import pdf

        body, meta, enc = pdf.extract(data, source, max_pages=limits.max_pages, seconds=limits.pdf_seconds)
    else:
        from . import text

        decoded = text.detect(data, source)
        body, enc, notes = decoded.text, decoded.encoding, decoded.notes
        meta = None
    if not body.strip():
        raise IngestError(source, "no text in it" if fmt in ("html", "pdf") else "the file is empty")
    found = extract_metadata(body)
    if meta:  # what the HTML/PDF itself declares wins over what the text suggests
        for key in ("title", "author", "published"):
            if getattr(meta, key):
                setattr(found, key, getattr(meta, key))
    return Document(source=source, text=body, metadata=found, format=fmt, sha256=digest, encoding=enc,
                    notes=notes)


def from_text(body: str, source: str = "<text>") -> Document:
    return Document(source=source, text=body, metadata=extract_metadata(body), format="txt",
                    sha256=sha256_bytes(body.encode("utf-8", "surrogatepass")), encoding="utf-8")


_KINDS = [(stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory")]


def _not_regular(mode: int) -> str:
    return next((f"{what}, not a regular file" for test, what in _KINDS if test(mode)), "not a regular file")


_open = os.open  # (a test makes it refuse, as the OS would to anyone but root)


def read_bytes(path: Path, source: str, max_bytes: int = Limits.max_bytes) -> bytes:
    """The file's bytes. Only a regular file is opened, and without blocking: a FIFO named x.txt would
    otherwise wait forever for a writer."""
    try:
        try:
            st = path.stat()
        except FileNotFoundError:
            raise IngestError(source, "no such file") from None
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(source, _not_regular(st.st_mode))
        fd = _open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            st = os.fstat(fd)  # the file opened, not a name swapped since the check
            if not stat.S_ISREG(st.st_mode):
                raise IngestError(source, _not_regular(st.st_mode))
            if st.st_size > max_bytes:
                raise IngestError(source, f"too large ({st.st_size / 1e6:.0f} MB; the limit is "
                                          f"{max_bytes // 2**20} MiB, --max-mb to raise it)")
            with os.fdopen(fd, "rb", closefd=False) as f:
                data = f.read(max_bytes + 1)
        finally:
            os.close(fd)
        if len(data) > max_bytes:
            raise IngestError(source, f"too large (the limit is {max_bytes // 2**20} MiB, --max-mb to raise it)")
        return data
    except PermissionError:
        raise IngestError(source, "permission denied (the file cannot be read)") from None
    except OSError as exc:
        raise IngestError(source, f"cannot be read ({exc.strerror or exc})") from None


def iter_files(paths: list[Path]):
    """Yield (path, error) for every file under ``paths``: folders recursively, symlink loops cut.

    A directory is entered once (by its resolved path), so a symlink loop ends instead of recursing.
    Inside folders, unknown suffixes are skipped, document formats we cannot read (.docx, .epub) are
    named, and anything that is not a regular file (a FIFO, a socket) is named; a file named
    explicitly is always tried.
    """
    seen_dirs: set[Path] = set()

    def walk(d: Path):
        try:
            real = d.resolve(strict=True)
        except (OSError, RuntimeError):
            yield d, IngestError(str(d), "a symbolic link loop or a broken link")
            return
        if real in seen_dirs:
            return
        seen_dirs.add(real)
        try:
            children = sorted(d.iterdir())
        except OSError as exc:
            yield d, IngestError(str(d), f"folder cannot be read ({exc.strerror or exc})")
            return
        for child in children:
            if child.name.startswith("."):
                continue
            try:
                mode = child.stat().st_mode
            except OSError:
                mode = 0
            if stat.S_ISDIR(mode):
                yield from walk(child)
                continue
            suffix = child.suffix.lower()
            if suffix in UNSUPPORTED:
                yield child, IngestError(str(child), f"{suffix} files are not supported (save it as .txt, "
                                                     ".html or .pdf)")
            elif suffix in SUFFIXES:
                yield (child, None) if stat.S_ISREG(mode) else (child, IngestError(str(child), _not_regular(mode)))

    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from walk(p)
        elif not p.exists() and not p.is_symlink():
            yield p, IngestError(str(p), "no such file or folder")
        else:
            yield p, None

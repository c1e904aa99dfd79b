"""Reading files into Documents: one module per format, encoding detection, metadata.

Every failure is an ``IngestError`` naming the file and the problem in one line.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Document
from .errors import IngestError
from .metadata import extract_metadata

__all__ = ["read", "read_bytes", "from_text", "iter_files", "IngestError", "SUFFIXES"]

SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
            ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_BYTES = 64 * 1024 * 1024  # a text this large is almost surely not a narrative source


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(path: Path, source: str | None = None, data: bytes | None = None) -> Document:
    """Read one file into a Document (text, format, metadata, content hash).

    ``data``: the file's bytes, already read (a cluster worker gets them shipped, not the file)."""
    from . import html, pdf, text

    source = source or str(path)
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    if data is None:
        data = read_bytes(path, source)
    digest = sha256_bytes(data)
    if fmt == "html":
        body, meta, enc = html.extract(data, source)
    elif fmt == "pdf":
        body, meta, enc = pdf.extract(data, source)
    else:
        body, enc = text.decode(data, source)
        meta = None
    if not body.strip():
        raise IngestError(source, "no text in it" if fmt in ("html", "pdf") else "the file is empty")
    found = extract_metadata(body)
    if meta:  # what the HTML/PDF itself declares wins over what the text suggests
        for key in ("title", "author", "published"):
            if getattr(meta, key):
                setattr(found, key, getattr(meta, key))
    return Document(source=source, text=body, metadata=found, format=fmt, sha256=digest, encoding=enc)


def from_text(body: str, source: str = "<text>") -> Document:
    return Document(source=source, text=body, metadata=extract_metadata(body), format="txt",
                    sha256=sha256_bytes(body.encode("utf-8")), encoding="utf-8")


def read_bytes(path: Path, source: str) -> bytes:
    """The file's bytes, or an IngestError naming the file and the problem."""
    try:
        if not path.exists():
            raise IngestError(source, "no such file")
        if path.is_dir():
            raise IngestError(source, "is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(source, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
        return path.read_bytes()
    except PermissionError:
        raise IngestError(source, "permission denied (the file cannot be read)") from None
    except OSError as exc:
        raise IngestError(source, f"cannot be read ({exc.strerror or exc})") from None


def iter_files(paths: list[Path]):
    """Yield (path, error) for every file under ``paths``: folders recursively, symlink loops cut.

    A directory is entered once (by its resolved path), so a symlink loop ends instead of recursing.
    Unknown suffixes inside folders are skipped; a file named explicitly is always tried.
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
            if child.is_dir():
                yield from walk(child)
            elif child.suffix.lower() in SUFFIXES:
                yield child, None

    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from walk(p)
        elif not p.exists() and not p.is_symlink():
            yield p, IngestError(str(p), "no such file or folder")
        else:
            yield p, None

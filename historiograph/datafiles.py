"""Reading historiograph's data files (historiograph/data/<area>/<name>): lexicons, gazetteers, tables.

Data, not code: a new trigger word, place name or heading is a change to one of these files. Each
stage's lexicon module caches what it builds from them (functools.lru_cache), so a file is read once
per process.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import json
import os
import pickle
import stat
import sys
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable

DATA = Path(__file__).resolve().parent / "data"


def path(area: str, name: str) -> Path:
    return DATA / area / name


def text(area: str, name: str) -> str:
    return path(area, name).read_text(encoding="utf-8")


def lines(area: str, name: str) -> list[str]:
    """The non-empty lines, stripped, without comment lines starting with '#'."""
    return [ln.strip() for ln in text(area, name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def rows(area: str, name: str) -> list[list[str]]:
    """A tab-separated table: one list of fields per line (comments and blank lines skipped)."""
    return [ln.split("\t") for ln in lines(area, name)]


@contextmanager
def gc_paused():
    """Build a large table (a gazetteer, a model) without the cyclic garbage collector.

    Tens of thousands of new dicts and lists set off full collections, each of which walks every
    object of the process (the spaCy model's too), about a tenth of a CPU second apiece, and finds
    nothing: a table of plain records makes no reference cycles. The collector's state is restored;
    nothing is frozen here: ``gc.freeze`` would also keep, for the process's life, every cycle already
    unreachable at that moment (a table is loaded mid-document, mid-serve). What the first document
    loaded is frozen by pipeline._loading, after one full collection.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load_json(area: str, name: str) -> Any:
    return json.loads(text(area, name))


def crf_tagger(model: Path):
    """A python-crfsuite tagger over a shipped model file; None without the file or the package
    (the stages that use one then work by their rules alone)."""
    if not model.is_file():
        return None
    try:
        import pycrfsuite
    except ImportError:
        return None
    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t


CACHE_ENV = "HISTORIOGRAPH_CACHE"  # a folder for tables built once; "off" (or empty) keeps none


def cache_dir() -> Path | None:
    """Where tables built from data files are kept between processes: $HISTORIOGRAPH_CACHE, else
    $XDG_CACHE_HOME/historiograph (~/.cache/historiograph); None when switched off or
    there is no home folder."""
    env = os.environ.get(CACHE_ENV)
    if env is not None:
        return None if env.strip() in ("", "off", "0") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if not os.path.isabs(home):  # (no HOME and no passwd entry: "~", which is no place for a cache)
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "historiograph"


def built_once(name: str, inputs: Iterable[Path], build: Callable[[], Any], extra: str = "") -> Any:
    """What ``build()`` returns, pickled in ``cache_dir()`` after the first process that builds it.

    For tables that take a process a noticeable share of its start-up to build from several data files
    (the gazetteer: ~0.3 CPU s; unpickled: ~0.06). The cache file is named by a hash of the bytes of
    every input (the data files and the code that reads them) and ``extra`` (package versions): any
    change to one of them is another name, so a stale table is never read; the older files of that
    name beyond the newest few are removed. The folder must be this user's alone (a pickle is code). Nothing
    is downloaded; an unreadable, unwritable or shared cache means building it here.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha256(f"{extra}\0{sys.version_info[:2]}\0{unicodedata.unidata_version}".encode("utf-8"))
    for p in sorted(set(inputs)):
        st = p.stat()
        digest.update(p.name.encode("utf-8") + b"\0" + _file_digest(str(p), st.st_size, st.st_mtime_ns) + b"\0")
    path = folder / f"{name}-{digest.hexdigest()[:24]}.pickle"
    if _private(folder):
        try:
            with open(path, "rb") as fp, gc_paused():
                return pickle.load(fp)
        except Exception:  # (absent, or a damaged or truncated file: built again and rewritten)
            pass
    value = build()
    tmp = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return value
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fp:
            pickle.dump(value, fp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # (atomic: a reader in another process sees the old name or the whole file)
        tmp = None
    except Exception:  # (an unwritable folder, a full disk, a table that cannot be pickled: built here)
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    _prune(folder, name, keep=path)
    return value


@functools.lru_cache(maxsize=512)
def _file_digest(path: str, size: int, mtime_ns: int) -> bytes:
    """The SHA-256 of a file's bytes, read once per process for as long as its size and time stay
    (two tables made of the same files, the gazetteer and the city-name index, hash them once)."""
    with open(path, "rb") as fp:
        return hashlib.sha256(fp.read()).digest()


def _private(folder: Path) -> bool:
    """A cache folder only this user can write: a pickle is code, so one that others could have put
    there is never read (nor written to)."""
    try:
        st = folder.stat()
    except OSError:
        return False
    owner_ok = not hasattr(os, "getuid") or st.st_uid == os.getuid()
    return owner_ok and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _prune(folder: Path, name: str, keep: Path, most: int = 4) -> None:
    """Remove all but the ``most`` newest cache files of ``name``: several checkouts (or versions) may
    share the folder, each with its own file, and none should rebuild on every start because another
    removed its table."""
    try:
        files = sorted(folder.glob(f"{name}-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in [f for f in files if f != keep][most - 1:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass

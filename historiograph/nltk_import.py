"""nltk's WordNet module, imported without the rest of nltk.

``import nltk`` (or of any module inside it) first runs nltk/__init__.py, which imports the whole
library: parsers, classifiers, chunkers, translation metrics, some 250 regexes compiled with the
``regex`` engine, 280 modules, ~0.18 CPU s of every process. historiograph reads WordNet only, with
nltk's ``corpus.reader.wordnet`` and the two dozen modules that one imports (~0.05 s).

Here the packages on the way to it (``nltk``, ``nltk.corpus``, ``nltk.corpus.reader`` and the two
it takes a name from, ``nltk.tag`` and ``nltk.tokenize``) are made as an import makes them, their
``__init__`` not yet run: a submodule imports as usual, and the three names those ``__init__`` files
would have re-exported are set from the modules that define them. Afterwards the first name
anything asks of such a package that it lacks (``nltk.word_tokenize``, ``from nltk.corpus import
brown``) runs nltk's ``__init__`` and then that package's, in the order ``import`` runs them: the rest
of nltk is there for whoever asks for it, with the modules already imported kept as they are. Where
another nltk needs other names, its packages are run after all and the module is imported as usual.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types

# the packages whose __init__ waits, parents first
PACKAGES = ("nltk", "nltk.tokenize", "nltk.tag", "nltk.corpus", "nltk.corpus.reader")
# (package, name, module): a name the WordNet module's imports take from a package, and where it is defined
REEXPORTED = (("nltk.tokenize", "wordpunct_tokenize", "nltk.tokenize.regexp"),
              ("nltk.tag", "map_tag", "nltk.tag.mapping"),
              ("nltk.corpus.reader", "CorpusReader", "nltk.corpus.reader.api"))
WORDNET = "nltk.corpus.reader.wordnet"

_waiting = False  # while False, a name a package lacks is just missing (an import is looking for its submodule)
# Held while the packages are set up and while a waiting package's __init__ runs: another thread
# asking a name meanwhile waits for it, rather than finding a half-made package (ImportError,
# AttributeError). Reentrant: the running __init__ asks names of the packages itself.
_lock = threading.RLock()
_running: set[str] = set()  # the packages whose __init__ is running (in the thread holding _lock)


class _NotRun(types.ModuleType):
    """A package of nltk whose __init__ has not run: the first name it lacks runs it."""

    def __getattr__(self, name: str):
        with _lock:
            if not _waiting or self.__name__ in _running:  # (its own __init__ asking: not there yet)
                raise AttributeError(name)
            _run(sys.modules.get("nltk"))  # nltk's own __init__ first, as an import of any of its packages runs it
            _run(self)
        return types.ModuleType.__getattribute__(self, name)


def _run(module) -> None:
    """Run a waiting package's __init__ in the module object that stands for it (once). It stays a
    _NotRun until the __init__ has run, so that another thread asking a name waits on the lock."""
    with _lock:
        if not isinstance(module, _NotRun) or module.__name__ in _running:
            return
        _running.add(module.__name__)
        try:
            module.__spec__.loader.exec_module(module)
        finally:
            _running.discard(module.__name__)
            module.__class__ = types.ModuleType


def wordnet_module() -> types.ModuleType:
    """``nltk.corpus.reader.wordnet``; nltk's other modules imported only when something asks for them.
    ImportError where nltk is not installed."""
    with _lock:
        return _wordnet_module()


def _wordnet_module() -> types.ModuleType:
    global _waiting
    if "nltk" in sys.modules:
        return importlib.import_module(WORDNET)
    if importlib.util.find_spec("nltk") is None:
        raise ImportError("No module named 'nltk'", name="nltk")
    waiting = []
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _NotRun
        sys.modules[name] = module
        waiting.append(module)
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
    try:
        for package, name, source in REEXPORTED:
            setattr(sys.modules[package], name, getattr(importlib.import_module(source), name))
        return importlib.import_module(WORDNET)
    except (ImportError, AttributeError):  # (another nltk): the whole of it, imported as usual
        _waiting = True
        for module in waiting:
            _run(module)
        return importlib.import_module(WORDNET)
    finally:
        _waiting = True

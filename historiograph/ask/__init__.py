"""Ask the corpus a question in words; the answer is composed from its evidence and cites it.

    >>> from historiograph.ask import ask
    >>> ask(corpus, "When did Lyushkov defect?")   # {"question", "answer", "statements", "conflicts", ...}

Offline by default (`answer.Answerer`); `llm_url` asks an OpenAI-compatible endpoint to write prose from
the same evidence and keeps only sentences whose citations were retrieved (`llm`).
"""
from __future__ import annotations

from typing import Any

from ..store import Corpus


class NoIndex(RuntimeError):
    """The database has no sentence index (built before `ask` existed)."""


def ask(corpus: Corpus, question: str, llm_url: str | None = None, model: str | None = None,
        api_key: str | None = None) -> dict[str, Any]:
    from ..store.sentences import has_index
    from .answer import Answerer

    if not has_index(corpus):
        raise NoIndex(f"{corpus.path}: this database has no sentence index for questions; run "
                      f"`historiograph build ... --db {corpus.path}` once more to add it")
    result = Answerer(corpus).ask(question)
    if llm_url and not result["unanswerable"]:
        from .llm import prose

        result = prose(result, llm_url, model=model, api_key=api_key)
    return result


__all__ = ["ask", "NoIndex"]

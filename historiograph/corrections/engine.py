"""Bringing a corpus database in line with its corrections file: the step `build` runs after the
per-document stages and before the corpus stage, and the reader runs after each correction."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import build_corpus
from ..corpus.incremental import update as update_corpus
from . import files
from .apply import CorpusCorrections, Resolved, apply_document, group_by_source, resolve


@dataclass
class CorrectionsReport:
    resolved: list[Resolved] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # lines of the file that are not corrections
    corpus_rebuilt: bool = False

    @property
    def orphaned(self) -> list[Resolved]:
        return [r for r in self.resolved if r.status == "orphaned"]

    @property
    def unapplied(self) -> list[Resolved]:
        return [r for r in self.resolved if r.status == "unapplied"]

    def lines(self, path: Path) -> list[str]:
        """What `build` prints: one line for the orphans, one per line of the file it cannot read."""
        out = list(self.problems)
        if self.orphaned:
            ids = ", ".join(r.correction.id for r in self.orphaned)
            out.append(f"{path}: {len(self.orphaned)} correction(s) orphaned, their text is gone: {ids} "
                       f"(`historiograph corrections list` shows them)")
        return out


def refresh(corpus, path: Path | None = None, force: bool = False) -> CorrectionsReport:
    """Apply the corrections file to the corpus database: correct the documents' annotations, rebuild the
    corpus tables when the documents or the corrections changed, mirror the file in the database."""
    path = path or files.path_for(corpus.path)
    corrections, problems = files.read(path)
    report = CorrectionsReport(problems=problems)
    if not corrections and not problems and not corpus.corrected_sources():  # the common case: none at all
        digest = files.digest(path)
        if force or not corpus.corpus_is_current() or corpus.corrections_digest() != digest:
            # only what the changed documents touch is recomputed (corpus.incremental)
            # (force asks for a recomputation: of what changed, or of everything when nothing did)
            update_corpus(corpus, force=corpus.corrections_digest() != digest or (force and corpus.corpus_is_current()))
            report.corpus_rebuilt = True
            corpus.put_corrections([], digest)
        return report
    report.resolved = resolve(corrections, corpus.document_texts())
    by_source = group_by_source(report.resolved)
    corrected: dict[str, dict] = {}
    for source in sorted(set(by_source) | set(corpus.corrected_sources())):
        machine = corpus.machine_json(source)
        if machine is None:
            continue
        if source in by_source:
            data = apply_document(machine, by_source[source])
            corrected[source] = data
            if data != corpus.annotated_json(source):
                corpus.put_corrected(source, data, machine)
        else:  # its corrections were undone: the machine's annotations again
            corpus.put_corrected(source, machine, None)
    digest = files.digest(path)
    if force or not corpus.corpus_is_current() or corpus.corrections_digest() != digest:
        docs = corpus.all_annotated()
        by_doc = {d.document.source: d.to_json() for d in docs} if corrected or report.resolved else {}
        tables = build_corpus(docs, CorpusCorrections(report.resolved, by_doc))
        corpus.put_corpus(tables)
        report.corpus_rebuilt = True
        corpus.put_corrections([r.row() for r in report.resolved], digest)
    return report

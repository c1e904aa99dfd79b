"""The entities stage: named mentions and the in-document entities they name.

Mentions come from three places, merged into one flat list (``spans.resolve_overlaps``):
rules that read structure (reference lines, title lines, quoted works, Cyrillic names) first, then
spaCy's entities corrected (``ner``), then weak lexical rules (gazetteer, East Asian family names)
where nothing else was found. Spans follow CoNLL/HIPE (``spans.trim``). Then ``linking`` gathers
mentions into entities and ``places`` links places to coordinates.

Labels: PERSON ORG GPE LOC FAC NORP WORK EVENT. Offsets index ``ad.text``.
"""
from __future__ import annotations

from ..model import AnnotatedDocument, Mention
from . import linking, ner, patterns, places, reflines
from .names import parse_person
from .spans import COARSE, MODEL, WEAK, Cand, resolve_overlaps

_DROP_IN_TITLES = {"ORG", "WORK", "EVENT", "NORP", "FAC"}


def candidates(ad: AnnotatedDocument) -> list[Cand]:
    """Every mention candidate of the document, overlaps not yet resolved."""
    text = ad.masked_text if ad.masked_text is not None else ad.text
    # debris zones are blanked in masked_text; header/references zones guide the rules
    rule: list[Cand] = []
    titles: list[tuple[int, int]] = []
    head_lines = patterns.title_lines(text)
    ref_lines = reflines.reference_lines(text, ad.zones, exclude=head_lines)
    for a, b in ref_lines:
        cs, ts = reflines.read(text, a, b)
        rule += cs
        titles += ts
    head_lines = [ln for ln in head_lines if not any(a <= ln[0] < b for a, b in ref_lines)]
    cs, whole_titles = patterns.title_line_candidates(text, head_lines)
    rule += cs
    rule += patterns.quoted_works(text)
    rule += patterns.cyrillic_names(text)
    rule += patterns.misc_places(text)

    model = []
    for c in ner.spacy_candidates(ad, text):
        if c.label in _DROP_IN_TITLES and any(a <= c.start and c.end <= b for a, b in titles):
            continue
        if any(a <= c.start <= a + 4 and c.end >= b - 1 for a, b in whole_titles):
            continue  # the whole unquoted title of the document, tagged as one name
        model.append(c)

    weak = (patterns.east_asian_names(text) + patterns.gazetteer_names(text)
            + patterns.reporting_subjects(text) + patterns.paren_citations(text))
    # a weak rule that extends a model mention of the same kind (or a bare demonym) wins:
    # "Kim" -> "Kim Ch’aek", "Soviet" -> "Soviet Far East"
    for w in weak:
        for m in model:
            if (w.start <= m.start and m.end <= w.end and (w.end - w.start) > (m.end - m.start)
                    and (COARSE.get(w.label) == COARSE.get(m.label) or m.label == "NORP")):
                w.priority = MODEL
                break
    first = resolve_overlaps(rule + model + weak)
    return first + patterns.propagate(text, first, ad.zone_at)


def consistent_labels(text: str, cands: list[Cand]) -> None:
    """One sense per document: a name the document gives as a person's (full name, or the surname
    of one) is a person where the model called it an organisation or a place, unless the
    gazetteer knows it as a place ("Orlov’s notes" after "Pavel Orlov"; "wrote to Park")."""
    people: set[str] = set()
    for c in cands:
        if c.label == "PERSON":
            p = parse_person(text[c.start:c.end])
            people.add(p.key)
            people.update(p.surnames)
    for c in cands:
        if c.label in ("ORG", "GPE", "LOC", "FAC") and c.priority <= MODEL:
            span = text[c.start:c.end]
            p = parse_person(span)
            if (p.key in people or (p.single and p.family in people)) and not places.is_known_place(span):
                c.label = "PERSON"


def annotate(ad: AnnotatedDocument, options) -> dict:
    text = ad.text
    kept = resolve_overlaps(candidates(ad))
    consistent_labels(text, kept)
    mentions = []
    for c in sorted(kept, key=lambda c: c.start):
        zone = ad.zone_at(c.start)
        if zone == "debris":
            continue
        mentions.append(Mention(c.start, c.end, text[c.start:c.end], c.label, None, zone))
    mentions, entities = linking.link(ad, mentions)
    return {"mentions": mentions, "entities": entities}


__all__ = ["annotate", "candidates", "WEAK"]

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
from . import linking, ner, patterns, reflines
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
        if any(a == c.start and c.end >= b - 1 for a, b in whole_titles):
            continue  # the whole unquoted title of the document, tagged as one name
        model.append(c)

    weak = (patterns.east_asian_names(text) + patterns.gazetteer_names(text)
            + patterns.reporting_subjects(text) + patterns.paren_citations(text))
    # a weak rule that extends a model mention of the same kind wins ("Kim" -> "Kim Ch’aek")
    for w in weak:
        for m in model:
            if (w.start <= m.start and m.end <= w.end and (w.end - w.start) > (m.end - m.start)
                    and COARSE.get(w.label) == COARSE.get(m.label)):
                w.priority = MODEL
                break
    return rule + model + weak


def annotate(ad: AnnotatedDocument, options) -> dict:
    text = ad.text
    kept = resolve_overlaps(candidates(ad))
    mentions = []
    for c in sorted(kept, key=lambda c: c.start):
        zone = ad.zone_at(c.start)
        if zone == "debris":
            continue
        mentions.append(Mention(c.start, c.end, text[c.start:c.end], c.label, None, zone))
    mentions, entities = linking.link(ad, mentions)
    return {"mentions": mentions, "entities": entities}


__all__ = ["annotate", "candidates", "WEAK"]

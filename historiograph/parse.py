"""The parse stage: spaCy over the text, with citation markers and scrape debris masked."""
from __future__ import annotations

from .model import AnnotatedDocument, Span
from . import verb_lemmas
from .nlp import load_model, mask


def masked_text(ad: AnnotatedDocument) -> str:
    """The text spaCy reads: citation markers and scrape debris blanked, offsets kept."""
    spans = [(c.start, c.end) for c in ad.citations]
    spans += [(z.start, z.end) for z in ad.zones if z.kind == "debris"]
    return mask(ad.text, spans)


def annotate(ad: AnnotatedDocument, options, doc=None) -> dict:
    """``doc``: the spaCy parse of ``masked_text(ad)`` when it was made already (a batch, nlp.pipe)."""
    masked = masked_text(ad)
    if doc is None:
        nlp = load_model(options.model)
        if len(masked) > nlp.max_length:  # (the pipeline's windows keep texts far below this)
            raise ValueError(f"a text of {len(masked):,} characters is more than the parser takes at once "
                             f"({nlp.max_length:,}); read it in smaller windows")
        doc = nlp(masked)
    verb_lemmas.fix(doc)  # "routed" is rout, not route
    sentences = [Span(s.start_char, s.end_char) for s in doc.sents]
    return {"nlp": doc, "masked_text": masked, "sentences": sentences}

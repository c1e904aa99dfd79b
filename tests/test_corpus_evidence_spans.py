"""A timeline entry's evidence is the words that tell the event: its offsets cut exactly the quoted
text out of the document, without the line breaks a sentence's stored end takes in (the reader
highlights ``start..end``)."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.corpus import build_corpus

TEXT = ("The Harbour Riots\n\n"
        "In March 1871 the dockers of Valmora struck for higher wages.\n\n"
        "On 2 April 1871 the governor arrested the strike's leader, Tomas Breda.\n\n\n"
        "Breda was released in June 1872.\n")


def test_evidence_offsets_cut_the_quoted_words():
    timeline = build_corpus([annotate_text(TEXT, source="riots.txt")]).timeline
    spans = [s for entry in timeline for s in entry.sources]
    assert spans, "no timeline entry found"
    for s in spans:
        assert TEXT[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text

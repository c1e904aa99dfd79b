"""Review fixes: a bank "of" a place is a bank; feast days and surnames are not dateline places;
"the Assembly" is a body; a possessive "s" is stripped only as "'s". Sentences written here."""
from __future__ import annotations

from historiograph import ingest, pipeline
from historiograph.pipeline import Options


def _mentions(text: str) -> list[tuple[str, str]]:
    ad = pipeline.run(ingest.from_text(text), Options(), until="entities")
    return [(m.text, m.label) for m in ad.mentions]


def _label(text: str, name: str) -> str | None:
    return next((label for shown, label in _mentions(text) if shown == name), None)


def _labels_of(text: str, name: str) -> set[str]:
    return {label for shown, label in _mentions(text) if shown == name}


def test_bank_of_a_place_is_no_place():
    text = "In 1812 the Bank of Scotland refused to lend the merchants of Leith any more gold."
    assert _labels_of(text, "Bank of Scotland") == {"ORG"}
    text = "Congress chartered the Bank of the United States in 1791."
    assert _labels_of(text, "Bank of the United States") == {"ORG"}


def test_state_of_a_place_stays_a_place():
    text = "In 1850 the State of Ohio built a canal across its northern counties."
    assert _label(text, "State of Ohio") in ("GPE", None)

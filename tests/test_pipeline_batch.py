"""pipeline.run_many (spaCy batched over several documents) gives what pipeline.run gives, failures
included, and `annotate` over several files uses it."""
from __future__ import annotations

import json

from helpers import fail_events_stage_on
from historiograph import ingest, pipeline
from historiograph.pipeline import Options

SHORT = ("On 3 May 1921 the harbour commission of Valparaíso met Tomás Aldunate in the customs house. "
         "He said that the new pier would open in the spring of 1923.\n")
OTHER = ("Margit Horváth left Szeged for Vienna in September 1936, two years after her brother. "
         "She did not return before the war.\n")
LONG = "\n\n".join(f"In {1880 + i} the surveyor Anders Lindqvist mapped the northern shore; the survey office "
                   f"filed his report on {i % 27 + 1} June {1880 + i}." for i in range(12))


def _json(ads):
    return [json.dumps(ad.to_json(), sort_keys=True) for ad in ads]


def test_run_many_gives_what_run_gives_for_short_and_windowed_documents():
    docs = [ingest.from_text(SHORT, "a.txt"), ingest.from_text(LONG, "long.txt"), ingest.from_text(OTHER, "b.txt")]
    options = Options(window=400)  # the long text is read in windows, the short ones whole
    many = pipeline.run_many(docs, options)
    assert _json(many) == _json([pipeline.run(d, options) for d in docs])
    assert many[0].timexes and many[1].timexes[-1].start > 400  # offsets into the whole long text


def test_a_failing_stage_in_a_batch_costs_that_stage_of_that_document(monkeypatch):
    fail_events_stage_on(monkeypatch, "Horváth")
    a, b = pipeline.run_many([ingest.from_text(SHORT, "a.txt"), ingest.from_text(OTHER, "b.txt")])
    assert not pipeline.failures(a) and a.events
    (msg,) = pipeline.failures(b)
    assert "events stage failed (KeyError" in msg
    assert b.timexes and b.mentions  # the stages after it still ran


def test_annotate_over_several_files_prints_one_line_each_in_order(tmp_path):
    from typer.testing import CliRunner

    from historiograph.cli import app

    paths = []
    for i, text in enumerate([SHORT, OTHER, "", SHORT]):
        p = tmp_path / f"d{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    res = CliRunner().invoke(app, ["annotate", "--format", "json", *paths])
    assert res.exit_code != 0  # the empty file
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [x["source"] for x in lines] == [paths[0], paths[1], paths[3]]
    alone = pipeline.run(ingest.read(tmp_path / "d1.txt", source=paths[1]))
    assert lines[1] == json.loads(json.dumps(alone.to_json()))


def test_the_model_multiplies_through_numpy_blas_with_the_same_parse_as_blis():
    from thinc.api import NumpyOps

    from historiograph.nlp import _OneThreadNumpyOps, load_model

    nlp = load_model()
    nodes = [n for _, p in nlp.pipeline if getattr(p, "model", None) is not None for n in p.model.walk()]
    assert nodes and all(type(n.ops) is _OneThreadNumpyOps for n in nodes)

    def parse(texts):
        return [[(t.tag_, t.head.i, t.dep_, t.lemma_, t.ent_iob_, t.ent_type_) for t in d] for d in nlp.pipe(texts)]

    texts = [SHORT, OTHER, LONG]
    ours = parse(texts)
    fast = [n.ops for n in nodes]
    try:
        for n in nodes:
            n.ops = NumpyOps()  # thinc's default: blis
        assert parse(texts) == ours
    finally:
        for n, ops in zip(nodes, fast):
            n.ops = ops


def test_documents_are_annotated_with_a_larger_young_gc_threshold_and_the_callers_comes_back(monkeypatch):
    import gc

    from historiograph import pipeline
    from historiograph.ingest import from_text

    seen = []
    real = pipeline._stages

    def stages():
        return [("probe", lambda ad, options: seen.append(gc.get_threshold()) or {})] + real()

    monkeypatch.setattr(pipeline, "_stages", stages)
    monkeypatch.setattr(pipeline, "_WARM", True)  # (a later document of the process)
    before = gc.get_threshold()
    pipeline.run(from_text("The treaty was signed in Paris in 1920.\n", source="gc.txt"))
    assert gc.get_threshold() == before
    assert seen and seen[0][0] == max(before[0], pipeline.YOUNG)


def test_the_first_document_is_annotated_with_rare_young_collections_and_frozen_before_the_callers_come_back(
        monkeypatch):
    import gc

    from historiograph import pipeline
    from historiograph.ingest import from_text

    seen = []
    real = pipeline._stages
    monkeypatch.setattr(pipeline, "_stages",
                        lambda: [("probe", lambda ad, options: seen.append(gc.get_threshold()) or {})] + real())
    monkeypatch.setattr(pipeline, "_WARM", False)
    frozen_at = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen_at.append(gc.get_threshold()))
    before = gc.get_threshold()
    pipeline.run(from_text("The treaty was signed in Paris in 1920.\n", source="gc.txt"))
    assert gc.get_threshold() == before
    assert seen[0][0] == max(before[0], pipeline.FIRST_YOUNG)
    assert frozen_at == [seen[0]]  # frozen while a collection still waits: not one walk of it all after


def test_the_first_calls_cyclic_garbage_is_freed_not_frozen_for_good(monkeypatch):
    """review5: the first call's full collections wait, and gc.freeze then kept its unreachable cycles (a
    long document's window Docs: 350 MB) for the life of the process."""
    import weakref

    from historiograph import pipeline

    class Node:
        pass

    monkeypatch.setattr(pipeline, "_WARM", False)
    with pipeline._loading():
        node = Node()
        node.itself = node
        ref = weakref.ref(node)
        del node
    assert ref() is None

"""Property tests (Hypothesis) over ingest and every stage: no exception, every offset inside the text,
and text[start:end] equal to what each annotation says it covers.

`make test` runs a short profile; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs many more examples.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from historiograph import ingest, pipeline
from historiograph.ingest import IngestError
from historiograph.ingest.text import detect
from historiograph.pipeline import Options

settings.register_profile("default", max_examples=8, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=400, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

FRAGMENTS = ["31 February 1938", "in the year 0", "in 99999", "in 300 BCE", "44 BC", "c. 1200 BC", "AD 33",
             "on 29 February 1900", "1937–38", "the 1930s", "[12]", "[citation needed]", "¹", "^3", "(Smith 1999, p. 4)",
             "200,000 Koreans", "some 1,000,000", "Москва", "Moscow", "東京", "Lyushkov", "Genrikh Lyushkov",
             "Stalin deported", "was executed", "according to Pravda", ".", ",", "\n", "\n\n", " ", "  ",
             "References\n1. Smith, J. (1999). A book. London: Press.", "\u200b", "\ufeff", "Mr.", "St. Petersburg",
             "Dr. Sorge", "«quoted»", "“quoted”", "—", "1/2", "12:30", "4 July", "July 4", "Winter 1941"]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), min_size=1, max_size=40).map(
    " ".join)


def _check(ad) -> None:
    text = ad.text
    n = len(text)
    assert not pipeline.failures(ad), pipeline.failures(ad)
    for kind in ("mentions", "timexes", "citations"):
        for a in getattr(ad, kind):
            assert 0 <= a.start <= a.end <= n, (kind, a)
            assert text[a.start:a.end] == a.text, (kind, a)
    for e in ad.events:
        t = e.trigger
        assert 0 <= t["start"] <= t["end"] <= n and text[t["start"]:t["end"]] == t["text"], e
        assert 0 <= e.sentence["start"] <= e.sentence["end"] <= n
    for z in [*ad.zones, *ad.sentences, *ad.attributions]:
        assert 0 <= z.start <= z.end <= n
    ids = {e.id for e in ad.entities}
    assert all(m.entity in ids for m in ad.mentions if m.entity)


@given(texts)
def test_every_stage_on_hostile_text(text):
    _check(pipeline.run(ingest.from_text(text), Options()))


@given(texts)
def test_every_stage_in_small_windows(text):
    _check(pipeline.run(ingest.from_text(text), Options(window=80)))


@given(st.binary(max_size=2000))
def test_decoding_any_bytes_is_text_or_one_line(data):
    try:
        d = detect(data, "x.txt")
    except IngestError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(d.text, str) and 0 <= d.confidence <= 1


@given(st.one_of(st.binary(max_size=3000), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from([".txt", ".md", ".html", ".htm"]))
def test_reading_any_file_is_a_document_or_one_line(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"f{suffix}"
    path.write_bytes(data)
    try:
        doc = ingest.read(path)
    except IngestError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
    else:
        assert doc.text.strip()

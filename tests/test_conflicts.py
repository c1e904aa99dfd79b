"""Timeline and conflicts: own fixture texts (tests/fixtures/events/) and the sample texts (shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

from historiograph import checks, events
from historiograph.checks import people
from historiograph.corpus import build_corpus
from historiograph.model import Timex
from historiograph.pipeline import Options

from test_events import PEOPLE, build

FIX = Path(__file__).resolve().parent / "fixtures" / "events"


def _build_fixture(name: str, source: str):
    """A fixture text with hand-made mentions and dates, so these tests need no other stage."""
    text = (FIX / name).read_text(encoding="utf-8")
    names = {**PEOPLE, "Stockholm": ("st", "Stockholm", "GPE"), "Paris": ("pa", "Paris", "GPE"),
             "Sergei Orlov": ("o", "Sergei Orlov", "PERSON"), "Orlov": ("o", "Sergei Orlov", "PERSON"),
             "Harbin": ("ha", "Harbin", "GPE"), "Boris Kamenev": ("b", "Boris Kamenev", "PERSON"),
             "Kamenev": ("b", "Boris Kamenev", "PERSON"), "Siberia": ("si", "Siberia", "LOC")}
    dates = {"3 March 1939": "1939-03-03", "1941": "1941", "5 May 1950": "1950-05-05", "1952": "1952",
             "1955": "1955", "the early 1920s": "192", "1922": "1922", "1948": "1948"}
    ad = build(text, names, dates)
    ad.document.source = source
    ad = ad.with_(timexes=[Timex(t.start, t.end, t.text, t.type, t.value, "START" if "early" in t.text else t.mod)
                           for t in ad.timexes])
    ad = ad.with_(**events.annotate(ad, Options()))
    return ad.with_(**checks.annotate(ad, Options()))


@pytest.fixture(scope="module")
def fixture_corpus():
    docs = [_build_fixture(n, n) for n in ("petrov_a.txt", "petrov_b.txt", "petrov_c.txt", "orlov_fate.txt")]
    return docs, build_corpus(docs)


def _kinds(conflicts, kind):
    return [c for c in conflicts if c.kind == kind]


def test_two_texts_dating_one_event_differently_conflict(fixture_corpus):
    docs, tables = fixture_corpus
    found = _kinds(tables.conflicts, "date_conflict")
    assert len(found) == 1
    srcs = {e.source for e in found[0].evidence}
    assert srcs == {"petrov_a.txt", "petrov_b.txt"}
    assert any("1939" in e.text for e in found[0].evidence) and any("1941" in e.text for e in found[0].evidence)
    # and they stay two timeline entries
    defections = [t for t in tables.timeline if t.type == "defection"]
    assert [t.date for t in defections] == ["1939-03-03", "1941"]


def test_an_act_after_a_stated_death_is_an_anachronism(fixture_corpus):
    docs, tables = fixture_corpus
    found = _kinds(tables.conflicts, "anachronism")
    texts = sorted(c.evidence[0].text for c in found)
    assert texts == ["1952 Petrov met", "1955 Ivan Petrov travelled"]
    for c in found:  # the death statement is part of the evidence
        assert any("5 May 1950" in e.text for e in c.evidence)
    # within one document the checks stage tells the reader too
    b = next(d for d in docs if d.document.source == "petrov_b.txt")
    assert [i.kind for i in b.issues] == ["anachronism"]
    assert b.text[b.issues[0].start:b.issues[0].end] == "1952 Petrov met"


def test_competing_accounts_and_narrative_date(fixture_corpus):
    docs, tables = fixture_corpus
    accounts = _kinds(tables.conflicts, "competing_accounts")
    assert len(accounts) == 1 and "Sergei Orlov" in accounts[0].message
    assert [e.text for e in accounts[0].evidence] == ["1922 Orlov vanished", "arrested", "killed"]
    nar = _kinds(tables.conflicts, "narrative_date")
    assert len(nar) == 1 and nar[0].evidence[0].text == "1948 Kamenev deported"
    assert nar[0].evidence[1].text == "the early 1920s"


def test_timeline_is_oldest_first_with_precision_and_sources(fixture_corpus):
    docs, tables = fixture_corpus
    dated = [t.date for t in tables.timeline if t.date]
    from historiograph.events.dates import sort_key
    assert dated == sorted(dated, key=sort_key)
    first = tables.timeline[0]
    assert first.sources and first.sources[0].text and first.summary
    petrov = next(t for t in tables.timeline if t.type == "defection")
    assert petrov.summary == "Ivan Petrov defected (Finland)"


def test_one_event_told_twice_is_one_entry():
    a = build("On 9 August 1945, the Soviet invasion of Karelia commenced.", PEOPLE, {"9 August 1945": "1945-08-09"})
    b = build("Suddenly in August 1945 the war ended, and the Soviets marched in first.", {},
              {"August 1945": "1945-08"})
    a.document.source, b.document.source = "a.txt", "b.txt"
    docs = [d.with_(**events.annotate(d, Options())) for d in (a, b)]
    tables = build_corpus(docs)
    inv = [t for t in tables.timeline if t.type == "invasion"]
    assert len(inv) == 1 and {s.source for s in inv[0].sources} == {"a.txt", "b.txt"}
    assert inv[0].date == "1945-08-09" and inv[0].participants == ["Soviet Union"]


def test_figures_data_file():
    assert people.lookup(["Stalin"])[2] == "1953-03-05"
    assert people.lookup(["Kim Il-sung"])[0] == "Kim Il Sung"
    assert people.lookup(["Ivan Petrov"]) is None


# ---- the sample texts ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_corpus(seeds_annotated):
    return build_corpus(list(seeds_annotated.values()))


@pytest.mark.shared
def test_august_1945_soviet_entry_has_two_sources(seed_corpus, seeds_annotated):
    entries = [t for t in seed_corpus.timeline if t.type == "invasion" and (t.date or "").startswith("1945-08")]
    assert len(entries) == 1
    assert len({s.source for s in entries[0].sources}) == 2


@pytest.mark.shared
def test_lyushkov_competing_accounts(seed_corpus):
    found = [c for c in seed_corpus.conflicts if c.kind == "competing_accounts" and "Lyushkov" in c.message]
    assert found
    texts = " ".join(e.text for e in found[0].evidence)
    for word in ("vanished", "captured", "killed"):
        assert word in texts


@pytest.mark.shared
def test_1957_deportation_is_flagged(seed_corpus, seeds_annotated):
    flagged = [c for c in seed_corpus.conflicts if c.kind in ("anachronism", "narrative_date")
               and any("1957" in e.text for e in c.evidence)]
    assert {c.kind for c in flagged} == {"anachronism", "narrative_date"}
    doc = next(ad for name, ad in seeds_annotated.items() if name.startswith("002"))
    assert any(ad_issue.kind == "anachronism" for ad_issue in doc.issues)

"""The sources stage on the shared sample texts, scored against the gold (../shared/gold/seeds.json).

Reference-field comparison (gold CSL names -> ours):
- gold "author" list: same family and given names, in order (whitespace-normalised);
- gold dates ("issued", "original-date", "accessed": ISO strings) == our CSL date as ISO;
- gold "title_translated" -> our "translated-title";
- gold type "book" with a "chapter" -> our type "chapter", our "title" = gold chapter and our
  "container-title" = gold title (CSL's way of saying "chapter of a book");
- other gold fields: equal strings after NFKC and whitespace normalisation;
- a short citation (gold type "short"): our record links (``full``) to a full record, our CSL's first
  author family = gold author, its year = gold year and its page = gold page; the full record it
  points at is then scored once against gold's record (``full``) field by field.
Every gold field counts once; the score is right / all.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from historiograph.export import bibtex, csl_json
from historiograph.model import CorpusTables
from historiograph.corpus.bibliography import works
from historiograph.sources.dates import iso, year_of

BLOG = "000_bb2bc54443832757.txt"


@pytest.fixture(scope="module")
def seeds_sources(seed_paths):
    """Both sample texts through layout and sources only (no spaCy needed for these checks)."""
    from historiograph import ingest, pipeline

    return {p.name: pipeline.run(ingest.read(p), until="sources") for p in seed_paths}


def _n(v) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(v))).strip()


def compare_full(gold: dict, csl: dict) -> list[tuple[str, bool]]:
    out = []
    chapter = gold.get("type") == "book" and "chapter" in gold
    for field, g in gold.items():
        if field == "type":
            want = "chapter" if chapter else g
            out.append((field, csl.get("type") == want))
        elif field == "author":
            mine = [(_n(a.get("family", "")), _n(a.get("given", ""))) for a in csl.get("author", [])]
            out.append((field, mine == [(_n(a["family"]), _n(a.get("given", ""))) for a in g]))
        elif field in ("issued", "original-date", "accessed"):
            out.append((field, iso(csl.get(field)) == g))
        elif field == "title_translated":
            out.append((field, _n(csl.get("translated-title", "")) == _n(g)))
        elif field == "chapter":
            out.append((field, _n(csl.get("title", "")) == _n(g)))
        elif field == "title" and chapter:
            out.append((field, _n(csl.get("container-title", "")) == _n(g)))
        else:
            out.append((field, _n(csl.get(field, "")) == _n(g)))
    return out


def reference_field_score(gold_refs: dict, ad) -> tuple[int, int, list[str]]:
    by_label = {r.label: r for r in ad.references if r.label}
    by_id = {r.id: r for r in ad.references}
    results: list[tuple[str, bool]] = []
    fulls_seen: dict[str, str] = {}
    for label, g in gold_refs.items():
        if g.get("type") != "short" and label in {x.get("full") for x in gold_refs.values()}:
            continue  # a full record that only short citations point at: scored through them
        ref = by_label.get(label)
        if g.get("type") == "short":
            csl = ref.csl if ref else {}
            full = by_id.get(ref.full) if ref and ref.full else None
            results += [(f"{label}.full", full is not None),
                        (f"{label}.author", bool(csl.get("author")) and csl["author"][0].get("family") == g["author"]),
                        (f"{label}.year", year_of(csl.get("issued")) == g["year"]),
                        (f"{label}.page", csl.get("page") == g["page"])]
            if full is not None and g["full"] not in fulls_seen:
                fulls_seen[g["full"]] = full.id
                results += [(f"{g['full']}.{f}", ok) for f, ok in compare_full(gold_refs[g["full"]], full.csl)]
        else:
            results += [(f"{label}.{f}", ok) for f, ok in compare_full(g, ref.csl if ref else {})]
    for full_id in {x["full"] for x in gold_refs.values() if x.get("full")} - set(fulls_seen):
        results += [(f"{full_id}.{f}", False) for f in gold_refs[full_id]]
    wrong = [name for name, ok in results if not ok]
    return len(results) - len(wrong), len(results), wrong


@pytest.mark.shared
def test_all_markers_link_to_the_right_reference(seeds_sources, gold):
    ad = seeds_sources[BLOG]
    gold_cits = gold["documents"][BLOG]["citations"]
    refs = {r.id: r for r in ad.references}
    got = {(c.start, c.end): c for c in ad.citations}
    assert len(gold_cits) == 16
    for g in gold_cits:
        c = got.get((g["start"], g["end"]))
        assert c is not None, g
        assert c.text == g["text"]
        assert c.reference in refs and refs[c.reference].label == g["reference"], (g, c)
    assert len(ad.citations) == 16


@pytest.mark.shared
def test_years_in_brackets_inside_references_are_not_citations(seeds_sources, gold):
    ad = seeds_sources[BLOG]
    texts = {c.text for c in ad.citations}
    for nc in gold["documents"][BLOG]["not_citations"]:
        assert nc["text"] not in texts
        pos = ad.text.index(nc["text"])
        assert ad.zone_at(pos) == "references"


@pytest.mark.shared
def test_reference_fields_match_gold(seeds_sources, gold):
    right = total = 0
    wrong_all = []
    for name, ad in seeds_sources.items():
        gold_refs = gold["documents"][name]["references"]
        r, t, wrong = reference_field_score(gold_refs, ad)
        right, total = right + r, total + t
        wrong_all += [f"{name}:{w}" for w in wrong]
        if not gold_refs:
            assert ad.references == [] and ad.citations == []
    assert total > 50
    assert right / total >= 0.95, (right, total, wrong_all)


@pytest.mark.shared
def test_short_citations_carry_the_full_record_with_their_own_page(seeds_sources):
    ad = seeds_sources[BLOG]
    r8 = next(r for r in ad.references if r.label == "8")
    full = next(r for r in ad.references if r.id == r8.full)
    assert r8.csl["page"] == "411" and full.csl["page"] == "405–420"
    assert r8.csl["DOI"] == full.csl["DOI"] and r8.csl["title"] == full.csl["title"]


@pytest.mark.shared
def test_debris_and_header_zones_of_the_seeds(seeds_sources):
    ad = seeds_sources[BLOG]
    debris = [ad.text[z.start:z.end] for z in ad.zones if z.kind == "debris"]
    assert any(d.startswith("Jump up to:") for d in debris) and "^" in debris
    assert any("No comments" in d for d in debris)
    assert ad.zone_at(0) == "header"
    extract = seeds_sources["002_8ad8496cf3c8db3c.txt"]
    assert extract.zone_at(0) == "header"
    assert any(extract.text[z.start:z.end].endswith(".jpg") for z in extract.zones if z.kind == "debris")


@pytest.mark.shared
def test_bibtex_and_csl_json_of_the_seeds_round_trip(seeds_sources):
    import json

    import bibtexparser

    docs = list(seeds_sources.values())
    tables = CorpusTables(works=works(docs))
    bib = bibtex.export(tables, docs)
    lib = bibtexparser.parse_string(bib)
    assert not lib.failed_blocks
    assert len(lib.entries) == len(tables.works) >= 5
    items = json.loads(csl_json.export(tables, docs))
    assert {i["id"] for i in items} == {w.id for w in tables.works}
    assert len(csl_json.render(items)) == len(items)
    assert len(bibtex.render(bib)) == len(items)

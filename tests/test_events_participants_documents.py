"""Participants told without a name in their clause, on our own sentences: a named treaty, charter or
act and "the treaty" after it (events/documents.py); a body recalled by its head noun ("the order was
dissolved"); "they" for a described group; a memoir's "I" (the header's author, else an unnamed
narrator, never someone quoted); and the corpus joining two tellings of one treaty's signing."""
from __future__ import annotations

from historiograph import annotate, annotate_text
from historiograph.corpus import build_corpus


def _parts(ev, role=None):
    return [p for p in ev.participants if role is None or p.role == role]


def _by_trigger(ad, word):
    return [e for e in ad.events if e.trigger["text"] == word]


ARTICLE = ("The Treaty of Marrowgate was a peace agreement between Kestria and Lomb. The treaty was signed "
           "at Marrowgate on 3 April 1823 by the envoys of both states.\n\nThe Guild of Saint Odo was founded "
           "in 1790. In 1811 the guild was dissolved by the regent.\n")
EXTRACT = ("Chapter Four\n\nAfter months of talks the envoys met at Marrowgate. The Treaty of Marrowgate was "
           "signed there on 11 April 1823, and the war was over.\n")


def test_a_named_treaty_and_the_treaty_after_it_are_the_patient():
    ad = annotate(ARTICLE)
    (signed,) = _by_trigger(ad, "signed")
    (doc,) = [p for p in _parts(signed, "patient") if p.kind == "document"]
    assert doc.name == "Treaty of Marrowgate" and doc.entity is None
    assert ad.text[doc.start:doc.end] == doc.text == "treaty"
    ad2 = annotate(EXTRACT)
    (signed2,) = _by_trigger(ad2, "signed")
    assert [p.name for p in _parts(signed2, "patient")] == ["Treaty of Marrowgate"]


def test_the_treaty_without_a_named_one_before_it_is_no_participant():
    ad = annotate("After long talks, the treaty was signed at Marrowgate on 3 April 1823.")
    assert not any(p.kind == "document" for e in ad.events for p in e.participants)


def test_a_body_recalled_by_the_head_of_its_name_is_the_one_dissolved():
    ad = annotate(ARTICLE)
    (dissolved,) = _by_trigger(ad, "dissolved")
    names = {ad.entity(p.entity).name for p in _parts(dissolved, "patient") if p.entity}
    assert names == {"Guild of Saint Odo"}


def test_the_people_of_a_place_are_a_group_not_the_place():
    ad = annotate("The miners of Velbruck struck in May 1889. They occupied the pits for three weeks.")
    (occ,) = _by_trigger(ad, "occupied")
    (agent,) = _parts(occ, "agent")
    assert agent.entity is None and agent.kind == "group" and agent.name == "the miners of Velbruck"


def test_a_memoirs_i_is_its_author_and_never_someone_quoted():
    ad = annotate("Years at the Frontier\nby Margaret Ellwood\n\nI arrived at Fort Calder in the spring of 1869. "
                  "In 1870 we moved to Santa Inez.\n")
    for word in ("arrived", "moved"):
        (ev,) = _by_trigger(ad, word)
        (p,) = _parts(ev, "agent")
        assert p.kind == "narrator" and (p.name or ad.entity(p.entity).name) == "Margaret Ellwood"
    quoted = annotate("I arrived in Lisbon in 1901. \u201cI resigned in 1899,\u201d the old captain told me.")
    (res,) = _by_trigger(quoted, "resigned") or [None]
    assert res is None or not any(p.kind == "narrator" for p in res.participants)


def test_without_an_author_the_narrator_is_unnamed_and_an_essay_we_is_no_one():
    ad = annotate("I was born in Ostrava in 1901. In 1919 I joined the legion with my brother.")
    (born,) = [e for e in ad.events if e.type == "birth"]
    assert [(p.role, p.name, p.entity) for p in born.participants] == [("patient", "the narrator", None)]
    essay = annotate("In 1945 we bombed the city, and historians still argue about it.")
    assert not any(p.kind == "narrator" for e in essay.events for p in e.participants)


def test_two_tellings_of_one_treatys_signing_are_one_entry_and_their_dates_conflict():
    docs = [annotate_text(ARTICLE, source="article.txt"), annotate_text(EXTRACT, source="extract.txt")]
    corpus = build_corpus(docs)
    (entry,) = [t for t in corpus.timeline if t.type == "treaty"]
    assert {e.source for e in entry.sources} == {"article.txt", "extract.txt"}
    dates = [c for c in corpus.conflicts if c.kind == "date_conflict"]
    assert len(dates) == 1 and {e.source for e in dates[0].evidence} == {"article.txt", "extract.txt"}


def test_a_subject_it_is_the_body_before_it_unless_a_thing_was_told_between():
    ad = annotate("The Kessler Railway Company was founded in 1871. By 1880 it had run out of money. "
                  "In 1883 it was dissolved.\n\nThe company built a mill at Orsk in 1850. It was burned in 1860.")
    (dissolved,) = [e for e in ad.events if e.type == "dissolution"]
    assert [ad.entity(p.entity).name for p in dissolved.participants] == ["Kessler Railway Company"]
    assert not any(ad.entity(p.entity) and ad.entity(p.entity).name == "Kessler Railway Company"
                   for e in ad.events if e.trigger["text"] == "burned" for p in e.participants)


def test_they_is_the_nearest_group_never_one_further_back():
    ad = annotate("The directors resigned in 1882. The townspeople rebelled in 1790; they burned the customs house "
                  "and expelled the garrison. The people rose in 1799, and they killed the mayor.")
    (expelled,) = _by_trigger(ad, "expelled")
    assert [p.name for p in _parts(expelled, "agent")] == ["the townspeople"]
    assert not any(p.name == "the directors" for e in _by_trigger(ad, "killed") for p in e.participants)


def test_a_treaty_that_cedes_is_the_means_not_an_agent():
    ad = annotate("In 1895 the Treaty of Velmar of 1895 ceded the Orvin Peninsula to Japan.")
    docs = [p for e in ad.events for p in e.participants if p.kind == "document"]
    assert docs and all(p.role == "instrument" and (p.name or ad.entity(p.entity).name) for p in docs)
    assert not any(p.role == "agent" for e in ad.events for p in e.participants if p.kind == "document")


def test_his_after_an_actor_is_the_other_person_of_the_sentence_not_the_paragraphs_figure():
    ad = annotate("Marshal Orlov ruled the province for a decade. Orlov trusted no one. In 1938 the commissar "
                  "Pavel Kreuz accused Anton Lisko of spying and ordered his execution.")
    (ev,) = [e for e in ad.events if e.type == "execution"]
    assert {ad.entity(p.entity).name for p in ev.participants if p.role == "patient"} == {"Anton Lisko"}


def test_a_title_line_names_the_treaty_the_article_then_calls_the_treaty():
    ad = annotate("Treaty of Varenholm\n\nThe treaty was signed at Varenholm on 3 April 1823 by the envoys of Dravia.")
    (signed,) = [e for e in ad.events if e.type == "treaty"]
    assert [p.name for p in _parts(signed, "patient") if p.kind == "document"] == ["Treaty of Varenholm"]
    assert not any(p.kind == "document" for e in annotate("Peace of mind was rare. The town was attacked "
                                                          "by the rebels in 1824.").events for p in e.participants)


def test_a_summary_says_the_document_apart_from_the_signers():
    from historiograph.corpus.events import summary
    assert summary("treaty", [], [], "Varenholm", "signed", None, ["Treaty of Varenholm"]) == \
        "Treaty of Varenholm signed (Varenholm)"
    assert summary("treaty", [], ["Orvin Peninsula"], None, "ceded", None, ["Treaty of Velmar"]) == \
        "Treaty of Velmar: ceded Orvin Peninsula"
    assert summary("treaty", ["Kestria"], [], None, "signed", None, ["Treaty of Velmar"]).endswith(": Treaty of Velmar")


def test_a_towns_people_are_not_the_town_but_its_troops_may_be():
    ad = annotate("The Kessler Railway Company was founded in 1871 by a group of Hamburg merchants.")
    (ev,) = [e for e in ad.events if e.type == "founding"]
    assert [p.role for p in ev.participants] == ["patient"]

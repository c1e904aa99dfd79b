"""Edited letter collections and diaries (letters12): a collection's numbered heading ("IV. Paris, 10
December 1834") is no writer; a letter's "on the 29th" larger than its own day is of the month before, its
"on Tuesday" written on a Tuesday the Tuesday before; a relative clause's past in a diary is no event of the
entry's day; an editor's note in brackets takes its year from its own sentences; a diary's day-and-month
heading opening a long paragraph ("1 December. — They arrested ...") dates its entry. Our own texts,
through the pipeline."""
from __future__ import annotations

import pytest

from historiograph import annotate, annotate_text
from historiograph.ingest.metadata import extract_metadata, numbered_heading


def _times(text: str, etype: str) -> list:
    return [(e.time or {}) for e in annotate_text(text).events if e.type == etype]


def _narrators(text: str, etype: str) -> list:
    ad = annotate(text)
    out = []
    for e in ad.events:
        if e.type == etype:
            for p in e.participants:
                if p.kind == "narrator":
                    ent = ad.entity(p.entity) if p.entity else None
                    out.append(ent.name if ent is not None else p.name)
    return out


COLLECTION = ("Letters of Emil Varga to his Sister\n\nI. Lyon, 2 November 1833\n\nMy dear Ilona,\n\nWe arrived "
              "here after a long journey. The prefect received me kindly.\n\nII. Lyon, 10 December 1833\n\nMy dear "
              "Ilona,\n\nI am well.")


def test_a_numbered_heading_is_no_author_and_the_title_names_the_writer():
    assert extract_metadata(COLLECTION).author == "Emil Varga"
    assert _narrators(COLLECTION, "meeting") == ["Emil Varga"]


@pytest.mark.parametrize("name, text, numbered", [
    ("IV. Paris", "IV. Paris, 10 December 1834", True),
    ("XII. Brody", "XII. Brody, 3 May 1849", True),
    ("I. Lyon", "I. Lyon, 2 November 1833", True),
    ("I. Brody", "I. Brody, 3 May 1849\n\nDear Sir,\n\nI am well.\n\nII. Brody, 9 May 1849", True),
    ("I. Vornek", "I. Vornek, 3 May 1849", False),  # an initial and a name, for all the text says
    ("Anna Petrova", "Anna Petrova, 12 May 2021", False),
])
def test_numbered_heading(name, text, numbered):
    assert numbered_heading(name, text) is numbered


def test_with_no_title_the_writer_stays_unnamed():
    text = ("XII. Kowno, 3 May 1849\n\nDear Sir,\n\nThe governor received me at noon, and I left for Wilno in the "
            "evening.")
    assert extract_metadata(text).author is None
    assert _narrators(text, "meeting") == ["the narrator"]


@pytest.mark.parametrize("text, etype, value", [
    # a day of the month larger than the letter's own: the month before
    ("II. Lyon, 10 December 1833\n\nMy dear Ilona,\n\nOn the 28th the police arrested our friend Halasz at the "
     "opera. I am well.", "arrest", "1833-11-28"),
    ("Geneva, 3 March 1841\n\nDear Sister,\n\nOn the 26th the magistrate released the printers, and we dined "
     "together.", "release", "1841-02-26"),
    # a weekday named in a letter written on that weekday: the one before
    ("Nantes, 14 February 1834\n\nDear Sir,\n\nOn Friday the gendarmes arrested Morel in the market. I remain "
     "your servant.", "arrest", "1834-02-07"),
    # days before the letter's own stay in its month and week
    ("II. Lyon, 10 December 1833\n\nMy dear Ilona,\n\nOn the 2nd the police arrested our friend Halasz at the "
     "opera.", "arrest", "1833-12-02"),
    ("Nantes, 14 February 1834\n\nDear Sir,\n\nOn Monday the gendarmes arrested Morel in the market.", "arrest",
     "1834-02-10"),
    # an editor's note after a letter takes its year from its own sentences
    ("V. Geneva, 17 December 1833\n\nMy dear Ilona,\n\nI am well.\n\n[He went back to Hungary in the spring of "
     "1849. He was captured at Arad in May and imprisoned.]", "arrest", "1849-05"),
    ("V. Geneva, 17 December 1833\n\nMy dear Ilona,\n\nI am well.\n\n[Varga went back to Hungary in 1849. He "
     "was arrested at Arad on 4 June.]", "arrest", "1849-06-04"),
])
def test_a_letter_counts_its_days_from_its_date(text, etype, value):
    times = _times(text, etype)
    assert times and all(t.get("value") == value for t in times), times


@pytest.mark.parametrize("text, etype", [
    ("The Diary of Ida Lenz\n\n28 November 1863.\nWe reached Grodno. A major who fought at Sokolka dined with "
     "us.\n\n29 November 1863.\nWe left Grodno at dawn.", "battle"),
    ("The Diary of Ida Lenz\n\n28 November 1863.\nWe reached Grodno. The officer who arrested my uncle was "
     "there.\n\n29 November 1863.\nWe left Grodno at dawn.", "arrest"),
])
def test_a_relative_clause_in_a_diary_takes_no_entry_date(text, etype):
    times = _times(text, etype)
    assert times and not any(times), times


def test_a_diary_day_and_month_heading_opens_a_long_entry():
    text = ("The Diary of Ida Lenz\n\n28 November 1863. — We reached Grodno in the evening, tired and cold after "
            "the long road.\n\n1 December. — They arrested Sobol at dawn today, and the whole street came out to "
            "watch.\n\n3 December. — Nothing new.")
    times = _times(text, "arrest")
    assert times and all(t.get("value", "").startswith("1863-12-01") for t in times), times


def test_a_heading_that_names_its_weekday_keeps_that_day():
    text = ("Lille, Thursday, 6 May 1830\n\nDear Brother,\n\nThe mayor resigned on Thursday. All is quiet.\n\n"
            "Your brother, Paul")
    times = _times(text, "resignation")
    assert times and all(t.get("value") == "1830-05-06" for t in times), times


def test_an_entry_keeps_a_later_day_it_looks_ahead_to():
    text = ("Lyon, 10 December 1833\n\nMy dear Ilona,\n\nWe sail for Genoa on the 28th, and the consul will "
            "receive us there.")
    assert not any(t.get("value", "").startswith("1833-11") for t in _times(text, "meeting"))


def _roles(text: str, etype: str) -> list:
    ad = annotate(text)
    out = []
    for e in ad.events:
        if e.type == etype:
            for p in e.participants:
                ent = ad.entity(p.entity) if p.entity else None
                out.append((p.role, "narrator" if p.kind == "narrator" else (ent.name if ent is not None else p.name)))
    return out


def test_a_diarys_name_and_bare_participle_is_the_one_acted_on():
    text = ("The Diary of Ida Lenz\n\n2 March 1863. — We stayed at home. Captain Orlov arrested at dawn.\n\n"
            "3 March 1863. — Nothing new. We wept.")
    assert _roles(text, "arrest") == [("patient", "Orlov")]


@pytest.mark.parametrize("sentence, etype", [
    ("Orlov arrested the smugglers.", "arrest"),  # an object: he acted
    ("Colonel Orlov attacked at dawn.", "attack"),  # a type with sides: he attacked
])
def test_a_diarys_name_that_acts_still_acts(sentence, etype):
    text = f"The Diary of Ida Lenz\n\n4 March 1863. — We stayed at home. {sentence}\n\n5 March 1863. — We wept."
    assert ("agent", "Orlov") in _roles(text, etype)


def test_the_writer_and_the_bride_both_marry():
    text = ("Letters of Emil Varga to his Sister\n\nII. Lyon, 10 December 1833\n\nMy dear Ilona,\n\nI came back "
            "from Geneva last week. Klara Benedek and I were married on the 4th.")
    roles = _roles(text, "marriage")
    assert ("agent", "Klara Benedek") in roles and ("agent", "narrator") in roles, roles


def test_what_a_present_perfect_order_names_is_bounded_by_the_letter():
    text = ("III. Lyon, 10 December 1833\n\nMy dear Ilona,\n\nOn Tuesday I met General Orban at the cafe. The "
            "Minister has signed an order expelling me.")
    times = _times(text, "deportation")
    assert times and all(t.get("value") == "1833-12-10" and t.get("mod") == "ON_OR_BEFORE" for t in times), times

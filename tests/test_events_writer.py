"""Who "I", "we" and a clause with no subject are in letters, diaries, blogs and ships' logs: the
letter's signature, the diary's title, the post's byline, the log's ship; never the place of a heading.
Our own texts, invented names."""
from __future__ import annotations

from historiograph import annotate
from historiograph.events.writer import signature, vessel
from helpers import described, one_event as _one


def _writer(ad, ev, role):
    return {(p.kind, ad.entity(p.entity).name if p.entity else p.name) for p in ev.participants if p.role == role}


def test_a_letters_signature_is_its_writer_not_its_headings_place():
    ad, ev = _one("Lisbon, 9 June 1809\n\nMy dear Sophia,\n\nOn Tuesday I was arrested by the police of the "
                  "town.\n\nYour affectionate brother,\nGeorge Lyle", "arrest")
    assert _writer(ad, ev, "patient") == {("narrator", "George Lyle")}


def test_one_we_in_a_signed_letter_is_the_writer():
    ad, ev = _one("Camp at Rolla, March 2, 1862\n\nDear Mother,\n\nThe major received us at noon.\n\nYour son,\n"
                  "Amos Kerr", "meeting")
    assert _writer(ad, ev, "patient") == {("narrator", "Amos Kerr")}


def test_a_signature_needs_a_greeting_and_a_closing():
    assert signature("The war ended in 1865.\n\nIt was a long war,\nJohn Adams") is None
    assert signature("Dear Ann,\n\nWe arrived.\n\nEver yours,\nJohn") == "John"


def test_a_diary_by_its_title_is_its_writers_without_an_i():
    ad, ev = _one("The Journal of Ruth Pell\n\n4 May 1850\nWe reached Fort Kearny at dusk. The captain received "
                  "us kindly.", "meeting")
    assert _writer(ad, ev, "patient") == {("narrator", "Ruth Pell")}


def test_a_posts_closing_byline_is_its_writer():
    ad, ev = _one("A week in Porto\n\nWe arrived at Porto on 3 May 2001. The mayor received us at the town "
                  "hall.\n\nPosted by Irene Salt at 10:02 PM", "meeting")
    assert _writer(ad, ev, "patient") == {("narrator", "Irene Salt")}


def test_my_grandmother_and_the_she_after_her_are_kin_not_the_writer():
    ad = annotate("Posted by Irene Salt\n\nMy grandmother left Cork in 1911. She was arrested in Boston in 1913.")
    ev = next(e for e in ad.events if e.type == "arrest")
    assert described(ev, "patient") == [("kin", "my grandmother")]


def test_a_logs_title_names_its_ship_and_a_subjectless_sailing_is_the_ships():
    assert vessel("Log of the sloop Hester, Captain Eli Ward") == "Hester"
    assert vessel("Journal of HMS Petrel") == "HMS Petrel"
    assert vessel("Journal of the expedition") is None
    ad, ev = _one("Log of the sloop Hester\n\n2 April 1802. Sailed from Halifax at dawn.", "movement")
    assert _writer(ad, ev, "agent") == {(None, "Hester")}


def test_a_subjectless_clause_outside_a_log_or_letter_has_no_actor():
    ad = annotate("Edwin Tarr (1801-1870) was a surveyor.\n\nSailed from Halifax in 1830. He died in 1870.")
    for ev in ad.events:
        if ev.trigger["text"] == "Sailed":
            assert not ev.participants


def test_a_logs_subjectless_arrest_is_not_the_ships():
    ad = annotate("Log of the sloop Hester\n\n2 April 1802. Arrested the cook for theft.")
    for ev in ad.events:
        assert "Hester" not in {p.name for p in ev.participants if p.role == "agent"}


def test_it_was_x_who_ordered_is_x():
    ad, ev = _one("The weavers rioted in 1820. It was Colonel Abel Stone who arrested their leaders.", "arrest")
    assert _writer(ad, ev, "agent") == {(None, "Abel Stone")}

"""A middle given name across texts, a biography's bare surname beside a parent's, and a past event
told in reported speech inside a dated letter. Invented people in invented sentences."""
from __future__ import annotations

import historiograph
from historiograph.corpus.entities import resolve

from tests.test_entities_evidence import doc, holders


def test_a_middle_given_name_joins_the_first_given_name_and_surname():
    a = doc("a", "Torvald Emil Brekke built the mill.", [("Torvald Emil Brekke", "PERSON")])
    b = doc("b", "The mill of Torvald Brekke burned.", [("Torvald Brekke", "PERSON")])
    ents = resolve([a, b])
    assert holders(ents, "Torvald Emil Brekke") == holders(ents, "Torvald Brekke")


def test_two_middle_names_leave_the_short_form_apart():
    a = doc("a", "Torvald Emil Brekke built the mill.", [("Torvald Emil Brekke", "PERSON")])
    b = doc("b", "The mill of Torvald Brekke burned.", [("Torvald Brekke", "PERSON")])
    c = doc("c", "Torvald Jonas Brekke sold the farm.", [("Torvald Jonas Brekke", "PERSON")])
    ents = resolve([a, b, c])
    assert len({id(e) for n in ("Torvald Emil Brekke", "Torvald Brekke", "Torvald Jonas Brekke")
                for e in holders(ents, n)}) == 3


def test_an_east_asian_name_is_not_read_as_a_middle_name():
    a = doc("a", "Kim Il Sung led the unit.", [("Kim Il Sung", "PERSON")])
    b = doc("b", "Kim Il wrote the order.", [("Kim Il", "PERSON")])
    ents = resolve([a, b])
    assert holders(ents, "Kim Il Sung") != holders(ents, "Kim Il")


BIO = ("Torvald Emil Brekke\n\nTorvald Emil Brekke was a Swedish miller and engineer.\n\n"
       "Brekke was born in Uppsala to a family of millers. His father, Gustav Brekke, sent him to Hamburg "
       "in 1790. In 1801 Brekke built a new mill at Lund. Brekke married Ingrid Holm in 1803. "
       "Brekke died in Lund in 1830.")


def test_a_biographys_bare_surname_is_its_main_person_beside_a_parent():
    ad = historiograph.annotate(BIO)
    ids = {m.entity for m in ad.mentions if m.text in ("Torvald Emil Brekke", "Brekke")}
    father = {m.entity for m in ad.mentions if m.text == "Gustav Brekke"}
    assert len(ids) == 1 and father and father != ids


def test_a_bare_surname_in_the_parents_sentence_stays_apart():
    text = ("Torvald Emil Brekke was a Swedish miller. Torvald Emil Brekke built a mill at Lund. "
            "His father Gustav Brekke died when Brekke was ten.")
    ad = historiograph.annotate(text)
    main = {m.entity for m in ad.mentions if m.text == "Torvald Emil Brekke"}
    bare = {m.entity for m in ad.mentions if m.text == "Brekke"}
    assert bare and not (main & bare)


LETTERS = ("Letters of Agnete Holm to her brother\n\nOdense, 4 June 1801\n\nDear Brother,\n"
           "The weather has been fine and the fields are green.\n\nOdense, 12 October 1801\n\nDear Brother,\n"
           "Jonas returned home last night, tired and thin. He says that the fortress surrendered after a long siege "
           "and that the prisoners were released in the spring.\n")


def test_a_past_event_in_reported_speech_is_on_or_before_the_letter():
    ad = historiograph.annotate(LETTERS)
    gave_up = next(e for e in ad.events if e.trigger["text"] == "surrendered")
    t = gave_up.time
    assert t is None or (t["mod"] in ("ON_OR_BEFORE", "BEFORE") and t["value"][:10] <= "1801-10-12"), t


def test_a_bare_name_read_as_a_place_in_most_texts_is_that_place_in_the_others():
    a = doc("a", "The fleet sailed to Korsholm in May.", [("Korsholm", "GPE")])
    b = doc("b", "At Korsholm the garrison held out.", [("Korsholm", "GPE")])
    c = doc("c", "The siege of Korsholm ended in June.", [("Korsholm", "ORG")])
    ents = holders(resolve([a, b, c]), "Korsholm")
    assert len(ents) == 1 and ents[0].label == "GPE" and ents[0].documents == ["a", "b", "c"]


def test_an_organisation_read_once_as_a_place_keeps_its_label():
    a = doc("a", "Korsholm hired forty clerks.", [("Korsholm", "ORG")])
    b = doc("b", "Korsholm paid its clerks late.", [("Korsholm", "ORG")])
    c = doc("c", "At Korsholm the clerks struck.", [("Korsholm", "GPE")])
    ents = holders(resolve([a, b, c]), "Korsholm")
    assert len(ents) == 2

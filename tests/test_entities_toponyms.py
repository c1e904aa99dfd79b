"""The kind of a toponym (street, building, other place) read from its head noun, on our own sentences."""
from historiograph.entities import patterns
from historiograph.entities.toponyms import is_street_head, possessor_start, toponym_kind


def test_streets_by_head_and_hyphen():
    assert toponym_kind("Bridle Street", "FAC") == "street"
    assert toponym_kind("Orchard-lane", "GPE") == "street"
    assert toponym_kind("Hollins Road", "LOC") == "street"


def test_ocr_slip_in_a_street_head_counts_but_a_real_word_does_not():
    assert toponym_kind("Fenwick-slreet", "GPE") == "street"
    assert is_street_head("atreet")
    assert not is_street_head("squire")  # a word of its own, not an OCR'd "square"
    assert not is_street_head("st")  # an abbreviation, never alone after a hyphen


def test_buildings_by_head_noun():
    assert toponym_kind("Corbridge County Court", "GPE") == "building"
    assert toponym_kind("Swan Hotel", "ORG") == "building"
    assert toponym_kind("House of Keys", "ORG") == "building"
    # an organisation named by an office or court is the body, not the building
    assert toponym_kind("Colonial Office", "ORG") is None
    assert toponym_kind("Northern Railway Company", "ORG") is None


def test_other_places_are_loc():
    assert toponym_kind("Barnstaple", "GPE") == "loc"
    assert toponym_kind("Wimborne Minster", "GPE") == "loc"  # a town named by its minster
    assert toponym_kind("Barnstaple", "FAC") == "loc"


def test_a_building_named_by_its_owner_takes_the_possessive_in():
    text = "a dinner at Harker’s Hotel, and a ball"
    start = text.index("Hotel")
    assert possessor_start(text, start, start + len("Hotel")) == text.index("Harker")
    plain = "the Hotel was full"
    assert possessor_start(plain, 4, 9) == 4


def test_hyphenated_streets_found_with_ocr_slips():
    text = "He kept a shop in Fenwick-atreet, then in Orchard-lane; a Country-squire voted."
    found = [text[c.start:c.end] for c in patterns.misc_places(text)]
    assert found == ["Fenwick-atreet", "Orchard-lane"]


def test_a_persons_given_name_is_no_nested_place():
    from historiograph.entities.places import places_inside

    name = "George Hartley of Manchester"
    assert [name[a:b] for a, b in places_inside(name, first=False)] == ["Manchester"]
    council = "Leeds Town Council"
    assert [council[a:b] for a, b in places_inside(council)] == ["Leeds"]


def test_shires_are_places_unless_they_open_a_longer_name():
    text = "LANCASHIRE. The member for Rutlandshire spoke; the Worcestershire Herald said so."
    found = [(text[c.start:c.end], c.label) for c in patterns.misc_places(text)]
    assert found == [("LANCASHIRE", "GPE"), ("Rutlandshire", "GPE")]


def test_the_name_after_a_street_in_an_address_is_its_town_or_a_street():
    import historiograph

    ad = historiograph.annotate(text="Attendance every Saturday at 12, Orchard-lane, Hexley, and at "
                                     "40, Bridle-street, Colbeck Square, from ten till four.")
    got = {(m.text, m.label) for m in ad.mentions}
    assert {("Orchard-lane", "FAC"), ("Hexley", "GPE"), ("Bridle-street", "FAC"), ("Colbeck Square", "FAC")} <= got


def test_address_places_reads_the_name_after_a_street():
    from historiograph.entities.spans import STRONG, Cand

    text = "at 12, Orchard-lane, Hexley, and in Dyche-street, St. Mary's-road."
    streets = [Cand(text.index("Orchard"), text.index(", Hexley"), "FAC", STRONG, "street"),
               Cand(text.index("Dyche"), text.index(", St."), "FAC", STRONG, "street")]
    got = [(text[c.start:c.end], c.label) for c in patterns.address_places(text, streets)]
    assert got == [("Hexley", "GPE")]  # "St." opens the next street, not a town

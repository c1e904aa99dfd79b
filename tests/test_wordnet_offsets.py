"""WordNet answers read by offset (events/wordnet.py: sense_offsets, first_senses, lexname, verb_has_sense;
wordnet_lines: lexname_at, pointers_at, lemma_pointers_at) are the ones nltk's parsed synsets give."""
from __future__ import annotations

import os

from historiograph.events import wordnet


def _index_words(pos: str, every: int) -> list[str]:
    wn = wordnet.reader()
    root = wn._root if isinstance(wn._root, str) else str(wn._root)
    with open(os.path.join(root, "index." + pos), encoding="utf-8") as fp:
        return [line.split()[0] for i, line in enumerate(fp) if not line.startswith(" ") and i % every == 0]


def _line_offsets(pos: str) -> list[int]:
    """The offset of every synset line of the data file of ``pos`` (not the licence lines)."""
    offsets, at = [], 0
    for line in wordnet.reader()._data_bytes(pos).split(b"\n"):
        if line and not line.startswith(b" "):
            offsets.append(at)
        at += len(line) + 1
    return offsets


def test_lexname_read_from_the_line_is_the_parsed_synsets():
    wn = wordnet.reader()
    for pos in ("n", "v", "a", "r"):
        for offset in _line_offsets(pos)[::97]:
            assert wn.lexname_at(pos, offset) == wn.synset_from_pos_and_offset(pos, offset).lexname()
    assert wn.lexname_at("n", 5) is None  # no line starts there (nltk's warning and None)


def test_first_senses_and_lexname_are_nltks():
    wn = wordnet.reader()
    for word in _index_words("noun", 60) + ["geese", "invasions", "battles"]:
        senses = wn.synsets(word, "n")
        assert wordnet.first_senses(word, "n", 2) == senses[:2]
        assert wordnet.lexname(word, "n") == (senses[0].lexname() if senses and word.isalpha() else None)
    for word in _index_words("verb", 30) + ["went", "taken"]:
        assert wordnet.first_senses(word, "v", 3) == wn.synsets(word, "v")[:3]


def test_verb_has_sense_is_a_test_on_verb_senses_names():
    frames = [(tuple(f["synsets"]), f.get("senses", 4), f.get("depth", 0)) for f in wordnet.sense_frames()]
    frames += [(("choose.v.01", "elect.v.01"), 3, 1), (("dog.n.03", "entity.n.01", "act.v.01"), 4, 3)]
    for verb in _index_words("verb", 40) + ["name", "close", "set_out", "elect", "succeed", "make"]:
        for names, senses, depth in frames:
            assert wordnet.verb_has_sense(verb, names, senses, depth) == \
                (not wordnet.verb_senses(verb, senses, depth).isdisjoint(names)), (verb, names, senses, depth)
    assert wordnet.verb_has_sense("elect", ("elect.v.01",), 1, 0)
    assert not wordnet.verb_has_sense("elect", ("dog.n.03",), 1, 0)  # (nltk reads that name as frump.n.01)


def test_hypernym_walks_by_offset_reach_nltks_closure():
    wn = wordnet.reader()
    for word in _index_words("noun", 150):
        for sense in wn.synsets(word, "n")[:2]:
            key = (sense.pos(), sense.offset())
            assert wordnet.pointers_of(key) == {(h.pos(), h.offset()) for h in sense.hypernyms()}
            for depth in (-1, 1, 3, 12):
                reached = {(h.pos(), h.offset()) for h in sense.closure(lambda s: s.hypernyms(), depth=depth)}
                assert wordnet.keys_within(key, depth) - {key} == reached


def test_lexnames_and_related_forms_of_a_lexname_are_nltks():
    wn = wordnet.reader()
    for word in _index_words("noun", 80) + ["mutiny", "command"]:
        assert wordnet.lexnames(word, "n", 3) == [s.lexname() for s in wn.synsets(word, "n")[:3]]
        for sense in wn.synsets(word, "n")[:2]:
            for lemma in sense.lemmas():
                assert wordnet.related_of_lexname(lemma, "noun.person") == [
                    d for d in lemma.derivationally_related_forms() if d.synset().lexname() == "noun.person"]
    assert "mutineer" in {d.name() for s in wn.synsets("mutiny", "n") for lem in s.lemmas()
                          for d in wordnet.related_of_lexname(lem, "noun.person")}


def test_lemma_pointers_read_from_the_line_are_the_parsed_synsets():
    wn = wordnet.reader()
    for pos in ("n", "v", "a"):
        for offset in _line_offsets(pos)[1::211]:  # (read before the synset is parsed, then after)
            light = wn.lemma_pointers_at(pos, offset, "+")
            sense = wn.synset_from_pos_and_offset(pos, offset)
            parsed = [(lem.name(), r.synset().pos()) for lem in sense.lemmas() for r in lem.derivationally_related_forms()]
            # (a pointer to an adjective says "a" where the synset is a satellite, "s")
            assert sorted((n, p.replace("a", "s")) for n, p in light) == sorted((n, p.replace("a", "s")) for n, p in parsed)
            assert sorted(wn.lemma_pointers_at(pos, offset, "+")) == sorted(light)


def test_lemma_names_read_from_the_line_are_the_parsed_synsets():
    wn = wordnet.reader()
    for pos in ("n", "v", "a", "r"):
        for offset in _line_offsets(pos)[2::53]:  # (read before the synset is parsed, then after)
            light = wn.lemma_names_at(pos, offset)
            assert light == wn.synset_from_pos_and_offset(pos, offset).lemma_names()
            assert wn.lemma_names_at(pos, offset) == light
    assert wn.lemma_names_at("n", 5) == []  # no line starts there


def test_word_lookups_without_parsing_are_nltks():
    """lemma_names, has_sense, any_sense_within (the entities stage's tests of a capitalised word)."""
    wn = wordnet.reader()
    bodies = ("organization.n.01", "gathering.n.01")
    words = _index_words("noun", 90) + _index_words("adj", 60) + _index_words("adv", 20)
    for word in words + ["Congress", "assembly", "faid", "thofe", "geese", "well-known", "Lake", "pipes", "was"]:
        senses = wn.synsets(word)
        assert wordnet.lemma_names(word) == [lem.name() for s in senses for lem in s.lemmas()]
        assert wordnet.lemma_names(word, "n") == [lem.name() for s in wn.synsets(word, "n") for lem in s.lemmas()]
        assert wordnet.has_sense(word) == bool(senses)
        assert wordnet.has_sense(word, "ar") == any(s.pos() in "asr" for s in senses)
        assert wordnet.any_sense_within(word, "n", bodies) == any(
            wordnet.ancestor_names(s) & set(bodies) for s in wn.synsets(word, "n"))
    assert wordnet.any_sense_within("congress", "n", bodies)
    assert not wordnet.any_sense_within("tablet", "n", bodies)


def test_a_first_verb_sense_above_move_by_offset_is_nltks():
    from historiograph.entities import context

    wn = wordnet.reader()
    for verb in _index_words("verb", 45) + ["bring", "carry", "ship", "send", "move", "say"]:
        senses = wn.synsets(verb, "v")
        old = bool(senses) and any(h.name() == "move.v.02" for h in senses[0].closure(lambda x: x.hypernyms()))
        assert context._carries.__wrapped__(verb) == old, verb
    assert context._carries("bring") and not context._carries("move") and not context._carries("say")


def test_entities_word_kinds_by_offset_are_the_old_walks_over_parsed_senses():
    """institutions._head_kind, places.place_noun and names_a_body as they read nltk's parsed senses."""
    from historiograph.entities import institutions, places

    wn = wordnet.reader()
    names = wordnet.ancestor_names

    def head_kind(word):
        senses = wn.synsets(wn.morphy(word, "n") or word, pos="n")
        if not senses or any(names(s) & institutions._STATE for s in senses):
            return None
        body = [bool(names(s) & institutions._BODY) for s in senses]
        building = any(names(s) & institutions._BUILDING for s in senses)
        if body[0] or ("social_group.n.01" in names(senses[0]) and any(body)):
            return "both" if building else "body"
        return "both" if building and any(body) else None

    def place_noun(word):
        low = word.casefold()
        return any(names(s) & places._PLACE_KINDS for base in dict.fromkeys((low, wn.morphy(low, "n") or low))
                   for s in wn.synsets(base, "n") if any(lemma.name() == base for lemma in s.lemmas()))

    def names_a_body(noun):
        return any({"organization.n.01", "institution.n.01"} & (names(s, instances=True) - {s.name()})
                   for s in wn.synsets(noun, "n"))

    for word in _index_words("noun", 70) + ["academy", "church", "hospital", "society", "bank", "fens", "paris"]:
        if word not in institutions.lexicon.org_head_words():
            assert institutions._head_kind.__wrapped__(word) == head_kind(word), word
        assert places.place_noun.__wrapped__(word) == place_noun(word), word
        assert places.names_a_body.__wrapped__(word) == names_a_body(word), word
        for sense in wn.synsets(word, "n")[:2]:
            key = (sense.pos(), sense.offset())
            walked = sense.closure(lambda s: s.hypernyms() + s.instance_hypernyms())
            assert wordnet.keys_within(key, -1, True) - {key} == {(h.pos(), h.offset()) for h in walked}
    assert institutions._head_kind("academy") == "both" and places.names_a_body("bank")


def test_capitalised_word_kinds_by_offset_are_the_old_walks_over_parsed_senses():
    """places.wordnet_kinds, wordnet_people and wordnet_time as they read nltk's parsed senses."""
    from historiograph.entities import places

    wn = wordnet.reader()
    names = wordnet.ancestor_names

    def people(word):
        lemma = wn.morphy(word.casefold(), "n") or word.casefold()
        found = False
        for syn in wn.synsets(lemma, pos="n"):
            own = [lem.name() for lem in syn.lemmas() if lem.name().casefold() == lemma]
            if not own or not own[0][:1].isupper():
                continue
            if syn.instance_hypernyms():
                return False
            found = found or bool({"person.n.01", "people.n.01", "social_group.n.01"} & (names(syn) - {syn.name()}))
        return found

    def time(word):
        found = False
        for syn in wn.synsets(word.casefold(), pos="n"):
            if not any(lem.name() == word[:1] + word[1:].casefold() for lem in syn.lemmas()):
                continue
            if "time_period.n.01" not in names(syn, instances=True) - {syn.name()}:
                return False
            found = True
        return found

    def kinds(name):
        out = set()
        for syn in wn.synsets("_".join(w.casefold() for w in name.split()), pos="n"):
            if any(lem.name()[:1].isupper() for lem in syn.lemmas()):
                for inst in syn.instance_hypernyms():
                    up = names(inst)
                    out.update(next(([label] for label, kind in (("PERSON", places._WN_PERSON), ("GPE", places._WN_GPE),
                                    ("LOC", places._WN_LOC), ("OTHER", places._WN_OTHER)) if up & set(kind)), []))
        return out

    for name in ["Danube", "Washington", "Paris", "New York", "Rocky Mountains", "Plato", "Mars", "Lake Erie"]:
        assert places.wordnet_kinds.__wrapped__(name) == kinds(name), name
    words = [w.capitalize() for w in _index_words("noun", 70)] + [
        "Cossacks", "Turk", "Venetians", "Washington", "Christian", "Monday", "Whitsunday", "Michaelmas", "May"]
    for word in words:
        if " " not in word:
            assert places.wordnet_people.__wrapped__(word) == people(word), word
            assert places.wordnet_time.__wrapped__(word) == time(word), word
            assert places.wordnet_kinds.__wrapped__(word) == kinds(word), word
    assert places.wordnet_people("Cossacks") and not places.wordnet_people("Washington")
    assert places.wordnet_time("Monday") and not places.wordnet_time("Washington")

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


def test_derived_lemmas_by_offset_are_nltks_related_forms():
    wn = wordnet.reader()
    for pos in ("n", "v"):
        for offset in _line_offsets(pos)[3::157]:  # (read before the synset is parsed, then after)
            key = (pos, offset)
            light = {name: wordnet.derived_lemmas(key, name) for name in wn.lemma_names_at(pos, offset)}
            sense = wn.synset_from_pos_and_offset(pos, offset)
            for lemma in sense.lemmas():
                # (a pointer to an adjective says "a" where the synset is a satellite, "s")
                old = [((d.synset().pos().replace("s", "a"), d.synset().offset()), d.name())
                       for d in lemma.derivationally_related_forms()]
                assert light[lemma.name()] == old
                assert wordnet.derived_lemmas(key, lemma.name()) == old
                assert wordnet.derived_names(key, lemma.name(), pos="v") == [
                    d.name() for d in lemma.derivationally_related_forms() if d.synset().pos() == "v"]
                assert wordnet.derived_names(key, lemma.name(), lexname="noun.person") == [
                    d.name() for d in lemma.derivationally_related_forms() if d.synset().lexname() == "noun.person"]


def _old_related_verbs(noun: str) -> tuple[str, ...]:
    wn = wordnet.reader()
    if not noun.isalpha() or not wordnet.event_noun(noun):
        return ()
    out: list[str] = []
    for syn in wn.synsets(noun, "n")[:2]:
        for lem in syn.lemmas():
            if lem.name().lower() != noun:
                continue
            for rel in lem.derivationally_related_forms():
                if rel.synset().pos() == "v" and rel.name().lower() not in out:
                    out.append(rel.name().lower())
    if not out and noun.endswith("ing"):
        base = wn.morphy(noun, "v")
        if base and base != noun:
            out.append(base)
    return tuple(out)


def _old_person_forms(lemma) -> set[str]:
    return {d.name().lower() for d in lemma.derivationally_related_forms() if d.synset().lexname() == "noun.person"}


def _old_agent_nouns(verb: str) -> frozenset[str]:
    wn = wordnet.reader()
    return frozenset(f for s in wn.synsets(verb, "v")[:4] for lemma in s.lemmas() if lemma.name() == verb
                     for f in _old_person_forms(lemma))


def _old_noun_agent_nouns(noun: str) -> frozenset[str]:
    from historiograph.events.coref import cues
    wn = wordnet.reader()
    out = set()
    for s in wn.synsets(noun, "n")[:3]:
        if s.lexname() not in cues()["event_lexnames"]:
            continue
        for lemma in s.lemmas():
            if lemma.name() != noun:
                continue
            out |= _old_person_forms(lemma)
            for d in lemma.derivationally_related_forms():
                if d.synset().pos() == "v":
                    out |= _old_person_forms(d)
    return frozenset(out)


def _old_part_noun(lemma: str) -> bool:
    wn = wordnet.reader()
    first = wn.synsets(lemma, "n")[:1] if lemma.isalpha() else []
    if not first:
        return False
    s = first[0]
    return s.name() in ("part.n.01", "majority.n.01", "remainder.n.01") or any(
        h.name() == "remainder.n.01" for path in s.hypernym_paths() for h in path)


def test_derived_word_lookups_by_offset_are_the_old_walks_over_parsed_senses():
    from historiograph.events import coref
    nouns = _index_words("noun", 90) + ["mutiny", "strike", "recruitment", "storming", "remnant", "rest", "bulk",
                                        "part", "majority", "residue"]
    for noun in nouns:
        assert wordnet.related_verbs(noun) == _old_related_verbs(noun), noun
        assert coref.noun_agent_nouns(noun) == _old_noun_agent_nouns(noun), noun
        assert coref.part_noun(noun) == _old_part_noun(noun), noun
    for verb in _index_words("verb", 25) + ["command", "govern", "lead", "strike"]:
        assert coref.agent_nouns(verb) == _old_agent_nouns(verb), verb
    assert "mutineer" in coref.noun_agent_nouns("mutiny") and "striker" in coref.noun_agent_nouns("strike")
    assert {"commander", "governor", "leader"} <= coref.agent_nouns("command") | coref.agent_nouns("govern") | \
        coref.agent_nouns("lead")
    assert coref.part_noun("remnant") and not coref.part_noun("army")


def _old_type_of(lemma: str, pos: str):
    wn = wordnet.reader()
    if not lemma.isalpha():
        return None
    data, anchors = wordnet._config()
    weights = data["sense_weights"]
    best = None
    for i, syn in enumerate(wn.synsets(lemma, pos)[:len(weights)]):
        if syn.lexname() not in data["lexnames"]:
            continue
        starts = [(syn, 0)]
        if pos == "n":
            starts += [(rel.synset(), 1) for lem in syn.lemmas() for rel in lem.derivationally_related_forms()
                       if rel.synset().pos() == "v"]
        for start, extra in starts:
            hit = wordnet._nearest_anchor(start, anchors, data["max_distance"] - extra)
            if hit is None:
                continue
            etype, dist = hit
            score = weights[i] * (1 - data["distance_penalty"] * (dist + extra))
            if best is None or score > best[0]:
                best = (score, etype)
    if pos == "n" and (best is None or best[0] < data["min_score"]):
        for verb in _old_related_verbs(lemma)[:1]:
            hit = _old_type_of(verb, "v")
            if hit is not None and hit[1] - data["distance_penalty"] >= data["min_score"]:
                return hit[0], round(hit[1] - data["distance_penalty"], 2)
    if best is None or best[0] < data["min_score"]:
        return None
    return best[1], round(best[0], 2)


def _old_sense_gender(sense):
    from historiograph.events.coref import cues
    ancestors = wordnet.ancestor_names(sense, 8)
    return "f" if ancestors & cues()["female_anchors"] else "m" if ancestors & cues()["male_anchors"] else None


def test_typing_and_person_lookups_by_offset_are_the_old_walks_over_parsed_senses():
    from historiograph.events import coref
    wn = wordnet.reader()
    for pos, every, extra in (("n", 40, ["battle", "recruitment", "storming", "murder", "election"]),
                              ("v", 12, ["die", "drown", "attack", "elect", "marry", "perish"])):
        for word in _index_words("noun" if pos == "n" else "verb", every) + extra:
            assert wordnet.type_of(word, pos) == _old_type_of(word, pos), (word, pos)
    for noun in _index_words("noun", 70) + ["mother", "king", "count", "garrison", "crew", "rebel", "agent"]:
        senses = wn.synsets(noun, "n")
        assert coref.gender_of(noun) == (_old_sense_gender(senses[0]) if senses else None), noun
        person = next((s for s in senses[:4] if s.lexname() == "noun.person"), None)
        assert coref.person_gender(noun) == (_old_sense_gender(person) if person else None), noun
        assert wordnet.people_sense(noun) == (noun.isalpha() and any(
            s.lexname() in ("noun.person", "noun.group") for s in senses[:3])), noun
    for verb in _index_words("verb", 30) + ["die", "perish", "drown", "go", "starve"]:
        syns = wn.synsets(verb, "v")[:2] if verb.isalpha() else []
        assert wordnet.dying_verb(verb) == (verb == "die" or any(s.name() == "die.v.01" for s in syns) or
                                            wordnet.sense_under(verb, "die.v.01")), verb
    assert wordnet.type_of("battle", "n") is not None and coref.gender_of("mother") == "f"


def _old_synset_key(name: str):
    from nltk.corpus.reader.wordnet import WordNetError
    try:
        synset = wordnet.reader().synset(name)
    except (WordNetError, ValueError):
        return None
    return (synset.pos(), synset.offset()) if synset is not None and synset.name() == name else None


def test_synset_keys_by_name_without_parsing_are_nltks():
    wn = wordnet.reader()
    names = ["die.v.01", "dog.n.03", "dog.n.99", "dog.n.00", "Dog.n.01", "nosuchword.n.01", "part.n.01",
             "remainder.n.01", "good.a.01", "good.s.06", "quickly.r.01", "set_out.v.01", "x.y", "dog.n.x"]
    for pos, index in (("n", "noun"), ("v", "verb"), ("r", "adv")):
        for word in _index_words(index, 150):
            for n in range(1, len(wn._lemma_pos_offset_map[word].get(pos, [])) + 2):
                names.append(f"{word}.{pos}.{n:02d}")
    for name in names:
        assert wordnet.synset_keys((name,)) == ({_old_synset_key(name)} - {None}), name


def test_is_kind_of_by_offset_is_the_old_walk_over_parsed_senses():
    from historiograph.events import coref
    wn = wordnet.reader()
    nouns = _index_words("noun", 120) + ["commission", "army", "regiment", "court"]
    for noun in nouns:
        for general in ("organization", "group", "person", "unit", "body", "act", noun):
            top = set(wn.synsets(general, "n")[:2])
            old = noun != general and any(top & wordnet.hypernyms_within(s, 12) for s in wn.synsets(noun, "n")[:3])
            assert coref.is_kind_of(noun, general) == old, (noun, general)
    assert coref.is_kind_of("commission", "organization")

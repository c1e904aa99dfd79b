"""The entity step's family-name blocks at scale (corpus/entities.py): a common family name does not
make the step compare every pair of its full names, yet the names of one person still join. Names
invented for these tests."""
from __future__ import annotations

from historiograph.corpus import entities
from historiograph.corpus.entities import _given_pairs, _items, _link
from historiograph.entities.names import parse_person
from historiograph.model import Entity, Mention

GIVEN = ["Abel", "Bruno", "Cyril", "Dorian", "Egon", "Felix", "Gustav", "Hector", "Ivo", "Jasper",
         "Kasimir", "Lothar", "Marek", "Nestor", "Otto", "Pavel", "Quentin", "Rufus", "Silas", "Tobias"]


def _doc(n: int, name: str):
    text = f"{name} wrote a letter."
    return (f"d{n:04d}.txt", text, [Mention(0, len(name), name, "PERSON", entity="e1")],
            [Entity(id="e1", name=name, label="PERSON", aliases=[name])])


def _corpus(names):
    items, _ = _items([_doc(n, name) for n, name in enumerate(names)])
    uf = _link(items)
    groups: dict[int, set[str]] = {}
    for i, it in enumerate(items):
        groups.setdefault(uf.find(i), set()).add(it[1].name)
    return sorted(sorted(g) for g in groups.values())


def test_pairs_of_a_block_share_a_first_given_name_or_its_initial():
    persons = [parse_person(n) for n in ("Abel Varno", "Bruno Varno", "A. Varno", "Abel K. Varno", "Cyril Orlen")]
    assert _given_pairs(persons) == [(0, 2), (0, 3), (2, 3)]
    assert _given_pairs([None, *persons[:2]]) == []


def test_a_common_family_name_does_not_compare_every_pair(monkeypatch):
    # 400 people of one family name, each in two spellings of one document each: one given name
    # written out and the same with a middle initial; plus "G. Varno" who may be any of the G's
    names = [f"{GIVEN[i % 20]}{'' if i < 20 else chr(97 + i // 20)} Varno" for i in range(400)]
    corpus = names + [n.replace(" Varno", " K. Varno") for n in names] + ["G. Varno"]
    calls = []
    real = entities.same_person_name
    monkeypatch.setattr(entities, "same_person_name", lambda a, b: calls.append(1) or real(a, b))
    groups = _corpus(corpus)
    pairs = len(corpus) * (len(corpus) - 1) // 2
    assert len(calls) < pairs / 50, (len(calls), pairs)  # the square of one block would be 320,400
    assert ["Abel K. Varno", "Abel Varno"] in groups
    assert ["Tobiasp K. Varno", "Tobiasp Varno"] in groups
    assert any("G. Varno" in g for g in groups)


def test_the_joins_are_those_of_all_pairs(monkeypatch):
    # the same names compared pair by pair (every pair of the block) join the same way, for the same reasons
    names = ["Abel Varno", "A. Varno", "Abel K. Varno", "Abell Varno", "Bruno Varno", "B. K. Varno",
             "Bruno Varno", "Cyril Varno", "Varno, Cyril", "C. Varno", "Kyril Varno", "Varno", "Ivo Kim",
             "Kim Il Sung", "Kim Il-sung", "Kim Ir Sen", "Kim San", "I. Kim"]
    persons = [parse_person(n) for n in names]
    every = [(x, y) for x in range(len(persons)) for y in range(x + 1, len(persons))]
    may = [(x, y) for x, y in every if entities.same_person_name(persons[x], persons[y])
           or (persons[x].family == persons[y].family and entities.given_compatible(persons[x].given, persons[y].given))]
    assert set(may) <= set(_given_pairs(persons))
    items, _ = _items([_doc(n, name) for n, name in enumerate(names)])
    blocked = _link(items)
    monkeypatch.setattr(entities, "_given_pairs", lambda ps: [(x, y) for x in range(len(ps)) for y in range(x + 1, len(ps))
                                                             if ps[x] is not None and ps[y] is not None
                                                             and ps[x].family == ps[y].family])
    items, _ = _items([_doc(n, name) for n, name in enumerate(names)])
    every_pair = _link(items)
    assert blocked.described() == every_pair.described()
    assert blocked.blocked == every_pair.blocked
    assert [blocked.find(i) for i in range(len(items))] == [every_pair.find(i) for i in range(len(items))]
    assert len(blocked.joins) >= 8

"""model.as_dict: dataclasses.asdict's result, made faster for annotate's JSON."""
from __future__ import annotations

from collections import namedtuple
from dataclasses import asdict, dataclass, field

from historiograph import pipeline
from historiograph.ingest import from_text
from historiograph.model import as_dict

Pair = namedtuple("Pair", "a b")


@dataclass
class Inner:
    name: str
    score: float = 0.5


@dataclass
class Outer:
    inner: Inner
    items: list = field(default_factory=list)
    pair: tuple = (1, "x")
    table: dict = field(default_factory=dict)
    named: Pair = Pair(1, 2)
    nothing: object = None


def test_same_as_asdict_on_nested_values():
    obj = Outer(Inner("Varnel"), [Inner("Osk", 1.0), {"k": Inner("Lume")}, (2, [3])], table={"a": [Inner("b")]})
    assert as_dict(obj) == asdict(obj)
    assert type(as_dict(obj)["pair"]) is tuple and type(as_dict(obj)["named"]) is Pair


def test_same_as_asdict_on_an_annotated_document():
    ad = pipeline.run(from_text("General Varnel Osk marched to Lumeria on 3 May 1871, the envoy said.\n",
                                source="asdict.txt"))
    for obj in [ad.document.metadata, *ad.mentions, *ad.entities, *ad.timexes, *ad.events, *ad.zones,
                *ad.attributions, *ad.issues]:
        assert as_dict(obj) == asdict(obj)

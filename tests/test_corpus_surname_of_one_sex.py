"""A surname alone in a text that names a husband and a wife of that surname (issue conflicts5;
invented sentences): told as a man ("he"), it is the husband, and joins his full name in another text;
told as no one sex, it joins no one."""
from __future__ import annotations

from historiograph import annotate_text
from historiograph.corpus import build_corpus


def _corpus(a: str, b: str):
    ads = [annotate_text(a, source="a.txt"), annotate_text(b, source="b.txt")]
    return build_corpus(ads)


def _of(tables, source: str, name_part: str) -> set[str]:
    return {c.id for c in tables.entities for s, _ in c.members if s == source
            and any(name_part == n for n in [c.name, *c.aliases])}


def test_a_surname_told_as_a_man_is_the_husband():
    tables = _corpus("The missionary Jonas Wexley landed at Apolima in 1861 with his wife Ruth. Ruth Wexley "
                     "opened a school in 1863. The consul accused Wexley of smuggling in 1870. Wexley denied "
                     "it. He died at Apia in 1882.",
                     "Jonas Wexley died at Apia in 1882.")
    ids = {c.id: c for c in tables.entities}
    jonas = next(c for c in tables.entities if c.name == "Jonas Wexley")
    assert ("b.txt" in {s for s, _ in jonas.members})
    assert "Ruth Wexley" not in [ids[i].name for i in ids if "Jonas Wexley" in ids[i].aliases]
    deaths = [t for t in tables.timeline if t.type == "death"]
    assert len(deaths) == 1 and {s for s, _ in deaths[0].members} == {"a.txt", "b.txt"}

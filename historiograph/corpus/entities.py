"""One entity per referent across the corpus.

Each document already gathered its mentions into entities (``historiograph.entities``). Here the
per-document entities are joined when they name the same referent, in any spelling, script or name
order. Cost grows near-linearly: every entity is put into a few blocks (hash buckets) by keys
derived from its names, and comparison happens only inside a block, between distinct name forms,
never between all pairs of entities.

Keys (per kind of entity):
- people: every full name, order-insensitive and folded (``names.parse_person``: "Medvedev, Roy" =
  "Roy Medvedev"; "ЛЮШКОВ ГЕНРИХ САМОЙЛОВИЧ" = "Genrikh Samoilovich Lyushkov"; "Kim il Sung" =
  "Kim Il-sung"). Exact key: joined. Block by family name: full names with compatible given names
  and a close spelling (rapidfuzz) are joined; an entity known only by its surname ("Stalin") joins
  the one full name of its block, or the other surname-only entities of that surname.
- places: the gazetteer referent (Dairen = Dalian), else the folded name.
- organisations and works (one kind: a newspaper is both): the alias table, else the folded name.
Evidence against a join (``entities.evidence``) blocks it, however well the names agree: life
dates that differ (a "(1890–1938)" bracket, an infobox's "Born:"), titles of kinds one person
cannot bear both of ("Mrs." and "Mr.", "Bishop" and "General"), two full names that share only the
family name ("Kim San", "Kim Il Sung"), a person and a place. Every join is made with its reason
(``_Clusters.join``); ``explain`` replays the joins of one entity for the reader.
A city used for its government ("Moscow demanded") is a city entity here: it is never joined to the
state, whose identity the document records in ``Entity.refers_to``.

Ids are deterministic: "E-" + slug of the canonical name, with the label added (and then a number)
only when two entities would share one.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from ..entities.linking import alias_table, group_of
from ..entities.names import fold, has_cyrillic, is_east_asian_surname, parse_person, slug, given_compatible
from ..entities import places
from ..entities import evidence as ev_
from ..entities import infobox, lexicon
from . import gender
from ..events.gender import is_given_name
from .reading import only
from ..entities.names import _PATRONYMIC
from ..model import AnnotatedDocument, CorpusEntity, Entity

FUZZY_PERSON = 88  # token_sort_ratio within a family-name block
FUZZY_OTHER = 94  # ratio within a first-token block (typos of long names)


class _UF:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, x: int) -> int:
        p = self.p
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.p[rb] = ra
            else:
                self.p[ra] = rb


def _keys(name: str, aliases: list[str], label: str) -> tuple[str, set[str], list]:
    """(group, exact keys, parsed person names) of one document entity."""
    g = group_of(label)
    forms = [name, *aliases]
    keys: set[str] = set()
    persons = []
    if g == "PERSON":
        for f in forms:
            p = parse_person(f)
            persons.append(p)
            if not p.single:
                keys.add("p:" + p.key)
        if not keys:  # known only by a single name
            keys.update("s:" + p.family for p in persons if p.family)
        return g, keys, persons
    for f in forms:
        k = fold(f)
        if k.startswith("the "):
            k = k[4:]
        a = alias_table().get(k)
        if a:
            keys.add("a:" + fold(a[0]))
            if a[1] == "GPE":
                g = "PLACE"
        if g == "PLACE":
            ref = places.referent_key(f)
            if ref:
                keys.add(ref)
        if k:
            keys.add("n:" + k)
    return g, keys, persons


def same_person_name(a, b) -> bool:
    """Two full names of one person, as far as names can tell: the same family name, given names
    that agree where both are stated, and what one adds is only a patronymic or initials
    ("Genrikh Lyushkov" = "Genrikh Samoilovich Lyushkov"; "V. M. Molotov" = "Vyacheslav Molotov";
    not "Kim Il" = "Kim Il Sung", nor "Tōgō Heihachirō" = "Tōgō Shigenori")."""
    if a.single or b.single or a.family != b.family or not given_compatible(a.given, b.given):
        return False
    short, long_ = sorted((a.given, b.given), key=len)
    extra = long_[len(short):]
    return all(len(t) == 1 or _PATRONYMIC.search(t) for t in extra) and (
        len(short) == len(long_) or bool(short))


def _bare_single_org(e) -> bool:
    """An organisation that may be a person the model misread ("Hitler and Ribbentrop", "Matija
    Kovač was a printer"): no organisation head word, not in the alias table, all its names one
    capitalised word, or two whose first is a given name of one sex only (``gender.of_given_name``),
    whose second is no WordNet common noun and which together name no gazetteer place. ``_link`` reads
    it as a person only where another document gives its family name to a person."""
    if e.label != "ORG" or not e.aliases:
        return False
    heads = lexicon.org_head_words()
    if any(alias_table().get(fold(a)) or a.casefold() in heads for a in e.aliases):
        return False
    if all(len(a.split()) == 1 and a[:1].isupper() and not a.isupper() for a in e.aliases):
        return True
    return all(len(w := a.split()) == 2 and all(x[:1].isupper() and not x.isupper() for x in w)
               and w[1].casefold() not in heads and gender.of_given_name(w[0]) is not None
               and not _common_noun(w[1]) and places.lookup(a) is None for a in e.aliases)
    # ("Morgan Stanley": Morgan is a name of either sex; "Lincoln Center", "Victoria Cross": a common
    # noun after the name; "Santa Fe": a place)


@functools.lru_cache(maxsize=4096)
def _common_noun(word: str) -> bool:
    """A noun WordNet knows in lower case ("Center", "Cross", "Baker"): a name's second word that may
    head an organisation or a thing rather than be a family name. Without WordNet: no (no guess)."""
    from ..events.wordnet import reader

    wn = reader()
    if wn is None or not word.isalpha():
        return False
    low = word.casefold()
    base = wn.morphy(low, "n") or low
    return any(lem.name() == base for syn in wn.synsets(base, pos="n") for lem in syn.lemmas())


class _Clusters(_UF):
    """Union-find over document entities that joins two clusters only when nothing in their
    evidence or names says they are two referents, and records why each join was made."""

    def __init__(self, items):
        super().__init__(len(items))
        self.items = items
        self.evidence: list[ev_.Evidence | None] = [None] * len(items)  # made when there is some
        for i, it in enumerate(items):
            if it[6] is not None and (it[6].born or it[6].died or it[6].roles):
                self.evidence[i] = ev_.Evidence()
                self.evidence[i].update(it[6])
        self.fulls = [[p for p in it[5] if not p.single] for it in items]
        self.told = [set(it[7]) for it in items]  # pronouns' genders (``gender.pronoun_genders``)
        # each place's geonames id, as its document geocoded it: two ids are two places
        self.geo = [{it[1].place["geonameid"]} if it[3] == "PLACE" and it[1].place and it[1].place.get("geonameid")
                    else set() for it in items]
        self.member_lists: dict[int, list[int]] = {}  # root -> its items, for clusters of several
        self.joins: list[tuple[int, int, tuple]] = []  # (i, j, how): see ``described``
        self.blocked: list[tuple[int, int, str]] = []

    def against(self, ri: int, rj: int) -> str | None:
        gi, gj = self.items[ri][3], self.items[rj][3]
        if gi != gj:
            return f"a {gi.lower()} and a {gj.lower()}"
        if gi == "PLACE" and self.geo[ri] and self.geo[rj] and not self.geo[ri] & self.geo[rj]:
            return "two places the gazetteer tells apart (two geonames ids)"
        if gi != "PERSON":
            return None
        if self.evidence[ri] is not None and self.evidence[rj] is not None:
            why = ev_.disagree(self.evidence[ri], self.evidence[rj])
            if why:
                return why
        fa, fb = self.fulls[ri], self.fulls[rj]
        if not fa or not fb:  # a surname alone: the husband in one text may be the wife in another
            ga, gb = self._told_as(ri), self._told_as(rj)
            single = ga if not fa else gb  # ("Pendle", told as a man, in a text of Thomas and Agnes Pendle
            sex = next(iter(single)) if len(single) == 1 else None  # is Thomas: one given name of his sex)
            kin = set().union(*(self.items[i][9] for i in self.members_of(ri if fa else rj)))
            if fa != fb and kin and (sex is None or any(k in (None, sex) for k in kin)):
                return "the full name's text tells a relative of that family (the family name alone may be either)"
            if self._two_given(ri, sex) or self._two_given(rj, sex):
                return "a text writes the family name after two given names (two people of that name)"
            if len(ga) == 1 and len(gb) == 1 and ga != gb:
                return f"told as a man in one text and as a woman in the other ({ga.pop()}, {gb.pop()})"
        clash = next(((a, b) for a in fa for b in fb if a.family == b.family and a.given and b.given
                      and not given_compatible(a.given, b.given)), None)
        if clash and not any(a.key == b.key or (a.family == b.family and given_compatible(a.given, b.given))
                             for a in fa for b in fb):
            return f"two full names that share only the family name: {clash[0].display} and {clash[1].display}"
        return None

    def _two_given(self, r: int, sex: str | None = None) -> bool:
        """Whether a text of the cluster writes its family name after two different given names
        ("Hugo Brandt and his son Felix Brandt"), though its reading named one of them only; with
        ``sex`` (the surname alone is told as a man or a woman), two given names that may be of that sex
        ("Thomas Pendle" and "his wife Agnes Pendle": one for a man)."""
        return any(len({w for w in self.items[i][8] if is_given_name(w)
                        and (sex is None or gender.of_given_name(w) in (None, sex))}) > 1
                   for i in self.members_of(r))

    def members_of(self, r: int) -> list[int]:
        return [i for i in self.member_lists.get(r, [r])]

    def _told_as(self, r: int) -> set[str]:
        """"male"/"female" as a cluster's texts tell it: titles, pronouns (its evidence), given names."""
        ev = self.evidence[r]
        told = set(ev.roles & {gender.MALE, gender.FEMALE}) if ev is not None else set()
        told |= self.told[r]
        for p in self.fulls[r]:
            g = gender.of_given_name(p.given[0]) if p.given else None
            if g:
                told.add(g)
        return told

    def join(self, i: int, j: int, how: tuple) -> bool:
        """Join the clusters of items i and j unless evidence says no. ``how``: ((name, name), reason),
        or ("key", k) for a shared exact key, described only when asked (``described``)."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        why = self.against(ri, rj)
        if why:
            self.blocked.append((i, j, why))
            return False
        self.union(ri, rj)
        r = self.find(ri)
        other = rj if r == ri else ri
        if self.evidence[other] is not None:
            if self.evidence[r] is None:
                self.evidence[r] = ev_.Evidence()
            self.evidence[r].update(self.evidence[other])
        self.fulls[r] = self.fulls[r] + [p for p in self.fulls[other] if p not in self.fulls[r]]
        self.told[r] |= self.told[other]
        self.geo[r] |= self.geo[other]
        self.member_lists[r] = self.member_lists.pop(r, [r]) + self.member_lists.pop(other, [other])
        self.joins.append((i, j, how))
        return True

    def described(self) -> list[tuple[int, int, tuple[str, str], str]]:
        """(i, j, (name, name), reason) of every join."""
        out = []
        for i, j, how in self.joins:
            if how[0] == "key":
                a, b = _form_with_key(self.items[i], how[1]), _form_with_key(self.items[j], how[1])
                out.append((i, j, (a, b), _pair_reason(a, b, self.items[i][1].label) or "the same name"))
            else:
                out.append((i, j, how[0], how[1]))
        return out


def _items(docs, ordered: bool = False) -> tuple[list, set]:
    """(items, narrated): one item per document entity — (source, entity, mention count, group,
    keys, persons, evidence, "male"/"female" as its pronouns tell it, the capitalised words its text writes
    before its family name, whether its text ties it to a relative ``told_with_kin``) — and the (source, local id) pairs named outside a reference list.
    ``docs``: (source, text, mentions, entities) of each document (``ordered``: by source already, read once)."""
    items = []
    narrated: set[tuple[str, str]] = set()
    for source, text, mentions, entities in (docs if ordered else sorted(docs, key=lambda d: d[0])):
        counts: dict[str, int] = defaultdict(int)
        fields = [(f.start, f.end) for f in infobox.fields(text)]
        for m in mentions:
            if m.entity:
                counts[m.entity] += 1
                if m.zone != "references" or any(a <= m.start < b for a, b in fields):
                    narrated.add((source, m.entity))
        # a one-word "organisation" may be a person (``_link``): its life dates and titles count too
        told = gender.pronoun_genders(text, mentions)
        bare = {e.id for e in entities if _bare_single_org(e)}
        if bare:
            mentions = [_as_person(m) if _get(m, "entity") in bare else m for m in mentions]
            for eid, g in gender.pronoun_genders(text, mentions).items():
                if eid in bare:
                    told[eid] = g
        evidence = ev_.of_document(text, mentions)
        before = gender.words_before_surnames(text)
        kin = told_with_kin(text, mentions)
        for e in entities:
            g, keys, persons = _keys(e.name, e.aliases, e.label)
            written = _frozen([w for p in persons for w in before.get(p.family, ())] if g == "PERSON" else ())
            items.append((source, e, counts.get(e.id, 0), g, keys, persons, evidence.get(e.id),
                          _frozen(told.get(e.id, ())), written, _frozen(kin.get(e.id, ()))))
    return items, narrated


_NONE: frozenset = frozenset()


def _frozen(values) -> frozenset:
    """A frozenset, the one empty one for none: most entities have no pronoun, title or kin word, and an
    empty frozenset is 200 bytes of each of a million items."""
    return frozenset(values) if values else _NONE


# "his father, X", "Weber's widow X", "the son of X"; "X, his brother,"; "his son Carl" (a given name alone)
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w'’-]*['’]s?)\s+(?:[a-z]+\s+)?([a-z]+)\s*,?\s*$"
                         r"|\b([a-z]+)\s+of\s+$")
# ("X, the son of a weaver,": a relative the text never names, no other bearer of the name it tells)
_KIN_AFTER = re.compile(r"\s*,\s*(?:his|her|their|my|our|the|[A-Z][\w'’-]*['’]s?)\s+"
                        r"(?!(?:[a-z]+\s+)?[a-z]+\s+of\s+(?:a|an|one)\b)((?:[a-z]+\s+)?[a-z]+)\b")
_KIN_GIVEN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?([a-z]+)\s*,?\s+([A-Z][a-z]+)\b(?![\s-]+[A-Z])")


@functools.lru_cache(maxsize=4096)
def _kin_word(word: str) -> bool:
    """A relative's noun ("son", "widow"), by its first WordNet sense (imports kept lazy: start-up)."""
    from ..events.coref import kin_noun
    from ..events.wordnet import reader

    wn = reader()
    return kin_noun((wn.morphy(word, "n") if wn is not None else None) or word)


def told_with_kin(text: str, mentions) -> dict[str, set[str | None]]:
    """The persons a text ties to a relative who likely bears their family name, each with the sexes
    of those relatives ("male"/"female", None when the text does not tell): the person told as
    someone's relative ("his father, Johann Weber", "Anna Weber, his widow", "the son of Johann
    Weber": the possessor, a man after "his"), or one whose relative it names by a given name alone
    ("Johann Weber ... his son Carl": Carl's sex). A family name alone in another text may be either
    of them, unless it is told as a sex no such relative has (``_Clusters.against``)."""
    people = sorted(((_get(m, "start"), _get(m, "end"), _get(m, "entity")) for m in mentions
                     if _get(m, "label") == "PERSON" and _get(m, "entity")), key=lambda t: t[0])
    out: dict[str, set[str | None]] = {}
    for start, end, ent in people:
        before = _KIN_BEFORE.search(text, max(0, start - 40), start)
        after = _KIN_AFTER.match(text, end, end + 40)
        words = [w for w in (*(before.groups() if before else ()), *(after.group(1).split() if after else ())) if w]
        if any(_kin_word(w) for w in words):
            told = f"{before.group(0) if before else ''} {after.group(0) if after else ''}".split()
            owner = next((w.lower() for w in told if w.lower() in _POSSESSOR_SEX), None)
            out.setdefault(ent, set()).add(_POSSESSOR_SEX.get(owner))
    starts = [p[0] for p in people]
    sexes = None
    for m in _KIN_GIVEN.finditer(text):
        if not _kin_word(m.group(1)) or not is_given_name(m.group(2)):
            continue
        if sexes is None:
            sexes = gender.pronoun_genders(text, mentions)
        owner = _POSSESSOR_SEX.get(m.group(0).split()[0].lower())
        k = bisect.bisect_left(starts, m.start()) - 1
        # the relative's possessor: the person "his"/"her" stands for, the last named before who is not
        # told as of the other sex ("Johann Weber hired Anna Roth. His daughter Maria": Johann)
        while k >= 0 and owner is not None and _other_sex(text, people[k], sexes, owner):
            k -= 1
        if k >= 0 and m.start() - people[k][1] < 400 and "\n\n" not in text[people[k][1]:m.start()]:
            out.setdefault(people[k][2], set()).add(gender.of_given_name(m.group(2)))
    return out


def _other_sex(text: str, person: tuple, sexes: dict, sex: str) -> bool:
    """The text tells the person (start, end, entity) as of another sex than ``sex``: by their given
    name, else by the pronouns tied to them (which may be the very possessive asked about)."""
    first = text[person[0]:person[1]].split()
    named = gender.of_given_name(first[0]) if len(first) > 1 else None
    if named is not None:
        return named != sex
    told = sexes.get(person[2], set())
    return bool(told) and sex not in told


_POSSESSOR_SEX = {"his": gender.MALE, "her": gender.FEMALE}


def _get(m, k):
    return m[k] if isinstance(m, dict) else getattr(m, k)


def _as_person(m):
    """A mention read as a person's (for ``evidence.of_document``), whatever its label."""
    from types import SimpleNamespace

    return SimpleNamespace(start=_get(m, "start"), end=_get(m, "end"), text=_get(m, "text"), label="PERSON",
                           entity=_get(m, "entity"), zone=_get(m, "zone"))


def resolve(docs: list[AnnotatedDocument], why: dict[str, list[dict]] | None = None) -> list[CorpusEntity]:
    """Join the documents' entities into corpus entities; deterministic for a given set of docs.
    ``why`` (if given) receives, per corpus entity id, its joins ({"names", "reason", "sources"})
    and the joins its evidence blocked ({"names", "blocked"})."""
    items, narrated = _items(((ad.document.source, ad.text, ad.mentions, ad.entities)
                              for ad in only(docs, "text", "mentions", "entities")), getattr(docs, "ordered", False))
    uf = _link(items)
    out = _tables(items, uf, narrated)
    if why is not None:
        of = {m: c.id for c in out for m in c.members}
        for i, j, names, reason in uf.described():
            why.setdefault(of[(items[i][0], items[i][1].id)], []).append(
                {"names": list(names), "reason": reason, "sources": [items[i][0], items[j][0]]})
        for i, j, reason in uf.blocked:
            for k in (i, j):
                why.setdefault(of[(items[k][0], items[k][1].id)], []).append(
                    {"names": [items[i][1].name, items[j][1].name], "blocked": reason})
    return out


def _link(items) -> _Clusters:
    # one sense across the corpus: a bare one-word "organisation" that another document gives as a
    # person's name (alone, or as the family name of a full name) is that person
    person_names = {p.family for _, _, _, g, _, persons, *_ in items if g == "PERSON" for p in persons}
    for n, (src, e, cnt, g, keys, persons, ev, told, written, kin) in enumerate(items):
        if g == "ORGWORK" and _bare_single_org(e):
            ps = [parse_person(a) for a in e.aliases]
            if ps and all(p.family in person_names for p in ps):
                e = Entity(id=e.id, name=e.name, label="PERSON", aliases=e.aliases, place=e.place)
                g2, keys2, persons2 = _keys(e.name, e.aliases, "PERSON")
                items[n] = (src, e, cnt, g2, keys2, persons2, ev, told, written, kin)
    _places_by_majority(items)
    uf = _Clusters(items)

    # 1. exact keys: one hash bucket per (group, key)
    bucket: dict[tuple[str, str], int] = {}
    for i, (_, e, _, g, keys, *_) in enumerate(items):
        for k in sorted(keys):
            j = bucket.setdefault((g, k), i)
            if j != i:
                uf.join(j, i, ("key", k))

    # 2. people, blocked by family name: compare distinct full names only
    block: dict[str, dict[str, int]] = defaultdict(dict)  # family -> {full key: item}
    singles: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, _, g, keys, persons, *_) in enumerate(items):
        if g != "PERSON":
            continue
        full = [p for p in persons if not p.single]
        if full:
            for p in full:
                block[p.family].setdefault(p.key, i)
                for s in p.surnames - {p.family}:
                    block[s].setdefault(p.key, i)
        else:
            for p in persons:
                singles[p.family].append(i)
    for fam in sorted(block):
        forms = sorted(block[fam].items())
        persons = [_first_full(items[i][5], k) for k, i in forms]
        for x, y in _given_pairs(persons):
            (kx, ix), (ky, iy), px, py = forms[x], forms[y], persons[x], persons[y]
            if same_person_name(px, py):
                why = "the same family name; the given names agree (one adds a patronymic or initials)"
            elif _middle_name_of(px, py, persons):
                why = "the same first given name and family name; one adds a middle given name"
            elif (len(px.given) == len(py.given) and given_compatible(px.given, py.given)
                  and (score := fuzz.token_sort_ratio(kx, ky)) >= FUZZY_PERSON):
                why = f"a close spelling of the same full name ({score:.0f}/100)"
            else:
                continue
            uf.join(ix, iy, ((_form_with_key(items[ix], "p:" + kx), _form_with_key(items[iy], "p:" + ky)), why))
    for fam, idxs in sorted(singles.items()):
        roots = {uf.find(i) for i in block.get(fam, {}).values()}
        if len(roots) == 1:
            r = roots.pop()
            for i in idxs:
                uf.join(r, i, ((items[r][1].name, items[i][1].name),
                               "the family name alone, of the one full name with it in the corpus"))
        elif len(roots) > 1:  # a husband and a wife: the surname told as one sex is the one of that sex
            for i in idxs:
                told = uf._told_as(uf.find(i))
                if len(told) != 1:
                    continue
                fits = [r for r in sorted(roots) if uf._told_as(r) == told]
                if len(fits) == 1 and all(uf._told_as(r) and not (uf._told_as(r) & told) for r in roots if r != fits[0]):
                    uf.join(fits[0], i, ((items[fits[0]][1].name, items[i][1].name),
                                         "the family name alone, told as the one of that sex of its full names"))

    # 3. other kinds: close spellings of long names, blocked by first token
    first_tok: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for i, (_, _, _, g, keys, *_) in enumerate(items):
        if g in ("PERSON", "NORP"):
            continue
        for k in sorted(keys):
            if k.startswith("n:") and len(k) > 10:
                first_tok[(g, k[2:].split()[0])].setdefault(k, i)
    for blk in first_tok.values():
        if len(blk) < 2:
            continue
        forms = sorted(blk.items())
        keys_ = [k for k, _ in forms]
        for x in range(len(forms)):
            # the pairs of a block scored in rapidfuzz's own loop: a common first word ("Soviet",
            # "University") makes a block that grows with the corpus
            close = process.extract(keys_[x], keys_[x + 1:], scorer=fuzz.ratio, processor=None,
                                    score_cutoff=FUZZY_OTHER, limit=None)
            for _, score, at in sorted(close, key=lambda m: m[2]):
                y = x + 1 + at
                a, b = _form_with_key(items[forms[x][1]], forms[x][0]), _form_with_key(items[forms[y][1]], forms[y][0])
                uf.join(forms[x][1], forms[y][1], ((a, b), f"a close spelling of a long name ({score:.0f}/100)"))
    return uf


def _middle_name_of(a, b, persons) -> bool:
    """"Henrik Valdemar Ostberg" = "Henrik Ostberg": one name is the other's first given name and family
    name, and what the longer adds are given names of the first one's sex (``gender.of_given_name``; not
    "Kim Il" of "Kim Il Sung": no sex, and an East Asian family name), while no other full name of the
    block (``persons``) adds a different middle name to the short one ("Henrik Peder Ostberg": the short
    form may be either)."""
    if a.single or b.single or a.family != b.family or is_east_asian_surname(a.family):
        return False
    short, long_ = sorted((a, b), key=lambda p: len(p.given))
    n = len(short.given)
    if not n or len(long_.given) == n or long_.given[:n] != short.given or any(len(t) == 1 for t in short.given):
        return False
    sex = gender.of_given_name(short.given[0])
    if sex is None or any(len(t) == 1 or gender.of_given_name(t) != sex for t in long_.given[n:]):
        return False
    return not any(p is not None and p.family == short.family and len(p.given) > n
                   and p.given[:n] == short.given and not given_compatible(p.given, long_.given)
                   for p in persons)


def _places_by_majority(items) -> None:
    """One sense across the corpus: a bare one-word "organisation" (``_bare_single_org``) whose name
    more documents read as a place ("the siege of Korsholm" beside "sailed to Korsholm" twice) is that
    place, with the label most of them give it. Replaces such items in ``items``."""
    place_docs: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # name -> label -> sources
    org_docs: dict[str, set] = defaultdict(set)
    for src, e, _, g, *_ in items:
        for a in {fold(x) for x in e.aliases or [e.name]}:
            if g == "PLACE":
                place_docs[a][e.label].add(src)
            elif g == "ORGWORK":
                org_docs[a].add(src)
    for n, (src, e, cnt, g, keys, persons, ev, told, written, kin) in enumerate(items):
        if g != "ORGWORK" or not _bare_single_org(e) or any(len(a.split()) != 1 for a in e.aliases):
            continue
        names = {fold(a) for a in e.aliases}
        labels: dict[str, int] = defaultdict(int)
        for a in names:
            for lab, srcs in place_docs.get(a, {}).items():
                labels[lab] += len(srcs)
        if not labels or any(sum(len(s) for s in place_docs.get(a, {}).values()) <= len(org_docs[a])
                             for a in names):
            continue
        label = max(sorted(labels), key=labels.get)
        e = Entity(id=e.id, name=e.name, label=label, aliases=e.aliases, place=e.place)
        g2, keys2, persons2 = _keys(e.name, e.aliases, label)
        items[n] = (src, e, cnt, g2, keys2, persons2, ev, told, written, kin)


def _given_pairs(persons) -> list[tuple[int, int]]:
    """(x, y), x < y, in order: the pairs of a family-name block's full names (None: none) that may name
    one person — the same family name and first given names that agree (equal, or an initial and a name
    it begins). Both joins of a block need that (``same_person_name``, ``given_compatible``), so the
    pairs left out could never join; a common family name ("Kim", or a made-up word that every name of
    a copied corpus ends with) no longer costs the square of its block, only of its first given names."""
    by_family: dict[str, list[int]] = defaultdict(list)
    for x, p in enumerate(persons):
        if p is not None:
            by_family[p.family].append(x)
    pairs: set[tuple[int, int]] = set()
    for idxs in by_family.values():
        if len(idxs) < 2:
            continue
        first: dict[str, list[int]] = defaultdict(list)  # a first given name (not an initial) -> forms
        letter: dict[str, list[int]] = defaultdict(list)  # its first letter -> forms, initials included
        loose: list[int] = []  # no given name, or an initial: compared more widely
        for x in idxs:
            g = persons[x].given
            if not g:
                loose.append(x)
                continue
            if len(g[0]) != 1:
                first[g[0]].append(x)
            else:
                loose.append(x)
            if g[0]:
                letter[g[0][0]].append(x)
        for xs in first.values():
            pairs.update((a, b) for n, a in enumerate(xs) for b in xs[n + 1:])
        for x in loose:
            g = persons[x].given
            for y in (letter.get(g[0], ()) if g else idxs):
                if y != x:
                    pairs.add((min(x, y), max(x, y)))
    return sorted(pairs)


def _form_with_key(item, key: str) -> str:
    """The name of a document entity that gives ``key`` (else its canonical name)."""
    _, e, _, g, *_ = item
    for f in [e.name, *e.aliases]:
        if key in _keys(f, [], e.label)[1]:
            return f
    return e.name


def _first_full(persons, key):
    for p in persons:
        if not p.single and p.key == key:
            return p
    return None


def _tables(items, uf, narrated=frozenset()) -> list[CorpusEntity]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    out: list[CorpusEntity] = []
    for idxs in groups.values():
        ents = [items[i] for i in idxs]
        label_w: dict[str, int] = defaultdict(int)
        for _, e, n, *_ in ents:
            label_w[e.label] += max(n, 1)
        label = max(sorted(label_w), key=lambda l: (label_w[l], l != "NORP"))
        names = [e.name for _, e, *_ in ents]
        name = _canonical(names, label)
        aliases: list[str] = []
        for _, e, *_ in sorted(ents, key=lambda t: t[0]):
            for a in [*e.aliases]:
                if a not in aliases:
                    aliases.append(a)
        told = [e for s, e, *_ in ents if (s, e.id) in narrated]
        place = next((e.place for e in told if e.place), None)
        if place is None:  # named only in reference lists (a publisher's city): kept off the map
            place = next(({**e.place, "lat": None, "lon": None, "references_only": True}
                          for _, e, *_ in ents if e.place), None)
        out.append(CorpusEntity(
            id="", name=name, label=label, aliases=aliases,
            documents=sorted({s for s, *_ in ents}), mentions=sum(n for _, _, n, *_ in ents),
            members=sorted((s, e.id) for s, e, *_ in ents), place=place))
    out.sort(key=lambda c: (slug(c.name), c.label, c.members))
    used: dict[str, int] = {}
    for c in out:
        base = "E-" + slug(c.name)
        cid = base if base not in used else f"{base}-{c.label.lower()}"
        n = 2
        while cid in used:
            cid = f"{base}-{c.label.lower()}-{n}"
            n += 1
        used[cid] = 1
        used.setdefault(base, 1)
        c.id = cid
    return out


def _canonical(names: list[str], label: str) -> str:
    """The fullest Latin-script name among the documents' canonical names."""
    latin = [n for n in names if not has_cyrillic(n)] or names
    if label == "PERSON":  # written-out given names over initials: "Vyacheslav Molotov", not "V. M. Molotov"
        return max(latin, key=lambda n: (sum(len(w.rstrip(".")) > 1 for w in n.split()), not n.isupper(), len(n), n))
    counts: dict[str, int] = defaultdict(int)
    for n in latin:
        counts[n] += 1
    return max(counts, key=lambda n: (counts[n], len(n), n))


# ---- why names were joined (for the reader) ------------------------------------------------------

def _pair_reason(a: str, b: str, label: str) -> str | None:
    """Why two names of one corpus entity name one referent, from the names alone; None if the
    names do not tell (then the text did: see ``explain``)."""
    if group_of(label) == "PERSON":
        pa, pb = parse_person(a), parse_person(b)
        if not pa.single and not pb.single and pa.key == pb.key:
            if has_cyrillic(a) != has_cyrillic(b):
                return "the same name in another script (transliterated)"
            return "the same name in another romanisation, spelling or name order"
        if same_person_name(pa, pb):
            return "the same family name; the given names agree (one adds a patronymic or initials)"
        for single, full in ((pa, pb), (pb, pa)):
            if single.single and not full.single and single.family in full.surnames:
                return "the family name alone, of the one full name with it"
        if pa.single and pb.single and pa.family == pb.family:
            return "the same name in another script or romanisation" if fold(a) != fold(b) else "the same name"
        return None
    ka, kb = fold(a).removeprefix("the "), fold(b).removeprefix("the ")
    if alias_table().get(ka) and alias_table().get(ka) == alias_table().get(kb):
        return "one state or organisation under two names (alias table)"
    ra, rb = places.referent_key(a), places.referent_key(b)
    if ra and ra == rb:
        return "one place under an old and a new name (gazetteer)"
    if ka == kb:
        return "the same name"
    return None


def _replayed(ent: CorpusEntity, documents: dict[str, dict]) -> dict[frozenset, tuple[str, str | None]]:
    """{frozenset((name, name)): (reason, None)} of the joins the resolver makes between the
    entity's document entities whose annotated JSON is at hand: the same code, on those members."""
    from types import SimpleNamespace

    members = defaultdict(set)
    for src, local in ent.members:
        members[src].add(local)
    docs = []
    for src, data in sorted(documents.items()):
        ents = [Entity(id=e["id"], name=e["name"], label=e["label"], aliases=list(e.get("aliases") or [e["name"]]),
                       place=e.get("place")) for e in data.get("entities", []) if e.get("id") in members.get(src, ())]
        if ents:
            ms = [SimpleNamespace(**{k: m.get(k) for k in ("start", "end", "text", "label", "entity", "zone")})
                  for m in data.get("mentions", [])]
            docs.append((src, data.get("text", ""), ms, ents))
    if len(docs) < 1:
        return {}
    items, _ = _items(docs)
    return {frozenset(names): (reason, None) for _, _, names, reason in _link(items).described()}


def explain(ent: CorpusEntity, documents: dict[str, dict]) -> list[dict]:
    """[{"names": [a, b], "reason": str, "source": document or None}]: for every name of the entity
    after the first, one name it was joined to and why. ``documents`` maps a source to its annotated
    JSON (text, mentions, entities): where a text states two names as one, that is the reason;
    else the resolver's own reason for the join, replayed on the entity's documents; else what
    the names alone show; else the document whose entity holds both names."""
    from ..entities import aliases as stated

    names = list(dict.fromkeys([ent.name, *ent.aliases]))
    said: dict[frozenset, tuple[str, str]] = {}
    for source, data in documents.items():
        ms = [m for m in data.get("mentions", []) if m.get("text") in names]
        for i, j, why in stated.pairs(data.get("text", ""), ms):
            said.setdefault(frozenset((ms[i]["text"], ms[j]["text"])), (f"the text says so: {why}", source))
    joined = _replayed(ent, documents)
    out = []
    for k, b in enumerate(names[1:], 1):
        best = None
        for table in (said, joined):
            a = next((a for a in names[:k] if frozenset((a, b)) in table), None)
            if a is not None:
                best = {"names": [a, b], "reason": table[frozenset((a, b))][0],
                        "source": table[frozenset((a, b))][1]}
                break
        if best is None:
            for a in names[:k]:
                why = _pair_reason(a, b, ent.label)
                if why:
                    best = {"names": [a, b], "reason": why, "source": None}
                    break
        if best is None:
            local = [s for s, d in documents.items()
                     if any(m.get("text") == b for m in d.get("mentions", []))]
            best = {"names": [names[0], b], "reason": "one entity in the document that names both"
                    if local else "joined with the other names", "source": local[0] if local else None}
        out.append(best)
    return out

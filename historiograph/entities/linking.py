"""In-document entities: which mentions name the same referent.

- People: one key per full name whatever its order, script, case, diacritics or romanisation
  (``names.parse_person``); a lone surname joins the one full name that ends with it (or begins with
  it, for East Asian names; or, failing any, the one two-word name it begins: Japanese order); full names with compatible given names join ("Alvin D. Coox" and
  "Coox, Alvin").
- States and organisations: the alias table (USSR = Soviet Union; "the Soviets" = Soviet Union).
- Places: the gazetteer's referent (Dairen = Dalian).
- A shorter name that is a longer one without its demonym joins it ("Red Army" in a text that says
  "Soviet Red Army"; "Far East" beside "Soviet Far East").
- Metonymy: a capital that acts ("Moscow demanded", "Moscow's allegation", "lest Tokyo be
  provoked") stands for its state. Design: such a mention gets its own entity, named after the city
  and linked to the city in the gazetteer, with ``refers_to`` = the id of the state's entity in this
  document (when the document names the state). The city is never merged into the state; a reader
  (or scorer) who wants the government follows ``refers_to``.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..disjoint import DisjointSets
from ..model import Entity, Mention
from . import aliases, lexicon, name_forms, places
from .names import fold, has_cyrillic, parse_person, given_compatible, title_case, transliterate
from .spans import COARSE
from ..wrapping import unbroken


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s|\n")


@functools.lru_cache(maxsize=None)
def alias_table() -> dict[str, tuple[str, str]]:
    """folded alias -> (canonical name, label) for states and organisations."""
    out: dict[str, tuple[str, str]] = {}
    data = lexicon.states()
    for group in ("states", "organisations"):
        for st in data[group]:
            for a in [st["name"], *st.get("aliases", []), *st.get("plural", [])]:
                out.setdefault(fold(a), (st["name"], st["label"]))
    return out


@functools.lru_cache(maxsize=None)
def capitals() -> dict[str, list[str]]:
    """folded capital -> canonical names of the states it can stand for."""
    out: dict[str, list[str]] = defaultdict(list)
    for st in lexicon.states()["states"]:
        for c in st.get("capital", []):
            out[fold(c)].append(st["name"])
    return dict(out)


def group_of(label: str) -> str:
    g = COARSE.get(label, label)
    return "ORGWORK" if g in ("ORG", "WORK") else g


class _Cluster:
    __slots__ = ("idx", "mentions", "group", "key", "meto")

    def __init__(self, idx: int, group: str, key: str):
        self.idx = idx
        self.mentions: list[int] = []
        self.group = group
        self.key = key
        self.meto = False


def mention_key(m: Mention) -> tuple[str, str]:
    """(group, key): mentions with equal keys are one entity before any further merging."""
    g = group_of(m.label)
    text = m.text
    alias = alias_table().get(fold(text)) or alias_table().get(fold(text.removeprefix("the ")))
    if alias and g in ("PLACE", "ORGWORK", "NORP"):
        return ("PLACE" if alias[1] == "GPE" else "ORGWORK"), "alias:" + fold(alias[0])
    if g == "PERSON":
        return g, "person:" + parse_person(text).key
    if g == "PLACE":
        ref = places.referent_key(text)
        if ref:
            return g, ref
    return g, fold(text)


def told_apart(a: str, b: str) -> bool:
    """Two names the gazetteer knows as two places (two referents, two geonames ids): whatever a
    bracket seems to say, not one place ("Lyon (Marseille)"); an old and a new name of one place
    ("Voroshilov (today Ussuriysk)") share a referent."""
    ra, rb = places.lookup(a), places.lookup(b)
    if ra is None or rb is None or places.referent_key(a) == places.referent_key(b):
        return False
    return ra.get("geonameid") is None or ra.get("geonameid") != rb.get("geonameid")


def is_metonymic(ad, m: Mention) -> bool:
    """A capital city as the doer of a political act, or the owner of a demand or policy."""
    if m.label not in ("GPE",) or fold(m.text) not in capitals() or ad.nlp is None:
        return False
    doc = ad.nlp
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    words = lexicon.metonymy()
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in words.get("verbs", ()):
        return True
    if root.dep_ == "poss" and head.lemma_.lower() in words.get("nouns", ()):
        return True
    # "Moscow's allegation": the possessive may be split off as its own token
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "’s") and nxt.head.lemma_.lower() in words.get("nouns", ()):
        return True
    return False


def link(ad, mentions: list[Mention]) -> tuple[list[Mention], list[Entity]]:
    """Give every mention an entity; return the mentions (with ``entity`` set) and the entities."""
    clusters: dict[tuple[str, str], _Cluster] = {}
    order: list[_Cluster] = []
    meto_flags = [is_metonymic(ad, m) for m in mentions]
    for i, m in enumerate(mentions):
        g, k = mention_key(m)
        if meto_flags[i]:
            k = "meto:" + k
        c = clusters.get((g, k))
        if c is None:
            c = clusters[(g, k)] = _Cluster(len(order), g, k)
            c.meto = meto_flags[i]
            order.append(c)
        c.mentions.append(i)

    sets = DisjointSets(len(order))
    union, find = sets.union, sets.find

    cluster_of = {i: c.idx for c in order for i in c.mentions}
    for i, j, _why in aliases.pairs(ad.text, mentions):
        if not (order[cluster_of[i]].meto or order[cluster_of[j]].meto) and not (
                group_of(mentions[i].label) == "PLACE" and told_apart(mentions[i].text, mentions[j].text)):
            union(cluster_of[i], cluster_of[j])
    _merge_people(order, mentions, union, find, ad.text)
    _merge_demonym_prefix(order, mentions, union)

    groups: dict[int, list[_Cluster]] = defaultdict(list)
    for c in order:
        groups[find(c.idx)].append(c)
    # entities in order of first mention
    roots = sorted(groups, key=lambda r: min(mentions[i].start for c in groups[r] for i in c.mentions))
    entities: list[Entity] = []
    root_id: dict[int, str] = {}
    out_mentions = list(mentions)
    for n, r in enumerate(roots, 1):
        eid = f"e{n}"
        root_id[r] = eid
        idxs = sorted(i for c in groups[r] for i in c.mentions)
        ms = [mentions[i] for i in idxs]
        entities.append(_entity(eid, ms, groups[r]))
        for i in idxs:
            m = mentions[i]
            out_mentions[i] = Mention(m.start, m.end, m.text, m.label, eid, m.zone)
    counts = {root_id[r]: sum(len(c.mentions) for c in groups[r]) for r in roots}
    _set_refers_to(entities, groups, roots, counts)
    _places_in_context(ad.text, entities, out_mentions)
    return out_mentions, entities


def _places_in_context(text: str, entities: list[Entity], mentions: list[Mention]) -> None:
    """A city is looked up again with what the text says around it: a US state after it ("Princeton,
    NJ") or the countries of the document's other places (states, regions, historical names)."""
    from .filters import state_after

    countries: dict[str, int] = defaultdict(int)
    for e in entities:
        if e.place and e.place.get("country") and (e.place.get("area") or e.place.get("period")):
            countries[e.place["country"]] += 1
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_entity[m.entity].append(m)
    for e in entities:
        if (e.place and (e.place.get("area") or e.place.get("period"))) or COARSE.get(e.label) != "PLACE":
            continue
        state = next((st for m in by_entity[e.id] if (st := state_after(text, m.end))), None)
        if not e.place and not state:
            continue  # a town only with its state written after it ("Yukon, OK": places._area_not_town)
        better = places.place_in_context(by_entity[e.id][0].text if by_entity[e.id] else e.name, state, countries)
        if better and better.get("lat") is not None:
            e.place = better


def _merge_people(order, mentions, union, find, doc_text: str | None = None) -> None:
    people = [c for c in order if c.group == "PERSON"]
    parsed = {c.idx: parse_person(mentions[c.mentions[0]].text) for c in people}
    particles = lexicon.name_particles()
    # "Van Oosterwijck" after "Jacob van Oosterwijck": a surname with its particle is a lone surname
    lone = {c.idx for c in people if parsed[c.idx].single or (
        parsed[c.idx].given and all(g.casefold() in particles for g in parsed[c.idx].given))}
    full = [c for c in people if c.idx not in lone]
    # full names with the same family name and compatible given names
    by_family: dict[str, list] = defaultdict(list)
    for c in full:
        by_family[parsed[c.idx].family].append(c)
    for fam, cs in by_family.items():
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                a, b = parsed[cs[i].idx], parsed[cs[j].idx]
                if given_compatible(a.given, b.given):
                    union(cs[i].idx, cs[j].idx)
    # a shorter form of one long name ("Ramón Mercader" of "Jaume Ramón Mercader del Río"): entities.name_forms
    for short, longer in name_forms.longer_forms({c.idx: parsed[c.idx] for c in full}).items():
        roots = {find(x) for x in longer}
        if len(roots) == 1:
            union(short, roots.pop())
    # a lone surname joins the one full-name entity it can be the surname of
    by_surname: dict[str, set[int]] = defaultdict(set)
    for c in full:
        for s in name_forms.surnames(parsed[c.idx]):
            by_surname[s].add(c.idx)
    # the first word of a two-word name, when the name may be written family name first
    # ("Shigemitsu" after "Shigemitsu Mamoru"): a fallback where no surname matches
    by_first: dict[str, set[int]] = defaultdict(set)
    for c in full:
        text = mentions[c.mentions[0]].text
        if "," not in text and len(text.split()) == 2:
            by_first[parsed[c.idx].given[0] if parsed[c.idx].given else ""].add(c.idx)
    for c in people:
        p = parsed[c.idx]
        if c.idx not in lone:
            continue
        cands = {find(x) for x in by_surname.get(p.family, ())}
        if not cands:
            cands = {find(x) for x in by_first.get(p.family, ())}
        if len(cands) == 1:
            union(c.idx, cands.pop())
        elif len(cands) > 1 and doc_text is not None:
            main = _main_of(c, cands, order, mentions, find, doc_text)
            if main is not None:
                union(c.idx, main)


def _main_of(c, cands, order, mentions, find, text: str):
    """A biography's main person takes its bare surname though a parent of that surname is named
    ("Brekke" beside "Torvald Emil Brekke" and "his father, Gustav Brekke"): the one candidate named
    first and more than once, each other named once, and no bare mention in a rival's sentence
    (None: the surname stays apart)."""
    ms: dict[int, list] = defaultdict(list)
    for o in order:
        r = find(o.idx)
        if r in cands:
            ms[r].extend(mentions[i] for i in o.mentions)
    first = min(cands, key=lambda r: min(m.start for m in ms[r]))
    if len(ms[first]) < 2 or any(len(ms[r]) != 1 for r in cands if r != first):
        return None
    rivals = [m for r in cands if r != first for m in ms[r]]
    for i in c.mentions:
        b = mentions[i]
        for m in rivals:
            lo, hi = sorted((b, m), key=lambda x: x.start)
            if not _SENTENCE_END.search(text[lo.end:hi.start]):
                return None
    return first


def _merge_demonym_prefix(order, mentions, union) -> None:
    demonyms = {fold(d) for d in lexicon.demonyms()}
    by_text: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c in order:
        if c.group in ("ORGWORK", "PLACE") and not c.meto:
            by_text[(c.group, fold(mentions[c.mentions[0]].text))].append(c.idx)
    for (g, t), idxs in list(by_text.items()):
        toks = t.split()
        for k in range(1, len(toks)):
            if all(tok in demonyms for tok in toks[:k]):
                shorter = by_text.get((g, " ".join(toks[k:])))
                if shorter:
                    for s in shorter:
                        union(idxs[0], s)


def _entity(eid: str, ms: list[Mention], clusters) -> Entity:
    label_counts: dict[str, int] = defaultdict(int)
    for m in ms:
        label_counts[m.label] += 1
    label = max(label_counts, key=lambda l: (label_counts[l], l != "NORP"))
    if "PERSON" not in label_counts:
        for pref in ("GPE", "ORG"):
            if pref in label_counts and label == "NORP":
                label = pref
    for c in clusters:
        if c.key.startswith("alias:") and not c.meto:
            label = alias_table()[c.key[6:]][1]
    aliases: list[str] = []
    for m in ms:
        form = unbroken(m.text)  # "Fos¬\nter" as read: "Foster"
        if form not in aliases:
            aliases.append(form)
    name = canonical_name(aliases, label, clusters)
    meto = any(c.meto for c in clusters)
    ent = Entity(id=eid, name=name, label=label, aliases=aliases)
    if COARSE.get(label) == "PLACE" or meto:
        for a in [name, *aliases]:
            p = places.place_of(a)
            if p:
                ent.place = p
                break
    return ent


def canonical_name(aliases: list[str], label: str, clusters=()) -> str:
    """The fullest proper form, in Latin script when one exists."""
    for c in clusters:
        if c.key.startswith("alias:") and not c.meto:
            name = alias_table().get(c.key[6:])
            if name:
                return name[0]
    if label == "PERSON":
        forms = [parse_person(a).display for a in aliases]
        latin = [f for f, a in zip(forms, aliases) if not has_cyrillic(a)] or forms
        return max(latin, key=lambda f: (len(f.split()), not f.isupper(), len(f)))
    latin = [a for a in aliases if not has_cyrillic(a)] or [title_case(transliterate(a)) for a in aliases]
    return title_case(max(latin, key=lambda a: (len(a.split()), len(a))))


def _set_refers_to(entities, groups, roots, mention_count) -> None:
    by_name = {}
    for r, e in zip(roots, entities):
        if not any(c.meto for c in groups[r]):
            by_name.setdefault(fold(e.name), e)
    for r, e in zip(roots, entities):
        if not any(c.meto for c in groups[r]):
            continue
        states = capitals().get(fold(e.aliases[0]), [])
        found = [by_name[fold(s)] for s in states if fold(s) in by_name]
        if found:
            best = max(found, key=lambda s: (mention_count.get(s.id, 0), -entities.index(s)))
            e.refers_to = best.id

"""Labels from the words around a name, where the model's label is wrong and the name's own words
do not tell (run on the resolved mentions, before ``consistent_labels``).

- A single word with a Russian place ending (-aya, -oye, -ovo, -sk, -grad...) is a place where the
  context says so: after "at", "near", "the crest of", or before "prison", "hill" (Zaozernaya,
  Lefortovo). Then it is a place all through the document (one sense per document).
- A name before a lowercase place noun ("the Greater Khingan range", "Lefortovo prison") is a place.
- A name between two places in a list ("Unggi, Najin and Chŏngjin") is a place; a one-word name
  joined by "and" to a person ("Hitler and Ribbentrop") is a person.
- A known place that the document names as a place somewhere is a place where the model read the
  same word as a person.
- A single name that is the subject of a verb of saying or thinking ("Litvinov answered",
  "Shigemitsu and Litvinov agreed") is a person, unless it is a state, a capital or a large city.
- A two- or three-word name whose last word has a Russian surname ending ("Vyacheslav Molotov") is a
  person where the model said organisation, group or place.
- A name the model read as a person, group or organisation is a place where WordNet knows it only as
  a place ("the Danube", "Savoy"), where "the" stands before a name WordNet knows as a place ("the
  Rhine"), or where its verb or preposition says so ("crossed the Vltava", "besieged Thorn", "across
  the Vistula"; "reached Craiova" when the gazetteer knows the town).
- A word WordNet knows as a kind of people ("Cossacks", "the Turk"), plural or after an article,
  is a group (NORP) where the model said person or place.
- A name right after a personal title ("Baron Holm", "Emperor Ostrava") or with a name particle
  inside ("Johannes Van Etten") is a person where the model said place, group or organisation.
- A name the model read as a place is a person where it is the object of a verb that takes people
  ("met Washington", "married Victoria") and WordNet or the document knows a person of that name;
  then all through the document, except where a preposition or verb of place governs it.
The verb rules read the dependency parse (``ad.nlp``); the others read the text.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, place_lists, places
from .names import fold
from .signs import titled
from .spans import MODEL, Cand
from ..wrapping import unbroken

_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:at|near|around|outside|beyond|towards|toward)"
    r"|\b(?:crest|summit|slopes?|top|foot|hills?|heights?|village|town|fortress)[ \t\n]+of(?:[ \t\n]+the)?)"
    r"[ \t\n]+$", re.I)
_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+")
_BIG_CITY = 1_000_000
_SEP = place_lists.LIST_SEPARATOR
_PLACES = ("GPE", "LOC", "FAC")


@functools.lru_cache(maxsize=None)
def _place_noun_re() -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(lexicon.place_nouns(), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?P<noun>{alt})\b")


def _ends_with(word: str, kind: str) -> bool:
    w = word.casefold()
    return any(w.endswith(e) and len(w) > len(e) + 2 for e in lexicon.russian_endings()[kind])


def _org_headed(span: str) -> bool:
    heads = lexicon.org_head_words()
    return any(w.strip(".,").casefold() in heads for w in span.split())


def _person_tokens(text: str, cands: list[Cand]) -> set[str]:
    out = set()
    for c in cands:
        if c.label == "PERSON":
            toks = text[c.start:c.end].replace(",", " ").split()
            if len(toks) >= 2:
                out.update(fold(t) for t in toks)
    return out


def relabel(ad, text: str, cands: list[Cand]) -> None:
    """Correct the labels of ``cands`` in place (model and weak mentions only)."""
    cands.sort(key=lambda c: c.start)
    lower_place_heads(text, cands)
    people = _person_tokens(text, cands)
    noun_re = _place_noun_re()
    place_words: dict[str, str] = {}
    for c in cands:
        if c.priority > MODEL or c.label not in ("PERSON", "ORG", "NORP", "GPE"):
            continue
        span = text[c.start:c.end]
        single = _NAME_WORD.fullmatch(span) is not None
        if c.label in ("PERSON", "ORG") and fold(span) not in people:
            nm = noun_re.match(text, c.end)
            if nm and not _org_headed(span):
                c.label = lexicon.place_nouns()[nm.group("noun")]
                if single and _ends_with(span, "place"):
                    place_words[span] = "LOC"
                continue
            if (single and _ends_with(span, "place") and text[c.end:c.end + 2] not in ("'s", "’s")
                    and _PLACE_CONTEXT.search(text, max(0, c.start - 30), c.start)):
                c.label = "LOC"
                place_words[span] = "LOC"
                continue
        if c.label in ("ORG", "NORP", "GPE") and not single and 2 <= len(span.split()) <= 3:
            words = span.split()
            if (all(_NAME_WORD.fullmatch(w) for w in words) and _ends_with(words[-1], "surname")
                    and not _org_headed(span) and not places.is_known_place(span)
                    and words[0] not in lexicon.demonyms()):
                c.label = "PERSON"
                continue
    for c in cands:  # one sense per document
        if c.priority <= MODEL and c.label in ("PERSON", "ORG") and place_words.get(text[c.start:c.end]):
            c.label = place_words[text[c.start:c.end]]
    _coordinated_places(text, cands)
    place_lists.people_in_lists(text, cands)
    place_lists.known_places_read_as_people(text, cands, people)
    place_lists.places_in_lists(text, cands, people)
    place_lists.places_after_place_in(text, cands, people)
    _speakers(ad, text, cands)
    _locatives(ad, text, cands)
    _place_frames(ad, text, cands)
    places_stay_places(text, cands)
    _person_frames(ad, text, cands)
    _peoples(text, cands)
    _titled_people(text, cands)
    _places_of_a_kind(text, cands)


def _coordinated_places(text: str, cands: list[Cand]) -> None:
    """ "Unggi, Najin and Chŏngjin": an organisation between two places in a list is a place;
    "Hitler and Ribbentrop": a one-word organisation joined by "and" to a person is a person; so is
    a two- or three-word name with no head of a body or a place between two people in a list
    ("Ann Byrd, Asa Holt, Jane Cole": the model's "organisation" is one more person)."""
    for i, c in enumerate(cands):
        if c.priority > MODEL or c.label != "ORG":
            continue
        span = text[c.start:c.end]
        if span.isupper() or _org_headed(span) or lexicon.states_or_orgs(span):
            continue
        a = cands[i - 1] if i > 0 else None
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (a and b and a.label in _PLACES and b.label in _PLACES
                and _SEP.match(text[a.end:c.start]) and _SEP.match(text[c.end:b.start])):
            c.label = "GPE"
        elif (a and b and a.label == "PERSON" and b.label == "PERSON" and _listed_person(span)
                and _SEP.match(text[a.end:c.start]) and _SEP.match(text[c.end:b.start])):
            c.label = "PERSON"
        elif _NAME_WORD.fullmatch(span) and (
                (a and a.label == "PERSON" and _AND.match(text[a.end:c.start]))
                or (b and b.label == "PERSON" and _AND.match(text[c.end:b.start]))):
            c.label = "PERSON"


_AND = re.compile(r"^[ \t\n]+and[ \t\n]+$")


_LOWER_HEAD = re.compile(r"[ \t]*\n?[ \t]*(?P<w>[a-z]+)\b")


def lower_place_heads(text: str, cands: list[Cand]) -> None:
    """A place's head word in lower case after a name ("Tolliver county", "Otsego river", the head on
    the next line of a newspaper column) belongs to the name and says its kind: the model's person
    "Tolliver" is the county's name. ``cands`` sorted by start."""
    heads = lexicon.place_heads()
    for i, c in enumerate(cands):
        if c.priority > MODEL or c.label not in ("PERSON", "ORG", "GPE", "LOC"):
            continue
        limit = cands[i + 1].start if i + 1 < len(cands) else len(text)
        m = _LOWER_HEAD.match(text, c.end, min(limit, c.end + 24))
        span = text[c.start:c.end]
        if not m or span in lexicon.demonyms() or ("last", span.split()[-1].casefold()) in heads:
            continue
        label = heads.get(("last", m.group("w")))
        if label:
            c.end = m.end()
            c.label = label


_KIND_OF = re.compile(r"\b(?P<w>[A-Za-z]+)[ \t]+o[ft][ \t\n]+(?:the[ \t\n]+)?$")


def _places_of_a_kind(text: str, cands: list[Cand]) -> None:
    """The name after a place noun and "of" is that place: "the county of Tolliver", "City of
    Lowell", "the island of Brennick" (the model's person or organisation). Place nouns of the
    lexicon (a county, a province) and WordNet's first sense under an administrative district, a
    town or a piece of land."""
    for c in cands:
        if c.priority > MODEL or c.label not in ("PERSON", "ORG", "NORP"):
            continue
        m = _KIND_OF.search(text, max(0, c.start - 30), c.start)
        label = places.place_noun_label(m.group("w").casefold()) if m else None
        if label and _proper_words(unbroken(text[c.start:c.end])) and not _org_headed(text[c.start:c.end]):
            c.label = label


def _listed_person(span: str) -> bool:
    """A name of two or three words that could be a person's: no head word of a body or a place,
    no known place, no demonym first."""
    words = unbroken(span).split()
    return (2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) or w.isupper() and w.isalpha() for w in words)
            and not _org_headed(span) and words[0] not in lexicon.demonyms()
            and not any((pos, w.casefold()) in lexicon.place_heads() for pos, w in (("first", words[0]), ("last", words[-1])))
            and not places.is_known_place(" ".join(words)) and not lexicon.states_or_orgs(" ".join(words)))


def places_stay_places(text: str, cands: list[Cand]) -> None:
    """One sense per document, for places: a name the document puts as a known place somewhere
    ("near Vladivostok") is that place where the model read the same word as a person ("to
    Vladivostok"), unless the document also gives it as part of a person's full name; so is a name
    the text calls a place ("the fortress of Kolvenz") where the model read it as a person or a body
    ("the loss of Kolvenz")."""
    people = _person_tokens(text, cands)
    verbs = lexicon.frame_verbs()
    seen, named = {}, {}
    for c in cands:
        span = text[c.start:c.end]
        if c.label in _PLACES and places.is_known_place(span):
            seen.setdefault(span, c.label)
        elif (c.label in _PLACES and (po := _PLACE_OF.search(text, max(0, c.start - 30), c.start))
              and po.group(1) in verbs["place_of"]):
            named.setdefault(span, c.label)  # "the fortress of Kolvenz": the text says what it is
    for c in cands:
        span = text[c.start:c.end]
        if (c.priority <= MODEL and c.label in ("PERSON", "ORG") and " " not in span and fold(span) not in people
                and (span in named or c.label == "PERSON" and span in seen)):
            c.label = named.get(span) or seen[span]


_ADDRESS = re.compile(r"\b(?:Mr|Mrs|Messrs|Mme|Mlle|Dr|Rev)\.?[ \t\n]+$")
_AT = {"at", "near", "outside", "around", "towards", "toward", "via", "beyond"}
_TO = {"to", "from", "into", "on", "upon"}  # after a verb of going: "marched on Slatina"


def _locatives(ad, text: str, cands: list[Cand]) -> None:
    """ "a Danish army at Lutter", "he went to Hispaniola", "of Croatian origin from Senj": a name
    (one to three words) as the object of a preposition of place, or of "to"/"from" after a verb of
    going, is a place where the model said person or organisation; then one sense per document.
    Not a name the document gives as a person's ("wrote to Park" after "Park Chung-hee"), not an
    organisation by its head word or the alias table, not before a possessive."""
    doc = ad.nlp
    if doc is None:
        return
    people = _person_tokens(text, cands)
    motion = lexicon.motion_verbs()
    found: dict[str, str] = {}
    for c in cands:
        if c.source != "spacy" or c.label not in ("PERSON", "ORG"):
            continue
        span = text[c.start:c.end]
        words = span.split()
        if (len(words) > 3 or not all(_NAME_WORD.fullmatch(w) for w in words) or _org_headed(span)
                or lexicon.states_or_orgs(span) or any(fold(w) in people for w in words)
                or text[c.end:c.end + 2] in ("'s", "’s") or _ADDRESS.search(text, max(0, c.start - 8), c.start)):
            continue
        tok = _clause_token(doc, c)
        if tok is None or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ in _AT or (prep.lower_ in _TO and prep.head.lemma_.lower() in motion) or (
                prep.lower_ == "from" and prep.head.pos_ == "VERB" and places.lookup(span) is not None
                and _carries(prep.head.lemma_.lower())):  # "brought up guns from Aalen": a known town
            c.label = "GPE"
            found[span] = "GPE"
    for c in cands:
        if c.priority <= MODEL and c.label in ("PERSON", "ORG") and text[c.start:c.end] in found:
            c.label = found[text[c.start:c.end]]


@functools.lru_cache(maxsize=1024)
def _carries(verb: str) -> bool:
    """A verb whose first WordNet sense makes something move ("bring", "carry", "ship", "send"): what
    follows its "from" is where the thing came from."""
    from ..events.wordnet import keys_within, sense_offsets, synset_keys

    first = sense_offsets(verb, "v")[:1]
    return bool(first) and not (keys_within(first[0], -1) - set(first)).isdisjoint(synset_keys(("move.v.02",)))


def _clause_token(doc, c: Cand):
    """The token that carries the candidate's role in its clause: its span's root, or the first of the
    names it is coordinated with ("Shigemitsu and Litvinov agreed"); None off the token grid."""
    sp = doc.char_span(c.start, c.end, alignment_mode="expand")
    if sp is None:
        return None
    tok = sp.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _is_state_or_big_place(name: str) -> bool:
    from .linking import alias_table, capitals

    key = fold(name)
    if key in alias_table() or key in capitals():
        return True
    rec = places.lookup(name)
    if rec is None:
        return False
    return rec["kind"] != "city" or rec["population"] >= _BIG_CITY


def _speakers(ad, text: str, cands: list[Cand]) -> None:
    """ "Litvinov answered", "Shigemitsu and Litvinov agreed": the subject of a verb of saying or
    thinking is a person (the model read the name as a place or a group)."""
    doc = ad.nlp
    if doc is None:
        return
    verbs = lexicon.person_verbs()
    for c in cands:
        if c.priority > MODEL or c.label not in ("GPE", "NORP", "LOC"):
            continue  # not ORG: "the Aurora says" is a newspaper
        span = text[c.start:c.end]
        if not _NAME_WORD.fullmatch(span) or _is_state_or_big_place(span) or span in lexicon.demonyms():
            continue
        tok = _clause_token(doc, c)
        if tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs:
            c.label = "PERSON"


_PROPER = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]+$")


def _proper_words(span: str) -> bool:
    words = span.split()
    return 1 <= len(words) <= 3 and all(_PROPER.fullmatch(w) and w[:1].isupper() and not w.isupper()
                                        for w in words)


def _frame(doc, c: Cand) -> tuple[str, str]:
    """(dependency, governing word) of a mention: ("dobj", verb lemma), ("pobj", preposition) or ("", "")."""
    tok = _clause_token(doc, c)
    if tok is None:
        return "", ""
    if tok.dep_ == "dobj":
        return "dobj", tok.head.lemma_.lower()
    if tok.dep_ == "pobj":
        return "pobj", tok.head.lower_
    if tok.dep_ == "nsubj":
        return "nsubj", tok.head.lemma_.lower()
    return tok.dep_, ""


def _common_word(word: str) -> bool:
    from .filters import common_word as common

    return common(word)


@functools.lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    from ..events.wordnet import has_sense

    return has_sense(word.casefold(), "a")


def _place_frames(ad, text: str, cands: list[Cand]) -> None:
    """Places the model read as people, groups or organisations, told by WordNet, an article or the
    frame (see the module's docstring); one sense per document for what the frame found."""
    doc = ad.nlp
    verbs = lexicon.frame_verbs()
    people = _person_tokens(text, cands)
    found: dict[str, str] = {}
    for i, c in enumerate(cands):
        if c.priority > MODEL or c.label not in ("PERSON", "ORG", "NORP"):
            continue
        span = text[c.start:c.end]
        if (not _proper_words(span) or _org_headed(span) or lexicon.states_or_orgs(span)
                or any(fold(w) in people for w in span.split()) or titled(text, c.start)
                or span in lexicon.demonyms()):
            continue
        if c.label == "NORP" and (_adjective(span) or span.endswith(("s", "ese", "ish", "ian", "an"))):
            continue  # "French", "Prussians": a people, not a place
        kinds = places.wordnet_kinds(span)
        only = places.wordnet_place(span)
        rec = places.lookup(span)
        gaz = rec["label"] if rec is not None and not rec.get("not_a_place") else None
        article = _THE_BEFORE.search(text, max(0, c.start - 6), c.start) is not None
        dep, head = _frame(doc, c) if doc is not None else ("", "")
        strong = ((dep == "dobj" and head in verbs["place_object"])
                  or (dep == "pobj" and head in verbs["path"]))
        known = dep == "dobj" and head in verbs["known_place_object"] and "PERSON" not in kinds
        label = None
        if only and (c.label != "ORG" or only == "LOC"):
            label = only
        elif only and dep == "pobj" and head in _AT | {"in", "into", "through", "across", "throughout"}:
            label = only  # "in the Tyrol": a land WordNet knows, the model's organisation
        elif article and c.label == "PERSON" and kinds & {"GPE", "LOC"}:
            label = "LOC" if "LOC" in kinds else "GPE"
        elif strong and (c.label == "PERSON" or gaz or only):
            label = only or gaz or ("LOC" if article else "GPE")
        elif known and (gaz or only):
            label = only or gaz
        elif c.label != "NORP" and (po := _PLACE_OF.search(text, max(0, c.start - 30), c.start)) and \
                po.group(1).casefold() in verbs["place_of"]:
            label = only or gaz or "GPE"  # "the town of Argentona", "the duchy of Savoy"
        elif c.label == "PERSON" and " " not in span and _after_person_of(text, c, cands):
            label = only or gaz or "GPE"  # "Albrecht von Wallenstein of Friedland"
        elif c.label == "PERSON" and " " not in span and gaz and _listed_after_places(text, i, cands):
            label = gaz  # "Wimpfen, Höchst, Stadtlohn": a known town in a list of places
        elif c.label == "NORP" and gaz and dep == "pobj" and head in _AT | _TO:
            label = gaz  # "sent him to Poltava"
        elif article and c.label == "PERSON" and " " not in span and not _common_word(span) and (
                (dep == "dobj" and head in lexicon.motion_verbs() | verbs["known_place_object"])
                or (dep == "pobj" and head in _PLACE_PREPS | verbs["path"] | {"on", "over"})):
            label = "LOC"  # "rode up the Dniester", "reach the Arlberg", "the camp on the Pruth": "the" and a place's frame
        if label:
            c.label = label
            if strong or known:
                found[span] = label
    for c in cands:
        if c.priority <= MODEL and c.label == "PERSON" and text[c.start:c.end] in found:
            c.label = found[text[c.start:c.end]]


_PLACE_OF = re.compile(r"\b([a-z]+)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")


def _after_person_of(text: str, c: Cand, cands: list[Cand]) -> bool:
    """The name right after "<a person's name> of ": the land the person is "of", where the person's
    name has several words (a single given name takes the land into its name: joins)."""
    m = re.search(r"[ \t]of[ \t]+$", text[max(0, c.start - 5):c.start])
    if not m:
        return False
    at = c.start - (len(text[max(0, c.start - 5):c.start]) - m.start())
    return any(d.end == at and d.label == "PERSON" and " " in text[d.start:d.end] for d in cands)


def _listed_after_places(text: str, i: int, cands: list[Cand]) -> bool:
    """The name ``cands[i]`` follows places in a list of places ("White Hill, Wimpfen, Stadtlohn"):
    at least two, and no person anywhere in the list ("Councillors Beckett, Hey, Hayward": a list of
    people). Given the index, not the candidate: finding it was a scan per name."""
    c = cands[i]
    labels, k, end = [], i - 1, c.start
    while k >= 0 and _SEP.match(text[cands[k].end:end]):
        labels.append(cands[k].label)
        end = cands[k].start
        k -= 1
    k, start = i + 1, c.end
    while k < len(cands) and _SEP.match(text[start:cands[k].start]):
        if cands[k].label == "PERSON":
            return False
        start = cands[k].end
        k += 1
    return len(labels) >= 2 and all(lab in _PLACES for lab in labels)


_PLACE_PREPS = _AT | _TO | {"in", "across", "along", "through", "beyond", "toward", "towards", "of"}


def _may_be_person(span: str, people: set[str]) -> bool:
    """A person's name, as WordNet or the document knows it, or a name no gazetteer knows as a place."""
    kinds = places.wordnet_kinds(span)
    if "PERSON" in kinds or fold(span) in people:
        return True
    return places.lookup(span) is None and not kinds & {"GPE", "LOC"}


def _person_frames(ad, text: str, cands: list[Cand]) -> None:
    """"met Washington", "married Victoria", "Lincoln spoke": a name the model read as a place is a
    person as the object of a verb that takes people or the subject of one that only people do,
    where WordNet or the document knows such a person or no gazetteer such a place; then wherever
    no preposition or verb of place governs the same name."""
    doc = ad.nlp
    if doc is None:
        return
    verbs = lexicon.frame_verbs()
    people = _person_tokens(text, cands)
    found = set()
    frames = {}
    for c in cands:
        if c.priority > MODEL or c.label not in ("GPE", "LOC", "NORP", "ORG"):
            continue
        span = text[c.start:c.end]
        if not _proper_words(span) or _org_headed(span) or span in lexicon.demonyms():
            continue
        frames[id(c)] = dep, head = _frame(doc, c)
        if (((dep == "dobj" and head in verbs["person_object"]) or (dep == "nsubj" and head in verbs["person_subject"]))
                and text[c.end:c.end + 2] not in ("'s", "’s") and _may_be_person(span, people)):
            found.add(span)
    for c in cands:
        if id(c) not in frames or text[c.start:c.end] not in found:
            continue
        dep, head = frames[id(c)]
        if (dep == "pobj" and head in _PLACE_PREPS) or (
                dep == "dobj" and head in verbs["place_object"] | verbs["known_place_object"]):
            continue
        c.label = "PERSON"


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)[ \t\n]+(?P<adj>(?:[a-z]+[ \t\n]+){0,2})$")  # "a young Scot"


def _article_before(text: str, start: int) -> bool:
    """An article right before, or before one or two adjectives ("the Turk", "a young Scot")."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and all(_adjective(w) for w in m.group("adj").split())


def _peoples(text: str, cands: list[Cand]) -> None:
    """"the Cossacks", "Venetians", "the Turk": a people named by a noun WordNet knows as a kind of
    people (no bearer of the name), plural or after an article, is a group, not a person or a place."""
    for c in cands:
        if c.priority > MODEL or c.label not in ("PERSON", "GPE", "LOC"):
            continue
        span = text[c.start:c.end]
        if not _PROPER.fullmatch(span) or span.isupper():
            continue
        nxt = re.match(r" ([a-z]+)\b", text[c.end:c.end + 20])
        if nxt and nxt.group(1) in lexicon.name_nouns():
            continue  # "the Boxer movement": a name with its noun (joins)
        plural = span.endswith("s") and not span.endswith("ss")
        if (plural or _article_before(text, c.start)) and places.wordnet_people(span):
            c.label = "NORP"


def _titled_people(text: str, cands: list[Cand]) -> None:
    """A personal title right before a name the model read as a place, group or organisation
    ("Baron Holm" -> "Holm"), or a name particle inside it ("Johannes Van Etten"): a person."""
    particles = lexicon.name_particles()
    for c in cands:
        if c.priority > MODEL or c.label not in ("GPE", "LOC", "ORG", "NORP", "FAC"):
            continue
        span = text[c.start:c.end]
        words = span.split()
        if (not _proper_words(span) or _org_headed(span) or lexicon.states_or_orgs(span) or span in lexicon.demonyms()
                or ("last", words[-1].casefold()) in lexicon.place_heads()):
            continue
        m = re.search(r"(?<![\w.])([A-Z][a-z]+)\.?[ \t]+$", text[max(0, c.start - 24):c.start])
        titled = m is not None and m.group(1).casefold() in _personal_titles()
        inner = (c.label == "ORG" and len(words) >= 2
                 and any(w.casefold() in particles for w in words[1:-1]))
        if (titled or inner) and not (inner and places.is_known_place(span)):
            c.label = "PERSON"


@functools.lru_cache(maxsize=None)
def _personal_titles() -> frozenset[str]:
    """One-word titles written before a person's name (titles.txt), less the words that also head
    names of places and bodies ("General Assembly" is no person)."""
    heads = lexicon.org_head_words() | {w for (_, w) in lexicon.place_heads()}
    return frozenset(t.casefold() for t in lexicon.titles() if " " not in t and t.casefold() not in heads)

"""Mentions that name nothing, or name something else than the model thought, by kind of
construction (run on the resolved mentions, after the label rules):

- a state's postal code after a city ("Princeton, NJ", "Westport, CT: Greenwood Press"): part of
  the city's address, not an organisation (``state_after`` gives it to the place linker);
- a name inside a hyphenated adjective ("anti-Stalinist", "pro-Soviet") or glued by a dash to
  another name into a term ("McCune–Reischauer");
- a run of demonyms ("Japanese Russian"): adjectives, whoever they describe;
- a name glued to a share button of a scraped page ("World War Pininterest");
- the document's own title line taken whole as an organisation;
- letters after a name or a town ("Walsh, Q.C.", "Williams, M.A.", "London, W.C."): degrees and postal
  districts, no names of their own;
- a place's head word alone ("County", its name lost to OCR);
- a name after "the ship", "the cruiser" is a vessel, not a person (dropped: we have no label for
  vessels), in the whole document;
- a month, a weekday or a feast read as a name ("Whitsunday": WordNet knows it only as a time),
  unless the document names a person with it ("June" after "June Ashby");
- a heading's common words read as a name ("Exile and Death");
- a role noun after "the" or another determiner read as a person or body ("the Khan", "their
  Conftitution": WordNet knows the word only in lowercase, once OCR's "f" for the long s is read back);
- a common noun after a determiner read as a place ("the Shrubbery", "the Board"), unless in a list
  of places or after a possessor ("Luce's Hotel");
- a name before "murder", "assassination" is a person ("the Kirov murder"), whatever the model said;
- a person of the model whose words are only initials or end in a common noun, with no given name
  and no title ("Extraordinary Lunacy Case", "H. M. revenue cruizer"): no person (a town, where
  the gazetteer knows it);
- common nouns that old newspapers capitalise, read as an organisation ("sold by Private Contract",
  "after Divine Service", "Drain Pipes"): no word names a body, an institution or a place (a person
  where WordNet knows one by the name or a predicate says person: "Red Cloud", "Black Hawk").
"""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from . import lexicon, places
from .place_lists import LIST_SEPARATOR
from .signs import person_predicate, titled
from .spans import MODEL, STRONG, Cand, strip_possessive, title_words
from ..events.gender import known_given_name

_CITY_COMMA = re.compile(r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)*,[ \t\xa0]*$")
_DASH_GLUE = "–—-/"
_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]*){1,4}")  # "H. M.", "Q.C.", "W."
_AFTER_NAME_COMMA = re.compile(r"[A-Za-z]{2,},[ \t]*$")


def state_after(text: str, end: int) -> str | None:
    """The US state code written right after a place name ending at ``end`` (", NJ"), or None."""
    m = re.match(r",[ \t\xa0]*([A-Z]{2})\b", text[end:end + 6])
    if m and m.group(1) in lexicon.state_codes():
        return m.group(1)
    m = re.match(r",[ \t\xa0]*([A-Z][a-z]+(?:[ \t\xa0][A-Z][a-z]+)?)\b", text[end:end + 24])
    if m:  # the state's name written out: "Yukon, Oklahoma"
        by_name = _state_codes_by_name()
        return by_name.get(m.group(1)) or by_name.get(m.group(1).split()[0])
    return None


@functools.lru_cache(maxsize=None)
def _state_codes_by_name() -> dict[str, str]:
    from .. import geonames

    return {s["name"]: code for code, s in geonames.us_states().items()}


def _is_state_code(text: str, c: Cand) -> bool:
    span = text[c.start:c.end]
    return (len(span) == 2 and span in lexicon.state_codes()
            and _CITY_COMMA.search(text, max(0, c.start - 60), c.start) is not None)


def _prefixed(text: str, c: Cand) -> bool:
    m = re.search(r"(?<![\w-])([A-Za-z]+)-$", text[max(0, c.start - 8):c.start])
    if m and m.group(1).casefold() in lexicon.filter_words()["prefix"]:
        return True
    first = text[c.start:c.end].split("-")[0]
    return "-" in text[c.start:c.end] and first.islower() and first.casefold() in lexicon.filter_words()["prefix"]


def _dash_compound(text: str, c: Cand) -> bool:
    span = text[c.start:c.end]
    if " " in span or c.priority > MODEL:
        return False
    after = text[c.end:c.end + 2]
    before = text[max(0, c.start - 2):c.start]
    return ((len(after) == 2 and after[0] in "–—" and after[1].isupper())
            or (len(before) == 2 and before[1] in "–—" and before[0].isalpha()))


def _demonym_run(text: str, c: Cand) -> bool:
    words = text[c.start:c.end].split()
    dem = lexicon.demonyms()
    return len(words) >= 2 and all(w in dem for w in words)


def _share_debris(text: str, c: Cand) -> bool:
    for w in text[c.start:c.end].split():
        lw = w.casefold()
        if len(lw) >= 6 and _share_word(lw):
            return True
    return False


@functools.lru_cache(maxsize=65536)
def _share_word(lw: str) -> bool:
    """A word that contains, or nearly is, a stock-market word (cached per word: fuzzy matching costs)."""
    share = lexicon.filter_words()["share"]
    return any(s in lw or fuzz.ratio(lw, s) >= 85 for s in share)


def _own_title(text: str, c: Cand, title_line: tuple[int, int] | None) -> bool:
    if title_line is None or c.label not in ("ORG", "WORK") or c.priority >= STRONG:
        return False
    a, b = title_line
    inner = text[a:b].strip(" #=*\t")
    if not (len(inner) > 0 and text[c.start:c.end].strip() == inner and len(inner.split()) >= 2):
        return False
    # in the body, a short title is the name of what the article is about ("The Harlow Company was
    # a trading company"), a headline is not
    return a <= c.start < b or len(inner.split()) > 3


def _title_line(text: str) -> tuple[int, int] | None:
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not line.startswith("Source:"):
            return pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
    return None


def _vessel_re() -> re.Pattern:
    alt = "|".join(sorted(lexicon.filter_words()["vessel"], key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})[ \t\n]+(?:the[ \t\n]+)?$", re.I)


def _victim_re() -> re.Pattern:
    alt = "|".join(sorted(lexicon.filter_words()["victim"], key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{alt})\b")


_VESSEL = _VICTIM = None
_CAPS_WORD = re.compile(r"[A-Z]{4,}")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t\n]$")
# a determiner before one capitalised word makes it a common noun's phrase ("their Conftitution",
# "a Physician", "his Majefty") unless the word is a name; adjectives and adverbs may stand between
# ("a high protective Tariff": ``_modifier``), a common possessor too ("the company's Ships")
_DETERMINER = r"(?<![\w.])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Oo]ur|[Yy]our|[Ee]very|[Ee]ach)"
# the determiner with 0, 1 or 2 lowercase words between (the nearest first: "their organ the Observer"
# is "the Observer"), or a common possessor ("the company's Ships")
_DETERMINER_BEFORE = tuple(re.compile(rf"{_DETERMINER}(?P<between>(?:[ \t\n]+[a-z][a-z-]*){{{n}}})[ \t\n]+$")
                           for n in range(3))
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.])[a-z]+['’]s[ \t\n]+$")


@functools.lru_cache(maxsize=4096)
def _modifier(word: str, long_s: bool = False) -> bool:
    """A word WordNet knows as an adjective or an adverb and never first as a person or a time
    ("young", "protective", "most"; in old print "faid" read "said"; not "son", "brother", "week",
    "named")."""
    from ..events.wordnet import has_sense, lexnames, reader

    if reader() is None:
        return False
    if long_s and not has_sense(word):
        return any(_modifier(r) for r in _long_s_readings(word) + (["s" + word[1:]] if word[:1] == "f" else []))
    if not has_sense(word, "ar"):  # (an adjective sense of "a" is an "a" or an "s" synset)
        return False
    return not any(name in ("noun.person", "noun.time") for name in lexnames(word, "n", 1))


def _determiner_before(text: str, start: int, long_s: bool = False) -> re.Match | None:
    """The nearest determiner (and modifiers) right before ``start``: "the", "a high protective", "their",
    "the company's"; None when a noun or a verb stands between ("his son Leif", "a man named Sawyer")."""
    lo = max(0, start - 40)
    m = _POSSESSIVE_BEFORE.search(text, lo, start)
    if m:
        return m
    for pattern in _DETERMINER_BEFORE:
        m = pattern.search(text, lo, start)
        if m:
            return m if all(_modifier(w, long_s) for w in m.group("between").split()) else None
    return None


_LONG_S_WORD = re.compile(r"\b(?=[A-Za-z]*f)[A-Za-z][a-z]*\b")


def long_s_evidence(text: str, at_least: int = 3) -> bool:
    """Whether the document shows OCR's "f" for the long s: several different words WordNet does not
    know whose reading with "s" is a function word or a word it knows ("fo", "faid", "thofe",
    "Majefty")."""
    from ..events.wordnet import reader

    wn = reader()
    if wn is None:
        return False
    found: set[str] = set()
    for w in {m.group(0) for m in _LONG_S_WORD.finditer(text)}:
        low = w.casefold()
        if _long_s_word(low):
            found.add(low)
            if len(found) >= at_least:
                return True
    return False


@functools.lru_cache(maxsize=65536)
def _long_s_word(low: str) -> bool:
    """A word (in lower case) WordNet does not know whose reading with "s" is a function word or a
    word it knows: decided once per word (the documents' "of", "after", "first" recur)."""
    from ..events.wordnet import has_sense, reader

    wn = reader()
    function = lexicon.function_words()
    if low in function or has_sense(low) or wn.morphy(low):
        return False
    readings = _long_s_readings(low)
    if low.startswith("f"):  # the long s begins words too: "faid", "fo"
        readings += ["s" + r for r in [low[1:], *(x[1:] for x in readings)]]
    return any(r in function or has_sense(r) for r in readings)


@functools.lru_cache(maxsize=8192)
def common_word(word: str, first_sense: bool = False) -> bool:
    """A word WordNet knows only in lowercase (a common noun, verb or adjective: "tablet",
    "obituary"), never as a proper name ("Dorset", "NATO"). With ``first_sense``: the first WordNet
    sense that carries the word (or its singular) writes it in lowercase ("Service", "Private",
    "Pipes"; not "Dorset", "Roman", nor a word WordNet lacks). False without WordNet."""
    from ..events.wordnet import lemma_names, reader

    wn = reader()
    low = word.casefold()
    if wn is None or (first_sense and not low.isalpha()):
        return False
    forms = dict.fromkeys([low, wn.morphy(low) or low] if first_sense else [low])
    lemmas = [name for form in forms for name in lemma_names(form) if name.casefold() == form]
    if first_sense:
        return bool(lemmas) and lemmas[0].islower()
    return bool(lemmas) and all(l.islower() for l in lemmas)


@functools.lru_cache(maxsize=4096)
def _verb_form(word: str) -> bool:
    """An inflected form of a verb, never itself a word or a name of WordNet: "Is", "Was",
    "Jumped", "Gave" (not "Reed", "Fell", "Wells", "Mays"; no "-ing" form, and an "-s" form only of
    "be", "have", "do": "Manning", "Banks" are names)."""
    from ..events.wordnet import lemma_names, reader

    wn = reader()
    low = word.casefold()
    if wn is None or not word.isalpha() or len(word) < 2:
        return False
    base = wn.morphy(low, "v")
    if base is None or base == low or low.endswith("ing") or (low.endswith("s") and base not in ("be", "have", "do")):
        return False  # "Manning", "Fielding", "Banks", "Gates": names too
    if any(name.casefold() == low for name in lemma_names(low)):
        return False
    return base in ("be", "have", "do") or not any(name[:1].isupper() for name in lemma_names(base))


@functools.lru_cache(maxsize=4096)
def _common_plural(word: str) -> bool:
    """The plural of a noun WordNet knows only in lower case ("Gentlemen", "Commissioners")."""
    from ..events.wordnet import lemma_names, reader

    wn = reader()
    low = word.casefold()
    base = wn.morphy(low, "n") if wn is not None and word.isalpha() else None
    return bool(base) and base != low and common_word(base) and not any(
        name.casefold() == low for name in lemma_names(low))


def _long_s_readings(word: str) -> list[str]:
    """The word with its "f"s read as "s", for print before ~1800 whose long s (ſ) OCR reads as "f"
    ("Houfehold", "Conftitution", "Artifts"); the first letter is kept, at most three "f"s are tried."""
    spots = [i for i, ch in enumerate(word) if ch == "f" and i > 0][:3]
    out = []
    for mask in range(1, 1 << len(spots)):
        chars = list(word)
        for k, i in enumerate(spots):
            if mask >> k & 1:
                chars[i] = "s"
        out.append("".join(chars))
    return out


@functools.lru_cache(maxsize=8192)
def common_noun_alone(word: str, long_s: bool = True) -> bool:
    """A word that names no one when it stands alone as a mention: WordNet knows it (or its
    singular) only in lowercase ("Shrubbery", "Physicians"), or, unknown to WordNet as it is, knows
    a reading of it with the long s restored ("Houfehold" -> "household"; only with ``long_s``, for a
    document that shows the long s: ``long_s_evidence``). False without WordNet."""
    from ..events.wordnet import has_sense, reader

    wn = reader()
    if wn is None or not word.isalpha() or len(word) < 3:
        return False
    if common_word(word) or _common_plural(word):
        return True
    if not long_s or "f" not in word[1:] or has_sense(word.casefold()) or wn.morphy(word.casefold()):
        return False
    return any(common_word(r) or _common_plural(r) for r in _long_s_readings(word))


def _common_noun_phrase(span: str) -> bool:
    """An organisation's "name" that is only common words, as newspapers of the 19th century
    capitalise them ("Private Contract", "Divine Service", "DRAIN PIPES", "Civilization"): each word's
    first WordNet sense lowercase (or an adjective), the last a common noun, none a body's head
    ("Company", "Society", "Assembly": an organisation or a gathering in WordNet, or a head of the
    organisation list), a place's or a building's head ("Terrace", "Hotel"), nor a periodical's."""
    from .toponyms import toponym_kind

    words = [w.strip(".,") for w in span.replace("-", " ").split()]
    if not 1 <= len(words) <= 4 or not all(w.isalpha() and w[0].isupper() for w in words):
        return False  # "the Boxer movement": a lowercase head, the way a name of a body is written
    heads, periodical = lexicon.org_head_words(), lexicon.periodical_heads()
    for w in words:
        low = w.casefold()
        if (low in heads or _body_noun(low) or any(low in h for h in periodical.values())
                or not (common_word(w, first_sense=True) or _modifier(low))):
            return False
    last = words[-1]
    if not common_noun_alone(last, False) or places.place_noun(last) or toponym_kind(span, "ORG") is not None:
        return False
    if toponym_kind(span, "FAC") != "loc" or lexicon.states_or_orgs(span):
        return False
    return len(words) > 1 or not known_given_name(last.title())



def _common_noun_person(text: str, c: Cand) -> bool:
    """A "person" of the model that no title makes one, whose words may say it is something else: only
    initials ("H. M. revenue cruizer", "Esq., M. P."), or two to four words of which none is a given
    name of the name dictionary nor an initial and the last a common noun that WordNet knows only in
    lowercase ("Lunacy Case", "Wimborne Minster", "Zebulon Pike"). A title or a form of address before
    it keeps it ("Mr. L.", "Mr. Lawless Case"). Whether it is dropped: ``_no_persons_name``."""
    span = text[c.start:c.end].strip()
    if titled(text, c.start):
        return False
    if _INITIALS.fullmatch(span):
        return True
    words = [w.strip(".,") for w in span.split()]
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and len(w) > 1 for w in words):
        return False
    if any(known_given_name(w.title() if w.isupper() else w) or w.casefold() in title_words() for w in words):
        return False  # "Widow Welch", "Nourri Effendi": a title makes a person
    last = words[-1]
    return common_word(last) or _common_plural(last)


def _no_persons_name(text: str, c: Cand) -> bool:
    """Whether a ``_common_noun_person`` names no one: only initials, or each word a common word or a
    modifier (as ``_common_noun_phrase`` reads them: "Serious Accident", "Steam Packets"; not "Zebulon
    Pike") and no sign of a person (``_person_signs``: not "Black Kettle was killed")."""
    span = text[c.start:c.end].strip()
    if _INITIALS.fullmatch(span):
        return not _abbreviated_name(text, span)
    words = [w.strip(".,") for w in span.split()]
    return (all(common_word(w, first_sense=True) or _modifier(w.casefold()) for w in words)
            and not _person_signs(text, c, span))


def _abbreviated_name(text: str, span: str) -> bool:
    """Whether one initial stands for a person the text keeps calling so: a letter or a diary writes "S."
    for someone it names again and again ("They arrested S. at dawn", "S. released today"), where a
    newspaper's stray initials ("H. M. revenue cruizer") come once. One letter, at least twice, never
    followed by a capitalised word (then it is the first initial of a name: "S. Holm")."""
    if len(span.rstrip(".")) != 1:
        return False
    alone = re.compile(r"(?<![\w.])" + re.escape(span) + r"(?![ \t]*[A-Z][a-z])")
    return len(alone.findall(text)) >= 2


def _person_signs(text: str, c: Cand, span: str) -> bool:
    """Whether a name of common words is a person's all the same: a predicate only a person takes
    follows it ("Black Kettle was killed"), or WordNet knows a person by it ("Black Hawk", "Red Cloud")."""
    return person_predicate(text, c.end) or "PERSON" in places.wordnet_kinds(span)


def _verb_after_name(text: str, c: Cand) -> None:
    """A verb read into a person's name by the model or a title rule ("Ned Jumped his horse",
    "Mr. Hale Is nice", a capital of OCR): the name ends before it."""
    words = list(re.finditer(r"\S+", text[c.start:c.end]))
    if len(words) >= 2 and _verb_form(words[-1].group(0)):
        c.end = c.start + words[-2].end()


def _headline_word(text: str, c: Cand) -> bool:
    """One word in capitals that is a common word (a headline's "OBITUARY", "TRUSTEE"), which
    the model read as a name; not a known place or state, nor a newspaper's head word ("TIMES")."""
    span = text[c.start:c.end]
    return (c.priority <= MODEL and _CAPS_WORD.fullmatch(span) is not None and common_word(span)
            and (not places.is_known_place(span) or _other_spelling(span)) and not lexicon.states_or_orgs(span)
            and not any(span.casefold() in heads for heads in lexicon.periodical_heads().values()))


def _heading_of_common_words(text: str, c: Cand) -> bool:
    """A heading's common words read as a name ("Exile and Death", "== Aftermath =="): the mention
    lies on a short line of its own without a sentence's end, and it is one word, or words joined by
    "and", that WordNet knows only in lowercase."""
    a = text.rfind("\n", 0, c.start) + 1
    b = text.find("\n", c.end)
    b = len(text) if b < 0 else b
    line = text[a:b].strip(" \t=#*")
    words = text[c.start:c.end].split()
    if not line or len(line.split()) > 6 or line[-1] in ".,;:!?" or "\n" in text[c.start:c.end]:
        return False
    if titled(text, c.start) and text[b:b + 40].lstrip()[:1].islower():
        return False  # "Judge Hale was given a / gold watch": a titled name in a column's line
    if len(words) > 1 and "and" not in words:
        return False  # "Legation Quarter", "Forbidden City": common words that make a name together
    return all(w == "and" or (w.isalpha() and common_word(w)) for w in words)


@functools.lru_cache(maxsize=2048)
def _body_noun(noun: str) -> bool:
    """Whether a sense of the noun is a body of people acting as one: an organisation, or a gathering
    such as an assembly or a convention ("the Parliament", "the Convention" are agents)."""
    from ..events.wordnet import any_sense_within

    return any_sense_within(noun, "n", ("organization.n.01", "gathering.n.01"))


_PLACE_PREPOSITION_THE = re.compile(r"\b(?:in|at|near|across|into|through|over|on|off|from|to|towards|beyond|around)"
                                    r"[ \t\n]+the[ \t\n]+$", re.I)


def _place_after_the(word: str) -> bool:
    """Whether the gazetteer knows a common noun after a determiner as a place that takes one: a
    country or a region ("the Gambia"), not a town whose name another spelling shares ("the Sale"
    is no Salé) or that is a common word ("the Harrow")."""
    rec = places.lookup(word)
    return rec is not None and (rec["kind"] != "city" or rec["name"].casefold() == word.casefold()
                                and not common_word(word))


def _other_spelling(word: str) -> bool:
    """Whether the gazetteer knows the word only as a town of another spelling (accents: "Sale" for
    Salé), never as a country or a region."""
    rec = places.lookup(word)
    return rec is not None and rec["kind"] == "city" and rec["name"].casefold() != word.casefold()


def _named_place_noun(text: str, start: int, word: str) -> bool:
    """A common noun after "the" that names a place: its first WordNet sense a building or a piece
    of land ("the Guildhall", "the Archipelago"), or any sense a place, building, land or water after a
    preposition of place ("in the Sound off Scotland", "across the Heath", "at the Exchange in
    Paris"); not "sold with the Shrubbery", "the Board"."""
    from ..events.wordnet import first_sense_ancestry

    if set(first_sense_ancestry(word.casefold())) & {"structure.n.01", "land.n.04"}:
        return True
    return bool(_PLACE_PREPOSITION_THE.search(text, max(0, start - 16), start)) and places.place_noun(word)


def _role_after_determiner(text: str, c: Cand, word: str, old_print: bool) -> bool:
    """Whether a capitalised common noun after a determiner is a role, no name: "the Regent", "their
    Conftitution"; a person's after "the" or a possessive and adjectives ("the young Collier") only a title word
    or in old print, which capitalises its nouns ("a high protective Physician" is one anyway)."""
    m = _determiner_before(text, c.start, old_print)
    if m is None:
        return False
    if c.label != "PERSON" or _common_plural(word):
        return True  # "the most extensive Losses": no person's name
    between = m.groupdict().get("between")
    indefinite = m.group(0).split()[0].casefold() in ("a", "an", "every", "each")
    return not between or indefinite or old_print or word.casefold() in title_words()


_POSSESSOR_BEFORE = re.compile(r"[A-Z][\w]*['’]s?[ \t\n]+$")  # "Luce's Hotel": the possessor names it


def _in_list_of_places(text: str, c: Cand, cands: list[Cand]) -> bool:
    """Whether a place candidate stands next to another, joined by a comma or "and"."""
    return any(o is not c and o.label in ("GPE", "LOC") and (
        LIST_SEPARATOR.match(text[o.end:c.start]) or LIST_SEPARATOR.match(text[c.end:o.start])) for o in cands)


def apply(text: str, cands: list[Cand]) -> list[Cand]:
    global _VESSEL, _VICTIM
    if _VESSEL is None:
        _VESSEL, _VICTIM = _vessel_re(), _victim_re()
    title = _title_line(text)
    long_s = long_s_evidence(text)
    vessels = {text[c.start:c.end] for c in cands
               if c.label in ("PERSON", "ORG", "GPE", "FAC", "LOC") and " " not in text[c.start:c.end].strip()
               and _VESSEL.search(text, max(0, c.start - 24), c.start)}
    person_words = {w.casefold() for c in cands if c.label == "PERSON" for w in text[c.start:c.end].split()[:-1]}
    # "the League" after "League of Nations": the head of a body the document names in full
    # and "the Assembly" after "National Assembly": its last word
    org_heads = {w for c in cands if c.label == "ORG" and " " in text[c.start:c.end]
                 for w in (text[c.start:c.end].split()[0], strip_possessive(text[c.start:c.end].split()[-1]))}
    out = []
    for c in cands:
        if c.label == "PERSON" and c.priority <= MODEL:
            _verb_after_name(text, c)
        span = text[c.start:c.end]
        if c.label == "PERSON" and c.priority <= MODEL and " " not in span and (_verb_form(span) or (
                _common_plural(span) and _THE_BEFORE.search(text, max(0, c.start - 4), c.start))):
            continue  # "he / Jumped", "the Gentlemen": a verb, or a plural common noun after "the", alone
        if (_is_state_code(text, c) or _prefixed(text, c) or _dash_compound(text, c) or _demonym_run(text, c)
                or _share_debris(text, c) or _own_title(text, c, title) or _headline_word(text, c)):
            continue
        if span in vessels and c.priority <= MODEL:
            continue
        if c.priority <= MODEL and _heading_of_common_words(text, c):
            continue
        if (c.priority <= MODEL and c.label != "NORP" and places.wordnet_time(span)
                and span.casefold() not in person_words):
            continue  # "Whitsunday", "Michaelmas", "Monday" read as a name: a time
        if (c.priority <= MODEL and c.label in ("PERSON", "ORG") and " " not in span
                and common_noun_alone(strip_possessive(span), long_s) and not known_given_name(strip_possessive(span))
                and _role_after_determiner(text, c, strip_possessive(span), long_s)
                and not (c.label == "ORG" and (span in org_heads or _body_noun(strip_possessive(span).casefold())))):
            continue  # "the Khan's horsemen", "the Regent": a role, no name ("the Assembly" is a body)
        if (c.priority <= MODEL and c.label in ("GPE", "LOC") and " " not in span
                and _determiner_before(text, c.start, long_s)
                and common_noun_alone(strip_possessive(span), long_s) and not _place_after_the(span)
                and not _named_place_noun(text, c.start, strip_possessive(span))
                and not _in_list_of_places(text, c, cands) and not _POSSESSOR_BEFORE.search(text, max(0, c.start - 30), c.start)):
            continue  # "the Shrubbery", "the Board": a common noun after a determiner read as a place
            # ("besieged Thorn" is one; "the Guildhall" a building, "the Athenaeum" a FAC; "Cheboygan,
            # Emmet, and Charlevoix" a list of places)
        if c.priority <= MODEL and c.label == "PERSON" and _common_noun_person(text, c):
            if places.is_known_place(span):
                c.label = "GPE"  # "Wimborne Minster": a town the gazetteer knows
            elif _no_persons_name(text, c):
                continue  # "Extraordinary Lunacy Case", "H. M. revenue cruizer": no person's name
        if c.priority <= MODEL and c.label == "ORG" and _common_noun_phrase(strip_possessive(span)):
            if not _person_signs(text, c, strip_possessive(span)):
                continue  # "sold by Private Contract", "after Divine Service": capitalised common nouns
            c.label = "PERSON"  # "Black Hawk surrendered", "Red Cloud": a person named by common words
        if (c.priority <= MODEL and c.label in ("GPE", "LOC") and " " not in span and _other_spelling(span)
                and common_noun_alone(span, False)):
            continue  # "Sale at Eleven o'clock": a common word, no Salé ("educated at Harrow" stays)
        if c.priority <= MODEL and _INITIALS.fullmatch(span) and _AFTER_NAME_COMMA.search(text, max(0, c.start - 30), c.start):
            continue  # letters after a name or a town: "Walsh, Q.C.", "Williams, M.A.", "London, W.C."
        if c.priority <= MODEL and " " not in span and (("last", span.casefold()) in lexicon.place_heads()):
            continue  # "County", "Province" alone: the head of a name whose rest is lost
        if c.priority <= MODEL and c.label in ("ORG", "GPE", "LOC", "FAC", "NORP") and _VICTIM.match(text, c.end) \
                and len(span.split()) <= 3 and span not in lexicon.demonyms():
            c.label = "PERSON"
        out.append(c)
    return out

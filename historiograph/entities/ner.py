"""spaCy's named entities, mapped to our labels and corrected for what it gets wrong on
historical, scraped text.

Corrections, all general: WORK_OF_ART -> WORK; labels spaCy does not need to give us (DATE,
CARDINAL, LAW...) dropped; a known place name read as a person or facility (Manchukuo, Dairen)
relabelled from the gazetteer; a demonym before an army or party merged into it ("Soviet" +
"Red Army"); a French article glued to a surname ("L'Affaire Lyushkov") cut; Cyrillic spans left
to the Cyrillic rules (the English model cannot read them); junk dropped.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, places, toponyms
from .institutions import institution_label
from .names import fold, has_cyrillic
from .spans import MODEL, Cand, title_words, is_junk, strip_possessive, trim, trim_words
from ..wrapping import is_hard_wrapped, join_broken, unbroken

_MAP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
        "EVENT": "EVENT", "WORK_OF_ART": "WORK"}
_ELIDED_ARTICLE = re.compile(r"^(?:[LDld]['’]\w+|Le|La|Les|El|Il)\s+(?=[A-Z])")


def _org_head_re() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in lexicon.org_heads())
    return re.compile(rf"\b(?:{heads})$")


_ORG_HEAD = None


def spacy_candidates(ad, text: str) -> list[Cand]:
    """Candidates from ``ad.nlp.ents`` after the corrections above."""
    global _ORG_HEAD
    if _ORG_HEAD is None:
        _ORG_HEAD = _org_head_re()
    doc = ad.nlp
    if doc is None:
        return []
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    out: list[Cand] = []
    demonyms = lexicon.demonyms()
    wrapped = is_hard_wrapped(text)
    skip_next = False
    for i, (start, end, spacy_label) in enumerate(ents):
        if skip_next:
            skip_next = False
            continue
        label = _MAP.get(spacy_label)
        # "Soviet" (NORP) + "Red Army" (ORG) -> "Soviet Red Army"
        if spacy_label == "NORP" and i + 1 < len(ents):
            n_start, n_end, n_label = ents[i + 1]
            gap = text[end:n_start]
            if (n_label == "ORG" and gap == " " and text[start:end] in demonyms
                    and _ORG_HEAD.search(strip_possessive(text[n_start:n_end]))):
                out_c = _correct(text, start, n_end, "ORG", wrapped)
                if out_c:
                    out.append(out_c)
                skip_next = True
                continue
        if label is None and spacy_label == "PRODUCT" and _place_noun_of_before(text, start):
            label = "GPE"  # "the fortress of Kolvenz" read as a product: the place the noun names
        if label is None:
            continue
        if label == "ORG":
            start = _after_unit_of(text, start, end)
        pair = _FROM_TO.fullmatch(text, start, end) if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") else None
        if pair and text[max(0, start - 5):start].casefold() == "from ":
            for g in (1, 2):  # "from Lesno to Ostrolenka" read as one name: two places
                c = _correct(text, pair.start(g), pair.end(g), "GPE", wrapped)
                if c:
                    out.append(c)
            continue
        c = _correct(text, start, end, label, wrapped, doc)
        if c:
            out.append(c)
    return out


_NOUN_OF_BEFORE = re.compile(r"\b([a-z]+)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")


def _place_noun_of_before(text: str, start: int) -> bool:
    """A noun of a place and "of" right before: "the town of", "the fortress of" (frame_verbs' place_of)."""
    m = _NOUN_OF_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1) in lexicon.frame_verbs()["place_of"]


@functools.lru_cache(maxsize=None)
def _unit_of_re() -> re.Pattern:
    heads = "|".join(re.escape(h) for h in lexicon.unit_heads())
    return re.compile(rf"(?:{heads})[\s\xa0]+of[\s\xa0]+(?:the[\s\xa0]+)?(?=[A-Z])")


_ORDINAL_BEFORE = re.compile(r"\d{1,3}(?:st|nd|rd|th|d)[\s\xa0]+$")


def _after_unit_of(text: str, start: int, end: int) -> int:
    """"19th Division of the Korea Army" read as "Division of the Korea Army": the numbered unit is
    its own name (patterns.military_units), the organisation is what follows "of the"."""
    m = _unit_of_re().match(text, start, end)
    if m and _ORDINAL_BEFORE.search(text, max(0, start - 8), start):
        return m.end()
    return start


def _titled_person(span: str, label: str) -> str:
    """"Generalissimo Chiang Kai-shek", "Marshal Zhukov" read as an organisation: a personal title
    followed by a name that has no organisation head word ("Army", "Party") is a person."""
    words = span.split()
    if label not in ("ORG", "NORP", "GPE") or len(words) < 2 or words[0].rstrip(".").casefold() not in title_words():
        return label
    heads = lexicon.org_head_words()
    if any(strip_possessive(w.strip(".,")).casefold() in heads for w in words[1:]) or not words[1][:1].isupper():
        return label
    from .filters import common_word

    if all(common_word(w.strip(".,'’")) for w in words[1:]):
        return label  # "General Assembly", "Privy Council": a title word before common nouns
    return "PERSON"


def _given_name_person(span: str, label: str) -> str:
    """ "Wendell Willkie", "ALBERT HINTON" read as an organisation (not a place: "moved to Santa
    Inez" is one, whatever "Santa" may be): two
    or three words, the first a given name of the name dictionary, the others names (capitalised,
    no common noun of WordNet, no body's, building's or street's head word: "Charlotte Street",
    "Albert Hall" stay), and the
    whole no place the gazetteer knows ("Santa Fe"), is a person."""
    words = span.split()
    if label != "ORG" or not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return label
    if toponyms.toponym_kind(span, "FAC") != "loc":
        return label  # "Albert Hall", "Charlotte Street": a building's or a street's head word
    from ..events.gender import known_given_name
    from .filters import common_noun_alone

    first = words[0].title() if words[0].isupper() else words[0]
    if not first[:1].isupper() or not known_given_name(first) or places.is_known_place(span):
        return label
    heads, place_heads = lexicon.org_head_words(), lexicon.place_heads()
    for w in words[1:]:
        if (not w[:1].isupper() or w.casefold() in heads or ("last", w.casefold()) in place_heads
                or common_noun_alone(w) or w in lexicon.demonyms()):
            return label  # "Kendall Counties", "Charlotte Street": a place's head
    if places.place_noun(words[-1]):
        return label  # "Leigh Wood", "Newton Park", "Harley Down": a place named after someone
    if any(_big_place(w) for w in words[1:]):
        return label  # "Chase Manhattan": a firm named after a place too
    if _plural_of_kin_noun(words[-1]):
        return label  # "Grace Brothers", "Dombey Sons": a family's firm
    return "PERSON"


def _big_place(word: str) -> bool:
    """A word the gazetteer knows as a country, a region or a town of 100,000 or more."""
    rec = places.lookup(word)
    return bool(rec) and not rec.get("not_a_place") and (rec["kind"] != "city" or rec["population"] >= _BIG_PLACE)


_BODY_NOUN_BEFORE = re.compile(r"\b(?:the|a|an)[ \t\n]+([a-z]+)[ \t\n]+$")
_FIRM_VERBS = ("establish.v.01", "establish.v.02", "form.v.01", "incorporate.v.03", "unify.v.01")


def _firm_in_context(text: str, start: int, end: int, doc) -> bool:
    """Whether what is said around a name makes it a body, not a person: an organisation's noun in
    apposition before it ("the bank Morgan Stanley"), or a predicate said of a body ("was founded",
    "was formed", "merged": WordNet's senses of establishing, forming, incorporating, uniting)."""
    m = _BODY_NOUN_BEFORE.search(text, max(0, start - 24), start)
    if m and places.names_a_body(m.group(1)):
        return True
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubjpass", "nsubj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    passive = root.dep_ == "nsubjpass"
    from ..events.wordnet import reader, sense_offsets, sense_under, synset_keys

    lemma = verb.lemma_.casefold()
    if reader() is None or not lemma.isalpha():
        return False
    firsts = sense_offsets(lemma, "v")[:3]  # (a sense named so is one of them: compared by offset)
    firm = any(sense_under(lemma, a, 3) or not synset_keys((a,)).isdisjoint(firsts) for a in _FIRM_VERBS)
    return firm and (passive or not synset_keys(("unify.v.01",)).isdisjoint(firsts) or sense_under(lemma, "unify.v.01", 3))


_BROKEN_WORD_BEFORE = re.compile(r"[A-Z][^\W\d_]*[¬\u00ad-][ \t]*\n[ \t]*[a-z]+[ \t]+$")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\n])[ \t]*$")
_CAP_WORDS_BEFORE = re.compile(r"(?<![\w.,;:'’])(?:[A-Z][^\W\d_]*[ \t]+){1,3}$")


def _broken_word_before(text: str, start: int, label: str) -> int:
    """ "American Newspa¬\nper Publishers' Association", "Nebras¬\nka State Journal": the model starts
    the name after a capitalised word broken at a line end; the name takes it back, with the
    capitalised words before it on that line (at most three, not after a sentence's end). Not for a
    person's name, whose words before are titles and initials (``_initials_before``)."""
    if label == "PERSON" or not text[start:start + 1].isupper():
        return start
    m = _BROKEN_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    word = unbroken(text[m.start():m.end()]).split()[0]
    if _no_name_word(word):
        return start  # "Decem-\nber London", "How¬\never Berlin": a time or an adverb, no name's word
    k = _CAP_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if not k or "\n" in text[k.start():m.start()]:
        if _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not _known_name_word(
                word, unbroken(text[m.start():end_of_name(text, start)])):
            return start  # a sentence's first word, which no gazetteer or dictionary knows as a name
        return m.start()
    a = k.start()
    first = re.match(r"\S+[ \t]+", text[a:m.start()])
    if _SENTENCE_END_BEFORE.search(text, max(0, a - 4), a) or text[a:first.end()].strip().casefold() in lexicon.function_words():
        a += first.end()  # "Yesterday Newspa¬\nper ...": a sentence's first word is not the name's
    return a


def end_of_name(text: str, start: int) -> int:
    """The end of the capitalised words from ``start`` on its line ("London learned" -> "London")."""
    m = re.match(r"[A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*)*", text[start:])
    return start + (m.end() if m else 0)


@functools.lru_cache(maxsize=4096)
def _no_name_word(word: str) -> bool:
    """A word that begins no name: a function word, a month, a weekday, a feast ("December",
    "Sunday", "Christmas"), or an adverb WordNet knows only in lowercase ("However", "Yesterday",
    "Afterwards")."""
    from ..events.wordnet import has_sense
    from ..time.rules import month_of
    from ..time.lexicon import lexicon as time_lexicon
    from .filters import common_word

    low = word.casefold()
    if low in lexicon.function_words() or month_of(low) or low in time_lexicon()["weekdays"] or places.wordnet_time(word):
        return True
    return has_sense(low, "r") and common_word(word)


def _known_name_word(word: str, name: str) -> bool:
    """Whether a word broken at a line end, first in its sentence, is a name's: the gazetteer knows
    it or the name it begins as a place, the dictionary as a given name, or it is a demonym."""
    from ..events.gender import known_given_name

    return (places.is_known_place(word) or places.is_known_place(name) or known_given_name(word)
            or word in lexicon.demonyms())


def _correct(text: str, start: int, end: int, label: str, wrapped: bool = False, doc=None) -> Cand | None:
    span = text[start:end]
    if has_cyrillic(span):
        return None
    if wrapped:
        start = _broken_word_before(text, start, label)
    start, end = join_broken(text, start, end)
    label = _titled_person(text[start:end], label)
    start, end = trim(text, start, end, label)
    start, end = trim_words(text, start, end, label)
    start, end = trim(text, start, end, label)
    if end <= start:
        return None
    span = text[start:end]
    if label == "WORK" and not _quoted(text, start, end) and not is_periodical(unbroken(span)):
        return None  # the model's unquoted "works" are mostly fragments of sentences
    label = kind_from_head(unbroken(span), label)
    label = institution_label(text, start, end, label)
    if _given_name_person(unbroken(span), label) == "PERSON" and not _firm_in_context(text, start, end, doc):
        label = "PERSON"
    if label == "PERSON":
        m = _OPENING_WORD.match(span)
        if m and m.group(1).casefold() in lexicon.function_words():
            start += m.end()  # "Whereupon Lasko", "However Brandt": a sentence's first word, no name's
            span = text[start:end]
        m = _ELIDED_ARTICLE.match(span)
        # "l'abbé Grégoire", "Le Général X": the article of a title, no part of the name; "Le Van An": a
        # family name of the article's spelling before two more names keeps it
        rest = span[m.end():].split() if m else []
        if m and ("'" in m.group(0) or "’" in m.group(0) or len(rest) < 2 or
                  fold(rest[0].rstrip(".")).casefold() in title_words()):
            start += m.end()
            span = text[start:end]
        start = _initials_before(text, start)
        nxt = _BROKEN_NEXT_NAME.match(text, end)
        if nxt and "\n" not in text[start:end]:
            end = nxt.end()  # "Solomon Roun¬\ntree": the name goes on over a broken word
        span = text[start:end]
    if span.rstrip(".") in lexicon.given_abbreviations():
        return None  # "Wm" alone: the name after it is read with it
    if is_junk(span, label, wrapped):
        return None
    label = relabel(span, label)
    if (label in ("PERSON", "ORG") and " " not in span and not span.isupper()
            and _LOCATIVE.search(text, max(0, start - 12), start) and places.is_known_place(unbroken(span))):
        label = "GPE"  # "arrived at Genoa", "landed at Inchon": a known place after a preposition of place
    elif label in ("PERSON", "ORG") and " " not in span and _known_place_not_name(text, start, end, label):
        label = "GPE"
    if label in ("GPE", "LOC", "ORG", "NORP") and _ADDRESS_BEFORE.search(text, max(0, start - 8), start):
        label = "PERSON"  # "Mr. Jesty", "Dr. Meyler": a form of address makes a person
    return Cand(start, end, label, MODEL, "spacy")


_OPENING_WORD = re.compile(r"([A-Z][a-z]+),?[ \t\n]+(?=[A-Z])")
_FROM_TO = re.compile(r"([A-Z][^\W\d_]+)[ \t]+to[ \t]+([A-Z][^\W\d_]+)")
_BROKEN_NEXT_NAME = re.compile(r"[ \t]+[A-Z][a-z]+[¬\u00ad-][ \t]*\n[ \t]*[a-z]+(?![\w¬-])")
_ADDRESS_BEFORE = re.compile(r"\b(?:Mr|Mrs|Messrs|Mme|Mlle|Dr|Rev)\.?[ \t\n]+$")
_TO_FROM_OF = re.compile(r"(?:\b(?:from|to|of|for)|,[ \t\n]+of)[ \t\n]+$", re.I)
_BIG_PLACE = 100_000


def _known_place_not_name(text: str, start: int, end: int, label: str) -> bool:
    """A one-word name the gazetteer knows as a place, which the model read as a person or an
    organisation: a place when the model said organisation and no head word makes it one
    ("from Exeter", "Burnley,"); when in capitals (a heading: "YEOVIL."); or after "to", "from",
    "of", "for" when the place is large or a country ("returned to England", "member for Ayrshire",
    "Mr. Williams, of Coventry"). Never before a possessive, never a name of the alias table."""
    span = unbroken(text[start:end])
    if text[end:end + 2] in ("'s", "’s") or lexicon.states_or_orgs(span) or span in lexicon.demonyms():
        return False
    rec = places.lookup(span)
    if rec is None or rec.get("not_a_place"):
        return False
    big = rec["kind"] != "city" or rec["population"] >= _BIG_PLACE
    if label == "ORG" or span.isupper():
        return rec["kind"] != "city" or rec["population"] >= 15_000
    return big and _TO_FROM_OF.search(text, max(0, start - 12), start) is not None


_LOCATIVE = re.compile(r"\b(?:in|at|near|via|off|towards|toward|around|outside|beyond)[ \t\n]+$", re.I)


@functools.lru_cache(maxsize=None)
def _initials_re() -> re.Pattern:
    abbr = "|".join(re.escape(a) for a in sorted(lexicon.given_abbreviations(), key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w.'’])(?:[A-Z]|{abbr})\.[ \t\n]*)+$")


def _initials_before(text: str, start: int) -> int:
    """Initials and abbreviated given names that the model left out of a person's name:
    "Wm. G." before "Daughtry"."""
    window = text[max(0, start - 30):start]
    m = _initials_re().search(window)
    return start - len(window) + m.start() if m else start


def is_periodical(name: str) -> bool:
    """ "Fayetteville Observer", "THE LEYDEN GAZETTE", "Gazette of the United States": a head word
    of a newspaper's or magazine's name last (after a capitalised word) or first (before "of")."""
    words = name.split()
    if len(words) < 2:
        return False
    heads = lexicon.periodical_heads()
    last = words[-1].strip(".,").casefold()
    if last in heads["strong"] and words[-2][:1].isupper():
        return True
    return words[0].casefold() in heads["strong"] and words[1].casefold() == "of"


def kind_from_head(name: str, label: str) -> str:
    """The kind that a name's own words give, over the model's: a periodical is a WORK; "Jackson
    county", "Coosa river", "Main Street" are places (last word); "Port Mahon", "Cape Bon" too
    (first word, where the model said PERSON)."""
    if label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK", "EVENT"):
        return label
    words = name.split()
    if len(words) < 2:
        return label
    last = words[-1].strip(".,").casefold()
    if label == "EVENT":  # "the Chinese Eastern Railway" read as an event
        return "ORG" if last in lexicon.org_head_words() else label
    heads = lexicon.periodical_heads()
    if label != "PERSON" and (is_periodical(name) or (
            label in ("ORG", "WORK") and last in heads["weak"] and words[-2][:1].isupper())):
        return "WORK"
    if label in ("PERSON", "ORG"):
        place = lexicon.place_heads().get(("last", last))
        first = ("first", words[0].casefold())
        if place is None and first in lexicon.place_heads() and words[1][:1].isupper() \
                and _names_after_head(words[1:]):
            # "Fort Collins", "Cape Bon" read as a person or a body: the first word makes a place,
            # unless a common noun follows ("Port Authority", "Lake Shore Railroad"); the WordNet
            # look-ups of that test only after a first word that can make one
            place = lexicon.place_heads()[first]
        if place is None:
            place = _kind_of_place(name)
        if place:
            return place
    return label


def _names_after_head(words: list[str]) -> bool:
    """Whether the words after a place's first head word are all names, no common noun of WordNet
    (nor its plural, nor a part of a hyphenated word) nor a body's head word ("Collins", not
    "Authority", "Shore Railroad", "Wayne Pistons", "Huron Times-Herald")."""
    from .filters import common_noun_alone

    heads = lexicon.org_head_words()
    for w in words:
        w = strip_possessive(w.strip(".,"))
        if not w[:1].isupper():
            return False
        for part in w.split("-"):  # "Pistons", "Times-Herald": a team's, a paper's common nouns
            if part.casefold() in heads or common_noun_alone(part, False) or _plural_of_common_noun(part):
                return False
    return True


@functools.lru_cache(maxsize=2048)
def _plural_of_common_noun(word: str) -> bool:
    """A plural whose singular WordNet knows in lowercase, itself no lemma ("Pistons", "Highlanders";
    not "Collins", a lemma, nor "Wells")."""
    from ..events.wordnet import lemma_names, reader

    wn = reader()
    low = word.casefold()
    base = wn.morphy(low, "n") if wn is not None and word.isalpha() else None
    if not base or base == low or any(name.casefold() == low for name in lemma_names(low, "n")):
        return False
    return base in lemma_names(base, "n")


def _plural_of_kin_noun(word: str) -> bool:
    """The plural of a noun whose first WordNet sense is a relative ("Brothers", "Sons"; not "Powers")."""
    from ..events.wordnet import first_sense_ancestry, reader

    wn = reader()
    if wn is None or not _plural_of_common_noun(word):
        return False
    return "relative.n.01" in first_sense_ancestry(wn.morphy(word.casefold(), "n"))


_KIND_OF_NAME = re.compile(r"(?P<noun>[A-Za-z]+)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?(?P<name>.+)")


def _kind_of_place(name: str) -> str | None:
    """ "State of Vermont", "TERRITORY OF UTAH": a place noun "of" a known place is that
    place (the model's organisation); "State of Emergency" is not."""
    m = _KIND_OF_NAME.fullmatch(unbroken(name))
    if not m:
        return None
    label = places.place_noun_label(m.group("noun").casefold())
    rest = m.group("name")
    rest = rest.title() if rest.isupper() else rest
    if label and (places.is_known_place(rest) or places.is_known_place(rest.replace("-", " "))
                  or places.wordnet_place(rest)):
        return label
    return None


_OPEN_QUOTES = "“\"‘'«"
_CLOSE_QUOTES = "”\"’'»"


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return any(q in before for q in _OPEN_QUOTES) and any(q in after for q in _CLOSE_QUOTES)


def _demonym_plural(span: str) -> bool:
    """ "Koreans", "Far Eastern Koreans": a people named by the plural of a demonym."""
    last = span.split()[-1]
    return last.endswith("s") and last[:-1] in lexicon.demonyms()


def relabel(span: str, label: str) -> str:
    """A name the gazetteer knows as a state or historical place is a place, whatever spaCy said."""
    if label in ("PERSON", "ORG") and (span in lexicon.demonyms() or _demonym_plural(span)):
        return "NORP"  # "Manchukuoan cavalry"; "the Far Eastern Koreans": a group, not a body
    if label in ("GPE", "LOC", "FAC", "NORP", "WORK", "EVENT"):
        if label in ("GPE", "LOC", "FAC", "EVENT"):
            rec = places.lookup(span)
            if rec and rec["kind"] == "historical":
                return rec["label"]
        return label
    from .linking import alias_table

    alias = alias_table().get(fold(span))
    if alias and alias[1] == "ORG" and label in ("PERSON", "GPE", "LOC", "FAC"):
        return "ORG"  # "the Cheka" read as a person: the alias table knows the organisation
    rec = places.lookup(span)
    # a person's name may be a country's (Jordan, Chad): only historical names override PERSON
    kinds = ("historical",) if label == "PERSON" else ("historical", "country")
    if rec and rec["kind"] in kinds and not rec.get("not_a_place"):
        return rec["label"]
    return label

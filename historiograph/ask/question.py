"""Reading a question: what kind it is, which corpus entities it names (in any spelling), which event
types, which period, and whose account it asks for.

Names go through the entity machinery's own folding (`entities.names.skeleton`: script, case, diacritics
and romanisation variants) against every corpus entity's aliases, with a close-spelling fallback
(rapidfuzz) for long names; event types come from the trigger lexicon (`data/events/triggers.json`), so
a question about "arrests" or "who was detained" uses the words the event extractor uses.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .. import datafiles
from ..entities.names import parse_person, skeleton

FUZZY_NAME = 86
ROLE_PREPS = {"for", "against", "with"}  # a side or partner of the relation; places (in, to, at) vary too much

KIND_PATTERNS = [  # (kind, pattern on the lower-cased question), first match wins
    ("sources", r"\b(disagree|differ|dispute|contradict|do (the )?sources|sources (say|tell|give)|"
                r"what do .* say about|accounts? (of|differ))\b"),
    ("when", r"^(when|what year|what date|on what date|in (what|which) (year|month))\b|\b(date|year) of\b"),
    ("who", r"^(who|whom|by whom|which (person|people|commander|officer|general|minister))\b"),
    ("where", r"^(where|in (what|which) (place|city|town|country|prison|camp))\b|\b(place|location) of\b"),
    ("what_happened", r"\b(what (happened|took place)|what became of|fate of|what was done to)\b"),
    ("list", r"^(list|name|show|which|what)\b.*\b(events|arrests|battles|deportations|executions|"
             r"killings|defections|treaties|attacks|invasions|deaths|births|purges|surrenders|meetings|"
             r"statements|publications|movements)\b"),
    ("how_many", r"^how (many|much)\b"),
]

QUESTION_WORDS = {"when", "who", "whom", "where", "what", "which", "how", "why", "did", "does", "do", "was",
                  "were", "is", "are", "according", "list", "name", "show", "tell", "in", "on", "the", "a",
                  "an", "of", "to", "by", "and", "or", "at", "from", "for", "with", "about", "between",
                  "during", "after", "before", "sources", "source", "say", "said", "happen", "happened", "year",
                  "date", "day", "month", "time", "exactly", "first", "place", "give", "gives",
                  "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "we", "us", "our",
                  "have", "has", "had", "many", "much"}

MONTHS = {m.lower() for m in ("January February March April May June July August September October November "
                              "December").split()}


@dataclass
class EntityRef:
    id: str
    name: str
    label: str
    matched: str  # the words of the question
    stands_for: list[str] = field(default_factory=list)  # a capital's states ("Tokyo" for Japan): entity ids
    prep: str | None = None  # "signed for the Soviet Union": the relation's preposition before the name


@dataclass
class Question:
    text: str
    kind: str
    entities: list[EntityRef] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # names in the question no entity answers to
    types: set[str] = field(default_factory=set)
    implied: set[str] = field(default_factory=set)  # types the question implies ("die": a killing)
    period: tuple[int, int] | None = None  # years, inclusive
    according_to: str | None = None
    terms: list[str] = field(default_factory=list)  # content words (BM25)
    rest: str = ""  # the question without its "according to X," part
    predicate: str | None = None  # "who signed...": the word of the relation asked about
    passive: bool = False  # "who was arrested": the one it happened to, not the one who did it
    possessed: list[str] = field(default_factory=list)  # "Kim's eldest son": the question is about the son
    month: str | None = None  # "in August 1945": TIMEX3 value "1945-08", a finer period than the years


# ---- event types ----------------------------------------------------------------------------------

def _inflections(lemma: str) -> set[str]:
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        out |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


IRREGULAR = {"fight": {"fought"}, "sign": set(), "flee": {"fled"}, "shoot": {"shot"}, "hold": {"held"},
             "send": {"sent"}, "bear": {"born"}, "die": {"died", "dead"}, "take": {"took", "taken"},
             "give": {"gave", "given"}, "meet": {"met"}, "write": {"wrote", "written"}, "lead": {"led"},
             "seize": set(), "run": {"ran"}, "speak": {"spoke", "spoken"}}


@functools.lru_cache(maxsize=1)
def irregular_forms() -> dict[str, set[str]]:
    """lemma -> irregular verb forms, from WordNet's exception list (verb.exc: "caught catch"), where the
    WordNet data is installed; the small table above otherwise."""
    from ..wordnet_lines import exceptions

    out: dict[str, set[str]] = {k: set(v) for k, v in IRREGULAR.items()}
    for form, *lemmas in exceptions("verb"):
        for lemma in lemmas:
            if "_" not in form and "_" not in lemma:
                out.setdefault(lemma, set()).add(form)
    return out


@functools.lru_cache(maxsize=1)
def irregular_lemmas() -> dict[str, set[str]]:
    """irregular verb form -> its lemmas ("caught" -> {catch})."""
    out: dict[str, set[str]] = {}
    for lemma, forms in irregular_forms().items():
        for form in forms:
            out.setdefault(form, set()).add(lemma)
    return out


@functools.lru_cache(maxsize=1)
def type_words() -> dict[str, set[str]]:
    """word form -> event types whose verbs or nouns it inflects (from the trigger lexicon)."""
    data = datafiles.load_json("events", "triggers.json")["types"]
    out: dict[str, set[str]] = {}
    for etype, spec in data.items():
        words = set()
        for v in spec.get("verbs", []):
            lemma = v if isinstance(v, str) else v.get("lemma", "")
            if lemma and " " not in lemma:
                words |= _inflections(lemma) | irregular_forms().get(lemma, set())
        for n in spec.get("nouns", []):
            n = n if isinstance(n, str) else n.get("lemma", "")
            if n and " " not in n:
                words |= _inflections(n)
        words |= _inflections(etype.split("_")[0])
        for w in words:
            out.setdefault(w, set()).add(etype)
    return out


# ---- names ----------------------------------------------------------------------------------------

class NameIndex:
    """Corpus entities by the folded form of every alias (built once per corpus state)."""

    def __init__(self, entities: list[dict[str, Any]]):
        self.by_key: dict[str, list[dict[str, Any]]] = {}
        self.tokens: dict[str, set[str]] = {}  # first letter -> folded alias tokens/strings (fuzzy)
        surnames: dict[str, list[dict[str, Any]]] = {}
        for e in entities:
            for alias in {e["name"], *e.get("aliases", [])}:
                key = skeleton(alias)
                if not key:
                    continue
                self.by_key.setdefault(key, []).append(e)
                self.tokens.setdefault(key[0], set()).add(key)
            if e.get("label") == "PERSON":
                family = parse_person(e["name"]).family
                if family and " " not in skeleton(family):
                    surnames.setdefault(skeleton(family), []).append(e)
        for key, people in surnames.items():  # "Deribas" for Terentii Deribas, when no one else bears it
            if key not in self.by_key and len(people) == 1:
                self.by_key[key] = people
                self.tokens.setdefault(key[0], set()).add(key)

    def lookup(self, words: str) -> list[dict[str, Any]]:
        key = skeleton(words)
        if not key:
            return []
        found = self.by_key.get(key)
        if found:
            return found
        if len(key) >= 6 and words[:1].isupper():
            best, score = None, 0.0
            for cand in self.tokens.get(key[0], ()):
                if abs(len(cand) - len(key)) > 1:  # "Trotsky" is not "Trotskyite"
                    continue
                s = fuzz.ratio(key, cand)
                if s > score:
                    best, score = cand, s
            if best and score >= FUZZY_NAME:
                return self.by_key[best]
        return []


_TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\b|[^\W\d_][\w'’.-]*[\w]|[^\W\d_]", re.UNICODE)  # "88th" names a unit
AUXILIARIES = {"was", "were", "is", "are", "been", "be", "did", "does", "do", "had", "has", "have"}
BE = {"was", "were", "is", "are", "been", "be"}
_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})(s)?\b")


def _month(text: str) -> str | None:
    """The one "MONTH YEAR" a question names ("in August 1945" -> "1945-08"), if exactly one."""
    found = re.findall(r"\b(" + "|".join(sorted(MONTHS)) + r")\s+(1[0-9]{3}|20[0-9]{2})\b", text, re.I)
    if len(found) != 1:
        return None
    names = [m.lower() for m in ("January February March April May June July August September October November "
                                 "December").split()]
    return f"{found[0][1]}-{names.index(found[0][0].lower()) + 1:02d}"


def _period(text: str) -> tuple[int, int] | None:
    years = [(int(m.group(1)), bool(m.group(2))) for m in _YEAR.finditer(text)]
    if not years:
        return None
    lo = min(y for y, _ in years)
    hi = max(y + (9 if dec else 0) for y, dec in years)
    return lo, hi


def _function_words() -> set[str]:
    return {w.strip().lower() for w in datafiles.lines("entities", "function_words.txt")}


@functools.lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(QUESTION_WORDS | _function_words())


def parse(text: str, names: NameIndex, known_word) -> Question:
    """A Question for `text`. `known_word(word)` says whether the corpus contains a word at all."""
    q = text.strip()
    according = None
    m = re.match(r"^\s*(?:according to|in the (?:view|account) of|what does|what did)\s+(.+?)(?:,|\s+(?:say|write|"
                 r"argue|claim)s?\b)\s*(.*)$", q, re.I)
    rest = q
    if m and (q.lower().startswith("according") or q.lower().startswith("in the") or
              re.search(r"\b(say|write|argue|claim)s?\b", q, re.I)):
        according, rest = m.group(1).strip(), (m.group(2).strip() or q)
    low = rest.lower()
    kind = "fact"
    for k, pat in KIND_PATTERNS:
        if re.search(pat, low):
            kind = k
            break
    if according and kind == "fact":
        kind = "sources"
    tokens = [(re.sub(r"['’]s$", "", t.group(0)).strip(".'’"), t.start()) for t in _TOKEN.finditer(rest)]
    entities: list[EntityRef] = []
    used: set[int] = set()
    stop = _stop()
    for n in range(min(6, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if any(j in used for j in range(i, i + n)):
                continue
            words = [w for w, _ in tokens[i:i + n]]
            if words[0].lower() in stop or words[-1].lower() in stop:
                continue
            if n == 1 and (words[0].lower() in type_words() or not words[0][:1].isupper() and len(words[0]) < 5):
                continue
            phrase = " ".join(words)
            for e in names.lookup(phrase):
                if all(x.id != e["id"] for x in entities):
                    j = i - 1 if i and tokens[i - 1][0].lower() != "the" else i - 2
                    prep = tokens[j][0].lower() if j >= 0 and tokens[j][0].lower() in ROLE_PREPS else None
                    entities.append(EntityRef(e["id"], e["name"], e["label"], phrase, _stands_for(e, names), prep))
                used.update(range(i, i + n))
    unresolved = []
    types: set[str] = set()
    terms: list[str] = []
    for idx, (w, pos) in enumerate(tokens):
        lw = w.lower()
        if lw in type_words():
            types |= type_words()[lw]
        if idx in used:
            terms.append(lw)
            continue
        if lw in stop or lw in MONTHS:
            continue
        terms.append(lw)
        if w[:1].isupper() and pos > 0 and lw not in type_words() and not known_word(lw):
            unresolved.append(w)
    implied: set[str] = set()
    if "death" in types and kind in ("when", "where"):
        implied = {"killing", "execution"} - types  # "when did X die?" is answered by "X was shot"
        types |= implied
    predicate, passive = _predicate(tokens, used, stop) if kind == "who" else (None, False)
    possessed: list[str] = []
    for e in entities:  # "Kim Il Sung's son": the words after the possessive, up to a function or event word
        m = re.search(re.escape(e.matched) + r"['’]s\s+([^\W\d_][\w\s-]*)", rest)
        for w in (m.group(1).split() if m else []):
            if w.lower() in stop or w.lower() in type_words():
                break
            possessed.append(w.lower())
    return Question(text=q, kind=kind, entities=entities, unresolved=unresolved, types=types, implied=implied,
                    period=_period(rest), according_to=according, terms=terms, rest=rest, predicate=predicate,
                    passive=passive, possessed=possessed, month=_month(rest))


def _predicate(tokens: list[tuple[str, int]], used: set[int], stop: frozenset[str]) -> tuple[str | None, bool]:
    """The relation word of a who-question and whether it asks for the one it happened to: "Who signed X"
    -> (signed, False); "Who was arrested" -> (arrested, True); "Who did X replace" -> (replace, False);
    "Who was the chief of X" -> (chief, False)."""
    words = [w.lower() for w, _ in tokens]
    i = next((k + 1 for k, w in enumerate(words) if w in ("who", "whom")), None)
    if i is None:
        return None, False
    aux = None
    if i < len(words) and words[i] in AUXILIARIES:
        aux, i = words[i], i + 1
    if aux in ("did", "does", "do"):  # "who did Lyushkov replace": the verb after the subject
        while i < len(words) and (i in used or tokens[i][0][:1].isupper()):
            i += 1
    for k in range(i, len(words)):
        if k not in used and words[k] not in stop and words[k].isalpha():
            verb_form = words[k].endswith(("ed", "en")) or words[k] in type_words()
            return words[k], aux in BE and verb_form
    return None, False


def _stands_for(entity: dict[str, Any], names: "NameIndex") -> list[str]:
    """The entities of the states a capital may stand for ("Tokyo protested": Japan), as the entity
    machinery reads metonymy: a question naming the capital is answered by a sentence naming the state."""
    if entity.get("label") != "GPE":
        return []
    from ..entities.linking import capitals
    from ..entities.names import fold

    return [e["id"] for state in capitals().get(fold(entity["name"]), []) for e in names.lookup(state)]

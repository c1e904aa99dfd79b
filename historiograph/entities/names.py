"""Name normalisation: scripts, romanisations, name order, diacritics and apostrophes.

Two forms of one name must meet on one key: "ЛЮШКОВ ГЕНРИХ САМОЙЛОВИЧ" and "Genrikh Samoilovich
Lyushkov", "Ch’oe Yong-gŏn" and "Choe Yong-gon", "Kim il Sung" and "Kim Il-sung", "Medvedev, Roy" and
"Roy Medvedev". ``fold`` removes script, case, diacritics and punctuation; ``skeleton`` also folds the
usual romanisation variants (й as i or y, х as kh or h); ``parse_person`` reads the name order.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from anyascii import anyascii

from . import lexicon
from ..wrapping import unbroken

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02BC\u02BB\u0060\u00B4]")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|inichna|ovič|evič|ович|евич|овна|евна|ична)$", re.I)
_INITIAL = re.compile(r"^[A-Z]\.?$")
_HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aiueo]|n)+")
_KO_SYL = re.compile(r"(?:[kgnrdtlmbpsjchwy]{0,3})(?:[aeiouw]{1,3})(?:ng|n|m|l|r|k|p|t)?")


@functools.lru_cache(maxsize=None)
def _table() -> dict[str, str]:
    return lexicon.romanisation()["cyrillic"]


@functools.lru_cache(maxsize=None)
def _fold_rules() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(a), b) for a, b in lexicon.romanisation()["fold"]]


def has_cyrillic(text: str) -> bool:
    return not text.isascii() and bool(CYRILLIC.search(text))  # (most names are ASCII: no regex then)


def transliterate(text: str) -> str:
    """Cyrillic to Latin in the English romanisation (ЛЮШКОВ -> LYUSHKOV, Генрих -> Genrikh)."""
    if not has_cyrillic(text):
        return text
    table = _table()

    def word(w: str) -> str:
        if len(w) > 1 and w.isupper():
            return "".join(table.get(c, c) for c in w.lower()).upper()
        out = []
        for c in w:
            low = c.lower()
            rep = table.get(low)
            if rep is None:
                out.append(c)
            else:
                out.append(rep.capitalize() if c.isupper() else rep)
        return "".join(out)

    return re.sub(r"[\u0400-\u04FF]+", lambda m: word(m.group(0)), text)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Script-, case-, diacritic- and punctuation-free form: "Ch’oe Yong-gŏn" -> "choe yong gon"."""
    if text.isascii() and text.replace(" ", "").isalnum():  # letters, digits, spaces (most names):
        return " ".join(text.lower().split())  # what the steps below make of them, without four regexes
    s = anyascii(transliterate(unbroken(text))).lower()
    s = _APOSTROPHES.sub("", s).replace("'", "")
    s = s.replace(".", "")
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


# ---- Russian names in other romanisations: read each word in the system it is written in -----------

_SCHOLARLY = re.compile(r"[šžčŝŠŽČŜ]")  # ISO 9 / scholarly: "Ljuškov", "Hruščëv", "Žukov"
_GERMAN = re.compile(r"sch|[üöÜÖ]|(?<=[aeiou])w$|^(?:[A-Z][a-z]*)?[^aeiou\W]j[aeiou]", re.I)
_SCHOLARLY_MAP = (("šč", "shch"), ("ŝ", "shch"), ("č", "ch"), ("š", "sh"), ("ž", "zh"), ("ë", "e"),
                  ("x", "kh"))
_GERMAN_MAP = (("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("ü", "yu"), ("ö", "yo"),
               ("ä", "ya"))


def _word_in_english_system(word: str) -> str:
    """One word of a Russian name as BGN/PCGN would write it, when its letters show the scholarly
    (ISO 9: "Ljuškov" -> "Lyushkov") or the German system ("Ljuschkow", "Blücher" -> "Blyukher");
    other words unchanged. "j" and "w" are left to the fold rules (j = y, w = v)."""
    low = word.lower()
    if _SCHOLARLY.search(word):
        low = re.sub(r"c(?!h)", "ts", low)
        for a, b in _SCHOLARLY_MAP:
            low = low.replace(a, b)
    elif ("sch" in low or "ü" in low or "ö" in low) and not low.startswith("mc"):
        for a, b in _GERMAN_MAP:
            low = low.replace(a, b)
    else:
        return word
    return low.capitalize() if word[:1].isupper() else low


def in_english_system(text: str) -> str:
    return " ".join(_word_in_english_system(w) for w in text.split())


# ---- Korean names: McCune-Reischauer (with or without breves), Revised Romanization, older and
# Soviet-era renderings ("Kim Il Sung", "Kim Il-sŏng", "Kim Il-seong", "Kim Ir Sen") meet on one key ----

_KO_VOWELS = (("eo", "o"), ("eu", "o"), ("oo", "o"), ("ae", "a"), ("u", "o"), ("e", "o"))
_KO_INITIALS = (("tch", "j"), ("ch", "j"), ("sh", "s"), ("kk", "k"), ("tt", "t"), ("pp", "p"), ("ss", "s"))


def korean_syllable_key(syl: str) -> str:
    """A folded Korean syllable with the systems' differences removed: vowels ŏ/eo/u/ŭ/eu/e -> o
    (the vowel of 성 is "ŏ", "eo", "u" in "Sung" and "e" in the Soviet "Сен"), final -ng = -n,
    final -r = -l (일 as "Ir"), ch/j and tense consonants as one."""
    s = syl
    for a, b in _KO_INITIALS:
        if s.startswith(a):
            s = b + s[len(a):]
            break
    for a, b in _KO_VOWELS:
        s = s.replace(a, b)
    if s.endswith("ng"):
        s = s[:-1]
    if s.endswith("r"):
        s = s[:-1] + "l"
    return s


@functools.lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """``fold`` plus the usual romanisation variants folded together (Samoylovich = Samoilovich;
    "Ljuškov" and "Ljuschkow" = "Lyushkov"; "Blücher" = "Blyukher")."""
    out = []
    for tok in fold(in_english_system(unbroken(text))).split():
        for pat, rep in _fold_rules():
            tok = pat.sub(rep, tok)
        out.append(tok)
    return " ".join(out)


def title_case(text: str) -> str:
    """All-caps names read as names: "BRUCE CUMINGS" -> "Bruce Cumings" (mixed case left alone)."""
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return " ".join(w[:1] + w[1:].lower() for w in text.split())
    return text


def is_east_asian_surname(token: str) -> bool:
    return fold(token) in _ea_folded()


@functools.lru_cache(maxsize=None)
def _ea_folded() -> frozenset[str]:
    return frozenset(fold(s) for s in lexicon.east_asian_surnames())


@dataclass(frozen=True)
class PersonName:
    given: tuple[str, ...]  # skeleton tokens in natural order
    family: str  # skeleton
    display: str  # natural order, Latin script, proper case
    surnames: frozenset[str]  # tokens a lone surname mention may be (skeletons)

    @property
    def key(self) -> str:
        """Order- and hyphen-insensitive key of the full name ("Medvedev, Roy" = "Roy Medvedev",
        "Kim Il-sung" = "Kim il Sung")."""
        return " ".join(sorted(" ".join(self.given + (self.family,)).split()))

    @property
    def single(self) -> bool:
        return not self.given


# ---- Chinese names: Wade-Giles and pinyin meet on one key ----------------------------------------

_PY_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_PY_FINAL = (r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
             r"|ua|uo|ui|ue|er|a|o|e|i|u)")
_PY_SYL = re.compile(rf"({_PY_INITIAL})({_PY_FINAL})")
_WG_SYL = re.compile(r"(ch|hs|sh|ts|tz|ss|sz|[pmftnlkhjsyw])?"
                     r"(iang|iung|uang|ang|eng|ing|ung|ien|ieh|iao|uai|uan|uei|ueh|erh|ai|ei|ao|ou|an|en"
                     r"|in|un|ia|iu|ua|uo|ui|eh|ih|a|o|e|i|u)")
_WG_MARK = re.compile(r"^(?:hs|ts|tz|ss|sz)|(?:ung|ien|ieh|ih|eh|erh|uei|ueh)$")
_PY_INITIALS = {"zh": "ch", "j": "ch", "q": "ch", "x": "s", "z": "ts", "c": "ts", "b": "p", "d": "t", "g": "k"}
_WG_INITIALS = {"hs": "s", "tz": "ts", "ss": "s", "sz": "s", "j": "r"}
_WG_FINALS = {"ung": "ong", "iung": "iong", "ien": "ian", "ieh": "ie", "ih": "i", "eh": "e", "erh": "er",
              "uei": "ui", "ueh": "ue"}


def _syllables(token: str, rx: re.Pattern) -> list[tuple[str, str]] | None:
    out, pos = [], 0
    while pos < len(token):
        m = rx.match(token, pos)
        if not m or m.end() == pos:
            return None
        out.append((m.group(1) or "", m.group(2)))
        pos = m.end()
    return out


def sinitic_key(tokens: list[str]) -> list[str] | None:
    """One key per syllable string for a Chinese name in Wade-Giles or pinyin, aspiration and the
    two systems' spellings folded together ("tse tung" and "zedong" -> "tsotong"); None when the
    tokens are not Chinese syllables. Tokens are ``fold``ed (no apostrophes, no diacritics)."""
    wade = any(_WG_MARK.search(t) and _syllables(t, _WG_SYL) and len(_syllables(t, _WG_SYL)) == 1
               for t in tokens)
    keys = []
    for t in tokens:
        syls = _syllables(t, _WG_SYL) if wade else _syllables(t, _PY_SYL)
        if syls is None:
            syls = _syllables(t, _PY_SYL if wade else _WG_SYL)
        if syls is None:
            return None
        out = []
        for ini, fin in syls:
            if wade:
                if ini in ("ts", "tz", "ss", "sz") and fin == "u":
                    fin = "i"  # tzu, ssu = zi, si
                ini, fin = _WG_INITIALS.get(ini, ini), _WG_FINALS.get(fin, fin)
            else:
                ini = _PY_INITIALS.get(ini, ini)
            if fin in ("e", "o", "uo"):
                fin = "o"  # de/te/teh, ge/ko, guo/kuo, luo/lo
            out.append(ini + fin)
        keys.append("".join(out))
    return keys


@functools.lru_cache(maxsize=None)
def _chinese() -> tuple[frozenset[str], dict[str, str]]:
    data = lexicon.chinese_names()
    surnames = frozenset(fold(s) for s in data["surnames"])
    aliases = {fold(a): forms[0] for forms in data["aliases"] for a in forms}
    return surnames, aliases


def chinese_alias(name: str) -> str | None:
    """The canonical form of a well-known Chinese name given by another name ("Jiang Jieshi" ->
    "Chiang Kai-shek"), or None."""
    return _chinese()[1].get(fold(name))


@functools.lru_cache(maxsize=1)
def _noble_after_comma() -> re.Pattern:
    alt = "|".join(sorted(map(re.escape, lexicon.noble_titles()), key=len, reverse=True))
    return re.compile(rf",\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?(?:{alt})\s+of\b.*$", re.I)


def _without_noble_title(name: str) -> str:
    """"Hernán Cortés, 1st Marquis of the Valley" is Hernán Cortés with a title, not an inverted name."""
    return _noble_after_comma().sub("", name)


@functools.lru_cache(maxsize=65536)
def parse_person(text: str) -> PersonName:
    """Read the order of a personal name: inverted ("Coox, Alvin D."), Russian official order
    ("ЛЮШКОВ ГЕНРИХ САМОЙЛОВИЧ"), East Asian family-first ("Kim Il Sung"), or Western. A Chinese
    name is keyed across Wade-Giles and pinyin ("Mao Tse-tung" = "Mao Zedong") and through the
    alias list ("Jiang Jieshi" = "Chiang Kai-shek")."""
    raw = text.strip()
    raw = chinese_alias(raw) or raw
    chinese = _chinese_person(raw)
    if chinese is not None:
        return chinese
    latin = title_case(transliterate(raw))
    latin = _without_noble_title(latin)
    if "," in latin:
        fam, _, giv = latin.partition(",")
        fam_t, giv_t = fam.split(), giv.split()
        ordered = giv_t + fam_t
        family_idx = len(ordered) - 1
    else:
        ordered = latin.split()
        family_idx = len(ordered) - 1
        if len(ordered) == 3 and _PATRONYMIC.search(ordered[2]) and not _PATRONYMIC.search(ordered[1]):
            ordered = ordered[1:] + ordered[:1]  # SURNAME GIVEN PATRONYMIC -> GIVEN PATRONYMIC SURNAME
    display = " ".join(ordered)
    toks = [skeleton(t) for t in ordered]
    toks = [t for t in toks if t]
    korean = (len(ordered) >= 2 and "," not in latin and len(ordered) <= 4 and is_east_asian_surname(ordered[0])
              and all(_KO_SYL.fullmatch(w) for w in fold(" ".join(ordered[1:])).split()))
    if korean:  # given-name syllables one by one, the systems folded: "Il-sŏng" = "Il Sung" = "Ir Sen"
        toks = [toks[0]] + [korean_syllable_key(x) for t in toks[1:] for x in t.split()]
        fam = toks[0]
        return PersonName(tuple(toks[1:]), fam, display, frozenset({fam}))
    if not toks:
        return PersonName((), skeleton(raw), display, frozenset({skeleton(raw)}))
    family = toks[min(family_idx, len(toks) - 1)]
    given = tuple(t for i, t in enumerate(toks) if i != min(family_idx, len(toks) - 1))
    surnames = {family}
    if len(toks) > 1 and "," not in latin and is_east_asian_surname(ordered[0]):
        surnames.add(toks[0])  # "Mao" is "Mao Zedong"; "Kim" alone stays ambiguous by uniqueness
    elif len(toks) == 2 and "," not in latin and all(_HEPBURN.fullmatch(fold(t)) for t in ordered):
        surnames.add(toks[0])  # a Japanese name may be written family name first: "Tōgō" of "Tōgō Heihachirō"
    # "Kim Il Sung" and "Kim Il-sung": hyphenated given names fold to the same tokens
    return PersonName(given, family, display, frozenset(surnames))


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree where both are stated; an initial agrees with a name it begins
    ("Alvin D." ~ "Alvin"; "A. D." ~ "Alvin David"); a missing patronymic agrees."""
    if not a or not b:
        return True
    for x, y in zip(a, b):
        if x == y:
            continue
        if (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
            continue
        return False
    return True


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _chinese_person(raw: str) -> PersonName | None:
    """Family name first, given-name syllables joined into one key token; None if not Chinese."""
    if "," in raw:
        return None
    words = raw.split()
    if len(words) > 3 or fold(words[0]) not in _chinese()[0] if words else True:
        return None
    toks = fold(raw).split()
    keys = sinitic_key(toks)
    if keys is None:
        return None
    family = keys[0]
    given = ("".join(keys[1:]),) if len(keys) > 1 else ()
    return PersonName(given, family, title_case(raw), frozenset({family}))

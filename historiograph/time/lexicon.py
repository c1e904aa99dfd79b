"""Word lists and compiled patterns of the TIMEX3 tagger, loaded once from historiograph/data/time/."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from .. import datafiles


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return datafiles.load_json("time", "lexicon.json")


@functools.lru_cache(maxsize=1)
def references_lexicon() -> dict[str, Any]:
    return datafiles.load_json("time", "references.json")


def _alt(words, longest_first: bool = True) -> str:
    """A regex alternation of literal words; spaces match any run of spaces, longest first (words of
    one length in alphabetical order: the same pattern text in every process, whatever the order of
    a set, so that what is read from the pattern can be kept between processes: prefilter.py)."""
    ws = sorted(set(words), key=lambda w: (-len(w), w)) if longest_first else list(words)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")"


_FULL_SHORT = frozenset({"may", "june", "july"})  # month names no longer than an abbreviation


def _case_sensitive_names(words: list[str], abbreviations: bool) -> str:
    """Capitalised or upper-case names, matched case-sensitively even inside an re.I pattern, and never as
    the start of a longer word ("Mar" of "Marquis", "Jun" of "Junker")."""
    forms = []
    for w in words:
        forms += [w.capitalize(), w.upper()]
        if abbreviations and len(w) <= 4 and w not in _FULL_SHORT:  # "Aug." but not the stop of "9 May."
            forms += [w.capitalize() + ".", w.upper() + "."]
    return "(?-i:" + _alt(forms) + r"(?![^\W\d_]))"


@functools.lru_cache(maxsize=1)
def placeholders() -> dict[str, str]:
    lx = lexicon()
    months = lx["months"]
    weekdays = lx["weekdays"]
    full_months = [m for m in months if len(m) > 4 or m in _FULL_SHORT]
    full_wd = [w for w in weekdays if w.endswith("day")]
    num_word = _alt(w for w in lx["number_words"] if w not in ("a", "an", "half"))
    # "a" counts as one only on its own or before hundred/thousand/dozen: "a five-hour" is "five-hour"
    num = (r"(?:\d+(?:[.,]\d+)?(?:\s+1/2|\s+and\s+a\s+half)?|(?:an?\s+(?=hundred|thousand|dozen))?" + num_word + r"(?:[\s-]+(?:and\s+)?"
           + num_word + r")*(?:\s+and\s+a\s+half)?|half\s+an?|" + _alt(lx["couple"]) + r"|an?)")
    edge_words = _alt(lx["edge_words"])
    edge_phrases = r"(?:the\s+)?" + _alt(lx["edge_phrases"]) + r"(?:\s+the)?"
    ph = {
        "MONTH": _case_sensitive_names(list(months), abbreviations=True),
        "MONTHFULL": _case_sensitive_names(full_months, abbreviations=False),
        "WD": _case_sensitive_names(list(weekdays), abbreviations=True),
        "WDFULL": _case_sensitive_names(full_wd, abbreviations=False),
        "Y": r"(?:1\d{3}|20\d{2})",
        # "2d", "3d", "22d": the older ordinals of 18th-19th-century print ("1d" is a penny, not a day)
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|(?<=(?<!1)[23])d(?![^\W\d_]))?(?!\d|[,.]\d)",
        "NUM": num,
        "VAGUE": _alt(lx["vague_quantities"]),
        "UNIT": _alt(lx["units"]),
        "SEASON": _alt(lx["seasons"]),
        "POD": _alt(lx["parts_of_day"]),
        "EDGEWORD": edge_words,
        "EDGEPHRASE": edge_phrases,
        "DMOD": _alt(lx["date_mods"]),
        "QMOD": _alt(lx["quantity_mods"]),
        "DMODIN": _alt(k for k in lx["date_mods"] if k not in lx["span_exclusive_mods"]),
        "QMODIN": _alt(k for k in lx["quantity_mods"] if k not in lx["span_exclusive_mods"]),
        "REL": _alt(lx["relative_words"]),
        "DEICTIC": _alt(lx["deictic_days"]),
        "REFWORD": _alt(k for k, v in lx["reference_words"].items() if v),
        "SETWORD": _alt(lx["set_words"]),
        "ORD": _alt(lx["ordinals"]),
        "DECADEWORD": _alt(lx["decade_words"]),
    }
    # {PRE}: "the end of", "early", "the late", "mid-"; {PRET} also allows a bare "the" ("the 1930s")
    ph["PRE"] = (r"(?:(?P<edgep>" + edge_phrases + r")\s+)?(?:(?:the\s+)?(?P<edge>" + edge_words
                 + r")[\s-]*)?")
    ph["PRET"] = (r"(?:(?P<edgep>" + edge_phrases + r")\s+)?(?:the\s+)?(?:(?P<edge>" + edge_words
                  + r")[\s-]*)?")
    holidays = [h for h in lx["holidays"] if not h.startswith("_")]
    ph["HOLIDAY"] = "(?-i:" + _alt([h.title().replace("'S", "'s") for h in holidays])[3:].replace("'", "['’]")
    return ph


@dataclass(frozen=True)
class Pattern:
    name: str
    rule: str
    priority: int
    regex: re.Pattern  # (a CompiledOnUse)


class CompiledOnUse:
    """A pattern's source and flags, compiled when it is first matched: most of the ~80 time patterns
    are skipped on a short text (the prefilter reads only their source and flags), and compiling
    them all took a process ~0.06 CPU s. ``pattern`` and ``flags`` are what ``re.compile`` gives
    (checked on compiling); every other public attribute is the compiled pattern's. It copies and
    pickles as its source and flags (compiled again on use)."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int):
        if re.match(r"\(\?[aiLmsux]+\)", pattern):  # global flags of its own: the compiled ones say which
            flags = re.compile(pattern, flags).flags
        self.pattern, self.flags, self._compiled = pattern, flags | re.UNICODE, None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # (an empty slot or a protocol's probe: not the compiled pattern's; no recursion)
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
            assert self._compiled.flags == self.flags, self.pattern
        return getattr(self._compiled, name)

    def __reduce__(self):
        return CompiledOnUse, (self.pattern, self.flags)


@functools.lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    ph = placeholders()

    def fill(m: re.Match) -> str:
        return ph[m.group(1)]

    out = []
    for line in datafiles.text("time", "patterns.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, rule, regex = line.split("\t", 2)
        if name == "define":  # a placeholder of the patterns file itself: define<TAB>NAME<TAB>regex
            ph = {**ph, rule: regex}
            continue
        src = regex
        for _ in range(3):  # {PRE} contains placeholders of its own
            src = re.sub(r"\{([A-Z]+)\}", fill, src)
        out.append(Pattern(name, rule, len(out), CompiledOnUse(src, re.IGNORECASE)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def lookups() -> dict[str, Any]:
    """Lower-cased word -> meaning tables, with spaces normalised."""
    lx = lexicon()
    return {k: {" ".join(w.split()): v for w, v in lx[k].items()} for k in (
        "months", "weekdays", "number_words", "units", "seasons", "parts_of_day", "edge_words",
        "edge_phrases", "date_mods", "quantity_mods", "relative_words", "deictic_days", "reference_words",
        "set_words", "ordinals", "decade_words", "shift_directions", "holidays")}


def norm(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").split())

"""HIPE-2020's span conventions, where they differ from the CoNLL ones the stage keeps.

Our mentions follow CoNLL: "Capt. Orne" gives the mention "Orne". HIPE-2020 puts the title inside
the person's span ("Capt. Orne", "President Wilson", "Lieut. Col. Smith", "Mr. and Mrs. Hale"),
and a function written after the name ("R. Rawles, Esq.", "W. Cowper, Chairman");
a town's span runs over the abbreviated US state written after it ("Nashville, Tenn.").
and a place noun before a town's or a state's name ("City of Boston", "State of Ohio").
``title_start``, ``postnominal_end``, ``state_end`` and ``kind_of_start`` give those boundaries when asked.
"""
from __future__ import annotations

import functools
import re

from . import lexicon

_LOOKBACK = 60


@functools.lru_cache(maxsize=None)
def _titles_re() -> re.Pattern:
    alt = "|".join(re.escape(t).replace(r"\ ", r"[\s\xa0]+")
                   for t in sorted(lexicon.titles(), key=len, reverse=True))
    # one or more titles, each with an optional full stop, right before the name; titles may be
    # joined by a hyphen ("Lieut.-Col.", "Major-General")
    return re.compile(rf"(?:(?<![\w.'’])(?:{alt})\.?(?:[-‐](?=\w)|[\s\xa0]*)(?:(?:and|&)[\s\xa0]+(?=\w+\.?[\s\xa0]))?)+$", re.I)


def title_start(text: str, start: int) -> int:
    """Start of the titles written right before the name at ``start`` (``start`` when none)."""
    window = text[max(0, start - _LOOKBACK):start]
    m = _titles_re().search(window)
    if not m or not m.group(0).strip():
        return start
    return start - len(window) + m.start()


_POSTNOMINAL = re.compile(r"^,?[ \t\n]*(?:Esq|Esqs|Esquire|Jr|Sr|Sen)\b\.?", re.I)
_FUNCTION_AFTER = re.compile(r"^,[ \t\n]*(?P<w>[A-Z][a-z]+|[A-Z]{3,})(?=[ \t]*(?:[.,;:]|\n|$))")


@functools.lru_cache(maxsize=None)
def _functions() -> frozenset[str]:
    """Titles that are also functions ("President", "Secretary") and the few functions only written
    after a name in lists of officers (lexicon's titles, [after] in postnominals.txt)."""
    return frozenset(t.casefold() for t in lexicon.titles() if " " not in t and len(t) > 3) | lexicon.postnominals()


_KIND_OF = re.compile(r"(?<![\w'’])(?P<w>[A-Za-z]+)[ \t\n]+o[ft][ \t\n]+$")


def kind_of_start(text: str, start: int) -> int:
    """Start of the capitalised place noun and "of" written before a place's name ("City of
    Boston", "State of Ohio"), which HIPE puts inside the span (mostly not a lowercase
    one: "the county of Alexandria"); ``start`` when none."""
    from .places import place_noun_label

    m = _KIND_OF.search(text, max(0, start - 20), start)
    ok = m and m.group("w")[:1].isupper() and place_noun_label(m.group("w").casefold()) == "GPE"
    return m.start() if ok else start


def postnominal_end(text: str, end: int) -> int:
    """End of an ", Esq." or ", Jr." written right after a name, or of a one-word function
    (", Chairman", ", Secretary"), which HIPE also puts inside the span."""
    m = _POSTNOMINAL.match(text[end:end + 16])
    if m:
        return end + m.end()
    m = _FUNCTION_AFTER.match(text[end:end + 24])
    if m and m.group("w").casefold() in _functions():
        return end + m.end()
    return end


_SEP_AFTER = re.compile(r"(?P<sep>[,.]?)[ \t\xa0]*\n?[ \t\xa0]*")
_ABBREV = re.compile(r"(?:[A-Z][a-z]{0,4}\.?[ \t]?){1,2}")


def state_end(text: str, end: int) -> int:
    """End of the abbreviated US state written after a town's name ending at ``end`` (", Tenn.",
    ", N. M."), else ``end``; after a full stop (OCR's comma) only when punctuation follows it.
    Full state names stay apart: HIPE's annotators mostly tag a county and its state as two."""
    sep = _SEP_AFTER.match(text, end)
    pos = sep.end()
    comma = sep.group("sep") == ","
    if not sep.group("sep"):
        return end
    abbrevs = lexicon.us_state_abbreviations()
    m = _ABBREV.match(text, pos, pos + 12)
    if m:
        cut = m.group(0).rstrip(" \t")
        for c in (cut, cut.split()[0] if " " in cut else ""):
            letters = re.sub(r"[^A-Za-z]", "", c).casefold()
            if not c or letters not in abbrevs:
                continue
            after = text[pos + len(c):pos + len(c) + 1]
            if comma or c.endswith(".") or after in (".", ",", "\n", ""):
                return pos + len(c)
    return end

"""Where a text itself says that two names name one referent, with the reason.

- another name in brackets right after a name, bare or after a cue ("Chŏngjin (Seishin)", "Kim Il
  Sung (also written Kim Il-sung, or Kim Il-sŏng in McCune–Reischauer)", "Lyushkov (Люшков in his
  own alphabet, sometimes written Liushkov or Ljuškov)", "Voroshilov (today Ussuriysk)"); names of
  one kind only (a person's bracket naming a place is something else);
- a birth name: "Born Kim Song-ju near Pyongyang in 1912, Kim Il Sung ...", "X, born Y,";
- a name someone goes by: "he appears as Ким Ир Сен", "known as", "under the name" (the person is
  the last one named before the pronoun).

Not a publication's place and year in brackets after a title ("A Winter on the Yukon (Toronto, 1928)").

``pairs`` works on anything with start, end and label (Mention objects, or the JSON's mentions), so
the reader can show the same reasons the linker used.
"""
from __future__ import annotations

import re

from . import lexicon
from .spans import COARSE

_OPEN = re.compile(r"[ \t\xa0]*\(")
_LOWER_GAP = re.compile(r"[^\w(]*(?:[a-zа-яё.'’\-]+[^\w(]*)*", re.I)
_WORD = re.compile(r"[\w.'’\-]+")
_BORN = re.compile(r"(?:^|(?<=[\s(]))[Bb]orn[ \t\n]+$")
_GOES_BY = re.compile(r"\b(?:he|she|they)[ \t\n]+(?:\w+[ \t\n]+)?(?:appears?|appeared|figures?|figured|is[ \t\n]+known|was[ \t\n]+known"
                      r"|is[ \t\n]+listed|was[ \t\n]+listed|was[ \t\n]+recorded|went)[ \t\n]+(?:as|under[ \t\n]+the[ \t\n]+name)[ \t\n]+$",
                      re.I)
_LANG_COLON = re.compile(r"^[A-Z][a-z]+:$")
# a publication's imprint: "(Toronto, 1928)", "(Vienna: Gerold, 1823)": the place a book came out, no other name
_IMPRINT = re.compile(r"[ \t]*(?::[^()\n]{0,80}?)?,[ \t]*\d{4}\b")


def _kind(label: str) -> str | None:
    k = COARSE.get(label)
    return k if k in ("PERSON", "PLACE") else None


def _get(m, k):
    return m[k] if isinstance(m, dict) else getattr(m, k)


def _cue_only(gap: str) -> bool:
    cues = lexicon.alias_cues()
    for w in _WORD.findall(gap):
        if w.casefold() not in cues and not _LANG_COLON.match(w + ":" if gap.strip().endswith(":") else w):
            return False
    return True


def pairs(text: str, mentions) -> list[tuple[int, int, str]]:
    """(i, j, reason): mentions i and j name one referent, as the text says."""
    ms = sorted(range(len(mentions)), key=lambda i: _get(mentions[i], "start"))
    out = []
    for pos, i in enumerate(ms):
        a = mentions[i]
        ka = _kind(_get(a, "label"))
        if ka is None:
            continue
        a_end = _get(a, "end")
        # 1. another name in brackets after it
        m = _OPEN.match(text, a_end)
        if m:
            close = text.find(")", m.end(), m.end() + 240)
            if close > 0:
                prev_end, first = m.end(), True
                for j in ms[pos + 1:]:
                    b = mentions[j]
                    bs, be = _get(b, "start"), _get(b, "end")
                    if bs >= close:
                        break
                    gap = text[prev_end:bs]
                    if _kind(_get(b, "label")) != ka or text[be:be + 2] in ("'s", "’s"):
                        break
                    if first and not _cue_only(gap) or not first and not _LOWER_GAP.fullmatch(gap):
                        break
                    if ka == "PLACE" and _IMPRINT.match(text, be, close):
                        break
                    out.append((i, j, "named in brackets after it"))
                    prev_end, first = be, False
        if ka != "PERSON":
            continue
        a_start = _get(a, "start")
        # 2. a birth name: "Born B ..., A"
        if _BORN.search(text, max(0, a_start - 8), a_start):
            stop = text.find(".", a_end)
            stop = len(text) if stop < 0 else stop
            comma = text.find(",", a_end, stop)
            if comma > 0:
                for j in ms[pos + 1:]:
                    b = mentions[j]
                    if _get(b, "start") > stop:
                        break
                    if _get(b, "start") > comma and _kind(_get(b, "label")) == "PERSON":
                        out.append((j, i, "birth name"))
                        break
        # 3. a name someone goes by: "he appears as B"
        if _GOES_BY.search(text, max(0, a_start - 60), a_start):
            for k in range(pos - 1, -1, -1):
                b = mentions[ms[k]]
                if a_start - _get(b, "end") > 400:
                    break
                if _kind(_get(b, "label")) == "PERSON":
                    out.append((ms[k], i, "the name the text says the person went by"))
                    break
    return out

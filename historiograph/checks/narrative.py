"""A date at odds with its own narrative: "during the purges of the late 1930s, Stalin executed ...
and so in 1957 Stalin deported ..." - an event dated far outside the period (a decade, a century)
that the passage has just set, with nothing in between that moves the story on ("later",
"after", "by 1950", "decades"...). Events told in passing are not checked: "Born Kim Song-ju near
Pyongyang in 1912, Kim ... served" in a passage on the late 1930s is a flashback, normal in
biography; the events stage marks them (``time["background"]``: births, relative and participial
clauses, pluperfects, brackets)."""
from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..events import lexicon
from ..events.dates import bounds, gap_years, show
from ..model import AnnotatedDocument, Conflict, EvidenceSpan
from .records import Record
from .rules import account, grouped

MIN_GAP_YEARS = 10  # a date this far outside its passage's period is flagged
PERIOD_DAYS = 3 * 365  # a "period" timex spans at least this long (a decade, a century, "the late 1930s")
WINDOW_SENTENCES = 2  # how far back a passage's period is looked for (within one paragraph)


@functools.lru_cache(maxsize=1)
def _shift() -> re.Pattern:
    words = lexicon.cues()["narrative_shift"]
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.I)


@functools.lru_cache(maxsize=1)
def _evidence_config() -> dict:
    return json.loads(resources.files("historiograph").joinpath("data/corpus/evidence_dates.json").read_text())


@functools.lru_cache(maxsize=2048)
def _source_noun(word: str) -> bool:
    """A written source or a piece of evidence (WordNet): chronicle, document, letter, record."""
    from ..events.wordnet import ancestor_names, reader

    wn, cfg = reader(), _evidence_config()
    if wn is None or not word.isalpha():
        return False
    for syn in wn.synsets(word.lower(), "n")[:cfg["senses"]]:
        ancestors = ancestor_names(syn)
        if ancestors & set(cfg["synsets"]) and not ancestors & set(cfg["not_synsets"]):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _before_date() -> re.Pattern:
    written = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _evidence_config()["written"])
    return re.compile(r"(?:\b([A-Za-z]+)\s+(?:of|from)|\b(?:" + written + r")\s+(?:in|to|during|around|about|by))"
                      r"\s+(?:the\s+)?$", re.I)


def dates_a_source(text: str, start: int) -> bool:
    """The date at ``start`` dates a source or the evidence, not the story: "a chronicle of the
    fifteenth century", "no document of the 1280s", "an account written in the 1490s"."""
    m = _before_date().search(text[max(0, start - 60):start])
    if not m:
        return False
    return m.group(1) is None or _source_noun(m.group(1))


def narrative_dates(ad: AnnotatedDocument, records: list[Record]) -> list[Conflict]:
    text = ad.text
    periods = []
    for t in ad.timexes:
        if t.bibliographic or t.type != "DATE":
            continue
        b = bounds(t.value, t.mod)
        if b is not None and b[1] - b[0] >= PERIOD_DAYS and not dates_a_source(text, t.start):
            periods.append((t, b))
    if not periods:
        return []
    sent_starts = sorted(s.start for s in ad.sentences) or [0]
    out = []
    for r in records:
        t = (r.event.time or {})
        if r.stated is None or not t.get("timex") or t.get("background"):
            continue  # a flashback told in passing (a birth, a relative clause) is normal narrative
        t_start = t["timex"]["start"]
        if dates_a_source(text, t_start):
            continue  # "no document of the 1280s supports the charge": a date of the evidence
        s_i = max(0, _index(sent_starts, r.event.sentence["start"]) - WINDOW_SENTENCES)
        window_start = sent_starts[s_i] if sent_starts else 0
        para = text.rfind("\n\n", 0, t_start)
        window_start = max(window_start, para + 2 if para >= 0 else 0)
        for p, pb in periods:
            if not (window_start <= p.start and p.end <= t_start):
                continue
            gap = gap_years(pb, r.stated)
            if gap < MIN_GAP_YEARS:
                continue
            if _shift().search(text[p.end:t_start]):
                continue
            if r.stated[0] > pb[1] and _opens(text, r.event.sentence["start"], t_start):
                continue  # "In 1861 the Sultan appointed him": a later year that opens its sentence sets a new
                # time, as a life summary moves on (a year inside the sentence, "and so in 1957", does not)
            msg = (f"{show(r.time_value())} is at odds with its narrative: the passage is set in "
                   f"{p.text} ({show(p.value)}{', ' + p.mod.lower() if p.mod else ''}), some "
                   f"{int(gap)} years earlier, and nothing in between moves the story on")
            period = EvidenceSpan(ad.document.source, p.start, p.end, text[p.start:p.end])
            out.append(grouped("narrative_date", "narrative", msg, [
                (r.time_value(), show(r.time_value()), [account(r)]),
                (p.value, p.text, [{**account(r, period), "event": None}])], spans=[r.stated, pb]))
            break
    return out


_OPENING = re.compile(r"\s*(?:(?:in|on|by|from|during|early\s+in|late\s+in)\s+)?(?:the\s+(?:year\s+)?)?$", re.I)


def _opens(text: str, sent_start: int, t_start: int) -> bool:
    """The date opens its sentence ("In 1861", "On 3 May 1861", "By 1861")."""
    return _OPENING.match(text, sent_start, t_start) is not None


def _index(starts: list[int], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, offset) - 1)

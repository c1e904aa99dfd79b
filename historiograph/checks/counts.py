"""The figures an event's telling gives, for comparing two tellings of one event (``rules.number_conflicts``).

Besides the counts the event stage attached (``Event.numbers``), two kinds of figure are read here,
from what the document already holds, with no parse:

- the count that opens a group the text describes as a participant ("sixty families left ...",
  "some 300 weavers were arrested"): the event stage keeps it in the description and attaches a
  number only to some roles, so that "sixty families" / "eighty-five families" would compare nothing;
- the length of a sentence a court passed ("sentenced to six months' imprisonment", "a sentence of
  five years"): a duration the time stage read (``DURATION``), right after a sentencing word
  (``sentence_cues`` of data/corpus/one_event.json) and "to", "of" or "for", in the sentence that
  tells a trial (``sentence_types``) or one that retells it; unit "sentence", value in days.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Container

from ..events.lexicon import cues
from ..events.numbers import count_words, duration_days, run_value
from .records import one_event_data


def described_count(text: str) -> tuple[float, str, str | None, int, str] | None:
    """The count that opens a description: (value, the count as written with its qualifier's words
    left out, the qualifier, the count's offset in ``text``, the noun counted) for "some sixty families",
    "about 60 families", "1,200 weavers"; None for a description with no count ("the families")."""
    quals = sorted(cues()["number_qualifiers"], key=len, reverse=True)
    low = text.lower()
    q = next((w for w in quals if low.startswith(w + " ")), None)
    at = len(q) + 1 if q else 0
    words = text[at:].split()
    n = count_words(words)
    if n == 0 or words[n - 1].lower() == "and" or words[n].lower() in ("of", "per"):
        return None  # no count; "forty of the crew" counts a share of a group, not the group
    value = run_value([p for w in words[:n] for p in w.split("-")])
    if value is None or value < 2 or (n == 1 and q is None and re.fullmatch(r"1\d{3}|20\d\d", words[0])):
        return None  # ("1916 rebels": a year, not a count)
    shown = " ".join(words[:n])
    return value, shown, q, at, words[-1].strip(".,;:").lower()


def group_counts(ev, text: str) -> list[dict]:
    """Numbers (as ``Event.numbers``) for the counts that open the event's described participants and
    that the event stage did not attach itself."""
    taken = {n["start"] for n in ev.numbers}
    units = cues()["number_units"]
    out = []
    for p in ev.participants:
        if not p.kind or not p.text or p.start is None or text[p.start:p.end] != p.text:
            continue
        found = described_count(p.text)
        if found is None:
            continue
        value, shown, q, at, noun = found
        start = p.start + at
        if any(start <= s < p.end for s in taken):
            continue
        unit = units.get(noun) or units.get(noun[:-3] + "y" if noun.endswith("ies") else noun.rstrip("s"))
        out.append({"value": value, "text": shown, "start": start, "end": start + len(shown), "of": noun,
                    "unit": unit, "approx": q is not None and q in cues()["approx_words"], "qualifier": q,
                    "attributed_to": None})
        taken.add(start)
    return out


@functools.lru_cache(maxsize=1)
def _sentence_cue() -> re.Pattern:
    words = "|".join(map(re.escape, one_event_data()["sentence_cues"]))
    return re.compile(rf"\b(?:{words})\b(?:\s+\S+){{0,3}}?\s+(?:to|of|for)\s+$", re.I)


@functools.lru_cache(maxsize=1)
def _aside() -> re.Pattern:
    words = "|".join(map(re.escape, one_event_data()["sentence_asides"]))
    return re.compile(rf"\b(?:{words})\b", re.I)


def _passed_here(text: str, start: int, at: int) -> bool:
    """A sentencing word, then "to", "of" or "for", just before ``at`` (a duration), in the clause that
    tells the trial: not in a relative clause or a past perfect beside it ("X, who had been sentenced to
    two years for theft, was tried": a sentence served before)."""
    m = _sentence_cue().search(text, start, at)
    if m is None:
        return False
    clause = re.split(r"[,;:()—–]", text[start:m.start()])[-1]
    return not _aside().search(clause)


def unit_slack(a: dict, b: dict) -> float:
    """Days two sentence lengths told in different units may differ by and still be one ("six months" /
    "26 weeks", "three months" / "thirteen weeks"): ``unit_margin`` of the shorter, or half the smaller
    unit; none in one unit ("two years" / "three years")."""
    pa, pb = a.get("per"), b.get("per")
    if a.get("unit") != "sentence" or not pa or not pb or pa == pb:
        return 0.0
    return max(min(pa, pb) / 2, min(float(a["value"]), float(b["value"])) * float(one_event_data()["unit_margin"]))


@functools.lru_cache(maxsize=1)
def _goes_on() -> re.Pattern:
    return re.compile(one_event_data()["sentence_goes_on"], re.I)


def sentence_lengths(ev, text: str, timexes, sentences=(), told: Container[int] = frozenset()) -> list[dict]:
    """The lengths of sentence a trial's telling gives (see the module's docstring): in its sentence, one
    that retells it, or the next sentence when that tells no event of its own and goes on with the one
    tried ("He was sentenced to six months."; ``told``: the starts of the sentences that tell events)."""
    if ev.type not in one_event_data()["sentence_types"] or not timexes:
        return []
    spans = [ev.sentence] + [x["sentence"] for x in (ev.trigger.get("retold") or []) if x.get("sentence")]
    k = bisect.bisect_left(sentences, ev.sentence["end"], key=lambda x: x.start)  # (in order of start)
    nxt = sentences[k] if k < len(sentences) else None
    if nxt is not None and nxt.start not in told and _goes_on().match(text, nxt.start) and \
            "\n\n" not in text[ev.sentence["end"]:nxt.start]:
        spans.append({"start": nxt.start, "end": nxt.end})
    out = []
    for t in timexes:
        if getattr(t, "type", None) != "DURATION" or not any(s["start"] <= t.start < s["end"] for s in spans):
            continue
        length = duration_days(getattr(t, "value", None))
        sent = next(s for s in spans if s["start"] <= t.start < s["end"])
        if length is None or not _passed_here(text, sent["start"], t.start):
            continue
        days, per = length
        out.append({"value": round(days, 1), "text": text[t.start:t.end], "start": t.start, "end": t.end,
                    "of": None, "unit": "sentence", "approx": False, "qualifier": None, "attributed_to": None,
                    "per": per})
    return out if len(out) == 1 else []  # (two lengths in one telling: two defendants, or two counts)

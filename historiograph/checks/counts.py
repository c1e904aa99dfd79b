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

import functools
import re

from ..events.lexicon import cues
from .records import one_event_data

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def _word_value(word: str) -> float | None:
    w = word.lower()
    if _NUM.match(w):
        return float(w.replace(",", ""))
    return cues()["number_words"].get(w)


def _run_value(words: list[str]) -> float | None:
    """"eighty-five" 85, "two hundred" 200, "1,200" 1200, "three thousand five hundred" 3500; None for
    words that are no one number ("three four")."""
    scales = cues()["multipliers"]
    total = current = 0.0
    last = None
    for w in words:
        for part in w.lower().split("-"):
            if part == "and":
                continue
            v = _word_value(part)
            if v is None:
                return None
            if part in scales:
                if scales[part] < 1000:
                    current = (current or 1) * scales[part]
                else:
                    total, current = total + (current or 1) * scales[part], 0.0
            else:
                if last is not None and last not in scales and not (_word_value(last) >= 20 and v < 10):
                    return None
                current += v
            last = part
    return total + current


def described_count(text: str) -> tuple[float, str, str | None, int, str] | None:
    """The count that opens a description: (value, the count as written with its qualifier's words
    left out, the qualifier, the count's offset in ``text``, the noun counted) for "some sixty families",
    "about 60 families", "1,200 weavers"; None for a description with no count ("the families")."""
    quals = sorted(cues()["number_qualifiers"], key=len, reverse=True)
    low = text.lower()
    q = next((w for w in quals if low.startswith(w + " ")), None)
    at = len(q) + 1 if q else 0
    words = text[at:].split()
    n = 0
    while n < len(words) - 1 and (_word_value(words[n].rstrip(",")) is not None or all(
            _word_value(p) is not None or p == "and" for p in words[n].lower().split("-"))):
        n += 1
    if n == 0 or words[n - 1].lower() == "and" or words[n].lower() in ("of", "per"):
        return None  # no count; "forty of the crew" counts a share of a group, not the group
    value = _run_value(words[:n])
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


_DAYS = {"D": 1.0, "W": 7.0, "M": 30.4375, "Y": 365.25}


def _days(value: str) -> float | None:
    """Days of a TIMEX3 duration ("P6M" 182.6, "P1Y" 365.25); None for one of hours or of no figure."""
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([DWMY])", value or "")
    return float(m.group(1)) * _DAYS[m.group(2)] if m else None


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


_GOES_ON = re.compile(r"\s*(?:he|she|they)\s+(?:was|were)\s", re.I)


def sentence_lengths(ev, text: str, timexes, sentences=(), told: set[int] = frozenset()) -> list[dict]:
    """The lengths of sentence a trial's telling gives (see the module's docstring): in its sentence, one
    that retells it, or the next sentence when that tells no event of its own and goes on with the one
    tried ("He was sentenced to six months."; ``told``: the starts of the sentences that tell events)."""
    if ev.type not in one_event_data()["sentence_types"] or not timexes:
        return []
    spans = [ev.sentence] + [x["sentence"] for x in (ev.trigger.get("retold") or []) if x.get("sentence")]
    nxt = next((x for x in sentences if x.start >= ev.sentence["end"]), None)
    if nxt is not None and nxt.start not in told and _GOES_ON.match(text, nxt.start) and \
            "\n\n" not in text[ev.sentence["end"]:nxt.start]:
        spans.append({"start": nxt.start, "end": nxt.end})
    out = []
    for t in timexes:
        if getattr(t, "type", None) != "DURATION" or not any(s["start"] <= t.start < s["end"] for s in spans):
            continue
        days = _days(getattr(t, "value", None))
        sent = next(s for s in spans if s["start"] <= t.start < s["end"])
        if days is None or not _passed_here(text, sent["start"], t.start):
            continue
        out.append({"value": round(days, 1), "text": text[t.start:t.end], "start": t.start, "end": t.end,
                    "of": None, "unit": "sentence", "approx": False, "qualifier": None, "attributed_to": None,
                    "per": _DAYS[t.value[-1]]})
    return out if len(out) == 1 else []  # (two lengths in one telling: two defendants, or two counts)

"""A person's dates in brackets after the name date that person's undated birth and death.

Encyclopedia leads give life dates once, beside the name ("Hernando Ruiz (c. 1490 – 3 May 1551) was ...");
the prose then tells the birth without a date ("Born in Toledo, Ruiz ..."). The bracket's last two dates
joined by a dash are the birth and the death; the date keeps its own span as evidence. Only a bracket right
after a person's name (or the name and a title) and before the lead's "was"/"is" counts: "(1936–1938)"
after an office is a tenure.

The same bracket also tells the birth and the death themselves when the text tells them nowhere else
(``life_events``), in a lead or in running prose ("the painter Aurel Vasko (1812–1881) lived in ...");
in running prose only after a full name (given and family name). In a lead and in prose alike: no regnal
number, no office or clergy title in the name or before it, no determiner before it, no reign or rule told
beside it ("Louis XIV (1643–1715) was King", "Bishop Henry Blois (1129–1171)", "the president Jan Smit
(1920–1925)", "the reign of X (1620–1655)" give a reign or a tenure; "The Peter Holm (1790–1830) was a
ship" a vessel), over a lifetime's span of years. A bracket in running prose is told in passing, and
trusted less than a lead's.
"""
from __future__ import annotations

import re

from ..model import Event, Participant, Timex
from ..numerals import regnal_number
from . import confidence, wordnet
from .lexicon import cues
from .context import DocIndex

_DASH = re.compile(r"\s*[–—-]\s*")
_AFTER_NAME = re.compile(r"(?:,\s[^,.;()\n]{1,80})?\s?\(")  # "Ruiz (", "Ruiz, 1st Count of X ("
_LEAD_VERB = re.compile(r"\)\s+(?:was|is)\b")  # "... (1490 – 1551) was a ...": a lead, not a tenure


def _bracket_end(text: str, start: int, limit: int = 300) -> int | None:
    depth = 0
    for i in range(start, min(len(text), start + limit)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        elif text[i] == "\n":
            return None
    return None


def _bracket_dates(idx: DocIndex, m, dates: list[Timex]) -> tuple[Timex, Timex, int, int] | None:
    """(birth date, death date, bracket start, bracket end) of "NAME (DATE – DATE)" right after the mention,
    with nothing else in the bracket after the second date."""
    text = idx.text
    head = _AFTER_NAME.match(text, m.end)
    if head is None:
        return None
    open_at = head.end() - 1
    close = _bracket_end(text, open_at)
    if close is None:
        return None
    inside = [t for t in dates if open_at < t.start and t.end <= close]
    if len(inside) < 2:
        return None
    born, died = inside[-2], inside[-1]
    if not _DASH.fullmatch(text[born.end:died.start]) or text[died.end:close].strip():
        return None
    return born, died, open_at, close


def life_dates(idx: DocIndex) -> dict[str, tuple[Timex, Timex]]:
    """entity id -> (birth date, death date) for each person whose name is followed by a life-dates bracket.
    A name that the entity stage read with its title ("Ruiz, 1st Count of Elda") also gives the dates to the
    entity named by the part before the comma; the article's lead (its first such bracket) also to the
    bare surname, by which an encyclopedia article calls its subject ("Born in Toledo, Ruiz ...")."""
    text = idx.text
    dates = sorted((t for t in idx.ad.timexes if t.type == "DATE" and not t.bibliographic), key=lambda t: t.start)
    out: dict[str, tuple[Timex, Timex]] = {}
    for m in idx.person_mentions:
        found = None if m.entity in out else _bracket_dates(idx, m, dates)
        if found is None or not _LEAD_VERB.match(text, found[3]) or not _a_life(idx, m, found[0], found[1], True):
            continue
        born, died, _, _ = found
        lead = not out
        out[m.entity] = (born, died)
        bare = m.text.split(",")[0].strip()
        names = {bare.lower()} | ({bare.split()[-1].lower()} if lead else set())
        for e in idx.entities.values():
            if e.label == "PERSON" and e.name.lower() in names:
                out.setdefault(e.id, (born, died))
    return out


def date_from_life(events: list[Event], idx: DocIndex) -> None:
    """Give an undated birth or death of a person with life dates in brackets the bracket's date."""
    wanted = [e for e in events if e.type in ("birth", "death") and e.time is None]
    if not wanted:
        return
    lives = life_dates(idx)
    for ev in wanted:
        who = [p.entity for p in ev.participants if p.role == "patient" and p.entity in lives]
        if len(who) != 1:
            continue
        t = lives[who[0]][0 if ev.type == "birth" else 1]
        ev.time = {"value": t.value, "mod": t.mod, "inherited": False, "life_dates": True,
                   "timex": {"start": t.start, "end": t.end}}
        ev.confidence = confidence.estimate(confidence.features(ev))


LIFE_YEARS = (20, 110)  # a span of years in running prose read as a life, not a reign or a tenure


def life_events(events: list[Event], idx: DocIndex) -> list[Event]:
    """The birth and the death a life-dates bracket tells, for a person the text tells neither of
    elsewhere (an event of that type with the person as a participant): each dated by its date, the
    date its evidence."""
    dates = sorted((t for t in idx.ad.timexes if t.type == "DATE" and not t.bibliographic), key=lambda t: t.start)
    told = {(e.type, p.entity) for e in events for p in e.participants if p.entity}
    out: list[Event] = []
    seen: set[str] = set()
    for m in idx.person_mentions:
        if m.entity in seen or not idx.in_body(m.start):
            continue
        seen.add(m.entity)  # the first mention only: a later bracket gives a tenure as often as a life
        found = _bracket_dates(idx, m, dates)
        if found is None:
            continue
        born, died, _, close = found
        lead = bool(_LEAD_VERB.match(idx.text, close))
        if not _a_life(idx, m, born, died, lead):
            continue
        sent = next((s for s in idx.sents if s.start_char <= m.start < s.end_char), None)
        if sent is None:
            continue
        for etype, t in (("birth", born), ("death", died)):
            if (etype, m.entity) in told:
                continue
            ev = Event(id="", type=etype,
                       trigger={"start": t.start, "end": t.end, "text": t.text, "source": "lexicon",
                                "nominal": True, "life_dates": True, **({} if lead else {"background": True})},
                       sentence={"start": sent.start_char, "end": sent.end_char},
                       participants=[Participant("patient", m.entity)],
                       time={"value": t.value, "mod": t.mod, "inherited": False, "life_dates": True,
                             "timex": {"start": t.start, "end": t.end}})
            ev.confidence = confidence.estimate(confidence.features(ev))
            out.append(ev)
    return out


def _a_life(idx: DocIndex, m, born: Timex, died: Timex, lead: bool) -> bool:
    """The bracket after the mention gives a life, not a reign, a tenure or a ship's service: a name with no
    regnal number and no title of office or of the clergy in it or right before it, no determiner before it
    ("The Peter Holm (1790–1830) was a ship"), no reign or rule told in its sentence, over a lifetime's span
    of years; in running prose (not a lead) a full name, given and family name."""
    words = m.text.split(",")[0].split()  # (a lead's "Ruiz, 1st Count of Elda": the name before the title)
    if not words or regnal_number(words[-1]) or not lead and ("," in m.text or len(words) < 2):
        return False
    years = [int(v[:4]) for v in (born.value, died.value) if v[:4].isdigit()]
    if (len(years) == 2 or not lead) and not (
            len(years) == 2 and LIFE_YEARS[0] <= years[1] - years[0] <= LIFE_YEARS[1]):
        return False
    c = cues()
    first = _first_token(idx, m)
    before = [t for t in idx.doc[max(0, first - 3):first] if not t.is_punct]
    if before and (before[-1].tag_ == "DT" or _title(before[-1].lower_)) or any(_title(w.lower()) for w in words[:-1]):
        return False  # "The Peter Holm (...) was a ship", "the governor X", "Bishop Henry X", "Pope Leo X"
    if any(t.lower_ in c["life_tenure_preps"] for t in before):
        return False  # "Under X (1620–1655) the church grew"
    sent = next((s for s in idx.sents if s.start_char <= m.start < s.end_char), None)
    return sent is None or not any(t.lemma_.lower() in c["life_tenure_words"] for t in sent)


def _first_token(idx: DocIndex, m) -> int:
    span = idx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.start if span is not None else 0


def _title(word: str) -> bool:
    """An office or a rank of the clergy or the nobility (WordNet, wordnet_anchors.json "office" and
    "authority" kinds): "bishop", "pope", "king", "governor"."""
    return bool(wordnet.noun_kinds(word) & {"office", "authority"})

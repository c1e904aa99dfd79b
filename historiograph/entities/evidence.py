"""What a document states about a person that two people of one name would not share: life dates
and the kind of title the text gives them. Read for the corpus stage, which will not join two
document entities whose evidence disagrees (``corpus.entities``).

- Life dates: a bracket right after the name ("Vasily Blyukher (1890–1938)", "(born 1890)",
  "(b. 1890)", "(died 1938)", "(12 March 1890 – 9 November 1938)"), and the "Born:"/"Died:"
  lines of an infobox, which belong to the person the page's first heading names.
- Roles: the title written right before a mention, by kind (data/entities/role_kinds.txt: male,
  female, military, clergy); "Mrs. Kim" and "Mr. Kim", or "Bishop Kim" and "General Kim", are
  two people. A title counts only when capitalised ("his brother Kim" states no role).
Works on ``Mention`` objects and on the annotated JSON's mention dicts alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import infobox, lexicon
from .titles import title_start

_YEAR = r"(\d{3,4})(?:\s*(?:AD|CE|BC|BCE))?"
_DAY = r"(?:(?:c\.|ca\.|circa)\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?"
_SPAN = re.compile(rf"^[ \t]*\(\s*(?:born\s+|b\.\s*)?{_DAY}{_YEAR}\s*[–—-]+\s*(?:died\s+|d\.\s*)?{_DAY}{_YEAR}\s*[);,]")
_BORN = re.compile(rf"^[ \t]*\(\s*(?:born|b\.)\s*(?:[^();]{{0,40}}?\s)?{_DAY}{_YEAR}\s*[);,]")
_DIED = re.compile(rf"^[ \t]*\(\s*(?:died|d\.)\s*(?:[^();]{{0,40}}?\s)?{_DAY}{_YEAR}\s*[);,]")
_INFOBOX_YEAR = re.compile(r"(?<![\d-])(\d{3,4})(?![\d])")
_PREV_WORD = re.compile(r"([A-Za-z]+)\.?[ \t\n\xa0]+$")
_BIRTH_KEYS = {"born", "birth", "birthdate", "dateofbirth"}
_DEATH_KEYS = {"died", "death", "deathdate", "dateofdeath"}


@dataclass
class Evidence:
    born: set[int] = field(default_factory=set)
    died: set[int] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    said: list[str] = field(default_factory=list)  # the words that state it, for the reader

    def update(self, other: "Evidence") -> None:
        self.born |= other.born
        self.died |= other.died
        self.roles |= other.roles
        self.said += [s for s in other.said if s not in self.said]


def _get(m, k):
    return m[k] if isinstance(m, dict) else getattr(m, k)


def _year(s: str) -> int:
    return int(s)


def life_dates_after(text: str, end: int) -> tuple[int | None, int | None, str]:
    """(born, died, the bracket) written right after a name ending at ``end``."""
    window = text[end:end + 80]
    m = _SPAN.match(window)
    if m:
        b, d = _year(m.group(1)), _year(m.group(2))
        if b < d <= b + 120:
            return b, d, m.group(0).strip(" \t,;")
        return None, None, ""
    m = _BORN.match(window)
    if m:
        return _year(m.group(1)), None, m.group(0).strip(" \t,;")
    m = _DIED.match(window)
    if m:
        return None, _year(m.group(1)), m.group(0).strip(" \t,;")
    return None, None, ""


def roles_before(text: str, start: int) -> tuple[set[str], str]:
    """(kinds, the titles) of the capitalised titles written right before a name at ``start``."""
    prev = _PREV_WORD.search(text, max(0, start - 24), start)
    table, _ = lexicon.role_kinds()
    if not prev or prev.group(1).casefold() not in table:
        return set(), ""  # the cheap test first: most names follow no title
    a = title_start(text, start)
    if a == start:
        return set(), ""
    words = text[a:start].strip()
    kinds: set[str] = set()
    for t in re.split(r"(?<=\.)\s*|\s+(?=[A-Z])", words):
        t = t.strip().rstrip(".")
        if t[:1].isupper():
            kinds |= table.get(re.sub(r"\s+", " ", t).casefold(), frozenset())
    return kinds, words


def _subject(text: str, mentions) -> str | None:
    """The person the page is about: the one a mention in the first heading names."""
    heads = infobox.headings(text)
    if not heads:
        return None
    _, _, a, b = heads[0]
    for m in mentions:
        if _get(m, "label") == "PERSON" and _get(m, "entity") and a <= _get(m, "start") and _get(m, "end") <= b:
            return _get(m, "entity")
    return None


def of_document(text: str, mentions) -> dict[str, Evidence]:
    """{local entity id: Evidence} for the people of one document."""
    out: dict[str, Evidence] = {}
    for m in mentions:
        eid = _get(m, "entity")
        if not eid or _get(m, "label") != "PERSON":
            continue
        ev = out.setdefault(eid, Evidence())
        born, died, said = life_dates_after(text, _get(m, "end"))
        if born:
            ev.born.add(born)
        if died:
            ev.died.add(died)
        if said and said not in ev.said:
            ev.said.append(said)
        kinds, words = roles_before(text, _get(m, "start"))
        if kinds:
            ev.roles |= kinds
            if words not in ev.said:
                ev.said.append(words)
    subject = _subject(text, mentions)
    if subject:
        ev = out.setdefault(subject, Evidence())
        for f in infobox.fields(text):
            key = re.sub(r"[\s_]+", "", text[f.start:f.vstart].lstrip("-*• \t").rstrip(": \t").casefold())
            y = _INFOBOX_YEAR.search(text, f.vstart, f.vend)
            if not y:
                continue
            if key in _BIRTH_KEYS:
                ev.born.add(int(y.group(1)))
            elif key in _DEATH_KEYS:
                ev.died.add(int(y.group(1)))
            else:
                continue
            line = text[f.start:f.end].lstrip("-*• \t")
            if line not in ev.said:
                ev.said.append(line)
    return out


def disagree(a: Evidence, b: Evidence) -> str | None:
    """Why two people's evidence says they are two people, or None."""
    for what, xs, ys in (("born", a.born, b.born), ("died", a.died, b.died)):
        if xs and ys and all(abs(x - y) > 1 for x in xs for y in ys):
            return f"different life dates: {what} {'/'.join(map(str, sorted(xs)))} and {'/'.join(map(str, sorted(ys)))}"
    if a.born and b.died and min(a.born) > max(b.died) or b.born and a.died and min(b.born) > max(a.died):
        return "different life dates: one was born after the other died"
    _, exclusive = lexicon.role_kinds()
    for pair in exclusive:
        x, y = sorted(pair)
        for p, q in ((a.roles, b.roles), (b.roles, a.roles)):
            if x in p and y in q and not (y in p or x in q):
                return f"different roles stated in the text: {x} and {y}"
    return None

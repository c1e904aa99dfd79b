"""Rule-based mentions for what the statistical model misses on this kind of text.

- title lines: "“NORTH KOREA” BY BRUCE CUMINGS", "The Road to X by Jane Roe" (author after "by",
  quoted titles are works, the unquoted title as a whole is not an entity);
- works in quotation marks after a cue ("book, “…”", "wrote in “…”");
- Cyrillic personal names (a patronymic marks them) and their bracketed Latin rendering;
- East Asian names that start with a common family name ("Kim Ch’aek");
- lines of latitude ("38th parallel"), "<Demonym> mainland";
- a title-cased name before "says/writes" (a blog, a newspaper: ORG);
- short citations in the body: "(Coox 1968, p. 4)";
- gazetteer names (states, historical places, large cities) the model left untagged;
- numbered military formations ("19th Division", "Soviet 25th Army") and known organisations,
  state bodies among them ("Northeast Anti-Japanese United Army", "the General Staff");
- a name's other form in brackets after it ("Chŏngjin (Seishin)", "Voroshilov (today Ussuriysk)",
  "Lyushkov (Люшков in his own alphabet)") and a known person's name in Cyrillic ("Ким Ир Сен").
Every regex is compiled once, from data files where it lists words.
"""
from __future__ import annotations

import functools
import re

from . import lexicon, places, toponyms
from .names import is_east_asian_surname
from .spans import title_words
from .spans import MODEL, STRONG, WEAK, Cand, strip_possessive, trim

_CAP = r"[A-Z\u00C0-\u00DE][\w'’\-]*\.?"
_BY_AUTHOR = re.compile(
    rf"(?:^|[\s\xa0”\"])(?:by|BY|By)[\s\xa0]+(?P<name>{_CAP}(?:[\s\xa0]+{_CAP}){{1,3}})"
    r"(?=[\s\xa0]*(?:$|,|\(|\||–|-|p\.|pp\.|\d))", re.M)
_QUOTED = re.compile(r"[“\"](?P<t>[^”\"\n]{2,120}?)[,.]?[”\"]")
_PARALLEL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)[\s\xa0]+[Pp]arallel\b")
_REPORTING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<n>[A-Z][\w'’]+(?:[\s\xa0]+(?:and|of|the|for|&)?[\s\xa0]*[A-Z][\w'’]+){1,5})"
    r"[\s\xa0]+(?:says|writes|reports|argues|notes|claims|observes|explains)\b")
_PAREN_CITE = re.compile(
    rf"\((?P<a>{_CAP})(?:[\s\xa0]+(?:and|&)[\s\xa0]+(?P<b>{_CAP}))?(?:[\s\xa0]+et[\s\xa0]+al\.?)?,?[\s\xa0]+"
    r"\d{4}[a-z]?(?:[,:;][^)\n]{0,40})?\)")
_CYR_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+|[А-ЯЁІЇЄҐ]{2,}"
_CYR_PATRONYMIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ]*(?:ович|евич|овна|евна|ична|ОВИЧ|ЕВИЧ|ОВНА|ЕВНА|ИЧНА)"
_CYR_NAME = re.compile(
    rf"\b(?:(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_PATRONYMIC})"
    rf"|(?:{_CYR_WORD})[\s\xa0]+(?:{_CYR_PATRONYMIC})[\s\xa0]+(?:{_CYR_WORD})"
    rf"|[А-ЯЁ]\.[\s\xa0]?(?:[А-ЯЁ]\.[\s\xa0]?)?(?:{_CYR_WORD}))(?![\w])")
_BRACKET_NAME = re.compile(rf"[\s\xa0]*\[(?P<n>{_CAP}(?:,)?(?:[\s\xa0]+{_CAP}){{1,3}})\]")
_SYL = r"[A-Z][a-zŏŭăŎŬ]*(?:['’][a-zŏŭ]+)?(?:-[a-zŏŭA-Z'’]+)?"
_NOT_GIVEN = {"River", "Rivers", "Dynasty", "Province", "Mountain", "Mountains", "Sea", "Lake", "Street",
              "Road", "Island", "Islands", "Bay", "Army", "Party", "Republic", "University", "Institute",
              "Temple", "Palace", "Gate", "Square", "Bridge", "Valley", "Strait", "Peninsula", "Empire",
              "Kingdom", "Hall", "House", "City", "County", "District", "Station", "Airport", "Harbor",
              "Harbour", "Port", "Line", "Group", "Company", "Corporation", "Foundation", "Prize", "Award",
              "Museum", "Library", "Press", "Times", "Post", "News", "Daily", "Review", "Journal", "The",
              "And", "Of", "In", "On", "At", "To", "For", "By", "A", "An", "Is", "Was", "I", "II", "III"}


@functools.lru_cache(maxsize=None)
def _cue_re() -> re.Pattern:
    cues = "|".join(re.escape(c).replace(r"\ ", r"[\s\xa0]+") for c in lexicon.title_cues())
    return re.compile(rf"\b(?:{cues})[,:]?[\s\xa0]+[“\"‘](?P<t>[A-Z0-9][^”\"’\n]{{1,120}}?)[,.]?[”\"’]", re.I)


@functools.lru_cache(maxsize=None)
def _ea_name_re() -> re.Pattern:
    names = sorted(lexicon.east_asian_surnames(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w'’])(?P<n>(?:{alt})(?:[\s\xa0]+{_SYL}){{1,2}})(?![\w'’-])")


@functools.lru_cache(maxsize=None)
def _mainland_re() -> re.Pattern:
    alt = "|".join(re.escape(d) for d in sorted(lexicon.demonyms(), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})[\s\xa0]+mainland\b")


_CAP_SEQ = re.compile(r"[A-Z\u00C0-\u00DE][\w'’\-]*(?:[\s\xa0]+(?:of[\s\xa0]+)?[A-Z\u00C0-\u00DE][\w'’\-]*){0,4}")


def _cand(text: str, a: int, b: int, label: str, prio: int, source: str) -> Cand | None:
    a, b = trim(text, a, b, label)
    if b <= a:
        return None
    return Cand(a, b, label, prio, source)


def title_lines(text: str, max_lines: int = 6) -> list[tuple[int, int]]:
    """The short lines that open a document (title, byline, 'extract from' line)."""
    out = []
    pos = 0
    seen = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        if not line.strip():
            continue
        seen += 1
        if seen > max_lines or start > 1500:
            break
        words = line.split()
        if len(words) <= 20 and not line.rstrip().endswith((".", "?", "!")) or len(words) <= 12:
            out.append((start, end))
    return out


def title_line_candidates(text: str, lines) -> tuple[list[Cand], list[tuple[int, int]]]:
    """Authors after "by", quoted titles as works; returns the unquoted title spans too, where a
    model entity covering the whole title is dropped."""
    cands: list[Cand] = []
    whole_titles: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end]
        m = _BY_AUTHOR.search(line)
        if not m:
            continue
        c = _cand(text, start + m.start("name"), start + m.end("name"), "PERSON", STRONG, "title")
        if c:
            cands.append(c)
        quoted = False
        for q in _QUOTED.finditer(line, 0, m.start("name")):
            quoted = True
            c = _cand(text, start + q.start("t"), start + q.end("t"), "WORK", STRONG, "title")
            if c:
                cands.append(c)
        if not quoted:
            by = line.rfind(" by ", 0, m.start("name") + 1)
            if by < 0:
                by = line.lower().rfind(" by ", 0, m.start("name") + 1)
            if by > 0:
                whole_titles.append((start, start + by))
    return cands, whole_titles


def quoted_works(text: str) -> list[Cand]:
    out = []
    for m in _cue_re().finditer(text):
        c = _cand(text, m.start("t"), m.end("t"), "WORK", STRONG, "quoted")
        if c:
            out.append(c)
    return out


def cyrillic_names(text: str) -> list[Cand]:
    """Russian names with a patronymic, or an initial and a surname; the Latin rendering that a
    reference puts after them in brackets is the same person."""
    out = []
    for m in _CYR_NAME.finditer(text):
        out.append(Cand(m.start(), m.end(), "PERSON", STRONG, "cyrillic"))
        br = _BRACKET_NAME.match(text, m.end())
        if br:
            c = _cand(text, br.start("n"), br.end("n"), "PERSON", STRONG, "cyrillic")
            if c:
                out.append(c)
    return out


def _end_of_words(text: str, start: int, n: int) -> int:
    """End of the ``n``-th word from ``start``, whatever spaces, tabs or no-break spaces part them."""
    end = start
    for _, m in zip(range(n), re.finditer(r"[^\s\xa0]+", text[start:])):
        end = start + m.end()
    return end


def east_asian_names(text: str) -> list[Cand]:
    out = []
    for m in _ea_name_re().finditer(text):
        toks = m.group("n").split()
        # a stop word ends the name: "Han River" is not a person
        keep = [toks[0]]
        for t in toks[1:]:
            if strip_possessive(t) in _NOT_GIVEN or t in _NOT_GIVEN:
                break
            keep.append(t)
        if len(keep) < 2 or not is_east_asian_surname(keep[0]):
            continue
        end = _end_of_words(text, m.start("n"), len(keep))
        c = _cand(text, m.start("n"), end, "PERSON", WEAK, "east-asian")
        if c:
            out.append(c)
    return out


# "<Name>-<head>": the head read by entities.toponyms (street words, and OCR'd ones: "-atreet")
_HYPHEN_STREET = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?-(?P<head>[a-z]{3,9})\b")


_PLACE_NAME = r"(?P<p>[A-Z][\w'’]+(?:(?:[ \t]|-(?:in|on|under|upon|le|en)?-?)[A-Z][\w'’]+){0,2})"
_OF_PLACE = re.compile(rf",[ \t]+of[ \t]+{_PLACE_NAME}(?=[,.;:]|[ \t]+(?:in|and|near)\b)")
_TRADE_PLACE = re.compile(rf",[ \t]+[a-z]+(?:[ \t]+(?:and[ \t]+)?[a-z]+){{0,3}},[ \t]+{_PLACE_NAME}(?=[,.;])")


def residences(text: str, mentions: list[Cand]) -> list[Cand]:
    """Where a named person lives, as lists and reports of the 19th century give it: "Mr. Jesty, of
    Bere Regis", "Robert Twyford, of Manchester" and, in lists of bankrupts and notices, the place
    after the trade: "Proudfoot Patrick, merchant, Manchester," ("Gregory William, coach builder,
    Buxton,"). The name after the person is a place, whatever the model said."""
    out = []
    for c in mentions:
        if c.label != "PERSON":
            continue
        m = _OF_PLACE.match(text, c.end) or _TRADE_PLACE.match(text, c.end)
        if m and m.end("p") - c.end < 80:
            out.append(Cand(m.start("p"), m.end("p"), "GPE", STRONG, "residence"))
    return out


# a shire: "Lancashire", "AYRSHIRE", as a name of its own (not "Worcestershire Guardian")
_SHIRE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+shire|[A-Z]+SHIRE)\b(?![ \t]+[A-Z])")


_AFTER_STREET = re.compile(rf",[ \t]+{_PLACE_NAME}(?=[,.;:]|[ \t]+\()")


def address_places(text: str, mentions: list[Cand]) -> list[Cand]:
    """A postal address: the name after a street and a comma is its town ("at 12, Orchard-lane,
    Hexley,"), or a street it meets (FAC) when its head says so; whatever the model said."""
    out = []
    for c in mentions:
        if c.label not in ("FAC", "GPE", "LOC") or toponyms.toponym_kind(text[c.start:c.end], c.label) != "street":
            continue
        m = _AFTER_STREET.match(text, c.end)
        if not m or len(m.group("p")) <= 3:  # "St." of the next street, not a town
            continue
        kind = toponyms.toponym_kind(m.group("p"), "GPE")
        out.append(Cand(m.start("p"), m.end("p"), "GPE" if kind == "loc" else "FAC", STRONG, "address"))
    return out


def misc_places(text: str) -> list[Cand]:
    """Lines of latitude, "<Demonym> mainland", streets written with a hyphen, as British
    papers of the 19th century wrote them ("Jermyn-street", "Rusholme-road"), and shires."""
    out = []
    for m in _SHIRE.finditer(text):
        out.append(Cand(m.start(), m.end(), "GPE", STRONG, "shire"))
    for m in _HYPHEN_STREET.finditer(text):
        if not toponyms.is_street_head(m.group("head")):
            continue
        out.append(Cand(m.start(), m.end(), "FAC", STRONG, "street"))
    for m in _PARALLEL.finditer(text):
        out.append(Cand(m.start(), m.end(), "LOC", STRONG, "parallel"))
    for m in _mainland_re().finditer(text):
        out.append(Cand(m.start(), m.end(), "LOC", STRONG, "mainland"))
    return out


_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|June|July"
          r"|August|September|October|November|December")
_DAY = r"\d{1,2}(?:st|nd|rd|th|d)?\.?"
_HEADING_DATE = rf"(?:{_DAY}[ \t]+(?:of[ \t]+)?(?:{_MONTH}),?[ \t]+\d{{4}}|(?:{_MONTH})[ \t]+{_DAY},?[ \t]+\d{{4}})"
_HEADING_WORD = r"[A-Z\u00C0-\u00DE][\w'’\-]*"
_DATED_HEADING = re.compile(
    rf"^[ \t]*(?P<n>{_HEADING_WORD}(?:[ \t]+(?:(?:of|on|upon|de|la|le|el|du|am|an)[ \t]+)?{_HEADING_WORD}){{0,3}})"
    rf"(?:,[ \t]*(?P<r>{_HEADING_WORD}\.?(?:[ \t]+{_HEADING_WORD}\.?)?))?"
    rf"[,.][ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?{_HEADING_DATE}\.?[ \t]*$", re.M)


def dated_heading_places(text: str) -> list[Cand]:
    """The heading of a letter or a diary entry, a line of its own: a place and a date ("Tabora,
    3 May 1891", "Camp Hollis, Va., June 3d, 1863"). The name is where it was written, not a person;
    a title or a weekday/month first is no place ("Dr. Hale, 3 May 1907", "Monday, 4 May 1907")."""
    from ..sources.lexicon import given_names

    out = []
    given = given_names()
    headings = list(_DATED_HEADING.finditer(text))
    letters = len(headings) > 1 or bool(_GREETING.search(text))
    for m in headings:
        first = m.group("n").split()[0]
        if (first.casefold() in title_words() or first.casefold() in _CALENDAR or first in given
                or first in lexicon.not_names() or first.casefold() in lexicon.function_words()):
            continue
        if not _heading_place(text, m.group("n"), letters):
            continue
        for g in ("n", "r"):
            if m.group(g) and (g == "n" or places.is_known_place(m.group(g).rstrip("."))
                               or m.group(g).rstrip(".").casefold() in lexicon.us_state_abbreviations()):
                c = _cand(text, m.start(g), m.end(g), "GPE", STRONG, "dated-heading")
                if c:
                    out.append(c)
    return out


_CAPS_DATELINE = re.compile(
    r"^[ \t]*(?P<n>[A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,2})[ \t]*"
    r"(?=[.,;][ \t]*(?:[—–-]|[A-Za-z0-9(])|[—–-][ \t]*[A-Z]|:[ \t]*(?:[—–-]|\d|(?P<w>[A-Za-z]+)\b))", re.M)


def caps_datelines(text: str) -> list[Cand]:
    """A newspaper's dateline, a place in capitals that opens a line before a stop, a colon or a
    dash, with the report's text or date on the same line ("BRIDGWATER. We are requested...",
    "LONDON.—", "WEYMOUTH:—WEDNESDAY, June 9"; after a colon only a dash, a date or a weekday: "YORK:
    Speak on" is a speaker, and "READING." alone on its line a heading): the place the report
    comes from, where the gazetteer knows the name (any size) and WordNet does not know it as a
    common word, a time or a person ("NOTICE.", "SALE.", "MONDAY." are none)."""
    from .filters import common_word

    out = []
    for m in _CAPS_DATELINE.finditer(text):
        if m.group("w") and m.group("w").casefold() not in _CALENDAR:
            continue
        name = m.group("n").title()
        words = name.split()
        if (any(common_word(w) or places.wordnet_time(w) or w.casefold() in title_words() for w in words)
                or not places.is_known_place(name) or "PERSON" in places.wordnet_kinds(name)):
            continue
        rec = places.lookup(name)
        c = _cand(text, m.start("n"), m.end("n"), rec["label"] if rec["label"] in ("GPE", "LOC") else "GPE",
                  STRONG, "caps-dateline")
        if c:
            out.append(c)
    return out


_GREETING = re.compile(r"^[ \t]*(?:(?:My|my)[ \t]+)?(?:Dear|dear|Dearest|Sir|Madam|Gentlemen)\b[^\n]{0,40}[,:!][ \t]*$",
                       re.M)


def _heading_place(text: str, name: str, letters: bool) -> bool:
    """Whether a dated heading's name can be a place: no time or feast ("Christmas Day", "Easter
    Sunday"), no body ("Associated Press"), no one the document names as a person ("Mr. Hale");
    a single word nobody knows as a place only in a run of letters or entries (a second heading,
    a greeting line)."""
    words = name.split()
    last = words[-1]
    if any(places.wordnet_time(w) for w in words) or _holiday(name) or last in ("Day", "Sunday"):
        return False
    if last.casefold() in lexicon.org_head_words() or (len(words) > 1 and places.names_a_body(last.casefold())):
        return False
    if len(words) > 1 and _abstract_head(last.casefold()) and not places.is_known_place(name):
        return False  # "Associated Press": a head no place is named by
    if _named_as_person(text, name):
        return False
    if len(words) == 1 and not (letters or places.is_known_place(name) or places.wordnet_place(name)):
        return False
    return True


def _abstract_head(word: str) -> bool:
    """Whether the word's first WordNet sense is an abstraction ("press": urgency), no thing or place."""
    from ..events.wordnet import first_sense_ancestry

    return "abstraction.n.06" in first_sense_ancestry(word)


@functools.lru_cache(maxsize=1024)
def _holiday(name: str) -> bool:
    """Whether WordNet knows the name as a holiday or a feast ("Boxing Day", "Good Friday")."""
    from ..events.wordnet import any_sense_within

    return any_sense_within(name.replace(" ", "_").casefold(), "n",
                            ("holiday.n.01", "holiday.n.02", "feast_day.n.01", "calendar_day.n.01"))


def _named_as_person(text: str, name: str) -> bool:
    """Whether the text writes the name after a title or a given name ("Mr. Hale", "John Hale")."""
    from ..sources.lexicon import given_names

    given, titles = given_names(), title_words()
    for m in re.finditer(rf"\b([A-Z][\w'’]*)\.?[ \t]+{re.escape(name)}\b", text):
        if m.group(1).casefold() in titles or m.group(1) in given:
            return True
    return False


def reporting_subjects(text: str) -> list[Cand]:
    """A title-cased name of several words opening a sentence before "says": an outlet (ORG)."""
    out = []
    for m in _REPORTING.finditer(text):
        name = m.group("n")
        if len(name.split()) < 3:  # "John Smith says": a person, left to the model
            continue
        c = _cand(text, m.start("n"), m.end("n"), "ORG", WEAK, "reporting")
        if c:
            out.append(c)
    return out


def paren_citations(text: str) -> list[Cand]:
    out = []
    for m in _PAREN_CITE.finditer(text):
        for g in ("a", "b"):
            if (m.group(g) and not places.is_known_place(m.group(g))
                    and m.group(g).rstrip(".") not in lexicon.not_names()):
                c = _cand(text, m.start(g), m.end(g), "PERSON", WEAK, "short-citation")
                if c:
                    out.append(c)
    return out


def gazetteer_names(text: str) -> list[Cand]:
    """Sequences of capitalised words that the gazetteer knows: states, historical places,
    countries, and cities of MATCH_MIN_POPULATION or more. A capitalised neighbour means a
    longer name ("Charlotte Brontë"), which is left alone."""
    out = []
    for m in _CAP_SEQ.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        n = len(words)
        i = 0
        while i < n:
            found = None
            for j in range(min(n, i + 4), i, -1):
                a = m.start() + words[i].start()
                b = m.start() + words[j - 1].end()
                span = strip_possessive(text[a:b])
                if places.is_known_place(span, places.MATCH_MIN_POPULATION):
                    found = (a, a + len(span), j)
                    break
            if found:
                a, b, j = found
                whole = (i == 0 and j == n)
                # in capitals every word looks like a name: a known place inside the run stands alone
                if whole or _all_caps(m.group(0)):
                    rec = places.lookup(text[a:b])
                    c = _cand(text, a, b, rec["label"] if rec["label"] in ("GPE", "LOC") else "GPE", WEAK, "gazetteer")
                    if c:
                        out.append(c)
                i = j
            else:
                i += 1
    return out


_BROKEN_NAME = re.compile(r"(?<![\w¬\-])(?:(?P<first>[A-Z][a-z]+)[ \t]+)?(?P<head>[A-Z][a-z]*)[¬\-\u00ad][ \t]*\n[ \t]*"
                          r"(?P<tail>[a-z]+)(?![\w¬\-])")


# a broken word that joins into a town's name is far less often a common word than a bare
# capitalised one: a smaller town will do, where WordNet knows the name neither as a person's nor
# as a common word
BROKEN_MIN_POPULATION = 15_000


def _broken_place(name: str) -> bool:
    return (places.is_known_place(name, places.MATCH_MIN_POPULATION)
            or (places.is_known_place(name, BROKEN_MIN_POPULATION) and "PERSON" not in places.wordnet_kinds(name)
                and not _common_sense(name.split()[-1])))  # "Inde¬\npendence": a word before a town


@functools.lru_cache(maxsize=4096)
def _common_sense(word: str) -> bool:
    """WordNet knows the word in lower case too ("independence", "bath"), whatever else it is."""
    from ..events.wordnet import lemma_names

    return word.casefold() in lemma_names(word.casefold())


def broken_places(text: str) -> list[Cand]:
    """A place name broken at a line end ("Mich¬\nigan", "New Or-\nleans"), which the model
    reads as two words: the joined word (with the capitalised word before it, if that makes a
    longer name) is a place the gazetteer knows, as for ``gazetteer_names`` (a smaller town will
    do: ``BROKEN_MIN_POPULATION``)."""
    out = []
    for m in _BROKEN_NAME.finditer(text):
        for a in ([m.start("first")] if m.group("first") else []) + [m.start("head")]:
            joined = text[a:m.start("head")] + m.group("head") + m.group("tail")
            if _broken_place(joined):
                rec = places.lookup(joined)
                c = _cand(text, a, m.end(), rec["label"] if rec["label"] in ("GPE", "LOC") else "GPE", WEAK, "gazetteer")
                if c:
                    out.append(c)
                break
    return out


def broken_known_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """A name the document tags, broken at a line end elsewhere ("Gari¬\nbaldi" after
    "Garibaldi"): the same name, which the model missed in its two halves."""
    from ..wrapping import unbroken

    names = {}
    for c in mentions:
        if c.label in ("PERSON", "GPE", "LOC", "ORG"):
            names.setdefault(unbroken(text[c.start:c.end]), c.label)
    out = []
    if not names:
        return out
    for m in _BROKEN_NAME.finditer(text):
        for a in ([m.start("first")] if m.group("first") else []) + [m.start("head")]:
            joined = text[a:m.start("head")] + m.group("head") + m.group("tail")
            if joined in names:
                out.append(Cand(a, m.end(), names[joined], WEAK, "propagated"))
                break
    return out


def _all_caps(s: str) -> bool:
    return s.isupper() and sum(c.isalpha() for c in s) >= 3


def propagate(text: str, mentions: list[Cand], zone_at) -> list[Cand]:
    """One sense per document: a name the document already tags (a person, place or organisation)
    is tagged where the model missed it; also the surname of a full name (in any zone: "Cumings"
    after the reference "Bruce Cumings"; the family name of "Cumings, Bruce"), the first name of a
    two-word name whose order is not known ("Takeoka" after "Takeoka Yutaka") where a lowercase
    word other than a preposition follows it ("Takeoka urged"), and the head of an
    organisation "X of Y" after "the" ("the League" after "League of Nations"). Initials before a
    surname are taken in ("G. S. Lyushkov"). A capitalised neighbour means a longer, different name,
    left alone (a sentence's first word, a title or a stop word is no neighbour: "For Blyukher").
    A name the document gives in ordinary case is also found in capitals ("Chiang Kai-shek" in the
    headline "CHIANG KAI-SHEK ARRIVES"), where it outranks the model, which reads capitals poorly."""
    names: dict[str, str] = {}
    heads: dict[str, str] = {}
    firsts: set[str] = set()
    first_only: set[str] = set()
    for c in mentions:
        if c.label not in ("PERSON", "GPE", "LOC", "ORG"):
            continue
        s = text[c.start:c.end]
        toks = s.split()
        if c.label == "ORG" and len(toks) >= 3 and toks[1] == "of" and toks[0].isalpha() and len(toks[0]) >= 5:
            heads.setdefault(toks[0], "ORG")
        if c.label == "ORG" and len(toks) == 1 and not (s.isupper() and len(s) >= 3):
            continue
        if len(s) >= 3 and s[0].isupper():
            names.setdefault(s, c.label)
        if c.label != "PERSON" or len(toks) < 2 or zone_at(c.start) == "debris":
            continue
        if "," in s:
            family = s.partition(",")[0].split()
            surnames = family[-1:] if len(family) == 1 else []
        elif is_east_asian_surname(toks[0]):
            surnames = []
        else:
            surnames = [toks[-1]]
            first = toks[0]
            if (len(toks) == 2 and len(first) >= 4 and first.isalpha() and first[1:].islower()
                    and first.casefold() not in title_words() and first not in lexicon.not_names()
                    and not places.is_known_place(first)):
                firsts.add(first)
        for last in surnames:
            if (len(last) >= 4 and last[0].isupper() and last.isalpha() and last not in lexicon.not_names()
                    and last.casefold() not in title_words() and not places.is_known_place(last, MATCH_POPULATION)):
                names.setdefault(last, "PERSON")
    for first in firsts:
        if first not in names:
            names[first] = "PERSON"
            first_only.add(first)
    if not names:
        return []
    caps = {}
    for n, label in names.items():
        if n not in first_only and not n.isupper() and "\n" not in n and sum(ch.isalpha() for ch in n) >= 4:
            caps.setdefault(n.upper(), label)
    heads = {h: lab for h, lab in heads.items() if h not in names}
    out = []
    for at, end in whole_word_occurrences(text, set(names) | set(caps) | set(heads)):
        found = text[at:end]
        if found in heads:
            if text[max(0, at - 4):at] == "the " and not re.match(r" of\b| [A-Z]", text[end:end + 4]):
                out.append(Cand(at, end, heads[found], WEAK, "propagated-head"))
            continue
        if found not in names:  # the capitals of a name given in ordinary case
            out.append(Cand(at, end, caps[found], STRONG, "propagated-caps"))
            continue
        before = text[max(0, at - 2):at]
        nxt = _NEXT_WORD.match(text, end)
        if nxt and not (found.isupper() and nxt.group(1).casefold() in title_words()):
            continue
        prev = _PREV_WORD.search(text, max(0, at - 20), at)
        if prev and prev.group(1).casefold() not in lexicon.function_words() and prev.group(1).casefold() not in title_words():
            continue
        if found in first_only and not _VERB_AFTER.match(text, end):
            continue  # "Takeoka urged", "Takeoka and his colleagues"; not "Registrar of the day"
        if before.endswith(("-",)):
            continue
        start = at
        if names[found] == "PERSON":
            start = _initials_before(text, start)
        out.append(Cand(start, end, names[found], WEAK, "propagated"))
    return out


_WORD_BEFORE = re.compile(r"[\w'’\-]")  # a character a name may not follow ("O’Brien", "anti-Soviet")
_WORD_AFTER = re.compile(r"[\w\-]")  # a character a name may not run on into


def whole_word_occurrences(text: str, words: set[str]) -> list[tuple[int, int]]:
    """The (start, end) of each occurrence of one of ``words`` standing as a whole word, left to right
    and not overlapping, the longest word first where several start at one place: what
    ``re.finditer(r"(?<![\w'’\-])(?:w1|w2|...)(?![\w\-])", text)`` finds with the words longest
    first, without compiling that alternation for every document (a document's names made a new
    pattern each time: 3 ms a document, most of ``propagate``)."""
    first: dict[int, int] = {}  # start -> end of the first (longest) word that stands whole there
    for word in sorted(words, key=len, reverse=True):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if at not in first and not (at and _WORD_BEFORE.match(text, at - 1)) \
                    and not _WORD_AFTER.match(text, end):
                first[at] = end
            at = text.find(word, at + 1)
    out = []
    reached = 0
    for at in sorted(first):
        if at >= reached:
            out.append((at, first[at]))
            reached = first[at]
    return out


MATCH_POPULATION = 1_000_000
_NEXT_WORD = re.compile(r" ([A-Z][\w'’]*)")
_PREV_WORD = re.compile(r"(?:^|(?<=[^\w'’]))([A-Z][a-z]*) $")


_VERB_AFTER = re.compile(r"(?:['’]s\b|[ \t]+(?!(?:of|in|at|to|for|from|on|by|with|de|du|von|van)\b)[a-z]{2,})")


@functools.lru_cache(maxsize=None)
def _initials_re() -> re.Pattern:
    abbr = "|".join(re.escape(a) for a in sorted(lexicon.given_abbreviations(), key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w.'’])(?:[A-Z]|{abbr})\.[ \t]*)+$")


def _initials_before(text: str, start: int) -> int:
    """Initials before a surname belong to the name: "G. S. Lyushkov"."""
    m = _initials_re().search(text, max(0, start - 30), start)
    return m.start() if m else start


@functools.lru_cache(maxsize=None)
def _unit_re() -> re.Pattern:
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\xa0]+") for h in lexicon.unit_heads())
    dem = "|".join(re.escape(d) for d in sorted(lexicon.demonyms(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:(?:{dem})[\s\xa0]+)?\d{{1,3}}(?:st|nd|rd|th|d)[\s\xa0]+"
        rf"(?:[A-Z][\w'’-]*[\s\xa0]+){{0,3}}?(?:{heads})(?![\w-])")


@functools.lru_cache(maxsize=None)
def _named_unit_re() -> re.Pattern:
    heads = "|".join(re.escape(h).replace(r"\ ", r"[\s\xa0]+") for h in lexicon.unit_heads())
    return re.compile(rf"\bthe[\s\xa0]+(?P<n>(?:[A-Z][\w'’-]*[\s\xa0]+){{1,3}}(?:{heads}))(?![\w-])")


def military_units(text: str) -> list[Cand]:
    """ "19th Division", "6th Guards Tank Army", "Soviet 25th Army": an ordinal, up to three
    capitalised words and a formation's head word (a demonym before them is part of the name);
    weaker, "the Korea Army": capitalised words and a head word after "the"."""
    out = [Cand(m.start(), m.end(), "ORG", STRONG, "unit") for m in _unit_re().finditer(text)]
    out += [Cand(m.start("n"), m.end("n"), "ORG", WEAK, "unit") for m in _named_unit_re().finditer(text)]
    return out


@functools.lru_cache(maxsize=None)
def _org_names_re() -> re.Pattern:
    names = set(lexicon.org_names())
    for o in lexicon.states()["organisations"]:
        for n in [o["name"], *o.get("aliases", [])]:
            if len(n) >= 4 and not n.isupper() and " " in n or n.isupper() and len(n) >= 4:
                names.add(n)
    alt = "|".join(re.escape(n).replace(r"\ ", r"[\s\xa0]+") for n in sorted(names, key=len, reverse=True))
    dem = "|".join(re.escape(d) for d in sorted(lexicon.demonyms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:(?:{dem})[\s\xa0]+)?(?:{alt})(?![\w'’-])")


def known_orgs(text: str) -> list[Cand]:
    """Organisations the data files name (state bodies that every state has, and the alias table's
    organisations), with a demonym before them: "Japanese General Staff"."""
    return [Cand(m.start(), m.end(), "ORG", WEAK, "org-name") for m in _org_names_re().finditer(text)]


_ALT_NAME = re.compile(
    r"[\s\xa0]*\((?P<cue>(?:today|now|modern|formerly|later|also|or|the|in[\s\xa0]+modern[\s\xa0]+\w+)[\s\xa0,:]+)?"
    r"(?P<n>[A-Z\u00C0-\u00DE\u0410-\u042F\u0401][\w'’\-]*(?:[\s\xa0]+[A-Z\u00C0-\u00DE\u0410-\u042F][\w'’\-]*){0,2})"
    r"(?=\)|[\s\xa0]+(?:in|to|on)[\s\xa0])")


def alternate_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """The other form of a place's or a person's name in brackets right after it: "Chŏngjin
    (Seishin)", "Voroshilov (today Ussuriysk)", "Khalkhin Gol (the Halha to many Japanese maps)",
    "Lyushkov (Люшков in his own alphabet)", "Blyukher (Blücher in older books)", "Ioannis
    Kapodistrias (Ιωάννης Καποδίστριας)": the same kind of name, over the model's label (in a script
    without case, where its romanisation reads as the name). A person's other form begins with the same letter (a spelling,
    not a source in brackets: "Stalin (Pravda)")."""
    from .names import fold

    out = []
    for c in mentions:
        if c.label not in ("PERSON", "GPE", "LOC", "FAC"):
            continue
        m = _ALT_NAME.match(text, c.end)
        if not m:
            other = _OTHER_SCRIPT_NAME.match(text, c.end)
            if other and _same_name_across_scripts(text[c.start:c.end], other.group("n")):
                out.append(Cand(other.start("n"), other.end("n"), c.label, STRONG, "alternate"))
            continue
        name = m.group("n")
        if name.rstrip(".") in lexicon.not_names() or name.split()[0].casefold() in _ALT_STOP:
            continue
        if c.label == "PERSON" and fold(name)[:1] != fold(text[c.start:c.end].split()[-1])[:1]:
            continue
        out.append(Cand(m.start("n"), m.end("n"), c.label, STRONG, "alternate"))
    return out


_LATIN = "A-Za-z\u00C0-\u024F"
_OTHER_SCRIPT_NAME = re.compile(
    rf"[ \t\xa0]*\((?P<n>[^\W\d_{_LATIN}]+(?:[ \xa0\u00B7\u30FB-][^\W\d_{_LATIN}]+){{0,3}})(?=[)；;,、，])")


def _same_name_across_scripts(latin: str, other: str) -> bool:
    """Whether a name in another script (Greek, Arabic, Hebrew, Georgian, Chinese...) reads as the
    Latin name before it: their romanised skeletons are alike ("Ioannis Kapodistrias (Ιωάννης
    Καποδίστριας)"); a gloss in brackets ("(ειρήνη)") is not."""
    from rapidfuzz import fuzz

    from .names import skeleton

    a, b = skeleton(latin).replace(" ", ""), skeleton(other).replace(" ", "")
    return bool(a and b) and fuzz.ratio(a, b) >= 70


_ALT_STOP = {"see", "cf", "ibid", "ed", "eds", "trans", "in", "the", "a", "an", "i", "ii", "iii"}
_CYR_SEQ = re.compile(r"(?<![\w])[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+(?:[\s\xa0]+[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+){0,2}(?![\w])")


def cyrillic_known_names(text: str, mentions: list[Cand]) -> list[Cand]:
    """A Cyrillic name in an English text that transliterates to a person the document names:
    "Ким Ир Сен" beside "Kim Il Sung", "Люшков" beside "Lyushkov"."""
    from .names import skeleton, transliterate

    known = set()
    for c in mentions:
        if c.label == "PERSON":
            for tok in text[c.start:c.end].replace(",", " ").split():
                if len(tok) >= 3 or is_east_asian_surname(tok):
                    known.add(skeleton(tok))
    if not known:
        return []
    out = []
    for m in _CYR_SEQ.finditer(text):
        toks = [skeleton(transliterate(t)) for t in m.group(0).split()]
        if any(t in known for t in toks):
            out.append(Cand(m.start(), m.end(), "PERSON", MODEL, "cyrillic-known"))
    return out


_TITLED_WORD = r"[A-Z\u00C0-\u00DE\u0100-\u017F][a-z\u00DF-\u00FF\u0100-\u017F'’]+(?:-[A-Za-z\u00C0-\u017F'’]+)*"


@functools.lru_cache(maxsize=None)
def _titled_re() -> tuple[re.Pattern, re.Pattern]:
    """(a title and the name after it, a title of nobility and "of" a place)."""
    titles = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+")
                      for t in sorted(lexicon.titles(), key=len, reverse=True) if t[:1].isupper())
    nobles = "|".join(re.escape(t).replace(r"\ ", r"[ \t]+")
                      for t in sorted(lexicon.noble_titles() | {"Bishop", "Archbishop"}, key=len, reverse=True))
    particles = "|".join(re.escape(p) for p in sorted(lexicon.name_particles(), key=len, reverse=True))
    name = (rf"(?P<n>{_TITLED_WORD}(?:[ \t]+(?:(?:{particles})[ \t]+)?{_TITLED_WORD}){{0,2}}"
            rf"(?:[ \t]+[IVX]{{1,4}}\b)?)")
    titled = re.compile(rf"(?<![\w.'’-])(?:{titles})\.?[ \t]+{name}(?![\w'’¬\u00ad-])")
    noble = re.compile(rf"(?<![\w.'’-])(?P<t>{nobles})[ \t]+of[ \t]+(?:the[ \t]+)?"
                       rf"{_TITLED_WORD}(?:[ \t]+{_TITLED_WORD}){{0,1}}(?![\w'’¬\u00ad-])")
    return titled, noble


def _name_word_ok(word: str) -> bool:
    """A word that can be a personal name after a title: not a common word (WordNet), a month, a
    weekday, a demonym, a title, a head word of a place or an organisation."""
    from .filters import common_word

    w = strip_possessive(word)
    low = w.casefold()
    return not (low in title_words() or low in _CALENDAR or w in lexicon.demonyms() or w in lexicon.not_names()
                or low in lexicon.org_head_words() or ("last", low) in lexicon.place_heads()
                or low in lexicon.function_words() or common_word(w.split("-")[0]))


_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())


def titled_names(text: str) -> list[Cand]:
    """People named with their title: "Countess Orlova", "Sister Maria", "Sultan Mehmed II" (the name
    after the title, weak: the model's reading wins), and "the Duke of Alba", "Prince of Orange"
    (a title of nobility and the place it is held of: the whole is the person's name, strong)."""
    titled, noble = _titled_re()
    out = []
    for m in noble.finditer(text):
        if not _name_word_ok(m.group(0).split()[-1]) and not places.is_known_place(m.group(0).split()[-1]):
            continue
        c = _cand(text, m.start(), m.end(), "PERSON", STRONG, "title-of")
        if c:
            out.append(c)
    for m in titled.finditer(text):
        words = m.group("n").split()
        keep = []
        for w in words:
            if not (_name_word_ok(w) or w.casefold() in lexicon.name_particles() or re.fullmatch(r"[IVX]+", w)):
                break
            keep.append(w)
            if w.endswith(("’s", "'s")):
                break  # "Yamada Otozō's Kwantung Army": the name ends at its possessive
        while keep and (keep[-1].casefold() in lexicon.name_particles()):
            keep.pop()
        if not keep or re.fullmatch(r"[IVX]+", keep[0]):
            continue
        end = _end_of_words(text, m.start("n"), len(keep))
        c = _cand(text, m.start("n"), end, "PERSON", WEAK, "titled")
        if c:
            out.append(c)
    return out

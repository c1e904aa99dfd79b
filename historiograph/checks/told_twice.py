"""One event told by two documents that name no actor in common, matched by the site it befell.

Two tellings of a capture ("an armed crowd seized the town of X on 14 March", "the town had been taken
on 24 March") often share no named participant: the actors are unnamed ("the rebels"), or named in
one text only. They are one event when they are of one kind (data/corpus/compatible_types.json), in
two documents, befall one site -- the same town as patient or place in either (the captured town is
the patient of one telling and the place of another) -- are dated, and, when their dates differ, each
to a month or finer and within ``window_days`` of each other (a date that differs is what the conflicts
step must report, so it cannot make the match fail); they name no participant that contradicts the
other's (checked by the callers), and neither document tells another event of that kind at that site
on a date the other does not fit (a town taken and retaken: no guess). A site is a place entity the
gazetteer does not mark as an area: two battles in one country in one month are two battles. Matching
uses the blocks the callers already have (kind and key), so nothing compares all pairs.

An unnamed group kept as a participant ("the rebels", "an armed crowd": a name key with an article)
neither joins two tellings here nor contradicts a named one: "an armed crowd" in one text and "Guzmán's
men" in another may be the same people, so only named participants can clash (``named``).
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..events.dates import compatible
from ..events.numbers import told_twice_data as data  # (one loader of data/corpus/told_twice.json)
from .records import Record


def window_days() -> int:
    return int(data()["window_days"])


_ARTICLES = ("the", "a", "an")


def named(keys: set[str]) -> set[str]:
    """The keys of named participants: not an unnamed group kept by its phrase ("name:the rebels")."""
    return {k for k in keys if not (k.startswith("name:") and k[5:].split(" ", 1)[0] in _ARTICLES)}


def sites_of(r: Record) -> set[str]:
    """What a telling befell: its patients, its place, and the post its unnamed agent gave up ("the
    garrison of X surrendered": ``Record.posts``)."""
    return r.roles.get("patient", set()) | ({r.place} if r.place else set()) | r.posts


class Sites:
    """Which keys are sites (towns, forts: not areas), and per (document, kind, site) the datings told
    there, so that "one telling per document" is a look-up."""

    def __init__(self, records: Iterable[Record], is_site: Callable[[str], bool], kind_of: Callable[[str], str],
                 documents: Iterable[str] = ()):
        self.is_site = is_site
        self.documents = set(documents)
        self.kind_of = kind_of
        self.told: dict[tuple[str, str, str], list[Record]] = {}
        for r in records:
            if r.stated is None or r.event.certainty == "negated":
                continue
            for k in sites_of(r):
                if is_site(k):
                    self.told.setdefault((r.source, kind_of(r.type), k), []).append(r)

    def shared(self, a: Record, b: Record) -> set[str]:
        return {k for k in sites_of(a) & sites_of(b) if self.is_site(k)}

    def _alone(self, r: Record, site: str) -> bool:
        """No other telling in r's document of this kind at this site on a date r does not fit."""
        return all(o is r or compatible(o.stated, r.stated) or (site in self.documents and _word(o) != _word(r))
                   for o in self.told.get((r.source, self.kind_of(r.type), site), []))

    def told_twice(self, a: Record, b: Record) -> bool:
        """a and b are one event at one site, dated within the window (their dates may conflict)."""
        if a.source == b.source or a.stated is None or b.stated is None:
            return False
        if self.kind_of(a.type) != self.kind_of(b.type):
            return False
        if (a.event.certainty == "negated") != (b.event.certainty == "negated"):
            return False
        if not compatible(a.stated, b.stated):
            window = window_days()
            if max(a.stated[0], b.stated[0]) - min(a.stated[1], b.stated[1]) > window:
                return False
            if a.stated[1] - a.stated[0] > window or b.stated[1] - b.stated[0] > window:
                return False  # "in 1841" / "in January 1842" touch, but a year is too coarse to call them one
        shared = self.shared(a, b)
        if not shared - (a.posts | b.posts) and not same_single_day(a, b):
            return False  # a site only a garrison's phrase names: one surrender only on one stated day
        return any(self._alone(a, k) and self._alone(b, k) for k in shared)


def same_single_day(a: Record, b: Record) -> bool:
    """Both tellings are stated to one same single day."""
    return a.stated is not None and a.stated == b.stated and a.stated[0] == a.stated[1]


def _word(r: Record) -> str:
    """The stem of a telling's trigger word: a treaty "signed" and "ratified" are two acts on one
    document, not two datings of one."""
    return (r.event.trigger.get("text") or "").lower()[:4]


def site_test(entities, documents: Iterable[str] = ()) -> Callable[[str], bool]:
    """key -> is it a site: a corpus (or document) entity of a site label that is no gazetteer area, or
    a named treaty, charter or act (``documents``): it is signed, granted or repealed once, so two
    tellings of its signing a few days apart are one event whose dates conflict."""
    labels = set(data()["site_labels"])
    ok = {e.id for e in entities if e.label in labels and not (e.place or {}).get("area")}
    ok.update(documents)
    return ok.__contains__


def document_keys(docs, key_of: Callable) -> set[str]:
    """The keys of the named documents (Participant.kind "document") the events of ``docs`` name."""
    return {key_of(ad.document.source, p) for ad in docs for ev in ad.events for p in ev.participants
            if getattr(p, "kind", None) == "document"} - {None}

"""When an undated telling may join a dated timeline entry (review 9).

A telling with no date of its own ("The place was given up by its commandant, Colonel X, after a siege")
that shares a type and one participant with a dated telling of another text may be another episode of
the same man's life (an attack of 1789 he served in). Its only dating is its document's own: the
document's date or its report's dateline. A text written in 1809 tells nothing after 1809 in the past,
and a report tells as news, undated, only what happened shortly before its dateline. So an undated
telling joins a dated one only when the other's date fits its document's dating (where it has one) and,
for a report, the two share more than one participant or place: fewer, surer joins. A text with no date of
its own (a court record under a sitting's heading) is left to the usual join rules.
"""
from __future__ import annotations

from ..checks.records import Record
from ..checks.told_twice import named
from ..events.dates import bounds

NEWS_DAYS = 92  # a report tells as news, with no date, what happened within about a season of its dateline

Written = dict[str, tuple[tuple[int, int], bool]]  # source -> (bounds of its own date, a report with a dateline)


def written(ad) -> tuple[tuple[int, int], bool] | None:
    """The document's own date (its metadata's, a first line that is only a date, or a report's
    dateline, as the time stage takes them) as bounds, and whether it is a datelined report."""
    from ..time import header_date, news_dateline

    line = news_dateline(ad.text)
    value = ad.document.metadata.published or header_date(ad.text) or (line[0] if line else None)
    b = bounds(value)
    return (b, line is not None) if b else None


def undated(r: Record) -> bool:
    """No date of its own, and none from the story before it (a report's entry date is its document's)."""
    return r.stated is None and (r.narrative is None or bool((r.event.time or {}).get("entry")))


def apart(a: Record, b: Record, dating: Written) -> bool:
    """True when one telling is undated and the other dated, and they may not be one event: the dated
    one's date does not fit the undated one's document's date (after it was written; for a report, long
    before its dateline), or they share fewer than two participants and places."""
    for u, d in ((a, b), (b, a)):
        if not undated(u) or d.stated is None:
            continue
        own = dating.get(u.source)
        if own is None:
            continue  # a document with no date of its own: the usual join rules alone decide
        (lo, hi), report = own
        if d.stated[0] > hi or (report and d.stated[1] < lo - NEWS_DAYS):
            return True
        if report and len(named(a.keys & b.keys) | ({a.place} if a.place and a.place == b.place else set())) < 2:
            return True  # a report's undated news of one man: another episode of his life unless more is shared
    return False

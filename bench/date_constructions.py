"""Event dates on kinds of construction a held-out check found missing or wrong (issue: dates7).

Sentences we wrote, each a short text with the event type a reader expects and the date it should
carry: a TIMEX3 value ("1907-05-03"), optionally with a mod ("1907-05-03/ON_OR_BEFORE": on or before
the letter's date), or None (the text gives no date: the event should stay undated). Kinds: entry (a
letter's, diary's or log's events under a dated heading), facts (an article's "Date:" line and its main
event), back (a definite noun naming an event dated before: "the fire"), day (a day without a month:
"on the 20th"), participle ("graduating in 1925, he ..."), after ("that June", "the following week"),
relative (a letter's "yesterday", "on Friday" counted from its date). SET_A guided the work (tuned on);
SET_B was written after the fixes and run once, never tuned on.

    .venv/bin/python bench/date_constructions.py

Per row: "+" an event of the type with the date (value, and mod where one is expected), "x" the type
with another date (wrong), "-" the type undated where a date was expected (missing), "?" no event of the
type. An expected None counts right when every event of the type is undated.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph import annotate_text  # noqa: E402

SET_A = [
    # entry: a letter's and a diary's events with no date of their own
    ("entry", "Lisbon, 3 May 1907\n\nDear Henry,\n\nThe harbour master has been arrested. We sail for Cadiz "
     "on Monday.\n\nYours, Tom", "arrest", "1907-05-03/ON_OR_BEFORE"),
    ("entry", "Madras, 12 January 1851\n\nMy dear Sister,\n\nOur regiment was attacked by the rebels near the river. "
     "I am quite well.\n\nYour brother", "attack", "1851-01-12/ON_OR_BEFORE"),
    ("entry", "14 March 1799.\nWe reached the village at noon. The wind was fair.\n\n"
     "15 March 1799.\nThe headman was arrested by the soldiers.", "arrest", "1799-03-15"),
    ("entry", "Quebec, 2 June 1760\n\nSir,\n\nThe governor has been dismissed by the King. I remain your servant.",
     "dismissal", "1760-06-02/ON_OR_BEFORE"),
    # facts: an article head's "Date:" line reaching its main event
    ("facts", "Siege of Varna\n\nDate: 3 August 1828\nLocation: Varna\nResult: Russian victory\n\nThe Russian army "
     "besieged the fortress. The garrison surrendered after heavy fighting.", "surrender", "1828-08-03"),
    # back: a definite NP naming an event dated in the paragraph before
    ("back", "A fire broke out in the docks on 4 June 1861. It burned for two days.\n\nThe merchant Hugh Bell "
     "died in the fire.", "death", "1861-06-04"),
    ("back", "The weavers went on strike in March 1842. They demanded higher pay.\n\nSeveral of the leaders were "
     "arrested during the strike.", "arrest", "1842-03"),
    ("back", "The siege of the town began in May 1644 and lasted until July.\n\nThe governor Robert Hale was "
     "killed during the siege.", "killing", "1644-05/ON_OR_AFTER"),
    # day: a day without a month
    ("day", "In October 1812 the army reached the river. On the 20th the rearguard attacked the bridge.",
     "attack", "1812-10-20"),
    ("day", "The regiment arrived in Lyon in April 1834. On the night of the 13th the barracks were attacked.",
     "attack", "1834-04-13"),
    # participle: the participle's own date
    ("participle", "Graduating in 1925, Ana Ruiz joined the navy in 1927.", "education", "1925"),
    ("participle", "Graduating in 1925, Ana Ruiz joined the navy in 1927.", "membership", "1927"),
    ("participle", "Born in Porto in 1890, Luis Prado moved to Lisbon in 1910.", "birth", "1890"),
    ("participle", "Having resigned in 1930, the minister Paul Dorn founded a newspaper in 1932.", "founding",
     "1932"),
    # after: a time counted from a dated event
    ("after", "The treaty was signed on 2 March 1815. In the days that followed, the rebels attacked the town.",
     "attack", "1815-03-02/AFTER"),
    ("after", "The rebels seized the fort in April 1837. That June the governor was dismissed.", "dismissal",
     "1837-06"),
    ("after", "The strike began on 3 May 1905. The following week the owners dismissed two hundred workers.",
     "dismissal", "1905-W19"),
    # relative: a letter's date is the reference time
    ("relative", "Vienna, 11 March 1848\n\nDear Father,\n\nYesterday the students were attacked by the guard. "
     "Prince Metternich resigned on Friday.\n\nYour son, Karl", "attack", "1848-03-10"),
    ("relative", "Vienna, 11 March 1848\n\nDear Father,\n\nYesterday the students were attacked by the guard. "
     "Prince Metternich resigned on Friday.\n\nYour son, Karl", "resignation", "1848-03-10"),
    ("relative", "Boston, 20 June 1775\n\nDear Brother,\n\nLast week the regulars attacked the hill. "
     "Many were killed.\n\nYour loving brother", "attack", "1775-W24"),
]

SET_B: list = []


def _shown(t: dict | None) -> str | None:
    if not t:
        return None
    return t["value"] + (f"/{t['mod']}" if t.get("mod") else "") + ("*" if t.get("inherited") else "")


def _right(want: str, t: dict | None) -> bool:
    if t is None:
        return False
    value, _, mod = want.partition("/")
    return t["value"] == value and (not mod or t.get("mod") == mod)


def run(rows) -> Counter:
    tally: Counter = Counter()
    cache: dict = {}
    for kind, text, etype, want in rows:
        if text not in cache:
            cache[text] = annotate_text(text).events
        got = [e for e in cache[text] if e.type == etype]
        times = [_shown(e.time) for e in got]
        if not got:
            mark = "?"
        elif want is None:
            mark = "+" if all(e.time is None for e in got) else "x"
        elif any(_right(want, e.time) for e in got):
            mark = "+"
        elif any(e.time for e in got):
            mark = "x"
        else:
            mark = "-"
        tally[mark] += 1
        tally[(kind, mark)] += 1
        print(f"{mark} {kind:10} {etype:11} want {want!s:24} got {times} | {text[:60]!r}")
    return tally


def main() -> None:
    for name, rows in (("A (tuned on)", SET_A), ("B (written after, never tuned on)", SET_B)):
        if not rows:
            continue
        t = run(rows)
        print(f"set {name}: right {t['+']}/{len(rows)}, wrong {t['x']}, missing {t['-']}, no event {t['?']}\n")


if __name__ == "__main__":
    main()

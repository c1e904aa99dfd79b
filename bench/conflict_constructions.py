"""One person and one event across two texts, and the contradictions between them (issue: conflicts4).

Pairs of short texts we wrote, each pair one kind of construction that a held-out check found missing:
one person under two forms (full name / surname alone, "Mr." / "General" + surname, an inverted
headword "SURNAME, Given (1850–1920)"), people of one surname who must stay apart (a wife, a brother,
clashing life dates), one event told with and without its date or a participant, and the values that
then differ (a year, a count, a place, who did it); and pairs that must give no conflict (a town and
its region, nested dates, approximate counts within a tenth). SET_A guided the work (tuned on): before
it, right 20 / wrong 3 / missing 6; after, 27 / 0 / 2. SET_B was written after those fixes and run once:
15 / 1 / 4 (the code at that run had a slip that kept one-word "organisations" from being read as
people); after fixing that slip (and the ORG of a given name and a surname, a kind), 17 / 0 / 3; the
code before any of this gives 12 / 2 / 6 on it. Do not tune on SET_B. After a precision review (the slip rule
kept to once-per-object events of a thing; one act on one day at two places only at gazetteer points
over 50 km apart; a two-word ORG a person only for a one-sex given name): A 25 / 0 / 4 (the general's
capture a slip apart and Hollum / Nes, places the gazetteer lacks, no longer guessed), B 15 / 0 / 5
(Tjilatjap / Banyuwangi, unknown places; Matija, a given name of no one sex).

    .venv/bin/python bench/conflict_constructions.py [A|B]     # per case, then the totals

Each case: two texts; ``same``: (form in text 1, form in text 2) that must be one corpus entity;
``apart``: pairs that must be two; ``conflicts``: (kind, [words each of some side's display]) expected;
any other conflict counts as wrong (precision first).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph import annotate_text  # noqa: E402
from historiograph.corpus import build_corpus  # noqa: E402

SET_A = [
    dict(name="general + surname; year 1886/1868",
         texts=("General Tobias Marchetti commanded the southern column. In 1886 Marchetti's column "
                "captured the fortress of Kessel after a short siege.",
                "The fortress of Kessel fell to General Marchetti in 1868, when his column stormed it."),
         same=[("Tobias Marchetti", "Marchetti")], conflicts=[("date_conflict", ["1886", "1868"])]),
    dict(name="inverted headword; founding 1883/1893",
         texts=("HALVORSEN, Ingrid (1850–1920)\n\nIngrid Halvorsen was a Norwegian teacher. She founded the "
                "Tromsdal School for Girls in 1883 and ran it until her death.",
                "The Tromsdal School for Girls was founded by Mrs. Halvorsen in 1893."),
         same=[("Ingrid Halvorsen", "Halvorsen")], conflicts=[("date_conflict", ["1883", "1893"])]),
    dict(name="Mr. + surname; count forty-one/fourteen, one undated",
         texts=("On 3 March 1902 the police arrested forty-one striking miners at Halbrook. Their leader, "
                "Owen Prothero, was released a week later.",
                "At Halbrook the police arrested fourteen striking miners. Mr. Prothero, their leader, "
                "was released in March 1902."),
         same=[("Owen Prothero", "Prothero")], conflicts=[("number_conflict", ["forty-one", "fourteen"])]),
    dict(name="it was X, not Y, who mediated / Y mediated",
         texts=("In 1911 Consul Henrik Aasgaard mediated between the strikers and the mill owners at Varde.",
                "It was Aasgaard's deputy Lars Bekken, not Aasgaard, who mediated between the strikers "
                "and the mill owners at Varde in 1911."),
         same=[("Henrik Aasgaard", "Aasgaard")], conflicts=[("agent_conflict", ["Aasgaard", "Bekken"])]),
    dict(name="a landing at A vs B, same day",
         texts=("On 12 June 1798 Admiral Pieter Rensselink landed at Hollum with six hundred marines.",
                "Rensselink landed at Nes on 12 June 1798."),
         same=[("Pieter Rensselink", "Rensselink")], conflicts=[("place_conflict", ["Hollum", "Nes"])]),
    dict(name="wife and husband of one surname: kept apart",
         texts=("Thomas Ellery, a printer, married Margaret Ellery in 1840. She opened a lending library "
                "at Wexham in 1851.",
                "Mr. Ellery was elected mayor of Wexham in 1855. He died in 1860."),
         apart=[("Margaret Ellery", "Ellery")], conflicts=[]),
    dict(name="a woman's full name, a man's surname (Mr.): kept apart",
         texts=("Margaret Ellery opened a lending library at Wexham in 1851.",
                "Mr. Ellery was elected mayor of Wexham in 1855."),
         apart=[("Margaret Ellery", "Ellery")], conflicts=[]),
    dict(name="a woman's full name, a surname with 'he': kept apart",
         texts=("Margaret Ellery opened a lending library at Wexham in 1851.",
                "Ellery was elected mayor of Wexham in 1855. He died in 1860."),
         apart=[("Margaret Ellery", "Ellery")], conflicts=[]),
    dict(name="a surname with 'she' joins a woman's full name",
         texts=("Margaret Ellery opened a lending library at Wexham in 1851.",
                "Ellery was elected to the school board of Wexham in 1855. She died in 1860."),
         same=[("Margaret Ellery", "Ellery")], conflicts=[]),
    dict(name="two brothers: surname alone is no join",
         texts=("The brothers Anton Vasic and Milan Vasic founded a brewery at Zemun in 1868.",
                "Vasic was arrested at Zemun in 1875."),
         apart=[("Anton Vasic", "Vasic"), ("Milan Vasic", "Vasic")], conflicts=[]),
    dict(name="life dates clash: kept apart",
         texts=("Jakob Lindqvist (1790–1851) was a Swedish surveyor. He mapped the coast of Gotland in 1826.",
                "Lindqvist (1880–1944), the painter, exhibited at Visby in 1912."),
         apart=[("Jakob Lindqvist", "Lindqvist")], conflicts=[]),
    dict(name="none: town and its region",
         texts=("In 1847 the missionary Samuel Orrell died at Lucknow.",
                "Samuel Orrell died in India in 1847."),
         same=[("Samuel Orrell", "Samuel Orrell")], conflicts=[]),
    dict(name="none: nested dates",
         texts=("In May 1863 Colonel Rufus Tanner occupied the town of Harlan.",
                "Tanner occupied Harlan in 1863."),
         same=[("Rufus Tanner", "Tanner")], conflicts=[]),
    dict(name="none: approximate counts within a tenth",
         texts=("In 1799 about 300 rebels were killed at Ballinree.",
                "Some 320 rebels were killed at Ballinree in 1799."),
         conflicts=[]),
    dict(name="one people deported to one place, 1937/1957, no patient read",
         texts=("In 1937 the Soviet government deported the Ingrian Finns from Leningrad province to Siberia.",
                "The Ingrian Finns were deported from Leningrad province to Siberia in 1957. "
                "Many of them died on the way."),
         conflicts=[("date_conflict", ["1937", "1957"])]),
]

SET_B = [
    dict(name="Captain + surname; founding 1724/1742",
         texts=("The trading post of Fort Aldwin was founded by Captain Elias Thornbury in 1724.",
                "Thornbury founded Fort Aldwin in 1742 and traded furs there for a decade."),
         same=[("Elias Thornbury", "Thornbury")], conflicts=[("date_conflict", ["1724", "1742"])]),
    dict(name="inverted headword with dates; surname elsewhere",
         texts=("KOVAČ, Matija (1812–1874)\n\nMatija Kovač was a Croatian printer. He was arrested in Zagreb "
                "in 1849.",
                "The printer Kovač was arrested in Zagreb in 1849 and released a year later."),
         same=[("Matija Kovač", "Kovač")], conflicts=[]),
    dict(name="Mrs. + surname; count, one undated",
         texts=("On 9 October 1889 the constables evicted twenty-two families at Carrowkeel. Bridget Duane "
                "led the protest.",
                "At Carrowkeel the constables evicted sixty families. Mrs. Duane led the protest."),
         same=[("Bridget Duane", "Duane")], conflicts=[("number_conflict", ["twenty-two", "sixty"])]),
    dict(name="an arrival by sea at A vs B, same day",
         texts=("On 2 August 1643 Commander Jan Verbeek landed at Tjilatjap with two companies.",
                "Verbeek landed at Banyuwangi on 2 August 1643."),
         same=[("Jan Verbeek", "Verbeek")], conflicts=[("place_conflict", ["Tjilatjap", "Banyuwangi"])]),
    dict(name="a husband's surname with 'his': kept apart from the wife",
         texts=("Eleanor Whitcombe founded a girls' school at Marston in 1862.",
                "Whitcombe sold his mill at Marston in 1866."),
         apart=[("Eleanor Whitcombe", "Whitcombe")], conflicts=[]),
    dict(name="father and son: surname alone is no join",
         texts=("Hugo Brandt and his son Felix Brandt opened a foundry at Essen in 1851.",
                "Brandt was elected to the town council of Essen in 1860."),
         apart=[("Hugo Brandt", "Brandt"), ("Felix Brandt", "Brandt")], conflicts=[]),
    dict(name="none: landings a year apart at two places, year only",
         texts=("In 1643 Jan Verbeek landed at Tjilatjap.",
                "In 1643 Verbeek landed at Banyuwangi."),
         same=[("Jan Verbeek", "Verbeek")], conflicts=[]),
    dict(name="none: a town and its country",
         texts=("In 1849 the poet Sándor Petőfi was killed at Segesvár.",
                "Sándor Petőfi was killed in Transylvania in 1849."),
         same=[("Sándor Petőfi", "Sándor Petőfi")], conflicts=[]),
    dict(name="none: nested dates, day in month",
         texts=("On 14 April 1871 Major Otto Lindgren seized the arsenal at Vaxholm.",
                "Lindgren seized the arsenal at Vaxholm in April 1871."),
         same=[("Otto Lindgren", "Lindgren")], conflicts=[]),
    dict(name="none: approximate counts, nearly / about",
         texts=("In 1832 nearly 500 weavers were arrested at Lyon.",
                "About 480 weavers were arrested at Lyon in 1832."),
         conflicts=[]),
]


def _local(ad, form: str):
    for e in ad.entities:
        if form == e.name or form in e.aliases:
            return e.id
    for e in ad.entities:  # a longer form ("General Marchetti") that holds the words written
        if any(form in a for a in [e.name, *e.aliases]):
            return e.id
    return None


def run(cases: list[dict]) -> dict[str, int]:
    tot = dict(right=0, wrong=0, missing=0)
    for case in cases:
        ads = [annotate_text(t, source=f"{n}.txt") for n, t in zip("ab", case["texts"])]
        tables = build_corpus(ads)
        of = {m: c.id for c in tables.entities for m in map(tuple, c.members)}
        lines = []

        def corpus_id(k: int, form: str):
            local = _local(ads[k], form)
            return of.get((ads[k].document.source, local)) if local else None

        for a, b in case.get("same", []):
            ia, ib = corpus_id(0, a), corpus_id(1, b)
            ok = ia is not None and ia == ib
            tot["right" if ok else "missing"] += 1
            lines.append(f"  {'right' if ok else 'MISSING'} join {a!r} = {b!r} ({ia}, {ib})")
        for a, b in case.get("apart", []):
            ia, ib = corpus_id(0, a), corpus_id(1, b)
            ok = ia is None or ib is None or ia != ib
            tot["right" if ok else "wrong"] += 1
            lines.append(f"  {'right' if ok else 'WRONG'} apart {a!r} / {b!r} ({ia}, {ib})")
        found = [c for c in tables.conflicts if c.kind not in ("narrative_date",)]
        used = set()
        for kind, words in case["conflicts"]:
            hit = next((n for n, c in enumerate(found) if n not in used and c.kind == kind and all(
                any(w.casefold() in str(v.get("display", "")).casefold() for v in c.values) for w in words)), None)
            if hit is None:
                tot["missing"] += 1
                lines.append(f"  MISSING {kind} {words}")
            else:
                used.add(hit)
                tot["right"] += 1
                lines.append(f"  right {kind} {words}")
        for n, c in enumerate(found):
            if n not in used:
                tot["wrong"] += 1
                lines.append(f"  WRONG {c.kind}: {c.message}")
        if not case["conflicts"] and not any(n not in used for n in range(len(found))):
            tot["right"] += 1
            lines.append("  right: no conflict")
        print(case["name"])
        print("\n".join(lines))
    print(f"right {tot['right']}  wrong {tot['wrong']}  missing {tot['missing']}")
    return tot


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "A"
    run(SET_A if which == "A" else SET_B)

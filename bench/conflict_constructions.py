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
SET_C (issue conflicts5) was written before that session changed any code and run once: right 26 / wrong 2
/ missing 9 (a departure and an undated return made one movement; two battles of one general at one place
a year apart made a date conflict). After its fixes (directions of movements, dates apart join only for an
event that befalls a named object once, date conflicts only between tellings joined directly, a cleft on
the agent, one unnamed group on one day): C 30 / 0 / 7, A 26 / 0 / 3 (the cleft "it was X's deputy Y, not
X, who"), B 15 / 0 / 5.

SET_D (issue conflicts10) was written before that session changed any code: tellings the timeline joins
into one entry but the conflict step never compared (a sentence's length, a count opening a described
group, a place of a one-place act), and agreeing paraphrases. Before (main 7062fc2): right 13 / wrong 0 /
missing 6; after (every entry told by two texts checked: checks/joined.py, checks/counts.py): 18 / 0 / 1
(the marriage's place is not read). A 26 / 0 / 3, B 16 / 0 / 4, C 30 / 0 / 7 before and after.

    .venv/bin/python bench/conflict_constructions.py [A|B|C|D]     # per case, then the totals

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

# SET_C (issue conflicts5): written before any change of that session, run once before and once after.
# Kinds: a departure and a return of one traveller (never one movement, never a date conflict); two
# battles at one place; a father and son of one surname; two meetings years apart; one event told by a
# nominal and a verbal passive, by an order and its passive, by an active and a passive count, by a
# named agent and a cleft ("it was Y who ..."), at two destinations; and agreeing tellings that must be
# one timeline entry (``joined``: (trigger words in text 1, trigger words in text 2)); ``unjoined``: pairs of
# tellings that must not be one entry.
SET_C = [
    dict(name="departure and return, one text each: two movements, no conflict",
         texts=("In April 1862 the botanist Ewald Sturmfels left Hamburg for Lagos.",
                "Sturmfels returned to Hamburg in September 1862, ill with fever."),
         same=[("Ewald Sturmfels", "Sturmfels")], unjoined=[("left", "returned")], conflicts=[]),
    dict(name="departure dated, return undated: no conflict",
         texts=("In March 1851 the surveyor Ansgar Holm left Bergen for Tromsø.",
                "Holm sailed to Tromsø in 1851. Months later he returned to Bergen."),
         same=[("Ansgar Holm", "Holm")], unjoined=[("left", "returned")], conflicts=[]),
    dict(name="departure and return in both texts, agreeing",
         texts=("In April 1862 Ewald Sturmfels left Hamburg for Lagos. He returned to Hamburg in "
                "September 1862.",
                "Sturmfels left Hamburg for Lagos in the spring of 1862. He returned to Hamburg later "
                "that year."),
         joined=[("left", "left")], unjoined=[("left", "returned"), ("returned", "left")], conflicts=[]),
    dict(name="return dated in one text, departure in the other, different months",
         texts=("The engineer Lorenz Abt returned to Basel from Cairo in May 1871.",
                "Lorenz Abt left Basel for Cairo in October 1869."),
         unjoined=[("returned", "left")], conflicts=[]),
    dict(name="travels to two destinations in two years: no conflict",
         texts=("In 1851 Ansgar Holm travelled to Tromsø.",
                "Holm travelled to Hammerfest in 1853."),
         conflicts=[]),
    dict(name="two battles at one place, a year apart: no conflict",
         texts=("General Aldo Ferrante defeated the rebels at Castelmonte in May 1848.",
                "Ferrante defeated the rebels at Castelmonte in April 1849."),
         conflicts=[]),
    dict(name="father and son of one surname, elected to one post decades apart",
         texts=("Karl Wendt (1790–1860) was elected mayor of Lensburg in 1831.",
                "Johann Wendt (1825–1899), his son, was elected mayor of Lensburg in 1871."),
         apart=[("Karl Wendt", "Johann Wendt")], conflicts=[]),
    dict(name="two meetings years apart",
         texts=("Queen Amalia received the envoy Pieter Daalman at Kessborg in 1702.",
                "Daalman was received by Queen Amalia at Kessborg in 1708."),
         conflicts=[]),
    dict(name="nominal 'the burning of X in <month year>' vs verbal passive, years differ",
         texts=("The burning of the mission chapel at Navaka in January 1872 ended the truce.",
                "The mission chapel at Navaka was burned in 1873 and never rebuilt."),
         conflicts=[("date_conflict", ["1872", "1873"])]),
    dict(name="'ordered him deported on <day>' vs 'was deported in <year>'",
         texts=("The missionary Elias Brandt defied the council. The governor ordered him deported from "
                "Tavua on 14 August 1874.",
                "Elias Brandt was deported from Tavua in 1875 and never returned."),
         conflicts=[("date_conflict", ["1874", "1875"])]),
    dict(name="deported (passive) in two texts, years a year apart",
         texts=("The printer Jonas Vike was deported to Finnmark in 1852.",
                "In 1853 Jonas Vike was deported to Finnmark for his pamphlets."),
         conflicts=[("date_conflict", ["1852", "1853"])]),
    dict(name="count: 'twenty-three miners died' vs 'thirty-two men were killed'",
         texts=("On 3 May 1911 twenty-three miners died in the flood at the Ruthin pit.",
                "Thirty-two men were killed when the Ruthin pit flooded on 3 May 1911."),
         conflicts=[("number_conflict", ["twenty-three", "thirty-two"])]),
    dict(name="count: killed in both, active vs passive",
         texts=("On 3 May 1911 the flood at the Ruthin pit killed twenty-three miners.",
                "Thirty-two miners were killed at the Ruthin pit on 3 May 1911."),
         conflicts=[("number_conflict", ["twenty-three", "thirty-two"])]),
    dict(name="count: captured, active vs passive",
         texts=("In May 1812 the rebels captured 120 soldiers at Fort Ashby.",
                "At Fort Ashby 210 soldiers were captured by the rebels in May 1812."),
         conflicts=[("number_conflict", ["120", "210"])]),
    dict(name="counts of two captures two years apart: no conflict",
         texts=("In 1812 the rebels captured 120 soldiers at Fort Ashby.",
                "In 1814 the rebels captured 300 soldiers at Fort Ashby."),
         conflicts=[]),
    dict(name="agent: named founder vs cleft 'it was Y who founded'",
         texts=("The Kessborg Library was founded by Anna Roos in 1899.",
                "It was Marta Ekdahl, the mayor's sister, who founded the Kessborg Library in 1899."),
         conflicts=[("agent_conflict", ["Roos", "Ekdahl"])]),
    dict(name="agent: 'X's men burned' vs cleft 'it was Y who set fire to'",
         texts=("In January 1872 Chief Tauvela's men burned the mission chapel at Navaka.",
                "It was Sione Fetu, the chief's nephew, who set fire to the mission chapel at Navaka in "
                "January 1872."),
         conflicts=[("agent_conflict", ["Tauvela", "Fetu"])]),
    dict(name="agreeing death, full name and surname",
         texts=("The missionary Walter Greaves died at Suva in 1890.",
                "Greaves died in Suva in 1890, aged sixty."),
         same=[("Walter Greaves", "Greaves")], joined=[("died", "died")], conflicts=[]),
    dict(name="agreeing landing, month and year",
         texts=("Walter Greaves and his wife Ruth landed at Olosega in June 1866.",
                "In June 1866 Greaves landed at Olosega with a Tongan teacher."),
         joined=[("landed", "landed")], conflicts=[]),
    dict(name="agreeing suspension, day",
         texts=("The mine manager, Colin Baird, was suspended on 19 September 1962.",
                "On 19 September 1962 the company suspended Baird."),
         joined=[("suspended", "suspended")], conflicts=[]),
    dict(name="agreeing arrest, year and place; one text adds the month",
         texts=("The editor Piet Roggeveen was arrested at Leiden in March 1848.",
                "Roggeveen was arrested in Leiden in 1848 and held for a month."),
         joined=[("arrested", "arrested")], conflicts=[]),
    dict(name="arrivals at two places, one undated: no conflict",
         texts=("Holm arrived at Tromsø in June 1851. Ansgar Holm stayed there a year.",
                "Ansgar Holm arrived at Hammerfest after a long voyage."),
         conflicts=[]),
    dict(name="injured taken to hospital at A vs B, same day",
         texts=("After the explosion of 4 June 1958 the injured miners were taken to the hospital at "
                "Mufulira.",
                "On 4 June 1958 the injured miners were taken to hospital in Chingola."),
         conflicts=[("place_conflict", ["Mufulira", "Chingola"])]),
]

# SET_D (issue conflicts10): one event the timeline joins from two texts whose tellings disagree on a
# count, a place or the length of a sentence, which the conflicts step never compared (its own grouping
# is stricter than the timeline's); and agreeing paraphrases that must give no conflict (approximate
# counts, a count and no count, a town and its country, one length in two words, two occasions).
# Written before any change of that session, run before and after.
SET_D = [
    dict(name="sentence: six months (next sentence) / a year",
         texts=("In March 1874 the weaver Tomas Kerrigan was tried at Cork. He was sentenced to six months' "
                "imprisonment.",
                "Tomas Kerrigan was tried at Cork in March 1874 and sentenced to a year in prison."),
         joined=[("tried", "tried")], conflicts=[("number_conflict", ["six months", "a year"])]),
    dict(name="sentence: five years / seven years",
         texts=("In October 1843 the Chartist Emlyn Pryce was sentenced to five years' penal servitude.",
                "Emlyn Pryce was tried in October 1843 and sentenced to seven years' transportation."),
         conflicts=[("number_conflict", ["five years", "seven years"])]),
    dict(name="count: sixty / eighty-five families left one village",
         texts=("In May 1847 sixty families left the village of Corravan for Quebec.",
                "Eighty-five families left Corravan for Quebec in May 1847."),
         joined=[("left", "left")], conflicts=[("number_conflict", ["sixty", "eighty-five"])]),
    dict(name="place: tried at Galway / at Limerick, one month",
         texts=("In June 1881 the editor Fergal Moane was tried at Galway for sedition.",
                "Fergal Moane was tried at Limerick in June 1881 for sedition."),
         joined=[("tried", "tried")], conflicts=[("place_conflict", ["Galway", "Limerick"])]),
    dict(name="place: arrested at Nantes / at Lyon, one day",
         texts=("On 2 April 1832 the printer Aurelien Morvan was arrested at Nantes.",
                "Aurelien Morvan was arrested at Lyon on 2 April 1832."),
         conflicts=[("place_conflict", ["Nantes", "Lyon"])]),
    dict(name="place: married at Rennes / at Brest, one month",
         texts=("In June 1850 the notary Yann Kerbrat married Soazig Le Goff at Rennes.",
                "Yann Kerbrat married Soazig Le Goff at Brest in June 1850."),
         conflicts=[("place_conflict", ["Rennes", "Brest"])]),
    dict(name="none: about 60 / some sixty families",
         texts=("In May 1847 about 60 families left the village of Corravan for Quebec.",
                "Some sixty families left the village of Corravan for Quebec in May 1847."),
         conflicts=[]),
    dict(name="none: families / sixty families",
         texts=("In May 1847 families left the village of Corravan for Quebec.",
                "Sixty families left Corravan for Quebec in May 1847."),
         conflicts=[]),
    dict(name="none: nearly 200 / about 190 weavers arrested",
         texts=("In April 1834 nearly 200 weavers were arrested at Lyon.",
                "About 190 weavers were arrested at Lyon in April 1834."),
         conflicts=[]),
    dict(name="none: tried at Galway / in Ireland",
         texts=("In June 1881 the editor Fergal Moane was tried at Galway for sedition.",
                "Fergal Moane was tried in Ireland in June 1881 for sedition."),
         conflicts=[]),
    dict(name="none: six months' hard labour / six months in gaol",
         texts=("In March 1874 Tomas Kerrigan was tried at Cork and sentenced to six months' hard labour.",
                "Kerrigan was tried at Cork in March 1874 and sentenced to six months in gaol."),
         conflicts=[]),
    dict(name="none: a year's imprisonment / twelve months",
         texts=("In March 1874 Tomas Kerrigan was tried at Cork and sentenced to a year's imprisonment.",
                "Kerrigan was tried at Cork in March 1874 and sentenced to twelve months."),
         conflicts=[]),
    dict(name="none: twelve rebels hanged / twelve executed",
         texts=("In June 1798 twelve rebels were hanged at Wexford.",
                "Twelve rebels were executed at Wexford in June 1798."),
         conflicts=[]),
    dict(name="none: arrested at Lyon / at Nantes, year only (two arrests may both hold)",
         texts=("In 1832 the printer Aurelien Morvan was arrested at Lyon.",
                "Aurelien Morvan was arrested at Nantes in 1832."),
         conflicts=[]),
    dict(name="none: tried at Cork / at Limerick a year apart",
         texts=("In March 1874 Tomas Kerrigan was tried at Cork.",
                "In March 1875 Tomas Kerrigan was tried at Limerick."),
         conflicts=[]),
    dict(name="none: spoke at Galway / at Limerick, one month (two speeches)",
         texts=("In June 1881 the editor Fergal Moane addressed a meeting at Galway.",
                "Fergal Moane addressed a meeting at Limerick in June 1881."),
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


def _joined(ads, timeline, wa: str, wb: str) -> bool:
    """Some timeline entry holds a telling of text 1 whose trigger holds ``wa`` and one of text 2 with ``wb``."""
    trig = {(ad.document.source, e.id): (e.trigger.get("text") or "").lower() for ad in ads for e in ad.events}
    a, b = (ad.document.source for ad in ads)
    return any(any(s == a and wa in trig.get((s, i), "") for s, i in t.members)
               and any(s == b and wb in trig.get((s, i), "") for s, i in t.members) for t in timeline)


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
        for key, want in (("joined", True), ("unjoined", False)):
            for wa, wb in case.get(key, []):
                ok = _joined(ads, tables.timeline, wa, wb) == want
                tot["right" if ok else ("missing" if want else "wrong")] += 1
                lines.append(f"  {'right' if ok else ('MISSING' if want else 'WRONG')} {key} {wa!r} / {wb!r}")
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
    run({"A": SET_A, "B": SET_B, "C": SET_C, "D": SET_D}[which])

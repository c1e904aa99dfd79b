"""Event dates on kinds of construction a held-out check found missing or wrong (issue: dates7).

Sentences we wrote, each a short text with the event type a reader expects and the date it should
carry: a TIMEX3 value ("1907-05-03"), optionally with a mod ("1907-05-03/ON_OR_BEFORE": on or before
the letter's date), or None (the text gives no date: the event should stay undated). Kinds: entry (a
letter's, diary's or log's events under a dated heading), facts (an article's "Date:" line and its main
event), back (a definite noun naming an event dated before: "the fire"), day (a day without a month:
"on the 20th"), participle ("graduating in 1925, he ..."), after ("that June", "the following week"),
relative (a letter's "yesterday", "on Friday" counted from its date). SET_A guided the work (tuned on);
SET_B was written after the fixes and run once, never tuned on. Measured (dates7):

    before the fixes  A: right 9/20, wrong 1, missing 10     B: right 8/19, wrong 0, missing 9, no event 2
    after             A: right 20/20, wrong 0, missing 0     B: right 16/19, wrong 0, missing 1, no event 2

(B's miss: a ship's log with no first person is not read as entries by time/entries.py; its two "no
event" rows are event detection's, not dates'.)

Sets C and D (dates8): sequel (an undated sentence after a year-dated one), ordinal (a journal heading
"February 3rd"), pluperfect (a past perfect under a later heading), factline ("Born:" line and prose birth:
"=" wants exactly one event of the type), lifespan ("(1801–1862)" after a name), dateline (a wire report's
weekdays), log (a ship's log without a first person), course ("in the course of the war"). C guided the
work; D was written after the fixes and run once. Measured (dates8, main at 1a5931b -> branch dates8):

    before  B: right 16/19, missing 1   C: right 13/23, wrong 7, missing 3   D: right 3/13, wrong 5, missing 3, no event 2
    after   B: right 17/19, missing 0   C: right 23/23, wrong 0, missing 0   D: right 10/13, wrong 0, missing 1, no event 2

(D's miss: "the famine" is not read as an event noun; its two "no event" rows are detection's.)

Sets E and F (dates9): sitting (a sitting's minutes under "Meeting of the Council, 4 March 1881"), annals (a
year on a line of its own, "In the year 1612", a timeline's "1789 – ..."), verdict (an undated sentence after
a day- or month-dated one: on or after it; near-misses a new paragraph, a new actor, a leap, a past perfect),
life (a lifespan, a "Born:" line, an opening "Born c. 1760" dating no other event), bc (a BC date reaching its
event with earliest/latest days). E guided the work; F was written after the fixes and run once (two of its
expectations were ours wrong and are corrected, marked in place). Measured (dates9, main at fbe0791 -> dates9):

    before  E: right 13/26, wrong 3, missing 10
    after   E: right 25/26, wrong 1, missing 0     F (run once): right 8/14, wrong 2 (both our expectations), no event 4
    A-D unchanged (A 20/20, B 17/19, C 23/23, D 10/13)

(E's "wrong": "15 March 44 B.C." is valued BC0044 by the time stage, its day dropped. F's "no event" rows:
a bulleted "- 1848: ..." line, "fined", "destroyed ... in 146 BC" are not detected; detection's.)

Set G (conflicts10): court (a day's heading alone on its line, "Tuesday, 16th October, 1849.", over a court's
record), house (a parliamentary sitting's "Thursday, 5 June 1930"), chrono (a chronology's line in the present,
"1886 – The school is opened"), and ones that must stay undated or keep their own date. Written before any
fix, run before and after (main 7062fc2 -> conflicts10):

    before  G: right 8/16, wrong 0, missing 8        after  G: right 16/16, wrong 0, missing 0
    A-F unchanged (A 20/20, B 17/19, C 23/23, D 10/13, E 25/26, F 10/14)

Set H (letters12): day (a letter's "on the 29th" past its own day: the month before), weekday ("On Tuesday"
in a letter dated a Tuesday, its heading naming no weekday: the Tuesday before), perfect, relative (a diary's
"a captain who fought at X": no entry date), note (an editor's "[He returned in 1848. He was captured in
May.]": its own year), diary (day-and-month headings opening long entries). Written before any fix (one
"perfect" row added with its fix, marked), run before and after (main 7d6f99a -> letters12):

    before  H: right 7/17, wrong 8, missing 2        after  H: right 17/17, wrong 0, missing 0
    I (written after the fixes, run once): right 7/7 (main 7d6f99a: right 2/7, wrong 4, missing 1)
    A-G unchanged (A 20/20, B 17/19, C 23/23, D 10/13, E 25/26, F 10/14, G 16/16)

    .venv/bin/python bench/date_constructions.py [A B C D E F G H]

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

SET_B = [
    ("entry", "Smyrna, 19 August 1822\n\nDear Uncle,\n\nThe Pasha has been deposed by the Porte. Trade is "
     "slow.\n\nYour nephew, William", "dismissal", "1822-08-19/ON_OR_BEFORE"),
    ("entry", "Kandahar, 5 December 1879\n\nMy dear Wife,\n\nOur convoy was attacked in the pass by tribesmen. "
     "No one was hurt.\n\nEver your loving husband", "attack", "1879-12-05/ON_OR_BEFORE"),
    ("entry", "21 October 1805.\nLight airs from the west. The enemy fleet was attacked at noon.\n\n"
     "22 October 1805.\nThe prize crews were arrested by the Spanish guard.", "arrest", "1805-10-22"),
    ("entry", "Cadiz, Andalusia, 8 May 1810\n\nSir,\n\nThe deserters were arrested yesterday.\n\n"
     "Your most obedient servant", "arrest", "1810-05-07"),
    ("facts", "Battle of Hollin Ridge\n\nDate: 9 September 1644\nLocation: Hollin Ridge\n\nThe royalist cavalry "
     "attacked the ridge at first light. The parliamentary foot surrendered before noon.", "surrender",
     "1644-09-09"),
    ("facts", "Siege of Almera\n\nDate: 1701 – 1703\nLocation: Almera\n\nThe garrison surrendered to the "
     "besiegers.", "surrender", None),
    ("back", "A riot broke out in the market on 12 July 1838. Shops were looted.\n\nThe constable Amos "
     "Flint was killed in the riot.", "killing", "1838-07-12"),
    ("back", "The epidemic reached the port in August 1832. Hundreds fell ill.\n\nThe harbour master "
     "James Orr died during the epidemic.", "death", "1832-08"),
    ("back", "The dockers struck in April 1889. The port stood idle.\n\nTheir leader Ben Tillett was "
     "arrested after the strike.", "arrest", "1889-04/ON_OR_AFTER"),
    ("back", "The cathedral was built in 1320. It was enlarged later.\n\nThe bishop Hugh Marsh was buried "
     "in the cathedral.", "burial", None),
    ("day", "The army entered Saxony in September 1813. On the 16th the allies attacked the French lines.",
     "attack", "1813-09-16"),
    ("day", "The brigade reached the coast on 25 June 1916. On the 3rd the enemy attacked the trenches.",
     "attack", None),
    ("day", "The convoy sailed in March 1942. By the 14th U-boats had attacked four ships.", "attack",
     "1942-03-14/ON_OR_BEFORE"),
    ("participle", "Having married Jane Ross in 1901, Oliver Kent moved to Leeds in 1905.", "marriage", "1901"),
    ("participle", "Elected mayor in 1888, Tom Hale resigned in 1890.", "resignation", "1890"),
    ("after", "The truce was declared on 9 May 1648. In the months that followed, the royalists attacked "
     "the border towns.", "attack", "1648-05-09/AFTER"),
    ("after", "The uprising began in Lyon in March 1834. That April the army attacked the suburbs.", "attack",
     "1834-04"),
    ("relative", "Lima, 14 October 1823\n\nDear Father,\n\nOn Monday the viceroy's guard attacked the "
     "barracks.\n\nYour son", "attack", "1823-10-13"),
    ("relative", "Lima, 14 October 1823\n\nDear Father,\n\nLast month the viceroy was arrested by the "
     "patriots.\n\nYour son", "arrest", "1823-09"),
]

SET_C = [
    # sequel: an undated sentence after a year-dated one, same actor (dates8)
    ("sequel", "In 1843 the teacher Anne Hart reached the fort at Nelson. She founded a school for the "
     "children.", "founding", "1843"),
    ("sequel", "In 1868 the engineer Paul Vidal settled in Lyon. He was arrested by the police for debt.",
     "arrest", "1868"),
    ("sequel", "In 1843 the teacher Anne Hart reached the fort at Nelson. The governor John Reid was "
     "dismissed by the company.", "dismissal", None),
    ("sequel", "In 1843 the teacher Anne Hart reached the fort at Nelson.\n\nYears later she founded a "
     "school in the valley.", "founding", None),
    # ordinal: a journal heading "February 3rd", the year carried from before
    ("ordinal", "Journal of a Voyage, 1874\n\nFebruary 3rd.\nWe left the harbour at dawn. The mate was "
     "arrested by the customs men.\n\nFebruary 5th.\nThe natives attacked our boat.", "arrest", "1874-02-03"),
    ("ordinal", "Journal of a Voyage, 1874\n\nFebruary 3rd.\nWe left the harbour at dawn. The mate was "
     "arrested by the customs men.\n\nFebruary 5th.\nThe natives attacked our boat.", "attack", "1874-02-05"),
    ("ordinal", "12 March 1836.\nWe crossed the ridge.\n\nMarch 17th.\nOur guide was arrested by the "
     "soldiers.", "arrest", "1836-03-17"),
    ("ordinal", "2 June 1842. Fine weather. We rested.\n\nSaturday, 4th.\nThe camp was attacked by "
     "wolves in the night.", "attack", "1842-06-04"),
    ("ordinal", "Tuesday, 14 May 1861.\nThe carpenter was arrested for theft. We stayed in port.\n\n"
     "Wednesday, 15th.\nWe sailed at dawn.", "arrest", "1861-05-14"),
    # pluperfect: a past-perfect clause under a later heading
    ("pluperfect", "2 April 1790.\nWe waited at the ford.\n\n4 April 1790.\nWe reached the mission. The "
     "soldiers had arrested the priest on the 2nd.", "arrest", "1790-04-02"),
    ("pluperfect", "2 April 1790.\nWe waited at the ford.\n\n4 April 1790.\nWe reached the mission. The "
     "soldiers had arrested the priest.", "arrest", "1790-04-04/BEFORE"),
    # factline: "Born:" / "Died:" lines and a prose birth/death: one event with the line's date
    ("factline", "Anna Weber\n\nBorn: 12 March 1801, Basel\nDied: 3 July 1862, Zurich\n\nAnna Weber was "
     "born at Basel to a family of printers. She died at Zurich after a long illness.", "birth", "=1801-03-12"),
    ("factline", "Anna Weber\n\nBorn: 12 March 1801, Basel\nDied: 3 July 1862, Zurich\n\nAnna Weber was "
     "born at Basel to a family of printers. She died at Zurich after a long illness.", "death", "=1862-07-03"),
    # lifespan: "(1801–1862)" after a name dates that person's birth and death only
    ("lifespan", "The botanist Karl Adler (1801–1862) arrived in Brazil in the late 1830s.", "movement", "183"),
    ("lifespan", "The printer Jonas Berg (1790–1851) founded a newspaper in Bergen.", "founding", None),
    # dateline: a wire report's weekdays counted back from its dateline
    ("dateline", "LUSAKA, Oct. 14, 1991 (Reuters) — Police arrested three opposition leaders on Tuesday, a "
     "government spokesman said.", "arrest", "1991-10-08"),
    ("dateline", "LUSAKA, Oct. 14, 1991 (Reuters) — Troops attacked a village near the border today, "
     "officials said.", "attack", "1991-10-14"),
    ("dateline", "Unrest in Zambia, 1991\n\nLUSAKA, Oct. 14 (Reuters) — Police arrested three opposition leaders "
     "on Friday, a spokesman said.", "arrest", "1991-10-11"),
    ("dateline", "Paris, Monday, 3 May 1830\n\nDear Brother,\n\nThe minister resigned on Monday. "
     "All is quiet.\n\nYour brother, Jules", "resignation", "1830-05-03"),
    # log: a ship's log without first person
    ("log", "18 March 1902.\nLight airs from the south. The schooner was attacked by pirates at noon.\n\n"
     "19 March 1902.\nFresh breeze. Two seamen were arrested for theft.", "arrest", "1902-03-19"),
    ("log", "18 March 1902.\nLight airs from the south. The schooner was attacked by pirates at noon.\n\n"
     "19 March 1902.\nFresh breeze. Two seamen were arrested for theft.", "attack", "1902-03-18"),
    # course: "in the course of the war", "at the height of the siege"
    ("course", "The war with Spain broke out in 1739. It lasted for years.\n\nIn the course of the war the "
     "admiral Edward Vernon attacked Porto Bello.", "attack", "1739/ON_OR_AFTER"),
    ("course", "The siege of the city began in April 1689. Food ran short.\n\nAt the height of the siege "
     "the governor George Walker was dismissed.", "dismissal", "1689-04/ON_OR_AFTER"),
]

SET_D = [  # written after the dates8 fixes, run once, never tuned on
    ("sequel", "In 1762 the painter Jean Morel settled in Rome. He married the daughter of a banker.",
     "marriage", "1762"),
    ("sequel", "In 1762 the painter Jean Morel settled in Rome. A rival, Carlo Neri, was arrested for "
     "forgery.", "arrest", None),
    ("ordinal", "Notes kept on the march, 1857\n\nSeptember 8th.\nWe marched at four. A sepoy was "
     "arrested for desertion.\n\nSeptember 11th.\nThe enemy attacked the picket at dusk.", "arrest", "1857-09-08"),
    ("ordinal", "Notes kept on the march, 1857\n\nSeptember 8th.\nWe marched at four. A sepoy was "
     "arrested for desertion.\n\nSeptember 11th.\nThe enemy attacked the picket at dusk.", "attack", "1857-09-11"),
    ("pluperfect", "10 July 1799.\nWe rested at the inn.\n\n13 July 1799.\nWe reached Turin. The "
     "French had abandoned the citadel on the 11th.", "withdrawal", "1799-07-11"),
    ("pluperfect", "10 July 1799.\nWe rested at the inn.\n\n13 July 1799.\nWe reached Turin. The "
     "governor had been dismissed.", "dismissal", "1799-07-13/BEFORE"),
    ("factline", "Henrik Dahl\n\nBorn: 5 April 1822, Bergen\nDied: 30 May 1889, Oslo\n\nHenrik Dahl was "
     "born in Bergen, the son of a sea captain.", "birth", "=1822-04-05"),
    ("lifespan", "The engineer Rosa Klein (1851–1920) resigned from the railway in the mid-1880s.",
     "resignation", "188"),
    ("lifespan", "The engineer Rosa Klein (1851–1920) was arrested in Vienna.", "arrest", None),
    ("dateline", "Famine in Sudan, 1987\n\nKHARTOUM, May 22 (AP) — Rebels attacked a relief convoy on "
     "Tuesday, aid workers said.", "attack", "1987-05-19"),
    ("log", "2 November 1956.\nHeavy seas. The tanker was attacked by aircraft.\n\n3 November 1956.\n"
     "Wind easing. The second mate was dismissed.", "dismissal", "1956-11-03"),
    ("course", "The mutiny broke out in May 1857. It spread across the north.\n\nIn the course of the "
     "mutiny the magistrate Hugh Grant was killed.", "killing", "1857-05/ON_OR_AFTER"),
    ("course", "The famine began in 1845. Thousands emigrated.\n\nAt the height of the famine the landlord "
     "John Mahon was murdered.", "killing", "1845/ON_OR_AFTER"),
]

SET_E = [  # dates9: written before any fix, for the kinds a held-out round found (run before and after)
    # sitting: the records of a sitting under its dated heading take the sitting's day (inherited)
    ("sitting", "Meeting of the Town Council, 4 March 1881\n\nThe clerk read the minutes of the last meeting. "
     "The council resolved to dismiss the surveyor. Mr Hale resigned from the finance committee.",
     "resignation", "1881-03-04"),
    ("sitting", "Sitting of Tuesday, 12th April 1864\n\nThe Speaker took the chair at four. The member for "
     "Leeds was expelled from the House.", "deportation", "1864-04-12"),
    ("sitting", "Minutes of the Vestry, 2 October 1790\n\nThe churchwarden Amos Pell was dismissed for neglect. "
     "\n\nMinutes of the Vestry, 9 October 1790\n\nThe new churchwarden was elected. The sexton resigned.",
     "resignation", "1790-10-09"),
    ("sitting", "Minutes of the Vestry, 2 October 1790\n\nThe churchwarden Amos Pell was dismissed for neglect. "
     "\n\nMinutes of the Vestry, 9 October 1790\n\nThe new churchwarden was elected. The sexton resigned.",
     "dismissal", "1790-10-02"),
    ("sitting", "Meeting of the Board, 6 May 1902\n\nThe secretary reported that the founder, Jacob Lind, had "
     "died in 1899. The board will meet again in June.", "death", "1899"),  # keeps its own date
    ("sitting", "Report on the Harbour Works, 1902\n\nThe engineer Tom Pike resigned. The pier was finished "
     "late.", "resignation", None),  # a report's title year is no sitting's day
    # annals: a year heading (or a timeline line "1854 – ...") dates what is told under it
    ("annals", "1854\nThe mill burned. The workers went on strike.\n\n1855\nThe owner was arrested for fraud.",
     "arrest", "1855"),
    ("annals", "1854\nThe mill burned. The workers went on strike.\n\n1855\nThe owner was arrested for fraud.",
     "uprising", "1854"),
    ("annals", "In the year 1612\nThe town was besieged by the Swedes. The governor surrendered the castle.",
     "surrender", "1612"),
    ("annals", "1631.\nThe plague reached the valley. The abbot Konrad Weil died in the autumn.\n\n1632.\n"
     "The Swedes plundered the abbey.", "death", "1631-FA"),
    ("annals", "1789 – The Bastille was stormed.\n1791 – The king was arrested at Varennes.", "arrest", "1791"),
    ("annals", "1789 – The Bastille was stormed.\n1791 – The king was arrested at Varennes.", "attack", "1789"),
    ("annals", "1702\nThe fort was attacked by the French. The governor had been dismissed in 1699.",
     "dismissal", "1699"),  # keeps its own date
    ("annals", "1702\nThe fort was attacked by the French. The governor had resigned long before.",
     "resignation", None),  # a past perfect under a year heading steps back out of its year
    # verdict: a sentence dated only by the sentence before: on or after that date, never before it
    ("verdict", "He was tried in May 1922. He was acquitted.", "trial", "1922-05/ON_OR_AFTER"),
    ("verdict", "The trial of the printer Jon Ek opened on 3 June 1871. The jury acquitted him.", "trial",
     "1871-06-03/ON_OR_AFTER"),
    ("verdict", "The mayor Carl Berg was arrested on 2 March 1911. He was dismissed from office.", "dismissal",
     "1911-03-02/ON_OR_AFTER"),
    ("verdict", "The mayor Carl Berg was arrested on 2 March 1911.\n\nThe harbour master resigned.",
     "resignation", None),  # a new paragraph, a new actor: no date
    ("verdict", "The mayor Carl Berg was arrested on 2 March 1911. Years later he was pardoned and resigned.",
     "resignation", None),  # the story leaps
    ("verdict", "The mayor Carl Berg was arrested on 2 March 1911. He had resigned from the council.",
     "resignation", None),  # a past perfect steps back: not on or after
    # lifespan, Born line, c.: never the date of another event of the sentence
    ("life", "The merchant Ravi Shah (c. 1815–1879) settled in Zanzibar in the late 1830s.", "movement", "183"),
    ("life", "The merchant Ravi Shah (c. 1815–1879) was arrested by the consul.", "arrest", None),
    ("life", "Ines Vela\n\nBorn: 1820, Seville\n\nInes Vela married a printer. She founded a school for girls.",
     "marriage", None),
    ("life", "Born c. 1760 in Cork, the sailor Dan Reilly was arrested at Halifax.", "arrest", None),
    # bc: dates before the common era reach their events
    ("bc", "The rebel leader Spartacus was killed in 71 BC.", "killing", "BC0071"),
    ("bc", "Julius Caesar was assassinated on 15 March 44 B.C.", "killing", "BC0044-03-15"),
]

SET_F = [  # dates9: written after the fixes, run once, never tuned on
    ("sitting", "Proceedings of the Senate, Monday, 5 June 1871\n\nThe President took the chair. Senator "
     "Abel Hart resigned his seat. The House will sit again on Friday.", "resignation", "1871-06-05"),
    ("sitting", "Quarterly Meeting of the Guild, 1 July 1735\n\nThe warden read the accounts. Two apprentices "
     "were expelled for idleness.", "deportation", "1735-07-01"),
    ("sitting", "Session of the Court, 14 November 1692\n\nThe prisoner Ann Foster was tried for witchcraft. "
     "The clerk reported that the jailer had been dismissed in October.", "dismissal", "1692-10"),
    # (written "1692-10/BEFORE" at first: a mistake of ours, a past perfect with its own month is in it)
    ("sitting", "A Meeting Remembered, 1 July 1935\n\nThe warden Ezra Cole was dismissed that winter.",
     "dismissal", "1935-WI"),  # (written None at first: a mistake of ours, "that winter" is its own date)
    ("annals", "## 1766\n\nThe harbour froze. The customs officer Jack Lowe was attacked by smugglers.\n\n"
     "## 1767\n\nThe new officer resigned.", "attack", "1766"),
    ("annals", "## 1766\n\nThe harbour froze. The customs officer Jack Lowe was attacked by smugglers.\n\n"
     "## 1767\n\nThe new officer resigned.", "resignation", "1767"),
    ("annals", "Anno 1599\nThe plague came to the city. The burgomaster Hans Ritter fled to the country.",
     "movement", "1599"),
    ("annals", "- 1848: The king was deposed.\n- 1851: The president seized power.", "dismissal", "1848"),
    ("annals", "1848\nThe king was deposed. His minister will be tried next year.", "trial", None),
    ("verdict", "The strike leader Ada Bell was arrested on 12 August 1913. The magistrate fined her.",
     "fine", "1913-08-12/ON_OR_AFTER"),
    ("verdict", "The strike leader Ada Bell was arrested on 12 August 1913. The mayor of the town resigned.",
     "resignation", None),
    ("verdict", "In June 1913 the strike leader Ada Bell was arrested. She was released on bail.", "release",
     "1913-06/ON_OR_AFTER"),
    ("life", "The sculptor Pia Moro (b. 1844) was arrested in Turin.", "arrest", None),
    ("bc", "The city of Carthage was destroyed by the Romans in 146 BC.", "destruction", "BC0146"),
]

SET_G = [  # conflicts10: written before any fix, for the kinds a held-out round found (run before and after)
    # court: a day's heading alone on its line ("Tuesday, 16th October, 1849.") over a court's record
    ("court", "Tuesday, 16th October, 1849.\n\nThe prisoner Owen Rafferty was charged with arson at Kilbride.\n\n"
     "Mr. Ambrose Keane, for the defence, said that the prisoner was at the fair that night.\n\n"
     "The jury acquitted the prisoner.", "statement", "1849-10-16"),
    ("court", "Tuesday, 16th October, 1849.\n\nThe prisoner Owen Rafferty was charged with arson at Kilbride.\n\n"
     "Mr. Ambrose Keane, for the defence, said that the prisoner was at the fair that night.\n\n"
     "The jury acquitted the prisoner.", "trial", "1849-10-16"),
    ("court", "Friday, 9th March, 1855.\n\nConstable Hugh Brannigan, of the County Police, sworn. — I arrested the "
     "prisoner at Dromore.\n\nThe magistrate sentenced the prisoner to a month in gaol.", "trial", "1855-03-09"),
    ("court", "Friday, 9th March, 1855.\n\nConstable Hugh Brannigan, of the County Police, sworn. — I arrested the "
     "prisoner at Dromore.\n\nThe magistrate sentenced the prisoner to a month in gaol.", "arrest",
     "1855-03-09/ON_OR_BEFORE"),  # a witness's first-person past: before the day he tells it
    # house: a parliamentary sitting's day alone on its line ("Thursday, 5 June 1930")
    ("house", "Thursday, 5 June 1930\n\nMr. Conall Dwyer asked the Minister for Justice about the prisoners at "
     "Portlaoise.\n\nMr. Dwyer said that the governor of the prison had resigned.", "statement", "1930-06-05"),
    ("house", "Wednesday, 11 March 1931\n\nThe Bill was read a second time. Deputy Aine Roche resigned her seat "
     "on the committee.", "resignation", "1931-03-11"),
    # chronology: a year at the head of a line, told in the present ("1886 – The school is opened ...")
    ("chrono", "1886 – The school is opened by the Sisters of Mercy.\n1891 – A fire destroys the east wing.\n"
     "12 May 1894 – Sister Brigid Nolan dies at the convent.", "founding", "1886"),
    ("chrono", "1886 – The school is opened by the Sisters of Mercy.\n1891 – A fire destroys the east wing.\n"
     "12 May 1894 – Sister Brigid Nolan dies at the convent.", "death", "1894-05-12"),
    ("chrono", "1902 – The mill is sold to the Harland company.\n1907 – The workers go on strike.\n"
     "1911 – The owner is arrested for fraud.", "arrest", "1911"),
    # must stay undated (or keep their own date)
    ("court", "Tuesday, 16th October, 1849.\n\nThe prisoner Owen Rafferty was acquitted. Years later he "
     "emigrated to Boston.", "movement", None),  # the story leaves the day
    ("court", "Tuesday, 16th October, 1849.\n\nThe clerk read that the prisoner had been arrested in March "
     "1848.", "arrest", "1848-03"),  # keeps its own date
    ("court", "Tuesday, 16th October, 1849.\n\nThe prisoner Owen Rafferty was acquitted.\n\nLater Life\n\n"
     "Rafferty was arrested at Boston for debt.", "arrest", None),  # a new section: the day's record ends
    ("court", "Tuesday, 16th October, 1849.\n\nThe prisoner's brother had been arrested at Sligo.", "arrest",
     None),  # a past perfect steps back out of the day
    ("chrono", "The Harland Mill\n\nThe mill is sold every few years. The owner is arrested for fraud.", "arrest",
     None),  # a present with no year heading
    ("chrono", "1902 – The mill is sold to the Harland company.\n\nThe owner is arrested for fraud.", "arrest",
     None),  # a present on a line of its own, not a timeline's line
    ("letter", "Thursday, 5 June 1930\n\nDear Margaret,\n\nThe police arrested your cousin Padraig last week.",
     "arrest", "1930-W22"),  # a letter's "last week": the week before its day (entries), not the day
]

SET_H = [  # letters12: written before any fix, for the kinds a held-out round found (run before and after)
    # day: a letter's day number larger than its own day is of the month before
    ("day", "II. Lyon, 10 December 1833\n\nMy dear Jan,\n\nOn the 29th the police arrested our friend Kowal at "
     "the theatre. I am well.\n\nYour brother", "arrest", "1833-11-29"),
    ("day", "Geneva, 3 March 1841\n\nDear Sister,\n\nOn the 27th the magistrate released the printers, and we "
     "dined together.\n\nYour loving brother", "release", "1841-02-27"),
    ("day", "II. Lyon, 10 December 1833\n\nMy dear Jan,\n\nOn the 2nd the police arrested our friend Kowal at "
     "the theatre. I am well.", "arrest", "1833-12-02"),  # (a smaller day: the letter's own month)
    # weekday: "On Tuesday" in a letter dated a Tuesday is the Tuesday before
    ("weekday", "III. Lyon, 10 December 1833\n\nMy dear Jan,\n\nOn Tuesday I met General Orski at the cafe. "
     "I am well.", "meeting", "1833-12-03"),
    ("weekday", "Nantes, 14 February 1834\n\nDear Sir,\n\nOn Friday the gendarmes arrested Duval in the "
     "market. I remain your servant.", "arrest", "1834-02-07"),
    ("weekday", "Nantes, 14 February 1834\n\nDear Sir,\n\nOn Monday the gendarmes arrested Duval in the "
     "market. I remain your servant.", "arrest", "1834-02-10"),  # (another weekday: the one before)
    # present perfect: the letter's date bounds it
    ("perfect", "IV. Lyon, 17 December 1833\n\nMy dear Jan,\n\nThe prefect has expelled Lelewski from the "
     "city. I am well.", "deportation", "1833-12-17/ON_OR_BEFORE"),
    ("perfect", "III. Lyon, 10 December 1833\n\nMy dear Jan,\n\nOn Tuesday I met General Orski at the cafe. "
     "The colonel has sent me a letter announcing his resignation.", "statement", "1833-12-10/ON_OR_BEFORE"),
    # (added with the fix: what a noun names under a present perfect is told by the letter's date, not the
    # story's; mend3: it was "has signed an order expelling me", an act ordered, not done: no event now)
    # relative: an undated past in a relative clause is no event of the entry's day
    ("relative", "The Diary of Anna Kessel\n\n28 November 1863.\nWe reached Wilno. A captain who fought at "
     "Miedzianka dined with us.\n\n29 November 1863.\nWe left Wilno at dawn.", "battle", None),
    ("relative", "The Diary of Anna Kessel\n\n28 November 1863.\nWe reached Wilno. The officer who arrested "
     "my cousin was there.\n\n29 November 1863.\nWe left Wilno at dawn.", "arrest", None),
    # note: an editor's note takes its year from its own sentences, not the last heading
    ("note", "V. Geneva, 17 December 1833\n\nMy dear Jan,\n\nI am well.\n\n[He returned to Poland in the "
     "spring of 1848. He was captured at Tarnow in May and imprisoned.]", "arrest", "1848-05"),
    ("note", "V. Geneva, 17 December 1833\n\nMy dear Jan,\n\nI am well.\n\n[Wierzba went back to Poland in "
     "1848. He was arrested at Tarnow on 3 June.]", "arrest", "1848-06-03"),
    # diary: day-and-month headings take the year of the headings before; today, tonight are the entry's day
    ("diary", "The Diary of Anna Kessel\n\n28 November 1863. — We reached Wilno in the evening.\n\n"
     "1 December. — They arrested Sobol at dawn today. I wept.\n\n3 December. — Nothing new.", "arrest",
     "1863-12-01"),
    ("diary", "The Diary of Anna Kessel\n\n28 November 1863. — We reached Wilno in the evening.\n\n"
     "1 December. — Nothing new.\n\n3 December. — The gendarmes arrested Sobol again tonight. I wept.", "arrest",
     "1863-12-03"),
    ("diary", "The Diary of Anna Kessel\n\n30 December 1863. — We reached Wilno in the evening.\n\n"
     "2 January. — The gendarmes arrested Sobol this morning. I wept.", "arrest", "1864-01-02"),
    ("diary", "The Diary of Anna Kessel\n\n28 November 1863. — We reached Wilno in the evening, tired and cold "
     "after the long road.\n\n1 December. — They arrested Sobol at dawn today, and the whole street came out "
     "to watch.\n\n3 December. — Nothing new.", "arrest", "1863-12-01"),  # (lines longer than a heading's)
    ("diary", "Journal of Piotr Gral\n\n2 May 1871.\nWe reached the fort at noon.\n\n5 May.\nThe governor "
     "received me this morning.", "meeting", "1871-05-05"),
]

SET_I = [  # letters12: written after the fixes, run once, never tuned on
    ("day", "Pest, 4 January 1850\n\nMy dear Mother,\n\nOn the 30th the governor dismissed the mayor, and "
     "the town was quiet.\n\nYour son", "dismissal", "1849-12-30"),
    ("day", "Pest, 9 May 1850\n\nMy dear Mother,\n\nOn the 3rd the governor received us in his house. "
     "I am well.", "meeting", "1850-05-03"),
    ("weekday", "X. Brno, 15 June 1851\n\nDear Friend,\n\nOn Sunday the police arrested Kral at the inn. "
     "I remain yours.", "arrest", "1851-06-08"),
    ("weekday", "Brno, Sunday, 15 June 1851\n\nDear Friend,\n\nThe police arrested Kral on Sunday. "
     "I remain yours.", "arrest", "1851-06-15"),
    ("relative", "The Journal of Eva Holub\n\n4 April 1848.\nWe stayed indoors. The man who killed my brother "
     "came to the door.\n\n5 April 1848.\nWe left at dawn.", "killing", None),
    ("note", "XI. Vienna, 20 October 1848\n\nDear Friend,\n\nI am well.\n\n[Mraz emigrated to America in "
     "1852. He died at Chicago in March, after a long illness.]", "death", "1852-03"),
    ("diary", "The Journal of Eva Holub\n\n30 March 1848. — We reached the town at dusk and found rooms near the "
     "square.\n\n5 April. — The police arrested Weiss this evening, and his wife came to us in tears.\n\n"
     "6 April. — Rain.", "arrest", "1848-04-05"),
]


def _shown(t: dict | None) -> str | None:
    if not t:
        return None
    return t["value"] + (f"/{t['mod']}" if t.get("mod") else "") + ("*" if t.get("inherited") else "")


def _right(want: str, t: dict | None) -> bool:
    want = want.lstrip("=")
    if t is None:
        return False
    value, _, mod = want.partition("/")
    same = t["value"] == value or t["value"].startswith(value + "T")  # "at noon" refines the day
    return same and (not mod or t.get("mod") == mod)


def _bounded(t: dict) -> bool:
    """A calendar date has its earliest or latest day (a BC date too: "44 B.C." is not open-ended)."""
    from historiograph.checks.records import dates_of

    d = dates_of(t)
    return bool(d["edtf"]) and (d["earliest"] is not None or d["latest"] is not None)


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
        elif want.startswith("=") and len(got) > 1:
            mark = "x"  # one event expected ("=") and more found
        elif any(_right(want, e.time) for e in got):
            mark = "+" if all(_bounded(e.time) for e in got if _right(want, e.time)) else "-"
        elif any(e.time for e in got):
            mark = "x"
        else:
            mark = "-"
        tally[mark] += 1
        tally[(kind, mark)] += 1
        print(f"{mark} {kind:10} {etype:11} want {want!s:24} got {times} | {text[:60]!r}")
    return tally


def main() -> None:
    sets = (("A (tuned on)", SET_A), ("B (written after, never tuned on)", SET_B), ("C (dates8, tuned on)", SET_C),
            ("D (dates8, written after, never tuned on)", SET_D), ("E (dates9, tuned on)", SET_E),
            ("F (dates9, written after, never tuned on)", SET_F), ("G (conflicts10, run before and after)", SET_G),
            ("H (letters12, run before and after)", SET_H),
            ("I (letters12, written after, run once)", SET_I))
    only = sys.argv[1:]  # "E": only that set
    for name, rows in sets:
        if not rows or (only and name[0] not in only):
            continue
        t = run(rows)
        print(f"set {name}: right {t['+']}/{len(rows)}, wrong {t['x']}, missing {t['-']}, no event {t['?']}\n")


if __name__ == "__main__":
    main()

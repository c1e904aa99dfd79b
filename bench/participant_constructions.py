"""Who did what to whom on kinds of construction a held-out check found weak (issue: actors3).

Sentences we wrote, each with the event type, one role and the participant a reader expects there:
a name (the entity's name), a description ("the bishop": the text never names the holder), or
"narrator" (a memoir's or diary's I/me/we/us). Kinds: title (a role noun or title for a person named
before, or for no one), narrator, appositive (a name in apposition as subject), passive (the agent of a
passive). SET_A guided the work (tuned on); SET_B was written after it and run once, untuned; SET_C
(traps: a name nearby that is not the actor, pronoun chains, two holders of one title) was written last.
SET_D (actors4) and SET_E (actors5: pronoun gender and the discourse subject, the writer of letters,
diaries and posts, ships' logs, clefts) were written before their fixes; SET_F after them, run once.
SET_G (actors6: an official who acted on the text's subject, "his" after a woman, datelines, nationality
words, names with apostrophes, interviews, job titles, "succeeded him", "them" for named people) was
written before its fixes; SET_H after them, run once.

    .venv/bin/python bench/participant_constructions.py [A B ...]  # per sentence, then per kind and set

Per row: "+" the expected participant is there and nothing else in the role, "~" it is there beside
another, "x" only others (a wrong participant), "-" the role is empty, "?" no event of that type.
Precision counts rows with anything in the role; recall counts all rows.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph import annotate  # noqa: E402

SET_A = [
    ("title", "Emperor Leopold Vance ruled from 1790. In 1801 the Emperor abolished the secret police.",
     "dissolution", "agent", "Leopold Vance"),
    ("title", "Count Pavel Dubrov owned the estate at Lesnoye.\n\nThe harvest failed in 1811, and the peasants "
     "asked for relief. In March 1812 the Count expelled the steward Fyodor Lapin.", "deportation", "agent",
     "Pavel Dubrov"),
    ("title", "In 1820 the governor, Anton Keller, arrested the smugglers. In 1821 the governor dismissed the "
     "harbour master.", "dismissal", "agent", "Anton Keller"),
    ("title", "In 1835 the bishop excommunicated the miller Jan Smit.", "dismissal", "agent", "the bishop"),
    ("title", "Ivan Belov arrived in the town in 1821. In 1822 the governor arrested Pyotr Sokol.", "arrest",
     "agent", "the governor"),
    ("title", "In 1790 the Duchess Clara Weyl came to court. The Duke received her coldly in 1791.", "meeting",
     "agent", "the Duke"),
    ("narrator", "The Diary of Clara Weyl\n\n12 May 1916\nThe Countess received me at noon. I arrived at Kherson "
     "in the evening.", "meeting", "patient", "narrator"),
    ("narrator", "In the spring of 1919 we left Kiev for the south. In June 1919 we reached Yalta, where the "
     "governor received us.", "meeting", "patient", "narrator"),
    ("narrator", "I was born in Lyon in 1850. In 1871 the police arrested me.", "arrest", "patient", "narrator"),
    ("appositive", "The new Emperor, Alexander Vorin, ordered the release of the prisoners in 1825.", "release",
     "agent", "Alexander Vorin"),
    ("appositive", "Maria Lenz fell ill in 1930. Her deputy, Ana Ruiz, succeeded her as director in 1931.",
     "assignment", "patient", "Ana Ruiz"),
    ("appositive", "Her deputy, Ana Ruiz, dismissed the treasurer in 1931.", "dismissal", "agent", "Ana Ruiz"),
    ("passive", "Count Pavel Dubrov ruled the district. On 2 May 1815 the envoy Jean Baptiste Roux was received "
     "by the Count.", "meeting", "agent", "Pavel Dubrov"),
    ("passive", "In 1855 Anton Keller was freed by order of Governor Ivan Belov.", "release", "agent", "Ivan Belov"),
    ("passive", "In 1859 the town was taken by troops led by General Ivan Belov.", "invasion", "agent",
     "Ivan Belov"),
    ("passive", "In 1861 Anton Keller was exiled by the tsar.", "deportation", "agent", "the tsar"),
    ("title", "Sir John Ferrars visited the bishop in 1702. The bishop excommunicated him in 1703.", "dismissal",
     "agent", "the bishop"),
    ("title", "Ivan Belov was a merchant of the town. In 1820 the bishop came to the town. He excommunicated "
     "Anton Keller in 1821. He died in 1825.", "death", "patient", "the bishop"),
    ("title", "Ivan Belov was a merchant of the town. In 1820 the Count arrived. She died in 1825.", "death",
     "patient", None),
]

SET_B = [
    ("title", "Prince Dmitri Sarov governed the province from 1760.\n\nFamine struck in 1764. That winter the "
     "Prince arrested the grain merchant Lev Tomin.", "arrest", "agent", "Dmitri Sarov"),
    ("title", "Lady Agnes Harwell, the abbess, ruled the convent for thirty years. In 1602 the abbess expelled "
     "two novices.", "deportation", "agent", "Agnes Harwell"),
    ("title", "Richard Pole arrived in Calais in 1540. In 1541 the mayor imprisoned Thomas Grey.", "arrest",
     "agent", "the mayor"),
    ("title", "In 1652 the archbishop crowned Ludvig Brenner in the cathedral.", "assignment", "patient",
     "Ludvig Brenner"),
    ("title", "Queen Margit Solberg came to the throne in 1701. In 1703 the Queen dissolved the council.",
     "dissolution", "agent", "Margit Solberg"),
    ("title", "Captain Henry Vane sailed for Madras in 1690. The captain was arrested by the Company in 1691.",
     "arrest", "patient", "Henry Vane"),
    ("narrator", "4 April 1871\nThe mayor summoned me this morning. I resigned my post at noon.", "resignation",
     "agent", "narrator"),
    ("narrator", "In 1915 we crossed the river at dawn. By evening we had reached the village, and the colonel "
     "arrested us.", "arrest", "patient", "narrator"),
    ("narrator", "I came to Lisbon in 1890. In 1892 the king received me at the palace.", "meeting", "patient",
     "narrator"),
    ("appositive", "The new prefect, Louis Garnier, dissolved the municipal council in 1881.", "dissolution",
     "agent", "Louis Garnier"),
    ("appositive", "His widow, Helena Marsh, founded a school at Deal in 1790.", "founding", "agent",
     "Helena Marsh"),
    ("appositive", "The old abbot died in 1410. His successor, Brother Anselm Kley, was elected in 1411.",
     "election", "patient", "Anselm Kley"),
    ("passive", "In 1793 the printer Joseph Ames was arrested by the militia.", "arrest", "agent", "the militia"),
    ("passive", "Marquis Henri Lavall owned the castle. In 1788 the deputies were received by the Marquis.",
     "meeting", "agent", "Henri Lavall"),
    ("passive", "In 1794 Joseph Ames was released on the orders of the governor.", "release", "agent",
     "the governor"),
    ("passive", "In 1796 the fort was captured by a column led by Colonel Hugh Dalton.", "invasion", "agent",
     "Hugh Dalton"),
]


# traps, written last and run once: a name nearby that is not the actor, chains of pronouns, two
# title holders; want None: the role must hold no name (a description or nothing)
SET_C = [
    ("title", "Sir Hugh Marlow called on the abbot in 1410. The abbot expelled him from the abbey in 1411.",
     "deportation", "patient", "Hugh Marlow"),
    ("title", "Sir Hugh Marlow called on the abbot in 1410. The abbot expelled him from the abbey in 1411.",
     "deportation", "agent", "the abbot"),
    ("title", "Karl Ossen kept the inn at Rhenfeld. In 1799 the colonel arrived with his staff. He arrested "
     "the postmaster in 1800.", "arrest", "agent", "the colonel"),
    ("title", "Baron Emil Sterck married Countess Ida Roon in 1788. In 1790 the Baron dismissed the steward "
     "Georg Pfeil.", "dismissal", "agent", "Emil Sterck"),
    ("title", "Duke Albrecht Horn met Duke Ernst Lobe at Gotha in 1640.\n\nIn 1642 the Duke expelled the "
     "Jesuits.", "deportation", "agent", None),
    ("narrator", "In 1944 we were deported to Linz. In 1945 we were freed by American soldiers.", "deportation",
     "patient", "narrator"),
    ("narrator", "8 October 1854\nThe admiral sent for me at dawn. I was appointed to the Agamemnon.",
     "assignment", "patient", "narrator"),
    ("appositive", "The old chancellor retired in 1890. His successor, Leo Caprivo, dissolved the council "
     "in 1891.", "dissolution", "agent", "Leo Caprivo"),
    ("passive", "Abbot Conrad Vell ruled the abbey. In 1412 the monks were expelled by the abbot.", "deportation",
     "agent", "Conrad Vell"),
    ("passive", "In 1413 Hugh Marlow was pardoned by order of the king.", "release", "agent", "the king"),
]


# set D (actors4): possessed role nouns in first-person texts ("my father", "my brother Kenji X"),
# "under X" hanging from the verb, a title more than a paragraph after its one holder; written before
# the fixes, with traps (a name nearby that is not the one meant; two holders of a title)
SET_D = [
    ("kin", "I was born at Braga in 1861. In 1870 my father was arrested by the police.", "arrest", "patient",
     "my father"),
    ("kin", "I grew up in Hue. In 1968 the soldiers arrested my driver.", "arrest", "patient", "my driver"),
    ("kin", "I left Osaka in 1940. My brother Kenji Mori was arrested in 1942.", "arrest", "patient",
     "Kenji Mori"),
    ("kin", "I spent my childhood in Seville. My father, Tomas Ruiz, died there in 1899.", "death", "patient",
     "Tomas Ruiz"),
    ("kin", "We lived at Odessa until 1881. That year my uncle founded a printing shop.", "founding", "agent",
     "my uncle"),
    ("kin", "Pedro Alves visited us in 1903. In 1904 my father dismissed the gardener.", "dismissal", "agent",
     "my father"),
    ("kin", "I came home in 1919. Anna Berg had written to me. In 1920 our cook was arrested.", "arrest",
     "patient", "our cook"),
    ("under", "In 1862 government troops attacked the town under Colonel Ramon Diaz.", "attack", "agent",
     "Ramon Diaz"),
    ("under", "In 1849 the rebels captured the fortress under General Arthur Gorgey.", "invasion", "agent",
     "Arthur Gorgey"),
    ("under", "Louis Perrin held the fort in 1850. The rebels captured the fort under cover of darkness.",
     "invasion", "agent", None),
    ("far", "Count Pavel Orlov bought the estate at Rovno in 1801.\n\nThe river flooded the lower fields in "
     "1805, and the mill was lost.\n\nThe harvest failed in 1811. In 1812 the Count expelled the steward "
     "Ilya Garin.", "deportation", "agent", "Pavel Orlov"),
    ("far", "Baroness Ida Kral inherited the castle in 1790.\n\nThe village burned in 1793.\n\nA new road "
     "was built in 1795.\n\nIn 1797 the Baroness dismissed the bailiff.", "dismissal", "agent", "Ida Kral"),
    ("far", "Count Pavel Orlov bought the estate in 1801.\n\nCount Igor Demin visited Rovno in 1805.\n\n"
     "The harvest failed in 1811. In 1812 the Count expelled the steward.", "deportation", "agent", None),
]


# set E (actors5): "he"/"she" after a person of the other gender, or one named in a relative clause,
# an apposition or as an object; the writer of letters, diaries, blogs ("narrator:NAME": the name the
# signature or byline gives, never the heading's place; "my grandmother" a kin description); subjectless
# clauses of a ship's log (the ship of its title); clefts. Written before the fixes, with traps.
SET_E = [
    ("gender", "Tomas Brandt was born in Ghent in 1901. In 1934 he married Elsa Vogt, a midwife; she survives "
     "him.\n\nHe was elected mayor of Ghent in 1946. He died in 1960.", "death", "patient", "Tomas Brandt"),
    ("gender", "Samuel Kerr was a surgeon at Leith. Agnes Moir, a nurse he had trained, opened a clinic in 1851. "
     "He was knighted in 1860.", "award", "patient", "Samuel Kerr"),
    ("gender", "Ada Quill ran the inn at Rye. Thomas Quill joined the navy in 1801. She was arrested in 1803.",
     "arrest", "patient", "Ada Quill"),
    ("gender", "Dr. Samuel Kerr was a surgeon at Leith. In 1850 his daughter Agnes Kerr married a clergyman. "
     "He retired in 1862.", "resignation", "agent", "Samuel Kerr"),
    ("gender", "Countess Ida Roon kept a salon at Riga. Her steward, Karl Behr, managed the estate. In 1812 she "
     "was arrested by the French.", "arrest", "patient", "Ida Roon"),
    ("subject", "Samuel Kerr practised medicine at Leith. The operation on the harbour master, Robert Dunn, was "
     "a success. He was arrested in 1852.", "arrest", "patient", "Samuel Kerr"),
    ("subject", "Walter Hesse (1880-1952) was a German chemist. His work was praised by Fritz Lang, who had "
     "taught him at Jena. He was appointed professor at Kiel in 1912.", "assignment", "patient", "Walter Hesse"),
    ("subject", "Ada Quill ran the inn at Rye. Thomas Quill joined the navy in 1801. He was killed at Trafalgar "
     "in 1805.", "killing", "patient", "Thomas Quill"),
    ("writer", "Camp near Falmouth, Va., December 14, 1862\n\nDear Father,\n\nWe crossed the river on the "
     "12th under heavy fire. The general received us at noon.\n\nYour son,\nHenry Walker", "meeting",
     "patient", "narrator:Henry Walker"),
    ("writer", "Paris, 3 May 1871\n\nMy dear Louise,\n\nYesterday I was arrested by the National Guard. They "
     "released me at night.\n\nEver yours,\nEmile Roux", "arrest", "patient", "narrator:Emile Roux"),
    ("writer", "Tuesday, 4 June 1918\nPosted by Margaret Ellis\n\nWe arrived at Calais in the evening. The "
     "next day the colonel received us.", "meeting", "patient", "narrator:Margaret Ellis"),
    ("writer", "The Diary of Clara Vane\n\n3 March 1862\nWe arrived at Natchez in the rain. The colonel "
     "received us at his house.", "meeting", "patient", "narrator:Clara Vane"),
    ("writer", "Posted by Ellen Marsh\n\nMy grandmother crossed the Atlantic in 1907. She settled in Boston "
     "with her sister.", "movement", "agent", "my grandmother"),
    ("log", "Journal of the barque Swift\n\n12 March 1840. Weighed anchor at daybreak and sailed from Hobart.",
     "movement", "agent", "Swift"),
    ("log", "Log of the schooner Dolphin, Captain Amos Reed\n\n3 July 1799. Sailed from Boston at dawn. On the "
     "9th the vessel was seized by a French privateer.", "movement", "agent", "Dolphin"),
    ("log", "Log of the schooner Dolphin\n\n3 July 1799. At dawn the crew mutinied and seized the mate.",
     "uprising", "agent", None),
    # (added before the headword fix: a biography's "he" after its subject's teacher or a man it acted on)
    ("headword", "Walter Hesse (1880-1952) was a German chemist. He studied at Bonn under Max Brandt.\n\nHe was "
     "arrested by the Gestapo in 1938.", "arrest", "patient", "Walter Hesse"),
    ("headword", "Ousmane Diallo (1900-1960) was a teacher at Thies. In 1930 he married Aminata Sow. She founded "
     "a school in 1935.", "founding", "agent", "Aminata Sow"),
    ("headword", "Walter Hesse (1880-1952) was a German chemist. His paper on dyes impressed the physicist Max "
     "Brandt, who invited him to Jena. He was arrested in 1938.", "arrest", "patient", "Walter Hesse"),
    ("cleft", "In 1794 the mutineers seized the ship. It was Captain Hugh Rowe who ordered the arrest of the "
     "ringleaders.", "arrest", "agent", "Hugh Rowe"),
    ("cleft", "Harold Finch ran the mill at Derby. It was his foreman, Jacob Lee, who dismissed the weavers in "
     "1822.", "dismissal", "agent", "Jacob Lee"),
    ("cleft", "The miners struck in 1893. It was the sheriff who arrested their leaders.", "arrest", "agent",
     "the sheriff"),
]


# set F (actors5): written after the fixes of set E and run once, untuned: the same kinds in other words
SET_F = [
    ("gender", "Pieter Claes was a weaver at Leiden. In 1672 he married Geertje Hals; she kept his accounts. He "
     "was imprisoned for debt in 1680.", "arrest", "patient", "Pieter Claes"),
    ("gender", "Margarethe Lorenz ran a press at Basel. Johann Amerbach, her partner, printed the Bible in 1479. "
     "In 1481 she was banished from the city.", "deportation", "patient", "Margarethe Lorenz"),
    ("gender", "Lady Honor Grey owned the manor at Wick. The vicar, Osric Pym, preached against her. She was "
     "arrested in 1643.", "arrest", "patient", "Honor Grey"),
    ("gender", "Ivo Sartori taught law at Padua. Lucia Ferro, a pupil whom he admired, published a treatise in "
     "1701. He resigned his chair in 1704.", "resignation", "agent", "Ivo Sartori"),
    ("subject", "Ivo Sartori (1660-1731) was an Italian jurist. The trial of the bishop, Carlo Neri, made him "
     "famous. He was appointed judge in 1699.", "assignment", "patient", "Ivo Sartori"),
    ("subject", "Ivo Sartori (1660-1731) was an Italian jurist. He defended Carlo Neri in 1690.\n\nHe was "
     "arrested in 1695.", "arrest", "patient", "Ivo Sartori"),
    ("subject", "Ivo Sartori taught law at Padua. His son Marco Sartori joined the army in 1700. He was killed "
     "at Turin in 1706.", "killing", "patient", "Marco Sartori"),
    ("writer", "Fort Laramie, June 3, 1849\n\nDear Brother,\n\nYesterday we reached the fort. The captain "
     "arrested us for trespass.\n\nYour brother,\nSilas Ward", "arrest", "patient", "narrator:Silas Ward"),
    ("writer", "Vienna, 2 March 1848\n\nDearest Anna,\n\nThe police arrested me this morning.\n\nYours "
     "ever,\nKarl Weber", "arrest", "patient", "narrator:Karl Weber"),
    ("writer", "Memoirs of Hannah Vos\n\nIn 1921 we left Riga for Danzig. The consul received us in the "
     "harbour.", "meeting", "patient", "narrator:Hannah Vos"),
    ("writer", "Posted by Dan Okafor\n\nMy uncle joined the police in 1960. He was dismissed in 1966.",
     "dismissal", "patient", "my uncle"),
    ("log", "Log of the whaler Essex\n\n5 May 1819. Departed Nantucket at noon.", "movement", "agent", "Essex"),
    ("log", "Journal of HMS Petrel\n\n1 June 1840. Sailed at dawn for Malta. At noon the ship was attacked by "
     "pirates.", "attack", "patient", "HMS Petrel"),
    ("log", "Log of the brig Hope\n\n2 June 1801. The crew deserted at Recife.", "desertion", "agent", None),
    ("cleft", "The garrison surrendered in 1704. It was General Hugo Brandt who accepted the surrender.",
     "surrender", "agent", None),
    ("cleft", "Nobody expected a strike. It was the foreman, Abel Crane, who dismissed the strikers in 1890.",
     "dismissal", "agent", "Abel Crane"),
]


# set G (actors6): written before its fixes, with traps. The article's subject after an official in
# apposition acted on them; a possessive "his death" after a woman; a wire report's dateline town;
# a nationality adjective or a people's name before the noun or names it modifies; names with an
# apostrophe or particle; an interview's "I" (its header names the interviewee); a job title beside
# its name; "X succeeded him"; "the men of his party" / "them" for a named group.
SET_G = [
    ("subject", "Rafael Ortiz (1801-1870) was a Chilean teacher. In 1830 the governor, Diego Portal, sent him to "
     "Valdivia. He founded a school there in 1832.", "founding", "agent", "Rafael Ortiz"),
    ("subject", "Yusuf Karim (1790-1851) was an Egyptian scholar. In 1820 the Pasha, Ali Murad, appointed him "
     "judge at Asyut. He married Fatima Nur in 1822.", "marriage", "agent", "Yusuf Karim"),
    ("gender", "Joan Harlow visited the prison in 1761. His release came in 1762 after a long appeal by "
     "Thomas Pell's family.", "release", "patient", None),
    ("gender", "Thomas Pell was jailed at Newgate. Joan Harlow visited him in 1761. His death in 1763 went "
     "unnoticed.", "death", "patient", "Thomas Pell"),
    ("dateline", "NAIROBI, March 3 (Reuters) - The Kenyan minister of trade, Paul Otieno, said on Tuesday that "
     "the talks had failed.", "statement", "agent", "Paul Otieno"),
    ("dateline", "HARARE, June 9 (AP) — Police arrested twelve students on Friday, officials said.", "arrest",
     "agent", "Police"),
    ("nationality", "In 1857 three British sailors were killed in a riot at Canton.", "killing", "patient",
     "three British sailors"),
    ("nationality", "In 1888 the Danish court sentenced Karl Holm to prison.", "trial", "agent", None),
    ("nationality", "In 1903 the Labour minister, Arthur Dunn, said the strike was over.", "statement", "agent",
     "Arthur Dunn"),
    ("particle", "The poet Seamus O'Riordan died at Cork in 1921.", "death", "patient", "Seamus O'Riordan"),
    ("particle", "In 1827 Jules d'Orval sailed from Toulon.", "movement", "agent", "Jules d'Orval"),
    ("particle", "Amadou N'Diaye founded a newspaper at Dakar in 1934.", "founding", "agent", "Amadou N'Diaye"),
    ("interview", "Interview with Rosa Klein, recorded 1975\n\nQ: Where were you born?\nA: I was born in Linz "
     "in 1901. In 1938 the Gestapo arrested me.", "arrest", "patient", "narrator:Rosa Klein"),
    ("interview", "Oral history interview with Samuel Dube, 1982\n\nINTERVIEWER: When did you leave?\n"
     "DUBE: I left Soweto in 1960. The police arrested me in 1963.", "arrest", "patient",
     "narrator:Samuel Dube"),
    ("jobtitle", "In 1880 the mission's doctor, Henry Blake, founded a hospital at Blantyre.", "founding",
     "agent", "Henry Blake"),
    ("jobtitle", "In 1884 Henry Blake, the company's agent, dismissed the clerk.", "dismissal", "agent",
     "Henry Blake"),
    ("succession", "Bishop Anselm Roth died in 1702. In 1703 Conrad Weil succeeded him.", "assignment",
     "patient", "Conrad Weil"),
    ("group", "In 1845 Captain John Rae and the men of his party reached the river. The Inuit guided them to "
     "the coast.", "movement", "agent", "John Rae"),
    ("group", "The Dutch settlers Jan Vos and Piet Kolb reached the Cape in 1652. The governor arrested them "
     "in 1653.", "arrest", "patient", "Jan Vos"),
]


# set H (actors6): written after the fixes of set G and run once, untuned: the same kinds in other words.
# Run once: 11/15 right, 3 wrong-only ("made him a chief" and "wrote to him" then "He"/"His": the official
# or the woman; "four Norwegian whalers" is the group, lower-cased). After fixing those two kinds: 13/15.
# Set G before its fixes: 7/19 right, 4 wrong-only; after: 14/19, 1 wrong-only ("Joan": either sex).
SET_H = [
    ("subject", "Tomas Varga (1812-1879) was a Hungarian engineer. In 1840 the Palatine, Joseph Arpad, sent him "
     "to Fiume. He founded a shipyard there in 1844.", "founding", "agent", "Tomas Varga"),
    ("subject", "Kofi Mensah (1850-1910) was a Ghanaian trader. In 1880 the Asantehene, Kwaku Dua, made him a "
     "chief. He was arrested by the British in 1896.", "arrest", "patient", "Kofi Mensah"),
    ("gender", "Pablo Serra was held at Montjuic. Kiri Alcott wrote to him in 1909. His execution followed in "
     "1910.", "execution", "patient", "Pablo Serra"),
    ("gender", "Pablo Serra was held at Montjuic. In 1909 Kiri Alcott brought her lawyer to the fortress. His "
     "release came in 1911.", "release", "patient", "Pablo Serra"),
    ("dateline", "MANILA, Aug. 2 (UPI) -- The army said on Sunday that rebels had attacked a convoy.", "statement",
     "agent", "the army"),
    ("dateline", "ACCRA (Reuters) - Opposition leaders said on Monday the vote was rigged.", "statement", "agent",
     None),
    ("nationality", "Four Norwegian whalers were drowned off Georgia in 1912.", "death", "patient",
     "Four Norwegian whalers"),
    ("nationality", "In 1911 the Liberal chancellor, Owen Pryce, said the budget would pass.", "statement",
     "agent", "Owen Pryce"),
    ("nationality", "In 1966 Zambian troops attacked the camp.", "attack", "agent", "Zambia"),
    ("interview", "Interview with Leah Moyo, recorded 1988\n\nQ: What happened in 1960?\nA: The police "
     "arrested me at Bulawayo.", "arrest", "patient", "narrator:Leah Moyo"),
    ("interview", "Transcript of an interview with Arturo Sanz, 1991\n\nINTERVIEWER: Were you in Madrid?\nSANZ: "
     "Yes. In 1937 the militia arrested me there.", "arrest", "patient", "narrator:Arturo Sanz"),
    ("jobtitle", "In 1872 the consul's secretary, Hugh Abney, resigned.", "resignation", "agent", "Hugh Abney"),
    ("succession", "Abbot Lothar Frei died in 1650. In 1651 Benno Kast succeeded him.", "assignment", "patient",
     "Benno Kast"),
    ("group", "Amos Kell and Seth Dorr crossed the river in 1849. A patrol arrested them in 1850.", "arrest",
     "patient", "Amos Kell"),
    ("group", "The settlers reached the river in 1849. A patrol arrested them in 1850.", "arrest", "patient",
     None),
]


# set I (actors7): written before its fixes, with traps. Before: 16/24 right, 3 wrong-only ("he" after partners
# "with the brothers X and Y"; "he" after a governor who "noticed his skill and sent him"; "the captain"
# after "The captain of X was Y"), 4 empty ("his brother", "his widow", "her husband"), 1 row of another
# event type (corrected: "killed in an explosion" is a death). After: 24/24. Set J after them, run once: 16/18
# (one name the tagger misses, "Tove Lund"; one row with no event of its type).
# Set I "he" after partners named in a coordination
# ("with the brothers X and Y he ..."); an article's "he" after an official who acted on its headword;
# a first name alone after the full name; kinship subjects ("his brother", "his widow", "my grandfather":
# the described person, or the relative the text names); counted, plural and collective subjects; a
# passive's agent; a role noun for the name given in apposition or by a copula; a title before a name
# in an apposition.
SET_I = [
    ("coordination", "Otto Reinhardt (1840-1911) was a German industrialist. In 1868, with the brothers Karl Fenn "
     "and Max Fenn, he founded a steelworks at Essen.", "founding", "agent", "Otto Reinhardt"),
    ("coordination", "Lars Ekdal ran a shop at Malmo. Together with his partners Nils Berg and Olof Lind he opened "
     "a bank in 1872. He died in 1890.", "death", "patient", "Lars Ekdal"),
    ("headword", "Jonas Pauls (1790-1850) was a Latvian painter. A governor, Count Peter Brock, noticed his "
     "skill and sent him to the capital. He was arrested there in 1825.", "arrest", "patient", "Jonas Pauls"),
    ("headword", "Mateus Silva (1880-1940) was a Portuguese violinist. The conductor Rui Lobo heard him in 1900 "
     "and took him to Lisbon. He married Ines Sa in 1905.", "marriage", "agent", "Mateus Silva"),
    ("firstname", "Maria Kowalska was born in Lodz in 1885. In 1906 Maria moved to Berlin.", "movement",
     "agent", "Maria Kowalska"),
    ("firstname", "Henrik Dahl and his wife Sigrid Dahl kept a farm at Voss. In 1890 Sigrid died of typhus.",
     "death", "patient", "Sigrid Dahl"),
    ("kin", "Emil Novak was a printer at Brno. In 1899 his brother was arrested for sedition.", "arrest",
     "patient", "his brother"),
    ("kin", "Emil Novak was a printer at Brno. His brother, Jan Novak, kept the shop. In 1899 his brother was "
     "arrested for sedition.", "arrest", "patient", "Jan Novak"),
    ("kin", "Captain Ezra Cole died at sea in 1850. In 1852 his widow founded a school for girls at Salem.",
     "founding", "agent", "his widow"),
    ("kin", "I was born in Vilna in 1930. In 1937 my grandfather was arrested by the police.", "arrest",
     "patient", "my grandfather"),
    ("plural", "In 1871 three fishermen were drowned off Skagen.", "death", "patient", "three fishermen"),
    ("plural", "In 1912 two miners were killed in an explosion at the pit.", "death", "patient", "two miners"),
    ("plural", "The brig Ida sailed from Bergen in 1860. Off Iceland the crew killed the mate.", "killing",
     "agent", "the crew"),
    ("collective", "In 1848 the council dismissed the town clerk.", "dismissal", "agent", "the council"),
    ("collective", "In 1790 the villagers burned the manor and killed the steward.", "killing", "agent",
     "the villagers"),
    ("passive", "In 1934 the strikers were attacked by the police at the docks.", "attack", "agent", "the police"),
    ("passive", "Lena Roth hid in the cellar. In 1944 she was arrested by the militia.", "arrest", "agent",
     "the militia"),
    ("rolename", "In 1702 the bishop, Pierre Lemaire, came to Vannes. In 1704 the bishop excommunicated the "
     "mayor.", "dismissal", "agent", "Pierre Lemaire"),
    ("rolename", "The captain of the Hope was Elias Grant. In 1799 the captain was arrested at Lisbon.", "arrest",
     "patient", "Elias Grant"),
    ("rolename", "The governor of the province, Luis Herrera, arrived in 1810. In 1812 the governor dismissed "
     "the mayor of Cuzco.", "dismissal", "agent", "Luis Herrera"),
    ("apptitle", "In 1770 the new governor, Colonel Ruy Mendes, arrested the smugglers.", "arrest", "agent",
     "Ruy Mendes"),
    ("apptitle", "The ship's master, Captain Owen Price, was drowned in 1833.", "death", "patient", "Owen Price"),
    ("rolename", "The bishop, Pierre Lemaire, died in 1702. In 1705 the new bishop expelled the Jesuits.",
     "deportation", "agent", None),
    ("kin", "Anna Brix was a teacher at Aarhus. Her husband was arrested in 1943.", "arrest", "patient",
     "her husband"),
]


# set J (actors7): written after the fixes of set I and run once, untuned: the same kinds in other words
SET_J = [
    ("coordination", "Hamid Qureshi (1850-1921) was a trader at Karachi. In 1880, together with his cousin Yusuf "
     "Ali, he opened a shipping office at Bombay.", "founding", "agent", "Hamid Qureshi"),
    ("coordination", "Tove Lund (1870-1950) was a Danish editor. With the sisters Inge Holm and Karen Holm she "
     "founded a weekly paper in 1901.", "founding", "agent", "Tove Lund"),
    ("headword", "Kwame Boateng (1880-1945) was a Ghanaian clerk. The district commissioner, Arthur Fell, "
     "praised his work and sent him to Accra. He was dismissed in 1920.", "dismissal", "patient",
     "Kwame Boateng"),
    ("firstname", "Amina Yusuf was born at Kano in 1901. In 1925 Amina founded a girls' school.", "founding",
     "agent", "Amina Yusuf"),
    ("firstname", "Pedro Almeida and his sister Clara Almeida ran a bakery. In 1931 Pedro was arrested.",
     "arrest", "patient", "Pedro Almeida"),
    ("kin", "Farid Haddad was a jeweller at Aleppo. In 1915 his son was deported to Anatolia.", "deportation",
     "patient", "his son"),
    ("kin", "Farid Haddad was a jeweller at Aleppo. His son, Sami Haddad, worked with him. In 1915 his son was "
     "deported to Anatolia.", "deportation", "patient", "Sami Haddad"),
    ("kin", "Lars Moen married Siri Dahl in 1880. He drowned in 1890. In 1891 his widow opened a shop at "
     "Bergen.", "founding", "agent", "his widow"),
    ("kin", "Marta Ruiz kept the inn. Her sister was arrested in 1937.", "arrest", "patient", "her sister"),
    ("plural", "In 1899 four sailors were drowned in the harbour.", "death", "patient", "four sailors"),
    ("collective", "In 1850 the committee dismissed the schoolmaster.", "dismissal", "agent", "the committee"),
    ("passive", "In 1921 the printer Hugo Kern was arrested by the gendarmes.", "arrest", "agent", "the gendarmes"),
    ("rolename", "In 1650 the abbot, Bernard Vogt, came to Melk. In 1652 the abbot expelled two monks.",
     "deportation", "agent", "Bernard Vogt"),
    ("rolename", "The mayor of the town was Julius Kahn. In 1933 the mayor was arrested.", "arrest", "patient",
     "Julius Kahn"),
    ("apptitle", "In 1812 the commander of the fort, Major Ira Cobb, surrendered.", "surrender", "agent",
     "Ira Cobb"),
    ("kin", "Ilse Brandt taught at Jena. Her brother Otto Brandt joined the army. In 1916 her brother was "
     "killed at Verdun.", "killing", "patient", "Otto Brandt"),
    ("coordination", "Emil Roth ran a mill at Basel. When Karl Roth arrived in 1850, he bought the mill.",
     "purchase", "agent", None),
    ("rolename", "The mayor of the town was Julius Kahn. He resigned in 1932. In 1934 the new mayor arrested "
     "the editor.", "arrest", "agent", None),
]


# set K (actors10): written before its fixes, with the ordinary cases that must stay right. A pronoun or
# a possessive ("his arrest") after a sentence that names another man last; a role-noun subject ("the old
# man") before "where he died"; "a rival, the painter X, accused him"; "he" after a fronted participial
# clause; the second "he" of a coordination; "they" after "X, which ..., sent them up the river, and ...
# they founded"; a description in apposition before the name ("Born at X, the son of Y, NAME was ...");
# "by order of the Resident, Sir X"; "His Majesty" for the king named before; "Led by X, sixty families
# left"; an agentless founding; "until his death"; a datelined lead's "NAME died ..., his family said".
# Before (main 7062fc2): 17/28 right, 6 wrong-only, 5 empty; after: 27/28, 1 wrong-only ("Released in 1945, he"
# after "The camp's commandant was a brutal man": the commandant). Set L, run once after them: 14/16 (2 wrong:
# "accused him" after "A rival, the critic X," parsed as two subjects; "where he died" after "After a quarrel
# with X, the old poet withdrew"); after fixing those two kinds 16/16 (main: 7/16).
SET_K = [
    ("lastnamed", "Viktor Halden edited a radical weekly at Brno. In 1903 he printed a letter from the "
     "socialist Emil Krall. His arrest followed in 1904.", "arrest", "patient", "Viktor Halden"),
    ("lastnamed", "Emil Hart printed a weekly at Ulm. He employed the young reporter Paul Roth.\n\nHis arrest "
     "in 1933 closed the paper.", "arrest", "patient", "Emil Hart"),
    ("lastnamed", "Ruth Adler taught at Basel. In 1931 the critic Otto Fenn praised her. His arrest came in "
     "1933.", "arrest", "patient", "Otto Fenn"),
    ("rolenoun", "Anton Reis ran a paper at Brno. He quarrelled with Jan Hrubes. The old man withdrew to Tabor, "
     "where he died in 1912.", "death", "patient", "Anton Reis"),
    ("rival", "Lukas Brandt (1860-1930) was a Swiss publisher.\n\nA rival, the printer Max Egli, accused him "
     "of fraud in 1901.", "accusation", "patient", "Lukas Brandt"),
    ("rival", "Lukas Brandt (1860-1930) was a Swiss publisher.\n\nA rival, the printer Max Egli, accused him "
     "of fraud in 1901.", "accusation", "agent", "Max Egli"),
    ("participle", "Pierre Lenoir was interned at Drancy in 1943. His wife, Marie Lenoir, hid the children at "
     "Vichy. Released in 1945, after the war, he returned to Lyon.", "movement", "agent", "Pierre Lenoir"),
    ("participle", "Pierre Lenoir was interned at Drancy in 1943. The camp's commandant was a brutal man. "
     "Released in 1945, he returned to Lyon.", "movement", "agent", "Pierre Lenoir"),
    ("participle", "Marie Lenoir was interned at Gurs in 1940. Freed in 1944, she returned to Lyon.", "movement",
     "agent", "Marie Lenoir"),
    ("coordination", "Karl Brenner was a lawyer at Graz. He defended the editor Max Urban in 1878. In 1880 he "
     "was elected to the diet, and two years later he joined the Liberal Club.", "membership", "agent",
     "Karl Brenner"),
    ("coordination", "Karl Brenner was a lawyer at Graz. In 1878 he defended the editor Max Urban, whom the "
     "court acquitted. In 1880 he was elected to the diet, and two years later he joined the Liberal Club.",
     "membership", "agent", "Karl Brenner"),
    ("they", "In 1849 forty families from Zeeland sailed for Surinam. The colonial government, which had "
     "promised them land, sent them up the river, and on 3 May 1850 they founded the village of Groningen.",
     "founding", "agent", "forty families"),
    ("they", "The Lutheran settlers sailed from Hamburg in 1838. The governor, who distrusted them, sent them up "
     "the river, and in 1839 they founded the village of Hahndorf.", "founding", "agent",
     "the Lutheran settlers"),
    ("they", "The rebels crossed the river in 1850, and in 1851 they founded a republic.", "founding", "agent",
     "the rebels"),
    ("rolename", "Born in Tula in 1820, the son of Pavel Lesk, Ivan Lesk was arrested in 1848.", "arrest",
     "patient", "Ivan Lesk"),
    ("rolename", "Born at Tula in 1820, the son of a priest, Ivan Lesk was sent to Moscow in 1834.",
     "assignment", "patient", "Ivan Lesk"),
    ("rolename", "In 1870 the sultan was deposed by order of the Resident, Sir Hugh Dane.", "dismissal", "agent",
     "Hugh Dane"),
    ("rolename", "King Olaf Brenn ruled from 1820. In 1825 His Majesty dissolved the diet.", "dissolution",
     "agent", "Olaf Brenn"),
    # (first written as "The trial of Thomas Webb ended on 3 May 1881. His Lordship sentenced the prisoner",
    # want None: the row read the nominal "trial", the first event of its type, not "sentenced")
    ("rolename", "Before Mr Justice Arnold Pike\n\nOn 3 May 1881 His Lordship sentenced Thomas Webb to death.",
     "trial", "agent", "Arnold Pike"),
    ("missing", "Led by Jan Wold, some sixty families left Bergen in 1852.", "movement", "agent",
     "some sixty families"),
    ("missing", "In 1852 some sixty families left Bergen.", "movement", "agent", "some sixty families"),
    ("missing", "Hans Egger was born at Chur in 1820. He taught at the village school until his death in 1890.",
     "death", "patient", "Hans Egger"),
    ("missing", "Emil Hart printed a weekly at Ulm. In 1933 the paper was banned. He was released in 1934 and "
     "the press was given back to him.", "release", "patient", "Emil Hart"),
    ("missing", "Emil Hart printed a weekly at Ulm. After the revolution of 1919 the military government "
     "arrested him.", "arrest", "patient", "Emil Hart"),
    ("missing", "LAGOS, May 4 (Reuters) - John Mensah died in Lagos on Thursday, his family said.", "death",
     "patient", "John Mensah"),
    ("missing", "LAGOS, May 4 (Reuters) — Ade Bankole, a former minister, died in Lagos on Thursday, his family "
     "said.", "death", "patient", "Ade Bankole"),
    ("missing", "Tom Leck was a boxer. In 1920 he moved to Leeds, where he trained, and he retired in 1930.",
     "resignation", "agent", "Tom Leck"),
    ("they", "In 1850 the governor sent the Moravian brothers to the coast, and in 1851 they founded a mission "
     "at Ebenezer.", "founding", "agent", "the Moravian brothers"),
]


# set L (actors10): written after the fixes of set K and run once, untuned: the same kinds in other words
SET_L = [
    ("lastnamed", "Oskar Brehm kept a pharmacy at Linz. He sold medicines to the smuggler Rudi Karst.\n\nHis arrest "
     "in 1921 ended the business.", "arrest", "patient", "Oskar Brehm"),
    ("lastnamed", "Oskar Brehm kept a pharmacy at Linz. In 1919 he took on the apprentice Rudi Karst. His arrest "
     "came in 1921.", "arrest", "patient", "Oskar Brehm"),
    ("rolenoun", "Ferenc Holt (1820-1890) was a Hungarian poet.\n\nAfter a quarrel with the editor Janos Vida, the "
     "old poet withdrew to Eger, where he died in 1890.", "death", "patient", "Ferenc Holt"),
    ("rival", "Ferenc Holt (1820-1890) was a Hungarian poet.\n\nA rival, the critic Janos Vida, accused him of "
     "plagiarism in 1850.", "accusation", "patient", "Ferenc Holt"),
    ("participle", "Ferenc Holt (1820-1890) was a Hungarian poet. In 1848 he fought under General Bem. Captured in "
     "1849, he spent four years at Kufstein.", "arrest", "patient", "Ferenc Holt"),
    ("participle", "Lena Marx was a nurse at Graz. Her brother Otto Marx was a soldier. Wounded in 1916, he "
     "returned to Graz.", "movement", "agent", "Otto Marx"),
    ("coordination", "Ferenc Holt (1820-1890) was a Hungarian poet. In 1861 he was elected to the diet with the "
     "support of Count Pal Zichy, and in 1867 he joined the Deak party.", "membership", "agent", "Ferenc Holt"),
    ("they", "In 1820 three hundred Swiss farmers reached Brazil. The emperor, who had invited them, sent them to "
     "the hills, and in 1821 they founded a town.", "founding", "agent", "three hundred Swiss farmers"),
    ("they", "In 1702 the Company sent the Huguenot refugees to the valley, and in 1703 they founded a church.",
     "founding", "agent", "the Huguenot refugees"),
    ("rolename", "Raised at Lund, the son of a sailor, Nils Berg was arrested in 1864.", "arrest", "patient",
     "Nils Berg"),
    ("rolename", "In 1885 the chief was exiled by order of the Commissioner, Sir Alan Royce.", "deportation",
     "agent", "Alan Royce"),
    ("rolename", "Queen Ingrid Sand came to the throne in 1801. In 1809 Her Majesty dismissed the chancellor.",
     "dismissal", "agent", "Ingrid Sand"),
    ("missing", "Led by Father Anton Kos, some eighty families left Ljubljana in 1873.", "movement", "agent",
     "some eighty families"),
    ("missing", "ACCRA, Jan. 5 (Reuters) - Peter Mensah, a former judge, died in Accra on Sunday, his family said.",
     "death", "patient", "Peter Mensah"),
    ("missing", "Karl Vogt taught at Bern. He lived there until his death in 1895.", "death", "patient",
     "Karl Vogt"),
    ("they", "The strikers marched on the mill in 1890, and in 1891 they founded a union.", "founding", "agent",
     "the strikers"),
]


# set M (mend7): should NOT apply — texts where a rule of actors10 (opening participles as passive, forms of
# address, "sent them … and they", the paragraph's last subject carried, climbing from an adverbial clause)
# gave a wrong participant; the reviewer's texts and our own of the same kinds, written before the fixes
# (before the fixes: right 1/15, wrong-only 14; after (mend7): 15/15, sets A–L unchanged)
SET_M = [
    ("participle", "Anton Weil (1800-1860) was a lawyer at Prague. Returned from exile in 1850, he founded a "
     "newspaper.", "movement", "patient", None),
    ("participle", "Marta Kron (1810-1870) was a singer at Vienna. Retired from the stage in 1850, she taught "
     "singing at Graz.", "resignation", "patient", None),
    ("participle", "Hugo Sall (1790-1850) was a weaver. Arrived at Boston in 1830, he opened a shop.", "movement",
     "patient", None),
    ("participle", "Emil Tann (1801-1866) was a poet. Escaped from prison in 1849, he fled to London.", "escape",
     "patient", None),
    ("addressed", "King Ludwig Rahn died in 1760. In 1775 His Majesty arrested the chancellor.", "arrest", "agent",
     None),
    ("addressed", "In 1775 His Majesty arrested the chancellor. In 1790 King Ludwig Rahn was born at Kassel.",
     "arrest", "agent", None),
    ("addressed", "Governor Peter Wolk ruled the colony. In 1770 His Excellency the Viceroy dismissed him.",
     "dismissal", "agent", None),
    ("addressed", "Queen Ada Lorn died in 1801. In 1805 Her Majesty dismissed the chancellor.", "dismissal",
     "agent", None),
    ("they", "The colonists of Tann rebelled in 1770 after the governor taxed the merchants, and they burned the "
     "customs house in 1771.", "attack", "agent", "the colonists of Tann"),
    ("they", "The miners of Kell struck in 1880 after the owners fined the boys, and they founded a union in 1881.",
     "founding", "agent", "the miners of Kell"),
    ("carry", "Karl Brenn (1790-1850) was a Saxon merchant. In 1840 Otto Lind, his old enemy, denounced Karl "
     "Brenn to the police.\n\nHis arrest followed in 1841.", "arrest", "patient", "Karl Brenn"),
    ("carry", "Karl Brenn (1790-1850) was a Saxon merchant. In 1840 Otto Lind denounced Brenn to the police."
     "\n\nThe police arrested him in 1841.", "arrest", "patient", "Karl Brenn"),
    ("carry", "Maria Holm (1800-1870) was a painter. In 1830 Eva Roth betrayed Maria Holm to the police.\n\nHer "
     "arrest followed in 1831.", "arrest", "patient", "Maria Holm"),
    ("climb", "Jan Holt (1760-1820) was a Danish soldier.\n\nThe old soldier fought for King Otto Rahn until he "
     "was deposed in 1790.", "dismissal", "patient", "Otto Rahn"),
    ("climb", "Paul Dorn (1750-1810) was a Prussian officer.\n\nThe officer served King Karl Beck until he was "
     "overthrown in 1799.", "dismissal", "patient", "Karl Beck"),
]

# letters12: a collection's numbered letter headings ("IV. Paris, 10 December 1834": a numeral, a place, a
# date) are no writer: "I" is the writer the collection's title names, else an unnamed narrator; "X and I";
# a diary's running subject after a verbless entry ("Sobol released this afternoon. He ..."), a diary's name
# and bare participle ("Captain Orlov arrested at dawn": the one arrested). Written before the fixes (two rows
# added with them, marked); main 7d6f99a -> letters12:
#   before: right 1/8, wrong-only 4, empty 2, no event 1     after: right 7/8, wrong-only 0, empty 1
#   (the miss: "Sobol" is read as an organisation by the names stage, so "He" stays unresolved)
# SET_Q: written after the fixes, run once: right 4/4 (main 7d6f99a: right 1/4, wrong-only 2, empty 1)
SET_P = [
    ("writer", "Letters of Tomasz Wierzba to his Brother\n\nI. Lyon, 2 November 1833\n\nMy dear Jan,\n\nWe "
     "arrived here after a long journey. The prefect received me kindly.\n\nII. Lyon, 10 December 1833\n\nMy "
     "dear Jan,\n\nI am well.", "meeting", "patient", "narrator:Tomasz Wierzba"),
    ("writer", "Letters of Tomasz Wierzba to his Brother\n\nI. Lyon, 2 November 1833\n\nMy dear Jan,\n\nI "
     "am well.\n\nII. Lyon, 10 December 1833\n\nMy dear Jan,\n\nThe police arrested me at the theatre on "
     "Sunday.", "arrest", "patient", "narrator:Tomasz Wierzba"),
    ("writer", "IV. Paris, 10 December 1834\n\nMy dear friend,\n\nThe prefect received me kindly. I was "
     "arrested on Sunday.\n\nV. Paris, 20 December 1834\n\nMy dear friend,\n\nI am well.", "meeting",
     "patient", "narrator:the narrator"),
    ("writer", "XII. Kowno, 3 May 1849\n\nDear Sir,\n\nThe governor received me at noon, and I left for "
     "Wilno in the evening.", "meeting", "patient", "narrator:the narrator"),
    ("pair", "Letters of Tomasz Wierzba to his Brother\n\nII. Lyon, 10 December 1833\n\nMy dear Jan,\n\nI "
     "came back from Geneva last week. Marta Lis and I were married on the 4th.", "marriage", "agent",
     "Marta Lis"),
    ("pair", "Letters of Tomasz Wierzba to his Brother\n\nII. Lyon, 10 December 1833\n\nMy dear Jan,\n\nThe "
     "Minister has signed an order expelling me. Marta and I were married on the 4th.", "marriage", "agent",
     "Marta"),  # (added with the fix: the subject parsed under "were", the couple read as a passive's patients)
    ("running", "The Diary of Anna Kessel\n\n28 November 1863. — Colonel Brandt received us at the gate.\n\n"
     "1 December. — The gendarmes searched the house of Sobol at dawn today.\n\n3 December. — Sobol released "
     "this afternoon. He was arrested again tonight.", "arrest", "patient", "Sobol"),
    ("telegraph", "The Diary of Anna Kessel\n\n2 March 1863. — We stayed at home. Captain Orlov arrested at "
     "dawn.\n\n3 March 1863. — Nothing new. We wept.", "arrest", "patient", "Orlov"),  # (added with the fix)
]

SET_Q = [  # letters12: written after the fixes, run once, never tuned on
    ("writer", "Letters of Karel Mraz to his Wife\n\nVII. Brno, 2 March 1849\n\nMy dearest,\n\nThe governor "
     "received me at last.\n\nVIII. Brno, 9 March 1849\n\nMy dearest,\n\nI am well.", "meeting", "patient",
     "narrator:Karel Mraz"),
    ("writer", "IX. Olomouc, 5 May 1849\n\nDear Sir,\n\nThe police arrested me at the station, and I spent "
     "the night in a cell.", "arrest", "patient", "narrator:the narrator"),
    ("telegraph", "The Journal of Eva Holub\n\n4 April 1848. — We stayed indoors. Weiss arrested this "
     "morning.\n\n5 April 1848. — Rain. We wept.", "arrest", "patient", "Weiss"),
    ("pair", "Letters of Karel Mraz to his Wife\n\nVII. Brno, 2 March 1849\n\nMy dearest,\n\nI am well. "
     "Your sister Hana and I were received by the governor.", "meeting", "patient", "Hana"),
]


# actors12, written before its fixes: a subject pronoun after a fronted date where the sentence before
# told a relative ("His father died in 1784. In 1786 he married"), an appositive name after a capitalised
# title ("The French Resident, X, accused him"), an army "under" its commander, a part of an army "under"
# someone ("the remnant of the army under General X ... was interned": the remnant, not X), a nominal
# death's possessor ("appointed X ..., and he led it until his death"), a fronted "Married in 1830, he"
# (a reciprocal verb: he married), and traps (a fronted passive participle stays passive)
SET_N = [
    ("fronted", "Johann Keller was born at Thun in 1760. His father died in 1784. In 1786 he married Anna, the "
     "daughter of Ulrich Frey, and moved to Bern.", "marriage", "agent", "Johann Keller"),
    ("fronted", "Johann Keller was born at Thun in 1760. His mother kept the inn. In 1786 he married Anna, the "
     "daughter of Ulrich Frey, and moved to Bern.", "marriage", "agent", "Johann Keller"),
    ("conjunct", "Karl Menz was a German scholar. His brother died young. He studied at Halle, and three years "
     "later he was appointed professor of rhetoric at Breslau.", "assignment", "patient", "Karl Menz"),
    ("conjunct", "In 1801 Karl Menz became rector of the gymnasium at Halle, and three years later he was "
     "appointed professor of rhetoric.", "assignment", "patient", "Karl Menz"),
    ("with", "Phan Van Tho was born at Hue in 1880. His father was a magistrate. With two friends, Dao Van Kiet "
     "and Pham Duc Minh, he opened a school at Hue in March 1906.", "founding", "agent", "Phan Van Tho"),
    ("with", "Doan Minh Khue returned from Japan in 1905. With two friends, Dao Van An and Pham Binh, he opened the "
     "school at Vinh in March 1906.", "founding", "agent", "Doan Minh Khue"),
    ("appostitle", "Pierre Lamotte was a teacher at Vinh. The French Resident, Charles Vaucelle, accused him of "
     "sedition in 1908.", "accusation", "agent", "Charles Vaucelle"),
    ("appostitle", "The Papal Legate, Cardinal Ugo Serra, excommunicated the count in 1210.", "dismissal", "agent",
     "Ugo Serra"),
    ("appostitle", "The Papal Legate, Cardinal Ugo Serra, excommunicated the count in 1210.", "dismissal",
     "patient", None),
    ("army", "In 1622 an Ottoman army under Selim Pasha burned the monastery.", "attack", "agent", "Selim Pasha"),
    ("army", "The monastery was founded in 1410. In 1622 an Ottoman army under Selim Pasha burned the monastery "
     "and killed the monks.", "killing", "agent", "Selim Pasha"),
    ("army", "In 1655 a Swedish army under Karl Horn besieged the town of Lesko.", "attack", "agent", "Karl Horn"),
    ("partof", "The remnant of the army under General Jozef Marek crossed into Saxony on 5 October 1832 and was "
     "interned.", "arrest", "patient", None),
    ("partof", "The remnant of the army under General Jozef Marek crossed into Saxony on 5 October 1832 and was "
     "interned.", "defection", "agent", "the remnant of the army"),
    ("partof", "General Jozef Marek fought at Ostrow. The rest of the army under General Jozef Marek crossed "
     "into Saxony on 5 October 1832 and was interned there.", "arrest", "patient", None),
    ("possdeath", "In 1820 King Frederick Aumont appointed Jan Roos director of the school, and he led the school "
     "until his death twenty years later.", "death", "patient", "Jan Roos"),
    ("possdeath", "Jan Roos was appointed director of the school by King Frederick Aumont in 1820 and led the "
     "school until his death in 1840.", "death", "patient", "Jan Roos"),
    ("possdeath", "Jan Roos was a teacher at Delft. He was appointed director of the school that King Frederick "
     "Aumont founded in 1820, and led it until his death twenty years later.", "death", "patient", "Jan Roos"),
    ("reciprocal", "Pieter Claes was born at Hoorn in 1805. Married in 1830, he settled at Edam with his wife.",
     "marriage", "agent", "Pieter Claes"),
    ("reciprocal", "Pieter Claes was a painter. Married in 1830 to Greta Hals, he settled at Edam.", "marriage",
     "agent", "Pieter Claes"),
    ("reciprocal", "Jan Kos was a printer. Arrested in 1849, he spent six years at Kufstein.", "arrest", "patient",
     "Jan Kos"),
]


def _names(ad, ev, role, writer: bool = False) -> set[str]:
    out = set()
    for p in ev.participants:
        if p.role != role:
            continue
        if p.kind == "narrator":
            e = ad.entity(p.entity) if p.entity else None
            out.add(f"narrator:{e.name if e is not None else p.name}" if writer else "narrator")
        else:
            e = ad.entity(p.entity) if p.entity else None
            out.add(e.name if e is not None else p.name)
    return out


def run(rows) -> Counter:
    tally: Counter = Counter()
    for kind, text, etype, role, want in rows:
        ad = annotate(text)
        evs = [e for e in ad.events if e.type == etype]
        got = _names(ad, evs[0], role, writer=bool(want and want.startswith("narrator:"))) if evs else set()
        # the same person whose entity name keeps a title ("Abbot Conrad Vell" for want "Conrad Vell")
        got = {want if want and n.endswith(" " + want) else n for n in got}
        if want is None:  # no name may fill the role
            named = [p for p in (evs[0].participants if evs else []) if p.role == role and p.entity]
            mark = "?" if not evs else "x" if named else "+"
        else:
            mark = "?" if not evs else "-" if not got else ("+" if got == {want} else "~" if want in got else "x")
        tally[(kind, mark)] += 1
        tally[("all", mark)] += 1
        print(f"{mark} {kind:10} {etype:12} {role:8} want {want!r:18} got {sorted(got)}  {text[:60]!r}")
    return tally


def main() -> None:
    for name, rows in (("A (tuned on)", SET_A), ("B (written after)", SET_B), ("C (traps, run once)", SET_C),
                       ("D (actors4, written before its fixes)", SET_D),
                       ("E (actors5, written before its fixes)", SET_E),
                       ("F (actors5, written after, run once)", SET_F),
                       ("G (actors6, written before its fixes)", SET_G),
                       ("H (actors6, written after, run once)", SET_H),
                       ("I (actors7, written before its fixes)", SET_I),
                       ("J (actors7, written after, run once)", SET_J),
                       ("K (actors10, written before its fixes)", SET_K),
                       ("L (actors10, written after, run once)", SET_L),
                       ("M (mend7, should not apply, written before its fixes)", SET_M),
                       ("N (actors12, written before its fixes)", SET_N),
                       ("P (letters12, written before its fixes)", SET_P),
                       ("Q (letters12, written after, run once)", SET_Q)):
        if len(sys.argv) > 1 and not any(name.startswith(a) for a in sys.argv[1:]):
            continue
        tally = run(rows)
        for kind in ("title", "narrator", "appositive", "passive", "kin", "under", "far", "gender", "subject",
                     "writer", "log", "cleft", "headword", "dateline", "nationality", "particle",
                     "interview", "jobtitle", "succession", "group", "coordination", "firstname", "plural",
                     "collective", "rolename", "apptitle", "lastnamed", "rolenoun", "rival",
                     "participle", "they", "missing", "addressed", "carry", "climb", "fronted", "conjunct", "with",
                     "appostitle", "army", "partof", "possdeath", "reciprocal", "pair", "running", "telegraph", "all"):
            n = sum(v for (k, _), v in tally.items() if k == kind)
            if not n:
                continue
            right = tally[(kind, "+")] + tally[(kind, "~")]
            filled = right + tally[(kind, "x")]
            print(f"set {name} {kind:10}: right {right}/{n}, wrong-only {tally[(kind, 'x')]}, "
                  f"extra beside right {tally[(kind, '~')]}, empty {tally[(kind, '-')]}, no event {tally[(kind, '?')]}"
                  f"  (precision {right}/{filled})")
        print()


if __name__ == "__main__":
    main()

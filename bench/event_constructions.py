"""Recall and precision on kinds of construction a held-out check found missing (issue: events4).

Sentences we wrote, one per construction, each with the type a reader expects ("none": no event of
the sentence should be shown): suits and hearings, elections and seats, oaths, onward travel and
crowds joined on the road, deaths a disease caused, agentless passives of common nouns, relative
clauses, repeated acts, orders of acts, appeals only weighed, refuge. SET_A guided the work (tuned on);
SET_B was written after it and run once before two last fixes, so it is less optimistic. SET_C (issue
events5: appointments, journeys, statements, releases, closures, copular appointments, "charged" and
"wrote to") was written and run before any of its fixes: found 14/29, confident 13/29, 2 confident
events of another type; after them 27/29, 27/29, 0 (it guided those fixes, so it is tuned on now).
SET_D, the same kinds in other words, was written after those fixes and run once: found 10/15,
confident 9/15, 0 others, its two "none" sentences clean. Do not tune on it.
SET_E (issue events6: closures of works and companies, agreements and mediations, clefts, deaths
told by a count or a state, occurrences told by a nominal, subjectless log clauses; negated ones
as "none") was run before its fixes: found 5/24, confident 5/24, 0 others; after them 14/24, 13/24, 0
(tuned on now). Its misses: parses ("In the gale of 1882 forty men", "Hobart" tagged a product),
no date and no one named ("The stoppage lasted ...", "Weighed anchor ..."), and words left out for
precision ("folded", "the line", "agreed a ... scale", "brought ... to the table").
SET_F, written after, run once: found 14/16, confident 14/16, 0 others, its five "none" clean (one
more after a later fix of plurals whose written form is their own WordNet noun, "the glassworks").
SET_E2 holds probes written during the fixes (tuned on). SET_G, written after those, run once: found
10/15, confident 10/15, 1 other ("the savings bank was liquidated" a killing), its four "none" clean;
three fixes followed (a compound's WordNet name, "nobody" first of two parsed subjects, plural bodies).
SET_H, written after all of events6's fixes and run once: found 10/14, confident 10/14, 2 others,
both defensible ("shot the poacher" an attack, not a killing; "threatened to close the mill" a
threat, its closure rightly absent); misses: "work at the shipyard ceased", "claimed more than two
hundred lives", "among the drowned" (the last fixed after, by the word's written form).
SET_I (issue events7: movements told with particles and idioms, to or from a common-noun place;
people taken somewhere or brought back under guard; foundings by opening or starting an institution;
closures of shops; successions and take-overs; successors chosen; suspensions) was run before its
fixes: found 3/19, confident 3/19, 1 other ("chosen to succeed" a decision); after them 16/19, 16/19,
1 other (tuned on now; "took office", first written as "none", is an assignment). Its misses: "the
wounded" parsed as a verb, "sent him off to" (an active send: whose movement is it?), "was put on a
ship to X" read as a movement, not a deportation (nothing in the clause says it was forced).
SET_J, written after all of events7's fixes and run once: found 9/16, confident 9/16, 1 other
("taken under guard to the castle" a movement, not an arrest), its six "none" clean; misses: "came
back from the interior", "opened a college", "started a bank", "the first hospital ... opened",
"took over the parish of X", "succeeded his father as mayor". After three later fixes found on our own
probes and on TimeBank (not on J: a shop closed is one shop, an institution is not any organization,
a hospital is one), 10/16, 10/16, 1 other ("the first hospital ... opened" now found).
SET_K (issue events8: certainty of refused, failed, tried, planned, threatened, hoped, questioned,
reported and counterfactual acts; recall of nominal events, clauses, light verbs), scored by certainty
too (run_k), was run before its fixes: right 30/37, 5 other confident events (questions asserted, an
inverted condition "Had he arrived ..." told as a movement, "released the captain" missed, "launched a
campaign" a founding); after them 36/37 (the siege row now accepts an attack, as narrative-dev's gold
types a siege), 3 others (real events of their sentences: "captured the fort", "returned to Colombo").
Left: "launched a campaign" (no event: "campaign" is not a trigger, and no longer a founding).
SET_K2, the same kinds in other words, written after all of K's fixes and run once: right 12/16, 3 other
confident events. Misses: "allegedly shot the priest" is a reported attack, not a killing (as set H has
"shot"); "accused X of inciting the dockers to strike" has no appeal ("incite" is typed by nothing, so
nothing is asserted either); "the looting of X ... was never forgotten" is negated (a negated verb of
memory over a nominal subject negates the event: left); "set the police station alight" (three words
between "set" and "alight", more than the phrase allows).
SET_L (issue recall10: movements after someone, by ship or air, to or from a place; successions by the
throne or by taking someone's place; works that appear or are printed; someone held in a place; training;
life dates in brackets; risings named by a noun the tagger read as a verb; a datelined lead; a case opened,
questions and requests put to someone, informing; resolving to act; goods sent or obtained), with near-misses
as "none" rows, was run before its fixes: found 9/34, confident 8/34, 5 others (3 wrong: "took his place"
and "took his seat" read as conquests); after them 31/34, 30/34, 4 others (all real: deaths, a birth beside
its death), its "none" rows clean. Misses: "sent the scribe ...
with the envoy ... to Herat" ("to" parsed under the envoy; "scribe" is a playwright by its first sense),
"shipped to Hobart" (the tagger's product), "an application for leave to appeal was refused".
SET_L2, written after all of L's fixes and run once: found 16/16, confident 16/16, 3 others (all real), its
17 "none" rows clean.

SET_S (sense10: a trigger's sense ruled out by its subject's or object's kind, a particle or a fixed
complement: a jury or committee that "retired", "directed" a museum, an article or a speech that
"attacked", a person's fall or a fall "from" favour, "detained" by the snows or for the winter, a ship
detained, "pleaded guilty", "came from a family of", a bare "liberation"; and the ordinary senses)
was run before its fixes: found 15/17, confident 15/17, 20 other confident events, "none" rows clean
4/21; after them 17/17, 17/17, 1 other (a battle beside "fell in battle", a real one), 21/21 (tuned on).
SET_S2, the same kinds in other words, written after S's fixes and run once: found 7/8, confident 7/8,
4 others, "none" rows clean 8/11 (before the fixes: 5/8, 5/8, 14, 1/11). Its misses: "the whaler Hope
was detained" (a whaler is a seaman first), "the fall of the Empire" (no event, before too); two of its
"none" rows hold real events ("until his death", "he moved to Oslo").
SET_M (recall12: voyages from/for, riots and violence told by particle verbs, careers, a post lost, agentless
passives, first-person narration, nominal returns and falls, participle clauses), with near-misses as "none"
rows, was run before its fixes: found 13/26, confident 13/26, 6 others (5 real events of their sentences;
"studied at length the letters" an education), "none" rows clean 12/13; after them 20/26, 20/26, 4 others (all
real events of their sentences), 13/13 (tuned on now). Its misses: a possessive before its owner ("On her
return to Bergen ... the singer Ida Moe": no cataphora), "fled to X to seek refuge" (typed a defection, as
the spec has "fled to"), "the armoury" (a stock of resources by its first WordNet sense), "qualified" tagged an
adjective, "posthumously published letters" (a participle before its noun), "received a pension".
SET_M2, the same kinds in other words, written after all of M's fixes and run once: found 14/20, confident
14/20, 1 other (a real arrest), its 13 "none" rows clean. Misses: "After his return to Turku ... the merchant"
(cataphora again), "struck at the Danish convoy", "studied at Abo" (an unknown name), "qualified as a
surveyor", "I was caught by the customs guards", "I was made clerk of the court". After a later fix (a name no
stage labelled after a preposition of place is a place: found on a probe, "sailed from Hull", and on M2's
"studied at Abo", so M2 is no longer untouched) 15/20; after another (a year the tagger left unlabelled is
no idiom's preposition: "In 1720 I was caught by ...") 16/20, the rest unchanged. After a review of
recall12's false positives (mend4: a bare "stopped" is a check, not an arrest, so its rules were dropped) M
19/26 and M2 15/20: only their "stopped by the gendarmes/a patrol" rows lost; set A gained "marched on the
capital Bucharest".
SET_W (sense12: "sacked" of a place or a person, "ordered X out of" a country, "ordered X closed", "sent
home/back/away", "wrote to you", an army or a people that "entered" a city; a hedge on a date or on one
clause, a report in a relative clause; scored as set K, with wrong types) was run before its fixes: right
14/37, 20 other confident events; after them 36/37, 9 (tuned on now). Its miss: "wrote that the bandits had
killed the consul" is reported but below the confidence threshold (before too).
SET_W2, the same kinds in other words, written after W's fixes and run once: right 14/17, 5 others; misses
"out of Prussia" hung by the parse on the name before it, "the Prussians" untagged by the names stage,
"ordered the chapel demolished" (a verb no lexicon types); after three fixes of those kinds 17/17, 3
others (so W2 is tuned on now too).

    .venv/bin/python bench/event_constructions.py       # per sentence, then found / confident / others

A sentence counts as found when an event of the expected type is predicted, confident when that event
is at or above confidence.THRESHOLD (the default view); "others" counts confident events of another type.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from historiograph import annotate_text  # noqa: E402
from historiograph.events.confidence import THRESHOLD  # noqa: E402

SET_A = [
    ('movement', 'In August 1913 we crossed the Danube at Orsova.'),
    ('movement', 'On 3 September 1913 we reached Craiova.'),
    ('movement', 'After a week the refugees were sent on to Salonika by the consul.'),
    ('movement', 'In 1914 the Petrescu family joined the column of carts heading south.'),
    ('death', 'In the winter of 1915 nineteen of the prisoners were starved to death.'),
    ('death', 'Typhus broke out in Nis in January 1915. It killed about 3,000 soldiers.'),
    ('accusation', 'In 1920 the widow Elena Dobre sued the railway company for damages.'),
    ('accusation', 'In 1921 the municipality filed a lawsuit against the contractor Ion Barbu.'),
    ('trial', 'A hearing was held in Iasi in October 1921.'),
    ('election', 'An election was held in the county in May 1922.'),
    ('election', 'In 1922 Vasile Rusu won the seat for Bacau.'),
    ('statement', 'In March 1923 the minister Toma Albu swore that no bribe had been paid.'),
    ('statement', 'On 4 April 1923 the archbishop announced his retirement.'),
    ('statement', 'In 1924 the mayor denied the rumours.'),
    ('appeal', 'According to the newspaper Universul, the miners demanded higher wages in 1925.'),
    ('treaty', 'The convention that Albu signed in Geneva in 1926 ended the dispute.'),
    ('trial', 'The inquiry, which took place in June 1926, cleared Albu.'),
    ('dissolution', "In 1927 the peasants' bank was dissolved."),
    ('attack', 'In 1928 the manor house was set on fire by the strikers.'),
    ('aid', 'In 1929 the land was granted to the veterans.'),
    ('withdrawal', 'In 1930 the opposition deputies walked out of the chamber.'),
    ('founding', 'The association was refounded in 1931.'),
    ('cooperation', 'In 1932 the two factions were reconciled.'),
    ('meeting', 'In 1933 the delegation was received by the king.'),
    ('award', 'In 1934 the pilot Ana Stan was rewarded for her courage.'),
    ('trial', 'In 1935 Barbu was acquitted.'),
    ('dismissal', 'In 1936 the priest Ilie Mihu was excommunicated by the synod.'),
    ('movement', 'The next morning, 5 May 1937, we left for Constanta.'),
    ('attack', 'In 1938 the legionaries marched on the capital Bucharest.'),
    ('withdrawal', 'On 2 March 1939 the crew abandoned the steamer.'),
    ('decision', 'In 1940 the court ordered a retrial.'),
    ('decision', 'In 1940 the prefect ordered the closure of the schools.'),
    ('none', 'In 1941 Albu considered an appeal but did not pursue it.'),
    ('movement', 'In 1942 the villagers sought refuge in the monastery.'),
]

SET_B = [
    ('accusation', 'In 1850 the shipowner Piet Kramer sued the harbour board over the lost cargo.'),
    ('accusation', 'In 1851 the guild of carters brought a suit against the city of Leiden.'),
    ('trial', 'A hearing was held before the magistrates in April 1852.'),
    ('election', 'In 1853 Johanna Brink won the seat for Delft by forty votes.'),
    ('statement', 'On 8 June 1854 the alderman Gerrit Vos swore that the accounts were complete.'),
    ('death', 'In the winter of 1855 thirty of the fishermen were drowned off Scheveningen.'),
    ('death', 'Smallpox reached the village in 1856. It killed about 120 children.'),
    ('movement', 'In 1857 we were sent on to Antwerp by the relief committee.'),
    ('movement', 'In 1858 the Kramer family joined the stream of carts leaving the town.'),
    ('attack', 'In 1859 the tollhouse was set on fire by the rioters.'),
    ('withdrawal', 'In 1860 the liberal members walked out of the council.'),
    ('founding', 'The choral society was refounded in 1861.'),
    ('meeting', 'In 1862 the envoys were received by the stadtholder.'),
    ('award', 'In 1863 the lifeboat crew were rewarded for their courage.'),
    ('dismissal', 'In 1864 the pastor Hendrik Smit was excommunicated by the classis.'),
    ('withdrawal', 'On 12 March 1865 the crew abandoned the ship off Texel.'),
    ('decision', 'In 1866 the burgomaster ordered an inquiry.'),
    ('decision', 'In 1867 the council ordered the demolition of the old walls.'),
    ('movement', 'In 1868 the townspeople took refuge in the cathedral.'),
    ('attack', 'In 1869 the peasants marched on Utrecht.'),
]

# Set C (issue events5), written before any of its fixes: appointments, journeys, statements,
# releases, closures, copular appointments, and words of two senses ("charged", "wrote to").
SET_C = [
    ('assignment', 'In 1871 Tomas Brandt was named director of the municipal museum.'),
    ('assignment', 'In March 1872 the engineer Olga Veit took charge of the waterworks.'),
    ('assignment', 'In 1873 Karl Maurer became head of the customs office.'),
    ('assignment', 'In 1874 Anton Pichler succeeded Franz Egger as mayor of Linz.'),
    ('assignment', 'The first rector, named in May 1875, was Josef Wimmer.'),
    ('assignment', 'Its governor from 1676 was Lorenz Haid.'),
    ('movement', 'In 1877 the painter Ida Kerner travelled to Rome.'),
    ('movement', 'In April 1878 the two brothers went to Valparaiso.'),
    ('movement', 'On 2 June 1879 the expedition sailed for Cape Town.'),
    ('movement', 'In 1880 Martin Kogler set out for Trieste.'),
    ('movement', 'In 1881 the bishop Paul Seidl returned to Graz.'),
    ('statement', 'In 1882 the chancellor Emil Rainer declared that the treaty was void.'),
    ('statement', 'On 9 May 1883 the minister Otto Berger told the deputies that the budget was balanced.'),
    ('statement', 'In 1884 the governor Hans Lederer stated that order had been restored.'),
    ('release', 'In 1885 the hostages were exchanged for two captured officers.'),
    ('release', 'In 1886 the journalist Rudolf Fink was freed.'),
    ('release', 'In 1887 the prisoners were set free by the new regime.'),
    ('release', 'In 1888 Leopold Strasser was released on parole.'),
    ('dissolution', 'The village school closed in 1889.'),
    ('dissolution', 'In 1890 the hospital was closed by the authorities.'),
    ('dissolution', 'In 1891 the Kolb brewery shut its doors.'),
    ('dissolution', 'In 1892 the savings bank was wound up.'),
    ('accusation', 'In 1893 the two clerks were charged with theft.'),
    ('accusation', 'In 1894 Alois Haller was charged with embezzlement by the prosecutor.'),
    ('attack', 'In 1895 the hussars charged the enemy lines.'),
    ('statement', 'In 1896 Maria Ebner wrote to the emperor asking for clemency.'),
    ('publication', 'In 1897 Gustav Renner wrote a history of the town.'),
    ('trial', 'A hearing was held in Salzburg in October 1898.'),
    ('meeting', 'A conference was held in Vienna in 1899.'),
]

# Set D, written after set C's fixes and run once, never tuned on: the same kinds in other words.
SET_D = [
    ('assignment', 'In 1901 Greta Lind was named secretary of the harbour commission.'),
    ('assignment', 'In 1902 the synod made Nils Berg bishop of Lund.'),
    ('assignment', 'Its first headmaster, appointed in 1903, was Sven Holm.'),
    ('assignment', 'In 1904 Axel Dahl took charge of the lighthouse service.'),
    ('movement', 'In 1905 the missionary Per Ek set out for Lhasa.'),
    ('movement', 'In June 1906 the whole family sailed for Buenos Aires.'),
    ('statement', 'In 1907 the consul Erik Norr told the governor that the ship had sunk.'),
    ('statement', 'In 1908 the bishop stated that the church would be rebuilt.'),
    ('release', 'In 1909 the captured missionaries were exchanged for a ransom of silver.'),
    ('release', 'In 1910 the printer Olof Wik was set free.'),
    ('dissolution', 'The seminary closed in 1911.'),
    ('dissolution', 'In 1912 the orphanage was closed by the city council.'),
    ('accusation', 'In 1913 the customs officers were charged with bribery.'),
    ('statement', 'In 1914 the widow Karin Sjo wrote to the king.'),
    ('trial', 'A tribunal was convened in Uppsala in May 1915.'),
    ('none', 'In 1916 the gardeners closed the gates of the park.'),
    ('none', 'In 1917 the council named the new street Kungsgatan.'),
]

# Set E (issue events6), written and run before its fixes: closures of institutions, agreements and
# mediations, clefts, deaths told by a count or a state, occurrences told by a nominal, log clauses.
SET_E = [
    ('dissolution', 'The Harwick colliery was closed in 1921.'),
    ('dissolution', 'In 1922 the shipping company was wound up.'),
    ('dissolution', 'The branch line shut down in 1923.'),
    ('dissolution', 'In 1924 the ironworks ceased production.'),
    ('dissolution', 'The weekly newspaper folded in 1925.'),
    ('treaty', 'In May 1926 the two sides reached an agreement.'),
    ('treaty', 'A settlement was signed at Leeds in June 1926.'),
    ('treaty', 'In 1927 the owners and the union agreed a new wage scale.'),
    ('meeting', 'In 1927 the bishop Tom Ashby brought the two sides to the table.'),
    ('meeting', 'In 1928 the consul Walter Grey mediated between the strikers and the owners.'),
    ('appeal', 'It was Captain Owen Pryce who ordered the boats lowered.'),
    ('founding', 'It was Mary Hale who founded the orphanage in 1880.'),
    ('arrest', 'It was in March 1881 that the printer Joseph Dunn was arrested.'),
    ('death', 'Twenty-seven bodies have been recovered from the pit.'),
    ('death', 'In the gale of 1882 forty men were lost.'),
    ('death', 'The boat capsized in 1883 and none of her crew survived.'),
    ('death', 'Among the dead was the surveyor Henry Lusk.'),
    ('death', 'The death toll reached ninety.'),
    ('uprising', 'A strike began at the Denby mill in May 1884.'),
    ('uprising', 'The stoppage lasted eleven weeks.'),
    ('uprising', 'In 1885 a riot broke out in the market square.'),
    ('movement', 'Sailed from Hobart at noon on 4 March 1886.'),
    ('movement', 'Weighed anchor at dawn and stood out to sea.'),
    ('movement', 'Arrived at Lyttelton on 9 April 1886.'),
    ('none', 'The Harwick colliery was never closed.'),
    ('none', 'In 1887 the directors planned to close the mill.'),
    ('none', 'The two sides never reached an agreement.'),
    ('none', 'No lives were lost.'),
]

# Set F (events6), written after set E's fixes and run once, never tuned on: the same kinds in other words.
SET_F = [
    ('dissolution', 'The Ostend shipyard was closed down in 1931.'),
    ('dissolution', 'In 1932 the tannery shut down for good.'),
    ('dissolution', 'In 1933 the coal company was liquidated.'),
    ('dissolution', 'In 1934 the glassworks stopped production.'),
    ('treaty', 'In August 1935 the miners and the owners reached a settlement.'),
    ('treaty', 'A compromise was signed in Mons in 1935.'),
    ('meeting', 'In 1936 the mayor Paul Claes mediated between the dockers and the shippers.'),
    ('founding', 'It was Anna Wouters who established the first clinic in 1890.'),
    ('killing', 'It was the sergeant Jan Pauwels who shot the escaped convict.'),
    ('death', 'Eleven sailors were lost when the brig went down in 1891.'),
    ('death', 'In the flood of 1892 no one in the lower town survived.'),
    ('death', 'Among the fallen was the young lieutenant Karel Maes.'),
    ('death', 'In March 1893 fourteen bodies were found in the collapsed gallery.'),
    ('uprising', 'In 1894 a walkout began at the Gentbrugge weaving mill.'),
    ('uprising', 'A strike broke out among the dockers of Antwerp in 1895.'),
    ('movement', 'Sailed from Antwerp on 2 June 1896.'),
    ('none', 'The shipyard was not closed until much later.'),
    ('none', 'In 1897 the council proposed to shut down the tannery.'),
    ('none', 'No settlement was reached.'),
    ('none', 'Nobody was arrested.'),
    ('none', 'The market closed lower on Friday.'),
]

# Probes of set E's kinds in more words, written during its fixes (tuned on).
SET_E2 = [
    ('dissolution', 'Operations at the Kessel colliery ceased in 1930.'),
    ('dissolution', 'The Kessel railway closed in 1931.'),
    ('dissolution', 'In 1932 the Kessel mill closed down.'),
    ('dissolution', 'In 1933 the Kessel factory was shut.'),
    ('dissolution', 'In 1903 the Kessel company went bankrupt.'),
    ('dissolution', 'Production at the Kessel mine ended in 1940.'),
    ('dissolution', 'In 1925 the Kessel Gazette ceased publication.'),
    ('dissolution', 'In 1926 the mission station was abandoned.'),
    ('treaty', 'In 1927 the strikers and the owners came to terms.'),
    ('treaty', 'In 1927 an agreement was reached between the strikers and the owners.'),
    ('treaty', 'In 1928 the two governments concluded a settlement.'),
    ('meeting', 'In 1929 talks between the union and the owners began at Essen.'),
    ('meeting', 'In 1929 the archbishop acted as mediator between the factions.'),
    ('death', 'In 1930 all forty crewmen drowned.'),
    ('death', 'Only three of the forty crewmen survived the wreck in 1930.'),
    ('death', 'In 1931 the explosion claimed sixty lives.'),
    ('death', 'In 1931 the epidemic carried off a third of the town.'),
    ('uprising', 'In 1932 a mutiny broke out aboard the cruiser Emden.'),
    ('uprising', 'In 1932 the dockers came out on strike.'),
    ('movement', 'Left Kiel at daybreak on 3 May 1933.'),
    ('movement', 'Reached Bergen on 9 May 1933.'),
]

# Set G (events6), written after the fixes that followed set F and run once before three more fixes.
SET_G = [
    ('dissolution', 'The Brandt ironworks was shut down in 1951.'),
    ('dissolution', 'In 1952 the Lauenburg savings bank was liquidated.'),
    ('dissolution', 'Mining at the Hesse colliery ceased in 1953.'),
    ('dissolution', 'In 1954 the Kohler brewery went out of business.'),
    ('treaty', 'In 1955 the ferrymen and the city reached a compromise.'),
    ('treaty', 'A new accord was signed in Bremen in 1956.'),
    ('meeting', 'In 1957 the pastor Erich Vogt arbitrated between the two villages.'),
    ('arrest', 'It was the constable Otto Fuchs who arrested the smugglers in 1958.'),
    ('death', 'In the storm of 1959 twelve fishermen were lost.'),
    ('death', 'Nobody aboard the trawler Greta survived.'),
    ('death', 'Among the dead were two children of the lock keeper Hans Ulrich.'),
    ('death', 'In May 1960 the bodies of three climbers were recovered.'),
    ('death', 'The avalanche of 1961 claimed nine lives.'),
    ('uprising', 'In 1962 a walkout began at the Lindner works.'),
    ('movement', 'Weighed anchor at six on 3 June 1963 and made for Heligoland.'),
    ('none', 'No fishermen were lost in the storm.'),
    ('none', 'The colliery was to close in 1964, but it stayed open.'),
    ('none', 'In 1965 the two villages failed to reach an agreement.'),
    ('none', 'In 1966 the firm closed its accounts for the year.'),
]

# Set H (events6), written after all of its fixes and run once: never tuned on.
SET_H = [
    ('dissolution', 'The Morvan slate quarry company was dissolved in 1871, and the Morvan foundry closed in 1872.'),
    ('dissolution', 'In 1873 the Deventer cotton mill was shut down by its owners.'),
    ('dissolution', 'In 1874 the Almelo weaving company went bankrupt.'),
    ('dissolution', 'Work at the Hengelo shipyard ceased in 1875.'),
    ('treaty', 'After six weeks the spinners and the mill owners reached an understanding in 1876.'),
    ('meeting', 'In 1877 the magistrate Willem Ruys arbitrated between the two guilds.'),
    ('killing', 'It was the gamekeeper Piet Snel who shot the poacher in 1878.'),
    ('death', 'Nineteen miners were lost in the flooding of the Zwolle pit in 1879.'),
    ('death', 'The schooner Hoop sank off Texel in 1880; there were no survivors.'),
    ('death', 'None of the seven passengers survived the crossing in 1881.'),
    ('death', 'The flood of 1882 claimed more than two hundred lives.'),
    ('death', 'Among the drowned was the ferryman Klaas Mol.'),
    ('uprising', 'In 1883 a strike broke out at the Enschede spinning mill.'),
    ('movement', 'Sailed from Harlingen at dawn on 4 April 1884.'),
    ('none', 'The foundry was never shut down.'),
    ('none', 'In 1885 the owners threatened to close the mill.'),
    ('none', 'Nobody was lost in the storm of 1886.'),
    ('none', 'In 1887 the fisherman Jan Bos wound up his lines and rowed home.'),
]

# Set I (events7: movements told with particles and idioms, foundings and closures with plain verbs,
# successions and suspensions without "appoint"), written and run before its fixes.
SET_I = [
    ('movement', 'In May 1851 the surveyor Tom Hale landed on the island of Rarotonga.'),
    ('movement', 'In 1852 the traders came in from the coast with their canoes.'),
    ('movement', 'In 1853 the Reverend John Pryce went out to the mission at Kuruman.'),
    ('movement', 'On 2 June 1854 the expedition set out from Tete.'),
    ('movement', 'In 1855 the wounded were taken to the hospital at Scutari.'),
    ('arrest', 'In 1856 the deserter Sam Cole was brought back under guard.'),
    ('deportation', 'In 1857 the rebel chief Mataio was put on a ship to Sydney.'),
    ('movement', 'In 1858 his uncle sent him off to Edinburgh.'),
    ('movement', 'In 1859 the party followed the river to Lake Ngami.'),
    ('movement', 'In April 1860 the missionaries went down to the coast.'),
    ('movement', 'Pryce was back in Kuruman by May 1861.'),
    ('founding', 'In 1862 the Wesleyans opened a school in Apia.'),
    ('founding', 'In 1863 Thomas Orme started a newspaper in Dunedin.'),
    ('dissolution', 'The store was closed in 1864.'),
    ('assignment', 'In 1865 George Grey succeeded Thomas Gore as governor.'),
    ('assignment', 'In 1866 the Reverend Peter Lyle took over the mission at Nukualofa.'),
    ('election', 'In 1867 Hugh Bell was chosen to succeed the bishop.'),
    ('dismissal', 'In 1868 the magistrate Alan Reid was suspended from his post.'),
    ('assignment', 'In 1869 the governor took office.'),  # (first written as none: taking office is one)
    ('none', 'The drought of 1870 brought about a famine of prices.'),
    ('none', 'He went on to say that the harbour was safe.'),
    ('none', 'In 1871 the sergeant carried out the order.'),
    ('none', 'In 1872 the clerk opened a letter from the bank.'),
    ('none', 'In 1873 the chief opened the door of the church.'),
]

# Set J (events7), written after all of its fixes and run once: never tuned on.
SET_J = [
    ('movement', 'In October 1721 the pastor Hans Egede landed on the coast of Greenland.'),
    ('movement', 'In 1722 the trappers came back from the interior with their furs.'),
    ('movement', 'On 9 July 1723 the caravan started out from Timbuktu.'),
    ('movement', 'In 1724 the survivors were carried to the monastery at Zagorsk.'),
    ('movement', 'In the spring of 1725 the family moved up to the hills.'),
    ('movement', 'The governor was back at the fort by August 1726.'),
    ('movement', 'In 1727 the brothers sailed down the river to the sea.'),
    ('arrest', 'In 1728 the smuggler Dirk Hals was taken under guard to the castle.'),
    ('founding', 'In 1729 the Jesuits opened a college in Quebec.'),
    ('founding', 'In 1730 the merchant Isaac Pell started a bank in Boston.'),
    ('founding', 'The first hospital in the colony opened in 1731.'),
    ('dissolution', 'The trading post was closed in 1732.'),
    ('assignment', 'In 1733 Jonas Berg took over the parish of Alvik.'),
    ('assignment', 'In 1734 Per Lund succeeded his father as mayor.'),
    ('election', 'In 1735 the vicar Olof Brand was selected to succeed the dean.'),
    ('dismissal', 'In 1736 the harbour master Erik Dahl was suspended from office.'),
    ('none', 'In 1737 the committee took over the debts of the guild.'),
    ('none', 'In 1738 the keeper opened the gates of the park.'),
    ('none', 'In 1739 the bad harvest brought about unrest.'),
    ('none', 'In 1740 the merchant went on to build a second warehouse.'),
    ('none', 'In 1741 the flag was suspended from the mast.'),
    ('none', 'In 1742 the students started a debate on the matter.'),
]


# Set S (sense10: word sense of a trigger, told by its subject's or object's kind, a particle or a fixed
# complement): a body retiring to deliberate, "directed" an institution, a document or speech that
# "attacked", a fall from favour, a traveller or ship "detained" by weather or for a season, a plea in
# court, "came from" as origin, a bare "liberation" of a country; and the ordinary senses that must stay.
# Written and run before its fixes.
SET_S = [
    ('none', 'In May 1862 the jury retired to consider its verdict.'),
    ('none', 'At noon on 3 March 1874 the committee of inquiry retired to deliberate.'),
    ('none', 'In 1830 the judges retired to confer in private.'),
    ('none', 'From 1871 to 1890 Henrietta Vane directed the municipal museum of Ghent.'),
    ('none', 'In 1904 the painter Oskar Lind directed the academy of fine arts at Riga.'),
    ('none', "In 1907 Lena Holt directed the girls' school at Umea."),
    ('none', 'In 1880 an article in the Courier attacked the governor Paul Reyes.'),
    ('none', 'In 1791 the newspaper Vigie attacked the minister Anton Leclerc.'),
    ('statement', 'In a speech of 1791 the deputy Louis Garnier attacked the clubs.'),  # (the speech is one)
    ('none', 'His pamphlet of 1792 struck at the privileges of the clergy.'),
    ('none', 'The fall of the chancellor Pavel Orlov in 1721 surprised the court.'),
    ("none", "Orlov's fall from grace in 1734 was sudden."),
    ('none', 'In 1781 the favourite Count Brun fell from favour.'),
    ('none', 'In the winter of 1790 the embassy was detained at Kiakhta by the snows.'),
    ('none', 'In 1855 the brig Alert was detained at Valparaiso by a gale.'),
    ('none', 'The envoy Mirza Khan was detained at Tabriz for the winter of 1828.'),
    ('none', 'In 1898 the clerk Walter Brisk pleaded not guilty to the charge of forgery.'),
    ('none', 'In 1899 the innkeeper Mary Dunmore pleaded guilty to selling spirits without a licence.'),
    ('none', 'Her mother came from a family of weavers in Lodz.'),
    ('none', 'The Lindqvist family came from the village of Mora.'),
    ('none', 'Ivan Drumev lived in Shumen. After the liberation in 1878 he became a teacher.'),
    ('none', 'After the liberation of 1878, Ivan Drumev taught in Sofia.'),
    # the ordinary senses, which must stay
    ('resignation', 'In 1920 the postmaster Alfred Lomax retired after forty years of service.'),
    ('resignation', 'In 1833 the bishop Karl Hess retired from his see.'),
    ('withdrawal', 'In 1831 the regiment retired to the hills.'),
    ('appeal', 'In 1863 the colonel Amos Pike directed the troops to fire on the crowd.'),
    ('appeal', 'In 1908 the council directed the engineer Nils Rud to rebuild the bridge.'),
    ('attack', 'In 1812 the general Henri Rolland attacked the town of Vitebsk.'),
    ('attack', 'In 1794 the rebels attacked the convoy near Nantes.'),
    ('death', 'The king Harald fell in battle at Sandvik in 1066.'),
    ('invasion', 'In 1453 the city fell to the Ottomans.'),
    ('dissolution', 'The fall of the Bank of Kelso in 1772 ruined many families.'),
    ('arrest', 'In 1911 the police detained the carter Jonas Petraitis at Kaunas.'),
    ('arrest', 'In 1829 the merchant Ali Reza was detained at Tabriz by the governor.'),
    ('appeal', "In 1870 the widow pleaded with the governor for her son's life."),
    ('movement', 'In 1852 the brothers came from Galway to Boston.'),
    ('release', 'In 1917 the prisoners of the fortress at Kars were liberated by the rebels.'),
    ('release', 'The liberation of the hostage Anna Berg in 1861 surprised the town.'),
]


# Set S2 (sense10), the same kinds in other words, written after all of S's fixes and run once: never tuned on.
SET_S2 = [
    ('none', 'Late on 9 June 1887 the court-martial retired to consider the case.'),
    ('none', 'In 1893 the board of governors retired for twenty minutes.'),
    ('none', 'From 1902 until his death the geologist Aron Falk directed the mining school at Kiruna.'),
    ('none', 'In 1856 an editorial in the Clarion attacked the bishop Hugh Marsh.'),
    ('none', 'In his memoirs of 1830 the admiral Jon Teller attacked the ministry.'),
    ('none', 'The downfall of the favourite Lord Ashby in 1711 was swift.'),
    ('none', 'In 1788 the mission of the envoy Peder Holm was detained at Bukhara by illness.'),
    ('none', 'In 1847 the whaler Hope was detained at Honolulu.'),
    ('none', 'In 1910 the clerk Ivy Marsh pleaded not guilty to fraud.'),
    ('none', 'His wife came from an old family of glassmakers.'),
    ('none', 'Lars Moen taught in Bergen. After the liberation in 1945 he moved to Oslo.'),
    ('resignation', 'In 1926 the judge Elias Brun retired from the bench.'),
    ('withdrawal', 'In 1809 the brigade retired behind the river.'),
    ('appeal', 'In 1866 the governor directed the sheriff to arrest the strikers.'),
    ('attack', 'In 1798 the rebels attacked the barracks at Wexford.'),
    ('arrest', 'In 1919 the soldiers detained the editor Pavel Rys at Brno.'),
    ('movement', 'In 1868 the Ek family came from Malmo to Chicago.'),
    ('death', 'In 1704 the colonel Jacob Orme fell in the battle of Blenheim.'),
    ('dissolution', 'The fall of the Empire in 1806 ended the old order.'),
]


# Set W (sense12: a trigger's sense by the kind of what it is said of, and the reach of a hedge or a report).
# Rows: (type or types or "none", certainties allowed, wrong types, sentence). Right when every confident
# event of the type has an allowed certainty and, unless "absent" is allowed, one exists, and no confident
# event is of a wrong type; a "none" row is right when no confident event is of a wrong type (or, with no
# wrong types given, when no confident event is shown). Written and run before its fixes.
ANY = {"asserted", "reported", "hedged", "disputed", "negated"}
SET_W = [
    # "sacked": a place plundered, a person dismissed
    ("attack", ANY, ("dismissal",), "The town of Orsha was sacked in 1611."),
    ("attack", ANY, ("dismissal",), "In 1622 the city of Varna was sacked by the Cossacks."),
    ("attack", ANY, ("dismissal",), "In 1563 the monastery of Kelvik was sacked by the Danes."),
    ("attack", ANY, ("dismissal",), "The abbey was sacked in 1647 and its lands were sold."),
    ("attack", ANY, ("dismissal",), "In 1527 the mercenaries sacked the town of Bruel."),
    ("dismissal", ANY, ("attack",), "In 1702 the minister Otto Brandt was sacked by the king."),
    ("dismissal", ANY, ("attack",), "In 1888 the manager Ezra Pohl was sacked for drunkenness."),
    # "ordered X out of a place": expelled; "ordered X closed": the closing; "ordered X to do Y" an order
    ("deportation", ANY | {"absent"}, ("appeal",), "In 1881 the prefect ordered the journalist Ivo Kral out of Savoy."),
    ("deportation", ANY | {"absent"}, ("appeal",),
     "The editor Lev Sorin angered the police. In March 1892 the prefect ordered him out of France within a week."),
    ("dissolution", ANY | {"absent"}, ("appeal",), "The school which the Resident ordered closed in 1903 reopened in 1905."),
    ("dissolution", ANY | {"absent"}, ("appeal",), "In 1910 the governor Amos Leck ordered the mission school at Ulva closed."),
    ("appeal", ANY, ("deportation",), "In 1841 the governor Hal Brede ordered the garrison to the coast."),
    ("appeal", ANY, ("deportation",), "In 1866 the bishop ordered the priest Anton Mraz out to the mission at Kiri."),
    # "sent home", "sent back", "sent away": a return or a dismissal, no posting
    ("movement", ANY | {"absent"}, ("assignment",), "In 1904 its three hundred pupils were sent home."),
    ("movement", ANY | {"absent"}, ("assignment",), "In 1919 the conscripts of Vellin were sent home."),
    ("none", set(), ("assignment",), "After the strike of 1907 the weavers of Dorn were sent away."),
    (("movement", "deportation"), ANY | {"absent"}, ("assignment",), "In 1946 the prisoners were sent back to their villages."),
    ("assignment", ANY, (), "In 1858 the engineer Olaf Dreyer was sent to Bombay by the company."),
    # writing to someone: a letter, no publication
    ("none", set(), ("publication",), "As I wrote to you in May, the harvest at Orvik failed."),
    ("none", set(), ("publication",), "In June 1840 I wrote to you about the fire at the mill."),
    ("publication", ANY, (), "In 1822 Jon Berg wrote a pamphlet on the tithe."),
    ("publication", ANY, (), "In 1901 the economist Lea Strand published an article on the grain tariff."),
    # an army or a people entering a city in war: no one's journey
    ("invasion", ANY | {"absent"}, ("movement",), "When the French entered Naples in January 1799, the court hid its silver."),
    ("invasion", ANY | {"absent"}, ("movement",), "In March 1813 the Russians entered Hamburg."),
    ("invasion", ANY | {"absent"}, ("movement",), "The Prussian army entered Dresden in August 1756."),
    ("movement", ANY, ("invasion",), "In 1860 the painter Emil Lenz entered Rome."),
    ("movement", ANY, ("invasion",), "In May 1848 the poet Ivo Brand entered Vienna with his brother."),
    # a hedge on a date or on one clause stays there
    ("invasion", {"asserted"}, (), "When the Tatars invaded Ruthenia in the 1240s, the abbey of Lorin was sacked, "
                                   "probably in 1241, and the monks fled with the library to Halicz."),
    (("movement", "defection"), {"asserted"}, (), "When the Tatars invaded Ruthenia in the 1240s, the abbey of Lorin was "
                                                  "sacked, probably in 1241, and the monks fled with the library to Halicz."),
    ("attack", {"asserted", "hedged"}, (), "When the Tatars invaded Ruthenia in the 1240s, the abbey of Lorin was "
                                           "sacked, probably in 1241, and the monks fled with the library to Halicz."),
    ("arrest", {"asserted"}, (), "The rebels took Kosno, perhaps in May 1403, and the sheriff Wat Hale was arrested."),
    ("killing", {"hedged"}, (), "In 1750 the envoy Aram Vos was probably murdered by his guides."),
    ("movement", {"hedged"}, (), "The merchant Ivo Darr possibly reached Kabul in 1751."),
    # a negation or a report of one clause or sentence stays there
    ("movement", {"asserted"}, (), "Karl Wendt did not go back to teaching. Instead he settled in Lemberg in 1890, "
                                   "where he wrote for the newspaper Kurier."),
    ("movement", {"asserted"}, (), "In 1894 the teacher Rosa Vidal moved to Lyon, where she wrote for a weekly paper."),
    ("movement", {"negated", "absent"}, (), "In 1895 Karl Wendt did not return to Lemberg."),
    ("killing", {"reported"}, (), "The editor Hugo Pratt wrote that the bandits had killed the consul in 1870."),
]


# Set W2 (sense12), the same kinds in other words, written after all of W's fixes and run once: never tuned on.
SET_W2 = [
    ("attack", ANY, ("dismissal",), "In 1598 the castle of Murna was sacked by the Haiduks."),
    ("attack", ANY, ("dismissal",), "The port of Zell was sacked twice in the war of 1675."),
    ("dismissal", ANY, ("attack",), "The steward Piet Aalst was sacked in 1733 after the audit."),
    ("deportation", ANY | {"absent"}, ("appeal",), "In 1852 the police ordered the exile Ferenc Pulay out of Prussia."),
    ("none", set(), ("appeal",), "In 1885 the bishop ordered the chapel at Rell demolished."),
    ("appeal", ANY, ("deportation",), "In 1849 the general Aron Vass ordered the hussars to the ford."),
    (("movement", "deportation"), ANY | {"absent"}, ("assignment",), "In 1915 the Belgian refugees were sent home."),
    ("none", set(), ("assignment",), "In 1878 the striking miners of Alva were sent away without pay."),
    ("assignment", ANY, (), "In 1869 the surgeon Hugo Lenn was sent to Batavia by the ministry."),
    ("none", set(), ("publication",), "As I wrote to you from Trieste, the ship is late."),
    ("publication", ANY, (), "In 1874 the vicar Ole Sand wrote a history of the parish."),
    ("invasion", ANY | {"absent"}, ("movement",), "When the Prussians entered Prague in 1744, the Jesuits left the city."),
    ("movement", ANY, ("invasion",), "In 1833 the young composer Ede Hollo entered Paris."),
    (("battle", "attack"), {"asserted"}, (), "The Swedes defeated the Saxons near Kliszow, probably in July 1702, "
                                            "and then occupied Cracow."),
    ("invasion", {"asserted"}, (), "The Swedes defeated the Saxons near Kliszow, probably in July 1702, and then occupied Cracow."),
    ("movement", {"asserted"}, (), "Ada Lenk never went back to the convent. In 1871 she moved to Brno, where she wrote "
                                   "for a Czech weekly."),
    ("death", {"hedged"}, (), "In 1804 the old painter Jan Ruys probably died at Delft."),
]


# Set K (events8: certainty of refused, failed, tried, planned, threatened, hoped, questioned, reported
# and counterfactual acts; recall of nominal events, relative and participial clauses, coordinated verbs,
# "X saw the collapse of", light verbs and verbs WordNet does not type), written and run before its fixes.
# Rows: (type or types or "none", certainties allowed, sentence); "absent" allowed means the event may be
# left out. Right when every confident event of the type has an allowed certainty and, unless "absent"
# is allowed, one exists; a "none" row is right when no confident event is shown.
NOT_DONE = {"absent", "negated"}
UNSURE = {"absent", "hedged", "negated"}
SET_K = [
    ("release", NOT_DONE, "In 1794 the governor refused to release the captain of the brig."),
    ("treaty", NOT_DONE, "In 1795 the regent Karl Holm declined to sign the treaty with Denmark."),
    ("movement", NOT_DONE, "In 1796 the harbour master would not allow the emigrants to land at Hobart."),
    ("attack", {"asserted"}, "Why did the army attack the monastery of Rila in 1797?"),  # a wh-question presupposes its event (mend4, reviewer)
    ("arrest", UNSURE, "Did the sultan Selim really order the arrest of his vizier in 1798?"),
    ("escape", NOT_DONE, "In 1799 the prisoners failed to escape from the fortress of Kufstein."),
    ("killing", UNSURE, "In 1800 the conspirators tried to kill the consul Louis Berthier."),
    ("marriage", NOT_DONE, "The princess Amalie was to have married the duke of Parma in 1801."),
    ("movement", NOT_DONE, "The regiment was supposed to sail for Lisbon in the spring of 1802."),
    ("invasion", NOT_DONE, "In 1803 the emperor threatened to invade the island of Malta."),
    ("threat", {"asserted"}, "In 1803 the emperor threatened to invade the island of Malta."),
    ("election", NOT_DONE, "In 1804 the lawyer Paul Brun hoped to be elected to the assembly."),
    ("killing", {"reported"}, "The chief Tama is said to have killed the missionary John Reed in 1805."),
    ("killing", {"reported"}, "In 1806 the bandits allegedly murdered the tax collector Anton Fiala."),
    ("none", set(), "Had the general Moreau arrived a day earlier, he would have captured Ulm."),
    ("none", set(), "If the king had abdicated in 1809, the civil war would have ended."),
    ("movement", NOT_DONE, "The envoy Mirza Ali never reached Kabul."),
    ("movement", NOT_DONE, "In 1811 the bishop Jan Kral was prevented from entering the city."),
    ("release", {"asserted"}, "In 1813 the governor released the captain of the brig."),
    ("escape", {"asserted"}, "In 1814 the prisoners managed to escape from the fortress of Kufstein."),
    # recall kinds
    ("attack", {"asserted"}, "The burning of the cathedral of Vilnius in 1815 shocked the town."),
    ("arrest", {"asserted"}, "Pedro Alves was a printer in Oporto. His arrest in March 1816 surprised his friends."),
    ("arrest", {"asserted"}, "The governor Luis Pinto, who had arrested the printer in 1817, was recalled to Lisbon."),
    ("execution", {"asserted"}, "In 1818 the rebels captured the fort and executed its commander Jose Lima."),
    ("battle", {"asserted"}, "Having defeated the rebels at Kandy in 1820, the governor Robert Brownrigg returned to Colombo."),
    ("dissolution", {"asserted"}, "The year 1821 saw the collapse of the Bank of Ayr."),
    ("attack", {"asserted"}, "In 1822 the pirates made an attack on the garrison at Malacca."),
    (("attack", "invasion", "war"), {"asserted"}, "In 1823 the governor Charles MacCarthy launched a campaign against the Ashanti."),
    # (first written as battle alone: a siege is an attack or a battle, as narrative-dev's gold has it)
    (("battle", "attack"), {"asserted"}, "In 1824 the young Thomas Reid took part in the siege of Bharatpur."),
    ("killing", {"asserted"}, "In 1825 a mob lynched the sheriff Amos Kent in Natchez."),
    ("uprising", {"asserted"}, "In 1826 the weavers of Lyon rioted against the new tariff."),
    ("movement", {"asserted"}, "In 1827 the surveyor Ross crossed the river and reached Fort Garry."),
    # near-misses: nothing happened, or nothing of a type
    ("none", set(), "The burning of coal warms the houses of the town."),
    ("none", set(), "In 1828 the governor took part in the dinner at the club."),
    ("none", set(), "In 1829 the merchant made an offer for the house."),
    ("none", set(), "The museum in Kandy tells the story of the siege."),
    ("none", set(), "In 1830 the farmer saw the collapse of prices for wool."),
]


# Set K2 (events8), the same kinds in other words, written after all of K's fixes and run once: never tuned on.
SET_K2 = [
    ("arrest", NOT_DONE, "In 1901 the magistrate refused to detain the strikers at Lodz."),
    ("escape", NOT_DONE, "In 1902 the convicts failed to break out of the prison at Kherson."),
    ("killing", UNSURE, "Did the prefect Ivan Orlov really order the killing of the student Anna Volk in 1903?"),
    ("attack", {"asserted"}, "Why did the Cossacks raid the village of Dubno in 1904?"),
    ("killing", {"reported"}, "The tsar's guards allegedly shot the priest Georgy Gapon in 1905."),
    ("killing", {"reported", "hedged"}, "The count Pavel Bobrinsky is believed to have poisoned his rival in 1906."),
    ("appeal", {"reported"}, "In 1907 the governor accused the editor Lev Brod of inciting the dockers to strike."),
    ("killing", {"disputed", "absent", "negated"}, "In 1908 the captain Boris Kuzmin denied shooting the carter Oleg Sava."),
    ("none", set(), "Had the fleet Admiral Rozhestvensky led reached Vladivostok, the war would have gone on."),
    ("marriage", NOT_DONE, "The princess Olga was to have wed the prince of Montenegro in 1910."),
    ("release", {"asserted"}, "In 1911 the new governor released the imprisoned strikers."),
    ("attack", {"asserted"}, "The looting of the monastery of Athos by the pirates in 1912 was never forgotten."),
    ("attack", {"asserted"}, "In 1913 the rioters set the police station alight."),
    ("appeal", {"asserted"}, "In 1914 the mothers of the conscripts begged the general Brusilov to spare their sons."),
    ("none", set(), "In 1915 the company launched a scheme for the widows of the miners."),
    ("none", set(), "The burning of peat heats the cottages of the bog in winter."),
]


# Set L (recall10: events a held-out check missed: movements to or from a place, successions, an
# institution opening, publication, captivity, training, lifespans, nominal risings, a datelined
# death, court proceedings and questions, resolutions, aid, a strike's end), written and run before
# its fixes; its "none" rows (and the other-type rows) are the near-misses that must not fire.
SET_L = [
    ('movement', 'In May 1851 the explorer Tomas Verlaine reached Timbuktu.'),
    ('movement', 'On 3 June 1852 the missionary Carl Haldor landed at Zanzibar.'),
    ('movement', 'In August 1853 the engineer Piet Aalders left for Batavia.'),
    ('movement', 'Anna Haldor followed her husband to Bombay in 1854.'),
    ('movement', 'In 1855 the shah sent the scribe Mirza Nabi with the envoy Rustam Beg to Herat.'),
    ('movement', 'The embassy of Count Orlik did not reach Kokand until March 1856.'),
    ('movement', 'In 1941 the airman Lucien Morel flew dispatches between Tobruk and Derna.'),
    ('movement', 'In 1857 the convict Amos Tull was shipped to Hobart.'),
    ('assignment', 'In 1858 the prince Otto came to the throne as Ferdinand IV.'),
    ('assignment', 'When the abbot died in 1859, the monk Anselm Rudd took his place as head of the abbey.'),
    ('assignment', 'The chief Mokoena died in 1860 and his son took his place.'),
    ('founding', 'The school at Kelso opens with forty pupils in January 1861.'),
    ('publication', 'The memoir of the general Rafael Osorio appeared in 1862.'),
    ('publication', 'On 4 May 1863 the Courier printed a letter from the vicar Thomas Ewell.'),
    ('publication', 'In 1864 the editor Jonas Pike printed an apology.'),
    ('arrest', 'In 1925 the Italians held the chief Omar Beyan on the island of Ustica for five years.'),
    ('education', 'In 1912 the pilot Hanna Reitz learnt to fly at Johannisthal.'),
    ('education', 'The surgeon Ivo Marek trained at Graz in the 1880s.'),
    ('birth', 'The painter Aurel Vasko (1812–1881) lived in Brasov.'),
    ('death', 'The painter Aurel Vasko (1812–1881) lived in Brasov.'),
    ('uprising', 'After the rising of July 1848 the weavers of Tarnow lost their looms.'),
    ('uprising', 'The rising at Kilrush in 1849 was put down within a week.'),
    ('death', 'BERGEN, March 3 — Nils Brekke, the shipowner, died at his home here on Thursday, his family said.'),
    ('trial', 'In 1920 Mr. Hale, for the Crown, opened the case against the carter Job Wilde.'),
    ('trial', 'In 1921 the application of the carter Job Wilde for leave to appeal was refused.'),
    ('appeal', 'In 1922 the member for Leith asked the Secretary of State whether the strikers would be released.'),
    ('statement', 'On 2 May 1923 the consul Henry Lamb informed the minister by telegram of the riot.'),
    ('appeal', 'I have asked the resident at Kandy for a full report on the riot.'),
    ('decision', 'After the drought of 1870 many families of the valley resolved to leave.'),
    ('aid', 'In 1871 the governor Edward Grey sent seed and forty oxen to the settlers.'),
    ('aid', 'In 1872 the settlers at Bethel obtained seed and oxen from the mission.'),
    ('uprising', 'The strike of the dockers at Hull ended by agreement on 12 June 1873.'),
    # must not fire (or not as the kind above)
    ('none', 'The letter from his brother reached him in Cairo in May 1874.'),
    ('none', 'The price of wheat reached a peak in 1875.'),
    ('none', 'In 1876 the doctor left the room in silence.'),
    ('none', 'In 1877 his uncle left him a fortune.'),
    ('none', 'The road followed the river for ten miles.'),
    ('none', 'The Courier appeared to support the governor.'),
    ('none', 'Mr. Dunn held office for twelve years.'),
    ('none', 'The bank held the deeds of the farm for five years.'),
    ('none', 'In 1880 the porter opened the door of the hall.'),
    ('attack', 'In 1879 the guards opened fire on the crowd at Tralee.'),
    ('meeting', 'In 1878 the tenants held a meeting in the barn at Ennis.'),
    ('none', 'His son took his seat at the table.'),
    ('none', 'The ship reached a speed of twelve knots.'),
    ('none', 'In 1881 the governor sent his regards to the settlers.'),
    ('none', 'The rising of the river flooded the meadows.'),
]


# Set L2 (recall10), the same kinds in other words with more near-misses, written after all of L's fixes and
# run once: never tuned on.
SET_L2 = [
    ('movement', 'In April 1790 the botanist Karl Stenhammar followed his brother to Riga.'),
    ('movement', 'In 1791 the smugglers were shipped to Cayenne.'),
    ('movement', 'In 1918 the pilot Rudolf Berthold flew to Warsaw.'),
    ('assignment', 'In 1792 the young prince Gustav came to the throne.'),
    ('assignment', 'When the mayor resigned in 1793, his deputy Anton Weiss took his place.'),
    ('publication', 'The diary of the sailor Jonas Lind appeared in 1794.'),
    ('publication', 'On 5 March 1795 the Gazette printed a statement by the governor.'),
    ('arrest', 'In 1796 the British held the sultan Abdul Kadir in Colombo for three years.'),
    ('statement', 'On 7 July 1797 the captain Per Holm informed the admiralty of the mutiny.'),
    ('appeal', 'In 1798 the bishop Olof Rask asked the king for a grant of land.'),
    ('appeal', 'In 1799 the deputy Lars Oden asked the minister whether the troops had fired.'),
    ('decision', 'In 1800 the elders of Vik resolved to build a church.'),
    ('aid', 'In 1801 the society sent grain and cattle to the starving villagers.'),
    ('uprising', 'The rising of the miners in 1802 was crushed by the army.'),
    ('birth', 'The engineer Mats Ulving (1760–1822) built the canal.'),
    ('death', 'TROMSO, May 9 — Ola Berg, the whaler, died at sea on Tuesday, his company said.'),
    ('none', 'The path followed the coast to Bergen.'),
    ('none', 'In 1803 the firm shipped timber to Hull.'),
    ('none', 'Sparks flew from the anvil.'),
    ('none', 'The article appeared to blame the mayor.'),
    ('none', 'His portrait appeared on the stamp.'),
    ('none', 'In 1804 the press printed ten thousand banknotes.'),
    ('none', 'The mother held the child in her arms.'),
    ('none', 'The museum holds the sword in its vault.'),
    ('none', 'The letter informed him of nothing new.'),
    ('none', 'The boy asked for a glass of water.'),
    ('none', 'In 1805 the committee resolved the dispute.'),
    ('none', 'The rising of prices alarmed the weavers.'),
    ('none', 'The rising sun lit the valley.'),
    ('none', 'The king sent his greetings to the council.'),
    ('none', 'He took his place at the table.'),
    ('none', 'King Oskar II (1872–1907) opened the bridge.'),
    ('none', 'Under the president Karl Lind (1920–1926) the roads were paved.'),
]


# Set M (recall12: kinds of construction missed on held-out and development texts: voyages from/for,
# riots and violence by particle verbs, careers, a post lost, agentless passives, first-person narration,
# nominal events, participle clauses), with near-misses as "none" rows; written before its fixes.
SET_M = [
    ('movement', 'In May 1788 the merchant Elias Brandt sailed from Danzig.'),
    ('movement', 'On 3 March 1790 the bishop Anselm Kroll set out for Vienna.'),
    ('movement', 'In 1791 the widow Marta Selig departed from Riga for Stettin.'),
    ('movement', 'In 1792 the painter Jan Voss came back from Rome.'),
    ('movement', 'On her return to Bergen in 1813 the singer Ida Moe opened a school of music.'),
    ('movement', 'In 1814 the family of Olaf Dahl fled to Tromso to seek refuge with their cousins.'),
    ('uprising', 'In 1794 the weavers of Tarlow rose against the landlords.'),
    ('attack', 'In June 1795 a crowd of miners marched on the town hall of Velden.'),
    ('attack', 'In 1796 the rioters broke into the armoury at Kessel.'),
    ('attack', 'On 2 May 1797 the mob set fire to the customs house at Brill.'),
    ('invasion', 'In 1798 the rebels of Halden retook the fort.'),
    ('attack', 'In 1799 the rebel leader Jonas Brekke struck at the garrison of Molde.'),
    ('attack', 'In 1800 the gangs of Lorvik targeted the Jewish merchants of the town.'),
    ('education', 'The surgeon Karl Imhof studied at Leiden from 1801 to 1804.'),
    ('education', 'In 1805 the clerk Otto Brand qualified as a notary.'),
    ('assignment', 'In 1806 the priest Lukas Herz was made head of the seminary at Brixen.'),
    ('dismissal', 'In 1807 the judge Paul Rainer lost his post.'),
    ('arrest', 'In 1808 the smuggler Henrik Moll was caught near Emden.'),
    ('arrest', 'In 1810 the printer Josef Kalb was held on a charge of sedition.'),
    ('release', 'The printer Josef Kalb was arrested in 1811 but then was freed.'),
    ('arrest', 'On 4 April 1811 we were stopped at the frontier by the gendarmes.'),
    ('assignment', 'In 1812 I was made secretary of the society.'),
    ('killing', 'Having murdered the banker Felix Gorm in 1815, the clerk Ivo Lenz fled to Trieste.'),
    ('publication', 'In her posthumously published letters, the poet Alma Reiss described the war.'),
    ('award', 'In 1816 the captain Diego Lara received a pension from the crown.'),
    ('dissolution', 'The fall of the Empire of Varnia in 1817 ruined the merchants of Osten.'),
    # must not fire (or not as the kind above)
    ('none', 'In 1818 the farmer Piet Hals left his books to the library.'),
    ('none', 'The road rose against the hill.'),
    ('none', 'The clock struck at midnight.'),
    ('none', 'He studied at length the letters of his father.'),
    ('none', 'The boy was made to wait outside.'),
    ('none', 'The traveller lost his hat in the storm.'),
    ('none', 'The ball was caught by the boy.'),
    ('none', 'The return on the bonds was small.'),
    ('none', 'The fall of prices ruined the farmers.'),
    ('none', 'The campaign targeted young voters.'),
    ('none', 'The meeting was held on a Tuesday.'),
    ('none', 'We were stopped by the rain.'),
    ('none', 'The fire broke into flames again.'),
]


# Set M2 (recall12), the same kinds in other words with near-misses, written after all of M's fixes and run
# once: never tuned on.
SET_M2 = [
    ('movement', 'In June 1701 the envoy Hugo Brandt sailed from Riga for Copenhagen.'),
    ('movement', 'On 9 May 1702 the bishop Sven Kalm left for Uppsala.'),
    ('movement', 'After his return to Turku in 1703 the merchant Erik Holm built a warehouse.'),
    ('uprising', 'In 1704 the miners of Falun rose against the mine owners.'),
    ('attack', 'In 1705 the townsmen marched on the governor\'s residence at Kalmar.'),
    ('attack', 'In 1706 a band of deserters broke into the church at Vadstena.'),
    ('attack', 'In 1707 the privateer Lars Gathenhielm struck at the Danish convoy.'),
    ('invasion', 'In 1708 the Swedes retook the fortress of Narva.'),
    ('education', 'The botanist Per Kalm studied at Abo from 1709 to 1712.'),
    ('education', 'In 1713 the young Anders Celsing qualified as a surveyor.'),
    ('education', 'His sister trained as a teacher at Vaxjo in 1714.'),
    ('assignment', 'In 1715 the pastor Nils Ek was made head of the orphanage.'),
    ('dismissal', 'In 1716 the governor Johan Stiernhook lost his command.'),
    ('arrest', 'In 1717 the spy Georg Fabricius was caught at Stralsund.'),
    ('arrest', 'In 1718 the printer Olof Enn was held on a charge of libel.'),
    ('arrest', 'On 12 March 1719 we were stopped by a Russian patrol near Viborg.'),
    ('arrest', 'In 1720 I was caught by the customs guards at Ystad.'),
    ('assignment', 'In 1721 I was made clerk of the court at Lund.'),
    ('dissolution', 'The fall of the Duchy of Holmark in 1722 ruined the guilds.'),
    ('release', 'The pamphleteer Karl Ruth was imprisoned in 1723 but was later freed.'),
    # must not fire (or not as the kind above)
    ('none', 'In 1724 the widow left her house to the church.'),
    ('none', 'The mist rose against the cliffs.'),
    ('none', 'The clock struck at six.'),
    ('none', 'The storm broke into the quiet evening.'),
    ('none', 'The boy studied at his desk all evening.'),
    ('none', 'The merchant lost his gloves at the fair.'),
    ('none', 'The fox was caught in a trap.'),
    ('none', 'We were stopped by a flood at the ford.'),
    ('none', 'The concert was held on a Sunday.'),
    ('none', 'The return of the swallows marked the spring.'),
    ('none', 'The fall of the leaves began in September.'),
    ('none', 'His horse qualified as the fastest in the county.'),
    ('none', 'The road marched on into the hills.'),
]


def run_k(rows) -> tuple[int, int, int]:
    """Set K's score: (right, rows, confident events of another type)."""
    right = others = 0
    for want, allowed, text in rows:
        events = [(e.type, e.certainty, e.confidence) for e in annotate_text(text).events]
        sure = [(t, c) for t, c, p in events if p >= THRESHOLD]
        wants = (want,) if isinstance(want, str) else want
        if want == "none":
            ok = not sure
        else:
            mine = [c for t, c in sure if t in wants]
            ok = all(c in allowed for c in mine) and (bool(mine) or "absent" in allowed)
            others += sum(1 for t, _ in sure if t not in wants)
        right += ok
        print(f"{'+' if ok else '-'} {'/'.join(wants):12} {sorted(allowed)} {events} {text[:70]}")
    return right, len(rows), others


def run_w(rows) -> tuple[int, int, int]:
    """Set W's score: (right, rows, confident events of another type than the row's)."""
    right = others = 0
    for want, allowed, wrong, text in rows:
        events = [(e.type, e.certainty, e.confidence) for e in annotate_text(text).events]
        sure = [(t, c) for t, c, p in events if p >= THRESHOLD]
        wants = (want,) if isinstance(want, str) else want
        bad = any(t in wrong for t, _ in sure)
        if want == "none":
            ok = not bad if wrong else not sure
        else:
            mine = [c for t, c in sure if t in wants]
            ok = all(c in allowed for c in mine) and (bool(mine) or "absent" in allowed) and not bad
            others += sum(1 for t, _ in sure if t not in wants)
        right += ok
        print(f"{'+' if ok else '-'} {'/'.join(wants):12} {events} {text[:80]}")
    return right, len(rows), others


def run(rows) -> tuple[int, int, int, int, int]:
    found = confident = others = clean = 0
    for want, text in rows:
        events = [(e.type, e.confidence) for e in annotate_text(text).events]
        hit = want != "none" and any(t == want for t, _ in events)
        sure = want != "none" and any(t == want and c >= THRESHOLD for t, c in events)
        wrong = [t for t, c in events if c >= THRESHOLD and t != want]
        found += hit
        confident += sure
        others += len(wrong)
        clean += want == "none" and not wrong
        print(f"{'+' if sure else '~' if hit else '-'} {want:12} {events} {text[:70]}")
    return found, confident, others, sum(1 for w, _ in rows if w != "none"), clean


def main() -> None:
    only = sys.argv[1:]  # set letters to run ("K", "A B"); all by default
    for name, rows in (("A (tuned on)", SET_A), ("B (written after)", SET_B),
                       ("C (events5, written before its fixes)", SET_C),
                       ("D (events5, written after, never tuned on)", SET_D),
                       ("E (events6, written before its fixes)", SET_E),
                       ("E2 (events6, probes written during its fixes)", SET_E2),
                       ("F (events6, written after, never tuned on)", SET_F),
                       ("G (events6, written later, run once before its last fixes)", SET_G),
                       ("H (events6, written after all its fixes, never tuned on)", SET_H),
                       ("I (events7, written before its fixes)", SET_I),
                       ("J (events7, written after its fixes, never tuned on)", SET_J),
                       ("S (sense10, written before its fixes)", SET_S),
                       ("S2 (sense10, written after its fixes, never tuned on)", SET_S2),
                       ("L (recall10, written before its fixes)", SET_L),
                       ("L2 (recall10, written after its fixes, never tuned on)", SET_L2),
                       ("M (recall12, written before its fixes)", SET_M),
                       ("M2 (recall12, written after its fixes, never tuned on)", SET_M2)):
        if only and name.split()[0] not in only:
            continue
        found, confident, others, n, clean = run(rows)
        nones = len(rows) - n
        print(f"set {name}: found {found}/{n}, confident {confident}/{n}, other confident events {others}"
              + (f", \"none\" rows clean {clean}/{nones}" if nones else "") + "\n")
    if not only or "W" in only:
        right, n, others = run_w(SET_W)
        print(f"set W (sense12, written before its fixes): right {right}/{n}, other confident events {others}\n")
        right, n, others = run_w(SET_W2)
        print(f"set W2 (sense12, written after its fixes, never tuned on): right {right}/{n}, other confident events {others}\n")
    if only and "K" not in only:
        return
    right, n, others = run_k(SET_K)
    print(f"set K (events8, written before its fixes): right {right}/{n}, other confident events {others}\n")
    right, n, others = run_k(SET_K2)
    print(f"set K2 (events8, written after its fixes, never tuned on): right {right}/{n}, other confident events {others}")


if __name__ == "__main__":
    main()

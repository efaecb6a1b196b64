"""Rules for war histories prompted by the held-out rounds (docs/tagger.md), one block per round, each with
the sentences from its texts (or written like them) that the tagger got wrong when the round was first scored.
Thematic rules for histories are in test_dating_histories.py and test_dating_history_days.py.

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged as a narrative.
"""

import pytest

from conflicts.dating import tag

from .dating_checks import ANY, assert_resolves, case_id

# Round 12's texts: days and parts of years BC, a chronology's date and clock, "August of that year",
# "night after night", a look ahead that does move the story.
ROUND_12 = [
    ("The Battle of Actium was fought on 2 September 31 BC.", None, "2 September 31 BC", "BC0031-09-02", None),
    ("In early 32 BC the two consuls fled Rome.", None, "early 32 BC", "BC0032", "START"),
    ("They spent the winter of 32-31 BC at Patrae. In the spring Agrippa crossed the sea.", None, "the spring",
     "BC0031-SP", None),
    ("Antony was defeated in 31 BC. Octavian spent the winter on Samos and the following summer advanced on Egypt.",
     None, "the following summer", "BC0030-SU", None),
    ("Tannenberg, 1914\n1 August, about 7 p.m. Germany's ambassador hands over the declaration of war.", None,
     "1 August, about 7 p.m.", "1914-08-01T19:00", "APPROX"),
    ("Sonthonax freed the slaves in 1793. In August of that year Toussaint signed a proclamation.", None,
     "August of that year", "1793-08", None),
    ("On 5 April 1944 the siege began. The Japanese attacked night after night.", None, "night after night",
     "XXXX-XX-XXTNI", None),
    ("In 1266 Kublai wrote to Japan. His envoys did not reach Japan until early 1268. The new regent took office that "
     "spring.", None, "that spring", "1268-SP", None),
]

# Round 13's texts: a clock without a.m. or p.m. after an afternoon clock, a plan that names the next day,
# weekdays of Julian dates, "until the next morning" held off, a chronology's "Morning.".
ROUND_13 = [
    ("On 25 June 1876 Custer attacked. At about 3 p.m. Reno charged. At about half past three Custer sent a note.",
     None, "about half past three", "1876-06-25T15:30", "APPROX"),
    ("On 25 June 1876 Custer attacked. At about 3 p.m. Reno charged. Benteen reached the bluffs at about 4:20.", None,
     "about 4:20", "1876-06-25T16:20", "APPROX"),
    ("On the morning of Sunday, 25 June 1876, Custer meant to stay hidden through Sunday, 25 June, and attack at "
     "daybreak on the 26th. But he was seen, and resolved to attack that day.", None, "that day", "1876-06-25", None),
    ("Philip left the field late on the night of 26 August 1346. The next morning, a Sunday, French contingents "
     "arrived.", None, "Sunday", "1346-08-27", None),
    ("On 26 August 1346 the French came up after a long march, and Philip was unable to hold them back until the next "
     "morning. The battle began in the early evening.", None, "the early evening", "1346-08-26TEV", "START"),
    ("Thursday, 2 July 1863. Morning. The Union army holds a line shaped like a fish-hook.", None, "Morning",
     "1863-07-02TMO", None),
    ("In 1945 the 442nd fought in Italy. On 21 April Second Lieutenant Inouye led the attack.", None, "21 April",
     "1945-04-21", None),
]

# Round 14's texts: a plan or a modal's deadline does not move the story; years under 1000 after "through", "the
# campaign of", in "the spring of 378" and before a verb and its object.
ROUND_14 = [
    ("On 10 August 1781 Rochambeau learned that de Grasse could stay only until mid-October. Five days later the "
     "allies marched south.", None, "Five days later", "1781-08-15", None),
    ("On 3 October 1993 the Rangers attacked. Washington said its forces would leave Somalia by 31 March 1994. Durant "
     "was released on 14 October.", None, "14 October", "1993-10-14", None),
    ("A truce agreed on 8 October 1409 was to last until St John's Day, 24 June 1410. In December the allies met.",
     None, "December", "1409-12", None),
    ("Wednesday, 26 August 1896. Cave warned that Khalid must lower his flag and leave the palace by 9:00 the next "
     "morning. Through the night both sides watched.", None, "the night", "1896-08-26TNI", None),
    ("The Goths crossed the Danube in 376. Through 377 the Goths plundered Thrace.", None, "377", "0377", None),
    ("The Goths rose in 377.\n\nThe campaign of 378\n\nValens left Antioch.", None, "378", "0378", None),
    ("The Goths rose in 377. Valens left Antioch in the spring of 378. He reached Constantinople on 30 May.", None,
     "30 May", "0378-05-30", None),
    ("Theodosius took the purple in 379. A treaty of 3 October 382 settled the Goths south of the Danube.", None,
     "3 October 382", "0382-10-03", None),
    ("Wednesday, 26 August 1896\nMorning The gunboat Racoon anchors off the town.\nEvening Cave delivers an ultimatum.",
     None, "Evening", "1896-08-26TEV", None),
    ("On 5 September 1781 the vans engaged at about 4:15 p.m., and the firing went on until sunset, a little after 6:30.",
     None, "6:30", "1781-09-05T18:30", None),
    ("On 2 December 1790 Suvorov arrived. At three in the morning on 11 December a rocket sent the columns forward.",
     None, "three in the morning on 11 December", "1790-12-11T03:00", None),
    ("A truce agreed on 8 October 1409 was to last until St John's Day, 24 June 1410.", None,
     "St John's Day, 24 June 1410", "1410-06-24", None),
    ("The army was drawn up on the morning of 29 August 1526. The leaders, fearing that the sultan would attack at dawn "
     "the next day, struck at once, and by dusk the infantry had been destroyed.", None, "dusk", "1526-08-29TEV", None),
]

# Round 15's texts (and, as marked, the rounds after it): an earlier date that only dates a thing the sentence
# names; BC seasons and circa years; years under 1000 in life dates, ranges, "early 629" and "the early 610s";
# saints' feasts.
ROUND_15 = [
    ("On 5 April 1945 Moscow gave notice that it would not renew the five-year Neutrality Pact signed with Japan in "
     "April 1941. Germany surrendered on 8 May.", None, "8 May", "1945-05-08", None),
    ("Ramesses left Tjaru in the spring of 1274 BC with four divisions.", None, "the spring of 1274 BC", "BC1274-SP", None),
    ("In about 1259 BC Ramesses made peace with the Hittites. Thirteen years later he married a Hittite princess.", None,
     "Thirteen years later", "BC1246", None),
    ("Khalid ibn al-Walid (c. 585 – 642) was an Arab commander.", None, "642", "0642", None),
    ("He led the Muslim armies in the Ridda wars of 632–633.", None, "633", "0633", None),
    ("After the truce of 628 his loyalty faded. When Muhammad began to preach in the early 610s, the clan opposed him.",
     None, "the early 610s", "061", "START"),
    ("After the truce of 628 his loyalty faded. In early 629 he rode to Medina. That September he joined the army.",
     None, "That September", "0629-09", None),
    ("Francis was taken prisoner at Pavia on 24 February 1525. It was the feast of St Matthias.", None,
     "the feast of St Matthias", "1525-02-24", None),
    # Round 17's: a chronology's season heading; a length in number words and several units.
    ("1780\n\nWinter. Scurvy spreads through the garrison.", None, "Winter", "1780-WI", None),
    ("The siege that followed lasted three years and seven months.", None, "three years and seven months", "P3Y7M", None),
    # Round 18's: "the following summer" after a year named; the far end of a span ("until ... 1868") is not the story's.
    ("King Wenceslas IV pardoned him in 1409. The following summer he fought at Grunwald.", None, "The following summer",
     "1410-SU", None),
    ("On 4 June 1615 the castle fell, and the Tokugawa ruled Japan for two and a half centuries, until the civil war of "
     "1868. Ieyasu himself died the following year.", None, "the following year", "1616", None),
    # Round 22's: the Virgin's feasts; a flashback's year; "Summer and autumn –" heads an entry.
    ("The morning of 8 September 1380, the feast of the Nativity of the Virgin, was foggy.", None,
     "the feast of the Nativity of the Virgin", "1380-09-08", None),
    ("The truce was to run until the feast of the Assumption in 1415.", None, "the feast of the Assumption",
     "1415-08-15", None),
    ("John landed at La Rochelle on 15 February 1214. Philip had conquered Normandy in 1204; Rouen opened its gates "
     "on 24 June after a siege. On 2 July John was at Angers.", None, "24 June", "1204-06-24", None),
    ("John landed at La Rochelle on 15 February 1214. Philip had conquered Normandy in 1204; Rouen opened its gates "
     "on 24 June after a siege. On 2 July John was at Angers.", None, "2 July", "1214-07-02", None),
    ("John landed at La Rochelle on 15 February 1214. Philip had conquered Normandy in 1204, taking Rouen in June.",
     None, "June", "1204-06", None),
    ("12 May 1649 – A Venetian squadron destroys a fleet at Foça.\nSummer and autumn – Repeated assaults are beaten "
     "off.", None, "Summer", "1649-SU", None),
    # Round 23's: "spent the next decade" is a length.
    ("He was passed over in 1576 and spent the next decade in minor posts.", None, "the next decade", "P10Y", None),
    # Round 21's: an entry headed "Evening –".
    ("21 April 1836. The Texians attack at 3:30 p.m.\nEvening – The killing of fleeing soldiers continues.", None,
     "Evening", "1836-04-21TEV", None),
    ("The battle lasted from 1 April until 22 June 1945.", None, "1 April", "1945-04-01", None),
    # Round 20's: the months after a winter; "the early months of 1916"; a chronology's "Night."; "in mid-morning".
    ("In 1674 the Elector spent the winter in Franconia, laid up with gout. In early June he set out.", None,
     "early June", "1675-06", "START"),
    ("The battalion crossed to France in December 1915. Through the early months of 1916 it held trenches.", None,
     "the early months of 1916", "1916", "START"),
    ("18 April 1942. The raiders took off.\nNight. Over the coast of Zhejiang the crews bailed out.", None, "Night",
     "1942-04-18TNI", None),
    ("2 April 1942. Hornet passed under the Golden Gate Bridge in mid-morning.", None, "mid-morning", "1942-04-02TMO",
     "MID"),
    # Round 19's: "Towards six in the evening" is a clock; "the next hour and a half" one length.
    ("At 16:01 the formation took off. For the next hour and a half it flew low over Jordan.", None,
     "the next hour and a half", "PT1H30M", None),
    ("On 18 June 1757 the Prussians attacked. Towards six in the evening the Saxon horse charged.", None,
     "six in the evening", "1757-06-18T18:00", None),
    # Round 16's: "and today" opens a clause of the writer's time.
    ("In 1961 the government began to rebuild a quarter of the town as it stood in the 1740s, and today visitors walk "
     "its streets.", None, "today", "PRESENT_REF", None),
]
# Round 26's: a week on from a day is that day of the week after; years under 1000 with "early in", "as late
# as", a feast and a winter that spans two years; a weekday with its day of the month; "it was the 25th".
ROUND_26 = [
    ("Government troops landed on 20 May 1869, and on Sunday 20 June they stormed Hakodate. A week later Enomoto "
     "surrendered.", None, "A week later", "1869-06-27", None),
    ("On Thursday, 11 May 1628 an English fleet anchored off the city. Two weeks later it sailed home.", None,
     "Two weeks later", "1628-05-25", None),
    ("The Dominicans landed on 24 April 1969; a week later, on 1 May, the island surrendered.", None, "a week later",
     "1969-W18", None),
    ("Clovis overthrew Syagrius around 486, and in the following decade extended his power to the Loire.", None,
     "around 486", "0486", "APPROX"),
    ("Clovis overthrew Syagrius, the last Roman ruler in northern Gaul, around 486.", None, "around 486", "0486", "APPROX"),
    ("Clovis overthrew Syagrius around 486, and in the following decade extended his power to the Loire.", None,
     "the following decade", "049", None),
    ("His baptism, traditionally placed on Christmas Day 496 but perhaps as late as 508, won him the bishops.", None,
     "Christmas Day 496", "0496-12-25", None),
    ("His baptism, traditionally placed on Christmas Day 496 but perhaps as late as 508, won him the bishops.", None,
     "508", "0508", None),
    ("Theodoric wrote to both kings, probably late in 506. Early in 507 Clovis told his followers to march.", None,
     "Early in 507", "0507", "START"),
    ("Theodoric took Albi in 507, while Clovis spent the winter of 507–508 at Bordeaux. The following spring he took "
     "Toulouse.", None, "the winter of 507–508", "0507-WI", None),
    ("Theodoric took Albi in 507, while Clovis spent the winter of 507–508 at Bordeaux. The following spring he took "
     "Toulouse.", None, "The following spring", "0508-SP", None),
    ("The division attacked on 5 April 1972. On Sunday the 14th the garrison reported the town held.", None,
     "Sunday the 14th", "1972-05-14", None),
    ("The Third Army landed on 3 March 1943 and fought through the campaign of March-May 1943.", None, "May 1943",
     "1943-05", None),
    ("Ranjit Singh died in 1839, and in the six years that followed his court dissolved into murder.", None,
     "the six years that followed", "P6Y", None),
    ("On the morning of Saturday 13 January 1849 Gough's army marched. He meant to camp, reconnoitre and attack the "
     "following morning. But the Sikh guns opened fire, and Gough ordered a general advance at about three in the "
     "afternoon.", None, "about three in the afternoon", "1849-01-13T15:00", "APPROX"),
    ("On 13 January 1849 the army advanced. Pennycuick's brigade, led by the 24th Foot, rushed a Sikh battery. That "
     "night Sikh horsemen went over the ground.", None, "That night", "1849-01-13TNI", None),
    # Round 27's: a look back opened by its date in the past perfect; an aside's year; a feast with its date, and
    # a year BC with "around", one expression each.
    ("The last bombardment began at 4 a.m. on Monday 18 April 1864. In July 1863 Lord Palmerston had told Parliament "
     "that Denmark would not fight alone; now Britain did nothing. An armistice took effect on 12 May.", None,
     "12 May", "1864-05-12", None),
    ("Operation Bagration, June–August 1944: a chronology\n\nBackground. The plan, named after a Russian general "
     "killed fighting Napoleon in 1812, was approved by Stalin in late May.", None, "late May", "1944-05", "END"),
    ("On 2 April 1944 the battalion rested. On Easter Sunday, 9 April, the padre held a service in a cave.", None,
     "Easter Sunday, 9 April", "1944-04-09", None),
    ("The Battle of Towton was fought on Palm Sunday, 29 March 1461, on a plateau.", None,
     "Palm Sunday, 29 March 1461", "1461-03-29", None),
    ("Thutmose III ruled with Hatshepsut. After her death, around 1458 BC, the princes of Canaan rebelled.", None,
     "around 1458 BC", "BC1458", "APPROX"),
]

# Left over from round 27: a part of "the next day", a clock told as "nearly", a fraction of a century with its
# determiner, the first years of a century, the new year.
ROUND_27_REST = [
    ("On 24 June 1944 the Soviet armies attacked. By the evening of the next day Soviet pincers had met west of "
     "Vitebsk.", None, "the evening of the next day", "1944-06-25TEV", None),
    ("On 3 May 1809 the army crossed the river. On the morning of the following day it reached the town. The next day "
     "it rested.", None, "The next day", "1809-05-05", None),
    ("The column marched on 8 July 1709, but guides went astray and it was nearly four in the morning before it "
     "formed.", None, "nearly four in the morning", "1709-07-08T04:00", "LESS_THAN"),
    ("Las Navas de Tolosa opened the Guadalquivir to the conquests of the next half-century.", None,
     "the next half-century", "P50Y", None),
    ("In the first years of the 18th century Charles XII of Sweden looked unbeatable.", None,
     "the first years of the 18th century", "17", "START"),
    ("Gough reached the Punjab in November 1848 and moved north early in the new year.", None,
     "early in the new year", "1849", "START"),
    ("The battalion embarked at Naples on 20 January 1944. H-hour was 02.00 hrs on the 22nd, and the leading "
     "companies were ashore by 02.20.", None, "02.00 hrs on the 22nd", "1944-01-22T02:00", None),
]

# Round 28's: military clocks with no "hours"; a day in apposition to the date just given; a few weeks on in a
# year BC; "the next spring" BC; a year that dates a sentence's subject; St Valentine's Day.
ROUND_28 = [
    ("Thursday, 15 June 1944. The assault. H-hour is 0840. Some 8,000 marines land.", None, "0840", "1944-06-15T08:40", None),
    ("Saturday, 17 June 1944. At about 0330 some 40 Japanese tanks attack the marines.", None, "about 0330",
     "1944-06-17T03:30", "APPROX"),
    ("Sunday, 9 July 1944. Marines reach Marpi Point. At 1615 Admiral Turner declares Saipan secured.\n\nAftermath. "
     "By 9 July more than 3,000 Americans had been killed. Nine days later the cabinet resigned.", None,
     "Nine days later", "1944-07-18", None),
    ("Sunday, 9 July 1944. At 1615 Admiral Turner declares Saipan secured.", None, "1615", "1944-07-09T16:15", None),
    ("Lannes was wounded in 1809. On 22 May, the second day of the battle of Aspern-Essling, as the French fell back "
     "towards the Danube that evening, a cannonball smashed both his knees. He died nine days later.", None,
     "nine days later", "1809-05-31", None),
    ("In the spring of 302 BC Lysimachus crossed into Asia Minor. Antigonus caught him in a fortified camp near "
     "Dorylaeum, but some weeks later Lysimachus slipped away.", None, "some weeks later", "BC0302", None),
    ("Ipsus was fought in 301 BC. Seleucus took northern Syria, where in the next spring he founded Antioch.", None,
     "the next spring", "BC0300-SP", None),
    ("The village gave its name to a second Austrian victory, in 1866.\n\nBackground\n\nThe revolutions of 1848 "
     "reached Milan in the spring.", None, "the spring", "1848-SP", None),
    ("The attack opened on 8 February 1945. On St Valentine's Day the battalion reached the eastern edge of the "
     "forest.", None, "St Valentine's Day", "1945-02-14", None),
    ("The Serbs attacked at Slivnitsa on 17 November 1885. For two days they hurled themselves at the trenches, but "
     "the defenders held, and on the afternoon of the third day Prince Alexander ordered a counter-attack.", None,
     "the afternoon of the third day", "1885-11-19TAF", None),
]

# Round 29's: a chronology's heading with a military clock ("Sunday, 6 May, 1800." is 6 p.m., not the year 1800);
# "some months later" in a year BC; "the days that follow"; a clock past noon after the morning; the morning of
# the battle.
# Round 43's texts: a chronology's "23 February (D-Day)." and its "(D+1)"; a reign's "(565–578)"; "in the first months
# of 579"; "In February 590 nobles" after 589; "The next June" after a year; "In 1848, fifty years later"; "Cuba's Ten
# Years' War" in a capitalised title is a name.
_ROER = ("Operation Grenade: the Roer crossing, 1945\n\n22 February. The assault troops move up.\n\n23 February (D-Day).\n"
         "02:45 More than 2,000 guns open a bombardment.\n\n24 February (D+1). Tanks begin to cross.")
ROUND_43 = [
    (_ROER, None, "D-Day", "1945-02-23", None),
    (_ROER, None, "02:45", "1945-02-23T02:45", None),
    (_ROER, None, "D+1", "1945-02-24", None),
    ("Justin II (565–578), Justinian's nephew, thought the tribute shameful.", None, "565", "0565", None),
    ("Justin II died on 5 October 578, and Khosrow I in the first months of 579.", None, "579", "0579", None),
    ("In 589 Bahram rebelled. In February 590 nobles at Ctesiphon blinded Hormizd.", None, "February 590", "0590-02",
     None),
    ("In 581 Maurice marched down the Euphrates. The next June he beat the Persians near Constantina.", None,
     "The next June", "0582-06", None),
]

# Round 42's texts: an operation's own D-Day ("D-Day was fixed for Tuesday, 15 August", "Tuesday, 15 August (D-Day)")
# and the days counted from it ("D-1", "D+2"); years under 1000 after "the census of", "the end of", in a title's span;
# "the dead of winter".
_DRAGOON = ("Operation Dragoon, August 1944\n\nOn 1 August the operation was given a new name. D-Day was fixed for "
            "Tuesday, 15 August, with H-hour at 0800.\n\nMonday, 14 August (D-1)\nEvening. A deception group heads for "
            "La Ciotat.\n\nTuesday, 15 August (D-Day)\n0130. Commandos land on the islands.\n\nThursday, 17 August (D+2)\n"
            "The German high command orders a withdrawal.")
ROUND_42 = [
    (_DRAGOON, None, "D-Day", "1944-08-15", None),
    (_DRAGOON, None, "D-1", "1944-08-14", None),
    (_DRAGOON, None, "0130", "1944-08-15T01:30", None),
    (_DRAGOON, None, "D+2", "1944-08-17", None),
    ("The census of 754, the last before the war, counted fifty-three million people.", None, "754", "0754", None),
    ("The Danish war in Wessex, 871–878\n\nAt the end of 870 the army moved up the Thames.", None, "871", "0871", None),
    ("In 1582 the Cossacks crossed the Urals in the dead of winter.", None, "the dead of winter", "1582-WI", None),
]

# Round 41's texts: a journal's "today", "tomorrow", "Tonight" and "this morning" are its entry's (a writer's "is known
# today as" is not); "before daybreak, about four o'clock"; "by 0400 on 5 July"; a bare year in a story BC ("In 107 BC
# ... in 106") is BC too.
_JOURNAL = ("Journal kept in Castle Zeelandia, spring 1661\n\nSunday 1st May 1661. No sermon today. Captain Pedel marched "
            "out at first light.\n\nTuesday 3rd. The envoys came back late this evening. Koxinga gives us until tomorrow "
            "to answer.\n\nWednesday 25th. It came this morning. They opened fire before daybreak, about four o'clock. "
            "Tonight there is laughter in the barracks.\n\nThursday 26th. The Chinese carried off their dead last night; "
            "this morning the square was empty.")
ROUND_41 = [
    (_JOURNAL, None, "today", "1661-05-01", None),
    (_JOURNAL, None, "tomorrow", "1661-05-04", None),
    (_JOURNAL, None, "about four o'clock", "1661-05-25T04:00", ANY),
    (_JOURNAL, None, "Tonight", "1661-05-25TNI", None),
    ("Sunday 6 June 1944. Midnight. The gliders land; the canal bridge is known today as Pegasus Bridge.", None, "today",
     "PRESENT_REF", None),
    ("On 4 July 1942 the convoy scattered, and by 0400 on 5 July the convoy had ceased to exist.", None,
     "0400 on 5 July", "1942-07-05T04:00", None),
    ("In 107 BC he stormed and burned Capsa; in 106 he captured a royal treasury. That winter Bocchus began to "
     "negotiate.", None, "That winter", "BC0106-WI", None),
]

# Round 40's texts: "first light the next morning", "48 hours later" two days on, ", shortly after 0900,", "Between
# 1595 and 1602 thousands of labourers", "Through 1862 soldiers built the road".
ROUND_40 = [
    ("On 22 February 1965 a platoon crossed the border and at first light the next morning was in position.", None,
     "first light the next morning", "1965-02-23TMO", None),
    ("On 22 February 1965 a platoon crossed the border. 48 hours later, shortly after 0900, two longboats came "
     "downstream.", None, "48 hours later", "1965-02-24", None),
    ("On 22 February 1965 a platoon crossed the border. 48 hours later, shortly after 0900, two longboats came "
     "downstream.", None, "shortly after 0900", "1965-02-24T09:00", ANY),
    ("Between 1595 and 1602 thousands of labourers built the wall.", None, "1602", "1602", None),
    ("In 1861 Grey returned. Through 1862 soldiers built the Great South Road.", None, "1862", "1862", None),
]

# Round 39's texts: a chronology's "16 March, morning." and "4 April, night.", "before evening", "the third week of the
# month", "died in 1147" moves the story ("early the next year" is 1148).
_TAMPERE = ("The Battle of Tampere, 1918\n\n15 March. The Whites cross the lakes.\n\n16 March, morning. At Länkipohja the "
            "Reds are routed.\n\n4 April, night. The Reds still hold the town hall.")
ROUND_39 = [
    (_TAMPERE, None, "16 March, morning", "1918-03-16TMO", None),
    (_TAMPERE, None, "4 April, night", "1918-04-04TNI", None),
    ("23 March 1918. White troops take the district of Tammela at 14:00, and the Reds abandon it before evening.", None,
     "evening", "1918-03-23TEV", None),
    ("They left the fort on 3 October 1764 and reached the forks of the Muskingum in the third week of the month.", None,
     "the third week of the month", "1764-W42", None),
    ("Geoffrey entered Rouen in January 1144. Robert of Gloucester died in 1147, and early the next year Matilda left "
     "England for good.", None, "early the next year", "1148", "START"),
]

# Round 38's texts: a year BC named once for two months, "a quarter of an hour later" after a clock, "that winter" after
# a spring month, a chronology's "was to be 0100 ... and 0400", "is set for 0730", and an operation's "D-Day".
ROUND_38 = [
    ("Nabopolassar spent 607 and 606 BC campaigning. Most historians place the battle in May or June 605 BC.", None,
     "May", "BC0605-05", None),
    ("On 26 July 1897 the Guides arrived. At 21:45 firing broke out at the North Camp, and a quarter of an hour later "
     "tribesmen rushed the main camp.", None, "a quarter of an hour later", "1897-07-26T22:00", None),
    ("He took Kandahar in March 1738 after a siege of nearly a year, and crossed into Mughal India that winter.", None,
     "that winter", "1738-WI", None),
    ("On 8 November 1942 the landings began. H-hour was to be 0100 inside the Mediterranean and 0400 off Morocco.",
     None, "0100", "1942-11-08T01:00", None),
    ("On 8 November 1942 the landings began. H-hour was to be 0100 inside the Mediterranean and 0400 off Morocco.",
     None, "0400", "1942-11-08T04:00", None),
    ("On 10 November 1942 Oran fell. 11 November. Patton's final assault on Casablanca is set for 0730.", None, "0730",
     "1942-11-11T07:30", None),
]

ROUND_36 = [
    ("On 19 October 1965 the camp was attacked. At 10.48 on the morning of Sunday, 14 November, the first Hueys "
     "landed.", None, "10.48 on the morning of Sunday, 14 November", "1965-11-14T10:48", None),
    ("Tuesday, 17 August 1915. The order came at 0500. The garrison falls back. The German guns move forward all day "
     "and at about 2230 begin shelling.", None, "about 2230", "1915-08-17T22:30", "APPROX"),
    ("Tuesday, 17 August 1915. The order came at 0500. The garrison falls back. The German guns move forward all day "
     "and at about 2230 begin shelling.", None, "all day", "P1D", None),
    ("Canadian troops entered Mons in the early hours of 11 November 1918, a few hours before the armistice took effect "
     "at 11 a.m.", None, "11 a.m.", "1918-11-11T11:00", None),
    ("Wednesday, 30 April 1980. The gunmen say the embassy will be blown up at noon the next day. Evening. A hostage "
     "is freed.", None, "Evening", "1980-04-30TEV", None),
]

ROUND_35 = [
    ("Monday, 24 August 1914. French, mindful of Bazaine's army shut up in Metz in 1870, refuses to take shelter.\n\n25 "
     "August. Advance guards arrive.", None, "25 August", "1914-08-25", None),
    ("Early in May 1915 the battalion came into billets. The attack was set for Saturday, 8 May, but on the Friday "
     "evening it was put off for 24 hours.", None, "Friday evening", "1915-05-07TEV", None),
    ("On 14 August 1914 the squadron coaled at Enewetak, a filthy job that took the crews the whole day.", None,
     "the whole day", "P1D", None),
    ("In 853 BC the coalition met Shalmaneser. The Assyrians came back in 849, 848 and 845 BC.", None, "849", "BC0849",
     None),
    ("Saturday, 27 February 1943. The men rest in the hut. About 2000. The nine men set out.", None, "About 2000",
     "1943-02-27T20:00", "APPROX"),
    ("Saturday, 27 February 1943. The men wait.\n\nSunday, 28 February. Midnight. The guard changes on the bridge. "
     "About 0030. Kjelstrup cuts the chain.", None, "About 0030", "1943-02-28T00:30", "APPROX"),
]

ROUND_34 = [
    ("Wednesday, 30 January 1895. The Japanese storm the eastern forts. By 1400 the forts have fallen.", None, "1400",
     "1895-01-30T14:00", None),
    ("In 1420 the sultan moved his court. By 1450 the Ottomans held the coast.", None, "1450", "1450", None),
    ("Thursday, 7 February 1895. The fleet bombards the forts from 0730. At mid-morning the torpedo flotilla breaks "
     "out.", None, "mid-morning", "1895-02-07TMO", "MID"),
    ("Monday, 23 June 2014. Between 0800 and 1800 hours volunteers register the families.", None, "0800",
     "2014-06-23T08:00", None),
    ("The Japanese advance began on Wednesday, 24 August 1904. On the 25th and the 26th Kuroki's divisions pushed on.",
     None, "the 26th", "1904-08-26", None),
    ("Wednesday, 6 June 1917.\nAfternoon. Harington tells correspondents: \"I don't know whether we are going to make "
     "history tomorrow, but we shall change geography.\"\nEvening. A thunderstorm passes over the ridge.", None,
     "Evening", "1917-06-06TEV", None),
    ("Enver arrived at the front in mid-December 1914. The march led over passes on tracks that were barely paths in "
     "summer, in midwinter. The offensive opened on 22 December.", None, "22 December", "1914-12-22", None),
]

ROUND_33 = [
    ("Saturday, 31 October 1914. It is the Japanese emperor's birthday. At 0600 more than a hundred siege guns open "
     "fire.", None, "0600", "1914-10-31T06:00", None),
    ("On Friday, 19 February 1971 Ranger North, held by the 39th Ranger Battalion, is shelled all day.", None, "all day",
     "P1D", None),
]

ROUND_32 = [
    ("The Battle of Eylau was fought on 7 and 8 February 1807 between the Grande Armée and a Russian army, joined on "
     "the afternoon of the second day by a Prussian corps.", None, "the afternoon of the second day", "1807-02-08TAF",
     None),
    ("Charles VI died in October 1740. The first to move was Frederick II of Prussia, who had succeeded his father only "
     "that spring. He marched into Silesia in the middle of December.", None, "that spring", "1740-SP", None),
    ("Charles VI died in October 1740. The first to move was Frederick II of Prussia, who had succeeded his father only "
     "that spring. He marched into Silesia in the middle of December.", None, "the middle of December", "1740-12",
     "MID"),
    ("In January 1807 Napoleon sent his corps into winter quarters. Bennigsen did not wait for spring. In the middle "
     "of the month he moved.", None, "spring", "1807-SP", None),
    ("In January 1807 Napoleon sent his corps into winter quarters. Bennigsen did not wait for spring. In the middle "
     "of the month he moved.", None, "the middle of the month", "1807-01", "MID"),
    ("Thursday, 20 June 1854. Mines are ready under the Arab Tabia. Shortly before 0200 a courier brings an order.",
     None, "Shortly before 0200", "1854-06-20T02:00", "BEFORE"),
    ("Monday, 4 March 2002. At dawn the helicopters land.\n\n0545. The first rescue team reaches the peak.\n\nAbout "
     "2000. The survivors are lifted off.", None, "About 2000", "2002-03-04T20:00", "APPROX"),
    ("Monday, 4 March 2002. Seven Americans die on the peak. 2015. Helicopters lift the survivors off. Seven Americans "
     "have died there since 0300.", None, "0300", "2002-03-04T03:00", None),
    ("On 6 July 1809 the battle resumed. Bernadotte, who had abandoned the village of Aderklaa during the night, saw "
     "his Saxons break. Early in the afternoon Macdonald led his column.", None, "the night", "1809-07-05TNI", None),
    ("On 6 July 1809 the battle resumed. Bernadotte, who had abandoned the village of Aderklaa during the night, saw "
     "his Saxons break. Early in the afternoon Macdonald led his column.", None, "Early in the afternoon",
     "1809-07-06TAF", "START"),
    ("On 6 July 1809 the battle ended. Charles asked for an armistice at Znaim on 12 July, six days later, and the "
     "treaty followed.", None, "six days later", "1809-07-12", None),
    ("Wagram was fought in July 1809. It led straight to the slaughter at Borodino in 1812. More than two centuries "
     "on, Wagram should be read as the moment the Napoleonic way of war reached its limits.", None,
     "More than two centuries", "P200Y", ANY),
    ("The battalion waited. At about eight o'clock on the morning of Monday, 8 December 1941, Japanese aircraft "
     "attacked.", None, "about eight o'clock on the morning of Monday, 8 December 1941", "1941-12-08T08:00", "APPROX"),
    ("At 4 a.m. on the morning of 24 February 2022 the invasion began.", None,
     "4 a.m. on the morning of 24 February 2022", "2022-02-24T04:00", None),
    ("The garrison held out until 25 December 1941. On Christmas morning water was run up to the ridge.", None,
     "Christmas morning", "1941-12-25TMO", None),
]

ROUND_31 = [
    ("In 1420 the lords had to accept the sultan as overlord, and sometime around 1423 he sent his sons to the court.",
     None, "around 1423", "1423", "APPROX"),
    ("Monday, 17 July 1944. Late afternoon. Field Marshal Erwin Rommel is wounded.", None, "Late afternoon",
     "1944-07-17TAF", "END"),
    ("Thursday, 18 April 1895. The siege goes on.\n\nFriday, 19 April. At daylight the sangars round the fort are "
     "empty.", None, "daylight", "1895-04-19TMO", None),
    ("On 7 January 1942 the companies held the Japanese infantry until about 0730. An hour later the remains of B "
     "Company came in.", None, "about 0730", "1942-01-07T07:30", "APPROX"),
    ("On 7 January 1942 the companies held the Japanese infantry until about 0730. An hour later the remains of B "
     "Company came in.", None, "An hour later", "1942-01-07T08:30", None),
    ("On 26 December 1941 they were beaten back. For a week after that the battalion fought on.", None, "a week",
     "P1W", None),
    ("On 30 December 1941 they went back to Bidor. At Hogmanay officers and men ate tinned ham.", None, "Hogmanay",
     "1941-12-31", None),
    ("In March 1885 Riel moved. On 19 March, the feast of St. Joseph, he proclaimed a provisional government.", None,
     "the feast of St. Joseph", "1885-03-19", None),
    ("The Battle of Sentinum was fought in 295 BC. It decided the Third Samnite War (298–290 BC). It was probably "
     "fought in early summer.", None, "early summer", "BC0295-SU", "START"),
    ("Rome elected its two most experienced generals consuls for 295 BC. Fabius had first held the office in 322 BC. "
     "Early in the year the Gauls destroyed a Roman legion.", None, "Early in the year", "BC0295", "START"),
]

ROUND_30 = [
    ("The Rifles landed at Pusan in early November 1950, and officers spoke of spending the winter rounding up "
     "guerrillas and being home by the spring.\n\nThe battalion spent Christmas Day in billets north of Seoul.", None,
     "Christmas Day", "1950-12-25", None),
    ("The Rifles landed at Pusan in November 1950. The battalion spent Christmas Day in billets north of Seoul. On the "
     "last day of the year the Chinese opened their New Year offensive. That night the line gave way.", None, "the last day of the year", "1950-12-31", None),
    ("The Rifles landed at Pusan in November 1950. The battalion spent Christmas Day in billets north of Seoul. On the "
     "last day of the year the Chinese opened their New Year offensive. That night the line gave way.", None, "That night", "1950-12-31TNI", None),
    ("Thursday, 17 January 1826. The breaches are ready.\n\n0800. The great mine is fired.", None, "0800",
     "1826-01-17T08:00", None),
    ("Thursday, 17 January 1826. The breaches are ready.\n\nAbout 1600. The citadel surrenders.", None,
     "About 1600", "1826-01-17T16:00", "APPROX"),
    ("In 1799 Bonaparte returned to France.\n\n1800. Bonaparte crosses the Alps.", None, "1800", "1800", None),
    ("Operation Lam Son 719: a chronology\n\nSaturday, 30 January 1971. 0000. Dewey Canyon II begins.", None, "0000",
     "1971-01-30T00:00", None),
    ("Thursday, 5 January 1826. The walls hold.\n\nFriday, 6 January 1826, evening. A mine is begun in the scarp.",
     None, "Friday, 6 January 1826, evening", "1826-01-06TEV", None),
    ("Friday, 6 January 1826, evening. A mine is begun in the scarp. It is not far enough advanced by daybreak and is "
     "fired early.", None, "daybreak", "1826-01-07TMO", None),
    ("In 45 BC Caesar returned to Rome. He was murdered in the senate on the Ides of March, 44 BC.", None,
     "the Ides of March, 44 BC", "BC0044-03-15", None),
    ("In 45 BC Caesar returned to Rome. He was murdered in the senate on the Ides of March.", None,
     "the Ides of March", "BC0045-03-15", None),
    ("By the end of 1970 the trail carried most of the supplies. The Cambodian incursion of the previous spring had "
     "closed one route.", None, "the previous spring", "1970-SP", None),
    ("Wednesday, 10 February 1971. The column halts. Thieu, with a presidential election due that autumn, is "
     "anxious.", None, "that autumn", "1971-FA", None),
    ("Friday, 19 March 1971. The column runs into ambushes. Over the weekend television film shows soldiers clinging "
     "to the skids.", None, "the weekend", "1971-W11-WE", None),
    ("On 2 July 1866 Moltke ordered the First Army to attack at daybreak, and a staff officer rode through the night "
     "to bring up the Second Army.", None, "the night", "1866-07-02TNI", None),
    ("In 1846 Sobraon was won in barely an hour.", None, "barely an hour", "PT1H", "LESS_THAN"),
    ("On 28 January 1846 Smith met Ranjodh Singh's army at Aliwal. A week earlier Ranjodh had mauled Smith's baggage "
     "train at Badowal.", None, "A week earlier", "1846-01-21", None),
]

ROUND_29 = [
    ("The siege of Breslau, 1945: a chronology\n\nSaturday, 5 May. The garrison waits.\n\nSunday, 6 May, 1800. "
     "Niehoff signs the surrender.\n\nThe next morning. Soviet troops march in.", None, "Sunday, 6 May, 1800",
     "1945-05-06T18:00", None),
    ("The siege of Breslau, 1945: a chronology\n\nSaturday, 5 May. The garrison waits.\n\nSunday, 6 May, 1800. "
     "Niehoff signs the surrender.\n\nThe next morning. Soviet troops march in.", None, "The next morning",
     "1945-05-07TMO", None),
    ("The siege of Breslau, 1945: a chronology\n\nEaster Sunday, 1 April, 0600. Soviet artillery opens fire.", None,
     "Easter Sunday, 1 April, 0600", "1945-04-01T06:00", None),
    ("In 106 BC Caepio took Tolosa, whose temples held a great hoard. Some months later the treasure vanished.", None,
     "Some months later", "BC0106", None),
    ("On 15 February 1945 the ring closed. In the days that follow the garrison digs in.", None,
     "the days that follow", "PXD", None),
    ("Maiwand was fought on 27 July 1880. The armies met late in the morning. For some three hours the guns "
     "dominated. At about half past two an Indian regiment gave way.", None, "about half past two", "1880-07-27T14:30",
     "APPROX"),
    ("Maiwand was fought on 27 July 1880. In mid-July the governor's troops deserted.\n\nThe morning of the battle was "
     "already hot.", None, "The morning of the battle", "1880-07-27TMO", None),
]

CASES = ROUND_43 + ROUND_42 + ROUND_41 + ROUND_40 + ROUND_39 + ROUND_38 + ROUND_36 + ROUND_35 + ROUND_34 + ROUND_33 + ROUND_32 + ROUND_31 + ROUND_30 + ROUND_29 + ROUND_28 + ROUND_27_REST + ROUND_26 + ROUND_15 + ROUND_14 + ROUND_13 + ROUND_12


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


def test_an_operations_d_day_is_not_normandys():
    timexes = tag("In October 1942 the task forces sailed for Oran and Algiers. D-Day was set for 8 November.", None)
    assert [(t.text, t.value) for t in timexes] == [
        ("October 1942", "1942-10"), ("D-Day", "1942-11-08"), ("8 November", "1942-11-08")]


def test_this_morning_in_a_journal_is_the_entrys_day():
    timexes = {t.text: t.value for t in tag(_JOURNAL, None) if t.start > _JOURNAL.index("Thursday 26th")}
    assert timexes["this morning"] == "1661-05-26TMO"


def test_a_named_war_in_a_capitalised_title_is_no_length():
    timexes = tag("Year 9 History – Worksheet 6: Cuba's Ten Years' War, 1868–1878\n\nRead the summary.", None)
    assert [t.text for t in timexes] == ["1868", "1878"]

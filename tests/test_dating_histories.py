"""Rules for war histories (no publication date, or one long after the events), each with the
sentences that motivate it: years, eras, spans, named events and feasts, and the story's year as it moves.
Which day the story is on (its parts and clocks, days counted or looked back to, the writer's "today") is in
test_dating_history_days.py; the cases each held-out round of histories prompted are in test_dating_history_rounds.py.

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged. A history is read as a
narrative: dates follow the last date the text gave.
"""

import pytest

from conflicts.dating import tag

from .dating_checks import SEED_DCT, assert_resolves, case_id

# War histories: a year named once for two months or seasons, and "dawn on 1 September 1939".
HISTORY = [
    ("In 1944 the war raged. In the spring and summer of 1942, Germany advanced.", None, "the spring", "1942-SP", None),
    ("In 1944 the war raged. In May and June 1940 France fell.", None, "May", "1940-05", None),
    ("In 1944 the war raged. Talks on May 5 and June 7, 1940 failed.", None, "May 5", "1940-05-05", None),
    # "dawn on 1 September 1939" is one expression, as "4 a.m. on 24 February" is.
    ("In 1942 Germany advanced. At dawn on 1 September 1939 Germany invaded Poland.", None, "dawn on 1 September 1939",
     "1939-09-01TMO", None),
    ("At dawn on Monday, 8 August, the English attacked the scattered ships.", None, "dawn on Monday, 8 August",
     "XXXX-08-08TMO", None),
]

# A decade is no reference time for a day or a month: "10 July" after "the 1950s" keeps the last year named.
NO_DECADE_ANCHOR = [
    ("Germany surrendered on 8 May 1945. In the 1950s historians debated it. On 10 July the archive opened.",
     None, "10 July", "1945-07-10", None),
]

# "1992–95": the span's end year takes the first year's century; "2020-09" is no span.
YEAR_SPANS = [
    ("Bosnia's war of 1992–95 killed 100,000 people.", SEED_DCT, "95", "1995", None),
    ("The war of 1914-18 changed Europe.", None, "18", "1918", None),
    ("Athens rose in the 5th century BC.", None, "the 5th century BC", "BC04", None),
    # A month's halves are its start and end; a year's halves stay H1/H2.
    ("The offensive began on 5 July 1943. In the second half of July, the Soviets struck.", None,
     "the second half of July", "1943-07", "END"),
    ("In the first half of the year, sales rose.", SEED_DCT, "the first half of the year", "2020-H1", None),
    # "the 1800s" is the century of years 18xx; "the 2000s" and "the 1910s" are decades.
    ("In the 1800s, the empire expanded.", None, "the 1800s", "18", None),
    ("In the early 1900s, reforms came.", None, "the early 1900s", "19", "START"),
    ("The 2000s brought war.", SEED_DCT, "The 2000s", "200", None),
    ("Rome grew in the 1st century B.C. and fell later.", None, "the 1st century B.C.", "BC00", None),
    # "the 2019-20 season" is one season, valued by the year it begins in (the held-out round 40's annotator); the
    # end of a bare span of years ("1914-18") is still a year of its own
    ("Losses in the 2019-20 season were high.", SEED_DCT, "the 2019-20 season", "2019", None),
    ("Losses in the war of 1914-18 were high.", SEED_DCT, "18", "1918", None),
]

# War histories: years with their era ("AD 73", "44 BC"), "c. 1200" as about 1200, a range's year shared
# by its first day ("From 25 June to 3 July 1950"), a night across two days written with a slash.
HISTORIES = [
    # Round 24's: a vague count of days or weeks from the story's day reaches a month; "over the next week" and "for
    # most of the next decade" are lengths.
    ("The Thebans won on 6 July 371 BC. A few days later Jason of Pherae arrived.", None, "A few days later",
     "BC0371-07", None),
    ("Ivan reached the Ugra on 30 September 1480; a few weeks later the archbishop wrote to him.", None,
     "a few weeks later", "1480-10", None),
    ("He returned to Chile in 1802. For most of the next decade he lived as a landowner.", None, "the next decade",
     "P10Y", None),
    ("His headquarters moved to Corregidor on 24 December 1941, and over the next week the forces withdrew.", None,
     "the next week", "P1W", None),
    # Round 25's: a day BC counted on; the year a source was published is not the story's; nights counted on.
    ("On 22 June 217 BC both kings drew up their lines. The next day he fell back to Raphia.", None, "The next day",
     "BC0217-06-23", None),
    ("The border fighting ended on 11 August 1938. According to figures published after 1991, 792 were killed. "
     "Blyukher was recalled to Moscow that autumn.", None, "that autumn", "1938-FA", None),
    ("The brigade attacked on 3 February 1941. The battalion went up two nights later.", None, "two nights later",
     "1941-02-05TNI", None),
    # A decade BC; a range of months in a heading takes the year written after it.
    ("Philip was a hostage in Thebes in the 360s BC.", None, "the 360s BC", "BC036", None),
    ("The 1st Battalion in Tunisia, March–May 1943\n\nThe battalion crossed the frontier.", None, "March", "1943-03", None),
    ("The siege of Masada ended in AD 73.", None, "AD 73", "0073", None),
    ("Jerusalem fell in 70 CE.", None, "70 CE", "0070", None),
    ("Caesar was killed in 44 BC.", None, "44 BC", "BC0044", None),
    # Counting on from a year BC: no year 0, so a year after 1 BC is AD 1.
    ("In 415 BC, Athens sent an expedition to Sicily; two years later it was destroyed.", None, "two years later", "BC0413", None),
    ("Thebes attacked Plataea in the spring of 431 BC.", None, "the spring of 431 BC", "BC0431-SP", None),
    ("Thebes attacked in the spring of 431 BC. The following year a plague struck Athens.", None, "The following year", "BC0430", None),
    ("The census was taken in 2 BC. Three years later, the emperor died.", None, "Three years later", "0002", None),
    ("The castle was built c. 1200 and rebuilt circa 1350.", None, "c. 1200", "1200", "APPROX"),
    ("The castle was built around 1200 and expanded in about 1350.", None, "around 1200", "1200", "APPROX"),
    ("The castle was built around 1200 and expanded in about 1350.", None, "about 1350", "1350", "APPROX"),
    ("The castle was built c. 1200 and rebuilt circa 1350.", None, "circa 1350", "1350", "APPROX"),
    ("The town fell in 1945. From 25 June to 3 July 1950 the North advanced.", None, "25 June", "1950-06-25", None),
    ("Paratroopers landed on the night of 5/6 June 1944.", None, "the night of 5/6 June 1944", "1944-06-05TNI", None),
    ("The front broke on 4 July 1943. At first light the counterattack came.", None, "first light", "1943-07-04TMO", None),
    # A month named alone reads on unless it is the month just before the one the story is in.
    ("The offensive began in January 1968. In October, the army attacked.", None, "October", "1968-10", None),
    ("The offensive began in January 1968. In December, the army had attacked.", None, "December", "1967-12", None),
]

# Names that hold a month or a season are not dates: "the October Revolution", "the Winter War".
NAMED_EVENTS = [
    ("The Winter War ended in March 1940.", None, "March 1940", "1940-03", None),
    ("The October Revolution of 1917 changed Russia.", None, "1917", "1917", None),
    ("The Arab Spring reached Libya in February 2011.", None, "February 2011", "2011-02", None),
    ("In Spring 1943 the front held.", None, "Spring 1943", "1943-SP", None),
    ("In the years 1941-1944, partisans fought.", None, "1941", "1941", None),
]

# Holidays in a history fall in the year it has reached; D-Day and, in a history, V-E Day are days in
# history; "the Easter Rising" is a name.
HOLIDAYS_IN_HISTORY = [
    # Before the Gregorian reform Easter is the Julian computus's, on the Julian date histories write; a feast
    # with its date in apposition is one expression, that date (the development sets' annotators, 7 to 3).
    ("Edward won at Towton in 1461, on Palm Sunday.", None, "Palm Sunday", "1461-03-29", None),
    ("In 1461 Edward was crowned. He won at Barnet on Easter Sunday, 14 April 1471.", None,
     "Easter Sunday, 14 April 1471", "1471-04-14", None),
    ("The battalion landed in 1915. On Easter Monday, 9 April 1917, at 5.30 a.m., it attacked.", None,
     "Easter Monday, 9 April 1917", "1917-04-09", None),
    ("Germany surrendered in May 1945. On VJ Day, crowds filled Times Square.", None, "VJ Day", "1945-08-15", None),
    ("The war spread in 1914. On Christmas Eve, the guns fell silent.", None, "Christmas Eve", "1914-12-24", None),
    ("On 20 December 1914 the rain stopped. At Christmas, soldiers met.", None, "Christmas", "1914-12-25", None),
    ("The rising began on Easter Monday 1916.", None, "Easter Monday 1916", "1916-04-24", None),
    ("The agreement was signed on Good Friday 1998.", None, "Good Friday 1998", "1998-04-10", None),
    ("On D-Day the Allies landed.", None, "D-Day", "1944-06-06", None),
    ("V-E Day came after six years of war.", None, "V-E Day", "1945-05-08", None),
    ("Britain marked VE Day on Friday.", "2020-05-09", "VE Day", "2020-05-08", None),
]

# A history that opens with an overview goes back to the detail in the same year; it steps over the
# new year only when the next year's date is the nearer; after a span the next date takes its first year.
OVERVIEW_THEN_DETAIL = [
    ("The war began on 2 April 1982 and ended on 14 June 1982. On 3 April, the UN passed Resolution 502.",
     None, "3 April", "1982-04-03", None),
    ("The war began on 2 April 1982 and ended on 14 June 1982. In April, the fleet sailed.", None, "April", "1982-04", None),
    ("The city was encircled on 20 November 1942. On 2 February, the 6th Army surrendered.", None, "2 February", "1943-02-02", None),
    ("The city was encircled on 20 November 1942. On 15 March, the front held again.", None, "15 March", "1943-03-15", None),
    ("The war began on 22 September 1980 and ended on 20 August 1988. Khorramshahr fell on 24 October.",
     None, "24 October", "1980-10-24", None),
    ("The war lasted from 1914 to 1918. In August, Germany invaded Belgium.", None, "August", "1914-08", None),
    ("Saddam came to power in 1979 and led Iraq to war in 1980. In September, troops crossed the border.",
     None, "September", "1980-09", None),
    ("The war began on 22 September 1980 and ended on 20 August 1988. A month later, prisoners were freed.",
     None, "A month later", "1988-09", None),
]

# A person's dates in brackets do not move the story; a war's do.
PEOPLES_DATES = [
    ("The offensive began in June 1944. Erich von Manstein (1887–1973) had warned against it. In July, the front collapsed.",
     None, "July", "1944-07", None),
    ("The offensive began in June 1944. General Model (born 24 January 1891) took command. In August, Warsaw rose.",
     None, "August", "1944-08", None),
    ("The Korean War (1950–53) followed. In July, talks began.", None, "July", "1950-07", None),
    ("Ariel Sharon (26 February 1928 – 11 January 2014) was a general. In the war of 1948 he was wounded at Latrun "
     "in May.", None, "May", "1948-05", None),
]

# A year named as background ("since 1957", "the ceasefire line of 1967", "the 1967 border", a span of
# years around the date) does not move a story already on a finer date; a year named alone is all the
# story has, so a day named next is in it.
BACKGROUND_YEARS = [
    ("On 16 May 1967 Nasser expelled the force, which had patrolled the frontier since 1957, and on 22 May he closed "
     "the straits.", None, "22 May", "1967-05-22", None),
    ("By 10 October 1973 they had been driven back to the Purple Line, the ceasefire line of 1967. On 14 October an "
     "offensive failed.", None, "14 October", "1973-10-14", None),
    ("On 11 July 1995 Srebrenica fell, a UN safe area since 1993. A massacre at Markale on 28 August followed.", None,
     "28 August", "1995-08-28", None),
    ("On 22 September 1980 Iraq attacked, hoping to exploit the revolution of the previous year. Khorramshahr fell "
     "that autumn.", None, "that autumn", "1980-FA", None),
    ("On 5 June 1967 the war began; the 1948 armistice lines had held. On 7 June Jerusalem fell.", None,
     "7 June", "1967-06-07", None),
    ("The campaign ran from February 1915 to January 1916, in the First World War, which lasted from 1914 to 1918. "
     "On 18 March the fleet attacked.", None, "18 March", "1915-03-18", None),
    # A later year after "of" moves the story on; a year named alone keeps a day to itself.
    ("On 18 January 1974 a disengagement was signed. It opened the way to the Camp David Accords of 1978 and to "
     "the treaty the following year.", None, "the following year", "1979", None),
    ("Sarajevo was besieged from April 1992. In 1993 fighting broke out in Mostar, and on 9 November the bridge fell.",
     None, "9 November", "1993-11-09", None),
    ("In 1944 the war raged. On 28 December the city fell.", None, "28 December", "1944-12-28", None),
    # A later year the story only looks ahead to ("due to expire in 1968") does not move it there.
    ("On 26 July 1956 Nasser nationalised the canal company, whose concession had been due to expire in 1968. "
     "Talks continued through August without result.", None, "August", "1956-08", None),
    # A flashback in the past perfect; a span joined by "between ... and".
    ("The candidacy was withdrawn on 12 July 1870. Prussia had defeated Austria four years earlier. On 18 August "
     "the French were beaten.", None, "18 August", "1870-08-18", None),
    ("On 10 May 1940 Churchill became prime minister, an office he would hold between 1940 and 1945. France signed "
     "an armistice on 22 June.", None, "22 June", "1940-06-22", None),
    # An earlier year after the day the sentence is on is that day's background.
    ("On 21 January 1968 divisions besieged Khe Sanh, and Westmoreland, fearing a repeat of the defeat at Dien Bien "
     "Phu in 1954, sent reinforcements. The main blow fell on 31 January.", None, "31 January", "1968-01-31", None),
    # A month a plan only looks ahead to does not move the story; nor is a flashback's day the clock's.
    ("After Iwo Jima in March 1945 the planners wanted Okinawa for the invasion of Japan, then scheduled to begin in "
     "November. On 26 March the 77th Division seized the Kerama Islands.", None, "26 March", "1945-03-26", None),
    ("Tuesday, 19 June 1900. News came of a demand for the Taku forts, which warships had in fact stormed two days "
     "earlier. At about 4 p.m. envelopes reached each legation.", None, "about 4 p.m.", "1900-06-19T16:00", "APPROX"),
    # "since February" looks back from the story's December.
    ("A final attack in mid-December 1916 regained the ground lost since February.", None, "February", "1916-02", None),
]

# Years of the common era written with "AD" take the month or season before them; "three-quarters of a century".
ERAS_AND_FRACTIONS = [
    ("The battle in the Teutoburg Forest was fought in September AD 9.", None, "September AD 9", "0009-09", None),
    ("In the summer of AD 9 Varus's army lay in its summer camp.", None, "the summer of AD 9", "0009-SU", None),
    ("The wreck of the Johnston lay undiscovered for three-quarters of a century.", None,
     "three-quarters of a century", "P75Y", None),
    # A battle clock with a dot and no a.m. or p.m. is a time in a history (in news it is left alone).
    ("On 2 September 1898 the Dervishes attacked. By 7.30 the frontal attack had been destroyed.", None, "7.30",
     "1898-09-02T07:30", None),
]

# A weekday written with a day names its year: "Monday, April 11" after a look ahead to 1976 is 1898's (a
# Monday then, a Sunday in 1976), and the story goes on from there; of two years that fit, the nearer.
WEEKDAY_YEARS = [
    ("In January 1898 the Maine sailed to Havana. An investigation in 1976 concluded that a fire caused the "
     "explosion. On Monday, April 11, McKinley asked Congress for authority. A blockade began on April 22.", None,
     "Monday, April 11", "1898-04-11", None),
    ("In January 1898 the Maine sailed to Havana. An investigation in 1976 concluded that a fire caused the "
     "explosion. On Monday, April 11, McKinley asked Congress for authority. A blockade began on April 22.", None,
     "April 22", "1898-04-22", None),
    ("In the summer of 1683 the Turks marched on Vienna. The first siege had failed in the autumn of 1529. In 1664 "
     "a truce was made. The army set out in April. The vanguard appeared before the walls on Wednesday, 14 July.",
     None, "Wednesday, 14 July", "1683-07-14", None),
]

# "the previous November", "the following March": the month strictly before (after) the story's date;
# "since" a date keeps the story where it is; "on the 17th" before a name; "over the following decade".
MONTHS_AROUND = [
    ("The Treaty of Paris was signed on 3 September 1783, confirming articles agreed the previous November.", None,
     "the previous November", "1782-11", None),
    ("Parliament met in November 1640 and impeached Strafford, who was executed the following May.", None,
     "the following May", "1641-05", None),
    ("In 2002 talks failed, and the following March Bush gave an ultimatum.", None, "the following March", "2003-03", None),
    ("On 2 April 1982 Argentina invaded, a decision taken by the junta Galtieri had led since the previous December. "
     "On 30 March police had broken up a protest.", None, "30 March", "1982-03-30", None),
    ("In June 1775 Congress appointed Washington, and on the 17th British regulars attacked.", None, "the 17th",
     "1775-06-17", None),
    ("The war ended in 1763. Over the following decade, Britain taxed the colonies.", None, "the following decade",
     "P10Y", None),
    ("Wolfe was killed on 13 September 1759; Montcalm died the day after. All Saints' Day came.", None,
     "All Saints' Day", "1759-11-01", None),
    # A look back ("the previous December", "had left three days earlier") leaves the story on its day.
    ("On 3 October 1935 Italy invaded. The pretext was a clash at Walwal the previous December. Adwa fell on "
     "6 October.", None, "6 October", "1935-10-06", None),
    ("On 5 May 1936 Italian troops entered Addis Ababa. The emperor had left the capital three days earlier. That "
     "evening Mussolini announced the victory.", None, "That evening", "1936-05-05TEV", None),
    # An hour in words with the part of a day the story names.
    ("The army crossed the river on 25 December 1776, and it was eight o'clock the next morning before it struck.",
     None, "eight o'clock the next morning", "1776-12-26T08:00", None),
    ("The ultimatum expired on 11 October 1899, and at five o'clock that afternoon the republics were at war.", None,
     "five o'clock that afternoon", "1899-10-11T17:00", None),
    ("The invasion began on 20 March 2003 with air strikes on Baghdad in the early morning.", None,
     "the early morning", "2003-03-20TMO", "START"),
    ("On 22 January 1879 the first attack came at 4.30 p.m., and the assaults went on through the night. By the "
     "morning the column appeared.", None, "the morning", "1879-01-23TMO", None),
    ("Richard was killed at Bosworth on 22 August 1485. Today a weathered stone cross marks the spot.", None,
     "Today", "PRESENT_REF", None),
    ("Japan surrendered on 9 September 1945. The People's Republic marks victory each 3 September.", None,
     "each 3 September", "XXXX-09-03", None),
    # "the first day" of an event a history has just dated.
    ("Operation Barbarossa began on 22 June 1941. On the first day alone 1,200 Soviet aircraft were destroyed. On the "
     "third day of the offensive Minsk was threatened.", None, "the third day", "1941-06-24", None),
]

# Seasons after a year BC, a history's own "today", and names that contain time words.
HISTORY_ODDS = [
    ("Hostilities began in the spring of 431 BC, and that summer the Spartans invaded Attica.", None,
     "that summer", "BC0431-SU", None),
    ("The treaty was signed on 14 December 1995. Its constitution remains in force today.", None,
     "today", "PRESENT_REF", None),
    ("Australia and New Zealand commemorate the first landing every 25 April.", None, "every 25 April",
     "XXXX-04-25", None),
    ("The agreement was signed in 1995, and in the years that followed the tribunal convicted him.", None,
     "the years that followed", "PXY", None),
    # "That spring" after a December is the spring that comes; a story in a year BC keeps it for months and days.
    ("On December 7, 1941, Japan attacked Pearl Harbor. That spring, Yamamoto devised a plan.", None,
     "That spring", "1942-SP", None),
    ("Hannibal left in the spring of 218 BC and crossed the Alps in the autumn.", None, "the autumn", "BC0218-FA", None),
    ("Hannibal left in the spring of 218 BC and won at the Trebia in December.", None, "December", "BC0218-12", None),
    ("The consuls of 216 BC sought battle. At Cannae, on 2 August, Hannibal won.", None, "2 August", "BC0216-08-02", None),
    # A span BC gives its era once; a month and a year BC; a season of "that year", "the next year" BC.
    ("The Gallic Wars (58–50 BC) made Caesar.", None, "58", "BC0058", None),
    ("An eighth book, covering 51 and 50 BC, was added.", None, "51", "BC0051", None),
    ("In January 49 BC he crossed the Rubicon.", None, "January 49 BC", "BC0049-01", None),
    ("Caesar became proconsul in 58 BC. In the spring of that year the Helvetii moved.", None,
     "the spring of that year", "BC0058-SP", None),
    ("Caesar became proconsul in 58 BC. The next year he fought the Belgae.", None, "The next year", "BC0057", None),
    ("In the winter of 54-53 BC the Eburones rose.", None, "the winter of 54-53 BC", "BC0054-WI", None),
    # The morning after a night named by its two days.
    ("The battalion moved up on the night of 25/26 October 1917, and at 5.40 a.m. it attacked.", None,
     "5.40 a.m.", "1917-10-26T05:40", None),
]

# Years under 1000 written bare, as histories of the early middle ages write them.
EARLY_YEARS = [
    ("Arab and Berber troops crossed the Strait of Gibraltar in 711 and overran the kingdom.", None, "711", "0711", None),
    ("By 721 they held Narbonne.", None, "721", "0721", None),
    ("The first check came at Toulouse on 9 June 721, when Odo relieved the city.", None, "9 June 721", "0721-06-09",
     None),
    ("Throughout the 720s Muslim columns pushed up the Rhône valley.", None, "the 720s", "072", None),
    ("The battle was fought in October 732 between the Franks and an Umayyad army.", None, "October 732", "0732-10",
     None),
    ("The battle was fought in October 732. The following year Charles took Burgundy.", None, "The following year",
     "0733", None),
    ("A second revolt broke out in 132 and was crushed three years later.", None, "three years later", "0135", None),
    ("In 737 Charles drove a garrison out of Avignon.", None, "737", "0737", None),
    # Two digits only in a story already in the first centuries.
    ("In AD 73 or 74 a Roman army took Masada.", None, "74", "0074", None),
    ("Masada fell in AD 73. In 66, at the outbreak of the revolt, Sicarii had seized it.", None, "66", "0066", None),
    ("Masada fell in AD 73. Jerusalem had fallen to Titus in September 70.", None, "September 70", "0070-09", None),
]

# "a single week", "Half an hour later", "dawn the next day", "The last day of 1520", "the first century AD",
# "That autumn and winter".
SMALL_WORDS = [
    ("The rebels lost the city in a single week in August 1996.", None, "a single week", "P1W", None),
    ("On 18 June 1815 at 7 p.m. the Guard advanced. Half an hour later it broke.", None, "Half an hour later",
     "1815-06-18T19:30", None),
    ("On 10 October 732 they fought. At dawn the next day the camp was empty.", None, "dawn the next day",
     "0732-10-11TMO", None),
    ("Cuitláhuac died of smallpox. The last day of 1520 found Cortés at Texcoco.", None, "The last day of 1520",
     "1520-12-31", None),
    ("In 1916 food ran short; on the last day of February riots began.", None, "the last day of February",
     "1916-02-29", None),
    ("Rome governed southern Britain in the first century AD.", None, "the first century AD", "00", None),
    ("Rome became Italian in September 1870. That autumn and winter Garibaldi fought for France.", None, "winter",
     "1870-WI", None),
    ("On 31 May 1916 the squadron turned north. For the next hour the battleships covered the withdrawal.", None,
     "the next hour", "PT1H", None),
    # "since the summer" looks back from the story's November; a story on a bare year has that year's winter.
    ("In November 1967 the general spoke of victory. In Hanoi the leader had been pressing since the summer for an "
     "offensive.", None, "the summer", "1967-SU", None),
    ("The revolt came in AD 60. Paulinus kept his troops in the field through the winter.", None, "the winter",
     "0060-WI", None),
    # A chronology's entries: "Late morning", "Early afternoon" opening a line.
    ("Tuesday, 6 June 1944\n06:30 H-Hour on the American beaches.\nLate morning Hitler is told of the landings.", None,
     "Late morning", "1944-06-06TMO", "END"),
]

# A count of decades or centuries from the story's date is a decade (century); "a decade" is ten years.
DECADE_COUNTS = [
    ("Adwa was fought on 1 March 1896. Four decades later, Mussolini invaded.", None, "Four decades later", "193", None),
    ("The fort fell in 1877. Two decades earlier the war had begun.", None, "Two decades earlier", "185", None),
    # but "In 1848, fifty years later, ..." names its year in apposition
    ("The rising of 1798 failed. In 1848, fifty years later, the Young Irelanders rose.", None, "fifty years later",
     "1848", None),
    ("The wall fell in 1989. The war began a decade earlier.", None, "a decade earlier", "1979", None),
    ("In 1815 the allies won. Two centuries later the field is a park.", None, "Two centuries later", "20", None),
]

CASES = (
    EARLY_YEARS + DECADE_COUNTS + SMALL_WORDS + MONTHS_AROUND + BACKGROUND_YEARS + HISTORY_ODDS + OVERVIEW_THEN_DETAIL + PEOPLES_DATES + HISTORY + NO_DECADE_ANCHOR + YEAR_SPANS + HISTORIES
    + NAMED_EVENTS + HOLIDAYS_IN_HISTORY + WEEKDAY_YEARS + ERAS_AND_FRACTIONS
)


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


@pytest.mark.parametrize("sentence", [
    "In February 1986, during Operation Dawn 8, Iranian troops crossed the river.",
    "Israel launched Operation Summer Rains on 28 June 2006.",
    "After the fall of France in June 1940, Hitler turned east.",
    "After the fall of the town of Shusha on 8 November 2020, a ceasefire followed.",
    "On 22 January 1905 the massacre, remembered as Bloody Sunday, set off strikes.",
    'On 29 April 1975 American radio played "White Christmas", the signal to leave.',
    "On 27 October 1962 Radio Moscow broadcast a second, harsher message.",
    "In 1618 the regents were thrown from a window; all three survived the fall.",
    "In November 1619 his enemies called Frederick the Winter King.",
    "In 1621 the Twelve Years' Truce between Spain and the Dutch expired.",
    "In 1460 his son Edward, Earl of March, was eighteen.",
    "In 1983 the pogrom remembered as Black July went on for a week.",
    "The fall of Tenochtitlan came in 1521. In 2021, five hundred years after the fall, the city remembered it.",
    "In June 1900 some 900 foreigners crowded into the quarter.",
    "The siege of 1900 was retold in the 1963 film 55 Days at Peking.",
    'In 1944 the battalion held Kohima. Its epitaph reads: "For your tomorrow we gave our today."',
    "The armies met on 3 September 1260 near the spring of Ain Jalut.",
])
def test_a_name_made_of_time_words_is_a_name(sentence):
    words = ("dawn", "summer", "the fall", "sunday", "christmas", "a second", "the winter", "the twelve years", "march",
             "july", "the quarter", "55 days", "tomorrow", "today", "the spring")
    assert [t.text for t in tag(sentence, None) if t.text.lower() in words] == []


def test_a_month_and_a_day_before_the_common_era_have_readable_labels():
    month, day = tag("Hannibal crossed the Alps in 218 BC and won at the Trebia in December. On 2 August he rested.", None)[1:]
    assert (month.value, month.label) == ("BC0218-12", "Dec. 218 BC")
    assert (day.value, day.label) == ("BC0218-08-02", "Aug. 2, 218 BC")


@pytest.mark.parametrize("sentence, dct", [
    ("An army of 500 horse came in 300 ships.", None),
    ("In October 300 men died of fever.", None),
    ("The chain will grow to about 450 stores from 360.", None),
    ("Casualties rose by 250 overnight.", None),
    ("The refinery, built in 732 days, opened in 1990.", None),
    ("In 1941 he was 66, and in 45 days he died.", None),  # two digits: a year only in the first centuries
    ("Troops crossed the river in 711 and the town fell.", SEED_DCT),  # news has no years under 1000
])
def test_a_number_under_1000_is_a_year_only_in_a_history_and_before_no_counted_noun(sentence, dct):
    assert [t.text for t in tag(sentence, dct) if t.value.startswith("0")] == []

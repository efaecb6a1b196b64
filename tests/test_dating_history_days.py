"""Which day a war history is on: a reference time that holds ("later that year ... the same day"), days
counted on from it or looked back to, the parts and clocks of the story's day, the day an article heads with,
days that come back every year, and the writer's own "today".

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged.
"""

import pytest

from .dating_checks import SEED_DCT, assert_resolves, case_id

# A battle of several days, each counted from its first.
_QADISIYYAH = (
    "The battle opened on 16 November 636. On the first day, which the chroniclers call the Day of Disorder, the "
    "Persians pressed hard. On the third day the Arabs blinded the elephants.\n\nAt dawn on the fourth day a strong "
    "wind blew dust into Persian faces.")

# "later that year" holds the day the story is on; it stays the reference time for "that month".
STILL_ON_THAT_DAY = [
    ("On 19 November 1942 the Soviets attacked. Later that year, and earlier that month, losses mounted.", None,
     "earlier that month", "1942-11", None),
    ("On 19 November 1942 the Soviets attacked. Later that year, and the same day, losses mounted.", None,
     "the same day", "1942-11-19", None),
    ("On 19 November 1942 the Soviets attacked. In 1943 the front moved. That month, Kharkiv fell.", None,
     "That month", "1943-XX", None),
]

# Days that come back every year are SETs; a holiday takes the year written after it, even across a noun.
RETURNING_DAYS = [
    ("The battle has been commemorated each year on 9 May.", None, "each year on 9 May", "XXXX-05-09", None),
    ("Veterans march every 11 November.", SEED_DCT, "every 11 November", "XXXX-11-11", None),
    ("Victory Day falls on 9 May each year.", None, "9 May each year", "XXXX-05-09", None),
    ("Victory Day falls on 9 May each year.", None, "Victory Day", "XXXX-05-09", None),
    ("Germany surrendered in May 1945. The Christmas truce of 1914 was remembered.", None, "Christmas", "1914-12-25", None),
    ("Germany surrendered in May 1945. Christmas of 1916 passed quietly.", None, "Christmas of 1916", "1916-12-25", None),
    # A day named as a yearly one has no year ("falls on", "is a civic holiday"); one celebrated once keeps its year.
    ("Maximilian was shot on 19 June 1867.\n\nToday 5 May is a civic holiday in Mexico.", None, "5 May", "XXXX-05-05", None),
    ("It is often mistaken for Independence Day, which falls on 16 September.", None, "16 September", "XXXX-09-16", None),
    ("Algerians voted on 1 July 1962, and independence was celebrated on 5 July.", None, "5 July", "1962-07-05", None),
]

# Counting on from the day or time the story is on: nights across two days, "two weeks after that",
# "on the 19th", hours after a clock time, "the day after his death", "between 5 and 10 June".
COUNTING_ON = [
    ("Commandos raided the island on the night of 14-15 May 1982.", None, "the night of 14-15 May 1982", "1982-05-14TNI", None),
    ("A bomber attacked on the night of 30 April–1 May 1982.", None, "the night of 30 April–1 May 1982", "1982-04-30TNI", None),
    ("Slonim fell on 24 June 1941. Two weeks after that, Vitebsk was taken.", None, "Two weeks after that", "1941-07-08", None),
    ("In October 1950, UN troops crossed the parallel; on the 19th they entered Pyongyang.", None, "the 19th", "1950-10-19", None),
    ("Pearl Harbor was attacked on December 7, 1941; Hong Kong was hit on the 8th local time.", None,
     "the 8th", "1941-12-08", None),
    ("The armistice was signed at 10 a.m. on 27 July 1953 and took effect twelve hours later.", None,
     "twelve hours later", "1953-07-27T22:00", None),
    ("The ceasefire took effect at midnight on 9 November 2020. Two hours later, shelling resumed.", None,
     "Two hours later", "2020-11-10T02:00", None),
    ("The Six-Day War was fought between 5 and 10 June 1967.", None, "5", "1967-06-05", None),
    ("The Six-Day War was fought between 5 and 10 June 1967.", None, "10 June 1967", "1967-06-10", None),
    ("Slepian was shot on Oct. 23. Two men came to his house the day after his death.", "1998-11-21", "the day", "1998-10-24", None),
    ("Oct. 12, the day before the stock market plunge, shares fell.", "1989-11-02", "the day", "1989-10-12", None),
    ("The city fell on 4 May 1945; the night before the surrender, fires burned.", None, "the night", "1945-05-03TNI", None),
]

# Parts of a day and clocks on the day the story is on: "by evening", "By early afternoon"; "at 1 a.m."
# after "11 p.m. on 11 May" is the next morning; "around 1064" after a place; "the next hundred days".
STORY_DAY_PARTS = [
    # "Late in the afternoon", "early in February": the whole phrase, with its mod.
    ("On 26 August 1071 the armies met. Late in the afternoon the emperor ordered a retreat.", None,
     "Late in the afternoon", "1071-08-26TAF", "END"),
    ("In May 1520 the city rose. Late in the month Cortés defeated Narváez.", None, "Late in the month", "1520-05",
     "END"),
    ("The war resumed early in February 1913.", None, "early in February 1913", "1913-02", "START"),
    ("On 12 September 1683 the battle began. The line collapsed, and by evening the camp was taken.", None,
     "evening", "1683-09-12TEV", None),
    ("On Sunday, May 1, 1898, Dewey opened fire. By early afternoon the Spanish squadron had been destroyed.", None,
     "early afternoon", "1898-05-01TAF", "START"),
    ("The Allied barrage opened at 11 p.m. on 11 May 1944, and at 1 a.m. the battalions advanced.", None, "1 a.m.",
     "1944-05-12T01:00", None),
    ("On Sunday, 16 May 1943 the crews were briefed. The first aircraft took off at 9.28 p.m. that evening. Just "
     "before 1 a.m. the dam was breached.", None, "9.28 p.m. that evening", "1943-05-16T21:28", None),
    ("On Sunday, 16 May 1943 the crews were briefed. The first aircraft took off at 9.28 p.m. that evening. Just "
     "before 1 a.m. the dam was breached.", None, "Just before 1 a.m.", "1943-05-17T01:00", "BEFORE"),
    ("In 1066 William claimed that Harold, shipwrecked on the coast of Ponthieu around 1064, had sworn an oath.",
     None, "around 1064", "1064", "APPROX"),
    ("The Reconquista is traditionally dated from the victory at Covadonga around 722, and lasted centuries.", None,
     "around 722", "0722", "APPROX"),
    ("On 8 August 1918 the offensive opened. Over the next hundred days the Allies advanced.", None,
     "the next hundred days", "P100D", None),
]

# Clocks told by the part of the day ("four in the afternoon", "2.30 the next morning", "3 p.m. the following
# day"); a negated act that came later ("did not get back until Tuesday") does not move the story there.
CLOCKS_AND_LOOKS_AHEAD = [
    ("At Lepanto on 7 October 1571 the fleets closed at noon. By four in the afternoon the battle was over.", None,
     "four in the afternoon", "1571-10-07T16:00", None),
    ("The council met on 24 July 1943. The session lasted ten hours, and at about 2.30 the next morning it voted.",
     None, "about 2.30 the next morning", "1943-07-25T02:30", "APPROX"),
    ("The armistice was signed on 3 November 1918 and came into force at 3 p.m. the following day.", None,
     "3 p.m. the following day", "1918-11-04T15:00", None),
    ("On 24 October 1973 American forces were placed on DEFCON 3 that night.", None, "that night", "1973-10-24TNI",
     None),
    ("The landings began on Sunday, 17 September 1944. Urquhart was cut off and did not get back until the morning of "
     "Tuesday, 19 September. On Monday the second lift arrived.", None, "Monday", "1944-09-18", None),
    # The day after a night is the one its small hours began; after a clock dated outright, the next.
    ("The assault went in on the night of Saturday 20 March 1943. The barrage opened at 22:15. By 0300 hours A "
     "Company was across. All through the following day it clung to the bridgehead.", None, "the following day",
     "1943-03-21", None),
    ("The landings began at 4 a.m. on 6 June 1944. The following day the town fell.", None, "The following day",
     "1944-06-07", None),
]

# A history's "today" is its writer's present, though the clause around it tells of the past; in the words
# of someone in the story it is the story's day.
WRITERS_TODAY = [
    ("The Athenians won at Marathon in 490 BC. Today a burial mound, where the dead were laid, still marks the "
     "field.", None, "Today", "PRESENT_REF", None),
    ("The war broke out on 1 September 1939. Most historians today put the dead at 100,000.", None, "today",
     "PRESENT_REF", None),
    ("The siege ended on 18 June 1962. The number of dead remains disputed today.", None, "today", "PRESENT_REF", None),
    ("The war of 1998 to 2000 cost 80,000 lives; today the border it was fought over remains closed.", None,
     "today", "PRESENT_REF", None),
    ('On 4 November 1956 Nagy spoke on the radio: "Today at daybreak Soviet troops attacked our capital."', None,
     "Today", "1956-11-04", None),
    ("The ceasefire line of 16 August 1974 became the Green Line, which still divides the island today.", None,
     "today", "PRESENT_REF", None),
    ("The city fell on 29 May 1453. Scholars fled west, and today the fall is often taken as the end of an era.",
     None, "today", "PRESENT_REF", None),
    ("On 24 October 1917 the Germans broke through near Caporetto (today Kobarid, in Slovenia).", None, "today",
     "PRESENT_REF", None),
    ("For three decades he had fought wherever freedom was at stake, and today he is remembered as a hero.", None,
     "today", "PRESENT_REF", None),
    ("The siege was lifted on 14 August 1900, and today some of the old legation buildings still stand.", None,
     "today", "PRESENT_REF", None),
    ("The king was buried in June 1634. Today bakeries, above all in Gothenburg, sell pastries decorated with his "
     "profile.", None, "Today", "PRESENT_REF", None),
    ('In 1521 the city fell. A plaque calls it "the painful birth of the Mexico of today".', None, "today",
     "PRESENT_REF", None),
    # Whatever the tense around it, outside a quotation.
    ("Chapter 10 looks at what the war has meant for Chile, Peru and Bolivia in the twentieth century and today.\n\n"
     "The Atacama was claimed by both in 1879.", None, "today", "PRESENT_REF", None),
    ("The San Jacinto Monument, completed in 1939, stands on the battlefield today.", None, "today", "PRESENT_REF", None),
    ('At 5:20 a.m. on 4 November 1956 Nagy spoke on the radio: "Today at daybreak Soviet troops attacked."', None,
     "Today", "1956-11-04", None),
]

# "the evening before" looks back from the day entered; a bare clock after "towards evening" is p.m.; a clock on
# Christmas Day; "first light the 23rd Honvéd Infantry Division" is no day of the month.
LOOKS_BACK_AND_EVENINGS = [
    ("8 March 1916 – Aylmer tries again. His columns set out the evening before to attack at dawn.", None,
     "the evening before", "1916-03-07TEV", None),
    ("8 March 1916 – Aylmer tries again. His columns set out the evening before to attack at dawn.", None,
     "dawn", "1916-03-08TMO", None),
    ("The battle was fought on 27 July 1214. Ferrand was captured towards evening. By about five o'clock the allied "
     "army had ceased to exist.", None, "about five o'clock", "1214-07-27T17:00", "APPROX"),
    ("On 24 December 1915 the Turks attack at 8 p.m. A second assault at 2 a.m. on Christmas Day also fails.", None,
     "2 a.m. on Christmas Day", "1915-12-25T02:00", None),
    ("19 March 1915. At first light the 23rd Honvéd Infantry Division leads a sortie to the east.", None,
     "first light", "1915-03-19TMO", None),
]

# A story's counted days, each from the same first day; a history back in the month of its headline day is on that day.
COUNTED_AND_HEADLINE_DAYS = [
    # A story's counted days start a sentence ("On the third day ..."), all counted from the same first day.
    (_QADISIYYAH, None, "the first day", "0636-11-16", None),
    (_QADISIYYAH, None, "the third day", "0636-11-18", None),
    (_QADISIYYAH, None, "the fourth day", "0636-11-19", None),
    ("The battle began on 1 July 1916. On the second day the British attacked again.", None, "the second day",
     "1916-07-02", None),
    # A history back in the month of its headline day, with no day named, is on that day.
    ("The Battle of Clontarf was fought on 23 April 1014 at Clontarf.\n\nBackground\nIn 1013 Leinster rose against "
     "Brian. He returned with his army in early April 1014.\n\nThe battle\nThe fighting began at sunrise.", None,
     "sunrise", "1014-04-23TMO", None),
    ("The Battle of Clontarf was fought on 23 April 1014 at Clontarf.\n\nBackground\nIn 1013 Leinster rose against "
     "Brian. He returned with his army in early April 1014. High water in the bay that day came at about 5.30 in the morning.",
     None, "about 5.30 in the morning", "1014-04-23T05:30", "APPROX"),
    ("The Battle of Clontarf was fought on 23 April 1014.\n\nIn March 1014 Brian gathered his army. The march began at "
     "dawn.", None, "dawn", "1014-03-01TMO", None),
]

CASES = (STILL_ON_THAT_DAY + RETURNING_DAYS + COUNTING_ON + STORY_DAY_PARTS + CLOCKS_AND_LOOKS_AHEAD + WRITERS_TODAY
         + LOOKS_BACK_AND_EVENINGS + COUNTED_AND_HEADLINE_DAYS)


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)

"""Rules for news prompted by the held-out rounds (docs/tagger.md), one block per round, each with the sentences
from its texts (or written like them) that the tagger got wrong when the round was first scored. Thematic rules for
news are in test_dating_world_news.py; rounds 38 on are in test_dating_news_rounds_38_on.py.

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged.
"""

import pytest

from conflicts.dating import tag

from .dating_checks import assert_resolves, case_id

# An anniversary feature that tells the year it looks back to.
_PARAS_FEATURE = (
    "Twenty-five years on, Haddon Cross remembers its paras\n\nTWENTY-FIVE years ago today, at dawn, three Chinooks "
    "swept in low over Rokel Creek.\n\nIn early May 2000, with rebels closing on Freetown, 1 PARA was flown out on "
    "Operation Palliser, before handing over to Royal Marines in late May.\n\n\"Then we came home in June and "
    "thought that was the end of it,\" said Mr Honeyman.\n\nIt was not. On 25 August, a Royal Irish patrol was "
    "seized by the West Side Boys."
)

_LONG_TAN = (
    "Merrigang remembers its Long Tan boys, 60 years on\n\nSIXTY years ago today, in a rubber plantation in Phuoc Tuy "
    "province, 105 young Australians fought one of the fiercest battles of the Vietnam War.\n\nD Company had been sent "
    "out that morning to find the mortar crews who had shelled the base on the night of 16-17 August. At about 3.40pm "
    "on Thursday, 18 August 1966, the company ran into a far larger force.\n\nFor more than three hours the "
    "Australians held on, until carriers broke through at dusk. When they went back in the next morning, they found "
    "245 enemy dead.")

# An anniversary feature that names its year once, then another year, then goes back to the days it marks.
_KAPYONG = (
    "Tallowood remembers its Kapyong boys, 75 years on\n\nRon Pettigrew was 20 the night the Chinese came through the "
    "valley. Seventy-five years later, he still wakes when a storm rolls over the ridge.\n\nFive men from the town "
    "were with the battalion when it was ordered to hold the hills above the Kapyong River in April 1951.\n\nLes "
    "Duggan died in 2011, but his diary survives.\n\nOn the afternoon of 23 April, Mr Pettigrew remembers, refugees "
    "streamed back past the battalion. \"Anzac Day was two days off and somebody had a bottle put away for it.\"\n\n"
    "The attack came that night. By midnight the forward companies were fighting at close quarters, and the Chinese "
    "kept coming until first light.\n\nThis weekend the town will make up for some of that silence. On Friday, 75 "
    "years to the day since the battalion withdrew, students will read the five men's names. Saturday's Dawn Service "
    "begins at 5.30am.")

_SYDNEY = (
    "Kendilup remembers its Sydney boys, 85 years on\n\nEIGHTY-FIVE years ago tomorrow, HMAS Sydney met the German "
    "raider Kormoran, and all 645 men aboard were lost.\n\nAt 5.30pm tomorrow the bell outside the shire hall will "
    "ring once for each of them.\n\nSydney was due back in Fremantle on Thursday, 20 November 1941, and Harry Voss "
    "had written home that he hoped to get leave before Christmas.\n\nThe names were also read at last Wednesday's "
    "Remembrance Day service.")

# Round 14's news: a day and month in a sentence that has named another year's month; "N decades on" after a
# day the text named.
ROUND_14_NEWS = [
    ("The evacuation, which began as the Germans pressed against the Channel coast in late May 1940, ran for nine "
     "days, from 26 May to 4 June.", "2025-05-30", "4 June", "1940-06-04", None),
    ("The evacuation began in late May 1940 and ran from 26 May to 4 June.", "2025-05-30", "26 May", "1940-05-26", None),
    ("Saddam tore up a treaty signed in March 1975, and Iranian guns have shelled the border since Sept. 4.",
     "1980-09-23", "Sept. 4", "1980-09-04", None),
    ('The Annie Lorne is due back on Wednesday 4 June. "Eight decades on, and it still gets you," he said.', "2025-05-30",
     "Eight decades", "P80Y", None),
    ("Refiners running on Middle East crude warned of shortages this winter.", "1973-10-18", "this winter", "1973-WI", None),
    ("The army declared a state of emergency on Wednesday afternoon and ordered a curfew from 7 p.m. to 6 a.m. in Cairo.",
     "2013-08-15", "6 a.m.", "2013-08-15T06:00", None),
    ("Radio Free Grenada reported heavy gunfire around the capital through the night.", "1983-10-26", "the night",
     "1983-10-25TNI", None),
    ("Planes dropped bombs on the town shortly before noon last Wednesday, survivors said.", "1988-03-23",
     "shortly before noon last Wednesday", "1988-03-16T12:00", "BEFORE"),
    # Round 15's: a numeric stamp on the day of publication is read day first; Britain's Remembrance Sunday.
    ("Afghanistan strikes: live. All times BST. Last updated 08/10/2001 09:40.", "2001-10-08", "08/10/2001 09:40",
     "2001-10-08T09:40", None),
    ("The names of the dead will also be read on Remembrance Sunday, in two weeks' time.", "2024-10-26",
     "Remembrance Sunday", "2024-11-10", None),
    # Round 16's: a day set aside or a vote called is still to come; "detailed" is an adjective; a month written
    # with "last year" lends no year; "Kids today"; a year before "earnings"; "midmorning"; "going into Saturday".
    ("The Lebanese government declared Thursday a national holiday.", "2000-05-24", "Thursday", "2000-05-25", None),
    ("Ukraine has declared Monday a non-working day.", "2022-04-21", "Monday", "2022-04-25", None),
    ("Yeltsin dissolved the parliament and ordered elections for a new parliament on Dec. 12.", "1993-10-04", "Dec. 12",
     "1993-12-12", None),
    ("The company said it would issue detailed 2019 guidance with its fourth-quarter results in late January.",
     "2018-10-25", "late January", "2019-01", "END"),
    ("The Taliban, which emerged in late 1994, took Herat in September last year and Jalalabad on September 11.",
     "1996-09-27", "September 11", "1996-09-11", None),
    ('"Kids in the 1990s knew what Desert Storm was," he said. "Kids today don\'t."', "2026-02-24", "today",
     "PRESENT_REF", None),
    ("The company now expects 2018 earnings of $13.90 to $14.10 a share.", "2018-10-25", "2018", "2018", None),
    ("By midmorning, guerrillas and thousands of villagers had crossed the line.", "2000-05-24", "midmorning",
     "2000-05-24TMO", "MID"),
    ('"Nobody wants to be short going into Saturday," an analyst said.', "2000-10-12", "Saturday", "2000-10-14", None),
    # Round 17's: a bare midnight told in the past of publication day; drills that "run until Thursday"; a day that
    # dates a thing named is not the day of the clocks after it; months of a quarter named with its year.
    ("Residents said electricity was cut around midnight and that shooting began at about 1 a.m.", "2011-03-23",
     "about 1 a.m.", "2011-03-23T01:00", "APPROX"),
    ("The drills, which began on 21 August and run until Thursday, drew protests.", "2017-08-29", "Thursday",
     "2017-08-31", None),
    ("Fighting went on after a 24-hour curfew imposed Thursday. An army communique broadcast at 6 p.m. said troops "
     "had captured a guerrilla headquarters.", "1970-09-19", "6 p.m.", "1970-09-19T18:00", None),
    ("The contract for the first quarter of 2023, which covers January to March, traded at 215 euros.", "2022-09-28",
     "March", "2023-03", None),
    # Round 18's: "that began" is a verb; a clock takes no background day of an earlier paragraph; "0830 local time",
    # "sundown on Friday"; a live stamp before "May"; a second relative clause lends no year.
    ("The ICC accused him of crimes against humanity over the killing of protesters in the revolt that began in "
     "February.", "2011-10-20", "February", "2011-02", None),
    ("North Korea's previous test was on Sept. 9 last year.\n\nSpot gold was up 0.6 percent at $1,333.10 by 1045 GMT.",
     "2017-09-04", "1045 GMT", "2017-09-04T10:45", None),
    ("NATO said its aircraft struck two vehicles near Sirte at about 0830 local time (0630 GMT).", "2011-10-20",
     "about 0830 local time", "2011-10-20T08:30", "APPROX"),
    ("Israel was observing the Rosh Hashanah holiday, which began at sundown on Friday.", "2000-09-30",
     "sundown on Friday", "2000-09-29TEV", None),
    ("It rests on resolution 598, which the council adopted in July 1987 and which Iran accepted only on July 18.",
     "1988-08-20", "July 18", "1988-07-18", None),
    # Round 19's: a visit planned for a day lends no day to the clocks after it; a strike called is to come; "September
    # that year" counts from the year the sentence wrote.
    ("Lavrov cancelled a visit to Istanbul planned for Wednesday.\n\nNATO ambassadors were meeting in Brussels at 5 p.m. "
     "local time.", "2015-11-24", "5 p.m. local time", "2015-11-24T17:00", None),
    ("Some Sikh organisations have called for a bandh on Friday.", "1984-06-07", "Friday", "1984-06-08", None),
    ("The Tigers had controlled the town since 1990, when the army abandoned the fort in September that year.",
     "1995-12-05", "September that year", "1990-09", None),
    # Round 20's: a clock "this morning" is one TIME; "Tuesday's deadline" is to come.
    ('"By 10 o\'clock this morning the market had decided," a trader said.', "1991-01-17", "10 o'clock this morning",
     "1991-01-17T10:00", None),
    ("He said the United States would not be deterred from finishing it by Tuesday's deadline.", "2021-08-26",
     "Tuesday", "2021-08-31", None),
    # Round 21's: "in June until August 2012" is no span of one year.
    ("Sharif, whose government's mandate was extended in June until August 2012, told reporters.", "2011-08-07", "June",
     "2011-06", None),
    # A clock in words with its day and the part of it is one TIME, the part saying a.m. or p.m.
    ("\"We ate it Thursday night at 11 o'clock. Best meal of my life,\" the medic said.", "2004-12-18",
     "Thursday night at 11 o'clock", "2004-12-16T23:00", None),
    ("Witnesses said it started Thursday night at 2 o'clock.", "2022-04-25", "Thursday night at 2 o'clock",
     "2022-04-22T02:00", None),
    ("Seventy years ago today, at 10 o'clock that Monday night, the guns along the line fell silent.", "2023-07-27",
     "10 o'clock that Monday night", "1953-07-27T22:00", None),
    ("The shelling resumed at 11 o'clock on Thursday night, residents said.", "2022-04-25", "11 o'clock on Thursday night",
     "2022-04-21T23:00", None),
    ("The talks will resume at ten o'clock tomorrow morning.", "2022-04-25", "ten o'clock tomorrow morning",
     "2022-04-26T10:00", None),
    ("Shelling began at 9 p.m. Thursday night and went on until dawn.", "2022-04-25", "9 p.m. Thursday night",
     "2022-04-21T21:00", None),
    ("The attack began on Thursday, 21 April, 9:00 a.m. local time.", "2022-04-25", "Thursday, 21 April, 9:00 a.m. local time",
     "2022-04-21T09:00", None),
    ("Residents said it began on Thursday night, and at 11 o'clock the first shells fell.", "2022-04-25", "11 o'clock",
     "2022-04-21T23:00", None),
    # Round 22's: an anniversary feature tells its year; "for Saturday's service" is to come; the afternoon after the
    # night before publication is publication's; a clock told in the past after "tomorrow" is today's.
    (_PARAS_FEATURE, "2025-09-10", "late May", "2000-05", "END"),
    (_PARAS_FEATURE, "2025-09-10", "June", "2000-06", None),
    (_PARAS_FEATURE, "2025-09-10", "25 August", "2000-08-25", None),
    ("Haddon Cross remembers its paras. In early May 2000 the battalion was flown out to Freetown. It handed over to "
     "Royal Marines in late May.", "2025-09-10", "late May", "2025-05", "END"),
    ("Three years after the militants overran Mosul in July 2014, the city is free. More than 900,000 people have "
     "fled their homes since October.", "2017-07-11", "October", "2016-10", None),
    ("No tickets are needed for Saturday's service at the war memorial.", "2025-09-10", "Saturday", "2025-09-13", None),
    ("Police blamed the rebels for Saturday's attack.", "2025-09-10", "Saturday", "2025-09-06", None),
    ("The last southern units pulled out overnight, residents said. By midafternoon, northern soldiers stood guard at "
     "the port.", "1994-07-07", "midafternoon", "1994-07-07TAF", "MID"),
    # Round 23's: a quarter code reported in the past or a headline is the last such quarter; "crude for April" is a
    # contract month ahead; "a dawn service" is a service; an anniversary feature's dusk and nights are its year's.
    ("* Harborline Q4 profit quadruples on fatter margins", "2011-02-24", "Q4", "2010-Q4", None),
    ("Harborline will report Q3 results in October.", "2011-02-24", "Q3", "2011-Q3", None),
    ("U.S. crude for April touched $103.41, its highest since September 2008.", "2011-02-24", "April", "2011-04", None),
    (_LONG_TAN, "2026-08-18", "the night of 16-17 August", "1966-08-16TNI", None),
    (_LONG_TAN, "2026-08-18", "dusk", "1966-08-18TEV", None),
    (_LONG_TAN, "2026-08-18", "the next morning", "1966-08-19TMO", None),
    # Round 24's: an anniversary feature goes back to the days it marks past another year, and counts on to now;
    # a clock told after an evening clock of a day before publication is of the next day, not a conversion to GMT.
    (_KAPYONG, "2026-04-22", "Seventy-five years later", "2026", None),
    (_KAPYONG, "2026-04-22", "the afternoon of 23 April", "1951-04-23TAF", None),
    (_KAPYONG, "2026-04-22", "Anzac Day", "1951-04-25", None),
    (_KAPYONG, "2026-04-22", "that night", "1951-04-23TNI", None),
    (_KAPYONG, "2026-04-22", "first light", "1951-04-24TMO", None),
    (_KAPYONG, "2026-04-22", "Friday", "2026-04-24", None),
    (_KAPYONG, "2026-04-22", "Saturday", "2026-04-25", None),
    ("Veterans traveled to the memorial this weekend for events marking 40 years since it was dedicated on Nov. 13, "
     "1982. They laid a wreath at the Wall on Veterans Day and attend a ceremony this afternoon.", "2022-11-13",
     "Veterans Day", "2022-11-11", None),
    ("The operation began at about 7 p.m. Monday. One gunman was killed shortly before midnight near the barracks.\n\n"
     "The commander told newsmen at noon that his men held the market.", "1967-07-04", "noon", "1967-07-04T12:00", None),
    ("His men executed five hostages after a deadline ran out at 8 p.m. Thursday (1600 GMT).\n\nSpeaking to "
     "journalists at about 11:00 a.m. Moscow time (0700 GMT), Basayev demanded talks.", "1995-06-16",
     "about 11:00 a.m. Moscow time", "1995-06-16T11:00", "APPROX"),
    ("Pakistan's army surrendered on Thursday. The instrument was signed at 4:31 p.m. local time (1031 GMT).",
     "1971-12-17", "1031 GMT", "1971-12-16T10:31", None),
    ("Troops moved back into Crater on Monday. It had been closed to them since June 20, when the police mutinied. "
     "Twenty-two soldiers were killed that day.", "1967-07-04", "that day", "1967-06-20", None),
    ("The army, which still controls the skies, has until the monsoon returns in May or June to regroup.",
     "2023-11-21", "May", "2024-05", None),
    ("Maersk will report fourth-quarter results on Feb. 8.", "2024-01-02", "fourth-quarter", "2023-Q4", None),
    # Round 25's: "years ago tomorrow"; a feast the story looked ahead to is of its year, one beside "last Wednesday"
    # is this year's; "Christmas Island" is a place; a feast read just after it is last year's; months listed after
    # the year "in 2022, in January and again in September"; "made their run-in Sunday" is past; "18 times a year
    # ago" is a comparison, not a rate.
    (_SYDNEY, "2026-11-18", "EIGHTY-FIVE years ago tomorrow", "1941-11-19", None),
    (_SYDNEY, "2026-11-18", "Christmas", "1941-12-25", None),
    (_SYDNEY, "2026-11-18", "Remembrance Day", "2026-11-11", None),
    ("The rebels have been advancing steadily since early December, capturing the diamond town of Koidu and then the "
     "northern town of Makeni just before Christmas.", "1999-01-08", "Christmas", "1998-12-25", None),
    ("Burkina Faso followed with two coups in 2022, in January and again in September.", "2024-01-31", "September",
     "2022-09", None),
    ("The two countries had waged a shadow war for decades, and twice in 2024, in April and again in October, they "
     "traded strikes.", "2025-06-26", "April", "2024-04", None),
    ("Two U.S. cruisers stood by while the Nationalist ships made their run-in Sunday.", "1958-09-08", "Sunday",
     "1958-09-07", None),
    ("Shares trade at 14 times earnings, against about 18 times a year ago.", "2025-06-25", "a year ago", "2024", None),
    ("18:30 We are closing this live blog for today. We will be back at 07:00 tomorrow.\n\nKey events so far:\n"
     "• Air force jets bombed the group's positions shortly after 07:00, followed by artillery fire.", "2013-03-05",
     "shortly after 07:00", "2013-03-05T07:00", "AFTER"),
]

_CHAD_BLOG = (
    "Chad's President Idriss Déby killed on frontline – live updates\n\nTuesday 20 April 2021 · All times BST\n\n"
    "00:35 BST\nWe are going to pause our live coverage here. We'll be back from 8am.\n\n00:10 BST\nThe first of 14 days of national "
    "mourning has begun.\n\n23:10 BST\nThe Élysée said in a statement tonight that France had lost a friend.\n\n"
    "17:20 BST\nThe military council has imposed a curfew. The curfew will run from dusk to dawn every night, a "
    "spokesman said.\n\n09:55 BST\nWelcome to our live coverage.")

# Round 26's: live entries past midnight; "said on Wednesday that Tuesday's strike"; a curfew's dusk to dawn is any
# night's; "the 11 April presidential election" leaves its article out; a diary's "Tues 24th"; "it was the 25th".
ROUND_26_NEWS = [
    (_CHAD_BLOG, "2021-04-20", "00:35 BST", "2021-04-21T00:35", None),
    (_CHAD_BLOG, "2021-04-20", "00:10 BST", "2021-04-21T00:10", None),
    (_CHAD_BLOG, "2021-04-20", "23:10 BST", "2021-04-20T23:10", None),
    (_CHAD_BLOG, "2021-04-20", "8am", "2021-04-21T08:00", None),
    (_CHAD_BLOG, "2021-04-20", "dusk", "XXXX-XX-XXTEV", None),
    (_CHAD_BLOG, "2021-04-20", "dawn", "XXXX-XX-XXTMO", None),
    ("Iranian officials said on Wednesday that Tuesday's strike was aimed solely at the group.", "2024-01-18",
     "Tuesday", "2024-01-16", None),
    ("The news comes as Déby was celebrating victory in the 11 April presidential election.", "2021-04-20",
     "11 April", "2021-04-11", None),
    ("Ron Pettigrew was 20 in April 1951. His diary is terse. \"Tues 24th. No sleep. Stood to at dawn.\"", "2026-04-24",
     "Tues 24th", "1951-04-24", None),
    ("The battalion held Hill 504 on 24 April 1951. \"People say it was the 25th, so it was Anzac Day.\"",
     "2026-04-24", "the 25th", "1951-04-25", None),
    ("Pakistan's military struck militant hideouts inside Iran early Thursday, killing nine people in retaliation for "
     "Iranian strikes on Pakistani soil Tuesday.\n\nIran said the strikes hit a village near Saravan at about 4:30 "
     "a.m. (0100 GMT).", "2024-01-18", "about 4:30 a.m.", "2024-01-18T04:30", "APPROX"),
    ("\"Nobody saw this coming. The market had been positioned for a quiet run-up to Easter,\" she said.",
     "2023-04-03", "Easter", "2023-04-09", None),
    ("About 40 people gathered at the Wirrabin war memorial at first light this morning.", "2026-01-03",
     "first light this morning", "2026-01-03TMO", None),
    ("Washington did not think cuts were advisable \"at this moment\", a spokesperson said.", "2023-04-03",
     "this moment", "PRESENT_REF", None),
    # Round 27's: "the past week (month)" is the span up to publication; a market's clock is the day's; a summit
    # "due to be held in November" is no date for "the next day" to count from.
    ("Listed Lloyd's of London underwriters have lost between 2% and 4% over the past week.", "2024-03-28",
     "the past week", "P1W", None),
    ("ZIGUINCHOR — For the past month, the thud of artillery has carried across the river.", "2022-04-14",
     "the past month", "P1M", None),
    ("The Key Bridge collapsed early on Tuesday.\n\nThe STOXX Europe 600 insurance index fell 0.4% by midday.",
     "2024-03-28", "midday", "2024-03-28T12:00", None),
    ("On Tuesday, India said it would not attend a South Asian summit due to be held in Islamabad in November, and "
     "Bangladesh, Bhutan and Afghanistan followed suit the next day.", "2016-09-29", "the next day", "2016-09-28", None),
    # "the new year": the year about to begin, told in December.
    ("Fr Liam Keane said the soldiers would spend Christmas Day in the camp before returning to barracks in the new "
     "year.", "2019-12-20", "the new year", "2020", None),
    ("Talks began on Monday. On the evening of the next day they broke down.", "2020-10-09",
     "the evening of the next day", "2020-10-06TEV", None),
]

# Round 28's: what was heard "could be heard" in the past; a weekend things are cancelled for; a day that
# "falls on" or that something was moved to; "N years on" as a length without "on"; "the past decade"; a clock
# "due to begin" after a live report's midnight; a feature's story day across a paragraph break.
ROUND_28_NEWS = [
    ("Witnesses said the thud of heavy guns could be heard for several hours on Wednesday afternoon, and that "
     "ambulances passed through the town overnight.", "2022-06-30", "Wednesday afternoon", "2022-06-29TAF", None),
    ("Officials said talks could resume on Wednesday.", "2022-06-30", "Wednesday", "2022-07-06", None),
    ("Schools will stay closed on Friday, and the municipal government has cancelled public events for the "
     "weekend.", "2019-10-17", "the weekend", "2019-W42-WE", None),
    ("The anniversary itself falls on Monday.", "2023-11-16", "Monday", "2023-11-20", None),
    ('The anniversary itself falls on Monday. "We moved it to Saturday so the kids could come," said the post '
     "commander.", "2023-11-16", "Saturday", "2023-11-18", None),
    ("The company left Harlan Falls in January, spent six weeks training and flew out on Feb. 26.", "2004-12-18",
     "January", "2004-01", None),
    ("ANALYSIS: Eighteen years on, Thailand's Deep South war outlasts every plan to end it", "2022-10-25",
     "Eighteen years", "P18Y", None),
    ("Yet in the past decade the killing has fallen sharply.", "2022-10-25", "the past decade", "P10Y", None),
    ("Gunmen overrun Culiacán – live updates\n\n01:20\nWe are pausing our coverage here. Hundreds of cartel gunmen "
     "took control of much of Culiacán Thursday afternoon after soldiers detained Ovidio Guzmán López. We'll bring you the "
     "president's response from his daily press conference, due to begin at 6am.\n\n00:35\nResidents say the "
     "shooting has died down.\n\n23:10\nThe minister has given more detail.\n\n22:40\nSoldiers withdrew.",
     "2019-10-17", "6am", "2019-10-18T06:00", None),
    ("The anniversary itself falls on Monday.\n\nSomewhere warm was Betio, defended by about 4,700 Japanese troops. On "
     "the morning of November 20, 1943, the landing craft hung up on the reef. The tide was lower than planners had "
     "expected, and men had to wade several hundred yards to the beach under machine-gun fire.\n\nThe first Marines "
     "reached the sand at about 9 a.m. Ostrowski, a sergeant, was killed that afternoon near the long pier.",
     "2023-11-16", "that afternoon", "1943-11-20TAF", None),
    ("The attack began at 0700 and ended at about 0830.", "1986-01-10", "0700", "1986-01-10T07:00", None),
]

# Round 29's: a clock's equivalent in another zone, in brackets, does not move the story; a word or two in quotation
# marks is no break in the clause; "did not expect to reopen ... before Friday", "ask anyone to bring them along on
# Sunday", "marks one year in office on Sunday" look ahead; a day things were said after the day they happened; news's
# "early the next year" after an earlier year; "a little over".
ROUND_37_NEWS = [
    ("Oil slumped $1.77 on Friday.\n\nU.S. light crude for May delivery was up 71 cents at $24.27 a barrel at 12:20 p.m. "
     "EDT (1620 GMT) on the New York Mercantile Exchange.", "2002-04-15", "12:20 p.m. EDT", "2002-04-15T12:20", None),
    ("U.S. light crude for May delivery was up 71 cents at $24.27 a barrel.", "2002-04-15", "May", "2002-05", None),
    ("Phone lines and power have been cut across much of Tegucigalpa since early morning. Supporters have been "
     "chanting at soldiers since mid-morning.", "2009-06-28", "mid-morning", "2009-06-28TMO", "MID"),
]

ROUND_35_NEWS = [
    ("A deal signed with the opposition on New Year's Eve calls for elections before the end of the year.",
     "2017-08-10", "the end of the year", "2017", "END"),
    ("Hijack live\n\n18:40 Somali officials say talks continue.\n\n19:30 The ship's owners have not commented.\n\n20:05 A "
     "local elder tells us the pirates went ashore about an hour ago.", "2017-03-16", "about an hour ago",
     "2017-03-16T19:05", "APPROX"),
    ("Aluminium hit its highest since May 2011 on Monday, and was up 1.1% from Friday's close at $2,757 by 1100 GMT.",
     "2021-09-06", "1100 GMT", "2021-09-06T11:00", None),
    ("Analysts raised their fourth-quarter price forecast to $2,800 a tonne.", "2021-09-06", "fourth-quarter",
     "2021-Q4", None),
    ("Rusal said last month that its first-half profit had risen sharply.", "2021-09-06", "first-half", "2021-H1",
     None),
    ("Prime Minister Geir Hallgrimsson said in a radio broadcast at 8 p.m. last night that Iceland had no other weapon.",
     "1976-02-19", "8 p.m. last night", "1976-02-18T20:00", None),
    ("On Monday 20 May, the ICRC delivered supplies. Between 1400 and 1630 hours, the shooting stopped.", "2013-05-24",
     "1400", "2013-05-20T14:00", None),
]

ROUND_34_NEWS = [
    ("SITTWE, Myanmar, June 12, 2012 (AFP) - Smoke hung over the capital on Tuesday as mobs set fire to homes for a "
     "third day, defying a state of emergency declared by President Thein Sein on Sunday.\n\nAn AFP reporter saw houses "
     "burning shortly after 11:00 am (0430 GMT).", "2012-06-12", "0430 GMT", "2012-06-12T04:30", None),
    ("Mobs attacked on Monday. \"They came in the night, around 10 o'clock, with petrol and knives.\"", "2012-06-12",
     "around 10 o'clock", "2012-06-11T22:00", "APPROX"),
    ("Procedures for monitoring the cease-fire had not been worked out as of today, army officers said.", "1997-08-01",
     "today", "1997-08-01", None),
]

ROUND_33_NEWS = [
    ("The rebels held Bambari for about a day on Dec. 22, and on Saturday they attacked Damara. The government accuses "
     "Bozizé, who seized power in a 2003 coup and was ousted by Seleka rebels a decade later, of plotting a coup.",
     "2021-01-04", "a decade later", "2013", None),
    ("President Corazon Aquino went ahead with the Independence Day ceremony at 8 a.m., marking the 93rd anniversary of "
     "the declaration of independence from Spain on June 12, 1898. She flew by helicopter to Pampanga province in the "
     "afternoon to visit evacuees.", "1991-06-12", "the afternoon", "1991-06-12TAF", None),
    ("Thirty years on, Kattankudy remembers\n\nAbout 30 armed men attacked the Meera Jumma mosque on 3 August 1990. More "
     "than 100 men and boys died that night. The government blamed the Tigers, which had broken a 13-month ceasefire "
     "in June and was attacking Muslim villages. The Tigers denied it. Eight days later, gunmen killed more than 100 "
     "Muslims.", "2020-08-03", "Eight days later", "1990-08-11", None),
    ("Gunmen attacked the town late Friday. \"We ran into the bush with the children and walked all night,\" a mother "
     "said.", "2016-06-07", "all night", "2016-06-03TNI", None),
]

ROUND_32_NEWS = [
    ("It was the deadliest attack since the bombing of a park in Lahore on Easter Sunday, March 27, which killed more "
     "than 70 people.", "2016-08-08", "Easter Sunday, March 27", "2016-03-27", None),
    ("Egypt's GASC bought 120,000 tonnes of wheat on Wednesday for shipment in late December, paying more.",
     "2015-11-19", "late December", "2015-12", "END"),
    ("LAMBUNU, Indonesia (Updated 20 December 2021, 07:30 WITA) - Twenty years after the Malino Declaration, Poso is "
     "calm.", "2021-12-20", "20 December 2021, 07:30 WITA", "2021-12-20T07:30", None),
]

ROUND_31_NEWS = [
    ("Madagascar live\n\nTuesday 17 March\n\n19:45 GMT We are closing our live coverage.\n\n10:45 GMT Ravalomanana has "
     "resigned.\n\n07:15 GMT Good morning.\n\nMonday 16 March\n\n20:30 GMT Some background.\n\n17:40 GMT Embassies have "
     "advised their nationals to stay indoors this evening.\n\n12:35 GMT Soldiers have seized the palace.", "2009-03-17",
     "20:30 GMT", "2009-03-16T20:30", None),
    ("Madagascar live\n\nTuesday 17 March\n\n19:45 GMT We are closing our live coverage.\n\n10:45 GMT Ravalomanana has "
     "resigned.\n\n07:15 GMT Good morning.\n\nMonday 16 March\n\n20:30 GMT Some background.\n\n17:40 GMT Embassies have "
     "advised their nationals to stay indoors this evening.\n\n12:35 GMT Soldiers have seized the palace.", "2009-03-17",
     "this evening", "2009-03-16TEV", None),
    ("Madagascar live\n\nTuesday 17 March\n\n19:45 GMT We are closing our live coverage.\n\n10:45 GMT Ravalomanana has "
     "resigned.\n\n07:15 GMT Good morning.\n\nMonday 16 March\n\n20:30 GMT Some background.", "2009-03-17",
     "19:45 GMT", "2009-03-17T19:45", None),
    ("Rajoelina has called his supporters to the Place du 13 Mai at noon.", "2009-03-17", "noon", "2009-03-17T12:00",
     None),
    ("Under a deal signed with the opposition on New Year's Eve an election is due before the end of the year.",
     "2017-03-14", "the end of the year", "2017", "END"),
    ("A memorial service will be held starting at 9 a.m. tomorrow at the Vanapa Hall, with a silence at 11.30.",
     "2016-03-04", "11.30", "2016-03-05T11:30", None),
    ("In New Delhi, Indira Gandhi, who had been sworn in as prime minister in January, told Parliament that aircraft "
     "had only dropped supplies. On March 5, 1966 the air force was called in.", "2016-03-04", "January", "2016-01",
     None),
    ("Fifty years on, Aizawl remembers the day the jets came\n\nWith the roads cut, on March 5, 1966 the air force was "
     "called in. Jets fired on the town that morning. In New Delhi, Indira Gandhi, who had been sworn in as prime "
     "minister in January, told Parliament that aircraft had only dropped supplies.", "2016-03-04", "January", "1966-01",
     None),
    ("LIMA — Thirty years ago tonight, police detectives walked into a house in Surquillo.", "2022-09-12",
     "Thirty years ago tonight", "1992-09-12TNI", None),
    ("The UN mission will stay in the remaining weeks of its mandate.", "2011-06-08", "the remaining weeks", "PXW", None),
    ("The state's elections, held from 2 to 4 May, were disputed.", "2011-06-08", "2", "2011-05-02", None),
    ("The state's elections, held from 2 to 4 May, were disputed.", "2011-06-08", "4 May", "2011-05-04", None),
    ("The talks ran 27-29 September.", "2020-10-09", "27-29 September", "2020-09-27", None),
]

ROUND_30_NEWS = [
    ("Hanoi radio said in an English-language broadcast monitored here at 6 p.m. (0600 EST) that regulars held the "
     "pass.", "1979-02-26", "0600 EST", "1979-02-26T06:00", None),
    ("NATO will review KFOR's force posture in the weeks ahead.", "2023-09-29", "the weeks ahead", "PXW", None),
    ("The Special Representative recalled that as recently as the first days of this month the roads were mined.",
     "1989-11-14", "the first days of this month", "1989-11", "START"),
    ("The count began on Sunday morning, 12 November, at 23 district counting centres.", "1989-11-14",
     "Sunday morning, 12 November", "1989-11-12TMO", None),
    ("Palladium headed for a weekly loss on Friday after giving up most of Monday's surge.\n\nSpot palladium was down "
     "1.4% at $2,662 an ounce by 1130 GMT, having touched an all-time high of $3,440.76 on Monday.", "2022-03-11",
     "1130 GMT", "2022-03-11T11:30", None),
    ("Palladium headed for a weekly loss on Friday.", "2022-03-11", "Friday", "2022-03-11", None),
    ("It was still up about 40% year to date.", "2022-03-11", "year to date", "2022", None),
    ("Daeyon expects its margin for the January-March quarter to fall to about 9% from 14% a year earlier.",
     "2022-03-11", "a year earlier", "2021-Q1", None),
    ("The government declared three days of national mourning from Wednesday.", "2024-10-29", "Wednesday",
     "2024-10-30", None),
    ("Sales rose on the last day of the month, the ministry said.", "2020-10-09", "the last day of the month",
     "2020-09-30", None),
    ("It was through the doors of this church, 125 years ago today, that 33 Spanish soldiers marched out. The "
     "detachment reached Baler in February 1898. When revolutionary forces closed in at the end of June, the soldiers "
     "withdrew into the church. Historians date the siege from 1 July.", "2024-06-02", "1 July", "1898-07-01", None),
    ("It was through the doors of this church, 125 years ago today, that 33 Spanish soldiers marched out. The "
     "detachment reached Baler in February 1898. When revolutionary forces closed in at the end of June, the soldiers "
     "withdrew into the church.", "2024-06-02", "the end of June", "1898-06", "END"),
    ("Spain and the United States signed the Treaty of Paris on 10 December 1898. Messengers came to the church in "
     "the new year with the news.", "2024-06-02", "the new year", "1899", None),
]

ROUND_29_NEWS = [
    ("Residents said they heard artillery from about 2 a.m. on Tuesday (1930 GMT on Monday) and that the shooting went "
     "on for nearly five hours. A pastor said more than 2,000 people had arrived in the church compounds the previous "
     "night.", "2011-06-14", "the previous night", "2011-06-13TNI", None),
    ('• Russia says it will open a "humanitarian corridor" Wednesday for civilians sheltering in the Azot chemical '
     "plant.", "2022-06-14", "Wednesday", "2022-06-15", None),
    ("The LME said it did not expect to reopen the market before Friday.", "2022-03-09", "Friday", "2022-03-11", None),
    ("Organisers ask anyone with photographs or letters from 1942 to bring them along on Sunday.", "2022-08-24",
     "Sunday", "2022-08-28", None),
    ("Buhari marks one year in office on Sunday.", "2016-05-26", "Sunday", "2016-05-29", None),
    ("The dollar stood at 1.8353 marks and 141.52 yen Wednesday.", "1989-10-26", "Wednesday", "1989-10-25", None),
    ("Nine of the eleven were militiamen of the 39th Battalion, raised in Melbourne in October 1941 and shipped to Port "
     "Moresby early the next year.", "2022-08-24", "early the next year", "1942", "START"),
    ("Militants blew up a major crude pipeline late Wednesday, a group calling itself the Niger Delta Avengers said on "
     "Thursday.\n\nResidents said they heard a loud blast at about 11:30 pm (2230 GMT) and saw flames until after 2 am.",
     "2016-05-26", "about 11:30 pm", "2016-05-25T23:30", "APPROX"),
    ("Russia's defence ministry said on Wednesday that from midnight Moscow time (2100 GMT) it would regard all ships "
     "as potential carriers of military cargo.", "2023-07-20", "2100 GMT", "2023-07-19T21:00", None),
    ("The fight for the village lasted a little over three hours.", "2022-04-11", "a little over three hours", "PT3H",
     "MORE_THAN"),
]


CASES = (ROUND_37_NEWS + ROUND_35_NEWS + ROUND_34_NEWS + ROUND_33_NEWS + ROUND_32_NEWS + ROUND_31_NEWS + ROUND_30_NEWS
         + ROUND_29_NEWS + ROUND_28_NEWS + ROUND_26_NEWS + ROUND_14_NEWS)


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


def test_as_recently_as_leaves_the_date_that_follows_alone():
    timexes = tag("The Special Representative recalled that as recently as the first days of this month the roads "
                  "were mined.", "1989-11-14")
    assert [t.text for t in timexes] == ["the first days of this month"]

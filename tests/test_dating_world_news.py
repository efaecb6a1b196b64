"""Rules for news from around the world and from any decade: feasts by their own calendars, each
country's Independence Day, day-first numeric dates, datelines and live reports, nights around
publication, and the tense words that look ahead after the verb.

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged.
"""

import pytest

from conflicts.dating import tag

from .dating_checks import SEED_DCT, assert_resolves, case_id

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

# Feasts of the Eastern churches and of Islam (Umm al-Qura calendar), and a feast still on a day after it.
FEASTS = [
    ("Ukrainians marked Orthodox Easter on Sunday.", "2022-04-25", "Orthodox Easter", "2022-04-24", None),
    ("Orthodox Christmas passed quietly.", "2023-01-09", "Orthodox Christmas", "2023-01-07", None),
    ("Last week's Eid al-Fitr holiday was quiet.", "2014-08-05", "Eid al-Fitr", "2014-07-28", None),
    ("A truce to mark Eid al-Adha begins Monday.", "2014-09-30", "Eid al-Adha", "2014-10-04", None),
    ("The army announced a truce to mark Eid al-Fitr.", "2023-04-22", "Eid al-Fitr", "2023-04-21", None),
    ("The Eid ul-Fitr truce of 2023 failed.", SEED_DCT, "Eid ul-Fitr", "2023-04-21", None),
    ("Services were held on Palm Sunday.", "2021-04-01", "Palm Sunday", "2021-03-28", None),
    ("The Orthodox Church appealed for a truce from Holy Thursday through Easter.", "2022-04-25", "Holy Thursday",
     "2022-04-21", None),
    ("The Orthodox Church appealed for a truce from Holy Thursday through Easter.", "2022-04-25", "Easter",
     "2022-04-24", None),
    ("Pope Francis called for a truce from Holy Thursday through Easter.", "2022-04-25", "Easter", "2022-04-17", None),
    # Ramadan is the month from 1 Ramadan to the eve of Eid al-Fitr; a truce sought "before" it looks ahead.
    ("Mediators were pushing for a ceasefire before the holy month of Ramadan.", "2024-03-07", "Ramadan",
     "2024-03-11", None),
    ("The army said it would pause operations during Ramadan.", "2024-03-20", "Ramadan", "2024-03-11", None),
    ("Fighting eased in Ramadan 2023.", "2024-03-20", "Ramadan 2023", "2023-03-23", None),
    ("Ramazan began on Monday in Turkey.", "2024-02-01", "Ramazan", "2023-03-23", None),
    # The Hebrew calendar: 1 Tishri with its postponements, the feasts counted from it.
    ("Hamas attacked Israel on Simchat Torah.", "2023-10-08", "Simchat Torah", "2023-10-07", None),
    ("The war began on Yom Kippur in 1973.", None, "Yom Kippur", "1973-10-06", None),
    ("Rosh Hashanah passed quietly.", "2023-09-20", "Rosh Hashanah", "2023-09-16", None),
    ("A truce over Passover would ease tension.", "2024-03-01", "Passover", "2024-04-23", None),
    ("Hanukkah candles were lit at the front.", "2024-12-30", "Hanukkah", "2024-12-26", None),
    ("Purim parades were cancelled.", "2024-03-25", "Purim", "2024-03-24", None),
]

# A look ahead after the verb: a modal or "(un)likely to" governs the date; "return" is a schedule; a date
# that opens its own clause takes the verb after it.
LOOKING_AHEAD_AFTER_THE_VERB = [
    ("Zelenskyy said he hoped a peace summit could take place in the spring.", "2024-02-25", "the spring", "2024-SP", None),
    ("He said talks were unlikely to resume before the end of May.", "2022-04-25", "the end of May", "2022-05", "END"),
    ("Lawmakers return from recess on Wednesday.", "2024-02-25", "Wednesday", "2024-02-28", None),
    ("His return to Kyiv on Friday was quiet.", "2024-02-25", "Friday", "2024-02-23", None),
    ("Officials said they could not confirm the strike on Friday.", "2024-02-25", "Friday", "2024-02-23", None),
    # A date that is the subject of its own clause takes that clause's verb, not the one before "and".
    ("Muslims began fasting last week, and Eid al-Fitr is expected on April 10.", "2024-03-03", "Eid al-Fitr",
     "2024-04-10", None),
    ("Talks failed on Monday, but Friday will see a new round.", "2024-03-03", "Friday", "2024-03-08", None),
]

# Deadlines and look-aheads: "until at least", "in time for", "rehearsing for", a negated modal; a present
# word that belongs to the past verb before it ("took hold") is no tense of its own.
DEADLINES_AND_LOOKS_AHEAD = [
    ("Limits on gatherings remain in place until at least Monday evening.", "2024-04-14", "Monday evening",
     "2024-04-15TEV", None),
    ("The president granted an amnesty in time for Wednesday's celebrations.", "2005-08-15", "Wednesday",
     "2005-08-17", None),
    ("Soldiers have spent the past week whitewashing stones and rehearsing for Friday, when the prime minister is "
     "expected.", "2024-07-25", "Friday", "2024-07-26", None),
    ("The dispute may not be settled until the autumn.", "2025-06-26", "the autumn", "2025-FA", None),
    ("The truce took hold in stages on Tuesday.", "2025-06-26", "Tuesday", "2025-06-24", None),
    ("He could not be reached on Wednesday.", "2025-06-26", "Wednesday", "2025-06-25", None),
]

# Clocks: "15:35 hours", a live blog's "May 10, 2025, 23:58 IST", midnight after a night already named;
# a part of a day after a month ("next month ... in the afternoon") is on a day, not the month's first.
CLOCKS_IN_NEWS = [
    ("The director general called his counterpart at 15:35 hours.", "2025-05-10", "15:35 hours",
     "2025-05-10T15:35", None),
    ("Last updated: May 10, 2025, 23:58 IST", "2025-05-10", "May 10, 2025, 23:58 IST", "2025-05-10T23:58", None),
    ('"We could hear the shelling until late last night. After midnight, it was quiet," he said.', "2025-07-29",
     "midnight", "2025-07-29T00:00", None),
    ("Talks are expected to begin next month. State radio interrupted its programmes in the afternoon to broadcast "
     "the signing.", "2000-06-18", "the afternoon", "2000-06-18TAF", None),
    # A numeric or ISO date with its clock is one TIME; a dotted clock with its zone is a clock in news too.
    ("Last updated: 27.02.2019, 22:40 IST", "2019-02-27", "27.02.2019, 22:40 IST", "2019-02-27T22:40", None),
    ("Situation as of 1999-09-06, 18:00 Geneva time: nine staff remain.", "1999-09-06",
     "1999-09-06, 18:00 Geneva time", "1999-09-06T18:00", None),
    ("At around 11.30 local time, armed men entered the compound.", "1999-09-06", "11.30 local time",
     "1999-09-06T11:30", None),
    ("Most of the defenders slipped out on the night of January 31 to February 1.", "2000-02-08",
     "the night of January 31 to February 1", "2000-01-31TNI", None),
    ("Last updated 03/09/2004 19:25. Gunfire erupted at the school.", "2004-09-03", "03/09/2004 19:25",
     "2004-09-03T19:25", None),
    ("News release 16-12-2016. Syria: evacuation of eastern Aleppo suspended.", "2016-12-16", "16-12-2016",
     "2016-12-16", None),
    # A deadline after the day the story is on is not that day.
    ("On Saturday the government extended a curfew in Osh until June 20. Otunbayeva asked Russia the same day to "
     "send peacekeepers.", "2010-06-14", "the same day", "2010-06-12", None),
    # A day written before the noun it names ("its Feb. 24 invasion") is no day for the clocks that follow.
    ("Troops entered Kherson, the biggest gain since its Feb. 24 invasion. The ministry said at 5 a.m. Moscow time "
     "that it had withdrawn.", "2022-11-11", "5 a.m. Moscow time", "2022-11-11T05:00", None),
    ("Since Russia's Feb. 24 invasion, prices soared. At 9 a.m. the exchange opened.", "2022-11-11", "9 a.m.",
     "2022-11-11T09:00", None),
]

# A live report's stamp is the publication day's clock, and the entry's own "On Saturday" or "Yesterday" is a
# second expression.
LIVE_STAMPS = [
    ("Libya live\n\n18:25 On Saturday, the UN envoy said the world was worried.", "2019-04-08", "18:25",
     "2019-04-08T18:25", None),
    ("Libya live\n\n18:25 On Saturday, the UN envoy said the world was worried.", "2019-04-08", "Saturday",
     "2019-04-06", None),
    ("Libya live\n\n11:10 Yesterday, the mission called for a truce.", "2019-04-08", "Yesterday", "2019-04-07", None),
]

# Markets and reports: a month "for delivery" is ahead; "the July-September quarter" is Q3 and the period a
# year earlier compares with; "this spring" read in October in the past tense is the spring gone by; a feast
# up to three weeks ahead after "before"; "August 14 last year"; "for another year"; "likely on Thursday".
MARKETS_AND_REPORTS = [
    ("Benchmark gas for November delivery settled at about 100 euros.", "2022-10-27", "November", "2022-11", None),
    ("Output fell by a third in the July-September quarter from a year earlier.", "2022-10-27",
     "the July-September quarter", "2022-Q3", None),
    ("Output fell by a third in the July-September quarter from a year earlier.", "2022-10-27", "a year earlier",
     "2021-Q3", None),
    ("Many farmers cut nitrogen applications this spring.", "2022-10-27", "this spring", "2022-SP", None),
    ("Ouattara called for a national day of prayer for reconciliation before Easter.", "2011-04-12", "Easter",
     "2011-04-24", None),
    ("Georgian troops entered Abkhazia on August 14 last year.", "1993-09-28", "August 14 last year", "1992-08-14", None),
    ("The Security Council renewed the mission's mandate for another year.", "2020-11-16", "another year", "P1Y", None),
    ("The bodies arrived on Wednesday evening, with the funeral likely on Thursday.", "2020-06-17", "Thursday",
     "2020-06-18", None),
]

# A day named right after a day of an earlier year, in the next sentences of the same story, is in that year.
STORY_OF_AN_EARLIER_YEAR = [
    ("On Sept. 9, 1993, the Croatian army launched an offensive. The Canadians were ordered to move in.\n\nOn "
     "Sept. 15, as they moved forward, they came under fire.", "2023-09-15", "Sept. 15", "1993-09-15", None),
    ("The treaty was signed on Jan. 3, 1993. On Tuesday, the minister said on Feb. 2 that it held.", "2023-09-15",
     "Feb. 2", "2023-02-02", None),
]

# News "overnight" is the night into publication, or into a day named further back; dawn after it is
# the morning after.
NIGHTS_IN_NEWS = [
    ("Putin appealed for a ceasefire on Thursday evening. Stepanakert came under shelling overnight, and "
     "explosions shook the city at dawn.", SEED_DCT, "overnight", "2020-10-08TNI", None),
    ("Putin appealed for a ceasefire on Thursday evening. Stepanakert came under shelling overnight, and "
     "explosions shook the city at dawn.", SEED_DCT, "dawn", "2020-10-09TMO", None),
    ("Ukrainians marked Easter on Sunday. Air raid sirens sounded across the capital overnight.", "2022-04-25",
     "overnight", "2022-04-24TNI", None),
    ("London shares closed lower Friday. They were depressed by overnight losses in New York.", "1989-10-30",
     "overnight", "1989-10-26TNI", None),
]

# A live report's entries are stamped on the day of publication; a news analysis telling of a year it
# named keeps a past day in that year rather than the coming one.
LIVE_AND_LOOKING_BACK = [
    ("Resolution 1701 was adopted on Friday.\n05:31 GMT Our correspondent says cars are heading south.",
     "2006-08-14", "05:31 GMT", "2006-08-14T05:31", None),
    ("When the war began in September 2020, few expected it to last. After the fall of Shusha on Nov. 8, a "
     "ceasefire followed.", "2023-09-27", "Nov. 8", "2020-11-08", None),
    ("Fighting resumed in September 2020. Talks are due on Nov. 8.", "2023-09-27", "Nov. 8", "2023-11-08", None),
    # "since the start of the year" is the year still running; "announced over the weekend that" is a date.
    ("A report last year said 3,000 soldiers fought. Since the start of the year, 400,000 people fled.", "2025-01-27",
     "the start of the year", "2025", "START"),
    ("Kinshasa announced over the weekend that it was breaking off relations.", "2025-01-27", "the weekend",
     "2025-W04-WE", None),
    # "after a weekend of revenge killings": the weekend before publication, or the next one when the clause looks
    # ahead; a weekend spent somewhere is no date.
    ("Police fired tear gas in Naivasha on Monday, after a weekend of revenge killings.", "2008-01-28", "weekend",
     "2008-W04-WE", None),
    ("Government forces beat back a weekend assault by rebels.", "2008-02-04", "weekend", "2008-W05-WE", None),
    ("The envoys will meet again after a weekend of talks.", "2008-02-04", "weekend", "2008-W06-WE", None),
    # A deadline, a forecast look ahead; "by the Tuesday deadline" keeps the clause's tense.
    ("Mediators have given both sides a deadline of midnight Friday to submit proposals.", "2008-11-13",
     "midnight Friday", "2008-11-14T24:00", None),
    ("Several banks raised their Brent forecasts for the fourth quarter.", "2019-09-16", "the fourth quarter",
     "2019-Q4", None),
    # "later" counts from the year the text named, however far back; the same sentence keeps its year.
    ("The plane was shot down on the night of April 6, 1994. Rwanda holds ceremonies every year on April 7, opening "
     "a week of national mourning. The president accused France of having trained and armed the soldiers who carried "
     "out the massacres.\n\nA decade later, thousands of suspects remain in prisons.", "2004-04-07",
     "A decade later", "2004", None),
    ("Germany's surrender, signed on the night of May 8, 1945, took effect on May 9 Moscow time.", "2020-05-09",
     "May 9", "1945-05-09", None),
    ("Hungary, invited to join NATO in July 1997, will officially join on March 12.", "1999-02-27", "March 12",
     "1999-03-12", None),
    # "Friday's" in a clause that looks ahead; "the weekend before (after)" a day the text named.
    ("He will ride in the homecoming parade before Friday's football game.", "2009-10-15", "Friday", "2009-10-16", None),
    ("The man robbed a gas station last Tuesday and a market the weekend before.", "2011-11-22", "the weekend before",
     "2011-W45-WE", None),
    ("Talks on Tuesday failed; the weekend after, fighting resumed.", "2011-11-25", "the weekend after",
     "2011-W47-WE", None),
]

# News from around the world: each country's Independence Day, day-first numeric dates, South Asian
# feasts and spellings, "end-June", "FY24", "the past fortnight", "on alternate days", "from the 8th".
WORLD_NEWS = [
    # A rate is the SET of its unit, its count included: "twice a day", "three times a week".
    ("Bush was being briefed on the battle twice a day, a spokesman said.", "2004-11-09", "twice a day", "P1D", None),
    ("Convoys now run three times a week.", "2004-11-09", "three times a week", "P1W", None),
    ("For years they marched every Fourth of July behind the chapter banner.", "2023-07-27", "every Fourth of July",
     "XXXX-07-04", None),
    # A count on from an event the text has not dated is the length up to now, not a date after publication; its
    # extent leaves out "on" (14 of the development sets' 15 "N years on").
    ("Seventy years on, the town's Korea veterans remember the silence.", "2023-07-27", "Seventy years", "P70Y", None),
    ("He halted the advance after talks that lasted the whole day.", "2023-06-24", "the whole day", "P1D", None),
    ("Witnesses reported three loud explosions at the Taj in the last half hour.", "2008-11-28", "the last half hour",
     "PT30M", None),
    ('The guns fell silent at 10 o\'clock that night. "We sat in the bunker until morning," he said.', "2023-07-27",
     "morning", "2023-07-28TMO", None),
    ("PESHAWAR: Security is on high alert ahead of Independence Day.", "2023-08-12", "Independence Day", "2023-08-14", None),
    ("Soldiers in Marawi raised the Philippine flag on Independence Day.", "2017-10-23", "Independence Day",
     "2017-06-12", None),
    ("The junta in Naypyitaw marked Independence Day with a parade.", "2024-01-12", "Independence Day", "2024-01-04", None),
    ("Fireworks lit up Washington on Independence Day.", "2023-07-06", "Independence Day", "2023-07-04", None),
    ("A notification dated 11/08/2023 bans pillion riding.", "2023-08-12", "11/08/2023", "2023-08-11", None),
    ("The truce runs from 03/08/2023 to 29/01/2024.", "2023-08-02", "03/08/2023", "2023-08-03", None),
    ("We were told the procurement would be completed before Eidul Azha.", "2023-08-12", "Eidul Azha", "2023-06-28", None),
    ("Leaders offered prayers for the girls during Eid celebrations on Wednesday.", "2024-04-14", "Eid", "2024-04-10", None),
    ("Some relatives hoped to see the troops home by Freedom Day.", "2025-03-14", "Freedom Day", "2025-04-27", None),
    ("Veterans will gather tomorrow to mark Anzac Day.", "2024-04-24", "Anzac Day", "2024-04-25", None),
    ("Equipment was promised by end-June.", "2023-08-12", "end-June", "2023-06", "END"),
    ("The government allocated Rs1,804 billion for defence in FY24.", "2023-08-12", "FY24", "2024", None),
    ("Attacks on checkposts rose over the past fortnight.", "2023-08-12", "the past fortnight", "P2W", None),
    ("Road opening parties go out on alternate days.", "2025-03-04", "alternate days", "P2D", None),
    ("From the 8th, it will be daily.", "2025-03-04", "the 8th", "2025-03-08", None),
    ("The families waited a quarter of a century for answers.", "2023-08-16", "a quarter of a century", "P25Y", None),
    ("Services will be suspended from Sunday midnight.", "2023-08-12", "Sunday midnight", "2023-08-13T24:00", None),
    ("Ukraine agreed to a U.S. proposal at talks in Jeddah on March 11.", "2025-04-28", "March 11", "2025-03-11", None),
    ("The ceasefire took effect at 11:15 a.m., nearly three hours later than planned.", "2025-01-20",
     "nearly three hours", "PT3H", "LESS_THAN"),
    ("Traders squared positions ahead of the weekend.", "1989-10-30", "the weekend", "1989-W44-WE", None),
    # A plan is a noun after its article and modifiers; "slated" looks ahead; a dateline's day is "today".
    ("Saakashvili signed the six-point plan on Friday after talks with Rice.", "2008-08-16", "Friday", "2008-08-15", None),
    ("Officials spoke about the slated visit of the commerce secretary in September.", "1998-08-26", "September",
     "1998-09", None),
    ("GULF WAR ENDS\nWASHINGTON, Feb. 27 - President Bush declared tonight that Kuwait is liberated.", "1991-02-28",
     "tonight", "1991-02-27TNI", None),
    ("He flew to his estate in Florida for Christmas.", "2019-12-21", "Christmas", "2019-12-25", None),
    ("Under the agreement signed in Doha in February 2020, all U.S. forces were to leave by May 1.", "2021-08-31",
     "May 1", "2021-05-01", None),
]

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

CASES = (ROUND_37_NEWS + ROUND_35_NEWS + ROUND_34_NEWS + ROUND_33_NEWS + ROUND_32_NEWS + ROUND_31_NEWS + ROUND_30_NEWS + ROUND_29_NEWS + ROUND_28_NEWS + ROUND_26_NEWS + ROUND_14_NEWS + WORLD_NEWS + LIVE_AND_LOOKING_BACK + FEASTS + LOOKING_AHEAD_AFTER_THE_VERB + NIGHTS_IN_NEWS + DEADLINES_AND_LOOKS_AHEAD
         + CLOCKS_IN_NEWS + STORY_OF_AN_EARLIER_YEAR + MARKETS_AND_REPORTS
         + LIVE_STAMPS)


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


def test_the_present_before_a_noun_is_an_adjective():
    assert tag("That is the logic of the present offensive.", "2022-04-14") == []


def test_most_recently_only_introduces_the_date_that_follows():
    sentence = "He had survived several rebel advances on the capital since, most recently in 2006 and 2008."
    assert [t.text for t in tag(sentence, "2021-04-20")] == ["2006", "2008"]


def test_as_recently_as_leaves_the_date_that_follows_alone():
    timexes = tag("The Special Representative recalled that as recently as the first days of this month the roads "
                  "were mined.", "1989-11-14")
    assert [t.text for t in timexes] == ["the first days of this month"]

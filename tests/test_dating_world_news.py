"""Rules for news from around the world and from any decade: feasts by their own calendars, each
country's Independence Day, day-first numeric dates, datelines and live reports, nights around
publication, and the tense words that look ahead after the verb. The cases each held-out round prompted are in
test_dating_news_rounds.py.

Each case is (sentence, DCT, extent, value, mod); the whole sentence is tagged.
"""

import pytest

from conflicts.dating import tag

from .dating_checks import SEED_DCT, assert_resolves, case_id

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

CASES = (WORLD_NEWS + LIVE_AND_LOOKING_BACK + FEASTS + LOOKING_AHEAD_AFTER_THE_VERB + NIGHTS_IN_NEWS
         + DEADLINES_AND_LOOKS_AHEAD + CLOCKS_IN_NEWS + STORY_OF_AN_EARLIER_YEAR + MARKETS_AND_REPORTS + LIVE_STAMPS)


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


def test_the_present_before_a_noun_is_an_adjective():
    assert tag("That is the logic of the present offensive.", "2022-04-14") == []


def test_most_recently_only_introduces_the_date_that_follows():
    sentence = "He had survived several rebel advances on the capital since, most recently in 2006 and 2008."
    assert [t.text for t in tag(sentence, "2021-04-20")] == ["2006", "2008"]

"""Phrases from real news and history writing, with the TIMEX3 value a TimeML annotator would give.

Each case is (sentence, DCT, extent, value, mod); ANY skips the mod check. The sentence is tagged
as a whole, so the extent must come out exactly as TimeML draws it and the tense around it counts.
"""

import datetime as dt
from pathlib import Path

import pytest

from conflicts.dating import precision_label, tag

from .dating_checks import ANY, SEED_DCT, assert_resolves, case_id

TUE = "2022-03-01"       # Tuesday; ISO week 9
NEW_YEAR = "2023-01-04"  # Wednesday; ISO week 1
OLD = "1998-02-13"       # Friday; ISO week 7

SEED = [
    ("Armenia and Azerbaijan agreed to attend talks in Moscow on Friday, the ministry said.", SEED_DCT, "Friday", "2020-10-09", None),
    ("The conflict flared late last month and has threatened to spiral.", SEED_DCT, "late last month", "2020-09", "END"),
    ("an escalation that began on Sept. 27.", SEED_DCT, "Sept. 27", "2020-09-27", None),
    ("Mr. Putin this week said that Russia would honor the agreement.", SEED_DCT, "this week", "2020-W41", None),
    ("after a war in the early 1990s ended in a cease-fire", SEED_DCT, "the early 1990s", "199", "START"),
    ("The conflict has simmered for decades in a remote region.", SEED_DCT, "decades", "PXE", None),
    ("Turkey has been flexing its muscles in recent months.", SEED_DCT, "recent months", "PXM", None),
    ("after weeks of fierce fighting in the Caucasus", SEED_DCT, "weeks", "PXW", None),
]

ABSOLUTE = [
    ("The offensive began on September 27, 2020.", None, "September 27, 2020", "2020-09-27", None),
    ("Fighting broke out on 27 September 2020.", None, "27 September 2020", "2020-09-27", None),
    ("The talks opened on 10 October.", SEED_DCT, "10 October", "2020-10-10", None),
    ("A truce took effect at midnight on 9/27/2020.", None, "9/27/2020", "2020-09-27", None),
    ("The ceasefire was signed 2020-11-10 in Moscow.", None, "2020-11-10", "2020-11-10", None),
    ("Shelling continued Sept. 27-29 along the line.", SEED_DCT, "Sept. 27-29", "2020-09-27", None),
    ("The statement was issued Nov. 10, 2020.", None, "Nov. 10, 2020", "2020-11-10", None),
    ("Elections were held in 1998.", None, "1998", "1998", None),
    ("Profit rose in fiscal 1999.", None, "fiscal 1999", "1999", None),
    ("The war of the 1990s left deep scars.", None, "the 1990s", "199", None),
    ("Tensions rose through the late 1970s.", None, "the late 1970s", "197", "END"),
    ("Violence peaked in the mid-1980s.", None, "the mid-1980s", "198", "MID"),
    ("the 20th century saw two world wars", None, "the 20th century", "19", None),
    ("the 11th century castle", None, "the 11th century", "10", None),
    ("Sales fell in the third quarter.", "1989-11-02", "the third quarter", "1989-Q3", None),
    ("Third-quarter profit rose 5%.", "1989-11-02", "Third-quarter", "1989-Q3", None),
    ("The plant opens in the first quarter of 2021.", SEED_DCT, "the first quarter of 2021", "2021-Q1", None),
    ("in the second half of 2019", SEED_DCT, "the second half of 2019", "2019-H2", None),
    ("It happened in July 1997.", None, "July 1997", "1997-07", None),
    ("In March 1996 the parties met.", None, "March 1996", "1996-03", None),
    ("The bridge was destroyed in the summer of 1994.", None, "the summer of 1994", "1994-SU", None),
    ("in winter 2021", None, "winter 2021", "2021-WI", None),
    ("Reinforcements arrived in early 1990.", None, "early 1990", "1990", "START"),
    ("The town fell in mid-1996.", None, "mid-1996", "1996", "MID"),
    ("the talks collapsed in late November", "2000-01-06", "late November", "1999-11", "END"),
    ("The offensive began in mid-November.", "1989-12-30", "mid-November", "1989-11", "MID"),
    ("early September", "1989-10-30", "early September", "1989-09", "START"),
    ("He was born on 5 March 1946.", None, "5 March 1946", "1946-03-05", None),
    ("Dec. 2, 1956, was the day they landed.", None, "Dec. 2, 1956", "1956-12-02", None),
    ("Payment is due Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14", None),
    ("The vote was on Saturday, April 25.", "1998-04-24", "Saturday, April 25", "1998-04-25", None),
    ("Friday, Oct. 23, was cold.", "1998-11-21", "Friday, Oct. 23", "1998-10-23", None),
    ("the year two thousand", None, "the year two thousand", "2000", None),
    ("In nineteen ninety-six they moved.", None, "nineteen ninety-six", "1996", None),
    ("by the end of 1990", None, "the end of 1990", "1990", "END"),
    ("the beginning of October", "1989-10-27", "the beginning of October", "1989-10", "START"),
    ("the middle of October", "1998-02-23", "the middle of October", "1997-10", "MID"),
    ("The 1988 period saw losses.", "1989-11-02", "The 1988 period", "1988", None),
    ("from 1990 to 1995 the economy grew", None, "1995", "1995", None),
    ("In the 1960s the base was built.", None, "the 1960s", "196", None),
    ("the '80s were different", "1998-02-13", "the '80s", "198", None),
    ("the nineties brought change", "1998-03-03", "the nineties", "199", None),
    ("Christmas Day will be quiet.", SEED_DCT, "Christmas Day", "2020-12-25", None),
    ("Thanksgiving Day is busy.", "1999-11-01", "Thanksgiving Day", "1999-11-25", None),
    ("Le cessez-le-feu du 10 octobre 2020 a été violé.", None, "10 octobre 2020", "2020-10-10", None),
    ("Am 9. November 1989 fiel die Mauer.", None, "November 1989", "1989-11", None),
    ("El 27 de septiembre de 2020 comenzó la guerra.", None, "2020", "2020", None),
]

WEEKDAYS = [
    # The DCT's own weekday is the DCT in news usage.
    ("The ministry said Friday that talks would go ahead.", SEED_DCT, "Friday", "2020-10-09", None),
    ("Talks were held Monday in Geneva.", SEED_DCT, "Monday", "2020-10-05", None),
    ("Talks were held Tuesday.", SEED_DCT, "Tuesday", "2020-10-06", None),
    ("Clashes erupted on Wednesday.", SEED_DCT, "Wednesday", "2020-10-07", None),
    ("The minister arrived Thursday.", SEED_DCT, "Thursday", "2020-10-08", None),
    ("Rockets struck the city on Saturday.", SEED_DCT, "Saturday", "2020-10-03", None),
    ("Shelling resumed Sunday.", SEED_DCT, "Sunday", "2020-10-04", None),
    ("The ministers will meet on Monday.", SEED_DCT, "Monday", "2020-10-12", None),
    ("A truce will take effect Saturday.", SEED_DCT, "Saturday", "2020-10-10", None),
    ("The envoy is expected to arrive Sunday.", SEED_DCT, "Sunday", "2020-10-11", None),
    ("Talks are scheduled for Wednesday.", SEED_DCT, "Wednesday", "2020-10-14", None),
    ("Voting begins Tuesday.", SEED_DCT, "Tuesday", "2020-10-13", None),
    ("Last Friday the army withdrew.", SEED_DCT, "Last Friday", "2020-10-02", None),
    ("next Friday's summit", SEED_DCT, "next Friday", "2020-10-16", None),
    ("The vote is set for next Tuesday.", SEED_DCT, "next Tuesday", "2020-10-13", None),
    ("Wednesday's ruling angered exiles.", SEED_DCT, "Wednesday", "2020-10-07", None),
    ("Officials said on Monday that troops had crossed.", TUE, "Monday", "2022-02-28", None),
    ("The ceasefire, agreed on Saturday, broke down within hours.", TUE, "Saturday", "2022-02-26", None),
    ("Voters remembered last Sunday's vote.", TUE, "last Sunday", "2022-02-27", None),
    ("He was shot to death last Oct. 23 at his home.", "1999-04-19", "last Oct. 23", "1998-10-23", None),
    ("Merieux was given until mid-November to submit data.", "1989-10-30", "mid-November", "1989-11", "MID"),
    ("The office of the chairman was created, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01", None),
    ("The company agreed to acquire the bank in January.", "1989-11-02", "January", "1990-01", None),
    ("The talks were supposed to conclude by May.", "1998-03-22", "May", "1998-05", None),
    ("The offer had been scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday", "1989-10-27T24:00", None),
    ("Troops crossed the border on Thursday.", TUE, "Thursday", "2022-02-24", None),
    ("The convoy was hit Sunday.", TUE, "Sunday", "2022-02-27", None),
    ("Negotiators will meet again Thursday.", TUE, "Thursday", "2022-03-03", None),
    ("A second round is planned for Monday.", TUE, "Monday", "2022-03-07", None),
    ("Tuesday's vote passed easily.", TUE, "Tuesday", "2022-03-01", None),
    ("Protesters gathered Saturday night.", TUE, "Saturday night", "2022-02-26TNI", None),
    ("Explosions were heard Thursday morning.", TUE, "Thursday morning", "2022-02-24TMO", None),
    ("The attack came early Sunday.", TUE, "early Sunday", "2022-02-27", "START"),
    ("Fighting flared late Friday.", TUE, "late Friday", "2022-02-25", "END"),
    ("She spoke on Wednesday.", NEW_YEAR, "Wednesday", "2023-01-04", None),
    ("The strike happened Sunday.", NEW_YEAR, "Sunday", "2023-01-01", None),
    ("The drones were launched on Saturday.", NEW_YEAR, "Saturday", "2022-12-31", None),
    ("Markets closed Tuesday.", NEW_YEAR, "Tuesday", "2023-01-03", None),
    ("The council will vote Friday.", NEW_YEAR, "Friday", "2023-01-06", None),
    ("The talks resumed Thursday.", OLD, "Thursday", "1998-02-12", None),
    ("Inspectors will return Monday.", OLD, "Monday", "1998-02-16", None),
]

DEICTIC = [
    ("The army said today that it had advanced.", SEED_DCT, "today", "2020-10-09", None),
    ("Fighting continued yesterday.", SEED_DCT, "yesterday", "2020-10-08", None),
    ("Talks resume tomorrow.", SEED_DCT, "tomorrow", "2020-10-10", None),
    ("Shelling was heard late yesterday.", SEED_DCT, "late yesterday", "2020-10-08", "END"),
    ("The ministry said this morning.", SEED_DCT, "this morning", "2020-10-09TMO", None),
    ("Sirens sounded last night.", SEED_DCT, "last night", "2020-10-08TNI", None),
    ("The president will speak tonight.", SEED_DCT, "tonight", "2020-10-09TNI", None),
    ("Fighting eased this afternoon.", SEED_DCT, "this afternoon", "2020-10-09TAF", None),
    ("It was raining yesterday morning.", SEED_DCT, "yesterday morning", "2020-10-08TMO", None),
    ("The envoy flies out tomorrow evening.", SEED_DCT, "tomorrow evening", "2020-10-10TEV", None),
    ("The situation is now calm.", SEED_DCT, "now", "PRESENT_REF", None),
    ("He is currently in Baku.", SEED_DCT, "currently", "PRESENT_REF", None),
    ("The town was recently shelled.", SEED_DCT, "recently", "PAST_REF", None),
    ("In the past, Russia has mediated.", SEED_DCT, "the past", "PAST_REF", None),
    ("Peace may come in the near future.", SEED_DCT, "the near future", "FUTURE_REF", None),
    ("the current crisis deepened", SEED_DCT, "current", "PRESENT_REF", None),
    ("Right now there is no ceasefire.", SEED_DCT, "Right now", "PRESENT_REF", None),
    ("These days the border is closed.", SEED_DCT, "These days", "PRESENT_REF", None),
    ("the day before yesterday", SEED_DCT, "the day before yesterday", "2020-10-07", None),
]

RELATIVE = [
    ("Prices rose last week.", SEED_DCT, "last week", "2020-W40", None),
    ("The talks are next week.", SEED_DCT, "next week", "2020-W42", None),
    ("Exports fell last month.", SEED_DCT, "last month", "2020-09", None),
    ("The treaty expires next month.", SEED_DCT, "next month", "2020-11", None),
    ("Output grew this month.", SEED_DCT, "this month", "2020-10", None),
    ("The economy shrank last year.", SEED_DCT, "last year", "2019", None),
    ("Growth will resume next year.", SEED_DCT, "next year", "2021", None),
    ("This year has been hard.", SEED_DCT, "This year", "2020", None),
    ("Sales rose earlier this year.", SEED_DCT, "earlier this year", "2020", None),
    ("A vote is due later this year.", SEED_DCT, "later this year", "2020", None),
    ("The law passed earlier this month.", SEED_DCT, "earlier this month", "2020-10", None),
    ("A report came out early last month.", SEED_DCT, "early last month", "2020-09", "START"),
    ("They will decide early next year.", "1989-11-01", "early next year", "1990", "START"),
    # "the past year" is the year up to publication, a length (the development sets' convention; TBAQ writes 1997)
    ("The crisis deepened over the past year.", "1998-03-03", "the past year", "P1Y", None),
    ("the last decade saw growth", "1998-02-06", "the last decade", "198", None),
    ("Profits fell last quarter.", SEED_DCT, "last quarter", "2020-Q3", None),
    ("Sales will rise in the current quarter.", "1989-10-26", "the current quarter", "1989-Q4", None),
    ("Sales rose in the latest quarter.", "1989-11-02", "the latest quarter", "1989-Q3", None),
    ("Troops arrived last summer.", SEED_DCT, "last summer", "2019-SU", None),
    ("The offensive resumed this summer.", SEED_DCT, "this summer", "2020-SU", None),
    ("Refugees returned last fall.", "1998-02-06", "last fall", "1997-FA", None),
    ("The offensive may resume next spring.", SEED_DCT, "next spring", "2021-SP", None),
    ("It was a hard winter last winter.", NEW_YEAR, "last winter", "2021-WI", None),
    ("Fighting slowed this winter.", NEW_YEAR, "this winter", "2022-WI", None),
    ("The border reopened last April.", SEED_DCT, "last April", "2020-04", None),
    ("Elections are due next March.", SEED_DCT, "next March", "2021-03", None),
    ("The unit was formed in June last year.", "1998-02-19", "June last year", "1997-06", None),
    ("in January this year", "1998-02-19", "January this year", "1998-01", None),
    ("Negotiations stalled over the weekend.", "1990-08-13", "the weekend", "1990-W32-WE", None),
    ("The rally is planned for this weekend.", SEED_DCT, "this weekend", "2020-W41-WE", None),
    ("Shops closed last weekend.", SEED_DCT, "last weekend", "2020-W40-WE", None),
    ("Sales in December fell.", "1998-04-18", "December", "1997-12", None),
    ("The talks will resume in December.", "1998-03-04", "December", "1998-12", None),
    ("In April the port was bombed.", "1989-10-26", "April", "1989-04", None),
    ("Elections will be held in June.", NEW_YEAR, "June", "2023-06", None),
    ("The offensive began in December.", NEW_YEAR, "December", "2022-12", None),
    ("The 18th century fort", None, "The 18th century", "17", None),
    ("this century", "1999-03-12", "this century", "19", None),
    ("late last week", SEED_DCT, "late last week", "2020-W40", "END"),
    ("earlier this week", SEED_DCT, "earlier this week", "2020-W41", None),
    ("the end of the month", "1990-08-13", "the end of the month", "1990-08", "END"),
    ("at year-end", "1989-10-30", "year-end", "1989", "END"),
]

AGO_AND_ANAPHORA = [
    ("The base was captured two days ago.", SEED_DCT, "two days ago", "2020-10-07", None),
    ("a week ago", SEED_DCT, "a week ago", "2020-W40", None),
    ("He left Baku five months ago.", "1998-03-31", "five months ago", "1997-10", None),
    ("The town fell a year ago.", SEED_DCT, "a year ago", "2019", None),
    ("Two years ago the ceasefire collapsed.", "1998-04-24", "Two years ago", "1996", None),
    ("41 years ago the revolution won.", "2000-01-15", "41 years ago", "1959", None),
    ("Several years ago the pact was signed.", "1998-02-13", "Several years ago", "PAST_REF", None),
    ("10 days ago", "1998-03-22", "10 days ago", "1998-03-12", None),
    ("about two weeks ago", SEED_DCT, "about two weeks ago", "2020-W39", "APPROX"),
    ("The talks opened on Oct. 9. Two days later the truce collapsed.", SEED_DCT, "Two days later", "2020-10-11", None),
    ("The offensive began Sept. 27. The next day Stepanakert was shelled.", SEED_DCT, "The next day", "2020-09-28", None),
    ("The truce took effect Oct. 10, and that day fighting continued.", SEED_DCT, "that day", "2020-10-10", None),
    ("The army entered the town on Oct. 4. The following week it pushed south.", SEED_DCT, "The following week", "2020-W41", None),
    ("Wages were 3.8 percent higher than a year earlier.", "1998-02-06", "a year earlier", "1997", None),
    ("Third-quarter profit rose to $5 million from $4 million a year earlier.", "1989-11-02", "a year earlier", "1988-Q3", None),
    ("profit in the third quarter fell from the year-earlier quarter", "1989-11-02", "the year-earlier quarter", "1988-Q3", None),
    ("In 1996 the war ended. The following year a treaty was signed.", "1998-04-18", "The following year", "1997", None),
    ("A truce was agreed in 1994. That year the front froze.", None, "That year", "1994", None),
]

NARRATIVE = [
    # No DCT: relative expressions count from the last date the text established, moving forward.
    ("The offensive opened on 3 March 1943. Two days later the town fell.", None, "Two days later", "1943-03-05", None),
    ("The offensive opened on 3 March 1943. The next day the bridge was taken.", None, "The next day", "1943-03-04", None),
    ("The offensive opened on 3 March 1943. On Friday the last defenders surrendered.", None, "Friday", "1943-03-05", None),
    ("The siege began in January 1943. In March the garrison surrendered.", None, "March", "1943-03", None),
    ("The siege began in October 1943. In February the garrison surrendered.", None, "February", "1944-02", None),
    ("The war began in 1914. That autumn the front froze.", None, "That autumn", "1914-FA", None),
    ("The war broke out on 4 August 1914. By late August the armies had met.", None, "late August", "1914-08", "END"),
    # A week on from a day is that day a week later (the development sets' annotators, 13 to 10).
    ("The army landed on 6 June 1944. A week later it took the port.", None, "A week later", "1944-06-13", None),
    ("The army landed on 6 June 1944. On 12 June it took Carentan.", None, "12 June", "1944-06-12", None),
    ("The army landed on 6 June 1944. The following month it broke out.", None, "The following month", "1944-07", None),
    ("The army landed on 6 June 1944. That week the weather turned.", None, "That week", "1944-W23", None),
    ("The army landed on 6 June 1944. In the same month Rome fell.", None, "the same month", "1944-06", None),
    ("A ceasefire took effect at noon on 10 October 2020.", None, "noon on 10 October 2020", "2020-10-10T12:00", None),
    ("The war began on 27 September 2020. Armenia declared martial law the same day.", None, "the same day", "2020-09-27", None),
    ("Shusha fell on 8 November 2020. The next night a helicopter was downed.", None, "The next night", "2020-11-09TNI", None),
    ("The war began on 27 September 2020. In December the first prisoners were exchanged.", None, "December", "2020-12", None),
    ("The war began on 27 September 2020. That winter refugees returned.", None, "That winter", "2020-WI", None),
    ("The war lasted from 1941-1945.", None, "1945", "1945", None),
    ("The winter of 1941–42 halted the advance.", None, "The winter of 1941–42", "1941-WI", None),
    ("Paulus surrendered on 31 January 1943. Over the following weeks the front moved west.", None, "the following weeks", "PXW", None),
    ("In the first week of October 2020 the army advanced.", None, "the first week of October 2020", "2020-W40", None),
    ("Shelling began on the night of 9 November 2020.", None, "the night of 9 November 2020", "2020-11-09TNI", None),
    ("The attack came in the early hours of 10 November 2020.", None, "the early hours of 10 November 2020", "2020-11-10TNI", None),
    ("Fighting intensified in the last days of September 2020.", None, "the last days of September 2020", "2020-09", "END"),
    ("Berlin fell in the final weeks of 1945.", None, "the final weeks of 1945", "1945", "END"),
    ("The offensive stalled in the week of March 6, 2000.", None, "the week of March 6, 2000", "2000-W10", None),
    ("Ratners's shares were up at mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday", "1989-11-01TAF", None),
    ("On Sept. 27 the war began.", None, "Sept. 27", "XXXX-09-27", None),
    ("Fighting stopped on Friday.", None, "Friday", "XXXX-WXX-5", None),
    ("In March the talks resumed.", None, "March", "XXXX-03", None),
]

DURATIONS = [
    ("The siege lasted three days.", None, "three days", "P3D", None),
    ("They were held for 18 months.", None, "18 months", "P18M", None),
    ("The ceasefire held for two weeks.", None, "two weeks", "P2W", None),
    ("after nearly forty years of conflict", None, "nearly forty years", "P40Y", "LESS_THAN"),
    ("more than four hours of talks", None, "more than four hours", "PT4H", "MORE_THAN"),
    ("a five-year plan", None, "five-year", "P5Y", None),
    ("a 10-year bond", None, "10-year", "P10Y", None),
    ("the 16-hour talks", None, "16-hour", "PT16H", None),
    ("in the past three months", "1998-01-08", "the past three months", "P3M", None),
    ("for the next two years", None, "the next two years", "P2Y", None),
    ("over the first nine months", None, "the first nine months", "P9M", None),
    ("for 2 1/2 years", None, "2 1/2 years", "P2Y6M", None),
    ("for 5 1/2 hours", None, "5 1/2 hours", "PT5H30M", None),
    ("for several years", None, "several years", "PXY", None),
    ("a few days of calm", None, "a few days", "PXD", None),
    ("It will take years.", None, "years", "PXY", None),
    ("for the first time in years", None, "years", "PXY", None),
    ("in recent years", None, "recent years", "PXY", None),
    ("a couple of years", None, "a couple of years", "P2Y", None),
    ("up to 180 days in jail", None, "up to 180 days", "P180D", "EQUAL_OR_LESS"),
    ("at least 72 hours", None, "at least 72 hours", "PT72H", "EQUAL_OR_MORE"),
    ("twenty years", None, "twenty years", "P20Y", None),
    ("two decades of war", None, "two decades", "P20Y", None),
    ("the war lasted 44 days", None, "44 days", "P44D", None),
    ("one minute", None, "one minute", "PT1M", None),
    ("a week of talks", None, "a week", "P1W", None),
    ("the talks lasted ten hours", None, "ten hours", "PT10H", None),
    ("twenty-four hours later", None, "twenty-four hours later", "FUTURE_REF", ANY),
    ("after six weeks of fighting", None, "six weeks", "P6W", None),
    ("decades-long dispute", None, "decades-long", "PXE", None),
    ("a two-week truce", None, "two-week", "P2W", None),
    ("A week-long truce began.", None, "week-long", "P1W", None),
    ("The talks lasted more than 10 hours.", None, "more than 10 hours", "PT10H", "MORE_THAN"),
    ("Within 24 hours the truce had collapsed.", None, "24 hours", "PT24H", None),
    ("about a decade", None, "about a decade", "P10Y", "APPROX"),
]

SETS = [
    ("Talks are held every Friday.", None, "every Friday", "XXXX-WXX-5", None),
    ("The bulletin appears weekly.", None, "weekly", "P1W", None),
    ("The report is published annually.", None, "annually", "P1Y", None),
    ("Patrols go out every day.", None, "every day", "P1D", None),
    ("Rallies were held daily.", None, "daily", "P1D", None),
    ("each month", None, "each month", "P1M", None),
    ("every two weeks", None, "every two weeks", "P2W", None),
    ("on Tuesday nights", None, "Tuesday nights", "XXXX-WXX-2TNI", None),
    ("each July", None, "each July", "XXXX-07", None),
    ("every summer", None, "every summer", "XXXX-SU", None),
    ("hourly updates", None, "hourly", "PT1H", None),
    ("$35 a night", None, "a night", "P1D", None),
]

TIMES = [
    ("The truce began at 2 p.m. local time.", SEED_DCT, "2 p.m. local time", "2020-10-09T14:00", None),
    ("at 10:35 a.m.", SEED_DCT, "10:35 a.m.", "2020-10-09T10:35", None),
    ("The strike came at 10 p.m. Wednesday.", OLD, "10 p.m. Wednesday", "1998-02-11T22:00", None),
    ("It took effect at noon Thursday.", OLD, "noon Thursday", "1998-02-12T12:00", None),
    ("A truce started at midnight Moscow time.", SEED_DCT, "midnight Moscow time", "2020-10-09T24:00", None),
    ("Shots rang out around 7:15 p.m.", OLD, "around 7:15 p.m.", "1998-02-13T19:15", "APPROX"),
    ("at 14:30", SEED_DCT, "14:30", "2020-10-09T14:30", None),
    ("The attack began at 0600 hours on 19 November 1942.", None, "0600 hours on 19 November 1942", "1942-11-19T06:00", None),
    ("The blast came at 0735 GMT.", SEED_DCT, "0735 GMT", "2020-10-09T07:35", None),
    ("The deadline is 5 p.m. EST Nov. 9.", "1989-11-02", "5 p.m. EST Nov. 9", "1989-11-09T17:00", None),
    # Told in the past, "overnight" is the night that led into the day of publication (TimeML dates a
    # night by its evening, as "Thursday night"; TBAQ's "overnight losses in New York" likewise).
    ("They attacked overnight.", SEED_DCT, "overnight", "2020-10-08TNI", None),
    ("Drones struck in the early hours of Sunday.", SEED_DCT, "the early hours of Sunday", "2020-10-04TNI", None),
    ("The shelling went on through the night of Thursday.", SEED_DCT, "the night of Thursday", "2020-10-08TNI", None),
    ("The offensive started at dawn.", SEED_DCT, "dawn", "2020-10-09TMO", None),
    ("Shelling began at dusk on Thursday.", SEED_DCT, "dusk on Thursday", "2020-10-08TEV", None),
    ("The agreement was signed on the night of Nov. 9-10.", "2020-11-10", "the night of Nov. 9-10", "2020-11-09TNI", None),
    ("A new truce will come into force at midnight on Saturday.", "2020-10-16", "midnight on Saturday", "2020-10-17T24:00", None),
    ("On the morning of Oct. 4, drones struck Stepanakert.", "2020-10-16", "the morning of Oct. 4", "2020-10-04TMO", None),
    ("Thursday night's shelling", SEED_DCT, "Thursday night", "2020-10-08TNI", None),
    ("the talks ended Friday evening", SEED_DCT, "Friday evening", "2020-10-09TEV", None),
]


def _grid():
    """Month-day phrases against a range of publication dates: with no past or future verb, the nearest
    occurrence wins."""
    cases = []
    for dct, phrase, expected in [
        ("2020-10-09", "Sept. 27", "2020-09-27"), ("2020-10-09", "Oct. 30", "2020-10-30"),
        ("2020-01-05", "Dec. 28", "2019-12-28"), ("2019-12-20", "Jan. 3", "2020-01-03"),
        ("1989-11-02", "Dec. 15", "1989-12-15"), ("1989-10-30", "Sept. 14", "1989-09-14"),
        ("2000-01-07", "Feb. 10", "2000-02-10"), ("2000-01-07", "Nov. 25", "1999-11-25"),
        ("1998-08-13", "Aug. 7", "1998-08-07"), ("1999-02-27", "March 12", "1999-03-12"),
        ("1998-03-06", "Jan. 13", "1998-01-13"), ("2022-03-01", "Feb. 24", "2022-02-24"),
        ("2022-03-01", "March 5", "2022-03-05"), ("2023-01-04", "Dec. 31", "2022-12-31"),
        ("2023-01-04", "Jan. 20", "2023-01-20"), ("2020-10-09", "Nov. 10", "2020-11-10"),
        ("2020-10-09", "July 12", "2020-07-12"), ("2020-10-09", "27 September", "2020-09-27"),
        ("2020-10-09", "the 17th of October", "2020-10-17"), ("2020-10-09", "October 26", "2020-10-26"),
    ]:
        cases.append((f"Talks are on {phrase}.", dct, phrase, expected, None))
    return cases


CASES = SEED + ABSOLUTE + WEEKDAYS + DEICTIC + RELATIVE + AGO_AND_ANAPHORA + NARRATIVE + DURATIONS + SETS + TIMES + _grid()


@pytest.mark.parametrize("sentence, dct, extent, value, mod", CASES, ids=[case_id(c) for c in CASES])
def test_it_resolves_the_phrase(sentence, dct, extent, value, mod):
    assert_resolves(sentence, dct, extent, value, mod)


NOT_DATES = [
    "Shares of the company closed at 7.15 after the report.",
    "Output has since fallen by more than three-quarters.",
    "Entry to Parliament is suspended for the rest of the winter session.",
    "His great-niece, June Hartley, laid a wreath.",
    "Trading hours will be normal, exchange officials said.",
    "Only about two thousand Romans escaped.",
    "Shelling near Gospic killed around 900, officials said.",
    "Attendance at the rally rose to around 500.",
    "Some 2000 troops crossed the border.",
    "Prices may fall further.",
    "The index closed at 2082.1 points.",
    "A 6-year-old girl was hurt.",
    "Mr. Howes, 37 years old, was hired.",
    "He won 1,990 votes.",
    "About three-quarters of the vote went to him.",
    "The march on Washington was peaceful.",
    "She said she may resign.",
    "He paid $1500 for it.",
    "Route 1995 was closed.",
    "The F-16 and the MiG-29 flew over.",
    "COVID-19 spread quickly.",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_it_leaves_numbers_and_words_that_are_not_dates(sentence):
    assert tag(sentence, SEED_DCT) == []


def test_it_bounds_late_last_month_to_the_last_third():
    (timex,) = tag("The conflict flared late last month.", SEED_DCT)
    assert (timex.earliest, timex.latest) == (dt.date(2020, 9, 21), dt.date(2020, 9, 30))
    assert timex.precision == "part_of_month"
    assert timex.label == "late Sept. 2020"


def test_it_gives_week_bounds_and_label():
    (timex,) = tag("Mr. Putin this week said so.", SEED_DCT)
    assert (timex.earliest, timex.latest) == (dt.date(2020, 10, 5), dt.date(2020, 10, 11))
    assert timex.label == "week of Oct. 5, 2020"


def test_it_explains_a_weekday_from_the_publication_date():
    (timex,) = tag("Talks opened on Friday.", SEED_DCT)
    assert timex.label == "Oct. 9, 2020"
    assert timex.explanation.startswith("Friday → Fri 9 Oct 2020")
    assert "publication" in timex.explanation


def test_it_labels_decades_and_durations():
    decade, duration = tag("After the early 1990s the region waited for decades.", SEED_DCT)
    assert decade.label == "early 1990s"
    assert (decade.earliest, decade.latest) == (dt.date(1990, 1, 1), dt.date(1993, 12, 31))
    assert duration.type == "DURATION"
    assert duration.earliest is None and duration.precision is None


def test_lengths_and_rates_read_as_english():
    centuries, rate, weekly = tag("Ruled for centuries, shaken every few centuries, it votes every Friday.", SEED_DCT)
    assert centuries.label == "centuries"
    assert centuries.explanation == "centuries → centuries, an unspecified number of centuries"
    assert rate.label == "every few centuries"
    assert weekly.explanation == "every Friday → every Friday"


def test_ramadan_is_bounded_by_the_month():
    (month,) = tag("Fighting continued through Ramadan.", "2024-04-20")
    assert (month.earliest, month.latest) == (dt.date(2024, 3, 11), dt.date(2024, 4, 9))
    assert month.label == "March 11-April 9, 2024"
    (war,) = tag("The Yom Kippur War, also called the Ramadan War, began in October 1973.", None)
    assert war.text == "October 1973"


def test_a_price_in_a_history_is_not_a_clock():
    assert [t.text for t in tag("In 1916 the price of bread rose by 2.50 francs.", None)] == ["1916"]


def test_a_date_before_the_gregorian_reform_shows_no_weekday():
    (towton,) = tag("Towton was fought on 29 March 1461.", None)
    assert towton.explanation == "29 March 1461 → March 29, 1461, a full date"


def test_it_serialises_to_json_ready_dicts():
    (timex,) = tag("an escalation that began on Sept. 27.", SEED_DCT)
    assert timex.as_dict() == {
        "start": 28, "end": 36, "text": "Sept. 27", "type": "DATE", "value": "2020-09-27", "mod": None,
        "earliest": "2020-09-27", "latest": "2020-09-27", "precision": "day", "label": "Sept. 27, 2020",
        "explanation": timex.explanation,
    }


def test_it_accepts_a_date_object_as_dct():
    (timex,) = tag("Clashes erupted on Wednesday.", dt.date(2020, 10, 9))
    assert timex.value == "2020-10-07"


def test_precision_label_reads_like_a_newsroom():
    assert precision_label(dt.date(2020, 10, 9), dt.date(2020, 10, 9), "day") == "Oct. 9, 2020"
    assert precision_label(dt.date(2020, 9, 27), dt.date(2020, 9, 27), "day") == "Sept. 27, 2020"
    assert precision_label(dt.date(2021, 3, 2), dt.date(2021, 3, 2), "day") == "March 2, 2021"
    assert precision_label(dt.date(2021, 6, 30), dt.date(2021, 6, 30), "day", "BEFORE") == "before June 30, 2021"
    assert precision_label(dt.date(2020, 10, 5), dt.date(2020, 10, 11), "week") == "week of Oct. 5, 2020"
    assert precision_label(dt.date(2020, 9, 21), dt.date(2020, 9, 30), "part_of_month") == "late Sept. 2020"
    assert precision_label(dt.date(2020, 9, 1), dt.date(2020, 9, 30), "month") == "Sept. 2020"
    assert precision_label(dt.date(2020, 7, 1), dt.date(2020, 9, 30), "quarter") == "Q3 2020"
    assert precision_label(dt.date(1990, 1, 1), dt.date(1993, 12, 31), "decade", "START") == "early 1990s"
    assert precision_label(None, None, None) == "undated"


def test_day_ranges_and_times_are_labelled_in_ap_style():
    (span,) = tag("Fighting raged on Sept. 27-29.", SEED_DCT)
    assert span.label == "Sept. 27-29, 2020"
    (night,) = tag("Shelling resumed on Friday night.", SEED_DCT)
    assert night.label == "Oct. 9, 2020, night"
    assert night.explanation.startswith("Friday night → Fri 9 Oct 2020, night")


def test_seed_article_tags_the_outbreak_and_the_talks():
    article = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nagorno-karabakh-ceasefire-talks.txt"
    if not article.exists():
        pytest.skip("../shared is not on this machine")
    text = article.read_text(encoding="utf-8")
    timexes = tag(text, "2020-10-09")
    values = {t.text: t.value for t in timexes}
    assert values["Sept. 27"] == "2020-09-27"
    assert values["late last month"] == "2020-09"
    assert values["this week"] == "2020-W41"
    assert values["the early 1990s"] == "199"
    assert values["Friday"] == "2020-10-09"
    assert all(text[t.start:t.end] == t.text for t in timexes)


def test_a_history_published_later_reads_forward_from_its_own_dates():
    history = ("The war began on 27 September 2020. On 4 October Jabrayil fell; the following day "
               "Stepanakert was shelled. A truce was agreed on 10 October. The war ended in November 2020.")
    values = {t.text: t.value for t in tag(history, "2023-05-01")}
    assert values["4 October"] == "2020-10-04"
    assert values["the following day"] == "2020-10-05"
    assert values["10 October"] == "2020-10-10"


def test_news_that_speaks_of_yesterday_stays_anchored_to_publication():
    news = "Fighting that began on 27 September 2019 flared again yesterday. On 4 October talks open."
    values = {t.text: t.value for t in tag(news, "2020-10-02")}
    assert values["yesterday"] == "2020-10-01"
    assert values["4 October"] == "2020-10-04"

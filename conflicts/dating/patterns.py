"""Finding the extents of temporal expressions.

Each rule is one precompiled regex with named groups; `find_candidates` runs them all and keeps the
longest non-overlapping matches. Extents follow TimeML: determiners and modifiers ("the", "late",
"about") belong to the expression, a leading preposition ("on", "in", "for") does not.
"""

import bisect
import functools
import re
from dataclasses import dataclass

from .fragments import (
    APPROX, DAY_NUMBER, DAY_WORD, HOUR_WORD, MONTH, MONTH_AND_DAY, NUMBER, NUMBER_RANGE, ORDINAL, PART,
    QUARTER_ORDINAL, SEASON, TIME_ZONE, UNIT_ANY, UNIT_SINGULAR, VAGUE, WEEKDAY, YEAR, YEAR_WORDS,
)
from .lexicon import DECADE_WORDS, ENGLISH_MONTHS, HOLIDAYS, MONTHS, TIME_ZONES, alternation
from .plausibility import plausible
from .resolution import LENGTH_NUMBER
from .triggers import RULE_ALSO_NEEDS, RULE_TRIGGERS, triggers


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match

    @property
    def groups(self) -> dict:
        # A relation word left out of the extent ("said that [Tuesday]'s") does not resolve it either.
        return {k: v for k, v in self.match.groupdict().items() if v is not None and (k != "rel" or self.match.end(k) > self.start)}


# "two lean years", "four bloody years": the writer's word between a length's number and its unit.
LENGTH_EPITHET = (r"(?:short|hard|lean|difficult|bloody|brutal|bitter|grim|painful|tough|turbulent|tumultuous|weary|dark"
                  r"|terrible|fraught|anxious|busy|quiet|happy|lost|tense|violent|deadly)")
# A feast a clock or a part of the day can be on: "at 2 a.m. on Christmas Day", "at dawn on Christmas Day".
_FEAST_DAY = r"christmas\s+(?:day|eve)|new\s+year['’]s\s+(?:day|eve)|easter\s+(?:sunday|day)|good\s+friday"
# "Easter Sunday, 14 April 1471": the weekday belongs to the feast, which is tagged on its own.
_NOT_A_FEAST = r"(?<!easter\s)(?<!palm\s)(?<!good\s)(?<!holy\s)(?<!maundy\s)(?<!whit\s)"
# A clock written without a.m. or p.m. counts as one only after these: "at 8.40", "by four in the afternoon".
_CLOCK_PREPOSITION_BEFORE = (
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=until\s)|(?<=before\s)|(?<=after\s)|(?<=about\s)|(?<=around\s)|(?<=toward\s)|(?<=towards\s))")
# A year under 1000 written alone counts as one only after these: "in 711", "By 721", "until 759"
# ("from 360" is too often a count: "to 450 stores from 360").
# "Through 377", "the campaign of 378": after an event's name, "of" gives its year ("an army of 500" is a count).
_EARLY_YEAR_PREPOSITION_BEFORE = (
    r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=since\s)|(?<=until\s)|(?<=\btill\s)|(?<=before\s)|(?<=after\s)|(?<=\d\sor\s)|(?<=\d\sand\s)"
    r"|(?<=\bas\slate\sas\s)|(?<=\bas\searly\sas\s)"
    r"|(?<=through\s)|(?<=during\s)|(?<=\d[-–])|(?<=\d\s[-–]\s)|"  # "the Ridda wars of 632–633", "(c. 585 – 642)"
    r"(?<=\bend\sof\s)|(?<=\bstart\sof\s)|(?<=\bbeginning\sof\s)|(?<=\bcensus\sof\s)|"  # "At the end of 870", "The census of 754"
    r"(?<=,\s)(?=[1-9]\d\d[-–][1-9]\d\d\b)|(?<=\()(?=[1-9]\d\d[-–][1-9]\d\d\))|"  # "Wessex, 871–878", a reign's "(565–578)"
    r"(?<=\bmonths\sof\s)|(?<=\bweeks\sof\s)|"  # "in the first months of 579"
    + "|".join(rf"(?<=\b{noun}\sof\s)" for noun in ("campaign", "campaigns", "war", "wars", "revolt", "rising", "rebellion",
                                                   "battle", "siege", "treaty", "truce", "peace", "crisis", "invasion", "events",
                                                   "disaster", "sack", "council", "edict", "conquest"))
    + ")")
# "the night of 25/26 October", "of 11-12 June", "of January 31 to February 1": a night's two days.
_NIGHT_TO = r"(?:\s*[-–/]\s*|\s+(?:to|and)\s+)"
# "that evening", "the next morning", "the following day": a part of the story's day or the next.
_DAY_PART_RELATIVE = r"that|this|the\s+next|the\s+following|the\s+same"


# "March-May 1943": a month after a month and a hyphen starts a date of its own.
_AFTER_MONTH_AND_HYPHEN = "|".join(rf"(?<=\b{month}-)" for month in sorted(MONTHS) if month in ENGLISH_MONTHS or len(month) == 3)


def _rule(name: str, pattern: str, after_a_month: bool = False):
    # Rules run on lower-cased text; not inside a word or a number ("2082.1" is an index level, "11:15 May" a
    # live report's stamp and a name).
    # A hyphen between numbers is a range ("1941-1945"); after or before a letter it makes a word ("F-16"),
    # except, for the rules that ask, after a month ("March-May 1943").
    # "Sept. 27-Oct. 3" is two dates: a hyphen before a month and its day is a range, not a word.
    # (The month's exception costs a rule a fifth of its speed, so only two rules take it.)
    after_a_word = r"(?:(?<![^\W\d]-)|(?:" + _AFTER_MONTH_AND_HYPHEN + "))" if after_a_month else r"(?<![^\W\d]-)"
    return name, re.compile(r"(?<![\w'’])" + after_a_word + r"(?<!\d[.,:])(?:" + pattern + r")(?!\w|-(?!" + MONTH_AND_DAY + r")[^\W\d]|[.,:/]\d)")


_ROMAN_DAY = r"(?:the\s+)?(?P<roman>ides|nones|kalends|calends)"
_PART_OF = r"the\s+(?:morning|afternoon|evening|night)\s+of\s+"
# A zone after a four-digit clock, "(0600 EST)"; not the words "eat" and "cat".
_MIL_ZONE = alternation(TIME_ZONES - {"eat", "cat"})

RULES = [
    _rule("iso_date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[t\s](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:z|[+-][01]\d:?[0-5]\d)?)?"
                      r"|(?P<ys>\d{4})(?P<sep>[/.])(?P<ms>[01]?\d)(?P=sep)(?P<ds>[0-3]?\d)"),  # "2020/10/10"
    # "1992–95": the end of a span of years written with two digits.
    _rule("year_tail", r"(?<=(?P<century>\d\d)(?P<from>\d\d)[-–])(?P<yy>\d\d)(?![\d%-])"),
    # A situation report's "between 14/03 and 20/03": a day and month, in a text that writes its dates 14/03/2011.
    _rule("short_numeric_date", r"(?:(?<=\bon\s)|(?<=\bbetween\s)|(?<=\band\s)|(?<=\bfrom\s)|(?<=\bto\s)|(?<=\bsince\s)"
                                r"|(?<=\buntil\s)|(?<=\bof\s))(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![\d/])"),
    _rule("numeric_date", r"(?P<a>\d{1,2})(?P<sep>[/.]|-(?=\d{1,2}-\d{4}\b))(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
    _rule(
        "month_day",
        rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:{_NOT_A_FEAST}(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<part>{PART}))?(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}|{ORDINAL})"
        rf"(?:\s*(?:-|–|to|through)\s*(?P<d2>{DAY_NUMBER}))?(?:,?\s+(?P<y>{YEAR})|\s+(?P<yrel>last|next|this)\s+year)?(?!\s*(?:%|percent|million|billion))",
    ),
    # "April 24 and 25": two days, two expressions (TimeML); the second borrows the first's month.
    _rule(
        "and_day",
        rf"(?P<month>{MONTH})\s+{DAY_NUMBER}\s+and\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?(?!\s*(?:%|percent|million|billion))",
    ),
    # "between 5 and 10 June 1967", "from 7 to 11 November 1989": the first day borrows the second's month and year
    # (annotators write the worded range as two dates; "27-29 September" stays one).
    _rule(
        "day_and",
        rf"(?P<d>{DAY_NUMBER})(?=\s+(?:and|to|until|till)\s+{DAY_NUMBER}\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR}))?)",
    ),
    _rule(
        "day_month",
        rf"(?:{_NOT_A_FEAST}(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUMBER})(?:\s*(?:-|–)\s*(?P<d2>{DAY_NUMBER}))?"
        rf"\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR})|\s+(?P<yrel>last|next|this)\s+year)?",
    ),
    _rule(
        "month_year",
        rf"(?:(?P<part>{PART}))?(?P<month>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{YEAR}|(?P<rel>this|last|next)\s+year|(?P<words>{YEAR_WORDS})"
        r"|(?P<yrel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year(?!['’]s))",  # "September that year"
        after_a_month=True,
    ),
    _rule("month", rf"(?:(?P<part>{PART}))?(?:(?P<rel>this\s+past|this\s+coming|the\s+previous|the\s+preceding|the\s+following|the\s+next|last|next|this|that|each|every)\s+)?(?P<month>{MONTH})"),
    _rule(
        "season",
        rf"(?:(?P<det>the)\s+)?(?:(?P<part>{PART}))?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that|past|coming|the\s+following|the\s+previous|the\s+same)\s+)?"
        rf"(?P<season>{SEASON})(?:(?:\s+of)?\s+(?:(?P<y>{YEAR})(?:[-–/](?:\d\d){{1,2}})?(?!\s*(?:bce?|b\.c\.))|(?P<words>{YEAR_WORDS})|(?P<bc>\d{{1,4}})(?:[-–/]\d{{1,4}})?\s+(?:bce|bc|b\.c\.e\.|b\.c\.)"
        r"|(?P<yrel>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year))?",
    ),
    # "the past three summers", "the last two winters": several seasons, a SET of that season (TimeML).
    _rule(
        "season_count",
        rf"(?:the\s+)?(?:past|last|previous|next|coming)\s+(?P<num>{NUMBER}|few|several)\s+(?P<season>summers|winters|springs|autumns|falls)",
    ),
    # "Two winters ago she was in eastern Ukraine": that many such seasons back from the last one over.
    _rule("season_ago", rf"(?P<num>{NUMBER})\s+(?P<season>winters|summers|springs|autumns|falls)\s+ago"),
    _rule(
        "weekday",
        rf"(?:(?P<part>early|late|earlier|later)(?:\s+on)?\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|that|every|each)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:\s+(?P<daypart>morning|afternoon|evening|night|overnight)(?P<plural_part>s)?)?"
        rf"(?:(?<=night)\s+into\s+(?P<into>{WEEKDAY}))?",  # "Friday night into Saturday": that one night
    ),
    _rule(
        "clock",
        rf"(?:(?P<approx>about|around|approximately|roughly|nearly|almost|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)|(?P<named>noon|midnight|midday)"
        rf"|(?P<h24>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s*(?:hours|hrs|{TIME_ZONE})\b))(?P<m24>[0-5]\d)(?:\s*(?:hours|hrs)\b)?"  # "02.00 hrs", "22.48 GMT"
        rf"|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?:\s*(?:hours|hrs|gmt|utc|zulu|local\s+time)|(?=\s+(?:{_MIL_ZONE})\b)))"
        rf"(?:\s+(?P<tz>{TIME_ZONE}|(?:[a-z]+\s+)?local\s+time|(?P<city>[^\W\d_]+)\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?:{_PART_OF}(?=(?:{WEEKDAY},?\s+)?(?:{MONTH}|{DAY_NUMBER}\s)))?"  # "4 a.m. on the morning of 24 February"
        rf"(?:(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})|(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d_first>{DAY_NUMBER})\s+(?:of\s+)?(?P<month_after>{MONTH})"
        rf"|(?P<day>{WEEKDAY}|{DAY_WORD}|last\s+night)(?:\s+(?:morning|afternoon|evening|night))?|(?P<day_rel>last|next|this)\s+(?P<rel_wd>{WEEKDAY})"
        rf"|(?P<feast>{_FEAST_DAY})"
        rf"|(?<=on\s)the\s+(?P<nth>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:of\s+)?{MONTH})"
        rf"|(?<=on\s)(?P<nd>[0-3]?\d)(?P<nsep>[./])(?P<nm>[01]?\d)(?P=nsep)(?P<ny>\d{{4}})\b))?(?:,?\s+(?P<y>{YEAR}))?"
        rf"(?:\s+(?P<dp_rel>{_DAY_PART_RELATIVE})\s+(?:morning|afternoon|evening|night|day))?",  # "9.28 p.m. that evening", "3 p.m. the following day"
    ),
    # "Last updated: May 10, 2025, 23:58 IST", "27.02.2019, 22:40 IST", a chronology's "1 August, about 7 p.m.",
    # "on Oct. 14 at 4 p.m.": a date, then its clock ("30 April, at 4:58 a.m." stays two expressions, as annotators
    # write it).
    _rule(
        "date_clock",
        rf"(?:{WEEKDAY},?\s+)?(?:(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,\s+(?P<y>{YEAR}),?\s+(?:at\s+)?|\s+at\s+(?=\d))"
        rf"|(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})(?:\s+(?P<yf>{YEAR}))?(?(yf),\s+|(?:,\s+|\s+at\s+(?=\d)))"
        rf"|(?P<nd>[0-3]?\d)(?P<nsep>[./-])(?P<nm>[01]?\d)(?P=nsep)(?P<ny>\d{{4}}),?\s+|(?P<iy>\d{{4}})-(?P<im>[01]\d)-(?P<id>[0-3]\d),?\s+)"
        rf"(?:(?P<approx>about|around)\s+)?"
        rf"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s*(?:hours|hrs)\b)?"
        r"|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?=\.(?:\s|$)))"  # a chronology's heading "Sunday, 6 May, 1800."
        rf"(?:\s+(?P<tz>{TIME_ZONE}|local\s+time|(?P<city>[^\W\d_]+)\s+time))?",
    ),
    # A history's battle clock with a dot and no a.m. or p.m.: "By 7.15 she had closed", "At 8.40 they charged";
    # news's only with its zone: "at around 11.30 local time".
    _rule(
        "dot_clock",
        rf"{_CLOCK_PREPOSITION_BEFORE}(?P<h24>[01]?\d|2[0-3])\.(?P<m24>[0-5]\d)(?P<zone>\s+(?:local\s+time|{TIME_ZONE}\b))?"
        r"(?!\s*(?:%|per|percent|million|billion|bn|m\b|points?|pounds|dollars|euros|yen|cents|metres|meters|km|kilometres"
        r"|miles|kg|tons|tonnes|seconds|minutes|hours|francs|marks|roubles|rubles|lire|shillings|pence|rupees|dinars"
        r"|shares?|a\s+share|a\s+barrel|an?\s+ounce))"
        # "At 10.48 on the morning of Sunday, 14 November": the clock on that date
        rf"(?:\s+on\s+(?:{_PART_OF})?(?:{WEEKDAY},?\s+)?(?:(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})|(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?|(?:(?<=00)|(?<=00\.\d\d))\s+on\s+(?P<day>{WEEKDAY})\b)?",  # "ends at 00.00 on Monday" (not "closed at 12.30")
    ),
    # A military clock with no "hours": "H-hour is 0840", "H-hour was to be 0100 ... and 0400 off Morocco", "is set for
    # 0730", "At about 0330 some 40 tanks attack" (a leading zero is never a year); "At 1615 Turner declares the island
    # secure" only in a history told by the day, as is a chronology's entry opening a paragraph or after its day ("0800.
    # The great mine is fired.", "About 1600. The citadel surrenders.", "Saturday, 30 January. 0000. Dewey Canyon II
    # begins.").
    _rule("mil_clock", r"(?:(?<=\bat\s)|(?P<entry>(?<=\n)|(?<=[a-z\d]\.\s))"
                       r"|(?P<lead>(?<=\bis\s)|(?<=\bwas\s)|(?<=until\s)|(?<=\bby\s)|(?<=from\s)|(?<=\bto\s)|(?<=since\s)|(?<=\bbe\s)|(?<=\bfor\s)|(?<=\band\s)"
                       r"|(?<=,\s)(?=(?:shortly|just)\s+(?:before|after)\s)"  # "48 hours later, shortly after 0900, two longboats"
                       r"|(?<=between\s)|(?<=[a-z\d]\.\s))"
                       # "By 1400 the forts have fallen": a clock or a year, as the story's day says
                       r"|(?P<lead_by>(?<=until\s)|(?<=\bby\s))(?=[12]\d{3}\s+(?:the|a|an|he|she|it|they|we|his|her|its|their|all|both|most)\b)"
                       r"|(?P<between>(?<=between\s))(?=[012]\d[0-5]\d\s+and\s+[012]\d[0-5]\d\s*(?:hours|hrs)\b))"  # "Between 1400 and 1630 hours"
                       r"(?:(?P<approx>about|around|approximately|(?:shortly|just)\s+(?:before|after))\s+)?"
                       r"(?(lead)(?=0)|(?=[01]\d[0-5]\d\b|2[0-3][0-5]\d\b))"
                       r"(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)(?(entry)(?=\.(?:\s|$)))(?![\d%]|\s*(?:hours|hrs|gmt|utc|zulu|local)\b)"
                       # "by 0400 on 5 July": the clock on that day
                       rf"(?:\s+on\s+(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}))(?:,?\s+(?P<y>{YEAR}))?)?"),
    # A live report's stamp opening a line: "18:25 On Saturday, the envoy said ..." (the clock alone).
    _rule("line_clock", rf"(?<=\n)(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s+(?P<tz>{TIME_ZONE}))?"),
    # "from Sunday midnight", "Friday noon": the day before its hour.
    _rule("day_clock", rf"(?P<day>{WEEKDAY}|tonight|today|tomorrow)\s+(?P<named>midnight|noon|midday)"),
    # "11 o'clock", "half past eleven", "a quarter to six in the morning": clock times in words.
    _rule(
        "clock_words",
        # "Thursday night at 11 o'clock": the day and its part first, one expression as annotators write it.
        rf"(?:(?P<pre_day>{WEEKDAY})\s+(?P<pre_dp>morning|afternoon|evening|night)\s+at\s+)?"
        r"(?:(?P<approx>about|around|nearly|almost|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?:(?P<oc>1[0-2]|0?[1-9]|{HOUR_WORD})\s+o['’]clock|(?P<frac>half|(?:a\s+)?quarter)\s+(?P<side>past|after|to)\s+(?P<fh>1[0-2]|0?[1-9]|{HOUR_WORD})"
        # "four in the afternoon", "2.30 the next morning": the part of the day says a.m. or p.m.
        rf"|(?:{_CLOCK_PREPOSITION_BEFORE}|(?<=till\s)|(?<=from\s)|(?<=nearly\s)|(?<=almost\s)|(?<=exactly,\s)|(?<=exactly\s))(?P<bare>1[0-2]|0?[1-9]|{HOUR_WORD})(?:[.:](?P<bare_m>[0-5]\d))?"
        rf"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|(?:{_DAY_PART_RELATIVE})\s+(?:morning|afternoon|evening|night))\b"
        r"(?!\s+(?:session|edition|paper|news|show|shift|service|prayer|trading|rush|sun|light|mist))))"
        r"(?:\s+(?P<half_day>in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
        rf"|(?P<dp_rel>{_DAY_PART_RELATIVE})\s+(?P<dp>morning|afternoon|evening|night)))?"
        rf"(?(half_day)(?:\s+on\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})|(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH}))"
        rf"(?:,?\s+(?P<y>{YEAR}))?)?"  # "three in the morning on 11 December"
        # "11 o'clock on Thursday night", "ten o'clock that Monday morning": its day and the part of it.
        rf"|(?:(?:(?<=o'clock)|(?<=o’clock))\s+(?:on\s+)?(?:(?P<on_rel>that|last|next)\s+)?(?P<on_day>{WEEKDAY}|{DAY_WORD})"
        r"(?:\s+(?P<on_dp>morning|afternoon|evening|night))?(?!,?\s+(?:the\s+)?\d)"
        # "eight o'clock on the morning of Monday, 8 December 1941": the clock on that date
        rf"|(?:(?<=o'clock)|(?<=o’clock))\s+on\s+(?:{_PART_OF})?(?:{WEEKDAY},?\s+)?"
        rf"(?:(?P<on_month>{MONTH})\s+(?P<on_d>{DAY_NUMBER})|(?P<on_d_first>{DAY_NUMBER})\s+(?P<on_month_after>{MONTH}))"
        rf"(?:,?\s+(?P<on_y>{YEAR}))?)?)",
    ),
    # "between 2 and 4 a.m.", "from 9 to 11 p.m.": the first hour takes the second's a.m. or p.m.
    _rule("clock_from", r"(?:(?<=between\s)|(?<=from\s))(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?"
                        r"(?=\s*(?:and|to|-|–)\s*\d{1,2}(?::[0-5]\d)?\s*(?P<ampm>[ap])\.?\s?m\b)"),
    # "midweek", "mid-month", "midyear": the middle of the publication's week, month or year.
    _rule("mid_unit", r"mid-?(?P<unit>week|month|year)"),
    _rule(
        "day_word",
        rf"(?:(?P<part>early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|{DAY_WORD})"
        r"(?:\s+(?P<daypart>morning|afternoon|evening|night))?",
    ),
    _rule(
        "day_part",
        r"(?:(?P<part>early|late|earlier|later)(?:\s+in)?\s+)?(?P<rel>this|that|last|the|tomorrow|yesterday|the\s+next|the\s+following|the\s+previous|(?:the|that)\s+same|each|every)\s+(?:(?P<inner>early|late)\s+)?(?P<daypart>morning|afternoon|evening|night)",
    ),
    # "by evening the camp was taken", "By early afternoon": a part of the day the text is on; a chronology's
    # entry opening a line, "Late morning Hitler is told of the landings", or standing alone, "Thursday, 2 July.
    # Morning.", or heading a line's entry, "Evening Cave delivers an ultimatum", as well.
    _rule(
        "bare_day_part",
        r"(?:(?:(?<=\bby\s)|(?<=\bBy\s)|(?<=\buntil\s)|(?<=\btoward\s)|(?<=\btowards\s)|(?<=\bsince\s)|(?<=\bbefore\s))(?:(?P<part>early|late|mid-?)\s*)?"
        r"|(?:(?<=\bin\s)|(?<=\bat\s)|(?<=from\s))(?P<mid>mid-?)\s*(?!night)"  # "passes under the bridge in mid-morning", "At mid-morning"
        r"|(?:(?<=\n)|(?<=\n\s)|^)(?P<label>early|late|mid-?)\s*"
        r"|(?P<alone>(?:(?<=\n)|(?<=[.!?]\s))(?=(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\.))(?:(?P<alone_part>early|late)\s+)?"
        r"|(?P<heading>(?:(?<=\n)|^)(?=(?:morning|afternoon|evening)\s+(?:[a-z]|[–—-]\s))))(?P<daypart>morning|afternoon|evening|night)\b"
        r"(?!\s+(?:tea|coffee|prayers?|star|sickness|edition|paper|news|show|shift|session)\b)",  # "followed by morning tea"
    ),
    _rule(
        "week_of",
        rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)?\s*week\s+(?:of|ending|ended|to)\s+(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})(?:\s+(?P<d>{DAY_NUMBER}))?)(?:,?\s+(?P<y>{YEAR}))?"
        # "in the week to 27/02/2011", "in the third week of the month" (the month the story is in)
        r"|(?:the\s+)?week\s+(?:ending|ended|to)\s+(?P<nd>[0-3]?\d)/(?P<nm>[01]?\d)/(?P<ny>\d{4})\b"
        r"|(?:the\s+)?(?P<ord_this>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<this_month>the|that)\s+month\b",
    ),
    _rule(
        "part_of_date",
        rf"(?:(?:the\s+)?(?:(?P<part>early|late)\s+(?=morning|afternoon|evening|night))?(?P<daypart>morning|afternoon|evening|night|(?:early|small|wee|pre-?dawn)\s+hours)\s+of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?"
        rf"|{WEEKDAY}\s+(?P<wd_part>morning|afternoon|evening|night),\s+"  # "Sunday morning, 12 November"
        rf"|(?P<wd_first>{WEEKDAY},\s+|(?<=\n)))"  # a chronology's heading "Friday, 6 January 1826, evening.", "16 March, morning."
        rf"(?:(?P<d_first>{DAY_NUMBER})(?:{_NIGHT_TO}{DAY_NUMBER})?\s+(?P<month_after>{MONTH})(?:{_NIGHT_TO}{DAY_NUMBER}\s+{MONTH})?"
        rf"|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:{_NIGHT_TO}(?:{MONTH}\s+)?{DAY_NUMBER})?)(?:,?\s+(?P<y>{YEAR}))?"
        r"(?(wd_first),\s+(?P<part_after>morning|afternoon|evening|night)(?=\.(?:\s|$)))",
    ),
    _rule(
        "part_of_named_day",
        rf"(?:the\s+)?(?:(?P<part>early|late)\s+(?=morning|afternoon|evening|night))?(?P<daypart>morning|afternoon|evening|night|(?:early|small|wee|pre-?dawn)\s+hours)\s+of\s+(?P<day>{WEEKDAY}|{DAY_WORD}|the\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?!\s+(?:of\s+)?{MONTH})"
        # "the evening of the next day", "the afternoon of the third day"
        rf"|the\s+(?P<day_rel>next|following|previous|same)\s+day|the\s+(?P<nth>{ORDINAL})\s+day(?!\s+of\b)"
        r"|the\s+(?P<event>battle|attack|assault|landings?|raid|storming|surrender)\b)",  # "The morning of the battle was hot"
    ),
    _rule("overnight", rf"(?P<word>overnight|first\s+light|(?<=at\s)daylight|(?<=by\s)daylight|(?<=before\s)daylight|(?<=until\s)daylight|the\s+(?:early|small|wee)\s+hours|mid[-\s]?afternoon|midday|dawn|daybreak|sunrise|sunup|dusk|sunset|sundown|nightfall)(?:\s+(?:on\s+)?(?:(?:{WEEKDAY},?\s+)?(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}))(?:,?\s+(?P<y>{YEAR}))?"
        rf"|(?P<day>{DAY_WORD}|{WEEKDAY})(?:(?<=[a-z])\s+into\s+(?P<into>{WEEKDAY}))?|(?P<feast>{_FEAST_DAY})|the\s+(?P<nth>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
        r"(?!\s+(?:\w+\s+){0,2}(?:infantry|division|regiment|battalion|brigade|army|corps|company|squadron|platoon|foot|hussars)\b))"
        rf"|\s+(?P<relday>{_DAY_PART_RELATIVE}|the\s+previous)\s+day|(?<=light)\s+(?P<this>this)\s+morning"
        rf"|(?:(?<=light)|(?<=dawn)|(?<=daybreak))\s+(?P<relmorning>{_DAY_PART_RELATIVE})\s+morning)?"),  # "dawn on 4 July", "dusk on Thursday", "dawn the next day", "first light this (the next) morning"
    _rule(
        "relative_unit",
        rf"(?:(?P<part>{PART}))?(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+preceding|the\s+following|the\s+same|that\s+same|the\s+current|the\s+latest|the\s+prior|the\s+very\s+same|the\s+whole|the\s+entire|the\s+full|the\s+new(?=\s+year\b(?!['’]))|this|last|next|past|coming|previous|following|current|that|the)"
        rf"\s+(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>day|week|weekend|month|quarter|year|decade|century|period)",
    ),
    _rule("year_to_date", r"year[-\s]to[-\s]date"),  # "up about 40% year to date": this year so far
    _rule(
        "unit_relative_year",
        rf"(?P<unit>{MONTH}|{SEASON}|the\s+(?:first|second|third|fourth)\s+quarter)\s+(?P<rel>this|last|next)\s+year",
    ),
    _rule(
        "year",
        rf"(?:(?P<part>{PART}))?(?:(?P<det>the)\s+(?={YEAR}(?:[-–/]\d\d)?\s+(?:period|fiscal\s+year|financial\s+year|season|quarter)))?(?:(?P<fiscal>fiscal(?:\s+year)?|fy|calendar(?:\s+year)?|the\s+year|the\s+fiscal\s+year|post|pre)[\s-]*)?(?P<y>{YEAR})"
        # "the 2024-25 fiscal year", "fiscal 2024-25": a fiscal year across two calendar years; "the 2023-24 season"
        r"(?:[-–/](?P<y_end>\d\d)(?![\d-])(?(fiscal)|(?=\s+(?:(?:fiscal|financial)\s+year|season)\b)))?(?:\s+(?P<period>period|(?:fiscal|financial)\s+year|season))?",
    ),
    # "AD 73", "70 CE", "the 5th century BC" aside: years of any size with their era; "c. 1200" is about 1200.
    # "January 49 BC", "2 September 31 BC", "early 32 BC"; "58-50 BC", "51 and 50 BC": the first year of a span
    # BC has its era after the second.
    _rule("era_year", rf"(?:(?:(?P<month1>{MONTH})\s+|(?:the\s+)?(?P<season>{SEASON})\s+of\s+)?(?P<ad>ad|a\.d\.)\s+(?P<y1>\d{{1,4}})"
                      rf"|(?:(?P<part>{PART}))?(?:(?P<approx>about|around|c\.|ca\.|circa)\s*)?(?:(?:(?P<d>{DAY_NUMBER})\s+|{_ROMAN_DAY}\s+of\s+)?(?P<month>{MONTH}),?\s+)?(?P<y2>\d{{1,4}})\s+(?P<era>ad|a\.d\.|ce|c\.e\.|bc|b\.c\.|bce|b\.c\.e\.)"
                      r"|(?P<y3>\d{1,4})(?=(?:\s*(?:[-–,]|,?\s*and|or|to)\s*\d{1,4})+\s+(?P<era3>bc|b\.c\.|bce|b\.c\.e\.)(?![a-z])))(?![a-z])"),
    # "the Ides of March": a day the Roman calendar names (the year is the story's).
    _rule("roman_day", rf"{_ROMAN_DAY}\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    # A history's years under 1000 written bare: "9 June 721", "October 732", "in 711", "By 721", "the 720s",
    # "AD 73 or 74"; two digits ("In 66", "September 70") only in a story already in the first centuries.
    # Plausibility lets only a word that cannot be counted follow; only narrative mode resolves them.
    _rule(
        "early_year",
        rf"(?:(?:(?P<d>{DAY_NUMBER})\s+(?:of\s+)?)?(?P<month>{MONTH})(?:\s+(?P<d2>{DAY_NUMBER}),)?\s+"
        rf"|(?:the\s+)?(?P<season>{SEASON})\s+of\s+"
        rf"|(?=[1-9]){_EARLY_YEAR_PREPOSITION_BEFORE}|(?P<det>the)\s+(?:(?P<part>early|mid|late)[\s-]+)?(?=[1-9]\d0s\b)"
        r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=until\s)|(?<=since\s))(?P<early>early|mid|late)[\s-]+(?=[1-9]\d\d\b)"
        r"|(?P<early_in>early|late)\s+in\s+(?=[1-9]\d\d\b))"  # "Early in 507 Clovis told his followers"
        r"(?P<y>[1-9]\d\d?)(?P<decade>(?<=0)s)?(?(season)(?:[-–/][1-9]\d\d)?)"  # "the winter of 507–508"
        r"(?![\d%]|[.,:/]\d|['’]s|\s*(?:bce?|b\.c\.|ad|a\.d\.|ce|c\.e\.)(?![a-z]))",
    ),
    # "the last day of 1520", "the first day of March 1917", "the last day of the year": a day at one end of a month or
    # a year.
    _rule(
        "edge_day",
        rf"(?:the\s+)?(?P<edge>first|last|final)\s+day\s+of\s+(?:(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR}))?|(?P<year>{YEAR})"
        r"|(?P<det>the|that|this)\s+(?P<unit>year|month))",
    ),
    _rule("circa_year", rf"(?:c\.|ca\.|circa|(?P<approx>about|around|approximately|roughly)(?=\s+(?:{YEAR}|\d{{3}}\b)))\s*(?P<y>{YEAR}|\d{{3}})"
                        r"(?!\s*(?:bce?|b\.c\.|ad|a\.d\.|ce|c\.e\.)(?![a-z]))"),  # "about 1259 BC" is era_year's
    _rule(
        "year_words",
        rf"(?:the\s+year\s+)?(?P<words>{YEAR_WORDS})",
    ),
    _rule(
        "decade",
        rf"(?:(?P<det>the)\s+)?(?:(?P<part>{PART}))?(?:(?P<digits>(?:1[0-9]|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s|(?P<word>{alternation(DECADE_WORDS)})"
        r"|(?P<bc>\d{1,3}0)s\s+(?:bce|bc|b\.c\.e\.|b\.c\.))",  # "the 360s BC"
    ),
    _rule(
        "century",
        rf"(?:(?P<det>the|this|last|the\s+last|the\s+past|the\s+next|next)\s+)?(?:(?P<part>{PART}))?(?:(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+)?(?P<unit>century)(?(ord)(?:(?P<era>\s+(?:bce|bc|b\.c\.e\.|b\.c\.))|\s+(?:ad|a\.d\.|ce|c\.e\.)(?![a-z]))?)",
    ),
    # "the July-September quarter": a calendar quarter named by its months.
    _rule(
        "month_quarter",
        rf"(?:(?P<det>the)\s+)?(?P<qm1>{MONTH})[-–](?P<qm2>{MONTH})\s+quarter(?:\s+of\s+(?:(?P<y2>{YEAR})|(?P<rel>this|last|next)\s+year))?",
    ),
    _rule(
        "quarter",
        rf"(?:(?P<det>the|this\s+year's|last\s+year's|next\s+year's|a|this|last|next)\s+)?(?:(?P<adj>year-ago|year-earlier|comparable|corresponding|same|latest|current|year\s+ago)\s+)?"
        rf"(?:(?P<y1>{YEAR})\s+)?(?:(?P<fiscal1>fiscal|calendar)[\s-]+)?(?P<q>{QUARTER_ORDINAL})[\s-]+(?:(?P<fiscal2>fiscal)[\s-]+)?quarter"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<rel>this|last|next)\s+year))?",
    ),
    _rule("quarter_code", rf"(?P<q>q[1-4]|[1-4]q)(?:\s+(?P<y>{YEAR}))?"),
    # "the first three months of this year", "the first six months of 2011": a quarter, a half of that year.
    _rule("months_of_year", rf"(?:the\s+)?(?P<edge>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
                            rf"(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year)\b"),
    # "Monday, 14 August (D-1)", "(D+2)": a day counted from an operation's D-Day.
    _rule("d_offset", r"(?<![\w-])d\s?(?P<sign>[+\-−–])\s?(?P<n>\d{1,2})(?![\d\w])"),
    _rule("half_code", rf"(?P<h>h[12])\s+(?P<y>{YEAR})|(?P<y2>{YEAR})\s+(?P<h2>h[12])"),
    # "Today is the eighth day of Desert Shield", "the war, now in its fifth month": the day (week,
    # month) of publication, counted in the life of something; told in the past it has no date.
    # "Algeria hostage siege drags into third day", "pound Selmar for second night", "This is day 12 of the war" too.
    _rule("nth_unit", rf"(?<=\s)(?:(?P<det>the|its|their)\s+|(?<=into\s)|(?<=for\s))(?P<ord>{ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<unit>day|week|month|night)"
                      rf"(?!\s+of\s+(?:the\s+)?(?:month|year|{MONTH}))|(?<=\bis\s)day\s+(?P<num>\d{{1,3}})(?=\s+of\b)"),
    # "fighting resumed on the 12th": a day of the month the story is in.
    # "Sunday the 14th", a diary's "Tues 24th": the weekday and its day of the month, one expression.
    _rule("weekday_day", rf"(?P<wd>{WEEKDAY}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)"
                           rf"(?!\s+(?:of\s+)?{MONTH})"),
    _rule("ordinal_day", r"(?:(?<=\bon\s)|(?<=\d[snrt][tdh]\sand\s)|(?<=\bwas\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\btill\s))the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:)(]|(?:and|when|as|they|he|she|it|we|the)\s(?!\w+'s\b)|local\s+time|$)|\s+[a-z])"),
    _rule(
        "half",
        rf"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:the\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|year|(?P<dec>['’]\d0s|{YEAR}s))"
        # "its first-half profit had risen": the half a company reports on
        r"|(?P<h_adj>first|second)-half(?=\s+(?:operating\s+|net\s+|pre-?tax\s+|gross\s+)?(?:profits?|earnings|results|sales|revenues?|net|loss(?:es)?|output|production)\b)",
    ),
    _rule(
        "period",
        r"(?:(?P<det>the|this|that)\s+)?(?:(?P<adj>latest|current|recent|same|comparable|corresponding|previous|prior|year-ago|year-earlier|year\s+ago|(?P<y>(?:19|20)\d\d))\s+)+(?P<unit>quarter|period)"
        r"(?:\s+(?P<tail>a\s+year\s+(?:ago|earlier)|last\s+year|of\s+(?:19|20)\d\d))?",
    ),
    _rule("period_ago", r"(?P<det>the|that)\s+(?P<unit>quarter|period)\s+(?P<tail>a\s+year\s+(?:ago|earlier)|last\s+year)"),
    _rule("year_ago_adj", r"(?P<word>year-ago|year-earlier|year-end|year\s+end|year's\s+end|yearend|month['’]s\s+end)"),
    _rule(
        "ago",
        rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE}|(?:a|three)[\s-]quarters?\s+of\s+an)\s+(?P<unit>{UNIT_ANY})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after)(?:\s+that(?![-\w])|(?=\s*[,.;:!?)]|\s*$))|on(?=\s*[,;]))"
        r"(?:(?<=ago)\s+(?P<today>today|tonight|tomorrow|yesterday|this\s+week|this\s+month))?",
    ),
    # "the day after his death", "Oct. 12, the day before the stock market plunge": a day told by an event.
    _rule(
        "day_of_event",
        r"(?P<det>the)\s+(?P<unit>day|night)(?=\s+(?P<dir>after|before|following)\s+(?:the|his|her|its|their)\s+"
        r"(?!(?:day|night|morning|evening|week|month|year|next|following|previous|same|first|last)\b)[a-z])",
    ),
    # "after a weekend of revenge killings", "beat back a weekend assault": the weekend the news is about.
    _rule("a_weekend", r"(?<=\ba\s)weekend(?=\s+(?:of|attacks?|assaults?|raids?|strikes?|offensive|bombings?|shelling|"
          r"clashes|fighting|violence|rall(?:y|ies)|protests?|talks)\b)"),
    # "the week before last", "the year after next": two units back (ahead) from now.
    _rule("unit_before_last", r"the\s+(?P<unit>week|weekend|month|year)\s+(?P<side>before\s+last|after\s+next)"),
    _rule(
        "unit_before",
        r"(?P<det>the|that)\s+(?P<unit>day|week|weekend|month|year|night|morning|evening)\s+(?P<dir>earlier|later|(?:before|after)(?=\s*[,.;:!?)]|\s*$|\s+(?:to|and|but|in|at|with)\s))",
    ),
    _rule(
        "duration",
        rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the\s+(?:past|last|next|first|final|coming|previous|following|latest|initial|remaining|last\s+few|next\s+few|past\s+few|same|full)|the|past|last|next|first|another|an\s+additional|each\s+of\s+the\s+past|over\s+the\s+past|these|those|its|their)\s+)?"
        rf"(?P<num>{NUMBER_RANGE}|{VAGUE})(?:\s+(?:more|full|straight|consecutive|additional|trading|business|long|whole|calendar)|(?<!\ba)(?<!\ban)(?<!another)(?<!one)\s+{LENGTH_EPITHET})?[\s-]+(?P<unit>{UNIT_ANY})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?P<tail>(?:-|\s+)(?:old|long))?"
        r"(?(det)(?:(?<=s)\s+that\s+followed)?)",  # "in [the six years that followed]"
    ),
    # "3 years, 1 month and 2 days", "three years and seven months": one length in several units.
    _rule(
        "compound_duration",
        rf"(?P<parts>{LENGTH_NUMBER}\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
        rf"(?:(?:,\s*|\s+)(?:and\s+)?(?!an?\s){LENGTH_NUMBER}\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?))+)",
    ),
    # "the month-long siege", "their third day-long meeting": one unit's length, with no number.
    _rule("unit_long", r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century)[-\s]long(?![-\w])"),
    _rule(
        "vague_units",
        r"(?:(?P<det>recent|coming|the\s+coming|the\s+past|past|the\s+next|the\s+following|the\s+previous|the\s+first|the\s+final|the\s+remaining|the|the\s+early|the\s+last)\s+)?(?P<unit>years|decades|months|weeks|days|hours|centuries|minutes)(?P<tail>-long)?(?P<ahead>\s+ahead(?!\s+of\b))?"
        r"(?P<followed>(?<=s)\s+that\s+follow(?:ed)?\b)?",
    ),
    # "each year on 9 May", "every 11 November", "on 9 May each year": a day that comes back every year.
    _rule(
        "yearly_day",
        rf"(?P<lead>(?:every|each)\s+year\s+on\s+(?:the\s+)?|annually\s+on\s+(?:the\s+)?|every\s+|each\s+)?(?P<date>{DAY_NUMBER}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY_NUMBER})(?![-\w])"
        r"(?(lead)|(?P<tail>\s+(?:every|each)\s+year|\s+annually|\s+yearly))",
    ),
    _rule(
        "set",
        rf"(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUMBER}|few|several|couple\s+of)\s+)?(?P<unit>{UNIT_ANY}|{WEEKDAY}|{MONTH}|{SEASON}|morning|evening|night|afternoon|weekend)",
    ),
    # "For the next hour the battleships covered the withdrawal", "in the last half hour": a length.
    _rule("hour_span", r"the\s+(?:next|past|last|previous|following|first|final)\s+"
                       r"(?:(?P<half>half[\s-]+)hour\b|hour\b(?P<and_half>\s+and\s+a\s+half)?)"),  # "the next hour and a half"
    # "twice a day", "three times a week": a rate, the SET of its unit (the count is TimeML's freq).
    _rule(
        "frequency",
        rf"(?P<count>once|twice|thrice|(?:{NUMBER}|several|many|a\s+few)\s+times|(?:two|three|four|five|six|seven|[2-7])\s+(?:days|nights))"
        rf"\s+(?:a|an|per|every|each)\s+(?P<unit>{UNIT_SINGULAR})(?!\s+(?:ago|earlier|before)\b)",  # "work six days a week"
    ),
    # "for a while", "for some time", "for a long time": a length nobody measured (TimeML PXX).
    _rule("vague_length", r"(?P<word>(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while|some\s+time|a\s+(?:long|short)\s+time)(?P<ago>\s+ago)?"),
    # "on alternate days": every second day.
    _rule("alternate", r"alternate\s+(?P<unit>days|weeks|months|years|nights|weekends)"),
    # "the past fortnight", "a quarter of a century", "half a century": lengths without a number.
    _rule("fortnight", r"(?:the\s+)?(?:past|last|next|coming|previous|following)\s+fortnight"),
    # "shelled all day", "walked all night": the whole day (a length), the whole night (that night)
    _rule("all_day", r"(?<=[a-z]\s)all\s+(?P<unit>day|night)(?:\s+long)?(?![\s-]+(?:and\s+(?:all\s+)?(?:night|day)|or|long|[a-z]+ing)\b)"),
    _rule("fraction_length", r"(?:(?P<three>three)[-\s]|a\s+)?(?P<frac>quarters?|half)\s+(?:of\s+)?an?\s+(?P<unit>century|decade|year|day|hour)"),
    # "FY24", "FY2024": a fiscal year as its year (as "fiscal 1988" is).
    _rule("fiscal_code", r"fy\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d/-])"),
    # "daily", "twice daily": a recurrence (the count within it is not valued).
    _rule("set_adverb", r"(?:(?P<count>once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+)?(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|fortnightly|semiannually|semi-annually|bimonthly)"),
    _rule("again", r"(?P<again>day|night|week|month|year)\s+after\s+(?P=again)"),  # "night after night"
    _rule("holiday", rf"(?:(?P<rel>last|next|this|that|every|each)\s+)?(?P<name>{alternation([h for h in HOLIDAYS])})"
                     rf"(?:,\s+(?:(?P<hd>{DAY_NUMBER})\s+(?P<hmonth>{MONTH})|(?P<hmonth2>{MONTH})\s+(?P<hd2>{DAY_NUMBER}))(?:,?\s+(?P<hy>{YEAR}))?"  # "Easter Sunday, 23 April" ("March 27"): one expression
                     r"(?:,\s+(?P<hmil>[01]\d|2[0-3])(?P<hmilm>[0-5]\d)(?=\.(?:\s|$)))?"  # a chronology's "Easter Sunday, 1 April, 0600."
                     r"|\s+(?P<hpart>morning|afternoon|evening|night)\b"  # "On Christmas morning"
                     rf"|(?:\s+(?P<week>week|weekend))?(?:\s+(?:of\s+)?(?P<y>{YEAR}|[1-9]\d\d(?=\s*[,;.)]|\s+(?:but|and|or|when|at|in)\b)))?)"),  # "Christmas Day 496"
    _rule(
        "deictic",
        r"(?P<word>right\s+now|just\s+now|now|currently|(?<!most\s)recently|lately|more\s+recently|(?<=at\s)this\s+moment|nowadays|these\s+days|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future"
        r"|the\s+(?:recent\s+|distant\s+)?past|the\s+present|present\s+day|(?<=\d[-–])present|(?<=\d\s[-–]\s)present|current|recent|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|soon|a\s+later\s+date)",
    ),
]


# Paragraphs, and sentences that end in a real word (not "Sept." or "p.m.").
# (Written to start with a character class, which the regex engine scans for quickly.)
_SEGMENT_BREAK = re.compile(r"\n|[.!?](?<=[a-z]{4}[.!?])\s+(?=[A-Z])")


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def segments(text: str):
    start = 0
    for match in _SEGMENT_BREAK.finditer(text):
        end = match.start() + (text[match.start()] != "\n")  # a sentence keeps its full stop
        if end > start:
            yield start, end
        start = match.end()
    if start < len(text):
        yield start, len(text)


_VERB_LAST_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|cannot|should|must|to|not|did|does|do|n't|'ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_SAID_BEFORE = re.compile(r"\b(?:said|says|say|announced|added|stated|claimed|reported|confirmed|denied|insisted|warned"
                         r"|believed?|thinks?|thought|knew|knows?|noted)(?:\s+on\s+\w+)?\s+$", re.IGNORECASE)


# "lasted over a week", "for over a decade": more than; elsewhere "over three years" is "during".
_OVER_AS_MORE_THAN = re.compile(
    r"\b(?:last|lasts|lasted|lasting|take|takes|took|taken|taking|for|in|of|after|within|than|spent|spend|spends"
    r"|wait|waited|served|serve|is|was|are|were|be|been|being|and|or|just|well|little|bit|slightly)\s+$", re.IGNORECASE)


def _trimmed_start(rule: str, match: re.Match) -> int:
    """TimeML leaves out words that belong to the noun phrase, not the time: "the [16-hour] talks",
    "over [the first nine months]"."""
    if rule == "quarter" and match.group("det") and re.search(r"-\s*(?:fiscal[\s-]+)?quarter$", match.group(0)):
        rest = match.string[match.end("det"):match.end()]
        return match.end("det") + len(rest) - len(rest.lstrip())  # "a [third-quarter] loss"
    if rule == "and_day":
        return match.start("d")
    if rule == "weekday" and (match.group("rel") or "") == "that" and (
            _SAID_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) or match.string.startswith("'s", match.end())):
        return match.start("wd")  # "said on Wednesday that [Tuesday]'s strike": "that" joins the clause
    if rule == "day_month" and match.group(0).startswith("the ") and not re.search(r"\d(?:st|nd|rd|th)\b|\sof\s", match.group(0)):
        return match.start("d")  # "in the [11 April] presidential election": the article is the election's
    if rule == "vague_units" and (match.group("det") or "").lower() == "the" and not (match.group("followed") or match.group("ahead")):
        return match.start("unit")  # "in [the years] since": TimeML's "years"; but "[the years that followed]", "[the weeks ahead]"
    if rule != "duration":
        return match.start()
    if (match.group("det") or "").lower() == "last" and _VERB_LAST_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.start("num")  # "the trial could [last] [several months]": "last" is the verb
    if (match.group("tail") or "").strip(" -").lower() in ("long", "old") and match.group("num").lower() in ("a", "an"):
        return match.start("unit")  # "a [week-long] truce"
    if match.group("det") and match.group(0)[match.end("num") - match.start():match.start("unit") - match.start()].strip() == "-" and (
            match.group("num").lower() != "half"):  # "over [the next half-century]" is a length of its own
        return match.start("num")
    if match.group("det") and (match.group("approx") or "").lower() in ("over", "under") and match.group("det").startswith("the"):
        return match.start("det")
    if (match.group("approx") or "").lower() == "over" and not _OVER_AS_MORE_THAN.search(match.string, max(0, match.start() - 20), match.start()):
        return match.start("det") if match.group("det") else match.start("num")  # "used [over] three years": during
    return match.start()


def _trimmed_end(rule: str, match: re.Match, end: int) -> int:
    """ "[Eighty years] on, the veterans remember": the length, without "on"; "[A century on], the battle was
    commemorated" is a date, and keeps it."""
    if rule == "ago" and match.group("dir") == "on" and match.group("num") not in ("a", "an", "one"):
        return match.end("half") if match.group("half") else match.end("unit")
    return end


_WITHOUT_AN_OPERATION = frozenset({"d_offset"})
# Rules only a history (no publication date) resolves; a dated text skips them.
NARRATIVE_ONLY = frozenset({"early_year"})


@functools.lru_cache(maxsize=4096)
def _rules_to_run(present: frozenset[str] | None, skip: frozenset[str]) -> tuple[tuple[int, str, re.Pattern], ...]:
    """The rules (with their priority) a segment with these trigger groups runs; None runs them all.
    Segments share few distinct trigger sets, so the choice is made once per set."""
    return tuple((priority, name, regex) for priority, (name, regex) in enumerate(RULES) if name not in skip and (
        present is None or RULE_TRIGGERS[name] & present and RULE_ALSO_NEEDS.get(name, present) & present))


def find_candidates(text: str, every_rule: bool = False, skip: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every rule's matches, reduced to the longest non-overlapping ones, in text order.

    every_rule runs each rule on each segment, whatever its words: what the triggers must agree with;
    `skip` names rules not to run.
    """
    lowered = lower_same_length(text)
    if "d-day" not in lowered:
        skip = skip | _WITHOUT_AN_OPERATION  # "D+1" counts from a D-Day the text names
    found = []
    for seg_start, seg_end in segments(text):
        present = triggers(lowered, seg_start, seg_end)
        if not present and not every_rule:
            continue
        for priority, name, regex in _rules_to_run(None if every_rule else frozenset(present), skip):
            for match in regex.finditer(lowered, seg_start, seg_end):
                end = match.end()
                if match.group("city") if "city" in regex.groupindex else None:
                    if not text[match.start("city")].isupper():
                        end = match.start("tz") - 1  # "2 p.m. that time" has no time zone
                end = _trimmed_end(name, match, end)
                if end <= match.start():
                    continue
                candidate = Candidate(_trimmed_start(name, match), end, name, match)
                if plausible(candidate, text):
                    found.append((candidate.start, end, priority, name, candidate))
    # Longest first; taken extents never overlap, so only the neighbour to the left can clash.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for start, end, _, name, candidate in found:
        index = bisect.bisect_left(starts, end)
        if index > 0 and ends[index - 1] > start:
            continue
        starts.insert(index, start)
        ends.insert(index, end)
        chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return chosen

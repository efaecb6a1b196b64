"""Finding the extents of temporal expressions.

Each rule is one precompiled regex with named groups; `find_candidates` runs them all and keeps the
longest non-overlapping matches. Extents follow TimeML: determiners and modifiers ("the", "late",
"about") belong to the expression, a leading preposition ("on", "in", "for") does not.
"""

import bisect
import re
from dataclasses import dataclass

from .lexicon import (
    DAY_PARTS, DECADE_WORDS, ENGLISH_MONTHS, FULL_WEEKDAYS, HOLIDAYS, MONTHS, ORDINALS, SEASONS, TENS, TIME_ZONES,
    UNITS_WORDS, alternation,
)

MONTH = alternation(MONTHS, period_optional=True)
WEEKDAY = alternation(FULL_WEEKDAYS)
SEASON = alternation(SEASONS)
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
YEAR_WORDS = (
    r"(?:(?:eighteen|nineteen|twenty)\s+(?:hundred|oh\s+\w+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s]\w+)?))?)"
)
ORDINAL = alternation([w for w in ORDINALS if w != "last"])
QUARTER_ORDINAL = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"

_UNIT_WORD = alternation(UNITS_WORDS)
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
NUMBER = (
    rf"(?:(?:{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD}|a|one)\s+(?:hundred|thousand)"  # "two thousand"
    rf"|(?:\d+(?:[.,]\d+)?|{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD})\s+and\s+a\s+half"  # "two and a half"
    r"|\d+(?:[.,]\d+)?(?:\s+1/2)?|\d+\s*1/2"
    rf"|{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD}"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|half\s+a|a\s+half|an|a"
    r"|hundreds\s+of|dozens\s+of)"
)
NUMBER_RANGE = rf"{NUMBER}(?:(?:-to-|\s*(?:to|-|–|or)\s*){NUMBER})?"
VAGUE = r"(?:several|a\s+few|few|many|some|a\s+number\s+of|numerous|the\s+last\s+few|countless)"

UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_PLURAL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|millennia)"
UNIT_ANY = rf"(?:{UNIT_PLURAL}|{UNIT_SINGULAR})"

APPROX = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|more\s+than|less\s+than|fewer\s+than"
    r"|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|well\s+over|just\s+over|just\s+under)"
)
# Focus particles ("only five hours", "just a decade ago", "barely a month") stay outside the
# extent: TIMEX3 has no mod for them, and TimeML annotates the measure alone.
# early/mid/late and the "end of" family put the expression's mod in START/MID/END.
PART = (
    r"(?:(?:earlier|later)\s+in\s+|(?:early|mid|late|earlier|later)(?:\s+|-)|mid|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn|dawn)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:first|last|final|closing|opening)\s+(?:few\s+)?(?:days|weeks|months)\s+of\s+(?:the\s+)?)"
)
TIME_ZONE = alternation(TIME_ZONES)
DAY_PART = alternation(DAY_PARTS)
DAY_WORD = r"(?:today|tonight|tomorrow|yesterday)"



_MONTH_AND_DAY = rf"(?:{MONTH})\s*\d"


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: str
    match: re.Match

    @property
    def groups(self) -> dict:
        return {k: v for k, v in self.match.groupdict().items() if v is not None}


def _rule(name: str, pattern: str):
    # Rules run on lower-cased text; not inside a word or a number ("2082.1" is an index level).
    # A hyphen between numbers is a range ("1941-1945"); after or before a letter it makes a word ("F-16").
    # "Sept. 27-Oct. 3" is two dates: a hyphen before a month and its day is a range, not a word.
    return name, re.compile(r"(?<![\w'’])(?<![^\W\d]-)(?<!\d[.,])(?:" + pattern + r")(?!\w|-(?!" + _MONTH_AND_DAY + r")[^\W\d]|[.,:/]\d)")


RULES = [
    _rule("iso_date", r"(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?"
                      r"|(?P<ys>\d{4})(?P<sep>[/.])(?P<ms>[01]?\d)(?P=sep)(?P<ds>[0-3]?\d)"),  # "2020/10/10"
    # "1992–95": the end of a span of years written with two digits.
    _rule("year_tail", r"(?<=(?P<century>\d\d)(?P<from>\d\d)[-–])(?P<yy>\d\d)(?![\d%-])"),
    _rule("numeric_date", r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})"),
    _rule(
        "month_day",
        rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<part>{PART}))?(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}|{ORDINAL})"
        rf"(?:\s*(?:-|–|to|through)\s*(?P<d2>{DAY_NUMBER}))?(?:,?\s+(?P<y>{YEAR}))?(?!\s*(?:%|percent|million|billion))",
    ),
    # "April 24 and 25": two days, two expressions (TimeML); the second borrows the first's month.
    _rule(
        "and_day",
        rf"(?P<month>{MONTH})\s+{DAY_NUMBER}\s+and\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?(?!\s*(?:%|percent|million|billion))",
    ),
    _rule(
        "day_month",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUMBER})(?:\s*(?:-|–|to|and)\s*(?P<d2>{DAY_NUMBER}))?"
        rf"\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
    ),
    _rule(
        "month_year",
        rf"(?:(?P<part>{PART}))?(?P<month>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{YEAR}|(?P<rel>this|last|next)\s+year|(?P<words>{YEAR_WORDS}))",
    ),
    _rule("month", rf"(?:(?P<part>{PART}))?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that|each|every)\s+)?(?P<month>{MONTH})"),
    _rule(
        "season",
        rf"(?:(?P<det>the)\s+)?(?:(?P<part>{PART}))?(?:(?P<rel>this\s+past|this\s+coming|last|next|this|that|past|coming|the\s+following|the\s+previous|the\s+same)\s+)?"
        rf"(?P<season>{SEASON})(?:(?:\s+of)?\s+(?:(?P<y>{YEAR})(?:[-–/](?:\d\d){{1,2}})?|(?P<words>{YEAR_WORDS})))?",
    ),
    # "the past three summers", "the last two winters": several seasons, a SET of that season (TimeML).
    _rule(
        "season_count",
        rf"(?:the\s+)?(?:past|last|previous|next|coming)\s+(?P<num>{NUMBER}|few|several)\s+(?P<season>summers|winters|springs|autumns|falls)",
    ),
    _rule(
        "weekday",
        rf"(?:(?P<part>early|late|earlier|later)(?:\s+on)?\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|that|every|each)\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:\s+(?P<daypart>morning|afternoon|evening|night|overnight)(?P<plural_part>s)?)?",
    ),
    _rule(
        "clock",
        rf"(?:(?P<approx>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)|(?P<named>noon|midnight|midday)"
        r"|(?P<mil>[01]\d|2[0-3])(?P<milm>[0-5]\d)\s*(?:hours|hrs|gmt|utc|zulu))"
        rf"(?:\s+(?P<tz>{TIME_ZONE}|(?:[a-z]+\s+)?local\s+time|(?P<city>[a-z]+)\s+time))?"
        rf"(?:,?\s+(?:on\s+)?(?:(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})|(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d_first>{DAY_NUMBER})\s+(?:of\s+)?(?P<month_after>{MONTH})"
        rf"|(?P<day>{WEEKDAY}|{DAY_WORD})))?(?:,?\s+(?P<y>{YEAR}))?",
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
        rf"(?:(?P<part>early|late|earlier|later)\s+)?(?P<rel>this|that|last|the|tomorrow|yesterday|the\s+next|the\s+following|the\s+previous|each|every)\s+(?P<daypart>morning|afternoon|evening|night)",
    ),
    _rule(
        "week_of",
        rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)?\s*week\s+of\s+(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})(?:\s+(?P<d>{DAY_NUMBER}))?)(?:,?\s+(?P<y>{YEAR}))?",
    ),
    _rule(
        "part_of_date",
        rf"(?:the\s+)?(?:(?P<part>early|late)\s+(?=morning|afternoon|evening|night))?(?P<daypart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?"
        rf"(?:(?P<d_first>{DAY_NUMBER})(?:\s*[-–/]\s*{DAY_NUMBER})?\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:\s*[-–/]\s*{DAY_NUMBER})?)(?:,?\s+(?P<y>{YEAR}))?",
    ),
    _rule(
        "part_of_named_day",
        rf"(?:the\s+)?(?:(?P<part>early|late)\s+(?=morning|afternoon|evening|night))?(?P<daypart>morning|afternoon|evening|night|(?:early|small|wee)\s+hours)\s+of\s+(?P<day>{WEEKDAY}|{DAY_WORD})",
    ),
    _rule("overnight", rf"(?P<word>overnight|first\s+light|the\s+(?:early|small|wee)\s+hours|mid[-\s]?afternoon|midday|dawn|daybreak|sunrise|dusk|sunset|nightfall)(?:\s+(?:on\s+)?(?P<day>{DAY_WORD}|{WEEKDAY}))?"),
    _rule(
        "relative_unit",
        rf"(?:(?P<part>{PART}))?(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+preceding|the\s+following|the\s+same|that\s+same|the\s+current|the\s+latest|the\s+prior|the\s+very\s+same|the\s+whole|the\s+entire|the\s+full|this|last|next|past|coming|previous|following|current|that|the)"
        rf"\s+(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>day|week|weekend|month|quarter|year|decade|century|period)",
    ),
    _rule(
        "unit_relative_year",
        rf"(?P<unit>{MONTH}|{SEASON}|the\s+(?:first|second|third|fourth)\s+quarter)\s+(?P<rel>this|last|next)\s+year",
    ),
    _rule(
        "year",
        rf"(?:(?P<part>{PART}))?(?:(?P<det>the)\s+(?={YEAR}\s+(?:period|fiscal\s+year|season|quarter)))?(?:(?P<fiscal>fiscal(?:\s+year)?|fy|calendar(?:\s+year)?|the\s+year|the\s+fiscal\s+year|post|pre)[\s-]*)?(?P<y>{YEAR})(?:\s+(?P<period>period|fiscal\s+year|season))?",
    ),
    # "AD 73", "70 CE", "the 5th century BC" aside: years of any size with their era; "c. 1200" is about 1200.
    _rule("era_year", r"(?:(?P<ad>ad|a\.d\.)\s+(?P<y1>\d{1,4})"
                      r"|(?P<y2>\d{1,4})\s+(?P<era>ad|a\.d\.|ce|c\.e\.|bc|b\.c\.|bce|b\.c\.e\.))(?![a-z])"),
    _rule("circa_year", rf"(?:c\.|ca\.|circa)\s*(?P<y>{YEAR}|\d{{3}})"),
    _rule(
        "year_words",
        rf"(?:the\s+year\s+)?(?P<words>{YEAR_WORDS})",
    ),
    _rule(
        "decade",
        rf"(?:(?P<det>the)\s+)?(?:(?P<part>{PART}))?(?:(?P<digits>(?:1[0-9]|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s|(?P<word>{alternation(DECADE_WORDS)}))",
    ),
    _rule(
        "century",
        rf"(?:(?P<det>the|this|last|the\s+last|the\s+past|the\s+next|next)\s+)?(?:(?P<part>{PART}))?(?:(?P<ord>{ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+)?(?P<unit>century)",
    ),
    _rule(
        "quarter",
        rf"(?:(?P<det>the|this\s+year's|last\s+year's|next\s+year's|a|this|last|next)\s+)?(?:(?P<adj>year-ago|year-earlier|comparable|corresponding|same|latest|current|year\s+ago)\s+)?"
        rf"(?:(?P<y1>{YEAR})\s+)?(?:(?P<fiscal1>fiscal|calendar)[\s-]+)?(?P<q>{QUARTER_ORDINAL})[\s-]+(?:(?P<fiscal2>fiscal)[\s-]+)?quarter"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<rel>this|last|next)\s+year))?",
    ),
    # "until then", "by then", "since then": the date the text last gave.
    _rule("then", r"(?P<word>then)(?!\s+(?:-|–)?\s*(?:[a-z]+\s+)?(?:president|prime|leader|minister|chief|head"
                  r"|secretary|governor|commander|general|mayor|chairman|ceo|director|king|queen)\b)"),  # not "the then president"
    _rule("quarter_code", rf"(?P<q>q[1-4]|[1-4]q)(?:\s+(?P<y>{YEAR}))?"),
    _rule("half_code", rf"(?P<h>h[12])\s+(?P<y>{YEAR})|(?P<y2>{YEAR})\s+(?P<h2>h[12])"),
    # "Today is the eighth day of Desert Shield", "the war, now in its fifth month": the day (week,
    # month) of publication, counted in the life of something; told in the past it has no date.
    _rule("nth_unit", rf"(?<=\s)(?P<det>the|its|their)\s+(?P<ord>{ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+(?P<unit>day|week|month)"
                      rf"(?!\s+of\s+(?:the\s+)?(?:month|year|{MONTH}))"),
    # "fighting resumed on the 12th": a day of the month the story is in.
    _rule("ordinal_day", r"(?<=on\s)the\s+(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[,.;:)]|and\b|when\b|as\b|$))"),
    _rule(
        "half",
        rf"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:the\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next)\s+year|year|(?P<dec>['’]\d0s|{YEAR}s))",
    ),
    _rule(
        "period",
        r"(?:(?P<det>the|this|that)\s+)?(?:(?P<adj>latest|current|recent|same|comparable|corresponding|previous|prior|year-ago|year-earlier|year\s+ago|(?P<y>(?:19|20)\d\d))\s+)+(?P<unit>quarter|period)"
        r"(?:\s+(?P<tail>a\s+year\s+(?:ago|earlier)|last\s+year|of\s+(?:19|20)\d\d))?",
    ),
    _rule("period_ago", r"(?P<det>the|that)\s+(?P<unit>quarter|period)\s+(?P<tail>a\s+year\s+(?:ago|earlier)|last\s+year)"),
    _rule("year_ago_adj", r"(?P<word>year-ago|year-earlier|year-end|year\s+end|year's\s+end|yearend)"),
    _rule(
        "ago",
        rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUMBER}|{VAGUE})\s+(?P<unit>{UNIT_ANY})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|previously|(?:before|after)(?=\s*[,.;:!?)]|\s*$))"
        r"(?:(?<=ago)\s+(?P<today>today|this\s+week|this\s+month))?",
    ),
    _rule(
        "unit_before",
        rf"(?P<det>the|that)\s+(?P<unit>day|week|month|year|night|morning|evening)\s+(?P<dir>earlier|later|(?:before|after)(?=\s*[,.;:!?)]|\s*$))",
    ),
    _rule(
        "duration",
        rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<det>the\s+(?:past|last|next|first|final|coming|previous|following|latest|initial|remaining|last\s+few|next\s+few|past\s+few|same|full)|the|past|last|next|first|another|an\s+additional|each\s+of\s+the\s+past|over\s+the\s+past|these|those|its|their)\s+)?"
        rf"(?P<num>{NUMBER_RANGE}|{VAGUE})(?:\s+(?:more|full|straight|consecutive|additional|trading|business|long|whole|calendar))?[\s-]+(?P<unit>{UNIT_ANY})(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?P<tail>(?:-|\s+)(?:old|long))?",
    ),
    # "the month-long siege", "their third day-long meeting": one unit's length, with no number.
    _rule("unit_long", r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|century)[-\s]long(?![-\w])"),
    _rule(
        "vague_units",
        rf"(?:(?P<det>recent|coming|the\s+coming|the\s+past|past|the\s+next|the\s+following|the\s+previous|the\s+first|the\s+final|the|the\s+early|the\s+last)\s+)?(?P<unit>years|decades|months|weeks|days|hours|centuries|minutes)(?P<tail>-long)?(?:\s+(?:and|or)\s+(?P<unit2>years|decades|months|weeks|days))?(?P<ahead>\s+ahead)?",
    ),
    _rule(
        "set",
        rf"(?P<q>every|each|per)\s+(?:other\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT_ANY}|{WEEKDAY}|{MONTH}|{SEASON}|morning|evening|night|afternoon|weekend)",
    ),
    # "for a while", "for some time", "for a long time": a length nobody measured (TimeML PXX).
    _rule("vague_length", r"(?P<word>(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+)?while|some\s+time|a\s+(?:long|short)\s+time)(?P<ago>\s+ago)?"),
    _rule("set_adverb", r"(?P<word>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|fortnightly|semiannually|semi-annually|bimonthly)"),
    _rule("holiday", rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>{alternation([h for h in HOLIDAYS])})(?:\s+(?P<week>week|weekend))?(?:\s+(?P<y>{YEAR}))?"),
    _rule(
        "deictic",
        r"(?P<word>right\s+now|just\s+now|now|currently|recently|lately|more\s+recently|most\s+recently|nowadays|these\s+days|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future"
        r"|the\s+(?:recent\s+|distant\s+)?past|the\s+present|present\s+day|current|recent|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|soon|a\s+later\s+date)",
    ),
]


_COUNT_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|people|persons|troops|soldiers|men|women|children|civilians|feet|foot|metres|meters|km|kilometers|kilometres|miles|tons|tonnes|yards|acres|times|points|pounds|degrees|yen|dollars|euros|rubles|staff|police|personnel|strong|calibre|caliber|mm|hp|cc|residents|refugees|prisoners|votes|shares|units|members|workers|employees|jobs|cases|deaths|casualties|rounds|rockets|shells|missiles|tanks|aircraft|vehicles|homes|houses|buildings|families|fighters|rebels|militants)\b",
)
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b(?<!years)(?<!days)(?<!months)(?<!weeks)(?<!was)(?<!is)(?<!has)(?<!as)(?<!its)(?<!this)(?<!us)(?<!thus)")
_COUNT_WORD_BEFORE = re.compile(
    r"(?:\$|£|€|#|No\.|no\.|number|than|about|nearly|some|almost|approximately|roughly|over|under|around|least|Flight|flight|Route|route|Room|room|Resolution|resolution|Highway|Article|article|Boeing|model|Model|page|Page)\s*$"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|within|during|between|since|until|till|by|through|throughout|over|of|before|after|from|last|this|next|that|early|late|mid|each|every|the)\s+$", re.IGNORECASE)
_LOWER_VERB_AFTER = re.compile(r"\s+(?:be|have|not|also|well|want|need|take|make|face|become|seem|lead|help|affect|prove|never|still|even|already|soon|only|just|cause)\b")
_AGE_AFTER = re.compile(r"\s+old\b|-old\b")
_NOW_IN_BEFORE = re.compile(r"\b(?:is|are|it's|that's|now\s+in|enters|entering|marks|marking)\s+$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|after|over|within|took|take|takes|taking|lasted|last|lasts)\s+$", re.IGNORECASE)
_THEN_BEFORE = re.compile(r"\b(?:until|till|by|since|before|after|from|back)\s+$", re.IGNORECASE)
_OLD_THING_AFTER = re.compile(
    r"\s+(?:truce|cease-?fire|war|conflict|siege|blockade|occupation|insurgency|uprising|rebellion|revolt|stand-?off"
    r"|crisis|dispute|feud|offensive|campaign|strike|protests?|movement|regime|government|coalition|administration"
    r"|presidency|deal|agreement|accord|moratorium|embargo|boycott|investigation|probe|slump|recession|lockdown"
    r"|curfew|ban|law|mission|operation|talks|negotiations|peace\s+(?:process|deal|talks|agreement)|fighting|violence|clashes)\b")
_FREQUENCY_BEFORE = re.compile(r"(?:once|twice|thrice|times|per)\s+$", re.IGNORECASE)


_TITLE_SENSITIVE = {"relative_unit", "day_word", "deictic", "vague_units", "duration"}
_SENTENCE_START = re.compile(r"(?:^|[`.!?:;\"“”'‘’(\n—-])\s*$")


def _looks_like_a_title(candidate: Candidate, text: str) -> bool:
    """ "This Week" (a TV show), "VOA Today", "60 Minutes": capitals mid-sentence name something."""
    words = text[candidate.start:candidate.end].split()
    capitals = [w[:1].isupper() for w in words]
    before = text[max(0, candidate.start - 30):candidate.start]
    if len(words) >= 2 and all(capitals) and not all(w.isupper() for w in words):
        return True
    if capitals[0] and not _SENTENCE_START.search(before):
        previous = before.split()[-1:] or [""]
        return previous[0][:1].isupper() or previous[0][:1].isdigit() or len(words) == 1
    return False


# "soon" alone is FUTURE_REF ("may soon seek an indictment"); "soon after", "as soon as", "too soon"
# relate two events, and "was soon released", "soon became" tell of the past.
_SOON_NOT_BEFORE = re.compile(r"(?:\b(?:as|so|too|how|very|fairly|quite)|\b(?:was|were|had|did)(?:\s+\w+ly)?)\s+$", re.IGNORECASE)
_SOON_NOT_AFTER = re.compile(rf"\s*(?:after|afterwards?|thereafter|enough|as|than|before|\w{{3,}}ed\b|(?:{'|'.join(sorted({'became', 'came', 'went', 'began', 'fell', 'rose', 'left', 'took', 'found', 'made', 'gave', 'got', 'grew', 'saw', 'won', 'lost', 'met', 'fled', 'sent', 'spread', 'broke', 'led', 'became'}))})\b)", re.IGNORECASE)


def _soon_ahead(before: str, after: str) -> bool:
    return not _SOON_NOT_BEFORE.search(before) and not _SOON_NOT_AFTER.match(after)


def _is_english_month(word: str) -> bool:
    word = word.lower().rstrip(".")
    return word in ENGLISH_MONTHS or len(word) <= 4 or word in ("sept", "tues", "thurs")


def _capitalised(text: str, start: int) -> bool:
    return start < len(text) and text[start].isupper()


# "the October Revolution", "the Winter War", "the Tet Offensive", "the Arab Spring": names, not dates.
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:War|Wars|Revolution|Offensive|Uprising|Rising|Revolt|Crisis|Olympics|Games|Agreement|Accords?|Treaty"
    r"|Manifesto|Movement|Massacre|Truce|Campaign|Putsch|Coup|Storm|Strike|Palace|Session|Term|Fourth)\b")
# A capitalised word that does not open a sentence (the lookbehinds), right before the season.
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])(?<!^)(?<!\n)\b[A-Z][a-z]+\s+$")


def _names_an_event(candidate: Candidate, text: str, before: str) -> bool:
    key = "month" if candidate.rule == "month" else "season"
    start = candidate.match.start(key)
    if not text[start].isupper() or candidate.groups.get("rel") or candidate.groups.get("y"):
        return False
    word_end = candidate.match.end(key)
    if _EVENT_NOUN_AFTER.match(text, word_end):
        return True
    # "the Arab Spring", "the Prague Spring": a capitalised word before a capitalised season, mid-sentence.
    return key == "season" and bool(_CAPITALISED_WORD_BEFORE.search(text, max(0, start - 20), start))


def plausible(candidate: Candidate, text: str) -> bool:
    """Cheap checks that tell a date from the same letters used otherwise ("may", "fall", "2000 troops")."""
    m, g = candidate.match, candidate.groups
    before = text[max(0, candidate.start - 20):candidate.start]
    after = text[candidate.end:candidate.end + 20]
    for key in ("month", "month_after"):
        if key in g and not _capitalised(text, m.start(key)) and _is_english_month(g[key]):
            return False
    if "wd" in g and not _capitalised(text, m.start("wd")):
        return False
    rule = candidate.rule
    if rule == "month" and "part" not in g and "rel" not in g:
        word = g["month"].lower().rstrip(".")
        if word not in ENGLISH_MONTHS and word != "sept" and not g["month"].endswith("."):
            return False  # a bare "Jan" or "Sun" is too often something else
        if _LOWER_VERB_AFTER.match(after):
            return False
        if word in ("may", "march") and not _PREPOSITION_BEFORE.search(before) and not re.match(r"\s*(?:,|\.|;|\d)", after):
            return False
    if rule == "vague_units" and re.search(r"\bas\s+many\s+$", before, re.IGNORECASE):
        return False  # "in as many weeks"
    if rule == "vague_units" and re.match(r"\s+\d{4}\b", after):
        return False  # "in the years 1941-1944" names the years that follow
    if rule == "year_words" and (_COUNT_UNIT_AFTER.match(after) or _PLURAL_AFTER.match(after)):
        return False  # "two thousand troops" is a count
    if rule == "nth_unit" and not _NOW_IN_BEFORE.search(before):
        return False
    if rule == "vague_length" and "ago" not in g and not _FOR_BEFORE.search(before):
        return False  # "in a while", "some time ago" and "at some time" are not lengths
    if rule == "then" and not _THEN_BEFORE.search(before):
        return False
    if rule == "and_day" and _COUNT_UNIT_AFTER.match(after):
        return False
    if rule == "holiday" and not _capitalised(text, m.start("name")):
        return False
    if rule == "year" and not ({"fiscal", "part", "det", "period"} & g.keys()):
        if _COUNT_UNIT_AFTER.match(after) or _COUNT_WORD_BEFORE.search(before):
            return False
        if not _PREPOSITION_BEFORE.search(before) and _PLURAL_AFTER.match(after):
            return False
    if rule == "season" and not ({"det", "rel", "y", "part"} & g.keys()) and not _PREPOSITION_BEFORE.search(before):
        return False
    if rule in ("month", "season") and _names_an_event(candidate, text, before):
        return False
    if rule == "holiday" and "y" not in g and _EVENT_NOUN_AFTER.match(text, candidate.end):
        return False  # "the Easter Rising"
    # Ages ("a 6-year-old", "52 years old") are not annotated as times.
    if rule in ("duration", "vague_units") and (_AGE_AFTER.match(after) or (g.get("tail") or "").strip(" -").lower() == "old"):
        if not (rule == "duration" and g.get("tail") and _OLD_THING_AFTER.match(after)):
            return False  # "the IRA's [8-month-old] truce" is how long the truce has held
    if rule == "duration":
        num = g["num"].lower()
        if num in ("a", "an") and g["unit"].lower() in ("second", "minute", "night") and not re.match(r"\s*(?:[,.;)]|$)", after):
            return False
        if num in ("some", "many") and g["unit"].lower().endswith(("second", "minute")):
            return False
        if num == "many" and re.search(r"\bas\s+$", before, re.IGNORECASE):
            return False  # "the second attack in as many weeks"
        if g["unit"].lower().startswith("quarter") and num in ("one", "two", "three", "a") and re.match(r"\s+of\b", after):
            return False  # "three-quarters of the vote" is a fraction
    if rule == "numeric_date" and "." in m.group(0) and len(g["y"]) == 2:
        return False
    if rule == "decade" and "word" in g and "det" not in g:
        return False  # "in their nineties" is an age
    if rule == "relative_unit":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        if rel == "the" and unit in ("day", "period", "decade", "century") and "part" not in g:
            return False
        if unit == "period" and rel in ("the", "past", "the past", "the last", "last", "the next", "next", "coming", "the coming"):
            return False
        if rel == "the" and "part" not in g and re.match(r"\s+(?:of|when|that|in\s+which|before|after)\b", after):
            return False
    if rule == "day_part" and g["rel"].lower() == "the" and "part" not in g and re.match(r"\s+(?:of|when|before|after)\b", after):
        return False
    if rule in _TITLE_SENSITIVE and _looks_like_a_title(candidate, text):
        return False
    if rule == "deictic":
        word = g["word"].lower()
        if word == "soon" and not _soon_ahead(before, after):
            return False
        if word.endswith("past") and re.match(rf"\s+(?:{NUMBER}|few|several)\s", after, re.IGNORECASE):
            return False  # "the past three summers" counts seasons; it is not the vague past
        if word in ("current", "recent", "future") and not re.match(r"\s+[a-z]", after):
            return False
        if word == "current" and re.match(r"\s+(?:account|affairs|events|flowing)", after, re.IGNORECASE):
            return False
    return True


# Words without which a rule cannot match: a segment only runs the rules its words call for,
# which keeps the tagger fast on long articles. A segment's words are looked up in a table (a regex
# alternation tried at every word boundary cost a third of the tagger's time); a trigger may fire
# for a rule that then finds nothing, never the other way round.
def _word_triggers() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    groups = {
        "month": MONTHS,
        "weekday": [*FULL_WEEKDAYS, *(weekday + "s" for weekday in FULL_WEEKDAYS)],  # "on Fridays"
        "season": [*SEASONS, *(season + "s" for season in SEASONS)],
        "dayword": ("today", "tonight", "tomorrow", "yesterday"),
        # "first light", "the early hours", "mid-afternoon" fire on their last word.
        "daypart": ("morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight", "dawn",
                    "daybreak", "sunrise", "dusk", "sunset", "nightfall", "light", "hours", "mornings", "afternoons",
                    "evenings", "nights"),
        "year": ("year", "years", "yearend"),
        "quarter": ("quarter", "quarters"),
        "half": ("half",),
        "century": ("century", "centuries"),
        "period": ("period", "periods"),
        "unit": [unit + plural for unit in ("second", "minute", "hour", "day", "night", "weekend", "week", "fortnight",
                                            "month", "decade") for plural in ("", "s")] + ["millennium", "millennia"],
        "numberword": ("eighteen", "nineteen", "twenty", "thousand", *DECADE_WORDS),
        "set": ("every", "each", "per", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
                "biweekly", "fortnightly", "semiannually", "bimonthly"),
        # "new year's", "may day", "d-day" fire on their first word.
        "holiday": ("christmas", "new", "independence", "halloween", "valentine", "veterans", "armistice", "boxing",
                    "may", "bastille", "d", "thanksgiving", "easter", "election", "labor", "memorial", "good", "ve", "v",
                    "victory", "remembrance"),
        "then": ("then",),
        "midunit": ("mid", "midweek", "midmonth", "midyear"),
        "while": ("while",),
        "time": ("time",),
        "era": ("ad", "ce", "bc", "bce", "b", "c", "d", "e"),  # "a.d.", "b.c.", "c.e." come in letters
        "circa": ("c", "ca", "circa"),
        "qcode": ("q",),  # "q3", "3q"
        "hcode": ("h",),  # "h1 2021"
        "deictic": ("now", "currently", "recently", "lately", "nowadays", "these", "future", "past", "present",
                    "current", "recent", "term", "possible", "later", "soon"),
    }
    for group, words in groups.items():
        for word in words:
            table.setdefault(word, set()).add(group)
    return {word: frozenset(names) for word, names in table.items()}


WORD_TRIGGERS = _word_triggers()
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[:./]\d+)*(?:['’]?s\b|st\b|nd\b|rd\b|th\b|\s*[ap]\.?\s?m\b|\s*(?:hours|hrs|gmt|utc|zulu)\b)?")
_CLOCK_NUMBER = re.compile(r"\d{1,2}(?:[:.]\d\d|\s*[ap]\.?\s?m)")
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_SHORT_DECADE = re.compile(r"\d0['’]?s$")


def triggers(lowered: str, start: int, end: int) -> set[str]:
    """The trigger groups present in lowered[start:end]."""
    present: set[str] = set()
    for word in set(_WORD.findall(lowered, start, end)):
        if names := WORD_TRIGGERS.get(word):
            present |= names
    for match in _NUMBER.finditer(lowered, start, end):
        token = match.group()
        digits = len(token) - len(token.lstrip("0123456789"))
        if digits >= 4 or _FOUR_DIGITS.search(token, digits):  # "1990", "0/1000"
            present.add("digit4")
            if token[digits:].strip() in ("hours", "hrs", "gmt", "utc", "zulu"):
                present.add("clocknum")
        if _CLOCK_NUMBER.search(token):
            present.add("clocknum")
        if _NUMERIC_DATE.search(token):
            present.add("numdate")
        if token.endswith(("st", "nd", "rd", "th")):
            present.add("ordday")
        if _SHORT_DECADE.search(token):
            present.add("shortdecade")
    return present


_UNITS = {"unit", "year", "quarter", "century"}
RULE_TRIGGERS = {
    "iso_date": {"digit4"}, "numeric_date": {"numdate"}, "month_day": {"month"}, "and_day": {"month"}, "day_month": {"month"},
    "month_year": {"month"}, "month": {"month"}, "season": {"season"}, "season_count": {"season"}, "weekday": {"weekday"},
    "clock": {"clocknum", "daypart", "digit4"}, "day_word": {"dayword"}, "clock_from": {"clocknum"}, "mid_unit": {"midunit"}, "day_part": {"daypart"}, "overnight": {"daypart", "unit"},
    "relative_unit": _UNITS | {"period"}, "unit_relative_year": {"year"}, "year": {"digit4"}, "year_tail": {"digit4"},
    "year_words": {"numberword"}, "era_year": {"era"}, "circa_year": {"circa"}, "decade": {"digit4", "shortdecade", "numberword"}, "century": {"century"},
    "quarter": {"quarter"}, "quarter_code": {"qcode"}, "half_code": {"hcode"}, "ordinal_day": {"ordday"}, "nth_unit": {"unit"}, "half": {"half"}, "period": {"quarter", "period"}, "period_ago": {"quarter", "period"},
    "year_ago_adj": {"year"}, "ago": _UNITS | {"daypart"}, "unit_before": _UNITS | {"daypart"},
    "duration": _UNITS | {"daypart"}, "vague_units": _UNITS, "unit_long": _UNITS, "set": {"set"}, "set_adverb": {"set"},
    "holiday": {"holiday"}, "deictic": {"deictic"}, "then": {"then"}, "vague_length": {"while", "time"}, "week_of": {"month"}, "part_of_date": {"month"},
    "part_of_named_day": {"weekday", "dayword"},
}
# Paragraphs, and sentences that end in a real word (not "Sept." or "p.m.").
_SEGMENT_BREAK = re.compile(r"\n|(?<=[a-z]{4}[.!?])\s+(?=[A-Z])")


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer (so offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def segments(text: str):
    start = 0
    for match in _SEGMENT_BREAK.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


_VERB_LAST_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|can|cannot|should|must|to|not|did|does|do|n't|'ll)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _trimmed_start(rule: str, match: re.Match) -> int:
    """TimeML leaves out words that belong to the noun phrase, not the time: "the [16-hour] talks",
    "over [the first nine months]"."""
    if rule == "quarter" and match.group("det") and re.search(r"-\s*(?:fiscal[\s-]+)?quarter$", match.group(0)):
        rest = match.string[match.end("det"):match.end()]
        return match.end("det") + len(rest) - len(rest.lstrip())  # "a [third-quarter] loss"
    if rule == "and_day":
        return match.start("d")
    if rule == "vague_units" and (match.group("det") or "").lower() == "the":
        return match.start("unit")
    if rule != "duration":
        return match.start()
    if (match.group("det") or "").lower() == "last" and _VERB_LAST_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.start("num")  # "the trial could [last] [several months]": "last" is the verb
    if (match.group("tail") or "").strip(" -").lower() in ("long", "old") and match.group("num").lower() in ("a", "an"):
        return match.start("unit")  # "a [week-long] truce"
    if match.group("det") and match.group(0)[match.end("num") - match.start():match.start("unit") - match.start()].strip() == "-":
        return match.start("num")
    if match.group("det") and (match.group("approx") or "").lower() in ("over", "under") and match.group("det").startswith("the"):
        return match.start("det")
    return match.start()


def find_candidates(text: str, every_rule: bool = False) -> list[Candidate]:
    """Every rule's matches, reduced to the longest non-overlapping ones, in text order.

    every_rule runs each rule on each segment, whatever its words: what the triggers must agree with.
    """
    lowered = lower_same_length(text)
    found = []
    for seg_start, seg_end in segments(text):
        present = triggers(lowered, seg_start, seg_end)
        if not present and not every_rule:
            continue
        for priority, (name, regex) in enumerate(RULES):
            if not every_rule and not RULE_TRIGGERS[name] & present:
                continue
            for match in regex.finditer(lowered, seg_start, seg_end):
                end = match.end()
                if match.group("city") if "city" in regex.groupindex else None:
                    if not text[match.start("city")].isupper():
                        end = match.start("tz") - 1  # "2 p.m. that time" has no time zone
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

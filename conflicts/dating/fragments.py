"""Regex fragments the rules are built from: months, weekdays, numbers, units, modifiers.

Each is a string to splice into a pattern (rules run on lower-cased text), built from the lexicon's
tables so that a word the lexicon learns is found everywhere at once.
"""

from .lexicon import DAY_PARTS, FULL_WEEKDAYS, MONTHS, ORDINALS, SEASONS, TENS, TIME_ZONES, UNITS_WORDS, alternation

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
    rf"(?:(?:{_UNIT_WORD}|a|one)\s+hundred\s+and\s+(?:{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD})"  # "five hundred and forty-three"
    rf"|(?:{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD}|a|one)\s+(?:hundred|thousand)"  # "two thousand"
    rf"|(?:\d+(?:[.,]\d+)?|{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD})\s+and\s+a\s+half"  # "two and a half"
    r"|\d+(?:[.,]\d+)?(?:\s+1/2)?|\d+\s*1/2"
    rf"|{alternation(TENS)}(?:[-\s]{_UNIT_WORD})?|{_TEEN}|{_UNIT_WORD}"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|half\s+an?|a\s+half|a\s+single|a\s+quarter(?=[\s-](?:century|hour)\b)|half(?=[\s-](?:century|decade)\b)|hundred|another|an|a"
    r"|hundreds\s+of|dozens\s+of)"
)
NUMBER_RANGE = rf"{NUMBER}(?:(?:-to-|\s*(?:to|-|–|or)\s*){NUMBER})?"
VAGUE = r"(?:several|a\s+few|few|many|some|a\s+number\s+of|numerous|the\s+last\s+few|countless)"

UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_PLURAL = r"(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|millennia)"
UNIT_ANY = rf"(?:{UNIT_PLURAL}|{UNIT_SINGULAR})"

APPROX = (
    r"(?:about|around|approximately|roughly|some|nearly|almost|barely|scarcely|more\s+than|less\s+than|fewer\s+than"
    r"|over|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|well\s+over|just\s+over|just\s+under|(?:a\s+)?little\s+(?:more\s+than|less\s+than|over|under))"
)
# Focus particles ("only five hours", "just a decade ago", "barely a month") stay outside the
# extent: TIMEX3 has no mod for them, and TimeML annotates the measure alone.
# early/mid/late and the "end of" family put the expression's mod in START/MID/END; "late in the month",
# "early in 1920" as well ("late in the day" is mostly an idiom); "the rest of the week", "the dead of winter" keep their words and no mod.
PART = (
    r"(?:(?:early|late)\s+in\s+(?!the\s+day\b)|(?:earlier|later)\s+in\s+|(?:early|mid|late|earlier|later)(?:\s+|-)|mid|(?:end|start)-|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn|dawn)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:rest|dead)\s+of\s+(?:the\s+)?"
    r"|(?:the\s+)?(?:first|last|final|closing|opening|early|late|later)\s+(?:few\s+)?(?:days|weeks|months|years|decades)\s+of\s+(?:the\s+)?"
    rf"|(?:the\s+)?(?:first|second|latter)\s+half\s+of\s+(?={MONTH}))"  # a year's halves are H1/H2
)
TIME_ZONE = alternation(TIME_ZONES)
DAY_PART = alternation(DAY_PARTS)
DAY_WORD = r"(?:today|tonight|tomorrow|yesterday)"

# "Oct. 3" after a hyphen: the end of a range across months ("Sept. 27-Oct. 3").
MONTH_AND_DAY = rf"(?:{MONTH})\s*\d"

HOURS_IN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
HOUR_WORD = alternation(HOURS_IN_WORDS)

"""Which rules a stretch of text can need, from its words and numbers."""

import re

from .lexicon import DECADE_WORDS, FULL_WEEKDAYS, HOLIDAYS, MONTHS, ORDINALS, SEASONS, SMALL_NUMBERS, TIME_ZONES
from .resolution import LENGTH_WORDS

# Words without which a rule cannot match: a segment only runs the rules its words call for,
# which keeps the tagger fast on long articles. A segment's words are looked up in a table (a regex
# alternation tried at every word boundary cost a third of the tagger's time); a trigger may fire
# for a rule that then finds nothing, never the other way round.
def _holiday_words() -> tuple[set[str], set[str], set[str]]:
    """The feasts' own words; and the first and second words of those named with common words."""
    own, first, second = set(), set(), set()
    for name in HOLIDAYS:
        words = _WORD.findall(name.removeprefix("the "))
        if len(words) == 1 or words[0] in ("christmas", "easter", "eid", "eidal", "eidel", "eidul", "rosh", "yom"):
            own.add(words[0])
        else:
            first.add(words[0])
            second.add(words[-1] if words[-1] != "s" else words[-2])  # "new year's": "year"
    return own, first, second


_WORD = re.compile(r"[^\W\d_]+")
_HOLIDAY_WORDS, _HOLIDAY_FIRST_WORDS, _HOLIDAY_SECOND_WORDS = _holiday_words()


def _word_triggers() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    groups = {
        "month": MONTHS,
        "weekday": [*FULL_WEEKDAYS, *(weekday + "s" for weekday in FULL_WEEKDAYS)],  # "on Fridays"
        "season": [*SEASONS, *(season + "s" for season in SEASONS), "midsummer", "midwinter"],  # "midsummer" is mid-summer
        "dayword": ("today", "tonight", "tomorrow", "yesterday"),
        # "first light", "the early hours", "mid-afternoon" fire on their last word.
        "daypart": ("morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight", "dawn",
                    "daybreak", "daylight", "sunrise", "sunup", "dusk", "sunset", "sundown", "nightfall", "light", "hours", "mornings", "afternoons",
                    "evenings", "nights", "midmorning", "midafternoon", "midevening"),  # "By midmorning": mid-morning
        "year": ("year", "years", "yearend"),
        "quarter": ("quarter", "quarters"),
        "half": ("half",),
        "century": ("century", "centuries"),
        "period": ("period", "periods"),
        "unit": [unit + plural for unit in ("second", "minute", "hour", "day", "night", "weekend", "week", "fortnight",
                                            "month", "decade") for plural in ("", "s")] + ["millennium", "millennia"],
        "numberword": ("eighteen", "nineteen", "twenty", "thousand", *DECADE_WORDS),
        "set": ("every", "each", "per", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly",
                "biweekly", "fortnightly", "semiannually", "bimonthly", "once", "twice", "thrice", "times"),
        # A feast of one word ("christmas", "ramadan"), or a common first word with its second: "may day",
        # "good friday", "new year's", "all saints' day", "d-day" ("holiday" words alone, or "holidayfirst"
        # and "holidaysecond" together).
        "holiday": _HOLIDAY_WORDS,
        "holidayfirst": _HOLIDAY_FIRST_WORDS,
        "holidaysecond": _HOLIDAY_SECOND_WORDS,
        "alternate": ("alternate",),
        "fortnight": ("fortnight",),
        "fiscalcode": ("fy",),
        "end": ("end",),  # "by month's end"
        "eventside": ("after", "before", "following"),
        "event": ("battle", "attack", "assault", "landing", "landings", "raid", "storming", "surrender"),  # "the morning of the battle"
        # "two days ago", "a year earlier", "the day before": a length counted in a direction.
        "direction": ("ago", "earlier", "later", "from", "hence", "previously", "before", "after", "on"),
        "clockword": ("clock", "half", "quarter"),  # "o'clock", "half past", "a quarter to"
        "midunit": ("mid", "midweek", "midmonth", "midyear"),
        "while": ("while",),
        "time": ("time",),
        "after": ("after",),  # "night after night"
        "long": ("long",),  # "a week-long truce"
        "lastnext": ("last", "next"),  # "the week before last", "the summer after next"
        "thislastnext": ("this", "last", "next"),  # "March this year"
        "sideword": ("earlier", "later", "before", "after"),  # "the day before", "that week earlier"
        "weekword": ("week",),  # "the week of 5 May"
        "hourword": ("hour",),  # "the next hour"
        "lengthword": LENGTH_WORDS,  # "three years and seven months"
        "ordinal": [word for word in ORDINALS if word.isalpha()],  # "its third day"
        "clocknumber": [word for word, number in SMALL_NUMBERS.items() if 1 <= number <= 12],  # "half past four"
        "era": ("ad", "ce", "bc", "bce", "b", "c", "d", "e"),  # "a.d.", "b.c.", "c.e." come in letters
        "circa": ("c", "ca", "circa", "about", "around", "approximately", "roughly"),
        "qcode": ("q",),  # "q3", "3q"
        "hcode": ("h",),  # "h1 2021"
        "deictic": ("now", "currently", "recently", "lately", "nowadays", "these", "future", "past", "present",
                    "current", "recent", "term", "possible", "later", "soon", "moment"),
    }
    for group, words in groups.items():
        for word in words:
            table.setdefault(word, set()).add(group)
    return {word: frozenset(names) for word, names in table.items()}


WORD_TRIGGERS = _word_triggers()
_TRIGGER_WORDS = frozenset(WORD_TRIGGERS)
_CLOCK_SUFFIXES = frozenset({"hours", "hrs", "zulu", "local"} | TIME_ZONES)  # "0600 EST" is a clock
_NUMBER = re.compile(r"\d+(?:[:./]\d+)*(?:['’]?s\b|st\b|nd\b|rd\b|th\b|\s*[ap]\.?\s?m\b|\s*(?:"
                     + "|".join(sorted(_CLOCK_SUFFIXES)) + r")\b)?")
_CLOCK_NUMBER = re.compile(r"\d{1,2}(?:[:.]\d\d|\s*[ap]\.?\s?m)")
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d\d")
_SHORT_SLASHED_DATE = re.compile(r"\d{1,2}/\d{1,2}(?![\d/])")  # "14/03", a day in a text that writes "14/03/2011"
_FOUR_DIGITS = re.compile(r"\d{4}")
_DAY_COUNT = re.compile(r"\bday\s+\d")
_DASHED_DATE = re.compile(r"\d-\d{1,2}-\d{4}\b")  # "16-12-2016" (the numbers split at the dashes)
_LAST_ONE_OR_TWO_DIGITS = re.compile(r"(?<!\d)\d{1,2}$")
_SHORT_DECADE = re.compile(r"\d0['’]?s$")


def triggers(lowered: str, start: int, end: int) -> set[str]:
    """The trigger groups present in lowered[start:end]."""
    present: set[str] = {"numdate"} if _DASHED_DATE.search(lowered, start, end) else set()
    for word in _TRIGGER_WORDS.intersection(_WORD.findall(lowered, start, end)):
        present |= WORD_TRIGGERS[word]
        if word == "day" and _DAY_COUNT.search(lowered, start, end):
            present.add("daycount")  # "This is day 12 of the war"
    for match in _NUMBER.finditer(lowered, start, end):
        present.add("number")
        token = match.group()
        digits = len(token) - len(token.lstrip("0123456789"))
        if digits in (2, 3):
            present.add("digit3")  # "in 711", and "In 66" in a history of the first centuries
        if digits in (1, 2) or _LAST_ONE_OR_TWO_DIGITS.search(token):
            present.add("daynum")  # "27 September", "Sept. 27", the "1" of "2/1 March"
        if digits >= 4 or _FOUR_DIGITS.search(token, digits):  # "1990", "0/1000"
            present.add("digit4")
            if token.lstrip("0123456789:./").strip() in _CLOCK_SUFFIXES:  # "0/0000GMT" too
                present.add("clocknum")
        if _CLOCK_NUMBER.search(token):
            present.add("clocknum")
        if _NUMERIC_DATE.search(token):
            present.add("numdate")
        elif "/" in token and _SHORT_SLASHED_DATE.match(token):
            present.add("shortdate")
        if token.endswith(("st", "nd", "rd", "th")):
            present.add("ordday")
        if _SHORT_DECADE.search(token):
            present.add("shortdecade")
    return present


_UNITS = {"unit", "year", "quarter", "century"}
RULE_TRIGGERS = {
    "iso_date": {"digit4"}, "numeric_date": {"numdate"}, "short_numeric_date": {"shortdate"}, "month_day": {"month"}, "and_day": {"month"}, "day_month": {"month"},
    "month_year": {"month"}, "month": {"month"}, "season": {"season"}, "season_count": {"season"}, "season_ago": {"season"}, "weekday": {"weekday"},
    "clock": {"clocknum", "daypart"}, "day_word": {"dayword"}, "clock_from": {"clocknum"}, "mid_unit": {"midunit"}, "day_part": {"daypart"}, "bare_day_part": {"daypart"}, "overnight": {"daypart"},
    "relative_unit": _UNITS | {"period"}, "a_weekend": {"unit"}, "unit_relative_year": {"year"}, "year_to_date": {"year"}, "year": {"digit4"}, "edge_day": {"month", "digit4", "year", "unit"}, "early_year": {"digit3"}, "year_tail": {"digit4"},
    "year_words": {"numberword"}, "era_year": {"era"}, "roman_day": {"month"}, "circa_year": {"circa"}, "decade": {"shortdecade", "numberword"}, "century": {"century"},
    "quarter": {"quarter"}, "month_quarter": {"quarter"}, "quarter_code": {"qcode"}, "half_code": {"hcode"}, "ordinal_day": {"ordday"}, "weekday_day": {"ordday"}, "nth_unit": {"unit", "daypart"}, "half": {"half"}, "period": {"quarter", "period"}, "period_ago": {"quarter", "period"},
    "year_ago_adj": {"year", "end"}, "ago": {"direction"}, "unit_before_last": {"lastnext"}, "unit_before": {"sideword"},
    "duration": _UNITS | {"daypart"}, "vague_units": _UNITS, "unit_long": {"long"}, "set": {"set"}, "frequency": {"set"}, "hour_span": {"hourword"}, "set_adverb": {"set"}, "again": {"after"},
    "holiday": {"holiday", "holidaysecond"}, "deictic": {"deictic"}, "vague_length": {"while", "time"}, "week_of": {"month", "numdate"}, "yearly_day": {"set"}, "clock_words": {"clockword", "daypart"}, "compound_duration": {"number", "lengthword"}, "day_of_event": {"eventside"}, "day_and": {"month"}, "part_of_date": {"month"},
    "part_of_named_day": {"weekday", "dayword", "ordday", "unit", "event"},
    "day_clock": {"weekday", "dayword"}, "date_clock": {"month", "numdate", "digit4"}, "line_clock": {"clocknum"}, "mil_clock": {"digit4"}, "dot_clock": {"clocknum"},
    "alternate": {"alternate"}, "fortnight": {"fortnight"}, "all_day": {"unit", "daypart"}, "fraction_length": {"half", "quarter"}, "fiscal_code": {"fiscalcode"}, "months_of_year": {"unit"}, "d_offset": {"number"},
}
# Rules that need a second kind of word as well: "ago", "before", "on" are everywhere, a unit is not.
RULE_ALSO_NEEDS = {
    "ago": _UNITS, "again": {"unit", "year"}, "months_of_year": {"year", "digit4"}, "edge_day": {"unit"}, "unit_before": _UNITS | {"daypart"}, "unit_before_last": _UNITS,
    "day_clock": {"daypart"}, "date_clock": {"clocknum", "digit4"}, "unit_long": _UNITS, "holiday": {"holiday", "holidayfirst"},
    "compound_duration": {"unit", "year"}, "era_year": {"number"}, "frequency": _UNITS | {"daypart"},
    "nth_unit": {"ordinal", "ordday", "daycount"}, "day_month": {"daynum"}, "day_and": {"daynum"}, "and_day": {"daynum"}, "month_day": {"daynum", "ordinal"},
    "week_of": {"weekword"}, "yearly_day": {"month"}, "part_of_date": {"daypart"}, "part_of_named_day": {"daypart"},
    "month_year": {"digit4", "year", "numberword"}, "unit_relative_year": {"thislastnext"}, "clock_words": {"number", "clocknumber"},
}

"""What a resolved expression carries before it becomes a Timex, and the word tables resolution uses."""

import datetime as dt
import math
import re
from dataclasses import dataclass

from .lexicon import SMALL_NUMBERS

PART_MODS = (("second half", "END"), ("latter half", "END"), ("early", "START"), ("beginning", "START"), ("start", "START"), ("dawn", "START"),
             ("first", "START"), ("opening", "START"), ("last", "END"), ("final", "END"), ("closing", "END"),
             ("mid", "MID"), ("middle", "MID"), ("late", "END"), ("end", "END"), ("close", "END"))
_PART_MOD_WORDS = tuple((re.compile(rf"\b{key}\b"), mod) for key, mod in PART_MODS)
APPROX_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "barely": "LESS_THAN", "scarcely": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN", "little more than": "MORE_THAN",
    "a little more than": "MORE_THAN", "a little over": "MORE_THAN", "little over": "MORE_THAN",
    "a little under": "LESS_THAN", "little under": "LESS_THAN", "a little less than": "LESS_THAN",
    "little less than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "shortly before": "BEFORE", "just before": "BEFORE",
    "shortly after": "AFTER", "just after": "AFTER",
}
DURATION_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
                  "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y",
                  "century": "C", "millennium": "L", "weekend": "WE"}
DEICTIC = {
    "PRESENT_REF": ("now", "right now", "just now", "this moment", "currently", "nowadays", "these days", "the present", "present day", "present", "current"),
    "FUTURE_REF": ("soon", "the future", "the near future", "the distant future", "the foreseeable future",
                   "the immediate future", "future", "the near term", "the short term", "the long term",
                   "as soon as possible", "a later date"),
}
SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
               "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
               "fortnightly": "P2W", "semiannually": "P6M", "semi-annually": "P6M", "bimonthly": "P2M"}
FREQUENCY_BEFORE = re.compile(
    r"(?:once|twice|thrice|times|per|cents?|million|billion|percent|%|\d|\d(?:[\d,]*\d)?\s+(?!(?:within|in|for|over|after|by|during|than|until|under)\b)[a-z]+|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|hundred|thousand|million|billion|hundreds\s+of|dozens\s+of|thousands\s+of)\s+[a-z]+s)\s*$",
    re.IGNORECASE,
)
# A date after "since" starts a state that runs to the time the text is at: "since 1957", "since the
# start of the year", "since the previous December".
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# A TIME value on the clock: "1876-06-25T15:00".
CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)")
# "the following summer", "March of the next year", "dawn the previous day": one unit on or back.
_NEXT_OR_PREVIOUS = {"the following": 1, "the next": 1, "the previous": -1}


def shift_of(relation: str) -> int:
    """+1 for "the following", "the next"; -1 for "the previous"; 0 for any other relation ("that", "the same")."""
    return _NEXT_OR_PREVIOUS.get(" ".join(relation.lower().split()), 0)
YEAR_DURATION_AFTER = re.compile(r"\s+(?:ended|ending|ends|to\s+date|through|that\s+ended)\b")


@dataclass
class Resolution:
    type: str
    value: str
    reason: str
    mod: str | None = None
    clip: str | None = None        # "before"/"after" the base date, for "earlier this year"
    last: dt.date | None = None    # a range's last day ("Sept. 27-29")
    comparison: bool = False       # "up from $4 a year earlier": leaves the story's reference time alone


def part_mod(part: str | None) -> str | None:
    if not part:
        return None
    word = part.lower().strip(" -")
    for key, mod in _PART_MOD_WORDS:
        if key.search(word):
            return mod
    return None


def clip_of(part: str | None) -> str | None:
    """'earlier this year' ends at the base date, 'later this year' starts there."""
    word = (part or "").lower().strip()
    return "before" if word.startswith("earlier") else "after" if word.startswith("later") else None


# A count in one part of a length: digits, or a number word ("three years and seven months").
LENGTH_WORDS = {word: number for word, number in SMALL_NUMBERS.items() if " " not in word and isinstance(number, int)
                and word not in ("another", "hundred", "thousand", "dozen")}
LENGTH_NUMBER = r"(?:\d+|" + "|".join(sorted(LENGTH_WORDS, key=len, reverse=True)) + ")"
_LENGTH_PART = re.compile(rf"\b({LENGTH_NUMBER})\s+([a-z]+)")
_DESCENDING_UNITS = ["year", "month", "week", "day", "hour", "minute", "second"]


def length_parts(text: str) -> list[tuple[str, int]]:
    """ "3 years, 1 month and 2 days" → [("year", 3), ("month", 1), ("day", 2)]."""
    return [(unit_name(unit), int(number) if number.isdigit() else LENGTH_WORDS[number])
            for number, unit in _LENGTH_PART.findall(text.lower())]


def is_one_length(text: str) -> bool:
    """True when the units descend, each once: "2 hours and 30 minutes" is one length; "5 minutes, 3 hours"
    and "2 days and 3 days" are two."""
    units = [unit for unit, _ in length_parts(text)]
    ranks = [_DESCENDING_UNITS.index(unit) for unit in units if unit in _DESCENDING_UNITS]
    return len(ranks) == len(units) and ranks == sorted(set(ranks))


def unit_name(word: str) -> str:
    word = word.lower().strip()
    if word in ("centuries",):
        return "century"
    if word == "millennia":
        return "millennium"
    return word[:-1] if word.endswith("s") else word


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: 3 days → P3D, 2.5 years → P2Y6M, an unknown number of hours → PTXH."""
    time_unit = unit in ("second", "minute", "hour")
    prefix = "PT" if time_unit else "P"
    if unit == "weekend":
        return "P2D" if amount in (None, 1) else f"P{int(amount) * 2}D"
    if unit == "fortnight":
        amount, unit = (None if amount is None else amount * 2), "week"
    if unit == "decade":
        return "PXE" if amount is None else _number_value(amount * 10, "Y", prefix)
    if unit == "century" and amount is not None:
        return _number_value(amount * 100, "Y", prefix)  # "half a century": P50Y
    code = DURATION_CODES.get(unit, "X")
    if amount is None:
        return f"{prefix}X{code}"
    return _number_value(amount, code, prefix, unit)


def _number_value(amount: float, code: str, prefix: str, unit: str = "") -> str:
    whole = math.floor(amount)
    fraction = amount - whole
    if fraction < 1e-9:
        return f"{prefix}{int(whole)}{code}"
    smaller = {"year": (12, "M", "P"), "month": (30, "D", "P"), "day": (24, "H", "T"),
               "hour": (60, "M", ""), "minute": (60, "S", "")}.get(unit)
    if smaller is None:
        return f"{prefix}{round(amount, 2)}{code}"
    factor, small_code, joiner = smaller
    small = round(fraction * factor)
    head = f"{prefix}{int(whole)}{code}" if whole else prefix
    return f"{head}{'T' if joiner == 'T' else ''}{small}{small_code}"

# A year written in digits, and a verb in the past perfect ("had crossed").
YEAR_DIGITS = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
PAST_PERFECT_VERB = re.compile(r"\bhad\s+(?:(?:not|never|already|long|just|been|also|only|first|once|in\s+fact|previously)\s+)*[a-z]+(?:ed|en|wn|un|ung|ought|ight|ade|eft|ost|ept|ent|ot|ome|one|id|eld|ound|ood|ut|it|et)\b", re.IGNORECASE)

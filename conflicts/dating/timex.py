"""The Timex record, TIMEX3 values turned into date bounds, and readable labels."""

import calendar
import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "week", "part_of_month", "month", "season", "quarter", "half", "year", "decade", "century")

# AP style, as newsrooms write them.
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
MOD_WORDS = {
    "START": "early", "MID": "mid", "END": "late", "APPROX": "around", "BEFORE": "before",
    "AFTER": "after", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after",
    "LESS_THAN": "just before", "MORE_THAN": "just after", "EQUAL_OR_LESS": "at most",  # "nearly four in the morning"
    "EQUAL_OR_MORE": "at least",
}


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    earliest: dt.date | None
    latest: dt.date | None
    precision: str | None
    label: str
    explanation: str

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "precision": self.precision,
            "label": self.label,
            "explanation": self.explanation,
        }


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def value_bounds(value: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    """Earliest and latest day a DATE/TIME value covers, and its precision (None when unresolved)."""
    try:
        return _value_bounds(value)
    except (ValueError, OverflowError):
        return None, None, None


_PART_KNOWN = re.compile(r"^(\d{4})(?:-(\d{2}))?-(?:XX|WXX)(?:-XX|-WE)?$")


def _value_bounds(value: str):
    if m := _PART_KNOWN.match(value):
        # "1998-10-XX" (a day in October 1998), "1987-WXX": bounded by what is known.
        year = int(m[1])
        if m[2]:
            return dt.date(year, int(m[2]), 1), month_end(year, int(m[2])), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), month_end(year, month), "month"
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week"
        return monday, monday + dt.timedelta(days=6), "week"
    if m := _SEASON.match(value):
        year = int(m[1])
        # Meteorological seasons of the northern hemisphere; winter straddles the new year.
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
        first = dt.date(year, start_month, 1)
        last_month, last_year = (start_month + 2, year) if start_month != 12 else (2, year + 1)
        return first, month_end(last_year, last_month), "season"
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter), "quarter"
    if m := _HALF.match(value):
        year, half = int(m[1]), int(m[2])
        return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half), "half"
    if m := _YEAR.match(value):
        year = int(m[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if m := _DECADE.match(value):
        decade = int(m[1]) * 10
        return dt.date(max(decade, 1), 1, 1), dt.date(decade + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        century = int(m[1]) * 100
        return dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31), "century"
    return None, None, None


def narrow(earliest: dt.date, latest: dt.date, precision: str, mod: str | None):
    """Bounds narrowed by START/MID/END: the first, middle or last third of the interval.

    A month splits at the 10th and 20th ("late last month" is the 21st to the end), the way
    newsrooms read early/mid/late.
    """
    if mod not in ("START", "MID", "END") or earliest is None:
        return earliest, latest, precision
    if precision == "month":
        y, m = earliest.year, earliest.month
        parts = {"START": (1, 10), "MID": (11, 20), "END": (21, latest.day)}
        first, last = parts[mod]
        return dt.date(y, m, first), dt.date(y, m, last), "part_of_month"
    if precision in ("decade", "century"):
        span = latest.year - earliest.year + 1
        third = round(span * 0.4) if span == 10 else span // 3
        first_year = {"START": earliest.year, "MID": earliest.year + third, "END": latest.year - third + 1}[mod]
        last_year = {"START": earliest.year + third - 1, "MID": latest.year - third, "END": latest.year}[mod]
        return dt.date(max(first_year, 1), 1, 1), dt.date(last_year, 12, 31), precision
    days = (latest - earliest).days + 1
    third = days // 3
    if mod == "START":
        return earliest, earliest + dt.timedelta(days=max(third - 1, 0)), precision
    if mod == "MID":
        return earliest + dt.timedelta(days=third), latest - dt.timedelta(days=third), precision
    return latest - dt.timedelta(days=max(third - 1, 0)), latest, precision


def ap_day(day: dt.date) -> str:
    """A day in AP style, as readers see it on the timeline: "Sept. 27, 2020"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def day_with_weekday(day: dt.date) -> str:
    """A day with its weekday, for editors checking a resolution: "Fri 9 Oct 2020"."""
    return f"{SHORT_WEEKDAYS[day.weekday()]} {day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"


def ap_day_range(first: dt.date, last: dt.date) -> str:
    """ "Sept. 27-29, 2020", "Sept. 30-Oct. 2, 2020", "Dec. 30, 2020-Jan. 2, 2021"."""
    if first.year != last.year:
        return f"{ap_day(first)}-{ap_day(last)}"
    if first.month != last.month:
        return f"{AP_MONTHS[first.month - 1]} {first.day}-{AP_MONTHS[last.month - 1]} {last.day}, {last.year}"
    return f"{AP_MONTHS[first.month - 1]} {first.day}-{last.day}, {first.year}"


def precision_label(earliest: dt.date | None, latest: dt.date | None, precision: str | None, mod: str | None = None) -> str:
    """A readable label for a date interval in AP style: "Sept. 27, 2020", "late Sept. 2020", "early 1990s"."""
    if earliest is None or latest is None:
        return "undated"
    prefix = ""
    if mod in MOD_WORDS and mod not in ("START", "MID", "END"):
        prefix = MOD_WORDS[mod] + " "
    part = MOD_WORDS.get(mod, "") + " " if mod in ("START", "MID", "END") else ""
    if precision == "day" or earliest == latest:
        return prefix + ap_day(earliest)
    if precision == "week":
        monday = earliest - dt.timedelta(days=earliest.weekday())
        week = f"week of {AP_MONTHS[monday.month - 1]} {monday.day}, {monday.year}"
        if part.strip() == "mid":
            return prefix + f"the middle of the {week}"
        return prefix + (f"{part.strip()} in the {week}" if part else week)
    if precision == "part_of_month":
        if not part:
            part = "early " if earliest.day <= 10 and latest.day <= 11 else "late " if earliest.day >= 20 else "mid-"
        part = "mid-" if part == "mid " else part
        return prefix + f"{part}{AP_MONTHS[earliest.month - 1]} {earliest.year}"
    if precision == "month":
        return prefix + f"{AP_MONTHS[earliest.month - 1]} {earliest.year}"
    if precision == "season":
        season = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}.get(earliest.month, "season")
        year = f"{earliest.year}-{str(latest.year)[2:]}" if season == "winter" else str(earliest.year)
        return prefix + part + f"{season} {year}"
    if precision == "quarter":
        return prefix + part + f"Q{(earliest.month - 1) // 3 + 1} {earliest.year}"
    if precision == "half":
        return prefix + part + f"{'first' if earliest.month <= 6 else 'second'} half of {earliest.year}"
    if precision == "year":
        return prefix + part + str(earliest.year)
    if precision == "decade":
        decade = earliest.year - earliest.year % 10
        return prefix + part + f"{decade}s"
    if precision == "century":
        century = earliest.year // 100 + 1
        return prefix + part + f"{century}{_ordinal_suffix(century)} century"
    return prefix + f"{earliest.isoformat()} to {latest.isoformat()}"


def before_christ_label(value: str) -> str | None:
    """ "BC0044" → "44 BC", "BC0431-SP" → "spring 431 BC", "BC0216-08-02" → "Aug. 2, 216 BC", "BC04" →
    "5th century BC" (TIMEX3 counts centuries from 00)."""
    if season := re.fullmatch(r"BC(\d{4})-(SP|SU|FA|WI)", value):
        return f"{SEASON_NAMES[season.group(2)]} {int(season.group(1))} BC"
    if month := re.fullmatch(r"BC(\d{4})-(\d\d)(?:-(\d\d))?", value):
        name = AP_MONTHS[int(month.group(2)) - 1]
        day = f" {int(month.group(3))}," if month.group(3) else ""
        return f"{name}{day} {int(month.group(1))} BC"  # "Aug. 2, 216 BC", "Dec. 218 BC"
    if not value.startswith("BC") or not value[2:].isdigit():
        return None
    number = int(value[2:])
    if len(value) == 6:
        return f"{number} BC"
    return f"{number + 1}{_ordinal_suffix(number + 1)} century BC"


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def duration_label(value: str) -> str:
    """'P3D' → '3 days', 'PXY' → 'years', 'PT2H' → '2 hours'."""
    names = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "E": "decade",
             "C": "century", "L": "millennium", "H": "hour", "S": "second"}
    if value == "PXX":
        return "a while"
    if parts := re.fullmatch(r"P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?", value):
        date_parts = re.findall(r"(\d+)([YMWD])", parts.group(1))
        time_parts = re.findall(r"(\d+)([HMS])", parts.group(2) or "")
        if len(date_parts) + len(time_parts) > 1:  # "P3Y7M" → "3 years 7 months", "PT2H30M" → "2 hours 30 minutes"
            return " ".join([duration_label(f"P{n}{u}") for n, u in date_parts] + [duration_label(f"PT{n}{u}") for n, u in time_parts])
    m = re.fullmatch(r"PT?(\w+?)([YMWDQECLHS])", value)
    if not m:
        return value
    amount, unit = m.groups()
    name = "minute" if unit == "M" and value.startswith("PT") else names[unit]
    if amount == "X":
        return unit_plural(name)
    if amount not in ("1", "1.0"):
        name = unit_plural(name)
    return f"{amount} {name}"


def unit_plural(name: str) -> str:
    """'day' → 'days', 'century' → 'centuries', 'millennium' → 'millennia'."""
    return {"century": "centuries", "millennium": "millennia"}.get(name, name + "s")

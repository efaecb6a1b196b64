"""Dates as a reader says them, in AP style, from an interval of days and its precision:
"Sept. 27, 2020", "late Sept. 2020", "week of Oct. 5, 2020", "Oct. 2020", "early 1990s"."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange

AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}

# How many days each precision spans at most; a precision that does not fit its bounds is ignored.
SPANS = {"day": 1, "week": 7, "part_of_month": 11, "month": 31, "season": 92, "quarter": 92, "half": 184,
         "year": 366, "decade": 3653, "century": 36525}


def ap_day(day: dt.date, year: bool = True) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}" if year else f"{AP_MONTHS[day.month - 1]} {day.day}"


def ap_month(day: dt.date, year: bool = True) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.year}" if year else AP_MONTHS[day.month - 1]


def is_exact(earliest: dt.date | None, latest: dt.date | None) -> bool:
    return earliest is not None and earliest == latest


def date_label(earliest: dt.date | None, latest: dt.date | None, precision: str = "") -> str:
    """The label for the days earliest..latest, said at `precision` (inferred from the bounds if blank)."""
    if earliest is None and latest is None:
        return "undated"
    if earliest is None:
        return f"by {ap_day(latest)}"
    if latest is None:
        return f"since {ap_day(earliest)}"
    if latest < earliest:
        earliest, latest = latest, earliest
    if earliest == latest:
        return ap_day(earliest)
    days = (latest - earliest).days + 1
    if SPANS.get(precision, 0) < days:
        precision = infer_precision(earliest, latest)
    return _LABELLERS.get(precision, day_range)(earliest, latest)


def infer_precision(earliest: dt.date, latest: dt.date) -> str:
    """The coarsest familiar unit the bounds fill exactly, or a plain range ("" ) when none does."""
    if earliest.weekday() == 0 and (latest - earliest).days == 6:
        return "week"
    if earliest.day == 1 and latest == _month_end(latest):
        if earliest.year == latest.year:
            months = latest.month - earliest.month + 1
            if months == 12:
                return "year"
            if months == 6 and earliest.month in (1, 7):
                return "half"
            if months == 3 and earliest.month in (1, 4, 7, 10):
                return "quarter"
        if (latest.year - earliest.year) * 12 + latest.month - earliest.month < 12:
            return "month"
    if earliest.month == latest.month and earliest.year == latest.year and _part_of_month(earliest, latest):
        return "part_of_month"
    if earliest.month == 1 and earliest.day == 1 and latest.month == 12 and latest.day == 31:
        if earliest.year % 10 == 0 and latest.year - earliest.year < 10 and latest.year // 10 == earliest.year // 10:
            return "decade"
        if earliest.year % 100 == 0 and latest.year - earliest.year < 100 and latest.year // 100 == earliest.year // 100:
            return "century"
    return ""


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=monthrange(day.year, day.month)[1])


def _part_of_month(earliest: dt.date, latest: dt.date) -> str:
    last = monthrange(latest.year, latest.month)[1]
    if earliest.day == 1 and latest.day <= 11:
        return "early"
    if earliest.day >= 10 and latest.day <= 21 and earliest.day > 1 and latest.day < last:
        return "mid-"
    if earliest.day >= 19 and latest.day == last:
        return "late"
    return ""


def _week(earliest: dt.date, latest: dt.date) -> str:
    if earliest.weekday() == 5 and (latest - earliest).days == 1:
        return "weekend of " + day_range(earliest, latest)
    monday = earliest - dt.timedelta(days=earliest.weekday())
    if latest - monday > dt.timedelta(days=6):
        return day_range(earliest, latest)
    return f"week of {ap_day(monday)}"


def _part(earliest: dt.date, latest: dt.date) -> str:
    part = _part_of_month(earliest, latest)
    if not part or earliest.month != latest.month:
        return day_range(earliest, latest)
    return f"{part}{'' if part.endswith('-') else ' '}{ap_month(earliest)}"


def _month(earliest: dt.date, latest: dt.date) -> str:
    if (earliest.year, earliest.month) == (latest.year, latest.month):
        return ap_month(earliest)
    return _month_range(earliest, latest)


def _month_range(earliest: dt.date, latest: dt.date) -> str:
    if earliest.year == latest.year:
        return f"{ap_month(earliest, year=False)}-{ap_month(latest)}"
    return f"{ap_month(earliest)}-{ap_month(latest)}"


def _season(earliest: dt.date, latest: dt.date) -> str:
    start = earliest.month - (earliest.month % 3)
    season = SEASONS.get(start or 12)
    if season == "winter":
        first = earliest.year if earliest.month == 12 else earliest.year - 1
        return f"winter {first}-{str(first + 1)[2:]}"
    return f"{season} {earliest.year}"


def _quarter(earliest: dt.date, latest: dt.date) -> str:
    return f"Q{(earliest.month - 1) // 3 + 1} {earliest.year}"


def _half(earliest: dt.date, latest: dt.date) -> str:
    return f"{'first' if earliest.month <= 6 else 'second'} half of {earliest.year}"


def _year(earliest: dt.date, latest: dt.date) -> str:
    if earliest.year != latest.year:
        return f"{earliest.year}-{latest.year}"
    if (earliest.month, earliest.day) == (1, 1) and (latest.month, latest.day) == (12, 31):
        return str(earliest.year)
    if earliest.month == latest.month:
        return _month(earliest, latest) if earliest.day == 1 and latest == _month_end(latest) else day_range(earliest, latest)
    part = _part_of_span(earliest.month - 1, latest.month - 1, 12)
    return f"{part}{earliest.year}" if part else _month_range(earliest, latest)


def _decade(earliest: dt.date, latest: dt.date) -> str:
    decade = earliest.year - earliest.year % 10
    if latest.year >= decade + 10:
        return f"{earliest.year}-{latest.year}"
    part = _part_of_span(earliest.year - decade, latest.year - decade, 10)
    return f"{part}{decade}s"


def _century(earliest: dt.date, latest: dt.date) -> str:
    century = earliest.year // 100 + 1
    start = (century - 1) * 100
    part = _part_of_span(earliest.year - start, latest.year - start, 100)
    return f"{part}{century}{_ordinal_suffix(century)} century"


def _part_of_span(first: int, last: int, size: int) -> str:
    """'early ', 'mid-', 'late ' or '' for the units first..last (0-based) of a span of `size` units."""
    third = size / 3
    if first == 0 and last == size - 1:
        return ""
    if first == 0 and last < size - third:
        return "early "
    if last == size - 1 and first >= third:
        return "late "
    if first >= third - 1 and last <= size - third:
        return "mid-"
    return ""


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def day_range(earliest: dt.date, latest: dt.date) -> str:
    if earliest == latest:
        return ap_day(earliest)
    if earliest.year != latest.year:
        return f"{ap_day(earliest)}-{ap_day(latest)}"
    if earliest.month != latest.month:
        return f"{ap_day(earliest, year=False)}-{ap_day(latest)}"
    return f"{AP_MONTHS[earliest.month - 1]} {earliest.day}-{latest.day}, {earliest.year}"


_LABELLERS = {
    "week": _week, "part_of_month": _part, "month": _month, "season": _season, "quarter": _quarter,
    "half": _half, "year": _year, "decade": _decade, "century": _century, "day": day_range,
}


def spelled_out(earliest: dt.date | None, latest: dt.date | None) -> str:
    """The bounds in full, for readers and screen readers: "between Sept. 21 and Sept. 30, 2020"."""
    if earliest is None or latest is None or earliest == latest:
        return ""
    if earliest.year == latest.year:
        return f"between {ap_day(earliest, year=False)} and {ap_day(latest)}"
    return f"between {ap_day(earliest)} and {ap_day(latest)}"


def machine_date(earliest: dt.date | None, latest: dt.date | None, precision: str = "") -> str:
    """A valid HTML `<time datetime>` at the precision the bounds allow: 2020-09-27, 2020-09, 2020."""
    if earliest is None:
        return ""
    if latest is None or earliest == latest:
        return earliest.isoformat()
    if earliest.year == latest.year:
        if earliest.month == latest.month:
            return earliest.strftime("%Y-%m")
        return str(earliest.year)
    return ""


def month_heading(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"

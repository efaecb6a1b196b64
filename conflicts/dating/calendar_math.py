"""Calendar arithmetic on TIMEX3 values: formatting, shifting, picking the right year."""

import datetime as dt
import math
import re

from hijridate import Gregorian, Hijri

from .lexicon import HEBREW_FEASTS, HOLIDAYS, ISLAMIC_FEASTS, ISLAMIC_MONTHS
from .timex import month_end  # noqa: F401 (re-exported for the resolvers)

# How far the tense may be overruled by nearness: a date a few weeks off publication is mostly the
# near one whatever the verb says ("payable Dec. 7" after "declared"); "launched its invasion on
# Feb. 24" read in late November is last February, not the coming one.
TENSE_SLACK_DAYS = 45
# A past verb that governs the date itself ("began on", "erupted") leaves room only for a publication
# date a few days off (an editorial dated for the next morning).
ACT_SLACK_DAYS = 7
SEASON_CODES = ("SP", "SU", "FA", "WI")
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def day_value(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def hour_24(hour: int, ampm: str | None) -> int:
    """ "8" with "p.m." → 20, "12" with "a.m." → 0; without a.m. or p.m. the hour as written."""
    if not ampm:
        return hour
    return hour % 12 + (12 if ampm.lower().startswith("p") else 0)


def roman_day(name: str, month: int) -> int:
    """The day of the month the Roman calendar's Kalends, Nones or Ides fall on (the Nones and Ides two days later
    in March, May, July and October)."""
    if name.lower() in ("kalends", "calends"):
        return 1
    late = month in (3, 5, 7, 10)
    return (7 if late else 5) if name.lower() == "nones" else (15 if late else 13)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def shift_day_by_months(day: dt.date, months: int) -> dt.date:
    year, month = add_months(day.year, day.month, months)
    return dt.date(year, month, min(day.day, month_end(year, month).day))


def season_index(day: dt.date) -> int:
    """Seasons numbered consecutively: year*4 + (0 spring .. 3 winter); January belongs to last winter."""
    if day.month in (1, 2):
        return (day.year - 1) * 4 + 3
    return day.year * 4 + (day.month - 3) // 3


def season_value(index: int) -> str:
    return f"{index // 4:04d}-{SEASON_CODES[index % 4]}"


def pick_season(code: str, base: dt.date, direction: str | None) -> str:
    """The season `code` nearest `base`: 'past' on or before, 'future' on or after, 'last'/'next' strictly."""
    current = season_index(base)
    wanted = SEASON_CODES.index(code)
    candidates = [i for i in range(current - 8, current + 5) if i % 4 == wanted]
    if direction == "last":
        # TimeML reads "last spring" as the spring of last year, not the one just ended.
        return season_value(max(i for i in candidates if i < current and i // 4 < base.year))
    if direction == "next":
        return season_value(min(i for i in candidates if i > current))
    if direction == "past":
        return season_value(max(i for i in candidates if i <= current))
    if direction == "future":
        return season_value(min(i for i in candidates if i >= current))
    return season_value(min(candidates, key=lambda i: (abs(i - current), -i)))


def nearest_season(code: str, base: dt.date) -> str | None:
    """The season `code` that `base` is in or nearer to: "this winter" read in October is the coming one, in
    February the one under way; None when the two are as far ("this spring" read in autumn)."""
    current = season_index(base)
    back, ahead = (current - SEASON_CODES.index(code)) % 4, (SEASON_CODES.index(code) - current) % 4
    if back == ahead and back:
        return None
    return season_value(current - back if back <= ahead else current + ahead)


HALF_YEAR_DAYS = 183


def pick_year(month: int, day: int | None, base: dt.date, tense: str | None, forward: bool = False,
              slack_days: int = TENSE_SLACK_DAYS, whole_year: bool = False) -> int:
    """The year that puts month/day nearest `base`, the way a reader resolves "Sept. 27" or "in March".

    Past tense takes the latest occurrence on or before base, future the first on or after; a
    narrative (forward=True) keeps the year it has reached (see `_narrative_year`), and stays in it
    when that year is all it has (`whole_year`: "In 1993 ... on 9 November" is 1993's).
    """
    def first_and_last(year):
        if day is not None:
            try:
                d = dt.date(year, month, day)
            except ValueError:
                d = dt.date(year, month, month_end(year, month).day)
            return d, d
        return dt.date(year, month, 1), month_end(year, month)

    if forward and whole_year:
        return base.year
    if forward:
        return _narrative_year(first_and_last, base, look_back_days=62 if day is not None else 31)

    def distance(year):
        first, last = first_and_last(year)
        if first <= base <= last:
            return 0
        if first > base and day is None and tense is None:
            # News tells more of what happened than of what will: a month named without a
            # tense to go by ("from $29.75 in March") leans to the past.
            return 2 * (first - base).days
        return min(abs((first - base).days), abs((last - base).days))

    closest = min((base.year - 1, base.year, base.year + 1), key=lambda y: (distance(y), y != base.year))
    first, last = first_and_last(closest)
    # Tense overrides nearness only when nearness is weak: news dates cluster around publication.
    if tense == "past" and (first - base).days > slack_days:
        return closest - 1
    if tense == "future" and (base - last).days > slack_days:
        return closest + 1
    return closest


def weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    """True when month/day of `year` falls on `weekday` (Monday 0), by the Gregorian calendar or, before
    1753, by the Julian one that Britain, Russia and others then kept."""
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return False
    if date.weekday() == weekday:
        return True
    return year < 1753 and _julian_weekday(date) == weekday


def julian_lag(year: int) -> int:
    """Days the Julian calendar runs behind the Gregorian in `year` (10 in 1583, 13 since 1900)."""
    return year // 100 - year // 400 - 2


def years_after_bc(year_bc: int, years: int) -> str:
    """The TIMEX3 value `years` after (before, if negative) the year `year_bc` BC, with no year 0:
    two years after 415 BC is 413 BC (BC0413); a year after 1 BC is AD 1 (0001)."""
    astronomical = 1 - year_bc + years
    return f"BC{1 - astronomical:04d}" if astronomical <= 0 else f"{astronomical:04d}"


def _narrative_year(first_and_last, base: dt.date, look_back_days: int) -> int:
    """A history keeps the year it has reached: "ended on 14 June 1982. On 3 April, ..." goes back
    to April 1982, as an overview is followed by the detail. It steps over the new year when the
    next year's date is the nearer ("The siege began in October 1943. In February ..." is 1944),
    and back only for a short look ("On 28 December" after "January 1968")."""
    same_first, same_last = first_and_last(base.year)
    if same_last < base:
        next_first, _ = first_and_last(base.year + 1)
        return base.year + 1 if (next_first - base) < (base - same_last) else base.year
    _, previous_last = first_and_last(base.year - 1)
    if (base - previous_last).days <= look_back_days and (same_first - base).days > HALF_YEAR_DAYS:
        return base.year - 1
    return base.year


def weekday_near(weekday: int, base: dt.date, direction: str) -> dt.date:
    """'before'/'after' strictly, 'on_or_before'/'on_or_after' inclusively. Before 1583 `base` is a Julian
    date, as histories write them (26 August 1346, the eve of "the next morning, a Sunday", was a Saturday)."""
    delta = weekday - weekday_of(base)
    if direction in ("after", "on_or_after"):
        delta %= 7
        if delta == 0 and direction == "after":
            delta = 7
    else:
        delta = -((-delta) % 7)
        if delta == 0 and direction == "before":
            delta = -7
    return base + dt.timedelta(days=delta)


def weekday_of(day: dt.date) -> int:
    """The weekday (Monday 0) of `day`, read as a Julian date before 1583."""
    return _julian_weekday(day) if day.year < GREGORIAN_REFORM_YEAR else day.weekday()


def _julian_weekday(day: dt.date) -> int:
    """The weekday of the Julian calendar's `day` (held in a Gregorian date object)."""
    return (day + dt.timedelta(days=julian_lag(day.year))).weekday()


_GRANULAR = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})"), "week"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})$"), "year"),
]


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """Move a value by amount×unit keeping its granularity ("1989-Q3" − 1 year → "1988-Q3")."""
    for regex, granularity in _GRANULAR:
        m = regex.match(value)
        if not m:
            continue
        year = int(m[1])
        if unit == "year":
            return str(year + amount).zfill(4) + value[4:] if granularity != "day" else day_value(add_years(dt.date(year, int(m[2]), int(m[3])), amount))
        if granularity == "day":
            day = dt.date(year, int(m[2]), int(m[3]))
            if unit == "day":
                return day_value(day + dt.timedelta(days=amount))
            if unit == "week":
                return day_value(day + dt.timedelta(weeks=amount))
            if unit == "month":
                return day_value(shift_day_by_months(day, amount))
        if granularity == "month" and unit == "month":
            return month_value(*add_months(year, int(m[2]), amount))
        if granularity == "quarter" and unit == "quarter":
            index = year * 4 + int(m[2]) - 1 + amount
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        return None
    return None


_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter monday": -1, "good friday": 2, "palm sunday": 7,
                "holy thursday": 3, "maundy thursday": 3, "holy saturday": 1}


def holiday_date(name: str, year: int, orthodox: bool = False) -> dt.date | None:
    """The day of holiday `name` in `year`; `orthodox` reckons the Easter feasts as the Eastern churches do."""
    if name in _EASTER_DAYS:
        if year < GREGORIAN_REFORM_YEAR:
            sunday = julian_easter(year)  # before 1583 the Julian computus, on the Julian date histories write
        else:
            sunday = orthodox_easter(year) if orthodox else easter(year)
        return sunday - dt.timedelta(days=_EASTER_DAYS[name])
    fixed = HOLIDAYS.get(name)
    if fixed:
        return dt.date(year, *fixed)
    if name.startswith("thanksgiving"):
        return weekday_near(3, dt.date(year, 11, 1), "on_or_after") + dt.timedelta(weeks=3)
    if name.startswith("eid") and name != "eid":
        return islamic_feast(ISLAMIC_FEASTS[name[-4:]], year)
    if name in ISLAMIC_MONTHS:
        return islamic_feast((ISLAMIC_MONTHS[name], 1), year)
    if name == "orthodox easter":
        return orthodox_easter(year)
    if name in HEBREW_FEASTS:
        return hebrew_feast(name, year)
    if name == "election day":
        return weekday_near(0, dt.date(year, 11, 1), "on_or_after") + dt.timedelta(days=1)
    if name == "labor day":
        return weekday_near(0, dt.date(year, 9, 1), "on_or_after")
    if name == "memorial day":
        return weekday_near(0, dt.date(year, 5, 31), "on_or_before")
    if name == "remembrance sunday":  # the second Sunday of November (Britain, since 1956)
        return weekday_near(6, dt.date(year, 11, 8), "on_or_after")
    if name == "d-day":
        return dt.date(1944, 6, 6)
    return None


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


GREGORIAN_REFORM_YEAR = 1583  # the first whole year of the Gregorian calendar


def julian_easter(year: int) -> dt.date:
    """Easter by the Julian computus, as a Julian calendar date (Meeus): how a history dates an Easter
    before the Gregorian reform ("Easter Sunday, 14 April 1471")."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1)


def orthodox_easter(year: int) -> dt.date:
    """Easter of the Eastern churches: the Julian computus, moved to the Gregorian calendar."""
    return julian_easter(year) + dt.timedelta(days=julian_lag(year))


_ISLAMIC_EPOCH = dt.date(622, 7, 16).toordinal()  # 1 Muharram AH 1, civil reckoning


def islamic_feast(month_day: tuple[int, int], year: int) -> dt.date | None:
    """The first day in Gregorian `year` of the Hijri (month, day): by the Umm al-Qura calendar that
    Saudi Arabia publishes (AH 1343-1500, AD 1924-2077), the arithmetic calendar outside it."""
    month, day = month_day
    near = round((year - 622) * 33 / 32)
    for hijri_year in (near - 1, near, near + 1, near + 2):
        try:
            date = Hijri(hijri_year, month, day).to_gregorian()
            date = dt.date(date.year, date.month, date.day)
        except (OverflowError, ValueError):
            date = dt.date.fromordinal(
                _ISLAMIC_EPOCH - 1 + day + math.ceil(29.5 * (month - 1)) + (hijri_year - 1) * 354 + (3 + 11 * hijri_year) // 30)
        if date.year == year:
            return date
    return None


def islamic_month_end(first: dt.date, month: int) -> dt.date:
    """The last day of Hijri `month` that begins on `first`: 29 or 30 days on by Umm al-Qura; in the
    arithmetic calendar outside it, odd months have 30 days."""
    try:
        length = Gregorian(first.year, first.month, first.day).to_hijri().month_length()
    except (OverflowError, ValueError):
        length = 30 if month % 2 else 29
    return first + dt.timedelta(days=length - 1)


_HEBREW_EPOCH = -1373427  # 1 Tishri AM 1 as a proleptic Gregorian ordinal (Reingold and Dershowitz)


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the epoch to the molad of Tishri of Hebrew `year`, with the first postponement."""
    months = (235 * year - 234) // 19
    day = 29 * months + (12084 + 13753 * months) // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def rosh_hashanah(year: int) -> dt.date:
    """1 Tishri of Hebrew `year` (AM), with the postponements that keep a year's length lawful."""
    before, this, after = (_hebrew_elapsed_days(y) for y in (year - 1, year, year + 1))
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return dt.date.fromordinal(_HEBREW_EPOCH + this + correction)


def hebrew_feast(name: str, year: int) -> dt.date:
    """The day in Gregorian `year` of a Jewish feast: "Yom Kippur" in 1973 is 6 October."""
    new_year = rosh_hashanah(year + 3761)  # the Hebrew year that begins in this autumn
    if HEBREW_FEASTS[name] is not None:
        return new_year + dt.timedelta(days=HEBREW_FEASTS[name])
    length = (rosh_hashanah(year + 3762) - new_year).days
    heshvan = 30 if length % 10 == 5 else 29  # a "complete" year (355 or 385 days) has a long Heshvan
    return new_year + dt.timedelta(days=30 + heshvan + 24)  # 25 Kislev

"""`tag(text, dct)`: find every temporal expression and resolve it to a Timex."""

import datetime as dt
import re

from .calendar_math import GREGORIAN_REFORM_YEAR
from .lexicon import MONTHS
from .patterns import NARRATIVE_ONLY, find_candidates
from .resolve import Resolver
from .resolution import Resolution
from .timex import AP_MONTHS, Timex, ap_day_range, before_christ_label, day_with_weekday, duration_label, narrow, precision_label, value_bounds

MAX_TEXT = 2_000_000


def parse_dct(dct: dt.date | str | None) -> dt.date | None:
    """The document creation time as a date; a `YYYY-MM-DD` string is accepted (ValueError if not)."""
    if dct is None or dct == "":
        return None
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    return dt.date.fromisoformat(str(dct).strip()[:10])


def tag(text: str, dct: dt.date | str | None = None) -> list[Timex]:
    """TIMEX3 expressions in `text`, sorted by start and non-overlapping.

    With a DCT, relative expressions count from it; without one, from the last date the text gave.
    """
    if not isinstance(text, str) or not text:
        return []
    text_to_scan = text[:MAX_TEXT]
    publication = parse_dct(dct)
    candidates = find_candidates(text_to_scan, skip=NARRATIVE_ONLY if publication else frozenset())
    if publication and reads_as_history(candidates, publication):
        publication = None
        candidates = find_candidates(text_to_scan)  # a history published later: its years under 1000 count too
    if publication:
        publication = dateline_day(text_to_scan, publication) or publication
    resolver = Resolver(text_to_scan, publication)
    found = []
    for candidate in candidates:
        try:
            resolution = resolver.resolve(candidate)
            if resolution is None or not resolution.value:
                continue
            start = candidate.start
            if (around := resolver.day_around(resolution)) and (not found or found[-1].end <= around[0]):
                start, resolution = around
            timex = build_timex(text, start, candidate.end, resolution, resolver.dct or resolver.anchor)
        except (ValueError, OverflowError, KeyError, TypeError, IndexError, AttributeError):
            continue
        # A comparison ("up from $4 a year earlier") does not move the story's reference time.
        if timex.type in ("DATE", "TIME") and not resolution.comparison and not in_life_dates(text_to_scan, candidate.start):
            resolver.remember(timex.value, timex.earliest, timex.latest, candidate.start, candidate.rule)
        found.append(timex)
    return found


# "WASHINGTON, Feb. 27 - President Bush declared tonight ...": a newspaper dated the next morning
# writes "today" and "tonight" for the day of its dateline.
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,20})?,\s+"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})|(?P<d_first>\d{1,2})\s+(?P<month_after>[A-Z][a-z]{2,8}))"
    r"(?:,\s+\d{4})?\s*(?:\(|-|—|–|_)")


def dateline_day(text: str, publication: dt.date) -> dt.date | None:
    """The day of a dateline at the head of the text when it is one to three days before publication."""
    match = _DATELINE.search(text, 0, 400)
    if match is None:
        return None
    month = MONTHS.get((match.group("month") or match.group("month_after")).lower().rstrip("."))
    if month is None:
        return None
    day_number = int(match.group("d") or match.group("d_first"))
    for year in (publication.year, publication.year - 1):
        try:
            day = dt.date(year, month, day_number)
        except ValueError:
            return None
        if 1 <= (publication - day).days <= 3:
            return day
    return None


# "Erich von Manstein (1887–1973)", "General Model (born 24 January 1891)": a person's dates.
# "(26 February 1928 – 11 January 2014)", "(May 5, 1906 – 1994)" as well.
_DAY_MONTH = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?"
_LIFE_DATES = re.compile(
    rf"[A-Z][\w.'’-]*\s*\(\s*(?:(?:born|b\.|died|d\.)\s[^()]{{1,40}}"
    rf"|(?:c\.\s*)?{_DAY_MONTH}\d{{3,4}}\s*[–-]\s*(?:c\.\s*)?{_DAY_MONTH}\d{{2,4}})\s*\)")


_NAMED_SPANS = {"war", "wars", "battle", "campaign", "offensive", "operation", "siege", "revolution", "uprising",
                "rebellion", "crisis", "conflict", "occupation", "invasion", "insurgency", "intifada", "period", "era",
                "dynasty", "empire", "republic", "regime", "reign", "treaty", "accords", "truce", "ceasefire", "blockade",
                "airlift", "emergency", "troubles", "raj", "mandate", "protectorate", "union", "kingdom", "administration"}


def in_life_dates(text: str, at: int) -> bool:
    """True inside the brackets that give a person's birth and death: those dates tell nothing of
    when the story is, so they do not become its reference time."""
    opening = text.rfind("(", max(0, at - 45), at + 1)
    if opening < 0 or ")" in text[opening:at]:
        return False
    match = _LIFE_DATES.search(text, max(0, opening - 40), min(len(text), at + 60))
    if match is None or not match.start() < opening < match.end():
        return False
    name = text[match.start():opening].strip().rstrip(".").lower()
    return name not in _NAMED_SPANS  # "the Second World War (1939–1945)" is the story's time


# Expressions that only make sense counted from the day of writing.
_DEICTIC_RULES = {"day_word"}
_DEICTIC_DIRECTIONS = {"ago", "from now", "hence"}
_DEICTIC_RELATIONS = {"this", "last", "next", "past", "the past", "the last", "coming", "current", "this past", "this coming"}


def reads_as_history(candidates, dct: dt.date) -> bool:
    """True for a text written long after what it tells (a war history published later): it names
    its years outright, all well before the publication date, and never says "yesterday",
    "last week" or a bare weekday. Such a text is read in narrative mode, dates following dates."""
    years = []
    for candidate in candidates:
        groups = candidate.groups
        if candidate.rule in _DEICTIC_RULES or (candidate.rule == "weekday" and "rel" not in groups):
            return False
        if candidate.rule == "ago" and " ".join(groups["dir"].lower().split()) in _DEICTIC_DIRECTIONS:
            return False
        if candidate.rule == "relative_unit" and " ".join(groups["rel"].lower().split()) in _DEICTIC_RELATIONS:
            return False
        if "y" in groups and groups["y"].isdigit():
            years.append(int(groups["y"]))
    if len(years) < 2:
        return False
    years.sort()
    return years[len(years) // 2] < dct.year - 1 and max(years) < dct.year


_DAY_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday", "DT": "daytime"}


def _time_of_day(value: str) -> str:
    """", 14:00" or ", night" for a TIME value; nothing for a DATE."""
    _, _, clock = value.partition("T")
    if not clock:
        return ""
    if clock in _DAY_PART_NAMES:
        return ", " + _DAY_PART_NAMES[clock]
    return ", " + ("midnight" if clock.startswith("24") else clock)


def ap_month_day(day: dt.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}"


def build_timex(text: str, start: int, end: int, resolution: Resolution, base: dt.date | None) -> Timex:
    phrase = text[start:end]
    value, mod = resolution.value, resolution.mod
    earliest = latest = precision = None
    if resolution.type in ("DATE", "TIME"):
        earliest, latest, precision = value_bounds(value)
        if earliest is not None:
            earliest, latest, precision = narrow(earliest, latest, precision, mod)
            if resolution.last and resolution.last > earliest:
                latest = resolution.last
            if base and resolution.clip == "before" and earliest <= base <= latest:
                latest = base
            elif base and resolution.clip == "after" and earliest <= base <= latest:
                earliest = base
    if resolution.type == "DURATION":
        label = ({"APPROX": "about ", "LESS_THAN": "less than ", "MORE_THAN": "more than ",
                  "EQUAL_OR_MORE": "at least ", "EQUAL_OR_LESS": "up to "}.get(mod or "", "") + duration_label(value))
    elif resolution.type == "SET":
        every_unit = value.startswith("P") and "X" not in value  # "every few centuries" keeps its words
        label = "every " + duration_label(value).removeprefix("1 ") if every_unit else resolution.reason
    elif earliest is None:
        label = ({"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future"}.get(value)
                 or before_christ_label(value) or f"unresolved ({value})")
    elif value.endswith("-WE"):
        label = f"weekend of {ap_month_day(earliest)}-{latest.day}, {earliest.year}" if earliest.month == latest.month else f"weekend of {ap_month_day(earliest)}, {earliest.year}"
    elif resolution.last and latest != earliest:
        label = ap_day_range(earliest, latest)
    else:
        label = precision_label(earliest, latest, precision, mod) + _time_of_day(value)
    shown = label
    if earliest is not None and earliest == latest and precision == "day" and mod in (None, "START", "MID", "END") and (
            earliest.year >= GREGORIAN_REFORM_YEAR):  # no weekday for a date that may be Julian
        # Editors check a resolved day against its weekday: "Friday → Fri 9 Oct 2020".
        shown = day_with_weekday(earliest) + _time_of_day(value)
    explanation = f"{phrase} → {shown}" + (f", {resolution.reason}" if resolution.reason != shown else "")
    return Timex(start, end, phrase, resolution.type, value, mod, earliest, latest, precision, label, explanation)

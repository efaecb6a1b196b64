"""A live report's entries: the stamps that open them ("18:25", "07:15 GMT"), the days they fall on (past midnight,
or under a day heading such as "Tuesday 17 March"), and the clocks told in them. Mixed into `days.DayRules`."""

import datetime as dt
import functools
import re

from . import calendar_math as cm
from .fragments import MONTH
from .lexicon import FULL_WEEKDAYS, MONTHS, alternation
from .resolution import Resolution
from .tense import said_will

# A live report's entry stamp opening a line: "00:35 BST", "23:10".
_ENTRY_STAMP = re.compile(r"^[ \t]*([01]?\d|2[0-3])[:.]([0-5]\d)\b(?:\s*([ap])\.?\s?m\b)?", re.MULTILINE | re.IGNORECASE)
# A live report's day heading on a line of its own: "Tuesday 17 March", "Monday, March 16".
_DAY_HEADING = re.compile(
    rf"^[ \t]*(?:{alternation(FULL_WEEKDAYS)}),?\s+(?:(?P<d_first>\d{{1,2}})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>\d{{1,2}}))"
    r"(?:,?\s+\d{4})?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# "his daily press conference, due to begin at 6am": a clock still to come.
_DUE_TO_BEFORE = re.compile(r"\b(?:due|set|scheduled|expected)\s+to\s+[a-z]+\s+(?:at\s+)?$", re.IGNORECASE)
_FEWEST_STAMPS = 3  # fewer stamps than this make no live report


class LiveReportRules:
    def _line_clock(self, g):
        if self.dct is None:
            return self._clock(g)
        # A live report's stamp is on the day of publication, whatever day its entry then tells of, or
        # on a day after it once the entries have passed midnight.
        day, reason = self._entry_day()
        return Resolution("TIME", f"{cm.day_value(day)}T{int(g['h24']):02d}:{g['m24']}", reason)

    def _entry_day(self) -> tuple[dt.date, str]:
        """The day of the live report's entry stamped where the candidate stands."""
        days_on = self._entry_days_on.get(self.candidate.start, 0)
        if days_on:
            return self.dct + dt.timedelta(days=days_on), "an entry past midnight, after the day of publication"
        return self.dct, "an entry of the day of publication"

    def _stamp_before(self) -> tuple[int, int] | None:
        """Where the stamp of the entry the candidate stands in is, and its minutes into the day (None outside a
        live report)."""
        stamps = self._entry_stamps
        if len(stamps) < _FEWEST_STAMPS:
            return None
        return max(((at, minutes) for at, minutes in stamps if at < self.candidate.start), default=None)

    def _entry_ahead(self, hour: int) -> tuple[dt.date, str] | None:
        """In a live report, a clock told in the future in an entry: the first such hour after the entry's stamp."""
        if len(self._entry_stamps) < _FEWEST_STAMPS or self.tense() != "future" or not (
                said_will(self.text, self.candidate.start)
                or _DUE_TO_BEFORE.search(self.text, max(0, self.candidate.start - 40), self.candidate.start)):
            return None  # "agreed that both sides would stop firing from 1700 hours": that day's
        if (stamp := self._stamp_before()) is None:
            return None
        at, minutes = stamp
        day = self.dct + dt.timedelta(days=self._entry_days_on.get(at, 0) + (hour * 60 <= minutes))
        return day, f"the first {hour:02d}:00 after the entry's stamp"

    def _entry_clock_before(self) -> dt.datetime | None:
        """The stamp of the live report's entry the candidate stands in, as a moment (None outside a live report)."""
        if (stamp := self._stamp_before()) is None:
            return None
        at, minutes = stamp
        day = self.dct + dt.timedelta(days=self._entry_days_on.get(at, 0))
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)

    def _entry_day_at(self) -> tuple[dt.date, str] | None:
        """The day of the live report's entry the candidate stands in, when the entries' days are known."""
        days_on = self._entry_days_on
        at = max((where for where in days_on if where < self.candidate.start), default=None)
        if at is None:
            return None
        return self.dct + dt.timedelta(days=days_on[at]), "the day of the entry it is in"

    @functools.cached_property
    def _entry_stamps(self) -> list[tuple[int, int]]:
        """A live report's entry stamps: where each stands, and its minutes into the day."""
        return [(m.start(1), cm.hour_24(int(m.group(1)), m.group(3)) * 60 + int(m.group(2)))
                for m in _ENTRY_STAMP.finditer(self.text)]

    @functools.cached_property
    def _entry_days_on(self) -> dict[int, int]:
        """A live report's entry stamps (where each stands) with the days past publication they fall on.
        Entries run newest first or oldest first; counted from the oldest, a stamp earlier in the day than the
        one before it (by more than an hour: entries are not always in order) has passed midnight."""
        stamps = self._entry_stamps
        if len(stamps) < _FEWEST_STAMPS:
            return {}
        if headings := [(m.start(), day) for m in _DAY_HEADING.finditer(self.text) if (day := self._heading_day(m))]:
            # "Tuesday 17 March" heading the entries under it: their day, whichever way they run
            days_on = {}
            for at, _ in stamps:
                if under := [day for where, day in headings if where < at]:
                    days_on[at] = (under[-1] - self.dct).days
            return days_on
        newest_first = sum(a > b for (_, a), (_, b) in zip(stamps, stamps[1:])) * 2 > len(stamps) - 1
        days_on, shift, previous = {}, 0, None
        for at, minutes in reversed(stamps) if newest_first else stamps:
            if previous is not None and minutes < previous - 60:
                shift += 1
            days_on[at], previous = shift, minutes
        return days_on if shift else {}

    def _heading_day(self, m: re.Match) -> dt.date | None:
        """The day a live report's heading names, in the year of publication (or the year before, in January)."""
        month = MONTHS[(m.group("month") or m.group("month_after")).lower().rstrip(".")]
        day = int(m.group("d") or m.group("d_first"))
        year = self.dct.year - (month - self.dct.month > 6)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

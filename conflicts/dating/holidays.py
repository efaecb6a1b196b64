"""Resolution rules for holidays and named days: feasts by their own calendars ("Eid", "Orthodox Easter"), each
country's Independence Day, days in history ("D-Day", "VE Day") and an operation's own D-Day with the days counted
from it ("D+2"). Mixed into `relative.RelativeRules`."""

import datetime as dt
import re

from . import calendar_math as cm
from .calendar_math import holiday_date
from .days import day_part_code
from .fragments import DAY_NUMBER, MONTH, WEEKDAY, YEAR
from .lexicon import HOLIDAYS, INDEPENDENCE_DAYS, ISLAMIC_MONTHS
from .resolution import Resolution

# The year written after a holiday: "the Christmas truce of 1914", "Yom Kippur in 1973", "Easter Monday, 9 April 1917".
_YEAR_OF_AFTER = re.compile(rf"(?:(?:\s+[a-z]+){{0,2}}\s+of|,?\s+in|,\s+{DAY_NUMBER}\s+{MONTH},?|,\s+{MONTH}\s+{DAY_NUMBER},)\s+(?P<y>{YEAR})\b", re.IGNORECASE)
# "a truce to mark Eid al-Fitr" written the day after it: feasts last days, so a future tense goes
# to next year's only when this year's is well past.
HOLIDAY_SLACK = dt.timedelta(days=3)
WEEK = dt.timedelta(days=7)
# "flew to Florida for Christmas" written on 21 December, "a ceasefire before the Muslim holy month of
# Ramadan": the coming one, whatever the verb's tense.
_FOR_A_FEAST_BEFORE = re.compile(r"\b(?:for|before|until|till|(?:run|lead)-up\s+to|ahead\s+of)\s+(?:the\s+(?:[\w-]+\s+){0,3}of\s+)?$", re.IGNORECASE)
_ORTHODOX_BEFORE = re.compile(r"\bOrthodox\b")
_WOULD_BEFORE = re.compile(r"\bwould\b[^.;!?\n]*$", re.IGNORECASE)
_INDEPENDENCE_BY_NAME = {f"c{i}": day for i, day in enumerate(INDEPENDENCE_DAYS.values())}
_COUNTRY = re.compile("|".join(  # as written, or in a dateline's capitals ("PESHAWAR:")
    f"(?P<c{i}>\\b(?:{names}|{names.upper()})\\b)" for i, names in enumerate(INDEPENDENCE_DAYS)))
# "D-Day was set for 8 November", "D-Day for Operation Torch": the day an operation plans for, whichever it is.
_PLANNED_DAY_AFTER = re.compile(r"\s+(?:(?:was|is|would\s+be|had\s+been|will\s+be)\s+(?:now\s+)?(?:set|fixed|scheduled|named)\b"
                                r"|for\s+(?:Operation\b|the\s+(?:invasion|landings?|assault|operation|attack)\b))", re.IGNORECASE)
# "D-Day was fixed for Tuesday, 15 August": the day it names.
_PLANNED_FOR_DAY_AFTER = re.compile(
    rf"\s+(?:was|is|would\s+be|had\s+been|will\s+be)\s+(?:now\s+)?(?:set|fixed|scheduled)\s+for\s+(?:{WEEKDAY},?\s+)?"
    rf"(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}))(?:,?\s+(?P<y>{YEAR}))?",
    re.IGNORECASE)
# "Tuesday, 15 August (D-Day)", "23 February (D-Day).": the day just named, in brackets after it.
_IN_BRACKETS_AFTER_A_DAY = re.compile(r"[\w.]\s*\(\s*$")
# Days that name one day in history; a history means it, news may mean its anniversary ("marked VE Day").
_HISTORIC_DAYS = {"d-day": "1944-06-06", "ve day": "1945-05-08", "v-e day": "1945-05-08", "vj day": "1945-08-15",
                  "v-j day": "1945-08-15"}


class HolidayRules:
    def _operation_day(self) -> Resolution | None:
        """An operation's own D-Day, not Normandy's: the day "D-Day was fixed for" names, or the day named just before
        "(D-Day)"; later a bare "D-Day" (and "D+1") in the same text counts from it."""
        start, end = self.candidate.start, self.candidate.end
        if planned := _PLANNED_FOR_DAY_AFTER.match(self.text, end):
            day, _ = self._date_from_groups({k: v for k, v in planned.groupdict().items() if v})
            if day is not None:
                self.operation_day = day
                return Resolution("DATE", cm.day_value(day), "the day the operation was set for")
        if self.last_day and _IN_BRACKETS_AFTER_A_DAY.search(self.text, max(0, start - 30), start) and start - self.last_day_at < 40:
            self.operation_day = self.last_day
            return Resolution("DATE", cm.day_value(self.last_day), "the day named just before it")
        if self.operation_day:
            return Resolution("DATE", cm.day_value(self.operation_day), "the operation's D-Day, named before")
        return None

    def _d_offset(self, g):
        """ "D+1", "(D-1)": days counted from an operation's D-Day the text has named."""
        if self.operation_day is None:
            return None
        sign = -1 if g["sign"] in "-−–" else 1
        day = self.operation_day + dt.timedelta(days=sign * int(g["n"]))
        return Resolution("DATE", cm.day_value(day), f"{sign * int(g['n']):+d} days from D-Day, {cm.day_value(self.operation_day)}")

    def _holiday_tense(self) -> str | None:
        """The clause's tense; a reported "would" ("we were told it would be done before Eid") says
        nothing of which side of publication the feast is."""
        tense = self.tense()
        if tense == "future" and _WOULD_BEFORE.search(self.text, max(0, self.candidate.start - 90), self.candidate.start):
            return None
        return tense

    def _nearer_eid(self, year: int | None) -> str:
        """ "Eid" alone: Eid al-Fitr or Eid al-Adha, whichever falls nearer the time the text is at, on the
        side its tense says."""
        if year is not None:
            base = dt.date(year, 7, 1)
        else:
            base = self.now
        tense = self._holiday_tense()

        def distance(feast):
            days = [(d - base).days for y in (base.year - 1, base.year, base.year + 1)
                    if (d := holiday_date(f"eid al-{feast}", y))]
            if tense == "past" and any(x <= 0 for x in days):
                days = [x for x in days if x <= 0]
            elif tense == "future" and any(x >= -HOLIDAY_SLACK.days for x in days):
                days = [x for x in days if x >= -HOLIDAY_SLACK.days]
            return min(abs(x) for x in days)
        return "eid al-" + min(("fitr", "adha"), key=distance)

    def _independence_day(self) -> tuple[int, int]:
        """(month, day) of the Independence Day of the country the text last named before it."""
        country = None
        for country in _COUNTRY.finditer(self.text, 0, self.candidate.start):
            pass
        if country is None:
            country = _COUNTRY.search(self.text, self.candidate.end)
        return _INDEPENDENCE_BY_NAME[country.lastgroup] if country else (7, 4)

    def _holiday(self, g):
        if "hpart" in g:  # "On Christmas morning": that part of the feast's day
            day = self._holiday({key: value for key, value in g.items() if key != "hpart"})
            if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
                return day
            return Resolution("TIME", f"{day.value}T{day_part_code(g['hpart'])}", day.reason)
        name = " ".join(g["name"].lower().split())
        rel = (g.get("rel") or "").lower()
        # "the Orthodox Church appealed for a truce from Holy Thursday through Easter": the Julian reckoning.
        orthodox = _ORTHODOX_BEFORE.search(self.text, max(0, self.candidate.start - 300), self.candidate.start) is not None

        if "hd" in g or "hd2" in g:  # "Easter Sunday, 23 April": the date written after the feast
            day = self._day_month({"d": g.get("hd") or g["hd2"], "month": g.get("hmonth") or g["hmonth2"],
                                   **({"y": g["hy"]} if "hy" in g else {})})
            if "hmil" in g and day is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
                return Resolution("TIME", f"{day.value}T{g['hmil']}:{g['hmilm']}", day.reason)  # "Easter Sunday, 1 April, 0600."
            return day
        national = self._independence_day() if name == "independence day" else None
        if rel in ("every", "each"):
            fixed = national or HOLIDAYS.get(name)
            value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"  # TimeML: a movable feast has no fixed value
            written = self.text[self.candidate.match.start("name"):self.candidate.match.end("name")]
            return Resolution("SET", value, f"every year on {written}")
        if name == "eid":
            if self.now is None and "y" not in g:
                return Resolution("DATE", "XXXX-XX-XX", "no year to place the feast in")
            name = self._nearer_eid(int(g["y"]) if "y" in g else None)

        def on(year):
            return dt.date(year, *national) if national else holiday_date(name, year, orthodox)

        if name == "d-day" and "y" not in g and (operation := self._operation_day()):
            return operation
        if name == "d-day" and "y" not in g and _PLANNED_DAY_AFTER.match(self.text, self.candidate.end):
            return None  # "D-Day for Operation Torch": an operation's day, not 6 June 1944
        if "y" not in g and (name == "d-day" or (self.narrative and name in _HISTORIC_DAYS)):
            return Resolution("DATE", _HISTORIC_DAYS[name], "the day in history")
        if "y" in g:
            year = int(g["y"])
        elif (written_after := _YEAR_OF_AFTER.match(self.text, self.candidate.end)) and (
                day := on(int(written_after.group("y")))):
            return Resolution("DATE", cm.day_value(day), "a holiday in the year written after it")
        elif self.now is None:
            fixed = HOLIDAYS.get(name)
            value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
            return Resolution("DATE", value, "no year to place the holiday in")
        elif self.ref_date and (then := on(self.ref_date.year)) and (rel == "that" or (
                not rel and self.telling_an_earlier_year(then.month, looking_ahead_in_the_story=True))):
            # "That Christmas nobody put up a tree"; a feature's "due back on 20 November 1941 ... hoped to get leave
            # before Christmas": the feast of the year the story is in
            if then < self.ref_date - dt.timedelta(days=31):
                then = on(self.ref_date.year + 1) or then
            return Resolution("DATE", cm.day_value(then), self.anchor_reason())
        elif not rel and (this_year := on(self.now.year)) and self.back_in_the_feature(this_year.month) and (
                then := on(self.feature_year)):
            # an anniversary feature's "Anzac Day was two days off" (1951)
            return Resolution("DATE", cm.day_value(then), f"in {self.feature_year}, the year the feature looks back to")
        else:
            year = self.now.year
        day = on(year)
        if day is None:
            return None
        week = (g.get("week") or "").lower()
        if "y" not in g and self.narrative and not rel:
            # A history reads on: the holiday in the year it has reached ("1914 ... on Christmas Eve"),
            # or a short look back from a day or month it has reached.
            coarse = re.fullmatch(r"\d{4}", self.ref_value or "") is not None
            earliest = self.ref_date if coarse else self.ref_date - dt.timedelta(days=31)
            day = next((d for y in (year - 1, year, year + 1) if (d := on(y)) and d >= earliest), day)
        elif "y" not in g:
            # "as Easter week began": a holiday's week has begun once its Monday has come.
            start = day - dt.timedelta(days=day.weekday()) if week == "week" else day
            tense = self._holiday_tense()
            ahead = _FOR_A_FEAST_BEFORE.search(self.text, max(0, self.candidate.start - 45), self.candidate.start)
            if rel == "last" or (not rel and tense == "past" and start > self.now and not (ahead and start - self.now <= 3 * WEEK)) or (
                    not rel and tense != "future" and (start - self.now).days > 183):
                # "captured Makeni just before Christmas", read on 8 January: last year's
                day = on(year - 1) if start >= self.now else day
            elif rel == "next" or (not rel and tense == "future" and self._feast_end(name, day) < self.now - HOLIDAY_SLACK):
                day = on(year + 1) if day <= self.now else day
        if week:
            # "Easter week", "the Thanksgiving weekend": the week (weekend) the holiday falls in.
            return Resolution("DATE", cm.week_value(day) + ("-WE" if week == "weekend" else ""), f"the {week} of a holiday")
        if name in ISLAMIC_MONTHS:
            return Resolution("DATE", cm.day_value(day), "the month of Ramadan", last=self._feast_end(name, day))
        return Resolution("DATE", cm.day_value(day), "a holiday")

    @staticmethod
    def _feast_end(name: str, day: dt.date) -> dt.date:
        """The last day of a feast: its first, or the month's end for a month of fasting."""
        return cm.islamic_month_end(day, ISLAMIC_MONTHS[name]) if name in ISLAMIC_MONTHS else day

"""Resolution rules for dates named on the calendar: full and numeric dates, months and days without
a year, seasons, years and their eras, decades, centuries, "the 12th", "the first day of the offensive"
(quarters, halves and fiscal years are in periods.py). Mixed into `resolve.Resolver`, whose reference time they read.
"""

import datetime as dt
import re

from . import calendar_math as cm
from .lexicon import DECADE_WORDS, FULL_WEEKDAYS, MONTHS, ORDINALS, SEASONS, WEEKDAYS, year_in_words
from .periods import PeriodRules
from .plausibility import EVENT_DAY_AFTER, NOW_IN_BEFORE, ON_A_COUNTED_DAY_BEFORE
from .resolution import SINCE_BEFORE, Resolution, clip_of, part_mod, shift_of
from .tense import acted_on, said_will
from .timex import safe_date

NUMERIC_NEAR_DAYS = 60
EVENT_DAY_REACH = 1200  # characters back to the day an event began ("On 17 November ... the third day")
_STAMP_BEFORE = re.compile(r"\b(?:updated|published|posted|as\s+of)\s*:?\s*$", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"(?<![\d,.$£€-])\b(?:1[0-9]|20)\d\d\b(?!s\b|[\d,.-]\d)")
_YEARLY_DAY_BEFORE = re.compile(
    r"\b(?:falls|fall)\s+on\s+$|\b(?:is|are)\s+(?:marked|celebrated|commemorated|observed)\s+(?:each\s+year\s+|every\s+year\s+)?on\s+$",
    re.IGNORECASE)
_YEARLY_DAY_AFTER = re.compile(
    r"\s+(?:is|remains|has\s+been|became)\s+(?:(?:a|an|now\s+a|still\s+a)\s+)?(?:[\w-]+\s+){0,2}(?:holiday|day\s+of\s+(?:mourning|remembrance))\b"
    r"|\s+is\s+(?:marked|celebrated|commemorated|observed|kept)\b", re.IGNORECASE)
_SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b")
_RANGE_START_BEFORE = re.compile(r"\b(\d{1,2})\s*(?:and|to|[-–])\s*$")
_CONTRASTED_SEASON_AFTER = re.compile(r",?\s+(?:and\s+|but\s+|or\s+)?in\s+(?:mid-?)?(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_DUE_BEFORE = re.compile(r"\b(?:due|scheduled|planned|expected|slated)\s+(?:for\s+|in\s+)?$", re.IGNORECASE)


class CalendarRules(PeriodRules):
    def _iso_date(self, g):
        if "ys" in g:
            return Resolution("DATE", cm.day_value(dt.date(int(g["ys"]), int(g["ms"]), int(g["ds"]))), "a full date")
        day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        if "hh" in g:
            return Resolution("TIME", f"{cm.day_value(day)}T{g['hh']}:{g['mm']}", "a full date and time")
        return Resolution("DATE", cm.day_value(day), "a full date")

    def _years_named_before(self, near: int) -> list[int]:
        """The years written out before the expression, each once, the nearest to `near` first (of two
        as near, the one written last)."""
        years = list(dict.fromkeys(reversed([int(m.group()) for m in _WRITTEN_YEAR.finditer(self.text, 0, self.candidate.start)])))
        return sorted(years, key=lambda year: abs(year - near))

    def _numeric_date(self, g):
        day = self.numeric_day(int(g["a"]), int(g["b"]), int(g["y"]), g["sep"])
        return Resolution("DATE", cm.day_value(day), "a full numeric date")

    def _short_numeric_date(self, g):
        """ "between 14/03 and 20/03" in a text that writes its full dates day first ("28/11/2010"): that day of the
        month, in the year the day alone would have; nothing in a text that has no full dates so."""
        full = [(int(m.group(1)), int(m.group(2))) for m in _SLASHED_DATE.finditer(self.text)]
        if not any(first > 12 >= second for first, second in full) or any(second > 12 >= first for first, second in full):
            return None  # "3/4 of the vote", or an American text's 3/14
        day, month = int(g["a"]), int(g["b"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return self._day_in_month(month, day, {})

    def numeric_day(self, a: int, b: int, year: int, separator: str) -> dt.date:
        """The day written a/b/year. 9/27/2020 is American (month first); 27.09.2020, 09.10.2020 and
        16-12-2016 are European (day first). An ambiguous 11/08/2023 follows the text's other numeric dates
        ("29/01/2024"), else it is American unless that reading is months from publication and the other
        near (11 August, read on 12 August 2023)."""
        if year < 100:
            year += 1900 if year > 30 else 2000
        day_first = a > 12 or (b <= 12 and separator != "/")
        if a <= 12 and b <= 12 and separator == "/":
            day_first = self._numeric_dates_day_first(year, a, b)
        month, day = (b, a) if day_first else (a, b)
        return dt.date(year, month, day)

    def _numeric_dates_day_first(self, year: int, a: int, b: int) -> bool:
        for other in _SLASHED_DATE.finditer(self.text):
            first, second = int(other.group(1)), int(other.group(2))
            if first > 12 >= second:
                return True
            if second > 12 >= first:
                return False
        if self.dct is None:
            return False
        month_first, day_first = abs((dt.date(year, a, b) - self.dct).days), abs((dt.date(year, b, a) - self.dct).days)
        if day_first <= 1 < month_first and _STAMP_BEFORE.search(
                self.text, max(0, self.candidate.start - 20), self.candidate.start):
            return True  # "Last updated 08/10/2001 09:40" on 8 October 2001: the page's stamp, on publication day
        return month_first > NUMERIC_NEAR_DAYS and day_first < month_first  # American unless that is far off

    def _month_day(self, g):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day_text = g["d"].lower()
        day = ORDINALS.get(day_text) or int(re.sub(r"\D", "", day_text))
        if day < 1:
            return None
        return self._day_in_month(month, day, g)

    _day_month = _month_day
    _and_day = _month_day
    _day_and = _month_day

    def _roman_day(self, g):
        month = MONTHS[g["month"].lower().rstrip(".")]
        return self._day_in_month(month, cm.roman_day(g["roman"], month), g)

    def _day_in_month(self, month, day, g):
        mod = part_mod(g.get("part"))
        if "yrel" in g and self.now is not None:
            # "on August 14 last year": the day in the year counted from publication
            year, reason = self.now.year + {"last": -1, "next": 1}.get(g["yrel"].lower(), 0), self.now_reason()
        elif "y" in g or self.coordinated_year():
            year, reason = int(g.get("y") or self.coordinated_year()), "a full date"
        elif self._a_day_of_every_year():
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}", "a day of every year", mod)
        elif self.bc_year and self.narrative:
            return Resolution("DATE", f"BC{self.bc_year:04d}-{month:02d}-{day:02d}", f"the day in {self.bc_year} BC", mod)
        elif year := self.flashback_year():
            reason = f"in {year}, the year the sentence looks back to"
        elif self.now is None:
            return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}", "no year: no publication date or earlier date to take it from", mod)
        else:
            rel = (g.get("rel") or "").lower()
            tense = "past" if rel in ("last", "this past") else "future" if rel in ("next", "this coming") else self.tense()
            slack = 0 if rel else cm.TENSE_SLACK_DAYS
            if tense == "past" and acted_on(self.text, self.candidate.start):
                slack = cm.ACT_SLACK_DAYS  # "the war began on Jan. 5", read on 20 Dec: last January
            elif tense == "future" and said_will(self.text, self.candidate.start):
                slack = cm.ACT_SLACK_DAYS  # "will expire on Dec. 31", read on 14 Jan: this December
            year = self.year_for(month, day, self.span_start or self.now, tense, slack_days=slack)
            reason = "year from the publication date" if self.dct else f"year from {self.ref_value}, the last date the text gave"
            if (self._told_past_in_an_earlier_year(tense, year, month, day)
                    or (tense != "future" and self._told_just_after_a_day_of_another_year(month))
                    or self.telling_an_earlier_year(month)):
                # "When the war began in September 2020 ... After the fall of Shusha on Nov. 8": read in
                # September 2023, a past Nov. 8 cannot be the coming one; it is the story's.
                year = cm.pick_year(month, day, self.ref_date, None, forward=True)
                reason = f"year from {self.ref_value}, the last date the text gave"
            elif not rel and self.back_in_the_feature(month):
                year, reason = self.feature_year, f"{self.feature_year}, the year the feature looks back to"
            weekday = FULL_WEEKDAYS[g["wd"].lower()] if "wd" in g else None
            if weekday is not None and not cm.weekday_fits(year, month, day, weekday):
                # "An investigation in 1976 concluded ... On Monday, April 11": 11 April was a Monday in
                # 1898, which the text named before, not in 1976.
                named = next((y for y in self._years_named_before(near=year) if cm.weekday_fits(y, month, day, weekday)), None)
                if named is not None:
                    year, reason = named, f"{named}, the year named before in which the day is a {g['wd'].title()}"
                elif self.dct and (near := next((y for y in (year - 1, year + 1) if cm.weekday_fits(y, month, day, weekday)), None)):
                    # "One year on ... 4.40 in the morning on Friday, 16 October" (read on 17 October 1993): 1992's
                    year, reason = near, f"{near}, the year next to it in which the day is a {g['wd'].title()}"
        first = dt.date(year, month, day)
        last = None
        if "d2" in g:
            last_day = int(re.sub(r"\D", "", g["d2"]))
            if last_day > day:
                last = safe_date(year, month, last_day)
        return Resolution("DATE", cm.day_value(first), reason, mod, last=last)

    def _a_day_of_every_year(self) -> bool:
        """True for a day named as a yearly one: "Independence Day, which falls on 16 September", "Today 5 May is
        a civic holiday in Mexico", "17 August is marked as ..."."""
        start, end = self.candidate.start, self.candidate.end
        return bool(_YEARLY_DAY_BEFORE.search(self.text, max(0, start - 30), start) or _YEARLY_DAY_AFTER.match(self.text, end))

    def _month_year(self, g):
        month = MONTHS[g["month"].lower().rstrip(".")]
        if "yrel" in g:
            # "In August of that year", "in March of the following year": the month in the story's year or the next.
            shift = shift_of(g["yrel"])
            if self.bc_year and self.narrative:
                return Resolution("DATE", f"{cm.years_after_bc(self.bc_year, shift)}-{month:02d}", f"counted from {self.bc_year} BC")
            if year := self.year_written_in_the_sentence():
                # "had controlled the town since 1990, when ... abandoning it in September that year"
                return Resolution("DATE", cm.month_value(year + shift, month), f"counted from {year}, named in the sentence",
                                  part_mod(g.get("part")))
            if self.anchor is None:
                return Resolution("DATE", f"XXXX-{month:02d}", "no year to place the month in")
            return Resolution("DATE", cm.month_value(self.anchor.year + shift, month), self.anchor_reason(), part_mod(g.get("part")))
        if "rel" in g:
            if self.now is None:
                return Resolution("DATE", f"XXXX-{month:02d}", "no publication date", part_mod(g.get("part")))
            year = self.now.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        elif "words" in g:
            year = year_in_words(g["words"])
        else:
            year = int(g["y"])
        return Resolution("DATE", cm.month_value(year, month), "month and year", part_mod(g.get("part")))

    def _month(self, g):
        month = MONTHS[g["month"].lower().rstrip(".")]
        rel = (g.get("rel") or "").lower()
        mod = part_mod(g.get("part"))
        clip = clip_of(g.get("part"))
        if rel in ("each", "every"):
            return Resolution("SET", f"XXXX-{month:02d}", "every year in that month")
        if not rel and (year := self.coordinated_year()):
            return Resolution("DATE", cm.month_value(year, month), "the year named with the next month", mod, clip)
        if not rel and (year := self.coordinated_bc_year()):
            return Resolution("DATE", f"BC{year:04d}-{month:02d}", "the year named with the next month", mod, clip)
        rel = " ".join(rel.split())
        if self.bc_year and self.narrative and rel in ("", "that"):
            return Resolution("DATE", f"BC{self.bc_year:04d}-{month:02d}", f"the month in {self.bc_year} BC", mod, clip)
        if rel == "the next":
            rel = "the following"  # "In 581 Maurice marched ... The next June he beat the Persians": June 582
        if rel in ("the previous", "the preceding", "the following") and self.anchor:
            # "agreed the previous November" (before 3 September 1783: 1782), "the following May": the
            # month strictly before (after) the date the text is on.
            base = self.anchor
            whole_year = re.fullmatch(r"\d{4}", self.ref_value or "") is not None  # "In 2002 ... the following March"
            if rel == "the following":
                year = base.year if month > base.month and not whole_year else base.year + 1
            else:
                year = base.year if month < base.month and not whole_year else base.year - 1
            return Resolution("DATE", cm.month_value(year, month), self.anchor_reason(), mod, clip)
        base = self.anchor if rel == "that" else self.now
        if base is None:
            return Resolution("DATE", f"XXXX-{month:02d}", "no year: no publication date or earlier date to take it from", mod)
        if self.narrative and not rel and SINCE_BEFORE.search(self.text, max(0, self.candidate.start - 10), self.candidate.start):
            rel = "this past"  # "regained the ground lost since February": the last February
        if rel in ("last", "this past"):
            year = base.year if month < base.month else base.year - 1
            if rel == "last" and month == base.month - 1 and self.dct:
                # Said on 1 March, "last February" is a year back: the month just gone is "last month".
                year -= 1
        elif rel in ("next", "this coming"):
            year = base.year if month > base.month else base.year + 1
        elif rel in ("this", "that"):
            year = base.year
            if rel == "that" and month <= 2 and re.fullmatch(r"\d{4}-WI", self.ref_value or ""):
                year += 1  # "Two winters ago (2016-WI) ... that January": the January of that winter, 2017
        elif named := self.year_just_listed(month) or self.year_of_the_period_named(month):
            return Resolution("DATE", cm.month_value(named[0], month), named[1], mod, clip)
        elif not rel and self.telling_an_earlier_year(month):
            year = self.ref_date.year  # a feature's "In early May 2000 ... handed over in late May"
        elif flashback := self.flashback_year():  # "had conquered Normandy in 1204, taking Rouen in June"
            return Resolution("DATE", cm.month_value(flashback, month), f"in {flashback}, the year the sentence looks back to", mod, clip)
        elif self.narrative and re.fullmatch(r"\d{4}-WI", self.ref_value or "") and 3 <= month <= 8:
            # "spent the winter in Franconia ... In early June he set out": the June after that winter (but
            # "The winter of 1948 was mild ... fog in November" is that year's November)
            year = int(self.ref_value[:4]) + 1
            return Resolution("DATE", cm.month_value(year, month), f"the month after the winter of {self.ref_value[:4]}", mod, clip)
        else:
            year = self.year_for(month, None, self.span_start or base, self.tense(), slack_days=0)
        reason = self.anchor_reason() if rel == "that" else self.now_reason()
        return Resolution("DATE", cm.month_value(year, month), reason, mod, clip)

    def _season(self, g):
        code = SEASONS[g["season"].lower()]
        mod = part_mod(g.get("part"))
        if "bc" in g:
            return Resolution("DATE", f"BC{int(g['bc']):04d}-{code}", "season of a year before the common era", mod)
        if "y" in g or "words" in g:
            year = int(g["y"]) if "y" in g else year_in_words(g["words"])
            return Resolution("DATE", f"{year:04d}-{code}", "season and year", mod)
        if "yrel" in g:
            # "the spring of that year", "the summer of the following year": the season of a year counted from the story's.
            shift = shift_of(g["yrel"])
            if self.bc_year:
                return Resolution("DATE", f"{cm.years_after_bc(self.bc_year, shift)}-{code}", f"counted from {self.bc_year} BC", mod)
            if self.anchor is None:
                return Resolution("DATE", f"XXXX-{code}", "no year to place the season in", mod)
            return Resolution("DATE", f"{self.anchor.year + shift:04d}-{code}", self.anchor_reason(), mod)
        rel = " ".join((g.get("rel") or "").lower().split())
        if not rel and "det" not in g and "part" not in g and _CONTRASTED_SEASON_AFTER.match(self.text, self.candidate.end):
            # "tracks that were barely paths in summer, in midwinter": any summer, set against the season the story is in
            return Resolution("DATE", f"XXXX-{code}", "a season in general, set against another", mod)
        if rel == "next" and "det" in g:
            rel = "the next"  # "where in the next spring he founded Antioch": counted from the story's year
        if not rel and (year := self.coordinated_year()):
            return Resolution("DATE", f"{year:04d}-{code}", "the year named with the next season", mod)
        if not rel and (year := self.coordinated_bc_year()):
            return Resolution("DATE", f"BC{year:04d}-{code}", "the year named with the next season", mod)
        if self.bc_year and self.narrative and rel in ("", "that", "the same", "the following", "the next", "the previous"):
            # "the spring of 431 BC ... that summer"; "the winter of 32-31 BC ... In the spring" is 31 BC's;
            # "the following summer" a year on (years BC count down).
            shift = shift_of(rel)
            if not shift and self.bc_value.endswith("-WI") and code in ("SP", "SU"):
                shift = 1
            reason = {0: "the season of", 1: "the year after", -1: "the year before"}[shift] + f" {self.bc_year} BC"
            return Resolution("DATE", f"{cm.years_after_bc(self.bc_year, shift)}-{code}", reason, mod)
        if not rel and self.telling_a_season_of_an_earlier_year():
            # a feature's "It fell on 9 November 1993. The war had reached Mostar that spring ... By the autumn the
            # bridge was wrapped in tyres": the season that follows in the year the story is in
            return Resolution("DATE", cm.pick_season(code, self.anchor, "future"), self.anchor_reason(), mod)
        base = self.anchor if rel in ("that", "the same", "the following", "the next", "the previous") else self.now
        if base is None:
            return Resolution("DATE", f"XXXX-{code}", "no year to place the season in", mod)
        if (shift := shift_of(rel)) and re.fullmatch(r"\d{4}", self.ref_value or ""):
            # "pardoned him in 1409. The following summer": the summer of the year after the year named (but "By the
            # end of 1970 ... the previous spring" is 1970's)
            if shift < 0 and base.month >= 9 and code in ("SP", "SU"):
                return Resolution("DATE", f"{base.year:04d}-{code}", f"the last such season before late {base.year}", mod)
            side = "after" if shift > 0 else "before"
            return Resolution("DATE", f"{base.year + shift:04d}-{code}", f"the year {side} {base.year}", mod)
        if rel in ("that", "the same"):
            if self.narrative and len(self.ref_value or "") > 4:
                # "on December 7, 1941 ... That spring": the spring nearest the day the story is on; "an election due
                # that autumn" (in February) the one to come.
                ahead = _DUE_BEFORE.search(self.text, max(0, self.candidate.start - 20), self.candidate.start)
                direction = "future" if ahead else "past" if self.told_in_the_past_perfect() else None
                if direction is None and code == "WI" and 3 <= base.month <= 5:
                    direction = "future"  # "took Kandahar in March 1738 ... crossed into India that winter": 1738-39's
                return Resolution("DATE", cm.pick_season(code, base, direction), self.anchor_reason(), mod)
            return Resolution("DATE", f"{base.year:04d}-{code}", self.anchor_reason(), mod)
        direction = {"last": "last", "this past": "past", "past": "last", "the previous": "last",
                     "next": "next", "this coming": "next", "coming": "next", "the following": "next", "the next": "next"}.get(rel)
        if rel == "this" and not self.narrative and (nearest := cm.nearest_season(code, base)):
            return Resolution("DATE", nearest, self.now_reason(), mod)  # "warned of shortages this winter" (October)
        if direction is None and rel not in ("that", "the same") and not (rel == "this" and self.narrative):
            # "cut applications this spring" (read in October) is the spring gone by; "this winter" ahead.
            direction = self.tense() if not self.narrative else "future"
            direction = direction if direction in ("past", "future") else None
            if SINCE_BEFORE.search(self.text, max(0, self.candidate.start - 12), self.candidate.start):
                direction = "past"  # "had been pressing since the summer" (in November): the summer gone by
        if self.on_whole_year and direction in (None, "future"):
            # "The revolt came in AD 60 ... through the winter": the winter that year's December opens.
            return Resolution("DATE", f"{base.year:04d}-{code}", self.anchor_reason(), mod)
        reason = self.now_reason() if base is self.now else self.anchor_reason()
        return Resolution("DATE", cm.pick_season(code, base, direction), reason, mod)

    def _unit_relative_year(self, g):
        if self.now is None:
            return Resolution("DATE", "XXXX", "no date to count from")
        year = self.now.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        unit = g["unit"].lower().rstrip(".")
        if unit in MONTHS:
            return Resolution("DATE", cm.month_value(year, MONTHS[unit]), self.now_reason())
        if unit in SEASONS:
            return Resolution("DATE", f"{year:04d}-{SEASONS[unit]}", self.now_reason())
        quarter = ORDINALS[unit.split()[1]]
        return Resolution("DATE", f"{year:04d}-Q{quarter}", self.now_reason())

    def _year(self, g):
        year = int(g["y"])
        if "y_end" in g:
            if int(g["y_end"]) != (year + 1) % 100:
                return None
            if (g.get("period") or "").lower() == "season":
                return Resolution("DATE", f"{year:04d}", "a season across two years, by the year it begins in")
            return Resolution("DATE", f"{year + 1:04d}", "a fiscal year, by the year it ends in")  # as "fiscal 2025" is
        mod = part_mod(g.get("part"))
        fiscal = (g.get("fiscal") or "").lower()
        if fiscal == "post":
            mod = "AFTER"
        elif fiscal == "pre":
            mod = "BEFORE"
        period = (g.get("period") or "").lower()
        if period in ("period", "quarter") and self.period_value and "-Q" in self.period_value:
            return Resolution("DATE", f"{year:04d}{self.period_value[4:]}", "the same quarter in that year", mod)
        return Resolution("DATE", f"{year:04d}", "a year", mod)

    def _early_year(self, g):
        """A year under 1000 written bare: only a history, which has no publication date, means one."""
        if not self.narrative:
            return None
        if len(g["y"]) == 2 and not (self.bc_year or (self.ref_date and self.ref_date.year < 200)):
            return None  # "in 66" is a year only where the story is in the first centuries
        if "decade" in g:
            return Resolution("DATE", f"{int(g['y']) // 10:03d}", "a decade", part_mod(g.get("part")))
        if "early" in g or "early_in" in g:  # "In early 629", "Early in 507"
            g = {**g, "part": g.get("early") or g["early_in"]}
        if "season" in g:
            return self._season(g)
        if "d2" in g:
            g = {**g, "d": g["d2"]}
        if "d" in g:
            return self._month_day(g)
        if "month" in g:
            return self._month_year(g)
        if self.bc_year and abs(int(g["y"]) - self.bc_year) <= 20:
            # "In 107 BC he stormed Capsa; in 106 he captured a royal treasury": the story's era goes on
            return Resolution("DATE", f"BC{int(g['y']):04d}", f"a year before the common era, as {self.bc_year} BC is")
        return self._year(g)

    def _edge_day(self, g):
        first = g["edge"].lower() == "first"
        if "unit" in g:  # "the last day of the year": of the year (month) the story is in, or publication's
            base = self.now if g["det"].lower() == "this" else self.anchor
            if base is None:
                return None
            reason = self.now_reason() if g["det"].lower() == "this" else self.anchor_reason()
            year, month = base.year, base.month
            if not self.narrative and not first and base >= self.dct and self.tense() == "past":
                # "sales rose on the last day of the month" (published on 9 October): September's
                year, month = (year - 1, month) if g["unit"].lower() == "year" else cm.add_months(year, month, -1)
            if g["unit"].lower() == "year":
                day = dt.date(year, 1, 1) if first else dt.date(year, 12, 31)
            else:
                day = dt.date(year, month, 1) if first else cm.month_end(year, month)
            return Resolution("DATE", day.isoformat(), reason)
        if "year" in g:
            year = int(g["year"])
            return Resolution("DATE", f"{year:04d}-01-01" if first else f"{year:04d}-12-31", f"the {g['edge'].lower()} day of the year")
        month = (self._month_year(g) if "y" in g else self._month(g)).value
        if not re.fullmatch(r"\d{4}-\d\d", month):
            return None
        year, number = int(month[:4]), int(month[5:])
        day = 1 if first else cm.month_end(year, number).day
        return Resolution("DATE", f"{month}-{day:02d}", f"the {g['edge'].lower()} day of the month")

    def _year_tail(self, g):
        if int(g["yy"]) <= int(g["from"]):
            return None  # "2001-12" is a month, "1998-97" no span
        return Resolution("DATE", g["century"] + g["yy"], "the end of a span of years")

    def _era_year(self, g):
        year = int(g.get("y1") or g.get("y2") or g["y3"])
        if year == 0 or not self._era_is_capitalised():
            return None
        month_name = g.get("month") or g.get("month1")
        month = f"-{MONTHS[month_name.lower().rstrip('.')]:02d}" if month_name else ""
        if month and "d" in g:
            month += f"-{int(re.sub(r'[^0-9]', '', g['d'])):02d}"  # "2 September 31 BC"
        elif month and "roman" in g:
            month += f"-{cm.roman_day(g['roman'], int(month[1:])):02d}"  # "the Ides of March, 44 BC"
        mod = part_mod(g.get("part")) or ("APPROX" if "approx" in g else None)  # "around 1458 BC", "c. 1274 BC"
        if (g.get("era") or g.get("era3") or "").lower().startswith("b"):
            return Resolution("DATE", f"BC{year:04d}{month}", "a year before the common era", mod)
        if "season" in g:  # "the summer of AD 9"
            return Resolution("DATE", f"{year:04d}-{SEASONS[g['season'].lower()]}", "a season of the common era")
        return Resolution("DATE", f"{year:04d}{month}", "a year of the common era", mod)

    def _era_is_capitalised(self) -> bool:
        """ "AD 73", "70 CE", "44 BC": the era is written in capitals ("70 ad" is more likely an advert)."""
        match = self.candidate.match
        key = "ad" if match.group("ad") else "era" if match.group("era") else "era3"
        return self.text[match.start(key):match.end(key)].replace(".", "").isupper()

    def _circa_year(self, g):
        return Resolution("DATE", f"{int(g['y']):04d}", "about that year", "APPROX")

    def _year_words(self, g):
        year = year_in_words(g["words"])
        if year is None or not 1000 <= year <= 2100:
            return None
        return Resolution("DATE", f"{year:04d}", "a year written in words")

    def _decade(self, g):
        if "bc" in g:  # "the 360s BC": the years 369-360 BC
            return Resolution("DATE", f"BC{int(g['bc']) // 10:03d}", "a decade before the common era", part_mod(g.get("part")))
        if "digits" in g and int(g["digits"]) % 100 == 0 and int(g["digits"]) < 2000:
            # "the 1800s" is the century of years 18xx, as readers take it; "the 2000s" is a decade.
            hundreds = int(g["digits"]) // 100
            return Resolution("DATE", f"{hundreds:02d}", f"the years {hundreds}00-{hundreds}99", part_mod(g.get("part")))
        if "digits" in g:
            decade = int(g["digits"]) // 10
        else:
            tens = int(g["short"]) // 10 if "short" in g else DECADE_WORDS[g["word"].lower()]
            century = (self.now.year // 100) if self.now else 19
            if self.now and tens * 10 > self.now.year % 100:
                century -= 1
            decade = century * 10 + tens
        return Resolution("DATE", f"{decade:03d}", "a decade", part_mod(g.get("part")))

    def _century(self, g):
        if "turn" in (g.get("part") or "").lower():
            return self._turn_of_century(g)
        mod = part_mod(g.get("part"))
        if "ord" in g:
            number = ORDINALS.get(g["ord"].lower()) or int(re.sub(r"\D", "", g["ord"]))
            if "era" in g:
                return Resolution("DATE", f"BC{number - 1:02d}", "a century before the common era", mod)
            return Resolution("DATE", f"{number - 1:02d}", "a century", mod)
        det = (g.get("det") or "").lower()
        if not det:
            return None
        if self.now is None:
            return Resolution("DATE", "XX", "no date to count from", mod)
        shift = {"this": 0, "last": -1, "the last": -1, "the past": -1, "next": 1, "the next": 1}.get(det, 0)
        return Resolution("DATE", f"{self.now.year // 100 + shift:02d}", self.now_reason(), mod)

    def _turn_of_century(self, g):
        """ "the turn of the 20th century" is about 1900; "the turn of the century" the turn before the
        publication date when told in the past, the next one when ahead, else the nearer."""
        if "ord" in g:
            number = ORDINALS.get(g["ord"].lower()) or int(re.sub(r"\D", "", g["ord"]))
            return Resolution("DATE", f"{(number - 1) * 100:04d}", "the turn of that century", "APPROX")
        if self.now is None:
            return Resolution("DATE", "XXXX", "no date to count from", "APPROX")
        before = self.now.year // 100 * 100
        after = before + 100
        tense = self.tense()
        if tense == "past":
            year = before
        elif tense == "future":
            year = after
        else:
            year = before if self.now.year - before <= after - self.now.year else after
        return Resolution("DATE", f"{year:04d}", self.now_reason(), "APPROX")

    def _weekday_day(self, g):
        """ "Sunday the 14th": the 14th of the month the story (or publication) is in; its weekday
        says which month when the nearest 14th falls on another day."""
        found = self._ordinal_day(g)
        if found is None:
            return None
        weekday = WEEKDAYS[g["wd"].lower()]
        day = dt.date.fromisoformat(found.value)
        if day.weekday() != weekday:
            for shift in (-1, 1):
                year, month = cm.add_months(day.year, day.month, shift)
                other = safe_date(year, month, day.day)
                if other is not None and other.weekday() == weekday:
                    return Resolution("DATE", cm.day_value(other), f"the nearest month whose day {day.day} is a {other:%A}")
        return found

    def _ordinal_day(self, g):
        day = int(g["d"])
        ref_month = self.ref_value is not None and re.match(r"\d{4}-\d\d(?:-\d\d)?(?:T|$)", self.ref_value)
        if ref_month and (self.dct is None or (self.ref_date.year, self.ref_date.month) != (self.dct.year, self.dct.month)):
            month_day = safe_date(self.ref_date.year, self.ref_date.month, day)
            reason = f"in the month of {self.ref_value[:7]}, the last date the text gave"
        elif self.dct is not None:
            # News: this month's, or the next (previous) one's when the tense says it is to come (past).
            tense, shift = self.tense(), 0
            if tense == "future" and day < self.dct.day:
                shift = 1
            elif tense == "past" and day > self.dct.day:
                shift = -1
            year, month = cm.add_months(self.dct.year, self.dct.month, shift)
            reason = {0: "in the month of publication", 1: "in the month after publication", -1: "in the month before publication"}[shift]
            month_day = safe_date(year, month, day)
        else:
            return None  # no month to place it in
        if month_day is None:
            return None
        return Resolution("DATE", cm.day_value(month_day), reason)

    def _nth_unit(self, g):
        unit = g.get("unit", "day").lower()
        before = self.text[max(0, self.candidate.start - 20):self.candidate.start]
        if unit == "day" and (EVENT_DAY_AFTER.match(self.text, self.candidate.end) or ON_A_COUNTED_DAY_BEFORE.search(before)) and (
                not NOW_IN_BEFORE.search(before)):
            # A history's "On 22 June 1941 Germany invaded. On the first day alone ...": counted from
            # the day the text last named, the event's first.
            if before.endswith(", ") and self.candidate.start - self.last_day_at < 30:
                return None  # "On 22 May, the second day of the battle,": the day just named, not a count from it
            return self.counted_day(g["ord"])
        if self.dct is None:
            return None  # "the eighth day" of what began when is not known
        if unit == "night":  # "pound Selmar for second night": the night that led into publication
            return Resolution("TIME", cm.day_value(self.dct - dt.timedelta(days=1)) + "TNI", "the night before publication")
        value = {"day": cm.day_value(self.dct), "week": cm.week_value(self.dct), "month": cm.month_value(self.dct.year, self.dct.month)}[unit]
        return Resolution("DATE", value, f"the {unit} of publication")

    def counted_day(self, ordinal: str) -> Resolution | None:
        """A history's "the third day": counted from the day the text last named, the event's first (or from
        the first day of a count already begun: "the first day ... the third day"); None with no day near, or in
        news, where the day an event began is too often not the last one named."""
        if self.dct is not None or self.last_day is None or self.candidate.start - self.last_day_at > EVENT_DAY_REACH:
            return None
        nth = ORDINALS.get(ordinal.lower()) or int(re.sub(r"\D", "", ordinal))
        first, reason = self.last_day, "the last day the text named"
        if (range_start := _RANGE_START_BEFORE.search(self.text, max(0, self.last_day_at - 12), self.last_day_at)) and (
                0 < self.last_day.day - int(range_start.group(1)) < 7):
            # "fought on 7 and 8 February 1807 ... on the afternoon of the second day": counted from the range's first day
            first = self.last_day - dt.timedelta(days=self.last_day.day - int(range_start.group(1)))
            reason = "the first day of the range the text named"
        if self.counted_from and self.candidate.start - self.counted_from[1] < EVENT_DAY_REACH:
            first, reason = self.counted_from[0], "the first day of the same count"
        self.counted_from = first, self.candidate.start
        return Resolution("DATE", cm.day_value(first + dt.timedelta(days=nth - 1)), f"day {nth} counted from {cm.day_value(first)}, {reason}")

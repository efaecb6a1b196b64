"""Resolution rules for relative expressions: weekdays, times of day, "last month", "two days
ago", durations, sets and vague references. Mixed into `resolve.Resolver`, which supplies the
publication date (`now`), the reference time (`anchor`) and the clause's tense."""

import datetime as dt
import re

from . import calendar_math as cm
from .calendar_math import holiday_date
from .fragments import DAY_NUMBER, HOURS_IN_WORDS, MONTH, YEAR
from .lexicon import DAY_PARTS, FULL_WEEKDAYS, HOLIDAYS, MONTHS, SEASONS, UNITS_WORDS, alternation, number_value
from .resolution import (
    APPROX_MODS, DEICTIC, DURATION_CODES, FREQUENCY_BEFORE, SET_ADVERBS, YEAR_DURATION_AFTER,
    Resolution, clip_of, duration_value, length_parts, part_mod, unit_name,
)

PERIOD_REACH = 1000
NEAR_ANCHOR = 250  # characters: about the same or the previous sentence
# "the day before last Tuesday": the lead of a date a day off.
_DAY_AROUND = re.compile(r"\b(?P<the>the)\s+(?P<unit>day|night|morning|evening)\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
# "up from $1.69 billion, or $7.03 a share, a year earlier", "than a year ago": a figure compared
# with the same time a year before, not a step in the story.
_AMOUNT_BEFORE = re.compile(r"(?:\d|%|percent|million|billion|cents?|shares?|from|than|with|versus|vs\.)[\s,]*$", re.IGNORECASE)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SHIFTS = {
    "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1, "the previous": -1,
    "the preceding": -1, "the prior": -1, "this past": -1, "next": 1, "coming": 1, "the coming": 1,
    "this coming": 1, "the next": 1, "following": 1, "the following": 1,
}
# "today's" before these means nowadays: "today's youth", "in today's world".
_GENERIC_AFTER = (r"['’]s\s+(?:(?:young|modern|global|competitive|fast-changing)\s+)?(?:world|youth|society|generation|"
                  r"young|kids|children|standards|terms|dollars|prices|economy|market|technology|computers|consumers)\b")
_SEVERAL_QUARTERS = re.compile(
    r"\b(?:nine|six|first\s+nine|first\s+six|12|twelve)\s+months\b|\bfirst\s+half\b|\bsecond\s+half\b|\byear\s+to\s+date\b"
    r"|\bfull\s+year\b|\bfiscal\s+year\b|\byear\s+ended\b", re.IGNORECASE)
# "the Christmas truce of 1914": the year written after a holiday.
_YEAR_OF_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s+of\s+(?P<y>{YEAR})\b")
_CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<m>\d\d)")
EVENT_REACH = 300  # how far back the day an event was dated may be named
APPOSITION_REACH = 30
_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)
# "at noon (0800 GMT) on Saturday": the day named right after a clock time.
_DAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:\([^()]{{1,30}}\))?\)?,?\s+(?:on\s+)?(?P<day>{alternation(FULL_WEEKDAYS)}|today|tonight|tomorrow|yesterday)\b", re.IGNORECASE)
# Between the bounds of "3-4 weeks", "two-to-three months"; not the hyphen of "twenty-one".
_RANGE_SEPARATOR = re.compile(rf"\s*(?:-to-|\bto\b|\bor\b|–|-(?!{alternation(UNITS_WORDS)}\b))\s*")
# "will one day", "he one day": a subject or a modal right before "one day" makes it an adverb.
_SOME_DAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|he|she|they|we|i|you|it)\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(
    rf"\s+(?:on\s+|of\s+)?(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?\b", re.IGNORECASE)
_QUARTER_ENDED = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?\b",
    re.IGNORECASE)
# Half the days of "the past week (month, year)": its middle, counted back from publication.
_PAST_WINDOW = {"week": 3, "month": 15, "year": 182}
# Days that name one day in history; a history means it, news may mean its anniversary ("marked VE Day").
_HISTORIC_DAYS = {"d-day": "1944-06-06", "ve day": "1945-05-08", "v-e day": "1945-05-08", "vj day": "1945-08-15",
                  "v-j day": "1945-08-15"}
_ANAPHORIC = {"that", "the same", "that same", "the very same", "the following", "the previous",
              "the preceding", "the prior", "following", "previous"}


def _coarser(ref_value: str | None, unit: str) -> bool:
    """True when the reference time is known less finely than `unit` ("1987" for "that day")."""
    if not ref_value or unit not in ("day", "week", "weekend", "month"):
        return False
    if re.match(r"\d{4}-\d\d-\d\d", ref_value):
        return False
    if re.match(r"\d{4}-W\d\d", ref_value):
        return unit == "day"
    if re.match(r"\d{4}-\d\d$", ref_value):
        return unit in ("day", "week", "weekend")
    return bool(re.match(r"\d{4}", ref_value))


def day_part_code(word: str | None) -> str:
    return DAY_PARTS.get((word or "").lower(), "")


def _hour_and_minute_in_words(g) -> tuple[int, int]:
    """ "11 o'clock" → (11, 0); "half past eleven" → (11, 30); "a quarter to six in the evening" → (17, 45)."""
    word = (g.get("oc") or g["fh"]).lower()
    hour, minute = HOURS_IN_WORDS.get(word) or int(word), 0
    if "frac" in g:
        minute = 30 if g["frac"].lower() == "half" else 15
        if g["side"].lower() == "to":
            hour, minute = (hour - 1) or 12, 60 - minute
    half_day = (g.get("half_day") or "").lower()
    if hour == 12 and half_day:
        hour = 0 if half_day.endswith("morning") else 24 if half_day.endswith("night") else 12
    elif half_day and not half_day.endswith("morning"):
        hour += 12  # "in the afternoon", "in the evening", "at night"
    return hour, minute


class RelativeRules:
    # --- weekdays, days and times ----------------------------------------------------------
    def _weekday_date(self, weekday: int, rel: str) -> tuple[dt.date | None, str]:
        name = WEEKDAY_NAMES[weekday]
        if rel in ("that", "the previous", "the following") and self.anchor:
            direction = {"the previous": "before", "the following": "after"}.get(rel, "on_or_after")
            return cm.weekday_near(weekday, self.anchor, direction), self.anchor_reason()
        base = self.now
        if base is None:
            return None, "no date to count from"
        if rel in ("last", "this past"):
            return cm.weekday_near(weekday, base, "before"), f"the {name} before"
        if rel in ("next", "this coming"):
            return cm.weekday_near(weekday, base, "after"), f"the {name} after"
        if self.narrative:
            # A story moves forward: the first such day on or after its last date.
            return cm.weekday_near(weekday, base, "on_or_after"), self.now_reason()
        if base.weekday() == weekday:
            return base, "the day of publication"
        tense = self.tense()
        if tense in ("future", "present") or rel == "this":
            return cm.weekday_near(weekday, base, "after"), f"the next {name} after publication ({tense or 'this'})"
        return cm.weekday_near(weekday, base, "before"), f"the latest {name} before publication (past tense)"

    def _night_into(self, morning_word: str) -> tuple[dt.date | None, str]:
        """ "overnight Friday into Saturday": the night before the morning named, which the tense places."""
        morning, _ = self._weekday_date(FULL_WEEKDAYS[morning_word.lower()], "")
        if morning is None:
            return None, "no date to count from"
        return morning - dt.timedelta(days=1), f"the night into {cm.day_value(morning)}"

    def _weekday(self, g):
        weekday = FULL_WEEKDAYS[g["wd"].lower()]
        rel = (g.get("rel") or "").lower()
        code = day_part_code(g.get("daypart"))
        if rel in ("every", "each") or "plural" in g or "plural_part" in g:
            return Resolution("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{code}" if code else ""), f"every {WEEKDAY_NAMES[weekday]}")
        day, reason = self._night_into(g["into"]) if "into" in g else self._weekday_date(weekday, rel)
        if day is None:
            return Resolution("DATE", f"XXXX-WXX-{weekday + 1}", reason)
        mod = part_mod(g.get("part"))
        if code:
            return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, mod)
        return Resolution("DATE", cm.day_value(day), reason, mod)

    def _day_from_word(self, word: str) -> tuple[dt.date | None, str]:
        word = " ".join(word.lower().split())
        offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}
        if word in offsets and self.now:
            return self.now + dt.timedelta(days=offsets[word]), self.now_reason()
        weekday = FULL_WEEKDAYS.get(word)
        if weekday is not None:
            return self._weekday_date(weekday, "")
        return None, "no date to count from"

    def _day_word(self, g):
        word = g["word"].lower()
        if word in ("today", "tomorrow") and not g.get("daypart") and not g.get("part") and self._generic_day():
            # "today's youth", "the people of tomorrow": our times, not a day (TimeML: PRESENT_REF).
            value = "PRESENT_REF" if word == "today" else "FUTURE_REF"
            return Resolution("DATE", value, f"'{word}' meaning our times")
        day, reason = self._day_from_word(word)
        code = day_part_code(g.get("daypart")) or ("NI" if word == "tonight" else "")
        mod = part_mod(g.get("part"))
        if day is None:
            return Resolution("DATE", "XXXX-XX-XX", reason)
        if code:
            return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, mod)
        return Resolution("DATE", cm.day_value(day), reason, mod)

    def comparing_several_quarters(self) -> bool:
        """ "For the nine months, net rose to $5 million from $4 million a year earlier": the compared
        period is longer than a quarter, so the comparison is valued at the year."""
        before = self.text[max(0, self.candidate.start - 300):self.candidate.start]
        sentence = re.split(r"[.!?]\s+(?=[A-Z])|\n", before)[-1]
        return bool(_SEVERAL_QUARTERS.search(sentence))

    def _generic_day(self) -> bool:
        before = self.text[max(0, self.candidate.start - 12):self.candidate.start]
        after = self.text[self.candidate.end:self.candidate.end + 30]
        if re.search(r"\bof\s+$", before, re.IGNORECASE) and not re.match(r"['’]s", after):
            return re.match(r"\s*(?:[,.;:!?)]|and\b|$)", after) is not None  # "the people of tomorrow"
        return bool(re.match(_GENERIC_AFTER, after, re.IGNORECASE))

    def _day_part(self, g):
        rel = " ".join(g["rel"].lower().split())
        code = day_part_code(g["daypart"])
        if rel in ("each", "every"):
            return Resolution("SET", f"XXXX-XX-XXT{code}", "every " + g["daypart"].lower())
        if rel in ("tomorrow", "yesterday"):
            day, reason = self._day_from_word(rel)
        elif rel == "this":
            day, reason = self.now, self.now_reason()
        elif rel == "last":
            # "last night" is the night before; "last morning" hardly occurs.
            day, reason = (self.now - dt.timedelta(days=1), self.now_reason()) if self.now else (None, "")
        else:
            shift = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
            day = self.anchor + dt.timedelta(days=shift) if self.anchor else None
            reason = self.anchor_reason()
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", "no date to count from")
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part")))

    def _overnight(self, g):
        word = " ".join(g["word"].lower().split())
        code = {"overnight": "NI", "the early hours": "NI", "the small hours": "NI", "the wee hours": "NI",
                "midday": "MI", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first light": "MO",
                "dusk": "EV", "sunset": "EV", "nightfall": "EV"}.get(word, "AF")
        following = _DATE_AFTER.match(self.text, self.candidate.end)
        reason = self.now_reason()
        if "into" in g:
            day, reason = self._night_into(g["into"])
        elif "day" in g:
            day, _ = self._day_from_word(g["day"])
        elif following:
            # "at dawn on 1 September 1939": the date that follows (tagged on its own).
            day, _ = self._date_from_groups({k: v for k, v in following.groupdict().items() if v})
            reason = "on the date that follows"
        elif self.ref_value and re.match(r"\d{4}-\d\d-\d\d", self.ref_value):
            day = self.anchor
        else:
            day = self.now
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", "no date to count from")
        if word == "overnight" and "day" not in g and not following and self.tense() == "past":
            # "shelled Kharkiv overnight, officials said on Tuesday": the night that led into the day.
            day -= dt.timedelta(days=1)
            reason = "the night before " + cm.day_value(day + dt.timedelta(days=1))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason)

    def _clock(self, g):
        if "named" in g:
            named = g["named"].lower()
            hour, minute = (24, 0) if named == "midnight" else (12, 0)
        elif "h24" in g:
            hour, minute = int(g["h24"]), int(g["m24"])
        elif "mil" in g:
            hour, minute = int(g["mil"]), int(g["milm"])
        elif "oc" in g or "fh" in g:
            hour, minute = _hour_and_minute_in_words(g)
        else:
            hour, minute = int(g["h"]), int(g.get("m") or 0)
            if hour > 12 or hour == 0:
                return None
            pm = g["ampm"].lower().startswith("p")
            hour = (hour % 12) + (12 if pm else 0)
        if "month" in g or "month_after" in g:
            month = MONTHS[(g.get("month") or g["month_after"]).lower().rstrip(".")]
            day_number = int(re.sub(r"\D", "", g.get("d") or g["d_first"]))
            if "y" in g:
                year = int(g["y"])
            else:
                year = cm.pick_year(month, day_number, self.now, self.tense(), forward=self.narrative) if self.now else None
            day, reason = (dt.date(year, month, day_number), "the date given") if year else (None, "")
        elif "day" in g:
            day, reason = self._day_from_word(g["day"])
        elif later := _DAY_AFTER_CLOCK.match(self.text, self.candidate.end):
            # "at noon local time (0800 GMT) on Saturday": the day that follows, past a bracket.
            day, reason = self._day_from_word(later.group("day"))
        elif self.last_day and self.candidate.start - self.last_day_at < 400:
            # "Early on Tuesday ... The blast happened at about 2:50 a.m.": the day the text last named.
            day, reason = self.last_day, f"on {cm.day_value(self.last_day)}, the last day the text named"
        else:
            day, reason = self.now, self.now_reason()
        mod = APPROX_MODS.get(" ".join((g.get("approx") or "").lower().split()))
        if hour == 24 and (g.get("approx", "").lower().endswith("after") or _AFTER_BEFORE.search(
                self.text, max(0, self.candidate.start - 10), self.candidate.start)):
            hour = 0  # "shortly after midnight on Sunday": the small hours of Sunday, not its end
        clock = f"T{hour:02d}:{minute:02d}"
        if day is None:
            return Resolution("TIME", "XXXX-XX-XX" + clock, "no date to count from", mod)
        return Resolution("TIME", cm.day_value(day) + clock, reason, mod)

    _clock_from = _clock
    _clock_words = _clock

    def _mid_unit(self, g):
        unit = g["unit"].lower()
        if self.now is None:
            return Resolution("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit], "no date to count from", "MID")
        return Resolution("DATE", self._unit_value(unit, self.now, 0), self.now_reason(), "MID")

    @staticmethod
    def _month_and_day(g) -> tuple[int, int | None]:
        """The month and day of month (None when only the month is named) in d/month or d_first/month_after."""
        month = MONTHS[(g.get("month") or g["month_after"]).lower().rstrip(".")]
        day_text = g.get("d") or g.get("d_first")
        return month, int(re.sub(r"\D", "", day_text)) if day_text else None

    def _date_from_groups(self, g) -> tuple[dt.date | None, str]:
        """The day named by d/month (or d_first/month_after) and an optional year."""
        month, day = self._month_and_day(g)
        day_number = day or 1
        if "y" in g:
            return dt.date(int(g["y"]), month, day_number), "a full date"
        if self.now is None:
            return None, "no year to place the date in"
        year = cm.pick_year(month, day, self.now, self.tense(), forward=self.narrative)
        return dt.date(year, month, day_number), self.now_reason()

    def _week_of(self, g):
        day, reason = self._date_from_groups(g)
        if day is None:
            return Resolution("DATE", "XXXX-WXX", reason)
        order = (g.get("ord") or "").lower()
        if order:
            if "d" in g or "d_first" in g:
                return None
            if order in ("last", "final"):
                last = cm.month_end(day.year, day.month)
                day = last - dt.timedelta(days=3)
            else:
                day = day.replace(day=1) + dt.timedelta(weeks=("first", "second", "third", "fourth").index(order))
                # The first week of a month is the one holding most of its first days.
                day += dt.timedelta(days=3)
        return Resolution("DATE", cm.week_value(day), reason)

    def _part_of_date(self, g):
        day, reason = self._date_from_groups(g)
        part = g["daypart"].lower()
        code = "NI" if part.endswith("hours") else day_part_code(part)
        if day is None:  # "the night of 24-25 February" with no year yet: the month and day are known
            month, day_number = self._month_and_day(g)
            return Resolution("TIME", f"XXXX-{month:02d}-{day_number:02d}T{code}", reason, part_mod(g.get("part")))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part")))

    def _part_of_named_day(self, g):
        part = g["daypart"].lower()
        code = "NI" if part.endswith("hours") else day_part_code(part)
        if g["day"].lower().startswith("the"):
            # "the morning of the 7th": that day of the month the story is in.
            on_day = self._ordinal_day({"d": re.sub(r"\D", "", g["day"])})
            return on_day and Resolution("TIME", f"{on_day.value}T{code}", on_day.reason, part_mod(g.get("part")))
        day, reason = self._day_from_word(g["day"])
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", reason, part_mod(g.get("part")))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part")))

    # --- last week, that year, the following month -----------------------------------------------
    def _relative_unit(self, g):
        rel = " ".join(g["rel"].lower().split())
        unit = g["unit"].lower()
        mod = part_mod(g.get("part"))
        clip = clip_of(g.get("part"))
        after = self.text[self.candidate.end:self.candidate.end + 30]
        if unit == "period":
            return self._period({"unit": "period"})
        if unit == "century" and "turn" in (g.get("part") or "").lower():
            return self._turn_of_century(g)
        if unit == "year" and rel in ("the", "the whole", "the entire", "the full") and YEAR_DURATION_AFTER.match(after) and not mod:
            return Resolution("DURATION", "P1Y", "a year-long period")
        anaphoric = rel in _ANAPHORIC or (rel == "the" and unit != "weekend") or (rel in ("the next",) and unit == "day")
        if anaphoric and rel == "the" and clip and self.candidate.start - self.ref_at > NEAR_ANCHOR:
            # "earlier in the year", "later in the day" with no date just before: the writer's own.
            anaphoric = False
        elif anaphoric and rel == "the" and self.dct and unit in ("week", "month", "year") and self.tense() == "future":
            # "the truce will hold until the end of the year": the year still running, whatever
            # date the text gave before.
            anaphoric = False
        if anaphoric and unit == "year" and self.bc_year and not mod:
            return Resolution("DATE", cm.years_after_bc(self.bc_year, _SHIFTS.get(rel, 0)), f"counted from {self.bc_year} BC")
        base = self.anchor if anaphoric else self.now
        if base is None:
            placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                           "quarter": "XXXX-QX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")
            return Resolution("DATE", placeholder, "no date to count from", mod)
        shift = _SHIFTS.get(rel, 0)
        recent_period = self.period_value and self.candidate.start - self.period_at < PERIOD_REACH
        if unit == "quarter" and rel in ("the", "the latest", "that") and not recent_period and (named := self._quarter_ended()):
            # "the quarter ended Sept. 30": the quarter that date closes, which the text now reports
            # on; a fiscal quarter the text has just named ("its fiscal first quarter") keeps its number.
            self.period_value, self.period_at = named, self.candidate.start
            return Resolution("DATE", named, "the quarter closed by the date given", mod)
        if unit == "quarter" and rel in ("the", "the latest", "the same", "that"):
            period = self._current_period()
            return Resolution("DATE", period, "the quarter the text is reporting on", mod)
        if unit == "weekend" and rel == "the":
            tense = self.tense()
            shift = 0 if tense in ("future", "present") else (-1 if base.weekday() < 5 else 0)
        if anaphoric and (vague := self._within_anchor(unit)):
            return vague
        if rel in ("the past", "the last", "past") and unit in _PAST_WINDOW and not re.match(r"\s+of\b", after):
            # "over the past week" is the seven days up to now, not last calendar week: the week (month,
            # year) that holds most of them.
            middle = base - dt.timedelta(days=_PAST_WINDOW[unit])
            return Resolution("DATE", self._unit_value(unit, middle, 0), f"the {unit} up to publication", mod, clip or "before")
        value = self._unit_value(unit, base, shift)
        reason = self.anchor_reason() if anaphoric else self.now_reason()
        return Resolution("DATE", value, reason, mod, clip)

    def _quarter_ended(self) -> str | None:
        """The calendar quarter holding most of a quarter that ends on the date that follows
        ("the quarter ended Sept. 30" → Q3; a fiscal quarter ended July 31 → Q2)."""
        m = _QUARTER_ENDED.match(self.text, self.candidate.end)
        if m is None or not self.text[m.start("month")].isupper():
            return None
        month = MONTHS[m.group("month").lower().rstrip(".")]
        day = int(re.sub(r"\D", "", m.group("d")))
        if m.group("y"):
            year = int(m.group("y"))
        elif self.now is not None:
            year = cm.pick_year(month, day, self.now, "past", forward=self.narrative)
        else:
            return None
        end = dt.date(year, month, min(day, 28))
        middle = end - dt.timedelta(days=45)
        return f"{middle.year:04d}-Q{cm.quarter_of(middle)}"

    def _within_anchor(self, unit: str) -> Resolution | None:
        """ "that day", "the next day" after "in 1987" or "in October 1998": the day is not known,
        only its year or month (TimeML: 1987-XX-XX, 1998-10-XX)."""
        if self.ref_date is None or not _coarser(self.ref_value, unit):
            return None
        known = self.ref_value[:7] if re.match(r"\d{4}-\d\d$", self.ref_value) else self.ref_value[:4]
        value = {"day": known + ("-XX" if len(known) == 7 else "-XX-XX"), "week": known[:4] + "-WXX",
                 "weekend": known[:4] + "-WXX-WE", "month": known[:4] + "-XX"}[unit]
        return Resolution("DATE", value, f"within {self.ref_value}, the last date the text gave")

    def _unit_value(self, unit: str, base: dt.date, shift: int) -> str:
        if unit == "day":
            return cm.day_value(base + dt.timedelta(days=shift))
        if unit == "week":
            return cm.week_value(base + dt.timedelta(weeks=shift))
        if unit == "weekend":
            return cm.week_value(base + dt.timedelta(weeks=shift)) + "-WE"
        if unit == "month":
            return cm.month_value(*cm.add_months(base.year, base.month, shift))
        if unit == "quarter":
            index = base.year * 4 + cm.quarter_of(base) - 1 + shift
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        if unit == "year":
            return f"{base.year + shift:04d}"
        if unit == "decade":
            return f"{base.year // 10 + shift:03d}"
        if unit == "century":
            return f"{base.year // 100 + shift:02d}"
        raise ValueError(unit)

    def _unit_before_last(self, g):
        if self.now is None:
            return None
        shift = -2 if g["side"].lower().startswith("before") else 2
        return Resolution("DATE", self._unit_value(g["unit"].lower(), self.now, shift), self.now_reason())

    def _unit_before(self, g):
        unit = g["unit"].lower()
        direction = -1 if g["dir"].lower() in ("before", "earlier") else 1
        base = self.anchor
        if base is None:
            return Resolution("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", "no date to count from")
        if vague := self._within_anchor(unit):
            return vague
        if unit in ("night", "morning", "evening"):
            code = day_part_code(unit)
            return Resolution("TIME", f"{cm.day_value(base + dt.timedelta(days=direction))}T{code}", self.anchor_reason())
        return Resolution("DATE", self._unit_value(unit, base, direction), self.anchor_reason())

    def _day_of_event(self, g):
        """The day before (after) an event the text has just dated: the day named last, a day off; set
        off by a comma right after that day, the phrase is the day itself."""
        day, distance = self.last_day, self.candidate.start - self.last_day_at
        if day is None or distance > EVENT_REACH:
            return None  # an event with no date near: nothing to count from
        if distance < APPOSITION_REACH and re.search(r",\s*$", self.text[self.last_day_at:self.candidate.start]):
            value, reason = cm.day_value(day), "the day just named"
        else:
            shift = -1 if g["dir"].lower() == "before" else 1
            value = cm.day_value(day + dt.timedelta(days=shift))
            reason = f"the day {g['dir'].lower()} the event dated {cm.day_value(day)}"
        if g["unit"].lower() == "night":
            return Resolution("TIME", value + "TNI", reason)
        return Resolution("DATE", value, reason)

    def _ago(self, g):
        unit = unit_name(g["unit"])
        direction_word = " ".join(g["dir"].lower().split()).removesuffix(" that")  # "two weeks after that"
        backwards = direction_word in ("ago", "earlier", "before", "back", "previously", "since")
        # "about/nearly two years ago" is an approximate date, whatever the word.
        mod = "APPROX" if g.get("approx") else None
        amount = number_value(g["num"])
        if amount is not None and g.get("half"):
            amount += 0.5  # "a minute and a half later"
        if amount is None:
            return Resolution("DATE", "PAST_REF" if backwards else "FUTURE_REF", "an unspecified time " + direction_word, mod)
        # In news, "a year earlier" compares with the publication year, unless the text has just
        # named another year: "three years later" after "in 2014" counts from 2014.
        deictic = direction_word in ("ago", "from now", "hence", "back") or (
            unit in ("year", "decade", "century") and not self.narrative
            and (self._anchor_is_current_year() or self.candidate.start - self.ref_at > NEAR_ANCHOR))
        if not deictic and self.bc_year and unit in ("year", "decade", "century"):
            years = round(amount * {"year": 1, "decade": 10, "century": 100}[unit])
            return Resolution("DATE", cm.years_after_bc(self.bc_year, -years if backwards else years),
                              f"{g['num']} {g['unit']} {direction_word} {self.bc_year} BC", mod)
        base = self.now if deictic else self.anchor
        if base is None:
            return Resolution("DATE", "PAST_REF" if backwards else "FUTURE_REF", "no date to count from", mod)
        sign = -1 if backwards else 1
        if "today" in g and self.dct and unit in ("year", "month", "week"):
            # "a year ago today", "a month ago this week": the same day (week, month) that long ago.
            same = " ".join(g["today"].lower().split())
            if unit == "week":
                then = self.dct - dt.timedelta(weeks=round(amount))
            else:
                year, month = cm.add_months(self.dct.year, self.dct.month, -round(amount * (12 if unit == "year" else 1)))
                then = dt.date(year, month, min(self.dct.day, cm.month_end(year, month).day))
            value = {"today": cm.day_value(then), "this week": cm.week_value(then), "this month": cm.month_value(then.year, then.month)}[same]
            return Resolution("DATE", value, f"{same}, {g['num']} {g['unit']} ago", mod)
        if not deictic and amount < 7 and unit in ("day", "week") and (vague := self._within_anchor(unit)):
            return vague  # "two days later" after "in October 1998"
        reason = self.now_reason() if deictic else self.anchor_reason()
        clock = _CLOCK_VALUE.fullmatch(self.ref_value or "")
        if not deictic and clock and unit in ("minute", "hour"):
            # "signed at 10 a.m. on 27 July 1953 and took effect twelve hours later": 22:00 that day.
            day, hour, minute = dt.date.fromisoformat(clock.group("day")), int(clock.group("h")), int(clock.group("m"))
            then = dt.datetime.combine(day, dt.time()) + dt.timedelta(
                minutes=hour * 60 + minute + sign * amount * (60 if unit == "hour" else 1))  # T24:00 is the day's end
            return Resolution("TIME", then.strftime("%Y-%m-%dT%H:%M"), f"{g['num']} {g['unit']} {direction_word} {self.ref_value}", mod)
        # Company results compare with "a year earlier": the same quarter of the year before.
        if unit == "year" and self.period_value and self.candidate.start - self.period_at < PERIOD_REACH:
            if self.comparing_several_quarters():
                year = base.year + sign * int(amount)
                return Resolution("DATE", f"{year:04d}", "the same period, several quarters long, a year before", mod, comparison=True)
            shifted = cm.shift_value(self.period_value, sign * int(amount), "year")
            if shifted:
                return Resolution("DATE", shifted, "the same period " + (f"{int(amount)} year(s) {direction_word}"), mod, comparison=True)
        comparison = unit == "year" and bool(_AMOUNT_BEFORE.search(self.text, max(0, self.candidate.start - 40), self.candidate.start))
        return Resolution("DATE", self._shifted_value(base, amount * sign, unit), reason, mod, comparison=comparison)

    def _anchor_is_current_year(self) -> bool:
        return self.ref_date is None or self.dct is None or self.ref_date.year == self.dct.year

    def _shifted_value(self, base: dt.date, amount: float, unit: str) -> str:
        if unit in ("second", "minute", "hour"):
            return cm.day_value(base)
        if unit in ("day", "night"):
            return cm.day_value(base + dt.timedelta(days=round(amount)))
        if unit in ("week", "fortnight"):
            return cm.week_value(base + dt.timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
        if unit == "weekend":
            return cm.week_value(base + dt.timedelta(weeks=amount)) + "-WE"
        if unit == "month":
            return cm.month_value(*cm.add_months(base.year, base.month, round(amount)))
        if unit == "quarter":
            return cm.month_value(*cm.add_months(base.year, base.month, round(amount * 3)))
        if unit == "decade":
            return f"{base.year + round(amount * 10):04d}"
        if unit == "century":
            return f"{base.year + round(amount * 100):04d}"
        return f"{base.year + round(amount):04d}"

    # --- durations and sets ------------------------------------------------------------------
    def _duration(self, g):
        unit = unit_name(g["unit"])
        approx = g.get("approx") if "approx" in g and self.candidate.start <= self.candidate.match.start("approx") else ""
        mod = APPROX_MODS.get(" ".join(approx.lower().split()))
        # "3-4 weeks", "two to three months": the lower bound; "twenty-one days" is one number.
        num_text = _RANGE_SEPARATOR.split(g["num"].strip(), maxsplit=1)[0] or g["num"]
        amount = number_value(num_text)
        if amount is not None and g.get("half"):
            amount += 0.5  # "a year and a half"
        before = self.text[max(0, self.candidate.start - 25):self.candidate.start]
        if amount == 1 and g["num"].lower() in ("a", "an", "one") and FREQUENCY_BEFORE.search(before):
            return Resolution("SET", duration_value(1, unit), "a rate per " + unit)
        if g["num"].lower() == "one" and unit == "day" and not g.get("det") and _SOME_DAY_BEFORE.search(before):
            # "Islam will one day be the second religion": some day, not a day's length.
            after = self.text[self.candidate.end:self.candidate.end + 12]
            future = (self.tense() != "past" or re.search(r"\b(?:will|would|could|may|might|can)\s+$", before)
                      or re.match(r"\s+(?:will|would|could|might|may|be|become)\b", after))
            return Resolution("DATE", "FUTURE_REF" if future else "PAST_REF", "'one day' meaning some day")
        if amount is None:
            return Resolution("DURATION", duration_value(None, unit), "an unspecified number of " + unit + "s", mod)
        return Resolution("DURATION", duration_value(amount, unit), "a length of time", mod)

    def _unit_long(self, g):
        unit = unit_name(g["unit"])
        return Resolution("DURATION", duration_value(1, unit), "a length of time")

    def _vague_units(self, g):
        unit = unit_name(g["unit"])
        return Resolution("DURATION", duration_value(None, unit), "an unspecified number of " + unit + "s")

    def _vague_length(self, g):
        if "ago" in g:
            return Resolution("DATE", "PAST_REF", "some time before")  # "a while ago"
        return Resolution("DURATION", "PXX", "a length of time not given")

    def _set(self, g):
        unit_text = g["unit"].lower().rstrip(".")
        if unit_text in FULL_WEEKDAYS:
            return Resolution("SET", f"XXXX-WXX-{FULL_WEEKDAYS[unit_text] + 1}", "every " + unit_text.title())
        if unit_text in MONTHS:
            return Resolution("SET", f"XXXX-{MONTHS[unit_text]:02d}", "every " + unit_text.title())
        if unit_text in SEASONS:
            return Resolution("SET", f"XXXX-{SEASONS[unit_text]}", "every " + unit_text)
        if unit_text in DAY_PARTS:
            return Resolution("SET", f"XXXX-XX-XXT{DAY_PARTS[unit_text]}", "every " + unit_text)
        if unit_text == "weekend":
            return Resolution("SET", "XXXX-WXX-WE", "every weekend")
        unit = unit_name(unit_text)
        if "num" in g and g["num"].lower() in ("few", "several"):
            return Resolution("SET", duration_value(None, unit), f"every {g['num'].lower()} {unit}s")
        amount = (number_value(g["num"]) if "num" in g else 1) or 1
        if "other" in g:
            amount *= 2  # "every other day": every second day
        return Resolution("SET", duration_value(amount, unit), "every " + unit)

    def _compound_duration(self, g):
        amounts = dict(length_parts(g["parts"]))  # plausibility has checked the units descend, once each
        date_part = "".join(f"{amounts[u]}{DURATION_CODES[u]}" for u in ("year", "month", "week", "day") if u in amounts)
        time_part = "".join(f"{amounts[u]}{DURATION_CODES[u]}" for u in ("hour", "minute", "second") if u in amounts)
        return Resolution("DURATION", "P" + date_part + ("T" + time_part if time_part else ""), "a length in several units")

    def _yearly_day(self, g):
        month = MONTHS[re.search(MONTH, g["date"]).group(0).rstrip(".")]
        day = int(re.search(r"\d+", g["date"]).group(0))
        if day > cm.month_end(2000, month).day:
            return None
        return Resolution("SET", f"XXXX-{month:02d}-{day:02d}", f"every year on {g['date']}")

    def _season_count(self, g):
        code = SEASONS[g["season"].lower()[:-1]]
        return Resolution("SET", f"XXXX-{code}", "several " + g["season"].lower())

    def _set_adverb(self, g):
        word = g["word"].lower()
        return Resolution("SET", SET_ADVERBS[word], word)

    def _deictic(self, g):
        word = " ".join(g["word"].lower().split())
        for value, words in DEICTIC.items():
            if word in words:
                return Resolution("DATE", value, "a vague reference")
        return Resolution("DATE", "PAST_REF", "a vague reference")

    def day_around(self, resolution: Resolution) -> tuple[int, Resolution] | None:
        """ "the day before last Tuesday", "the night after 5 December": one expression a day off the
        date it names (TimeML), as (its start, its resolution); None when the date has no such lead."""
        lead = _DAY_AROUND.search(self.text, max(0, self.candidate.start - 30), self.candidate.start)
        day_value = re.match(r"\d{4}-\d\d-\d\d", resolution.value)
        if lead is None or day_value is None or resolution.type not in ("DATE", "TIME"):
            return None
        shift = 1 if lead.group("dir").lower() == "after" else -1
        day = dt.date.fromisoformat(day_value.group(0)) + dt.timedelta(days=shift)
        unit = lead.group("unit").lower()
        side = "after" if shift > 0 else "before"
        if unit == "day":
            return lead.start("the"), Resolution("DATE", cm.day_value(day), f"the day {side} {day_value.group(0)}")
        return lead.start("the"), Resolution("TIME", f"{cm.day_value(day)}T{day_part_code(unit)}", f"the {unit} {side} {day_value.group(0)}")

    def _then(self, g):
        if self.ref_value is None:
            before = self.text[max(0, self.candidate.start - 5):self.candidate.start].lower()
            return Resolution("DATE", "PAST_REF", "an earlier time") if "back" in before else None
        kind = "TIME" if "T" in self.ref_value else "DATE"
        return Resolution(kind, self.ref_value, f"the time of {self.ref_value}, the last date the text gave")

    def _holiday(self, g):
        name = " ".join(g["name"].lower().split())
        rel = (g.get("rel") or "").lower()
        if "y" not in g and (name == "d-day" or (self.narrative and name in _HISTORIC_DAYS)):
            return Resolution("DATE", _HISTORIC_DAYS[name], "the day in history")
        if "y" in g:
            year = int(g["y"])
        elif (written_after := _YEAR_OF_AFTER.match(self.text, self.candidate.end)) and (
                day := holiday_date(name, int(written_after.group("y")))):
            return Resolution("DATE", cm.day_value(day), "a holiday in the year written after it")  # "the Christmas truce of 1914"
        elif self.now is None:
            fixed = HOLIDAYS.get(name)
            value = f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX"
            return Resolution("DATE", value, "no year to place the holiday in")
        else:
            year = self.now.year
        day = holiday_date(name, year)
        if day is None:
            return None
        week = (g.get("week") or "").lower()
        if "y" not in g and self.narrative and not rel:
            # A history reads on: the holiday in the year it has reached ("1914 ... on Christmas Eve"),
            # or a short look back from a day or month it has reached.
            coarse = re.fullmatch(r"\d{4}", self.ref_value or "") is not None
            earliest = self.ref_date if coarse else self.ref_date - dt.timedelta(days=31)
            day = next((d for y in (year - 1, year, year + 1) if (d := holiday_date(name, y)) and d >= earliest), day)
        elif "y" not in g:
            # "as Easter week began": a holiday's week has begun once its Monday has come.
            start = day - dt.timedelta(days=day.weekday()) if week == "week" else day
            if rel == "last" or (not rel and self.tense() == "past" and start > self.now):
                day = holiday_date(name, year - 1) if start >= self.now else day
            elif rel == "next" or (not rel and self.tense() == "future" and day < self.now):
                day = holiday_date(name, year + 1) if day <= self.now else day
        if week:
            # "Easter week", "the Thanksgiving weekend": the week (weekend) the holiday falls in.
            return Resolution("DATE", cm.week_value(day) + ("-WE" if week == "weekend" else ""), f"the {week} of a holiday")
        return Resolution("DATE", cm.day_value(day), "a holiday")

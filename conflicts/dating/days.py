"""Resolution rules for days and times: weekdays, "yesterday", day parts, "overnight", clock times,
"the week of Oct. 5". Mixed into `resolve.Resolver` through `relative.RelativeRules`."""

import datetime as dt
import re

from . import calendar_math as cm
from .fragments import DAY_NUMBER, HOURS_IN_WORDS, MONTH, YEAR
from .lexicon import DAY_PARTS, FULL_WEEKDAYS, MONTHS, alternation
from .resolution import APPROX_MODS, CLOCK_VALUE, Resolution, part_mod, shift_of
from .live import LiveReportRules
from .number_clocks import NumberClockRules

# "the day before last Tuesday": the lead of a date a day off.
_DAY_AROUND = re.compile(r"\b(?P<the>the)\s+(?P<unit>day|night|morning|evening)\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Earlier, at 10 a.m.", "had warned at 9 a.m.": a clock told as a look back.
_LOOKING_BACK_IN = re.compile(r"\b(?:earlier|had|before|previously|the\s+day\s+before)\b", re.IGNORECASE)
# "today's" before these means nowadays: "today's youth", "in today's world".
_GENERIC_AFTER = (r"['’]s\s+(?:(?:young|modern|global|competitive|fast-changing)\s+)?(?:world|youth|society|generation|"
                  r"young|kids|children|standards|terms|dollars|prices|economy|market|technology|computers|consumers)\b")
_LATE_IN_THE_DAY = re.compile(r"T(?:NI|EV|(?:1[89]|2[0-4]):\d\d)$")
_POSSESSIVE_PRONOUN_BEFORE = re.compile(r"\b(?:your|our|their|my|his|her)\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:by|until|till|towards?)\s+$", re.IGNORECASE)  # "by evening", "until the evening"
_AFTER_BEFORE = re.compile(r"\b(?:after|past)\s+$", re.IGNORECASE)
# "20:05 (": a clock, then in brackets the same moment in another zone.
_ZONE_EQUIVALENT_BEFORE = re.compile(r"\d[:.]?\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*\(\s*$", re.IGNORECASE)
_BEFORE_DAYBREAK = re.compile(r"\b(?:before|until|till)\s+(?:daybreak|dawn|first\s+light|sunrise|daylight)\b", re.IGNORECASE)
_REMEMBERED = re.compile(r"\b(?:known|remembered|called|named|commemorated|survives|stands)\b")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# "The index fell 0.4% by midday", "was up 12 points at 1045 GMT", "down 1.4% at $2,662 an ounce by 1130 GMT", "up 71 cents
# at $24.27 a barrel at 12:20 p.m. EDT": a market report's clock is the day's.
_MARKET_MOVE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper\s+cent|\bpct|\bpoints?|\bcents?)(?:\s+from\s+[\w'’]+\s+close)?"  # "up 1.1% from Friday's close at $2,757 by"
    r"(?:,?\s+(?:at|to)\s+\S{0,4}\d[\d,.]*(?:\s+(?:an?|per)\s+[a-z]+)?)?"
    r",?\s+(?:by|at|as\s+of)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[a-z)\d][.!?][\"'’”]*\s|\n")
# "at noon (0800 GMT) on Saturday": the day named right after a clock time.
_DAY_AFTER_CLOCK = re.compile(
    rf"\s*(?:\([^()]{{1,30}}\))?\)?,?\s+(?:on\s+)?(?P<day>{alternation(FULL_WEEKDAYS)}|today|tonight|tomorrow|yesterday)\b", re.IGNORECASE)
_SMALL_HOURS = re.compile(r"(?:the\s+)?(?:early|small|wee)\s+hours\b", re.IGNORECASE)
_SINCE_CLOCK_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
DATE_AFTER = re.compile(
    rf"\s+(?:on\s+|of\s+)?(?:(?P<d_first>{DAY_NUMBER})\s+(?P<month_after>{MONTH})|(?P<month>{MONTH})\s+(?P<d>{DAY_NUMBER}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?\b", re.IGNORECASE)


def day_part_code(word: str | None) -> str:
    return DAY_PARTS.get((word or "").lower(), "")


def _hour_and_minute_in_words(g) -> tuple[int, int]:
    """ "11 o'clock" → (11, 0); "half past eleven" → (11, 30); "a quarter to six in the evening" → (17, 45)."""
    word = (g.get("oc") or g.get("bare") or g["fh"]).lower()
    hour, minute = HOURS_IN_WORDS.get(word) or int(word), int(g.get("bare_m") or 0)
    if "frac" in g:
        minute = 30 if g["frac"].lower() == "half" else 15
        if g["side"].lower() == "to":
            hour, minute = (hour - 1) or 12, 60 - minute
    half_day = (g.get("half_day") or g.get("dp") or g.get("on_dp") or g.get("pre_dp") or "").lower()
    if not half_day and (g.get("on_day") or "").lower() == "tonight" and hour >= 5:
        half_day = "night"  # "at 8 o'clock tonight": 20:00
    if hour == 12 and half_day:
        hour = 0 if half_day.endswith("morning") else 24 if half_day.endswith("night") else 12
    elif half_day and not half_day.endswith("morning") and not (half_day.endswith("night") and hour < 6):
        hour += 12  # "in the afternoon", "in the evening", "at night"
    return hour, minute


_PEOPLE_BEFORE = re.compile(r"\b(?:kids|children|people|youngsters|teenagers|students|soldiers|voters|Americans|parents)\s+$",
                            re.IGNORECASE)
_LATER_PART_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT(?:AF|EV)")
# "on Thursday night, and at 11 o'clock": a clock without a.m. or p.m. told as the hour of the night just named.
_NIGHT_AT_BEFORE = re.compile(r"\b(?:night|evening),?\s+(?:and\s+)?(?:at\s+)?(?:about\s+|around\s+)?$")  # "in the night, around 10 o'clock"
# "a curfew from dusk to dawn", "a dusk-to-dawn curfew": the hours of any night.
_DUSK_TO_DAWN = re.compile(r"\b(?:dusk|sunset|nightfall)(?:\s+(?:to|until|till|and)\s+|-to-)(?:dawn|sunrise|daybreak)\b", re.IGNORECASE)
_SPAN_END_BEFORE = re.compile(r"(?:\bto|\buntil|\btill|[-–])\s*$")

class DayRules(LiveReportRules, NumberClockRules):
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
        offsets = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1,  # "at 8 p.m. last night"
                   "the day before yesterday": -2, "the day after tomorrow": 2}
        if word in offsets and (diary := self.diary_day()):
            return diary + dt.timedelta(days=offsets[word]), f"counted from {cm.day_value(diary)}, the day of the journal's entry"
        if word in offsets and self.now:
            return self.now + dt.timedelta(days=offsets[word]), self.now_reason()
        weekday = FULL_WEEKDAYS.get(word)
        if weekday is not None:
            return self._weekday_date(weekday, "")
        return None, "no date to count from"

    def _day_word(self, g):
        word = g["word"].lower()
        if word in ("today", "tomorrow", "yesterday") and _POSSESSIVE_PRONOUN_BEFORE.search(
                self.text, max(0, self.candidate.start - 8), self.candidate.start):
            return None  # "for your tomorrow we gave our today": a noun, no time
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

    def _generic_day(self) -> bool:
        if self.narrative and not self._quoted():
            # a history's "today" is its writer's ("stands on the battlefield today"), unless quoted or in a journal's
            # entry ("Sunday 1st May. No sermon today."; but not "the bridge is known today as Pegasus Bridge")
            sentence = self.text[self._sentence_start(self.candidate.start):self.candidate.end + 60]
            return self.diary_day() is None or _REMEMBERED.search(sentence) is not None
        before = self.text[max(0, self.candidate.start - 12):self.candidate.start]
        after = self.text[self.candidate.end:self.candidate.end + 30]
        if re.search(r"(?<!\bas\s)\bof\s+$", before, re.IGNORECASE) and not re.match(r"['’]s", after):  # not "as of today"
            return re.match(r"\s*(?:[,.;:!?)\"”’]|and\b|$)", after) is not None  # "the people of tomorrow"
        if _PEOPLE_BEFORE.search(before) and re.match(r"\s+(?:do|don't|are|aren't|have|haven't|know|don’t|can't|can)\b", after):
            return True  # "Kids today don't": the young of our times
        return bool(re.match(_GENERIC_AFTER, after, re.IGNORECASE))

    def _quoted(self) -> bool:
        """True inside a quotation that opened earlier in the same paragraph."""
        paragraph = self.text[self.text.rfind("\n", 0, self.candidate.start) + 1:self.candidate.start]
        straight = paragraph.count('"') % 2 == 1
        return straight or paragraph.rfind("“") > paragraph.rfind("”")

    def _bare_day_part(self, g):
        if "label" in g or "mid" in g or "alone_part" in g:  # "Late afternoon." heading a chronology's entry too
            g = {**g, "part": g.get("label") or g.get("mid") or g["alone_part"]}
        return self._day_part({**g, "rel": "the"})

    def _day_part(self, g):
        rel = " ".join(g["rel"].lower().split())
        code = day_part_code(g["daypart"])
        if rel in ("each", "every"):
            return Resolution("SET", f"XXXX-XX-XXT{code}", "every " + g["daypart"].lower())
        if rel in ("tomorrow", "yesterday"):
            day, reason = self._day_from_word(rel)
        elif rel == "this" and (diary := self.diary_day()):
            day, reason = diary, f"on {cm.day_value(diary)}, the day of the journal's entry"  # "Thursday 26th. ... this morning"
        elif rel == "this":
            day, reason = self.now, self.now_reason()
            if self.dct and (entry := self._entry_day_at()) and entry[0] != self.dct:
                day, reason = entry  # a live report's "this evening" in an entry of the day before
        elif rel == "last":
            # "last night" is the night before; "last morning" hardly occurs.
            day, reason = (self.now - dt.timedelta(days=1), self.now_reason()) if self.now else (None, "")
        else:
            shift = shift_of(rel)
            after_the_night_before = self.dct is not None and self.ref_value == f"{cm.day_value(self.dct - dt.timedelta(days=1))}TNI"
            if rel == "the" and (code == "MO" and _LATE_IN_THE_DAY.search(self.ref_value or "")
                                 or code in ("AF", "EV") and after_the_night_before):
                # "the assaults went on through the night. By the morning ...", "fell silent at 10 o'clock
                # that night. We sat in the bunker until morning": the morning after; in news, "pulled out
                # overnight ... By midafternoon" is the afternoon of publication, after the night before it.
                shift = 1
            elif rel == "the" and code in ("EV", "NI") and (clock := CLOCK_VALUE.fullmatch(self.ref_value or "")) and (
                    int(clock.group("h")) < 6) and not _BY_BEFORE.search(self.text, max(0, self.candidate.start - 9), self.candidate.start):
                shift = -1  # "took the city at around 1:30 am, after troops spent the evening pulling out": the evening before
            elif rel == "the" and code == "NI" and self.narrative and self.told_in_the_past_perfect():
                shift = -1  # "(6 July) Bernadotte, who had abandoned the village during the night": the night before
            day, reason = self.anchor, self.anchor_reason()
            if self.ref_date is not None and not re.match(r"\d{4}-\d\d-\d\d", self.ref_value or ""):
                # A part of a day needs a day: "expected to begin next month ... state radio interrupted its
                # programmes in the afternoon" is the afternoon of the last day named (or of publication).
                if self.last_day:
                    day, reason = self.last_day, f"on {cm.day_value(self.last_day)}, the last day the text named"
                else:
                    day, reason = self.now, self.now_reason()
            day = day + dt.timedelta(days=shift) if day else None
            if code == "NI" and rel == "the" and self._told_in_the_past_of_publication_day(day):
                # "gunfire went on through the night", read the next day: the night before publication
                day, reason = day - dt.timedelta(days=1), f"the night before {cm.day_value(day)}, told in the past"
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", "no date to count from")
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part") or g.get("inner")))

    def _overnight(self, g):
        word = " ".join(g["word"].lower().split())
        code = {"overnight": "NI", "the early hours": "NI", "the small hours": "NI", "the wee hours": "NI",
                "midday": "MI", "dawn": "MO", "daybreak": "MO", "daylight": "MO", "sunrise": "MO", "first light": "MO",
                "dusk": "EV", "sunset": "EV", "sundown": "EV", "nightfall": "EV", "sunup": "MO"}.get(word, "AF")
        following = DATE_AFTER.match(self.text, self.candidate.end)
        reason = self.now_reason()
        if _DUSK_TO_DAWN.search(self.text, max(0, self.candidate.start - 20), min(len(self.text), self.candidate.end + 20)):
            return Resolution("TIME", f"XXXX-XX-XXT{code}", "the ends of a night, any night (a curfew's hours)")
        if "this" in g and self.now:
            day = self.now  # "at first light this morning"
        elif ("relday" in g or "relmorning" in g) and self.anchor:
            # "dawn the next day", "dusk that day", "first light the next morning": a part of the day the story is
            # on, or of its neighbour.
            shift = shift_of(g.get("relday") or g["relmorning"])
            day, side = self.anchor + dt.timedelta(days=shift), {1: "after", -1: "before"}.get(shift)
            reason = f"the day {side} {self.ref_value or 'publication'}" if side else self.anchor_reason()
        elif "nth" in g and self.anchor:  # "attack at daybreak on the 26th": that day of the story's month
            day, reason = self.anchor.replace(day=int(g["nth"])), self.anchor_reason()
        elif "into" in g:
            day, reason = self._night_into(g["into"])
        elif "month" in g or "month_after" in g:
            day, reason = self._date_from_groups(g)
        elif "day" in g:
            day, _ = self._day_from_word(g["day"])
        elif "feast" in g:  # "at dawn on Christmas Day"
            feast = self._holiday({"name": g["feast"]})
            if feast is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", feast.value):
                return None
            day, reason = dt.date.fromisoformat(feast.value), feast.reason
        elif following:
            # "at dawn on 1 September 1939": the date that follows (tagged on its own).
            day, _ = self._date_from_groups({k: v for k, v in following.groupdict().items() if v})
            reason = "on the date that follows"
        elif self.ref_value and re.match(r"\d{4}-\d\d-\d\d", self.ref_value) and (
                self.narrative or word == "overnight" or not _SENTENCE_END.search(self.text, self.ref_at, self.candidate.start)
                or self.ref_date.year == self.anniversary_year):
            # The day the text is on; in news a dawn or dusk takes it only from its own sentence, or from the day of
            # the year an anniversary feature looks back to ("at about 3.40pm on Thursday, 18 August 1966 ... at dusk").
            day = self.anchor
            if code == "MO" and re.search(r"T(?:NI|EV|2[0-4](?::\d\d)?)$", self.ref_value) and not (self.dct and day >= self.dct):
                # "shelled overnight ... at dawn", "By midnight ... until first light", "Friday, 6 January, evening. A mine
                # is begun ... by daybreak": the morning after
                day += dt.timedelta(days=1)
        else:
            day = self.now
        if day is None:
            if "month" in g or "month_after" in g:
                month, day_number = self._month_and_day(g)
                return Resolution("TIME", f"XXXX-{month:02d}-{day_number:02d}T{code}", reason)
            return Resolution("TIME", f"XXXX-XX-XXT{code}", "no date to count from")
        if word == "overnight" and "day" not in g and not following and self.tense() == "past" and not (
                self.dct and day == self.dct - dt.timedelta(days=1)):
            # "shelled Kharkiv overnight, officials said on Tuesday": the night that led into the day;
            # in news the night after the day before publication is the one that led into publication.
            day -= dt.timedelta(days=1)
            reason = "the night before " + cm.day_value(day + dt.timedelta(days=1))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason)

    def _clock(self, g):
        if "named" in g:
            named = g["named"].lower()
            hour, minute = (24, 0) if named == "midnight" else (12, 0)
            if named == "midnight" and g.keys() == {"named"} and self._opens_the_days_entry():
                # a chronology's "Sunday, 28 February. Midnight. The guard changes": the midnight that opens the day
                return Resolution("TIME", f"{cm.day_value(self.last_day)}T00:00", f"the midnight that opens {cm.day_value(self.last_day)}")
        elif "h24" in g:
            hour, minute = int(g["h24"]), int(g["m24"])
        elif "mil" in g:
            hour, minute = int(g["mil"]), int(g["milm"])
        elif "oc" in g or "fh" in g or "bare" in g:
            hour, minute = _hour_and_minute_in_words(g)
        else:
            hour, minute = int(g["h"]), int(g.get("m") or 0)
            if hour > 12 or hour == 0:
                return None
            hour = cm.hour_24(hour, g["ampm"])
        if hour == 24 and (g.get("approx", "").lower().endswith("after") or _AFTER_BEFORE.search(
                self.text, max(0, self.candidate.start - 10), self.candidate.start)):
            hour = 0  # "shortly after midnight on Sunday": the small hours of Sunday, not its end
        if "month" in g or "month_after" in g:
            month = MONTHS[(g.get("month") or g["month_after"]).lower().rstrip(".")]
            day_number = int(re.sub(r"\D", "", g.get("d") or g["d_first"]))
            if "y" in g or "yf" in g:
                day, reason = dt.date(int(g.get("y") or g["yf"]), month, day_number), "the date given"
            else:  # the year as for the day alone: publication's, or the story's ("1 August, about 7 p.m.")
                on_its_own = self._day_in_month(month, day_number, {"wd": g["wd"]} if "wd" in g else {})
                day, reason = None, ""
                if on_its_own and re.fullmatch(r"\d{4}-\d\d-\d\d", on_its_own.value):
                    day, reason = dt.date.fromisoformat(on_its_own.value), on_its_own.reason
        elif "ny" in g:  # "Last updated: 27.02.2019, 22:40 IST", "03/09/2004 19:25"
            day, reason = self.numeric_day(int(g["nd"]), int(g["nm"]), int(g["ny"]), g["nsep"]), "the date given"
        elif "iy" in g:  # "Situation as of 1999-09-06, 18:00 Geneva time"
            day, reason = dt.date(int(g["iy"]), int(g["im"]), int(g["id"])), "the date given"
        elif "day" in g:
            day, reason = self._zone_equivalent_day(g["day"]) or self._day_from_word(g["day"])
        elif "on_day" in g and "on_rel" in g and g["on_day"].lower() in FULL_WEEKDAYS:  # "10 o'clock that Monday night"
            day, reason = self._weekday_date(FULL_WEEKDAYS[g["on_day"].lower()], g["on_rel"].lower())
        elif "on_day" in g or "pre_day" in g:  # "11 o'clock on Thursday night", "Thursday night at 11 o'clock"
            day, reason = self._day_from_word(g.get("on_day") or g["pre_day"])
            if day is not None and hour < 6 and (g.get("on_dp") or g.get("pre_dp") or "").lower() == "night":
                day, reason = day + dt.timedelta(days=1), f"the small hours after {cm.day_value(day)}"
        elif "feast" in g:  # "at 2 a.m. on Christmas Day"
            feast = self._holiday({"name": g["feast"], **({"y": g["y"]} if "y" in g else {})})
            if feast is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", feast.value):
                return None
            day, reason = dt.date.fromisoformat(feast.value), feast.reason
        elif "nth" in g:  # "H-hour was 02.00 hrs on the 22nd": that day of the month the story is in
            on_day = self._ordinal_day({"d": g["nth"]})
            if on_day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", on_day.value):
                return None
            day, reason = dt.date.fromisoformat(on_day.value), on_day.reason
        elif "rel_wd" in g:  # "shortly before noon last Wednesday"
            day, reason = self._weekday_date(FULL_WEEKDAYS[g["rel_wd"].lower()], g["day_rel"].lower())
        elif "dp_rel" in g and g["dp_rel"].lower() == "this" and self.now:
            day, reason = self.now, self.now_reason()  # "By 10 o'clock this morning"
        elif "dp_rel" in g and self.anchor:
            # "eight o'clock the next morning", "five o'clock that afternoon": on the story's day or the next.
            shift = 0 if g["dp_rel"].lower() in ("that", "the same") else 1
            day, reason = self.anchor + dt.timedelta(days=shift), self.anchor_reason()
        elif later := _DAY_AFTER_CLOCK.match(self.text, self.candidate.end):
            # "at noon local time (0800 GMT) on Saturday": the day that follows, past a bracket.
            day, reason = self._day_from_word(later.group("day"))
        elif self.dct and _LINE_START.search(self.text, max(0, self.candidate.start - 80), self.candidate.start):
            # "05:31 GMT Our correspondent in Sidon says ...": a live report's entry is stamped on its day.
            day, reason = self._entry_day()
        elif self.dct and _MARKET_MOVE_BEFORE.search(self.text, max(0, self.candidate.start - 60), self.candidate.start):
            day, reason = self.now, "a market's move by a clock, the day of publication's"  # "fell 0.4% by midday"
        elif self.dct and (entry := self._entry_ahead(hour)):
            day, reason = entry  # "00:35 BST ... We'll be back from 8am": the next 8am after the entry's stamp
        elif (self.last_day and self.candidate.start - self.last_day_at < 400 and not self._background_day_before()
              and not self._told_in_the_past_after_a_day_to_come() and not self._told_ahead_after_a_day_gone()):
            # "Early on Tuesday ... The blast happened at about 2:50 a.m.": the day the text last named;
            # "moved up on the night of 25/26 October, and at 5.40 a.m. attacked": the morning after the night.
            day, reason = self.last_day, f"on {cm.day_value(self.last_day)}, the last day the text named"
            evening = re.fullmatch(rf"{cm.day_value(self.last_day)}T(?:(?P<part>NI|EV)|(?P<h>\d\d):\d\d)", self.ref_value or "")
            if (evening and evening.group("part") and 6 <= hour < 12 and not g.keys() & {"ampm", "named", "mil"}
                    and _NIGHT_AT_BEFORE.search(self.text, max(0, self.candidate.start - 24), self.candidate.start)):
                hour += 12  # "Thursday night at 11 o'clock"
            elif (evening and evening.group("part") == "EV" and 4 <= hour < 12
                  and not g.keys() & {"ampm", "named", "mil", "h24", "dp_rel", "half_day"}):
                hour += 12  # "captured towards evening. By about five o'clock the army had ceased to exist"
            elif evening and hour < (12 if evening.group("part") == "NI" else 6) and (
                    evening.group("part") or int(evening.group("h")) >= 18) and not _SINCE_CLOCK_BEFORE.search(
                    self.text, max(0, self.candidate.start - 8), self.candidate.start) and not _SMALL_HOURS.match(
                    self.text, self.ref_at):  # "entered in the early hours of 11 November, before the armistice at 11 a.m."
                # "moved up on the night of 25/26 October, and at 5.40 a.m. attacked", "the barrage opened at
                # 11 p.m. on 11 May, and at 1 a.m. the battalions advanced": the morning after (not "have died there
                # since 0300", looking back over the day).
                day, reason = self.last_day + dt.timedelta(days=1), f"the morning after {cm.day_value(self.last_day)}"
                self.small_hours_at = self.candidate.start
            elif self._next_morning_in_the_news(hour):
                day, reason = self.last_day + dt.timedelta(days=1), f"the day after {cm.day_value(self.last_day)}, told on from its evening"
        else:
            day, reason = self.now, self.now_reason()
        if day is not None and hour < 12 and self._in_the_afternoon_already(g, day, hour):
            hour += 12  # "At about 3 p.m. Reno charged ... At about half past three Custer sent", "about 4:20"
        if day is not None and self._ends_a_span_overnight(day, hour):
            day, reason = day + dt.timedelta(days=1), f"the morning after {cm.day_value(day)}"
        bare_midnight = g.keys() <= {"named", "approx"}  # "around midnight", with no day or zone
        if (hour == 0 and bare_midnight and day is not None and (stamp := self._entry_clock_before())
                and stamp.date() == day and stamp.hour >= 12):
            # a live report's "15:20 It is past midnight in Seoul": the midnight after the entry, in another zone
            day, reason = day + dt.timedelta(days=1), f"the midnight after the entry's stamp, {stamp:%H:%M}"
        if hour == 24 and bare_midnight and self._told_in_the_past_of_publication_day(day):
            # "electricity was cut around midnight", read that morning: the midnight that began the day
            day, reason = day - dt.timedelta(days=1), f"the midnight before {cm.day_value(day)}, told in the past"
        mod = APPROX_MODS.get(" ".join((g.get("approx") or "").lower().split()))
        clock = f"T{hour:02d}:{minute:02d}"
        if day is None:
            return Resolution("TIME", "XXXX-XX-XX" + clock, "no date to count from", mod)
        return Resolution("TIME", cm.day_value(day) + clock, reason, mod)

    def _zone_equivalent_day(self, word: str) -> tuple[dt.date, str] | None:
        """In news, the weekday of a clock in brackets after another, the same moment in another zone: the day
        next to the first clock's ("20:05 (01:05 GMT Wednesday)" in an entry of Tuesday is the next day)."""
        weekday = FULL_WEEKDAYS.get(word.lower())
        if self.dct is None or weekday is None or not _ZONE_EQUIVALENT_BEFORE.search(
                self.text, max(0, self.candidate.start - 24), self.candidate.start):
            return None
        base = (self._entry_day_at() or (self.now, ""))[0]
        day = next((base + dt.timedelta(days=shift) for shift in (0, 1, -1)
                    if (base + dt.timedelta(days=shift)).weekday() == weekday), None)
        return (day, f"the {word.capitalize()} next to {cm.day_value(base)}, the same moment in another zone") if day else None

    def _next_morning_in_the_news(self, hour: int) -> bool:
        """True in news for a morning clock told in a later sentence than an evening clock of a day before
        publication: "began at about 7 p.m. Monday ... One gunman was killed shortly before midnight ... told
        newsmen at noon" is Tuesday's noon; not a look back ("Earlier, at 10 a.m.", "had warned at 9 a.m.")."""
        previous = CLOCK_VALUE.fullmatch(self.ref_value or "")
        if self.dct is None or previous is None or self.last_day >= self.dct or previous.group("day") != cm.day_value(self.last_day):
            return False
        if not (hour <= 12 and int(previous.group("h")) >= 16 and hour < int(previous.group("h"))):
            return False
        between = self.text[self.ref_at:self.candidate.start]
        sentence = re.split(r"(?<![ap]\.m)[.!?]\s+(?=[A-Z\"“])", between)[-1]
        return len(between) != len(sentence) and not _LOOKING_BACK_IN.search(sentence) and self.tense() != "future"

    def _told_in_the_past_of_publication_day(self, day: dt.date | None) -> bool:
        """True in news for a night or a midnight that would fall on the day of publication but is told in the
        past tense: the one before it, which the paper reports the next morning."""
        return day is not None and day == self.dct and self.tense() == "past"

    def _told_in_the_past_after_a_day_to_come(self) -> bool:
        """True in news for a clock told in the past after a day still to come: "We will be back at 07:00
        tomorrow.\n\nKey events so far: jets bombed the positions shortly after 07:00" is today's."""
        return self.dct is not None and self.last_day > self.dct and self.tense() == "past"

    def _told_ahead_after_a_day_gone(self) -> bool:
        """True in news for a clock told in the present or future in a later paragraph (or bullet) than a day gone by:
        "spoke to both presidents on Monday evening.\n• The council holds an emergency session at 10am" is today's."""
        return (self.dct is not None and self.last_day < self.dct and "\n" in self.text[self.last_day_at:self.candidate.start]
                and self.tense() in ("present", "future"))

    def _background_day_before(self) -> bool:
        """True in news when the last day named is weeks from publication and in an earlier paragraph: "North
        Korea's previous test was on Sept. 9 last year.\n\nSpot gold ... was up 0.6 percent by 1045 GMT" is today."""
        return (self.dct is not None and abs((self.last_day - self.dct).days) > 7
                and "\n" in self.text[self.last_day_at:self.candidate.start]
                # but a feature's "On the morning of November 20, 1943, the landing craft ...\n\nThe first Marines
                # reached the sand at about 9 a.m." goes on through the part of the day it put the story in
                and not (self.ref_value or "").startswith(cm.day_value(self.last_day) + "T"))

    def _in_the_afternoon_already(self, g, day: dt.date, hour: int) -> bool:
        """True in a history for a clock written without a.m. or p.m. ("half past three", "5 o'clock", "4:20", not
        "04:20" or "11:30") right after a clock of the same day past noon that it can only follow in the afternoon."""
        if not self.narrative or "ampm" in g or "named" in g or "mil" in g or ("h24" in g and len(g["h24"]) > 1):
            return False  # news writes "11:30" on the 24-hour clock
        if _LATER_PART_OF_DAY.fullmatch(self.ref_value or "") and self.ref_value.startswith(cm.day_value(day)):
            return True  # "the firing went on until sunset, a little after 6:30"
        if self.ref_value == f"{cm.day_value(day)}TMO" and 1 <= hour <= 5 and not _BEFORE_DAYBREAK.search(
                self.text, self._sentence_start(self.candidate.start), self.candidate.start):
            # "The armies met late in the morning. ... At about half past two an Indian regiment gave way" (but "It came
            # this morning. They opened fire before daybreak, about four o'clock")
            return True
        previous = CLOCK_VALUE.fullmatch(self.ref_value or "")
        return (previous is not None and previous.group("day") == cm.day_value(day)
                and 12 <= int(previous.group("h")) <= hour + 12)

    def _ends_a_span_overnight(self, day: dt.date, hour: int) -> bool:
        """True for the end of a span of clocks that starts later in the day than it ends: "a curfew from 7 p.m.
        to 6 a.m." ends the next morning."""
        previous = CLOCK_VALUE.fullmatch(self.ref_value or "")
        start = self.candidate.start
        return (previous is not None and previous.group("day") == cm.day_value(day) and int(previous.group("h")) > hour
                and start - self.ref_at < 25 and _SPAN_END_BEFORE.search(self.text, max(0, start - 8), start) is not None)

    _clock_from = _clock
    _day_clock = _clock
    _date_clock = _clock

    def _opens_the_days_entry(self) -> bool:
        """True for a chronology's clock entry right after its day's heading ("Sunday, 28 February. Midnight.")."""
        return (self.narrative and self.last_day is not None and self.text.startswith(".", self.candidate.end)
                and re.fullmatch(r"[^.\n]{1,40}\.\s+", self.text[self.last_day_at:self.candidate.start]) is not None)

    def _clock_words(self, g):
        if "on_d" in g or "on_d_first" in g:  # "eight o'clock on the morning of Monday, 8 December 1941"
            g = {**g, **{key[3:]: value for key, value in g.items() if key.startswith("on_")}}
        return self._clock(g)

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
        if self.telling_an_earlier_year(month):
            # an anniversary feature's "shelled the base on the night of 16-17 August" (1966)
            return dt.date(self.ref_date.year, month, day_number), f"year from {self.ref_value}, the last date the text gave"
        if self.back_in_the_feature(month):
            return dt.date(self.feature_year, month, day_number), f"{self.feature_year}, the year the feature looks back to"
        year = self.year_for(month, day, self.now, self.tense())
        return dt.date(year, month, day_number), self.now_reason()

    def _week_of(self, g):
        if "nd" in g:
            day = self.numeric_day(int(g["nd"]), int(g["nm"]), int(g["ny"]), "/")
            return Resolution("DATE", cm.week_value(day), "the week ending on the date given")
        if "this_month" in g:
            if self.anchor is None:
                return Resolution("DATE", "XXXX-WXX", "no month to count in")
            g = {"ord": g["ord_this"], "month": self.anchor.strftime("%B"), "y": str(self.anchor.year)}
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
        part = (g.get("daypart") or g.get("wd_part") or g["part_after"]).lower()
        code = "NI" if part.endswith("hours") else day_part_code(part)
        if day is None:  # "the night of 24-25 February" with no year yet: the month and day are known
            month, day_number = self._month_and_day(g)
            return Resolution("TIME", f"XXXX-{month:02d}-{day_number:02d}T{code}", reason, part_mod(g.get("part")))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part")))

    def _part_of_named_day(self, g):
        part = g["daypart"].lower()
        code = "NI" if part.endswith("hours") else day_part_code(part)
        if "day_rel" in g:
            # "the evening of the next day": that day, counted as "the next day" is.
            on_day = self._relative_unit({"rel": f"the {g['day_rel'].lower()}", "unit": "day"})
            return on_day and on_day.type == "DATE" and Resolution(
                "TIME", f"{on_day.value}T{code}", on_day.reason, part_mod(g.get("part")))
        if "event" in g:
            # A history's "Maiwand was fought on 27 July 1880. ... The morning of the battle was already hot": the day
            # its opening gave the battle, or the last day the text named.
            day = self.headline_day or self.last_day
            if not self.narrative or day is None:
                return None
            return Resolution("TIME", f"{cm.day_value(day)}T{code}", f"on {cm.day_value(day)}, the day of the battle", part_mod(g.get("part")))
        if "nth" in g:
            # "on the afternoon of the third day Prince Alexander ordered a counter-attack": a history's counted day
            on_day = self.counted_day(g["nth"])
            return on_day and Resolution("TIME", f"{on_day.value}T{code}", on_day.reason, part_mod(g.get("part")))
        if g["day"].lower().startswith("the"):
            # "the morning of the 7th": that day of the month the story is in.
            on_day = self._ordinal_day({"d": re.sub(r"\D", "", g["day"])})
            return on_day and Resolution("TIME", f"{on_day.value}T{code}", on_day.reason, part_mod(g.get("part")))
        day, reason = self._day_from_word(g["day"])
        if day is None:
            return Resolution("TIME", f"XXXX-XX-XXT{code}", reason, part_mod(g.get("part")))
        return Resolution("TIME", f"{cm.day_value(day)}T{code}", reason, part_mod(g.get("part")))

    def day_around(self, resolution: Resolution) -> tuple[int, Resolution] | None:
        """ "the day before last Tuesday", "the night after 5 December": one expression a day off the
        date it names (TimeML), as (its start, its resolution); None when the date has no such lead."""
        lead = _DAY_AROUND.search(self.text, max(0, self.candidate.start - 30), self.candidate.start)
        if lead is None or resolution.type not in ("DATE", "TIME") or not (day_value := _DAY_VALUE.match(resolution.value)):
            return None
        shift = 1 if lead.group("dir").lower() == "after" else -1
        day = dt.date.fromisoformat(day_value.group(0)) + dt.timedelta(days=shift)
        unit = lead.group("unit").lower()
        side = "after" if shift > 0 else "before"
        if unit == "day":
            return lead.start("the"), Resolution("DATE", cm.day_value(day), f"the day {side} {day_value.group(0)}")
        return lead.start("the"), Resolution("TIME", f"{cm.day_value(day)}T{day_part_code(unit)}", f"the {unit} {side} {day_value.group(0)}")

"""Which year a date written without one is in: a year named once for two dates ("May 5 and June 7, 1940", "May or
June 605 BC"), the year a sentence has just listed or named, a flashback's year, and an anniversary feature's year
(the one it looks back to, and the days and seasons it goes on telling in it). Mixed into `resolve.Resolver`."""

import datetime as dt
import functools
import re

from .fragments import DAY_NUMBER, MONTH, SEASON, YEAR
from .lexicon import MONTHS, number_value
from .resolution import PAST_PERFECT_VERB, SINCE_BEFORE, YEAR_DIGITS
from .tense import said_will

_COORDINATED_YEAR = re.compile(
    rf"\s*(?:,\s*)?(?:(?P<joint>and|or|to|through|until)\s+|[-–]\s*)(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:{DAY_NUMBER}\s+(?:of\s+)?)?(?:{SEASON}|{MONTH})"
    rf"(?:\s+{DAY_NUMBER})?(?:,?\s+|\s+of\s+)(?P<y>{YEAR})\b"
    rf"|\s+and\s+{DAY_NUMBER},?\s+(?P<y_day>{YEAR})\b"  # "May 5 and 6, 1999"
    rf"|\s*(?:,\s*)?(?:and|or|to)\s+(?:{SEASON}|{MONTH})(?:,?\s+|\s+of\s+)(?P<y_bc>\d{{1,4}})\s*(?:BC|BCE)\b", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|whom|whose)\b", re.IGNORECASE)
_MONTH_SPAN_BETWEEN = re.compile(r"[A-Z][a-z]+\.?\s*(?:to|through|until|till|and|or|-|–)\s*")  # "January to March"
_STORY_DAY_REACH = 400  # characters after a day of another year that a day without one stays in its year
_IN_A_YEAR = re.compile(r"\bin\s+(\d{3,4})\b(?!\s*(?:bce?|b\.c\.))", re.IGNORECASE)
_ANNIVERSARY_REACH = 600
# A feature written for an anniversary: "Seventy years on", "SIXTY years ago today", "to mark 25 years since",
# "the 10th anniversary", or a headline "rededicates its memorial, 35 years after the ground war".
_FEATURE_OPENING = re.compile(
    r"\b(?:years|decades)\s+(?:on\b|ago\s+today\b)|\banniversary\b|\bmark(?:s|ed|ing)?\s+[\w-]+\s+years\s+since\b"
    r"|^[^\n]*\byears\s+(?:after|since)\b", re.IGNORECASE)
_LISTED_BEFORE = re.compile(  # "two coups in 2022, in January and again in", "rose through 2022, from 38 in January to 97 in"
    r"\b(?:in|through|throughout|during)\s+(?P<y>(?:1[0-9]|20)\d\d),?\s+(?:from\s+[\d,.]+\s+)?in\s+(?:(?P<m>[A-Z][a-z]+)\s+"
    r"(?:(?:and|or)\s+(?:again\s+|then\s+|later\s+)?|to\s+(?:a\s+(?:peak|high|low)\s+of\s+)?[\d,.]+\s+)in\s+)?$")
_FEATURE_REACH = 2500  # characters after the year an anniversary feature looks back to that its days stay in it
_YEARS_AGO = re.compile(r"\byears\s+(?:ago|on|after|since)\b|\b(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+anniversary", re.IGNORECASE)
_COUNT_BEFORE = re.compile(r"\b(\d{1,3}|(?:[a-z]+[-\s])?[a-z]+)\s+$", re.IGNORECASE)


class YearRules:
    def _told_past_in_an_earlier_year(self, tense: str | None, year: int, month: int, day: int) -> bool:
        """True in news when a past-tense day would fall after publication while the text is telling of
        an earlier year it named."""
        if self.dct is None or tense != "past" or self.ref_date is None or dt.date(year, month, day) <= self.dct:
            return False
        return self.ref_date.year < self.dct.year and re.match(r"\d{4}-\d\d", self.ref_value or "") is not None

    def _told_just_after_a_day_of_another_year(self, month: int | None = None) -> bool:
        """True in news when the text has just given a day, with its year written, of another year than
        publication's: in the same sentence ("the surrender, signed on the night of May 8, 1945, took effect on
        May 9"), or a few sentences back when that year is earlier ("On Sept. 9, 1993, the Croatian army
        launched an offensive. ... On Sept. 15, as they moved forward")."""
        if self.dct is None or self.ref_date is None or self.ref_date.year == self.dct.year:
            return False
        if not re.match(r"\d{4}-\d\d", self.ref_value or ""):
            return False
        on_a_day = re.match(r"\d{4}-\d\d-\d\d", self.ref_value) is not None
        if self.ref_at >= (sentence_start := self._sentence_start(self.candidate.start)):
            # "in late May 1940, ran for nine days, from 26 May to 4 June": that month, or the next, will do
            # too ("a treaty signed in March 1975 ... since Sept. 4" is background)
            if not on_a_day and (month is None or (month - self.ref_date.month) % 12 > 1
                                 or not YEAR_DIGITS.search(self.text, self.ref_at, self.ref_at + 20)
                                 or _RELATIVE_PRONOUN.search(self.text, self.ref_at, self.candidate.start)):
                # the month written with its year ("late May 1940", not "September last year"), in the same clause
                # ("a resolution adopted in July 1987 and which Iran accepted only on July 18" is of 1988)
                return False
            return YEAR_DIGITS.search(self.text[sentence_start:self.candidate.start]) is not None
        if not on_a_day:
            return False
        return (self.ref_date.year < self.dct.year and self.candidate.start - self.ref_at < _STORY_DAY_REACH
                and YEAR_DIGITS.search(self.text[max(0, self.ref_at - 12):self.ref_at + 20]) is not None)

    @functools.cached_property
    def anniversary_year(self) -> int | None:
        """The year an anniversary feature looks back to, from its opening lines: "TWENTY-FIVE years ago today",
        "Eighty years on", "the 30th anniversary"."""
        if self.dct is None:
            return None
        for found in _YEARS_AGO.finditer(self.text, 0, _ANNIVERSARY_REACH):
            if found.group("nth"):
                count = int(found.group("nth"))
            else:  # the count before "years ago", in words or digits
                number = _COUNT_BEFORE.search(self.text, max(0, found.start() - 25), found.start())
                count = number and number_value(number.group(1))
            if count and 1 <= count <= 999:  # "Glencoe to mark 330 years since the massacre"
                return self.dct.year - int(count)
        return None

    @functools.cached_property
    def feature_year(self) -> int | None:
        """The year a feature written for an anniversary at least five years on looks back to; not news that only
        counts back ("In the 52 years since, the conflict killed ...")."""
        year = self.anniversary_year
        if year is None or self.dct.year - year < 5 or not _FEATURE_OPENING.search(self.text, 0, _ANNIVERSARY_REACH):
            return None
        return year

    def back_in_the_feature(self, month: int) -> bool:
        """True in an anniversary feature for a day or month told in the past near the time of year it marks,
        with the year it looks back to written not long before, whatever date came between: "in April 1951 ...
        Les Duggan died in 2011 ... On the afternoon of 23 April, Mr Pettigrew remembers, refugees streamed
        back" (read on 22 April 2026) is 1951's."""
        year = self.feature_year
        if year is None or abs((month - self.dct.month + 6) % 12 - 6) > 1:
            return False
        if self._sentence_tells_the_present():
            return False  # "They laid a wreath on Veterans Day ... and were to attend a ceremony this afternoon"
        if self.last_day and abs((self.last_day - self.dct).days) <= 7 and self.last_day_at >= self._sentence_start(self.candidate.start):
            return False  # "On Sunday the couple joined villagers for the Remembrance Sunday service": this year's
        if not re.search(rf"(?<!\d){year}(?!\d)", self.text[max(0, self.candidate.start - _FEATURE_REACH):self.candidate.start]):
            return False
        return self.tense() == "past"

    def _in_the_year_looked_back_to(self, year: int) -> bool:
        """True for the year an anniversary feature looks back to, or the year before while the text has not yet
        written that year ("125 years ago today ... 33 soldiers marched out" of a siege begun in July 1898)."""
        anniversary = self.anniversary_year
        return anniversary is not None and (year == anniversary or year == anniversary - 1 and not re.search(
            rf"(?<!\d){anniversary}(?!\d)", self.text[:self.candidate.start]))

    def telling_an_earlier_year(self, month: int, looking_ahead_in_the_story: bool = False) -> bool:
        """True in an anniversary feature a few sentences on from a month or day of the year it looks back to (the
        last year the text wrote, if it wrote one), when the month named next follows it in that year and is not
        told as still to come: "Twenty-five years on ... In early May 2000 ... before handing over to Royal Marines
        in late May. ... came home in June"."""
        if self.ref_date is None or not self._in_the_year_looked_back_to(self.ref_date.year) or SINCE_BEFORE.search(
                self.text, max(0, self.candidate.start - 12), self.candidate.start):
            return False  # "have fled their homes since October" counts back from publication
        if not re.match(r"\d{4}-\d\d", self.ref_value or ""):
            return False
        if month < self.ref_date.month and not PAST_PERFECT_VERB.search(
                self.text, self._sentence_start(self.candidate.start), self.candidate.start):
            return False  # but "Indira Gandhi, who had been sworn in in January" (after March 1966) is that January
        if self.candidate.start - self.ref_at >= _STORY_DAY_REACH:
            return False
        years = YEAR_DIGITS.findall(self.text, max(0, self.candidate.start - 2 * _STORY_DAY_REACH), self.candidate.start)
        if years and abs(int(years[-1]) - self.ref_date.year) > 1:  # with no year written, "SIXTY years ago today" set it
            return False  # ("by 1 January 1692 ... on the last day of 1691 ... on 6 January. On 1 February" is 1692's)
        if looking_ahead_in_the_story:  # "hoped to get leave before Christmas" (1941), not "will mark Christmas"
            return not said_will(self.text, self.candidate.start) and not self._sentence_tells_the_present()
        return self.tense() != "future"

    def telling_a_season_of_an_earlier_year(self) -> bool:
        """True in news for a season told in the past a few sentences on from a date years before publication, with no
        other year written since: the story is still in that year."""
        if self.dct is None or self.ref_date is None or self.ref_date.year >= self.dct.year - 1:
            return False
        if self.candidate.start - self.ref_at >= _STORY_DAY_REACH or self.tense() != "past":
            return False
        years = YEAR_DIGITS.findall(self.text, self.ref_at, self.candidate.start)
        return all(int(year) == self.ref_date.year for year in years)

    def coordinated_year(self) -> int | None:
        """ "the spring and summer of 1942", "May 5 and June 7, 1940": the year named once for both."""
        m = _COORDINATED_YEAR.match(self.text, self.candidate.end)
        if m is None or m.group("y_bc") or (m.group("y_day") and self.candidate.rule not in ("month_day", "day_month")):
            return None
        if (m.group("joint") or "").lower() == "until" and not re.search(
                r"\bfrom\s+$", self.text[max(0, self.candidate.start - 6):self.candidate.start], re.IGNORECASE):
            return None  # "from 1 April until 22 June 1945" is one span; "extended in June until August 2012" is not
        return int(m.group("y") or m.group("y_day"))

    def coordinated_bc_year(self) -> int | None:
        """ "in May or June 605 BC": the year before the common era named once for both."""
        m = _COORDINATED_YEAR.match(self.text, self.candidate.end)
        return int(m.group("y_bc")) if m and m.group("y_bc") else None

    def year_just_listed(self, month: int) -> tuple[int, str] | None:
        """In news, the year of months listed right after it: "two coups in 2022, in January and again in
        September" (a month before the first listed one is of the next year)."""
        listed = _LISTED_BEFORE.search(self.text, max(0, self.candidate.start - 60), self.candidate.start)
        if self.dct is None or listed is None:
            return None
        year, first = int(listed.group("y")), MONTHS.get((listed.group("m") or "").lower())
        if first and month < first:
            year += 1
        return year, f"in {year}, the year the sentence has just named"

    def year_of_the_period_named(self, month: int) -> tuple[int, str] | None:
        """In news, the year of a quarter (half) the sentence has just named with its year when the month is one
        of its own: "The contract for the first quarter of 2023, which covers January to March"; the end of a span
        of months takes its start's year ("to March" after January 2023)."""
        span_start = re.fullmatch(r"(\d{4})-(\d\d)", self.ref_value or "")
        if self.dct is not None and span_start and _MONTH_SPAN_BETWEEN.fullmatch(self.text, self.ref_at, self.candidate.start):
            start_year, start_month = int(span_start.group(1)), int(span_start.group(2))  # "January to March"
            return (start_year if month >= start_month else start_year + 1), f"the end of a span from {self.ref_value}"
        period = re.fullmatch(r"(\d{4})-([QH])([1-4])", self.ref_value or "")
        if self.dct is None or period is None or self.ref_at < self._sentence_start(self.candidate.start):
            return None
        if not YEAR_DIGITS.search(self.text, self.ref_at, self.candidate.start):
            return None
        size = 3 if period.group(2) == "Q" else 6
        first = (int(period.group(3)) - 1) * size + 1
        return (int(period.group(1)), f"a month of {self.ref_value}") if first <= month < first + size else None

    def flashback_year(self) -> int | None:
        """In a history, the earlier year a flashback in the past perfect wrote in the expression's sentence:
        "Philip had conquered Normandy in 1204; Rouen opened its gates on 24 June" is 1204's June."""
        if not self.narrative or self.ref_date is None:
            return None
        sentence_start = self._sentence_start(self.candidate.start)
        before = self.text[sentence_start:self.candidate.start]
        years = [int(y) for y in _IN_A_YEAR.findall(before)]
        if not years or years[-1] >= self.ref_date.year or not PAST_PERFECT_VERB.search(before):
            return None
        return years[-1]

    def year_written_in_the_sentence(self) -> int | None:
        """The last year written out earlier in the expression's sentence, background or not."""
        years = YEAR_DIGITS.findall(self.text, self._sentence_start(self.candidate.start), self.candidate.start)
        return int(years[-1]) if years else None

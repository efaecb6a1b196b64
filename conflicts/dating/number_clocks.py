"""Clocks written as bare numbers, which are as often prices, years or counts: a dotted "7.15" (a clock in a history,
in news only with its zone, its day or a clock just before) and a military "1615" (a clock in a history told by the
day, before a word that opens a clause; a year where the story's year says so). Mixed into `days.DayRules`."""

import re

# Words after a bare military clock that open the clause it times ("At 0445 some 3,000 soldiers attack").
_CLAUSE_OPENERS = frozenset(
    "the a an and on in when as he she it they we his her its their there that this some about while with after before "
    "until from by all both two three four five six seven eight nine ten more over nearly inside outside off near".split())
_ZERO_CLOCK = re.compile(r"(?<![\d.,:/])0\d[0-5]\d(?![\d%.,]\d)")  # "0545": a military clock, never a year
_AM_PM_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\b", re.IGNORECASE)


class NumberClockRules:
    def _dot_clock(self, g):
        # In news "closed at 7.15" is a price or an index far more often than a time, unless a zone follows, or a day
        # after a clock on the hour ("It ends at 00.00 on Monday"), or the sentence has just given a clock ("starting
        # at 9 a.m. tomorrow, with a silence at 11.30").
        return self._clock(g) if self.narrative or "zone" in g or "day" in g or _AM_PM_CLOCK.search(
            self.text, self._sentence_start(self.candidate.start), self.candidate.start) else None

    def _mil_clock(self, g):
        # "At 1615 Turner declares": a clock only in a history told by the day ("closed at 1850" is an index), and
        # only before a word that opens a clause, not a noun it counts ("at 2000 feet", "at 0600 rounds a minute").
        if "between" in g:
            return self._clock(g)  # "Between 1400 and 1630 hours": the range's second clock says what the first is
        if not g["mil"].startswith("0") and ("entry" in g or "lead_by" in g) and not self._reads_as_a_clock(g):
            # "1800. Bonaparte crosses the Alps" after 1799 and "by 1450 the Ottomans" (in 1420) are years; "About 1600."
            # and "By 1400 the forts have fallen" on a day of 1826 or 1895, or "2015." in a chronology whose entries
            # have had "0545.", are clocks
            year = {"y": g["mil"] + g["milm"]}
            return self._circa_year(year) if "approx" in g and "entry" in g else self._year(year)
        if not (g["mil"].startswith("0") or self.narrative and self.last_day):
            return None
        if self.text.endswith("and ", 0, self.candidate.start) and not self._wrote_a_zero_clock():
            return None  # "0100 inside the Mediterranean and 0400 off Morocco", not "flights 12 and 0400"
        if (word := re.match(r"\s+([a-z]+)", self.text[self.candidate.end:self.candidate.end + 20])) and (
                word.group(1) not in _CLAUSE_OPENERS) and not self._wrote_a_zero_clock():
            return None  # (but a chronology that has written "0500" writes "at about 2230 begin shelling" too)
        return self._clock(g)

    def _reads_as_a_clock(self, g) -> bool:
        """True for a four-digit number in a history told by the day that, as a year, would be a century off the story,
        or that follows a zero-led clock the text wrote before ("0545"); a chronology's "About 2000." entry too."""
        return self.narrative and self.last_day is not None and (
            abs(int(g["mil"] + g["milm"]) - self.last_day.year) > 100 or ("approx" in g and "entry" in g)
            or self._wrote_a_zero_clock())

    def _wrote_a_zero_clock(self) -> bool:
        return _ZERO_CLOCK.search(self.text, 0, self.candidate.start) is not None

"""Resolution rules for the periods companies and governments report on: quarters ("the third quarter", "Q4",
"fourth-quarter"), halves ("the first half of 2021", "first-half profit"), fiscal years, "year to date", and the
period a report refers back to ("the quarter", "the year-ago quarter"). Mixed into `calendar_rules.CalendarRules`.
"""

import re

from . import calendar_math as cm
from .lexicon import MONTHS
from .resolution import Resolution

# "fourth-quarter results", "Q4 earnings": what is reported once a quarter is over.
_RESULTS_AFTER = re.compile(r"[\s-]+(?:results|earnings|profits?|loss(?:es)?|sales|revenues?|figures|numbers)\b", re.IGNORECASE)
_FORECAST_AFTER = re.compile(r"(?:[\s-]+[a-z]+)?[\s-]+(?:forecasts?|outlook|targets?|guidance|estimates?|projections?)\b", re.IGNORECASE)


class PeriodRules:
    def _year_to_date(self, g):
        if self.dct is None:
            return None
        return Resolution("DATE", f"{self.dct.year:04d}", "the year of publication, so far")

    def _months_of_year(self, g):
        if "y" in g:
            year = int(g["y"])
        elif self.now is None:
            return None
        else:
            year = self.now.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
        first = g["edge"].lower() == "first"
        if g["n"] in ("three", "3"):
            return Resolution("DATE", f"{year:04d}-Q{1 if first else 4}", f"the {'first' if first else 'last'} quarter of {year}")
        return Resolution("DATE", f"{year:04d}-H{1 if first else 2}", f"the {'first' if first else 'second'} half of {year}")

    def _fiscal_code(self, g):
        year = int(g["y"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        return Resolution("DATE", f"{year:04d}", "a fiscal year")

    def _quarter(self, g):
        quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(g["q"].lower(), 4)
        det = (g.get("det") or "").lower()
        rel = (g.get("rel") or "").lower() or {"this year's": "this", "last year's": "last", "next year's": "next"}.get(det, "")
        adj = (g.get("adj") or "").lower()
        if "y1" in g or "y2" in g:
            year = int(g.get("y1") or g["y2"])
        elif self.now is None:
            return Resolution("DATE", f"XXXX-Q{quarter}", "no year to place the quarter in")
        elif rel:
            year = self.now.year + {"this": 0, "last": -1, "next": 1}[rel]
        elif adj.startswith("year"):
            year = self.anchor.year - 1
        else:
            year = self.now.year
            if quarter > cm.quarter_of(self.now) and (self.tense() == "past" or (
                    quarter == 4 and self.dct and self.dct.month <= 2 and _RESULTS_AFTER.match(self.text, self.candidate.end))) and (
                    not _FORECAST_AFTER.match(self.text, self.candidate.end)):
                # "will report fourth-quarter results on Feb. 8", read in January: last year's (but "raised their
                # fourth-quarter price forecast", read in September, is this year's)
                year -= 1
        return Resolution("DATE", f"{year:04d}-Q{quarter}", "a quarter")

    def _month_quarter(self, g):
        first, last = (MONTHS[g[key].lower().rstrip(".")] for key in ("qm1", "qm2"))
        if first % 3 != 1 or last != first + 2:
            return None  # "the August-October quarter" is a fiscal quarter, not a calendar one
        return self._quarter({**g, "q": ("first", "second", "third", "fourth")[first // 3]})

    def _quarter_code(self, g):
        quarter = int(re.sub(r"\D", "", g["q"]))
        if "y" in g:
            return Resolution("DATE", f"{int(g['y']):04d}-Q{quarter}", "a quarter")
        if self.now is None:
            return Resolution("DATE", f"XXXX-Q{quarter}", "no year to place the quarter in")
        if self.dct and quarter > cm.quarter_of(self.dct) and self.tense() in ("past", None):
            # "Harborline Q4 profit quadruples", read in February: the last fourth quarter reported
            return Resolution("DATE", f"{self.dct.year - 1:04d}-Q{quarter}", "the latest such quarter, reported")
        return Resolution("DATE", f"{self.now.year:04d}-Q{quarter}", self.now_reason())

    def _half_code(self, g):
        half = (g.get("h") or g["h2"])[1]
        return Resolution("DATE", f"{int(g.get('y') or g['y2']):04d}-H{half}", "half a year")

    def _half(self, g):
        if "h_adj" in g:
            if self.dct is None:
                return None
            half = 1 if g["h_adj"].lower() == "first" else 2
            ended = self.dct.month > 6 * half
            year = self.dct.year if ended or self.tense() != "past" else self.dct.year - 1
            return Resolution("DATE", f"{year:04d}-H{half}", "the half a report is on")
        half = 1 if g["h"].lower() == "first" else 2
        if "dec" in g:
            digits = re.sub(r"\D", "", g["dec"])
            decade = int(digits) // 10 if len(digits) == 4 else 190 + int(digits) // 10
            return Resolution("DATE", f"{decade:03d}", "half a decade", "START" if half == 1 else "END")
        if "y" in g:
            year = int(g["y"])
        elif self.now is None:
            return Resolution("DATE", f"XXXX-H{half}", "no year to place the half in")
        else:
            year = self.now.year + {"this": 0, "last": -1, "next": 1}.get((g.get("rel") or "this").lower(), 0)
        return Resolution("DATE", f"{year:04d}-H{half}", "half a year")

    # --- anaphoric financial periods ------------------------------------------------------------
    def _current_period(self) -> str | None:
        if self.period_value:
            return self.period_value
        if self.now is None:
            return None
        # Results are reported for the quarter just ended.
        index = self.now.year * 4 + cm.quarter_of(self.now) - 2
        return f"{index // 4:04d}-Q{index % 4 + 1}"

    def _period(self, g):
        adjs = self.candidate.match.group(0).lower()
        tail = (g.get("tail") or "").lower()
        period = self._current_period()
        if period is None:
            return Resolution("DATE", "XXXX-QX", "no period to refer back to")
        if year := g.get("y") or (tail[3:] if tail.startswith("of ") else None):  # "the 2022 period", "the same period of 2022"
            return Resolution("DATE", f"{int(year):04d}{period[4:]}", "the same period in that year", comparison=True)
        if "year-ago" in adjs or "year-earlier" in adjs or "year ago" in adjs or "ago" in tail or "earlier" in tail or "last year" in tail:
            return Resolution("DATE", cm.shift_value(period, -1, "year"), "the same period a year before", comparison=True)
        if g["unit"].lower() == "quarter" and ("current" in adjs or "this" in adjs) and self.now:
            return Resolution("DATE", f"{self.now.year:04d}-Q{cm.quarter_of(self.now)}", self.now_reason())
        return Resolution("DATE", period, "the period the text is reporting on")

    _period_ago = _period  # "the quarter a year ago"

    def _year_ago_adj(self, g):
        word = g["word"].lower()
        if word.startswith("month"):  # "ceasefire monitors by month's end"
            if self.now is None:
                return Resolution("DATE", "XXXX-XX", "no month to end", "END")
            return Resolution("DATE", cm.month_value(self.now.year, self.now.month), "the end of the month", "END")
        if "end" in word:
            if self.now is None:
                return Resolution("DATE", "XXXX", "no year to end", "END")
            return Resolution("DATE", f"{self.now.year:04d}", "the end of the year", "END")
        period = self.period_value or (f"{self.anchor.year:04d}" if self.anchor else None)
        if period and self.comparing_several_quarters():
            period = period[:4]  # "For the nine months ... year-earlier net income": the year
        if period is None:
            return Resolution("DATE", "XXXX", "no period to compare with")
        return Resolution("DATE", cm.shift_value(period, -1, "year"), "the same period a year before", comparison=True)

"""Resolution rules for lengths and repetitions: "three days", "for years", "every other day",
"each year on 9 May". Mixed into `resolve.Resolver` through `relative.RelativeRules`."""

import re

from . import calendar_math as cm
from .fragments import MONTH
from .lexicon import DAY_PARTS, FULL_WEEKDAYS, MONTHS, SEASONS, UNITS_WORDS, alternation, number_value
from .resolution import (
    APPROX_MODS, DURATION_CODES, FREQUENCY_BEFORE, SET_ADVERBS, Resolution, duration_value, length_parts, unit_name,
)
from .timex import unit_plural

# Between the bounds of "3-4 weeks", "two-to-three months"; not the hyphen of "twenty-one".
_RANGE_SEPARATOR = re.compile(rf"\s*(?:-to-|\bto\b|\bor\b|–|-(?!{alternation(UNITS_WORDS)}\b))\s*")
# "will one day", "he one day": a subject or a modal right before "one day" makes it an adverb.
_SOME_DAY_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|must|he|she|they|we|i|you|it)\s+$", re.IGNORECASE)


class LengthRules:
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
            return Resolution("DURATION", duration_value(None, unit), "an unspecified number of " + unit_plural(unit), mod)
        return Resolution("DURATION", duration_value(amount, unit), "a length of time", mod)

    def _unit_long(self, g):
        unit = unit_name(g["unit"])
        return Resolution("DURATION", duration_value(1, unit), "a length of time")

    def _vague_units(self, g):
        unit = unit_name(g["unit"])
        return Resolution("DURATION", duration_value(None, unit), "an unspecified number of " + unit_plural(unit))

    def _vague_length(self, g):
        if "ago" in g:
            return Resolution("DATE", "PAST_REF", "some time before")  # "a while ago"
        return Resolution("DURATION", "PXX", "a length of time not given")

    def _hour_span(self, g):
        value = "PT30M" if "half" in g else "PT1H30M" if "and_half" in g else "PT1H"
        return Resolution("DURATION", value, "a length of time")

    def _frequency(self, g):
        unit = unit_name(g["unit"])
        return Resolution("SET", duration_value(1, unit), f"{' '.join(g['count'].lower().split())} in each")

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
            return Resolution("SET", duration_value(None, unit), f"every {g['num'].lower()} {unit_plural(unit)}")
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

    def _season_ago(self, g):
        amount = number_value(g["num"])
        if self.now is None or amount is None or amount != int(amount) or amount < 1:
            return None
        code = SEASONS[g["season"].lower()[:-1]]
        # the last such season already over, then as many more back as the count says
        last = max(i for i in range(cm.season_index(self.now) - 4, cm.season_index(self.now)) if cm.SEASON_CODES[i % 4] == code)
        return Resolution("DATE", cm.season_value(last - 4 * (int(amount) - 1)), f"{g['num']} {g['season']} before publication")

    def _alternate(self, g):
        unit = unit_name(g["unit"].rstrip("s"))
        return Resolution("SET", duration_value(2, unit), f"every other {unit}")

    def _fortnight(self, g):
        return Resolution("DURATION", "P2W", "two weeks")

    def _all_day(self, g):
        if g["unit"].lower() == "night":
            return self._day_part({"rel": "the", "daypart": "night"})
        return Resolution("DURATION", "P1D", "the whole day")

    def _fraction_length(self, g):
        fraction = 0.5 if g["frac"].lower() == "half" else 0.75 if "three" in g else 0.25  # "three-quarters of a century"
        unit = g["unit"].lower()
        reason = " ".join(self.text[self.candidate.start:self.candidate.end].lower().split())
        years = {"century": 100, "decade": 10, "year": 1}.get(unit)
        if years is not None:
            amount = fraction * years
            if amount == int(amount):
                return Resolution("DURATION", f"P{int(amount)}Y", reason)
            return Resolution("DURATION", f"P{int(amount * 12)}M", reason)
        hours = fraction * (24 if unit == "day" else 1)
        return Resolution("DURATION", f"PT{int(hours)}H" if hours == int(hours) else f"PT{int(hours * 60)}M", reason)

    def _set_adverb(self, g):
        word = g["word"].lower()
        return Resolution("SET", SET_ADVERBS[word], word)

    def _again(self, g):  # "night after night", "day after day", "year after year"
        unit = g["again"].lower()
        value = "XXXX-XX-XXTNI" if unit == "night" else f"P1{unit[0].upper()}"
        return Resolution("SET", value, "again and again, every " + unit)

"""Casualty and displacement figures as a sentence reports them.

{"killed": 376}, {"killed": 1, "wounded": "dozens"}: the lowest figure of a range or a bound
("at least 30" -> 30, "between 20 and 30" -> 20), number words turned into numbers, and vague
quantities ("dozens", "hundreds of thousands") kept as words, since no number was reported.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_VAGUE = ("tens of thousands", "hundreds of thousands", "thousands", "hundreds", "dozens", "scores")

_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(u for u in _UNITS if ' ' not in u)}))?"
    rf"|a dozen|{'|'.join(u for u in _UNITS if ' ' not in u)})"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_SIMPLE = rf"(?:(?:{_DIGITS})|{_WORD_NUMBER})(?:\s+(?:hundred|thousand|million))?"
_QUANTITY = (
    rf"(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|an estimated|up to|as many as|"
    rf"fewer than|less than|close to|at most)\s+)?"
    rf"(?:between\s+(?P<low>{_SIMPLE})\s+and\s+{_SIMPLE}"
    rf"|(?P<from>{_DIGITS})\s*(?:-|–)\s*(?:{_DIGITS})|(?P<upto>{_SIMPLE})\s+to\s+{_SIMPLE}"
    rf"|(?P<vague>{'|'.join(_VAGUE)})"
    rf"|(?P<number>{_SIMPLE}))"
)
# What a number may stand before: "376 of its soldiers", "13 civilians", "a family of five".
_NOUNS = (
    r"(?:\s+(?:of\s+)?(?:its|their|our|the|his|her)?\s*(?:own\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:people|persons|civilians|soldiers|servicemen|troops|fighters|militants|residents|children|women|"
    r"men|members|officers|police|policemen|personnel|combatants|others|crew\s+members|rebels|villagers|"
    r"refugees|Palestinians|Israelis|Armenians|Azerbaijanis|Ukrainians|Russians|Sudanese))?"
)
_PASSIVE = r"\s+(?:(?:have|has|had|were|was|are|is|had been|have been|has been|were being)\s+)?(?:(?:also|reportedly|been|now)\s+)*"
_CATEGORY_AFTER = {
    "killed": r"(?:killed|died|dead|slain|lost their lives|perished|fatalities|deaths)",
    "wounded": r"(?:wounded|injured|hurt)",
    "displaced": r"(?:displaced|fled|evacuated|made homeless|uprooted)",
    "missing": r"(?:missing|unaccounted for)",
}
_CATEGORY_BEFORE = {
    "killed": r"(?:killed|killing|kills|death toll (?:rose to|reached|climbed to|stood at|of|at))",
    "wounded": r"(?:wounded|wounding|injured|injuring)",
    "displaced": r"(?:displaced|displacing|drove|driving|forced)",
}
_PATTERNS: list[tuple[str, re.Pattern]] = []
for _category, _verb in _CATEGORY_AFTER.items():
    _PATTERNS.append((_category, re.compile(rf"\b{_QUANTITY}{_NOUNS}{_PASSIVE}{_verb}\b", re.IGNORECASE)))
for _category, _verb in _CATEGORY_BEFORE.items():
    _PATTERNS.append((_category, re.compile(rf"\b{_verb}\s+{_QUANTITY}{_NOUNS}", re.IGNORECASE)))
_PATTERNS.append(("killed", re.compile(rf"\b(?:left|leaving)\s+{_QUANTITY}{_NOUNS}\s+dead\b", re.IGNORECASE)))
_FAMILY = re.compile(rf"\ba family of (?P<number>{_WORD_NUMBER}|\d+)\b[^.]{{0,30}}?\b(?:died|killed)", re.IGNORECASE)
# "killed and about 100 wounded": a second figure that borrows the first's noun.
_BARE_WOUNDED = re.compile(rf"\band\s+{_QUANTITY}\s+(?P<word>wounded|injured)\b", re.IGNORECASE)


# Most sentences report no toll: one cheap search rules them out before the patterns run.
_ANY_CUE = re.compile(
    r"kill|died|dead|slain|lives|perish|fatalit|death|wound|injur|hurt|displac|fled|evacuat|homeless|uproot|"
    r"missing|unaccounted|drove|driving|forced",
    re.IGNORECASE,
)


def find_figures(sentence: str) -> dict[str, int | str]:
    """The first figure the sentence gives for each category."""
    if not _ANY_CUE.search(sentence):
        return {}
    found: dict[str, tuple[int, int | str]] = {}
    for category, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            value = _value(match)
            if value is not None and (category not in found or match.start() < found[category][0]):
                found[category] = (match.start(), value)
            break
    for match in _BARE_WOUNDED.finditer(sentence):
        value = _value(match)
        if value is not None and "wounded" not in found:
            found["wounded"] = (match.start(), value)
    family = _FAMILY.search(sentence)
    if family and "killed" not in found:
        found["killed"] = (family.start(), parse_number(family.group("number")))
    return {category: value for category, (_, value) in sorted(found.items(), key=lambda item: item[1][0])}


def _value(match: re.Match) -> int | str | None:
    for group in ("low", "from", "upto", "number"):
        if match.group(group):
            return parse_number(match.group(group))
    if match.group("vague"):
        return match.group("vague").lower()
    return None


def parse_number(text: str) -> int | None:
    """'376' -> 376, '30,000' -> 30000, 'twenty-five' -> 25, '2.5 million' -> 2500000."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    scale = 1
    if words[-1] in _SCALES:
        scale = _SCALES[words.pop()]
    head = " ".join(words)
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", head):
        return int(float(head.replace(",", "")) * scale)
    if head in _UNITS:
        return _UNITS[head] * scale
    total = 0
    for word in words:
        if word in _TENS:
            total += _TENS[word]
        elif word in _UNITS:
            total += _UNITS[word]
        else:
            return None
    return total * scale

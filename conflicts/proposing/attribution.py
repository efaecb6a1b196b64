"""Who says so: the source a sentence attributes its claim to, and which part of the sentence is the claim.

"Armenia said on Friday that 376 soldiers had died": the source is "Armenia", the reporting verb
"said", the claim "376 soldiers had died", and "Friday" sits in the attribution, so it dates the
statement, not the deaths. Offsets are relative to the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports", "confirmed",
    "confirms", "stated", "states", "claimed", "claims", "added", "insisted", "insists", "warned", "warns",
    "acknowledged", "acknowledges", "wrote", "writes", "tweeted", "posted", "alleged", "alleges",
    "estimated", "estimates", "noted", "notes", "argued", "argues", "maintained", "maintains", "stressed",
    "repeated", "declared", "denied", "denies",
)
_VERB = r"(?P<verb>" + "|".join(REPORTING_VERBS) + r")"
_AUX = r"(?:(?:has|have|had|also|earlier|later|separately|previously)\s+)*"
_VERB_ONLY = re.compile(rf"\b{_VERB}\b")
_AUX_BEFORE = re.compile(r"(?:\s+(?:has|have|had|also|earlier|later|separately|previously))+\s*$")
# What may stand between the verb and its claim besides a date: "in a statement", "on Twitter", "that".
_MEDIUM = re.compile(
    r"\s*(?:,\s*)?(?:in|on|via|through)\s+(?:a|an|the|its|his|her|their)?\s*(?:joint\s+|written\s+|televised\s+|"
    r"separate\s+|brief\s+|live\s+)?(?:statement|address|post|interview|briefing|speech|message|Twitter|X|Facebook|"
    r"Telegram|broadcast|news conference|press conference)(?:\s+on\s+\w+)?"
)
_DATE_WORD = re.compile(
    r"\s*(?:(?:on|in|late|early|last|this)\s+)*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|week|month|(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\w*\.?\s+\d{1,2})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_TRAILING = re.compile(
    rf"(?:,|[”\"])\s*(?P<source>[^,;“”\"]{{2,90}}?)\s+{_AUX}{_VERB}\b(?P<tail>[^,;“”\"]{{0,60}})(?:[.,;]|$)"
)
_INVERTED = re.compile(rf"(?:,|[”\"]),?\s+{_VERB}\s+(?P<source>[^,.;]{{2,90}})")
_ACCORDING = re.compile(r"\baccording to\s+(?P<source>[^,.;]{2,90})")
_CLAUSE_START = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:and|but|while|as)\s+|\b(?:and|but)\s+(?=the\s)|"
    r"\b(?:after|when|because|since|before|while|although|though|as)\s+(?=[A-Z]))"
)
_NOT_SOURCES = re.compile(
    r"^(?:it|this|that|there|which|who|what|the statement|the text|the agreement|the deal)$", re.IGNORECASE
)
# "The truce was announced": a passive verb, not a source.
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|be|been|being)$", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:and|but|while|as|so|yet|then|also)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    source: str
    source_start: int
    source_end: int
    verb: str
    verb_start: int
    verb_end: int
    claim_start: int
    claim_end: int
    # The attribution's own words ("Armenia said on Friday that", ", the ministry said on Friday.").
    span_start: int = 0
    span_end: int = 0

    def dates_statement(self, start: int, end: int) -> bool:
        """True when the span [start, end) belongs to the attribution rather than to the claim."""
        return self.span_start <= start and end <= self.span_end


def find_attribution(sentence: str, skip: list[tuple[int, int]] | None = None) -> Attribution | None:
    """The sentence's source, or None. `skip` holds spans (dates) to keep out of the source's name."""
    for finder in (_trailing, _inverted, _leading, _according):
        found = finder(sentence, skip or [])
        if found:
            return found
    return None


def _leading(sentence: str, skip: list[tuple[int, int]]) -> Attribution | None:
    starts = [match.end() for match in _CLAUSE_START.finditer(sentence)]
    for verb in _VERB_ONLY.finditer(sentence):
        head_end = verb.start()
        aux = _AUX_BEFORE.search(sentence, 0, head_end)
        if aux:
            head_end = aux.start()
        for clause_start in sorted((start for start in starts if start < head_end), reverse=True):
            if _date_then_more(sentence, clause_start, head_end, skip):
                continue
            source_start, source_end = _trim(sentence, clause_start, head_end, skip)
            source = sentence[source_start:source_end]
            if _plausible(source):
                claim_start = _claim_start(sentence, verb.end(), skip)
                return Attribution(source, source_start, source_end, verb.group("verb"), verb.start(), verb.end(),
                                   claim_start, len(sentence), source_start, claim_start)
    return None


def _date_then_more(sentence: str, start: int, end: int, skip: list[tuple[int, int]]) -> bool:
    """"Azerbaijan apologized on Monday after its forces ... and said": a date followed by more words is
    not inside a source's name ("Mr. Putin this week said" is)."""
    return any(start <= skip_start < end and sentence[skip_end:end].strip(" ,") for skip_start, skip_end in skip)


def _claim_start(sentence: str, position: int, skip: list[tuple[int, int]]) -> int:
    """Step over what sits between a reporting verb and its claim: dates, the medium, "that"."""
    while True:
        rest = sentence[position:]
        stripped = position + len(rest) - len(rest.lstrip(" ,"))
        span = next((end for start, end in skip if stripped <= start <= stripped + 8
                     and re.fullmatch(r"(?:\s*(?:on|in|at|late|early|,))*\s*", sentence[stripped:start])), None)
        if span is not None:
            position = span
            continue
        for pattern in (_MEDIUM, _DATE_WORD):
            match = pattern.match(sentence, position)
            if match and (pattern is _MEDIUM or not skip):
                position = match.end()
                break
        else:
            that = re.compile(r"\s*,?\s*that\b\s*").match(sentence, position)
            if that:
                return that.end()
            return stripped


def _trailing(sentence: str, skip: list[tuple[int, int]]) -> Attribution | None:
    for match in _TRAILING.finditer(sentence):
        source_start, source_end = _trim(sentence, match.start("source"), match.end("source"), skip)
        source = sentence[source_start:source_end]
        if _plausible(source) and not re.search(r"\b(?:that|if|when|because)\b", source):
            return Attribution(source, source_start, source_end, match.group("verb"), match.start("verb"),
                               match.end("verb"), 0, match.start(), match.start(), match.end())
    return None


def _inverted(sentence: str, skip: list[tuple[int, int]]) -> Attribution | None:
    match = _INVERTED.search(sentence)
    if not match:
        return None
    source_start, source_end = _trim(sentence, match.start("source"), match.end("source"), skip)
    source = sentence[source_start:source_end]
    if not _plausible(source) or not re.match(r"(?:an?|the|one|two|some|several)\b|[A-Z]", source):
        return None
    return Attribution(source, source_start, source_end, match.group("verb"), match.start("verb"), match.end("verb"),
                       0, match.start(), match.start(), match.end())


def _according(sentence: str, skip: list[tuple[int, int]]) -> Attribution | None:
    match = _ACCORDING.search(sentence)
    if not match:
        return None
    source_start, source_end = _trim(sentence, match.start("source"), match.end("source"), skip)
    claim_end = match.start() if match.start() > 0 else len(sentence)
    claim_start = 0 if match.start() > 0 else match.end()
    return Attribution(sentence[source_start:source_end], source_start, source_end, "according to", match.start(),
                       match.start() + len("according to"), claim_start, claim_end, match.start(), match.end())


def _trim(sentence: str, start: int, end: int, skip: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a date that sits inside the source ("Mr. Putin this week said") and surrounding filler."""
    for skip_start, skip_end in sorted(skip):
        if start <= skip_start < end:
            end = skip_start
    text = sentence[start:end]
    junk = _LEADING_JUNK.match(text)
    if junk:
        start += junk.end()
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;"):
        end -= 1
    # Trailing prepositions left by a cut date: "Armenia on" -> "Armenia".
    trimmed = re.sub(r"(?:\s+(?:on|in|at|late|early|last|this))+$", "", sentence[start:end])
    return start, start + len(trimmed)


def _plausible(source: str) -> bool:
    words = source.split()
    if not words or len(words) > 12 or _NOT_SOURCES.match(source) or _PASSIVE_END.search(source):
        return False
    return words[0][0].isupper() or words[0].lower() in {"officials", "residents", "witnesses", "analysts",
                                                         "diplomats", "he", "she", "they", "local", "the", "a", "an",
                                                         "both", "military", "state", "police", "rescuers"}

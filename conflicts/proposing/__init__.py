"""From an article's text and publication date to dated event candidates (no Django).

Each DATE or TIME expression that pins a real interval may anchor an event; durations, sets and
vague references (PAST_REF, ...) never do. In a sentence with several dates, the event's date wins
over the date of the statement reporting it ("Armenia said on Friday that ... had died on Thursday")
and over dates that only bound a period or name an earlier event ("since Sept. 27", "after the war in
the 1990s"). The lead sentence, when it has no date of its own, is proposed at the publication date
with a low confidence. Confidence orders the review queue.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

from conflicts.dating import Timex, tag
from conflicts.dating.timex import precision_label

from .actors import find_actors
from .attribution import Attribution, find_attribution
from .figures import find_figures
from .kinds import Classification, classify
from .sentences import Sentence, lead_sentence, sentence_at, split_sentences

__all__ = ["Candidate", "propose", "split_sentences", "Sentence"]

BACKGROUND_AFTER = datetime.timedelta(days=365)
_PRECISION_WEIGHT = {
    "day": 0.25, "week": 0.2, "part_of_month": 0.15, "month": 0.1, "season": 0.06, "quarter": 0.06, "half": 0.05,
    "year": 0.04, "decade": 0.0, "century": 0.0,
}
_REFERENCE = re.compile(r"\b(?:after|since|before|until|following)\b[^,;]*\s\w+[^,;]*$", re.IGNORECASE)
# "since Sept. 27", "starting at midnight": a date that bounds a period rather than dating an event.
_BOUND = re.compile(r"\b(?:since|until|till|from|starting|beginning|effective|as of)\s+(?:at\s+|on\s+|from\s+)?"
                    r"(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while)\s+|\s+(?:and|but|while)\s+|,\s+")
_ADJACENT = re.compile(r"\s*(?:on|,|of|at)?\s*")


@dataclass(frozen=True)
class Candidate:
    quote: str
    quote_start: int
    quote_end: int
    phrase: str
    phrase_start: int
    phrase_end: int
    value: str
    mod: str | None
    earliest: datetime.date | None
    latest: datetime.date | None
    precision: str
    label: str
    explanation: str
    kind: str
    cue: str
    confidence: float
    plover: str = ""
    score: float = 0.0
    actors: list[str] = field(default_factory=list)
    attribution: str = ""
    date_role: str = "event"
    figures: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["earliest"] = self.earliest.isoformat() if self.earliest else None
        data["latest"] = self.latest.isoformat() if self.latest else None
        return data


def propose(
    text: str,
    dct: datetime.date | None,
    extra_gazetteer: Mapping[str, str] | None = None,
    *,
    timexes: list[Timex] | None = None,
) -> list[Candidate]:
    """Event candidates for one article. `timexes` lets a caller reuse tags it already has."""
    if timexes is None:
        timexes = tag(text, dct)
    sentences = split_sentences(text)
    lead = lead_sentence(sentences)
    by_sentence: dict[int, list[Timex]] = {}
    for timex in timexes:
        sentence = sentence_at(sentences, timex.start)
        if sentence is None or sentence.headline or timex.end > sentence.end or not anchors_event(timex):
            continue
        by_sentence.setdefault(sentence.start, []).append(timex)

    candidates: list[Candidate] = []
    for sentence in sentences:
        found = by_sentence.get(sentence.start)
        if found:
            candidates.extend(_from_sentence(sentence, found, dct, sentence is lead, extra_gazetteer))
        elif sentence is lead and dct is not None:
            candidates.append(_undated_lead(sentence, dct, extra_gazetteer))
    return candidates


def anchors_event(timex: Timex) -> bool:
    return (
        timex.type in ("DATE", "TIME")
        and timex.earliest is not None
        and timex.latest is not None
        and "REF" not in timex.value
    )


def _from_sentence(sentence: Sentence, timexes: list[Timex], dct: datetime.date | None, is_lead: bool,
                   extra_gazetteer: Mapping[str, str] | None) -> list[Candidate]:
    spans = [(timex.start - sentence.start, timex.end - sentence.start) for timex in timexes]
    attribution = find_attribution(sentence.text, spans)
    actors = find_actors(sentence.text, extra_gazetteer)
    figures = find_figures(sentence.text)
    candidates = []
    anchors = choose_anchors(sentence, timexes, attribution)
    claim = (attribution.claim_start, attribution.claim_end) if attribution else None
    for index, (timex, role) in enumerate(anchors):
        decided = classify(sentence.text, claim, anchor=timex.start - sentence.start)
        if len(anchors) > 1:
            # "Stepanakert was shelled on Friday and a truce took effect on Sunday": each date its own clause.
            window = _window(sentence, [anchor for anchor, _ in anchors], index)
            own = classify(sentence.text, claim, anchor=timex.start - sentence.start, window=window)
            if own.asserted and own.kind != "other":
                decided = own
        kind = decided.kind
        if dct is not None and timex.latest < dct - BACKGROUND_AFTER:
            kind = "background"
        confidence = _confidence(timex.precision, decided, kind, actors, attribution, is_lead, role)
        candidates.append(_candidate(sentence, timex, decided, kind, confidence, actors, attribution, role, figures))
    return candidates


def _window(sentence: Sentence, anchors: list[Timex], index: int) -> tuple[int, int]:
    """The part of the sentence that belongs to anchors[index]: from the clause break after the previous
    date to the clause break before the next one."""
    low = anchors[index - 1].end - sentence.start if index else 0
    high = anchors[index + 1].start - sentence.start if index + 1 < len(anchors) else len(sentence.text)
    here_start, here_end = anchors[index].start - sentence.start, anchors[index].end - sentence.start
    before = [match.end() for match in _CLAUSE_BREAK.finditer(sentence.text, low, here_start)]
    after = [match.start() for match in _CLAUSE_BREAK.finditer(sentence.text, here_end, high)]
    return (before[-1] if before else low), (after[0] if after else high)


def choose_anchors(sentence: Sentence, timexes: list[Timex], attribution: Attribution | None) -> list[tuple]:
    """The dates that anchor the sentence's events, each with its role.

    Roles: "event" (every such date is proposed), else the "statement" date, else one "secondary" date
    (in a ", which ..." clause), else one "reference" date ("since ...", "after ...").
    """
    roles: dict[str, list[Timex]] = {"event": [], "statement": [], "secondary": [], "reference": []}
    for timex in _merge_adjacent(sentence, timexes):
        start, end = timex.start - sentence.start, timex.end - sentence.start
        prefix = sentence.text[:start]
        if attribution and attribution.dates_statement(start, end):
            roles["statement"].append(timex)
        elif _BOUND.search(prefix) or _REFERENCE.search(prefix):
            roles["reference"].append(timex)
        elif _RELATIVE.search(prefix):
            roles["secondary"].append(timex)
        else:
            roles["event"].append(timex)
    if roles["event"]:
        return [(timex, "event") for timex in roles["event"]]
    if roles["statement"]:
        return [(roles["statement"][0], "statement")]
    for role in ("secondary", "reference"):
        if roles[role]:
            return [(roles[role][0], role)]
    return []


def _merge_adjacent(sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    """"3 a.m. on Saturday" tagged as two expressions is one point in time: keep the more specific."""
    merged: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: t.start):
        if merged:
            previous = merged[-1]
            gap = sentence.text[previous.end - sentence.start:timex.start - sentence.start]
            if _ADJACENT.fullmatch(gap) and _overlaps(previous, timex):
                if len(timex.value) > len(previous.value):
                    merged[-1] = timex
                continue
        merged.append(timex)
    return merged


def _overlaps(first: Timex, second: Timex) -> bool:
    return first.earliest <= second.latest and second.earliest <= first.latest


def _confidence(precision: str | None, decided: Classification, kind: str, actors: list[str],
                attribution: Attribution | None, is_lead: bool, role: str) -> float:
    confidence = 0.25 + _PRECISION_WEIGHT.get(precision or "", 0.0)
    if decided.kind not in ("other", "statement") and decided.asserted:
        confidence += 0.2
    elif decided.cue:
        confidence += 0.1
    confidence += min(len(actors), 2) * 0.05
    confidence += 0.05 if attribution else 0.0
    confidence += 0.1 if is_lead else 0.0
    confidence -= 0.05 if role in ("secondary", "reference") else 0.0
    confidence -= 0.1 if kind == "background" else 0.0
    return round(min(max(confidence, 0.05), 0.99), 2)


def _candidate(sentence: Sentence, timex: Timex, decided: Classification, kind: str, confidence: float,
               actors: list[str], attribution: Attribution | None, role: str, figures: dict) -> Candidate:
    return Candidate(
        quote=sentence.text,
        quote_start=sentence.start,
        quote_end=sentence.end,
        phrase=timex.text,
        phrase_start=timex.start,
        phrase_end=timex.end,
        value=timex.value,
        mod=timex.mod,
        earliest=timex.earliest,
        latest=timex.latest,
        precision=timex.precision or "",
        label=timex.label,
        explanation=timex.explanation,
        kind=kind,
        cue=decided.cue,
        confidence=confidence,
        plover=decided.plover,
        score=decided.score,
        actors=list(actors),
        attribution=attribution.source if attribution else "",
        date_role="statement" if role == "statement" else "event",
        figures=dict(figures),
    )


def _undated_lead(sentence: Sentence, dct: datetime.date, extra_gazetteer: Mapping[str, str] | None) -> Candidate:
    """News leads report the day's event without naming the day: propose the publication date, weakly."""
    attribution = find_attribution(sentence.text)
    decided = classify(sentence.text, (attribution.claim_start, attribution.claim_end) if attribution else None)
    actors = find_actors(sentence.text, extra_gazetteer)
    confidence = 0.15 + (0.1 if decided.kind not in ("other", "statement") else 0.0) + (0.05 if actors else 0.0)
    return Candidate(
        quote=sentence.text,
        quote_start=sentence.start,
        quote_end=sentence.end,
        phrase="",
        phrase_start=sentence.start,
        phrase_end=sentence.start,
        value=dct.isoformat(),
        mod=None,
        earliest=dct,
        latest=dct,
        precision="day",
        label=_day_label(dct),
        explanation="the lead sentence names no date: dated the publication date",
        kind=decided.kind,
        cue=decided.cue,
        confidence=round(confidence, 2),
        plover=decided.plover,
        score=decided.score,
        actors=actors,
        attribution=attribution.source if attribution else "",
        date_role="event",
        figures=find_figures(sentence.text),
    )


def _day_label(day: datetime.date) -> str:
    return precision_label(day, day, "day")

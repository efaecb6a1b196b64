"""From an article's text and publication date to dated event candidates (no Django).

Each DATE or TIME expression that pins a real interval becomes a candidate carrying its whole
sentence as the quote. Durations, sets and vague references (PAST_REF, ...) anchor no event.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass

from conflicts.dating import Timex, tag

from .kinds import classify
from .sentences import Sentence, sentence_at, split_sentences

__all__ = ["Candidate", "propose", "split_sentences", "Sentence"]

_PRECISE = {"day": 0.3, "week": 0.2, "part_of_month": 0.15, "month": 0.1}


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
    earliest: datetime.date
    latest: datetime.date
    precision: str
    label: str
    explanation: str
    kind: str
    cue: str
    confidence: float

    def as_dict(self) -> dict:
        data = asdict(self)
        data["earliest"] = self.earliest.isoformat()
        data["latest"] = self.latest.isoformat()
        return data


def propose(text: str, dct: datetime.date | None) -> list[Candidate]:
    sentences = split_sentences(text)
    candidates: list[Candidate] = []
    seen_sentences: set[int] = set()
    for timex in tag(text, dct):
        if not _anchors_event(timex):
            continue
        sentence = sentence_at(sentences, timex.start)
        if sentence is None or sentence.start in seen_sentences:
            # One proposal per sentence: its first anchoring date is, in news style, the event's.
            continue
        seen_sentences.add(sentence.start)
        kind, cue = classify(sentence.text)
        candidates.append(_candidate(sentence, timex, kind, cue))
    return candidates


def _anchors_event(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and timex.earliest is not None and timex.latest is not None


def _candidate(sentence: Sentence, timex: Timex, kind: str, cue: str) -> Candidate:
    confidence = 0.4 + _PRECISE.get(timex.precision or "", 0.0) + (0.2 if kind != "other" else 0.0)
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
        cue=cue,
        confidence=round(min(confidence, 1.0), 2),
    )

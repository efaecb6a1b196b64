"""The escalation and ceasefire sequence: phases read off the events' kinds and PLOVER scores.

Fighting opens an escalation; diplomacy during it is talks; a ceasefire opens a truce; fighting
during a truce breaks it. Statements, humanitarian news and background do not move the sequence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .labels import day_range

VIOLENT_KINDS = {"escalation", "casualties"}
# An event of another kind this violent (PLOVER ASSAULT, COERCE...) still counts as fighting.
VIOLENT_SCORE = -6.0

LABELS = {"escalation": "Escalation", "talks": "Talks", "truce": "Truce", "broken": "Truce broken"}
DESCRIPTIONS = {
    "escalation": "fighting",
    "talks": "talks while the fighting goes on",
    "truce": "a ceasefire is in force",
    "broken": "fighting resumes after a ceasefire",
}


@dataclass(frozen=True)
class Moment:
    """What the sequence needs of an event."""

    id: int
    earliest: dt.date | None
    kind: str
    score: float


@dataclass
class Phase:
    kind: str
    start: dt.date
    end: dt.date
    first_event: int
    events: int = 0
    low: float = 0.0
    event_ids: set[int] = field(default_factory=set, repr=False)

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]

    @property
    def dates(self) -> str:
        return day_range(self.start, self.end)


def signal(kind: str, score: float) -> str:
    """'fighting', 'talks', 'truce' or '' (no change) for one event."""
    if kind == "ceasefire":
        return "truce"
    if kind in VIOLENT_KINDS or score <= VIOLENT_SCORE:
        return "fighting"
    if kind == "diplomacy":
        return "talks"
    return ""


def next_phase(current: str, sign: str) -> str:
    if sign == "truce":
        return "truce"
    if sign == "fighting":
        return "broken" if current in ("truce", "broken") else "escalation"
    if sign == "talks":
        return current if current in ("truce", "talks") else "talks" if current else ""
    return current


def derive_phases(moments: list[Moment]) -> list[Phase]:
    """The phases of dated moments in chronological order; undated ones are skipped."""
    phases: list[Phase] = []
    current = ""
    for moment in moments:
        if moment.earliest is None:
            continue
        sign = signal(moment.kind, moment.score)
        state = next_phase(current, sign)
        if not state:
            continue
        if state != current or (sign == "truce" and _new_truce(phases[-1], moment)):
            phases.append(Phase(kind=state, start=moment.earliest, end=moment.earliest, first_event=moment.id,
                                low=moment.score))
            current = state
        phase = phases[-1]
        phase.end = max(phase.end, moment.earliest)
        phase.events += 1
        phase.low = min(phase.low, moment.score)
        phase.event_ids.add(moment.id)
    return phases


def _new_truce(phase: Phase, moment: Moment) -> bool:
    """A ceasefire more than a week into a truce is a new agreement, not the same one reported again."""
    return (moment.earliest - phase.start).days > 7


def phase_of(phases: list[Phase], event_id: int) -> Phase | None:
    for phase in phases:
        if event_id in phase.event_ids:
            return phase
    return None


def phase_index(phases: list[Phase]) -> dict[int, Phase]:
    """Each event's phase, for labelling a page of events."""
    return {event_id: phase for phase in phases for event_id in phase.event_ids}

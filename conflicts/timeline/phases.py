"""The escalation and ceasefire sequence: phases read off the events' kinds and PLOVER scores.

Fighting opens an escalation; diplomacy during it is talks; a ceasefire opens a truce; fighting
during a truce breaks it. Statements, humanitarian news and background do not move the sequence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .labels import date_label, day_range
from .units import bucket_end, bucket_start

VIOLENT_KINDS = {"escalation", "casualties"}
# An event of another kind this violent (PLOVER ASSAULT, COERCE...) still counts as fighting.
VIOLENT_SCORE = -6.0

PRECISE_DAYS = 4
# Up to this many days from first to last event, the sequence is read event by event.
PER_EVENT_DAYS = 180
# On a tie between signals in a period, fighting outweighs a truce, which outweighs talks.
SIGN_ORDER = ("fighting", "truce", "talks")

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
    latest: dt.date | None = None

    @property
    def vague(self) -> bool:
        """Known only to a span of more than a few days ("week of Oct. 5", "Oct. 2020"): sorted at its first day, it would
        move the sequence at a time it may not have happened."""
        return self.latest is not None and self.earliest is not None and (self.latest - self.earliest).days >= PRECISE_DAYS


@dataclass
class Phase:
    kind: str
    start: dt.date
    end: dt.date
    first_event: int
    events: int = 0
    low: float = 0.0
    unit: str = "event"
    event_ids: set[int] = field(default_factory=set, repr=False)

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]

    @property
    def dates(self) -> str:
        if self.unit == "month":
            return date_label(self.start, self.end, "month")
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


def phase_unit(first: dt.date, last: dt.date) -> str:
    """Short timelines are read event by event; on long ones single events would make the sequence
    flicker, so it is read from the dominant signal of each week or month."""
    days = (last - first).days
    return "event" if days <= PER_EVENT_DAYS else "week" if days <= 3 * 366 else "month"


def derive_phases(moments: list[Moment], unit: str = "") -> list[Phase]:
    """The phases of moments in chronological order (undated ones are skipped), read event by event
    or, with `unit` week or month, from each period's dominant signal."""
    dated = [moment for moment in moments if moment.earliest is not None]
    if not dated:
        return []
    unit = unit or phase_unit(dated[0].earliest, max(moment.earliest for moment in dated))
    if unit == "event":
        return _phases_by_event(dated)
    return _phases_by_period(dated, unit)


def _phases_by_period(moments: list[Moment], unit: str) -> list[Phase]:
    periods: dict[dt.date, list[Moment]] = {}
    for moment in moments:
        periods.setdefault(bucket_start(moment.earliest, unit), []).append(moment)
    phases: list[Phase] = []
    current = ""
    for start in sorted(periods):
        members = periods[start]
        counts = Counter(sign for sign in (signal(m.kind, m.score) for m in members if not m.vague) if sign)
        sign = max(SIGN_ORDER, key=lambda name: (counts[name], -SIGN_ORDER.index(name))) if counts else ""
        state = next_phase(current, sign)
        if not state:
            continue
        if state != current:
            phases.append(Phase(kind=state, start=start, end=start, first_event=members[0].id, low=members[0].score,
                                unit=unit))
            current = state
        phase = phases[-1]
        phase.end = max(phase.end, bucket_end(start, unit))
        for moment in members:
            phase.events += 1
            phase.low = min(phase.low, moment.score)
            phase.event_ids.add(moment.id)
    return phases


def _phases_by_event(moments: list[Moment]) -> list[Phase]:
    phases: list[Phase] = []
    current = ""
    for moment in moments:
        sign = "" if moment.vague else signal(moment.kind, moment.score)
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

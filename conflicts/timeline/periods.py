"""A page of events laid out for reading: grouped by year and month, each with its date label and
its phase."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .labels import date_label, machine_date, month_heading, spelled_out
from .phases import Phase

COARSE = {"half", "year", "decade", "century"}


@dataclass
class Entry:
    event: Any
    label: str
    datetime: str
    exact: bool
    spelled_out: str
    phase: Phase | None
    phase_starts: bool


@dataclass
class Group:
    key: tuple[str, str]
    year: str
    month: str
    show_year: bool
    continued: bool
    entries: list[Entry] = field(default_factory=list)

    @property
    def heading_id(self) -> str:
        return "p-" + "-".join(part for part in self.key if part).replace(" ", "-").replace(".", "")


def period_key(earliest: dt.date | None, latest: dt.date | None, precision: str) -> tuple[str, str]:
    """(year heading, month heading). Events too coarse to sit in one month come first in their
    year under a heading that says so, which keeps every event at the same heading level."""
    if earliest is None:
        return ("Undated", "No date given")
    latest = latest or earliest
    if precision in COARSE or (latest.year, latest.month) != (earliest.year, earliest.month):
        if earliest.year == latest.year:
            return (str(earliest.year), f"Dated only to {date_label(earliest, latest, precision)}")
        label = date_label(earliest, latest, precision)
        return (label, f"Dated only to the {label}" if label.endswith("s") else f"Dated only to {label}")
    return (str(earliest.year), month_heading(earliest))


def entry_for(event, phases: dict[int, Phase], previous_phase: Phase | None) -> Entry:
    phase = phases.get(event.pk)
    return Entry(
        event=event,
        label=date_label(event.earliest, event.latest, event.precision),
        datetime=machine_date(event.earliest, event.latest, event.precision),
        exact=event.earliest is not None and event.earliest == event.latest,
        spelled_out=spelled_out(event.earliest, event.latest),
        phase=phase,
        phase_starts=phase is not None and (phase.first_event == event.pk or phase is not previous_phase),
    )


def group_page(events: list, phases: dict[int, Phase], before=None) -> list[Group]:
    """`before` is the event just above this page, if any, so a period cut by a page break goes on
    under a 'continued' heading and a phase already under way is not announced again."""
    groups: list[Group] = []
    previous_key = period_key(before.earliest, before.latest, before.precision) if before else None
    previous_phase = phases.get(before.pk) if before else None
    for event in events:
        key = period_key(event.earliest, event.latest, event.precision)
        if not groups or groups[-1].key != key:
            groups.append(Group(key=key, year=key[0], month=key[1],
                                show_year=previous_key is None or previous_key[0] != key[0],
                                continued=previous_key == key))
            previous_key = key
        entry = entry_for(event, phases, previous_phase)
        groups[-1].entries.append(entry)
        previous_phase = entry.phase
    return groups

"""The escalation chart: events bucketed by day, week, month or year, and the geometry of an SVG
that draws, per bucket, the most violent and the most cooperative PLOVER score (-10..+10)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .labels import AP_MONTHS, ap_day, ap_month, day_range
from .phases import Moment, Phase
from .units import MAX_BUCKETS, bucket_end, bucket_start, choose_unit

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 26, 26
SCORE_TICKS = (10, 5, 0, -5, -10)


@dataclass
class Bucket:
    start: dt.date
    end: dt.date
    unit: str
    events: int = 0
    low: float = 0.0
    high: float = 0.0
    total: float = 0.0

    @property
    def mean(self) -> float:
        return round(self.total / self.events, 1) if self.events else 0.0

    @property
    def label(self) -> str:
        if self.unit == "day":
            return ap_day(self.start)
        if self.unit == "week":
            return f"week of {ap_day(self.start)}"
        if self.unit == "month":
            return ap_month(self.start)
        return str(self.start.year)

    @property
    def summary(self) -> str:
        events = f"{self.events} event{'s' if self.events != 1 else ''}"
        return f"{self.label}: {events}, most violent {self.low:+g}, most cooperative {self.high:+g}"


@dataclass
class Bar:
    bucket: Bucket
    x: float
    width: float
    y: float
    height: float
    violent: bool


@dataclass
class Band:
    phase: Phase
    x: float
    width: float
    show_label: bool


@dataclass
class Tick:
    position: float
    text: str


@dataclass
class Chart:
    buckets: list[Bucket]
    unit: str
    bars: list[Bar]
    bands: list[Band]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    zero: float
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    top: int = TOP
    bottom_edge: int = HEIGHT - BOTTOM

    @property
    def plot_height(self) -> int:
        return self.bottom_edge - self.top

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"

    @property
    def description(self) -> str:
        if not self.buckets:
            return "No dated events."
        worst = min(self.buckets, key=lambda bucket: bucket.low)
        events = sum(bucket.events for bucket in self.buckets)
        return (f"{events} events from {self.buckets[0].label} to {self.buckets[-1].label}, by {self.unit}. "
                f"The most violent {self.unit}: {worst.label} ({worst.low:+g}).")


def buckets_of(moments: list[Moment]) -> tuple[list[Bucket], str]:
    """Non-empty buckets, in order, at the finest unit that keeps them to about MAX_BUCKETS."""
    dated = [moment for moment in moments if moment.earliest is not None]
    if not dated:
        return [], "day"
    first = min(moment.earliest for moment in dated)
    last = max(moment.earliest for moment in dated)
    unit = choose_unit(first, last)
    buckets: dict[dt.date, Bucket] = {}
    for moment in dated:
        start = bucket_start(moment.earliest, unit)
        bucket = buckets.get(start)
        if bucket is None:
            bucket = buckets[start] = Bucket(start, bucket_end(start, unit), unit, low=moment.score,
                                             high=moment.score)
        bucket.events += 1
        bucket.low = min(bucket.low, moment.score)
        bucket.high = max(bucket.high, moment.score)
        bucket.total += moment.score
    return [buckets[start] for start in sorted(buckets)], unit


def build_chart(moments: list[Moment], phases: list[Phase]) -> Chart:
    buckets, unit = buckets_of(moments)
    top, bottom = TOP, HEIGHT - BOTTOM
    left, right = LEFT, WIDTH - RIGHT

    def y(score: float) -> float:
        return round(top + (10 - score) / 20 * (bottom - top), 1)

    zero = y(0)
    y_ticks = [Tick(y(score), f"{score:+d}" if score else "0") for score in SCORE_TICKS]
    if not buckets:
        return Chart([], unit, [], [], [], y_ticks, zero)

    first, last = buckets[0].start, buckets[-1].end
    span = (last - first).days + 1

    def x(day: dt.date) -> float:
        return round(left + (day - first).days / span * (right - left), 1)

    slot = (right - left) / span
    bars: list[Bar] = []
    for bucket in buckets:
        start_x, end_x = x(bucket.start), x(bucket.end + dt.timedelta(days=1))
        gap = min(2.0, (end_x - start_x) / 4)
        width = round(max(end_x - start_x - gap, 1.5), 1)
        if bucket.low < 0:
            bars.append(Bar(bucket, start_x + gap / 2, width, zero, round(y(bucket.low) - zero, 1), True))
        if bucket.high > 0:
            bars.append(Bar(bucket, start_x + gap / 2, width, y(bucket.high), round(zero - y(bucket.high), 1), False))
        if bucket.low >= 0 and bucket.high <= 0:
            bars.append(Bar(bucket, start_x + gap / 2, width, zero - 1, 2, False))

    bands: list[Band] = []
    for index, phase in enumerate(phases):
        start = max(phase.start, first)
        end = phases[index + 1].start if index + 1 < len(phases) else last + dt.timedelta(days=1)
        if end <= start:
            end = start + dt.timedelta(days=1)
        band_x = x(start)
        width = round(max(x(min(end, last + dt.timedelta(days=1))) - band_x, slot), 1)
        bands.append(Band(phase, band_x, width, show_label=width >= len(phase.label) * 6.5))
    return Chart(buckets, unit, bars, bands, _x_ticks(first, last, x), y_ticks, zero)


def _x_ticks(first: dt.date, last: dt.date, x) -> list[Tick]:
    """Month starts (or years, or Mondays on short spans), at most a dozen of them."""
    span = (last - first).days
    if span <= 45:
        days = [first + dt.timedelta(days=n) for n in range(span + 1)]
        starts = [day for day in days if day.weekday() == 0]
        return [Tick(x(day), ap_day(day, year=False)) for day in starts]
    months = []
    day = first.replace(day=1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if len(months) <= 12:
        return [Tick(x(day), AP_MONTHS[day.month - 1] if day.month != 1 else str(day.year)) for day in months]
    years = [day for day in months if day.month == 1]
    step = max(1, len(years) // 12 + (len(years) % 12 > 0))
    return [Tick(x(day), str(day.year)) for day in years[::step]]


__all__ = ["Bucket", "Chart", "build_chart", "buckets_of", "day_range"]

"""Calendar units for bucketing a timeline: days, Monday weeks, months, years."""

from __future__ import annotations

import datetime as dt

MAX_BUCKETS = 60


def choose_unit(first: dt.date, last: dt.date) -> str:
    days = (last - first).days + 1
    if days <= MAX_BUCKETS:
        return "day"
    if days <= MAX_BUCKETS * 7:
        return "week"
    if days <= MAX_BUCKETS * 30:
        return "month"
    return "year"


def bucket_start(day: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return day
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def bucket_end(start: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return start
    if unit == "week":
        return start + dt.timedelta(days=6)
    if unit == "month":
        following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    return start.replace(month=12, day=31)

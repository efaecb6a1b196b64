"""The timeline's query parameters (kind, actor, from, to, q, page), read leniently: a value
that makes no sense is dropped with a note for the reader, never an error page."""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .search import clean_query, printable

DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
MAX_ACTOR = 200


@dataclass
class Filters:
    kinds: list[str] = field(default_factory=list)
    actor: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    raw_from: str = ""
    raw_to: str = ""
    q: str = ""
    page: int = 1
    problems: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.kinds or self.actor or self.start or self.end or self.q)

    def params(self, **changes) -> dict[str, str | list[str]]:
        params = {"kind": self.kinds, "actor": self.actor, "from": self.raw_from if self.start else "",
                  "to": self.raw_to if self.end else "", "q": self.q}
        params.update(changes)
        return {name: value for name, value in params.items() if value}

    def query_string(self, **changes) -> str:
        params = self.params(**changes)
        return "?" + urlencode(params, doseq=True) if params else ""


def parse_day(raw: str, end: bool = False) -> dt.date | None:
    """'2020', '2020-10' or '2020-10-09': the first day of that period, or its last if `end`."""
    match = DATE.fullmatch(raw.strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2] or 0), int(match[3] or 0)
    try:
        if not month:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if not day:
            return dt.date(year, month, monthrange(year, month)[1] if end else 1)
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_filters(params, kinds: dict[str, str]) -> Filters:
    """`params` is a QueryDict (or any mapping with getlist); `kinds` maps each kind to its name."""
    filters = Filters()
    for kind in params.getlist("kind"):
        if kind in kinds and kind not in filters.kinds:
            filters.kinds.append(kind)
        elif kind:
            filters.problems.append(f"There is no kind “{kind[:40]}”; showing every kind.")
    filters.actor = " ".join(printable(params.get("actor", "")).split())[:MAX_ACTOR]
    filters.q = clean_query(params.get("q", ""))
    for name, is_end in (("from", False), ("to", True)):
        raw = params.get(name, "").strip()[:20]
        if not raw:
            continue
        day = parse_day(raw, end=is_end)
        if day is None:
            filters.problems.append(f"“{raw}” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD); it was ignored.")
            continue
        if is_end:
            filters.end, filters.raw_to = day, raw
        else:
            filters.start, filters.raw_from = day, raw
    if filters.start and filters.end and filters.start > filters.end:
        filters.problems.append("The range ends before it starts; the dates were swapped.")
        filters.start, filters.end = parse_day(filters.raw_to), parse_day(filters.raw_from, end=True)
        filters.raw_from, filters.raw_to = filters.raw_to, filters.raw_from
    page = params.get("page", "1")
    # isascii: "²".isdigit() is true, but int() refuses it.
    filters.page = int(page) if page.isascii() and page.isdigit() and 0 < int(page) < 100_000 else 1
    return filters

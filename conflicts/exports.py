"""A conflict's published events written out for other tools: TimelineJS 3 JSON, ACLED-style CSV,
iCalendar, and the JSON API's records. No Django imports: the views turn events into `Item`s with
absolute URLs, and everything here is plain data in, text or dicts out.

Every text that came from an article or an editor is escaped for the format it lands in: HTML for
TimelineJS (which renders its text fields as HTML), RFC 5545 for iCalendar, spreadsheet formulas for
CSV, and `<`, `>`, `&` as \\u escapes in all JSON so that it stays inert even if served as HTML.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlsplit

from conflicts.timeline.labels import date_label, infer_precision, spelled_out

DAY_PRECISIONS = {"day", "week", "part_of_month"}
MONTH_PRECISIONS = {"month", "season", "quarter", "half"}
YEAR_PRECISIONS = {"year", "decade", "century"}
# ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or coarser.
ACLED_PRECISION = {"day": 1, "week": 2, "part_of_month": 2}

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
CSV_COLUMNS = (
    "event_id", "event_date", "year", "time_precision", "precision", "earliest", "latest", "date_label",
    "kind", "plover", "score", "actor1", "actor2", "actors", "title", "attribution", "source", "notes", "url",
    "source_url", "sources",
)


@dataclass
class Source:
    quote: str
    attribution: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None


@dataclass
class Item:
    """One published event as the exports need it."""

    id: int
    url: str
    title: str
    kind: str
    kind_label: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str = ""
    plover: str = ""
    score: float = 0.0
    actors: list[str] = field(default_factory=list)
    updated: dt.datetime | None = None
    sources: list[Source] = field(default_factory=list)

    @property
    def label(self) -> str:
        return date_label(self.earliest, self.latest, self.precision)

    @property
    def first_day(self) -> dt.date | None:
        return self.earliest or self.latest

    @property
    def last_day(self) -> dt.date | None:
        return self.latest or self.earliest

    @property
    def exact(self) -> bool:
        return self.first_day is not None and self.first_day == self.last_day

    @property
    def granularity(self) -> str:
        """'day', 'month' or 'year': how finely the bounds are worth writing."""
        if self.exact:
            return "day"
        precision = self.precision
        if not precision and self.earliest and self.latest:
            precision = infer_precision(self.earliest, self.latest)
        if precision in MONTH_PRECISIONS:
            return "month"
        if precision in YEAR_PRECISIONS:
            return "year"
        return "day"


def safe_url(url: str) -> str:
    """The URL if it is http(s), else '' (a `javascript:` link must never reach a page)."""
    url = (url or "").strip()
    return url if urlsplit(url).scheme in ("http", "https") else ""


def clean_text(text: str) -> str:
    """Without control characters (Unicode's Cc) other than line breaks and tabs."""
    return CONTROL.sub("", text or "")


def dumps(data) -> str:
    """JSON with `<`, `>` and `&` escaped, so no string in it can open a tag in an HTML context."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.translate({ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"})


# TimelineJS 3


def _tl_date(day: dt.date, granularity: str) -> dict:
    date = {"year": day.year}
    if granularity in ("day", "month"):
        date["month"] = day.month
    if granularity == "day":
        date["day"] = day.day
    return date


def _source_html(source: Source) -> str:
    parts = []
    if source.attribution:
        parts.append(escape(source.attribution[:1].upper() + source.attribution[1:]))
    title = escape(source.title or source.outlet or "Source")
    url = safe_url(source.url)
    parts.append(f'<a href="{escape(url)}" rel="noopener">{title}</a>' if url else title)
    if source.outlet and source.title:
        parts.append(escape(source.outlet))
    if source.published:
        parts.append(source.published.isoformat())
    return f"<blockquote>{escape(source.quote)}</blockquote><p>{', '.join(parts)}</p>"


def timelinejs_event(item: Item) -> dict | None:
    first, last = item.first_day, item.last_day
    if first is None:
        return None
    granularity = item.granularity
    slide = {
        "unique_id": f"event-{item.id}",
        "start_date": _tl_date(first, granularity),
        "text": {"headline": escape(item.title), "text": _slide_text(item)},
        "group": item.kind_label,
    }
    end = _tl_date(last, granularity)
    if end != slide["start_date"]:
        slide["end_date"] = end
    if not item.exact:
        slide["display_date"] = item.label
    return slide


def _slide_text(item: Item) -> str:
    html = _source_html(item.sources[0]) if item.sources else ""
    more = len(item.sources) - 1
    link = f"{more} more source{'s' if more != 1 else ''}" if more > 0 else "Event page"
    return html + f'<p><a href="{escape(safe_url(item.url))}">{link}</a></p>'


def timelinejs(name: str, summary: str, url: str, items: list[Item], eras: list[tuple] = ()) -> dict:
    """TimelineJS 3's JSON: a title slide, one slide per dated event, and the phases as eras
    (`eras` are (label, first day, last day) tuples)."""
    title_text = f"<p>{escape(summary)}</p>" if summary else ""
    title_text += f'<p><a href="{escape(safe_url(url))}">The full timeline, with sources</a></p>'
    data = {
        "title": {"text": {"headline": escape(name), "text": title_text}, "unique_id": "title"},
        "events": [slide for slide in map(timelinejs_event, items) if slide],
    }
    if eras:
        # An era ends at the start of the day after its last: TimelineJS drops an end equal to the
        # start, and then refuses the whole timeline for an era without an end.
        data["eras"] = [
            {"start_date": _tl_date(start, "day"), "end_date": _tl_date(end + dt.timedelta(days=1), "day"),
             "text": {"headline": escape(label)}}
            for label, start, end in eras
        ]
    return data


# CSV, after ACLED's columns


def _cell(value) -> str:
    """Text a spreadsheet will not run: a leading =, +, -, @ (or tab, CR) makes it a formula."""
    text = " ".join(clean_text(str(value)).split())
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(item: Item) -> dict:
    first, last = item.first_day, item.last_day
    source = item.sources[0] if item.sources else Source(quote="")
    actors = item.actors or []
    return {
        "event_id": item.id,
        "event_date": first.isoformat() if first else "",
        "year": first.year if first else "",
        "time_precision": ACLED_PRECISION.get(item.precision, 1 if item.exact else 3) if first else "",
        "precision": item.precision or ("day" if item.exact else ""),
        "earliest": item.earliest.isoformat() if item.earliest else "",
        "latest": item.latest.isoformat() if item.latest else "",
        "date_label": _cell(item.label),
        "kind": item.kind,
        "plover": _cell(item.plover),
        "score": item.score,
        "actor1": _cell(actors[0]) if actors else "",
        "actor2": _cell(actors[1]) if len(actors) > 1 else "",
        "actors": _cell("; ".join(actors)),
        "title": _cell(item.title),
        "attribution": _cell(source.attribution),
        "source": _cell("; ".join(dict.fromkeys(s.outlet or s.title for s in item.sources if s.outlet or s.title))),
        "notes": _cell(source.quote),
        "url": safe_url(item.url),
        "source_url": safe_url(source.url),
        "sources": len(item.sources),
    }


def write_csv(items: list[Item]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for item in items:
        writer.writerow(csv_row(item))
    return out.getvalue()


# iCalendar (RFC 5545)


def ics_text(text: str) -> str:
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space, never inside a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, start, room = [], 0, 75
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back off
            end -= 1
        parts.append(data[start:end])
        start, room = end, 74
    return b"\r\n ".join(parts).decode("utf-8")


def _ics_description(item: Item) -> str:
    when = item.label
    if not item.exact and item.earliest and item.latest:
        when += f" ({spelled_out(item.earliest, item.latest)})"
    lines = [f"When: {when}"]
    for source in item.sources[:1]:
        lines.append(f"“{' '.join(source.quote.split())}”")
        cite = ", ".join(part for part in (source.attribution, source.title, source.outlet) if part)
        if source.published:
            cite += f" ({source.published.isoformat()})"
        lines.append(f"— {cite}")
        if safe_url(source.url):
            lines.append(safe_url(source.url))
    if len(item.sources) > 1:
        lines.append(f"{len(item.sources) - 1} more source(s): {safe_url(item.url)}")
    return "\n".join(lines)


def ics_event(item: Item, domain: str, stamp: dt.datetime) -> list[str]:
    first, last = item.first_day, item.last_day
    if first is None:
        return []
    updated = (item.updated or stamp).astimezone(dt.UTC)
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{item.id}@{ics_text(domain)}",
        f"DTSTAMP:{updated:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        # All-day events end on the day after their last, exclusively.
        f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{ics_text(item.title)}",
        f"DESCRIPTION:{ics_text(_ics_description(item))}",
        f"CATEGORIES:{ics_text(item.kind_label)}",
        "TRANSP:TRANSPARENT",
    ]
    if safe_url(item.url):
        lines.append(f"URL:{safe_url(item.url)}")
    return [*lines, "END:VEVENT"]


def write_ics(name: str, url: str, items: list[Item], domain: str, stamp: dt.datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Conflict timeline//Exports//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{ics_text(name)}",
        f"X-WR-CALNAME:{ics_text(name)}",
    ]
    if safe_url(url):
        lines.append(f"SOURCE;VALUE=URI:{safe_url(url)}")
    for item in items:
        lines += ics_event(item, domain, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


# The JSON API's record


def api_event(item: Item) -> dict:
    return {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "kind": item.kind,
        "kind_label": item.kind_label,
        "earliest": item.earliest.isoformat() if item.earliest else None,
        "latest": item.latest.isoformat() if item.latest else None,
        "precision": item.precision or None,
        "label": item.label,
        "plover": item.plover or None,
        "score": item.score,
        "actors": list(item.actors or []),
        "sources": [
            {
                "quote": source.quote,
                "attribution": source.attribution or None,
                "article": {
                    "title": source.title,
                    "outlet": source.outlet or None,
                    "url": safe_url(source.url) or None,
                    "published": source.published.isoformat() if source.published else None,
                },
            }
            for source in item.sources
        ],
    }

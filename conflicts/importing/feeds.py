"""Reading RSS and Atom feeds (no Django), with feedparser."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

_FEED_TYPE = re.compile(r"^application/(?:x-)?(?:rss|atom|rdf)\+xml$")
# Servers label feeds many ways (application/x-rss+xml, text/xml, application/octet-stream...):
# with any of these the document's own root element decides.
_MAYBE_FEED_TYPE = re.compile(r"^(?:text/.*|application/(?:.*\+)?xml|application/octet-stream|)$")
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.DOTALL)


class FeedError(ValueError):
    """The document is not a feed that can be read; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str
    published: datetime.date | None
    summary: str = ""


@dataclass(frozen=True)
class Feed:
    url: str
    title: str
    entries: list[FeedEntry] = field(default_factory=list)


def looks_like_feed(content_type: str, body: bytes) -> bool:
    if _FEED_TYPE.match(content_type):
        return True
    return bool(_MAYBE_FEED_TYPE.match(content_type)) and bool(_FEED_START.match(body[:2048]))


def parse_feed(body: bytes, url: str) -> Feed:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise FeedError(f"{url[:100]} is not an RSS or Atom feed{reason}.")
    entries, seen = [], set()
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.date(*stamp[:3]) if stamp else None
        title = " ".join((entry.get("title") or link).split())[:500]
        summary = " ".join(_strip_tags(entry.get("summary") or "").split())[:500]
        entries.append(FeedEntry(title, link, published, summary))
    if not entries:
        raise FeedError(f"The feed {url[:100]} has no entries with a link to import.")
    return Feed(url, " ".join((parsed.feed.get("title") or url).split())[:200], entries)


def _strip_tags(markup: str) -> str:
    return re.sub(r"<[^>]+>", " ", markup)

"""Importing from the web: fetch a URL with the project's limits, tell a page from a feed, and import
pages and feed entries with the publication date found on them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings

from conflicts.models import Article, Conflict

from . import ImportRejected, ImportResult, import_article, signed_in
from .extract import ExtractionError
from .feeds import Feed, FeedEntry, FeedError, looks_like_feed, parse_feed
from .fetch import FetchError, FetchLimits, fetch
from .pages import Page, decode_html, read_page
from .published import DateGuess

_HTML_TYPES = {"text/html", "application/xhtml+xml", ""}


class ImportUnavailable(ImportRejected):
    """The page could not be fetched for now (a timeout, a refused connection, HTTP 5xx): a background
    batch tries it again later, where an editor just sees the message."""


@dataclass(frozen=True)
class Outcome:
    """One item of a bulk import, as the command prints it and a batch stores it."""

    status: str  # created, duplicate, failed
    label: str
    published: datetime.date | None = None
    reason: str = ""
    article_id: int | None = None
    proposals: int = 0
    given: str = ""  # the date as given, shown for a failure even when it was refused
    note: str = ""  # where a date that was not given was found

    def line(self) -> str:
        published = self.published.isoformat() if self.published else self.given or "unknown"
        return f"{self.status} {self.label} published={published}" + (f" [{self.reason}]" if self.reason else "")


def fetch_limits() -> FetchLimits:
    return FetchLimits(timeout=float(settings.FETCH_TIMEOUT), max_bytes=settings.FETCH_MAX_BYTES,
                       max_redirects=settings.FETCH_MAX_REDIRECTS, allow_private=settings.ALLOW_PRIVATE_URLS)


def fetch_source(url: str) -> Page | Feed:
    """Fetch a URL and read it as an article page or a feed; ImportRejected says why not."""
    try:
        fetched = fetch(url, fetch_limits())
    except FetchError as error:
        raise (ImportUnavailable if error.transient else ImportRejected)(str(error)) from None
    if looks_like_feed(fetched.content_type, fetched.body):
        try:
            feed = parse_feed(fetched.body, fetched.url)
        except FeedError as error:
            raise ImportRejected(str(error)) from None
        return Feed(feed.url, feed.title, feed.entries[: settings.FEED_MAX_ENTRIES])
    if fetched.content_type not in _HTML_TYPES:
        raise ImportRejected(
            f"{fetched.url[:100]} is not a web page or a feed (it is {fetched.content_type}); "
            "download it and upload the file instead."
        )
    markup, note = decode_html(fetched.body, fetched.charset)
    try:
        return read_page(markup, fetched.url, note)
    except ExtractionError as error:
        raise ImportRejected(f"{fetched.url[:100]}: {error}") from None


def fetch_page(url: str) -> Page:
    source = fetch_source(url)
    if isinstance(source, Feed):
        raise ImportRejected(f"{url[:100]} is a feed, not an article page.")
    return source


def fetch_feed(url: str) -> Feed:
    source = fetch_source(url)
    if not isinstance(source, Feed):
        raise ImportRejected(f"{url[:100]} is a web page, not an RSS or Atom feed.")
    return source


def import_page(
    conflict: Conflict, url: str, *, published: datetime.date | str | None = None,
    fallback: DateGuess | None = None, title: str = "", by=None,
) -> tuple[ImportResult, DateGuess | None]:
    """Fetch and import one article page. The publication date is the one given, else the best one
    found on the page (metadata, URL, dateline), else the fallback (a feed's own date); without any
    the page is refused rather than dated today."""
    page = fetch_page(url)
    guess = page.published or fallback
    if published in (None, ""):
        if guess is None:
            raise ImportRejected(
                "No publication date was found in the page's metadata, its URL or a dateline; give one."
            )
        published = guess.date
    result = import_article(conflict=conflict, title=page.title or title, text=page.text, url=page.url,
                            outlet=page.outlet, published=published, language=page.language or "en", by=by)
    return result, guess


def import_entry(conflict: Conflict, entry: FeedEntry | dict, by=None, *, raise_unavailable: bool = False) -> Outcome:
    """Import one feed entry (or a batch item with its url/title/published), never raising for bad
    input: the outcome says what happened. With raise_unavailable a page that could not be fetched
    for now raises ImportUnavailable instead of failing, for the caller to try again later."""
    if isinstance(entry, dict):
        url, title = entry.get("url") or "", entry.get("title") or ""
        published = _iso_date(entry.get("published"))
    else:
        url, title, published = entry.url, entry.title, entry.published
    existing = Article.objects.filter(url=url).only("pk", "published").first() if url else None
    if existing:
        return Outcome("duplicate", url, existing.published, article_id=existing.pk)
    fallback = DateGuess(published, "feed", "the feed's date for the entry", 0.85) if published else None
    try:
        result, guess = import_page(conflict, url, fallback=fallback, title=title, by=by)
    except ImportRejected as error:
        if raise_unavailable and isinstance(error, ImportUnavailable):
            raise
        return Outcome("failed", url or title, published, str(error))
    note = f"date from {guess.detail}, {guess.confidence_label} confidence" if guess and result.created else ""
    return Outcome(result.status, url, result.article.published, article_id=result.article.pk,
                   proposals=result.proposals, note=note)


def _iso_date(value) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def create_batch(conflict: Conflict, entries: list[FeedEntry], *, by=None, source: str = "", feed=None):
    """A batch of feed entries to import in the background (see conflicts.tasks.run_import_batch)."""
    from conflicts.models import ImportBatch

    items = [{"url": e.url, "title": e.title, "published": e.published.isoformat() if e.published else None}
             for e in entries]
    return ImportBatch.objects.create(conflict=conflict, items=items, source=source[:2000], feed=feed,
                                      created_by=signed_in(by))


def refresh_feed(feed):
    """Fetch a saved feed and make a batch of its entries not imported yet (None when there are none
    or the feed failed; the failure is kept on the feed)."""
    from django.utils import timezone

    try:
        parsed = fetch_feed(feed.url)
    except ImportRejected as error:
        feed.last_error = str(error)[:500]
        feed.refreshed_at = timezone.now()
        feed.save(update_fields=["last_error", "refreshed_at"])
        return None
    known = set(Article.objects.filter(url__in=[e.url for e in parsed.entries]).values_list("url", flat=True))
    new = [entry for entry in parsed.entries if entry.url not in known]
    feed.last_error = ""
    feed.refreshed_at = timezone.now()
    feed.title = feed.title or parsed.title[:200]
    feed.save(update_fields=["last_error", "refreshed_at", "title"])
    if not new:
        return None
    return create_batch(feed.conflict, new, by=feed.added_by, source=feed.url, feed=feed)

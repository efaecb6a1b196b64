"""Importing an article: validate, de-duplicate, store it and its proposals in one transaction.

The package's other modules bring articles to `import_article`:

- extract, files: uploaded bytes to text (.txt, .md, .html; .pdf with pypdf, .docx with python-docx)
- fetch: one URL, safely (http/https only, public addresses only unless ALLOW_PRIVATE_URLS, a
  timeout, a size cap, capped redirects)
- pages: a fetched page's encoding, main text (trafilatura), title and outlet
- published: the publication date when none is given (metadata, URL path, dateline), with confidence
- feeds: RSS and Atom entries (feedparser)
- web: the Django side of the above, feed batches, saved feeds; forms: the web import's forms

All but web and forms import nothing from Django."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone

from conflicts.groups import assign_groups
from conflicts.models import Article, Conflict, Decision, Proposal
from conflicts.proposing import propose

from .extract import ExtractionError, decode, html_to_text, looks_like_html

__all__ = [
    "ExtractionError", "ImportRejected", "ImportResult", "content_hash", "import_article", "read_upload", "redate_article",
]


class ImportRejected(ValueError):
    """The article cannot be imported; the message tells the editor why."""


@dataclass(frozen=True)
class ImportResult:
    article: Article
    created: bool
    proposals: int = 0

    @property
    def status(self) -> str:
        return "created" if self.created else "duplicate"


def content_hash(text: str) -> str:
    """Hash of the text with whitespace normalised, so re-pasted copies of one article match."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def parse_published(value: datetime.date | str | None) -> datetime.date:
    if value in (None, ""):
        raise ImportRejected("A publication date is required: relative dates like “Friday” resolve against it.")
    if isinstance(value, datetime.datetime):
        value = value.date()
    if not isinstance(value, datetime.date):
        try:
            value = datetime.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ImportRejected(f"The publication date {str(value)[:40]!r} is not a date in the form YYYY-MM-DD.") from None
    if value > timezone.localdate():
        raise ImportRejected(f"The publication date {value.isoformat()} is in the future.")
    return value


def read_upload(data: bytes, filename: str) -> tuple[str, str]:
    """Return (title, text) of an uploaded .txt or .html file."""
    if not filename.lower().endswith((".txt", ".html", ".htm")):
        raise ImportRejected(f"{filename} is not a .txt or .html file.")
    try:
        raw = decode(data, filename)
    except ExtractionError as error:
        raise ImportRejected(str(error)) from None
    if looks_like_html(filename, raw):
        return html_to_text(raw)
    return "", raw


def import_article(
    *,
    conflict: Conflict,
    text: str,
    published: datetime.date | str | None,
    title: str = "",
    url: str = "",
    outlet: str = "",
    language: str = "en",
    by=None,
) -> ImportResult:
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ImportRejected("The article text is empty.")
    size = len(text.encode())
    if size > settings.ARTICLE_MAX_BYTES:
        raise ImportRejected(
            f"The article is {size:,} bytes; the limit is {settings.ARTICLE_MAX_BYTES:,} bytes (ARTICLE_MAX_BYTES)."
        )
    if "\x00" in text:
        raise ImportRejected("The article text contains binary data.")
    published = parse_published(published)
    url = (url or "").strip()
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise ImportRejected(f"{url[:100]!r} is not an http or https URL.") from None
    digest = content_hash(text)

    existing = _find_duplicate(url, digest)
    if existing:
        return ImportResult(existing, created=False)

    title = " ".join((title or "").split()) or _first_line(text)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                conflict=conflict,
                title=title[:500],
                outlet=(outlet or "").strip()[:200],
                url=url,
                published=published,
                text=text,
                language=language or "en",
                content_hash=digest,
                imported_by=signed_in(by),
            )
            proposals = _store_proposals(article)
    except IntegrityError:
        # Another import of the same article won the race between our check and our insert.
        existing = _find_duplicate(url, digest)
        if existing:
            return ImportResult(existing, created=False)
        raise
    return ImportResult(article, created=True, proposals=len(proposals))


def redate_article(article: Article, published: datetime.date | str, by=None) -> int:
    """Correct an article's publication date: its pending proposals are proposed again against the
    new date; decided ones stay as they are. Returns the number of pending proposals now."""
    published = parse_published(published)
    with transaction.atomic():
        article = Article.objects.select_for_update().select_related("conflict").get(pk=article.pk)
        before = article.published
        article.published = published
        article.save(update_fields=["published"])
        decided = set(article.proposals.exclude(status=Proposal.Status.PENDING).values_list("quote_start", "phrase_start"))
        article.proposals.pending().delete()
        proposals = _store_proposals(article, skip=decided)
        Decision.objects.create(
            actor=signed_in(by),
            action=Decision.Action.EDIT,
            before={"article": article.pk, "published": before.isoformat()},
            after={"article": article.pk, "published": published.isoformat(), "pending": len(proposals)},
        )
    return len(proposals)


def _store_proposals(article: Article, skip: set[tuple[int, int]] = frozenset()) -> list[Proposal]:
    """Propose events from the article against its publication date, store and group them;
    candidates at a (quote_start, phrase_start) in `skip` are already decided."""
    candidates = propose(article.text, article.published, extra_gazetteer=article.conflict.gazetteer)
    proposals = Proposal.objects.bulk_create(
        Proposal(article=article, **_proposal_fields(candidate))
        for candidate in candidates
        if (candidate.quote_start, candidate.phrase_start) not in skip
    )
    assign_groups(proposals)
    return proposals


def signed_in(user):
    """The user to record as the actor, or None for anonymous and command-line work."""
    return user if user is not None and user.is_authenticated else None


def _find_duplicate(url: str, digest: str) -> Article | None:
    if url:
        found = Article.objects.filter(url=url).first()
        if found:
            return found
    return Article.objects.filter(content_hash=digest).first()


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0].strip()[:200]


_PROPOSAL_FIELDS = {field.name for field in Proposal._meta.concrete_fields}


def _proposal_fields(candidate) -> dict:
    """The candidate's fields that the Proposal model stores."""
    fields = {name: getattr(candidate, name) for name in _PROPOSAL_FIELDS if hasattr(candidate, name)}
    fields["mod"] = candidate.mod or ""
    fields["phrase"] = candidate.phrase[:200]
    return fields

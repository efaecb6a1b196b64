"""Importing articles: paste or upload; a web page, fetched and reviewed before it is imported; a
feed's entries or a list of URLs, imported in the background with live progress. A date that the
editor did not give is shown, with where it was found, for them to confirm before anything is saved."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from conflicts.importing import ImportRejected, import_article
from conflicts.importing.extract import ExtractionError
from conflicts.importing.feeds import Feed as ParsedFeed
from conflicts.importing.feeds import FeedEntry
from conflicts.importing.files import read_document
from conflicts.importing.forms import FeedEntriesForm, PageReviewForm, UploadImportForm, UrlForm, UrlListForm
from conflicts.importing.published import find_published
from conflicts.importing.web import create_batch, fetch_feed, fetch_source, refresh_feed
from conflicts.models import Article, Feed, ImportBatch
from conflicts.tasks import enqueue_import_batch

IMPORT_PERMISSION = "conflicts.add_article"


def importer_required(view):
    """Anonymous users go to the login page; signed-in users without the permission get 403."""
    return login_required(permission_required(IMPORT_PERMISSION, raise_exception=True)(view))


@importer_required
def import_article_view(request: HttpRequest) -> HttpResponse:
    form = UploadImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            title, text, markup = data["title"], data["text"], None
            if data["file"]:
                raw = data["file"].read()
                file_title, text = read_document(raw, data["file"].name)
                title = title or file_title
                if data["file"].name.lower().endswith((".html", ".htm")):
                    markup = raw.decode("utf-8", "replace")
            if not data["published"] and text.strip():
                # No date given: show the one found (or that none was) for the editor to confirm.
                dates = find_published(markup, data["url"], text)
                form = PageReviewForm(initial={
                    "conflict": data["conflict"], "url": data["url"], "title": title, "outlet": data["outlet"],
                    "published": dates[0].date if dates else None, "text": text,
                })
                return _render_review(request, form, dates=dates, source_url=data["url"])
            result = import_article(
                conflict=data["conflict"], title=title, text=text, url=data["url"], outlet=data["outlet"],
                published=data["published"], by=request.user,
            )
        except (ImportRejected, ExtractionError) as error:
            form.add_error(None, str(error))
        else:
            return _imported(request, result)
    status = 400 if request.method == "POST" else 200
    return _render_import(request, form=form, status=status)


@require_POST
@importer_required
def fetch_url(request: HttpRequest) -> HttpResponse:
    """Step one of a web import: fetch the URL and show what was read, for review."""
    url_form = UrlForm(request.POST)
    if not url_form.is_valid():
        return _render_import(request, url_form=url_form, status=400)
    conflict, url = url_form.cleaned_data["conflict"], url_form.cleaned_data["url"]
    try:
        source = fetch_source(url)
    except ImportRejected as error:
        url_form.add_error("url", str(error))
        return _render_import(request, url_form=url_form, status=422)
    if isinstance(source, ParsedFeed):
        imported = _imported_urls(source)
        form = FeedEntriesForm(feed=source, initial={"conflict": conflict, "feed_url": source.url,
                                                     "entries": [e.url for e in source.entries if e.url not in imported]})
        return _render_feed(request, form, source)
    guess = source.published
    form = PageReviewForm(initial={
        "conflict": conflict, "url": source.url, "title": source.title, "outlet": source.outlet,
        "published": guess.date if guess else None, "text": source.text,
    })
    return _render_review(request, form, dates=source.dates, source_url=source.url, encoding_note=source.encoding_note)


@require_POST
@importer_required
def import_page(request: HttpRequest) -> HttpResponse:
    """Step two: import the page as the editor confirmed or corrected it."""
    form = PageReviewForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            result = import_article(conflict=data["conflict"], title=data["title"], text=data["text"], url=data["url"],
                                    outlet=data["outlet"], published=data["published"], by=request.user)
        except ImportRejected as error:
            form.add_error(None, str(error))
        else:
            return _imported(request, result)
    return _render_review(request, form, status=400)


@require_POST
@importer_required
def import_feed(request: HttpRequest) -> HttpResponse:
    """Import the chosen entries of a feed in the background; the feed is read again so only its
    real entries can be chosen."""
    feed_url = request.POST.get("feed_url", "")
    try:
        parsed = fetch_feed(feed_url)
    except ImportRejected as error:
        messages.error(request, str(error))
        return _render_import(request, url_form=UrlForm(initial={"url": feed_url}), status=422)
    form = FeedEntriesForm(request.POST, feed=parsed)
    if not form.is_valid():
        return _render_feed(request, form, parsed, status=400)
    conflict = form.cleaned_data["conflict"]
    with transaction.atomic():
        saved = None
        if form.cleaned_data["save_feed"]:
            saved, _ = Feed.objects.get_or_create(conflict=conflict, url=parsed.url,
                                                  defaults={"title": parsed.title, "added_by": request.user})
        batch = create_batch(conflict, form.chosen_entries(), by=request.user, source=parsed.url, feed=saved)
        enqueue_import_batch(batch)
    return redirect(batch)


@require_POST
@importer_required
def import_urls(request: HttpRequest) -> HttpResponse:
    """Many pages at once, as a background batch."""
    form = UrlListForm(request.POST)
    if not form.is_valid():
        return _render_import(request, list_form=form, status=400)
    entries = [FeedEntry(url, url, None) for url in form.cleaned_data["urls"]]
    with transaction.atomic():
        batch = create_batch(form.cleaned_data["conflict"], entries, by=request.user)
        enqueue_import_batch(batch)
    return redirect(batch)


@require_POST
@importer_required
def refresh_saved_feed(request: HttpRequest, feed_id: int) -> HttpResponse:
    feed = get_object_or_404(Feed.objects.select_related("conflict"), pk=feed_id)
    with transaction.atomic():
        batch = refresh_feed(feed)
        if batch is not None:
            enqueue_import_batch(batch)
    if batch is None:
        if feed.last_error:
            messages.error(request, f"{feed}: {feed.last_error}")
        else:
            messages.info(request, f"{feed} has no new entries.")
        return redirect("conflicts:import")
    return redirect(batch)


@require_GET
@importer_required
@vary_on_headers("HX-Request")
def batch_progress(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch.objects.select_related("conflict", "feed"), pk=batch_id)
    template = "conflicts/import_batch.html#progress" if request.htmx else "conflicts/import_batch.html"
    return render(request, template, {"batch": batch})


def _imported(request: HttpRequest, result) -> HttpResponse:
    if result.created:
        messages.success(request, f"Imported “{result.article.title}” with {result.proposals} proposals for review.")
        return redirect("conflicts:review")
    messages.info(request, f"Already imported as “{result.article.title}”; nothing new was created.")
    return redirect("conflicts:import")


def _render_import(request, *, form=None, url_form=None, list_form=None, status=200) -> HttpResponse:
    context = {
        "form": form or UploadImportForm(),
        "url_form": url_form or UrlForm(initial={"url": request.GET.get("url", "")[:2000]}),
        "list_form": list_form or UrlListForm(),
        "feeds": Feed.objects.select_related("conflict")[:50],
        "batches": ImportBatch.objects.select_related("conflict")[:10],
    }
    return render(request, "conflicts/import.html", context, status=status)


def _render_review(request, form, *, dates=None, source_url="", encoding_note="", status=200) -> HttpResponse:
    context = {"form": form, "dates": dates, "source_url": source_url, "encoding_note": encoding_note}
    return render(request, "conflicts/import_review.html", context, status=status)


def _imported_urls(feed) -> set[str]:
    return set(Article.objects.filter(url__in=[entry.url for entry in feed.entries]).values_list("url", flat=True))


def _render_feed(request, form, feed, status=200) -> HttpResponse:
    imported = _imported_urls(feed)
    rows = [(checkbox, entry, entry.url in imported) for checkbox, entry in zip(form["entries"], feed.entries)]
    return render(request, "conflicts/import_feed.html", {"form": form, "feed": feed, "rows": rows}, status=status)

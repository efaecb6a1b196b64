"""The timeline in other sites' pages: the framable widget, the one-line loader at /embed.js, and oEmbed.

The widget is the only page here that other origins may frame: its views drop X-Frame-Options and
set `frame-ancestors *`, while every other page keeps `'none'`. It touches neither session nor
cookies, so one cached copy serves every reader, and it reads fine without JavaScript: the only
script reports the content's height to the loader, which sizes the iframe to it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict
from django.http.request import validate_host
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.csp import CSP
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from conflicts.exports import safe_url
from conflicts.models import Conflict, Event
from conflicts.timeline.labels import date_label, machine_date, spelled_out
from conflicts.views.api import (
    MAX_AGE, filtered_events, json_errors, public_response, revalidate, timeline_filters, whole_number, with_sources,
)

EMBED_STATIC = Path(settings.BASE_DIR) / "static" / "conflicts" / "embed"
LOADER = (EMBED_STATIC / "loader.js").read_bytes()
# Part of every widget ETag, so a deploy that changes the widget's look is not served from old caches.
ASSETS_VERSION = hashlib.sha256(
    b"".join(path.read_bytes() for path in sorted(EMBED_STATIC.glob("*")) if path.is_file())
).hexdigest()[:12]

DEFAULT_LIMIT, MAX_LIMIT = 20, 100
THEMES = ("light", "dark")
# What the oEmbed iframe measures when the consumer sets no maximum.
WIDTH, TIMELINE_HEIGHT, EVENT_HEIGHT = 600, 600, 320
# The widget's one script, from this site; no inline code, so no nonce and a header that caches.
EMBED_CSP = {
    **settings.SECURE_CSP,
    "script-src": [CSP.SELF],
    "frame-ancestors": ["*"],
}


def framable(view):
    """Framable by any site, and only this."""
    return csp_override(EMBED_CSP)(xframe_options_exempt(view))


def _limit(raw: str) -> int:
    number = whole_number(raw)
    return min(number, MAX_LIMIT) if number else DEFAULT_LIMIT


def _theme(raw: str) -> str:
    return raw if raw in THEMES else "light"


def _entry(event: Event, conflict: Conflict) -> dict:
    event.conflict = conflict  # for get_absolute_url, without a query per event
    sources = list(event.sources.all())
    return {
        "event": event,
        "label": date_label(event.earliest, event.latest, event.precision),
        "datetime": machine_date(event.earliest, event.latest, event.precision),
        "spelled_out": spelled_out(event.earliest, event.latest),
        "source": sources[0] if sources else None,
        "source_url": safe_url(sources[0].article.url) if sources else "",
    }


def _widget_response(request: HttpRequest, template: str, context: dict, etag: str) -> HttpResponse:
    response = render(request, template, context)
    return public_response(response, etag)


@require_safe
@framable
@gzip_page
def widget(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = Conflict.objects.filter(slug=slug).first()
    if conflict is None:
        return _missing(request)
    etag, not_modified = revalidate(request, conflict, "widget", ASSETS_VERSION)
    if not_modified:
        return not_modified

    filters = timeline_filters(request.GET)
    limit = _limit(request.GET.get("limit", ""))
    events = filtered_events(conflict, filters)
    page = list(with_sources(events)[: limit + 1])
    more = len(page) > limit
    context = {
        "conflict": conflict,
        "entries": [_entry(event, conflict) for event in page[:limit]],
        "shown": min(len(page), limit),
        "total": events.count() if more else min(len(page), limit),
        "more": more,
        "full_url": conflict.get_absolute_url() + filters.query_string(),
        "theme": _theme(request.GET.get("theme", "")),
    }
    return _widget_response(request, "conflicts/embed/widget.html", context, etag)


@require_safe
@framable
@gzip_page
def event_widget(request: HttpRequest, slug: str, event_id: int) -> HttpResponse:
    conflict = Conflict.objects.filter(slug=slug).first()
    if conflict is None:
        return _missing(request)
    etag, not_modified = revalidate(request, conflict, "event", ASSETS_VERSION)
    if not_modified:
        return not_modified
    event = with_sources(Event.objects.published().filter(conflict=conflict)).filter(pk=event_id).first()
    if event is None:
        return _missing(request, conflict)
    context = {
        "conflict": conflict,
        "entries": [_entry(event, conflict)],
        "single": True,
        "full_url": f"{conflict.get_absolute_url()}#event-{event.pk}",
        "theme": _theme(request.GET.get("theme", "")),
    }
    return _widget_response(request, "conflicts/embed/widget.html", context, etag)


def _missing(request: HttpRequest, conflict: Conflict | None = None) -> HttpResponse:
    """A 404 the embedding page can still show, in place of the browser's refusal to frame it."""
    response = render(request, "conflicts/embed/missing.html", {"conflict": conflict, "theme": "light"}, status=404)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


@require_safe
def loader(request: HttpRequest) -> HttpResponse:
    """A stable URL (no hash in it), so pages that embed it keep working; cached for an hour."""
    etag = '"' + hashlib.sha256(LOADER).hexdigest()[:32] + '"'
    response = get_conditional_response(request, etag=etag) or HttpResponse(
        LOADER, content_type="text/javascript; charset=utf-8"
    )
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=3600)
    return response


# oEmbed (https://oembed.com/)


def _is_ours(request: HttpRequest, host: str) -> bool:
    if not host:
        return False
    if host.lower() == request.get_host().lower():
        return True
    named = [allowed for allowed in settings.ALLOWED_HOSTS if allowed != "*"]
    return validate_host(host.split(":")[0].lower(), named)


def _dimension(params, name: str, default: int) -> int | None:
    raw = params.get(name, "")
    if raw == "":
        return default
    number = whole_number(raw)
    return min(number, default) if number else None


def embed_options(query: str) -> str:
    """The widget's options carried over from a timeline URL's filters."""
    params = QueryDict(query)
    filters = timeline_filters(params)
    kept = filters.params()
    kept.pop("q", None)
    kept.pop("actor", None)
    if params.get("actor"):
        kept["actor"] = filters.actor
    return "?" + urlencode(kept, doseq=True) if kept else ""


def iframe_html(src: str, title: str, width: int, height: int) -> str:
    return render_to_string("conflicts/embed/iframe.html", {"src": src, "title": title, "width": width,
                                                              "height": height}).strip()


@require_safe
@json_errors
def oembed(request: HttpRequest) -> HttpResponse:
    fmt = request.GET.get("format", "json")
    if fmt != "json":
        return _oembed_error(501, f"Only format=json is implemented, not “{fmt[:20]}”.")
    url = request.GET.get("url", "").strip()
    if not url:
        return _oembed_error(400, "Give the URL of a timeline or event page as url=.")
    width = _dimension(request.GET, "maxwidth", WIDTH)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not _is_ours(request, parts.netloc):
        return _oembed_error(404, "That URL is not a page of this site.")
    try:
        match = resolve(parts.path)
    except Resolver404:
        return _oembed_error(404, "That URL is not a timeline or an event.")
    if match.view_name == "conflicts:timeline":
        conflict = Conflict.objects.filter(slug=match.kwargs["slug"]).first()
        if conflict is None:
            return _oembed_error(404, "There is no such conflict.")
        title = conflict.name
        src = reverse("conflicts:embed", args=[conflict.slug]) + embed_options(parts.query)
        height = _dimension(request.GET, "maxheight", TIMELINE_HEIGHT)
    elif match.view_name == "conflicts:event":
        event = (Event.objects.published().select_related("conflict")
                 .filter(conflict__slug=match.kwargs["slug"], pk=match.kwargs["event_id"]).first())
        if event is None:
            return _oembed_error(404, "There is no such published event.")
        conflict, title = event.conflict, event.title
        src = reverse("conflicts:embed-event", args=[conflict.slug, event.pk])
        height = _dimension(request.GET, "maxheight", EVENT_HEIGHT)
    else:
        return _oembed_error(404, "That URL is not a timeline or an event.")
    if width is None or height is None:
        return _oembed_error(400, "maxwidth and maxheight must be positive whole numbers.")

    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": "Conflict timeline",
        "provider_url": request.build_absolute_uri("/"),
        "title": title,
        "html": iframe_html(request.build_absolute_uri(src), title, width, height),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=3600)
    return response


def _oembed_error(status: int, message: str) -> JsonResponse:
    response = JsonResponse({"error": message}, status=status)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def oembed_discovery_url(request: HttpRequest, page_url: str | None = None) -> str:
    """The oEmbed endpoint for a page (this request's, by default), for its discovery <link>."""
    page_url = page_url or request.build_absolute_uri()
    return request.build_absolute_uri(reverse("conflicts:oembed")) + "?" + urlencode({"url": page_url, "format": "json"})

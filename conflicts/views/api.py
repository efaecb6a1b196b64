"""Published events for machines: the read-only JSON API and the TimelineJS / CSV / iCalendar exports.

Unlike the reader's page, which drops a bad filter with a note, these answer a bad parameter with
400 and a JSON error, so a script learns of its typo instead of silently getting every event.
Responses are public, cacheable, shareable across origins, and carry an ETag that changes whenever
an event of the conflict or one of its sources does.
"""

from __future__ import annotations

import hashlib
import re
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import TooManyFieldsSent
from django.db.models import Prefetch
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from conflicts import exports
from conflicts.models import Conflict, Event, Kind, Proposal
from conflicts.timeline.filters import Filters, parse_filters
from conflicts.views.public import timeline_overview

FILTERS = ("kind", "actor", "from", "to", "q")
PER_PAGE, MAX_PER_PAGE = 50, 200
MAX_AGE = 60
EXPORT_CACHE_SECONDS = 60 * 60
OPENAPI = Path(settings.BASE_DIR) / "static" / "conflicts" / "openapi.json"
# Part of every ETag, so that a deploy which changes how events are written out is not answered
# from caches of the old writing.
WRITER_VERSION = hashlib.sha256(Path(exports.__file__).read_bytes() + Path(__file__).read_bytes()).hexdigest()[:12]
# ASCII digits only: str.isdigit() also takes "²", which int() refuses.
WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


class BadRequest(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("; ".join(problems))


def error(status: int, message: str, problems: list[str] = ()) -> JsonResponse:
    response = JsonResponse({"error": message, "problems": list(problems)}, status=status)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_errors(view):
    """A query string Django refuses outright (too many parameters) answered in JSON too, like every
    other error here, rather than with the HTML 400 page."""

    @wraps(view)
    def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except TooManyFieldsSent:
            limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
            return error(400, "Bad parameters.", [f"Too many parameters; at most {limit} are read."])

    return answer


def conflict_stamp(conflict: Conflict) -> str:
    """Changes whenever an event of the conflict is added, removed, edited or (un)published, a
    source is attached to or detached from one, or an article is edited (see Conflict.revision)."""
    return "|".join(str(value) for value in (conflict.pk, conflict.created_at.timestamp(), conflict.revision,
                                              conflict.name, conflict.summary))


def etag_for(request: HttpRequest, conflict: Conflict, *extra: str) -> str:
    # The host too: bodies carry absolute URLs.
    seed = "|".join((conflict_stamp(conflict), WRITER_VERSION, request.scheme, request.get_host(),
                     request.get_full_path(), *extra))
    return '"' + hashlib.sha256(seed.encode()).hexdigest()[:32] + '"'


def revalidate(request: HttpRequest, conflict: Conflict, *extra: str) -> tuple[str, HttpResponse | None]:
    """The ETag of this view of the conflict, and a 304 when the reader's copy is still current."""
    etag = etag_for(request, conflict, *extra)
    not_modified = get_conditional_response(request, etag=etag)
    return etag, public_response(not_modified, etag) if not_modified is not None else None


def public_response(response: HttpResponse, etag: str, max_age: int = MAX_AGE) -> HttpResponse:
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def whole_number(raw: str) -> int | None:
    return int(raw) if WHOLE_NUMBER.fullmatch(raw) else None


def timeline_filters(params) -> Filters:
    """The timeline's filters, without its page (which callers here read themselves)."""
    params = params.copy()
    params.pop("page", None)
    return parse_filters(params, dict(Kind.choices))


def strict_filters(params, allowed: tuple[str, ...] = FILTERS) -> Filters:
    problems = [f"Unknown parameter “{name[:40]}”; use {', '.join(allowed)}." for name in params if name not in allowed]
    filters = timeline_filters(params)
    # The page's notes say what it did instead ("...; it was ignored."); here nothing is done instead.
    problems += [problem.split(";")[0].rstrip(".") + "." for problem in filters.problems]
    if problems:
        raise BadRequest(problems)
    return filters


def filtered_events(conflict: Conflict, filters: Filters):
    return (
        Event.objects.published()
        .filter(conflict=conflict)
        .of_kinds(filters.kinds)
        .with_actor(filters.actor)
        .overlapping(filters.start, filters.end)
        .search(filters.q)
    )


def with_sources(events):
    """Events as model instances with their sources, for templates (the widget)."""
    sources = (Proposal.objects.sources().select_related("article").defer("article__text")
               .order_by("article__published", "id"))
    return events.chronological().defer("search_text").prefetch_related(Prefetch("sources", queryset=sources))


EVENT_FIELDS = ("id", "title", "kind", "earliest", "latest", "precision", "plover", "score", "actors", "updated_at")
SOURCE_FIELDS = ("event_id", "quote", "attribution", "article__title", "article__outlet", "article__url",
                 "article__published")
KIND_LABELS = dict(Kind.choices)


def items_of(request: HttpRequest, conflict: Conflict, events, window: slice | None = None) -> list[exports.Item]:
    """The events (a QuerySet), or the `window` of them, as export items with their sources, read as
    plain rows: a whole conflict's export builds no model instances."""
    ordered = events.chronological()
    rows = list(ordered.values_list(*EVENT_FIELDS)[window] if window else ordered.values_list(*EVENT_FIELDS))
    wanted = [row[0] for row in rows] if window else events.values("id")
    sources: dict[int, list[exports.Source]] = {}
    if rows:
        for event_id, quote, attribution, title, outlet, url, published in (
            Proposal.objects.sources().filter(event_id__in=wanted).order_by("article__published", "id")
            .values_list(*SOURCE_FIELDS)
        ):
            sources.setdefault(event_id, []).append(exports.Source(quote, attribution, title, outlet, url, published))
    # One reverse() for every event's URL: the id is the only part that changes.
    placeholder = 999_999_999
    pattern = request.build_absolute_uri(reverse("conflicts:event", args=[conflict.slug, placeholder]))
    return [
        exports.Item(
            id=pk, url=pattern.replace(str(placeholder), str(pk)), title=title, kind=kind,
            kind_label=KIND_LABELS.get(kind, kind), earliest=earliest, latest=latest, precision=precision,
            plover=plover, score=score, actors=list(actors or []), updated=updated, sources=sources.get(pk, []),
        )
        for pk, title, kind, earliest, latest, precision, plover, score, actors, updated in rows
    ]


def _export(request: HttpRequest, slug: str, fmt: str, write, content_type: str, disposition: str = "") -> HttpResponse:
    """The conflict's filtered events written by `write(conflict, items)`, or 304, 400, 404. A whole
    conflict's export is kept in the cache under its ETag, so it is written once per change."""
    conflict = Conflict.objects.filter(slug=slug).first()
    if conflict is None:
        return error(404, f"There is no conflict “{slug[:100]}”.")
    try:
        filters = strict_filters(request.GET)
    except BadRequest as bad:
        return error(400, "Bad parameters.", bad.problems)
    etag, not_modified = revalidate(request, conflict, fmt)
    if not_modified:
        return not_modified
    key = f"export:{etag}"
    body = cache.get(key) if not filters.active else None
    if body is None:
        body = write(conflict, items_of(request, conflict, filtered_events(conflict, filters))).encode()
        if not filters.active:
            cache.set(key, body, EXPORT_CACHE_SECONDS)
    response = HttpResponse(body, content_type=content_type)
    if disposition:
        response["Content-Disposition"] = f'{disposition}; filename="{conflict.slug}-{timezone.now():%Y%m%d}.{fmt}"'
    return public_response(response, etag)


@require_safe
@json_errors
@gzip_page
def timeline_json(request: HttpRequest, slug: str) -> HttpResponse:
    def write(conflict: Conflict, items: list[exports.Item]) -> str:
        eras = [(phase.label, phase.start, phase.end) for phase in timeline_overview(conflict).phases]
        url = request.build_absolute_uri(conflict.get_absolute_url())
        return exports.dumps(exports.timelinejs(conflict.name, conflict.summary, url, items, eras))

    return _export(request, slug, "json", write, "application/json")


@require_safe
@json_errors
@gzip_page
def timeline_csv(request: HttpRequest, slug: str) -> HttpResponse:
    def write(conflict: Conflict, items: list[exports.Item]) -> str:
        return exports.write_csv(items)

    return _export(request, slug, "csv", write, "text/csv; charset=utf-8; header=present", "attachment")


@require_safe
@json_errors
@gzip_page
def timeline_ics(request: HttpRequest, slug: str) -> HttpResponse:
    def write(conflict: Conflict, items: list[exports.Item]) -> str:
        url = request.build_absolute_uri(conflict.get_absolute_url())
        return exports.write_ics(conflict.name, url, items, domain=request.get_host().split(":")[0],
                                 stamp=timezone.now())

    return _export(request, slug, "ics", write, "text/calendar; charset=utf-8", "inline")


def _positive(params, name: str, default: int, maximum: int) -> int:
    raw = params.get(name, "")
    if raw == "":
        return default
    number = whole_number(raw)
    if number is None or not 0 < number <= maximum:
        raise BadRequest([f"“{name}” must be a whole number from 1 to {maximum}; got “{raw[:20]}”."])
    return number


@require_safe
@json_errors
@gzip_page
def events(request: HttpRequest, slug: str) -> HttpResponse:
    conflict = Conflict.objects.filter(slug=slug).first()
    if conflict is None:
        return error(404, f"There is no conflict “{slug[:100]}”.")
    try:
        filters = strict_filters(request.GET, (*FILTERS, "page", "per_page"))
        page = _positive(request.GET, "page", 1, 99_999)
        per_page = _positive(request.GET, "per_page", PER_PAGE, MAX_PER_PAGE)
    except BadRequest as bad:
        return error(400, "Bad parameters.", bad.problems)
    etag, not_modified = revalidate(request, conflict, "api")
    if not_modified:
        return not_modified

    matching = filtered_events(conflict, filters)
    count = matching.count()
    pages = max(1, -(-count // per_page))
    if page > pages:
        return error(404, f"Page {page} is past the last page, {pages}.")
    offset = (page - 1) * per_page
    items = items_of(request, conflict, matching, slice(offset, offset + per_page))

    def page_url(number: int) -> str | None:
        if not 1 <= number <= pages:
            return None
        query = filters.query_string(page=number, per_page=per_page if per_page != PER_PAGE else "")
        return request.build_absolute_uri(request.path + query)

    data = {
        "conflict": {"slug": conflict.slug, "name": conflict.name,
                     "url": request.build_absolute_uri(conflict.get_absolute_url())},
        "count": count,
        "page": page,
        "pages": pages,
        "per_page": per_page,
        "next": page_url(page + 1),
        "previous": page_url(page - 1),
        "events": [exports.api_event(item) for item in items],
    }
    return public_response(HttpResponse(exports.dumps(data), content_type="application/json"), etag)


@require_safe
def openapi(request: HttpRequest) -> HttpResponse:
    response = FileResponse(OPENAPI.open("rb"), content_type="application/json")
    response["Access-Control-Allow-Origin"] = "*"
    patch_cache_control(response, public=True, max_age=3600)
    return response


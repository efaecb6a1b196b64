from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.db.models import Count, Max, Min, Prefetch, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from conflicts.models import Conflict, Event, Kind, Proposal
from conflicts.timeline.chart import Chart, build_chart
from conflicts.timeline.filters import Filters, parse_filters
from conflicts.timeline.labels import date_label, machine_date, spelled_out
from conflicts.timeline.periods import group_page
from conflicts.timeline.phases import Moment, Phase, derive_phases, phase_index

PAGE_SIZE = 25
ACTOR_CHOICES = 40


@require_safe
def home(request):
    published = Q(events__published=True)
    conflicts = Conflict.objects.annotate(
        event_count=Count("events", filter=published),
        first_day=Min("events__earliest", filter=published),
        last_day=Max("events__earliest", filter=published),
    )
    return render(request, "conflicts/home.html", {"conflicts": conflicts})


@dataclass
class Overview:
    """What the whole published timeline says, whatever the filters: its phases, its chart, its
    most frequent actors and how many events of each kind."""

    total: int
    phases: list[Phase]
    by_event: dict[int, Phase]
    chart: Chart
    actors: list[str]
    kind_counts: dict[str, int]
    sequence_html: str = ""


def timeline_overview(conflict: Conflict) -> Overview:
    """Cached until the conflict's timeline changes (its revision)."""
    published = Event.objects.published().filter(conflict=conflict)
    key = f"timeline-overview:{conflict.pk}:{conflict.created_at.timestamp()}:{conflict.slug}:{conflict.revision}"
    overview = cache.get(key)
    if overview is None:
        rows = published.chronological().values_list("id", "earliest", "kind", "score", "latest")
        moments, kinds = [], Counter()
        for pk, earliest, kind, score, latest in rows:
            moments.append(Moment(pk, earliest, kind, score, latest))
            kinds[kind] += 1
        phases = derive_phases(moments)
        overview = Overview(
            total=len(moments),
            phases=phases,
            by_event=phase_index(phases),
            chart=build_chart(moments, phases),
            actors=_top_actors(conflict, ACTOR_CHOICES),
            kind_counts=dict(kinds),
        )
        # The phases and the chart are the same for every reader until the events change:
        # rendered once here, not on every request.
        overview.sequence_html = render_to_string(
            "conflicts/timeline/sequence.html", {"conflict": conflict, "phases": phases, "chart": overview.chart}
        )
        cache.set(key, overview, timeout=60 * 60)
    return overview


# The most frequent actors of a conflict's published events, counted by the database: decoding
# every event's JSON list in Python costs more than the rest of the overview.
TOP_ACTORS_SQL = {
    "postgresql": "SELECT actor FROM conflicts_event, jsonb_array_elements_text(conflicts_event.actors) AS actor "
    "WHERE conflict_id = %s AND published AND jsonb_typeof(conflicts_event.actors) = 'array' "
    "GROUP BY actor ORDER BY COUNT(*) DESC, actor LIMIT %s",
    "sqlite": "SELECT actor.value FROM conflicts_event, json_each(conflicts_event.actors) AS actor "
    "WHERE conflict_id = %s AND published AND json_type(conflicts_event.actors) = 'array' "
    "GROUP BY actor.value ORDER BY COUNT(*) DESC, actor.value LIMIT %s",
}


def _top_actors(conflict: Conflict, limit: int) -> list[str]:
    sql = TOP_ACTORS_SQL.get(connection.vendor)
    if sql is None:
        names = Counter()
        for actors in Event.objects.published().filter(conflict=conflict).values_list("actors", flat=True):
            names.update(set(actors or []))
        return sorted(name for name, _ in names.most_common(limit))
    with connection.cursor() as cursor:
        cursor.execute(sql, [conflict.pk, limit])
        return sorted(str(name) for (name,) in cursor.fetchall())


def _sources():
    return Proposal.objects.sources().select_related("article").order_by("article__published", "id")


def _published_events(conflict: Conflict):
    return Event.objects.published().filter(conflict=conflict)


def _filtered_events(conflict: Conflict, filters: Filters):
    return (
        _published_events(conflict)
        .of_kinds(filters.kinds)
        .with_actor(filters.actor)
        .overlapping(filters.start, filters.end)
        .search(filters.q)
    )


def _page(conflict: Conflict, events, filters: Filters):
    """The page's events and the one just above them (for its period heading), and whether more follow."""
    offset = (filters.page - 1) * PAGE_SIZE
    window = list(
        events.chronological()
        .defer("search_text")
        .prefetch_related(Prefetch("sources", queryset=_sources()))[max(offset - 1, 0) : offset + PAGE_SIZE + 1]
    )
    for event in window:
        event.conflict = conflict  # for get_absolute_url, without a query per event
    before = window.pop(0) if offset and window else None
    has_more = len(window) > PAGE_SIZE
    return window[:PAGE_SIZE], before, has_more


@require_safe
@vary_on_headers("HX-Request")
def timeline(request, slug: str):
    conflict = get_object_or_404(Conflict, slug=slug)
    filters = parse_filters(request.GET, dict(Kind.choices))
    # A plain form sends its empty fields too; shared links should not carry them.
    canonical = conflict.get_absolute_url() + filters.query_string(page=filters.page if filters.page > 1 else "")
    blank = any(value == "" for value in request.GET.values())
    if blank and not filters.problems and not request.htmx:
        return redirect(canonical)
    overview = timeline_overview(conflict)
    events = _filtered_events(conflict, filters)
    page, before, has_more = _page(conflict, events, filters)
    swapping = bool(request.htmx) and not request.htmx.history_restore_request
    if not filters.active:
        matching = overview.total
    else:  # a further page loaded on scroll does not show the count
        matching = None if swapping and filters.page > 1 else events.count()
    context = {
        "conflict": conflict,
        "swapping": swapping,
        "filters": filters,
        "overview": overview,
        "groups": group_page(page, overview.by_event, before),
        "page_number": filters.page,
        "has_more": has_more,
        "more_query": filters.query_string(page=filters.page + 1),
        "earlier_query": filters.query_string(page=filters.page - 1) if filters.page > 1 else "",
        "matching": matching,
        "kinds": [(value, name, overview.kind_counts.get(value, 0)) for value, name in Kind.choices],
        "actors": overview.actors if filters.actor in overview.actors or not filters.actor
        else sorted([*overview.actors, filters.actor]),
    }
    if swapping:
        if filters.page > 1:
            return render(request, "conflicts/timeline.html#page", context)
        return push_url(render(request, "conflicts/timeline.html#events", context), canonical)
    return render(request, "conflicts/timeline.html", context)


@require_safe
@vary_on_headers("HX-Request")
def event_detail(request, slug: str, event_id: int):
    conflict = get_object_or_404(Conflict, slug=slug)
    event = get_object_or_404(
        _published_events(conflict).prefetch_related(Prefetch("sources", queryset=_sources())), pk=event_id
    )
    sources = list(event.sources.all())
    overview = timeline_overview(conflict)
    context = {
        "conflict": conflict,
        "event": event,
        "sources": sources,
        "label": date_label(event.earliest, event.latest, event.precision),
        "datetime": machine_date(event.earliest, event.latest, event.precision),
        "exact": event.earliest is not None and event.earliest == event.latest,
        "spelled_out": spelled_out(event.earliest, event.latest),
        "phase": overview.by_event.get(event.pk),
        "canonical": request.build_absolute_uri(event.get_absolute_url()),
        "description": " ".join(sources[0].quote.split())[:280] if sources else conflict.summary,
    }
    template = "conflicts/event.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#sources"
    return render(request, template, context)

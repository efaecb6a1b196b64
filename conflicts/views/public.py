from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from conflicts.models import Conflict, Event, Kind, Proposal


@require_GET
def home(request):
    conflicts = Conflict.objects.all()
    return render(request, "conflicts/home.html", {"conflicts": conflicts})


def _published_events(conflict: Conflict):
    sources = Proposal.objects.sources().select_related("article").order_by("article__published", "id")
    return (
        Event.objects.published()
        .filter(conflict=conflict)
        .chronological()
        .prefetch_related(Prefetch("sources", queryset=sources))
    )


@require_GET
@vary_on_headers("HX-Request")
def timeline(request, slug: str):
    conflict = get_object_or_404(Conflict, slug=slug)
    events = _published_events(conflict)
    kind = request.GET.get("kind", "")
    if kind in Kind.values:
        events = events.filter(kind=kind)
    else:
        kind = ""
    context = {"conflict": conflict, "events": events, "kinds": Kind.choices, "kind": kind}
    template = "conflicts/timeline.html#events" if request.htmx else "conflicts/timeline.html"
    return render(request, template, context)


@require_GET
def event_detail(request, slug: str, event_id: int):
    conflict = get_object_or_404(Conflict, slug=slug)
    event = get_object_or_404(_published_events(conflict), pk=event_id)
    return render(request, "conflicts/event.html", {"conflict": conflict, "event": event})

"""The editors' review queue. Every action works as a plain form POST (answered with a redirect)
and under htmx (answered with the one card it changed)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from conflicts import queue
from conflicts.forms import EventEditForm, GazetteerForm, ProposalEditForm, RedateForm
from conflicts.groups import group_members, suggested_event
from conflicts.importing import ImportRejected, redate_article
from conflicts.models import AlreadyDecided, Article, CannotUndo, Conflict, Decision, Event, Proposal

REVIEW_PERMISSION = "conflicts.review_proposal"
PAGE_SIZE = 50
SKIPPED_KEY = "review_skipped"
SKIPPED_LIMIT = 500
LARGEST_ID = 2**63 - 1


def editor_required(view):
    """Anonymous users go to the login page; signed-in users without the permission get 403."""
    return login_required(permission_required(REVIEW_PERMISSION, raise_exception=True)(view))


def _get_proposal(proposal_id: int) -> Proposal:
    return get_object_or_404(Proposal.objects.select_related("article__conflict", "event"), pk=proposal_id)


def _back_to_queue(request: HttpRequest) -> HttpResponse:
    """Plain POSTs return to the queue page they came from, filters included."""
    referer = request.headers.get("Referer", "")
    queue_url = reverse("conflicts:review")
    if referer and request.get_host() in referer and queue_url in referer and "/review/proposals/" not in referer:
        return redirect(referer)
    return redirect(queue_url)


def _card(request: HttpRequest, proposal: Proposal, *, message: str = "", status: int = 200) -> HttpResponse:
    members = group_members([proposal]).get(proposal.pk, [])
    context = {"proposal": proposal, "members": members, "suggested": suggested_event(members), "message": message}
    return render(request, "conflicts/review/card.html", context, status=status)


def _retarget_card(response: HttpResponse, proposal: Proposal) -> HttpResponse:
    """Whatever inside a card asked (its buttons, its edit or merge panel), the whole card is replaced."""
    response["HX-Retarget"] = f"#proposal-{proposal.pk}"
    response["HX-Reswap"] = "outerHTML"
    return response


def _decided(request: HttpRequest, proposal: Proposal, message: str, also: list[Proposal] = ()) -> HttpResponse:
    if request.htmx:
        waiting = []
        if proposal.event_id:
            waiting = [m for m in group_members([proposal]).get(proposal.pk, []) if m.status == Proposal.Status.PENDING]
        context = {"proposal": proposal, "message": message, "waiting": waiting, "also": also}
        response = render(request, "conflicts/review/decided.html", context)
        return _retarget_card(response, proposal)
    messages.success(request, message)
    return _back_to_queue(request)


def _conflict(request: HttpRequest, error: Exception, proposal: Proposal) -> HttpResponse:
    message = f"Someone else decided this first: {error}"
    if request.htmx:
        return _retarget_card(_card(request, proposal, message=message, status=409), proposal)
    messages.error(request, message)
    return _back_to_queue(request)


@require_GET
@vary_on_headers("HX-Request")
@editor_required
def queue_view(request: HttpRequest) -> HttpResponse:
    form = queue.QueueFilterForm(request.GET or None)
    filters = form.filters()
    skipped = request.session.get(SKIPPED_KEY, [])
    pending = queue.pending(filters)
    if skipped:
        pending = pending.exclude(pk__in=skipped)
    counts = queue.counts(filters)
    page = queue.paginate(pending, filters, counts["pending"], skipped, PAGE_SIZE).get_page(request.GET.get("page"))
    cards = queue.cards(list(page.object_list))
    members = group_members(cards)
    context = {
        "form": form,
        "page": page,
        "cards": [(proposal, group, suggested_event(group)) for proposal in cards for group in [members.get(proposal.pk, [])]],
        "counts": counts,
        "skipped": len(skipped),
        "querystring": _querystring_without_page(request),
        "undoable": Decision.last_undoable(request.user),
        "conflict": filters.get("conflict"),
    }
    template = "conflicts/review/queue.html#results" if request.htmx and not request.htmx.boosted else "conflicts/review/queue.html"
    return render(request, template, context)


def _ids(values: list[str]) -> list[int]:
    """The values that can be row ids: ASCII digits ('²'.isdigit() is true too) within a bigint."""
    return [int(value) for value in values if value.isascii() and value.isdigit() and int(value) <= LARGEST_ID]


def _chosen_event(request: HttpRequest, proposal: Proposal) -> Event | None:
    """The event of the proposal's conflict named by the form's `event`, if there is one."""
    ids = _ids([request.POST.get("event", "")])
    return Event.objects.filter(pk=ids[0], conflict=proposal.article.conflict).first() if ids else None


def _querystring_without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def accept(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _get_proposal(proposal_id)
    into = None
    if request.POST.get("event"):
        into = _chosen_event(request, proposal)
        if into is None:
            return HttpResponse("That event does not exist in this conflict.", status=400)
    try:
        event = proposal.accept(by=request.user, into=into)
    except AlreadyDecided as error:
        return _conflict(request, error, error.proposal)
    verb = "Attached as a source of" if into else "Accepted as"
    return _decided(request, proposal, f"{verb} the event “{event.title}”.")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@editor_required
def edit(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _get_proposal(proposal_id)
    form = ProposalEditForm(request.POST or None, proposal=proposal)
    if request.method == "POST" and form.is_valid():
        try:
            event = proposal.accept(by=request.user, title=form.cleaned_data["title"], edits=form.event_fields())
        except AlreadyDecided as error:
            return _conflict(request, error, error.proposal)
        return _decided(request, proposal, f"Accepted with edits as the event “{event.title}”.")
    template = "conflicts/review/edit.html#panel" if request.htmx else "conflicts/review/edit.html"
    status = 422 if request.method == "POST" else 200
    return render(request, template, {"proposal": proposal, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@editor_required
def merge(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _get_proposal(proposal_id)
    if request.method == "POST":
        into = _chosen_event(request, proposal)
        if into is None:
            return HttpResponse("Choose an event of this conflict to merge into.", status=400)
        try:
            proposal.accept(by=request.user, into=into)
        except AlreadyDecided as error:
            return _conflict(request, error, error.proposal)
        return _decided(request, proposal, f"Merged into the event “{into.title}”.")
    query = request.GET.get("q", "").strip()[:200]
    events = Event.objects.filter(conflict=proposal.article.conflict)
    if query:
        events = events.filter(Q(title__icontains=query) | Q(sources__quote__icontains=query)).distinct()
    elif proposal.earliest and proposal.latest:
        # Without a query, suggest the events whose dates overlap the proposal's.
        events = events.filter(earliest__lte=proposal.latest, latest__gte=proposal.earliest)
    events = events.order_by("earliest", "id")[:20]
    context = {"proposal": proposal, "events": events, "query": query}
    template = "conflicts/review/merge.html#panel" if request.htmx else "conflicts/review/merge.html"
    return render(request, template, context)


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def reject(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _get_proposal(proposal_id)
    try:
        proposal.reject(by=request.user, reason=request.POST.get("reason", "").strip()[:500])
    except AlreadyDecided as error:
        return _conflict(request, error, error.proposal)
    return _decided(request, proposal, "Rejected.")


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def attach_group(request: HttpRequest, proposal_id: int) -> HttpResponse:
    """Attach the pending reports of the same event from other articles as further sources."""
    proposal = _get_proposal(proposal_id)
    if proposal.event is None:
        return HttpResponse("Accept this proposal before attaching the other reports to its event.", status=400)
    attached = []
    for member in group_members([proposal]).get(proposal.pk, []):
        if member.status != Proposal.Status.PENDING:
            continue
        try:
            member.accept(by=request.user, into=proposal.event)
        except AlreadyDecided:
            continue
        attached.append(member)
    count = len(attached)
    message = f"Attached {count} more report{'s' * (count != 1)} to “{proposal.event.title}”."
    return _decided(request, proposal, message, also=attached)


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def skip(request: HttpRequest, proposal_id: int) -> HttpResponse:
    proposal = _get_proposal(proposal_id)
    skipped = [pk for pk in request.session.get(SKIPPED_KEY, []) if pk != proposal.pk]
    request.session[SKIPPED_KEY] = [*skipped, proposal.pk][-SKIPPED_LIMIT:]
    return _decided(request, proposal, "Skipped for now.")


@require_POST
@editor_required
def unskip(request: HttpRequest) -> HttpResponse:
    request.session.pop(SKIPPED_KEY, None)
    return redirect("conflicts:review")


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def undo(request: HttpRequest) -> HttpResponse:
    decision = Decision.last_undoable(request.user)
    if decision is None:
        message = "There is nothing of yours to undo."
        if request.htmx:
            return HttpResponse(status=204, headers={"HX-Trigger": '{"review:message": "' + message + '"}'})
        messages.info(request, message)
        return _back_to_queue(request)
    try:
        proposal = decision.undo(by=request.user)
    except CannotUndo as error:
        if request.htmx:
            return HttpResponse(str(error), status=409)
        messages.error(request, str(error))
        return _back_to_queue(request)
    if not request.htmx:
        messages.success(request, "Undone: the proposal is back in the queue.")
        return _back_to_queue(request)
    response = _card(request, _get_proposal(proposal.pk), message="Undone: back in the queue.")
    if str(proposal.pk) in request.POST.getlist("decided"):
        # Its "decided" note is on the page: put the card back in its place.
        response["HX-Retarget"] = f"#proposal-{proposal.pk}"
        response["HX-Reswap"] = "outerHTML"
    return response


@require_POST
@editor_required
def bulk(request: HttpRequest) -> HttpResponse:
    action = request.POST.get("action")
    ids = _ids(request.POST.getlist("ids"))
    if action not in ("accept", "reject") or not ids:
        messages.error(request, "Select proposals and choose accept or reject.")
        return _back_to_queue(request)
    done = refused = 0
    for proposal in Proposal.objects.filter(pk__in=ids).select_related("article__conflict"):
        try:
            proposal.accept(by=request.user) if action == "accept" else proposal.reject(by=request.user)
            done += 1
        except AlreadyDecided:
            refused += 1
    verb = "Accepted" if action == "accept" else "Rejected"
    messages.success(
        request, f"{verb} {done} proposal{'s' * (done != 1)}." + (f" {refused} had already been decided." if refused else "")
    )
    return _back_to_queue(request)


@require_http_methods(["GET", "POST"])
@editor_required
def event_admin(request: HttpRequest, event_id: int) -> HttpResponse:
    """An event as editors see it: its history, an edit form, publish and unpublish."""
    event = get_object_or_404(Event.objects.select_related("conflict"), pk=event_id)
    form = EventEditForm(request.POST or None, instance_event=event)
    if request.method == "POST" and form.is_valid():
        changes = form.changes()
        if changes:
            event.edit(request.user, **changes)
            messages.success(request, "Saved.")
        return redirect("conflicts:event-admin", event.pk)
    history = (
        Decision.objects.filter(Q(event=event) | Q(proposal__event=event))
        .select_related("actor", "proposal__article")
        .distinct()
        .order_by("-id")
    )
    sources = event.sources.select_related("article").order_by("article__published", "id")
    context = {"event": event, "form": form, "history": history, "sources": sources}
    return render(request, "conflicts/review/event.html", context, status=422 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
@editor_required
def article_admin(request: HttpRequest, article_id: int) -> HttpResponse:
    """An article as editors see it: its proposals, and the publication date to correct."""
    article = get_object_or_404(Article.objects.select_related("conflict", "imported_by"), pk=article_id)
    form = RedateForm(request.POST or None, initial={"published": article.published})
    if request.method == "POST" and form.is_valid():
        try:
            pending = redate_article(article, form.cleaned_data["published"], by=request.user)
        except ImportRejected as error:
            form.add_error("published", str(error))
        else:
            messages.success(request, f"Publication date corrected; {pending} pending proposals dated again.")
            return redirect("conflicts:article-admin", article.pk)
    proposals = article.proposals.select_related("event").order_by("quote_start", "phrase_start")
    context = {"article": article, "form": form, "proposals": proposals}
    return render(request, "conflicts/review/article.html", context, status=422 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
@editor_required
def conflict_actors(request: HttpRequest, slug: str) -> HttpResponse:
    """The actors editors add to the shipped gazetteer for one conflict; used by the next imports."""
    conflict = get_object_or_404(Conflict, slug=slug)
    form = GazetteerForm(request.POST or None, initial={"actors": GazetteerForm.as_text(conflict.gazetteer)})
    if request.method == "POST" and form.is_valid():
        conflict.gazetteer = form.cleaned_data["actors"]
        conflict.save(update_fields=["gazetteer"])
        messages.success(request, f"Saved {len(conflict.gazetteer)} actors for {conflict.name}.")
        return redirect("conflicts:conflict-actors", conflict.slug)
    status = 422 if request.method == "POST" else 200
    return render(request, "conflicts/review/actors.html", {"conflict": conflict, "form": form}, status=status)


@require_POST
@editor_required
def event_publish(request: HttpRequest, event_id: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=event_id)
    published = request.POST.get("published") == "1"
    event.set_published(request.user, published)
    messages.success(request, "Published." if published else "Unpublished: readers no longer see this event.")
    return redirect("conflicts:event-admin", event.pk)

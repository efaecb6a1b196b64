from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from conflicts.models import AlreadyDecided, Proposal

REVIEW_PERMISSION = "conflicts.review_proposal"
PAGE_SIZE = 50


def editor_required(view):
    """Anonymous users go to the login page; signed-in users without the permission get 403."""
    return login_required(permission_required(REVIEW_PERMISSION, raise_exception=True)(view))


@require_GET
@editor_required
def queue(request):
    pending = Proposal.objects.pending().select_related("article", "article__conflict").order_by("-confidence", "id")
    page = Paginator(pending, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "conflicts/review.html", {"page": page})


def _decided(request, proposal: Proposal, message: str, *, error: bool = False):
    if request.htmx:
        return render(
            request,
            "conflicts/review.html#decided",
            {"proposal": proposal, "message": message, "error": error},
        )
    (messages.error if error else messages.success)(request, message)
    return redirect("conflicts:review")


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def accept(request, proposal_id: int):
    proposal = get_object_or_404(Proposal.objects.select_related("article__conflict"), pk=proposal_id)
    try:
        event = proposal.accept(by=request.user)
    except AlreadyDecided as error:
        return _decided(request, error.proposal, f"Someone else decided this first: {error}", error=True)
    return _decided(request, proposal, f"Accepted as an event: {event.title}")


@require_POST
@vary_on_headers("HX-Request")
@editor_required
def reject(request, proposal_id: int):
    proposal = get_object_or_404(Proposal, pk=proposal_id)
    reason = request.POST.get("reason", "")[:500]
    try:
        proposal.reject(by=request.user, reason=reason)
    except AlreadyDecided as error:
        return _decided(request, error.proposal, f"Someone else decided this first: {error}", error=True)
    return _decided(request, proposal, "Rejected.")

"""The review queue's query: filters and sort orders over pending proposals, and the counts."""

from __future__ import annotations

from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Q

from conflicts.models import Conflict, Kind, Proposal

SORTS = {
    "confidence": ("-confidence", "id"),
    "date": ("earliest", "id"),
    "-date": ("-earliest", "-id"),
}


class QueueFilterForm(forms.Form):
    conflict = forms.ModelChoiceField(queryset=Conflict.objects.all(), required=False, to_field_name="slug",
                                      empty_label="All conflicts")
    article = forms.IntegerField(required=False, min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
    kind = forms.ChoiceField(choices=[("", "All kinds"), *Kind.choices], required=False)
    confidence = forms.FloatField(required=False, min_value=0, max_value=1, label="Min. confidence",
                                  widget=forms.NumberInput(attrs={"step": "0.1"}))
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(
        choices=[("confidence", "Most confident first"), ("date", "Oldest date first"), ("-date", "Newest date first")],
        required=False,
    )

    def filters(self) -> dict:
        """The valid filters; an invalid value is reported on the form and otherwise ignored."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def scoped(filters: dict):
    """Proposals in the conflict and article chosen, whatever their status."""
    proposals = Proposal.objects.all()
    if "conflict" in filters:
        proposals = proposals.filter(conflict=filters["conflict"])
    if "article" in filters:
        proposals = proposals.filter(article_id=filters["article"])
    return proposals


def pending(filters: dict):
    """The ids of the pending proposals in queue order: a page of them is read from the proposal
    table's indexes alone, then `cards` fetches its rows (joining articles first lets the planner
    sort a small conflict's whole queue)."""
    proposals = scoped(filters).pending()
    if "kind" in filters:
        proposals = proposals.filter(kind=filters["kind"])
    if "confidence" in filters:
        proposals = proposals.filter(confidence__gte=filters["confidence"])
    if "date_from" in filters:
        proposals = proposals.filter(latest__gte=filters["date_from"])
    if "date_to" in filters:
        proposals = proposals.filter(earliest__lte=filters["date_to"])
    return proposals.order_by(*SORTS[filters.get("sort", "confidence")]).values_list("pk", flat=True)


def cards(ids: list[int]) -> list[Proposal]:
    """The proposals of a page, in its order, with the article fields their cards show."""
    found = Proposal.objects.filter(pk__in=ids).select_related("article").defer("article__text").in_bulk()
    return [found[pk] for pk in ids if pk in found]


# Filters that narrow the queue below its conflict's pending proposals.
NARROWING = ("article", "kind", "confidence", "date_from", "date_to")


def counts(filters: dict) -> dict[str, int]:
    """Proposals by status in the conflict (or all conflicts) and article chosen. A conflict's
    counts are cached until its proposals change (Conflict.queue_revision): counting a million
    rows on every page would cost more than the page."""
    if "article" in filters:
        return _count(scoped(filters))
    conflicts = [filters["conflict"]] if "conflict" in filters else list(Conflict.objects.only("created_at", "queue_revision"))
    keys = {f"queue-counts:{c.pk}:{c.created_at.timestamp()}:{c.queue_revision}": c for c in conflicts}
    cached = cache.get_many(list(keys))
    for key, conflict in keys.items():
        if key not in cached:
            cached[key] = _count(Proposal.objects.filter(conflict=conflict))
            cache.set(key, cached[key], timeout=24 * 60 * 60)
    return {status: sum(found[status] for found in cached.values()) for status in Proposal.Status.values}


def _count(proposals) -> dict[str, int]:
    return proposals.aggregate(**{status: Count("id", filter=Q(status=status)) for status in Proposal.Status.values})


def paginate(pending, filters: dict, pending_count: int, skipped: list[int], per_page: int) -> Paginator:
    """A paginator over the pending proposals that knows their number without counting them
    again when no filter narrows the conflict's queue."""
    paginator = Paginator(pending, per_page)
    if not any(name in filters for name in NARROWING):
        if skipped:
            pending_count -= scoped(filters).pending().filter(pk__in=skipped).count()
        paginator.count = pending_count  # a cached_property on Django's Paginator
    return paginator

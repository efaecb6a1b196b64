"""The review queue's query: filters and sort orders over pending proposals, and the counts."""

from __future__ import annotations

from django import forms
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
    article = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
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
    proposals = scoped(filters).pending()
    if "kind" in filters:
        proposals = proposals.filter(kind=filters["kind"])
    if "confidence" in filters:
        proposals = proposals.filter(confidence__gte=filters["confidence"])
    if "date_from" in filters:
        proposals = proposals.filter(latest__gte=filters["date_from"])
    if "date_to" in filters:
        proposals = proposals.filter(earliest__lte=filters["date_to"])
    return proposals.select_related("article", "article__conflict").order_by(*SORTS[filters.get("sort", "confidence")])


def counts(filters: dict) -> dict[str, int]:
    statuses = Proposal.Status
    return scoped(filters).aggregate(
        **{status.value: Count("id", filter=Q(status=status.value)) for status in statuses}
    )

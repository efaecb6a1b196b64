"""Grouping stored proposals that report the same event across articles.

The similarity itself is pure (conflicts.proposing.grouping); this module finds the stored
proposals worth comparing, with one indexed query per new proposal, and records the group.
"""

from __future__ import annotations

from django.db.models import Q

from conflicts.models import Event, Proposal
from conflicts.proposing.grouping import same_event, similarity

CANDIDATE_LIMIT = 200


def assign_groups(proposals: list[Proposal]) -> None:
    """Give each new proposal the group of the most similar proposal of another article."""
    for proposal in proposals:
        if proposal.earliest is None or proposal.latest is None:
            continue
        nearby = (
            Proposal.objects.filter(
                conflict_id=proposal.conflict_id,
                kind=proposal.kind,
                earliest__lte=proposal.latest,
                latest__gte=proposal.earliest,
            )
            .exclude(article_id=proposal.article_id)
            .only("id", "group", "kind", "earliest", "latest", "actors", "quote")[:CANDIDATE_LIMIT]
        )
        matches = [other for other in nearby if same_event(proposal, other)]
        if not matches:
            continue
        best = max(matches, key=lambda other: similarity(proposal, other))
        group = best.group or best.pk
        if best.group is None:
            Proposal.objects.filter(pk=best.pk).update(group=group)
        proposal.group = group
        Proposal.objects.filter(pk=proposal.pk).update(group=group)


def group_members(proposals) -> dict[int, list[Proposal]]:
    """For each proposal of a page, the proposals of other articles in its group (one query)."""
    groups = {p.group for p in proposals if p.group}
    if not groups:
        return {}
    members: dict[int, list[Proposal]] = {}
    others = (
        Proposal.objects.filter(Q(group__in=groups) | Q(pk__in=groups))
        .select_related("article", "event")
        .order_by("article__published", "id")
    )
    by_group: dict[int, list[Proposal]] = {}
    for other in others:
        by_group.setdefault(other.group or other.pk, []).append(other)
    for proposal in proposals:
        if proposal.group:
            members[proposal.pk] = [o for o in by_group.get(proposal.group, []) if o.article_id != proposal.article_id]
    return members


def suggested_event(members: list[Proposal]) -> Event | None:
    """The event that a group member already stands under: accepting should attach to it."""
    for member in members:
        if member.event_id and member.status in (Proposal.Status.ACCEPTED, Proposal.Status.MERGED):
            return member.event
    return None

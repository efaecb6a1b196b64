"""A conflict as one JSON document, with its articles, proposals, events and decision log, and back.

Rows keep their original ids in the document; importing gives them new ids and rewires every
reference. People are referred to by username and matched to existing accounts on import
(or left empty when the account does not exist there).
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.db import DatabaseError, models, transaction

from conflicts.models import Article, Conflict, Decision, Event, Proposal

FORMAT = "conflict-timeline/1"
USER_FIELDS = {"imported_by", "decided_by", "actor"}


class TransferError(ValueError):
    pass



def _row(instance, exclude=()) -> dict:
    row = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude:
            continue
        if field.name in USER_FIELDS:
            user = getattr(instance, field.name)
            row[field.name] = user.get_username() if user else None
        else:
            row[field.name] = getattr(instance, field.attname)
    return row


def export_conflict(conflict: Conflict) -> dict:
    articles = Article.objects.filter(conflict=conflict).select_related("imported_by").order_by("id")
    proposals = Proposal.objects.filter(conflict=conflict).select_related("decided_by").order_by("id")
    events = Event.objects.filter(conflict=conflict).order_by("id")
    decisions = (
        Decision.objects.filter(proposal__conflict=conflict) | Decision.objects.filter(event__conflict=conflict)
    ).select_related("actor").distinct().order_by("id")
    return {
        "format": FORMAT,
        "conflict": _row(conflict, exclude=("id",)),
        "articles": [_row(article, exclude=("conflict",)) for article in articles],
        "events": [_row(event, exclude=("conflict",)) for event in events],
        "proposals": [_row(proposal, exclude=("conflict",)) for proposal in proposals],
        "decisions": [_row(decision) for decision in decisions],
    }


def import_conflict(document: dict) -> Conflict:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TransferError(f"Not a conflict export (expected format {FORMAT!r}).")
    try:
        data = document["conflict"]
        slug = data["slug"]
    except (KeyError, TypeError):
        raise TransferError("The export has no conflict with a slug.") from None
    if Conflict.objects.filter(slug=slug).exists():
        raise TransferError(f"A conflict with the slug {slug!r} already exists; nothing was imported.")
    users = {user.get_username(): user for user in get_user_model().objects.all()}
    try:
        with transaction.atomic():
            conflict = Conflict.objects.create(**_fields(Conflict, data, users))
            article_ids = _insert(Article, document.get("articles", []), users, {"conflict_id": conflict.pk})
            event_ids = _insert(Event, document.get("events", []), users, {"conflict_id": conflict.pk})
            proposal_ids = _insert(
                Proposal, document.get("proposals", []), users, {"conflict_id": conflict.pk},
                remap={"article": article_ids, "event": event_ids},
            )
            _insert(Decision, document.get("decisions", []), users, {}, remap={"proposal": proposal_ids, "event": event_ids})
            _regroup(document.get("proposals", []), proposal_ids)
            Event.objects.filter(conflict=conflict).refresh_search_text()
    except (KeyError, TypeError, ValueError, DatabaseError) as error:
        raise TransferError(f"The export is malformed: {error}") from None
    return conflict


def _regroup(rows: list[dict], proposal_ids: dict[int, int]) -> None:
    """A group is named after the id of one of its proposals: name it after that proposal's new id."""
    members: dict[int, list[int]] = {}
    for row in rows:
        if row.get("group") is not None:
            members.setdefault(row["group"], []).append(proposal_ids[row["id"]])
    for old_group, new_ids in members.items():
        Proposal.objects.filter(pk__in=new_ids).update(group=proposal_ids.get(old_group, new_ids[0]))


def _fields(model, row: dict, users: dict) -> dict:
    fields = {}
    for field in model._meta.concrete_fields:
        if field.name == "id" or field.name not in row:
            continue
        value = row[field.name]
        if field.name in USER_FIELDS:
            fields[field.name] = users.get(value)
        elif value is not None and isinstance(field, models.DateTimeField):
            fields[field.name] = datetime.datetime.fromisoformat(value)
        elif value is not None and isinstance(field, models.DateField):
            fields[field.name] = datetime.date.fromisoformat(value)
        elif field.is_relation:
            continue
        else:
            fields[field.name] = value
    return fields


def _insert(model, rows: list[dict], users: dict, extra: dict, remap: dict | None = None) -> dict[int, int]:
    """Create the rows; returns old id → new id."""
    ids = {}
    auto_now = [f.name for f in model._meta.concrete_fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    for row in rows:
        fields = _fields(model, row, users) | extra
        for name, mapping in (remap or {}).items():
            old = row.get(name)
            fields[f"{name}_id"] = mapping.get(old) if old is not None else None
            if old is not None and fields[f"{name}_id"] is None and not model._meta.get_field(name).null:
                raise ValueError(f"{model.__name__} {row.get('id')} refers to a missing {name} {old}")
        instance = model(**fields)
        instance.save(force_insert=True)
        # auto_now fields were overwritten on save; put the exported times back.
        restore = {name: fields[name] for name in auto_now if fields.get(name)}
        if restore:
            model.objects.filter(pk=instance.pk).update(**restore)
        ids[row["id"]] = instance.pk
    return ids

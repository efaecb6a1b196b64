"""Background work, run by Django's tasks framework: immediately in development and tests, by
`manage.py db_worker` (django-tasks-db) in production. Arguments are ids; the work reloads its rows."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import F
from django.tasks import task
from django.utils import timezone

from conflicts.models import Feed, ImportBatch

logger = logging.getLogger(__name__)


@task()
def run_import_batch(batch_id: int) -> dict:
    """Import a batch's items one by one, saving progress after each so the page can show it. Items
    already done (a re-run after a crash) are skipped."""
    from conflicts.importing.web import import_entry

    batch = ImportBatch.objects.select_related("conflict", "created_by").get(pk=batch_id)
    if batch.finished:
        return {"created": batch.created, "duplicates": batch.duplicates, "failed": batch.failed}
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.RUNNING)
    items = list(batch.items)
    try:
        for index, item in enumerate(items):
            if item.get("status"):
                continue
            outcome = import_entry(batch.conflict, item, by=batch.created_by)
            items[index] = item | {
                "status": outcome.status, "reason": outcome.reason, "article": outcome.article_id, "note": outcome.note,
                "published": outcome.published.isoformat() if outcome.published else item.get("published"),
            }
            counter = {"created": "created", "duplicate": "duplicates", "failed": "failed"}[outcome.status]
            ImportBatch.objects.filter(pk=batch.pk).update(items=items, **{counter: F(counter) + 1})
    except Exception:
        logger.exception("Import batch %s stopped", batch.pk)
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.FAILED, finished_at=timezone.now())
        raise
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.DONE, finished_at=timezone.now())
    batch.refresh_from_db()
    return {"created": batch.created, "duplicates": batch.duplicates, "failed": batch.failed}


def enqueue_import_batch(batch: ImportBatch) -> None:
    transaction.on_commit(lambda: run_import_batch.enqueue(batch.pk))


@task()
def refresh_feeds(conflict_id: int | None = None) -> list[int]:
    """Queue a batch for the new entries of every saved feed (of one conflict, or of all); returns
    the batches' ids."""
    from conflicts.importing.web import refresh_feed

    feeds = Feed.objects.select_related("conflict")
    if conflict_id is not None:
        feeds = feeds.filter(conflict_id=conflict_id)
    batch_ids = []
    for feed in feeds:
        batch = refresh_feed(feed)
        if batch is not None:
            batch_ids.append(batch.pk)
            enqueue_import_batch(batch)
    return batch_ids

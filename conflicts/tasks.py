"""Background work, run by Django's tasks framework: immediately in development and tests, by
`manage.py db_worker` (django-tasks-db) in production. Arguments are ids; the work reloads its rows."""

from __future__ import annotations

import datetime
import logging

from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import F
from django.tasks import task
from django.utils import timezone

from conflicts.models import Feed, ImportBatch

logger = logging.getLogger(__name__)


@task()
def run_import_batch(batch_id: int) -> dict:
    """Import a batch's items one by one, saving progress after each so the page can show it. Items
    already done (by an earlier attempt, or a run a stopped worker left half done) are skipped.

    A page that fails for good (not found, no date, not an article) is recorded as failed and the
    batch goes on. A page that could not be fetched for now (timeout, refused connection, HTTP 5xx)
    is left waiting and the others go on; a database error stops the attempt. Either way the batch
    records the attempt and the error and enqueues itself again after a delay (run_after, on backends
    that defer), at most ImportBatch.MAX_ATTEMPTS times; after the last it is FAILED with the error.
    Anything else (a bug) fails the batch at once and is raised for the task's own record."""
    from conflicts.importing.web import ImportUnavailable, Outcome, import_entry

    batch = ImportBatch.objects.select_related("conflict", "created_by").get(pk=batch_id)
    if batch.finished:
        return _summary(batch)
    attempt = batch.attempts + 1
    last = attempt >= ImportBatch.MAX_ATTEMPTS
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.RUNNING, attempts=attempt, retry_at=None)
    items = list(batch.items)
    logger.info("Import batch %s: attempt %s of %s, %s of %s items to go", batch.pk, attempt,
                ImportBatch.MAX_ATTEMPTS, sum(1 for item in items if not item.get("status")), len(items))
    unavailable: list[str] = []
    try:
        for index, item in enumerate(items):
            if item.get("status"):
                continue
            try:
                outcome = import_entry(batch.conflict, item, by=batch.created_by, raise_unavailable=True)
            except ImportUnavailable as error:
                unavailable.append(str(error))
                logger.warning("Import batch %s: attempt %s of %s: %s", batch.pk, attempt, ImportBatch.MAX_ATTEMPTS, error)
                if not last:  # no status: the next attempt tries it again
                    items[index] = item | {"error": str(error)}
                    ImportBatch.objects.filter(pk=batch.pk).update(items=items)
                    continue
                outcome = Outcome("failed", item.get("url") or "", reason=f"{error} (tried {attempt} times)")
            items[index] = {key: value for key, value in item.items() if key != "error"} | {
                "status": outcome.status, "reason": outcome.reason, "article": outcome.article_id, "note": outcome.note,
                "published": outcome.published.isoformat() if outcome.published else item.get("published"),
            }
            counter = {"created": "created", "duplicate": "duplicates", "failed": "failed"}[outcome.status]
            ImportBatch.objects.filter(pk=batch.pk).update(items=items, **{counter: F(counter) + 1})
    except (OperationalError, InterfaceError) as error:
        # The database failed mid-item; that item's import was rolled back (imports are atomic).
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()  # the next query connects afresh
        try:
            return _retry_or_fail(batch.pk, attempt, f"Database error: {error}".strip())
        except (OperationalError, InterfaceError):
            logger.error("Import batch %s: the database is still unreachable; the attempt could not be recorded "
                         "(manage.py requeue_stale_tasks enqueues the batch again)", batch.pk)
            raise error from None
    except Exception as error:
        logger.exception("Import batch %s stopped: %s", batch.pk, error)
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=ImportBatch.Status.FAILED, finished_at=timezone.now(), last_error=_describe(error))
        raise
    except BaseException:
        # A worker told to stop at once (a second SIGTERM, Ctrl+C): the batch waits for the next run.
        _interrupted(batch.pk)
        raise
    if unavailable:
        reason = f"{len(unavailable)} page{'s' if len(unavailable) > 1 else ''} could not be fetched: {unavailable[0]}"
        return _retry_or_fail(batch.pk, attempt, reason)
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.DONE, finished_at=timezone.now())
    batch.refresh_from_db()
    logger.info("Import batch %s done: created %s, duplicates %s, failed %s", batch.pk, batch.created,
                batch.duplicates, batch.failed)
    return _summary(batch)


def _summary(batch: ImportBatch) -> dict:
    return {"created": batch.created, "duplicates": batch.duplicates, "failed": batch.failed,
            "status": batch.status, "attempts": batch.attempts}


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:2000]


def _retry_or_fail(batch_id: int, attempt: int, error: str) -> dict:
    """Enqueue the batch again after its delay, or fail it after the last attempt."""
    error = error[:2000]
    now = timezone.now()
    if attempt >= ImportBatch.MAX_ATTEMPTS:
        ImportBatch.objects.filter(pk=batch_id).update(status=ImportBatch.Status.FAILED, finished_at=now, last_error=error)
        logger.error("Import batch %s failed after %s attempts: %s", batch_id, attempt, error)
        return _summary(ImportBatch.objects.get(pk=batch_id))
    delay = ImportBatch.RETRY_DELAYS[min(attempt, len(ImportBatch.RETRY_DELAYS)) - 1]
    task = run_import_batch
    deferred = task.get_backend().supports_defer
    retry_at = now + datetime.timedelta(seconds=delay) if deferred else None
    ImportBatch.objects.filter(pk=batch_id).update(status=ImportBatch.Status.QUEUED, last_error=error, retry_at=retry_at)
    logger.warning("Import batch %s: attempt %s of %s did not finish (%s); next attempt %s", batch_id, attempt,
                   ImportBatch.MAX_ATTEMPTS, error, f"in {delay} s" if deferred else "now (the backend cannot defer)")
    if deferred:
        task = task.using(run_after=retry_at)
    task.enqueue(batch_id)  # the immediate backend runs it here and now
    return _summary(ImportBatch.objects.get(pk=batch_id))


def _interrupted(batch_id: int) -> None:
    try:
        ImportBatch.objects.filter(pk=batch_id, status=ImportBatch.Status.RUNNING).update(status=ImportBatch.Status.QUEUED)
        if run_import_batch.get_backend().supports_defer:  # a queue a worker reads, not the immediate backend
            run_import_batch.enqueue(batch_id)
        logger.warning("Import batch %s interrupted; it resumes where it stopped when a worker runs", batch_id)
    except Exception:
        logger.exception("Import batch %s interrupted and could not be queued again", batch_id)


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

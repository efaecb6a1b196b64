"""Import batches as background tasks: immediate in tests and development, django-tasks-db's
`db_worker` in production."""

import datetime

import pytest
from django.core.management import call_command

from conflicts.importing.feeds import FeedEntry
from conflicts.importing.web import create_batch
from conflicts.models import Article
from conflicts.tasks import enqueue_import_batch, run_import_batch
from tests.test_import_fetch import web, web_server  # noqa: F401  (fixtures)


def entries(web, *paths, published=None):
    return [FeedEntry(path, f"{web}/{path}", published) for path in paths]


def test_a_batch_imports_each_item_and_counts_outcomes(conflict, editor, web):
    batch = create_batch(conflict, entries(web, "og-article.html", "missing.html", "undated-article.html"), by=editor)

    run_import_batch.call(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.created, batch.duplicates, batch.failed, batch.percent) == ("done", 1, 0, 2, 100)
    assert [item["status"] for item in batch.items] == ["created", "failed", "failed"]
    assert "HTTP 404" in batch.items[1]["reason"] and "No publication date" in batch.items[2]["reason"]
    assert batch.finished_at is not None


def test_the_feed_date_is_used_when_the_page_has_none(conflict, web):
    batch = create_batch(conflict, entries(web, "undated-article.html", published=datetime.date(2020, 11, 17)))

    run_import_batch.call(batch.pk)

    assert Article.objects.get().published == datetime.date(2020, 11, 17)


def test_a_rerun_skips_items_already_done(conflict, web):
    batch = create_batch(conflict, entries(web, "og-article.html", "jsonld-article.html"))
    batch.items[0]["status"] = "created"
    batch.created = 1
    batch.save()

    run_import_batch.call(batch.pk)

    batch.refresh_from_db()
    assert Article.objects.get().url.endswith("jsonld-article.html")
    assert (batch.created, batch.status) == (2, "done")


def test_a_batch_that_crashes_is_marked_failed(conflict, web, monkeypatch):
    batch = create_batch(conflict, entries(web, "og-article.html"))

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("conflicts.importing.web.import_page", crash)
    with pytest.raises(RuntimeError):
        run_import_batch.call(batch.pk)

    batch.refresh_from_db()
    assert batch.status == "failed" and Article.objects.count() == 0


@pytest.mark.django_db(transaction=True)  # the worker closes the connection, as a real worker does
def test_in_production_batches_wait_for_the_db_worker(conflict, web, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    batch = create_batch(conflict, entries(web, "og-article.html", "time-article.html"))

    enqueue_import_batch(batch)  # outside a transaction on_commit runs at once

    batch.refresh_from_db()
    assert batch.status == "queued" and Article.objects.count() == 0

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    batch.refresh_from_db()
    assert (batch.status, batch.created) == ("done", 2)

"""Faults in background imports: a page that cannot be fetched for now or a database error is retried
with a delay, a bad page is recorded and the batch goes on, the last failure is shown and logged; a
worker that dies mid-batch leaves work that a restarted worker finishes, each item imported once."""

import datetime
import io
import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from conflicts.importing import fetch as fetch_module
from conflicts.importing.feeds import FeedEntry
from conflicts.importing.fetch import FetchUnavailable
from conflicts.importing.web import create_batch, import_entry
from conflicts.models import Article, ImportBatch
from conflicts.tasks import enqueue_import_batch, run_import_batch
from tests.test_import_fetch import FIXTURES, FixtureHandler, QuietServer, web, web_server  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[1]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
PAGES = ("og-article.html", "jsonld-article.html", "time-article.html")


def entries(web, *paths):
    return [FeedEntry(path, f"{web}/{path}", None) for path in paths]


@pytest.fixture
def flaky(monkeypatch):
    """Make the first `failures[url]` fetches of a URL time out; count every fetch per URL."""
    failures, calls = Counter(), Counter()
    real = fetch_module.fetch

    def fetch(url, *args, **kwargs):
        calls[url] += 1
        if failures[url] > 0:
            failures[url] -= 1
            raise FetchUnavailable(f"{url} took longer than 1 seconds.")
        return real(url, *args, **kwargs)

    monkeypatch.setattr("conflicts.importing.web.fetch", fetch)
    return failures, calls


def messages(caplog, level=logging.INFO):
    return [r.getMessage() for r in caplog.records if r.name == "conflicts.tasks" and r.levelno >= level]


# Which errors are worth another attempt -------------------------------------------------------------

@pytest.mark.parametrize(("path", "transient"), [
    ("/server-error", True), ("/slow", True), ("/trickle", True),
    ("/missing.html", False), ("/huge", False),
])
def test_a_fetch_says_whether_trying_again_may_help(web, path, transient):
    with pytest.raises(fetch_module.FetchError) as failure:
        fetch_module.fetch(web + path, fetch_module.FetchLimits(timeout=1, max_bytes=1_000_000, allow_private=True))
    assert failure.value.transient is transient


def test_a_refused_connection_is_worth_another_attempt():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchUnavailable, match="could not be reached"):
        fetch_module.fetch(f"http://127.0.0.1:{port}/", fetch_module.FetchLimits(timeout=1, allow_private=True))


def test_outside_a_batch_an_unavailable_page_is_just_a_failed_item(conflict, web):
    outcome = import_entry(conflict, {"url": f"{web}/server-error"})
    assert (outcome.status, outcome.reason) == ("failed", f"{web}/server-error answered HTTP 500.")


# Retries (the immediate backend of the tests runs the next attempt at once) -------------------------

def test_a_page_that_times_out_is_tried_again_and_the_batch_finishes(conflict, web, flaky, caplog):
    failures, calls = flaky
    batch = create_batch(conflict, entries(web, *PAGES))
    failures[f"{web}/jsonld-article.html"] = 1

    with caplog.at_level(logging.INFO, logger="conflicts.tasks"):
        run_import_batch.enqueue(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.created, batch.failed) == ("done", 2, 3, 0)
    assert [item["status"] for item in batch.items] == ["created"] * 3
    assert not any("error" in item for item in batch.items)
    assert Article.objects.count() == 3
    # the items done in the first attempt were not fetched again
    assert calls == {f"{web}/og-article.html": 1, f"{web}/jsonld-article.html": 2, f"{web}/time-article.html": 1}
    assert "jsonld-article.html took longer than 1 seconds" in batch.last_error
    logged = messages(caplog)
    assert logged[0] == f"Import batch {batch.pk}: attempt 1 of 3, 3 of 3 items to go"
    assert any(f"attempt 1 of 3 did not finish (1 page could not be fetched: {web}/jsonld-article.html" in m for m in logged)
    assert f"Import batch {batch.pk}: attempt 2 of 3, 1 of 3 items to go" in logged
    assert logged[-1] == f"Import batch {batch.pk} done: created 3, duplicates 0, failed 0"
    assert all("\n" not in m for m in logged)  # one line per event


def test_a_bad_page_fails_at_once_and_the_batch_goes_on(conflict, web, flaky):
    failures, calls = flaky
    batch = create_batch(conflict, entries(web, "missing.html", "og-article.html", "undated-article.html"))

    run_import_batch.enqueue(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.created, batch.failed, batch.last_error) == ("done", 1, 1, 2, "")
    assert sum(calls.values()) == 3


def test_after_the_last_attempt_the_batch_fails_with_the_error(conflict, web, editor_client, caplog):
    batch = create_batch(conflict, entries(web, "og-article.html", "server-error", "missing.html"))

    with caplog.at_level(logging.INFO, logger="conflicts.tasks"):
        run_import_batch.enqueue(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.created, batch.failed) == ("failed", 3, 1, 2)
    assert batch.finished_at is not None
    assert batch.last_error == f"1 page could not be fetched: {web}/server-error answered HTTP 500."
    assert batch.items[1]["reason"] == f"{web}/server-error answered HTTP 500. (tried 3 times)"
    assert Article.objects.count() == 1
    errors = messages(caplog, logging.ERROR)
    assert errors == [f"Import batch {batch.pk} failed after 3 attempts: {batch.last_error}"]
    assert [m for m in messages(caplog, logging.WARNING) if m.endswith("of 3: " + batch.items[1]["reason"][:-16])] == [
        f"Import batch {batch.pk}: attempt {n} of 3: {web}/server-error answered HTTP 500." for n in (1, 2, 3)]

    page = editor_client.get(batch.get_absolute_url()).content.decode()
    assert "The import stopped after 3 attempts: 1 page could not be fetched:" in page
    assert "server-error answered HTTP 500. (tried 3 times)" in page


def test_a_database_error_stops_the_attempt_and_the_next_one_resumes(conflict, web, monkeypatch):
    batch = create_batch(conflict, entries(web, *PAGES))
    real = import_entry
    seen = []

    def database_goes_away_once(conflict, item, **kwargs):
        seen.append(item["url"])
        if len(seen) == 2:
            raise OperationalError("server closed the connection unexpectedly")
        return real(conflict, item, **kwargs)

    monkeypatch.setattr("conflicts.importing.web.import_entry", database_goes_away_once)
    run_import_batch.enqueue(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.created) == ("done", 2, 3)
    assert batch.last_error == "Database error: server closed the connection unexpectedly"
    assert seen == [f"{web}/{page}" for page in ("og-article.html", "jsonld-article.html", "jsonld-article.html",
                                                 "time-article.html")]


def test_while_the_database_stays_down_the_batch_waits_for_requeue_stale_tasks(conflict, web, monkeypatch, caplog):
    batch = create_batch(conflict, entries(web, "og-article.html"))

    def database_down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("conflicts.importing.web.import_entry", database_down)
    monkeypatch.setattr("conflicts.tasks._retry_or_fail", database_down)
    with pytest.raises(OperationalError, match="could not connect"):
        run_import_batch.call(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts) == ("running", 1)  # an orphan: requeue_stale_tasks enqueues it again
    assert any("the attempt could not be recorded" in m for m in messages(caplog, logging.ERROR))


def test_a_bug_fails_the_batch_at_once_with_its_message(conflict, web, monkeypatch, editor_client):
    batch = create_batch(conflict, entries(web, "og-article.html"))

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("conflicts.importing.web.import_page", crash)
    result = run_import_batch.enqueue(batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.last_error) == ("failed", 1, "RuntimeError: disk full")
    assert result.status == "FAILED" and result.errors[0].exception_class is RuntimeError
    assert "The import stopped after 1 attempt: RuntimeError: disk full" in editor_client.get(batch.get_absolute_url()).content.decode()


def test_the_page_says_when_the_next_attempt_starts(conflict, editor_client):
    batch = ImportBatch.objects.create(
        conflict=conflict, items=[{"url": "https://news.example/a", "error": "https://news.example/a answered HTTP 503."}],
        status="queued", attempts=1, last_error="1 page could not be fetched: https://news.example/a answered HTTP 503.",
        retry_at=timezone.now() + datetime.timedelta(seconds=30),
    )

    page = editor_client.get(batch.get_absolute_url(), headers={"HX-Request": "true"}).content.decode()

    assert "Attempt 1 of 3 did not finish: 1 page could not be fetched" in page
    assert "The next attempt starts at" in page
    assert "answered HTTP 503. (tried again on the next attempt)" in page
    assert "waiting for a worker" not in page


# With django-tasks-db, as in production -------------------------------------------------------------

def db_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", "--worker-id", "test-worker", verbosity=0)


@pytest.mark.django_db(transaction=True)  # the worker closes the connection, as a real worker does
def test_in_production_a_retry_waits_for_its_delay(conflict, web, flaky, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_TASKS
    failures, calls = flaky
    batch = create_batch(conflict, entries(web, "og-article.html", "time-article.html"))
    failures[f"{web}/time-article.html"] = 1
    enqueue_import_batch(batch)
    before = timezone.now()

    db_worker()  # runs the first attempt; the second is not due yet

    batch.refresh_from_db()
    retry = DBTaskResult.objects.get(status="READY")
    assert (batch.status, batch.attempts, batch.created) == ("queued", 1, 1)
    assert before + datetime.timedelta(seconds=29) < retry.run_after < timezone.now() + datetime.timedelta(seconds=31)
    assert batch.retry_at == retry.run_after
    assert retry.args_kwargs == {"args": [batch.pk], "kwargs": {}}

    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # thirty seconds later
    db_worker()

    batch.refresh_from_db()
    assert (batch.status, batch.attempts, batch.created, batch.retry_at) == ("done", 2, 2, None)
    assert calls[f"{web}/og-article.html"] == 1
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["SUCCESSFUL", "SUCCESSFUL"]


def half_done_batch(conflict, web):
    """A batch whose worker died after importing its first item: RUNNING, one item done."""
    batch = create_batch(conflict, entries(web, *PAGES))
    outcome = import_entry(conflict, batch.items[0])
    batch.items[0] |= {"status": outcome.status, "article": outcome.article_id}
    ImportBatch.objects.filter(pk=batch.pk).update(items=batch.items, created=1, attempts=1, status="running")
    return batch, outcome.article_id


def assert_each_item_imported_once(batch, web, first_article, calls):
    batch.refresh_from_db()
    assert (batch.status, batch.created, batch.duplicates, batch.failed) == ("done", 3, 0, 0)
    assert sorted(Article.objects.values_list("url", flat=True)) == sorted(f"{web}/{page}" for page in PAGES)
    assert batch.items[0]["article"] == first_article
    assert calls == {f"{web}/jsonld-article.html": 1, f"{web}/time-article.html": 1}  # item 0 not fetched again


@pytest.mark.django_db(transaction=True)
def test_a_restarted_worker_resumes_a_batch_whose_claim_never_committed(conflict, web, flaky, settings):
    settings.TASKS = DATABASE_TASKS
    batch, first_article = half_done_batch(conflict, web)
    flaky[1].clear()
    enqueue_import_batch(batch)  # READY: the dead worker's claim was rolled back with its transaction

    db_worker()

    assert_each_item_imported_once(batch, web, first_article, flaky[1])


@pytest.mark.django_db(transaction=True)
def test_a_task_left_running_by_a_dead_worker_is_requeued_then_resumed(conflict, web, flaky, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_TASKS
    batch, first_article = half_done_batch(conflict, web)
    flaky[1].clear()
    enqueue_import_batch(batch)
    DBTaskResult.objects.get().claim("worker-1")  # then the worker was killed

    db_worker()  # django-tasks-db never takes a RUNNING task again by itself
    batch.refresh_from_db()
    assert batch.status == "running" and DBTaskResult.objects.get().status == "RUNNING"

    call_command("requeue_stale_tasks", "--worker-id", "worker-2", stdout=(out := io.StringIO()))
    assert DBTaskResult.objects.get().status == "RUNNING" and "requeued 0 tasks" in out.getvalue()
    call_command("requeue_stale_tasks", "--worker-id", "worker-1", stdout=(out := io.StringIO()))
    assert "claimed by worker-1" in out.getvalue() and "requeued 1 task, enqueued 0 orphaned" in out.getvalue()
    db_worker()

    assert_each_item_imported_once(batch, web, first_article, flaky[1])


@pytest.mark.django_db(transaction=True)
def test_a_worker_stopped_at_once_queues_the_batch_again(conflict, web, flaky, settings, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_TASKS
    batch = create_batch(conflict, entries(web, *PAGES))
    real = import_entry
    seen = []

    def stopped_on_the_second_item(conflict, item, **kwargs):
        seen.append(item["url"])
        if len(seen) == 2:
            raise SystemExit(1)  # what db_worker raises on a second SIGTERM or Ctrl+C
        return real(conflict, item, **kwargs)

    monkeypatch.setattr("conflicts.importing.web.import_entry", stopped_on_the_second_item)
    enqueue_import_batch(batch)

    db_worker()  # the stopped task fails; the batch's new task runs next

    batch.refresh_from_db()
    assert (batch.status, batch.created, batch.attempts) == ("done", 3, 2)
    assert sorted(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED", "SUCCESSFUL"]
    assert Article.objects.count() == 3 and flaky[1][f"{web}/og-article.html"] == 1


@pytest.mark.django_db(transaction=True)
def test_older_than_requeues_only_tasks_claimed_long_ago(conflict, web, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_TASKS
    old, recent = (create_batch(conflict, entries(web, page)) for page in PAGES[:2])
    for batch in (old, recent):
        enqueue_import_batch(batch)
    for result in DBTaskResult.objects.all():
        result.claim("some-worker")
    DBTaskResult.objects.filter(args_kwargs__args=[old.pk]).update(started_at=timezone.now() - datetime.timedelta(hours=2))

    call_command("requeue_stale_tasks", "--older-than", "3600", stdout=io.StringIO())

    statuses = {r.args_kwargs["args"][0]: r.status for r in DBTaskResult.objects.all()}
    assert statuses == {old.pk: "READY", recent.pk: "RUNNING"}


@pytest.mark.django_db(transaction=True)
def test_an_unfinished_batch_without_a_task_is_enqueued_again(conflict, web, flaky, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_TASKS
    batch, first_article = half_done_batch(conflict, web)
    flaky[1].clear()
    fresh = create_batch(conflict, entries(web, "dateline-article.html"))  # its enqueue may not have committed yet
    ImportBatch.objects.filter(pk=batch.pk).update(created_at=timezone.now() - datetime.timedelta(minutes=5))

    call_command("requeue_stale_tasks", "--all", "--dry-run", stdout=(out := io.StringIO()))
    assert "would enqueue 1 orphaned import batch" in out.getvalue() and not DBTaskResult.objects.exists()
    call_command("requeue_stale_tasks", "--all", stdout=io.StringIO())
    assert [r.args_kwargs["args"] for r in DBTaskResult.objects.all()] == [[batch.pk]]
    db_worker()

    assert_each_item_imported_once(batch, web, first_article, flaky[1])
    fresh.refresh_from_db()
    assert fresh.status == "queued"


def test_requeue_refuses_without_the_database_backend(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="TASKS_BACKEND=database"):
        call_command("requeue_stale_tasks", "--all")


# A real worker process, killed with SIGKILL mid-batch, then restarted --------------------------------

class SlowHandler(FixtureHandler):
    """The fixture pages, each after a pause, with every request counted."""

    def do_GET(self):
        self.server.requests[self.path] += 1
        time.sleep(0.4)
        return super().do_GET()


@pytest.fixture
def slow_web():
    server = QuietServer(("127.0.0.1", 0), partial(SlowHandler, directory=str(FIXTURES)))
    server.requests = Counter()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True, timeout=120, **kwargs)


def test_a_worker_killed_mid_batch_is_restarted_and_finishes_it(tmp_path, slow_web):
    database = tmp_path / "worker.sqlite3"
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{database}", "TASKS_BACKEND": "database",
           "ALLOW_PRIVATE_URLS": "1", "DJANGO_SETTINGS_MODULE": "config.settings"}
    base = f"http://127.0.0.1:{slow_web.server_address[1]}"
    pages = ("og-article.html", "jsonld-article.html", "time-article.html", "dateline-article.html")
    manage(env, "migrate", "--noinput")
    manage(env, "shell", "-c", (
        "from conflicts.models import Conflict; from conflicts.importing.feeds import FeedEntry\n"
        "from conflicts.importing.web import create_batch; from conflicts.tasks import run_import_batch\n"
        "c = Conflict.objects.create(name='NK', slug='nk')\n"
        f"b = create_batch(c, [FeedEntry(p, '{base}/' + p, None) for p in {pages!r}])\n"
        "run_import_batch.enqueue(b.pk)\n"
    ))

    def batch_state():
        with sqlite3.connect(database) as db:
            status, items = db.execute("SELECT status, items FROM conflicts_importbatch").fetchone()
            task = db.execute("SELECT status FROM django_tasks_database_dbtaskresult").fetchone()[0]
        return status, json.loads(items), task

    worker = subprocess.Popen([sys.executable, "manage.py", "db_worker", "--worker-id", "worker-1", "--no-reload",
                               "--interval", "0.1", "--no-startup-delay"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            status, items, task = batch_state()
            if sum(1 for item in items if item.get("status")) >= 1:
                break
            time.sleep(0.05)
        os.killpg(worker.pid, signal.SIGKILL)  # mid-batch: the next page is being fetched
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    status, items, task = batch_state()
    done_before = sum(1 for item in items if item.get("status"))
    assert (status, task) == ("running", "RUNNING") and 1 <= done_before < len(pages)

    requeued = manage(env, "requeue_stale_tasks", "--worker-id", "worker-1").stdout
    assert "requeued 1 task" in requeued
    manage(env, "db_worker", "--worker-id", "worker-1", "--batch", "--no-reload", "--no-startup-delay")

    status, items, task = batch_state()
    assert (status, task) == ("done", "SUCCESSFUL")
    assert [item["status"] for item in items] == ["created"] * len(pages)
    with sqlite3.connect(database) as db:
        urls = [row[0] for row in db.execute("SELECT url FROM conflicts_article")]
    assert sorted(urls) == sorted(f"{base}/{page}" for page in pages)  # each imported exactly once
    # the pages imported before the kill were not fetched again; at most the one in flight was
    assert sum(slow_web.requests.values()) <= len(pages) + 1
    assert all(slow_web.requests[f"/{page}"] == 1 for page in pages[:done_before])

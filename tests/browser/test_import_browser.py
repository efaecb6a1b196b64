"""An editor imports from the web in a real browser: a page reviewed before import, and a feed's
entries imported in the background with the progress polled by htmx."""

import pytest
from django.contrib.auth.models import User

from conflicts.models import Article, Conflict, ImportBatch
from tests.test_import_fetch import web_server  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


@pytest.fixture
def live_editor(transactional_db, editors, settings):
    settings.ALLOW_PRIVATE_URLS = True
    user = User.objects.create_user("dora", password="dora-password")
    user.groups.add(editors)
    Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020")
    return user


def sign_in(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/?next=/articles/import/")
    page.get_by_label("Username").fill("dora")
    page.get_by_label("Password").fill("dora-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/articles/import/")


def test_an_editor_reviews_the_date_found_then_imports_the_page(page, live_server, live_editor, web_server, csp_violations):
    sign_in(page, live_server)
    page.get_by_label("Page or feed URL").fill(f"{web_server}/og-article.html")
    page.get_by_role("button", name="Fetch and review").click()

    assert "10 October 2020" in page.locator("#date-found").inner_text()
    assert page.get_by_label("Publication date").input_value() == "2020-10-10"
    assert page.get_by_label("Outlet").input_value() == "Caucasus Wire"
    page.get_by_label("Publication date").fill("2020-10-11")
    page.get_by_role("button", name="Import and propose events").click()

    page.wait_for_url(f"{live_server.url}/review/")
    assert Article.objects.get().published.isoformat() == "2020-10-11"
    assert csp_violations == []


def test_feed_entries_are_chosen_and_the_progress_updates_without_reloading(
    page, live_server, live_editor, web_server, settings, csp_violations
):
    # Stored tasks wait for a worker, so the page shows a batch in progress.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    sign_in(page, live_server)
    page.get_by_label("Page or feed URL").fill(f"{web_server}/feed.rss")
    page.get_by_role("button", name="Fetch and review").click()

    page.get_by_label("Civilians shelter in basements as shelling of Stepanakert continues").uncheck()
    page.get_by_role("button", name="Import the chosen entries").click()

    page.wait_for_url("**/articles/import/batches/*/")
    assert "0 of 2" in page.locator("#batch-progress").inner_text()
    page.evaluate("window.notReloaded = true")

    from conflicts.tasks import run_import_batch

    run_import_batch.call(ImportBatch.objects.get().pk)

    page.locator("#batch-progress", has_text="2 of 2").wait_for()
    assert page.evaluate("window.notReloaded") is True
    assert "created 2, duplicates 0, failed 0" in page.locator("#batch-progress").inner_text()
    assert csp_violations == []

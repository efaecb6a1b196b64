"""The web import: fetch a page, review its title/outlet/date/text, import; feeds; batches."""

import datetime
from urllib.parse import quote

import pytest
from django.urls import reverse

from conflicts.models import Article, Feed, ImportBatch
from tests.test_import_fetch import web, web_server  # noqa: F401  (fixtures)

FETCH = reverse("conflicts:import-fetch")
PAGE = reverse("conflicts:import-page")
FEED = reverse("conflicts:import-feed")


def test_it_requires_an_editor(client, reader, conflict, web):
    assert client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/og-article.html"}).url.startswith("/accounts/login/")
    client.force_login(reader)
    assert client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/og-article.html"}).status_code == 403


def test_it_shows_the_page_and_the_date_found_before_importing(editor_client, conflict, web):
    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/og-article.html"})

    assert response.status_code == 200
    body = response.content.decode()
    assert "Publication date found" in body and "10 October 2020" in body and "high confidence" in body
    assert 'value="2020-10-10"' in body and 'value="Caucasus Wire"' in body
    assert "Armenia and Azerbaijan agree humanitarian truce after Moscow talks" in body
    assert Article.objects.count() == 0


def test_it_says_when_no_date_was_found(editor_client, conflict, web):
    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/undated-article.html"})

    assert response.status_code == 200
    assert "No publication date was found" in response.content.decode()
    assert 'name="published" value=' not in response.content.decode()


def test_the_confirmed_page_is_imported_with_the_corrected_date(editor_client, conflict, editor, web):
    review = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/og-article.html"})
    data = dict(review.context["form"].initial)
    data |= {"conflict": conflict.pk, "published": "2020-10-11"}  # the editor corrects the date

    response = editor_client.post(PAGE, data)

    assert response.status_code == 302 and response.url == reverse("conflicts:review")
    article = Article.objects.get()
    assert (article.url, article.outlet, article.published, article.imported_by) == (
        f"{web}/og-article.html", "Caucasus Wire", datetime.date(2020, 10, 11), editor)
    assert article.proposals.filter(phrase="Sept. 27", earliest=datetime.date(2020, 9, 27)).exists()


def test_a_review_without_a_date_is_refused_and_nothing_saved(editor_client, conflict, web):
    data = {"conflict": conflict.pk, "url": f"{web}/undated-article.html", "title": "t", "outlet": "", "published": "",
            "text": "Analysts say the agreement signed last week changes the balance."}

    response = editor_client.post(PAGE, data)

    assert response.status_code == 400
    assert "none was found on the page" in response.content.decode()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "was not found (HTTP 404)"), ("/slow", "took longer than 1 seconds"),
     ("/huge", "the limit is 1,000,000"), ("/data.json", "is not a web page or a feed"),
     ("/empty.rss", "has no entries")],
)
def test_a_failed_fetch_says_why(editor_client, conflict, web, path, message):
    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": web + path})

    assert response.status_code == 422
    assert message in response.content.decode()


def test_a_private_address_is_refused_by_default(editor_client, conflict, web_server, settings):
    settings.ALLOW_PRIVATE_URLS = False

    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web_server}/og-article.html"})

    assert response.status_code == 422
    assert "private or local address" in response.content.decode()


def test_a_bad_url_is_a_form_error(editor_client, conflict):
    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": "ftp://example.com/x"})

    assert response.status_code == 400
    assert "web_url_error" in response.content.decode()


def test_a_feed_lists_its_entries_with_checkboxes(editor_client, conflict, web):
    response = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/feed.rss"})

    assert response.status_code == 200
    body = response.content.decode()
    assert body.count('type="checkbox" name="entries"') == 3
    assert "Second ceasefire in a week collapses within minutes" in body and "18 Oct 2020" in body


def test_the_chosen_feed_entries_are_imported_in_a_batch(editor_client, conflict, editor, web,
                                                         django_capture_on_commit_callbacks):
    chosen = [f"{web}/og-article.html", f"{web}/jsonld-article.html"]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(FEED, {"conflict": conflict.pk, "feed_url": f"{web}/feed.rss",
                                             "entries": chosen, "save_feed": "on"})

    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response.url == batch.get_absolute_url()
    assert (batch.status, batch.created, batch.duplicates, batch.failed) == ("done", 2, 0, 0)
    assert sorted(Article.objects.values_list("url", "published")) == [
        (f"{web}/jsonld-article.html", datetime.date(2020, 10, 18)), (f"{web}/og-article.html", datetime.date(2020, 10, 10))]
    assert Feed.objects.get().url == f"{web}/feed.rss" and batch.feed is not None and batch.created_by == editor

    page = editor_client.get(batch.get_absolute_url())
    body = page.content.decode()
    assert "2 of 2" in body and 'hx-trigger="every 1s"' not in body
    assert "published=2020-10-18 (date from JSON-LD datePublished" in body
    article = Article.objects.get(url__endswith="jsonld-article.html")
    assert reverse("conflicts:article-admin", args=[article.pk]) in body  # where the date can be corrected


def test_entries_already_imported_are_marked_and_not_checked(editor_client, conflict, web, article):
    article.url = f"{web}/jsonld-article.html"
    article.save(update_fields=["url"])

    body = editor_client.post(FETCH, {"conflict": conflict.pk, "url": f"{web}/feed.rss"}).content.decode()

    assert body.count("checked") == 2 and body.count("already imported") == 1


def test_choosing_no_entry_is_refused(editor_client, conflict, web):
    response = editor_client.post(FEED, {"conflict": conflict.pk, "feed_url": f"{web}/feed.rss"})

    assert response.status_code == 400
    assert "Choose at least one entry" in response.content.decode()
    assert ImportBatch.objects.count() == 0


def test_an_entry_not_in_the_feed_cannot_be_chosen(editor_client, conflict, web):
    response = editor_client.post(FEED, {"conflict": conflict.pk, "feed_url": f"{web}/feed.rss",
                                         "entries": ["http://example.com/not-in-the-feed"]})

    assert response.status_code == 400
    assert ImportBatch.objects.count() == 0


def test_a_running_batch_polls_for_progress_with_htmx(editor_client, conflict, web):
    batch = ImportBatch.objects.create(conflict=conflict, status="running", created=1, items=[
        {"url": f"{web}/og-article.html", "title": "One", "published": "2020-10-10", "status": "created"},
        {"url": f"{web}/jsonld-article.html", "title": "Two", "published": None}])

    page = editor_client.get(batch.get_absolute_url())
    body = page.content.decode()
    assert f'href="{batch.get_absolute_url()}"' in body and 'hx-trigger="every 1s"' in body and "1 of 2" in body
    assert "<script" not in body.split("<body", 1)[1] and "style=" not in body

    fragment = editor_client.get(batch.get_absolute_url(), headers={"HX-Request": "true"})
    assert fragment.content.decode().lstrip().startswith('<section id="batch-progress"')
    assert "<html" not in fragment.content.decode()
    assert fragment["Vary"] and "HX-Request" in fragment["Vary"]


def test_a_batch_that_does_not_exist_is_404(editor_client):
    assert editor_client.get(reverse("conflicts:import-batch", args=[999])).status_code == 404


def test_a_saved_feed_is_refreshed_from_the_import_page(editor_client, conflict, editor, web,
                                                        django_capture_on_commit_callbacks):
    feed = Feed.objects.create(conflict=conflict, url=f"{web}/feed.atom", added_by=editor)
    assert "Saved feeds" in editor_client.get(reverse("conflicts:import")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("conflicts:import-feed-refresh", args=[feed.pk]))

    batch = ImportBatch.objects.get()
    assert response.url == batch.get_absolute_url()
    assert (batch.created, batch.failed) == (2, 0)
    # The U.S.-brokered truce page has no metadata: its date comes from the URL path.
    assert Article.objects.get(url__endswith="us-brokered-truce.html").published == datetime.date(2020, 10, 26)
    feed.refresh_from_db()
    assert feed.title == "The Regional Observer" and feed.refreshed_at and not feed.last_error

    again = editor_client.post(reverse("conflicts:import-feed-refresh", args=[feed.pk]), follow=True)
    assert "has no new entries" in again.content.decode()


def paste(conflict, **overrides):
    data = {"conflict": conflict.pk, "title": "", "outlet": "", "url": "", "published": "", "text": ""}
    return data | overrides


def test_pasted_text_without_a_date_goes_to_review_with_the_dateline_found(editor_client, conflict):
    text = "YEREVAN, Nov. 10, 2020 — Russian peacekeepers began deploying on Tuesday, officials said."

    response = editor_client.post(reverse("conflicts:import"), paste(conflict, text=text))

    assert response.status_code == 200
    body = response.content.decode()
    assert "a dateline in the text “Nov. 10, 2020”" in body and "low confidence" in body
    assert 'value="2020-11-10"' in body
    assert Article.objects.count() == 0


def test_an_uploaded_page_without_a_date_goes_to_review_with_its_metadata_date(editor_client, conflict):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.test_import_fetch import FIXTURES

    upload = SimpleUploadedFile("page.html", (FIXTURES / "jsonld-article.html").read_bytes())
    response = editor_client.post(reverse("conflicts:import"), paste(conflict, file=upload))

    assert response.status_code == 200
    assert "JSON-LD datePublished" in response.content.decode() and 'value="2020-10-18"' in response.content.decode()


def test_pasted_text_with_no_date_anywhere_asks_for_one(editor_client, conflict):
    response = editor_client.post(reverse("conflicts:import"), paste(conflict, text="Talks opened on Friday in Moscow."))

    assert response.status_code == 200
    assert "No publication date was found" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_list_of_urls_is_imported_as_a_batch(editor_client, conflict, web, django_capture_on_commit_callbacks):
    urls = f"{web}/og-article.html\n\n{web}/undated-article.html\n{web}/og-article.html\n"
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("conflicts:import-urls"), {"conflict": conflict.pk, "urls": urls})

    batch = ImportBatch.objects.get()
    assert response.url == batch.get_absolute_url()
    assert [item["status"] for item in batch.items] == ["created", "failed"]  # the repeated URL once
    assert "No publication date" in batch.items[1]["reason"]
    page = editor_client.get(batch.get_absolute_url()).content.decode()
    retry = f"{reverse('conflicts:import')}?url={quote(web + '/undated-article.html', safe='')}"
    assert f'href="{retry}"' in page
    assert f'value="{web}/undated-article.html"' in editor_client.get(retry).content.decode()


def test_a_list_with_a_bad_line_is_refused(editor_client, conflict):
    response = editor_client.post(reverse("conflicts:import-urls"),
                                  {"conflict": conflict.pk, "urls": "https://news.example/a\nftp://x.example/b\nnot a url"})

    assert response.status_code == 400
    assert "Line 2, 3 are not an http or https URL" in response.content.decode()
    assert ImportBatch.objects.count() == 0

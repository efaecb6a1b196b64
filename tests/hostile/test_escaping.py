"""The hostile data and hostile query parameters come out escaped on every page and as plain data in
every export; uploaded and fetched HTML is never rendered raw."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conflicts.importing.feeds import Feed as ParsedFeed
from conflicts.importing.feeds import FeedEntry
from conflicts.importing.pages import Page as FetchedPage
from conflicts.importing.published import DateGuess
from conflicts.models import Article, Conflict, Event, Proposal

from .sweep import D, ESCAPED, PAYLOAD, SHORT, answered, assert_inert, assert_inert_html, body_of, fetch, roles, signed_in


# 1. Escaping: the hostile data on every page and export.


@pytest.mark.parametrize(("page", "who"), roles())
def test_it_escapes_hostile_data_on_every_page(client, world, staff, page, who):
    signed_in(client, who, world, staff)

    response = fetch(client, page, world)

    assert response.status_code == 200, f"{page.id}: {response.status_code}"
    assert_inert(response, page, page.id, shows_payload=page.shows_payload)


def test_it_keeps_the_hostile_event_on_the_public_pages(client, world):
    """The sweep above would pass on empty pages: the event is there, its links are safe."""
    timeline = body_of(client.get(world.conflict.get_absolute_url()))
    event_page = body_of(client.get(world.event.get_absolute_url()))

    for body in (timeline, event_page):
        assert f'data-event-id="{world.event.pk}"' in body
        assert ESCAPED in body
        assert "javascript:" not in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in event_page  # the PLOVER code


# Hostile values in every query parameter of every GET page.

PARAMETERS = ("q", "kind", "actor", "from", "to", "page", "conflict", "article", "sort", "confidence", "date_from",
              "date_to", "limit", "per_page", "theme", "url", "maxwidth", "maxheight", "format", "next", "e")


@pytest.mark.parametrize(("page", "who"), roles())
def test_it_escapes_hostile_query_parameters(client, world, staff, page, who):
    signed_in(client, who, world, staff)
    client.raise_request_exception = False
    hostile_names = {f"{PAYLOAD}{n}": PAYLOAD for n in range(2)}

    for query in ({name: PAYLOAD for name in PARAMETERS}, *({name: PAYLOAD} for name in PARAMETERS), hostile_names):
        response = fetch(client, page, world, query)
        where = f"{page.id} as {who} with {sorted(query)[:3]}"
        assert answered(page, response), where
        assert not any("<" in value for value in response.headers.values()), f"{where}: {response.headers}"
        if response.status_code in (301, 302):
            assert "<" not in response["Location"], where
            continue
        if page.format == "json" or response["Content-Type"].startswith("application/json"):
            json.loads(body_of(response))
        if response["Content-Type"].startswith("text/html"):
            assert_inert_html(body_of(response), where)


# The exports in detail.


def test_it_writes_the_payload_as_a_json_string_everywhere(client, world):
    for name in ("timeline-json", "api-events"):
        body = body_of(client.get(reverse(f"conflicts:{name}", args=["hostile"])))
        assert "<" not in body and ">" not in body  # written as \u003c, so inert even if sniffed as HTML
        json.loads(body)
    api = json.loads(body_of(client.get(reverse("conflicts:api-events", args=["hostile"]))))
    (event,) = api["events"]
    assert event["title"] == PAYLOAD and event["actors"][0] == PAYLOAD and event["plover"] == SHORT
    assert {source["quote"] for source in event["sources"]} >= {PAYLOAD}
    assert {source["article"]["url"] for source in event["sources"]} >= {None}  # the javascript: link is dropped


def test_it_gives_oembed_consumers_escaped_html(client, world):
    filtered = world.conflict.get_absolute_url() + "?" + "&".join(
        f"{name}={quote(PAYLOAD)}" for name in ("actor", "kind", "q", "from", "theme", "limit"))
    for target in (world.conflict.get_absolute_url(), world.event.get_absolute_url(), filtered):
        response = client.get(reverse("conflicts:oembed"), {"url": "http://testserver" + target})
        data = json.loads(body_of(response))
        assert data["title"] == PAYLOAD
        assert "&lt;script&gt;" in data["html"] and "<script" not in data["html"] and "<img" not in data["html"]
        assert data["html"].count("<") == data["html"].count(">") == 2  # the iframe's tags and nothing else


@pytest.mark.parametrize("formula", ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
                                     "\t=1", " =1"])
def test_it_neutralises_spreadsheet_formulas_in_the_csv(client, world, formula):
    Event.objects.filter(pk=world.event.pk).update(title=formula, actors=[formula, formula], plover=formula[:32])
    Proposal.objects.filter(event=world.event).update(quote=formula, attribution=formula)
    Article.objects.filter(pk=world.article.pk).update(outlet=formula)
    Conflict.objects.filter(pk=world.conflict.pk).touch()

    body = body_of(client.get(reverse("conflicts:timeline-csv", args=["hostile"])))

    (row,) = csv.DictReader(io.StringIO(body))
    for column in ("title", "actor1", "actor2", "actors", "notes", "attribution", "plover", "source"):
        assert row[column].startswith("'") and row[column][1:].startswith(formula.strip()[:3]), (column, row[column])


def test_it_cannot_be_made_to_add_lines_to_the_calendar(client, world):
    injected = PAYLOAD + "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected"
    Event.objects.filter(pk=world.event.pk).update(title=injected)
    Conflict.objects.filter(pk=world.conflict.pk).update(name=injected + "\nX-INJECTED:1")

    body = body_of(client.get(reverse("conflicts:timeline-ics", args=["hostile"])))

    lines = body.split("\r\n")
    assert [line for line in lines if line.startswith("BEGIN:")] == ["BEGIN:VCALENDAR", "BEGIN:VEVENT"]
    assert not any(line.startswith(("X-INJECTED", "SUMMARY:injected", "END:VEVENT\\n")) for line in lines)


# Uploaded and fetched HTML


HOSTILE_HTML = f"""<!doctype html><html><head><title>{PAYLOAD}</title>
<meta property="og:site_name" content="&lt;script&gt;alert(1)&lt;/script&gt;"></head>
<body><article><h1>Talks</h1><p>Azerbaijan launched an offensive on Sept. 27, officials said.
<script>alert(1)</script><img src=x onerror=alert(1)> <iframe src="javascript:alert(1)"></iframe></p>
<p>Armenia and Azerbaijan agreed on Friday to attend talks. &lt;script&gt;alert(2)&lt;/script&gt;</p></article></body></html>"""


def test_it_never_renders_an_uploaded_html_article_raw(client, world):
    client.force_login(world.editor)
    upload = SimpleUploadedFile("hostile.html", HOSTILE_HTML.encode(), content_type="text/html")

    response = client.post(reverse("conflicts:import"), {"conflict": world.conflict.pk, "title": "",
                                                          "published": "2020-10-09", "file": upload})

    assert response.status_code == 302, body_of(response)[:2000]
    article = Article.objects.latest("id")
    for url in (reverse("conflicts:article-admin", args=[article.pk]), reverse("conflicts:review") + "?article="
                + str(article.pk)):
        body = body_of(client.get(url))
        assert_inert_html(body, url)
        assert "<iframe" not in body
    assert "<script>alert(1)" not in article.text  # the markup was read as text, never kept


def test_it_shows_an_uploaded_html_article_escaped_for_review(client, world):
    client.force_login(world.editor)
    upload = SimpleUploadedFile("hostile.html", HOSTILE_HTML.encode(), content_type="text/html")

    response = client.post(reverse("conflicts:import"), {"conflict": world.conflict.pk, "file": upload})

    assert response.status_code == 200
    assert_inert_html(body_of(response), "the review before import")
    assert "<iframe" not in body_of(response)


def test_it_escapes_a_fetched_page_and_feed(client, world, monkeypatch):
    client.force_login(world.editor)
    page = FetchedPage(url="https://news.example/x?<script>alert(1)</script>", title=PAYLOAD, outlet=PAYLOAD,
                       text=PAYLOAD, dates=[DateGuess(D(2020, 10, 9), "meta", PAYLOAD, 0.9)], encoding_note=PAYLOAD)
    feed = ParsedFeed("https://feeds.example/?<script>alert(1)</script>", PAYLOAD,
                      [FeedEntry(PAYLOAD, "https://news.example/<script>alert(1)</script>", D(2020, 10, 9), PAYLOAD)])
    for source in (page, feed):
        monkeypatch.setattr("conflicts.views.importing.fetch_source", lambda url, source=source: source)

        response = client.post(reverse("conflicts:import-fetch"), {"conflict": world.conflict.pk,
                                                                   "url": "https://news.example/x"})

        assert response.status_code == 200
        assert_inert_html(body_of(response), type(source).__name__)
        assert ESCAPED in body_of(response)

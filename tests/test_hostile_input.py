"""Hostile input: a script payload in every text a person or a remote site can put into the app, and in
every query parameter, must come out escaped on every page and as plain data in every export; malformed
parameters, paths and POST bodies answer 4xx (or a sensible page), never 500, and change nothing.

The pages are listed once, in PAGES: add a new page there and every sweep below covers it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from html import escape
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conflicts.importing import import_article
from conflicts.importing.feeds import Feed as ParsedFeed
from conflicts.importing.feeds import FeedEntry
from conflicts.importing.pages import Page as FetchedPage
from conflicts.importing.published import DateGuess
from conflicts.models import Article, Conflict, Decision, Event, Feed, ImportBatch, Proposal

PAYLOAD = """<script>alert(1)</script>"'><img src=x onerror=alert(1)>"""
SHORT = "<img src=x onerror=alert(1)>"  # for fields of fewer than len(PAYLOAD) characters
# What must never reach an HTML page: an element opened by the payload, or a javascript: link.
RAW = ("<script>alert", "<img src=x", 'href="javascript:', "href='javascript:", 'src="javascript:')
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
HTMX = {"HTTP_HX_REQUEST": "true"}
D = dt.date


# The world: one conflict in which everything an editor, an article or a feed can write is hostile.


@pytest.fixture
def hostile_editor(editors):
    """An editor whose very username is the payload (usernames show on pages and in the history)."""
    user = User.objects.create_user(PAYLOAD, password="hostile-password")
    user.groups.add(editors)
    return user


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("root", password="root-password")


ARTICLE_TEXT = (
    f"{PAYLOAD} Azerbaijan launched an offensive on Sept. 27, {PAYLOAD} said.\n\n"
    f"Armenia and Azerbaijan agreed on Friday to attend cease-fire talks in Moscow. {PAYLOAD}"
)


@pytest.fixture
def world(hostile_editor):
    conflict = Conflict.objects.create(name=PAYLOAD, slug="hostile", summary=PAYLOAD,
                                       gazetteer={PAYLOAD: PAYLOAD, "Azerbaijan": PAYLOAD})
    imported = import_article(
        conflict=conflict, title=PAYLOAD, outlet=PAYLOAD, text=ARTICLE_TEXT, published=D(2020, 10, 9),
        url="https://news.example/2020/10/09/talks?x=<script>alert(1)</script>\"'>", by=hostile_editor,
    ).article
    # What only a conflict export (manage.py import_conflict) or the admin could bring in: a
    # javascript: link as an article's URL.
    linked = Article.objects.create(conflict=conflict, title=PAYLOAD, outlet=PAYLOAD, url="javascript:alert(1)",
                                    published=D(2020, 10, 10), text=PAYLOAD, content_hash="hostile-js")
    # A proposal with every text field hostile, as a future tagger bug or an import could make it.
    made_up = Proposal.objects.create(
        article=linked, quote=PAYLOAD, quote_start=0, quote_end=len(PAYLOAD), phrase=PAYLOAD, phrase_start=0,
        phrase_end=5, value=PAYLOAD, mod=SHORT[:16], explanation=PAYLOAD, label=PAYLOAD, cue=PAYLOAD,
        plover=SHORT, attribution=PAYLOAD, actors=[PAYLOAD], figures={PAYLOAD: PAYLOAD}, date_role=SHORT[:16],
        earliest=D(2020, 10, 10), latest=D(2020, 10, 10), precision="day", confidence=0.9,
    )
    pending = list(imported.proposals.filter(status=Proposal.Status.PENDING).order_by("id"))
    assert pending, "the hostile article should give proposals"
    # An event accepted from the article, edited to hostile words, with the made-up proposal merged in.
    event = pending[0].accept(by=hostile_editor, title=PAYLOAD)
    event.edit(hostile_editor, label=PAYLOAD, actors=[PAYLOAD, "Armenia"])
    Event.objects.filter(pk=event.pk).update(plover=SHORT)
    made_up.accept(by=hostile_editor, into=event)
    # A second pending proposal of the linked article stays in the queue.
    queued = Proposal.objects.create(
        article=linked, quote=PAYLOAD, quote_start=0, quote_end=len(PAYLOAD), phrase=PAYLOAD, phrase_start=10,
        phrase_end=20, value="2020-10-10", explanation=PAYLOAD, label=PAYLOAD, cue=PAYLOAD, plover=SHORT,
        attribution=PAYLOAD, actors=[PAYLOAD], figures={PAYLOAD: 3}, earliest=D(2020, 10, 10),
        latest=D(2020, 10, 10), precision="day", confidence=0.95,
    )
    rejected = pending[-1] if len(pending) > 1 else None
    if rejected is not None:
        rejected.reject(by=hostile_editor, reason=PAYLOAD)
    feed = Feed.objects.create(conflict=conflict, url="https://feeds.example/rss?<script>alert(1)</script>",
                               title=SHORT, last_error=PAYLOAD, added_by=hostile_editor)
    batch = ImportBatch.objects.create(
        conflict=conflict, feed=feed, source="https://feeds.example/rss?<script>alert(1)</script>\"'>",
        created_by=hostile_editor, status=ImportBatch.Status.DONE, failed=1, created=1,
        items=[
            {"url": "https://news.example/a?<script>alert(1)</script>", "title": PAYLOAD, "published": PAYLOAD,
             "status": "failed", "reason": PAYLOAD, "note": PAYLOAD},
            {"url": "https://news.example/b", "title": PAYLOAD, "published": "2020-10-09", "status": "created",
             "article": imported.pk, "note": PAYLOAD},
        ],
    )
    event.refresh_search_text()
    decision = Decision.objects.filter(event=event, action=Decision.Action.EDIT).get()
    return SimpleNamespace(conflict=conflict, article=imported, linked=linked, event=event, proposal=queued,
                           decision=decision, feed=feed, batch=batch, editor=hostile_editor)


# Every page and export, named once.


@dataclass(frozen=True)
class Page:
    name: str
    args: tuple[str, ...] = ()  # attributes of the world, in the URL's order
    who: str = "anyone"  # anyone (tested anonymous and as an editor), editor, staff
    format: str = "html"  # html, json, csv, ics, js
    query: dict = field(default_factory=dict)
    htmx: bool = False
    shows_payload: bool = True  # whether the page shows the hostile data at all

    @property
    def id(self) -> str:
        return self.name + ("-htmx" if self.htmx else "") + ("-" + "-".join(self.query) if self.query else "")

    def url(self, world) -> str:
        admin = self.name.startswith("admin:")
        values = []
        for arg in self.args:
            value = getattr(world, arg)
            values.append(value.slug if isinstance(value, Conflict) and not admin else value.pk)
        name = self.name if ":" in self.name or self.name in OUTSIDE_THE_APP else f"conflicts:{self.name}"
        return reverse(name, args=values)


OUTSIDE_THE_APP = {"login"}


PAGES = [
    Page("home"),
    Page("timeline", ("conflict",)),
    Page("timeline", ("conflict",), query={"actor": PAYLOAD}),
    Page("timeline", ("conflict",), query={"q": "offensive"}),
    Page("timeline", ("conflict",), htmx=True, query={"kind": "escalation"}),
    Page("event", ("conflict", "event")),
    Page("event", ("conflict", "event"), htmx=True),
    Page("embed", ("conflict",)),
    Page("embed", ("conflict",), query={"theme": "dark", "limit": "5"}),
    Page("embed-event", ("conflict", "event")),
    Page("embed-loader", format="js", shows_payload=False),
    Page("oembed", format="json", query={"url": "http://testserver/conflicts/hostile/"}),
    Page("oembed", format="json", query={"url": "event"}),  # the event's URL, filled in by query_of
    Page("timeline-json", ("conflict",), format="json"),
    Page("timeline-csv", ("conflict",), format="csv"),
    Page("timeline-ics", ("conflict",), format="ics"),
    Page("api-events", ("conflict",), format="json"),
    Page("openapi", format="json", shows_payload=False),
    Page("login", shows_payload=False),
    Page("review", who="editor"),
    Page("review", who="editor", query={"conflict": "hostile", "sort": "date"}),
    Page("review", who="editor", htmx=True),
    Page("edit", ("proposal",), who="editor"),
    Page("edit", ("proposal",), who="editor", htmx=True),
    Page("merge", ("proposal",), who="editor", query={"q": "script"}),
    Page("merge", ("proposal",), who="editor", htmx=True, query={"q": "alert"}),
    Page("event-admin", ("event",), who="editor"),
    Page("article-admin", ("article",), who="editor"),
    Page("article-admin", ("linked",), who="editor"),
    Page("conflict-actors", ("conflict",), who="editor"),
    Page("import", who="editor"),
    Page("import-batch", ("batch",), who="editor"),
    Page("import-batch", ("batch",), who="editor", htmx=True),
    *(Page(f"admin:conflicts_{model}_changelist", who="staff", query={"q": "script"} if search else {})
      for model in ("conflict", "article", "proposal", "event", "decision") for search in (False, True)),
    Page("admin:conflicts_conflict_change", ("conflict",), who="staff"),
    Page("admin:conflicts_article_change", ("linked",), who="staff"),
    Page("admin:conflicts_proposal_change", ("proposal",), who="staff"),
    Page("admin:conflicts_event_change", ("event",), who="staff"),
    Page("admin:conflicts_decision_change", ("decision",), who="staff"),
]
ROLES = [(page, who) for page in PAGES for who in (["anonymous", "editor"] if page.who == "anyone" else [page.who])]


def roles():
    """Each page with each kind of visitor it has, as pytest parameters."""
    return [pytest.param(page, who, id=f"{page.id}-{who}") for page, who in ROLES]


def query_of(page: Page, world) -> dict:
    query = dict(page.query)
    if query.get("url") == "event":
        query["url"] = "http://testserver" + world.event.get_absolute_url()
    return query


def signed_in(client, who: str, world, staff_user=None):
    if who == "editor":
        client.force_login(world.editor)
    elif who == "staff":
        client.force_login(staff_user)
    return client


def fetch(client, page: Page, world, query: dict | None = None):
    headers = HTMX if page.htmx else {}
    return client.get(page.url(world), {**query_of(page, world), **(query or {})}, **headers)


def body_of(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def strings_in(data):
    """Every string (keys too) in parsed JSON."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings_in(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings_in(value)


def assert_inert_html(body: str, where: str):
    for raw in RAW:
        assert raw not in body, f"{where}: unescaped {raw!r} at …{body[max(body.find(raw) - 120, 0):body.find(raw) + 80]}…"


# JSON fields whose text another program renders as HTML: TimelineJS's slides and oEmbed's html.
HTML_JSON_KEYS = {"headline", "text", "html"}


def html_strings(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in HTML_JSON_KEYS and isinstance(value, str):
                yield value
            else:
                yield from html_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from html_strings(value)


def answered(page: Page, response) -> bool:
    """Not a server error: oEmbed's 501 for a format other than JSON is what its spec asks for."""
    return response.status_code < 500 or page.name == "oembed" and response.status_code == 501


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def assert_inert(response, page: Page, where: str, *, shows_payload: bool):
    body = body_of(response)
    if page.format == "html":
        assert response["Content-Type"].startswith("text/html")
        assert_inert_html(body, where)
        if shows_payload:
            assert ESCAPED in body or "&lt;img src=x onerror=alert(1)&gt;" in body, f"{where}: the data is not shown"
    elif page.format == "json":
        assert response["Content-Type"].startswith("application/json")
        data = json.loads(body)
        for text in html_strings(data):
            assert_inert_html(text, f"{where} (HTML inside JSON)")
        if shows_payload:
            shown = (PAYLOAD, SHORT, escape(PAYLOAD))  # TimelineJS's fields are HTML, so escaped
            assert any(form in text for text in strings_in(data) for form in shown), f"{where}: the data is missing"
    elif page.format == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        cells = [cell for row in rows for cell in row.values()]
        assert PAYLOAD in cells, f"{where}: the payload is not a cell of its own"
        assert not any(cell[:1] in ("=", "+", "-", "@") and not is_number(cell) for cell in cells), f"{where}: a formula"
    elif page.format == "ics":
        from icalendar import Calendar

        calendar = Calendar.from_ical(body)
        assert str(calendar["X-WR-CALNAME"]) == PAYLOAD
        assert {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")} == {PAYLOAD}
    elif page.format == "js":
        assert PAYLOAD not in body


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


# 2. Malformed parameters, paths and bodies: 4xx or a sensible page, never 500.


MALFORMED = [
    {"from": "notadate"}, {"to": "2020-13-45"}, {"from": "2020-02-30"}, {"from": "99999-01-01"}, {"to": "0000"},
    {"from": "2021", "to": "2020"}, {"page": "-1"}, {"page": "0"}, {"page": "abc"},
    {"page": "99999999999999999999"}, {"page": "²"}, {"page": "1e3"}, {"kind": "nonsense"}, {"kind": ""},
    {"limit": str(10**9)}, {"limit": "-5"}, {"limit": "abc"}, {"per_page": "0"}, {"per_page": str(10**30)},
    {"sort": "unknown"}, {"sort": "-id"}, {"confidence": "abc"}, {"confidence": "NaN"}, {"confidence": "inf"},
    {"confidence": "-inf"}, {"confidence": "1e999"}, {"date_from": "2020-13-45"}, {"conflict": "no-such"},
    {"conflict": "\x00"}, {"article": "abc"}, {"article": "99999999999999999999"}, {"actor": "x" * 5000},
    {"q": "x" * 100_000}, {"q": '"unbalanced -'}, {"q": "\x00"}, {"actor": "\x00"}, {"kind": "\x00"},
    {"from": "\x00"}, {"theme": "\x00"}, {"url": "\x00"}, {"url": "http://testserver/conflicts/\x00/"},
    {"url": "http://testserver/conflicts/hostile/events/99999999999999999999/"}, {"url": "javascript:alert(1)"},
    {"url": "http://[::1"}, {"maxwidth": "-1"}, {"maxheight": "abc"}, {"maxwidth": "99999999999999999999"},
    {"format": "xml"}, {"next": "javascript:alert(1)"}, {"next": "//evil.example/"}, {"q": "OR OR -"},
    {"\x00": "x"}, {"kind": ["escalation", "escalation", "nope"]},
]


def malformed_id(query: dict) -> str:
    return ",".join(f"{name!r}={str(value)[:12]!r}" for name, value in query.items())


# Query strings the test client cannot build from a dict: non-UTF-8 escapes, raw NULs, sheer size.
RAW_QUERIES = ["q=%ff%fe", "actor=%ff", "from=%ff", "page=%ff", "%ff=%ff", "q=%00", "kind=%c0%80", "q=" + "%41" * 30_000,
               "&".join(f"kind={n}" for n in range(2000))]


GET_PAGES = [page for page in PAGES if not page.htmx and not page.query]


@pytest.mark.parametrize(("page", "who"), [(page, who) for page, who in ROLES if page in GET_PAGES],
                         ids=[f"{page.id}-{who}" for page, who in ROLES if page in GET_PAGES])
def test_it_answers_malformed_parameters_without_an_error(client, world, staff, page, who):
    signed_in(client, who, world, staff)
    client.raise_request_exception = False  # a 500 is counted, not raised, so every failure is listed
    url = page.url(world)

    responses = [(malformed_id(query), fetch(client, page, world, query)) for query in MALFORMED]
    responses += [(raw[:30], client.get(f"{url}?{raw}")) for raw in RAW_QUERIES]
    responses += [(f"{malformed_id(query)} htmx", client.get(url, query, **HTMX)) for query in MALFORMED[:12]]

    failures = [f"{where}: {response.status_code}" for where, response in responses if not answered(page, response)]
    assert not failures, f"{page.id} as {who}"
    for where, response in responses:
        if page.format == "json" and response.status_code >= 400:
            error = json.loads(body_of(response))
            assert isinstance(error.get("error"), str) and error["error"], f"{page.id} {where}: {error}"


def test_the_api_says_what_is_wrong_with_a_parameter(client, world):
    api = reverse("conflicts:api-events", args=["hostile"])
    cases = {"from": "notadate", "to": "2020-13-45", "kind": "nonsense", "page": "abc", "per_page": str(10**9)}

    for name, value in cases.items():
        response = client.get(api, {name: value})
        error = json.loads(body_of(response))
        assert response.status_code == 400, name
        assert error["error"] == "Bad parameters." and any(f"“{value[:20]}" in problem or name in problem
                                                            for problem in error["problems"]), error
    response = client.get(api, {"page": "99999"})
    assert response.status_code == 404 and "past the last page" in json.loads(body_of(response))["error"]
    assert client.get(api, {"limit": "5"}).status_code == 400  # unknown parameter: the API's is per_page


def test_the_timeline_notes_a_malformed_filter_and_shows_the_events(client, world):
    response = client.get(world.conflict.get_absolute_url(), {"from": "notadate", "kind": "nonsense", "page": "-1"})

    body = body_of(response)
    assert response.status_code == 200
    assert "is not a date" in body and "There is no kind" in body
    assert f'data-event-id="{world.event.pk}"' in body


def test_it_echoes_hostile_filters_escaped(client, world):
    timeline = body_of(client.get(world.conflict.get_absolute_url(), {"q": PAYLOAD, "actor": PAYLOAD, "kind": PAYLOAD}))
    client.force_login(world.editor)
    merge = body_of(client.get(reverse("conflicts:merge", args=[world.proposal.pk]), {"q": PAYLOAD}))

    assert f'value="{escape(PAYLOAD)}"' in timeline  # the search box and the actor's option
    assert f"There is no kind “{escape(PAYLOAD[:40])}”" in timeline
    assert escape(PAYLOAD) in merge
    assert_inert_html(timeline + merge, "echoed filters")


def test_the_widget_clamps_an_absurd_limit(client, world):
    for limit in (str(10**9), "-5", "abc", "0"):
        response = client.get(reverse("conflicts:embed", args=["hostile"]), {"limit": limit})
        assert response.status_code == 200 and f'href="{world.event.get_absolute_url()}"' in body_of(response)


LONG = "a" * 5000
PATHS = [
    f"/{LONG}/", f"/conflicts/{LONG}/", f"/conflicts/hostile/events/{'9' * 5000}/", f"/api/conflicts/{LONG}/events",
    f"/embed/{LONG}/", f"/conflicts/{LONG}/timeline.json", f"/conflicts/{LONG}/timeline.csv",
    "/conflicts/hostile/events/99999999999999999999/", "/embed/hostile/events/99999999999999999999/",
    "/conflicts/%00/", "/conflicts/hostile%00/", "/conflicts/%ff/", "/conflicts/hostile/events/1%00/",
    "/api/conflicts/%ff%fe/events", "/api/conflicts/hostile%00/events", "/embed/%c0%af/", "/%00", "/%ff",
    "/conflicts/hostile/events/-1/", "/conflicts/hostile/events/abc/", "/conflicts/hostile/timeline.json%00",
    "/review/events/99999999999999999999/", "/review/articles/99999999999999999999/",
    "/review/proposals/99999999999999999999/edit/", "/review/proposals/99999999999999999999/merge/",
    f"/review/conflicts/{LONG}/actors/", "/review/conflicts/%00/actors/",
    "/articles/import/batches/99999999999999999999/", "/articles/import/batches/abc/",
    f"/admin/conflicts/article/{LONG}/change/", "/admin/conflicts/article/%00/change/",
    "/admin/conflicts/article/99999999999999999999/change/", "/admin/conflicts/article/?conflict__id__exact=abc",
    "/admin/conflicts/event/?published__exact=%00", "/admin/conflicts/proposal/?o=abc",
    *(prefix + quote(PAYLOAD) + suffix for prefix, suffix in [("/", "/"), ("/conflicts/", "/"), ("/embed/", "/"),
                                                              ("/api/conflicts/", "/events"), ("/conflicts/hostile/", "/")]),
]


@pytest.mark.parametrize("who", ["anonymous", "editor", "staff"])
def test_it_answers_hostile_paths_with_4xx(client, world, staff, who):
    signed_in(client, who, world, staff)
    client.raise_request_exception = False

    responses = {path[:80]: client.get(path) for path in PATHS}

    statuses = {path: response.status_code for path, response in responses.items()}
    assert {path: status for path, status in statuses.items() if status >= 500} == {}
    for path, response in responses.items():
        if response["Content-Type"].startswith("text/html"):
            assert_inert_html(body_of(response), path)
    assert all(status in (200, 301, 302, 400, 403, 404) for status in statuses.values()), statuses


def test_it_answers_an_unknown_conflict_in_the_api_with_a_json_error(client, world):
    for slug in ("no-such", "a" * 5000):
        response = client.get(reverse("conflicts:api-events", args=[slug]))
        assert response.status_code == 404 and "no conflict" in json.loads(body_of(response))["error"]


# POST endpoints with garbage bodies: 4xx, and nothing saved.


def snapshot():
    """Everything a POST could change."""
    return (
        sorted(Proposal.objects.values_list("id", "status", "event_id")),
        sorted(Event.objects.values_list("id", "title", "published", "label", "kind", "earliest", "latest")),
        Decision.objects.count(),
        sorted(Article.objects.values_list("id", "published")),
        sorted(Conflict.objects.values_list("id", "gazetteer")),
        Feed.objects.count(),
        ImportBatch.objects.count(),
    )


MISSING = 99_999_999
# Where garbage is posted: (what, URL name, URL arguments (attributes of the world, or literal values), body).
GARBAGE_POSTS = [
    ("accept a missing proposal", "accept", (MISSING,), {}),
    ("accept into a missing event", "accept", ("proposal",), {"event": MISSING}),
    ("accept into a huge event id", "accept", ("proposal",), {"event": "99999999999999999999"}),
    ("edit a missing proposal", "edit", (MISSING,), {"title": "x"}),
    ("edit with no fields", "edit", ("proposal",), {}),
    ("edit with bad fields", "edit", ("proposal",), {"title": "", "kind": "nonsense", "earliest": "notadate",
                                                     "latest": "2020-13-45", "precision": PAYLOAD}),
    ("edit with an end before the start", "edit", ("proposal",), {
        "title": "x", "kind": "escalation", "earliest": "2020-10-10", "latest": "2020-10-01", "precision": "day"}),
    ("edit with a NUL", "edit", ("proposal",), {"title": "a\x00b", "kind": "escalation", "earliest": "2020-10-10",
                                                 "precision": "day"}),
    ("merge a missing proposal", "merge", (MISSING,), {"event": "event"}),
    ("merge without an event", "merge", ("proposal",), {}),
    ("merge into a missing event", "merge", ("proposal",), {"event": MISSING}),
    ("reject a missing proposal", "reject", (MISSING,), {"reason": PAYLOAD}),
    ("skip a missing proposal", "skip", (MISSING,), {}),
    ("attach the group of a missing proposal", "attach-group", (MISSING,), {}),
    ("attach the group of a pending proposal", "attach-group", ("proposal",), {}),
    ("bulk without an action", "bulk", (), {"ids": ["proposal"]}),
    ("bulk with an unknown action", "bulk", (), {"action": "delete", "ids": ["proposal"]}),
    ("bulk with string ids", "bulk", (), {"action": "accept", "ids": ["abc", "", "-1", "1.5", PAYLOAD]}),
    ("bulk with missing ids", "bulk", (), {"action": "reject", "ids": [MISSING, "0"]}),
    ("edit a missing event", "event-admin", (MISSING,), {"title": "x"}),
    ("edit an event with bad fields", "event-admin", ("event",), {"title": "", "kind": PAYLOAD, "earliest": "x"}),
    ("publish a missing event", "event-publish", (MISSING,), {"published": "1"}),
    ("redate a missing article", "article-admin", (MISSING,), {"published": "2020-10-09"}),
    ("redate with no date", "article-admin", ("article",), {}),
    ("redate with a bad date", "article-admin", ("article",), {"published": "2020-13-45"}),
    ("redate into the future", "article-admin", ("article",), {"published": "2999-01-01"}),
    ("actors of a missing conflict", "conflict-actors", ("no-such",), {"actors": "a = b"}),
    ("actors with a line too long", "conflict-actors", ("conflict",), {"actors": "x" * 200}),
    ("import with no fields", "import", (), {}),
    ("import into a missing conflict", "import", (), {"conflict": MISSING, "text": "x", "published": "2020-10-09"}),
    ("import with a string conflict", "import", (), {"conflict": "abc", "text": "x", "published": "2020-10-09"}),
    ("import with a bad date", "import", (), {"conflict": "conflict", "text": "x", "published": "x"}),
    ("import with a NUL", "import", (), {"conflict": "conflict", "text": "a\x00b", "published": "2020-10-09"}),
    ("import a javascript: URL", "import", (), {"conflict": "conflict", "text": "Fighting on Sept. 27.",
                                                "published": "2020-10-09", "url": "javascript:alert(1)"}),
    ("fetch with no fields", "import-fetch", (), {}),
    ("fetch a javascript: URL", "import-fetch", (), {"conflict": "conflict", "url": "javascript:alert(1)"}),
    ("fetch for a string conflict", "import-fetch", (), {"conflict": "abc", "url": "https://news.example/"}),
    ("confirm a page with no fields", "import-page", (), {}),
    ("confirm a page with bad fields", "import-page", (), {"conflict": "abc", "url": "javascript:x",
                                                           "published": "2020-13-45", "text": ""}),
    ("import a feed with no URL", "import-feed", (), {}),
    ("import a javascript: feed", "import-feed", (), {"feed_url": "javascript:alert(1)"}),
    ("import a feed from a private address", "import-feed", (), {"feed_url": "http://127.0.0.1:1/rss"}),
    ("import no URLs", "import-urls", (), {}),
    ("import bad URLs", "import-urls", (), {"conflict": "conflict", "urls": f"{PAYLOAD}\njavascript:x"}),
    ("import URLs into a string conflict", "import-urls", (), {"conflict": "abc", "urls": "https://x.example/"}),
    ("refresh a missing feed", "import-feed-refresh", (MISSING,), {}),
    ("accept into a string event", "accept", ("proposal",), {"event": "abc"}),
    ("merge into a string event", "merge", ("proposal",), {"event": "abc"}),
    ("bulk with a superscript id", "bulk", (), {"action": "accept", "ids": ["²"]}),
    ("bulk with ids too large", "bulk", (), {"action": "reject", "ids": ["99999999999999999999"]}),
]


def resolve_post(world, name: str, args: tuple, data: dict) -> tuple[str, dict]:
    """The URL and body with the world's objects in place of their attribute names."""

    def value(raw):
        target = getattr(world, raw, None) if isinstance(raw, str) else None
        if isinstance(target, Conflict):
            return target.slug if name == "conflict-actors" else target.pk
        return target.pk if target is not None else raw

    body = {key: [value(item) for item in raw] if isinstance(raw, list) else value(raw) for key, raw in data.items()}
    return reverse(f"conflicts:{name}", args=[value(arg) for arg in args]), body


@pytest.mark.parametrize("htmx", [False, True], ids=["form", "htmx"])
@pytest.mark.parametrize(("what", "name", "args", "data"), GARBAGE_POSTS,
                         ids=[(case.values if hasattr(case, "values") else case)[0] for case in GARBAGE_POSTS])
def test_it_refuses_garbage_posts_and_saves_nothing(client, world, what, name, args, data, htmx):
    client.force_login(world.editor)
    url, body = resolve_post(world, name, args, data)
    before = snapshot()

    response = client.post(url, body, **(HTMX if htmx else {}))

    assert response.status_code < 500, what
    if response.status_code in (301, 302):
        # The queue's plain forms (and bulk) answer with a redirect and a message, not a 4xx.
        assert name in ("bulk",) or not htmx and name in ("reject", "skip"), f"{what}: redirected to {response.url}"
    else:
        assert 400 <= response.status_code < 500, f"{what}: {response.status_code}"
        if response["Content-Type"].startswith("text/html"):
            assert_inert_html(body_of(response), what)
    assert snapshot() == before, what


def test_it_refuses_posts_from_anonymous_visitors(client, world):
    before = snapshot()
    for case in GARBAGE_POSTS:
        what, name, args, data = case.values if hasattr(case, "values") else case
        url, body = resolve_post(world, name, args, data)
        response = client.post(url, body)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/"), what
    assert snapshot() == before


def test_it_never_follows_a_hostile_next_after_signing_in(client, world):
    for target in ("javascript:alert(1)", "//evil.example/", f"/?{PAYLOAD}", "https://evil.example/"):
        client.logout()
        response = client.post(reverse("login"), {"username": PAYLOAD, "password": "hostile-password",
                                                  "next": target})
        assert response.status_code == 302
        assert not response.url.startswith(("javascript:", "//evil", "https://evil")) and "<" not in response.url


def test_it_throttles_and_escapes_a_hostile_sign_in(client, world):
    for _ in range(6):
        response = client.post(reverse("login"), {"username": PAYLOAD, "password": "\x00" + PAYLOAD,
                                                  "next": "javascript:alert(1)"})
        assert response.status_code in (200, 429)
        assert_inert_html(body_of(response), "login")
    assert response.status_code == 429

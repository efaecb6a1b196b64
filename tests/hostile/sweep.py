"""The hostile payloads, every page and export (PAGES), and the checks the sweeps share."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from html import escape

import pytest
from django.urls import reverse

from conflicts.models import Conflict

PAYLOAD = """<script>alert(1)</script>"'><img src=x onerror=alert(1)>"""
SHORT = "<img src=x onerror=alert(1)>"  # for fields of fewer than len(PAYLOAD) characters
# What must never reach an HTML page: an element opened by the payload, or a javascript: link.
RAW = ("<script>alert", "<img src=x", 'href="javascript:', "href='javascript:", 'src="javascript:')
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
HTMX = {"HTTP_HX_REQUEST": "true"}
D = dt.date


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

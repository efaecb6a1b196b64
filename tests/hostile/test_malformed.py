"""Malformed parameters, paths and POST bodies answer 4xx (or a sensible page), never 500, and change
nothing."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

import pytest
from django.urls import reverse

from conflicts.models import Article, Conflict, Decision, Event, Feed, ImportBatch, Proposal

from .sweep import HTMX, PAGES, PAYLOAD, ROLES, answered, assert_inert_html, body_of, fetch, signed_in


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

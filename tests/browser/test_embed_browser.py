"""The widget in a real Chromium: a publisher's page on another origin gets, from the one-line loader,
an iframe as tall as the widget's content; the widget reads with JavaScript off; and TimelineJS 3
itself (from npm, served locally) renders our timeline.json with a slide for every event."""

import datetime as dt
import http.server
import mimetypes
import threading
import time
from pathlib import Path

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

pytestmark = pytest.mark.browser

D = dt.date
TIMELINEJS = Path(__file__).resolve().parents[2] / "node_modules" / "@knight-lab" / "timelinejs" / "dist"


@pytest.fixture
def war(transactional_db):
    from conflicts.models import Conflict
    from tests.test_exports import add_event

    conflict = Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020", summary="Six weeks of war.")
    events = [
        add_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27),
                  quotes=("Heavy fighting broke out between Azerbaijani and Armenian forces on Sunday.",
                          "Both sides blamed each other.")),
        add_event(conflict, "Shelling intensifies", earliest=D(2020, 9, 21), latest=D(2020, 9, 30),
                  precision="part_of_month", quotes=("The fighting flared late last month.",)),
        add_event(conflict, "Displacement", "humanitarian", D(2020, 10, 1), D(2020, 10, 31), "month",
                  quotes=("Tens of thousands fled their homes in October.",), score=0.0),
        add_event(conflict, "Talks in Moscow", "diplomacy", D(2020, 10, 9), score=3.5,
                  quotes=("The foreign ministers met in Moscow for ten hours of talks.",), attribution="the Kremlin"),
        add_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                  quotes=("A humanitarian ceasefire took effect at noon.",)),
        add_event(conflict, "Rockets hit Ganja", earliest=D(2020, 10, 11),
                  quotes=("Rockets hit an apartment block in Ganja hours after the truce.",)),
    ]
    add_event(conflict, "Unverified claim", published=False)
    return conflict, events


class Publisher:
    """Another site, on another origin (127.0.0.1 and a port of its own): its pages come from
    `pages`, and /tl/... from `files`. A real server, because Chromium will not let a page of a
    public origin load scripts from loopback."""

    def __init__(self):
        self.pages: dict[str, str] = {}
        self.files: Path | None = None
        publisher = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                body, kind = b"", "text/plain"
                if path in publisher.pages:
                    body, kind = publisher.pages[path].encode(), "text/html; charset=utf-8"
                elif publisher.files and path.startswith("/tl/"):
                    file = (publisher.files / path.removeprefix("/tl/")).resolve()
                    if file.is_file() and publisher.files.resolve() in file.parents:
                        body = file.read_bytes()
                        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def publisher(page, live_server):
    site = Publisher()
    app = live_server.url
    # Nothing leaves the machine: requests other than the app's and the publisher's fail at once.
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith((app, site.url))
               else route.abort())
    site.app = app
    yield site
    site.close()


def heights(page):
    iframe = page.locator("iframe")
    frame = iframe.element_handle().content_frame()
    content = frame.evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
    return iframe.evaluate("el => el.getBoundingClientRect().height"), content


def wait_for_matching_heights(page, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        outer, inner = heights(page)
        if abs(outer - inner) <= 1 or time.monotonic() > deadline:
            return outer, inner
        time.sleep(0.1)


def test_the_loader_on_another_origin_inserts_an_iframe_as_tall_as_its_content(page, publisher, war, csp_violations):
    html = (
        "<!doctype html><html><head><title>A publisher's article</title></head><body>"
        "<h1>The war in the Caucasus</h1><p>Our reporting, with the timeline below.</p>"
        f'<script src="{publisher.app}/embed.js" data-conflict="nk-2020" data-kind="escalation,ceasefire,diplomacy,humanitarian" async></script>'
        "<p id='after'>More of the article.</p></body></html>"
    )
    publisher.pages["/2020/10/article.html"] = html
    page.set_viewport_size({"width": 900, "height": 700})

    page.goto(f"{publisher.url}/2020/10/article.html")

    iframe = page.locator("iframe")
    expect(iframe).to_have_count(1)
    assert page.evaluate("document.querySelector('script[data-conflict]').nextElementSibling.tagName") == "IFRAME"
    assert iframe.get_attribute("src").startswith(f"{publisher.app}/embed/nk-2020/?kind=escalation&kind=ceasefire")
    frame = iframe.element_handle().content_frame()
    expect(frame.locator("li")).to_have_count(6)
    outer, inner = wait_for_matching_heights(page)
    assert abs(outer - inner) <= 1 and inner > 200, (outer, inner)

    # A narrower column makes the text wrap: the iframe follows its content.
    page.set_viewport_size({"width": 360, "height": 700})
    narrow_outer, narrow_inner = wait_for_matching_heights(page)
    assert narrow_inner > inner and abs(narrow_outer - narrow_inner) <= 1, (narrow_outer, narrow_inner)

    # A message with the right key from any other window is ignored.
    page.evaluate("window.postMessage({'conflict-timeline': 'height', height: 5}, '*')")
    page.wait_for_timeout(300)
    assert heights(page)[0] == narrow_outer
    assert page.locator("#after").is_visible()
    assert csp_violations == []


def test_two_loaders_on_one_page_size_their_own_iframes(page, publisher, war):
    html = (
        "<!doctype html><html><body>"
        f'<script src="{publisher.app}/embed.js" data-conflict="nk-2020" data-limit="1" async></script>'
        f'<script src="{publisher.app}/embed.js" data-conflict="nk-2020" data-theme="dark" async></script>'
        "</body></html>"
    )
    publisher.pages["/two.html"] = html

    page.goto(f"{publisher.url}/two.html")

    expect(page.locator("iframe")).to_have_count(2)
    frames = page.locator("iframe").element_handles()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        pairs = []
        for element in frames:
            content = element.content_frame().evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
            pairs.append((element.evaluate("el => el.getBoundingClientRect().height"), content))
        if all(abs(outer - inner) <= 1 for outer, inner in pairs):
            break
        time.sleep(0.1)
    assert all(abs(outer - inner) <= 1 for outer, inner in pairs), pairs
    assert pairs[0][1] < pairs[1][1], "one event is shorter than six"


def test_the_widget_reads_with_javascript_off(browser, live_server, war):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/embed/nk-2020/")

        expect(page.locator("li")).to_have_count(6)
        expect(page.locator("li").first).to_contain_text("late Sept. 2020")
        expect(page.get_by_text("The foreign ministers met in Moscow for ten hours of talks.")).to_be_visible()
    finally:
        context.close()


def test_timelinejs_renders_our_timeline_json_with_a_slide_for_every_event(page, publisher, war):
    if not (TIMELINEJS / "js" / "timeline.js").exists():
        pytest.skip("TimelineJS is not installed: run `npm ci` (make test does) to add node_modules/")
    conflict, events = war
    html = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        "<link rel='stylesheet' href='/tl/css/timeline.css'></head><body>"
        "<div id='timeline-embed' style='width: 960px; height: 640px'></div>"
        "<script src='/tl/js/timeline.js'></script>"
        f"<script>window.timeline = new TL.Timeline('timeline-embed', '{publisher.app}/conflicts/nk-2020/timeline.json');</script>"
        "</body></html>"
    )
    publisher.pages["/timeline.html"], publisher.files = html, TIMELINEJS
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(f"{publisher.url}/timeline.html")

    slides = page.locator(".tl-slide:not(.tl-slide-titleslide)")
    expect(slides).to_have_count(len(events), timeout=15_000)
    expect(page.locator(".tl-slide-titleslide")).to_have_count(1)
    expect(page.locator(".tl-slide-titleslide .tl-headline")).to_have_text("Nagorno-Karabakh war, 2020")
    expect(page.locator(".tl-timemarker")).to_have_count(len(events))
    ids = page.locator(".tl-slide:not(.tl-slide-titleslide)").evaluate_all("els => els.map(e => e.id)")
    assert sorted(ids) == sorted(f"event-{event.pk}" for event in events)
    headlines = page.locator(".tl-slide .tl-headline").all_inner_texts()
    assert {"Fighting erupts", "Talks in Moscow", "Humanitarian truce"} <= {text.strip() for text in headlines}
    assert page.locator(".tl-slide .tl-headline-date", has_text="late Sept. 2020").count() == 1
    assert errors == []


# The Embed dialog, on a page of its own until the timeline page includes it: this module doubles as
# the URLconf (the app's URLs plus that page) for the tests marked with it.


def _dialog_page(request, slug):
    from django.db.models import Count
    from django.http import HttpResponse
    from django.shortcuts import get_object_or_404
    from django.template import engines

    from conflicts.models import Conflict, Kind

    conflict = get_object_or_404(Conflict, slug=slug)
    counts = dict(conflict.events.filter(published=True).values_list("kind").annotate(n=Count("id")))
    kinds = [(value, name, counts.get(value, 0)) for value, name in Kind.choices]
    page = engines["django"].from_string(
        '{% extends "base.html" %}{% block content %}<h1>{{ conflict.name }}</h1>'
        '{% include "conflicts/_embed_dialog.html" %}{% endblock %}'
    )
    return HttpResponse(page.render({"conflict": conflict, "kinds": kinds}, request))


def _urlpatterns():
    from django.urls import include, path

    return [path("embed-dialog-test/<slug:slug>/", _dialog_page), path("", include("config.urls"))]


urlpatterns = _urlpatterns()


@pytest.mark.urls("tests.browser.test_embed_browser")
def test_the_embed_dialog_updates_code_and_preview_and_copies(browser, live_server, war):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    try:
        page.goto(f"{live_server.url}/embed-dialog-test/nk-2020/")
        dialog = page.locator("dialog#embed-dialog")
        expect(dialog).to_be_hidden()

        page.get_by_role("link", name="Embed this timeline").click()

        expect(dialog).to_be_visible()
        assert page.evaluate("document.querySelector('dialog').matches(':modal')")
        code = page.locator("#embed-code")
        expect(code).to_have_value(f'<script src="{live_server.url}/embed.js" data-conflict="nk-2020" async></script>')
        dialog.get_by_label("Ceasefire").check()
        dialog.get_by_label("Dark").check()
        expect(code).to_have_value(
            f'<script src="{live_server.url}/embed.js" data-conflict="nk-2020" data-kind="ceasefire" data-theme="dark" async></script>')
        expect(page.locator("#embed-iframe")).to_have_value(
            f'<iframe src="{live_server.url}/embed/nk-2020/?kind=ceasefire&amp;theme=dark" width="100%" height="600" '
            'title="Nagorno-Karabakh war, 2020" style="border:0"></iframe>')
        preview = page.locator("iframe.embed-preview")
        expect(preview).to_have_attribute("src", "/embed/nk-2020/?kind=ceasefire&theme=dark")
        frame = preview.element_handle().content_frame()
        expect(frame.locator("li")).to_have_count(1)
        expect(frame.locator("html")).to_have_class("dark")

        dialog.get_by_role("button", name="Copy the code").click()

        expect(dialog.get_by_role("status")).to_have_text("Copied.")
        assert page.evaluate("navigator.clipboard.readText()") == code.input_value()
        page.keyboard.press("Escape")
        expect(dialog).to_be_hidden()
        assert violations == []
    finally:
        context.close()


@pytest.mark.urls("tests.browser.test_embed_browser")
def test_the_embed_dialog_shows_its_code_with_javascript_off(browser, live_server, war):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/embed-dialog-test/nk-2020/")

        page.get_by_role("link", name="Embed this timeline").click()

        expect(page.locator("#embed-code")).to_be_visible()
        expect(page.locator("#embed-code")).to_have_value(
            f'<script src="{live_server.url}/embed.js" data-conflict="nk-2020" async></script>')
        expect(page.get_by_role("button", name="Open the widget with these options")).to_be_visible()
    finally:
        context.close()

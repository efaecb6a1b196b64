"""The public timeline in a real Chromium: filters swap the list and push the URL, the back button
restores it, more sources expand in place, later periods load on scroll, and all of it works with
JavaScript off and under the Content-Security-Policy."""

import datetime as dt
import os
from pathlib import Path

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

pytestmark = pytest.mark.browser

D = dt.date


@pytest.fixture
def war(transactional_db):
    from tests.test_timeline import make_event

    from conflicts.models import Conflict

    conflict = Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020")
    return {
        "conflict": conflict,
        "outbreak": make_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27), actors=["Azerbaijan"],
                               quotes=("Heavy fighting broke out on Sunday.", "Both sides blamed each other.",
                                       "Martial law was declared.")),
        "talks": make_event(conflict, "Talks in Moscow", "diplomacy", D(2020, 10, 9), score=3.5,
                            quotes=("The foreign ministers met in Moscow.",)),
        "truce": make_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                            quotes=("A humanitarian ceasefire took effect at noon.",)),
        "broken": make_event(conflict, "Truce broken", "escalation", D(2020, 10, 10),
                             quotes=("Rockets hit Ganja hours later.",)),
    }


def shown_ids(page):
    return [int(pk) for pk in page.locator("[data-event-id]").evaluate_all("els => els.map(e => e.dataset.eventId)")]


def test_filtering_by_kind_swaps_the_list_pushes_the_url_and_back_restores_it(page, live_server, war, csp_violations):
    url = f"{live_server.url}/conflicts/nk-2020/"
    page.goto(url)
    page.evaluate("window.notReloaded = true")
    assert len(shown_ids(page)) == 4

    page.locator("form.filters").get_by_label("Ceasefire").check()

    page.wait_for_url(f"{url}?kind=ceasefire")
    expect(page.locator("[data-event-id]")).to_have_count(1)
    assert shown_ids(page) == [war["truce"].pk]
    assert page.evaluate("window.notReloaded") is True
    assert page.locator("#events h2").inner_text().startswith("1 of 4 events")
    expect(page.locator("#events-status")).to_have_text("1 of 4 events match")  # announced

    page.go_back()

    page.wait_for_url(url)
    expect(page.locator("[data-event-id]")).to_have_count(4)
    assert not page.locator("form.filters").get_by_label("Ceasefire").is_checked()
    page.go_forward()
    page.wait_for_url(f"{url}?kind=ceasefire")
    expect(page.locator("[data-event-id]")).to_have_count(1)
    assert page.locator("form.filters").get_by_label("Ceasefire").is_checked()
    assert csp_violations == []


def test_typing_a_search_filters_the_list(page, live_server, war, csp_violations):
    page.goto(f"{live_server.url}/conflicts/nk-2020/")

    page.locator("form.filters").get_by_label("Search").fill("ganja")

    page.wait_for_url("**/conflicts/nk-2020/?q=ganja")
    expect(page.locator("[data-event-id]")).to_have_count(1)
    assert shown_ids(page) == [war["broken"].pk]
    assert page.locator("form.filters").get_by_label("Search").input_value() == "ganja"  # the field kept its text and focus
    assert page.evaluate("document.activeElement.id") == "filter-q"
    assert csp_violations == []


def test_more_sources_expand_in_place(page, live_server, war, csp_violations):
    page.goto(f"{live_server.url}/conflicts/nk-2020/")
    event = page.locator(f'[data-event-id="{war["outbreak"].pk}"]')
    assert event.locator("blockquote").count() == 1

    event.get_by_role("link", name="2 more sources").click()

    event.locator("blockquote").nth(2).wait_for()
    assert "Martial law was declared." in event.inner_text()
    assert page.url == f"{live_server.url}/conflicts/nk-2020/"
    assert csp_violations == []


def test_later_periods_load_as_the_reader_scrolls(page, live_server, transactional_db, csp_violations):
    from conflicts.models import Conflict, Event
    from conflicts.views.public import PAGE_SIZE

    conflict = Conflict.objects.create(name="Long war", slug="long")
    Event.objects.bulk_create(
        Event(conflict=conflict, title=f"Event {n}", kind="escalation", earliest=D(2020, 1, 1) + dt.timedelta(days=n),
              latest=D(2020, 1, 1) + dt.timedelta(days=n), precision="day", score=-5)
        for n in range(PAGE_SIZE + 10)
    )
    page.goto(f"{live_server.url}/conflicts/long/")
    assert len(shown_ids(page)) == PAGE_SIZE

    page.locator(".more a").scroll_into_view_if_needed()

    expect(page.locator("[data-event-id]")).to_have_count(PAGE_SIZE + 10)
    assert page.locator(".more").count() == 0
    assert page.url == f"{live_server.url}/conflicts/long/"
    assert csp_violations == []


def test_the_timeline_works_with_javascript_disabled(browser, live_server, war):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/conflicts/nk-2020/")

    page.locator("form.filters").get_by_label("Ceasefire").check()
    page.locator("form.filters").get_by_label("Diplomacy").check()
    page.get_by_role("button", name="Apply").click()

    page.wait_for_url("**/conflicts/nk-2020/?kind=ceasefire&kind=diplomacy")
    assert shown_ids(page) == [war["talks"].pk, war["truce"].pk]

    page.locator(f'[data-event-id="{war["talks"].pk}"]').get_by_role("link", name="Talks in Moscow", exact=True).click()
    assert page.locator("h1").inner_text() == "Talks in Moscow"
    page.goto(f"{live_server.url}/conflicts/nk-2020/")
    page.get_by_role("link", name="2 more sources").click()
    page.wait_for_url(f"**/events/{war['outbreak'].pk}/#sources")
    assert page.locator("blockquote").count() == 3
    context.close()


AXE = Path(os.environ.get("AXE_CORE", Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"))


def test_axe_finds_no_accessibility_violations(browser, live_server, war):
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE} (npm install axe-core, or set AXE_CORE)")
    context = browser.new_context(bypass_csp=True)  # to inject axe; the CSP itself is tested above
    page = context.new_page()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for path in ("/conflicts/nk-2020/", f"/conflicts/nk-2020/events/{war['outbreak'].pk}/", "/"):
            page.goto(f"{live_server.url}{path}")
            page.add_script_tag(content=AXE.read_text())
            result = page.evaluate("axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})")
            problems = [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in result["violations"]]
            assert problems == [], f"{scheme} {path}"
    context.close()

import pytest
from django.contrib.auth.models import User

from conflicts.models import Event, Proposal

pytestmark = pytest.mark.browser


@pytest.fixture
def live_editor(transactional_db, editors):
    user = User.objects.create_user("carol", password="carol-password")
    user.groups.add(editors)
    return user


def sign_in(page, live_server, next_url="/review/"):
    page.goto(f"{live_server.url}/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill("carol")
    page.get_by_label("Password").fill("carol-password")
    page.get_by_role("button", name="Sign in").click()


def test_an_editor_imports_accepts_with_htmx_and_finds_the_event_on_the_timeline(
    page, live_server, live_editor, csp_violations
):
    from conflicts.models import Conflict

    conflict = Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020")
    sign_in(page, live_server, next_url="/articles/import/")
    page.get_by_label("Title").fill("Fighting erupts")
    page.get_by_label("Publication date").fill("2020-09-28")
    page.get_by_label("Text").fill(
        "STEPANAKERT — Heavy fighting erupted on Sunday along the line of contact, officials said.\n\n"
        "The region has been contested for decades."
    )
    page.get_by_role("button", name="Import and propose events").click()

    page.wait_for_url(f"{live_server.url}/review/")
    card = page.locator("[data-proposal-id]").first
    assert "Sunday" in card.locator("mark").inner_text()
    proposal_id = card.get_attribute("data-proposal-id")
    page.evaluate("window.notReloaded = true")

    card.get_by_role("button", name="Accept").click()

    decided = page.locator(f'[data-proposal-id="{proposal_id}"][data-status="accepted"]')
    decided.wait_for()
    assert "Accepted as the event" in decided.inner_text()
    assert page.evaluate("window.notReloaded") is True  # the card was swapped, the page not reloaded
    assert Proposal.objects.get(pk=proposal_id).status == "accepted"

    page.goto(f"{live_server.url}/conflicts/{conflict.slug}/")
    event = page.locator(f'[data-event-id="{Event.objects.get().pk}"]')
    assert event.locator(".when time").get_attribute("datetime") == "2020-09-27"
    assert "Heavy fighting erupted on Sunday" in event.locator("blockquote").inner_text()
    assert csp_violations == []


def test_accept_works_with_javascript_disabled(browser, live_server, live_editor):
    from conflicts.importing import import_article
    from conflicts.models import Conflict

    conflict = Conflict.objects.create(name="War", slug="war")
    import_article(conflict=conflict, title="Truce", published="2020-10-10",
                   text="MOSCOW — A humanitarian truce took effect at noon on Saturday, the ministry said.")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server)

    page.locator('[data-action="accept"]').first.click()

    page.wait_for_url(f"{live_server.url}/review/")
    assert "Accepted as the event" in page.locator(".messages").inner_text()
    assert Event.objects.get().earliest.isoformat() == "2020-10-10"
    context.close()

"""An editor works through the queue by keyboard alone, then finds the events on the timeline."""

import datetime

import pytest
from django.contrib.auth.models import User

from conflicts.importing import import_article
from conflicts.models import Conflict, Event, Proposal

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

TEXT = (
    "STEPANAKERT — Heavy fighting erupted along the front line on Sunday, officials said.\n\n"
    "A humanitarian truce took effect at noon on Saturday, Oct. 10, the ministry said.\n\n"
    "Rockets struck the city of Ganja on Oct. 4, killing one civilian, officials said.\n\n"
    "Foreign ministers met in Moscow on Oct. 9 for talks."
)


@pytest.fixture
def queue(transactional_db, editors):
    user = User.objects.create_user("dana", password="dana-password")
    user.groups.add(editors)
    conflict = Conflict.objects.create(name="Nagorno-Karabakh war, 2020", slug="nk-2020")
    import_article(conflict=conflict, title="Weekend of war", published=datetime.date(2020, 10, 11), text=TEXT)
    return conflict


def focused_id(page):
    return page.evaluate("document.activeElement.dataset.proposalId || null")


def pending_ids(page):
    return page.eval_on_selector_all("#queue .card:not(.decided)", "cards => cards.map(c => c.dataset.proposalId)")


def test_the_queue_by_keyboard_alone(page, live_server, queue, csp_violations):
    page.goto(f"{live_server.url}/accounts/login/?next=/review/")
    page.get_by_label("Username").focus()
    page.keyboard.type("dana")
    page.keyboard.press("Tab")
    page.keyboard.type("dana-password")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_server.url}/review/")

    cards = pending_ids(page)
    assert len(cards) == 4
    assert focused_id(page) == cards[0]  # the first card has focus on load

    page.keyboard.press("j")
    assert focused_id(page) == cards[1]
    page.keyboard.press("k")
    assert focused_id(page) == cards[0]

    page.keyboard.press("?")
    assert page.locator("#keys").get_attribute("open") is not None
    page.keyboard.press("?")

    # a: accept; the card turns into a note and focus moves to the next card.
    page.keyboard.press("a")
    page.locator(f'#proposal-{cards[0]}.decided[data-status="accepted"]').wait_for()
    expect(page.locator(f"#proposal-{cards[1]}")).to_be_focused()

    # r: reject.
    page.keyboard.press("r")
    page.locator(f'#proposal-{cards[1]}.decided[data-status="rejected"]').wait_for()
    expect(page.locator(f"#proposal-{cards[2]}")).to_be_focused()

    # u: undo the rejection; the card comes back where it was, pending, with focus.
    page.keyboard.press("u")
    page.locator(f'#proposal-{cards[1]}[data-status="pending"]:not(.decided)').wait_for()
    expect(page.locator(f"#proposal-{cards[1]}")).to_be_focused()
    assert Proposal.objects.get(pk=cards[1]).status == "pending"

    # e: edit, type a title, Enter accepts with the edit.
    page.keyboard.press("e")
    title = page.locator(f"#panel-{cards[1]} input[name=title]")
    title.wait_for()
    expect(title).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type("Humanitarian truce takes effect")
    page.keyboard.press("Enter")
    page.locator(f'#proposal-{cards[1]}.decided[data-status="accepted"]').wait_for()

    assert sorted(Event.objects.values_list("title", flat=True))[1] == "Humanitarian truce takes effect"
    assert page.evaluate("document.activeElement.classList.contains('card')")

    page.goto(f"{live_server.url}/conflicts/{queue.slug}/")
    assert page.locator("[data-event-id]").count() == 2
    assert "Humanitarian truce takes effect" in page.locator("main").inner_text()
    assert csp_violations == []

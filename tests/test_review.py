import datetime

import pytest
from django.urls import reverse

from conflicts.importing import import_article
from conflicts.models import Decision, Event, Proposal

QUEUE = reverse("conflicts:review")
HTMX = {"HX-Request": "true"}


def url(name, *args):
    return reverse(f"conflicts:{name}", args=args)


def proposal_of(article, phrase):
    return article.proposals.get(phrase=phrase)


@pytest.fixture
def proposal(article):
    return proposal_of(article, "Sept. 27")


# Permissions ---------------------------------------------------------------------------------

EDITOR_PAGES = [("review", "get"), ("accept", "post"), ("edit", "get"), ("edit", "post"), ("merge", "get"),
                ("merge", "post"), ("reject", "post"), ("skip", "post"), ("undo", "post"), ("bulk", "post"),
                ("event-admin", "get"), ("event-publish", "post"), ("attach-group", "post"),
                ("article-admin", "get"), ("article-admin", "post")]


def _target(name, proposal, event):
    if name in ("review", "undo", "bulk"):
        return url(name)
    if name.startswith("event"):
        return url(name, event.pk)
    if name == "article-admin":
        return url(name, proposal.article_id)
    return url(name, proposal.pk)


@pytest.mark.parametrize(("name", "method"), EDITOR_PAGES)
def test_anonymous_users_are_sent_to_sign_in(client, article, editor, name, method):
    proposal, other = article.proposals.order_by("id")[:2]
    event = other.accept(by=editor)

    response = getattr(client, method)(_target(name, proposal, event))

    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")
    assert Proposal.objects.get(pk=proposal.pk).status == "pending"


@pytest.mark.parametrize(("name", "method"), EDITOR_PAGES)
def test_readers_get_403(client, reader, article, editor, name, method):
    proposal, other = article.proposals.order_by("id")[:2]
    event = other.accept(by=editor)
    client.force_login(reader)

    response = getattr(client, method)(_target(name, proposal, event))

    assert response.status_code == 403
    assert Proposal.objects.get(pk=proposal.pk).status == "pending" and Event.objects.count() == 1


# The queue -----------------------------------------------------------------------------------

def test_editors_see_each_pending_proposal_as_a_card_with_its_phrase_highlighted(editor_client, article):
    html = editor_client.get(QUEUE).content.decode()

    for proposal in article.proposals.all():
        assert f'data-proposal-id="{proposal.pk}"' in html
    assert "escalation began on <mark>Sept. 27</mark> when Azerbaijan" in html
    assert "<strong>3</strong> pending · 0 accepted · 0 merged · 0 rejected" in html
    assert f'">Warring sides agree to talks</a>, Demo Desk, Oct. 9, 2020' in html


def test_the_queue_filters_by_kind_confidence_and_date(editor_client, article):
    html = editor_client.get(QUEUE, {"date_from": "2020-10-01"}).content.decode()
    assert html.count("data-proposal-id=") == 1 and "<mark>Friday</mark>" in html

    html = editor_client.get(QUEUE, {"date_to": "2020-09-30", "sort": "date"}).content.decode()
    assert html.count("data-proposal-id=") == 2
    assert html.index("<mark>late last month</mark>") < html.index("<mark>Sept. 27</mark>")

    html = editor_client.get(QUEUE, {"kind": "diplomacy"}).content.decode()
    assert all(f'data-proposal-id="{p.pk}"' in html for p in article.proposals.filter(kind="diplomacy"))
    assert html.count("data-proposal-id=") == article.proposals.filter(kind="diplomacy").count()

    html = editor_client.get(QUEUE, {"confidence": "1.01"}).content.decode()
    assert "Ensure this value is less than or equal to 1" in html


def test_bad_filter_values_are_reported_not_500(editor_client, article):
    response = editor_client.get(QUEUE, {"date_from": "notadate", "kind": "nonsense", "page": "abc", "conflict": "x"})

    assert response.status_code == 200
    assert response.content.decode().count("data-proposal-id=") == 3


def test_htmx_filtering_gets_only_the_results(editor_client, article):
    response = editor_client.get(QUEUE, {"kind": "escalation"}, headers=HTMX)

    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results">') and "<html" not in html
    assert "HX-Request" in response.headers["Vary"]


def test_a_page_of_50_cards_takes_a_bounded_number_of_queries(editor_client, conflict, django_assert_max_num_queries):
    for number in range(30):
        import_article(conflict=conflict, published=datetime.date(2020, 10, 9), title=f"Report {number}",
                       text=f"Shelling hit Stepanakert on Friday, officials said in report {number}. "
                            f"Talks opened in Moscow on Sept. {number % 28 + 1}.")

    with django_assert_max_num_queries(12):
        response = editor_client.get(QUEUE)

    assert response.content.decode().count("data-proposal-id=") == 50


# Actions -------------------------------------------------------------------------------------

def test_accept_without_javascript_redirects_back_to_the_queue(editor_client, proposal):
    response = editor_client.post(url("accept", proposal.pk), follow=True)

    assert response.redirect_chain == [(QUEUE, 302)]
    html = response.content.decode()
    assert "Accepted as the event" in html and f'data-proposal-id="{proposal.pk}"' not in html
    assert Event.objects.get().sources.get() == proposal


def test_accept_with_htmx_swaps_only_the_card(editor_client, proposal):
    response = editor_client.post(url("accept", proposal.pk), headers=HTMX)

    html = response.content.decode()
    assert html.lstrip().startswith(f'<li class="card decided" id="proposal-{proposal.pk}"')
    assert 'data-status="accepted"' in html and "<html" not in html
    assert response.headers["HX-Retarget"] == f"#proposal-{proposal.pk}"
    assert Event.objects.count() == 1


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_reject_with_a_reason(editor_client, proposal, headers):
    response = editor_client.post(url("reject", proposal.pk), {"reason": "background"}, headers=headers)

    assert response.status_code == (200 if headers else 302)
    proposal.refresh_from_db()
    assert proposal.status == "rejected" and Event.objects.count() == 0
    assert Decision.objects.get(proposal=proposal).after["reason"] == "background"


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_edit_then_accept(editor_client, proposal, headers):
    form = editor_client.get(url("edit", proposal.pk), headers=headers).content.decode()
    assert 'value="2020-09-27"' in form

    response = editor_client.post(url("edit", proposal.pk), {
        "title": "Azerbaijan launches an offensive", "kind": "escalation", "earliest": "2020-09-27",
        "latest": "", "precision": "day", "actors": "Azerbaijan, Armenia",
    }, headers=headers)

    assert response.status_code == (200 if headers else 302)
    event = Event.objects.get()
    assert (event.title, event.actors, event.earliest, event.latest) == (
        "Azerbaijan launches an offensive", ["Azerbaijan", "Armenia"], datetime.date(2020, 9, 27), datetime.date(2020, 9, 27))
    assert Decision.objects.get(proposal=proposal).after["edits"]["title"] == "Azerbaijan launches an offensive"


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_edit_with_bad_dates_is_refused_and_nothing_is_saved(editor_client, proposal, headers):
    response = editor_client.post(url("edit", proposal.pk), {
        "title": "x", "kind": "escalation", "earliest": "2020-10-02", "latest": "2020-09-27", "precision": "day",
    }, headers=headers)

    assert response.status_code == 422
    assert "comes before its start" in response.content.decode()
    assert Event.objects.count() == 0 and Proposal.objects.get(pk=proposal.pk).status == "pending"


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_merge_into_an_event_found_by_search(editor_client, article, editor, headers):
    event = proposal_of(article, "Sept. 27").accept(by=editor, title="Offensive begins")
    flare = proposal_of(article, "late last month")

    found = editor_client.get(url("merge", flare.pk), {"q": "offensive"}, headers=headers).content.decode()
    assert "Offensive begins" in found

    response = editor_client.post(url("merge", flare.pk), {"event": event.pk}, headers=headers)

    assert response.status_code == (200 if headers else 302)
    flare.refresh_from_db()
    assert flare.status == "merged" and flare.event == event
    assert Event.objects.count() == 1 and event.sources.count() == 2


def test_merge_refuses_an_event_of_another_conflict(editor_client, article, editor):
    from conflicts.models import Conflict

    other = Conflict.objects.create(name="Other", slug="other")
    stranger = Event.objects.create(conflict=other, title="Elsewhere")

    response = editor_client.post(url("merge", proposal_of(article, "Friday").pk), {"event": stranger.pk})

    assert response.status_code == 400
    assert stranger.sources.count() == 0


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_skip_hides_the_card_for_this_session(editor_client, proposal, headers):
    editor_client.post(url("skip", proposal.pk), headers=headers)

    html = editor_client.get(QUEUE).content.decode()
    assert f'data-proposal-id="{proposal.pk}"' not in html and "Show 1 skipped" in html
    assert Proposal.objects.get(pk=proposal.pk).status == "pending"

    editor_client.post(url("unskip"))
    assert f'data-proposal-id="{proposal.pk}"' in editor_client.get(QUEUE).content.decode()


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_undo_puts_the_last_decision_back_in_the_queue(editor_client, article, headers):
    first, second = proposal_of(article, "Sept. 27"), proposal_of(article, "Friday")
    editor_client.post(url("reject", first.pk))
    editor_client.post(url("accept", second.pk))

    response = editor_client.post(url("undo"), {"decided": [str(second.pk)]}, headers=headers)

    second.refresh_from_db()
    assert second.status == "pending" and second.event is None
    assert Event.objects.count() == 0  # the event its acceptance created is gone
    assert Proposal.objects.get(pk=first.pk).status == "rejected"
    if headers:
        assert response.headers["HX-Retarget"] == f"#proposal-{second.pk}"
        assert f'data-proposal-id="{second.pk}" data-status="pending"' in response.content.decode()

    editor_client.post(url("undo"))
    assert Proposal.objects.get(pk=first.pk).status == "pending"
    assert Decision.objects.filter(action="undo").count() == 2


def test_undo_keeps_an_event_that_other_sources_joined(editor_client, article, editor):
    event = proposal_of(article, "Sept. 27").accept(by=editor)
    editor_client.post(url("merge", proposal_of(article, "late last month").pk), {"event": event.pk})

    editor_client.post(url("undo"))

    assert Event.objects.get() == event and event.sources.count() == 1


def test_undo_with_nothing_to_undo(editor_client, article):
    response = editor_client.post(url("undo"), follow=True)

    assert "nothing of yours to undo" in response.content.decode()


def test_bulk_accept_and_reject(editor_client, article):
    ids = list(article.proposals.order_by("id").values_list("pk", flat=True))

    editor_client.post(url("bulk"), {"action": "accept", "ids": ids[:2]})
    response = editor_client.post(url("bulk"), {"action": "reject", "ids": ids[1:]}, follow=True)

    assert Event.objects.count() == 2
    assert "Rejected 1 proposal. 1 had already been decided." in response.content.decode()
    assert list(Proposal.objects.order_by("id").values_list("status", flat=True)) == ["accepted", "accepted", "rejected"]


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_second_decision_gets_a_clear_message_and_a_refreshed_card(editor_client, proposal, headers):
    editor_client.post(url("reject", proposal.pk))

    response = editor_client.post(url("accept", proposal.pk), headers=headers, follow=not headers)

    html = response.content.decode()
    assert "Someone else decided this first" in html
    if headers:
        assert response.status_code == 409
        assert f'data-proposal-id="{proposal.pk}" data-status="rejected"' in html and "Now <strong>rejected</strong>" in html
    assert Event.objects.count() == 0


def test_get_is_not_allowed_on_actions(editor_client, proposal):
    assert editor_client.get(url("accept", proposal.pk)).status_code == 405
    assert Event.objects.count() == 0


def test_unknown_proposal_is_404(editor_client, db):
    assert editor_client.post(url("accept", 999999)).status_code == 404


# Grouping across articles --------------------------------------------------------------------

def test_a_corroborating_report_is_accepted_into_the_existing_event(editor_client, article, editor):
    event = proposal_of(article, "Sept. 27").accept(by=editor)
    other = import_article(
        conflict=article.conflict, published=datetime.date(2020, 9, 28), title="Offensive",
        text="Azerbaijan launched an offensive on Sept. 27 and the escalation spread, officials said.",
    ).article
    corroborating = other.proposals.get(phrase="Sept. 27")

    html = editor_client.get(QUEUE).content.decode()
    assert "Also reported in 1 other article" in html
    assert f'name="event" value="{event.pk}"' in html

    editor_client.post(url("accept", corroborating.pk), {"event": event.pk})

    assert Event.objects.count() == 1 and event.sources.count() == 2


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_after_accepting_the_other_reports_can_be_attached_at_once(editor_client, article, headers):
    others = [
        import_article(conflict=article.conflict, published=datetime.date(2020, 9, 28 + n), title=f"Offensive {n}",
                       text=f"Azerbaijan launched an offensive on Sept. 27 and the escalation spread, report {n} said.").article
        for n in range(2)
    ]
    first = proposal_of(article, "Sept. 27")

    accepted = editor_client.post(url("accept", first.pk), headers=HTMX).content.decode()
    assert "2 more reports of this event from other articles are pending" in accepted

    response = editor_client.post(url("attach-group", first.pk), headers=headers)

    event = Event.objects.get()
    assert event.sources.count() == 3
    assert {p.status for p in event.sources.all()} == {"accepted", "merged"}
    if headers:
        html = response.content.decode()
        assert "Attached 2 more reports" in html
        for other in others:
            assert f'id="proposal-{other.proposals.get(phrase="Sept. 27").pk}"' in html and 'hx-swap-oob="true"' in html


def test_attaching_needs_an_accepted_proposal(editor_client, proposal):
    assert editor_client.post(url("attach-group", proposal.pk)).status_code == 400


# Articles: correcting the publication date ---------------------------------------------------

def test_correcting_the_publication_date_redates_pending_proposals(editor_client, article, editor):
    decided = proposal_of(article, "Sept. 27")
    decided.accept(by=editor)

    response = editor_client.post(url("article-admin", article.pk), {"published": "2020-10-16"}, follow=True)

    assert "Publication date corrected; 2 pending proposals dated again." in response.content.decode()
    redated = {p.phrase: p for p in article.proposals.pending()}
    assert redated["Friday"].earliest == datetime.date(2020, 10, 16)
    assert (redated["late last month"].earliest, redated["late last month"].latest) == (
        datetime.date(2020, 9, 21), datetime.date(2020, 9, 30))
    assert Proposal.objects.get(pk=decided.pk).status == "accepted"
    assert article.proposals.count() == 3
    assert Decision.objects.filter(action="edit", before__published="2020-10-09").exists()


@pytest.mark.parametrize("value", ["2999-01-01", "soon"])
def test_a_bad_publication_date_is_refused(editor_client, article, value):
    response = editor_client.post(url("article-admin", article.pk), {"published": value})

    assert response.status_code == 422
    article.refresh_from_db()
    assert article.published == datetime.date(2020, 10, 9)


# Events: history, edit, unpublish ------------------------------------------------------------

def test_an_event_page_shows_its_history_and_can_be_edited_and_unpublished(editor_client, proposal, editor, client):
    event = proposal.accept(by=editor)

    editor_client.post(url("event-admin", event.pk), {
        "title": "Offensive begins", "kind": "escalation", "earliest": "2020-09-27", "latest": "2020-09-27",
        "precision": "day", "actors": "Azerbaijan"})
    editor_client.post(url("event-publish", event.pk), {"published": "0"})

    event.refresh_from_db()
    assert event.title == "Offensive begins" and not event.published
    assert client.get(event.get_absolute_url()).status_code == 404
    history = editor_client.get(url("event-admin", event.pk)).content.decode()
    assert history.index("unpublished") < history.index("edited") < history.index("accepted")


def test_editors_extend_the_gazetteer_of_a_conflict(editor_client, conflict):
    page = url("conflict-actors", conflict.slug)

    response = editor_client.post(page, {"actors": "Artsakh Defense Army = Nagorno-Karabakh Defense Army\n\nWagner\n"})

    assert response.status_code == 302
    conflict.refresh_from_db()
    assert conflict.gazetteer == {"Artsakh Defense Army": "Nagorno-Karabakh Defense Army", "Wagner": "Wagner"}
    assert "Artsakh Defense Army = Nagorno-Karabakh Defense Army" in editor_client.get(page).content.decode()


def test_a_bad_gazetteer_line_is_refused(editor_client, conflict, client, reader):
    response = editor_client.post(url("conflict-actors", conflict.slug), {"actors": "= Nobody"})

    assert response.status_code == 422 and "Line 1" in response.content.decode()
    client.force_login(reader)
    assert client.get(url("conflict-actors", conflict.slug)).status_code == 403


def test_the_public_event_page_links_editors_to_its_history(editor_client, proposal, editor):
    from django.test import Client

    event = proposal.accept(by=editor)
    link = f'href="{url("event-admin", event.pk)}"'

    assert link in editor_client.get(event.get_absolute_url()).content.decode()
    assert link not in Client().get(event.get_absolute_url()).content.decode()

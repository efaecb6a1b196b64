import pytest
from django.urls import reverse

from conflicts.models import Event, Proposal

QUEUE = reverse("conflicts:review")
HTMX = {"HX-Request": "true"}


def test_anonymous_users_are_sent_to_sign_in(client, article):
    proposal = article.proposals.first()
    for url, method in [(QUEUE, client.get), (reverse("conflicts:accept", args=[proposal.pk]), client.post)]:
        response = method(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")
    assert Proposal.objects.pending().count() == article.proposals.count()


def test_readers_get_403(client, reader, article):
    client.force_login(reader)
    proposal = article.proposals.first()

    assert client.get(QUEUE).status_code == 403
    assert client.post(reverse("conflicts:accept", args=[proposal.pk])).status_code == 403
    assert client.post(reverse("conflicts:reject", args=[proposal.pk])).status_code == 403
    assert Event.objects.count() == 0


def test_editors_see_each_pending_proposal_as_a_card(editor_client, article):
    response = editor_client.get(QUEUE)

    html = response.content.decode()
    assert response.status_code == 200
    for proposal in article.proposals.all():
        assert f'data-proposal-id="{proposal.pk}"' in html
    assert "<mark>Sept. 27</mark>" in html
    assert "3 pending proposals" in html


def test_accept_without_javascript_redirects_back_to_the_queue(editor_client, article):
    proposal = article.proposals.get(phrase="Sept. 27")

    response = editor_client.post(reverse("conflicts:accept", args=[proposal.pk]), follow=True)

    assert response.redirect_chain == [(QUEUE, 302)]
    assert "Accepted as an event" in response.content.decode()
    assert f'data-proposal-id="{proposal.pk}"' not in response.content.decode()
    assert Event.objects.get().sources.get() == proposal


def test_accept_with_htmx_swaps_only_the_card(editor_client, article):
    proposal = article.proposals.get(phrase="Sept. 27")

    response = editor_client.post(reverse("conflicts:accept", args=[proposal.pk]), headers=HTMX)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith(f'<li class="card decided" data-proposal-id="{proposal.pk}" data-status="accepted"')
    assert "<html" not in html
    assert Event.objects.count() == 1


def test_reject_with_htmx_and_without(editor_client, article):
    first, second = article.proposals.order_by("id")[:2]

    htmx = editor_client.post(reverse("conflicts:reject", args=[first.pk]), {"reason": "background"}, headers=HTMX)
    plain = editor_client.post(reverse("conflicts:reject", args=[second.pk]))

    assert 'data-status="rejected"' in htmx.content.decode() and "<html" not in htmx.content.decode()
    assert plain.status_code == 302 and plain.url == QUEUE
    assert Proposal.objects.filter(status="rejected").count() == 2
    assert Event.objects.count() == 0


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_second_decision_is_refused_with_a_message(editor_client, article, headers):
    proposal = article.proposals.first()
    editor_client.post(reverse("conflicts:reject", args=[proposal.pk]))

    response = editor_client.post(reverse("conflicts:accept", args=[proposal.pk]), headers=headers, follow=True)

    assert "Someone else decided this first" in response.content.decode()
    assert Event.objects.count() == 0


def test_get_is_not_allowed_on_actions(editor_client, article):
    response = editor_client.get(reverse("conflicts:accept", args=[article.proposals.first().pk]))

    assert response.status_code == 405
    assert Event.objects.count() == 0


def test_unknown_proposal_is_404(editor_client, db):
    assert editor_client.post(reverse("conflicts:accept", args=[999999])).status_code == 404

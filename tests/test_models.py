import pytest

from conflicts.models import AlreadyDecided, Decision, Event, Proposal


@pytest.fixture
def proposal(article):
    return article.proposals.get(phrase="Sept. 27")


def test_it_accepts_a_proposal_into_a_new_published_event(proposal, editor):
    event = proposal.accept(by=editor)

    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.ACCEPTED
    assert proposal.event == event
    assert proposal.decided_by == editor and proposal.decided_at is not None
    assert event.published and event.conflict == proposal.article.conflict
    assert (event.earliest.isoformat(), event.latest.isoformat(), event.precision) == ("2020-09-27", "2020-09-27", "day")
    assert list(event.sources.all()) == [proposal]


def test_it_logs_each_decision_with_before_and_after(proposal, editor):
    event = proposal.accept(by=editor)

    decision = Decision.objects.get(proposal=proposal)
    assert decision.actor == editor and decision.action == Decision.Action.ACCEPT and decision.event == event
    assert decision.before["status"] == "pending"
    assert decision.after["status"] == "accepted" and decision.after["event"] == event.pk


def test_it_merges_a_second_quote_into_an_existing_event(article, editor):
    first, second = article.proposals.order_by("id")[:2]
    event = first.accept(by=editor)

    assert second.accept(by=editor, into=event) == event

    second.refresh_from_db()
    assert second.status == Proposal.Status.MERGED
    assert Event.objects.count() == 1
    assert set(event.sources.all()) == {first, second}


def test_it_rejects_with_a_reason(proposal, editor):
    proposal.reject(by=editor, reason="Background, not an event")

    proposal.refresh_from_db()
    assert proposal.status == Proposal.Status.REJECTED and proposal.event is None
    assert Decision.objects.get(proposal=proposal).after["reason"] == "Background, not an event"


def test_it_refuses_a_second_decision(proposal, editor):
    proposal.reject(by=editor)
    stale = Proposal.objects.get(pk=proposal.pk)
    stale.status = Proposal.Status.PENDING  # what a second editor's copy still believes

    with pytest.raises(AlreadyDecided):
        stale.accept(by=editor)

    assert Event.objects.count() == 0
    assert Proposal.objects.get(pk=proposal.pk).status == Proposal.Status.REJECTED
    assert Decision.objects.count() == 1


def test_pending_and_published_querysets(article, editor):
    proposals = list(article.proposals.order_by("id"))
    event = proposals[0].accept(by=editor)
    hidden = proposals[1].accept(by=editor)
    hidden.published = False
    hidden.save(update_fields=["published"])

    assert set(Proposal.objects.pending()) == set(proposals[2:])
    assert list(Event.objects.published()) == [event]


def test_an_article_that_sources_an_event_cannot_be_deleted(article, editor):
    from django.db.models import ProtectedError

    from conflicts.models import Article

    event = article.proposals.get(phrase="Sept. 27").accept(by=editor)

    with pytest.raises(ProtectedError, match="protected foreign keys"):
        article.delete()

    assert Article.objects.filter(pk=article.pk).exists()
    assert event.sources.count() == 1


def test_an_article_with_only_pending_proposals_can_be_deleted(article):
    article.delete()

    assert Proposal.objects.count() == 0


def test_the_admin_asks_and_refuses_to_delete_a_source(admin_client, article, editor):
    article.proposals.get(phrase="Sept. 27").accept(by=editor)

    page = admin_client.get(f"/admin/conflicts/article/{article.pk}/delete/").content.decode()

    assert "would require deleting the following protected related objects" in page

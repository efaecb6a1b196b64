"""Two editors deciding the same proposal at once: exactly one wins, and one proposal never
yields two events. Run against PostgreSQL, where requests really overlap."""

import threading

import pytest
from django.db import connection, connections

from conflicts.models import AlreadyDecided, Event, Proposal

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs real concurrent connections (set DATABASE_URL to PostgreSQL)"
)


@pytest.mark.django_db(transaction=True)
def test_concurrent_accepts_create_exactly_one_event(article, editor):
    proposal_id = article.proposals.get(phrase="Sept. 27").pk
    barrier = threading.Barrier(4)
    outcomes = []

    def decide():
        try:
            proposal = Proposal.objects.select_related("article__conflict").get(pk=proposal_id)
            barrier.wait()
            proposal.accept(by=editor)
            outcomes.append("won")
        except AlreadyDecided:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=decide) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["refused", "refused", "refused", "won"]
    assert Event.objects.count() == 1
    assert Proposal.objects.get(pk=proposal_id).event == Event.objects.get()

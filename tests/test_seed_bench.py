from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from conflicts.models import Article, Conflict, Event, Proposal

pytestmark = pytest.mark.django_db


def seed(**options) -> str:
    out = StringIO()
    call_command("seed_bench", stdout=out, **options)
    return out.getvalue()


def test_it_creates_the_sizes_asked_for_split_over_the_conflicts():
    output = seed(conflicts=3, articles=30, proposals=301, events=31)

    assert list(Conflict.objects.order_by("slug").values_list("slug", flat=True)) == ["bench-1", "bench-2", "bench-3"]
    assert Article.objects.count() == 30
    assert Proposal.objects.count() == 301
    assert Event.objects.count() == 31
    assert "Seeded 3 conflicts: 30 articles, 301 proposals, 31 events" in output


def test_it_gives_every_event_its_sources_and_leaves_the_rest_in_the_queue():
    seed(conflicts=1, articles=20, proposals=200, events=20)

    statuses = dict(Proposal.objects.values_list("status").annotate(n=Count("id")))
    assert statuses == {"accepted": 20, "merged": 20, "rejected": 20, "pending": 140}
    assert not Event.objects.filter(sources__isnull=True).exists()
    assert Proposal.objects.filter(status="accepted").values("event").distinct().count() == 20
    assert not Proposal.objects.filter(status="pending", event__isnull=False).exists()
    # Every proposal belongs to its article's conflict and quotes its article's text.
    for proposal in Proposal.objects.select_related("article")[:50]:
        assert proposal.conflict_id == proposal.article.conflict_id
        assert proposal.quote in proposal.article.text


def test_it_spreads_dates_over_years_and_publishes_most_events():
    seed(conflicts=1, articles=100, proposals=1000, events=400)

    days = Event.objects.values_list("earliest", flat=True)
    assert (max(days) - min(days)).days > 40
    assert Event.objects.filter(published=True).count() > 350
    assert Article.objects.values("published").distinct().count() > 30


def test_it_refuses_to_overwrite_conflicts_that_exist():
    seed(conflicts=1, articles=2, proposals=4, events=2)

    with pytest.raises(CommandError, match="bench-1 exist"):
        seed(conflicts=1, articles=2, proposals=4, events=2)
    assert Proposal.objects.count() == 4
    seed(conflicts=1, articles=2, proposals=4, events=2, prefix="other")
    assert Proposal.objects.count() == 8


def test_it_refuses_fewer_proposals_than_events():
    with pytest.raises(CommandError, match="at least as many proposals as events"):
        seed(conflicts=1, articles=2, proposals=1, events=2)
    assert not Conflict.objects.exists()

"""The queue's status counts are cached per conflict; every way proposals change shows at once."""

import datetime
import re

import pytest
from django.urls import reverse

from conflicts.importing import import_article, redate_article
from conflicts.models import Conflict, Decision, Proposal


def shown_counts(client, **params) -> tuple[int, ...]:
    html = client.get(reverse("conflicts:review"), params).content.decode()
    found = re.search(r"<strong>(\d+)</strong> pending · (\d+) accepted · (\d+) merged · (\d+) rejected", html)
    return tuple(int(n) for n in found.groups())


def other_article(conflict, editor, text="Shelling hit the town on Sept. 30, officials said."):
    return import_article(conflict=conflict, title="Another report", outlet="Wire", published=datetime.date(2020, 10, 2),
                          text=text, by=editor).article


@pytest.mark.parametrize("scope", ["conflict", "all"])
def test_it_counts_every_decision_at_once(editor_client, editor, article, scope):
    params = {"conflict": article.conflict.slug} if scope == "conflict" else {}
    pending = article.proposals.count()
    assert shown_counts(editor_client, **params) == (pending, 0, 0, 0)
    first, second, third = article.proposals.order_by("id")[:3]

    event = first.accept(by=editor)
    assert shown_counts(editor_client, **params) == (pending - 1, 1, 0, 0)
    second.accept(by=editor, into=event)
    third.reject(by=editor)
    assert shown_counts(editor_client, **params) == (pending - 3, 1, 1, 1)
    Decision.last_undoable(editor).undo(by=editor)
    assert shown_counts(editor_client, **params) == (pending - 2, 1, 1, 0)


def test_it_counts_imports_redating_and_deletions(editor_client, editor, conflict, article):
    before = shown_counts(editor_client, conflict=conflict.slug)
    other = other_article(conflict, editor)
    added = other.proposals.count()
    assert added and shown_counts(editor_client, conflict=conflict.slug) == (before[0] + added, 0, 0, 0)

    redate_article(other, datetime.date(2020, 10, 3), by=editor)
    assert shown_counts(editor_client, conflict=conflict.slug)[0] == before[0] + other.proposals.count()

    other.delete()
    assert shown_counts(editor_client, conflict=conflict.slug) == before


def test_all_conflicts_add_up_and_each_keeps_its_own(editor_client, editor, conflict, article):
    elsewhere = Conflict.objects.create(name="Another war", slug="another-war")
    other_article(elsewhere, editor)
    here, there = shown_counts(editor_client, conflict=conflict.slug), shown_counts(editor_client, conflict=elsewhere.slug)
    assert shown_counts(editor_client) == tuple(a + b for a, b in zip(here, there))

    elsewhere.proposals.first().reject(by=editor)
    assert shown_counts(editor_client, conflict=conflict.slug) == here
    assert shown_counts(editor_client, conflict=elsewhere.slug) == (there[0] - 1, 0, 0, 1)


def test_the_pages_know_how_many_remain_with_skips_and_filters(editor_client, editor, conflict, article):
    pending = list(article.proposals.order_by("id"))
    editor_client.post(reverse("conflicts:skip", args=[pending[0].pk]))
    html = editor_client.get(reverse("conflicts:review"), {"conflict": conflict.slug}).content.decode()
    assert html.count('class="card"') == len(pending) - 1

    kind = pending[1].kind
    matching = Proposal.objects.pending().filter(conflict=conflict, kind=kind).exclude(pk=pending[0].pk).count()
    html = editor_client.get(reverse("conflicts:review"), {"conflict": conflict.slug, "kind": kind}).content.decode()
    assert html.count('class="card"') == matching
    if matching != len(pending):
        assert f"{matching} match the filters" in html


def test_an_admin_edit_of_a_proposal_shows_in_the_queue_and_the_widget(editor_client, client, editor, conflict, article):
    before = shown_counts(editor_client, conflict=conflict.slug)
    event = article.proposals.first().accept(by=editor)
    etag = client.get(reverse("conflicts:embed", args=[conflict.slug]))["ETag"]
    source = event.sources.get()
    source.quote = "A corrected quote."
    source.status = Proposal.Status.REJECTED
    source.save()

    assert shown_counts(editor_client, conflict=conflict.slug) == (before[0] - 1, 0, 0, 1)
    assert client.get(reverse("conflicts:embed", args=[conflict.slug]))["ETag"] != etag

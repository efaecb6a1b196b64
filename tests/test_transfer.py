import datetime
import json

import pytest
from django.core.management import CommandError, call_command

from conflicts.importing import import_article
from conflicts.models import Conflict, Decision, Event, Proposal


def _state(conflict):
    return {
        "articles": sorted(conflict.articles.values_list("title", "url", "published", "content_hash")),
        "proposals": sorted(
            (p.quote, p.phrase, p.status, p.kind, p.earliest, p.decided_by_id, p.event.title if p.event else None,
             p.group is not None)
            for p in conflict.proposals.select_related("event")
        ),
        "events": sorted(conflict.events.values_list("title", "kind", "earliest", "latest", "published", "label")),
        "decisions": sorted(
            (d.action, d.actor_id, d.proposal.quote if d.proposal else None, d.undone_at is not None)
            for d in Decision.objects.filter(proposal__conflict=conflict).select_related("proposal")
        ),
    }


def test_a_conflict_round_trips_through_export_and_import(article, editor, tmp_path):
    conflict = article.conflict
    proposals = {p.phrase: p for p in article.proposals.all()}
    event = proposals["Sept. 27"].accept(by=editor, title="Offensive begins")
    proposals["late last month"].accept(by=editor, into=event)
    proposals["Friday"].reject(by=editor, reason="statement")
    import_article(conflict=conflict, published=datetime.date(2020, 9, 28), title="Corroboration",
                   text="Azerbaijan launched an offensive on Sept. 27 and the escalation spread, officials said.")
    before = _state(conflict)
    path = tmp_path / "conflict.json"

    call_command("export_conflict", conflict.slug, "--output", str(path))
    Proposal.objects.filter(conflict=conflict).delete()  # sources first: articles that source events are protected
    conflict.delete()
    call_command("import_conflict", str(path))

    restored = Conflict.objects.get(slug="nk-2020")
    assert _state(restored) == before
    grouped = restored.proposals.exclude(group=None)
    assert grouped.count() == 2 and len({p.group for p in grouped}) == 1
    assert set(grouped.values_list("group", flat=True)) <= set(restored.proposals.values_list("id", flat=True))


def test_importing_over_an_existing_conflict_changes_nothing(article, tmp_path):
    path = tmp_path / "conflict.json"
    call_command("export_conflict", article.conflict.slug, "--output", str(path))

    with pytest.raises(CommandError, match="already exists; nothing was imported"):
        call_command("import_conflict", str(path))

    assert Conflict.objects.count() == 1 and Proposal.objects.count() == 3


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": "other"}),
                                     json.dumps({"format": "conflict-timeline/1", "conflict": {"slug": "x", "name": "X"},
                                                 "articles": [{"id": 1}]})])
def test_a_bad_export_is_refused_whole(db, tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)

    with pytest.raises(CommandError):
        call_command("import_conflict", str(path))

    assert Conflict.objects.count() == 0 and Event.objects.count() == 0

"""The world: one conflict in which everything an editor, an article or a feed can write is hostile."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import User

from conflicts.importing import import_article
from conflicts.models import Article, Conflict, Decision, Event, Feed, ImportBatch, Proposal

from .sweep import D, PAYLOAD, SHORT


@pytest.fixture
def hostile_editor(editors):
    """An editor whose very username is the payload (usernames show on pages and in the history)."""
    user = User.objects.create_user(PAYLOAD, password="hostile-password")
    user.groups.add(editors)
    return user


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("root", password="root-password")


ARTICLE_TEXT = (
    f"{PAYLOAD} Azerbaijan launched an offensive on Sept. 27, {PAYLOAD} said.\n\n"
    f"Armenia and Azerbaijan agreed on Friday to attend cease-fire talks in Moscow. {PAYLOAD}"
)


@pytest.fixture
def world(hostile_editor):
    conflict = Conflict.objects.create(name=PAYLOAD, slug="hostile", summary=PAYLOAD,
                                       gazetteer={PAYLOAD: PAYLOAD, "Azerbaijan": PAYLOAD})
    imported = import_article(
        conflict=conflict, title=PAYLOAD, outlet=PAYLOAD, text=ARTICLE_TEXT, published=D(2020, 10, 9),
        url="https://news.example/2020/10/09/talks?x=<script>alert(1)</script>\"'>", by=hostile_editor,
    ).article
    # What only a conflict export (manage.py import_conflict) or the admin could bring in: a
    # javascript: link as an article's URL.
    linked = Article.objects.create(conflict=conflict, title=PAYLOAD, outlet=PAYLOAD, url="javascript:alert(1)",
                                    published=D(2020, 10, 10), text=PAYLOAD, content_hash="hostile-js")
    # A proposal with every text field hostile, as a future tagger bug or an import could make it.
    made_up = Proposal.objects.create(
        article=linked, quote=PAYLOAD, quote_start=0, quote_end=len(PAYLOAD), phrase=PAYLOAD, phrase_start=0,
        phrase_end=5, value=PAYLOAD, mod=SHORT[:16], explanation=PAYLOAD, label=PAYLOAD, cue=PAYLOAD,
        plover=SHORT, attribution=PAYLOAD, actors=[PAYLOAD], figures={PAYLOAD: PAYLOAD}, date_role=SHORT[:16],
        earliest=D(2020, 10, 10), latest=D(2020, 10, 10), precision="day", confidence=0.9,
    )
    pending = list(imported.proposals.filter(status=Proposal.Status.PENDING).order_by("id"))
    assert pending, "the hostile article should give proposals"
    # An event accepted from the article, edited to hostile words, with the made-up proposal merged in.
    event = pending[0].accept(by=hostile_editor, title=PAYLOAD)
    event.edit(hostile_editor, label=PAYLOAD, actors=[PAYLOAD, "Armenia"])
    Event.objects.filter(pk=event.pk).update(plover=SHORT)
    made_up.accept(by=hostile_editor, into=event)
    # A second pending proposal of the linked article stays in the queue.
    queued = Proposal.objects.create(
        article=linked, quote=PAYLOAD, quote_start=0, quote_end=len(PAYLOAD), phrase=PAYLOAD, phrase_start=10,
        phrase_end=20, value="2020-10-10", explanation=PAYLOAD, label=PAYLOAD, cue=PAYLOAD, plover=SHORT,
        attribution=PAYLOAD, actors=[PAYLOAD], figures={PAYLOAD: 3}, earliest=D(2020, 10, 10),
        latest=D(2020, 10, 10), precision="day", confidence=0.95,
    )
    rejected = pending[-1] if len(pending) > 1 else None
    if rejected is not None:
        rejected.reject(by=hostile_editor, reason=PAYLOAD)
    feed = Feed.objects.create(conflict=conflict, url="https://feeds.example/rss?<script>alert(1)</script>",
                               title=SHORT, last_error=PAYLOAD, added_by=hostile_editor)
    batch = ImportBatch.objects.create(
        conflict=conflict, feed=feed, source="https://feeds.example/rss?<script>alert(1)</script>\"'>",
        created_by=hostile_editor, status=ImportBatch.Status.DONE, failed=1, created=1,
        items=[
            {"url": "https://news.example/a?<script>alert(1)</script>", "title": PAYLOAD, "published": PAYLOAD,
             "status": "failed", "reason": PAYLOAD, "note": PAYLOAD},
            {"url": "https://news.example/b", "title": PAYLOAD, "published": "2020-10-09", "status": "created",
             "article": imported.pk, "note": PAYLOAD},
        ],
    )
    event.refresh_search_text()
    decision = Decision.objects.filter(event=event, action=Decision.Action.EDIT).get()
    return SimpleNamespace(conflict=conflict, article=imported, linked=linked, event=event, proposal=queued,
                           decision=decision, feed=feed, batch=batch, editor=hostile_editor)

"""Keeping Conflict.revision and Conflict.queue_revision (which key ETags and caches) and the
events' search text up to date as events, articles, proposals and decisions change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .core import Conflict
from .review import Event


@receiver(post_save, sender="conflicts.Decision", dispatch_uid="event_search_text")
def _refresh_event_search_text(sender, instance, created, **kwargs):
    """Every change to an event's sources or words (accept, merge, undo, edit) is logged as a
    Decision, so that is where the event's search text is brought up to date."""
    if created and instance.event_id:
        event_id = instance.event_id
        Conflict.objects.filter(events=event_id).touch()
        transaction.on_commit(lambda: Event.objects.filter(pk=event_id).refresh_search_text())


@receiver(post_save, sender="conflicts.Event", dispatch_uid="event_touches_conflict")
@receiver(post_save, sender="conflicts.Article", dispatch_uid="article_touches_conflict")
def _touch_conflict(sender, instance, **kwargs):
    """Exports show events with their sources' article titles, outlets and dates."""
    Conflict.objects.filter(pk=instance.conflict_id).touch()


@receiver(post_delete, sender="conflicts.Event", dispatch_uid="event_deletion_touches_conflict")
def _touch_conflict_after_deletion(sender, instance, origin=None, **kwargs):
    if not _deleting_conflict(origin):
        Conflict.objects.filter(pk=instance.conflict_id).touch()


@receiver(post_save, sender="conflicts.Proposal", dispatch_uid="proposal_touches_queue")
def _touch_queue(sender, instance, created, **kwargs):
    """A new proposal joins the queue; a saved one (an admin's edit) may have changed its status
    or the quote a published event shows."""
    conflicts = Conflict.objects.filter(pk=instance.conflict_id)
    conflicts.touch_queue()
    if not created:
        conflicts.touch()


@receiver(post_delete, sender="conflicts.Proposal", dispatch_uid="proposal_deletion_touches_queue")
def _touch_queue_after_deletion(sender, instance, origin=None, **kwargs):
    if not _deleting_conflict(origin):
        Conflict.objects.filter(pk=instance.conflict_id).touch_queue()


def _deleting_conflict(origin) -> bool:
    """Whether a cascade started from a conflict (or a queryset of them), which is going anyway."""
    return isinstance(origin, Conflict) or getattr(origin, "model", None) is Conflict

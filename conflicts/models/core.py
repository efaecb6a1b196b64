"""Conflicts and the articles written about them."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse


class Kind(models.TextChoices):
    ESCALATION = "escalation", "Escalation"
    CEASEFIRE = "ceasefire", "Ceasefire"
    DIPLOMACY = "diplomacy", "Diplomacy"
    CASUALTIES = "casualties", "Casualties"
    HUMANITARIAN = "humanitarian", "Humanitarian"
    STATEMENT = "statement", "Statement"
    BACKGROUND = "background", "Background"
    OTHER = "other", "Other"


class Precision(models.TextChoices):
    DAY = "day", "Day"
    WEEK = "week", "Week"
    PART_OF_MONTH = "part_of_month", "Part of a month"
    MONTH = "month", "Month"
    SEASON = "season", "Season"
    QUARTER = "quarter", "Quarter"
    HALF = "half", "Half year"
    YEAR = "year", "Year"
    DECADE = "decade", "Decade"
    CENTURY = "century", "Century"


class ConflictQuerySet(models.QuerySet):
    def touch(self) -> int:
        """Say the conflicts' timelines changed: ETags and caches keyed on the revision go stale."""
        return self.update(revision=models.F("revision") + 1)

    def touch_queue(self) -> int:
        """Say proposals of the conflicts were added, decided, undone or removed: the queue's
        cached counts go stale."""
        return self.update(queue_revision=models.F("queue_revision") + 1)


class Conflict(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    summary = models.TextField(blank=True)
    gazetteer = models.JSONField(
        default=dict,
        blank=True,
        help_text='Actors editors add for this conflict, as {"alias": "canonical name"}, '
        'e.g. {"Artsakh": "Nagorno-Karabakh", "Stepanakert": "Nagorno-Karabakh"}.',
    )
    created_at = models.DateTimeField(auto_now_add=True)
    revision = models.PositiveBigIntegerField(
        default=0, editable=False,
        help_text="Counts the changes to the published timeline: events, their sources, their articles",
    )
    queue_revision = models.PositiveBigIntegerField(
        default=0, editable=False, help_text="Counts the proposals added, decided, undone or removed",
    )

    objects = ConflictQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("conflicts:timeline", args=[self.slug])

    def clean(self) -> None:
        gazetteer = self.gazetteer
        if not isinstance(gazetteer, dict) or not all(
            isinstance(alias, str) and isinstance(name, str) and alias.strip() and name.strip()
            for alias, name in gazetteer.items()
        ):
            raise ValidationError({"gazetteer": 'Give actors as {"alias": "canonical name", ...} with text on both sides.'})


class Article(models.Model):
    conflict = models.ForeignKey(Conflict, on_delete=models.CASCADE, related_name="articles")
    title = models.CharField(max_length=500)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    published = models.DateField(help_text="Publication date: relative dates in the text resolve against it.")
    text = models.TextField()
    language = models.CharField(max_length=16, default="en")
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="article_url_unique_when_given"),
        ]

    def __str__(self) -> str:
        return self.title


def protect_sources(collector, field, sub_objs, using):
    """Deleting an article deletes its proposals, unless some stand as quotes under events:
    then the deletion is refused, so no event loses its source without an editor deciding it."""
    sources = [proposal for proposal in sub_objs if proposal.event_id and proposal.status in ("accepted", "merged")]
    if sources:
        raise models.ProtectedError(
            "This article is the source of events; reject or move those quotes before deleting it.", sources
        )
    models.CASCADE(collector, field, sub_objs, using)

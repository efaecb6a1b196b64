"""Feeds and background import batches."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from .core import Conflict


class Feed(models.Model):
    """An RSS or Atom feed saved for a conflict; `refresh_feeds` imports its new entries."""

    conflict = models.ForeignKey(Conflict, on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=200, blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    refreshed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["conflict", "title", "url"]
        constraints = [models.UniqueConstraint(fields=["conflict", "url"], name="feed_unique_per_conflict")]

    def __str__(self) -> str:
        return self.title or self.url


class ImportBatch(models.Model):
    """A list of URLs imported in the background, with its progress: one item per URL, each with its
    outcome, so the page can show how far it got and a re-run skips what is done."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    # A page that could not be fetched for now (timeout, refused connection, HTTP 5xx) waits, a database
    # error stops the attempt; then the batch is tried again after RETRY_DELAYS[attempt - 1] seconds, at
    # most MAX_ATTEMPTS times in all (conflicts.tasks.run_import_batch).
    MAX_ATTEMPTS = 3
    RETRY_DELAYS = (30, 120)

    conflict = models.ForeignKey(Conflict, on_delete=models.CASCADE, related_name="import_batches")
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="batches")
    source = models.CharField(max_length=2000, blank=True, help_text="The feed or list the items came from")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    items = models.JSONField(default=list, help_text="[{url, title, published, status, reason, article}]")
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Runs of the import task so far")
    last_error = models.TextField(blank=True, help_text="Why the last attempt did not finish the batch")
    retry_at = models.DateTimeField(null=True, blank=True, help_text="When the next attempt is due")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["queued", "running", "done", "failed"]),
                                   name="importbatch_status_valid"),
        ]

    def __str__(self) -> str:
        return f"Import of {len(self.items)} items into {self.conflict}"

    def get_absolute_url(self) -> str:
        return reverse("conflicts:import-batch", args=[self.pk])

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def done(self) -> int:
        return self.created + self.duplicates + self.failed

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

"""The dated proposals found in articles, the events editors make of them, and the log of every
editorial decision."""

from __future__ import annotations

import datetime
import json

from django.conf import settings
from django.db import connection, models, transaction
from django.db.models import Prefetch, Q
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone

from .core import Article, Conflict, Kind, Precision, protect_sources


class AlreadyDecided(Exception):
    """Raised when a proposal was decided by someone else in the meantime."""

    def __init__(self, proposal: Proposal):
        self.proposal = proposal
        super().__init__(f"Proposal {proposal.pk} is already {proposal.get_status_display().lower()}.")


class ProposalQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for proposal in objs:
            proposal.copy_conflict()
        created = super().bulk_create(objs, *args, **kwargs)
        Conflict.objects.filter(pk__in={proposal.conflict_id for proposal in objs}).touch_queue()
        return created

    def pending(self):
        return self.filter(status=Proposal.Status.PENDING)

    def sources(self):
        """Proposals that stand as quotes under an event."""
        return self.filter(status__in=[Proposal.Status.ACCEPTED, Proposal.Status.MERGED])


class DatedMixin(models.Model):
    """An interval of days with the precision it was known at, and how to say it."""

    earliest = models.DateField(null=True, blank=True)
    latest = models.DateField(null=True, blank=True)
    precision = models.CharField(max_length=16, choices=Precision.choices, blank=True)
    label = models.CharField(max_length=100, blank=True)

    class Meta:
        abstract = True


class Proposal(DatedMixin):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"
        MERGED = "merged", "Merged"

    article = models.ForeignKey(Article, on_delete=protect_sources, related_name="proposals")
    # The article's conflict, copied so the queue filters, sorts and counts on one table's indexes.
    conflict = models.ForeignKey(Conflict, on_delete=models.CASCADE, related_name="proposals", editable=False)
    quote = models.TextField()
    quote_start = models.PositiveIntegerField()
    quote_end = models.PositiveIntegerField()
    phrase = models.CharField(max_length=200, blank=True, help_text="Empty when the lead is dated by publication")
    phrase_start = models.PositiveIntegerField()
    phrase_end = models.PositiveIntegerField()
    value = models.CharField(max_length=64, help_text="TIMEX3 value")
    mod = models.CharField(max_length=16, blank=True, help_text="TIMEX3 mod")
    explanation = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    cue = models.CharField(max_length=100, blank=True, help_text="The words that decided the kind")
    plover = models.CharField(max_length=32, blank=True, help_text="PLOVER event category")
    score = models.FloatField(default=0.0, help_text="PLOVER escalation score, -10 (violent) to +10 (cooperative)")
    actors = models.JSONField(default=list, blank=True)
    attribution = models.CharField(max_length=200, blank=True, help_text="Who says so")
    date_role = models.CharField(
        max_length=16, default="event", blank=True, help_text="Whether the date is the event's or the statement's"
    )
    figures = models.JSONField(default=dict, blank=True, help_text="Figures as reported, e.g. {'killed': 376}")
    confidence = models.FloatField(default=0.5)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    event = models.ForeignKey(
        "Event", null=True, blank=True, on_delete=models.SET_NULL, related_name="sources"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    group = models.BigIntegerField(
        null=True, blank=True, db_index=True, help_text="Proposals with the same group report the same event"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-confidence", "id"]
        permissions = [("review_proposal", "Can review proposals in the queue")]
        indexes = [
            models.Index(fields=["status", "-confidence", "id"], name="proposal_queue_idx"),
            models.Index(fields=["conflict", "status", "-confidence", "id"], name="proposal_conflict_queue_idx"),
            models.Index(fields=["conflict", "status", "earliest", "id"], name="proposal_conflict_date_idx"),
            models.Index(fields=["status", "earliest", "id"], name="proposal_date_idx"),
            models.Index(fields=["conflict", "status", "kind", "-confidence", "id"], name="proposal_conflict_kind_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "accepted", "rejected", "merged"]), name="proposal_status_valid"
            ),
            models.CheckConstraint(condition=Q(quote_start__lte=models.F("quote_end")), name="proposal_quote_span"),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=1), name="proposal_confidence_0_1"),
        ]

    def __str__(self) -> str:
        return f"{self.phrase}: {self.quote[:60]}"

    def save(self, *args, **kwargs):
        self.copy_conflict()
        super().save(*args, **kwargs)

    def copy_conflict(self) -> None:
        if self.conflict_id is None and self.article_id is not None:
            self.conflict_id = self.article.conflict_id

    def snapshot(self) -> dict:
        return {
            "status": self.status,
            "event": self.event_id,
            "kind": self.kind,
            "earliest": _iso(self.earliest),
            "latest": _iso(self.latest),
            "precision": self.precision,
            "label": self.label,
        }

    def _claim(self, status: str, by, event: Event | None = None) -> None:
        """Move a pending proposal to `status`, or raise AlreadyDecided if another editor got there first.

        The conditional UPDATE is the arbiter: of two concurrent decisions only one matches a row.
        """
        now = timezone.now()
        claimed = Proposal.objects.filter(pk=self.pk, status=self.Status.PENDING).update(
            status=status, decided_by=by, decided_at=now, event=event
        )
        if not claimed:
            self.refresh_from_db()
            raise AlreadyDecided(self)
        Conflict.objects.filter(pk=self.conflict_id).touch_queue()
        self.status, self.decided_by, self.decided_at, self.event = status, by, now, event

    def accept(self, by, into: Event | None = None, title: str = "", edits: dict | None = None) -> Event:
        """Accept as a new published event (with the editor's `edits` to date, title, kind or actors),
        or as a further source of the existing event `into`."""
        if into is not None and into.conflict_id != self.article.conflict_id:
            raise ValueError("A proposal can only be merged into an event of its own conflict.")
        with transaction.atomic():
            before = self.snapshot()
            if into is None:
                # Created first and claimed with the proposal in one UPDATE; if another editor got there
                # first, AlreadyDecided rolls the event back with the transaction.
                fields = {
                    "earliest": self.earliest,
                    "latest": self.latest,
                    "precision": self.precision,
                    "label": self.label,
                    "title": title or self.default_title(),
                    "kind": self.kind,
                    "plover": self.plover,
                    "score": self.score,
                    "actors": self.actors,
                } | (edits or {})
                into = Event.objects.create(conflict=self.article.conflict, **fields)
                self._claim(self.Status.ACCEPTED, by, event=into)
                action = Decision.Action.ACCEPT
            else:
                self._claim(self.Status.MERGED, by, event=into)
                action = Decision.Action.MERGE
            after = self.snapshot() | ({"edits": _jsonable(edits)} if edits else {})
            Decision.objects.create(actor=by, action=action, proposal=self, event=into, before=before, after=after)
        return into

    def reject(self, by, reason: str = "") -> None:
        with transaction.atomic():
            before = self.snapshot()
            self._claim(self.Status.REJECTED, by)
            Decision.objects.create(
                actor=by,
                action=Decision.Action.REJECT,
                proposal=self,
                before=before,
                after=self.snapshot() | ({"reason": reason} if reason else {}),
            )

    def default_title(self) -> str:
        title = " ".join(self.quote.split())
        return title if len(title) <= 120 else title[:119].rsplit(" ", 1)[0] + "…"

    @property
    def quote_parts(self) -> tuple[str, str, str]:
        """The quote split around the temporal phrase, for highlighting it."""
        start, end = self.phrase_start - self.quote_start, self.phrase_end - self.quote_start
        if not 0 <= start <= end <= len(self.quote):
            return self.quote, "", ""
        return self.quote[:start], self.quote[start:end], self.quote[end:]


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def chronological(self):
        return self.order_by(models.F("earliest").asc(nulls_last=True), "latest", "id")

    def of_kinds(self, kinds):
        return self.filter(kind__in=kinds) if kinds else self

    def with_actor(self, actor: str):
        if not actor:
            return self
        if connection.vendor == "postgresql":
            return self.filter(actors__contains=[actor])
        # SQLite has no JSON containment; the quoted name inside the stored JSON text is as exact.
        return self.filter(actors__icontains=json.dumps(actor))

    def overlapping(self, start: datetime.date | None = None, end: datetime.date | None = None):
        """Events whose days meet start..end; an event with one open bound is taken at the other."""
        events = self
        if start:
            events = events.filter(Q(latest__gte=start) | Q(latest__isnull=True, earliest__gte=start))
        if end:
            events = events.filter(Q(earliest__lte=end) | Q(earliest__isnull=True, latest__lte=end))
        return events

    def search(self, query: str):
        """Full-text search of titles, quotes, actors, outlets: PostgreSQL's websearch syntax on the
        GIN index, a substring match of every term on other databases."""
        from conflicts.timeline.search import clean_query, parse_terms

        query = clean_query(query)
        if not query:
            return self
        if connection.vendor == "postgresql":
            from django.contrib.postgres.search import SearchQuery, SearchVectorField

            # A stored, GIN-indexed tsvector of search_text that only PostgreSQL has (migration 0005).
            vector = RawSQL('"conflicts_event"."search_vector"', [], output_field=SearchVectorField())
            return self.alias(search_vector=vector).filter(
                search_vector=SearchQuery(query, search_type="websearch", config="english")
            )
        terms, events = parse_terms(query), self
        for term in terms.include:
            events = events.filter(search_text__contains=term)
        for term in terms.exclude:
            events = events.exclude(search_text__contains=term)
        return events

    def refresh_search_text(self) -> int:
        events = list(self.prefetch_related(Prefetch("sources", Proposal.objects.sources().select_related("article"))))
        for event in events:
            event.search_text = event.build_search_text()
        self.model.objects.bulk_update(events, ["search_text"], batch_size=500)
        Conflict.objects.filter(pk__in={event.conflict_id for event in events}).touch()
        return len(events)


class Event(DatedMixin):
    conflict = models.ForeignKey(Conflict, on_delete=models.CASCADE, related_name="events")
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.OTHER)
    plover = models.CharField(max_length=32, blank=True, help_text="PLOVER event category")
    score = models.FloatField(default=0.0, help_text="PLOVER escalation score, -10 (violent) to +10 (cooperative)")
    actors = models.JSONField(default=list, blank=True)
    published = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    search_text = models.TextField(
        blank=True, default="", editable=False, help_text="Title, actors and sources, folded for search"
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["earliest", "latest", "id"]
        indexes = [models.Index(fields=["conflict", "published", "earliest"], name="event_timeline_idx")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("conflicts:event", args=[self.conflict.slug, self.pk])

    def save(self, *args, **kwargs):
        # A new event is findable by its own words at once, however it was made; its sources'
        # words follow when they are attached (see _refresh_event_search_text).
        if self._state.adding and not self.search_text:
            from conflicts.timeline.search import search_text

            self.search_text = search_text([self.title, self.get_kind_display(), self.plover, *self.actors])
        super().save(*args, **kwargs)

    EDITABLE = ("title", "kind", "earliest", "latest", "precision", "label", "actors")

    def snapshot(self) -> dict:
        return _jsonable({name: getattr(self, name) for name in (*self.EDITABLE, "published")})

    def edit(self, by, **changes) -> None:
        """Change the editable fields and log what changed."""
        unknown = set(changes) - set(self.EDITABLE)
        if unknown:
            raise ValueError(f"Not editable: {', '.join(sorted(unknown))}")
        with transaction.atomic():
            before = self.snapshot()
            for name, value in changes.items():
                setattr(self, name, value)
            self.save(update_fields=[*changes, "updated_at"])
            Decision.objects.create(
                actor=by, action=Decision.Action.EDIT, event=self, before=before, after=self.snapshot()
            )

    def build_search_text(self) -> str:
        from conflicts.timeline.search import search_text

        parts = [self.title, self.get_kind_display(), self.plover, *self.actors]
        for source in self.sources.all():
            if source.status in (Proposal.Status.ACCEPTED, Proposal.Status.MERGED):
                parts += [source.quote, source.attribution, source.article.title, source.article.outlet]
        return search_text(parts)

    def refresh_search_text(self) -> None:
        Event.objects.filter(pk=self.pk).refresh_search_text()

    def set_published(self, by, published: bool) -> None:
        if self.published == published:
            return
        with transaction.atomic():
            before = self.snapshot()
            self.published = published
            self.save(update_fields=["published", "updated_at"])
            action = Decision.Action.PUBLISH if published else Decision.Action.UNPUBLISH
            Decision.objects.create(actor=by, action=action, event=self, before=before, after=self.snapshot())


class Decision(models.Model):
    """The audit trail: who did what to which proposal or event, with the state before and after."""

    class Action(models.TextChoices):
        ACCEPT = "accept", "Accepted"
        MERGE = "merge", "Merged into an event"
        REJECT = "reject", "Rejected"
        EDIT = "edit", "Edited"
        UNDO = "undo", "Undone"
        PUBLISH = "publish", "Published"
        UNPUBLISH = "unpublish", "Unpublished"

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=16, choices=Action.choices)
    proposal = models.ForeignKey(Proposal, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions")
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions")
    before = models.JSONField(default=dict, blank=True)
    after = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["actor", "-id"], name="decision_actor_idx")]

    def __str__(self) -> str:
        return f"{self.actor} {self.get_action_display().lower()} at {self.created_at:%Y-%m-%d %H:%M}"

    UNDOABLE = (Action.ACCEPT, Action.MERGE, Action.REJECT)

    @classmethod
    def last_undoable(cls, actor) -> Decision | None:
        return (
            cls.objects.filter(actor=actor, action__in=cls.UNDOABLE, undone_at=None, proposal__isnull=False)
            .select_related("proposal", "event")
            .order_by("-id")
            .first()
        )

    def undo(self, by) -> Proposal:
        """Put the proposal back in the queue; an event its acceptance created goes too, unless
        other sources have been attached to it since."""
        with transaction.atomic():
            now = timezone.now()
            if not Decision.objects.filter(pk=self.pk, undone_at=None).update(undone_at=now):
                raise CannotUndo("This decision has already been undone.")
            proposal = self.proposal
            reverted = Proposal.objects.filter(pk=proposal.pk, status=self.after.get("status")).update(
                status=Proposal.Status.PENDING, decided_by=None, decided_at=None, event=None
            )
            if not reverted:
                raise CannotUndo("The proposal has changed since this decision; it cannot be undone.")
            Conflict.objects.filter(pk=proposal.conflict_id).touch_queue()
            before = proposal.snapshot()
            proposal.refresh_from_db()
            event = self.event
            if self.action == self.Action.ACCEPT and event and not event.sources.exists():
                event.delete()
            Decision.objects.create(
                actor=by,
                action=self.Action.UNDO,
                proposal=proposal,
                event=event if event and event.pk else None,
                before=before,
                after=proposal.snapshot() | {"undid": self.pk},
            )
        return proposal


class CannotUndo(Exception):
    pass


def _jsonable(data: dict) -> dict:
    return {key: value.isoformat() if isinstance(value, datetime.date) else value for key, value in data.items()}


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None

"""Generate a production-sized database for benchmarks: N conflicts sharing the articles, proposals
and events asked for, with the queue's mix of statuses.

Per event: one accepted proposal (its first source), one merged (a second report), one rejected,
and the rest of its share pending, so 1,000,000 proposals over 100,000 events leave 700,000 in the
queue. Dates spread evenly over a few years per conflict; events come in waves of fighting, talks
and truces. Rows are written in chunks, so memory stays flat whatever the size.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from conflicts.models import Article, Conflict, Event, Proposal
from conflicts.seeding import ACTORS, KINDS, OUTLETS, PLACES, bounds, wave_kind
from conflicts.timeline.labels import date_label
from conflicts.timeline.search import search_text

CHUNK_ARTICLES = 2_000
START = dt.date(2018, 1, 1)
PHRASES = ["Friday", "on Sunday", "late last month", "this week", "Sept. 27", "yesterday"]


class Command(BaseCommand):
    help = "Fill the database with N conflicts of generated articles, proposals and published events."

    def add_arguments(self, parser):
        parser.add_argument("--conflicts", type=int, default=4)
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--proposals", type=int, default=1_000_000)
        parser.add_argument("--events", type=int, default=100_000)
        parser.add_argument("--prefix", default="bench", help="conflict slugs are PREFIX-1 ... PREFIX-N")
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, conflicts: int, articles: int, proposals: int, events: int, prefix: str, seed: int,
               **options):
        if conflicts < 1 or articles < conflicts or events < conflicts:
            raise CommandError("Ask for at least one conflict, and one article and one event per conflict.")
        if proposals < events:
            raise CommandError("Every event needs a proposal that sourced it: ask for at least as many proposals as events.")
        slugs = [f"{prefix}-{number}" for number in range(1, conflicts + 1)]
        taken = list(Conflict.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        if taken:
            raise CommandError(f"Conflicts {', '.join(taken)} exist already; use another --prefix or a fresh database.")
        started = time.perf_counter()
        for number, slug in enumerate(slugs):
            share = lambda total: total // conflicts + (1 if number < total % conflicts else 0)  # noqa: E731
            _seed_conflict(slug, share(articles), share(proposals), share(events), random.Random(seed + number))
            self.stdout.write(f"{slug}: {share(articles):,} articles, {share(proposals):,} proposals, "
                              f"{share(events):,} events ({time.perf_counter() - started:.0f} s)")
        self.stdout.write(self.style.SUCCESS(
            f"Seeded {conflicts} conflicts: {articles:,} articles, {proposals:,} proposals, {events:,} events "
            f"in {time.perf_counter() - started:.0f} s."))


def _seed_conflict(slug: str, articles: int, proposals: int, events: int, rng: random.Random) -> None:
    conflict = Conflict.objects.create(name=f"Benchmark conflict {slug}", slug=slug,
                                       summary="Generated for benchmarks by manage.py seed_bench.")
    span_days = max(events // 8, 60)
    # Proposal p belongs to article p * articles // proposals and reports event p * events // proposals.
    event_ids: list[int] = []
    for first in range(0, events, CHUNK_ARTICLES * 5):
        event_ids.extend(_create_events(conflict, range(first, min(events, first + CHUNK_ARTICLES * 5)), events,
                                        span_days, rng))
    for first in range(0, articles, CHUNK_ARTICLES):
        with transaction.atomic():
            _create_articles(conflict, range(first, min(articles, first + CHUNK_ARTICLES)), articles, proposals,
                             events, event_ids, span_days, rng)


def _day(index: int, total: int, span_days: int) -> dt.date:
    return START + dt.timedelta(days=index * span_days // total)


def _create_events(conflict, numbers: range, total: int, span_days: int, rng: random.Random) -> list[int]:
    batch = []
    for number in numbers:
        day = _day(number, total, span_days)
        kind = wave_kind(day, START, rng)
        earliest, latest, precision = bounds(day, rng)
        plover, score, _sentence = KINDS[kind]
        place, actors = rng.choice(PLACES), rng.sample(ACTORS, rng.randint(0, 3))
        title = f"{kind.capitalize()} around {place}"
        batch.append(Event(
            conflict=conflict, title=title, kind=kind, plover=plover, score=score, actors=actors,
            earliest=earliest, latest=latest, precision=precision, label=date_label(earliest, latest, precision),
            published=rng.random() > 0.02,
            search_text=search_text([title, kind, plover, *actors, KINDS[kind][2].format(place=place, n=12)]),
        ))
    with transaction.atomic():
        return [event.pk for event in Event.objects.bulk_create(batch, batch_size=1_000)]


def _create_articles(conflict, numbers: range, articles: int, proposals: int, events: int, event_ids: list[int],
                     span_days: int, rng: random.Random) -> None:
    new_articles = []
    for number in numbers:
        digest = hashlib.sha256(f"{conflict.slug}/{number}".encode()).hexdigest()
        new_articles.append(Article(
            conflict=conflict, title=f"Report {number + 1} on the fighting", outlet=rng.choice(OUTLETS),
            published=_day(number, articles, span_days), url=f"https://news.example/{conflict.slug}/{number}",
            text="", content_hash=digest,
        ))
    first_proposal = -(-numbers.start * proposals // articles)
    last_proposal = -(-numbers.stop * proposals // articles)
    by_article: dict[int, list[str]] = {}
    new_proposals = []
    for p in range(first_proposal, last_proposal):
        article = new_articles[p * articles // proposals - numbers.start]
        event_index = p * events // proposals
        # The first proposals of an event's share source it; the rest wait in the queue.
        rank = p - (-(-event_index * proposals // events))
        status, event_id = _status(rank), None
        if status in (Proposal.Status.ACCEPTED, Proposal.Status.MERGED):
            event_id = event_ids[event_index]
        kind = wave_kind(article.published, START, rng)
        plover, score, sentence = KINDS[kind]
        phrase = rng.choice(PHRASES)
        quote = f"{phrase.capitalize()}, {sentence.format(place=rng.choice(PLACES), n=rng.randint(2, 40))}"
        earliest, latest, precision = bounds(article.published - dt.timedelta(days=rng.randint(0, 3)), rng)
        by_article.setdefault(id(article), []).append(quote)
        new_proposals.append(Proposal(
            article=article, conflict=conflict, quote=quote, quote_start=0, quote_end=len(quote), phrase=phrase,
            phrase_start=0, phrase_end=len(phrase), value=earliest.isoformat(), earliest=earliest, latest=latest,
            precision=precision, label=date_label(earliest, latest, precision),
            explanation=f"{phrase} → {date_label(earliest, latest, precision)}", kind=kind, cue="shelling",
            plover=plover, score=score, actors=rng.sample(ACTORS, rng.randint(0, 2)), attribution="officials",
            confidence=round(rng.random(), 3), status=status, event_id=event_id,
        ))
    for article in new_articles:
        article.text = "\n\n".join(by_article.get(id(article), ["No dated report."]))
    Article.objects.bulk_create(new_articles, batch_size=1_000)
    for proposal in new_proposals:
        proposal.article_id = proposal.article.pk
    Proposal.objects.bulk_create(new_proposals, batch_size=2_000)


def _status(rank: int) -> str:
    return [Proposal.Status.ACCEPTED, Proposal.Status.MERGED, Proposal.Status.REJECTED][rank] if rank < 3 \
        else Proposal.Status.PENDING

"""Generate a long published timeline for benchmarks: N events over a few years, in waves of
fighting, talks and truces, at mixed precisions, each with one to three sourced quotes."""

import datetime as dt
import hashlib
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from conflicts.models import Article, Conflict, Event, Proposal
from conflicts.seeding import ACTORS, KINDS, OUTLETS, PLACES, bounds, wave_kind
from conflicts.timeline.labels import date_label
from conflicts.timeline.search import search_text

class Command(BaseCommand):
    help = "Create (or replace) a conflict with N generated, published, sourced events."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=10_000)
        parser.add_argument("--slug", default="")
        parser.add_argument("--seed", type=int, default=7)

    @transaction.atomic
    def handle(self, *args, events: int, slug: str, seed: int, **options):
        rng = random.Random(seed)
        slug = slug or f"generated-{events}"
        old = Conflict.objects.filter(slug=slug)
        # Events first: articles that source an event may be protected from deletion.
        Event.objects.filter(conflict__in=old).delete()
        Article.objects.filter(conflict__in=old).delete()
        old.delete()
        conflict = Conflict.objects.create(name=f"Generated conflict ({events:,} events)", slug=slug,
                                           summary="Generated for benchmarks.")
        start = dt.date(2018, 1, 1)
        span_days = max(events // 8, 60)
        records = []
        for index in range(events):
            day = start + dt.timedelta(days=index * span_days // events)
            kind = wave_kind(day, start, rng)
            earliest, latest, precision = bounds(day, rng)
            records.append((kind, earliest, latest, precision, rng.sample(ACTORS, rng.randint(0, 3)),
                            rng.choice(PLACES), rng.randint(1, 3)))

        new_events = []
        for kind, earliest, latest, precision, actors, place, _ in records:
            plover, score, _sentence = KINDS[kind]
            title = f"{kind.capitalize()} around {place}"
            new_events.append(Event(conflict=conflict, title=title, kind=kind, plover=plover, score=score,
                                    actors=actors, earliest=earliest, latest=latest, precision=precision,
                                    label=date_label(earliest, latest, precision)))
        new_events = Event.objects.bulk_create(new_events, batch_size=1000)

        articles, proposals, texts = [], [], {}
        for number, (event, record) in enumerate(zip(new_events, records)):
            kind, earliest, latest, precision, actors, place, source_count = record
            for source in range(source_count):
                quote = KINDS[kind][2].format(place=place, n=rng.randint(2, 40))
                published = (latest or earliest) + dt.timedelta(days=source)
                digest = hashlib.sha256(f"{slug}/{number}/{source}".encode()).hexdigest()
                article = Article(conflict=conflict, title=f"{event.title}: report {source + 1}",
                                  outlet=rng.choice(OUTLETS), published=published,
                                  url=f"https://news.example/{slug}/{number}/{source}", text=quote,
                                  content_hash=digest)
                articles.append(article)
                proposals.append(Proposal(
                    article=article, quote=quote, quote_start=0, quote_end=len(quote), phrase=event.label,
                    phrase_start=0, phrase_end=0, value=earliest.isoformat(), kind=kind, plover=event.plover,
                    score=event.score, actors=actors, earliest=earliest, latest=latest, precision=precision,
                    label=event.label, status=Proposal.Status.ACCEPTED if source == 0 else Proposal.Status.MERGED,
                    event=event, confidence=0.8,
                ))
                texts.setdefault(event.pk, [event.title, kind, event.plover, *actors]).extend(
                    [quote, article.title, article.outlet])
        Article.objects.bulk_create(articles, batch_size=1000)
        for proposal in proposals:
            proposal.article_id = proposal.article.pk
        Proposal.objects.bulk_create(proposals, batch_size=1000)
        for event in new_events:
            event.search_text = search_text(texts[event.pk])
        Event.objects.bulk_update(new_events, ["search_text"], batch_size=1000)
        self.stdout.write(f"Conflict {slug}: {len(new_events)} events, {len(proposals)} sources.")


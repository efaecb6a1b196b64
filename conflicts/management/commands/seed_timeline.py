"""Generate a long published timeline for benchmarks: N events over a few years, in waves of
fighting, talks and truces, at mixed precisions, each with one to three sourced quotes."""

import datetime as dt
import hashlib
import random

from django.core.management.base import BaseCommand
from django.db import transaction

from conflicts.models import Article, Conflict, Event, Proposal
from conflicts.timeline.labels import date_label
from conflicts.timeline.search import search_text

ACTORS = ["Armenia", "Azerbaijan", "Russia", "Turkey", "France", "United States", "Nagorno-Karabakh",
          "Armenian armed forces", "Azerbaijani armed forces", "Russian peacekeepers", "Red Cross",
          "Nikol Pashinyan", "Ilham Aliyev", "OSCE Minsk Group", "United Nations"]
PLACES = ["Stepanakert", "Ganja", "Shusha", "Hadrut", "Martuni", "Lachin", "Fizuli", "Jabrayil", "Tartar", "Barda"]
KINDS = {
    "escalation": ("ASSAULT", -9.0, "{place} came under heavy shelling, officials said."),
    "casualties": ("ASSAULT", -8.0, "At least {n} people were killed in {place}, the ministry said."),
    "diplomacy": ("CONSULT", 3.5, "Foreign ministers met to discuss the fighting around {place}."),
    "ceasefire": ("RETREAT", 7.5, "A ceasefire took effect around {place} at midnight."),
    "humanitarian": ("AID", 6.0, "Aid convoys reached {place} after days of waiting."),
    "statement": ("DISAPPROVE", -2.0, "Officials condemned the attack on {place}."),
}
WAVE_DAYS = 45
WAVES = [("escalation", 0.55, "casualties", 0.25, "statement"), ("diplomacy", 0.6, "statement", 0.2, "humanitarian"),
         ("ceasefire", 0.5, "humanitarian", 0.3, "statement")]


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
            wave = WAVES[(day - start).days // WAVE_DAYS % len(WAVES)]
            roll = rng.random()
            kind = wave[0] if roll < wave[1] else wave[2] if roll < wave[1] + wave[3] else wave[4]
            earliest, latest, precision = _bounds(day, rng)
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
                                  outlet=rng.choice(["Wire A", "Wire B", "Daily C"]), published=published,
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


def _bounds(day: dt.date, rng: random.Random) -> tuple[dt.date, dt.date, str]:
    """Mostly exact days; some weeks, parts of months and months, as reports give them."""
    roll = rng.random()
    if roll < 0.8:
        return day, day, "day"
    if roll < 0.9:
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6), "week"
    if roll < 0.96:
        first = day.replace(day=21)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first, last, "part_of_month"
    first = day.replace(day=1)
    return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1), "month"

"""Server time of the review queue page with 100,000 pending proposals, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_queue.py [--pending 100000] [--requests 30] [--postgres URL]

Each database is filled in a process of its own (Django's settings are per process). The baseline,
measured in the same run on the same database, is the same page over 1,000 pending proposals: the
ratio shows what 100 times more pending work costs the queue. Times are medians and 95th
percentiles of the view's server time (Django's test client, no network), in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

import harness

PAGES = {
    "first page": {},
    "filtered (kind, confidence)": {"kind": "escalation", "confidence": "0.5"},
    "by date, page 100": {"sort": "date", "page": "100"},
}


def main() -> None:
    args = harness.arguments(__doc__.splitlines()[0], "pending", 100_000, requests=30)
    if args.worker:
        return worker(args.worker, args.size, args.requests)
    harness.run_workers(__file__, args, "bench_queue")


def worker(database_url: str, pending: int, requests: int) -> None:
    harness.setup_django(database_url)
    from django.test import Client

    editor = _editor()
    client = Client()
    client.force_login(editor)

    baseline_conflict = _fill("baseline", 1_000)
    started = time.perf_counter()
    big_conflict = _fill("big", pending)
    print(f"  filled {pending:,} pending proposals in {time.perf_counter() - started:.1f} s", flush=True)
    harness.analyze()

    for label, params in PAGES.items():
        base = _time(client, {"conflict": baseline_conflict, **params}, requests)
        big = _time(client, {"conflict": big_conflict, **params}, requests)
        print(f"  {label:28} {pending:>7,}: {harness.figures(big)}"
              f"   | 1,000: median {statistics.median(base):5.1f} ms   ratio {statistics.median(big) / statistics.median(base):4.2f}x",
              flush=True)


def _editor():
    from django.contrib.auth.models import Group, User

    user, _ = User.objects.get_or_create(username="bench-editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _fill(slug: str, count: int) -> str:
    from conflicts.models import Article, Conflict, Kind, Proposal

    conflict = Conflict.objects.create(name=slug, slug=slug)
    per_article = 50
    kinds = Kind.values
    articles = Article.objects.bulk_create(
        Article(conflict=conflict, title=f"Report {n}", outlet="Bench Desk", published=dt.date(2020, 10, 9),
                text=f"Report {n}.", content_hash=f"{slug}-{n}")
        for n in range(max(1, count // per_article))
    )
    batch = []
    for n in range(count):
        day = dt.date(2020, 1, 1) + dt.timedelta(days=n % 700)
        quote = f"Shelling hit the town on Friday, officials said in report {n}."
        batch.append(Proposal(
            article=articles[n % len(articles)], quote=quote, quote_start=0, quote_end=len(quote),
            phrase="Friday", phrase_start=23, phrase_end=29, value=day.isoformat(), earliest=day, latest=day,
            precision="day", label=day.isoformat(), kind=kinds[n % len(kinds)], confidence=(n % 97) / 97,
            actors=["Armenia", "Azerbaijan"], attribution="officials",
        ))
        if len(batch) == 5_000:
            Proposal.objects.bulk_create(batch)
            batch = []
    Proposal.objects.bulk_create(batch)
    return slug


def _time(client, params: dict, requests: int) -> list[float]:
    client.get("/review/", params)  # warm caches and connections
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get("/review/", params)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return times


if __name__ == "__main__":
    main()

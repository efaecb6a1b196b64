"""Server time of the review queue page with 100,000 pending proposals, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/bench_queue.py [--pending 100000] [--requests 30] [--postgres URL]

Each database is filled in a process of its own (Django's settings are per process). The baseline,
measured in the same run on the same database, is the same page over 1,000 pending proposals: the
ratio shows what 100 times more pending work costs the queue. Times are medians and 95th
percentiles of the view's server time (Django's test client, no network), in milliseconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "first page": {},
    "filtered (kind, confidence)": {"kind": "escalation", "confidence": "0.5"},
    "by date, page 100": {"sort": "date", "page": "100"},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres",
                        help="a PostgreSQL server to create a scratch database on ('' to skip)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.pending, args.requests)

    targets = [("SQLite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")]
    if args.postgres:
        targets.append(("PostgreSQL", _scratch_postgres(args.postgres)))
    for name, url in targets:
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, __file__, "--worker", url, "--pending", str(args.pending),
                        "--requests", str(args.requests)], check=True, cwd=ROOT)


def _scratch_postgres(server_url: str) -> str:
    import psycopg

    name = "bench_queue"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def worker(database_url: str, pending: int, requests: int) -> None:
    os.environ.update(DATABASE_URL=database_url, DEBUG="1", SECRET_KEY="bench", SECURE_SSL_REDIRECT="0",
                      ALLOWED_HOSTS="testserver")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    editor = _editor()
    client = Client()
    client.force_login(editor)

    baseline_conflict = _fill("baseline", 1_000)
    started = time.perf_counter()
    big_conflict = _fill("big", pending)
    print(f"  filled {pending:,} pending proposals in {time.perf_counter() - started:.1f} s", flush=True)
    # Fresh bulk loads have no planner statistics yet; autovacuum (PostgreSQL) or PRAGMA optimize
    # (SQLite) would gather them in production within minutes.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    for label, params in PAGES.items():
        base = _time(client, {"conflict": baseline_conflict, **params}, requests)
        big = _time(client, {"conflict": big_conflict, **params}, requests)
        print(f"  {label:28} {pending:>7,}: median {statistics.median(big):6.1f} ms, p95 {_p95(big):6.1f} ms"
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


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


if __name__ == "__main__":
    main()

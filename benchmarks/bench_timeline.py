"""Server time of the public timeline's first screen for a conflict of 10,000 events, on SQLite
and PostgreSQL.

    .venv/bin/python benchmarks/bench_timeline.py [--events 10000] [--requests 50] [--postgres URL]

Each database is filled (manage.py seed_timeline: 1-3 sources per event) in a process of its own.
The baseline, measured in the same run on the same database, is the same page for a conflict of
100 events. "first screen" is the page as most readers get it, with the conflict's overview
(phases, chart, actor list) cached; "cold" recomputes the overview on every request, as after an
edit. Times are medians and 95th percentiles of the view's server time (Django's test client, no
network), in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "first screen": ({}, False),
    "first screen, cold": ({}, True),
    "kind filter": ({"kind": "ceasefire"}, False),
    "text search": ({"q": "shelling stepanakert"}, False),
    "actor + date range": ({"actor": "Russia", "from": "2019-01", "to": "2019-06"}, False),
    "page 100 (htmx)": ({"page": "100"}, False),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres",
                        help="a PostgreSQL server to create a scratch database on ('' to skip)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.events, args.requests)

    targets = [("SQLite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")]
    if args.postgres:
        targets.append(("PostgreSQL", _scratch_postgres(args.postgres)))
    for name, url in targets:
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, __file__, "--worker", url, "--events", str(args.events),
                        "--requests", str(args.requests)], check=True, cwd=ROOT)


def _scratch_postgres(server_url: str) -> str:
    import psycopg

    name = "bench_timeline"
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def worker(database_url: str, events: int, requests: int) -> None:
    os.environ.update(DATABASE_URL=database_url, DEBUG="0", SECRET_KEY="bench", SECURE_SSL_REDIRECT="0",
                      ALLOWED_HOSTS="testserver")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    # Static files are not collected here; the page only needs their URLs.
    settings.STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("seed_timeline", events=events, slug="big", stdout=open(os.devnull, "w"))
    print(f"  filled {events:,} events in {time.perf_counter() - started:.1f} s", flush=True)
    call_command("seed_timeline", events=100, slug="baseline", stdout=open(os.devnull, "w"))
    with connection.cursor() as cursor:
        # A fresh bulk load has no planner statistics yet, and on PostgreSQL the GIN index keeps
        # its new entries in a pending list that makes the planner shun it; autovacuum would see
        # to both within minutes in production.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    if connection.vendor == "postgresql":
        _explain_search(connection)

    client = Client()
    for label, (params, cold) in PAGES.items():
        headers = {"HX-Request": "true"} if "page" in params else {}
        base = _time(client, "baseline", params, headers, cold, requests)
        big = _time(client, "big", params, headers, cold, requests)
        print(f"  {label:20} {events:>6,}: median {statistics.median(big):6.1f} ms, p95 {_p95(big):6.1f} ms"
              f"   | 100: median {statistics.median(base):5.1f} ms   ratio {statistics.median(big) / statistics.median(base):4.2f}x",
              flush=True)


def _explain_search(connection) -> None:
    """Which plan PostgreSQL picks: the GIN index for rare words; for common ones it may prefer to
    walk the conflict's events and test each stored tsvector, which is as cheap."""
    from conflicts.models import Event

    for words in ("shelling stepanakert", "zzyzx"):
        plan = Event.objects.filter(conflict__slug="big").search(words).explain()
        uses = "the GIN index" if "event_search_gin" in plan else "the conflict's events, testing the stored tsvector"
        print(f"  search {words!r}: PostgreSQL reads {uses}", flush=True)


def _time(client, slug: str, params: dict, headers: dict, cold: bool, requests: int) -> list[float]:
    from django.core.cache import cache

    url = f"/conflicts/{slug}/"
    client.get(url, params, headers=headers)  # warm caches and connections
    times = []
    for _ in range(requests):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url, params, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return times


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


if __name__ == "__main__":
    main()

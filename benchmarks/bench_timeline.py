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

import os
import statistics
import time

import harness

PAGES = {
    "first screen": ({}, False),
    "first screen, cold": ({}, True),
    "kind filter": ({"kind": "ceasefire"}, False),
    "text search": ({"q": "shelling stepanakert"}, False),
    "actor + date range": ({"actor": "Russia", "from": "2019-01", "to": "2019-06"}, False),
    "page 100 (htmx)": ({"page": "100"}, False),
}


def main() -> None:
    args = harness.arguments(__doc__.splitlines()[0], "events", 10_000, requests=50)
    if args.worker:
        return worker(args.worker, args.size, args.requests)
    harness.run_workers(__file__, args, "bench_timeline")


def worker(database_url: str, events: int, requests: int) -> None:
    harness.setup_django(database_url)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    started = time.perf_counter()
    call_command("seed_timeline", events=events, slug="big", stdout=open(os.devnull, "w"))
    print(f"  filled {events:,} events in {time.perf_counter() - started:.1f} s", flush=True)
    call_command("seed_timeline", events=100, slug="baseline", stdout=open(os.devnull, "w"))
    harness.analyze()
    if connection.vendor == "postgresql":
        _explain_search(connection)

    client = Client()
    for label, (params, cold) in PAGES.items():
        headers = {"HX-Request": "true"} if "page" in params else {}
        base = _time(client, "baseline", params, headers, cold, requests)
        big = _time(client, "big", params, headers, cold, requests)
        print(f"  {label:20} {events:>6,}: {harness.figures(big)}"
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


if __name__ == "__main__":
    main()

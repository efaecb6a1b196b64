"""Server time of the busiest pages at production size on PostgreSQL: 100,000 articles, 1,000,000
proposals and 100,000 events (manage.py seed_bench, four conflicts).

    .venv/bin/python benchmarks/bench_scale.py [--proposals 1000000] [--requests 50] [--postgres URL]
    .venv/bin/python benchmarks/bench_scale.py --database postgresql://.../already_seeded

Articles and events are a tenth of the proposals. The baseline, measured in the same run on the
same database, is the same page for a conflict a hundred times smaller (1,000 events). Times are the
view's server time (Django's test client, no network) in milliseconds; the target is a 95th
percentile under 100 ms for the timeline's first screen, the queue page and the widget.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import harness

TARGET_MS = 100
# (label, URL, query, signed in, htmx)
PAGES = [
    ("timeline, first screen", "/conflicts/{slug}/", {}, False, False),
    ("timeline, kind + search", "/conflicts/{slug}/", {"kind": "ceasefire", "q": "Stepanakert"}, False, False),
    ("widget", "/embed/{slug}/", {}, False, False),
    ("API, first page", "/api/conflicts/{slug}/events", {}, False, False),
    ("queue, first page", "/review/", {"conflict": "{slug}"}, True, False),
    ("queue, all conflicts", "/review/", {}, True, False),
    ("queue, kind + confidence", "/review/", {"conflict": "{slug}", "kind": "escalation", "confidence": "0.5"}, True, True),
    ("queue, by date, page 100", "/review/", {"conflict": "{slug}", "sort": "date", "page": "100"}, True, True),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--postgres", default=harness.DEFAULT_POSTGRES,
                        help="a PostgreSQL server to create the scratch database bench_scale on")
    parser.add_argument("--database", help="an existing database to use (seeded once, reused after)")
    args = parser.parse_args()
    database_url = args.database or harness.scratch_postgres(args.postgres, "bench_scale")
    harness.setup_django(database_url)
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from conflicts.models import Conflict

    print(f"== {connection.vendor}, {args.proposals:,} proposals", flush=True)
    if not Conflict.objects.filter(slug="bench-1").exists():
        started = time.perf_counter()
        call_command("seed_bench", proposals=args.proposals, articles=args.proposals // 10,
                     events=args.proposals // 10, stdout=open(os.devnull, "w"))
        call_command("seed_bench", conflicts=1, proposals=10_000, articles=1_000, events=1_000, prefix="small",
                     stdout=open(os.devnull, "w"))
        print(f"  seeded in {time.perf_counter() - started:.0f} s", flush=True)
        harness.analyze()

    editor, _ = User.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name="Editors"))
    reader, signed_in = Client(), Client()
    signed_in.force_login(editor)
    worst = 0.0
    for label, url, query, editor_page, htmx in PAGES:
        client = signed_in if editor_page else reader
        headers = {"HX-Request": "true"} if htmx else {}
        big = _time(client, url, query, "bench-1", headers, args.requests)
        worst = max(worst, harness.p95(big))
        baseline = ""
        if "{slug}" in url + "".join(query.values()):  # the queue over all conflicts has no small twin
            base = _time(client, url, query, "small-1", headers, args.requests)
            baseline = (f"   | 1,000 events: median {statistics.median(base):5.1f} ms"
                        f"   ratio {statistics.median(big) / statistics.median(base):4.2f}x")
        print(f"  {label:26} {harness.figures(big)}{baseline}", flush=True)
    verdict = "under" if worst < TARGET_MS else "OVER"
    print(f"  worst p95 {worst:.1f} ms: {verdict} the {TARGET_MS} ms target", flush=True)
    sys.exit(0 if worst < TARGET_MS else 1)


def _time(client, url: str, query: dict, slug: str, headers: dict, requests: int) -> list[float]:
    url = url.format(slug=slug)
    query = {name: value.format(slug=slug) for name, value in query.items()}
    client.get(url, query, headers=headers)  # warm caches and connections
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url, query, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


if __name__ == "__main__":
    main()

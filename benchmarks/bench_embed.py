"""What the embeddable widget costs a publisher's reader (bytes) and the server (time), against
baselines measured in the same run.

    .venv/bin/python benchmarks/bench_embed.py [--events 10000] [--requests 50] [--postgres URL]

Bytes: everything the widget transfers for 50 events (HTML, CSS, JS, gzip), against TimelineJS 3's
JS and CSS (from node_modules/ after `npm ci`; skipped without it) plus our timeline.json it would
load, and against the public timeline page for the same events. Time: median and 95th percentile of
the server time (Django's test client, no network) of the widget, a 304 revalidation, the exports and
an API page, for a conflict of 50 events and one of `--events`, in milliseconds. A whole conflict's
export is cached under its ETag until an event changes; "cold" is its first request after a change.
"""

from __future__ import annotations

import gzip
import os
import time
from pathlib import Path

import harness

ROOT = harness.ROOT
TIMELINEJS = ROOT / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
REQUESTS = {
    "widget (20 events)": ("/embed/{slug}/", {}, {}),
    "widget (50 events)": ("/embed/{slug}/", {"limit": "50"}, {}),
    "widget, kind filter": ("/embed/{slug}/", {"kind": "ceasefire"}, {}),
    "widget, 304": ("/embed/{slug}/", {}, {"If-None-Match": "etag"}),
    "timeline page (baseline)": ("/conflicts/{slug}/", {}, {}),
    "API, first page": ("/api/conflicts/{slug}/events", {}, {}),
    "timeline.json": ("/conflicts/{slug}/timeline.json", {}, {}),
    "timeline.csv": ("/conflicts/{slug}/timeline.csv", {}, {}),
    "timeline.ics": ("/conflicts/{slug}/timeline.ics", {}, {}),
    "timeline.json, cold": ("/conflicts/{slug}/timeline.json", {}, {"cold": True}),
    "timeline.csv, cold": ("/conflicts/{slug}/timeline.csv", {}, {"cold": True}),
    "timeline.ics, cold": ("/conflicts/{slug}/timeline.ics", {}, {"cold": True}),
}


def main() -> None:
    args = harness.arguments(__doc__.splitlines()[0], "events", 10_000, requests=50, postgres="")
    if args.worker:
        return worker(args.worker, args.size, args.requests)
    harness.run_workers(__file__, args, "bench_embed")


def worker(database_url: str, events: int, requests: int) -> None:
    harness.setup_django(database_url)
    from django.core.management import call_command
    from django.test import Client

    call_command("seed_timeline", events=50, slug="fifty", stdout=open(os.devnull, "w"))
    call_command("seed_timeline", events=events, slug="big", stdout=open(os.devnull, "w"))
    harness.analyze()

    client = Client()
    _sizes(client)
    for slug, count in (("fifty", 50), ("big", events)):
        print(f"  server time, {count:,} events", flush=True)
        for label, (path, params, headers) in REQUESTS.items():
            times = _time(client, path.format(slug=slug), params, headers, requests)
            print(f"    {label:26} {harness.figures(times)}", flush=True)


def _gzip(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def _static(url: str) -> bytes:
    from django.contrib.staticfiles import finders

    return Path(finders.find(url.removeprefix("/static/"))).read_bytes()


def _sizes(client) -> None:
    import re

    widget = client.get("/embed/fifty/", {"limit": "50"}, headers={"Accept-Encoding": "gzip"})
    html = len(widget.content)
    body = gzip.decompress(widget.content).decode()
    assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', body)
    asset_bytes = sum(_gzip(_static(url)) for url in assets)
    print(f"  bytes (gzip) for 50 events: widget {html + asset_bytes:,} (HTML {html:,} + CSS and JS {asset_bytes:,})"
          f" = {(html + asset_bytes) / 1024:.1f} KB of a 15 KB budget", flush=True)

    data = _gzip(client.get("/conflicts/fifty/timeline.json").content)
    if (TIMELINEJS / "js" / "timeline.js").exists():
        library = _gzip((TIMELINEJS / "js" / "timeline.js").read_bytes()) + _gzip(
            (TIMELINEJS / "css" / "timeline.css").read_bytes())
        print(f"  baseline: TimelineJS 3 {library + data:,} (JS and CSS {library:,} + our timeline.json {data:,})"
              f" = {(library + data) / 1024:.1f} KB, {(library + data) / (html + asset_bytes):.1f}x the widget", flush=True)
    else:
        print("  baseline: TimelineJS 3 skipped (run `npm ci` for node_modules/)", flush=True)

    page = client.get("/conflicts/fifty/").content
    page_assets = re.findall(r'(?:href|src)="(/static/[^"]+)"', page.decode())
    page_bytes = _gzip(page) + sum(_gzip(_static(url)) for url in page_assets)
    print(f"  baseline: the public timeline page for the same events {page_bytes:,} = {page_bytes / 1024:.1f} KB",
          flush=True)


def _time(client, url: str, params: dict, headers: dict, requests: int) -> list[float]:
    from django.core.cache import cache

    first = client.get(url, params)  # warm caches and connections
    headers = dict(headers)
    cold = headers.pop("cold", False)
    if headers.get("If-None-Match"):
        headers = {"If-None-Match": first["ETag"]}
    times = []
    for _ in range(max(3, requests // 5) if cold else requests):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url, params, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 304), (url, response.status_code)
    return times


if __name__ == "__main__":
    main()

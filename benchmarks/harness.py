"""What the server-time benchmarks share: one worker process per database (Django's settings are
per process), a scratch PostgreSQL database, Django set up on it, and the figures."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


def arguments(description: str, size: str, default: int, requests: int, postgres: str = DEFAULT_POSTGRES):
    """Parse `--<size> N --requests N --postgres URL` (and the hidden `--worker URL`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(f"--{size}", type=int, default=default, dest="size")
    parser.add_argument("--requests", type=int, default=requests)
    parser.add_argument("--postgres", default=postgres,
                        help="a PostgreSQL server to create a scratch database on ('' to skip)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.size_flag = f"--{size}"
    return args


def run_workers(script: str, args, scratch_name: str) -> None:
    """Run `script --worker URL` once on SQLite and once on a scratch PostgreSQL database."""
    targets = [("SQLite", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")]
    if args.postgres:
        targets.append(("PostgreSQL", scratch_postgres(args.postgres, scratch_name)))
    for name, url in targets:
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, script, "--worker", url, args.size_flag, str(args.size),
                        "--requests", str(args.requests)], check=True, cwd=ROOT)


def scratch_postgres(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def setup_django(database_url: str, debug: bool = False) -> None:
    """Production-like settings on the given database, migrated."""
    os.environ.update(DATABASE_URL=database_url, DEBUG="1" if debug else "0", SECRET_KEY="bench",
                      SECURE_SSL_REDIRECT="0", ALLOWED_HOSTS="testserver")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Static files are not collected here; pages only need their URLs.
    settings.STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
    call_command("migrate", verbosity=0)


def analyze() -> None:
    """A fresh bulk load has no planner statistics yet, and on PostgreSQL a GIN index keeps new
    entries in a pending list; autovacuum (or SQLite's PRAGMA optimize) sees to both in production."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def figures(times: list[float]) -> str:
    return f"median {statistics.median(times):6.1f} ms, p95 {p95(times):6.1f} ms"

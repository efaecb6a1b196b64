"""The import settings read from the environment, each checked in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NAMES = {"ALLOW_PRIVATE_URLS", "FETCH_TIMEOUT", "FETCH_MAX_BYTES", "FETCH_MAX_REDIRECTS", "FEED_MAX_ENTRIES", "TASKS_BACKEND"}


def load(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in NAMES | {"DATABASE_URL"}} | {"DEBUG": "1"}
    code = ("import config.settings as s; "
            "print(s.ALLOW_PRIVATE_URLS, s.FETCH_TIMEOUT, s.FETCH_MAX_BYTES, s.TASKS['default']['BACKEND'])")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean | env, capture_output=True, text=True)


def test_the_defaults_refuse_private_addresses_and_run_tasks_at_once():
    result = load()

    assert result.stdout.split() == ["False", "15", "5000000", "django.tasks.backends.immediate.ImmediateBackend"]


def test_production_stores_tasks_for_the_db_worker():
    result = load(TASKS_BACKEND="database", ALLOW_PRIVATE_URLS="1", FETCH_TIMEOUT="5")

    assert result.stdout.split() == ["True", "5", "5000000", "django_tasks_db.DatabaseBackend"]


@pytest.mark.parametrize(("env", "message"), [
    ({"TASKS_BACKEND": "celery"}, "TASKS_BACKEND must be one of immediate, database"),
    ({"ALLOW_PRIVATE_URLS": "maybe"}, "ALLOW_PRIVATE_URLS must be one of"),
    ({"FETCH_TIMEOUT": "ten"}, "FETCH_TIMEOUT must be a whole number"),
    ({"FETCH_MAX_BYTES": "0"}, "FETCH_MAX_BYTES must be positive"),
])
def test_a_bad_value_is_refused_with_a_clear_message(env, message):
    result = load(**env)

    assert result.returncode != 0 and message in result.stderr

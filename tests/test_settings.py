"""Settings are read from the environment; each is checked in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def load_settings(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS",
                                                               "CSRF_TRUSTED_ORIGINS", "SECURE_SSL_REDIRECT"}}
    code = "import config.settings as s; print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.SECURE_SSL_REDIRECT)"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean | env, capture_output=True, text=True)


def clean_environment(**env) -> dict:
    unset = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "SECURE_SSL_REDIRECT",
             "DJANGO_SETTINGS_MODULE"}
    return {k: v for k, v in os.environ.items() if k not in unset} | env


def test_production_server_refuses_to_start_without_a_secret_key():
    result = subprocess.run([sys.executable, "-c", "import config.wsgi"], cwd=ROOT, env=clean_environment(),
                            capture_output=True, text=True)

    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_deploy_check_flags_a_missing_secret_key():
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                            env=clean_environment(ALLOWED_HOSTS="timeline.example"), capture_output=True, text=True)

    assert result.returncode != 0
    assert "security.W009" in result.stderr


def test_offline_commands_run_from_a_fresh_checkout_without_settings(tmp_path):
    documents = tmp_path / "docs.jsonl"
    documents.write_text(json.dumps({"id": "a", "dct": "2020-10-09", "text": "Shelling resumed on Friday."}) + "\n")

    result = subprocess.run([sys.executable, "manage.py", "tag_dates", "--jsonl", str(documents)], cwd=ROOT,
                            env=clean_environment(), capture_output=True, text=True)

    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert json.loads(line)["timex"][0]["value"] == "2020-10-09"


def test_production_settings_from_the_environment():
    result = load_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="timeline.example, www.timeline.example",
                           DATABASE_URL="postgres://u:p@db.example:5432/timeline")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1)[0] == "False"
    assert "['timeline.example', 'www.timeline.example']" in result.stdout
    assert "django.db.backends.postgresql True" in result.stdout


def test_postgresql_can_use_psycopgs_connection_pool():
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings as s; print(s.DATABASES['default']['OPTIONS'])"],
        cwd=ROOT, capture_output=True, text=True,
        env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {
            "DEBUG": "1", "DATABASE_URL": "postgres://u@db.example/timeline", "DATABASE_POOL": "1",
            "DATABASE_POOL_SIZE": "8"},
    )

    assert result.returncode == 0, result.stderr
    assert "'pool': {'min_size': 1, 'max_size': 8}" in result.stdout


def test_web_processes_can_share_a_redis_cache():
    code = ("import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings'; django.setup(); "
            "from django.core.cache import cache, caches; from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND']); cache.set('shared-probe', 42); print(caches['default'].get('shared-probe'))")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"DEBUG": "1", "CACHE_URL": REDIS_URL}
    written = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    if "ConnectionError" in written.stderr or "Connection refused" in written.stderr:
        pytest.skip(f"no Redis at {REDIS_URL}")
    assert written.returncode == 0, written.stderr
    assert written.stdout.split() == ["django.core.cache.backends.redis.RedisCache", "42"]
    # Another process reads what the first wrote.
    read = subprocess.run([sys.executable, "-c", code.replace("cache.set('shared-probe', 42); ", "")], cwd=ROOT,
                          capture_output=True, text=True, env=env)
    assert read.stdout.split()[-1] == "42"


def test_debug_defaults_to_sqlite():
    result = load_settings(DEBUG="1")

    assert result.returncode == 0, result.stderr
    assert "django.db.backends.sqlite3" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "maybe"}, "DEBUG must be one of"),
        ({"DEBUG": "1", "SECURE_SSL_REDIRECT": "sometimes"}, "SECURE_SSL_REDIRECT must be one of"),
        ({"DEBUG": "1", "DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL is not a database URL"),
        ({"DEBUG": "1", "CSRF_TRUSTED_ORIGINS": "timeline.example"}, "must start with http:// or https://"),
        ({"DEBUG": "1", "ARTICLE_MAX_BYTES": "big"}, "ARTICLE_MAX_BYTES must be a whole number"),
        ({"DEBUG": "1", "CACHE_URL": "memcached://cache:11211"}, "CACHE_URL must be a redis://"),
    ],
)
def test_bad_values_raise_improperly_configured(env, message):
    result = load_settings(**env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr

"""Settings for the test suite: the real settings with development defaults filled in.

pytest-django imports settings before any conftest runs, so the defaults are set here.
DATABASE_URL still chooses the database, so CI runs the suite on SQLite and on PostgreSQL.
"""

import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The browser tests' live server answers each request in a thread of its own. With an in-memory
    # test database Django hands every one of those threads the same connection, and two requests
    # at once (two embedded widgets loading together) break it ("bad parameter or other API
    # misuse"). A database file gives each thread a connection of its own; in /dev/shm it stays in
    # memory where there is one.
    import tempfile
    from pathlib import Path

    _scratch = Path("/dev/shm") if os.access("/dev/shm", os.W_OK) else Path(tempfile.gettempdir())
    DATABASES["default"]["TEST"] = {"NAME": str(_scratch / f"conflicts-test-{os.getpid()}.sqlite3")}  # noqa: F405

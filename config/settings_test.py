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

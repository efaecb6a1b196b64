import pytest
from django.test import Client
from django.urls import reverse


def test_pages_send_security_headers(client, db):
    response = client.get("/")

    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]


@pytest.mark.urls("tests.error_urls")
def test_an_unreachable_database_is_a_503_page(db, settings):
    settings.DEBUG = False

    response = Client(raise_request_exception=False).get("/database-down/")

    assert response.status_code == 503 and response.headers["Retry-After"] == "30"
    assert "Temporarily unavailable" in response.content.decode()
    assert "5432" not in response.content.decode()


@pytest.mark.urls("tests.error_urls")
def test_other_errors_are_a_plain_500_page(db, settings):
    settings.DEBUG = False

    response = Client(raise_request_exception=False).get("/bug/")

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode() and "ZeroDivision" not in response.content.decode()


def test_failed_sign_ins_are_throttled(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    url = reverse("login")
    for _ in range(3):
        assert client.post(url, {"username": "alice", "password": "wrong"}).status_code == 200

    throttled = client.post(url, {"username": "alice", "password": "alice-password"})

    assert throttled.status_code == 429
    assert "Too many failed sign-ins" in throttled.content.decode()


def test_a_good_sign_in_clears_the_count(client, editor, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    url = reverse("login")
    client.post(url, {"username": "alice", "password": "wrong"})
    client.post(url, {"username": "alice", "password": "wrong"})

    assert client.post(url, {"username": "alice", "password": "alice-password"}).status_code == 302
    client.logout()
    client.post(url, {"username": "alice", "password": "wrong"})
    assert client.post(url, {"username": "alice", "password": "alice-password"}).status_code == 302


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()

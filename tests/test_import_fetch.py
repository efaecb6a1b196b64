"""Fetching and reading web pages and feeds, against a local server of the project's fixture pages.
The `web` fixture is shared by the other tests/test_import_*.py files; no test reaches the internet."""

import datetime
import gzip
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conflicts.importing.extract import ExtractionError
from conflicts.importing.feeds import FeedError, looks_like_feed, parse_feed
from conflicts.importing.fetch import FetchError, FetchLimits, fetch
from conflicts.importing.pages import decode_html, read_page

FIXTURES = Path(__file__).parent / "fixtures" / "web"
PLACEHOLDER = b"http://fixtures.test"
TYPES = {".rss": "application/x-rss+xml",  # as Python and Apache label it
          ".atom": "application/atom+xml", ".json": "application/json",
         ".html": "text/html"}


class FixtureHandler(SimpleHTTPRequestHandler):
    """Serves tests/fixtures/web with the placeholder host replaced by the server's own address,
    plus a few misbehaving URLs."""

    def do_GET(self):
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}".encode()
        if self.path == "/slow":
            time.sleep(2)
            return self._send(200, "text/html", b"<html><body><p>Too late.</p></body></html>")
        if self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>")
                self.wfile.flush()
                time.sleep(0.1)
            return None
        if self.path == "/gzip-bomb":
            body = gzip.compress(b"<p>" + b"0" * 5_000_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        if self.path == "/huge":
            return self._send(200, "text/html", b"<html><body><p>" + b"war " * 500_000 + b"</p></body></html>")
        if self.path == "/loop":
            return self._redirect("/loop")
        if self.path.startswith("/moved/"):
            return self._redirect("/" + self.path.removeprefix("/moved/"))
        if self.path == "/server-error":
            return self._send(500, "text/html", b"<html><body>Oops</body></html>")
        file = (FIXTURES / self.path.split("?", 1)[0].lstrip("/")).resolve()
        if not file.is_file() or FIXTURES.resolve() not in file.parents:
            return self._send(404, "text/html", b"<html><body>Not found</body></html>")
        return self._send(200, TYPES.get(file.suffix, "application/octet-stream"), file.read_bytes().replace(PLACEHOLDER, base))

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client gave up on /slow or /huge, as the tests mean it to


@pytest.fixture(scope="session")
def web_server():
    server = QuietServer(("127.0.0.1", 0), partial(FixtureHandler, directory=str(FIXTURES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def web(web_server, settings):
    """The fixture server's base URL, with private addresses allowed and short limits."""
    settings.ALLOW_PRIVATE_URLS = True
    settings.FETCH_TIMEOUT = 1
    settings.FETCH_MAX_BYTES = 1_000_000
    return web_server


LOCAL = FetchLimits(timeout=1, max_bytes=1_000_000, max_redirects=3, allow_private=True)


def test_it_fetches_a_page(web):
    fetched = fetch(f"{web}/og-article.html", LOCAL)

    assert fetched.status == 200 and fetched.content_type == "text/html"
    assert b"humanitarian truce" in fetched.body


def test_it_follows_redirects_up_to_the_limit(web):
    assert fetch(f"{web}/moved/og-article.html", LOCAL).url == f"{web}/og-article.html"
    with pytest.raises(FetchError, match="redirects more than 3 times"):
        fetch(f"{web}/loop", LOCAL)


@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing.html", "was not found (HTTP 404)"), ("/server-error", "answered HTTP 500"),
     ("/slow", "took longer than 1 seconds"), ("/trickle", "took longer than 1 seconds"),
     ("/huge", "the limit is 1,000,000"), ("/gzip-bomb", "larger than the limit of 1,000,000")],
)
def test_it_says_why_a_fetch_failed(web, path, message):
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fetch(web + path, LOCAL)


def test_it_refuses_private_addresses_unless_allowed(web):
    refused = FetchLimits(timeout=1, allow_private=False)

    with pytest.raises(FetchError, match="private or local address"):
        fetch(f"{web}/og-article.html", refused)
    for url in ("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/", "http://0.0.0.0/"):
        with pytest.raises(FetchError, match="private or local address"):
            fetch(url, refused)


def test_a_redirect_to_a_private_address_is_refused(web, monkeypatch):
    # The first hop is "public" (we pretend so); the redirect target is checked again.
    from conflicts.importing import fetch as fetch_module

    real = fetch_module.resolve_public
    calls = []

    def resolve(host, port, allow_private):
        calls.append(host)
        return real(host, port, allow_private=len(calls) == 1)

    monkeypatch.setattr(fetch_module, "resolve_public", resolve)
    with pytest.raises(FetchError, match="private or local address"):
        fetch(f"{web}/moved/og-article.html", FetchLimits(timeout=1))


@pytest.mark.parametrize("url", ["ftp://example.com/a.txt", "file:///etc/passwd", "javascript:alert(1)",
                                 "http://user:pw@example.com/", "not a url", "http:///nohost"])
def test_it_refuses_urls_that_are_not_http(url):
    with pytest.raises(FetchError):
        fetch(url, FetchLimits(timeout=1))


def read_fixture(web, path):
    fetched = fetch(f"{web}/{path}", LOCAL)
    markup, note = decode_html(fetched.body, fetched.charset)
    return read_page(markup, fetched.url, note)


def test_it_reads_an_open_graph_page_without_its_navigation(web):
    page = read_fixture(web, "og-article.html")

    assert page.title == "Armenia and Azerbaijan agree humanitarian truce after Moscow talks"
    assert page.outlet == "Caucasus Wire"
    assert page.text.startswith("MOSCOW — Armenia and Azerbaijan agreed early on Saturday")
    assert "broke out on Sept. 27" in page.text
    for boilerplate in ("cookies", "Subscribe", "Markets slide", "All rights reserved", "dataLayer"):
        assert boilerplate not in page.text
    assert (page.published.date, page.published.source) == (datetime.date(2020, 10, 10), "meta")
    assert page.published.confidence_label == "high"


def test_it_reads_a_json_ld_news_article(web):
    page = read_fixture(web, "jsonld-article.html")

    assert (page.title, page.outlet) == ("Second ceasefire in a week collapses within minutes", "Frontline Daily")
    assert (page.published.date, page.published.source) == (datetime.date(2020, 10, 18), "json-ld")
    assert "Share this article" not in page.text and "morning briefing" not in page.text


def test_it_reads_the_date_of_a_time_element(web):
    page = read_fixture(web, "time-article.html")

    assert page.outlet == "The Regional Observer"
    # The publisher's own calendar date, not the UTC one.
    assert (page.published.date, page.published.source) == (datetime.date(2020, 10, 4), "time-published")


def test_without_metadata_the_date_comes_from_the_url_path(web):
    page = read_fixture(web, "news/2020/10/26/us-brokered-truce.html")

    assert (page.published.date, page.published.source, page.published.confidence_label) == (
        datetime.date(2020, 10, 26), "url", "medium")
    assert page.outlet == "127.0.0.1"  # no site name: the host


def test_without_metadata_or_url_the_date_comes_from_a_dateline(web):
    page = read_fixture(web, "dateline-article.html")

    assert (page.published.date, page.published.source, page.published.confidence_label) == (
        datetime.date(2020, 11, 10), "dateline", "low")


def test_an_undated_page_has_no_date_rather_than_today(web):
    assert read_fixture(web, "undated-article.html").published is None


def test_it_reads_a_page_in_a_legacy_encoding_declared_in_a_meta_tag(web):
    page = read_fixture(web, "cp1252-article.html")

    assert page.title == "Café owners in Ganja count the damage"
    assert "GANJA — Café owners in Azerbaijan’s second city" in page.text
    assert page.encoding_note == ""


def test_a_page_with_broken_encoding_is_read_with_a_note(web):
    page = read_fixture(web, "broken-utf8-article.html")

    assert "Heavy shelling was reported near the town on Tuesday" in page.text
    assert page.encoding_note
    assert page.published.date == datetime.date(2020, 10, 6)


def test_an_empty_page_is_refused():
    with pytest.raises(ExtractionError, match="empty"):
        read_page("   ", "http://example.com/")
    with pytest.raises(ExtractionError, match="No article text"):
        read_page("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "http://example.com/")


def test_it_reads_rss_and_atom_feeds(web):
    rss = fetch(f"{web}/feed.rss", LOCAL)
    assert looks_like_feed(rss.content_type, rss.body)
    feed = parse_feed(rss.body, rss.url)
    assert feed.title == "Caucasus Wire — World"
    assert [(e.url, e.published) for e in feed.entries] == [
        (f"{web}/og-article.html", datetime.date(2020, 10, 10)),
        (f"{web}/jsonld-article.html", datetime.date(2020, 10, 18)),
        (f"{web}/time-article.html", datetime.date(2020, 10, 4)),
    ]
    atom = fetch(f"{web}/feed.atom", LOCAL)
    entries = parse_feed(atom.body, atom.url).entries
    assert [(e.title, e.published) for e in entries] == [
        ("Leaders sign statement ending the war", datetime.date(2020, 11, 10)),
        ("U.S.-brokered truce to take effect in Nagorno-Karabakh", datetime.date(2020, 10, 26)),
    ]


def test_an_empty_feed_and_a_non_feed_are_refused(web):
    empty = fetch(f"{web}/empty.rss", LOCAL)
    with pytest.raises(FeedError, match="has no entries"):
        parse_feed(empty.body, empty.url)
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>", "http://example.com/")
    assert not looks_like_feed("text/html", fetch(f"{web}/og-article.html", LOCAL).body)


@pytest.mark.parametrize(("content_type", "body", "expected"), [
    ("application/rss+xml", b"", True), ("application/atom+xml", b"", True),
    ("application/x-rss+xml", b"<rss/>", True), ("text/xml", b'<?xml version="1.0"?>\n<rss version="2.0">', True),
    ("application/xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>", True), ("", b"<rss>", True),
    ("application/octet-stream", b"<!-- generator --><rss>", True),
    ("text/html", b"<html><body><rss>", False), ("application/json", b"<rss>", False),
    ("image/png", b"<rss>", False)])
def test_a_feed_is_known_by_its_type_or_its_root_element(content_type, body, expected):
    assert looks_like_feed(content_type, body) is expected


def test_an_xhtml_page_with_an_xml_declaration_is_read():
    markup = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Talks</title>'
              '<meta property="article:published_time" content="2020-10-09"/></head><body><p>'
              + "Talks opened in Moscow on Friday, officials said, after days of fighting. " * 2 + "</p></body></html>")

    page = read_page(markup, "http://news.example/a")

    assert page.title == "Talks" and page.published.date == datetime.date(2020, 10, 9)


@pytest.mark.parametrize("markup", ["<", "<html><body>" + "<div>" * 5000 + "x", "\x00\x01binary\x02", "<p>" + "é" * 50,
                                    "<?xml version='1.0'?><rss/>", "<html><script>" + "a" * 1000 + "</script></html>"])
def test_odd_markup_is_read_or_refused_with_a_reason(markup):
    try:
        read_page(markup, "http://news.example/a")
    except ExtractionError as error:
        assert str(error)


def test_a_closed_port_says_the_site_could_not_be_reached():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    with pytest.raises(FetchError, match="could not be reached"):
        fetch(f"http://127.0.0.1:{port}/", LOCAL)

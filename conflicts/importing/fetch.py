"""Fetching a web page or feed safely (no Django): http/https only, public addresses only unless
allowed, a timeout, a size cap and a capped number of redirects.

The host is resolved once and the connection made to the address that was checked, so a DNS answer
that changes between the check and the request cannot reach a private address."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3

USER_AGENT = "ConflictTimeline/1.0 (+article import; one request per page)"
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(ValueError):
    """The URL cannot be fetched; the message says why, for the editor."""

    transient = False  # True when trying again later may succeed (see FetchUnavailable)


class FetchUnavailable(FetchError):
    """The site did not answer in time, refused the connection, broke it off, or answered 5xx, 408 or
    429: a background import tries again later."""

    transient = True


@dataclass(frozen=True)
class FetchLimits:
    timeout: float = 10.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = False


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    charset: str
    body: bytes
    redirects: list[str] = field(default_factory=list)


def check_url(url: str) -> tuple[str, str, int]:
    """Return (scheme, host, port) of an http(s) URL, or say why it cannot be fetched."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"{url[:100]!r} is not a valid URL.") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"Only http and https URLs can be imported; {url[:100]!r} is not one.")
    if not parts.hostname:
        raise FetchError(f"{url[:100]!r} has no host name.")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password are not fetched.")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def resolve_public(host: str, port: int, allow_private: bool) -> str:
    """The address to connect to; refuses hosts that resolve to private, loopback, link-local or
    otherwise non-public addresses (unless allowed)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The host {host!r} could not be found.") from None
    addresses = [info[4][0] for info in infos]
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
                ip = ip.ipv4_mapped
            if not ip.is_global or ip.is_multicast:
                raise FetchError(
                    f"{host} resolves to a private or local address ({ip}); only public web sites can be fetched."
                )
    return addresses[0]


def fetch(url: str, limits: FetchLimits = FetchLimits(), accept: str = "text/html, application/xhtml+xml, "
          "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1") -> Fetched:
    deadline = time.monotonic() + limits.timeout
    redirects: list[str] = []
    current = url.strip()
    while True:
        pool, response = _request(current, limits, deadline, accept)
        try:
            if response.status in _REDIRECTS:
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"{current[:100]} redirects without saying where to.")
                if len(redirects) >= limits.max_redirects:
                    raise FetchError(f"{url[:100]} redirects more than {limits.max_redirects} times.")
                current = urljoin(current, location)
                redirects.append(current)
                continue
            if response.status == 404:
                raise FetchError(f"{current[:100]} was not found (HTTP 404).")
            if response.status >= 500 or response.status in (408, 429):
                raise FetchUnavailable(f"{current[:100]} answered HTTP {response.status}.")
            if response.status >= 400:
                raise FetchError(f"{current[:100]} answered HTTP {response.status}.")
            body = _read_capped(response, limits, deadline, current)
            content_type, charset = _content_type(response.headers.get("Content-Type", ""))
            return Fetched(current, response.status, content_type, charset, body, redirects)
        finally:
            response.release_conn()
            pool.close()


def _request(url: str, limits: FetchLimits, deadline: float, accept: str):
    scheme, host, port = check_url(url)
    address = resolve_public(host, port, limits.allow_private)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchUnavailable(f"{url[:100]} took longer than {limits.timeout:g} seconds.")
    timeout = urllib3.Timeout(connect=remaining, read=remaining)
    try:
        name = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError(f"The host {host!r} is not a valid domain name.") from None
    if ":" in name:
        name = f"[{name}]"  # an IPv6 literal
    host_header = name if port == (443 if scheme == "https" else 80) else f"{name}:{port}"
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1,
                                           server_hostname=host, assert_hostname=host)
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        response = pool.urlopen(
            "GET", target, redirect=False, preload_content=False, decode_content=True,
            headers={"Host": host_header, "User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"},
        )
    except urllib3.exceptions.HTTPError as error:
        pool.close()
        raise _unreachable(url, error, limits) from None
    return pool, response


def _unreachable(url: str, error: Exception, limits: FetchLimits) -> FetchError:
    # urllib3's NewConnectionError (refused, unreachable) is a kind of ConnectTimeoutError.
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return FetchUnavailable(f"{url[:100]} could not be reached (the connection was refused or failed).")
    if isinstance(error, urllib3.exceptions.TimeoutError):
        return FetchUnavailable(f"{url[:100]} took longer than {limits.timeout:g} seconds.")
    if isinstance(error, urllib3.exceptions.SSLError):
        return FetchError(f"{url[:100]}: the site's HTTPS certificate could not be verified.")
    return FetchUnavailable(f"{url[:100]} could not be reached ({type(error).__name__}).")


def _read_capped(response, limits: FetchLimits, deadline: float, url: str) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{url[:100]} is {int(declared):,} bytes; the limit is {limits.max_bytes:,} (FETCH_MAX_BYTES).")
    chunks, size = [], 0
    try:
        # read1 returns after one read from the socket, so a server trickling bytes meets the deadline.
        while chunk := response.read1(64 * 1024):
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"{url[:100]} is larger than the limit of {limits.max_bytes:,} bytes (FETCH_MAX_BYTES).")
            if time.monotonic() > deadline:
                raise FetchUnavailable(f"{url[:100]} took longer than {limits.timeout:g} seconds.")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise FetchUnavailable(f"{url[:100]} took longer than {limits.timeout:g} seconds.") from None
    except urllib3.exceptions.HTTPError as error:
        raise FetchUnavailable(f"{url[:100]} could not be read ({type(error).__name__}).") from None
    return b"".join(chunks)


def _content_type(header: str) -> tuple[str, str]:
    media, _, params = header.partition(";")
    charset = ""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'").lower()
    return media.strip().lower(), charset

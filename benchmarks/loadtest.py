"""Load test: the production server (`make serve`: gunicorn, DEBUG=0) on a free port, and wrk over
loopback against the timeline page, the widget and the JSON API, each for a bounded time.

    .venv/bin/python benchmarks/loadtest.py [--duration 10] [--connections 16] [--threads 2]
                                            [--workers 2] [--events 0]

The database is a temporary SQLite file with the demo (`manage.py load_demo`), or DATABASE_URL if it
is set (migrated, the demo loaded into it: safe to re-run, and with DEBUG off no demo account is
created). `--events N` also generates a conflict of N published events (`seed_timeline`) and loads
that instead of the demo's few dozen. Prints one row per target: requests/s, p50 and p99 latency,
and errors (non-2xx/3xx answers and socket errors); exits 1 if there were any. The server is always
stopped, with its whole process group. Needs wrk (`apt-get install wrk`); standard library only."""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
DEMO_SLUG = "nagorno-karabakh-2020"
SEED_SLUG = "loadtest"


@dataclass
class Figures:
    target: str
    path: str
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per target (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="wrk's open connections (default 16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (default 2)")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY") or 2),
                        help="gunicorn workers, WEB_CONCURRENCY (default 2)")
    parser.add_argument("--events", type=int, default=0,
                        help="generate a conflict of N published events and load it instead of the demo")
    parser.add_argument("--timeout", type=float, default=60, help="seconds to wait for the server to answer")
    args = parser.parse_args()
    if args.duration < 1 or args.connections < 1 or args.threads < 1 or args.workers < 1 or args.events < 0:
        parser.error("--duration, --connections, --threads and --workers must be at least 1, --events at least 0")
    if args.threads > args.connections:
        parser.error("--threads cannot exceed --connections (wrk needs a connection per thread)")
    wrk = shutil.which("wrk")
    if wrk is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    # A SIGTERM (a test's timeout, a CI cancel) unwinds through the finally that stops the server.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))

    scratch = Path(tempfile.mkdtemp(prefix="loadtest-"))
    database = os.environ.get("DATABASE_URL") or f"sqlite:///{scratch / 'loadtest.sqlite3'}"
    port = free_port()
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "127.0.0.1",
           "SECURE_SSL_REDIRECT": "0", "DATABASE_URL": database, "WEB_CONCURRENCY": str(args.workers),
           "STATIC_ROOT": str(scratch / "static"),
           "DJANGO_SETTINGS_MODULE": "config.settings", "PYTHONUNBUFFERED": "1"}
    env.pop("CSRF_TRUSTED_ORIGINS", None)
    print(f"database: {'temporary SQLite ' + str(scratch) if 'DATABASE_URL' not in os.environ else redact(database)}",
          flush=True)
    log_path = scratch / "server.log"
    server = None
    try:
        slug = prepare(env, args.events)
        targets = [("timeline", f"/conflicts/{slug}/"), ("widget", f"/embed/{slug}/"),
                   ("api", f"/api/conflicts/{slug}/events")]
        with open(log_path, "wb") as log:
            server = subprocess.Popen(["make", "--no-print-directory", "serve", f"PORT={port}", "BIND=127.0.0.1"],
                                      cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        print(f"server: make serve, pid {server.pid}, {args.workers} gunicorn workers on http://127.0.0.1:{port}", flush=True)
        base = f"http://127.0.0.1:{port}"
        wait_until_ready(server, base + "/", args.timeout, log_path)
        for name, path in targets:
            preflight(base + path, name)
        print(f"wrk: {args.duration} s per target, {args.connections} connections, {args.threads} threads", flush=True)
        figures = [run_wrk(wrk, name, base, path, args) for name, path in targets]
    except ServerError as error:
        print(f"error: {error}", file=sys.stderr)
        print(tail(log_path), file=sys.stderr)
        return 2
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(scratch, ignore_errors=True)  # the SQLite file and the server's log
    print_table(figures)
    return 1 if any(f.errors for f in figures) else 0


class ServerError(RuntimeError):
    pass


def redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env: dict, *args: str) -> None:
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    done = subprocess.run([python, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")


def prepare(env: dict, events: int) -> str:
    started = time.monotonic()
    manage(env, "migrate", "--noinput")
    if events:
        manage(env, "seed_timeline", "--events", str(events), "--slug", SEED_SLUG)
        slug = SEED_SLUG
    else:
        manage(env, "load_demo")
        slug = DEMO_SLUG
    print(f"prepared: migrate, {'seed_timeline --events ' + str(events) if events else 'load_demo'} "
          f"({time.monotonic() - started:.1f} s)", flush=True)
    return slug


def wait_until_ready(server: subprocess.Popen, url: str, timeout: float, log_path: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServerError(f"make serve exited with status {server.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise ServerError(f"no answer from {url} within {timeout:g} s")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def preflight(url: str, name: str) -> None:
    """One request first: wrk counts a redirect as a success, so make sure each target answers 200."""
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise ServerError(f"{name}: {url} answered HTTP {status}, not 200")


def run_wrk(wrk: str, name: str, base: str, path: str, args) -> Figures:
    command = [wrk, "--latency", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s",
               "--timeout", "5s", base + path]
    done = subprocess.run(command, capture_output=True, text=True, timeout=args.duration + 60)
    if done.returncode:
        raise ServerError(f"wrk failed on {name}: {done.stderr.strip() or done.stdout.strip()}")
    return parse_wrk(name, path, done.stdout)


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * _UNITS_MS[unit]


def parse_wrk(name: str, path: str, output: str) -> Figures:
    """Read wrk --latency output: the latency distribution, the totals and any error lines."""
    def find(pattern: str, default=None):
        match = re.search(pattern, output, re.MULTILINE)
        if match is None:
            if default is None:
                raise ServerError(f"wrk output for {name} has no {pattern!r}:\n{output}")
            return default
        return match

    # wrk pads a latency of a second or more with a trailing space ("     99%    1.03s ").
    p50 = _ms(find(r"^\s+50%\s+(\S+)\s*$").group(1))
    p99 = _ms(find(r"^\s+99%\s+(\S+)\s*$").group(1))
    requests = int(find(r"^\s+(\d+) requests in ").group(1))
    rps = float(find(r"^Requests/sec:\s+([\d.]+)").group(1))
    sockets = find(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", False)
    socket_errors = sum(int(n) for n in sockets.groups()) if sockets else 0
    non_2xx = find(r"Non-2xx or 3xx responses: (\d+)", False)
    return Figures(name, path, requests, rps, p50, p99, int(non_2xx.group(1)) if non_2xx else 0, socket_errors)


def print_table(figures: list[Figures]) -> None:
    width = max(len(f.path) for f in figures)
    print(f"{'target':<9} {'path':<{width}} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for f in figures:
        detail = f"  ({f.non_2xx} non-2xx/3xx, {f.socket_errors} socket)" if f.errors else ""
        print(f"{f.target:<9} {f.path:<{width}} {f.requests:>9} {f.rps:>9.1f} {f.p50_ms:>8.2f} {f.p99_ms:>8.2f} "
              f"{f.errors:>7}{detail}")


def stop(server: subprocess.Popen) -> None:
    """TERM the whole group (make, gunicorn's master and workers), KILL what is left after 10 s."""
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            server.poll()
            try:
                os.killpg(server.pid, 0)
            except ProcessLookupError:
                print(f"server stopped (process group {server.pid})", flush=True)
                return
            time.sleep(0.1)
    server.wait(timeout=5)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


if __name__ == "__main__":
    sys.exit(main())

"""benchmarks/loadtest.py, briefly: `make serve` on a temporary SQLite database, wrk for two seconds per
target, a table of three rows with no errors, and no process left behind."""

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

needs_wrk = pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)")

WRK_OUTPUT = """Running 2s test @ http://127.0.0.1:8000/api/conflicts/x/events
  2 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.02s   340.11ms   1.90s    70.00%
    Req/Sec     1.50      0.50     2.00     50.00%
  Latency Distribution
     50%  950.00us
     75%    1.10s
     90%    1.50s
     99%    1.90s
  7 requests in 2.01s, 3.31KB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:      3.48
Transfer/sec:      1.65KB
"""


def test_wrk_output_is_read_with_its_units_and_errors():
    spec = importlib.util.spec_from_file_location("benchmarks_loadtest", ROOT / "benchmarks" / "loadtest.py")
    loadtest = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(loadtest)

    figures = loadtest.parse_wrk("api", "/api/conflicts/x/events", WRK_OUTPUT)

    assert (figures.requests, figures.rps, figures.p50_ms, figures.p99_ms) == (7, 3.48, pytest.approx(0.95), 1900.0)
    assert (figures.non_2xx, figures.socket_errors, figures.errors) == (4, 3, 7)
    clean = loadtest.parse_wrk("api", "/", WRK_OUTPUT.replace("  Socket errors: connect 0, read 2, write 0, timeout 1\n", "")
                               .replace("  Non-2xx or 3xx responses: 4\n", ""))
    assert clean.errors == 0
    # wrk pads a latency of a second or more with a trailing space: "     99%    1.03s ".
    padded = loadtest.parse_wrk("api", "/", WRK_OUTPUT.replace("99%    1.90s\n", "99%    1.90s \n"))
    assert padded.p99_ms == 1900.0


@needs_wrk
def test_the_load_test_prints_three_targets_without_errors():
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "CACHE_URL")}
    script = subprocess.Popen([sys.executable, "benchmarks/loadtest.py", "--duration", "2", "--connections", "4"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    try:
        out, err = script.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        script.terminate()  # the script stops its server on SIGTERM
        out, err = script.communicate(timeout=30)
        pytest.fail(f"the load test did not finish in 180 s:\n{out}\n{err}")
    finally:
        if script.poll() is None:
            os.killpg(script.pid, signal.SIGKILL)

    assert script.returncode == 0, f"{out}\n{err}"
    rows = re.findall(r"^(timeline|widget|api)\s+(\S+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$", out, re.MULTILINE)
    assert [row[0] for row in rows] == ["timeline", "widget", "api"], out
    for target, path, requests, rps, p50, p99, errors in rows:
        assert int(requests) > 0 and float(rps) > 0 and 0 < float(p50) <= float(p99), out
        assert errors == "0", out
    # the server's whole process group is gone
    group = int(re.search(r"server: make serve, pid (\d+)", out).group(1))
    assert f"server stopped (process group {group})" in out
    with pytest.raises(ProcessLookupError):
        os.killpg(group, 0)

"""scripts/check_heldout.py, the checker a held-out round must pass before it is scored."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT / "scripts" / "check_heldout.py"


def _check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECKER), str(path)], capture_output=True, text=True, check=False)


def test_the_development_sets_pass_the_checker():
    for name in ("news.jsonl", "histories.jsonl"):
        result = _check(ROOT / "tests" / "fixtures" / "dating_dev" / name)
        assert result.returncode == 0, result.stdout[-2000:]
        assert result.stdout.rstrip().endswith("OK")


def test_a_bad_annotation_is_reported(tmp_path):
    document = {"id": "bad-1", "dct": "2020-10-09", "text": "Talks began on Friday, 9 October, in Moscow.",
                "timex": [{"start": 12, "end": 21, "text": "on Friday", "type": "DATE", "value": "2020-10-08"},
                          {"start": 15, "end": 32, "text": "Friday, 9 October", "type": "DATE", "value": "2020-10-09"}]}
    path = tmp_path / "round.jsonl"
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")
    result = _check(path)
    assert result.returncode == 1
    assert "'on Friday' starts with a preposition" in result.stdout
    assert "says friday but 2020-10-08 is a thursday" in result.stdout
    assert "overlaps or is out of order" in result.stdout


def test_unreadable_input_is_reported_without_a_traceback(tmp_path):
    path = tmp_path / "round.jsonl"
    path.write_text('{"id": "a", "text": "x"\n'
                    '{"id": "b", "dct": null, "text": "Friday", "timex": [{"start": 0, "text": "Friday"}]}\n', encoding="utf-8")
    result = _check(path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "line 1: not valid JSON" in result.stdout
    assert "b: each timex needs start, end, text, type and value" in result.stdout
    missing = _check(tmp_path / "missing.jsonl")
    assert missing.returncode == 2 and "cannot read" in missing.stdout

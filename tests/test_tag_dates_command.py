"""The tag_dates and evaluate_dates management commands, and their contract."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIELDS = {"start", "end", "text", "type", "value", "mod", "earliest", "latest"}


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.fixture
def documents(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "seed", "dct": "2020-10-09", "text": "The conflict flared late last month; talks open Friday."},
        {"id": 2, "dct": None, "text": "The siege began on 3 March 1943. Two days later the town fell."},
        {"id": "empty", "dct": "2020-10-09", "text": ""},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_it_writes_one_json_line_per_document(documents):
    lines = [json.loads(line) for line in run("tag_dates", "--jsonl", str(documents)).splitlines()]
    assert [line["id"] for line in lines] == ["seed", 2, "empty"]
    seed = lines[0]["timex"]
    assert all(set(t) == FIELDS for t in seed)
    assert seed[0] == {"start": 20, "end": 35, "text": "late last month", "type": "DATE", "value": "2020-09",
                       "mod": "END", "earliest": "2020-09-21", "latest": "2020-09-30"}
    assert seed[1]["value"] == "2020-10-09"
    assert [t["value"] for t in lines[1]["timex"]] == ["1943-03-03", "1943-03-05"]
    assert lines[2]["timex"] == []


def test_it_prints_a_readable_table_for_one_file(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("An escalation began on Sept. 27 and has lasted for weeks.", encoding="utf-8")
    out = run("tag_dates", "--dct", "2020-10-09", str(article))
    assert "Sept. 27" in out and "2020-09-27" in out and "Sept. 27, 2020" in out
    assert "PXW" in out


def test_it_reads_narrative_mode_without_dct(tmp_path):
    article = tmp_path / "history.txt"
    article.write_text("The war began in June 1941. That autumn the front reached Moscow.", encoding="utf-8")
    out = run("tag_dates", str(article))
    assert "narrative" in out and "1941-FA" in out


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"id": 1, "dct": "2020-10-09", "text": "Friday"}\nnot json\n', "line 2: not valid JSON"),
        ('{"id": 1, "dct": "2020-13-45", "text": "Friday"}\n', "dct must be YYYY-MM-DD"),
        ('{"id": 1, "dct": "2020-10-09"}\n', 'expected an object with a "text" string'),
        ('[1, 2]\n', 'expected an object with a "text" string'),
    ],
)
def test_it_rejects_bad_lines_with_a_clear_message(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run("tag_dates", "--jsonl", str(path))


def test_it_rejects_a_missing_file_and_a_bad_dct(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("tag_dates", "--jsonl", str(tmp_path / "missing.jsonl"))
    article = tmp_path / "a.txt"
    article.write_text("Friday", encoding="utf-8")
    with pytest.raises(CommandError, match="dct must be YYYY-MM-DD"):
        run("tag_dates", "--dct", "9 October", str(article))
    with pytest.raises(CommandError, match="--jsonl IN.jsonl or a FILE"):
        run("tag_dates")


def test_evaluate_dates_prints_tempeval_figures(tmp_path):
    gold = {"id": "g", "dct": "2020-10-09", "text": "Talks opened on Friday after weeks of fighting.",
            "timex": [{"start": 16, "end": 22, "text": "Friday", "type": "DATE", "value": "2020-10-09"},
                      {"start": 29, "end": 34, "text": "weeks", "type": "DURATION", "value": "PXW"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    out = run("evaluate_dates", str(path))
    assert "strict extent" in out and "relaxed extent" in out and "value" in out
    assert "DURATION extent" in out
    figures = json.loads(run("evaluate_dates", str(path), "--json"))
    assert figures["value"]["f1"] == 1.0


def test_evaluate_dates_rejects_bad_input(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("evaluate_dates", str(tmp_path / "missing.jsonl"))
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(CommandError, match="line 1: not a gold document"):
        run("evaluate_dates", str(path))
    path.write_text('{"id": 1, "text": "Friday", "timex": [{"start": 0, "type": "DATE", "value": "2020-10-09"}]}\n',
                    encoding="utf-8")
    with pytest.raises(CommandError, match="line 1: not a gold document .each timex needs integer start and end"):
        run("evaluate_dates", str(path))


def test_evaluate_dates_on_tbaq_meets_the_extent_target():
    data = SHARED / "data" / "tbaq-cleaned.jsonl"
    if not data.exists():
        pytest.skip("../shared is not on this machine")
    figures = json.loads(run("evaluate_dates", str(data), "--json"))
    assert figures["relaxed"]["f1"] >= 0.92
    assert figures["value"]["f1"] >= 0.78

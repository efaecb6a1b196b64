"""The seed article through `propose --json`: the events the project started from."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nagorno-karabakh-ceasefire-talks.txt"


@pytest.fixture(scope="module")
def proposals():
    if not SEED.is_file():
        pytest.skip(f"the seed article is not here ({SEED})")
    out = StringIO()
    call_command("propose", str(SEED), "--dct", "2020-10-09", "--json", stdout=out)
    return json.loads(out.getvalue())


def _find(proposals, **wanted):
    return [p for p in proposals if all(p[key] == value for key, value in wanted.items())]


def test_it_prints_every_documented_key(proposals):
    keys = {"quote", "quote_start", "quote_end", "phrase", "value", "mod", "earliest", "latest", "precision",
            "label", "kind", "plover", "score", "cue", "actors", "attribution", "figures", "confidence"}
    assert proposals
    for proposal in proposals:
        assert keys <= proposal.keys()
        assert 0 <= proposal["confidence"] <= 1
        assert -10 <= proposal["score"] <= 10


def test_quotes_are_whole_sentences_at_their_offsets(proposals):
    text = SEED.read_text(encoding="utf-8")
    for proposal in proposals:
        assert text[proposal["quote_start"]:proposal["quote_end"]] == proposal["quote"]
        assert proposal["quote"][-1] in ".”\""


def test_the_outbreak_on_sept_27(proposals):
    [outbreak] = _find(proposals, value="2020-09-27")
    assert outbreak["kind"] == "escalation"
    assert outbreak["earliest"] == outbreak["latest"] == "2020-09-27"
    assert outbreak["score"] < 0


def test_the_flare_up_late_last_month(proposals):
    [flare] = _find(proposals, phrase="late last month")
    assert (flare["kind"], flare["value"], flare["mod"]) == ("escalation", "2020-09", "END")


def test_the_moscow_talks_on_friday(proposals):
    talks = [p for p in _find(proposals, value="2020-10-09") if "talks" in p["quote"]]
    assert talks
    assert all(p["kind"] in ("diplomacy", "ceasefire") for p in talks)
    assert any("Russian Foreign Ministry" in p["actors"] for p in talks)


def test_putins_statement_this_week(proposals):
    [statement] = _find(proposals, value="2020-W41")
    assert statement["kind"] == "statement"
    assert statement["attribution"] == "Mr. Putin"
    assert "Vladimir Putin" in statement["actors"]


def test_armenias_toll_on_friday(proposals):
    [toll] = [p for p in proposals if "376" in p["quote"]]
    assert (toll["kind"], toll["value"]) == ("casualties", "2020-10-09")
    assert toll["attribution"] == "Armenia"
    assert toll["date_role"] == "statement"
    assert toll["figures"] == {"killed": 376}


def test_the_war_of_the_early_1990s_is_background(proposals):
    [war] = _find(proposals, value="199")
    assert (war["kind"], war["mod"]) == ("background", "START")


def test_nothing_for_vague_or_durative_phrases(proposals):
    phrases = {p["phrase"] for p in proposals}
    assert not phrases & {"decades", "for decades", "recent months", "in recent months", "weeks", "to date"}
    assert all("REF" not in p["value"] and not p["value"].startswith("P") for p in proposals)


def test_the_lead_has_its_own_date_so_no_publication_date_fallback(proposals):
    assert all(p["phrase"] for p in proposals)


def test_the_queue_order_puts_dated_events_before_background(proposals):
    ranked = sorted(proposals, key=lambda p: -p["confidence"])
    assert ranked[-1]["kind"] == "background"


def test_it_prints_a_readable_table():
    if not SEED.is_file():
        pytest.skip(f"the seed article is not here ({SEED})")
    out = StringIO()
    call_command("propose", str(SEED), "--dct", "2020-10-09", stdout=out)
    table = out.getvalue()
    assert "late Sept. 2020" in table and "escalation" in table and "said by: Armenia" in table


def test_it_rejects_a_missing_file():
    with pytest.raises(CommandError, match="no such file"):
        call_command("propose", "/nonexistent/article.txt", "--dct", "2020-10-09")


def test_it_rejects_a_bad_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Fighting broke out on Sunday.", encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("propose", str(article), "--dct", "9 Oct 2020")


def test_it_rejects_a_file_that_is_not_utf8(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("propose", str(article), "--dct", "2020-10-09")


def test_an_undated_lead_is_proposed_at_the_publication_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("KYIV — Russian forces shelled the city, officials said.\n\nIt was the third attack.", encoding="utf-8")
    out = StringIO()
    call_command("propose", str(article), "--dct", "2022-03-01", "--json", stdout=out)
    [lead] = json.loads(out.getvalue())
    assert (lead["value"], lead["phrase"], lead["kind"]) == ("2022-03-01", "", "escalation")
    assert lead["confidence"] <= 0.3

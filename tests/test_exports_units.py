"""The export writers on their own: plain data in, text out, no database."""

import datetime as dt

import pytest

from conflicts import exports

D = dt.date
STAMP = dt.datetime(2020, 11, 10, 12, 0, tzinfo=dt.UTC)


def item(earliest, latest=None, precision="day", **fields):
    values = dict(id=7, url="https://timeline.example/conflicts/nk/events/7/", title="Shelling", kind="escalation",
                  kind_label="Escalation", earliest=earliest, latest=latest or earliest, precision=precision)
    return exports.Item(**(values | fields))


def test_it_writes_dates_at_the_granularity_of_their_precision():
    day = exports.timelinejs_event(item(D(2020, 9, 27)))
    quarter = exports.timelinejs_event(item(D(2020, 7, 1), D(2020, 9, 30), "quarter"))
    year = exports.timelinejs_event(item(D(2020, 1, 1), D(2020, 12, 31), "year"))
    decade = exports.timelinejs_event(item(D(1990, 1, 1), D(1993, 12, 31), "decade"))
    inferred = exports.timelinejs_event(item(D(2020, 10, 1), D(2020, 10, 31), ""))

    assert day["start_date"] == {"year": 2020, "month": 9, "day": 27} and "display_date" not in day
    assert quarter["start_date"] == {"year": 2020, "month": 7} and quarter["end_date"] == {"year": 2020, "month": 9}
    assert quarter["display_date"] == "Q3 2020"
    assert year["start_date"] == {"year": 2020} and "end_date" not in year and year["display_date"] == "2020"
    assert decade["start_date"] == {"year": 1990} and decade["end_date"] == {"year": 1993}
    assert decade["display_date"] == "early 1990s"
    assert inferred["start_date"] == {"year": 2020, "month": 10} and inferred["display_date"] == "Oct. 2020"


def test_an_open_bound_is_taken_at_the_other():
    since = item(D(2020, 10, 1), precision="")
    since.latest = None

    assert exports.timelinejs_event(since)["start_date"] == {"year": 2020, "month": 10, "day": 1}
    assert "DTEND;VALUE=DATE:20201002" in exports.ics_event(since, "timeline.example", STAMP)


def test_acled_time_precision_codes():
    def code(*args):
        return exports.csv_row(item(*args))["time_precision"]

    assert code(D(2020, 9, 27)) == 1
    assert code(D(2020, 10, 5), D(2020, 10, 11), "week") == 2
    assert code(D(2020, 9, 21), D(2020, 9, 30), "part_of_month") == 2
    assert code(D(2020, 10, 1), D(2020, 10, 31), "month") == 3
    assert code(D(2020, 1, 1), D(2020, 12, 31), "year") == 3


def test_ics_text_escapes_what_rfc_5545_reserves():
    assert exports.ics_text('a\\b; c, d\ne\r\nf\tg') == "a\\\\b\\; c\\, d\\ne\\nf g"


@pytest.mark.parametrize("line", ["SUMMARY:" + "😀ä" * 40, "DESCRIPTION:" + "x" * 300, "SUMMARY:" + "y" * 67,
                                  "SUMMARY:" + "y" * 68, "SUMMARY:" + "z" * 141, "SUMMARY:" + "a" * 66 + "é"])
def test_folding_counts_octets_and_never_splits_a_character(line):
    folded = exports.fold(line)

    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(part[1:] if index else part for index, part in enumerate(parts)) == line


def test_json_never_carries_a_raw_angle_bracket_or_ampersand():
    text = exports.dumps({"title": "</script><b>&amp;"})

    assert "<" not in text and ">" not in text and "&" not in text
    assert text == '{"title":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;"}'


def test_only_http_links_survive():
    assert exports.safe_url("https://a.example/x") == "https://a.example/x"
    for url in ("javascript:alert(1)", "data:text/html,x", " JAVASCRIPT:alert(1)", "//evil.example", ""):
        assert exports.safe_url(url) == ""

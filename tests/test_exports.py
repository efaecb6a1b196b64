"""The exports of a conflict's published events: TimelineJS 3 JSON (checked against a JSON Schema of
TimelineJS's format), ACLED-style CSV (read back with the csv module) and iCalendar (read back with
the icalendar library), each escaped so that a hostile title stays inert."""

import csv
import datetime as dt
import io
import itertools
import json

import pytest
from django.urls import reverse

from conflicts import exports
from conflicts.models import Article, Conflict, Event, Proposal

D = dt.date
HOSTILE = '<script>alert("x")</script> & "quotes"; commas, back\\slash'
_numbers = itertools.count(1)


def add_event(conflict, title="Shelling of Stepanakert", kind="escalation", earliest=D(2020, 10, 2), latest=None,
              precision="day", actors=("Azerbaijan", "Armenia"), quotes=("Shelling hit the city, officials said.",),
              published=True, url="https://news.example/{n}", outlet="Demo Desk", attribution="", score=-9.0):
    event = Event.objects.create(
        conflict=conflict, title=title, kind=kind, earliest=earliest, latest=latest or earliest, precision=precision,
        actors=list(actors), score=score, plover="ASSAULT", published=published,
    )
    for index, quote in enumerate(quotes):
        number = next(_numbers)
        article = Article.objects.create(
            conflict=conflict, title=f"Report {number}", outlet=outlet, url=url.format(n=number),
            published=event.latest or D(2020, 10, 9), text=quote, content_hash=f"hash-{number}",
        )
        Proposal.objects.create(
            article=article, quote=quote, quote_start=0, quote_end=len(quote), phrase="", phrase_start=0,
            phrase_end=0, value="", attribution=attribution, event=event,
            status=Proposal.Status.ACCEPTED if index == 0 else Proposal.Status.MERGED,
        )
    event.refresh_search_text()
    return event


@pytest.fixture
def war(conflict):
    return {
        "outbreak": add_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27),
                              quotes=("Heavy fighting broke out on Sunday.", "Both sides blamed each other.")),
        "late": add_event(conflict, "Shelling intensifies", earliest=D(2020, 9, 21), latest=D(2020, 9, 30),
                          precision="part_of_month", quotes=("The fighting flared late last month.",)),
        "month": add_event(conflict, "Displacement", "humanitarian", D(2020, 10, 1), D(2020, 10, 31), "month",
                           quotes=("Tens of thousands fled in October.",), score=0.0),
        "truce": add_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                           quotes=("A humanitarian ceasefire took effect at noon.",), attribution="the Kremlin"),
        "hidden": add_event(conflict, "Unverified claim", published=False),
    }


def url(conflict, fmt):
    return reverse(f"conflicts:timeline-{fmt}", args=[conflict.slug])


# A JSON Schema of TimelineJS 3's data (https://timeline.knightlab.com/docs/json-format.html).
TL_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"}, "minute": {"type": "integer"}, "second": {"type": "integer"},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "dependentRequired": {"day": ["month"]},
    "additionalProperties": False,
}
TL_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
TIMELINEJS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {
            "type": "object",
            "properties": {"text": TL_TEXT, "media": {"type": "object"}, "unique_id": {"type": "string"}},
            "additionalProperties": False,
        },
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],
                "properties": {
                    "start_date": TL_DATE,
                    "end_date": TL_DATE,
                    "display_date": {"type": "string"},
                    "text": TL_TEXT,
                    "group": {"type": "string"},
                    "unique_id": {"type": "string", "pattern": "^[A-Za-z][-A-Za-z0-9_]*$"},
                    "media": {"type": "object"},
                    "background": {"type": "object"},
                    "autolink": {"type": "boolean"},
                },
                "additionalProperties": False,
            },
        },
        "eras": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date", "end_date"],
                "properties": {"start_date": TL_DATE, "end_date": TL_DATE, "text": TL_TEXT},
                "additionalProperties": False,
            },
        },
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


def validate_timelinejs(data):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (pip install -r requirements.txt)")
    jsonschema.Draft202012Validator(TIMELINEJS_SCHEMA).validate(data)
    ids = [slide["unique_id"] for slide in data["events"]]
    assert len(ids) == len(set(ids)), "unique_id must be unique"


def parse_ics(text):
    icalendar = pytest.importorskip("icalendar", reason="icalendar is not installed (pip install -r requirements.txt)")
    return icalendar.Calendar.from_ical(text)


# TimelineJS


def test_it_writes_timelinejs_json_that_the_schema_accepts(client, war):
    response = client.get(url(war["outbreak"].conflict, "json"))

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    validate_timelinejs(data)
    assert data["title"]["text"]["headline"] == "Nagorno-Karabakh war, 2020"
    assert len(data["events"]) == 4


def test_it_exports_published_events_only(client, war):
    conflict = war["outbreak"].conflict
    data = json.loads(client.get(url(conflict, "json")).content)
    rows = list(csv.DictReader(io.StringIO(client.get(url(conflict, "csv")).content.decode())))
    calendar = parse_ics(client.get(url(conflict, "ics")).content)

    hidden = war["hidden"].pk
    assert f"event-{hidden}" not in [slide["unique_id"] for slide in data["events"]]
    assert str(hidden) not in [row["event_id"] for row in rows] and len(rows) == 4
    assert len(calendar.walk("VEVENT")) == 4
    assert f"event-{hidden}@" not in client.get(url(conflict, "ics")).content.decode()


def test_an_exact_day_is_a_dated_slide_without_display_date(client, war):
    slide = timelinejs_slide(client, war["truce"])

    assert slide["start_date"] == {"year": 2020, "month": 10, "day": 10}
    assert "end_date" not in slide and "display_date" not in slide
    assert slide["group"] == "Ceasefire"
    assert "<blockquote>A humanitarian ceasefire took effect at noon.</blockquote>" in slide["text"]["text"]
    assert "The Kremlin" in slide["text"]["text"] and 'href="https://news.example/' in slide["text"]["text"]


def test_an_imprecise_date_spans_its_days_and_says_itself(client, war):
    late = timelinejs_slide(client, war["late"])
    month = timelinejs_slide(client, war["month"])

    assert late["start_date"] == {"year": 2020, "month": 9, "day": 21}
    assert late["end_date"] == {"year": 2020, "month": 9, "day": 30}
    assert late["display_date"] == "late Sept. 2020"
    assert month["start_date"] == {"year": 2020, "month": 10} and "end_date" not in month
    assert month["display_date"] == "Oct. 2020"


def test_a_slide_links_the_events_further_sources(client, war):
    slide = timelinejs_slide(client, war["outbreak"])

    assert f'/conflicts/nk-2020/events/{war["outbreak"].pk}/">1 more source</a>' in slide["text"]["text"]


def test_phases_become_eras(client, war):
    data = json.loads(client.get(url(war["outbreak"].conflict, "json")).content)

    assert data["eras"] and all("headline" in era["text"] for era in data["eras"])
    # TimelineJS drops an end equal to the start and then rejects an era without an end.
    assert all(era["end_date"] != era["start_date"] for era in data["eras"])
    assert all(slide.get("end_date") != slide["start_date"] for slide in data["events"])


def timelinejs_slide(client, event):
    data = json.loads(client.get(url(event.conflict, "json")).content)
    return next(slide for slide in data["events"] if slide["unique_id"] == f"event-{event.pk}")


def test_undated_events_are_left_out_of_dated_formats():
    item = exports.Item(id=1, url="https://x.example/1", title="Undated", kind="other", kind_label="Other",
                        earliest=None, latest=None)

    assert exports.timelinejs("War", "", "https://x.example/", [item])["events"] == []
    assert exports.ics_event(item, "x.example", dt.datetime(2020, 1, 1, tzinfo=dt.UTC)) == []
    assert exports.csv_row(item)["event_date"] == ""


# CSV


def test_it_writes_acled_style_csv(client, war):
    response = client.get(url(war["outbreak"].conflict, "csv"))

    assert response["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="nk-2020-' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == exports.CSV_COLUMNS
    by_id = {int(row["event_id"]): row for row in rows}
    outbreak, late, month = by_id[war["outbreak"].pk], by_id[war["late"].pk], by_id[war["month"].pk]
    assert outbreak["event_date"] == "2020-09-27" and outbreak["time_precision"] == "1"
    assert outbreak["notes"] == "Heavy fighting broke out on Sunday." and outbreak["sources"] == "2"
    assert outbreak["actor1"] == "Azerbaijan" and outbreak["actor2"] == "Armenia"
    assert outbreak["source"] == "Demo Desk" and outbreak["source_url"].startswith("https://news.example/")
    assert outbreak["url"].endswith(f"/conflicts/nk-2020/events/{war['outbreak'].pk}/")
    assert (late["time_precision"], late["earliest"], late["latest"]) == ("2", "2020-09-21", "2020-09-30")
    assert late["date_label"] == "late Sept. 2020"
    assert month["time_precision"] == "3" and month["kind"] == "humanitarian"
    assert [row["event_id"] for row in rows] == [str(war[key].pk) for key in ("late", "outbreak", "month", "truce")]


def test_csv_cells_cannot_become_spreadsheet_formulas(conflict, client):
    add_event(conflict, title='=HYPERLINK("http://evil.example","click")', actors=["+cmd", "@SUM(A1)"],
              quotes=("-2+3 people were hurt",))

    row = next(csv.DictReader(io.StringIO(client.get(url(conflict, "csv")).content.decode())))

    assert row["title"] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert row["actor1"] == "'+cmd" and row["actor2"] == "'@SUM(A1)" and row["notes"] == "'-2+3 people were hurt"
    assert row["score"] == "-9.0"


# iCalendar


def test_it_writes_all_day_icalendar_events(client, war):
    response = client.get(url(war["outbreak"].conflict, "ics"))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = parse_ics(response.content)
    # icalendar leaves calendar-level TEXT escaped; the escaping itself is RFC 5545's.
    assert b"\r\nNAME:Nagorno-Karabakh war\\, 2020\r\n" in response.content and calendar.calendar_name
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    truce = events[f"event-{war['truce'].pk}@testserver"]
    assert truce.decoded("DTSTART") == D(2020, 10, 10) and truce.decoded("DTEND") == D(2020, 10, 11)
    assert str(truce["SUMMARY"]) == "Humanitarian truce"
    assert "A humanitarian ceasefire took effect at noon." in str(truce["DESCRIPTION"])
    assert str(truce["URL"]).endswith(f"/events/{war['truce'].pk}/")


def test_an_imprecise_date_is_an_all_day_span(client, war):
    calendar = parse_ics(client.get(url(war["outbreak"].conflict, "ics")).content)
    events = {str(event["UID"]).split("@")[0]: event for event in calendar.walk("VEVENT")}

    late, month = events[f"event-{war['late'].pk}"], events[f"event-{war['month'].pk}"]
    assert late.decoded("DTSTART") == D(2020, 9, 21) and late.decoded("DTEND") == D(2020, 10, 1)
    assert str(late["DESCRIPTION"]).startswith("When: late Sept. 2020 (between Sept. 21 and Sept. 30, 2020)")
    assert month.decoded("DTSTART") == D(2020, 10, 1) and month.decoded("DTEND") == D(2020, 11, 1)
    assert not isinstance(late.decoded("DTSTART"), dt.datetime)


def test_ics_lines_are_folded_at_75_octets_without_splitting_characters(conflict, client):
    title = "Ереван и Баку: " + "очень длинный заголовок " * 8
    add_event(conflict, title=title, quotes=("Цитата; с запятыми, и «кавычками».\nВторая строка.",))

    raw = client.get(url(conflict, "ics")).content

    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert raw.endswith(b"END:VCALENDAR\r\n")
    event = parse_ics(raw).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == title
    assert "Цитата; с запятыми, и «кавычками». Вторая строка." in str(event["DESCRIPTION"])


# Escaping


def test_a_script_in_a_title_stays_inert_in_every_format(conflict, client):
    event = add_event(conflict, title=HOSTILE, actors=[HOSTILE], quotes=(HOSTILE,), attribution=HOSTILE,
                      outlet=HOSTILE)
    conflict.name = HOSTILE
    conflict.save()

    tl = client.get(url(conflict, "json")).content
    rows = list(csv.DictReader(io.StringIO(client.get(url(conflict, "csv")).content.decode())))
    ics = client.get(url(conflict, "ics"))

    assert b"<" not in tl and b">" not in tl, "no tag can open in the JSON, even if it were served as HTML"
    slide = json.loads(tl)["events"][0]
    assert slide["text"]["headline"] == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;; commas, back\\slash"
    assert "<script" not in slide["text"]["text"] and "&lt;script&gt;" in slide["text"]["text"]
    assert "<script" not in json.loads(tl)["title"]["text"]["headline"]
    assert rows[0]["title"] == HOSTILE  # CSV is data, served as an attachment with nosniff
    assert client.get(url(conflict, "csv"))["X-Content-Type-Options"] == "nosniff"
    calendar = parse_ics(ics.content)
    assert str(calendar.walk("VEVENT")[0]["SUMMARY"]) == HOSTILE
    assert ics["Content-Type"].startswith("text/calendar") and event.pk


def test_links_that_are_not_http_are_dropped(conflict, client):
    add_event(conflict, url="javascript:alert(1)//{n}")

    tl = json.loads(client.get(url(conflict, "json")).content)
    rows = list(csv.DictReader(io.StringIO(client.get(url(conflict, "csv")).content.decode())))
    ics = client.get(url(conflict, "ics")).content.decode()

    assert "javascript:" not in tl["events"][0]["text"]["text"]
    assert rows[0]["source_url"] == "" and "javascript:" not in ics


def test_control_characters_are_dropped_from_ics_and_csv(conflict, client):
    add_event(conflict, title="Bell\x07 and SOH\x01 and escape\x1b[31m")

    ics = client.get(url(conflict, "ics")).content
    row = next(csv.DictReader(io.StringIO(client.get(url(conflict, "csv")).content.decode())))

    assert b"\x07" not in ics and b"\x01" not in ics and b"\x1b" not in ics
    assert row["title"] == "Bell and SOH and escape[31m"


# HTTP


def test_exports_are_cacheable_shareable_and_fresh(client, war):
    conflict = war["outbreak"].conflict
    for fmt in ("json", "csv", "ics"):
        first = client.get(url(conflict, fmt))
        assert first["Access-Control-Allow-Origin"] == "*"
        assert "public" in first["Cache-Control"] and "max-age=" in first["Cache-Control"]
        assert "Set-Cookie" not in first.headers and "Cookie" not in first.get("Vary", "")
        assert client.get(url(conflict, fmt), headers={"If-None-Match": first["ETag"]}).status_code == 304

    etag = client.get(url(conflict, "json"))["ETag"]
    war["truce"].title = "Humanitarian truce announced"
    war["truce"].save()
    again = client.get(url(conflict, "json"), headers={"If-None-Match": etag})
    assert again.status_code == 200 and b"Humanitarian truce announced" in again.content


def test_exports_take_the_timelines_filters(client, war):
    conflict = war["outbreak"].conflict

    data = json.loads(client.get(url(conflict, "json"), {"kind": "ceasefire"}).content)
    rows = list(csv.DictReader(io.StringIO(client.get(url(conflict, "csv"), {"from": "2020-10"}).content.decode())))

    assert [slide["unique_id"] for slide in data["events"]] == [f"event-{war['truce'].pk}"]
    assert {int(row["event_id"]) for row in rows} == {war["month"].pk, war["truce"].pk}


@pytest.mark.parametrize("params", [{"kind": "nonsense"}, {"from": "yesterday"}, {"page": "2"}, {"format": "xml"}])
def test_a_bad_export_parameter_is_a_json_400(client, war, params):
    response = client.get(url(war["outbreak"].conflict, "csv"), params)

    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert json.loads(response.content)["problems"]


def test_an_unknown_conflict_has_no_exports(client, db):
    for fmt in ("json", "csv", "ics"):
        assert client.get(reverse(f"conflicts:timeline-{fmt}", args=["nowhere"])).status_code == 404


def test_exports_of_another_conflict_leave_this_ones_events_out(client, war):
    other = Conflict.objects.create(name="Another war", slug="another")
    add_event(other, title="Elsewhere")

    data = json.loads(client.get(url(other, "json")).content)

    assert [slide["text"]["headline"] for slide in data["events"]] == ["Elsewhere"]

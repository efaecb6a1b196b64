"""The read-only JSON API: pages of published events with the timeline's filters, answers that match
the OpenAPI document, and a JSON 400 (never a 500) for any parameter it cannot use."""

import datetime as dt
import json

import pytest
from django.conf import settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from conflicts.models import Conflict
from tests.test_exports import HOSTILE, add_event

D = dt.date
OPENAPI = settings.BASE_DIR / "static" / "conflicts" / "openapi.json"


@pytest.fixture
def war(conflict):
    return {
        "outbreak": add_event(conflict, "Fighting erupts", earliest=D(2020, 9, 27), actors=["Azerbaijan", "Armenia"],
                              quotes=("Heavy fighting broke out on Sunday.", "Both sides blamed each other.")),
        "shelling": add_event(conflict, "Stepanakert shelled", earliest=D(2020, 10, 2), actors=["Nagorno-Karabakh"],
                              quotes=("Stepanakert came under heavy shelling.",)),
        "talks": add_event(conflict, "Talks in Moscow", "diplomacy", D(2020, 10, 9), score=3.5, actors=["Russia"],
                           quotes=("The foreign ministers met in Moscow.",), attribution="the Russian Foreign Ministry"),
        "truce": add_event(conflict, "Humanitarian truce", "ceasefire", D(2020, 10, 10), score=7.5,
                           quotes=("A humanitarian ceasefire took effect at noon.",)),
        "late": add_event(conflict, "Drone strikes", earliest=D(2020, 10, 21), latest=D(2020, 10, 31),
                          precision="part_of_month", quotes=("Drones struck late in the month.",)),
        "hidden": add_event(conflict, "Unverified claim", published=False),
    }


def api(conflict, **params):
    return reverse("conflicts:api-events", args=[conflict.slug]), params


def get(client, conflict, **params):
    path, params = api(conflict, **params)
    return client.get(path, params)


def validate(data, schema_name):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (pip install -r requirements.txt)")
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    document = json.loads(OPENAPI.read_text())
    registry = Registry().with_resource("urn:openapi", DRAFT202012.create_resource(document))
    schema = {"$ref": f"urn:openapi#/components/schemas/{schema_name}"}
    jsonschema.Draft202012Validator(schema, registry=registry,
                                    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(data)


def test_it_lists_published_events_in_date_order_as_the_openapi_document_says(client, war):
    response = get(client, war["outbreak"].conflict)

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    validate(data, "EventPage")
    assert [event["id"] for event in data["events"]] == [war[key].pk for key in
                                                         ("outbreak", "shelling", "talks", "truce", "late")]
    assert data["count"] == 5 and data["pages"] == 1 and data["next"] is None and data["previous"] is None


def test_an_event_carries_its_dates_label_and_sources(client, war):
    data = json.loads(get(client, war["outbreak"].conflict).content)
    events = {event["id"]: event for event in data["events"]}

    outbreak, late, talks = events[war["outbreak"].pk], events[war["late"].pk], events[war["talks"].pk]
    assert (outbreak["earliest"], outbreak["latest"], outbreak["label"]) == ("2020-09-27", "2020-09-27", "Sept. 27, 2020")
    assert [source["quote"] for source in outbreak["sources"]] == ["Heavy fighting broke out on Sunday.",
                                                                  "Both sides blamed each other."]
    assert outbreak["url"] == f"http://testserver/conflicts/nk-2020/events/{war['outbreak'].pk}/"
    assert (late["earliest"], late["latest"], late["precision"], late["label"]) == (
        "2020-10-21", "2020-10-31", "part_of_month", "late Oct. 2020")
    assert talks["sources"][0]["attribution"] == "the Russian Foreign Ministry"
    assert talks["sources"][0]["article"]["url"].startswith("https://news.example/")
    assert talks["kind"] == "diplomacy" and talks["kind_label"] == "Diplomacy" and talks["score"] == 3.5


def test_pages_link_to_each_other_and_cover_every_event_once(client, war):
    conflict = war["outbreak"].conflict
    first = json.loads(get(client, conflict, per_page="2").content)

    seen, page = [], first
    while True:
        validate(page, "EventPage")
        seen += [event["id"] for event in page["events"]]
        if not page["next"]:
            break
        page = json.loads(client.get(page["next"]).content)

    assert first["pages"] == 3 and first["count"] == 5 and first["previous"] is None
    assert first["next"] == "http://testserver/api/conflicts/nk-2020/events?page=2&per_page=2"
    assert page["page"] == 3 and page["previous"].endswith("page=2&per_page=2")
    assert len(seen) == len(set(seen)) == 5


def test_it_takes_the_timelines_filters(client, war):
    conflict = war["outbreak"].conflict

    def ids(**params):
        return [event["id"] for event in json.loads(get(client, conflict, **params).content)["events"]]

    assert ids(kind="diplomacy") == [war["talks"].pk]
    assert ids(kind=["diplomacy", "ceasefire"]) == [war["talks"].pk, war["truce"].pk]
    assert ids(actor="Russia") == [war["talks"].pk]
    assert ids(**{"from": "2020-10-09", "to": "2020-10-10"}) == [war["talks"].pk, war["truce"].pk]
    assert ids(**{"from": "2020-10-25"}) == [war["late"].pk]
    assert ids(q="Stepanakert") == [war["shelling"].pk]
    assert ids(q="shelling -Stepanakert") == []


@pytest.mark.parametrize(
    "params, problem",
    [
        ({"kind": "riot"}, "There is no kind “riot”."),
        ({"from": "last week"}, "“last week” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)."),
        ({"to": "2020-02-30"}, "“2020-02-30” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)."),
        ({"from": "2020-11", "to": "2020-10"}, "The range ends before it starts."),
        ({"page": "0"}, "“page” must be a whole number from 1 to 99999; got “0”."),
        ({"page": "two"}, "“page” must be a whole number from 1 to 99999; got “two”."),
        ({"per_page": "1000"}, "“per_page” must be a whole number from 1 to 200; got “1000”."),
        ({"per_page": "-1"}, "“per_page” must be a whole number from 1 to 200; got “-1”."),
        ({"per_page": "²"}, "“per_page” must be a whole number from 1 to 200; got “²”."),
        ({"page": "²"}, "“page” must be a whole number from 1 to 99999; got “²”."),
        ({"limit": "5"}, "Unknown parameter “limit”; use kind, actor, from, to, q, page, per_page."),
    ],
)
def test_a_bad_parameter_is_a_json_400_that_says_what_is_wrong(client, war, params, problem):
    response = get(client, war["outbreak"].conflict, **params)

    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    validate(data, "Error")
    assert problem in data["problems"]


def test_a_page_past_the_last_is_a_json_404(client, war):
    response = get(client, war["outbreak"].conflict, page="9")

    assert response.status_code == 404 and json.loads(response.content)["error"].startswith("Page 9 is past")


def test_an_unknown_conflict_is_a_json_404(client, db):
    response = client.get(reverse("conflicts:api-events", args=["nowhere"]))

    assert response.status_code == 404 and "nowhere" in json.loads(response.content)["error"]


def test_an_empty_conflict_has_one_empty_page(client, conflict):
    data = json.loads(get(client, conflict).content)

    assert (data["count"], data["pages"], data["events"]) == (0, 1, [])


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["kind", "actor", "from", "to", "q", "page", "per_page", "other"]),
    value=st.text(max_size=40) | st.sampled_from(["0", "99999999999999999999", "2020-13-01", "0000", "9999-12-31", "²", "٣",
                                                  '"unclosed', "-", "a & b | !c", "\x00", "%00"]),
)
def test_no_parameter_value_makes_it_fail(client, war, name, value):
    response = get(client, war["outbreak"].conflict, **{name: value})

    assert response.status_code in (200, 400, 404)
    assert response["Content-Type"] == "application/json"
    json.loads(response.content)


def test_text_comes_back_as_written_but_no_tag_can_open_in_the_body(client, conflict):
    add_event(conflict, title=HOSTILE, actors=[HOSTILE], quotes=(HOSTILE,), attribution=HOSTILE)

    response = get(client, conflict)

    assert b"<" not in response.content and b">" not in response.content
    event = json.loads(response.content)["events"][0]
    assert event["title"] == HOSTILE and event["sources"][0]["quote"] == HOSTILE
    assert response["X-Content-Type-Options"] == "nosniff"


def test_responses_are_cacheable_shared_and_fresh(client, war):
    conflict = war["outbreak"].conflict
    first = get(client, conflict)

    assert first["Access-Control-Allow-Origin"] == "*" and "public" in first["Cache-Control"]
    assert "Cookie" not in first.get("Vary", "") and "Set-Cookie" not in first.headers
    path, _ = api(conflict)
    assert client.get(path, headers={"If-None-Match": first["ETag"]}).status_code == 304

    war["talks"].set_published(by=None, published=False)
    again = client.get(path, headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200 and json.loads(again.content)["count"] == 4


def test_unpublished_events_and_other_conflicts_stay_out(client, war):
    other = Conflict.objects.create(name="Another war", slug="another")
    add_event(other, "Elsewhere")

    ids = {event["id"] for event in json.loads(get(client, war["outbreak"].conflict).content)["events"]}

    assert war["hidden"].pk not in ids and len(ids) == 5


def resolve(document, node):
    while "$ref" in node:
        target = document
        for key in node["$ref"].removeprefix("#/").split("/"):
            target = target[key]
        node = target
    return node


def test_the_openapi_document_is_served_and_its_references_resolve(client, conflict):
    response = client.get(reverse("conflicts:openapi"))
    document = json.loads(b"".join(response.streaming_content))

    assert response.status_code == 200 and document["openapi"].startswith("3.")
    assert "/api/conflicts/{slug}/events" in document["paths"]
    operation = document["paths"]["/api/conflicts/{slug}/events"]["get"]
    parameters = [resolve(document, parameter) for parameter in operation["parameters"]]
    assert {parameter["name"] for parameter in parameters} == {"slug", "kind", "actor", "from", "to", "q", "page",
                                                              "per_page"}
    for path in ("/conflicts/{slug}/timeline.json", "/conflicts/{slug}/timeline.csv", "/conflicts/{slug}/timeline.ics",
                 "/oembed"):
        assert path in document["paths"]
        concrete = path.replace("{slug}", "nk-2020") + ("?url=x" if path == "/oembed" else "")
        assert client.get(concrete).status_code in (200, 404)
    text = json.dumps(document)
    for name in document["components"]["schemas"]:
        assert f"#/components/schemas/{name}" in text or name == "EventPage"
    for ref in {part.split('"')[0] for part in text.split('"$ref": "')[1:]}:
        node = document
        for key in ref.removeprefix("#/").split("/"):
            node = node[key]
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    for schema in document["components"]["schemas"].values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_head_requests_are_answered_like_get(client, war):
    conflict = war["outbreak"].conflict
    for name in ("api-events", "timeline-json", "timeline-csv", "timeline-ics", "embed"):
        path = reverse(f"conflicts:{name}", args=[conflict.slug])
        head, get_ = client.head(path), client.get(path)
        assert head.status_code == 200 and head["ETag"] == get_["ETag"], name
    assert client.post(reverse("conflicts:api-events", args=[conflict.slug])).status_code == 405
